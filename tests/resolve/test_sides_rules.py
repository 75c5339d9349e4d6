"""The sides table: its rules can be listed, switched off one by one, and every chosen side's
evidence names the rule that chose it."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence

import pytest
from spacy.language import Language

from dateline.mentions import find_mentions
from dateline.models import Analysis, Article
from dateline.pipeline import STAGES, Pipeline, Stage
from dateline.resolve.actors import RULES, Rule, choose_sides, resolve_sides, without
from dateline.vocabulary.taxonomy import KINDS


def _names(nlp: Language, text: str, country: str, rules: Sequence[Rule]) -> tuple:
    mentions = find_mentions(nlp(text))
    lead = mentions[0]
    kind = next(k for k in KINDS.values() if k.sub_event_type == lead.sub_event_type)
    kind, actor1, actor2 = choose_sides(mentions, lead, kind, country, rules)
    return kind.sub_event_type, actor1 and actor1.name, actor2 and actor2.name


def test_every_rule_has_a_unique_name_and_says_what_it_codes() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.about for rule in RULES)


def test_switching_off_an_unknown_rule_is_an_error() -> None:
    with pytest.raises(KeyError, match="no_such_rule"):
        without("no_such_rule")


@pytest.mark.parametrize(
    ("rule", "text", "country", "on", "off"),
    [
        (
            "civilian_target",
            "Gunmen opened fire in the market on Monday.",
            "BF",
            ("Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
            ("Attack", "Unidentified Armed Group (Burkina Faso)", None),
        ),
        (
            "peaceful_protest",
            "Farmers protested against the Polish government's grain policy in Warsaw.",
            "PL",
            ("Peaceful protest", "Protesters (Poland)", None),
            ("Peaceful protest", "Protesters (Poland)", "Government of Poland"),
        ),
        (
            "attacker_first",
            "Troops repelled an attack by Taliban militants on a checkpoint.",
            "AF",
            ("Armed clash", "Taliban", "Military Forces of Afghanistan"),
            ("Armed clash", "Military Forces of Afghanistan", "Taliban"),
        ),
        (
            "thing_hit",
            "An army vehicle struck an IED near Gao.",
            "ML",
            (
                "Remote explosive/landmine/IED",
                "Unidentified Armed Group (Mali)",
                "Military Forces of Mali",
            ),
            ("Remote explosive/landmine/IED", "Military Forces of Mali", None),
        ),
        (
            "unnamed_opponent",
            "The army clashed near Kaya. Two soldiers died.",
            "BF",
            (
                "Armed clash",
                "Military Forces of Burkina Faso",
                "Unidentified Armed Group (Burkina Faso)",
            ),
            ("Armed clash", "Military Forces of Burkina Faso", None),
        ),
        (
            "armed_doer",
            "Unknown individuals attacked a bar in the town.",
            "BF",
            ("Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
            ("Attack", "Civilians (Burkina Faso)", "Civilians (Burkina Faso)"),
        ),
        (
            "communal_fighters",
            "Herders clashed with farmers near the village on Monday.",
            "NG",
            ("Armed clash", "Communal Militia (Nigeria)", "Communal Militia (Nigeria)"),
            ("Armed clash", "Civilians (Nigeria)", None),
        ),
    ],
)
def test_switching_off_a_rule_changes_the_side_it_exists_for(
    nlp: Language, rule: str, text: str, country: str, on: tuple, off: tuple
) -> None:
    assert _names(nlp, text, country, RULES) == on
    assert _names(nlp, text, country, without(rule)) == off


@pytest.fixture(scope="module")
def analyse() -> Callable[..., Analysis]:
    """Runs the pipeline with a given sides table and returns the article's Analysis."""
    captured: list[Analysis] = []
    pipelines: dict[tuple[str, ...], Pipeline] = {}

    def run(text: str, rules: Sequence[Rule] = RULES) -> Analysis:
        key = tuple(rule.name for rule in rules)
        if key not in pipelines:
            stages = [
                dataclasses.replace(s, run=functools.partial(resolve_sides, rules=rules))
                if s.name == "resolve.actors"
                else s
                for s in STAGES
            ]
            capture = Stage("capture", lambda a, _: captured.append(a), ("sides",), ())
            pipelines[key] = Pipeline(stages=(*stages, capture))
        captured.clear()
        next(pipelines[key].run([Article(text=text)]))
        return captured[-1]

    return run


def test_each_chosen_side_has_one_evidence_item_naming_its_rule(analyse) -> None:
    text = "On 3 May, JNIM militants clashed with the army near Djibo, Burkina Faso."
    sides = analyse(text).sides[0]
    found = {(e.field, e.text, e.rule) for e in sides.evidence}
    assert found == {("actor1", "JNIM militants", "agent"), ("actor2", "the army", "patient")}
    assert all(text[e.start : e.end] == e.text for e in sides.evidence)


def test_a_default_side_is_evidenced_by_the_rule_that_chose_it(analyse) -> None:
    text = (
        "On 3 May, troops repelled an attack by Taliban militants on a checkpoint in Afghanistan."
    )
    sides = analyse(text).sides[0]
    rules = {e.field: e.rule for e in sides.evidence}
    assert rules == {"actor1": "attacker_first", "actor2": "attacker_first"}
    assert all(text[e.start : e.end] == e.text for e in sides.evidence)


def test_resolve_sides_with_a_rule_switched_off_codes_without_it(analyse) -> None:
    text = "On 3 May, gunmen opened fire in the market of Kaya, Burkina Faso."
    assert analyse(text).sides[0].actor2 is not None
    sides = analyse(text, without("civilian_target")).sides[0]
    assert sides.actor2 is None
    assert [e.field for e in sides.evidence] == ["actor1"]
