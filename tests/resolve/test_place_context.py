"""Place resolution from note-style context: parenthesised units, "village of", coded
places, look-alikes abroad (real model, real gazetteer; sentences written for the tests)."""

from __future__ import annotations

import spacy

from dateline.models import Place
from dateline.resolve.place import find_places, us_states, usable
from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.location import event_location
from dateline.resolve.place.mention import find_toponyms
from dateline.resolve.place.slots import coded_place
from dateline.resolve.place.toponym import doc_text


def _resolve(nlp: spacy.language.Language, gazetteer: Gazetteer, text: str) -> list[Place]:
    return find_places(nlp(text), gazetteer, nlp)


def _locate(text: str, places: list[Place], trigger: str) -> Place | None:
    start = text.index(trigger)
    return event_location(places, (0, len(text)), (start, start + len(trigger)), places)


def test_unknown_village_falls_back_to_its_parenthesised_province(nlp, gazetteer) -> None:
    text = "On 4 May 2020, gunmen burned shops near Zarkatenga (Kaya, Sanmatenga)."
    places = _resolve(nlp, gazetteer, text)
    where = _locate(text, places, "burned")
    assert where is not None and where.country_iso == "BF"
    assert where.admin1 == "Centre-Nord"


def test_parenthesised_units_keep_a_town_in_their_country(nlp, gazetteer) -> None:
    text = "On 9 June 2021, militants abducted two herders in Pama (Kompienga)."
    places = _resolve(nlp, gazetteer, text)
    where = _locate(text, places, "abducted")
    assert where is not None and (where.name, where.country_iso) == ("Pama", "BF")


def test_village_of_marks_a_mislabelled_name_as_a_place(nlp) -> None:
    doc = nlp("Gunmen raided the village of Tin-Akoff and seized cattle.")
    tops = [t for t in find_toponyms(doc, us_states()) if t.query == "Tin-Akoff"]
    assert tops and tops[0].evidence


def test_list_of_states_is_not_a_city_state_pair(nlp, gazetteer) -> None:
    text = "Bee losses were reported in Georgia, Oklahoma, Pennsylvania and Wisconsin."
    places = _resolve(nlp, gazetteer, text)
    oklahoma = next(p for p in places if p.text == "Oklahoma")
    assert oklahoma.feature == "ADM1"


def test_region_name_with_a_direction_word_keeps_it(nlp, gazetteer) -> None:
    text = "The boy died in a hospital in East Java province on Monday."
    places = _resolve(nlp, gazetteer, text)
    java = next(p for p in places if "Java" in p.text)
    assert (java.feature, java.country_iso) == ("ADM1", "ID")


def test_coded_place_takes_the_stated_precision() -> None:
    text = "Militants attacked a hamlet (coded as Nouna at geoprecision 2)."
    start = text.index("Nouna")
    nouna = Place("Nouna", start, start + 5, "Nouna", None, "PPL", "BF", confidence=0.9,
                  latitude=12.73, longitude=-3.86)  # fmt: skip
    found = coded_place(text, [nouna])
    assert found is not None and found.name == "Nouna" and found.geo_precision == 2
    assert coded_place("Militants attacked Nouna.", [nouna]) is None


def test_doc_text_is_read_once(nlp) -> None:
    doc = nlp("Shelling hit Kharkiv.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_a_possessive_before_a_part_of_a_place_says_where(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    places = find_places(nlp("Shells fell on Aleppo's eastern districts."), gazetteer, nlp)
    assert usable(next(p for p in places if p.text == "Aleppo"))
    places = find_places(nlp("Iran's army fired missiles at the base."), gazetteer, nlp)
    assert not usable(next(p for p in places if p.text == "Iran"))
