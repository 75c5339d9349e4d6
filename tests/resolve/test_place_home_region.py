"""One story, one home region: a local name (a neighbourhood, a police district) that the
gazetteer only knows as a far-off town yields to the region the story's places lie in."""

from __future__ import annotations

import spacy

from dateline import extract
from dateline.resolve.place import find_places
from dateline.resolve.place.gazetteer import Gazetteer


def _regions(nlp: spacy.Language, gazetteer: Gazetteer, text: str) -> dict[str, str | None]:
    return {p.text: p.admin1 for p in find_places(nlp(text), gazetteer, nlp)}


def _event_place(text: str) -> tuple[str | None, str | None]:
    events = extract(text, published="2024-05-04").events
    location = events[0].location if events else None
    return (location.name, location.admin1) if location else (None, None)


def test_a_neighbourhood_named_like_a_city_elsewhere_sits_in_the_home_city() -> None:
    text = (
        "A teenage boy was shot to death Friday night in the Gresham neighborhood on the "
        "South Side, Chicago police said. The Cook County medical examiner identified him. "
        "Chicago police are investigating."
    )
    assert _event_place(text) == ("Chicago", "Illinois")


def test_a_small_town_elsewhere_yields_to_the_home_city() -> None:
    text = (
        "Denver police are looking for suspects after three people were killed Friday night "
        "at a home in Park Hill. Officers were called to the house in Denver at 8 p.m. "
        "A Denver police spokesman said no arrests were made."
    )
    assert _event_place(text) == ("Denver", "Colorado")


def test_a_town_the_article_qualifies_keeps_its_region(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Denver police arrested a man from Crestwood, Kentucky, after a shooting in Denver. "
        "He was held at the Denver jail."
    )
    assert _regions(nlp, gazetteer, text)["Crestwood"] == "Kentucky"


def test_a_big_city_elsewhere_not_called_a_quarter_keeps_its_region(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Denver police said the suspect in the Denver shooting had moved from Dallas last "
        "year. He was held at the Denver jail."
    )
    assert _regions(nlp, gazetteer, text)["Dallas"] == "Texas"


def test_an_event_placed_only_in_a_state_sits_in_the_storys_town_inside_it() -> None:
    text = (
        "A 15-year-old boy was shot and killed in Kentucky on Nov. 10, police said.\n\n"
        "The boy was found in an alley near Louisville. Louisville police are investigating."
    )
    events = extract(text, published="2016-11-18").events
    location = events[0].location
    assert (location.name, location.geo_precision) == ("Louisville", 2)


def test_a_town_in_another_state_does_not_stand_in_for_the_events_state() -> None:
    text = (
        "A 15-year-old boy was shot and killed in Kentucky on Nov. 10, police said.\n\n"
        "Police in Ohio are investigating a robbery in Cleveland."
    )
    events = extract(text, published="2016-11-18").events
    location = events[0].location
    assert (location.name, location.geo_precision) == ("Kentucky", 3)
