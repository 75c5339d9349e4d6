"""Upper-case datelines: a place opening a story or paragraph, not a label before a colon."""

from __future__ import annotations

import spacy

from dateline.resolve.place import find_places
from dateline.resolve.place.gazetteer import Gazetteer


def _names(nlp: spacy.language.Language, gazetteer: Gazetteer, text: str) -> dict[str, str]:
    return {p.text: p.name for p in find_places(nlp(text), gazetteer, nlp)}


def test_an_upper_case_dateline_before_a_colon_is_a_place(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "Smugglers held at the port. BEIRUT: Police arrested two men on Monday."
    assert _names(nlp, gazetteer, text).get("BEIRUT") == "Beirut"


def test_a_label_before_a_colon_is_no_dateline(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    assert _names(nlp, gazetteer, "UPDATE: The road was closed on Monday.") == {}
