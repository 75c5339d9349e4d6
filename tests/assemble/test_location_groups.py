"""The home country of a named armed group is the weakest sign of where an event was."""

from __future__ import annotations

from dateline.resolve.place.location import MILITIA_VOTE, WEAK_VOTE, group_vote


def test_a_rebel_groups_home_counts_less_than_any_place() -> None:
    assert group_vote(2) < WEAK_VOTE


def test_a_local_militia_still_points_to_its_home() -> None:
    assert group_vote(4) == MILITIA_VOTE
    assert group_vote(3) > group_vote(2)


def test_a_militia_outranks_a_rebel_groups_home() -> None:
    from dateline.models import Analysis, Article
    from dateline.resolve.place.location import context_country

    text = "JNIM militants killed three Koglweogo members in a village."
    assert context_country(Analysis(Article(text=text))) == "BF"
