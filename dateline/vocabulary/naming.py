"""Actors: a text span becomes an ACLED-style actor with a canonical name, country and inter code.

Named groups come from the project's actor dictionary (``data/actors.tsv``, extensible by a
user file named in ``DATELINE_ACTORS``); generic actors ("soldiers", "gunmen", "protesters")
get ACLED's generic names with the country of the event. Country names and demonyms come
from the ``countryinfo`` package.
"""

from __future__ import annotations

import functools
import re

from dateline.models import Actor
from dateline.vocabulary.actors import NamedActor, named_in

# ACLED inter codes.
STATE, REBEL, POLITICAL_MILITIA, IDENTITY_MILITIA = 1, 2, 3, 4
RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = 5, 6, 7, 8

# Generic actor classes: head words (lower case) and the ACLED name pattern.
POLICE_WORDS = frozenset(
    "police policeman policemen policewoman gendarme gendarmes gendarmerie cop cops "
    "constable constables".split()
)
MILITARY_WORDS = frozenset(
    "army armies soldier soldiers troop troops military forces force marine marines navy "
    "airmen commando commandos fds fama fardc battalion brigade patrol convoy personnel "
    "servicemen peacekeepers legionnaires paratroopers base airbase barracks outpost "
    "garrison checkpoint".split()
)
# Military hardware standing for the forces that fly, drive or fire it ("Israeli tanks").
HARDWARE_WORDS = frozenset(
    "aircraft warplane warplanes jet jets helicopter helicopters gunship gunships tank tanks "
    "drone drones artillery warship warships predator reaper".split()
)
GOVERNMENT_WORDS = frozenset(
    "government ministry authorities authority official officials regime administration "
    "cabinet junta parliament legislature senate congress lawmakers minister ministers "
    "president premier chancellor diplomat diplomats embassy ambassador kremlin".split()
)
ARMED_WORDS = frozenset(
    "militant militants gunman gunmen assailant assailants attacker attackers insurgent "
    "insurgents jihadist jihadists jihadi jihadis islamist islamists rebel rebels fighter "
    "fighters bandit bandits terrorist terrorists militia militias militiamen extremist "
    "extremists group gang gangs gangsters kidnappers abductors men armed combatant "
    "combatants guerrilla guerrillas guerillas separatist separatists bomber bombers "
    "perpetrator perpetrators assassin assassins sniper snipers raiders hijackers "
    "insurgency paramilitaries cell".split()
)
# Words that make "forces" non-state ones: "rebel forces" are not the military.
REBEL_WORDS = frozenset(
    "rebel rebels militant militants insurgent insurgents jihadist jihadists separatist "
    "separatists guerrilla guerrillas terrorist terrorists militia militias opposition "
    "insurgency dissident dissidents resistance".split()
)
PROTESTER_WORDS = frozenset("protesters protester demonstrators demonstrator marchers".split())
RIOTER_WORDS = frozenset("rioters rioter mob mobs youths crowd looters".split())
CIVILIAN_WORDS = frozenset(
    "civilian civilians villager villagers resident residents man men woman women child "
    "children boy boys girl girls person people family families farmer farmers herder "
    "herders student students worker workers trader traders passenger passengers driver "
    "drivers journalist journalists reporter reporters teacher teachers pupil pupils "
    "worshippers displaced refugees individual individuals chief inhabitants shepherd "
    "miners nurse nurses doctor doctors patients pilgrims shopkeeper shopkeepers "
    "detainees prisoners inmates immigrants migrants tourists voters citizens locals "
    "nationals hostages mourners fishermen customers employees staff guard guards "
    "population priest pastor imam monk monks lawyer lawyers activist activists "
    "victim victims wife husband son daughter mother father brother sister girlfriend "
    "baby infant teenager teenagers elderly settlers pastoralist pastoralists community "
    "communities hunters".split()
)
ARMED_STATE = MILITARY_WORDS | POLICE_WORDS
MILITIA_WORDS = frozenset("militia militias militiamen vigilantes".split())
CLAN_FIGHTERS = frozenset("tribesmen clansmen".split())
IDENTITY_WORDS = frozenset(
    "communal ethnic tribal clan clans tribe tribes community communities self-defense".split()
)
# ACLED's associated-actor names for who the civilians or the crowd were.
IDENTITY_GROUPS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset("student students pupil pupils".split()), "Students"),
    (frozenset("teacher teachers".split()), "Teachers"),
    (frozenset("lawyer lawyers".split()), "Lawyers"),
    (frozenset("journalist journalists reporter reporters".split()), "Journalists"),
    (frozenset("farmer farmers".split()), "Farmers"),
    (frozenset("herder herders pastoralist pastoralists shepherd".split()), "Pastoralists"),
    (frozenset("doctor doctors nurse nurses healthworkers".split()), "Health Workers"),
    (frozenset("worker workers employees unionists strikers".split()), "Labour Group"),
    (frozenset("trader traders shopkeeper shopkeepers merchants".split()), "Traders"),
    (frozenset("refugees displaced idps".split()), "Refugees/IDPs"),
    (frozenset("woman women girl girls".split()), "Women"),
    (frozenset("prisoners detainees inmates".split()), "Prisoners"),
    (frozenset("fishermen fishers".split()), "Fishers"),
    (frozenset("miners".split()), "Miners"),
    (frozenset("christians christian worshippers".split()), "Christian Group"),
    (frozenset("muslims muslim".split()), "Muslim Group"),
)
ARTICLE_NAMES = re.compile(
    r"^(United |Central African|Dominican|Czech|Gambia|Philippines|"
    r"Netherlands|Comoros|Maldives|Bahamas)|Islands$"
)
# ACLED's country names where ISO 3166's differ.
ACLED_COUNTRY_NAMES = {
    "PS": "Palestine", "RU": "Russia", "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo", "TR": "Turkey", "CZ": "Czech Republic", "CI": "Ivory Coast",
    "CV": "Cape Verde", "FM": "Micronesia", "SZ": "eSwatini", "KR": "South Korea",
    "KP": "North Korea", "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "LA": "Laos",
    "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova", "TW": "Taiwan",
    "MK": "North Macedonia", "BN": "Brunei", "VA": "Vatican City",
}  # fmt: skip
# Short forms and demonyms the countryinfo data lacks ("Saudi", "Briton", "Gaza").
EXTRA_COUNTRY_WORDS = {
    "u.s": "US", "saudi": "SA", "saudis": "SA", "britain": "GB", "briton": "GB",
    "britons": "GB", "english": "GB", "gaza": "PS", "west bank": "PS", "kosovar": "XK",
    "soviet": "RU", "turks": "TR", "serb": "RS", "serbs": "RS", "croat": "HR",
    "croats": "HR", "bosnian": "BA", "bosnians": "BA", "bosniak": "BA", "bosniaks": "BA",
    "kampuchea": "KH", "kampuchean": "KH", "kampucheans": "KH", "zaire": "CD",
    "zairean": "CD", "zaireans": "CD", "kosovo": "XK",
}  # fmt: skip


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


