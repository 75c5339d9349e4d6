"""The country an actor belongs to as an event's place (``actor_country_place``)."""

from __future__ import annotations

from dateline.extract.events import find_mentions
from dateline.models import Actor
from dateline.resolve.actors.participants import actor_country_place
from dateline.vocabulary import naming as act


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
