"""Round 9: bracketed unit lists as place slots, and events in "the capital"."""

from __future__ import annotations

from dateline.models import Place
from dateline.resolve.place.location import THE_CAPITAL, _in_place_slot, national_capital


def _at(text: str, name: str, feature: str, iso: str = "IN") -> Place:
    start = text.index(name)
    return Place(text=name, start=start, end=start + len(name), name=name, feature=feature,
                 country_iso=iso, latitude=1.0, longitude=1.0, confidence=0.9)  # fmt: skip


def test_a_bracketed_unit_list_is_a_place_slot_whatever_precedes_it() -> None:
    text = "fire under Kolo police station limits (Dantewada, Chhattisgarh) on Monday"
    assert _in_place_slot(text, _at(text, "Chhattisgarh", "ADM1"))
    aside = "airstrikes hit Sehit hill (Kurdish names) on Monday"
    assert not _in_place_slot(aside, _at(aside, "Kurdish", "ADM1"))


def test_a_commune_seat_in_the_brackets_is_a_place_slot() -> None:
    text = "gunmen attacked a bus in Tassak (Gorom-Gorom, Oudalan) on Monday"
    assert _in_place_slot(text, _at(text, "Gorom-Gorom", "PPL", "BF"))


def test_the_capital_pattern() -> None:
    for said in ("marched in the capital", "Burkina Faso's capital", "the Malian capital city"):
        assert THE_CAPITAL.search(said), said
    for other in ("the economic capital", "the capital of Kidal region", "capital punishment"):
        assert not THE_CAPITAL.search(other), other


def test_an_event_in_the_capital_is_coded_at_the_capital() -> None:
    country = Place(text="Burkina Faso", start=0, end=12, name="Burkina Faso", feature="PCLI",
                    country_iso="BF", latitude=12.0, longitude=-1.5, confidence=0.9)  # fmt: skip
    found = national_capital("Students marched in the capital on Monday.", country)
    assert found is not None and found.feature == "PPLC" and found.geo_precision == 1
    assert found.name == "Ouagadougou"
    assert national_capital("Students marched in the economic capital.", country) is None