def states_named(text: str) -> list[tuple[str, str, int]]:
    """(ISO code, words, offset) of each country, demonym or capital the text names, in
    order: "cut ties with Congo and Costa Rica" → [("CG", "Congo", 14), ("CR", ...)]."""
    found: list[tuple[str, str, int]] = []
    for match in re.finditer(r"[A-Z][\w.'-]*(?: [A-Z][\w'-]*)*", text):
        words = match.group().removesuffix("'s")
        code = _country_in(words) or _bare_capital(words)
        if code is not None and all(code != seen for seen, _, _ in found):
            found.append((code, words, match.start()))
    return found


def _bare_capital(text: str) -> str | None:
    """ISO code of the country whose capital the phrase is, and nothing more ("Kabul")."""
    core = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I).rstrip(".").lower()
    return capital_lexicon().get(core)


@functools.cache
def capital_lexicon() -> dict[str, str]:
    """Lower-cased capital cities → ISO alpha-2, from the countryinfo data (most populous
    country first where two share a name)."""
    from countryinfo import all_countries

    lexicon: dict[str, str] = {}
    for info in sorted((c.info() for c in all_countries()), key=_population, reverse=True):
        code, capital = (info.get("ISO") or {}).get("alpha2"), info.get("capital")
        if code and isinstance(capital, str) and capital:
            lexicon.setdefault(capital.lower(), code)
            short = re.sub(r"(,.*| d\.c\.)$", "", capital.lower())  # "Washington D.C."
            lexicon.setdefault(short, code)
    return lexicon


