"""Peoples' names: a word NER calls a people that is a place's own name, in a place slot."""

from __future__ import annotations

from dateline.resolve.place.demonyms import named_like_place
from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.toponym import Toponym


def test_a_people_word_that_is_a_place_name_in_a_place_slot(gazetteer: Gazetteer) -> None:
    top = Toponym(0, 6, "Aleppo", "Aleppo", "NORP", evidence=True)
    assert named_like_place(top, gazetteer)
    compound = Toponym(0, 6, "Aleppo", "Aleppo", "NORP", evidence=True, compound=True)
    assert not named_like_place(compound, gazetteer)
    assert not named_like_place(Toponym(0, 6, "Syrian", "Syrian", "NORP", evidence=True), gazetteer)
