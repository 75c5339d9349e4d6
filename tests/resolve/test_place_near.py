"""An event placed near, outside or at a distance from a town is coded at precision 2."""

from __future__ import annotations

import pytest

from dateline.resolve.place.slots import is_near


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("Troops clashed with rebels near Tombo.", True),
        ("A bomb went off on the outskirts of Tombo.", True),
        ("Gunmen attacked a convoy 12 km north of Tombo.", True),
        ("A mine exploded southwest of Tombo.", True),
        ("Rebels shelled the town of Tombo.", False),
        ("Police fired on protesters in Tombo.", False),
    ],
)
def test_is_near_reads_the_words_before_the_place(text: str, near: bool) -> None:
    assert is_near(text, text.index("Tombo")) is near
