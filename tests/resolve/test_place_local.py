"""Local-news place reading: streets, civic bodies, capitals, regions abroad, cut names
(real model, real gazetteer; sentences written for the tests)."""

from __future__ import annotations

import spacy

from dateline.models import Place
from dateline.resolve.place import find_places, us_states
from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.mention import find_toponyms
from dateline.resolve.place.streets import find_streets
from dateline.resolve.place.toponym import STREET


def _resolve(nlp: spacy.language.Language, gazetteer: Gazetteer, text: str) -> list[Place]:
    return find_places(nlp(text), gazetteer, nlp)


def _at(places: list[Place], text: str, name: str) -> Place | None:
    start = text.index(name)
    return next((p for p in places if p.start <= start < p.end), None)


def test_streets_and_numbered_roads_are_found(nlp) -> None:
    doc = nlp("The crash on Cherry Tree Lane closed Highway 12 and part of I-40 overnight.")
    assert [t.text for t in find_streets(doc)] == ["Cherry Tree Lane", "Highway 12", "I-40"]


def test_a_title_is_not_a_street(nlp) -> None:
    doc = nlp("The report was written by Dr. Jones and reviewed by staff.")
    assert find_streets(doc) == []


def test_a_town_name_inside_a_street_name_is_not_the_town(nlp) -> None:
    doc = nlp("Officers in Topeka, Kansas, searched a house on Denver Avenue on Friday.")
    found = find_toponyms(doc, us_states())
    street = next(t for t in found if t.label == STREET)
    assert street.text == "Denver Avenue"
    assert not any(t.query == "Denver" for t in found)


def test_streets_are_placed_at_the_story_town(nlp, gazetteer) -> None:
    text = "Police in Topeka, Kansas, said a fire damaged a house on Denver Avenue."
    street = _at(_resolve(nlp, gazetteer, text), text, "Denver Avenue")
    assert street is not None and street.admin1 == "Kansas"


def test_a_town_before_a_police_department_is_a_place(nlp, gazetteer) -> None:
    text = "The Naugatuck Police Department arrested a man after the robbery."
    place = _at(_resolve(nlp, gazetteer, text), text, "Naugatuck")
    assert place is not None and place.country_iso == "US"


def test_bare_washington_in_a_us_story_is_the_capital(nlp, gazetteer) -> None:
    text = "The senator flew from Ohio to Washington on Monday for the vote."
    place = _at(_resolve(nlp, gazetteer, text), text, "Washington")
    assert place is not None and place.admin1 == "District of Columbia"


def test_a_region_abroad_does_not_beat_a_place_in_the_story_country(nlp, gazetteer) -> None:
    text = "Israeli aircraft struck targets in Gaza after rockets hit southern Israel."
    place = _at(_resolve(nlp, gazetteer, text), text, "Gaza")
    assert place is not None and place.country_iso == "PS"


def test_a_name_cut_by_the_tagger_after_of_the_is_rejoined(nlp, gazetteer) -> None:
    text = "Cholera spread in the Democratic Republic of the Congo last week."
    place = _at(_resolve(nlp, gazetteer, text), text, "Democratic")
    assert place is not None and place.country_iso == "CD"
    assert place.text == "Democratic Republic of the Congo"


def test_a_state_abbreviation_opening_a_public_body_is_the_state(nlp, gazetteer) -> None:
    text = "The N.C. Highway Patrol closed the road after the crash."
    place = _at(_resolve(nlp, gazetteer, text), text, "N.C.")
    assert place is not None and place.name == "North Carolina"
