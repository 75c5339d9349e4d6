"""Property tests end to end: short random reports (dates, number words, counts, place
names, noise) go through the real pipeline without an exception, and every span the
result gives points at its own text."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.models import ArticleResult

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALUE = re.compile(r"^\d{3,4}(-(\d{2}|W\d{2}(-WE)?|Q\d|H\d|SP|SU|FA|WI)(-\d{2})?)?$")
VOCABULARY = [
    # dates, relative and absolute
    "on Monday", "last week", "yesterday", "on 5 August", "in March 2023", "overnight",
    "earlier this month", "on 31 February", "in the 1990s", "2024-13-45", "Sept.",
    # number words and counts
    "three", "twenty-one", "a dozen", "hundreds of", "at least 40", "1,000,000,000,000",
    "-5", "0", "several", "one and a half", "99999999999999999999",
    # places, real and not
    "in Gao", "near Mogadishu", "Ain al-Asad", "in Qwertyuiop", "north of Kabul", "Kyiv",
    # the rest of a report
    "gunmen", "killed", "wounded", "villagers", "soldiers", "a car bomb exploded",
    "police said", "protesters marched", "were abducted", "Al-Shabaab claimed",
    ",", ".", "\n\n", "(", "\u2028", "ü", "—",
]  # fmt: skip


def spans_of(result: ArticleResult) -> list:
    spans = [*result.places, *result.dates]
    for event in result.events:
        spans.extend(event.evidence)
        spans.extend([event.location] if event.location else [])
    return spans


def check(result: ArticleResult, text: str) -> None:
    for span in spans_of(result):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for date in result.dates:
        assert date.value is None or VALUE.match(date.value), date
    for event in result.events:
        for count in (event.fatalities, event.injuries, event.abducted, event.arrested):
            assert count.best is None or count.best >= 0, count


@FAST
@given(words=st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=25))
def test_random_reports_code_without_errors_and_spans_hold(
    code: Callable[..., ArticleResult], words: list[str]
) -> None:
    text = " ".join(words)
    check(code(text, published="2024-08-06"), text)


@FAST
@given(text=st.text(min_size=1, max_size=120))
def test_any_text_codes_without_errors(code: Callable[..., ArticleResult], text: str) -> None:
    check(code(text), text)
