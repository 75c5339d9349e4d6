"""Names NER splits or mislabels, and regions the packaged towns lack (real model, real
gazetteer; sentences written for the tests)."""

from __future__ import annotations

import spacy

from dateline.resolve.place import find_places, us_states
from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.mention import find_toponyms


def test_a_hyphenated_name_is_one_mention(nlp: spacy.language.Language) -> None:
    doc = nlp("On 3 March, nurses protested in Ivano-Frankivsk over unpaid wages.")
    names = [t.query for t in find_toponyms(doc, us_states())]
    assert "Ivano-Frankivsk" in names


def test_a_town_misread_as_a_people_is_still_placed(nlp, gazetteer: Gazetteer) -> None:
    places = find_places(nlp("On 5 May, residents in Gaoua took to the streets."), gazetteer, nlp)
    town = next(p for p in places if p.text == "Gaoua")
    assert town.country_iso == "BF" and town.confidence > 0.5


def test_an_ocean_is_not_a_same_named_town(nlp, gazetteer: Gazetteer) -> None:
    places = find_places(nlp("The ship sank in the Pacific after a storm."), gazetteer, nlp)
    ocean = next(p for p in places if p.text == "Pacific")
    assert ocean.feature == "OCN" and ocean.country_iso is None


def test_a_large_island_is_not_a_look_alike_town(nlp, gazetteer: Gazetteer) -> None:
    places = find_places(nlp("Floods hit villages across Mindanao on Friday."), gazetteer, nlp)
    island = next(p for p in places if p.text == "Mindanao")
    assert island.country_iso == "PH"


def test_an_office_named_for_its_county_names_the_county(nlp, gazetteer: Gazetteer) -> None:
    text = "A body was found near Palestine, Texas, said Anderson County Sheriff Greg Taylor."
    places = find_places(nlp(text), gazetteer, nlp)
    county = next(p for p in places if p.text == "Anderson County")
    assert (county.country_iso, county.admin1) == ("US", "Texas")
