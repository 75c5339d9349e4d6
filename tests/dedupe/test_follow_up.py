"""Follow-up reports and articles with no event of their own."""

from __future__ import annotations

from dateline.dedupe import cluster, merged_record
from dateline.dedupe.blocking import clue_pairs, place_pairs
from dateline.dedupe.clues import clues
from dateline.dedupe.report import Report, features, related_record
from tests.dedupe.records import CHECKPOINT_A, MARKET, report

ARREST = (
    "Man charged in Kanaan road checkpoint killings\n\n"
    "Police in Diyala on Thursday charged a man over the killing of Lieutenant Haidar Salman "
    "and two other officers at the Kanaan road checkpoint outside Baqubah last month."
)
EMPTY_PAGE = "Lieutenant Haidar Salman killed at Kanaan road checkpoint\n\nSign in to read more."


def _with_clues(item: Report, text: str) -> Report:
    item.clues = clues(text)
    return item


def _attack() -> Report:
    return _with_clues(report("a", CHECKPOINT_A), CHECKPOINT_A)


def _arrest(days_later: str = "2024-04-04") -> Report:
    follow = report("f", ARREST, published=days_later, date=days_later, killed=None, injured=None)
    return _with_clues(follow, ARREST)


def _empty(article_id: str, page: dict, terms: dict[str, int]) -> Report:
    record = related_record(page)
    return Report(article_id, "", record, "2024-03-12", related=True, terms=terms,
                  clues=clues(EMPTY_PAGE))  # fmt: skip


def _groups(reports: list[Report]) -> list[set[str]]:
    result = cluster(reports)
    return sorted(({reports[i].article_id for i in g} for g in result.clusters), key=min)


def test_a_follow_up_at_the_same_place_weeks_later_is_compared() -> None:
    reports = [_attack(), _arrest()]
    items = [features(r) for r in reports]
    assert list(place_pairs(items, ["a", "f"])) == [(0, 1)]


def test_a_report_at_the_same_place_half_a_year_later_is_not_a_follow_up() -> None:
    reports = [_attack(), _arrest("2024-10-01")]
    items = [features(r) for r in reports]
    assert list(place_pairs(items, ["a", "f"])) == []


def test_a_busy_place_compares_a_report_with_its_latest_neighbours_only() -> None:
    reports = [report(f"x{n}", MARKET, published="2024-03-12") for n in range(40)]
    items = [features(r) for r in reports]
    pairs = list(place_pairs(items, [r.article_id for r in reports]))
    assert 0 < len(pairs) <= 40 * 12


def test_articles_naming_the_same_rare_person_are_paired() -> None:
    pairs = clue_pairs(
        {"a": ["haidar salman"], "f": ["haidar salman"], "m": []}, {"a": 0, "f": 1, "m": 2}
    )
    assert list(pairs) == [(0, 1)]


def test_a_follow_up_naming_the_victim_merges_with_the_attack() -> None:
    assert _groups([_attack(), _arrest()]) == [{"a", "f"}]


def test_an_article_with_no_event_attaches_to_the_event_it_names() -> None:
    page = {"places": [], "dates": [{"value": "2024-03-11", "precision": "day"}]}
    terms = {"salman": 1, "kanaan": 1, "haidar": 1}
    empty = _empty("p", page, terms)
    reports = [_attack(), empty]
    (group,) = [g for g in cluster(reports).clusters if len(g) > 1]
    merged = merged_record([reports[i] for i in group])
    related = [a for a in merged["articles"] if a["id"] == "p"]
    assert related == [dict(related[0], event_id=None, role="related")]
    assert merged["event_uid"] == merged_record([reports[0]])["event_uid"]
    assert merged["fatalities"]["best"] == 3


def test_articles_with_no_event_never_make_an_event_of_their_own() -> None:
    page = {"places": [], "dates": [{"value": "2024-03-11", "precision": "day"}]}
    empties = [_empty(n, page, {"salman": 1}) for n in ("p", "q")]
    assert all(len(g) == 1 for g in cluster(empties).clusters)
