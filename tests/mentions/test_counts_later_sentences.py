"""Tolls told after the event's sentence: a victim who died on a later, named day, and a
further casualty reported a few sentences on."""

from __future__ import annotations

from dateline.mentions import extract
from dateline.models import Analysis, Article


def first_mention(nlp, text: str):
    analysis = Analysis(article=Article(text=text), doc=nlp(text))
    extract(analysis, None)  # the extract stage reads no resource
    return analysis.mentions[0]


def test_later_death_on_a_named_day_counts(nlp) -> None:
    text = (
        "On Monday a gunman shot a shopkeeper outside his store in the market. "
        "He died of his injuries on Thursday."
    )
    assert first_mention(nlp, text).fatalities.best == 1


def test_victim_succumbing_later_counts(nlp) -> None:
    text = (
        "On Monday a gunman shot a shopkeeper outside his store in the market. "
        "The shopkeeper succumbed to his wounds on Wednesday."
    )
    assert first_mention(nlp, text).fatalities.best == 1


def test_other_days_toll_is_not_counted(nlp) -> None:
    text = (
        "On Monday a gunman shot a shopkeeper outside his store in the market. "
        "On Friday two soldiers were killed in the north."
    )
    assert not first_mention(nlp, text).fatalities.best


def test_fourth_sentence_casualty(nlp) -> None:
    text = (
        "A bomb exploded on a bus in the capital on Monday. "
        "The bomber had boarded the bus at the central station. "
        "Police cordoned off the area for hours. "
        "The device was hidden in a bag. "
        "Two passengers suffered burns."
    )
    assert first_mention(nlp, text).injuries.best == 2
