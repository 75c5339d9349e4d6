"""Capitalised ordinary English words ("Officer", "Union") are no places unless something
marks them as one; place names that are also ordinary words still resolve."""

from __future__ import annotations

import spacy

from dateline.resolve.place import find_places
from dateline.resolve.place.dictionary import adjective, common_word, dictionary, plain_word
from dateline.resolve.place.gazetteer import Gazetteer


def _places(nlp: spacy.Language, gazetteer: Gazetteer, text: str) -> dict[str, str | None]:
    return {p.text: p.country_iso for p in find_places(nlp(text), gazetteer, nlp)}


def test_common_word_from_the_dictionary_or_the_article(nlp: spacy.Language) -> None:
    words = dictionary(nlp)
    assert common_word("Officer", set(), words)
    assert common_word("Superior", set(), words)
    assert not common_word("Baghdad", set(), words)
    assert not common_word("Springfield", set(), words)
    assert common_word("Gardens", {"gardens"}, words)  # written in lower case elsewhere
    assert not common_word("AK", set(), words)  # an acronym, not a capitalised word
    assert not common_word("Fort Worth", set(), words)


def test_an_ordinary_word_in_a_body_name_is_no_place(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    places = _places(nlp, gazetteer, "Fans of Police Union celebrated in Baghdad after the match.")
    assert places == {"Baghdad": "IQ"}


def test_an_ordinary_word_before_a_court_is_no_town(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    text = "Superior Court Judge Ann Lee has yet to rule, prosecutors in Athens, Georgia, said."
    places = _places(nlp, gazetteer, text)
    assert "Superior" not in places
    assert places["Athens"] == "US"


def test_place_names_that_are_ordinary_words_still_resolve(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    assert (
        _places(nlp, gazetteer, "Flooding closed roads in Mobile, Alabama, on Tuesday.")["Mobile"]
        == "US"
    )
    assert _places(nlp, gazetteer, "Fans travelled to Nice for the match on Saturday.") == {
        "Nice": "FR"
    }


def test_plain_words_and_adjectives(nlp: spacy.Language) -> None:
    words = dictionary(nlp)
    assert plain_word("Continental", set(), words)  # describes: no namesake may vouch for it
    assert not plain_word("Grant", set(), words)  # a verb-like noun, also a county and a surname
    assert plain_word("Grant", {"grant"}, words)  # unless the article writes it lower-case
    assert adjective("Superior", words) and not adjective("Concord", words)


def test_a_town_before_its_police_still_resolves(nlp: spacy.Language, gazetteer: Gazetteer) -> None:
    text = "Concord Police said two men were arrested in New Hampshire on Monday."
    assert _places(nlp, gazetteer, text).get("Concord") == "US"
