"""Place resolution on small articles written for these tests (real model, real gazetteer)."""

from __future__ import annotations

import spacy

from dateline.models import Place
from dateline.resolve.place import find_places
from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.location import event_location

BASE_ATTACK = (
    "Two Katyusha rockets were fired at the Ain al-Assad airbase in western Iraq on "
    "Monday morning, leaving several US troops injured, a US official said."
)


def _resolve(nlp: spacy.language.Language, gazetteer: Gazetteer, text: str) -> list[Place]:
    return find_places(nlp(text), gazetteer, nlp)


def _named(places: list[Place], text: str) -> Place:
    return next(p for p in places if p.text == text)


def _locate(text: str, places: list[Place], trigger: str) -> Place | None:
    start = text.index(trigger)
    return event_location(places, (0, len(text)), (start, start + len(trigger)), places)


def test_worked_example_resolves_the_air_base(nlp, gazetteer) -> None:
    places = _resolve(nlp, gazetteer, BASE_ATTACK)
    base = _named(places, "Ain al-Assad airbase")
    assert BASE_ATTACK[base.start : base.end] == base.text
    assert (base.country_iso, base.country, base.admin1) == ("IQ", "Iraq", "Al Anbar")
    assert abs(base.latitude - 33.79) < 0.05 and abs(base.longitude - 42.44) < 0.05
    assert not any(p.text == "Katyusha" for p in places)


def test_worked_example_event_happens_at_the_base_with_precision_1(nlp, gazetteer) -> None:
    places = _resolve(nlp, gazetteer, BASE_ATTACK)
    where = _locate(BASE_ATTACK, places, "fired")
    assert where is not None and where.name.startswith("Ain al-Asad")
    assert where.geo_precision == 1
    assert all(p.geo_precision is None for p in places)  # a copy was returned


def test_part_of_a_country_resolves_to_it_with_precision_2(nlp, gazetteer) -> None:
    text = "Militants attacked an army patrol in western Iraq on Sunday."
    places = _resolve(nlp, gazetteer, text)
    iraq = _named(places, "western Iraq")
    assert (iraq.feature, iraq.country_iso) == ("PCLI", "IQ")
    where = _locate(text, places, "attacked")
    assert where is not None and where.geo_precision == 2


def test_a_country_name_resolves_to_the_country(nlp, gazetteer) -> None:
    for text, iso in [
        ("Trade talks with China stalled.", "CN"),
        ("Fighting spread in Mali.", "ML"),
    ]:
        place = _resolve(nlp, gazetteer, text)[0]
        assert (place.feature, place.country_iso) == ("PCLI", iso), text


def test_city_state_pattern_picks_the_state(nlp, gazetteer) -> None:
    text = "Police in Long Beach, CA arrested two men after a shooting on Friday."
    place = _named(_resolve(nlp, gazetteer, text), "Long Beach")
    assert (place.country_iso, place.admin1) == ("US", "California")


def test_province_word_reads_the_name_as_a_region(nlp, gazetteer) -> None:
    text = "Clashes broke out in Anbar province after the raid."
    places = _resolve(nlp, gazetteer, text)
    anbar = next(p for p in places if p.text.startswith("Anbar"))
    assert (anbar.feature, anbar.country_iso) == ("ADM1", "IQ")
    where = _locate(text, places, "Clashes")
    assert where is not None and where.geo_precision == 3


def test_context_country_picks_the_local_town(nlp, gazetteer) -> None:
    text = "In Burkina Faso, gunmen attacked a market in Djibo on Tuesday."
    places = _resolve(nlp, gazetteer, text)
    djibo = _named(places, "Djibo")
    assert djibo.country_iso == "BF" and djibo.feature.startswith("PPL")
    where = _locate(text, places, "attacked")
    assert where is not None and where.text == "Djibo" and where.geo_precision == 1


def test_speaking_government_is_not_where_the_event_happened(nlp, gazetteer) -> None:
    text = "Tehran said the drone strike on a convoy near Mosul was unjustified."
    places = _resolve(nlp, gazetteer, text)
    assert {p.text for p in places} >= {"Tehran", "Mosul"}
    where = _locate(text, places, "strike")
    assert where is not None and where.country_iso == "IQ"


def test_demonyms_are_mentions_but_not_event_places(nlp, gazetteer) -> None:
    text = "Sudanese soldiers were seen on the road."
    places = _resolve(nlp, gazetteer, text)
    assert [(p.text, p.country_iso) for p in places] == [("Sudanese", "SD")]
    assert _locate(text, places, "seen") is None


def test_event_location_falls_back_to_the_article_focus() -> None:
    kabul = Place("Kabul", 0, 5, "Kabul", 1138958, "PPLC", "AF", "Afghanistan", confidence=0.9,
                  latitude=34.53, longitude=69.17)  # fmt: skip
    country = Place("Afghanistan", 40, 51, "Afghanistan", 1149361, "PCLI", "AF",
                    confidence=0.9, latitude=33.0, longitude=65.0)  # fmt: skip
    where = event_location([], (100, 150), (110, 115), [kabul, country, kabul])
    assert where is not None and where.name == "Kabul" and where.geo_precision == 1
    assert event_location([], (100, 150), (110, 115), []) is None


def test_a_city_named_like_its_province_resolves_to_the_city(nlp, gazetteer) -> None:
    text = "A political leader was killed in Tehran last week."
    tehran = _named(_resolve(nlp, gazetteer, text), "Tehran")
    assert (tehran.feature, tehran.country_iso) == ("PPLC", "IR")


def test_parenthesised_admin_names_are_places_too(nlp, gazetteer) -> None:
    text = "On 3 May 2020, gunmen attacked a market in Djibo (Djibo, Soum)."
    places = _resolve(nlp, gazetteer, text)
    soum = _named(places, "Soum")
    assert (soum.country_iso, soum.feature) == ("BF", "ADM2")
