"""An event's country when the gazetteer knows no place of it: the votes of its places,
peoples, national forces and groups, and its actors' country."""

from __future__ import annotations

from dateline.mentions import find_mentions
from dateline.models import Actor, Analysis, Article, Place
from dateline.pipeline import extract_text
from dateline.resolve.place import actor_country_place
from dateline.resolve.place.country import MILITIA_VOTE, WEAK_VOTE, context_country, group_vote
from dateline.vocabulary import naming as act


def test_a_rebel_groups_home_counts_less_than_any_place() -> None:
    assert group_vote(2) < WEAK_VOTE


def test_a_local_militia_still_points_to_its_home() -> None:
    assert group_vote(4) == MILITIA_VOTE
    assert group_vote(3) > group_vote(2)


def test_a_militia_outranks_a_rebel_groups_home() -> None:
    from dateline.models import Analysis, Article

    text = "JNIM militants killed three Koglweogo members in a village."
    assert context_country(Analysis(Article(text=text))) == "BF"


def _location(text: str) -> dict | None:
    result = extract_text(text, "2021-06-09")
    events = [e for e in result.events if e.role == "main"] or result.events
    loc = events[0].location if events else None
    return (
        None
        if loc is None
        else {
            "name": loc.name,
            "iso": loc.country_iso,
            "lat": loc.latitude,
            "precision": loc.geo_precision,
        }
    )


def test_unknown_village_takes_the_country_of_the_national_force() -> None:
    loc = _location("On June 7, the Burkinabe army killed five militants in Tamboulga.")
    assert loc is not None and loc["iso"] == "BF"
    assert loc["name"] == "Tamboulga" and loc["lat"] is None and loc["precision"] == 3


def test_no_place_named_gives_the_country_of_a_local_group() -> None:
    loc = _location("On June 7, suspected Ansaroul Islam militants abducted two teachers.")
    assert loc is not None and loc["iso"] == "BF" and loc["precision"] == 3


def test_a_force_serving_abroad_does_not_name_the_country() -> None:
    text = "On June 7, French forces killed ten militants near a river."
    french = Place(text="French", start=11, end=17, name="France", feature="PCLI",
                   country_iso="FR", latitude=46.0, longitude=2.0, confidence=0.2)  # fmt: skip
    assert context_country(Analysis(Article(text=text), places=[french])) is None


def test_a_home_force_names_the_country() -> None:
    text = "On June 7, Malian soldiers killed ten militants near a river."
    assert context_country(Analysis(Article(text=text))) == "ML"


def test_expeditionary_forces_place_no_event_at_home(nlp) -> None:
    mentions = find_mentions(nlp("French soldiers killed ten militants on Monday."))
    french = Actor("Military Forces of France", "FR", act.STATE, "French soldiers")
    assert actor_country_place(mentions, french, None) is None


def test_forces_named_beside_another_country_are_abroad(nlp) -> None:
    mentions = find_mentions(nlp("Nigerian troops killed ten militants in Cameroon on Monday."))
    troops = Actor("Military Forces of Nigeria", "NG", act.STATE, "Nigerian troops")
    assert actor_country_place(mentions, troops, None) is None


def test_a_home_force_with_no_sign_of_abroad_places_its_country(nlp) -> None:
    mentions = find_mentions(nlp("Nigerian troops killed ten militants on Monday."))
    troops = Actor("Military Forces of Nigeria", "NG", act.STATE, "Nigerian troops")
    place = actor_country_place(mentions, troops, None)
    assert place is not None and place.country_iso == "NG"
