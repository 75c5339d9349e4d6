"""Dates that belong to something else than the event, and dates that head a summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from dateline.models import Analysis, Article, Evidence, Group, Mention
from dateline.resolve.time import find_dates, group_date, own_date

WED = dt.datetime(2024, 8, 7)
Dated = Callable[[str, str], tuple[str | None, int | None]]


def _mention(text: str, trigger: str) -> Mention:
    at = text.index(trigger)
    start = text.rfind(". ", 0, at)
    start = 0 if start == -1 else start + 2
    end = text.find(". ", at)
    end = len(text) if end == -1 else end + 1
    return Mention(
        trigger=Evidence("trigger", trigger, at, at + len(trigger)),
        sentence=Evidence("sentence", text[start:end], start, end),
        event_type="Protests",
        sub_event_type="Peaceful protest",
        disorder_type="Demonstrations",
    )


@pytest.fixture(scope="module")
def dated(nlp: Language) -> Dated:
    """The day and precision of the event whose lead mention's trigger is ``trigger``."""
    return lambda text, trigger: _dated(nlp, text, trigger)


def _dated(nlp: Language, text: str, trigger: str) -> tuple[str | None, int | None]:
    found = Analysis(Article(text=text, published=WED))
    found.doc = nlp(text)
    found.dates = find_dates(text, WED)
    lead = _mention(text, trigger)
    _, day, precision = group_date(found, Group([lead], own_date(found.dates, lead)), WED)
    return day, precision


def test_a_month_premodifying_a_noun_does_not_date_the_event(dated: Dated) -> None:
    assert dated("Nurses held a sit-in to demand their unpaid March wages.", "sit-in") == (
        "2024-08-07",
        1,
    )


def test_a_date_in_a_clause_on_another_noun_does_not_date_the_event(dated: Dated) -> None:
    text = "Relatives of a trader who was killed in May marched to the town hall."
    assert dated(text, "marched") == ("2024-08-07", 1)


def test_a_date_on_the_event_itself_still_dates_it(dated: Dated) -> None:
    assert dated("Farmers marched to the town hall on Monday.", "marched") == ("2024-08-05", 1)


def test_a_fronted_date_dates_the_event_whatever_the_parse(dated: Dated) -> None:
    text = "Arrests: On 3 August 2024, police arrested five traders in the market."
    assert dated(text, "arrested") == ("2024-08-03", 1)


def test_a_summary_heading_date_beats_a_later_coarse_date(dated: Dated) -> None:
    text = (
        "08/03/2024: Unknown people set fire to a warehouse in a small town. "
        "It was one of several fires set in the area in April 2023."
    )
    assert dated(text, "fires") == ("2024-08-03", 1)
