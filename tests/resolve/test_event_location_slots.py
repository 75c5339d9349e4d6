"""Place slots: a bracketed unit list after a name is a place slot, whatever precedes it."""

from __future__ import annotations

from dateline.models import Place
from dateline.resolve.place.slots import _in_place_slot


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
