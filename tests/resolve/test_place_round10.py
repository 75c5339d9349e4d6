"""Round 10: capitalised ordinary English words ("Officer", "Union") are no places unless
something marks them as one; place names that are also ordinary words still resolve."""

from __future__ import annotations

import spacy

from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.mention import adjective, common_word, plain_word
from dateline.resolve.place.places import resolve_places


def _places(nlp: spacy.Language, gazetteer: Gazetteer, text: str) -> dict[str, str | None]:
    return {p.text: p.country_iso for p in resolve_places(nlp(text), gazetteer)}


def test_common_word_from_the_dictionary_or_the_article() -> None:
    assert common_word("Officer", set())
    assert common_word("Superior", set())
    assert not common_word("Baghdad", set())
    assert not common_word("Springfield", set())
    assert common_word("Gardens", {"gardens"})  # written in lower case elsewhere
    assert not common_word("AK", set())  # an acronym, not a capitalised word
    assert not common_word("Fort Worth", set())


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


def test_a_namesake_in_the_articles_region_beats_a_city_abroad(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    text = "Paris police said the injured man was flown to a Dallas hospital."
    places = {p.text: (p.country_iso, p.admin1) for p in resolve_places(nlp(text), gazetteer)}
    assert places["Paris"] == ("US", "Texas")
    assert places["Dallas hospital"] == ("US", "Texas")


def test_a_city_abroad_without_a_namesake_nearby_stays(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    text = "Talks opened in Geneva on Monday, officials in Damascus and Aleppo said."
    places = _places(nlp, gazetteer, text)
    assert places["Geneva"] == "CH"
    assert places["Aleppo"] == "SY"


def test_plain_words_and_adjectives() -> None:
    assert plain_word("Continental", set())  # describes: no namesake may vouch for it
    assert not plain_word("Grant", set())  # a verb-like noun, also a county and a surname
    assert plain_word("Grant", {"grant"})  # unless the article writes it lower-case
    assert adjective("Superior") and not adjective("Concord")


def test_a_town_before_its_police_still_resolves(nlp: spacy.Language, gazetteer: Gazetteer) -> None:
    text = "Concord Police said two men were arrested in New Hampshire on Monday."
    assert _places(nlp, gazetteer, text).get("Concord") == "US"
