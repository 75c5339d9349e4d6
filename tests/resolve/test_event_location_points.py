"""An event placed in a whole country sits at the gazetteer's country point; an event in
"the capital" is coded at the capital."""

from __future__ import annotations

from dateline import vocabulary as V
from dateline.models import Place
from dateline.resolve.place.centroid import COUNTRY_POINTS
from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.location import gazetteer_country_point, national_capital


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


def test_the_capital_pattern() -> None:
    for said in ("marched in the capital", "Burkina Faso's capital", "the Malian capital city"):
        assert V.pattern("place_location", "the_capital").search(said), said
    for other in ("the economic capital", "the capital of Kidal region", "capital punishment"):
        assert not V.pattern("place_location", "the_capital").search(other), other


def test_an_event_in_the_capital_is_coded_at_the_capital(gazetteer: Gazetteer) -> None:
    country = Place(text="Burkina Faso", start=0, end=12, name="Burkina Faso", feature="PCLI",
                    country_iso="BF", latitude=12.0, longitude=-1.5, confidence=0.9)  # fmt: skip
    found = national_capital("Students marched in the capital on Monday.", country, gazetteer)
    assert found is not None and found.feature == "PPLC" and found.geo_precision == 1
    assert found.name == "Ouagadougou"
    assert national_capital("Students marched in the economic capital.", country, gazetteer) is None
