"""Round 9: places NER calls peoples, bracketed units after an alternative spelling, a
city and its same-named region, and possessives before a part of a place."""

from __future__ import annotations

import spacy

from dateline.resolve.place.gazetteer import Candidate, Gazetteer
from dateline.resolve.place.mention import Toponym, _units_opening, find_toponyms
from dateline.resolve.place.places import (
    Reading,
    _confidence,
    _named_like_place,
    _proximity,
    resolve_places,
    us_states,
    usable,
)


def _cand(name: str, code: str, admin1: str, iso: str = "LB") -> Candidate:
    cls = "P" if code.startswith("PPL") else "A"
    return Candidate(1, name, cls, code, iso, "Lebanon", admin1, None, 33.9, 35.5, 1_000_000)


def test_units_open_after_an_alternative_spelling() -> None:
    text = "near Kelbo [Kelbou] (Djibo, Soum)."
    assert text[_units_opening(text, len("near Kelbo"))] == "("
    assert _units_opening("in Kelbo (Djibo, Soum)", len("in Kelbo")) == len("in Kelbo ")
    assert _units_opening("in Kelbo [sic] said", len("in Kelbo")) == -1


def test_units_after_an_alternative_spelling_contain_the_place(nlp: spacy.Language) -> None:
    doc = nlp("Gunmen seized a truck near Kelbo [Kelbou] (Djibo, Soum) on Monday.")
    found = {t.query: t for t in find_toponyms(doc, us_states())}
    assert found["Djibo"].contained and found["Soum"].contained
    assert "Kelbou" not in found["Djibo"].containers


def test_a_people_word_that_is_a_place_name_in_a_place_slot(gazetteer: Gazetteer) -> None:
    top = Toponym(0, 6, "Aleppo", "Aleppo", "NORP", evidence=True)
    assert _named_like_place(top, gazetteer)
    compound = Toponym(0, 6, "Aleppo", "Aleppo", "NORP", evidence=True, compound=True)
    assert not _named_like_place(compound, gazetteer)
    assert not _named_like_place(
        Toponym(0, 6, "Syrian", "Syrian", "NORP", evidence=True), gazetteer
    )


def test_a_close_race_between_a_city_and_its_region_is_no_doubt() -> None:
    city, region = _cand("Beirut", "PPLC", "Beirut"), _cand("Beirut", "ADM1", "Beirut")
    twins = Reading("beirut|", [], [city, region], scores=[10.0, 9.9])
    assert _confidence(twins) > 0.9
    abroad = _cand("Beirut", "PPL", "Somewhere", iso="US")
    rivals = Reading("beirut|", [], [city, abroad], scores=[10.0, 9.9])
    assert _confidence(rivals) < 0.6


def test_nearby_towns_do_not_vote_for_a_first_level_region() -> None:
    points = [("other", 33.9, 35.5)]
    assert _proximity(_cand("Beirut", "ADM1", "Beirut"), "beirut|", points) == 0.0
    assert _proximity(_cand("Beirut", "PPLC", "Beirut"), "beirut|", points) == 1.0


def test_a_region_after_a_town_and_comma_is_the_region(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    places = resolve_places(nlp("Residents protested in Kramatorsk, Donetsk on Monday."), gazetteer)
    donetsk = next(p for p in places if p.text == "Donetsk")
    assert donetsk.feature == "ADM1"


def test_a_possessive_before_a_part_of_a_place_says_where(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    places = resolve_places(nlp("Shells fell on Aleppo's eastern districts."), gazetteer)
    assert usable(next(p for p in places if p.text == "Aleppo"))
    places = resolve_places(nlp("Iran's army fired missiles at the base."), gazetteer)
    assert not usable(next(p for p in places if p.text == "Iran"))
