"""Actors: a text span becomes an ACLED-style actor with a canonical name, country and inter code.

Named groups come from the project's actor dictionary (``data/actors.tsv``, extensible by a
user file named in ``DATELINE_ACTORS``); generic actors ("soldiers", "gunmen", "protesters")
get ACLED's generic names with the country of the event, read by their head words
(``data/vocab/actor_words.toml``). Countries are read in ``naming_countries``, groups the
dictionary lacks in ``naming_groups``; this module names the actor and re-exports both.
"""

from __future__ import annotations

import functools
import re

from dateline import vocabulary as V
from dateline.models import Actor
from dateline.vocabulary.actors import named_in
from dateline.vocabulary.inter import (
    CIVILIANS,
    EXTERNAL,
    IDENTITY_MILITIA,
    POLITICAL_MILITIA,
    PROTESTERS,
    REBEL,
    RIOTERS,
    STATE,
)
from dateline.vocabulary.naming_countries import (
    _bare_capital,
    _bare_people,
    _bare_state,
    _country_in,
    _possessor,
    capital_lexicon,
    country_lexicon,
    country_name,
    own_country,
    states_named,
)
from dateline.vocabulary.naming_groups import (
    _armed_group,
    _border_or_park_guards,
    _communal_militia,
    _ethnic_militia,
    _named,
    _partisan,
    _state_guard,
    _unlisted_inter,
    unlisted_group,
)


def _words(name: str) -> frozenset[str]:
    """One kind's head words (``data/vocab/actor_words.toml``)."""
    return V.words("actor_words", name)


@functools.cache
def _state_heads() -> frozenset[str]:
    """Words of a state's own forces and offices: a state named as their possessor owns them."""
    words = ("military", "police", "government", "hardware")
    return frozenset().union(*(V.words("actor_words", name) for name in words))


@functools.cache
def _identity_groups() -> tuple[tuple[frozenset[str], str], ...]:
    """ACLED's associated-actor names for who the civilians or the crowd were, in order."""
    groups = V.table("actor_words", "identity_groups")
    return tuple((frozenset(words.split()), name) for name, words in groups.items())


def resolve_actor(text: str, country_iso: str | None, *, armed: bool = False) -> Actor | None:
    """The actor a phrase names, or None when it names no actor ACLED would code.

    ``country_iso`` is the event's country: generic actors take it unless the phrase names
    its own ("French soldiers"); a state's forces acting in another country are ACLED's
    external forces (inter 8). ``armed`` reads a bare state ("Israel shelled ...") as its
    military rather than its government.
    """
    if named := _named(text) or _partisan(text):
        return Actor(named.name, named.country_iso or country_iso, named.inter, text)
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()))
    words |= {part for word in words for part in word.split("-")}
    own = _country_in(text)
    if (group := unlisted_group(text)) is not None:
        return Actor(group, own or country_iso, _unlisted_inter(group), text)
    if not armed and (capital := _bare_capital(text)) is not None:
        # "Kabul accused Islamabad": a capital city speaking or acted upon is its government
        state = EXTERNAL if country_iso and capital != country_iso else STATE
        return Actor(f"Government of {country_name(capital)}", capital, state, text)
    return _generic(words, own, country_iso, text, armed=armed)


