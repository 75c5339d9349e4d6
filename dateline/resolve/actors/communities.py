"""Communities: communal militias, and fights whose conjoined subject holds both sides."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline import vocabulary as V
from dateline.models import Actor, Evidence, Mention
from dateline.resolve.actors.phrases import _parts
from dateline.vocabulary import naming as act
from dateline.vocabulary.actors import named_actors


def _communal(actor: Actor, country: str | None) -> Actor:
    if actor.inter != act.CIVILIANS:
        return actor
    label = act.country_name(country)
    name = f"Communal Militia ({label})" if label else "Communal Militia"
    who = _community_name(actor.text or "")
    name = f"{who} {name}" if who else name
    return Actor(name, country, act.IDENTITY_MILITIA, actor.text)


def _community_name(text: str) -> str | None:
    """The capitalised community a side is named by ("Fulani herders" → Fulani), not a
    country's demonym, which names no community of its own."""
    words = re.sub(r"^(the|a|an|some|armed)\s+", "", text.strip(), flags=re.I).split()
    first = words[0] if len(words) > 1 else ""
    if first.lower() in V.words("sides_phrases", "number_words"):
        return None  # "Two men" names how many, not which community
    if not first[:1].isupper() or not first.isalpha() or act.own_country(first):
        return None
    return first


def _communal_dispute(
    lead: Mention,
    mentions: list[Mention],
    actor1: Actor | None,
    actor2: Actor | None,
    country: str | None,
) -> tuple[Actor | None, Actor | None]:
    """Unnamed armed men in a land dispute or communal clash are communal militias, as the
    codebook codes community-based armed groups (identity militias, inter 4)."""
    generic = actor1 is not None and actor1.name.startswith("Unidentified Armed Group")
    if not generic or not any(
        V.pattern("sides_crowds", "communal_cue").search(m.sentence.text) for m in mentions
    ):
        return actor1, actor2
    label = act.country_name(country)
    militia = Actor(
        f"Communal Militia ({label})" if label else "Communal Militia",
        country,
        act.IDENTITY_MILITIA,
        actor1.text,
    )
    if lead.event_type == "Battles" and (actor2 is None or actor2.name == actor1.name):
        actor2 = replace(militia, text=None)
    return militia, actor2


def _communal_sides(
    actor1: Actor | None, actor2: Actor | None
) -> tuple[Actor | None, Actor | None]:
    """A fight whose one named side is a communal militia ("clashes between two tribal
    militias") and whose other the text leaves unnamed: communities fight communities, so
    the codebook's other side is a communal militia too, not an unidentified armed group."""
    one, other = (actor1, actor2) if _communal_side(actor1) else (actor2, actor1)
    if one is None or not _communal_side(one) or not _unnamed_armed(other):
        return actor1, actor2
    twin = replace(one, text=None)
    return (one, twin) if one is actor1 else (twin, one)


def _communal_side(actor: Actor | None) -> bool:
    """An unlisted community's militia; a listed group (state-armed village volunteers)
    fights others than its own kind, so its opponent stays whoever the text names."""
    if actor is None or actor.inter != act.IDENTITY_MILITIA:
        return False
    return not any(named.name == actor.name for named in named_actors())


def _unnamed_armed(actor: Actor | None) -> bool:
    """The codebook's default armed side, not read from any words of the text."""
    if actor is None:
        return True
    return actor.name.startswith("Unidentified Armed Group") and not actor.text


def _reciprocal(
    actor1: Actor | None, actor2: Actor | None, spans: list[Evidence | None], country: str | None
) -> tuple[Actor | None, Actor | None]:
    """A mutual fight whose conjoined subject holds both sides: "A and B clashed"."""
    if actor1 is not None and actor1.text:
        one, two = _two_sides(actor1, country)
        if two is not None:
            return one, two
    if actor1 is None:
        for span in spans:
            if span is None or len(_parts(span.text)) < 2:
                continue
            one, two = _two_sides(Actor("", None, None, span.text), country)
            if two is not None:
                return one, two
    return actor1, actor2


def _two_sides(actor: Actor, country: str | None) -> tuple[Actor, Actor | None]:
    """ "JNIM and ISGS militants clashed": the conjoined subject holds both sides.

    Communities or farmers and herders who clash are communal militias in ACLED.
    """
    parts = [act.resolve_actor(p, country, armed=True) for p in _parts(actor.text or "")]
    sides = [_communal(p, country) for p in parts if p is not None]
    named = act.named_in(actor.text or "")
    if V.pattern("sides_phrases", "alternatives").search(actor.text or ""):
        return actor, None  # "JNIM or ISGS militants": one side, whichever group it was
    if len(named) >= 2:
        first, second = named[0], named[1]
        one = Actor(first.name, first.country_iso or country, first.inter, actor.text)
        two = Actor(second.name, second.country_iso or country, second.inter, actor.text)
        return one, two
    if len(sides) >= 2 and sides[0].name != sides[1].name:
        return replace(sides[0], text=actor.text), replace(sides[1], text=actor.text)
    return actor, None
