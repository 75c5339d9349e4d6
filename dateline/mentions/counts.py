"""Casualty, abduction and arrest counts in one sentence, and their merge across mentions.

A sentence is read trigger by trigger: a trigger word ("killed", "deaths", "wounded",
"kidnapped", "arrested") names the field; its victim phrase (passive subject, object,
the trigger noun itself, an "of" phrase) gives the number. Victims with no number count
1 when singular ("a soldier was killed", "killing him") and 3 when plural, as ACLED codes
unnumbered deaths. Distinct victims of one field in a sentence add up ("five soldiers
were killed ... the bomber was also killed" → 6). Sentences about periods or cumulative
tolls ("since the war began", "so far this year") are skipped: they are not one event.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dateline import vocabulary as V
from dateline.mentions.harm import is_harm_verb_lemma, trigger_field
from dateline.mentions.readings import Finding, read_trigger
from dateline.mentions.victims import victim_of
from dateline.models import Count, Evidence
from dateline.text.counting import CODED_MARK
from dateline.text.numbers import word_value

FIELDS = ("fatalities", "injuries", "abducted", "arrested", "shot")


def find_counts(sent: Any, offset: int = 0) -> dict[str, tuple[Count, list[Evidence]]]:
    """Counts stated in one sentence (a spaCy Span), by field; only fields found appear."""
    if is_cumulative(sent.text):
        return {}
    read = [(tok, f) for tok in sent for f in read_trigger(tok)]
    findings = drop_dead_from_injured([f for tok, f in read if not _cared_for_dead(tok, f, read)])
    coded = read_coded(sent)
    if coded is not None:
        findings = [f for f in findings if f.field != "fatalities"] + [coded]
    out = {field: combine(items, offset) for field, items in group(findings).items()}
    return imply_zero_deaths(out, findings, offset)


def drop_dead_from_injured(findings: list[Finding]) -> list[Finding]:
    """ "X contracted anthrax and died", "a man was shot and killed": one victim, counted
    among the dead only (GTD and ACLED count a person who died as killed, not wounded)."""
    dead = {f.key for f in findings if f.field == "fatalities" and f.best}
    return [f for f in findings if not (f.field == "injuries" and f.key in dead and f.best)]


def _cared_for_dead(tok: Any, finding: Finding, read: list[tuple[Any, Finding]]) -> bool:
    """ "He was taken to the hospital, where he died": care that ends in a death the same
    clause tells is no injury (GVA and GTD count the person among the dead only)."""
    if finding.field != "injuries" or not finding.best or not is_harm_verb_lemma(tok):
        return False
    return any(f.field == "fatalities" and f.best and tok.is_ancestor(t) for t, f in read)


def read_coded(sent: Any) -> Finding | None:
    """ "Unknown fatalities coded as 10": a coder's note states the figure it used."""
    match = V.pattern("count_words", "coded").search(sent.text)
    value = word_value(match.group(1)) if match else None
    if match is None or value is None:
        return None
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    quote = match.group(0)
    text = f"{CODED_MARK} {match.group(1)}"
    return Finding("fatalities", -1, value, value, value, False, text, start, end, quote)


def adds_victims(sent: Any, field: str) -> bool:
    """Whether a sentence reports victims besides those already counted: "A guard was also
    killed", "another civilian died", "two more soldiers were wounded"."""
    for tok in sent:
        if trigger_field(tok) != field:
            continue
        victim = victim_of(tok)
        words = list(tok.children) + (list(victim.subtree) if victim is not None else [])
        if any(w.lower_ in V.words("count_words", "addition_words") for w in words):
            return True
        if field == "fatalities" and (_is_perpetrator(victim) or _by_security(tok)):
            return True
    return False


def _is_perpetrator(victim: Any) -> bool:
    """ "the gunman was killed": an attacker's death is not among the victims reported."""
    return victim is not None and victim.lemma_.lower() in V.words(
        "count_words", "perpetrator_nouns"
    )


def _by_security(tok: Any) -> bool:
    """ "X was shot dead by police": someone killed by the security forces, usually the
    attacker, not one of the victims already counted."""
    verbs = [tok, tok.head] if tok.dep_ in {"acomp", "oprd", "advmod", "pobj"} else [tok]
    agents = [c for v in verbs for c in v.children if c.dep_ == "agent"]
    words = {w.lemma_.lower() for a in agents for w in a.subtree}
    return bool(words & V.words("count_words", "security_nouns"))


def is_cumulative(text: str) -> bool:
    """Sentences about periods or running totals: their counts are not one event's."""
    return bool(V.pattern("count_words", "cumulative").search(text))


def group(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Findings by field, one per victim (the first reading of a victim wins)."""
    out: dict[str, dict[int, Finding]] = {}
    for f in findings:
        out.setdefault(f.field, {}).setdefault(f.key, f)
    return {field: list(by_key.values()) for field, by_key in out.items()}


def combine(items: list[Finding], offset: int) -> tuple[Count, list[Evidence]]:
    """Add up distinct victims; zeros and implied plurals yield to stated numbers."""
    kept = [f for f in items if f.best] or items[:1]
    if any(not f.implicit_plural for f in kept):
        kept = [f for f in kept if not f.implicit_plural]
    count = Count(
        best=sum(f.best for f in kept),
        low=_sum_or_none(f.low for f in kept),
        high=_sum_or_none(f.high for f in kept),
        text=" + ".join(f.text for f in kept),
    )
    return count, [Evidence(f.field, f.quote, f.start + offset, f.end + offset) for f in kept]


def _sum_or_none(values: Iterable[int | None]) -> int | None:
    values = list(values)
    return None if None in values else sum(v for v in values if v is not None)


def imply_zero_deaths(out: dict, findings: list[Finding], offset: int) -> dict:
    """ "No one was hurt" / "no casualties" also means no one was killed."""
    if "fatalities" in out or "injuries" not in out or out["injuries"][0].best != 0:
        return out
    zero = next((f for f in findings if f.field == "injuries" and f.general), None)
    if zero is None:
        return out
    out["fatalities"] = combine([_as_field(zero, "fatalities")], offset)
    return out


def _as_field(f: Finding, field: str) -> Finding:
    return Finding(field, f.key, f.best, f.low, f.high, f.implicit_plural, f.text, f.start, f.end,
                   f.quote, general=True)  # fmt: skip
