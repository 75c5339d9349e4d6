"""Clues read from an article's text: names, streets, ages, headline words, boilerplate."""

from __future__ import annotations

from dateline.dedupe.clues import clues
from dateline.dedupe.similarity import boilerplate

SHOOTING = (
    "Teen shot on Kanaan Road in Baqubah - Courier Online - Local News\n\n"
    "Police said Haidar Salman, 17, was shot outside a store on Kanaan Road on Monday. "
    "A 23-year-old man was also hurt, Police Chief Omar Aziz said."
)


def test_a_persons_name_is_a_clue_but_an_office_is_not() -> None:
    names = clues(SHOOTING)["names"]
    assert "haidar salman" in names and "omar aziz" in names
    assert not any("police" in name or "chief" in name for name in names)


def test_streets_and_ages_are_read_in_their_usual_forms() -> None:
    found = clues(SHOOTING)
    assert found["streets"] == ["kanaan road"]
    assert found["ages"] == ["17", "23"]


def test_the_headline_words_stop_where_the_site_name_begins() -> None:
    title = clues(SHOOTING)["title"]
    assert "baqubah" in title and "kanaan" in title
    assert "courier" not in title and "online" not in title


def test_a_word_in_articles_of_many_regions_is_boilerplate() -> None:
    page = {"loginwidget": 1, "salman": 1}
    regions = ["Diyala", "Basra", "Erbil", "Diyala"]
    found = boilerplate((dict(page), 100 + n, region) for n, region in enumerate(regions))
    assert "loginwidget" in found
    local = boilerplate(({"salman": 1}, 100 + n, "Diyala") for n in range(5))
    assert local == frozenset()
