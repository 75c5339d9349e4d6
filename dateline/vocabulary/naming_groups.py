"""Armed groups in actor phrases: a group the dictionary lacks, named by its own proper name,
and the words that make a phrase a militia, a state's guard or an armed group."""

from __future__ import annotations

import re

from dateline import vocabulary as V
from dateline.vocabulary.actors import NamedActor, named_in
from dateline.vocabulary.inter import (
    IDENTITY_MILITIA,
    POLITICAL_MILITIA,
    REBEL,
)
from dateline.vocabulary.naming_countries import _country_in, country_lexicon


def _words(name: str) -> frozenset[str]:
    """One kind's head words (``data/vocab/actor_words.toml``)."""
    return V.words("actor_words", name)


def _group_words(name: str) -> frozenset[str]:
    """One list of group-name words (``data/vocab/actor_groups.toml``)."""
    return V.words("actor_groups", name)


def unlisted_group(text: str) -> str | None:
    """The proper name of a group the dictionary lacks, as written, or None.

    Real reports name groups no list holds: a run of capitalised words ending in (or
    holding) a group word ("the Earth Liberation Front (ELF)") is one. A state's own forces
    ("the Nigerian Army", "National Police") and ordinary capitalised words at a sentence's
    start ("Gunmen") are not.
    """
    core = V.pattern("actor_groups", "name_lead").sub("", text.strip()).strip(' ,.;:"“”')
    words = core.split()
    if len(words) < 2 or not words[0][:1].isupper() or len(words) > 9:
        return None
    plain = [w.strip('()"“”,').lower() for w in words if not _acronym(w)]
    if any(w in _group_words("non_state_name_words") for w in plain) and plain[-1] in _group_words(
        "group_heads"
    ):
        # "National Resistance forces": no state's own forces resist, whatever the case
        name_words = words[:-1]
        if all(
            V.pattern("actor_groups", "name_word").fullmatch(w.strip('()"“”,')) or _acronym(w)
            for w in name_words
        ):
            return core
    if not all(
        V.pattern("actor_groups", "name_word").fullmatch(w.strip('()"“”,')) or _acronym(w)
        for w in words
    ):
        return None
    if not any(w in _group_words("group_heads") for w in plain):
        return None
    proper = [w for w in words if w[:1].isupper() and not _acronym(w)]
    lexicon = country_lexicon()
    # "Islah-affiliated Special Forces": the patron a word names is not the forces' own name
    keys = [
        w.strip(",").lower()
        for w in proper
        if not V.pattern("actor_groups", "patron").search(w.strip(","))
    ]
    own = [
        key
        for key in keys
        if key not in _group_words("state_qualifiers") | _group_words("group_heads")
    ]
    if not [key for key in own if key.rstrip(".") not in lexicon]:
        return None  # only a country and state words: "the Nigerian Army", "Police Forces"
    return core


def _acronym(word: str) -> bool:
    """'(ELF)', 'CSP': a bracketed or all-capital abbreviation of the name before it."""
    bare = word.strip("(),")
    return len(bare) >= 2 and bare.isupper() and bare.isalpha()


def _unlisted_inter(name: str) -> int:
    """Rebels (2) when the name says it fights a state, an identity militia (4) when it
    says a community's ("the X Ethnic Militia", "Y Clan Militia"), else political (3)."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    if words & _words("militia") and words & _words("identity"):
        return IDENTITY_MILITIA
    return REBEL if words & _group_words("rebel_name_words") else POLITICAL_MILITIA


def _partisan(text: str) -> NamedActor | None:
    """An armed group's fighters written as its partisans ("pro-X forces" fight as X): the
    dictionary actor the prefix names. A crowd ("pro-X protesters") is no such fighter."""
    match = V.pattern("actor_groups", "partisan").search(text)
    found = named_in(match.group(1)) if match else []
    return found[0] if found else None


def _named(text: str) -> NamedActor | None:
    """The dictionary actor named first in the phrase ("JNIM and ISGS militants" → JNIM)."""
    found = named_in(text)
    return found[0] if found else None


def _communal_militia(words: set[str]) -> bool:
    """Communal, ethnic or clan militias, clansmen, local defence groups and volunteers,
    and a community's people under arms ("armed villagers") (inter 4)."""
    if (words & _words("militia") and words & _words("identity")) or words & _words(
        "clan_fighters"
    ):
        return True
    if "armed" in words and words & _words("armed_community"):
        return True
    if "local" in words and (words & _words("militia") or {"armed", "group"} <= words):
        return True  # "a local militia", "a local armed group": a community's own defence
    if words & {"volunteer", "volunteers"} and words & (_words("armed") | _words("militia")):
        return True  # "volunteer fighters": villagers armed to defend their own
    return bool(words & _words("defence") and words & _words("defence_heads"))


def _ethnic_militia(text: str) -> str | None:
    """The community an unlisted militia is named by: "Fulani militias" → Fulani. A
    country's demonym ("Libyan militias") names no community."""
    match = re.search(r"\b([A-Z][a-z]+)\s+(?:ethnic\s+|tribal\s+)?(?:militias?|militiamen)\b", text)
    if match is None or _country_in(match.group(1)):
        return None
    before = text[: match.start()].split()[-1:]
    if before and before[0][:1].isupper() and before[0].lower() not in _words("not_communities"):
        # a two-word people's or place's name ("Bul Nuer militia"); a longer unlisted name
        # ("Mayi Mayi militiamen" is in the dictionary) or a state's word is no community
        first = before[0].lower()
        if _country_in(before[0]) or first in _words("government") | _group_words(
            "state_qualifiers"
        ):
            return None
        return f"{before[0]} {match.group(1)}"
    if match.group(1).lower() in _words("government") | _group_words("state_qualifiers") | _words(
        "not_communities"
    ):
        return None  # "Government militias", "The militias", "Local militias"
    return match.group(1)


def _state_guard(text: str) -> bool:
    """A state's guard corps is its armed forces, not a civilian guard ("a security guard")."""
    return bool(V.pattern("actor_groups", "state_guard").search(text))


def _border_or_park_guards(words: set[str]) -> bool:
    """Customs officers, forest guards and park rangers are state agents, as police are."""
    if words & {"civilian", "civilians"}:
        return False
    return bool(
        words & _words("guard_services") - {"border"} and words & _words("guard_heads")
    ) or bool(words & {"rangers", "ranger"} or {"border", "guards"} <= words)


def _armed_group(words: set[str]) -> bool:
    """An armed, militant or unknown group is an armed actor even among civilian words."""
    return "group" in words and bool(words & {"armed", "militant", "unknown", "unidentified"})
