"""Wire copy set in capitals is parsed in sentence case and keeps its own words."""

from __future__ import annotations

from dateline import extract
from dateline.analyze.casing import shouting

SHOUTED = (
    "GUNMEN KILLED FIVE VILLAGERS IN MAIDUGURI ON TUESDAY. "
    "A CAR BOMB EXPLODED IN MOGADISHU, SOMALIA ON SUNDAY, KILLING AT LEAST 12 PEOPLE."
)


def test_a_text_in_capitals_shouts_and_a_headline_alone_does_not() -> None:
    assert shouting(SHOUTED)
    assert not shouting("GUNMEN KILL FIVE IN MAIDUGURI\nGunmen killed five villagers on Tuesday.")
    assert not shouting("UN HQ")


def test_shouted_copy_finds_its_towns_and_tolls() -> None:
    events = extract(SHOUTED, published="2024-08-07").events
    places = [(e.location.name, e.location.country) for e in events if e.location]
    assert ("Maiduguri", "Nigeria") in places
    assert ("Mogadishu", "Somalia") in places
    assert max(e.fatalities.best or 0 for e in events) == 12


def test_shouted_copy_quotes_the_article_as_given() -> None:
    result = extract(SHOUTED, published="2024-08-07")
    spans = [x for e in result.events for x in e.evidence if x.text]
    assert spans
    assert all(SHOUTED[x.start : x.end] == x.text for x in spans)
    assert all(SHOUTED[p.start : p.end] == p.text for p in result.places)
