"""Gazetteer: name keys, the packaged build, lookups, and GeoNames dump import."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from dateline.errors import ResourceError
from dateline.resolve.place import gazetteer as gazetteer_module
from dateline.resolve.place.gazetteer import (
    ATTRIBUTION,
    SCHEMA,
    Gazetteer,
    GazetteerStats,
    import_geonames,
    is_stale,
    region_point,
)
from dateline.resolve.place.geonames import create_empty
from dateline.resolve.place.packaged import english_name
from dateline.text.names import name_key, skeleton_key


@pytest.mark.parametrize(
    ("a", "b"),
    [("Ain al-Assad", "Ayn al Asad"), ("Khan Younis", "Khan Yunis"), ("Hodeidah", "Al Hudaydah")],
)
def test_transliteration_variants_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton_key(a) == skeleton_key(b)


def test_name_key_drops_case_diacritics_articles_and_hyphens() -> None:
    assert name_key("Al-Anbār") == name_key("anbar") == "anbar"
    assert name_key("the United States") == "united states"
    assert name_key("St. Louis") == "saint louis"
    assert name_key("As") == "as"  # a lone word is not an article


def test_attribution_names_geonames_and_its_licence() -> None:
    assert "GeoNames" in ATTRIBUTION and "CC BY 4.0" in ATTRIBUTION


def test_region_point_is_not_pulled_to_the_crowded_corner() -> None:
    crowded = [(10.0 + i / 1000, 10.0 + i / 1000, 1000) for i in range(50)]
    spread = [(float(lat), float(lon), 10) for lat in range(0, 21, 5) for lon in range(0, 21, 5)]
    lat, lon = region_point(crowded + spread)
    assert abs(lat - 10.0) < 1.5 and abs(lon - 10.0) < 1.5


def test_lookup_finds_an_air_base_by_its_variant_spellings(gazetteer: Gazetteer) -> None:
    for spelling in ("Ain al-Assad", "Ayn al Asad", "Al Asad Airbase"):
        best = gazetteer.lookup(spelling)[0]
        assert best.country_iso == "IQ", spelling
        assert best.admin1 == "Al Anbar"
        assert abs(best.lat - 33.79) < 0.05 and abs(best.lon - 42.44) < 0.05


def test_lookup_prefers_the_country_to_same_named_villages(gazetteer: Gazetteer) -> None:
    best = gazetteer.lookup("China")[0]
    assert (best.feature_code, best.country_iso, best.country) == ("PCLI", "CN", "China")


@pytest.mark.parametrize(
    ("name", "iso"), [("Hodeidah", "YE"), ("Khan Yunis", "PS"), ("U.S.", "US")]
)
def test_lookup_handles_common_spellings(gazetteer: Gazetteer, name: str, iso: str) -> None:
    assert gazetteer.lookup(name)[0].country_iso == iso


def test_lookup_can_be_restricted_to_a_country(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Long Beach", country_iso="US")
    assert found and all(c.country_iso == "US" for c in found)
    assert {c.admin1 for c in found} >= {"California", "New York"}


def test_open_is_fast_once_built(gazetteer_path: Path) -> None:
    started = time.perf_counter()
    gaz = Gazetteer.open(gazetteer_path)
    gaz.lookup("Mosul")
    assert time.perf_counter() - started < 2.0
    gaz.close()


def _geonames_line(gid: int, name: str, alternates: str, lat: float, lon: float) -> str:
    cols = [str(gid), name, name, alternates, str(lat), str(lon), "P", "PPL", "IQ", "",
            "01", "", "", "", "70000", "", "60", "Asia/Baghdad", "2024-01-01"]  # fmt: skip
    return "\t".join(cols) + "\n"


def test_import_geonames_dumps_into_a_new_index(tmp_path: Path) -> None:
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("IQ.01\tAnbar\tAnbar\t99592\n", encoding="utf-8")
    cities = tmp_path / "cities500.txt"
    cities.write_text(_geonames_line(98245, "Hit", "Heet,Hīt", 33.64, 42.83), encoding="utf-8")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text("1\t98245\ten\tHeit\t\t\t\t\t\t\n2\t98245\tlink\thttp://x\n")
    db = tmp_path / "gaz.sqlite"
    assert import_geonames(admin1, db) == 1
    assert import_geonames(cities, db) == 1
    assert import_geonames(alternates, db) == 1
    gaz = Gazetteer.open(db)
    for spelling in ("Hit", "Heet", "Heit", "HĪT"):
        found = gaz.lookup(spelling)
        assert [(c.geonameid, c.admin1, c.population) for c in found] == [(98245, "Anbar", 70000)]
    assert gaz.lookup("http://x") == []
    gaz.close()


def test_import_geonames_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="no GeoNames file"):
        import_geonames(tmp_path / "nope.txt", tmp_path / "gaz.sqlite")


@pytest.mark.parametrize(
    ("name", "aliases", "english"),
    [
        ("Odeska oblast", ("Odesa", "Odesa Oblast"), "Odesa"),
        ("Shamāl Sīnā'", ("North Sinai", "North Sinai Governorate"), "North Sinai"),
        ("Attikí", ("Attica",), "Attica"),
        ("Parwān", ("Parvan",), "Parwan"),  # a transliteration variant, not an exonym
        ("Sokoto", ("Sokoto State",), "Sokoto"),
        ("Şanlıurfa", (), "Sanliurfa"),
        ("Lənkəran", (), "Lankaran"),
        ("Jammu and Kashmīr", ("Kashmir",), "Jammu and Kashmir"),  # a part is not the whole
        ("México", ("State of Mexico", "Estado de México"), "Mexico"),
    ],
)
def test_english_name_picks_the_conventional_ascii_name(
    name: str, aliases: tuple[str, ...], english: str
) -> None:
    assert english_name(name, aliases) == english


def test_import_built_index_is_never_stale(tmp_path: Path) -> None:
    path = tmp_path / "own.sqlite"
    create_empty(path)
    assert not is_stale(path)


def test_an_index_from_an_older_build_is_rebuilt_on_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA)
        db.execute("INSERT INTO meta VALUES ('schema', '0')")
    db.close()
    assert is_stale(path)
    built: list[Path] = []

    def fake_build(target: Path, *, progress: object = None) -> GazetteerStats:
        target.unlink()
        create_empty(target)
        with sqlite3.connect(target) as db:
            db.execute("UPDATE meta SET v = 'packaged' WHERE k = 'origin'")
        db.close()
        built.append(target)
        return GazetteerStats(target, 0, 0, 0.0)

    monkeypatch.setattr(gazetteer_module, "build", fake_build)
    Gazetteer.open(path).close()
    assert built == [path] and not is_stale(path)


def test_subdivisions_carry_their_english_names(gazetteer: Gazetteer) -> None:
    region = next(c for c in gazetteer.lookup("North Sinai") if c.feature_code == "ADM1")
    assert (region.name, region.admin1, region.country_iso) == ("North Sinai", "North Sinai", "EG")
    town = next(c for c in gazetteer.lookup("Izmail") if c.country_iso == "UA")
    assert town.admin1 == "Odesa"


@pytest.mark.parametrize(("name", "code"), [("Sumatra", "ISL"), ("Pacific Ocean", "OCN")])
def test_large_islands_and_oceans_are_in_the_index(
    gazetteer: Gazetteer, name: str, code: str
) -> None:
    assert any(c.feature_code == code for c in gazetteer.lookup(name))
