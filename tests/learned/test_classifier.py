"""The learned sub-type classifier: its packaged sentences, fitting, and when it may retype."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.learned import SubTypeModel, apply_policy, packaged_examples, read_examples
from dateline.learned.policy import MIN_PROBABILITY, STRENGTH_GATE, kind_of
from dateline.models import Evidence, Mention
from dateline.vocabulary.taxonomy import PLOVER_ONLY, kinds

SMALL = [
    ("Gunmen kidnapped two traders on the road.", "Abduction/forced disappearance"),
    ("Armed men abducted a teacher from his home.", "Abduction/forced disappearance"),
    ("Bandits kidnapped five passengers from a bus.", "Abduction/forced disappearance"),
    ("Police fired tear gas to disperse the marchers.", "Protest with intervention"),
    ("Riot police broke up the rally with water cannon.", "Protest with intervention"),
    ("Police dispersed a crowd of students with tear gas.", "Protest with intervention"),
    ("The striker scored twice in the cup final.", "none"),
    ("The club won the league on goal difference.", "none"),
]


def test_every_acled_sub_type_has_at_least_thirty_packaged_sentences() -> None:
    counts = Counter(label for _, label in packaged_examples())
    sub_types = {k.sub_event_type for key, k in kinds().items() if key not in PLOVER_ONLY}
    assert sub_types <= set(counts)
    assert min(counts[s] for s in sub_types) >= 30
    assert counts["none"] >= 30
    assert set(counts) <= sub_types | {"none"}


def test_fitting_is_deterministic_and_learns_the_words_of_a_type() -> None:
    texts = ["Bandits abducted a farmer.", "Police used tear gas on the march."]
    first = SubTypeModel.fit(SMALL).predict(texts)
    assert first == SubTypeModel.fit(SMALL).predict(texts)
    assert [p.label for p in first] == [
        "Abduction/forced disappearance",
        "Protest with intervention",
    ]


def test_a_saved_model_predicts_as_the_fitted_one(tmp_path: Path) -> None:
    model = SubTypeModel.fit(SMALL)
    model.save(tmp_path / "m.pkl")
    text = ["Gunmen kidnapped a chief."]
    assert SubTypeModel.load(tmp_path / "m.pkl").predict(text) == model.predict(text)


class Fixed:
    """A stand-in model that always answers the same label with the same probability."""

    def __init__(self, label: str, probability: float) -> None:
        self.label, self.probability = label, probability

    def predict(self, texts: list[str]) -> list:
        from dateline.learned.model import Prediction

        return [Prediction(self.label, self.probability) for _ in texts]


def mention(strength: float) -> Mention:
    text = "Armed men were seen near the village."
    return Mention(
        trigger=Evidence("trigger", "seen", 15, 19),
        sentence=Evidence("sentence", text, 0, len(text)),
        event_type="Battles",
        sub_event_type="Armed clash",
        disorder_type="Political violence",
        cue_strength=strength,
    )


def test_a_weakly_typed_mention_takes_a_confident_prediction() -> None:
    (out,) = apply_policy(Fixed("Other", 0.9), [mention(STRENGTH_GATE - 0.1)])
    assert (out.event_type, out.sub_event_type) == ("Strategic developments", "Other")


@pytest.mark.parametrize(
    ("strength", "label", "probability"),
    [
        (STRENGTH_GATE + 0.1, "Other", 0.99),  # the rules were sure
        (STRENGTH_GATE - 0.1, "Other", MIN_PROBABILITY - 0.01),  # the model is unsure
        (STRENGTH_GATE - 0.1, "none", 0.99),  # the model never removes an event
    ],
)
def test_the_rules_type_stands_otherwise(strength: float, label: str, probability: float) -> None:
    (out,) = apply_policy(Fixed(label, probability), [mention(strength)])
    assert out.sub_event_type == "Armed clash"


def test_every_sub_type_label_names_a_kind() -> None:
    assert kind_of("Suicide bomb").event_type == "Explosions/Remote violence"
    assert kind_of("none") is None


def test_an_acled_export_row_gives_notes_and_sub_event_type(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text('notes,sub_event_type\n"Rebels seized a town.",Non-state actor overtakes '
                    'territory\n"",Attack\n', encoding="utf-8")  # fmt: skip
    assert read_examples(path) == [("Rebels seized a town.", "Non-state actor overtakes territory")]


def test_train_writes_a_model_that_extract_uses(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": t, "label": lab}) + "\n" for t, lab in SMALL))
    out = tmp_path / "model.pkl"
    result = CliRunner().invoke(main, ["train", str(rows), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["labels"] == 3
    assert SubTypeModel.load(out).labels
    article = tmp_path / "a.txt"
    article.write_text("Gunmen kidnapped two traders near Kaduna on Monday.", encoding="utf-8")
    args = ["extract", str(article), "--published", "2026-03-03", "--model", str(out)]
    coded = CliRunner().invoke(main, args)
    assert coded.exit_code == 0, coded.output
    assert json.loads(coded.output.splitlines()[0])["events"]


def test_train_refuses_a_file_without_labels(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": "no label here"}) + "\n")
    result = CliRunner().invoke(main, ["train", str(rows), "--out", str(tmp_path / "m.pkl")])
    assert result.exit_code != 0
    assert "no row" in result.output