def _generic(
    words: set[str], own: str | None, event: str | None, text: str, *, armed: bool
) -> Actor | None:
    if own is None and words & _state_heads() and not words & (_words("rebel") | _words("armed")):
        own = _possessor(text)  # "Israel's army", "the United States' military"
    country = own or event
    label = country_name(country)
    suffix = f" ({label})" if label else ""
    of = f" of {label}" if label else ""
    state = EXTERNAL if own and event and own != event else STATE
    if _communal_militia(words):
        return Actor(f"Communal Militia{suffix}", country, IDENTITY_MILITIA, text)
    if (ethnic := _ethnic_militia(text)) is not None:
        return Actor(f"{ethnic} Ethnic Militia{suffix}", country, IDENTITY_MILITIA, text)
    if words & _words("rebel"):  # "NAF rebel forces", "pro-government militia forces"
        return Actor(f"Unidentified Armed Group{suffix}", country, POLITICAL_MILITIA, text)
    if words & _words("police") or _border_or_park_guards(words):
        return Actor(f"Police Forces{of}", country, state, text)
    if (
        words & _words("military")
        or _state_guard(text)
        or (words & _words("hardware") and (own or "air" in words))
    ):
        return Actor(f"Military Forces{of}", country, state, text)
    if words & _words("protester"):
        return Actor(f"Protesters{suffix}", country, PROTESTERS, text)
    if words & _words("rioter"):
        return Actor(f"Rioters{suffix}", country, RIOTERS, text)
    if (
        words & _words("armed") - {"men", "group"}
        or {"armed", "men"} <= words
        or _armed_group(words)
    ):
        return Actor(f"Unidentified Armed Group{suffix}", country, POLITICAL_MILITIA, text)
    if words & _words("civilian"):
        return Actor(f"Civilians{suffix}", country, CIVILIANS, text)
    if words & {"group", "groups"} and not words & _words("government"):
        return Actor(f"Unidentified Armed Group{suffix}", country, POLITICAL_MILITIA, text)
    if own and _bare_people(text):  # "more than 100 Palestinians", "four Iraqis"
        return Actor(f"Civilians{suffix}", country, CIVILIANS, text)
    national_leaders = bool(own and words & _words("leader"))  # "Palestinian leaders"
    if words & _words("government") or (own and _bare_state(text)) or national_leaders:
        # "government positions", "the regime" that fired: the state's forces, not its office
        held = words & _words("held_sites") or not words & _words("government") - {"regime"}
        kind = "Military Forces" if armed and held else "Government"
        kind = "Government" if national_leaders else kind
        return Actor(f"{kind}{of}", country, state, text)
    return None


def identity_actor(text: str, country_iso: str | None) -> Actor | None:
    """Who the civilians or the crowd were, as ACLED's associated actor ("Students (X)")."""
    if named := _named(text):
        return Actor(named.name, named.country_iso or country_iso, named.inter, text)
    words = set(re.findall(r"[a-z]+", text.lower()))
    country = _country_in(text) or country_iso
    label = country_name(country)
    suffix = f" ({label})" if label else ""
    for group_words, name in _identity_groups():
        if words & group_words:
            return Actor(f"{name}{suffix}", country, CIVILIANS, text)
    return None


def default_actor(inter: int, country_iso: str | None) -> Actor:
    """ACLED's generic actor for an inter code, used when the text names none."""
    label = country_name(country_iso)
    suffix = f" ({label})" if label else ""
    names = {
        PROTESTERS: "Protesters",
        RIOTERS: "Rioters",
        CIVILIANS: "Civilians",
        POLITICAL_MILITIA: "Unidentified Armed Group",
    }
    return Actor(f"{names[inter]}{suffix}", country_iso, inter, None)


def police(country_iso: str | None) -> Actor:
    """ACLED's police forces of a country, for the police who intervened at a protest."""
    label = country_name(country_iso)
    return Actor(f"Police Forces of {label}" if label else "Police Forces", country_iso, STATE)


def interaction(actor1: Actor | None, actor2: Actor | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first; one actor gives N0."""
    codes = sorted(a.inter for a in (actor1, actor2) if a is not None and a.inter)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


__all__ = [
    "CIVILIANS",
    "EXTERNAL",
    "IDENTITY_MILITIA",
    "POLITICAL_MILITIA",
    "PROTESTERS",
    "REBEL",
    "RIOTERS",
    "STATE",
    "capital_lexicon",
    "country_lexicon",
    "country_name",
    "default_actor",
    "identity_actor",
    "interaction",
    "named_in",
    "own_country",
    "police",
    "resolve_actor",
    "states_named",
    "unlisted_group",
]
