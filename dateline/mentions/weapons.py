"""Weapons named in a sentence, normalised to a fixed set of classes.

Classes (``Weapon.name``), fixed so downstream code can rely on them:

    rocket, missile, artillery, mortar, drone, airstrike, ied, landmine, suicide bomb,
    vbied, grenade, explosive, firearm, blade, blunt, incendiary, vehicle, chemical,
    biological, fake

"artillery" covers shells, howitzers and shelling; "mortar" is kept apart because reports
and ACLED notes name it; "explosive" is a generic or unspecified bomb; "ied" covers
improvised and hand-made devices (pipe, letter and parcel bombs); "blunt" covers clubs,
bats and beatings; "fake" is a hoax device. ``detail`` keeps a model or specific kind
("Katyusha", "AK-47", "pipe bomb", "Molotov cocktail"); ``count`` the number stated
("two Katyusha rockets" → 2, "a rocket" → 1, "rockets" → None).

One spaCy ``Matcher`` holds every pattern and is built once per vocabulary.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import spacy
from spacy.matcher import Matcher
from spacy.util import filter_spans

from dateline import vocabulary as V
from dateline.models import Evidence, Weapon
from dateline.text.numbers import number_run


def gtd_type(name: str) -> str | None:
    """The GTD weapon type a weapon class falls under ("rocket" → "Explosives")."""
    return V.table("weapon_words", "gtd_type").get(name)


@cache
def generic() -> dict[str, list[str]]:
    """Generic nouns per weapon class (matched in singular and plural)."""
    return V.table("weapon_words", "generic")


def find_weapons(sent: Any, offset: int = 0) -> list[tuple[Weapon, Evidence]]:
    """Weapons named in one sentence (a spaCy Span), one per class and detail."""
    spans = filter_spans(build_matcher(sent.doc.vocab)(sent, as_spans=True))
    found: dict[tuple[str, str | None], tuple[Weapon, Evidence]] = {}
    for span in spans:
        if fires_projectile(span) or ignites_figuratively(span):
            continue
        weapon = to_weapon(span)
        evidence = Evidence("weapons", span.text, span.start_char + offset, span.end_char + offset)
        key = (weapon.name, weapon.detail)
        if key not in found or (found[key][0].count is None and weapon.count is not None):
            found[key] = (weapon, evidence)
    for vehicle in rammed_vehicles(sent):
        evidence = Evidence("weapons", vehicle.text, vehicle.start_char + offset,
                            vehicle.end_char + offset)  # fmt: skip
        found.setdefault(("vehicle", None), (Weapon(name="vehicle"), evidence))
    return drop_generic_duplicates(list(found.values()))


def rammed_vehicles(sent: Any) -> list:
    """Vehicles driven into a target ("crashed the plane into the tower", "the flight
    crashed into the tower", "drove it through a crowd"), read from the parse: the
    vehicle may be the subject, the object, or an "it" standing for one named earlier."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in V.terms("weapon_words", "ram_verbs"):
            continue
        preps = [c for c in tok.children if c.dep_ == "prep"]
        into = any(p.lower_ == "into" for p in preps)
        through = any(p.lower_ == "through" and _hits_crowd(p) for p in preps)
        if not (into or through):
            continue
        vehicle = _driven_vehicle(tok, sent, allow_subject=into)
        if vehicle is not None:
            out.append(sent.doc[vehicle.left_edge.i : vehicle.i + 1])
    return out


def _hits_crowd(prep: Any) -> bool:
    return any(
        w.lower_ in V.words("weapon_words", "crowd_nouns")
        for w in prep.children
        if w.dep_ == "pobj"
    )


def _driven_vehicle(verb: Any, sent: Any, allow_subject: bool) -> Any:
    """The vehicle a ramming verb moves: its object, its subject for "crash"-type verbs,
    or the last vehicle named before an object "it"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and _is_vehicle(obj):
        return obj
    if obj is not None and obj.lower_ == "it":
        before = [t for t in sent if t.i < obj.i and _is_vehicle(t) and t.pos_ != "VERB"]
        return before[-1] if before else None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    motion = verb.lemma_.lower() in V.words("weapon_words", "motion_verbs")
    if allow_subject and motion and subject is not None and _is_vehicle(subject):
        return subject
    return None


def _is_vehicle(tok: Any) -> bool:
    return tok.lower_ in _vehicle_forms() or tok.lemma_.lower() in V.terms(
        "weapon_words", "vehicle_nouns"
    )


@cache
def _vehicle_forms() -> frozenset[str]:
    return frozenset(
        form for noun in V.terms("weapon_words", "vehicle_nouns") for form in _forms(noun)
    )


def ignites_figuratively(span: Any) -> bool:
    """ "The killing ignited protests": "ignite" read as arson only with a physical object."""
    verb = span[0]
    if len(span) != 1 or verb.lemma_.lower() != "ignite":
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in V.words("weapon_words", "figurative_fuel") for o in objects)


def fires_projectile(span: Any) -> bool:
    """ "rockets that were fired at the base": firing a projectile is not gunfire."""
    verb = span[0]
    if verb.lemma_.lower() != "fire" or verb.pos_ != "VERB":
        return False
    related = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if verb.dep_ in {"relcl", "acl"}:
        related.append(verb.head)
    return any(_projectile_class(t) for t in related)


def _projectile_class(tok: Any) -> bool:
    words = {tok.lower_, tok.lemma_.lower()}
    return any(words & set(_forms(p)) for n, ps in generic().items() if n != "firearm" for p in ps)


def drop_generic_duplicates(items: list[tuple[Weapon, Evidence]]) -> list[tuple[Weapon, Evidence]]:
    """A class named both generically and with a detail keeps only the detailed entry."""
    detailed = {w.name for w, _ in items if w.detail}
    return [(w, e) for w, e in items if w.detail or w.name not in detailed]


def to_weapon(span: Any) -> Weapon:
    """The ``Weapon`` a labelled match stands for; "fire" is read in context."""
    name, _, detail = span.label_.partition("|")
    if detail == SPAN_DETAIL:
        detail = span.text
    if len(span) == 1 and span[0].lower_ in V.words("weapon_words", "fire_words"):
        name = fire_class(span)
    return Weapon(name=name, detail=detail or None, count=weapon_count(span))


def fire_class(span: Any) -> str:
    """ "set fire to" is arson; "opened fire" and "came under fire" are gunfire."""
    prev = span.doc[span.start - 1] if span.start > span.sent.start else None
    if prev is not None and prev.lower_ in V.words("weapon_words", "gunfire_cues"):
        return "firearm"
    if span.root.head.lemma_.lower() in {"open", "return", "exchange"}:
        return "firearm"
    return "incendiary"


def weapon_count(span: Any) -> int | None:
    """ "two Katyusha rockets" → 2, "a rocket" → 1, "rockets" → None."""
    if span.root.pos_ in {"VERB", "AUX"}:
        return None
    for child in span.root.children:
        if child.dep_ == "nummod" and (run := number_run([child.text], 0)):
            return run[0]
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    if before is not None and (run := number_run([before.text], 0)):
        return run[0]
    if before is not None and before.lower_ in {"a", "an", "one"}:
        return 1
    return None


@cache
def build_matcher(vocab: Any) -> Matcher:
    """One matcher for every weapon phrase, keyed "class" or "class|detail"."""
    matcher = Matcher(vocab)
    for name, phrases in generic().items():
        matcher.add(name, [_phrase_pattern(p) for p in phrases])
    for name, details in V.table("weapon_words", "detail").items():
        heads = [h for p in generic().get(name, ()) if " " not in p for h in _forms(p)]
        for detail in details:
            matcher.add(f"{name}|{detail}", _detail_patterns(detail, heads))
    for name, lemmas in V.table("weapon_words", "verbs").items():
        matcher.add(name, [[{"LEMMA": {"IN": list(lemmas)}, "POS": "VERB"}]])
    matcher.add("incendiary", [_set_fire_pattern(w) for w in ("fire", "ablaze", "alight")])
    matcher.add("firearm", [[{"LEMMA": "open"}, {"LOWER": "fire"}]])
    matcher.add("firearm", [[{"LEMMA": "fire", "POS": "VERB"}, {"LOWER": {"IN": ["at", "on"]}}]])
    matcher.add("firearm", [[{"LOWER": {"IN": ["shot", "shots"]}}, *_GAP, {"LEMMA": "fire"}]])
    matcher.add("vehicle", [_ram_pattern()])
    matcher.add(f"firearm|{SPAN_DETAIL}", [_bore_pattern()])
    return matcher


SPAN_DETAIL = "="  # a label's detail read from the matched words themselves


def _bore_pattern() -> list[dict]:
    """ ".22-caliber rifle", ".357 caliber revolver", "12-gauge shotgun", "9mm"."""
    heads = [f for n in ("rifle", "pistol", "revolver", "shotgun", "handgun", "gun")
             for f in _forms(n)]  # fmt: skip
    return [
        {"TEXT": {"REGEX": r"^\.?\d{1,3}$"}},
        {"TEXT": "-", "OP": "?"},
        {"LOWER": {"IN": list(V.terms("weapon_words", "bore_words"))}},
        {"LOWER": {"IN": heads}, "OP": "?"},
    ]


_GAP = [{"OP": "?"}, {"OP": "?"}]


def _ram_pattern() -> list[dict]:
    """A driver turning a vehicle on a target: verb, the vehicle, "into"."""
    verb = {"LEMMA": {"IN": list(V.terms("weapon_words", "ram_verbs"))}, "POS": "VERB"}
    vehicle = {
        "LOWER": {"IN": [f for n in V.terms("weapon_words", "vehicle_nouns") for f in _forms(n)]}
    }
    return [verb, *_GAP, vehicle, {"LOWER": "into"}]


def _forms(word: str) -> list[str]:
    """Singular and plural of a noun (enough for the closed set above)."""
    if word.endswith(("s", "x", "ch", "sh")):
        return [word, word + "es"]
    if word.endswith("fe"):
        return [word, word[:-2] + "ves"]
    if word.endswith("y") and word[-2] not in "aeiou":
        return [word, word[:-1] + "ies"]
    return [word, word + "s"]


def _words(phrase: str) -> list[str]:
    """Split a phrase the way spaCy's English tokenizer splits text."""
    return [t.lower_ for t in _tokenizer()(phrase)]


@cache
def _tokenizer() -> Any:
    return spacy.blank("en").tokenizer


def _phrase_pattern(phrase: str) -> list[dict]:
    words = _words(phrase)
    last = {"LOWER": {"IN": _forms(words[-1])}}
    return [*[{"LOWER": w} for w in words[:-1]], last]


def _detail_patterns(detail: str, heads: list[str]) -> list[list[dict]]:
    base = _phrase_pattern(detail)
    return [base, [*base, {"LOWER": {"IN": heads}}]] if heads else [base]


def _set_fire_pattern(word: str) -> list[dict]:
    return [
        {"LEMMA": {"IN": list(V.terms("weapon_words", "set_fire_verbs"))}},
        {"OP": "?"},
        {"OP": "?"},
        {"LOWER": word},
    ]
