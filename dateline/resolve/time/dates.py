"""Resolve time: find and normalise time expressions, and choose each event's date.

Dates are anchored on the publication date, never on today's: an expression that needs an
anchor when none is known gets ``value=None`` (the caller warns). The regex rules in
:mod:`dateline.resolve.time.timex_rules` handle news phrasing; dateparser is the fallback for
publication dates in formats the ISO parser does not read (RSS and e-mail style).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from dateline.models import TIME_PRECISION_CODE, TimeValue
from dateline.resolve.time.timex_rules import (
    DAY_OFFSETS,
    FUTURE_SLACK_DAYS,
    MONTHS,
    WEEKDAYS,
    WEEKEND_SUFFIX,
    Resolved,
    day_ref_offset,
    month_number,
    prior_weekday,
    rules,
    safe_date,
    yearless_day,
)

# Words that introduce a date but are not part of it ("on Tuesday", "in 1998").
_LEAD_WORD = re.compile(
    r"(?i:on|in|of|since|until|by|during|from|to|through|before|after|between|and|around|"
    r"end of|beginning of|start of)\s+"
)
_NEAR_CHARS = 12  # "overnight between " / "overnight on "
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–|—)\s*$", re.IGNORECASE)
# ACLED codes a vague date to the middle of its span, with a lower time_precision.
_WEEK_MIDDLE = 3  # ISO weekday of Wednesday
_MONTH_MIDDLE = 15
# With no date in the text, the event is taken to be the day before the report: wire
# reports mostly cover the previous day's events, and ACLED codes such a day as known
# (time_precision 1) when the report implies it.
NO_DATE_OFFSET_DAYS = 1
NO_DATE_PRECISION = 1
# ACLED has no code coarser than a month: quarters, halves and seasons are coded 3, dated to
# their middle month.
_COARSE_CODE = 3
# Middle months of seasons; winter 1994 (1994-WI) runs into 1995.
_SEASON_MIDDLE = {"SP": (0, 4), "SU": (0, 7), "FA": (0, 10), "WI": (1, 1)}


# ---------------------------------------------------------------- finding dates


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    order: int  # rule index: on equal spans the more specific rule wins
    resolved: Resolved


def find_dates(text: str, published: dt.datetime | None) -> list[TimeValue]:
    """Every time expression in ``text``, normalised against ``published``; sorted by start,
    non-overlapping."""
    anchor = published.date() if published is not None else None
    hits = _drop_vague_overnight(text, _select(_all_hits(text, anchor)))
    hits = _resolve_anaphors(text, hits, anchor)
    _reanchor_deictics(text, hits)
    _order_ranges(text, hits)
    return [_time_value(text, hit) for hit in hits]


def _all_hits(text: str, anchor: dt.date | None) -> list[_Hit]:
    hits = []
    for order, rule in enumerate(rules()):
        for match in rule.pattern.finditer(text):
            resolved = rule.resolve(match, anchor, text)
            if resolved is not None:
                hits.append(_Hit(*_trim(text, match.start(), match.end()), order, resolved))
    return hits


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition and trailing punctuation from a span."""
    lead = _LEAD_WORD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    while end > start and text[end - 1] in ",. ":
        end -= 1
    return start, end


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest spans first; drop any that overlap an already chosen one."""
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.order, h.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _drop_vague_overnight(text: str, hits: list[_Hit]) -> list[_Hit]:
    """ "overnight between 24 and 25 March" or "Friday overnight": the other date says when."""
    keep = []
    for i, hit in enumerate(hits):
        near = hits[max(0, i - 1) : i] + hits[i + 1 : i + 2]
        vague = text[hit.start : hit.end].lower() == "overnight"
        if not (vague and any(_gap_between(hit, other) <= _NEAR_CHARS for other in near)):
            keep.append(hit)
    return keep


# Expressions that compare with the same period one year back ("from $5 a year earlier").
_YEAR_BACK = re.compile(
    r"(?i:.*\b(?:a\s+year\s+(?:earlier|ago|before)|year-(?:ago|earlier)|last\s+year's)\b.*"
    r"|.*\b(?:corresponding|comparable|same)\s+(?:quarter|period)\s+last\s+year)$"
)
# "last year" compares with the year-back period after "from", "than", "compared with".
_COMPARED = re.compile(r"(?i:\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\b[^.;]{0,40})$")
# Expressions that refer to the quarter under discussion when there is one.
# "The latest quarter" names the last one completed; "the latest period" may be a fiscal one.
_TOPIC_QUARTER = re.compile(
    r"(?i:(?:the\s+)?(?:current|this|same)\s+(?:three-month\s+)?(?:quarter|period)"
    r"|(?:the\s+)?(?:latest|most\s+recent)\s+(?:three-month\s+)?period"
    r"|(?:the\s+)?(?:same\s+)?(?:quarter|period))$"
)
# Rules whose value states a year that "that year", "the following year" can refer to.
_STATED_YEAR_RULES = frozenset(
    {"iso", "numeric", "wd_month_day_year", "wd_day_month_year", "month_day_year",
     "day_month_year", "dashed_date", "month_year", "year", "spelled_year"}
)  # fmt: skip
# A quarter stays the topic of an earnings report for this many characters.
_TOPIC_CHARS = 1500


def _resolve_anaphors(text: str, hits: list[_Hit], anchor: dt.date | None) -> list[_Hit]:
    """Quarters in earnings reports: "the quarter", "the latest period" take the value of the
    quarter under discussion (or are dropped when there is none), and a year-back comparison
    ("up from $5 million a year ago", "the year-earlier period") near one means that quarter
    a year before; each mention keeps the quarter under discussion. "That year", "the
    following year" refer to the last year stated, "the following month" to the last month
    named; "that day", "the day before" and "the previous Friday" count from the last day
    stated."""
    names = [rule.name for rule in rules()]
    kept: list[_Hit] = []
    topic: _Hit | None = None
    year: str | None = None
    month: str | None = None
    day: str | None = None
    for hit in hits:
        name = names[hit.order]
        near = topic if topic is not None and hit.start - topic.end <= _TOPIC_CHARS else None
        resolved = _anaphor_value(text, hit, name, near, year, month)
        if resolved is None:
            continue
        if day is not None and name in _DAY_ANAPHOR_RULES:
            resolved = _from_day(text[hit.start : hit.end], name, day)
        hit.resolved = resolved
        words = text[hit.start : hit.end]
        year_back = _is_year_back(text, hit, words)
        stated_year = name in _STATED_REFS and re.search(r"\d{4}", words) is not None
        ahead = anchor is not None and resolved.value and resolved.value[:4] > str(anchor.year)
        stated_year = stated_year or bool(ahead)
        if name in _TOPIC_RULES and resolved.precision == "quarter" and resolved.value:
            topic = topic if year_back or stated_year else hit
        if name in _STATED_YEAR_RULES and resolved.value:
            year = resolved.value[:4]
        if resolved.precision == "day" and resolved.value and words.lower() != "overnight":
            day = resolved.value
        if resolved.precision in {"day", "month"} and resolved.value and words[:1].isupper():
            month = resolved.value[:7]
        kept.append(hit)
    return kept


# Anaphors that may state the year of the quarter they mean ("the 1988 period").
_STATED_REFS = frozenset({"period_ref", "quarter_ref"})
# Rules counted from the last day stated ("that day", "the previous Friday").
_DAY_ANAPHOR_RULES = frozenset({"day_ref", "prior_weekday"})


def _from_day(words: str, name: str, day: str) -> Resolved:
    """A day anaphor counted from ``day``, the last day the text stated."""
    base = dt.date.fromisoformat(day)
    if name == "prior_weekday":
        weekday = next(i for i, wd in enumerate(WEEKDAYS) if wd in words.lower())
        return Resolved(prior_weekday(base, weekday).isoformat(), "day")
    return Resolved((base + dt.timedelta(days=day_ref_offset(words))).isoformat(), "day")


def _step(words: str) -> int:
    """+1 for "the following year", -1 for "the previous month", 0 for "that year"."""
    if re.search(r"(?i)following|next|later", words):
        return 1
    return -1 if re.search(r"(?i)previous|preceding|earlier|before", words) else 0


def _anaphor_value(
    text: str, hit: _Hit, name: str, topic: _Hit | None, year: str | None, month: str | None
) -> Resolved | None:
    """The hit's value in context; ``None`` drops an anaphor with nothing to refer to."""
    words = text[hit.start : hit.end]
    value = topic.resolved.value if topic is not None else None
    if value and _is_year_back(text, hit, words):
        return Resolved(_year_back(value), "quarter")
    if value and _TOPIC_QUARTER.fullmatch(words):
        return Resolved(value, "quarter")
    stated = re.search(r"\b(?:19|20)\d\d\b", words) if name in _STATED_REFS else None
    if stated is not None:
        # "the 1988 period": the quarter under discussion in that year, else the year.
        part = value[4:] if value and value[4:6] == "-Q" else ""
        return Resolved(stated.group() + part, "quarter" if part else "year")
    if name in {"quarter_ref", "period_ref"}:
        return hit.resolved if hit.resolved.value else None
    if name == "year_ref":
        if year is None:
            return None
        return Resolved(str(int(year) + _step(words)), "year")
    if name == "month_ref":
        if month is None:
            return None
        index = int(month[:4]) * 12 + int(month[5:7]) - 1 + _step(words)
        return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")
    return hit.resolved


