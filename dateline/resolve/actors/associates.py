"""Associated actors and claims: who acted beside each side, and the group that claimed the
event in place of an unidentified actor1."""

from __future__ import annotations

from dataclasses import replace

from dateline.models import Actor, Mention
from dateline.resolve.actors.codebook import (
    ARMED_INTER,
    MAX_ASSOCIATES,
    motive_labels,
)
from dateline.resolve.actors.doers import _named
from dateline.resolve.actors.phrases import _first_part, _parts
from dateline.vocabulary import naming as act


def associated_actors(
    mentions: list[Mention], actor1: Actor | None, actor2: Actor | None, country: str | None
) -> tuple[list[Actor], list[Actor]]:
    """ACLED's associated actors: who else acted with each side, and who the sides were.

    "US and coalition forces" puts the coalition beside the US forces; "students
    protested" makes Students the associated actor of Protesters; civilians' identities
    ("teachers", "women") go beside Civilians.
    """
    doers = [span.text for m in mentions for span in (m.agent, *m.subjects) if span]
    done_to = [span.text for m in mentions for span in (m.patient, *m.objects) if span]
    assoc1 = _associates(actor1, doers, country)
    assoc2 = _associates(actor2, done_to, country)
    if actor2 is not None:
        skip = {actor2.name, *(a.name for a in assoc2), *(a.name for a in (actor1, *assoc1) if a)}
        assoc2 += _other_victims(done_to, country, skip)
    return assoc1, assoc2[:MAX_ASSOCIATES]


def _other_victims(texts: list[str], country: str | None, skip: set[str]) -> list[Actor]:
    """Others the event hit: armed sides beside the main target, and who the civilians were
    ("a soldier and two teachers" → police or military target, Teachers associated)."""
    out: list[Actor] = []
    for text in texts:
        for part in _parts(text) or [text]:
            actor = act.resolve_actor(part, country, armed=True)
            if actor is not None and actor.inter == act.CIVILIANS:
                actor = act.identity_actor(part, country)
            if actor is None or actor.name in skip or actor.inter in (act.PROTESTERS, act.RIOTERS):
                continue
            out.append(replace(actor, text=part))
            skip.add(actor.name)
    return out


def _associates(actor: Actor | None, texts: list[str], country: str | None) -> list[Actor]:
    if actor is None or not actor.text:
        return []
    out: list[Actor] = []
    names = {actor.name}
    for text in texts:
        first = act.resolve_actor(_first_part(text), country, armed=True)
        if len(_parts(text)) > 1 and first is not None and first.name == actor.name:
            _add_partners(text, country, names, out)
    if actor.inter in (act.PROTESTERS, act.RIOTERS, act.CIVILIANS):
        identity = act.identity_actor(actor.text, country)
        if identity is not None and identity.name not in names:
            out.append(identity)
            names.add(identity.name)
    _add_partners(actor.text, country, names, out)
    return out


def _add_partners(text: str, country: str | None, names: set[str], out: list[Actor]) -> None:
    """The armed actors conjoined after the first: 'US and coalition forces' → coalition."""
    parts = _parts(text)
    for part in parts[1:] if len(parts) > 1 else []:
        other = act.resolve_actor(part, country, armed=True)
        if other is not None and other.name not in names and other.inter in ARMED_INTER:
            out.append(replace(other, text=part))
            names.add(other.name)


def claimed_actor(
    actor1: Actor | None,
    claimed_by: list[str],
    country: str | None,
    suspected: list[str] | None = None,
) -> Actor | None:
    """A group that claims the event is its actor1; so is one the report itself names as
    the suspect ("likely planted by JNIM militants"), as ACLED codes suspected groups.

    Blame voiced by someone else ("the ministry blamed X") is a claim about the event, not
    a finding: ``suspected`` takes only blame with no one behind it, and it stays in
    ``attribution`` whatever is chosen here.
    """
    if actor1 is not None and not actor1.name.startswith("Unidentified"):
        return actor1
    for text in [*claimed_by, *(suspected or [])]:
        if text in motive_labels():  # unaffiliated doers named by their stated motive
            words = actor1.text if actor1 and actor1.text else None
            return Actor(text, country, act.POLITICAL_MILITIA, words)
        actor = act.resolve_actor(text, country, armed=True)
        if actor is not None and actor.inter in ARMED_INTER and _named(actor):
            return replace(actor, text=actor1.text if actor1 and actor1.text else text)
    return actor1
