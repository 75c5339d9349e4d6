"""GVDB shooter and victim recall: a named person is found by a distinctive word of its name."""

from __future__ import annotations

from dateline.eval.people import distinctive_words, named_people, score_people
from dateline.eval.shootings import score_gvdb


def _row(shooters: list[str | None], victims: list[str | None]) -> dict:
    return {
        "gold": {
            "event_date": None,
            "city": None,
            "state": None,
            "killed": None,
            "injured": None,
            "shooters": [{"name": name} for name in shooters],
            "victims": [{"name": name} for name in victims],
        }
    }


def _event(actor1=None, actor2=None, assoc1=(), assoc2=(), claimed=(), blamed=()) -> dict:
    return {
        "role": "main",
        "actor1": actor1,
        "actor2": actor2,
        "assoc_actor_1": list(assoc1),
        "assoc_actor_2": list(assoc2),
        "attribution": {"claimed_by": list(claimed), "blamed": [{"actor": b} for b in blamed]},
    }


def _actor(name: str, text: str | None = None) -> dict:
    return {"name": name, "country_iso": "US", "inter": 3, "text": text}


def test_generic_and_short_words_do_not_identify_a_person() -> None:
    assert distinctive_words("the gunman") == frozenset()
    assert distinctive_words("Unidentified man") == frozenset()
    assert distinctive_words("Sgt. Mark T. Lane Jr.") == {"mark", "lane"}


def test_named_people_are_counted_once_per_row() -> None:
    people = [{"name": "Rob Kane"}, {"name": "rob kane,"}, {"name": None}, {"name": "a suspect"}]
    assert named_people(people) == [frozenset({"rob", "kane"})]


def test_a_shooter_named_in_actor1_text_is_recalled_and_a_victim_missing_is_not() -> None:
    row = _row(["Rob Kane", "the gunman"], ["Lia Ford", "Ted Marsh"])
    event = _event(
        actor1=_actor("Unidentified Armed Group (United States)", "Rob Kane, 24"),
        actor2=_actor("Civilians (United States)", "Lia Ford"),
    )
    scores = score_people([(row, {"events": [event]})])
    assert scores["shooter_recall"] == 1.0 and scores["n_shooter_recall"] == 1
    assert scores["victim_recall"] == 0.5 and scores["n_victim_recall"] == 2


def test_associates_claims_and_blame_count_for_their_side_only() -> None:
    row = _row(["Rob Kane", "Al Dunn", "Kip Nye"], ["Lia Ford"])
    event = _event(
        actor1=_actor("Unidentified Armed Group (United States)"),
        assoc1=[_actor("Unidentified Armed Group (United States)", "Rob Kane")],
        assoc2=[_actor("Civilians (United States)", "Lia Ford")],
        claimed=["Al Dunn"],
        blamed=["Kip Nye"],
    )
    assert score_people([(row, {"events": [event]})])["shooter_recall"] == 1.0
    swapped = _event(actor2=_actor("Civilians (United States)", "Rob Kane Al Dunn Kip Nye"))
    scores = score_people([(row, {"events": [swapped]})])
    assert scores["shooter_recall"] == 0.0 and scores["victim_recall"] == 0.0


def test_a_word_inside_another_word_is_no_match() -> None:
    row = _row(["Ann Lee"], [])
    event = _event(actor1=_actor("Leesburg Annex Gang"))
    assert score_people([(row, {"events": [event]})])["shooter_recall"] == 0.0


def test_rows_without_named_people_leave_the_recall_unscored() -> None:
    scores = score_gvdb([(_row([None, "gunman"], []), {"events": []})])
    assert scores["shooter_recall"] is None and scores["n_shooter_recall"] == 0
    assert scores["victim_recall"] is None
