"""Tolls: each mention's counts and weapons, from its sentence and the sentences after it.

News reports state the event, then its casualties ("Two people were killed."), at times
after a sentence or two on the perpetrator; a later sentence about another day or an
earlier time tells of another toll.
"""

from __future__ import annotations

from typing import Any

from dateline import vocabulary as V
from dateline.mentions.counts import adds_victims, find_counts
from dateline.mentions.weapons import find_weapons
from dateline.models import Mention
from dateline.text.counting import add_counts

# How many sentences after an event's last mention sentence may still report its toll:
# news reports state the event, then its casualties ("Two people were killed."), at times
# after a sentence or two on the perpetrator ("A passenger was also injured." fourth).
FOLLOW_SENTENCES = 4


def add_tolls(doc: Any, mentions: list[Mention]) -> None:
    """Fill each mention's counts and weapons from its sentence and the ones that follow."""
    follow = _following_sentences(doc, mentions)
    for mention in mentions:
        _add_counts_and_weapons(doc, mention, follow.get(id(mention), []))


def _following_sentences(doc: object, mentions: list[Mention]) -> dict[int, list[object]]:
    """Sentences that are no mention's own, by the id of the mention whose toll they report.

    A sentence after a mention sentence goes to that sentence's first asserted mention (up
    to ``FOLLOW_SENTENCES``, until the next mention sentence): reports state the event, then
    its casualties. Only one mention takes them, so one toll is read once. Sentences before
    the first mention (a lead whose verb was not recognised as a trigger) go to it too.
    """
    starts = {m.sentence.start for m in mentions}
    owner: dict[int, Mention] = {}
    for mention in mentions:
        if mention.modality == "asserted":
            owner.setdefault(mention.sentence.start, mention)
    out: dict[int, list[object]] = {}
    lead: list[object] | None = []
    current: Mention | None = None
    for sent in doc.sents:
        if sent.start_char in starts:
            current = owner.get(sent.start_char)
            if lead and current is not None:
                out[id(current)] = lead[-FOLLOW_SENTENCES:]
            lead, taken = None, 0
        elif lead is not None:
            lead.append(sent)
        elif current is not None and taken < FOLLOW_SENTENCES:
            out.setdefault(id(current), []).append(sent)
            taken += 1
    return out


def _add_counts_and_weapons(doc: object, mention: Mention, following: list | None = None) -> None:
    """Counts and weapons of the mention's sentence; a field the sentence leaves unstated
    may be filled from ``following`` sentences (those of the same event, in order)."""
    sent = doc.char_span(mention.sentence.start, mention.sentence.end, alignment_mode="expand")
    for field, (count, evidence) in find_counts(sent).items():
        setattr(mention, field, count)
        mention.evidence.extend(evidence)
    for weapon, evidence in find_weapons(sent):
        mention.weapons.append(weapon)
        mention.evidence.append(evidence)
    for extra in following or []:
        if extra.start_char < sent.start_char:  # the article's lead: the event's own words
            _add_following(mention, extra)
        elif not _past_reference(extra, sent):
            dated = _other_time(extra, sent) and not V.pattern("count_words", "later_death").search(
                extra.text
            )
            _add_following(mention, extra, counts=not dated)


def _other_time(sent: object, event_sent: object) -> bool:
    """Whether a nearby sentence names a date the event's sentence does not ("on Friday"
    after "on Monday"): its toll may be another day's, so only its weapons are taken. A
    headline states no day: the lead under it tells the event's ("Man shot in Chicago" /
    "A man was shot Friday night ..."), so only another year makes it another time."""
    said = event_sent.text.lower()
    dates = [e.text.lower() for e in sent.ents if e.label_ == "DATE" and not _is_age(e.text)]
    years = set(V.pattern("count_words", "named_year").findall(sent.text)) - set(
        V.pattern("count_words", "named_year").findall(event_sent.text)
    )
    if _is_headline(event_sent):
        return bool(years)
    return bool(years) or any(_date_core(d) not in said for d in dates)


def _is_age(text: str) -> bool:
    """ "a 19-year-old": the tagger reads ages as dates."""
    return V.pattern("count_words", "age").search(text) is not None


def _is_headline(sent: object) -> bool:
    """The text's first sentence with no end punctuation (a line break ends it)."""
    return sent.start == 0 and not sent.text.rstrip().endswith(tuple(".!?\"'”’"))


def _past_reference(sent: object, event_sent: object) -> bool:
    """A sentence about an earlier time ("Last week, ...", "two years ago", "in 1998"):
    neither its toll nor its weapons are the event's."""
    years = set(V.pattern("count_words", "named_year").findall(sent.text)) - set(
        V.pattern("count_words", "named_year").findall(event_sent.text)
    )
    return bool(years) or V.pattern("count_words", "past_reference").search(sent.text) is not None


def _date_core(text: str) -> str:
    """ "on this Monday" → "monday": the words two mentions of one date share."""
    words = [w for w in text.split() if w not in {"on", "this", "the", "early", "late"}]
    return " ".join(words)


def _add_following(mention: Mention, sent: object, counts: bool = True) -> None:
    """A later sentence fills a field the mention left unstated, or adds victims it marks
    as further ones ("A guard was also killed"); weapons it names are the event's too."""
    for field, (count, evidence) in (find_counts(sent) if counts else {}).items():
        known = getattr(mention, field)
        if known.best is None:
            setattr(mention, field, count)
        elif known.best and count.best and adds_victims(sent, field):
            setattr(mention, field, add_counts(known, count))
        else:
            continue
        mention.evidence.extend(evidence)
    known = {(w.name, w.detail) for w in mention.weapons}
    for weapon, evidence in find_weapons(sent):
        if (weapon.name, weapon.detail) not in known:
            known.add((weapon.name, weapon.detail))
            mention.weapons.append(weapon)
            mention.evidence.append(evidence)
