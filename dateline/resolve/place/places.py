"""Place resolution: toponym mentions → GeoNames points, ranked by the article's context.

Each distinct name in an article gets one reading (one sense per discourse). A first
pass ranks candidates by feature type, population and spelling; the countries and
admin regions it finds, and the places near each other, then re-rank every name in a
second pass (``ranking``); the readings are then made to agree with each other
(``agreement``) and with the article's evidence (``acceptance``).
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from typing import Any

from spacy.tokens import Doc

from dateline.models import Place
from dateline.resolve.place.acceptance import capitalised, corroborate, is_place
from dateline.resolve.place.agreement import (
    contain,
    drop_foreign_guesses,
    follow_qualified,
    group_countries,
    keep_to_home_region,
    keep_to_supported_countries,
    prefer_namesakes_at_home,
    short_forms,
)
from dateline.resolve.place.candidates import find_candidates
from dateline.resolve.place.centroid import hedged_country_point
from dateline.resolve.place.dictionary import Dictionary, common_word, dictionary, plain_word
from dateline.resolve.place.gazetteer import Candidate, Gazetteer
from dateline.resolve.place.mention import find_toponyms
from dateline.resolve.place.precision import (
    COUNTRY_CODES,
    DOUBTFUL_CONFIDENCE,
    METONYM_CONFIDENCE,
    STREET_CONFIDENCE,
)
from dateline.resolve.place.ranking import article_context, cluster_support, rescore
from dateline.resolve.place.reading import Reading
from dateline.resolve.place.toponym import STREET, Toponym, doc_text
from dateline.resolve.place.us_states import us_states
from dateline.text.names import name_key


def resolve_places(doc: Doc, gazetteer: Gazetteer, nlp: Any) -> list[Place]:
    """Every toponym mention of the article resolved to a point, in text order. ``nlp``
    is the spaCy model the Doc came from: its word lists tell ordinary words."""
    toponyms = find_toponyms(doc, us_states())
    streets = [t for t in toponyms if t.label == STREET]
    lower = {text for text in (tok.text for tok in doc) if text.islower()}
    names = [t for t in toponyms if t.label != STREET]
    readings = _readings(names, gazetteer, lower, dictionary(nlp))
    home = group_countries(doc_text(doc))
    _rank(readings, gazetteer, home)
    _agree(readings, gazetteer, home)
    places = [p for r in readings if r.accepted for p in _places(r)]
    town = _home_town(readings)
    if town is not None:
        confidence = min(_confidence(town), STREET_CONFIDENCE)
        places += [_place(t, town.best, confidence) for t in streets if town.best is not None]
    return sorted(places, key=lambda p: p.start)


def _rank(readings: list[Reading], gazetteer: Gazetteer, home: Counter[str]) -> None:
    """Score every reading twice: first against the context of the names hard to
    misread, then against the context of every accepted name's first-pass reading."""
    accepted = [r for r in readings if r.accepted]
    short_forms(accepted)
    cluster = cluster_support(accepted)
    for first_pass in (True, False):
        context = article_context(accepted, first_pass=first_pass)
        context.countries.update(home)
        context.neighbours = gazetteer.neighbours
        context.cluster = cluster
        rescore(readings, context)


def _agree(readings: list[Reading], gazetteer: Gazetteer, home: Counter[str]) -> None:
    """Make the readings agree with each other (see ``agreement``), in this order."""
    contain(readings)
    follow_qualified(readings)
    drop_foreign_guesses(readings)
    keep_to_supported_countries(readings, gazetteer.neighbours, set(home))
    prefer_namesakes_at_home(readings)
    keep_to_home_region(readings)
    corroborate(readings)


def _home_town(readings: list[Reading]) -> Reading | None:
    """The town a story's streets are in: its most mentioned town (the first on ties).
    A street is too small for the gazetteer; its town is the nearest point we know."""
    towns = [
        r
        for r in readings
        if r.accepted
        and not r.doubtful
        and r.best is not None
        and r.best.feature_class == "P"
        and not all(m.metonym for m in r.mentions)
    ]
    if not towns:
        return None
    return max(towns, key=lambda r: (len(r.mentions), -r.mentions[0].start))


