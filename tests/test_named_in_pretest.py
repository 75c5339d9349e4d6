"""``named_in``'s substring pre-test finds exactly what searching every pattern finds."""

from __future__ import annotations

import pytest

from dateline.vocabulary.actors import NamedActor, count_named, named_actors, named_in


def searched(text: str) -> list[NamedActor]:
    hits: dict[str, tuple[int, int, NamedActor]] = {}
    for actor in named_actors():
        match = actor.pattern.search(text)
        if match and actor.name not in hits:
            hits[actor.name] = (match.start(), -len(match.group()), actor)
    return [hit[2] for hit in sorted(hits.values(), key=lambda hit: hit[:2])]


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab fighters attacked an AMISOM base; two VDPs were killed by JNIM.",
        "“Houthi” rebels and the Taliban — and al-Qaeda — were named.",
        "İSİS and ıSIS and ſhabaab",  # letters IGNORECASE folds to ASCII
        "anti-Houthi forces, AMISOM-ENDF forces",
        "",
    ],
)
def test_pretest_changes_nothing(text: str) -> None:
    assert named_in(text) == searched(text)


@pytest.mark.parametrize("text", ["Al Shabaab and JNIM fighters", "İSİS", "no group at all"])
def test_count_named_counts_as_the_full_search(text: str) -> None:
    assert count_named(text) == sum(1 for a in named_actors() if a.pattern.search(text))
