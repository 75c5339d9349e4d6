"""Phrases: reading a side from a span of the text, cutting conjoined phrases, finding spans."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline import vocabulary as V
from dateline.models import Actor, Evidence, Mention
from dateline.resolve.actors.codebook import (
    ARMED_INTER,
)
from dateline.vocabulary import naming as act


def _parts(text: str) -> list[str]:
    return [
        part
        for part in V.pattern("sides_phrases", "conjunction").split(text)
        if part and part.strip()
    ]


def _first_part(text: str) -> str:
    """The first conjunct, completed with a shared head noun: 'US and coalition forces'."""
    parts = _parts(text)
    return parts[0] if len(parts) > 1 else text


def _best_part(text: str, country: str | None, *, armed: bool) -> Actor | None:
    """The actor a phrase names; of conjoined ones the first armed ("a civilian and a
    police officer" were the police's loss: the target was the police)."""
    if V.pattern("sides_phrases", "place_apposition").search(text) and _country_last(text):
        return None  # "the outskirts of Avdiivka, Ukraine" is a place, not the state's forces
    text = _without_place_country(text)
    parts = _parts(text)
    found = [act.resolve_actor(p, country, armed=armed) for p in parts] if len(parts) > 1 else []
    found = [actor for actor in found if actor is not None]
    armed_parts = [actor for actor in found if actor.inter in ARMED_INTER]
    if armed_parts:
        return armed_parts[0]
    if found:
        return found[0]
    return act.resolve_actor(text, country, armed=armed)


def _country_last(text: str) -> bool:
    """Whether the phrase ends in a bare country name after a comma."""
    last = text.rsplit(",", 1)[-1].strip()
    last = re.sub(r"^the\s+", "", last, flags=re.I).lower()
    return last in act.country_lexicon() and act.resolve_actor(text.rsplit(",", 1)[0], None) is None


def _without_place_country(text: str) -> str:
    """The phrase without the country that only locates its place: the country named after
    "in Saaba," is where the people were, not a side (its government) of the event."""
    match = V.pattern("sides_phrases", "place_then_country").search(text)
    if match is None:
        return text
    last = re.sub(r"^the\s+", "", match.group(2), flags=re.I).lower()
    if last not in act.country_lexicon():
        return text
    return text[: match.end(1)]


def _first_actor(
    spans: list[Evidence | None],
    country: str | None,
    *,
    armed_only: bool = False,
    armed: bool = False,
    against: Actor | None = None,
) -> Actor | None:
    """The first span naming an actor (not the other side, when ``against`` is given)."""
    for span in spans:
        if span is None:
            continue
        actor = _best_part(span.text, country, armed=armed)
        if actor is None or (armed_only and actor.inter not in ARMED_INTER):
            continue
        if against is not None and actor.name == against.name:
            continue
        return replace(actor, text=span.text)
    return None


def _first_state(spans: list[Evidence | None], country: str | None) -> Actor | None:
    """A state's government or forces as the subject of a threat, sanction or decree: the
    doer of pressure need not be armed ("the United States announced it would ban ...")."""
    for span in spans:
        actor = _best_part(span.text, country, armed=False) if span is not None else None
        if actor is not None and actor.inter in (act.STATE, act.EXTERNAL):
            return replace(actor, text=span.text)
    return None


def _with_text(
    actor: Actor | None, spans: list[Evidence | None], country: str | None
) -> Actor | None:
    """A default actor keeps the article's own words for it: Civilians hit in "an attack on
    a bakery" read "a bakery", an unnamed actor1 reads "the attackers". A span that names
    a different kind of actor (armed men for a civilian side) is someone else."""
    if actor is None or actor.text:
        return actor
    for span in spans:
        if (
            span is None
            or span.text.lower() in V.words("sides_phrases", "pronouns")
            or not re.search(r"[A-Za-z]", span.text)
        ):
            continue
        found = _best_part(span.text, country, armed=True)
        if found is None or found.inter == actor.inter:
            return replace(actor, text=span.text)
    return actor


def _named_instead(
    actor: Actor | None, spans: list[Evidence | None], country: str | None
) -> Actor | None:
    """A group the report names later beats an unidentified one: "gunmen ... the ADF"."""
    if actor is None or not actor.name.startswith("Unidentified Armed Group"):
        return actor
    for span in spans:
        if span is None:
            continue
        named = act.named_in(span.text)
        if named and named[0].inter in ARMED_INTER:
            found = act.resolve_actor(span.text, country)
            return found or actor
    return actor


def _more_specific(
    actor: Actor | None, spans: list[Evidence | None], country: str | None
) -> Actor | None:
    """The same kind of actor with its own country named: 'the airbase' → 'US forces'."""
    if (
        actor is None
        or actor.inter not in (act.STATE, act.EXTERNAL)
        or act.own_country(actor.text or "")
    ):
        return actor
    kind = actor.name.split(" of ")[0]
    for span in spans:
        if span is None or not act.own_country(span.text):
            continue
        other = act.resolve_actor(_first_part(span.text), country, armed=True)
        if other is not None and other.name.split(" of ")[0] == kind:
            return replace(other, text=span.text)
    return actor


def _actor_spans(mention: Mention) -> list[Evidence]:
    spans = [mention.agent, mention.patient, *mention.subjects, *mention.objects]
    return [span for span in spans if span is not None]


def _sentence_texts(mentions: list[Mention]) -> list[str]:
    """The mentions' sentences, each once, in order (a sentence may hold several mentions)."""
    return list(dict.fromkeys(m.sentence.text for m in mentions))


def _object_phrases(mentions: list[Mention]) -> list[Evidence | None]:
    """Objects and passive subjects of the mentions' sentences, when the trigger had none."""
    return [span for m in mentions for span in m.objects]


def _without_reporter(text: str) -> str:
    """The sentence without its closing reporting clause: whoever reported the act (and
    the country they spoke from) is neither side of it."""
    return V.pattern("sides_phrases", "reporter").sub("", text) or text


def _suffered(text: str, sentence: str) -> bool:
    """Whether the sentence says the phrase's people suffered the act (a passive or
    unaccusative reading the parse took for the doer)."""
    at = sentence.find(text)
    return at >= 0 and bool(
        V.pattern("sides_phrases", "suffered").match(sentence[at + len(text) :])
    )
