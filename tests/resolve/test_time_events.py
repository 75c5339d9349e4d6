"""The date of an event (a group of mentions): its lead's sentence, a later mention's date, or
the report's; never a date after the report, which is a plan, not the event."""

from __future__ import annotations

import datetime as dt

from dateline.models import Analysis, Article, Evidence, Group, Mention
from dateline.resolve.time import find_dates, group_date, own_date

TUE = dt.datetime(2024, 8, 6)
JUNE = dt.datetime(2024, 6, 10)


def analysis(text: str, published: dt.datetime | None = TUE) -> Analysis:
    found = Analysis(Article(text=text, published=published))
    found.dates = find_dates(text, published)
    return found


def mention(text: str, trigger: str, sentence: str | None = None) -> Mention:
    """A mention whose trigger is the first ``trigger`` inside its sentence."""
    sentence = sentence or text
    start = text.index(sentence)
    at = text.index(trigger, start)
    return Mention(
        trigger=Evidence("trigger", trigger, at, at + len(trigger)),
        sentence=Evidence("sentence", sentence, start, start + len(sentence)),
        event_type="Battles",
        sub_event_type="Armed clash",
        disorder_type="Political violence",
    )


def dated(found: Analysis, *mentions: Mention) -> tuple[str | None, int | None]:
    own = own_date(found.dates, mentions[0])
    for other in mentions[1:]:
        own = own or own_date(found.dates, other)
    _, day, precision = group_date(found, Group(list(mentions), own), TUE)
    return day, precision


def test_a_fronted_date_dates_the_event() -> None:
    text = "On 4 August, soldiers clashed with rebels who had held the town since 20 July."
    found = analysis(text)
    assert dated(found, mention(text, "clashed")) == ("2024-08-04", 1)


def test_a_range_is_dated_by_its_first_day_with_week_precision() -> None:
    text = "Around 2 August 2024 (between 2 - 3 August), gunmen raided a village."
    found = analysis(text)
    assert dated(found, mention(text, "raided")) == ("2024-08-02", 2)


def test_a_later_mention_lends_its_date() -> None:
    text = "Rebels attacked an army post. The assault on Sunday killed two soldiers."
    found = analysis(text)
    lead = mention(text, "attacked", "Rebels attacked an army post.")
    later = mention(text, "assault", "The assault on Sunday killed two soldiers.")
    assert dated(found, lead, later) == ("2024-08-04", 1)


def test_no_date_is_the_day_of_the_report() -> None:
    text = "Rebels attacked an army post."
    found = analysis(text)
    assert dated(found, mention(text, "attacked")) == ("2024-08-06", 1)


def test_last_week_is_its_wednesday_with_week_precision() -> None:
    text = "A drone strike hit a convoy last week."
    found = analysis(text)
    assert dated(found, mention(text, "strike")) == ("2024-07-31", 2)


def test_a_lead_date_after_the_report_falls_back_to_the_report_day() -> None:
    text = "On September 6, gunmen killed a village chief at his home."
    found = Analysis(Article(text=text, published=JUNE))
    found.dates = find_dates(text, JUNE)
    lead = mention(text, "killed")
    own = own_date(found.dates, lead)
    assert own is not None and own.value == "2024-09-06"
    _, day, precision = group_date(found, Group([lead], own), JUNE)
    assert (day, precision) == ("2024-06-10", 1)


def test_a_main_event_without_a_date_takes_the_day_a_later_paragraph_tells() -> None:
    from dateline import extract

    text = (
        "A man was shot and killed outside a store in Dayton, Ohio, police said.\n\n"
        "Officers were called to the store on Saturday night after neighbours heard gunfire."
    )
    events = extract(text, published="2024-08-06").events
    assert [e.event_date for e in events if e.role == "main"] == ["2024-08-03"]


def test_a_planned_day_does_not_date_an_undated_event() -> None:
    from dateline import extract

    text = (
        "A man was shot and killed outside a store in Dayton, Ohio, police said.\n\n"
        "A vigil is planned for Friday."
    )
    events = extract(text, published="2024-08-06").events
    assert [e.event_date for e in events if e.role == "main"] == ["2024-08-06"]


def _main_dates(text: str, published: str) -> list[str | None]:
    from dateline import extract

    return [e.event_date for e in extract(text, published=published).events if e.role == "main"]


def test_a_day_in_the_incident_noun_after_its_place_dates_the_event() -> None:
    text = "Five people were injured in a nightclub shooting early Sunday."
    assert _main_dates(text, "2014-03-31") == ["2014-03-30"]


def test_a_day_on_a_verb_of_telling_does_not_date_the_event() -> None:
    text = "Gunmen shot dead a shopkeeper in Kano on Sunday night, police said Tuesday."
    assert _main_dates(text, "2024-08-06") == ["2024-08-04"]
    text = "A man was shot dead in Kano. Police released his name Monday."
    assert _main_dates(text, "2024-08-06") == ["2024-08-06"]


def test_a_stamp_run_into_the_headline_does_not_date_the_event() -> None:
    text = (
        "Five hurt in club shooting Posted: Monday, March 31, 2014 3:13 PM EDT\n"
        "Gunmen opened fire outside a club late Saturday, wounding five people."
    )
    assert _main_dates(text, "2014-03-31") == ["2014-03-29"]


def test_a_wire_datelines_bracketed_date_is_the_reports() -> None:
    text = "KANO, Nigeria (Aug. 6, 2024) - Gunmen killed two farmers in a raid on a village."
    assert _main_dates(text, "2024-08-07") == ["2024-08-07"]
