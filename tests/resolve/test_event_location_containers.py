"""A place's stated units and border phrases constrain which place is the event's."""

from __future__ import annotations

import dataclasses

from dateline.models import Analysis, Article, Place
from dateline.resolve.place.containers import (
    across_border,
    bracketed_unit,
    candidate_places,
    containers,
    fragment,
)
from dateline.resolve.place.country import context_country, unplaced_location
from dateline.resolve.place.location import _towns_over_quarters
from dateline.resolve.place.slots import locative


def _place(text: str, whole: str, iso: str, feature: str, admin1: str, conf: float = 0.9) -> Place:
    start = whole.index(text)
    return Place(
        text=text, start=start, end=start + len(text), name=text, geonameid=hash(text) % 10**6,
        feature=feature, country_iso=iso, admin1=admin1, latitude=1.0, longitude=1.0,
        confidence=conf,
    )  # fmt: skip


TEXT = "Gunmen killed two farmers in Varto (Keral, Ostland) on Monday."


def test_units_in_brackets_are_the_places_containers() -> None:
    town = _place("Varto", TEXT, "AA", "PPL", "Ostland")
    district = _place("Keral", TEXT, "AA", "ADM2", "Ostland")
    region = _place("Ostland", TEXT, "AA", "ADM1", "Ostland")
    assert containers(TEXT, town, [town, district, region]) == [district, region]


def test_a_list_joined_by_and_is_no_chain() -> None:
    text = "Clashes in Varto and Keral."
    town = _place("Varto", text, "AA", "PPL", "Ostland")
    other = _place("Keral", text, "AA", "PPL", "Ostland")
    assert containers(text, town, [town, other]) == []


def test_a_town_abroad_its_units_contradict_gives_way_to_them() -> None:
    town = _place("Varto", TEXT, "BB", "PPL", "Elsewhere")  # a same-named town abroad
    district = _place("Keral", TEXT, "AA", "ADM2", "Ostland", conf=0.2)  # doubtful
    region = _place("Ostland", TEXT, "AA", "ADM1", "Ostland")
    kept = candidate_places(TEXT, [town, district, region])
    assert [p.text for p in kept] == ["Keral", "Ostland"]
    assert kept[0].confidence > 0.25 and kept[0].geo_precision == 2


def test_a_town_in_the_wrong_region_of_its_country_gives_way() -> None:
    text = "Shelling hit Varto, Ostland."
    town = dataclasses.replace(_place("Varto", text, "AA", "PPL", "Westmark"), latitude=9.0)
    region = _place("Ostland", text, "AA", "ADM1", "Ostland")
    assert [p.text for p in candidate_places(text, [town, region])] == ["Ostland"]
    near = dataclasses.replace(town, latitude=1.5)  # another spelling of the same region
    assert [p.text for p in candidate_places(text, [near, region])] == ["Varto", "Ostland"]


def test_a_consistent_town_stays() -> None:
    town = _place("Varto", TEXT, "AA", "PPL", "Ostland")
    region = _place("Ostland", TEXT, "AA", "ADM1", "Ostland")
    assert candidate_places(TEXT, [town, region]) == [town, region]


def test_every_mention_of_a_rejected_reading_goes() -> None:
    text = "The mayor of Varto was shot in Dulo (Varto, Ostland)."
    first = _place("Varto", text, "BB", "PPL", "Elsewhere")
    start = text.index("Varto", first.end)
    second = dataclasses.replace(first, start=start, end=start + 5)
    region = _place("Ostland", text, "AA", "ADM1", "Ostland")
    assert [p.text for p in candidate_places(text, [first, second, region])] == ["Ostland"]


def test_a_settlement_of_a_place_is_inside_it_not_its_container() -> None:
    text = "Protesters gathered in the Varto town of Dulo."
    town = _place("Varto", text, "AA", "PPL", "Ostland")
    other = _place("Dulo", text, "BB", "ADM2", "Elsewhere")
    assert containers(text, town, [town, other]) == []


def test_border_phrases_name_the_neighbour() -> None:
    for text, name in [
        ("Soldiers clashed with gunmen near the border with Ghana.", "Ghana"),
        ("Gunmen attacked a post near the Mali border.", "Mali"),
        ("Fighting on the border between Niger and Mali.", "Mali"),
        ("Fighting on the border between Niger and Mali.", "Niger"),
    ]:
        place = _place(name, text, "XX", "PCLI", "")
        assert across_border(text, place), (text, name)
    text = "Gunmen attacked a post in Ghana."
    assert not across_border(text, _place("Ghana", text, "GH", "PCLI", ""))


