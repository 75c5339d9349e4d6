"""Near-duplicates: a wire copy or an updated version is found; a different story is not."""

from __future__ import annotations

from dateline.ingest.duplicates import Duplicates
from dateline.ingest.screen import Screen
from dateline.models import Article

STORY = (
    "Gunmen killed three villagers in an attack on a market near Djibo on Monday, local "
    "officials said. The army sent reinforcements to the area on Tuesday and began searching "
    "nearby villages for the attackers, who fled on motorbikes toward the border with Mali. "
    "No group has claimed the attack, the third in the province this month."
)
UPDATED = STORY + " The market stays closed."
OTHER = (
    "Protesters marched through the capital on Saturday to demand higher wages, and police "
    "fired tear gas to disperse a crowd outside parliament, witnesses said. Organisers said "
    "they would return next week if the government did not open talks with the unions."
)


def test_a_copy_and_an_update_are_duplicates_of_the_first() -> None:
    seen = Duplicates()
    assert seen.check("a", STORY) is None
    assert seen.check("b", STORY) == "a"
    assert seen.check("c", UPDATED) == "a"
    assert seen.check("d", OTHER) is None
    assert seen.found == 2


def test_screen_links_the_duplicate_and_names_the_language() -> None:
    screen = Screen()
    assert screen(Article(text=STORY, id="first")) is None
    record = screen(Article(text=UPDATED, id="second"))
    assert record is not None and record.duplicate_of == "first" and record.events == []
    assert "near-duplicate of first" in record.warnings[0]
    french = "Des hommes armés ont tué trois villageois près de Djibo lundi, selon la police. " * 4
    other = screen(Article(text=french, id="fr"))
    assert other is not None and other.language == "fr" and other.duplicate_of is None
    assert screen.duplicate == 1 and screen.non_english == 1


def test_a_templated_report_with_other_numbers_is_not_a_copy() -> None:
    seen = Duplicates()
    day_one = "DAY 1 of the siege: " + STORY.replace("three villagers", "3 villagers")
    day_ten = "DAY 10 of the siege: " + STORY.replace("three villagers", "5 villagers")
    assert seen.check("one", day_one) is None
    assert seen.check("ten", day_ten) is None
    assert seen.check("again", day_one) == "one"


def test_extract_codes_every_copy_unless_asked_to_skip_duplicates(tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from dateline.cli import main

    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"id": i, "text": STORY}) + "\n" for i in "ab"))
    for flags, copied in (([], None), (["--skip-duplicates"], "a")):
        out = CliRunner().invoke(main, ["extract", str(rows), "--processes", "1", *flags])
        second = json.loads(out.stdout.splitlines()[1])
        assert second.get("duplicate_of") == copied
        assert bool(second["events"]) is (copied is None)
