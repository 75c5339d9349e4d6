"""Coders' notes conventions: a place followed by the units that contain it, "Mentao (Pobe-
Mengao, Soum)", "Lucknow (UP)".
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Doc

from dateline import vocabulary as V
from dateline.resolve.place.toponym import Toponym, doc_text
from dateline.text.names import name_key


@functools.cache
def unit_codes() -> Mapping[str, str]:
    """Codes of first-level units written after a place ("(Town, UP)") → the unit's name."""
    return MappingProxyType(V.table("place_notes", "unit_codes"))


def right_after(text: str, before: Toponym, top: Toponym) -> bool:
    """ "Lucknow (UP)", "Sopore, J&K": a name that follows another name after only a comma
    or an opening bracket (the unit that contains it)."""
    return text[before.end : top.start].strip() in {",", "("}


ALT_SPELLING_GAP = 40  # "Sambonaye [Sambonay] (Dori, Seno)": an alternative spelling


def attach_containers(doc: Doc, found: list[Toponym]) -> None:
    """ "Mentao (Pobe-Mengao, Soum)": ACLED-style notes follow a place with the units that
    contain it; link them so the place is read inside those units."""
    text = doc_text(doc)
    for i, top in enumerate(found):
        opening = _units_opening(text, top.end)
        if opening < 0:
            continue
        close = text.find(")", opening)
        if close < 0:
            continue
        inside = [t for t in found[i + 1 :] if t.end <= close and t.start > opening]
        if inside and not any(t.query.isupper() for t in inside):  # "(FDA)": an acronym
            top.containers = tuple(t.query for t in inside)
            if name_key(top.query) in {name_key(t.query) for t in inside}:
                top.hint = top.hint or "town"  # "Kaya (Kaya, Sanmatenga)": the unit's seat
            for j, t in enumerate(inside):  # "(Commune, Province)": each within the next
                t.contained = t.evidence = True
                t.containers = t.containers or tuple(u.query for u in inside[j + 1 :])


def _units_opening(text: str, end: int) -> int:
    """Where the bracketed units after a name open, or -1: right after it, or after the
    alternative spelling in square brackets that ACLED notes put between them."""
    rest = text[end : end + 3]
    if rest.lstrip().startswith("["):
        close = text.find("]", end, end + ALT_SPELLING_GAP)
        if close < 0:
            return -1
        end, rest = close + 1, text[close + 1 : close + 4]
    if not rest.lstrip().startswith("("):
        return -1
    return end + rest.index("(")
