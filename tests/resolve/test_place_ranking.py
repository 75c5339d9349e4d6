"""Ranking a name's candidates: a city and its same-named region, and nearby places."""

from __future__ import annotations

from dateline.resolve.place.gazetteer import Candidate
from dateline.resolve.place.places import _confidence
from dateline.resolve.place.ranking import _proximity
from dateline.resolve.place.reading import Reading


def _cand(name: str, code: str, admin1: str, iso: str = "LB") -> Candidate:
    cls = "P" if code.startswith("PPL") else "A"
    return Candidate(1, name, cls, code, iso, "Lebanon", admin1, None, 33.9, 35.5, 1_000_000)


def test_a_close_race_between_a_city_and_its_region_is_no_doubt() -> None:
    city, region = _cand("Beirut", "PPLC", "Beirut"), _cand("Beirut", "ADM1", "Beirut")
    twins = Reading("beirut|", [], [city, region], scores=[10.0, 9.9])
    assert _confidence(twins) > 0.9
    abroad = _cand("Beirut", "PPL", "Somewhere", iso="US")
    rivals = Reading("beirut|", [], [city, abroad], scores=[10.0, 9.9])
    assert _confidence(rivals) < 0.6


def test_nearby_towns_do_not_vote_for_a_first_level_region() -> None:
    points = [("other", 33.9, 35.5)]
    assert _proximity(_cand("Beirut", "ADM1", "Beirut"), "beirut|", points) == 0.0
    assert _proximity(_cand("Beirut", "PPLC", "Beirut"), "beirut|", points) == 1.0
