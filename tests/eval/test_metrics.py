"""Scorers on hand-made gold rows and predictions built from the real output records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.eval.acled import accepted_types, admin_key, score_acled, states_date
from dateline.eval.dataset import detect_family, read_rows, subsample
from dateline.eval.gtd import gold_weapon_type, score_gtd, weapon_class
from dateline.eval.matching import country_alpha2, haversine_km, names_match, texts_overlap
from dateline.eval.negatives import score_negatives
from dateline.eval.plover import score_plover
from dateline.eval.report import format_report
from dateline.eval.roles import is_conflict_type, score_roles
from dateline.eval.runner import evaluate
from dateline.eval.scoring import macro_f1, top_event
from dateline.eval.timex import gold_value, score_timex
from dateline.eval.toponyms import score_toponyms
from dateline.models import (
    Actor,
    Article,
    ArticleResult,
    Attribution,
    Blame,
    Count,
    EventRecord,
    Place,
    Plover,
    TimeValue,
    Weapon,
    to_dict,
)

TOWN = Place(
    text="Brookfield",
    start=0,
    end=10,
    name="Brookfield",
    country_iso="KE",
    country="Kenya",
    admin1="Rift Valley Province",
    latitude=0.50,
    longitude=35.30,
)


def event(**fields) -> EventRecord:
    """A main event with defaults a test overrides."""
    base = {
        "event_id": "e1",
        "role": "main",
        "event_date": "2021-03-04",
        "time_precision": 1,
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "confidence": 0.8,
    }
    return EventRecord(**{**base, **fields})


def result(*events: EventRecord, places=(), dates=(), id="1") -> dict:
    record = ArticleResult(id=id, title=None, url=None, published=None, language="en")
    record.events, record.places, record.dates = list(events), list(places), list(dates)
    return to_dict(record)


def acled_row(text: str = "On Thursday, soldiers clashed with rebels.", **gold) -> dict:
    base = {
        "event_date": "2021-03-04",
        "time_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "inter1": "1",
        "inter2": "2",
        "interaction": "12",
        "country": "Kenya",
        "admin1": "Rift Valley",
        "latitude": 0.52,
        "longitude": 35.28,
        "fatalities": 0,
    }
    return {"id": "r", "text": text, "gold": {**base, **gold}}


# --- matching helpers ----------------------------------------------------------------------


def test_haversine_one_degree_of_latitude_is_about_111_km():
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.2, abs=0.2)


def test_country_codes_from_names_and_codes():
    assert country_alpha2("KEN") == country_alpha2("Kenya") == "KE"
    assert country_alpha2("Ivory Coast") == "CI"
    assert country_alpha2("IGO") is None


def test_names_match_by_acronym_and_words_but_not_by_shared_generic_words():
    assert names_match("People's Defence Army (PDA)", "PDA")
    assert names_match("People's Defence Army (PDA)", "the People's Defense Army")
    assert not names_match("Northern Liberation Front", "Southern Liberation Front")
    assert not names_match("River Valley extremists", "extremists")


def test_texts_overlap_on_containment_or_content_word():
    assert texts_overlap("soldiers", "Kenyan soldiers")
    assert not texts_overlap("the market", "a convoy")


# --- ACLED -------------------------------------------------------------------------------


def test_states_date_rule():
    assert states_date("On 4 March 2021, police fired at protesters.")
    assert states_date("Gunmen attacked a village overnight.")
    assert states_date("Clashes on 4/3 left two dead.")
    assert not states_date("Police arrested a trader in the town.")


def test_old_taxonomy_maps_to_current_types():
    assert accepted_types("Riots/Protests") == {"Protests", "Riots"}
    assert accepted_types("Battle-No change of territory") == {"Battles"}
    assert accepted_types("Remote violence") == {"Explosions/Remote violence"}
    assert accepted_types("Non-violent transfer of territory") == {"Strategic developments"}
    assert admin_key("Ségou Région") == admin_key("segou") == "segou"


def test_acled_perfect_prediction_scores_one():
    actor1 = Actor(name="Military Forces of Kenya (2013-)", country_iso="KE", inter=1)
    actor2 = Actor(name="Rebels", inter=2)
    pred = result(
        event(actor1=actor1, actor2=actor2, interaction=12, location=TOWN, fatalities=Count())
    )
    metrics = score_acled([(acled_row(), pred)])
    for name in ("event_type_acc", "sub_event_type_acc", "event_date_exact", "country_acc"):
        assert metrics[name] == 1.0, name
    assert metrics["admin1_acc"] == metrics["within_25km"] == metrics["fatalities_exact"] == 1.0
    assert metrics["inter1_acc"] == metrics["inter2_acc"] == metrics["interaction_acc"] == 1.0
    assert metrics["sub_event_type_macro_f1"] == 1.0


def test_admin1_unit_accepts_transliterations_that_the_strict_check_refuses():
    rows = [acled_row(admin1="Rift Valey"), acled_row(admin1="Nyanza")]
    metrics = score_acled([(row, result(event(location=TOWN))) for row in rows])
    assert metrics["admin1_acc"] == 0.0
    assert metrics["admin1_unit_acc"] == 0.5


def test_acled_missing_prediction_counts_wrong_and_undated_notes_leave_date_subset():
    rows = [acled_row(), acled_row(text="Soldiers clashed with rebels in the hills.")]
    metrics = score_acled([(rows[0], result()), (rows[1], result(event(location=TOWN)))])
    assert metrics["event_recall"] == 0.5
    assert metrics["event_type_acc"] == 0.5
    assert metrics["event_date_exact"] == 0.0 and metrics["n_event_date_exact"] == 1
    assert metrics["event_date_exact_all"] == 0.5


def test_acled_fatalities_none_is_zero_and_top_event_is_most_confident_main():
    weak = event(event_id="a", event_type="Riots", confidence=0.2)
    strong = event(event_id="b", confidence=0.9, fatalities=Count(best=None))
    background = event(event_id="c", role="background", confidence=1.0, event_type="Protests")
    pred = result(weak, strong, background)
    assert top_event(pred)["event_id"] == "b"
    metrics = score_acled([(acled_row(), pred)])
    assert metrics["fatalities_exact"] == 1.0 and metrics["event_type_acc"] == 1.0


def test_acled_distance_and_inter2_zero_when_no_second_actor():
    far = Place(text="X", start=0, end=1, name="X", latitude=3.0, longitude=38.0)
    row = acled_row(inter2="0")
    metrics = score_acled([(row, result(event(location=far)))])
    assert metrics["within_25km"] == 0.0 and metrics["within_161km"] == 0.0
    assert metrics["inter2_acc"] == 1.0


def test_macro_f1_averages_over_gold_labels():
    assert macro_f1(["a", "a", "b"], ["a", "a", "b"]) == 1.0
    assert macro_f1(["a", "b"], ["a", None]) == pytest.approx((1.0 + 0.0) / 2)


# --- GTD ---------------------------------------------------------------------------------


def gtd_row(**gold) -> dict:
    base = {
        "event_date": "2021-03-04",
        "country": "Kenya",
        "admin1": "Rift Valley",
        "latitude": 0.52,
        "longitude": 35.28,
        "weapon_types": ["Explosives", "Unknown"],
        "perpetrator_groups": ["People's Defence Army (PDA)"],
        "nkill": 2.0,
        "nwound": float("nan"),
    }
    return {"id": "g", "text": "A bomb went off.", "gold": {**base, **gold}}


def test_weapon_classes():
    assert weapon_class("car bomb") == "Explosives"
    assert weapon_class("firearm", "opened fire on the crowd") == "Firearms"
    assert weapon_class("molotov cocktail") == "Incendiary"
    assert weapon_class("stone") is None
    assert gold_weapon_type("Vehicle (not to include vehicle-borne explosives)") == "Vehicle"
    assert gold_weapon_type("Unknown") is None


def test_gtd_scores_weapons_perpetrator_and_counts():
    attribution = Attribution(blamed=[Blame(actor="PDA", by="police")])
    pred = result(
        event(
            fatalities=Count(best=2),
            weapons=[Weapon(name="IED")],
            attribution=attribution,
            location=TOWN,
        )
    )
    metrics = score_gtd([(gtd_row(), pred)])
    assert metrics["weapon_recall"] == 1.0 and metrics["n_weapon_recall"] == 1
    assert metrics["perpetrator_rate"] == 1.0
    assert metrics["nkill_exact"] == 1.0
    assert metrics["nwound_exact"] is None  # NaN gold is skipped
    assert metrics["within_25km"] == 1.0


def test_gtd_unknown_perpetrator_is_skipped_and_wrong_group_misses():
    rows = [gtd_row(perpetrator_groups=["Unknown"]), gtd_row()]
    pred = result(event(actor1=Actor(name="Northern Liberation Front")))
    metrics = score_gtd([(rows[0], pred), (rows[1], pred)])
    assert metrics["perpetrator_rate"] == 0.0 and metrics["n_perpetrator_rate"] == 1


# --- PLOVER ------------------------------------------------------------------------------


def plover_row(category: str, source: str = "KEN", target: str = "UGA") -> dict:
    gold = {"event": category, "source": [{"code": source}], "target": [{"code": target}]}
    return {"id": "p", "text": "x", "gold": gold}


def test_plover_category_and_countries():
    pred = result(
        event(
            plover=Plover(event="ASSAULT"),
            actor1=Actor(name="a", country_iso="KE"),
            actor2=Actor(name="b", country_iso="TZ"),
        )
    )
    pairs = [
        (plover_row("ASSAULT"), pred),
        (plover_row("AGREE", source="IGO"), result()),
        (plover_row("AGREE"), result()),  # not a conflict row: its countries are not scored
    ]
    metrics = score_plover(pairs)
    assert metrics["category_acc_conflict"] == 1.0 and metrics["n_category_acc_conflict"] == 1
    assert metrics["category_acc_all"] == 1.0  # no event on an AGREE row is right
    assert metrics["non_conflict_event_rate"] == 0.0
    assert metrics["source_country_acc"] == 1.0 and metrics["n_source_country_acc"] == 1
    assert metrics["target_country_acc"] == 0.0


# --- toponyms and timexes ------------------------------------------------------------------


def test_toponyms_recall_precision_accuracy():
    text_places = [TOWN, Place(text="Elsewhere", start=20, end=29, name="E")]
    gold = [
        {"start": 0, "end": 10, "text": "Brookfield", "lat": 0.5, "lon": 35.3},
        {"start": 40, "end": 45, "text": "Hills", "lat": 1.0, "lon": 1.0},
    ]
    metrics = score_toponyms([({"gold": {"toponyms": gold}}, result(places=text_places))])
    assert metrics["recall"] == 0.5 and metrics["precision"] == 0.5
    assert metrics["acc_161km_matched"] == 1.0 and metrics["found_within_161km"] == 0.5


def test_timex_values_with_refs_apart():
    gold = [
        {"start": 0, "end": 9, "text": "yesterday", "type": "DATE", "value": "1999-05-03"},
        {"start": 20, "end": 29, "text": "May 1999", "type": "DATE", "value": "1999-05"},
        {"start": 30, "end": 33, "text": "now", "type": "DATE", "value": "PRESENT_REF"},
        {"start": 40, "end": 45, "text": "a day", "type": "DURATION", "value": "P1D"},
    ]
    dates = [
        TimeValue(text="yesterday", start=0, end=9, value="1999-05-03", precision="day"),
        TimeValue(text="May 1999", start=20, end=28, value="1999-06", precision="month"),
    ]
    metrics = score_timex([({"gold": {"timexes": gold}}, result(dates=dates))])
    assert metrics["date_value_exact"] == 0.5 and metrics["n_date_value_exact"] == 2
    assert metrics["date_value_exact_no_year"] == 1.0
    assert metrics["date_value_exact_incl_ref"] == pytest.approx(1 / 3)
    assert metrics["ref_share"] == pytest.approx(1 / 3)
    assert gold_value("1999-05-03TEV") == "1999-05-03"


# --- argument roles and negatives -----------------------------------------------------------


def test_roles_recall_on_conflict_events_only():
    gold = {
        "event_type": "conflict.attack.n/a",
        "arguments": [
            {"role": "attacker", "text": "gunmen"},
            {"role": "victim", "text": "villagers"},
            {"role": "instrument", "text": "rifles"},
            {"role": "place", "text": "Brookfield"},
        ],
    }
    pred = result(
        event(
            actor1=Actor(name="Unidentified Armed Group", text="masked gunmen"),
            actor2=Actor(name="Civilians", text="farmers"),
            weapons=[Weapon(name="firearm", detail="rifles")],
        )
    )
    metrics = score_roles([({"gold": gold}, pred)])
    assert metrics["attacker_recall"] == 1.0 and metrics["instrument_recall"] == 1.0
    assert metrics["target_recall"] == 0.0
    assert is_conflict_type("Life.Die.Unspecified")
    assert not is_conflict_type("life.die.nonviolentdeath")


def test_negatives_false_event_rate():
    pairs = [
        ({"gold": {"topic": "Sports"}}, result(event())),
        ({"gold": {"topic": "Business"}}, result()),
        ({"gold": {"topic": "World"}}, result(event())),
    ]
    metrics = score_negatives(pairs)
    assert metrics["false_event_rate"] == 0.5
    assert metrics["event_rate_world"] == 1.0 and metrics["event_rate_sports"] == 1.0
    assert "event_rate_sci_tech" not in metrics


# --- dataset, runner and report ------------------------------------------------------------


def test_subsample_takes_every_kth_row():
    rows = [{"i": i} for i in range(10)]
    assert [r["i"] for r in subsample(rows, 3)] == [0, 3, 6]
    assert [r["i"] for r in subsample(rows, 4)] == [0, 2, 5, 7]
    assert subsample(rows, None) == rows


class EchoPipeline:
    """A stand-in with the pipeline's interface: one Battles event per article."""

    def run(self, articles: list[Article]):
        for article in articles:
            record = ArticleResult(
                id=article.id, title=None, url=None, published=None, language="en"
            )
            record.events = [event()]
            yield record


