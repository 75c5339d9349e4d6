"""An event whose place the gazetteer lacks keeps its country and the name as written."""

from __future__ import annotations

from dateline.models import Analysis, Article, Place
from dateline.pipeline import extract_text
from dateline.resolve.place.location import context_country


def _location(text: str) -> dict | None:
    result = extract_text(text, "2021-06-09")
    events = [e for e in result.events if e.role == "main"] or result.events
    loc = events[0].location if events else None
    return (
        None
        if loc is None
        else {
            "name": loc.name,
            "iso": loc.country_iso,
            "lat": loc.latitude,
            "precision": loc.geo_precision,
        }
    )


def test_unknown_village_takes_the_country_of_the_national_force() -> None:
    loc = _location("On June 7, the Burkinabe army killed five militants in Tamboulga.")
    assert loc is not None and loc["iso"] == "BF"
    assert loc["name"] == "Tamboulga" and loc["lat"] is None and loc["precision"] == 3


def test_no_place_named_gives_the_country_of_a_local_group() -> None:
    loc = _location("On June 7, suspected Ansaroul Islam militants abducted two teachers.")
    assert loc is not None and loc["iso"] == "BF" and loc["precision"] == 3


def test_a_force_serving_abroad_does_not_name_the_country() -> None:
    text = "On June 7, French forces killed ten militants near a river."
    french = Place(text="French", start=11, end=17, name="France", feature="PCLI",
                   country_iso="FR", latitude=46.0, longitude=2.0, confidence=0.2)  # fmt: skip
    assert context_country(Analysis(Article(text=text), places=[french])) is None


def test_a_home_force_names_the_country() -> None:
    text = "On June 7, Malian soldiers killed ten militants near a river."
    assert context_country(Analysis(Article(text=text))) == "ML"
