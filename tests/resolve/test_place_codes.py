"""Short words read as codes, abbreviations and articles: sentences written for these tests."""

from __future__ import annotations

import spacy

from dateline.models import Place
from dateline.resolve.place import find_places
from dateline.resolve.place.gazetteer import Gazetteer


def _resolve(nlp: spacy.language.Language, gazetteer: Gazetteer, text: str) -> list[Place]:
    return find_places(nlp(text), gazetteer, nlp)


def test_sentence_opening_words_are_no_country_codes(nlp, gazetteer) -> None:
    text = "It snowed in Duluth, Minnesota. And the roads stayed closed. It was cold."
    places = _resolve(nlp, gazetteer, text)
    assert not {p.country_iso for p in places} & {"IT", "AD"}


def test_dotted_abbreviation_of_a_capital_is_kept(nlp, gazetteer) -> None:
    text = "She called her sister in Washington, D.C. on Monday."
    places = _resolve(nlp, gazetteer, text)
    assert any(p.text == "D.C." and p.country_iso == "US" for p in places)


def test_saint_abbreviation_is_no_country_code(nlp, gazetteer) -> None:
    text = "ST. PAUL -- A man was charged on Monday with threatening a clerk."
    places = _resolve(nlp, gazetteer, text)
    assert not any(p.text.upper() == "ST" and p.country_iso != "US" for p in places)


def test_name_before_a_noun_after_the_is_still_a_town(nlp, gazetteer) -> None:
    text = "Protesters in Connecticut walked to the Fairfield home of a banker."
    places = _resolve(nlp, gazetteer, text)
    fairfield = [p for p in places if p.text == "Fairfield"]
    assert fairfield and fairfield[0].feature.startswith("PPL")
