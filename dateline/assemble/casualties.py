"""How many and with what: one event's counts and weapons from its mentions.

Mentions of one sentence read the same words, so their counts are taken once. Counts read
from different sentences of one event are different victims when they state different
numbers ("Four soldiers were killed." ... "Eleven militants were killed in the
counter-attack." → 15), as ACLED and GTD total an event's dead across the report; the same
number stated twice is one report. A coder's "fatalities coded as N" is final. Otherwise the
conservative merge of ``merge_counts`` applies (vague figures yield to stated ones).
"""

from __future__ import annotations

from typing import Any

from dateline.models import Count, Group, Mention, Weapon
from dateline.text.counting import add_counts, default_fatalities, is_coded, merge_counts
from dateline.text.numbers import is_number_word


def fatalities(group: Group) -> Count:
    """The merged death toll; ACLED codes 0 when no mention states one."""
    return merged(group, "fatalities") if _stated(group) else default_fatalities()


def injuries(group: Group, dead: Count) -> Count:
    """The injured: those a report says were shot less the ``dead`` (GVA's and GTD's
    injured are the hit who survived): "Three people were shot. One died at the
    hospital." → 2; or the hurt it names, when more: "A boy was shot dead and a man
    critically injured" → 1."""
    stated = merged(group, "injuries")
    hit = _most(distinct_counts(group.mentions, "shot"))
    if hit.best is None:
        return stated
    survivors = _less(hit, dead.best or 0)
    return stated if stated.best is not None and stated.best > survivors.best else survivors


def _most(counts: list[Count]) -> Count:
    """The largest report of those hit: a total ("Four people were shot") is restated
    victim by victim ("One man was shot in the leg ..."), never added to."""
    known = [c for c in counts if c.best is not None]
    return max(known, key=lambda c: c.best) if known else Count()


def _less(count: Count, dead: int) -> Count:
    low = None if count.low is None else max(count.low - dead, 0)
    high = None if count.high is None else max(count.high - dead, 0)
    return Count(max(count.best - dead, 0), low, high, count.text)


def _stated(group: Group) -> bool:
    """Whether any mention states a death toll; ACLED codes 0 when none is reported."""
    return any(m.fatalities.best is not None for m in group.mentions)


def merged(group: Group, field: str) -> Count:
    """One count for the event from its mentions' counts of ``field``."""
    counts = distinct_counts(without_headline(group.mentions, field), field)
    coded = [c for c in counts if is_coded(c)]
    if coded:
        return coded[-1]
    numbered = _numbered(counts)
    if len(numbered) > 1 and field == "injuries":
        return _most(numbered)  # see ``injuries``: the hurt are restated, one by one
    if len(numbered) > 1 and numbered[0].best == _most(numbered).best:
        return numbered[0]  # a lead's total, then its parts: "Three were killed ... two bodies"
    if len(numbered) > 1:
        total = Count()
        for count in numbered:
            total = add_counts(total, count)
        return total
    if numbered and all(_among(c, numbered[0]) for c in counts):
        return numbered[0]
    return merge_counts(counts)


def _among(count: Count, stated: Count) -> bool:
    """Whether a count is the stated figure or one person it may be among: "Four people
    were shot dead ... the victim, a woman, ..." (a singular with no number is one of
    the four, not a lower report of the toll), or a vague figure ("multiple fatalities")."""
    if count.best is None or not count.best or count.best == stated.best:
        return True
    if _states_number(count):
        return False
    vague = not count.low == count.high == count.best
    return vague or (count.best == 1 and (stated.best or 0) > 1)


def without_headline(mentions: list[Mention], field: str) -> list[Mention]:
    """The mentions whose counts make the toll: a headline sums up the report ("Bomb kills
    6 in Kabul" over "Four were killed ... two more died later"), so its figure is never
    added to the body's; it stands only when the body states no count of ``field``."""
    body = [m for m in mentions if not is_headline(m)]
    if len(body) < len(mentions) and any(getattr(m, field).best is not None for m in body):
        return body
    return mentions


def is_headline(mention: Mention) -> bool:
    """Whether the mention is in a headline: the text's first sentence, with no sentence
    punctuation at its end ("Suicide bomber kills 15 in Kabul"; the analyze stage ends a
    sentence at a headline's line break)."""
    sentence = mention.sentence
    return sentence.start == 0 and not (sentence.text or ".").rstrip().endswith(_ENDS)


_ENDS = tuple(".!?\"'”’")


def _numbered(counts: list[Count]) -> list[Count]:
    """Positive counts that state a number, one per distinct figure, in report order."""
    out: list[Count] = []
    for count in counts:
        if not count.best or not _states_number(count) or any(c.best == count.best for c in out):
            continue
        out.append(count)
    return out


def _states_number(count: Count) -> bool:
    return any(is_number_word(word) for word in (count.text or "").split())


def distinct_counts(mentions: list[Mention], field: str) -> list[Count]:
    """One count per distinct reading: mentions of one sentence read the same words."""
    seen: set[tuple[tuple[int, int], ...]] = set()
    out = []
    for mention in mentions:
        spans = tuple(sorted((e.start, e.end) for e in mention.evidence if e.field == field))
        if spans and spans in seen:
            continue
        seen.add(spans)
        out.append(getattr(mention, field))
    return out


def weapons(group: Group) -> list[tuple[Weapon, Any]]:
    seen: dict[tuple[str, str | None], tuple[Weapon, Any]] = {}
    for mention in group.mentions:
        spans = [e for e in mention.evidence if e.field == "weapons"]
        for weapon, span in zip(mention.weapons, spans, strict=False):
            seen.setdefault((weapon.name, weapon.detail), (weapon, span))
    return list(seen.values())