def test_a_border_neighbour_does_not_vote_for_the_country() -> None:
    text = "On June 7, soldiers clashed with gunmen near the border with Ghana."
    ghana = _place("Ghana", text, "GH", "PCLI", "")
    assert context_country(Analysis(Article(text=text), places=[ghana])) is None


def test_a_town_whose_country_the_article_names_keeps_against_a_look_alike_unit() -> None:
    text = "In Varto (Central), supporters of the Aland opposition marched."
    town = _place("Varto", text, "AA", "PPL", "Ostland")
    unit = _place("Central", text, "BB", "ADM1", "Central")
    country = _place("Aland", text, "AA", "PCLI", "", conf=0.23)
    assert town in candidate_places(text, [town, unit, country])


def test_a_name_cut_from_a_hyphenated_name_is_no_candidate() -> None:
    text = "Gunmen attacked Bar-Sanguun village."
    cut = _place("Bar", text, "BB", "PPL", "Elsewhere")
    assert fragment(text, cut, [cut])
    assert candidate_places(text, [cut], home="AA") == []
    assert candidate_places(text, [cut], home="BB") == [cut]  # no sign of another country


def test_two_places_joined_by_a_hyphen_both_stay() -> None:
    text = "An IED struck a convoy on the Varto-Keral axis."
    first = _place("Varto", text, "AA", "PPL", "Ostland")
    second = _place("Keral", text, "AA", "PPL", "Ostland")
    assert not fragment(text, first, [first, second])


def test_a_doubtful_place_in_a_place_slot_outvotes_a_doubtful_name_elsewhere() -> None:
    text = "Militants attacked an IDP camp in Varto."
    camp = _place("IDP camp", text, "BB", "PPL", "Elsewhere", conf=0.2)
    town = _place("Varto", text, "AA", "PPL", "Ostland", conf=0.2)
    assert context_country(Analysis(Article(text=text), places=[camp, town])) == "AA"


def test_a_doubtful_town_of_the_articles_country_places_the_event() -> None:
    text = "On June 7, Koglweogo members killed a man in Varto."
    town = _place("Varto", text, "BF", "PPL", "Nord", conf=0.2)
    analysis = Analysis(Article(text=text), places=[town])
    found = unplaced_location(analysis, (0, len(text)), (text.index("killed"), 0), list)
    assert found is not None and found.name == "Varto" and found.geo_precision == 1


def test_a_doubtful_town_of_another_country_does_not() -> None:
    text = "On June 7, Koglweogo members killed a man in Varto."
    town = _place("Varto", text, "ZZ", "PPL", "Nord", conf=0.2)
    analysis = Analysis(Article(text=text), places=[town])
    found = unplaced_location(analysis, (0, len(text)), (text.index("killed"), 0), list)
    assert found is not None and found.country_iso == "BF" and found.name != "Varto"


def test_a_unit_in_brackets_after_an_unknown_village_is_a_stand_in() -> None:
    text = "Gunmen attacked Dulo (Keral, Ostland)."
    unit = _place("Keral", text, "AA", "PPL", "Ostland")
    assert bracketed_unit(text, unit, [unit])
    town = _place("Dulo", text, "AA", "PPL", "Ostland")
    assert not bracketed_unit(text, unit, [town, unit])
    assert not bracketed_unit(text, town, [town, unit])


def test_forces_of_a_country_are_not_a_place_slot() -> None:
    text = "Military forces of Aland fired at positions in Varto (Keral, Ostland)."
    country = _place("Aland", text, "AA", "PCLI", "")
    town = _place("Varto", text, "BB", "PPL", "Ostland")
    unit = _place("Keral", text, "BB", "ADM2", "Ostland")
    assert locative(text, [country, town, unit]) == [town, unit]
    text = "Members of the Varto Youth Forum (Keral) marched."
    unit = _place("Keral", text, "BB", "ADM2", "Ostland")
    assert locative(text, [unit]) == []  # brackets after a name in no place slot


def test_a_road_named_after_a_town_is_no_place_slot() -> None:
    text = "Journalists protested on Varto road in Dulo city."
    road = _place("Varto", text, "AA", "PPL", "Ostland")
    city = _place("Dulo", text, "AA", "PPL", "Ostland")
    assert locative(text, [road, city]) == [city]


def test_a_citys_quarter_yields_to_the_city() -> None:
    text = "In Varto, Ostland, gunmen shot a man in Colonia Dulo."
    city = _place("Varto", text, "AA", "PPL", "Ostland")
    quarter = _place("Colonia Dulo", text, "AA", "PPL", "Westmark")
    assert _towns_over_quarters(text, [city, quarter]) == [city]
    assert _towns_over_quarters(text, [quarter]) == [quarter]  # no city named: it stays
