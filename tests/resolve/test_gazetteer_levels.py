"""First-level units under an ISO grouping GeoNames does not have."""

from __future__ import annotations

from types import SimpleNamespace

from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.packaged import _groupings


def _unit(uid: int, level: int, gid: int | None, parent: object = None) -> SimpleNamespace:
    return SimpleNamespace(id=uid, admin_level=level, geonames_id=gid, parent=parent)


def test_a_grouping_without_geonames_id_above_geonames_units_is_found() -> None:
    group = _unit(1, 1, None)
    plain = _unit(2, 1, 200)
    units = [
        group,
        plain,
        _unit(3, 2, 300, group),
        _unit(4, 2, 400, group),
        _unit(5, 2, 500, plain),
    ]
    assert _groupings(units) == {1}


def test_a_grouping_whose_units_geonames_lacks_is_kept() -> None:
    group = _unit(1, 1, None)
    assert _groupings([group, _unit(2, 2, None, group)]) == set()


def test_a_governorate_is_the_admin1_of_its_city(gazetteer: Gazetteer) -> None:
    city = next(c for c in gazetteer.lookup("Erbil") if c.feature_class == "P")
    assert city.admin1 == "Erbil"
    province = next(c for c in gazetteer.lookup("Dahuk") if c.feature_code == "ADM1")
    assert province.country_iso == "IQ"
