"""Names of lakes, parks and reserves, airports, and spelling variants of a main name."""

from __future__ import annotations

import spacy

from dateline.resolve.place import find_places
from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.spellings import _generic, _reserve_tail, named_for, queries
from dateline.resolve.place.toponym import Toponym
from dateline.text.names import spelled_out


def _top(query: str, label: str = "FAC", core: str | None = None) -> Toponym:
    return Toponym(0, len(query), query, query, label, None, core)


def test_generic_words_alone_name_no_place() -> None:
    assert _generic(["Lake"]) and _generic(["National", "Park"]) and _generic(["Island"])
    assert not _generic(["Coffman", "Park"])


def test_parts_of_a_lake_or_park_name_are_not_looked_up_alone() -> None:
    lake = [q for q, part in queries(_top("Lake Whitmore")) if part]
    assert "Lake" not in lake and "Whitmore" not in lake
    park = [q for q, part in queries(_top("Harlan Park")) if part]
    assert "Park" not in park and "Harlan" in park  # a town's own park keeps the town


def test_heads_of_reserve_and_stream_names_are_not_towns() -> None:
    assert _reserve_tail(["National", "Forest"]) and _reserve_tail(["Creek"])
    assert not _reserve_tail(["Regional", "Park"]) and not _reserve_tail(["Police"])
    assert named_for("Jefferson National Forest", "Jefferson")
    assert not named_for("Athens Regional Park", "Athens")


def test_a_generic_core_is_not_tried() -> None:
    assert "Harbor" not in [q for q, _ in queries(_top("Harbor City", "GPE", core="Harbor"))]


def test_abbreviated_and_full_spellings_are_one_main_name(gazetteer: Gazetteer) -> None:
    assert spelled_out("St. Petersburg") == spelled_out("Saint Petersburg")
    found = gazetteer.lookup("St. Petersburg")
    russian = [c for c in found if c.country_iso == "RU" and c.feature_class == "P"]
    assert russian and russian[0].match == 3


def test_lake_name_does_not_fall_on_a_county(nlp, gazetteer: Gazetteer) -> None:
    text = "Anglers gathered at Lake Whitmore near Greer, South Carolina, on Sunday."
    places = find_places(nlp(text), gazetteer, nlp)
    assert not any(p.name.endswith("County") for p in places)
    assert any(p.name == "Greer" and p.admin1 == "South Carolina" for p in places)


def test_a_city_airport_falls_back_to_the_city(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "Passengers were screened at Cairo airport on Monday."
    places = find_places(nlp(text), gazetteer, nlp)
    airport = next(p for p in places if "Cairo" in p.text)
    assert airport.country_iso == "EG"