# Head words of an organisation's proper name ("Earth Liberation Front", "Donbass People's
# Militia", "Coalition to Save the Preserves"): a capitalised one marks a named group.
GROUP_HEADS = frozenset(
    "front fronts army armies brigade brigades movement movements organization "
    "organisation militia militias "
    "coalition resistance mujahideen mujahidin jihad commando commandos cell cells faction "
    "battalion battalions legion group tigers guerrillas fighters forces liberation "
    "revolutionaries squad squads unit units".split()
)
# Words of a group's name that make it a rebellion against a state (ACLED's inter 2).
REBEL_NAME_WORDS = frozenset(
    "liberation army front movement mujahideen mujahidin jihad tigers guerrillas "
    "revolutionary insurgency rebels".split()
)
# Words no state's own forces are named by: a name holding one is a non-state group's.
NON_STATE_NAME_WORDS = frozenset(
    "resistance liberation mujahideen mujahidin jihad insurgency rebels revolutionaries".split()
)
# Capitalised qualifiers of a state's own forces ("the National Police", "Special Forces").
STATE_QUALIFIERS = frozenset(
    "national federal armed special security border republican royal defence defense state "
    "municipal military air naval navy presidential revolutionary regular ground joint "
    "people's popular government local provincial city traffic riot coast guard "
    "forces force army police".split()
)
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|of|the|for|to|and|de|al|el|in")
_LEAD = re.compile(
    r"^(?:(?:(?:anti|pro)-[\w'’-]+|the|a|an|some|several|two|three|four|five|\d+|members?|supporters?|"
    r"militants?|fighters?|activists?|elements?|affiliates?|of|from|group|suspected|"
    r"presumed|alleged|positions?|bases?|camps?|headquarters|ranks|convoy)\s+)+",
    re.I,
)


def unlisted_group(text: str) -> str | None:
    """The proper name of a group the dictionary lacks, as written, or None.

    Real reports name groups no list holds: a run of capitalised words ending in (or
    holding) a group word ("the Earth Liberation Front (ELF)") is one. A state's own forces
    ("the Nigerian Army", "National Police") and ordinary capitalised words at a sentence's
    start ("Gunmen") are not.
    """
    core = _LEAD.sub("", text.strip()).strip(' ,.;:"“”')
    words = core.split()
    if len(words) < 2 or not words[0][:1].isupper() or len(words) > 9:
        return None
    plain = [w.strip('()"“”,').lower() for w in words if not _acronym(w)]
    if any(w in NON_STATE_NAME_WORDS for w in plain) and plain[-1] in GROUP_HEADS:
        # "National Resistance forces": no state's own forces resist, whatever the case
        name_words = words[:-1]
        if all(_NAME_WORD.fullmatch(w.strip('()"“”,')) or _acronym(w) for w in name_words):
            return core
    if not all(_NAME_WORD.fullmatch(w.strip('()"“”,')) or _acronym(w) for w in words):
        return None
    if not any(w in GROUP_HEADS for w in plain):
        return None
    proper = [w for w in words if w[:1].isupper() and not _acronym(w)]
    lexicon = country_lexicon()
    # "Islah-affiliated Special Forces": the patron a word names is not the forces' own name
    keys = [w.strip(",").lower() for w in proper if not PATRON.search(w.strip(","))]
    own = [key for key in keys if key not in STATE_QUALIFIERS | GROUP_HEADS]
    if not [key for key in own if key.rstrip(".") not in lexicon]:
        return None  # only a country and state words: "the Nigerian Army", "Police Forces"
    return core


# A word naming who backs or leads a force: "Turkish-backed", "Islah-affiliated".
PATRON = re.compile(r"-(?:led|backed|aligned|allied|affiliated|supported|sponsored)$", re.I)


def _acronym(word: str) -> bool:
    """'(ELF)', 'CSP': a bracketed or all-capital abbreviation of the name before it."""
    bare = word.strip("(),")
    return len(bare) >= 2 and bare.isupper() and bare.isalpha()


