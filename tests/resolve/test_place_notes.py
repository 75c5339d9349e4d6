"""Coder-note phrasing and look-alike names: sentences written for these tests."""

from __future__ import annotations

import spacy

from dateline.models import Place
from dateline.resolve.place import find_places, us_states
from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.mention import find_toponyms
from dateline.resolve.place.notes import _units_opening
from dateline.resolve.place.precision import usable


def _resolve(nlp: spacy.language.Language, gazetteer: Gazetteer, text: str) -> list[Place]:
    return find_places(nlp(text), gazetteer, nlp)


def _usable(places: list[Place]) -> list[Place]:
    return [p for p in places if usable(p)]


def test_town_unit_pair_read_as_title_is_still_scanned(nlp, gazetteer) -> None:
    text = "On 2 March 2021, teachers marched in Coquimbo (Coquimbo) over unpaid wages."
    places = _usable(_resolve(nlp, gazetteer, text))
    assert places and all(p.country_iso == "CL" for p in places)


def test_town_named_like_its_unit_is_the_town(nlp, gazetteer) -> None:
    text = "On 2 March 2021, traders held a sit-in in Kaya (Kaya, Sanmatenga) over taxes."
    first = _resolve(nlp, gazetteer, text)[0]
    assert (first.name, first.feature[:3]) == ("Kaya", "PPL")


def test_romance_particle_joins_a_split_name(nlp, gazetteer) -> None:
    text = "Drivers blocked roads in Santa Cruz de la Sierra, Santa Cruz, on Friday."
    places = _usable(_resolve(nlp, gazetteer, text))
    assert places and places[0].text == "Santa Cruz de la Sierra"
    assert {p.country_iso for p in places} == {"BO"}


def test_indian_state_code_in_brackets_is_the_state(nlp, gazetteer) -> None:
    text = "Migrant workers protested in Hyderabad city (Hyderabad, TS) over wages."
    places = _usable(_resolve(nlp, gazetteer, text))
    assert places and {p.country_iso for p in places} == {"IN"}
    assert any(p.admin1 == "Telangana" for p in places)


def test_state_code_outside_brackets_is_no_place(nlp) -> None:
    doc = nlp("The MP said the vote was fair.")
    assert all(t.query != "Madhya Pradesh" for t in find_toponyms(doc, us_states()))


def test_acronym_is_not_an_alias_of_a_town(nlp, gazetteer) -> None:
    text = "Police said an HM commander was arrested in Sopore on Monday."
    places = _resolve(nlp, gazetteer, text)
    assert all(p.text != "HM" for p in places)


def test_short_alias_loses_to_the_town_of_that_name(nlp, gazetteer) -> None:
    text = "Soldiers fired on protesters in Po (Po, Nahouri) on Monday."
    places = _resolve(nlp, gazetteer, text)
    assert places[0].country_iso == "BF"


def test_institution_adjective_is_no_town(nlp, gazetteer) -> None:
    text = "Gunmen fired at the Grand Mosque and the Central Bank in Djibo."
    names = {p.text for p in _resolve(nlp, gazetteer, text)}
    assert "Grand Mosque" not in names and "Central Bank" not in names and "Grand" not in names
    assert "Djibo" in names


def test_locality_word_opens_a_name_and_is_no_place(nlp, gazetteer) -> None:
    text = "In Garcia, Nuevo Leon, two men were shot in Colonia Mitras Poniente."
    places = _usable(_resolve(nlp, gazetteer, text))
    assert places and {p.country_iso for p in places} == {"MX"}


def test_the_with_one_word_is_a_facility_not_a_town(nlp, gazetteer) -> None:
    text = "In Mexico City, workers of the Metro protested over a lack of masks."
    places = _usable(_resolve(nlp, gazetteer, text))
    assert {p.country_iso for p in places} == {"MX"}


def test_lone_alias_of_a_foreign_town_cannot_place_an_event(nlp, gazetteer) -> None:
    text = "Three soldiers died when a mine struck their vehicle in the area of Inata."
    assert not any(p.country_iso == "JP" for p in _usable(_resolve(nlp, gazetteer, text)))


def test_country_code_after_a_place_is_not_a_state_code(nlp, gazetteer) -> None:
    text = "Cattle at a farm in Surrey, UK tested positive for the virus."
    places = _resolve(nlp, gazetteer, text)
    assert not any(p.country_iso == "IN" for p in places)


def test_demonym_missed_by_ner_votes_for_its_country(nlp, gazetteer) -> None:
    text = "On 9 March, the Burkinabe armed forces executed seven men in the village of Ariel."
    places = _usable(_resolve(nlp, gazetteer, text))
    assert not any(p.country_iso == "IL" for p in places)


def test_lower_case_arabic_article_still_opens_a_place_name(nlp, gazetteer) -> None:
    text = "Artillery shells hit farms in al-Hasakeh on Monday, residents said."
    places = _usable(_resolve(nlp, gazetteer, text))
    assert [p.country_iso for p in places] == ["SY"]


def test_lower_case_common_word_is_still_no_place(nlp, gazetteer) -> None:
    text = "Fighters hid in the al-bush near the river on Monday."
    assert _usable(_resolve(nlp, gazetteer, text)) == []


def test_unit_named_after_its_seat_falls_back_to_the_town(nlp, gazetteer) -> None:
    text = "Gunmen burned a clinic in the department of Houndé on Tuesday."
    places = _usable(_resolve(nlp, gazetteer, text))
    assert [(p.country_iso, p.admin1) for p in places] == [("BF", "Hauts-Bassins")]


def test_distance_from_a_name_makes_it_a_place(nlp, gazetteer) -> None:
    text = "A councillor was killed in a hamlet 4km from Oursi on Monday."
    places = _usable(_resolve(nlp, gazetteer, text))
    assert [p.country_iso for p in places] == ["BF"]


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
