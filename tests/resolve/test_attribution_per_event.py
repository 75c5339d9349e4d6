"""Each claim, blame and denial sits with the event its sentence tells of."""

from __future__ import annotations

TEXT = (
    "On Monday, rockets struck a military base in Kirkuk, wounding two soldiers. "
    "No group has claimed the rocket attack. "
    "Last week a bombing killed four people at a market in Basra. "
    "Officials blamed the Islamic State for the bombing."
)


def test_blame_goes_to_the_event_its_sentence_names(code) -> None:
    events = code(TEXT, published="2024-08-06").events
    assert len(events) >= 2
    main, *background = events
    bombing = next(e for e in background if e.event_type == "Explosions/Remote violence")
    assert [b.actor for b in bombing.attribution.blamed] == ["Islamic State"]
    assert main.attribution.blamed == []
    assert main.attribution.unclaimed and not bombing.attribution.unclaimed


def test_blame_with_no_event_word_stays_with_the_main_event(code) -> None:
    events = code(
        "On Monday, gunmen shot dead a police officer in Kirkuk. "
        "The interior ministry blamed the Islamic State."
    ).events
    assert events[0].attribution.blamed and events[0].attribution.blamed[0].by is not None


def test_each_blame_keeps_its_evidence_sentence(code) -> None:
    main, *background = code(TEXT, published="2024-08-06").events
    for event in (main, *background):
        proofs = [e for e in event.evidence if e.field == "attribution.blamed"]
        assert len(proofs) == len(event.attribution.blamed)
        assert all("blamed" in p.text for p in proofs)


def test_this_arson_points_at_the_main_event(code) -> None:
    events = code(
        "On 3 May, gunmen set fire to a police post in Kirkuk. No one was hurt. "
        "A week later, the Islamic State claimed this arson as well as a bombing that "
        "killed four people in Basra on 20 April.",
        published="2024-05-04",
    ).events
    assert events[0].role == "main" and events[0].attribution.claimed_by == ["Islamic State"]
    assert all(not e.attribution.claimed_by for e in events[1:])
