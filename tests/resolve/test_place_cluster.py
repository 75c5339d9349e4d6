"""Local stories: same-named towns read where the article's other names lie, and the
short conventional names of subdivisions (real model, real gazetteer; own sentences)."""

from __future__ import annotations

import spacy

from dateline.models import Place
from dateline.resolve.place import find_places
from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.packaged import english_name


def _read(nlp: spacy.language.Language, gazetteer: Gazetteer, text: str) -> dict[str, Place]:
    return {p.text: p for p in find_places(nlp(text), gazetteer, nlp)}


def test_small_towns_of_one_area_are_read_together(nlp, gazetteer) -> None:
    text = "A Jasper man was arrested in Vidor after a chase through Orange County."
    places = _read(nlp, gazetteer, text)
    assert {p.admin1 for p in places.values()} == {"Texas"}
    text = "Firefighters from Milford and Oxford were called to a barn fire in Seymour."
    places = _read(nlp, gazetteer, text)
    assert {p.admin1 for p in places.values()} == {"Connecticut"}


def test_a_big_city_is_not_a_hamlet_in_a_named_state(nlp, gazetteer) -> None:
    text = "Cases were confirmed in New York, Chicago and Boston."
    places = _read(nlp, gazetteer, text)
    assert places["Boston"].admin1 == "Massachusetts"


def test_a_country_is_not_taken_for_a_city_named_like_it(nlp, gazetteer) -> None:
    text = "Flights from Mexico to Toluca and Puebla were cancelled, officials in Mexico said."
    places = _read(nlp, gazetteer, text)
    assert places["Mexico"].feature == "PCLI"


def test_hamlets_abroad_do_not_vouch_for_each_other(nlp, gazetteer) -> None:
    text = (
        "Cases were confirmed in the United States, in New York, Chicago and Boston, "
        "and also in Chile, in Santiago."
    )
    places = _read(nlp, gazetteer, text)
    assert places["Santiago"].country_iso == "CL"


def test_spanish_official_names_give_their_short_form() -> None:
    assert english_name("Veracruz de Ignacio de la Llave", ["Veracruz", "Veracruz-Llave"]) == (
        "Veracruz"
    )
    assert english_name("Rio de Janeiro", ["Rio"]) == "Rio de Janeiro"
    assert english_name("Distrito Capital de Bogotá", ["Distrito Capital"]) != "Distrito Capital"


def test_spanish_heads_that_are_common_words_stay_whole() -> None:
    assert english_name("San Juan de la Maguana", ["San Juan"]) == "San Juan de la Maguana"
