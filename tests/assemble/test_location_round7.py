"""An event placed in a whole country sits at the gazetteer's country point."""

from __future__ import annotations

from dateline.models import Place
from dateline.resolve.place.centroid import COUNTRY_POINTS
from dateline.resolve.place.location import gazetteer_country_point


def _place(feature: str, iso: str, lat: float, lon: float) -> Place:
    return Place(text="x", start=0, end=1, name="x", feature=feature, country_iso=iso,
                 latitude=lat, longitude=lon, confidence=0.9)  # fmt: skip


def test_a_country_goes_back_to_its_gazetteer_point() -> None:
    found = gazetteer_country_point(_place("PCLI", "SD", 15.4, 30.6))
    assert (found.latitude, found.longitude) == COUNTRY_POINTS["SD"]


def test_a_town_keeps_its_point() -> None:
    found = gazetteer_country_point(_place("PPL", "SD", 15.4, 30.6))
    assert (found.latitude, found.longitude) == (15.4, 30.6)


def test_a_continent_keeps_its_point() -> None:
    found = gazetteer_country_point(_place("CONT", "", 48.7, 9.1))
    assert (found.latitude, found.longitude) == (48.7, 9.1)