# Rules whose quarter becomes (or stays) the topic of the report: one that states it, or an
# anaphor that refers to it.
_TOPIC_RULES = frozenset({"quarter", "rel_quarter", "quarter_ref", "period_ref"})


def _is_year_back(text: str, hit: _Hit, words: str) -> bool:
    if _YEAR_BACK.fullmatch(words):
        return True
    lead = text[max(0, hit.start - 60) : hit.start]
    return words.lower() == "last year" and _COMPARED.search(lead) is not None


# A reporting verb right before a date: "an AFP reporter said Saturday", "reported on 4 May".
_REPORTED_BEFORE = re.compile(
    r"(?i:\b(?:said|says|reported|reports|told|announced|stated|confirmed|added|claimed)"
    r"\s+(?:on\s+)?)$"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _reanchor_deictics(text: str, hits: list[_Hit]) -> None:
    """ "Soldiers rioted overnight, a reporter said Saturday": "overnight", "yesterday",
    "this morning" count from the day of the report that tells them when a reporting verb in
    their sentence is dated, not from the publication date."""
    names = [rule.name for rule in rules()]
    for hit in hits:
        if names[hit.order] != "day_word" or hit.resolved.value is None:
            continue
        said = _reported_day(text, hit, hits)
        if said is not None:
            offset = DAY_OFFSETS[" ".join(text[hit.start : hit.end].lower().split())]
            day = dt.date.fromisoformat(said) + dt.timedelta(days=offset)
            hit.resolved = Resolved(day.isoformat(), "day")


def _reported_day(text: str, hit: _Hit, hits: list[_Hit]) -> str | None:
    """The day of a dated reporting verb in the hit's sentence, if there is one."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, hit.start)), default=0)
    end_match = _SENTENCE_END.search(text, hit.end)
    end = end_match.start() if end_match else len(text)
    for other in hits:
        if other is hit or not start <= other.start < end or other.resolved.precision != "day":
            continue
        lead = max(0, other.start - 20)
        if other.resolved.value and _REPORTED_BEFORE.search(text, lead, other.start):
            return other.resolved.value
    return None


def _gap_between(a: _Hit, b: _Hit) -> int:
    return max(b.start - a.end, a.start - b.end)


def _order_ranges(text: str, hits: list[_Hit]) -> None:
    """In "between October 17 and January 29" the first end lies before the second: move
    an inferred year back when it does not."""
    for first, second in itertools.pairwise(hits):
        joined = _RANGE_JOIN.match(text[first.end : second.start])
        a, b = first.resolved, second.resolved
        if joined and a.inferred_year and a.value and b.value and a.value > b.value:
            first.resolved = Resolved(_year_back(a.value), a.precision, True)


def _year_back(value: str) -> str:
    year, rest = value[:4], value[4:]
    shifted = f"{int(year) - 1:04d}{rest}"
    if rest == "-02-29":
        shifted = f"{int(year) - 1:04d}-02-28"
    return shifted


def _time_value(text: str, hit: _Hit) -> TimeValue:
    value, precision = hit.resolved.value, hit.resolved.precision
    return TimeValue(text[hit.start : hit.end], hit.start, hit.end, value, precision)


# ---------------------------------------------------------------- news datelines

# "BAGHDAD, Aug 5 (Reuters) -", "KABUL, Afghanistan, Aug. 5, 2024 (AP) —", "Gaza, 5 August:".
_DATELINE = re.compile(
    r"^\s*[A-Z][\w'.\- ]{1,40}(?:,\s*[A-Z][\w'.\- ]{1,30})?[,/]\s*"
    r"(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s+(?P<mon2>[A-Z][a-z]{2,8})\.?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*(?:\([^)]{1,40}\)\s*)?[-–—:]"
)


def dateline_date(text: str, today: dt.date | None = None) -> dt.datetime | None:
    """The publication date a news dateline states ("BAGHDAD, Aug 5 (Reuters) -"), for
    articles given without one. A dateline without a year is the latest such day on or
    before ``today`` when a caller knows it; never guessed from the clock."""
    match = _DATELINE.match(text[:200])
    if match is None:
        return None
    name = match["mon"] or match["mon2"]
    if name.lower().rstrip(".")[:3] not in MONTHS:
        return None
    month, day = month_number(name), int(match["day"] or match["day2"])
    if match["year"]:
        found = safe_date(int(match["year"]), month, day)
    elif today is not None:
        found = yearless_day(today, month, day, future=False)
    else:
        return None
    return dt.datetime.combine(found, dt.time()) if found else None


# ---------------------------------------------------------------- choosing an event's date


def event_date(
    dates: list[TimeValue],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    published: dt.datetime | None,
    paragraph: tuple[int, int] | None = None,
    text: str | None = None,
) -> tuple[TimeValue | None, str | None, int | None]:
    """The event's date: in its sentence, else the date that heads the text ("01/03/2000: ..."),
    else its paragraph, the expression that fronts the sentence ("On 4 May, ...": it scopes
    over the whole clause) unless another one sits right by the trigger ("the attack on
    Saturday"), else the one nearest the trigger; then the day a state began ("on strike
    since 4 May"); with no date, the day before the report. Returns (expression, ISO day,
    ACLED precision). With ``text``, an approximate day ("around 4 May", the first day of a
    range) gets precision 2."""
    attempts = [(sentence, False), (paragraph, False), (sentence, True), (paragraph, True)]
    for span, since in attempts:
        chosen = None
        if span is not None:
            chosen = _chosen(dates, span, trigger, text, published, since)
        if span is paragraph and not since and span is not None and text is not None:
            chosen = _heading(dates, text, published) or chosen
        if chosen is not None:
            day, code = acled_date(chosen, published)
            if text is not None and _approximate_code(text, chosen):
                code = TIME_PRECISION_CODE["week"]
            return chosen, day, code
    if published is None:
        return None, None, None
    fallback = published.date() - dt.timedelta(days=NO_DATE_OFFSET_DAYS)
    return None, fallback.isoformat(), NO_DATE_PRECISION


def _chosen(
    dates: list[TimeValue],
    span: tuple[int, int],
    trigger: tuple[int, int],
    text: str | None,
    published: dt.datetime | None = None,
    since: bool = False,
) -> TimeValue | None:
    """The date in ``span`` that dates the event; with ``since``, only a day that begins a
    state ("since 4 May"), which dates an event nothing else dates."""
    inside = [d for d in dates if d.value and span[0] <= d.start and d.end <= span[1]]
    if published is not None:
        inside = [d for d in inside if not after_report(d, published.date())]
        if text is not None:
            inside = [d for d in inside if not stale(text, d, published.date())]
    if text is not None:
        inside = [d for d in inside if not _range_end(text, d, inside)]
        if since:
            inside = [d for d in inside if _since(text, d) and d.precision == "day"]
        else:
            inside = [d for d in inside if not _since(text, d)]
        inside = [d for d in inside if not _shifted_aside(text, d, span, trigger)]
        inside = [d for d in inside if not _bracketed(text, d, span)] or inside
    nearest = min(inside, key=lambda d: (_gap(d, trigger), d.start), default=None)
    if nearest is None or text is None or _gap(nearest, trigger) <= _BY_TRIGGER_CHARS:
        return nearest
    fronted = inside[0] if _FRONTED.fullmatch(text, span[0], inside[0].start) else None
    return fronted or nearest


# Days counted from another ("released the following day"): they date another event.
_SHIFTED_DAY = re.compile(
    r"(?i:the\s+(?:day|night|evening|morning)\s+(?:before|after|earlier)"
    r"|the\s+(?:previous|preceding|prior|next|following)\s+(?:day|night|evening|morning))"
)


def fronted(text: str, sentence_start: int, date: TimeValue) -> bool:
    """Whether ``date`` fronts its sentence ("On the night of 4 May, ..."): it then scopes
    over the whole clause, whatever the parser attaches it to. A label before it ("Looting:
    On 4 May, ...") does not count."""
    label = LABEL.match(text, sentence_start, date.start)
    start = label.end() if label is not None else sentence_start
    return _FRONTED.fullmatch(text, start, date.start) is not None


# A topic label that heads a summary sentence ("Arrests: ...", "Property destruction: ...").
LABEL = re.compile(r"\s*[A-Z][A-Za-z]*(?:[ /-][A-Za-z]+){0,3}:\s+")


def _shifted_aside(
    text: str, date: TimeValue, span: tuple[int, int], trigger: tuple[int, int]
) -> bool:
    """ "Two men were abducted on 4 May, and released the following day": a day counted from
    another dates the event only when it fronts the sentence or sits by the trigger."""
    if not _SHIFTED_DAY.fullmatch(date.text):
        return False
    fronted = _FRONTED.fullmatch(text, span[0], date.start) is not None
    return not fronted and _gap(date, trigger) > _BY_TRIGGER_CHARS


def _bracketed(text: str, date: TimeValue, span: tuple[int, int]) -> bool:
    """A date inside brackets is an aside ("the sons of the mayor [killed on 6 July]")."""
    before = text[span[0] : date.start]
    opened = before.count("(") + before.count("[")
    return opened > before.count(")") + before.count("]")


# A date by the trigger ("attack on Saturday", "Saturday's attack") beats a fronted one.
_BY_TRIGGER_CHARS = 6
# What may come before a sentence-initial date: a preposition or "overnight between" etc.
# Punctuation and spaces are matched by separate parts, so a long run of either cannot be
# split in exponentially many ways when the match fails.
_FRONTED = re.compile(
    r"\s*(?i:(?:on\s+or\s+)?(?:around|about|on|in|since|from|between|during|late|early|"
    r"overnight|night|the\s+night|the\s+morning|the\s+evening|of|[^\w\s])\s*)*"
)
# ACLED codes an approximate day (time_precision 2) for these.
_APPROX_BEFORE = re.compile(
    r"(?i:around|about|approximately|circa|or\s+around|or\s+about|"
    r"between|from|overnight(?:\s+between)?)\s+(?:the\s+)?$"
    # "On (or around) 4 May".
    r"|(?i:\(\s*or\s+(?:around|about)\s*\))\s*$"
    # "As reported on 4 May": the day of the report, the event's own day unknown.
    r"|(?i:\breported\s+on)\s+$"
)
# "4-5 May", "4 to 5 May", "1 or 2 May" (a day that is not known), "4 May (or around)". Days
# listed with "and" ("on 4 and 5 May") are each known: ACLED codes one event a day, with
# precision 1; after "between" the lead marks them.
_RANGE_AFTER = re.compile(
    r"\s*(?:\(\s*)?(?:to|until|till|through|or|-|–|—)\s*\d"
    r"|\s*\(\s*or\s+(?:around|about)\s*\)",
    re.IGNORECASE,
)
# "mid-October": ACLED codes the middle of the month as an approximate day (precision 2).
_MID_BEFORE = re.compile(r"(?i:\bmid-?|\bmiddle\s+of\s+(?:the\s+month\s+of\s+)?)\s*$")
# The discovery of the dead ("a man was found dead", "the bodies of two men were found"): the
# killing happened at some time up to that day, which ACLED codes with precision 2.
_DISCOVERY = re.compile(
    r"(?i:\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:found|discovered|recovered)\b)"
)
# An event verb in the active voice before the discovery: the note tells of the killing itself
# ("gunmen abducted a man ..., he was found dead").
_ACTIVE_EVENT = re.compile(
    r"(?i:(?<![,(]\s)(?<![,(])\b(?:abducted|attacked|arrested|ambushed|kidnapped|executed|"
    r"killed|shot|clashed|seized|raided|detained)\b)"
)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


# A date that heads a text, as in incident summaries ("01/03/2000: Unknown suspects ...").
_HEADING_AFTER = re.compile(r"\s*[:–—-]\s")
_HEADING_LEAD = 3


def heading_date(
    dates: list[TimeValue], text: str, published: dt.datetime | None
) -> TimeValue | None:
    """The day that heads the text ("01/03/2000: ..."), which dates the incident it sums up."""
    return _heading(dates, text, published)


def _heading(dates: list[TimeValue], text: str, published: dt.datetime | None) -> TimeValue | None:
    """The day that heads the text and so dates its first event, if there is one."""
    first = next((d for d in dates if d.value), None)
    if first is None or first.precision != "day" or text[: first.start].strip():
        return None
    if first.start > _HEADING_LEAD or not _HEADING_AFTER.match(text, first.end):
        return None
    if published is not None and after_report(first, published.date()):
        return None
    return first


# A report tells of recent events: a calendar date that ends this many days before it dates
# background (an earlier killing, the uprising a march commemorates, a strike's start), unless
# it fronts its sentence ("On 3 March, ..."), which sets the time of the whole clause.
STALE_DAYS = 7
_CALENDAR_WORD = re.compile(
    r"\d|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
_SENTENCE_START = re.compile(r"[.!?]\s+|\n")


def stale(text: str, date: TimeValue, report: dt.date) -> bool:
    """Whether ``date`` is a calendar day or month stated well before the report (see
    :data:`STALE_DAYS`) that does not front its sentence. Relative expressions ("last
    Wednesday", "two weeks ago") are counted from the report and kept."""
    if date.value is None or date.precision not in {"day", "month"}:
        return False
    if _CALENDAR_WORD.search(date.text) is None:
        return False
    if (report - _period_end(date.value, date.precision)).days <= STALE_DAYS:
        return False
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, date.start)]
    return not fronted(text, starts[-1] if starts else 0, date)


def _period_end(value: str, precision: str) -> dt.date:
    """The last day of a day or month value."""
    if precision == "day":
        return dt.date.fromisoformat(value)
    year, month = int(value[:4]), int(value[5:7])
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def after_report(date: TimeValue, report: dt.date) -> bool:
    """A date that begins after the report (beyond time-zone slack) is a plan or a
    schedule, not when a reported event happened."""
    assert date.value is not None and date.precision is not None
    begins = _period_start(date.value, date.precision)
    return begins > report + dt.timedelta(days=FUTURE_SLACK_DAYS if date.precision == "day" else 0)


def _period_start(value: str, precision: str) -> dt.date:
    """The first day of a TIMEX3 value (roughly, for quarters, halves and seasons)."""
    if precision == "day":
        return dt.date.fromisoformat(value)
    if precision == "week":
        return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    if precision == "month":
        return dt.date(int(value[:4]), int(value[5:7]), 1)
    if precision == "decade":
        return dt.date(int(value) * 10, 1, 1)
    if precision in {"quarter", "half", "season"}:
        return _part_middle(int(value[:4]), value[5:]) - dt.timedelta(days=45)
    return dt.date(int(value[:4]), 1, 1)


def _range_end(text: str, date: TimeValue, dates: list[TimeValue]) -> bool:
    """The second date of a range ("between 4 and 5 May", "(4 - 5 May)"): ACLED dates a
    range by its first day."""
    before = [d for d in dates if d.end <= date.start]
    return bool(before) and _RANGE_JOIN.match(text[before[-1].end : date.start]) is not None


def _since(text: str, date: TimeValue) -> bool:
    """ "in place since November": the start of a state, not the date of the event (used
    only when nothing else dates it, and then only a day: "on strike since 4 May")."""
    return re.search(r"(?i:\bsince|\bever\s+since)\s+(?:the\s+)?$", text[: date.start]) is not None


def _approximate(text: str, date: TimeValue) -> bool:
    """ "Around 4 May", "on or about 4 May", "between 4 and 5 May", "4-5 May", "as reported on
    4 May"."""
    lead = text[max(0, date.start - 30) : date.start]
    return bool(_APPROX_BEFORE.search(lead) or _RANGE_AFTER.match(text, date.end))


def _approximate_code(text: str, date: TimeValue) -> bool:
    """Whether ACLED would code the chosen date with precision 2: an approximate or ranged
    day (see :func:`_approximate`), the day bodies were found, or the middle of a month."""
    if date.precision == "day":
        return _approximate(text, date) or _discovery(text, date)
    lead = text[max(0, date.start - 25) : date.start]
    return date.precision == "month" and _MID_BEFORE.search(lead) is not None


def _discovery(text: str, date: TimeValue) -> bool:
    """ "On 4 May, the body of a man was found ...": the date fronts a sentence that reports a
    discovery of the dead, with no event verb in the active voice before it."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, date.start)]
    if not fronted(text, starts[-1] if starts else 0, date):
        return False
    end = _CLAUSE_END.search(text, date.end)
    clause = text[date.end : end.start() if end else len(text)]
    found = _DISCOVERY.search(clause)
    if found is None or not re.search(
        r"(?i:\b(?:dead|bod(?:y|ies)|corpses?|remains|"
        r"murdered|killed|executed|shot)\b)",
        clause,
    ):
        return False
    return _ACTIVE_EVENT.search(clause, 0, found.start()) is None


def _gap(date: TimeValue, trigger: tuple[int, int]) -> int:
    return max(date.start - trigger[1], trigger[0] - date.end, 0)


def acled_date(value: TimeValue, published: dt.datetime | None) -> tuple[str, int]:
    """A day for ACLED's event_date: a week or month is coded to its middle (never after the
    report), with time_precision 2 for a week and 3 for a month or year."""
    assert value.value is not None and value.precision is not None
    day = _middle_day(value.value, value.precision, "weekend" in value.text.lower())
    if published is not None and value.precision != "day":
        day = min(day, published.date())
    return day.isoformat(), TIME_PRECISION_CODE.get(value.precision, _COARSE_CODE)


def _part_middle(year: int, part: str) -> dt.date:
    """The middle of a quarter (Q3: 15 August), half (H1: 15 April) or season."""
    if part.startswith("Q"):
        return dt.date(year, int(part[1]) * 3 - 1, _MONTH_MIDDLE)
    if part.startswith("H"):
        return dt.date(year, 4 if part == "H1" else 10, _MONTH_MIDDLE)
    offset, month = _SEASON_MIDDLE[part]
    return dt.date(year + offset, month, _MONTH_MIDDLE)


def _middle_day(value: str, precision: str, weekend: bool) -> dt.date:
    if precision == "day":
        return dt.date.fromisoformat(value)
    if precision == "week":
        weekend = weekend or value.endswith(WEEKEND_SUFFIX)
        year, week = int(value[:4]), int(value[6:8])
        return dt.date.fromisocalendar(year, week, 6 if weekend else _WEEK_MIDDLE)
    if precision == "month":
        return dt.date(int(value[:4]), int(value[5:7]), _MONTH_MIDDLE)
    if precision in {"quarter", "half", "season"}:
        return _part_middle(int(value[:4]), value[5:])
    if precision == "decade":
        return dt.date(int(value) * 10 + 5, 1, 1)
    return dt.date(int(value[:4]), 7, 1)