def _unlisted_inter(name: str) -> int:
    """Rebels (2) when the name says it fights a state, an identity militia (4) when it
    says a community's ("the X Ethnic Militia", "Y Clan Militia"), else political (3)."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    if words & MILITIA_WORDS and words & IDENTITY_WORDS:
        return IDENTITY_MILITIA
    return REBEL if words & REBEL_NAME_WORDS else POLITICAL_MILITIA


def _generic(
    words: set[str], own: str | None, event: str | None, text: str, *, armed: bool
) -> Actor | None:
    if own is None and words & STATE_HEADS and not words & (REBEL_WORDS | ARMED_WORDS):
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
    if words & REBEL_WORDS:  # "NAF rebel forces", "pro-government militia forces"
        return Actor(f"Unidentified Armed Group{suffix}", country, POLITICAL_MILITIA, text)
    if words & POLICE_WORDS or _border_or_park_guards(words):
        return Actor(f"Police Forces{of}", country, state, text)
    if (
        words & MILITARY_WORDS
        or _state_guard(text)
        or (words & HARDWARE_WORDS and (own or "air" in words))
    ):
        return Actor(f"Military Forces{of}", country, state, text)
    if words & PROTESTER_WORDS:
        return Actor(f"Protesters{suffix}", country, PROTESTERS, text)
    if words & RIOTER_WORDS:
        return Actor(f"Rioters{suffix}", country, RIOTERS, text)
    if words & ARMED_WORDS - {"men", "group"} or {"armed", "men"} <= words or _armed_group(words):
        return Actor(f"Unidentified Armed Group{suffix}", country, POLITICAL_MILITIA, text)
    if words & CIVILIAN_WORDS:
        return Actor(f"Civilians{suffix}", country, CIVILIANS, text)
    if words & {"group", "groups"} and not words & GOVERNMENT_WORDS:
        return Actor(f"Unidentified Armed Group{suffix}", country, POLITICAL_MILITIA, text)
    if own and _bare_people(text):  # "more than 100 Palestinians", "four Iraqis"
        return Actor(f"Civilians{suffix}", country, CIVILIANS, text)
    national_leaders = bool(own and words & LEADER_WORDS)  # "Palestinian leaders"
    if words & GOVERNMENT_WORDS or (own and _bare_state(text)) or national_leaders:
        # "government positions", "the regime" that fired: the state's forces, not its office
        held = words & HELD_SITES or not words & GOVERNMENT_WORDS - {"regime"}
        kind = "Military Forces" if armed and held else "Government"
        kind = "Government" if national_leaders else kind
        return Actor(f"{kind}{of}", country, state, text)
    return None


# Words of a state's own forces and offices: a state named as their possessor owns them.
STATE_HEADS = ARMED_STATE | GOVERNMENT_WORDS | HARDWARE_WORDS
POSSESSOR = re.compile(r"\b([A-Z][\w.-]*(?: [A-Z][\w-]*)*)['’]s?(?=\s|$)")


def _possessor(text: str) -> str | None:
    """The state a possessive names ("Israel's army" → IL). Only for state forces and
    offices: "Israel's militia ally" is an ally's militia, not Israel's own."""
    for match in POSSESSOR.finditer(text):
        if code := _country_in(match.group(1)):
            return code
    return None


# A people's leaders speak for its government (or its authority, for a people without a
# recognised state): "Palestinian leaders said ...".
LEADER_WORDS = frozenset("leader leaders leadership".split())
# Local self-defence groups and vigilantes: community-based militias, ACLED's inter 4.
DEFENCE_WORDS = frozenset("defence defense self-defence self-defense vigilante vigilantes".split())
DEFENCE_HEADS = frozenset("group groups committee committees vigilante vigilantes".split())
# State agents who guard borders, customs posts and parks: ACLED codes them as police.
GUARD_SERVICES = frozenset("customs ranger rangers forest forestry wildlife border".split())
GUARD_HEADS = frozenset("guard guards officer officers agent agents station post".split())


def _communal_militia(words: set[str]) -> bool:
    """Communal, ethnic or clan militias, clansmen, local defence groups and volunteers,
    and a community's people under arms ("armed villagers") (inter 4)."""
    if (words & MILITIA_WORDS and words & IDENTITY_WORDS) or words & CLAN_FIGHTERS:
        return True
    if "armed" in words and words & ARMED_COMMUNITY:
        return True
    if "local" in words and (words & MILITIA_WORDS or {"armed", "group"} <= words):
        return True  # "a local militia", "a local armed group": a community's own defence
    if words & {"volunteer", "volunteers"} and words & (ARMED_WORDS | MILITIA_WORDS):
        return True  # "volunteer fighters": villagers armed to defend their own
    return bool(words & DEFENCE_WORDS and words & DEFENCE_HEADS)


