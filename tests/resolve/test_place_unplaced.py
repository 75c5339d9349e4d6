"""Look-alikes and non-places: parenthesised units, lower-case words, alternate names
abroad, skeleton-only readings of "X city" (real model, real gazetteer; sentences written
for the tests)."""

from __future__ import annotations

import spacy

from dateline.models import Place
from dateline.resolve.place import find_places
from dateline.resolve.place.agreement import group_countries
from dateline.resolve.place.gazetteer import Gazetteer


def _resolve(nlp: spacy.language.Language, gazetteer: Gazetteer, text: str) -> list[Place]:
    return find_places(nlp(text), gazetteer, nlp)


def test_parenthesised_province_keeps_a_same_named_commune_at_home(nlp, gazetteer) -> None:
    text = "On 2 June 2021, gunmen looted shops in Tamboulga (Tamboulga, Oudalan)."
    places = [p for p in _resolve(nlp, gazetteer, text) if p.confidence > 0.25]
    assert places and {p.country_iso for p in places} == {"BF"}


def test_lower_case_words_are_no_places(nlp, gazetteer) -> None:
    text = "Soldiers searched the bush near the river for the attackers."
    assert all(p.text != "bush" for p in _resolve(nlp, gazetteer, text))


def test_hyphenated_city_after_streets_of(nlp, gazetteer) -> None:
    text = "Students held a march in the streets of Bobo-Dioulasso on Monday."
    places = _resolve(nlp, gazetteer, text)
    assert [p.name for p in places] == ["Bobo-Dioulasso"]


def test_feature_word_name_prefers_the_core_over_a_look_alike(nlp, gazetteer) -> None:
    text = "Hundreds of protesters gathered in Kut city, Wassit province, on Friday."
    places = _resolve(nlp, gazetteer, text)
    assert places and places[0].country_iso == "IQ"


def test_local_groups_name_their_home_country() -> None:
    assert group_countries("Ansaroul Islam militants attacked a school.") == {"BF": 1}
    assert not group_countries("Operation Barkhane troops patrolled the area.")


def test_a_currency_says_whose_not_where(nlp, gazetteer) -> None:
    text = "Rioters angry at the weak US dollar exchange rate threw stones at police in Tripoli."
    tripoli = [p for p in _resolve(nlp, gazetteer, text) if p.text == "Tripoli"]
    assert tripoli and tripoli[0].country_iso == "LY" and tripoli[0].feature == "PPLC"


def test_an_institution_word_is_no_demonym(nlp, gazetteer) -> None:
    text = "Students protested at the Federal University in Lafia on Monday."
    assert [p.text for p in _resolve(nlp, gazetteer, text)] == ["Lafia"]


def test_coded_place_ends_before_the_precision_note(nlp, gazetteer) -> None:
    text = "Gunmen burned a school in Zandouma village (coded as Titao at geoprecision 2)."
    names = [p.name for p in _resolve(nlp, gazetteer, text)]
    assert "Titao" in names
