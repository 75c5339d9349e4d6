"""An event's place agrees with the first-level region its sentence names."""

from __future__ import annotations

from dateline.models import Place
from dateline.resolve.place.location import event_location


def _place(text: str, start: int, feature: str, admin1: str) -> Place:
    return Place(text=text, start=start, end=start + len(text), name=text, feature=feature,
                 country_iso="MX", admin1=admin1, latitude=19.0, longitude=-97.0,
                 confidence=0.9)  # fmt: skip


def test_a_town_outside_the_named_region_gives_way_to_the_region() -> None:
    town = _place("Martinez", 3, "PPL", "San Luis Potosi")
    region = _place("Veracruz", 20, "ADM1", "Veracruz")
    found = event_location([town, region], (0, 60), (40, 45), [town, region])
    assert found is not None and found.admin1 == "Veracruz"


def test_a_town_inside_the_named_region_stays() -> None:
    town = _place("Xalapa", 3, "PPL", "Veracruz")
    region = _place("Veracruz", 20, "ADM1", "Veracruz")
    found = event_location([town, region], (0, 60), (40, 45), [town, region])
    assert found is not None and found.name == "Xalapa"
