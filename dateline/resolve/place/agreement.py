"""One article, one geography: readings that must agree with the article's other places
(containing units, qualified names, supported countries, namesakes at home).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from dateline import vocabulary as V
from dateline.resolve.place.gazetteer import Candidate
from dateline.resolve.place.precision import CITY_POPULATION, COUNTRY_CODES
from dateline.resolve.place.ranking import qualifier_bonus
from dateline.resolve.place.reading import (
    Reading,
    hints,
    in_regions,
    labelled,
    lone_alias,
    self_standing,
    trusted,
    unsupported,
)
from dateline.text.names import name_key
from dateline.vocabulary import naming as act
from dateline.vocabulary.actors import named_in

LOCAL_INTERS = frozenset({act.REBEL, act.POLITICAL_MILITIA, act.IDENTITY_MILITIA})
# A story's home region: named by this many mentions, this many times any other's.
_HOME_VOTES = 2
_HOME_MARGIN = 2


def short_forms(readings: list[Reading]) -> None:
    """ "the Democratic Republic of the Congo ... Congo": a name that is the tail of a
    country the article names in full may be that country's short form, so the country
    joins its candidates. Not when the name is itself a country's exact name ("Sudan"
    beside "South Sudan" is the other country)."""
    countries = [
        r.best
        for r in readings
        if r.best is not None
        and r.best.feature_code == "PCLI"
        and r.best.match == 3
        and any(m.label != "NORP" for m in r.mentions)  # "Congolese" names no full form
    ]
    for reading in readings:
        own = reading.key.split("|")[0]
        if not own or any(c.feature_code == "PCLI" and c.match == 3 for c in reading.candidates):
            continue
        known = {c.country_iso for c in reading.candidates if c.feature_code == "PCLI"}
        for country in countries:
            full = name_key(country.name)
            if full != own and full.endswith(" " + own) and country.country_iso not in known:
                reading.candidates.append(country)
                known.add(country.country_iso)


def contain(readings: list[Reading]) -> None:
    """ "Mentao (Pobe-Mengao, Soum)": the parenthesised units contain the place, so only
    candidates in their country (inside one of them, when any is) may be meant; a name
    with none there is a village the gazetteer lacks, and the event falls back to the
    units (so no same-named village abroad is taken)."""
    by_key = {name_key(m.query): r for r in readings for m in r.mentions}
    for reading in sorted(readings, key=lambda r: -r.mentions[0].start):  # inner units first
        names = {n for m in reading.mentions for n in m.containers}
        found = [by_key[k] for n in names if (k := name_key(n)) in by_key]
        own = reading.key.split("|")[0]  # "Kain (Kain, Yatenga)": the commune, not a unit
        found = [r for r in found if r.key.split("|")[0] != own]
        units = [r.best for r in found if r.accepted and r.best is not None]
        units = [u for u in units if u.feature_class in {"A", "P"}]
        regions = [u for u in units if u.feature_class == "A"]
        units = regions or units  # a region's name is less ambiguous than a town's
        best = reading.best
        if not units or best is None or (best.match == 3 and self_standing(best)):
            continue
        for unit_reading in found:
            unit_reading.accepted, unit_reading.doubtful = True, False
        countries = {u.country_iso for u in units}
        keys = {name_key(n) for n in names} | {name_key(u.name) for u in units}
        inside = [c for c in reading.candidates if c.country_iso in countries]
        within = [c for c in inside if keys & {name_key(a) for a in (c.admin1, c.admin2) if a}]
        kept = within or inside
        if not kept:
            reading.accepted = False
            continue
        promote(reading, lambda c, kept=kept: c in kept)


def promote(reading: Reading, keep: Callable[[Candidate], bool]) -> bool:
    """Raise the best-scored candidate that ``keep`` accepts above all the others;
    False when none is accepted (the scores are left as they were)."""
    order = sorted(range(len(reading.candidates)), key=lambda i: -reading.scores[i])
    chosen = next((i for i in order if keep(reading.candidates[i])), None)
    if chosen is None:
        return False
    reading.scores[chosen] = max(reading.scores) + 1.0
    return True


def follow_qualified(readings: list[Reading]) -> None:
    """ "Orient, Ohio ... Orient police said": once the article has said which state a
    town is in, its later bare mentions mean the same town (one sense per discourse)."""
    qualified: dict[str, Candidate] = {}
    for reading in readings:
        name, qualifier = reading.key.split("|")[:2]
        best = reading.best
        if qualifier and reading.accepted and best and qualifier_bonus(best, reading) > 0:
            qualified.setdefault(name, best)  # only a qualifier that fits its reading
    for reading in readings:
        name, qualifier = reading.key.split("|")[:2]
        chosen = qualified.get(name)
        if qualifier or chosen is None or not reading.scores or hints(reading):
            continue  # "Jamshoro city (Jamshoro, Sindh)": the town, not the unit after it
        if chosen not in reading.candidates:
            reading.candidates.append(chosen)
            reading.scores.append(0.0)
        reading.scores[reading.candidates.index(chosen)] = max(reading.scores) + 1.0


def drop_foreign_guesses(readings: list[Reading]) -> None:
    """A spelling-variant (skeleton) match counts only inside a country the article
    names: an unknown village must not become a look-alike town abroad."""
    countries = {r.best.country_iso for r in readings if r.accepted and r.best and r.best.match}
    named = {r.best.country_iso for r in readings if r.accepted and r.best and labelled(r)}
    for reading in readings:
        best = reading.best
        if best is not None and best.match == 0 and best.country_iso not in countries:
            reading.accepted = False
        if best is not None and named and unsupported(reading) and best.country_iso not in named:
            reading.accepted = False


def group_countries(text: str) -> Counter[str]:
    """Home countries of the local armed groups the article names (rebels and militias in
    the actor dictionary): they fight where they live, or next door, so their countries
    vote like a place's would. State and foreign forces are left out: they deploy abroad."""
    return Counter(
        {a.country_iso: 1 for a in named_in(text) if a.country_iso and a.inter in LOCAL_INTERS}
    )


