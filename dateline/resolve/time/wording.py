"""The wording before and after a date: whether it looks ahead (a plan, a deadline) or back."""

from __future__ import annotations

import re

from dateline import vocabulary as V

# How far a future word reaches ahead to a date, within one sentence.
_FUTURE_REACH = 60


def _wording(name: str) -> re.Pattern[str]:
    return V.pattern("time_wording", name)


def last_past_verb(text: str, start: int) -> re.Match[str] | None:
    """The last past-tense verb in the date's clause (no punctuation between them), within
    60 characters before ``start``."""
    low = max(0, start - 60)
    clause = max(low, *(text.rfind(mark, low, start) + 1 for mark in ",;:.!?"))
    last = None
    not_tense = _wording("not_tense_before")
    for match in _wording("past_verb").finditer(text, clause, start):
        if not not_tense.search(text, max(0, match.start() - 12), match.start()):
            last = match
    return last


def looks_back(text: str, start: int) -> bool:
    """Whether the words before ``start`` place the date in the past: a cue word right
    before it ("since") or a past-tense verb earlier in its clause, unless a present-tense
    verb comes nearer or the date is a new limit ("extended to May 3")."""
    if _wording("past_cue").search(text, max(0, start - 20), start):
        return True
    verb = last_past_verb(text, start)
    if verb is None or _wording("target_before").search(text, max(0, start - 8), start):
        return False
    return _wording("present_aux").search(text, verb.end(), start) is None


def past_after(text: str, end: int) -> bool:
    """A fronted date whose clause goes on in the past ("In January, the firm bought ..."),
    not a reporting clause ("... in early March, an official said")."""
    clause = _wording("fronted_clause").match(text[end : end + 70])
    if clause is None:
        return False
    verbs = [m.group().lower() for m in _wording("past_verb").finditer(clause.group())]
    reporting = V.words("time_wording", "reporting_verbs")
    return any(verb not in reporting for verb in verbs)


def looks_ahead(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future ("will meet on ..."): a
    future word within reach, unless a past-tense verb comes after a weak one, nearer the
    date; "by" or "until" right before the date, unless a past perfect sets it back."""
    if _wording("limit_before").search(text, max(0, start - 24), start):
        return not _wording("past_perfect").search(text, max(0, start - 60), start)
    words = _future_words(text, start)
    if not words:
        return False
    if words[-1].group().lower() in V.words("time_wording", "firm_future"):
        return True
    verb = last_past_verb(text, start)
    return verb is None or verb.start() < words[-1].end()


def _future_words(text: str, start: int) -> list[re.Match[str]]:
    """Future words within reach before ``start``, with no clause break between (a clock's
    "a.m." breaks none)."""
    clock, stop = _wording("clock"), _wording("clause_break")
    return [
        match
        for match in _wording("future_word").finditer(text, max(0, start - 80), start)
        if start - match.end() <= _FUTURE_REACH
        and not stop.search(clock.sub("am", text[match.end() : start]))
    ]


def weekend_ahead(text: str, start: int) -> bool:
    """ "ahead of the weekend", "by the weekend": the coming one."""
    return _wording("ahead_of").search(text[:start]) is not None