def _ethnic_militia(text: str) -> str | None:
    """The community an unlisted militia is named by: "Fulani militias" → Fulani. A
    country's demonym ("Libyan militias") names no community."""
    match = re.search(r"\b([A-Z][a-z]+)\s+(?:ethnic\s+|tribal\s+)?(?:militias?|militiamen)\b", text)
    if match is None or _country_in(match.group(1)):
        return None
    before = text[: match.start()].split()[-1:]
    if before and before[0][:1].isupper() and before[0].lower() not in NOT_COMMUNITIES:
        # a two-word people's or place's name ("Bul Nuer militia"); a longer unlisted name
        # ("Mayi Mayi militiamen" is in the dictionary) or a state's word is no community
        first = before[0].lower()
        if _country_in(before[0]) or first in GOVERNMENT_WORDS | STATE_QUALIFIERS:
            return None
        return f"{before[0]} {match.group(1)}"
    if match.group(1).lower() in GOVERNMENT_WORDS | STATE_QUALIFIERS | NOT_COMMUNITIES:
        return None  # "Government militias", "The militias", "Local militias"
    return match.group(1)


NOT_COMMUNITIES = frozenset(
    "the a an some armed rival local rebel allied opposition suspected unidentified".split()
)


# A community's people, who under arms are its militia: "armed villagers", "armed youths".
ARMED_COMMUNITY = frozenset(
    "villagers residents youths locals herders herdsmen farmers tribesmen clansmen "
    "community communities family families".split()
)


# Sites a government's forces hold: "government positions" are its military's.
HELD_SITES = frozenset("position positions camp camps".split())
# A state's guard corps, named as such: "the National Guard", "Republican Guard units".
STATE_GUARD = re.compile(r"\b(?:National|Republican|Presidential|Revolutionary)\s+Guards?\b")


def _state_guard(text: str) -> bool:
    """A state's guard corps is its armed forces, not a civilian guard ("a security guard")."""
    return bool(STATE_GUARD.search(text))


def _border_or_park_guards(words: set[str]) -> bool:
    """Customs officers, forest guards and park rangers are state agents, as police are."""
    if words & {"civilian", "civilians"}:
        return False
    return bool(words & GUARD_SERVICES - {"border"} and words & GUARD_HEADS) or bool(
        words & {"rangers", "ranger"} or {"border", "guards"} <= words
    )


def _armed_group(words: set[str]) -> bool:
    """An armed, militant or unknown group is an armed actor even among civilian words."""
    return "group" in words and bool(words & {"armed", "militant", "unknown", "unidentified"})


def _bare_state(text: str) -> bool:
    """A phrase that is just a country's name or demonym ("Israel", "the Russians")."""
    core = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I).rstrip(".").lower()
    return core in country_lexicon()


def _bare_people(text: str) -> bool:
    """A number or quantity of a nationality's people: "four Iraqis", "Palestinians"."""
    words = text.split()
    last = words[-1].rstrip(".,") if words else ""
    if not last or not last.endswith("s") or not last[0].isupper():
        return False
    return last.lower() in country_lexicon() and last.lower() not in EXTRA_STATE_WORDS


# Plural-looking names of states, not of people ("the Philippines", "the Bahamas").
EXTRA_STATE_WORDS = frozenset("philippines bahamas netherlands comoros maldives seychelles".split())


