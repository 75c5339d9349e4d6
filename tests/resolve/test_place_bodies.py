"""Places named inside the names of public bodies and institutions."""

from __future__ import annotations

import spacy

from dateline.resolve.place import find_places
from dateline.resolve.place.gazetteer import Gazetteer


def _names(nlp: spacy.language.Language, gazetteer: Gazetteer, text: str) -> dict[str, str]:
    return {p.text: p.name for p in find_places(nlp(text), gazetteer, nlp)}


def test_the_city_of_a_town_is_the_town(nlp: spacy.language.Language, gazetteer: Gazetteer) -> None:
    names = _names(nlp, gazetteer, "He said the City of Tuscaloosa will repave the road.")
    assert "Tuscaloosa" in names.values()


def test_a_dotted_state_abbreviation_opens_a_body_name(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "She spoke for the N.C. Trial Lawyers Association on Friday."
    assert "North Carolina" in _names(nlp, gazetteer, text).values()


def test_a_direction_before_a_state_in_a_body_name(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "He studied at Southeast Missouri Community College for two years."
    assert "Missouri" in _names(nlp, gazetteer, text).values()
