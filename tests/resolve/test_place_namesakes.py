"""Namesakes: "Paris" in a story whose other places lie in Texas is the Texan Paris; a city
abroad with no namesake near the article's places stays."""

from __future__ import annotations

import spacy

from dateline.resolve.place import find_places
from dateline.resolve.place.gazetteer import Gazetteer


def _places(nlp: spacy.Language, gazetteer: Gazetteer, text: str) -> dict[str, str | None]:
    return {p.text: p.country_iso for p in find_places(nlp(text), gazetteer, nlp)}


def test_a_namesake_in_the_articles_region_beats_a_city_abroad(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    text = "Paris police said the injured man was flown to a Dallas hospital."
    places = {p.text: (p.country_iso, p.admin1) for p in find_places(nlp(text), gazetteer, nlp)}
    assert places["Paris"] == ("US", "Texas")
    assert places["Dallas hospital"] == ("US", "Texas")


def test_a_city_abroad_without_a_namesake_nearby_stays(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    text = "Talks opened in Geneva on Monday, officials in Damascus and Aleppo said."
    places = _places(nlp, gazetteer, text)
    assert places["Geneva"] == "CH"
    assert places["Aleppo"] == "SY"