def _readings(
    toponyms: list[Toponym], gazetteer: Gazetteer, lower: set[str], words: Dictionary
) -> list[Reading]:
    """Group the mentions by the name they were found under. ``lower`` holds the words
    the article writes in lower case (see ``common_word``)."""
    by_key: dict[str, Reading] = {}
    for top in toponyms:
        if not capitalised(top.query) and top.label != "NORP":
            continue  # "in the bush": a place name is capitalised
        found = find_candidates(top, gazetteer, words)
        if found is None:
            continue
        query, candidates = found
        top.common = common_word(query, lower, words)  # "Superior Court": the part looked up
        top.plain = plain_word(query, lower, words)
        key = name_key(query) + "|" + (top.qualifier or "") + ("|unit" if top.contained else "")
        by_key.setdefault(key, Reading(key, [], candidates)).mentions.append(top)
    for reading in by_key.values():
        reading.accepted = is_place(reading)
    return list(by_key.values())


def _confidence(reading: Reading) -> float:
    """The margin of the winning reading over the runner-up, squashed to 0-1."""
    best = reading.best
    ranked = sorted(
        (
            s
            for c, s in zip(reading.candidates, reading.scores, strict=True)
            if not _seat_twin(c, best)
        ),
        reverse=True,
    )
    ranked = [max(reading.scores), *ranked] if ranked and best is not None else ranked
    margin = ranked[0] - ranked[1] if len(ranked) > 1 else 4.0
    quality = {3: 1.0, 2: 0.95, 1: 0.9, 0: 0.6}[best.match] if best else 0.0
    return round(quality * (0.5 + 0.5 * math.tanh(margin / 3)), 3)


def _seat_twin(cand: Candidate, best: Candidate | None) -> bool:
    """The winner itself, or its same-named twin in the same first-level region ("Beirut"
    the city and the governorate): a close race between them is no doubt about where."""
    if best is None or cand is best:
        return True
    return (
        cand.country_iso == best.country_iso
        and cand.admin1 == best.admin1
        and name_key(cand.name) == name_key(best.name)
        and {cand.feature_class, best.feature_class} <= {"A", "P"}
    )


def _places(reading: Reading) -> list[Place]:
    best = reading.best
    if best is None:
        return []
    confidence = _confidence(reading)
    if reading.doubtful:
        confidence = min(confidence, DOUBTFUL_CONFIDENCE)
    if reading.stand_in is not None:  # a quarter of the story's town: coded at the town
        town = reading.stand_in
        return [
            dataclasses.replace(_place(m, town, confidence), geo_precision=2)
            for m in reading.mentions
        ]
    return [_place(m, best, confidence) for m in reading.mentions]


def _place(top: Toponym, cand: Candidate, confidence: float) -> Place:
    """A metonymic mention keeps its point, with its confidence cut below
    ``METONYM_CONFIDENCE`` (``event_location`` skips such mentions). "US troops" is
    metonymic; "Kinshasa police" still says where."""
    national = top.agent_modifier and cand.feature_code in COUNTRY_CODES
    metonym = top.metonym or national
    lat, lon = cand.lat, cand.lon
    if cand.feature_code in COUNTRY_CODES and cand.feature_code != "CONT":
        lat, lon = hedged_country_point(cand.country_iso, lat, lon)
    return Place(
        text=top.text, start=top.start, end=top.end, name=cand.name,
        geonameid=cand.geonameid, feature=cand.feature_code, country_iso=cand.country_iso,
        country=cand.country, admin1=cand.admin1, admin2=cand.admin2,
        latitude=round(lat, 5), longitude=round(lon, 5),
        confidence=round(confidence * (METONYM_CONFIDENCE if metonym else 1.0), 3),
    )  # fmt: skip