def identity_actor(text: str, country_iso: str | None) -> Actor | None:
    """Who the civilians or the crowd were, as ACLED's associated actor ("Students (X)")."""
    if named := _named(text):
        return Actor(named.name, named.country_iso or country_iso, named.inter, text)
    words = set(re.findall(r"[a-z]+", text.lower()))
    country = _country_in(text) or country_iso
    label = country_name(country)
    suffix = f" ({label})" if label else ""
    for group_words, name in IDENTITY_GROUPS:
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


# Fighters named for the side they fight for: "pro-Hamas gunmen", "pro-ISIS militants".
PARTISAN = re.compile(
    r"\bpro-([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:[a-z]+\s+)?(?:forces|fighters?|"
    r"militants?|militiam[ae]n|militias?|gunm[ae]n|snipers?|troops|elements?|units?|"
    r"combatants?|rebels?)\b"
)


def _partisan(text: str) -> NamedActor | None:
    """An armed group's fighters written as its partisans ("pro-X forces" fight as X): the
    dictionary actor the prefix names. A crowd ("pro-X protesters") is no such fighter."""
    match = PARTISAN.search(text)
    found = named_in(match.group(1)) if match else []
    return found[0] if found else None


def _named(text: str) -> NamedActor | None:
    """The dictionary actor named first in the phrase ("JNIM and ISGS militants" → JNIM)."""
    found = named_in(text)
    return found[0] if found else None


def _country_in(text: str) -> str | None:
    """ISO code of the first country name or demonym in the phrase ("US troops" → US).

    A state the phrase is for, against or backed by is not its own: an "anti-Syria
    journalist" is no Syrian, "Turkish-backed factions" are not Turkey's forces.
    """
    for match in re.finditer(r"[A-Z][\w.'-]*(?: [A-Z][\w'-]*)*", text):
        if STANCE.search(text[: match.start()]):
            continue
        word = PATRON_TAIL.sub("", match.group())
        for part in [word, *re.split(r"[\s-]+", word)]:
            key = part.lower().rstrip(".")
            if len(key) <= 3 and part.rstrip(".") not in SHORT_COUNTRY_FORMS:
                continue  # "Al Awad" is no Albania, "IS" no Iceland
            if code := country_lexicon().get(key):
                return code
    return None


# A stance word fused before a name: "anti-Syria", "pro-Russian".
STANCE = re.compile(r"\b(?:anti|pro)-$", re.I)
# A patron's name fused before "-backed" and its kin: the whole word names the patron only.
PATRON_TAIL = re.compile(
    r"^(?:[\w.']+-(?:backed|aligned|allied|affiliated|supported|sponsored|funded|armed)|"
    r"(?:anti|pro)-[\w.']+)\b\s*",
    re.I,
)
# Short forms that do name a country; other two- and three-letter words are not read.
SHORT_COUNTRY_FORMS = frozenset("US U.S USA UK U.K UAE DRC".split())


@functools.cache
def country_lexicon() -> dict[str, str]:
    """Lower-cased country names, alternative spellings and demonyms → ISO alpha-2."""
    from countryinfo import all_countries

    lexicon: dict[str, str] = {}
    # Most populous first: a demonym two countries share ("American") names the larger one.
    infos = sorted((c.info() for c in all_countries()), key=_population, reverse=True)
    for info in infos:
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        names = [info.get("name"), info.get("demonym"), *(info.get("altSpellings") or [])]
        for name in filter(None, names):
            lexicon.setdefault(name.lower(), code)
    for name in list(lexicon):
        if name.endswith(("an", "i", "ese")) and " " not in name:
            lexicon.setdefault(f"{name}s", lexicon[name])  # plural demonyms: "Afghans"
    lexicon.update(EXTRA_COUNTRY_WORDS)
    return lexicon


def _population(info: dict) -> int:
    value = info.get("population")
    return value if isinstance(value, int) else 0


@functools.cache
def country_name(code: str | None) -> str | None:
    """The country's common English name, as ACLED writes it in actor names."""
    if not code:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    name = ACLED_COUNTRY_NAMES.get(code) or getattr(country, "common_name", None) or country.name
    # English puts "the" before plural and "Union/Kingdom/Republic of" country names.
    return f"the {name}" if ARTICLE_NAMES.match(name) else name


def own_country(text: str) -> str | None:
    """The country a phrase names for itself ("French soldiers" → FR), if any."""
    return _country_in(text)
