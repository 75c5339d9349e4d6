"""Cue words for event participants and topics, grouped by what they tell about an event.

Written from the ACLED codebook's definitions and ordinary news phrasing; the words are data
(``event_participants.toml``, ``event_topics.toml``), lemmas in lower case.
"""

from __future__ import annotations

import functools

from dateline import vocabulary as V


def state_forces() -> frozenset[str]:
    """Armies, police, gendarmes and their units and posts."""
    return V.words("event_participants", "state_forces")


def armed_groups() -> frozenset[str]:
    """Non-state armed actors: militants, rebels, gunmen, militias."""
    return V.words("event_participants", "armed_groups")


@functools.cache
def armed_words() -> frozenset[str]:
    """Words of any armed side, state or non-state."""
    return state_forces() | armed_groups()


def civilians() -> frozenset[str]:
    return V.words("event_participants", "civilians")


def ram_targets() -> frozenset[str]:
    """What a vehicle is driven into when it is the weapon: buildings, sites and crowds."""
    return V.words("event_participants", "ram_targets")


def settlements() -> frozenset[str]:
    return V.words("event_participants", "settlements")


def political() -> frozenset[str]:
    """Governments and their organs: who threatens, sanctions or coerces."""
    return V.words("event_participants", "political")


def political_figures() -> frozenset[str]:
    return V.words("event_participants", "political_figures")


def sports() -> frozenset[str]:
    """Sports words: a gathering among them is a crowd of fans, never a demonstration."""
    return V.words("event_topics", "sports")


@functools.cache
def off_topic() -> frozenset[str]:
    """Sports, business and technology words: their density marks non-conflict news."""
    return sports() | V.words("event_topics", "business_and_technology")
