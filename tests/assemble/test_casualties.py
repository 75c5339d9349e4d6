"""One event's counts and weapons from its mentions, and the sentences that follow them."""

from __future__ import annotations

from collections.abc import Callable

from dateline.assemble.casualties import distinct_counts, fatalities, merged
from dateline.models import ArticleResult, Count, Evidence, Group, Mention


def mention(start: int, fatalities: Count | None = None, injuries: Count | None = None) -> Mention:
    """A bare mention whose counts were read at ``start`` in the article."""
    found = Mention(
        trigger=Evidence("trigger", "attack", start, start + 6),
        sentence=Evidence("sentence", "...", start, start + 40),
        event_type="Battles",
        sub_event_type="Armed clash",
        disorder_type="Political violence",
    )
    for field, count in (("fatalities", fatalities), ("injuries", injuries)):
        if count is not None:
            setattr(found, field, count)
            found.evidence.append(Evidence(field, count.text or "", start, start + 5))
    return found


def group(*mentions: Mention) -> Group:
    return Group(list(mentions), None)


def test_no_stated_toll_is_zero_deaths():
    assert fatalities(group(mention(0))).best == 0


def test_different_numbers_in_different_sentences_add_up():
    first = mention(0, Count(4, 4, 4, "Four"))
    second = mention(100, Count(11, 11, 11, "eleven"))
    assert fatalities(group(first, second)).best == 15


def test_the_same_number_twice_is_one_report():
    first = mention(0, Count(3, 3, 3, "three"))
    second = mention(100, Count(3, 3, 3, "three"))
    assert fatalities(group(first, second)).best == 3


def test_mentions_of_one_sentence_count_once():
    first = mention(0, Count(5, 5, 5, "five"))
    second = mention(0, Count(5, 5, 5, "five"))
    assert len(distinct_counts([first, second], "fatalities")) == 1


def test_a_vague_figure_yields_to_a_stated_one():
    vague = mention(0, injuries=Count(3, 2, None, "several"))
    stated = mention(100, injuries=Count(7, 7, 7, "seven"))
    assert merged(group(vague, stated), "injuries").best == 7


def test_a_coders_figure_is_final():
    stated = mention(0, Count(60, 60, 60, "60"))
    coded = mention(100, Count(10, 10, 10, "coded as 10"))
    assert fatalities(group(stated, coded)).best == 10


def test_toll_in_the_next_sentence_belongs_to_the_event(
    code: Callable[..., ArticleResult],
) -> None:
    text = (
        "Gunmen attacked a police checkpoint in Kandahar on Monday. "
        "Two officers were killed and five others were wounded."
    )
    event = next(e for e in code(text, published="2024-03-05").events if e.role == "main")
    assert (event.fatalities.best, event.injuries.best) == (2, 5)
    assert {w.name for w in event.weapons} == {"firearm"}


def test_an_earlier_events_toll_is_not_taken(code: Callable[..., ArticleResult]) -> None:
    text = (
        "Militants attacked an army post near Gao on Tuesday. "
        "Last year, a similar raid there killed twelve soldiers."
    )
    events = code(text, published="2024-03-06").events
    main = next(e for e in events if e.role == "main")
    assert main.fatalities.best == 0


def test_worked_example_counts_and_weapons(code: Callable[..., ArticleResult], example_path):
    result = code(example_path.read_text(encoding="utf-8"), published="2024-08-06")
    main = next(e for e in result.events if e.role == "main")
    assert main.fatalities.best == 0
    assert main.injuries.best >= 3
    assert [(w.name, w.detail, w.count) for w in main.weapons] == [("rocket", "Katyusha", 2)]