def keep_to_supported_countries(
    readings: list[Reading], neighbours: dict[str, frozenset[str]], home: set[str]
) -> None:
    """A town or site read in a country that nothing else in the article points to, while
    the other places lie elsewhere, is a look-alike ("Inata" read in Japan in a story about
    Burkina Faso): take its candidate in a supported country, or drop it. Countries,
    regions and cities named in full stand on their own."""
    votes = [
        (r.key, r.best.country_iso)
        for r in readings
        if r.accepted and r.best is not None and r.best.country_iso and trusted(r)
    ]
    for reading in readings:
        best = reading.best
        if not reading.accepted or best is None or not best.country_iso or self_standing(best):
            continue
        support = {iso for key, iso in votes if key != reading.key} | home
        if not support and lone_alias(best):
            reading.doubtful = True
        if not support or best.country_iso in support:
            continue
        near = set().union(*(neighbours.get(iso, frozenset()) for iso in support))
        firm = best.match == 3 or best.population >= CITY_POPULATION
        if best.country_iso in near and firm:
            continue  # an alternate name of a small place next door is still a look-alike
        if not promote(reading, lambda c, support=support: c.country_iso in support):
            reading.doubtful = True


def prefer_namesakes_at_home(readings: list[Reading]) -> None:
    """ "Paris" in a story whose other places all lie in Texas: a famous city abroad that
    nothing else in the article points to yields to its namesake in the very region the
    article's places are in (the local paper's reader knows which Paris is meant).
    Countries keep their own reading; only an exact namesake inside a region another
    firmly named place lies in may take over."""
    firm = [
        (r.key, r.best)
        for r in readings
        if r.accepted and r.best is not None and trusted(r) and r.best.country_iso
    ]
    for reading in readings:
        best = reading.best
        if not reading.accepted or best is None or best.feature_code in COUNTRY_CODES:
            continue
        others = [c for key, c in firm if key != reading.key]
        if not others or best.country_iso in {c.country_iso for c in others}:
            continue
        regions = {(c.country_iso, c.admin1) for c in others if c.admin1}
        regions -= {(c.country_iso, None) for c in others}
        promote(reading, lambda c, regions=regions: in_regions(c, regions))


def keep_to_home_region(readings: list[Reading]) -> None:
    """ "shot in Park Hill, Denver police said": in a story whose places lie in one
    first-level region, a small place read in another region, with nothing to qualify
    it, is a local name the gazetteer lacks (a neighbourhood, a housing estate, a police
    district) that happens to name a far-off town: take its namesake in the home region,
    else the story's town there stands in for it (see ``stand_in``), else it is doubtful.
    Self-standing names (regions, big cities) and qualified ones keep their reading,
    unless the article calls the name a quarter ("the Austin neighborhood")."""
    for reading in readings:
        best = reading.best
        if not reading.accepted or best is None or _qualified(reading):
            continue
        if self_standing(best) and not _quarter(reading):
            continue
        home = _home_region(readings, reading)
        if home is None or (best.country_iso, best.admin1) == home or not _local(best, home):
            continue
        if not promote(reading, lambda c, home=home: in_regions(c, {home})):
            reading.stand_in = _home_town(readings, home)
            reading.doubtful = reading.stand_in is None


def _home_town(readings: list[Reading], home: tuple[str, str]) -> Candidate | None:
    """The most mentioned town the story firmly names in its home region."""
    towns = [
        r
        for r in readings
        if r.accepted and r.stand_in is None and trusted(r) and best_is_town(r) and r.best
        and (r.best.country_iso, r.best.admin1) == home
    ]  # fmt: skip
    town = max(towns, key=lambda r: (len(r.mentions), -r.mentions[0].start), default=None)
    return None if town is None else town.best


def _local(cand: Candidate, home: tuple[str, str]) -> bool:
    """A town or district in the home country: a place abroad, a sea or a region is left
    to the country rules (a story of one region names places abroad as themselves)."""
    kind = cand.feature_class == "P" or cand.feature_code in {"ADM2", "ADM3"}
    return kind and cand.country_iso == home[0]


def _quarter(reading: Reading) -> bool:
    quarter = V.pattern("place_location", "quarter")
    return best_is_town(reading) and any(quarter.search(m.text) for m in reading.mentions)


def best_is_town(reading: Reading) -> bool:
    return reading.best is not None and reading.best.feature_class == "P"


def _qualified(reading: Reading) -> bool:
    """Placed by the article itself: in brackets, or after a comma by a name that fits
    ("Smyrna, Ga."; not "the South Side, Chicago police said")."""
    if any(m.containers for m in reading.mentions):
        return True
    fits = reading.best is not None and qualifier_bonus(reading.best, reading) > 0
    return bool(reading.key.split("|")[1]) and fits


def _home_region(readings: list[Reading], left_out: Reading) -> tuple[str, str] | None:
    """The first-level region the story's other firmly read places lie in: the one their
    mentions name at least twice, and twice as often as any other region."""
    votes: Counter[tuple[str, str]] = Counter()
    for reading in readings:
        best = reading.best
        if reading is left_out or not reading.accepted or best is None or not trusted(reading):
            continue
        if best.country_iso and best.admin1 and best.feature_code not in COUNTRY_CODES:
            votes[(best.country_iso, best.admin1)] += len(reading.mentions)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < _HOME_VOTES:
        return None
    if len(ranked) > 1 and ranked[0][1] < _HOME_MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]
