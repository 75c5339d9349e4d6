"""A mention's evidence: trigger and sentence offsets point into the article text."""

from __future__ import annotations

from dateline.mentions.events import find_mentions


def test_trigger_and_sentence_offsets_point_into_the_text(nlp) -> None:
    text = "Officials said on Monday. Gunmen killed three villagers in the north."
    mention = find_mentions(nlp(text))[0]
    assert text[mention.trigger.start : mention.trigger.end] == mention.trigger.text
    assert text[mention.sentence.start : mention.sentence.end] == mention.sentence.text
    assert mention.sentence.text.startswith("Gunmen")
