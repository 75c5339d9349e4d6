"""Claims, blame and sources as the attribution stage finds them in the text."""

from __future__ import annotations

import pytest

from dateline.analyze import load_nlp
from dateline.resolve.attribution.findings import find_attribution
from dateline.settings import MODEL_NAMES

JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize(
    ("text", "claimed", "blamed"),
    [
        ("The Taliban claimed responsibility for the bombing.", ["Taliban"], []),
        ("The attack was claimed by the Islamic State group.", ["Islamic State group"], []),
        ("A group called the Free Forest Front claimed credit for the arson.",
         ["Free Forest Front"], []),
        ("Hamas said it fired the rockets.", ["Hamas"], []),
        ("Police suspect the PKK carried out the attack.", [], ["PKK"]),
        ("Officials attributed the blast to the Taliban.", [], ["Taliban"]),
        ("Members of the ELF are suspected of setting the fire.", [], ["Members of the ELF"]),
        ("The ELF is believed to be behind the arson.", [], ["ELF"]),
        ("A house was firebombed, allegedly by the ELF.", [], ["ELF"]),
        ("Suspected JNIM militants attacked the village.", [], ["JNIM militants"]),
    ],
)  # fmt: skip
def test_claims_and_blame(text, claimed, blamed) -> None:
    found = find_attribution(load_nlp(MODEL_NAMES)(text)).attribution
    assert found.claimed_by == claimed
    assert [b.actor for b in found.blamed] == blamed


def test_sources_skip_non_speakers_and_merge_repeats() -> None:
    doc = load_nlp(MODEL_NAMES)(
        "A report said five died. A US defense official confirmed the toll. "
        "The official said more could die. No one has claimed the attack."
    )
    assert [s.name for s in find_attribution(doc).sources] == ["US defense official"]


def test_attribution_and_sources() -> None:
    nlp = load_nlp(MODEL_NAMES)
    doc = nlp(
        "A car bomb killed four people in the city, police said. No group has claimed "
        "responsibility, but the interior ministry blamed separatist rebels. A senior "
        "official, speaking on condition of anonymity, told Reuters the toll could rise."
    )
    found = find_attribution(doc)
    assert found.attribution.unclaimed is True
    assert [b.actor for b in found.attribution.blamed] == ["separatist rebels"]
    assert found.attribution.blamed[0].by == "interior ministry"
    names = {s.name: s for s in found.sources}
    assert "police" in names
    assert any(s.anonymous for s in found.sources)


def test_blamed_name_is_not_cut_at_its_linking_words() -> None:
    doc = load_nlp(MODEL_NAMES)(
        "Members of the group Friends to Free the Rivers (FFR) are suspected in the arson."
    )
    blamed = [b.actor for b in find_attribution(doc).attribution.blamed]
    assert any("Friends to Free the Rivers (FFR)" in actor for actor in blamed)
