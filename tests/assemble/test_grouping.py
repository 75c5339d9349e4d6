"""Within-article grouping: the main event, and background events with dates of their own."""

from __future__ import annotations

from dateline.assemble.grouping import group_mentions
from dateline.models import Evidence, Mention, TimeValue

MONDAY = TimeValue("on Monday", 0, 9, "2024-08-05", "day")
LAST_WEEK = TimeValue("last week", 0, 9, "2024-W31", "week")


def mention(trigger: str, event_type: str = "Battles", modality: str = "asserted") -> Mention:
    return Mention(
        trigger=Evidence("trigger", trigger, 0, len(trigger)),
        sentence=Evidence("sentence", trigger, 0, len(trigger)),
        event_type=event_type,
        sub_event_type="",
        disorder_type="Political violence",
        modality=modality,  # type: ignore[arg-type]
    )


def test_undated_mentions_join_the_main_event() -> None:
    groups = group_mentions([mention("shelled"), mention("attack")], [MONDAY, None])
    assert [(g.role, len(g.mentions)) for g in groups] == [("main", 2)]


def test_a_mention_with_another_date_is_a_background_event() -> None:
    mentions = [mention("shelled"), mention("assassination", "Violence against civilians")]
    groups = group_mentions(mentions, [MONDAY, LAST_WEEK])
    assert [(g.role, g.date and g.date.value) for g in groups] == [
        ("main", "2024-08-05"),
        ("background", "2024-W31"),
    ]


def test_a_repeated_trigger_joins_its_background_event() -> None:
    mentions = [mention("shelled"), mention("assassination"), mention("assassination")]
    groups = group_mentions(mentions, [MONDAY, LAST_WEEK, None])
    assert [len(g.mentions) for g in groups] == [1, 2]


def test_events_of_other_kinds_on_the_same_earlier_date_stay_apart() -> None:
    mentions = [
        mention("shelled"),
        mention("assassination", "Violence against civilians"),
        mention("strike", "Explosions/Remote violence"),
    ]
    groups = group_mentions(mentions, [MONDAY, LAST_WEEK, LAST_WEEK])
    assert [g.role for g in groups] == ["main", "background", "background"]


def test_unasserted_mentions_make_no_event() -> None:
    groups = group_mentions([mention("may strike", modality="future")], [None])
    assert groups == []
