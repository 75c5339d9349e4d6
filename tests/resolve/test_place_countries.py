"""Countries: points hedged between the gazetteer point and the territory's centre, and
the short form of a country the article names in full."""

from __future__ import annotations

import spacy

from dateline.resolve.place import find_places
from dateline.resolve.place.centroid import (
    COUNTRY_POINTS,
    HEDGE_KM,
    distance_km,
    hedged_country_point,
    territory_centres,
)
from dateline.resolve.place.gazetteer import Gazetteer


def test_territory_centres_fall_inside_the_country() -> None:
    lat, lon = territory_centres()["FR"]
    assert 44.0 < lat < 49.0 and 0.0 < lon < 5.0


def test_a_far_centre_moves_the_point_by_the_hedge_only() -> None:
    point = COUNTRY_POINTS["CN"]
    lat, lon = hedged_country_point("CN", *point)
    moved = distance_km(*point, lat, lon)
    assert abs(moved - HEDGE_KM) < 2.0
    # Toward the centre: nearer to it than the gazetteer point was.
    centre = territory_centres()["CN"]
    assert distance_km(lat, lon, *centre) < distance_km(*point, *centre)


def test_a_near_centre_is_taken_as_it_is() -> None:
    centre = territory_centres()["IL"]
    assert hedged_country_point("IL", *COUNTRY_POINTS["IL"]) == centre


def test_an_unknown_country_keeps_its_point() -> None:
    assert hedged_country_point("ZZ", 1.5, 2.5) == (1.5, 2.5)
    assert hedged_country_point(None, 1.5, 2.5) == (1.5, 2.5)


def test_a_resolved_country_stays_near_its_gazetteer_point(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    places = find_places(nlp("Flooding hit towns across Australia on Monday."), gazetteer, nlp)
    country = next(p for p in places if p.text == "Australia")
    assert country.country_iso == "AU"
    assert country.latitude is not None and country.longitude is not None
    moved = distance_km(*COUNTRY_POINTS["AU"], country.latitude, country.longitude)
    assert 1.0 < moved <= HEDGE_KM + 1.0


def _country_of(places: list, text: str, start: int) -> str | None:
    return next(p.country_iso for p in places if p.text == text and p.start >= start)


def test_a_short_form_follows_the_full_country_name(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Health officials in the Democratic Republic of the Congo reported new cases. "
        "Aid groups said Congo needs more vaccines."
    )
    places = find_places(nlp(text), gazetteer, nlp)
    assert _country_of(places, "Congo", text.index("said")) == "CD"


def test_an_exact_country_name_is_not_a_short_form(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "Talks between South Sudan and Sudan resumed. Sudan sent a delegation."
    places = find_places(nlp(text), gazetteer, nlp)
    assert _country_of(places, "Sudan", text.index("resumed")) == "SD"
