"""When: the date of each mention and of each event, against the publication date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateline import vocabulary as V
from dateline.models import Analysis, Group, Mention, TimeValue
from dateline.resolve.time.background import after_report, fronted, label, stale, stamped
from dateline.resolve.time.choosing import event_date, heading_date
from dateline.resolve.time.precision import acled_date


def own_date(dates: list[TimeValue], mention: Mention) -> TimeValue | None:
    """The resolved expression in the mention's own sentence that dates it (see
    :func:`event_date`: not a range's end, an aside in brackets, "since", or a day counted
    from another)."""
    sentence = (mention.sentence.start, mention.sentence.end)
    trigger = (mention.trigger.start, mention.trigger.end)
    # The sentence at its own offsets: the choice looks only inside it.
    text = " " * mention.sentence.start + mention.sentence.text
    chosen, _, _ = event_date(dates, sentence, trigger, None, None, text)
    return chosen


def group_date(analysis: Analysis, group: Group, published: Any) -> tuple:
    """The main event of a text headed by a date ("01/03/2000: ...", an incident summary)
    takes that date unless its first sentence states another: later sentences tell of
    earlier or later happenings (a series, an arrest). Otherwise see :func:`_group_date`."""
    found = _group_date(analysis, group, published)
    if group.role != "main":
        return found
    if found[0] is None and (told := _told_date(analysis, group, published)) is not None:
        found = (told, *acled_date(told, published))
    text = analysis.article.text
    heading = heading_date(analysis.dates, text, published)
    if heading is None or found[0] is heading:
        return found
    if found[0] is not None and found[0].start < _first_sentence_end(analysis, heading):
        return found
    value, precision = acled_date(heading, published)
    return heading, value, precision


def _told_date(analysis: Analysis, group: Group, published: Any) -> TimeValue | None:
    """The day the article tells of the incident, for a main event whose own sentence and
    paragraph state none: news names the day once, in the lead or in a later paragraph
    ("The shooting happened early Sunday"), and calls the incident differently elsewhere.
    The first day another mention's sentence states (not after the report), else the first
    day the text states that dates nothing else (not stamped, after or stale). Dates in the
    event's own paragraph were weighed and set aside there, so they stay out."""
    if not isinstance(published, dt.datetime):
        return None
    text = analysis.article.text
    lead = group.mentions[0].sentence
    own = _paragraph(text, (lead.start, lead.end))
    told = [d for d in analysis.mention_dates if _outside_day(d, own)]
    told = [d for d in told if not after_report(d, published.date())]
    if told:
        return min(told, key=lambda d: d.start)
    days = [d for d in analysis.dates if d.value is not None and _outside_day(d, own)]
    days = [d for d in days if not stamped(text, d) and not _after(d, published, text)]
    return min(days, key=lambda d: d.start, default=None)


def _outside_day(date: TimeValue | None, span: tuple[int, int]) -> bool:
    return date is not None and date.precision == "day" and not span[0] <= date.start < span[1]


def _first_sentence_end(analysis: Analysis, heading: TimeValue) -> int:
    """Where the sentence the heading opens ends (by the parse; else at the first stop)."""
    if analysis.doc is not None:
        return next(
            (s.end_char for s in analysis.doc.sents if s.end_char > heading.end),
            len(analysis.article.text),
        )
    stop = V.pattern("time_choice", "sentence_stop").search(analysis.article.text, heading.end)
    return stop.end() if stop else len(analysis.article.text)


def _group_date(analysis: Analysis, group: Group, published: Any) -> tuple:
    """The group's date from its lead mention's sentence; else the date a later mention of
    the group carries; else the lead's paragraph, else the report date. Dates that belong
    to something else (see :func:`background_dates`) are left out."""
    lead = group.mentions[0]
    text = analysis.article.text
    sentence = (lead.sentence.start, lead.sentence.end)
    trigger = (lead.trigger.start, lead.trigger.end)
    dates = event_dates(analysis, group)
    found = event_date(dates, sentence, trigger, published, None, text)
    later = group.date if any(group.date is d for d in dates) else None
    if found[0] is not None or later is None or _after(later, published, text):
        paragraph = _paragraph(text, sentence)
        return event_date(dates, sentence, trigger, published, paragraph, text)
    value, precision = acled_date(later, published)
    return later, value, precision


def event_dates(analysis: Analysis, group: Group) -> list[TimeValue]:
    """The article's dates less those that date something other than the group's event,
    and those on a line stamping the page ("Updated: ...", a byline)."""
    text = analysis.article.text
    dates = [d for d in analysis.dates if not stamped(text, d)]
    if analysis.doc is None:
        return dates
    hidden = background_dates(analysis, group)
    return [d for d in dates if not any(d is h for h in hidden)]


