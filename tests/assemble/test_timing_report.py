"""A group's date never comes from a date after the report: that is a plan, not the event."""

from __future__ import annotations

import datetime as dt

from dateline.models import Analysis, Article, Evidence, Group, Mention
from dateline.resolve.time import find_dates, group_date, own_date

JUNE = dt.datetime(2024, 6, 10)


def _mention(text: str, trigger: str) -> Mention:
    at = text.index(trigger)
    return Mention(
        trigger=Evidence("trigger", trigger, at, at + len(trigger)),
        sentence=Evidence("sentence", text, 0, len(text)),
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
    )


def test_a_lead_date_after_the_report_falls_back_to_the_day_before() -> None:
    text = "On September 6, gunmen killed a village chief at his home."
    found = Analysis(Article(text=text, published=JUNE))
    found.dates = find_dates(text, JUNE)
    lead = _mention(text, "killed")
    own = own_date(found.dates, lead)
    assert own is not None and own.value == "2024-09-06"
    _, day, precision = group_date(found, Group([lead], own), JUNE)
    assert (day, precision) == ("2024-06-09", 1)