def test_evaluate_detects_family_and_reports(tmp_path: Path):
    path = tmp_path / "my_news.jsonl"
    rows = [{"id": str(i), "text": "Match report.", "gold": {"topic": "Sports"}} for i in range(4)]
    path.write_text("\n".join(json.dumps(row) for row in rows))
    assert detect_family(path, read_rows(path)) == "negatives"
    results = evaluate([path], limit=2, pipeline=EchoPipeline())
    assert results["my_news"]["n"] == 2
    assert results["my_news"]["false_event_rate"] == 1.0
    table = format_report(results)
    assert "false_event_rate" in table and "1.000" in table


class FailingPipeline(EchoPipeline):
    """Reports its second article as failed, the way the real pipeline's run_safe does."""

    def run_safe(self, articles: list[Article]):
        for index, record in enumerate(self.run(articles)):
            yield DatelineError(f"article {record.id} broke") if index == 1 else record


def test_evaluate_scores_a_failed_article_as_empty_and_reports_it(tmp_path: Path):
    path = tmp_path / "sport.jsonl"
    rows = [{"id": str(i), "text": "Match report.", "gold": {"topic": "Sports"}} for i in range(3)]
    path.write_text("\n".join(json.dumps(row) for row in rows))
    metrics = evaluate([path], pipeline=FailingPipeline())["sport"]
    assert metrics["failed"] == 1 and "article 1 broke" in metrics["first_error"]
    assert metrics["false_event_rate"] == pytest.approx(2 / 3)