def background_dates(analysis: Analysis, group: Group) -> list[TimeValue]:
    """Dates that, by the parse, date a noun or a clause other than the group's event: a
    date premodifying a noun ("protest over unpaid March wages"), or one inside a relative,
    adnominal or complement clause, or an after/before clause, that no mention of the group
    heads, in a sentence that holds one and does not begin with a label ("Arrests: ..."),
    whose parse is unreliable; and a day that dates a verb of telling ("police said
    Tuesday"). A date fronting its sentence is never one of them."""
    doc = analysis.doc
    text = analysis.article.text
    triggers = _trigger_tokens(doc, group)
    violent = group.mentions[0].disorder_type == "Political violence"
    hidden = []
    for date in analysis.dates:
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None or date.value is None:
            continue
        if fronted(text, span.sent.start_char, date):
            continue
        own = any(token.i in triggers for token in span.sent)
        own = own and label(text, span.sent.start_char) is None
        if (
            _premodifies(span, triggers)
            or (own and _in_other_clause(span, triggers, violent))
            or _telling_day(span, triggers)
        ):
            hidden.append(date)
    return hidden


def _telling_day(span: Any, triggers: set[int]) -> bool:
    """ "A man was shot, police said Tuesday": a day that modifies a verb of telling dates
    the telling (often the report's own day), not the event told."""
    head = span.root.head
    return head.i not in triggers and head.lemma_ in V.words("time_choice", "report_verbs")


def _trigger_tokens(doc: Any, group: Group) -> set[int]:
    indices: set[int] = set()
    for mention in group.mentions:
        span = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
        if span is not None:
            indices.update(token.i for token in span)
    return indices


def _premodifies(span: Any, triggers: set[int]) -> bool:
    """ "their March wages": the date's root modifies the noun right after it, not a trigger,
    and no preposition introduces the date (so "on 4 May gunmen ..." is not one)."""
    root = span.root
    head = root.head
    premodifier = V.words("time_choice", "premodifier")
    if root.dep_ not in premodifier or head.i != span.end or head.i in triggers:
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    introduced = before is not None and before.pos_ == "ADP" and before.lower_ != "of"
    return head.pos_ in {"NOUN", "PROPN"} and head.is_lower and not introduced


def _in_other_clause(span: Any, triggers: set[int], violent: bool = False) -> bool:
    """Whether the path from the date up to the clause that holds a trigger (or up to its
    sentence's root) passes through a clause of another kind before reaching any trigger."""
    token = span.root
    while token.head.i != token.i:
        if token.i in triggers:
            return False
        if violent and _incident_noun(token):
            return False
        if token.i not in range(span.start, span.end) and _other_clause(token, triggers):
            return not _dominates_trigger(token, triggers)
        token = token.head
    return False


def _incident_noun(token: Any) -> bool:
    """ "injured in a nightclub shooting early Sunday": the parser reads a nominal gerund
    as a clause on the noun before it; in a story of violence it names the incident."""
    gerund = token.tag_ == "VBG" and token.dep_ == "acl" and token.i == token.head.i + 1
    return gerund and token.lower_ in V.words("time_choice", "incident_gerunds")


def _other_clause(token: Any, triggers: set[int]) -> bool:
    """A clause on a noun that is not a trigger ("the airstrike that hit ..." is the event's
    own, and so is "another 40 injured in the strike": a count is a casualty tally), or an
    after/before clause."""
    if token.dep_ in V.words("time_choice", "other_clause"):
        return token.head.i not in triggers and token.head.pos_ != "NUM"
    marks = {child.lower_ for child in token.children if child.dep_ == "mark"}
    return token.dep_ == "advcl" and bool(marks & V.words("time_choice", "other_time_marks"))


def _dominates_trigger(token: Any, triggers: set[int]) -> bool:
    """A clause that holds a trigger is the event's own ("gunmen who killed five")."""
    return any(child.i in triggers for child in token.subtree)


def _after(date: TimeValue, published: Any, text: str) -> bool:
    """Whether a later mention's date falls after the report (a plan, not the event) or well
    before it without fronting its sentence (background; see :func:`stale`)."""
    if date.value is None or not isinstance(published, dt.datetime):
        return False
    return after_report(date, published.date()) or stale(text, date, published.date())


def _paragraph(text: str, sentence: tuple[int, int]) -> tuple[int, int]:
    """The paragraph (newline-delimited block) around a sentence."""
    start = text.rfind("\n", 0, sentence[0]) + 1
    end = text.find("\n", sentence[1])
    return start, len(text) if end == -1 else end
