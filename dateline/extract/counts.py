"""Casualty, abduction and arrest counts in one sentence, and their merge across mentions.

A sentence is read trigger by trigger: a trigger word ("killed", "deaths", "wounded",
"kidnapped", "arrested") names the field; its victim phrase (passive subject, object,
the trigger noun itself, an "of" phrase) gives the number. Victims with no number count
1 when singular ("a soldier was killed", "killing him") and 3 when plural, as ACLED codes
unnumbered deaths. Distinct victims of one field in a sentence add up ("five soldiers
were killed ... the bomber was also killed" → 6). Sentences about periods or cumulative
tolls ("since the war began", "so far this year") are skipped: they are not one event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from dateline.extract.quantity import Quantity, fatality_quantity, parse_quantity, vague
from dateline.models import Count, Evidence
from dateline.text import tree
from dateline.text.counting import CODED_MARK
from dateline.text.numbers import is_number_word, word_value

FIELDS = ("fatalities", "injuries", "abducted", "arrested")

# Trigger lemmas (and inflected forms the tagger may leave unlemmatised) by field.
TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        ("kill", "killed", "die", "murder", "assassinate", "execute", "behead", "slaughter",
         "massacre", "slay", "dead", "death", "fatality", "fatalities", "body", "corpse",
         "killing", "succumb", "lynch"),
        "fatalities",
    ),
    **dict.fromkeys(
        ("injure", "injured", "wound", "wounded", "hurt", "hospitalise", "hospitalize",
         "hospitalised", "hospitalized", "injury", "maim", "wounding", "injuring"),
        "injuries",
    ),
    **dict.fromkeys(
        ("abduct", "abducted", "kidnap", "kidnapped", "hostage", "abductee", "abduction",
         "kidnapping"),
        "abducted",
    ),
    **dict.fromkeys(
        ("arrest", "arrested", "detain", "detained", "capture", "captured", "apprehend",
         "apprehended"),
        "arrested",
    ),
}  # fmt: skip
# Injuries a victim "suffers" or is "treated for": the victim is the verb's subject.
BORNE_VERBS = {"suffer", "sustain", "receive", "incur"}
CARE_VERBS = {"treat", "hospitalise", "hospitalize", "admit", "take", "rush", "airlift", "fly",
              "evacuate", "transport", "carry"}  # fmt: skip
CARE_PLACES = {"hospital", "hospitals", "clinic", "infirmary", "trauma"}
CARE_NEEDS = {"injury", "injuries", "wound", "wounds", "burn", "burns", "inhalation", "cut",
              "cuts", "bruise", "bruises", "fracture", "fractures", "laceration",
              "lacerations"}  # fmt: skip
# Illness from a poison or germ used as a weapon ("diagnosed with anthrax") is an injury.
AGENTS_OF_HARM = {"anthrax", "ricin", "plague", "smallpox", "botulism", "sarin", "cyanide",
                  "poisoning", "toxin", "agent"}  # fmt: skip
ILLNESS_VERBS = {"diagnose", "contract", "infect", "sicken", "test", "poison"}
BODY_PARTS = {"finger", "fingers", "hand", "hands", "arm", "arms", "leg", "legs", "foot", "feet",
              "face", "head", "eye", "eyes", "chest", "back", "skin", "neck", "shoulder",
              "knee", "stomach", "abdomen"}  # fmt: skip
# A later sentence's dead are further victims when they are the attackers or were killed
# by the security forces ("the gunman was shot dead by police").
PERPETRATOR_NOUNS = {"gunman", "gunmen", "attacker", "assailant", "bomber", "shooter",
                     "perpetrator", "hijacker", "assassin", "suspect"}  # fmt: skip
SECURITY_NOUNS = {"police", "policeman", "policemen", "officer", "security", "guard", "soldier",
                  "troops", "army", "deputy", "sheriff", "agent", "forces", "marine",
                  "sniper"}  # fmt: skip
NOUN_TRIGGERS = {"death", "fatality", "fatalities", "body", "corpse", "injury", "hostage",
                 "abductee", "casualty", "casualties"}  # fmt: skip
CASUALTY = {"casualty", "casualties"}
FATALLY = {"fatally", "mortally"}
ADDITION_WORDS = {"also", "too", "another", "other", "further", "more", "additional",
                  "second", "third", "fourth", "fifth"}  # fmt: skip
UNHARMED = {"unharmed", "unhurt", "uninjured", "unscathed"}
INTRANSITIVE = {"die", "succumb"}
SUBJECT_VICTIM = {"contract", "test"}
CORPSES = {"body", "bodies", "corpse", "corpses", "remains", "dead"}
MODALS = {"could", "would", "might", "may", "will", "shall", "'ll", "can"}
# Nouns of intent whose infinitive is not an act: "his intention was to kill", "a plot to kill".
INTENT_NOUNS = {"intention", "intent", "goal", "aim", "plan", "plot", "purpose", "mission",
                "attempt", "bid", "order", "threat", "objective", "idea", "desire",
                "effort"}  # fmt: skip
IRREALIS_HEADS = {"threaten", "try", "attempt", "plan", "vow", "intend", "aim", "want", "seek",
                  "fail", "plot", "conspire", "order", "urge", "call", "keep"}  # fmt: skip
# Verbs that name a sentence or threat of death, not a killing ("sentenced to death").
MANNER_VERBS = {"shoot", "gun", "stab", "beat", "hack", "club", "stone", "burn", "strike", "knife",
                "bludgeon", "hang", "strangle", "behead", "shot"}  # fmt: skip
NOT_KILLING = {"sentence", "condemn", "threaten", "contribute", "lead", "bring"}
ANIMALS = {"animal", "livestock", "cattle", "cow", "goat", "sheep", "camel", "pig", "chicken",
           "donkey", "horse", "dog", "cat", "bird", "ox", "oxen", "bull", "poultry", "herd",
           "mule", "fish", "head"}  # fmt: skip
NEEDS_PERSON = {"capture", "captured", "hurt", "execute", "body", "dead", "death", "seize", "burn",
                *CARE_VERBS, *ILLNESS_VERBS}  # fmt: skip
INANIMATE_PRONOUNS = {"it", "this", "that", "which", "what", "something", "anything"}
NON_PERSON_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC", "MONEY", "PERCENT", "CARDINAL"}
SINGULAR_PRONOUNS = {"he", "she", "him", "her", "i", "me", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "we", "us", "themselves"}
NOBODY = {"nobody", "none", "noone", "no-one"}
PERSON_NOUNS = {
    "people", "person", "man", "woman", "men", "women", "child", "children", "boy", "girl",
    "civilian", "soldier", "troop", "trooper", "militant", "fighter", "member", "suspect",
    "villager", "resident", "student", "worker", "officer", "policeman", "policemen",
    "police", "protester", "protestor", "demonstrator", "journalist", "farmer", "rebel",
    "insurgent", "jihadist", "gunman", "gunmen", "attacker", "assailant", "bomber",
    "individual", "official", "leader", "commander", "youth", "citizen", "passenger",
    "guard", "employee", "teacher", "pilgrim", "worshipper", "driver", "herder", "miner",
    "chief", "personnel", "agent", "militiaman", "militiamen", "gendarme", "volunteer",
    "victim", "other", "others", "family", "relative", "wife", "husband", "son", "daughter",
    "brother", "sister", "father", "mother", "occupant", "customer", "patron", "staff",
    "inmate", "prisoner", "hostage", "activist", "politician", "candidate", "councillor",
    "mayor", "priest", "imam", "pastor", "doctor", "nurse", "trader", "merchant",
    "shepherd", "infant", "baby", "teenager", "pedestrian", "bystander", "crew",
    "contractor", "detainee", "marine", "sergeant", "captain", "lieutenant", "colonel",
    "general", "sheikh", "elder", "cleric", "fisherman", "fishermen", "hunter", "motorist",
    "settler", "refugee", "migrant", "pupil", "perpetrator", "shooter", "firefighter",
    "deputy", "sheriff", "trucker", "owner", "partner", "friend", "girlfriend", "boyfriend",
    "adult", "aide", "assistant", "researcher", "professor", "scientist", "clerk", "visitor",
    "tourist", "spectator", "shopper", "parishioner", "congregant", "responder", "carrier",
    "physician", "surgeon", "lawyer", "judge", "senator", "congressman", "governor",
    "reporter", "editor", "producer", "postman", "mailman", "toddler", "kid", "secretary",
    "manager", "executive", "receptionist", "janitor", "cashier", "pilot", "sailor", "airman",
}  # fmt: skip
CUMULATIVE = re.compile(
    r"\bsince\b|\bso far\b|\bto date\b|\bthus far\b|\bthis year\b|\bin total\b|"
    r"\b(in|over|during|throughout) the (past|last|previous) (\w+ )?"
    r"(days|weeks|months|years|decades?)\b"
    r"|\bper (year|month|week|day)\b|\bannually\b|\bcollectively\b|\baltogether\b|\bcumulative"
    r"|\bbetween the dates\b|\bbetween (early |late |mid-)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One victim phrase's count for one field, with where it was read."""

    field: str
    key: int  # the victim's head token index: one victim counts once per field
    best: int
    low: int | None
    high: int | None
    implicit_plural: bool
    text: str
    start: int
    end: int
    quote: str = ""  # the article text between ``start`` and ``end``
    general: bool = False  # a zero for everyone ("no one", "no injuries"), not one person


def find_counts(sent, offset: int = 0) -> dict[str, tuple[Count, list[Evidence]]]:
    """Counts stated in one sentence (a spaCy Span), by field; only fields found appear."""
    if is_cumulative(sent.text):
        return {}
    findings = drop_dead_from_injured([f for tok in sent for f in read_trigger(tok)])
    coded = read_coded(sent)
    if coded is not None:
        findings = [f for f in findings if f.field != "fatalities"] + [coded]
    out = {field: combine(items, offset) for field, items in group(findings).items()}
    return imply_zero_deaths(out, findings, offset)


def drop_dead_from_injured(findings: list[Finding]) -> list[Finding]:
    """ "X contracted anthrax and died", "a man was shot and killed": one victim, counted
    among the dead only (GTD and ACLED count a person who died as killed, not wounded)."""
    dead = {f.key for f in findings if f.field == "fatalities" and f.best}
    return [f for f in findings if not (f.field == "injuries" and f.key in dead and f.best)]


CODED = re.compile(r"\bfatalit(?:y|ies)\b[^.;:]{0,30}?\bcoded as (\w+)", re.IGNORECASE)

YEAR = re.compile(r"(?:1[89]|20)\d\d")


def read_coded(sent) -> Finding | None:
    """ "Unknown fatalities coded as 10": a coder's note states the figure it used."""
    match = CODED.search(sent.text)
    value = word_value(match.group(1)) if match else None
    if match is None or value is None:
        return None
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    quote = match.group(0)
    text = f"{CODED_MARK} {match.group(1)}"
    return Finding("fatalities", -1, value, value, value, False, text, start, end, quote)


def adds_victims(sent, field: str) -> bool:
    """Whether a sentence reports victims besides those already counted: "A guard was also
    killed", "another civilian died", "two more soldiers were wounded"."""
    for tok in sent:
        if trigger_field(tok) != field:
            continue
        victim = victim_of(tok)
        words = list(tok.children) + (list(victim.subtree) if victim is not None else [])
        if any(w.lower_ in ADDITION_WORDS for w in words):
            return True
        if field == "fatalities" and (_is_perpetrator(victim) or _by_security(tok)):
            return True
    return False


def _is_perpetrator(victim) -> bool:
    """ "the gunman was killed": an attacker's death is not among the victims reported."""
    return victim is not None and victim.lemma_.lower() in PERPETRATOR_NOUNS


def _by_security(tok) -> bool:
    """ "X was shot dead by police": someone killed by the security forces, usually the
    attacker, not one of the victims already counted."""
    verbs = [tok, tok.head] if tok.dep_ in {"acomp", "oprd", "advmod", "pobj"} else [tok]
    agents = [c for v in verbs for c in v.children if c.dep_ == "agent"]
    words = {w.lemma_.lower() for a in agents for w in a.subtree}
    return bool(words & SECURITY_NOUNS)


def is_cumulative(text: str) -> bool:
    """Sentences about periods or running totals: their counts are not one event's."""
    return bool(CUMULATIVE.search(text))


def group(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Findings by field, one per victim (the first reading of a victim wins)."""
    out: dict[str, dict[int, Finding]] = {}
    for f in findings:
        out.setdefault(f.field, {}).setdefault(f.key, f)
    return {field: list(by_key.values()) for field, by_key in out.items()}


def combine(items: list[Finding], offset: int) -> tuple[Count, list[Evidence]]:
    """Add up distinct victims; zeros and implied plurals yield to stated numbers."""
    kept = [f for f in items if f.best] or items[:1]
    if any(not f.implicit_plural for f in kept):
        kept = [f for f in kept if not f.implicit_plural]
    count = Count(
        best=sum(f.best for f in kept),
        low=_sum_or_none(f.low for f in kept),
        high=_sum_or_none(f.high for f in kept),
        text=" + ".join(f.text for f in kept),
    )
    return count, [Evidence(f.field, f.quote, f.start + offset, f.end + offset) for f in kept]


def _sum_or_none(values: Iterable[int | None]) -> int | None:
    values = list(values)
    return None if None in values else sum(v for v in values if v is not None)


def imply_zero_deaths(out: dict, findings: list[Finding], offset: int) -> dict:
    """ "No one was hurt" / "no casualties" also means no one was killed."""
    if "fatalities" in out or "injuries" not in out or out["injuries"][0].best != 0:
        return out
    zero = next((f for f in findings if f.field == "injuries" and f.general), None)
    if zero is None:
        return out
    out["fatalities"] = combine([_as_field(zero, "fatalities")], offset)
    return out


def _as_field(f: Finding, field: str) -> Finding:
    return Finding(field, f.key, f.best, f.low, f.high, f.implicit_plural, f.text, f.start, f.end,
                   f.quote, general=True)  # fmt: skip


def trigger_field(tok) -> str | None:
    """The field a trigger token speaks of, or None for other words."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lemma in {"life", "lives"} and tok.head.lemma_.lower() == "lose":
        return "fatalities"
    if lower == "toll" or lemma == "toll":
        return "fatalities" if _is_death_toll(tok) else None
    if tok.pos_ not in {"VERB", "NOUN", "ADJ", "PROPN", "AUX"}:
        return None
    field = TRIGGERS.get(lemma) or TRIGGERS.get(lower)
    if field == "injuries" and any(c.lower_ in FATALLY for c in tok.children):
        return "fatalities"  # "fatally wounded", "mortally injured"
    if field is None and tok.pos_ == "VERB" and _is_harm_verb(tok):
        return "injuries"
    if field is None and tok.pos_ == "NOUN" and lemma in CARE_NEEDS and bearer_verb(tok):
        return "injuries"  # "suffered burns", "treated for cuts"
    return field


def bearer_verb(tok):
    """The verb whose subject bears an injury noun: "she suffered burns", "he sustained the
    loss of a finger and chest injuries", "two were treated for injuries"; else None."""
    node = tok
    while node.dep_ == "conj" or (node.dep_ == "pobj" and node.head.lower_ == "of"):
        node = node.head if node.dep_ == "conj" else node.head.head
    verb = node.head
    if node.dep_ == "dobj" and verb.lemma_.lower() in BORNE_VERBS:
        return verb
    if node.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() in CARE_VERBS:
        return verb.head
    return None


def _is_harm_verb(tok) -> bool:
    """Verbs that report an injury only in context: "burned his hands", "was treated at a
    hospital", "taken to hospital", "treated for burns", "diagnosed with anthrax"."""
    lemma = tok.lemma_.lower()
    if lemma == "burn":
        return not _is_killing(tok)
    if lemma in CARE_VERBS:
        return any(_care_object(c) for c in tok.children if c.dep_ in {"prep", "dative"})
    if lemma in ILLNESS_VERBS:
        said = {w.lower_ for c in tok.children if c.dep_ in {"prep", "dobj", "acomp", "advmod",
                "oprd"} for w in c.subtree}  # fmt: skip
        if lemma == "test":  # "tested positive for anthrax", not "tested for exposure"
            return "positive" in said
        return bool(said & AGENTS_OF_HARM)
    return False


def _is_harm_verb_lemma(tok) -> bool:
    """Whether a trigger is one of the context-read injury verbs (they need a person)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "VERB" and (lemma == "burn" or lemma in CARE_VERBS | ILLNESS_VERBS)


def _names_person(head) -> bool:
    """A victim phrase that names people by its head, not just by a number ("two pieces")."""
    if head.pos_ == "NUM" or head.lower_ in vague():
        of_obj = _of_object(head)
        return of_obj is None or _names_person(of_obj)
    if head.lower_ in SINGULAR_PRONOUNS | PLURAL_PRONOUNS or head.ent_type_ in {"PERSON", "NORP"}:
        return True
    return head.lower_ in PERSON_NOUNS or head.lemma_.lower() in PERSON_NOUNS


def _care_object(prep) -> bool:
    """ "at the hospital", "to hospital", "for burns", "for smoke inhalation"."""
    objects = [w for w in prep.subtree if w.dep_ in {"pobj", "compound"}]
    words = {w.lower_ for w in objects} | {w.lemma_.lower() for w in objects}
    if prep.lower_ in {"to", "at", "in", "into"}:
        return bool(words & CARE_PLACES)
    return prep.lower_ == "for" and bool(words & CARE_NEEDS)


def _is_killing(tok) -> bool:
    """ "burned to death", "burned alive": a killing, read by ``killing_verb``, not a wound."""
    for child in tok.children:
        if child.lower_ in {"alive", "dead"}:
            return True
        to_death = child.dep_ == "prep" and child.lower_ == "to"
        if to_death and any(w.lower_ == "death" for w in child.children):
            return True
    return False


def _is_death_toll(tok) -> bool:
    return any(c.lemma_.lower() in {"death", "casualty"} for c in tok.children)


def read_trigger(tok) -> list[Finding]:
    """The findings one token yields (none when it is not a trigger or is hypothetical)."""
    if tok.lower_ in CASUALTY or tok.lemma_.lower() in CASUALTY:
        return read_casualties(tok)
    if tok.lower_ in UNHARMED:
        return read_unharmed(tok)
    verb = killing_verb(tok)
    if verb is not None:
        return [] if is_irrealis(verb) or is_negated(verb) else read_victims(verb, "fatalities")
    field = trigger_field(tok)
    if field is None or is_irrealis(tok) or is_dated_aside(tok):
        return []
    if tok.lower_ == "toll" or tok.lemma_.lower() == "toll":
        return read_toll(tok, field)
    if is_negated(tok):
        return read_negated(tok, field)
    return read_victims(tok, field)


def killing_verb(tok):
    """The verb of "shot to death", "beaten to death", "shot dead a trader", else None:
    the manner verb names the killing and takes the victim."""
    head = tok.head
    if tok.lower_ == "death" and tok.dep_ == "pobj" and head.lower_ == "to":
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() not in NOT_KILLING | set(TRIGGERS):
            return verb
    if tok.lower_ in {"dead", "alive"} and tok.dep_ in {"advmod", "acomp", "oprd"}:
        manner = MANNER_VERBS if tok.lower_ == "dead" else {"burn"}
        return head if head.pos_ == "VERB" and head.lemma_.lower() in manner else None
    return None


def read_casualties(tok) -> list[Finding]:
    """ "casualties" is ambiguous between deaths and injuries: only its zero form counts."""
    if not _has_no(tok):
        return []
    span = _span(tok, tok)
    return [Finding("injuries", tok.i, 0, 0, 0, False, *span, quote=span[0], general=True)]


def read_unharmed(tok) -> list[Finding]:
    subject = tree.subject(tok.head) if tok.dep_ in {"acomp", "oprd", "advcl", "xcomp"} else None
    if subject is None or not is_person(subject):
        return []
    text, start, end = _span(subject, tok)
    return [Finding("injuries", subject.i, 0, 0, 0, False, text, start, end, text)]


def read_toll(tok, field: str) -> list[Finding]:
    """ "the death toll rose to 12" / "a death toll of 12": the number after the noun."""
    words = [t.text for t in tok.doc[tok.i + 1 : min(tok.i + 8, tok.sent.end)]]
    numbers = [i for i, w in enumerate(words) if is_number_word(w)]
    if not numbers:
        return []
    to_idx = [i for i in numbers if i > 0 and words[i - 1].lower() in {"to", "at"}]
    first = (to_idx or numbers)[0]
    q = parse_quantity(words[first - 1 if first else 0 :]) if first else parse_quantity(words)
    if q is None:
        return []
    last = tok.doc[tok.i + first + 1]
    text, start, end = _span(tok, last)
    return [Finding(field, tok.i, q.best, q.low, q.high, False, last.text, start, end, text)]


def read_negated(tok, field: str) -> list[Finding]:
    """ "the driver was not injured" → 0 for that person."""
    victim = victim_of(tok)
    if victim is None or not is_person(victim):
        return []
    text, start, end = _span(victim, tok)
    return [Finding(field, victim.i, 0, 0, 0, False, text, start, end, text)]


def read_victims(tok, field: str) -> list[Finding]:
    """Findings for the trigger's victim phrase and its conjuncts ("5 soldiers and 3 civilians")."""
    victim = victim_of(tok)
    if victim is None:
        return _window_number(tok, field)
    victim = _appos_person(_body_owner(victim))
    if _is_partitive(victim):
        return []
    heads = [victim, *[c for c in victim.conjuncts if _is_conjoined_victim(c)]]
    found = [f for h in heads if (f := count_victim(h, tok, field)) is not None]
    if found or (victim.dep_ == "dobj" and not is_person(victim)):
        return found  # "militants executed the operation": no victim, so no count
    return _window_number(tok, field)


def _body_owner(victim):
    """ "burned the employee's fingers", "shot his leg": the injured is the body's owner."""
    if victim.lemma_.lower() not in BODY_PARTS and victim.lower_ not in BODY_PARTS:
        return victim
    return tree.child(victim, "poss") or victim


def _is_partitive(tok) -> bool:
    """ "one of the wounded", "two of whom": a part of a group already counted elsewhere.
    "two of them" after a verb of killing is a count of its own."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or tok.pos_ not in {"NUM", "PRON"}:
        return False
    whole = tree.child(of, "pobj")
    if whole is None or whole.lower_ in {"whom", "which"}:
        return True
    words = [whole, *whole.children]  # "the wounded", "the wounded Americans"
    return any(trigger_field(w) is not None or w.lower_ in CASUALTY | {"victims"} for w in words)


def _is_conjoined_victim(tok) -> bool:
    """ "five soldiers and a civilian" add up; "deaths or injuries" are two fields; "a boy
    and son of a producer" (a bare singular noun after a determined one) is one person."""
    if tok.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"} or trigger_field(tok) is not None:
        return False
    return not _same_referent(tok)


def _same_referent(conj) -> bool:
    bare = not any(c.dep_ in {"det", "poss", "nummod"} for c in conj.children)
    head_determined = any(c.dep_ in {"det", "poss"} for c in conj.head.children)
    return bare and head_determined and conj.tag_ == "NN" and conj.head.tag_ == "NN"


def _appos_person(victim):
    """ "a storage ..., one officer and a woman were killed": the apposed people count."""
    if is_person(victim):
        return victim
    return next((c for c in victim.children if c.dep_ == "appos" and is_person(c)), victim)


def victim_of(tok):
    """The head token of whoever the trigger happened to, or None."""
    if tok.lemma_.lower() in {"life", "lives"}:
        return tree.subject(tok.head)
    if tok.pos_ in {"NOUN", "PROPN"} or tok.lemma_.lower() in NOUN_TRIGGERS:
        return _noun_victim(tok)
    if tok.pos_ == "ADJ":
        return _adjective_victim(tok)
    return _verb_victim(tok)


def _noun_victim(tok):
    """ "five deaths", "the bodies of three men", "the kidnapping of 3 workers", "a guard
    suffered injuries" (the bearer)."""
    if _has_no(tok) or _quantity_left(tok) is not None:
        return tok
    if (verb := bearer_verb(tok)) is not None:
        return tree.subject(verb)
    of_obj = _of_object(tok)
    if of_obj is not None:
        return of_obj
    if tok.lemma_.lower() == "hostage" and tok.head.lemma_.lower() in {"take", "hold", "seize"}:
        return _verb_victim(tok.head)
    return tok if tok.lemma_.lower() in NOUN_TRIGGERS else None


def _adjective_victim(tok):
    """ "left 3 dead", "two wounded soldiers", "five people were dead", "found dead"."""
    if _quantity_left(tok) is not None:
        return tok
    if tok.dep_ == "amod":
        return tok.head
    if tok.dep_ in {"acomp", "oprd", "xcomp", "advcl", "conj"}:
        return _verb_victim(tok.head) or tree.subject(tok.head)
    return _verb_victim(tok)


def _verb_victim(tok):
    """Passive subject, object, an intransitive's subject; conjuncts inherit their head's."""
    subject = tree.child(tok, "nsubj")
    if subject is not None and tok.lemma_.lower() in SUBJECT_VICTIM:
        return subject  # "four workers contracted anthrax": the object is the illness
    for dep in ("nsubjpass", "dobj"):
        if (child := tree.child(tok, dep)) is not None:
            return child
    if subject is not None and (tok.lemma_.lower() in INTRANSITIVE or _is_quantity(subject)):
        return subject
    if tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
        return _verb_victim(tok.head)
    if tok.dep_ in {"oprd", "advcl", "xcomp"} and tok.head.lemma_.lower() in {"leave", "render"}:
        return tree.child(tok.head, "dobj")  # "left several troops injured"
    if tok.dep_ in {"xcomp", "oprd"}:
        return tree.child(tok.head, "nsubjpass")  # "he was found executed"
    if tok.dep_ in {"amod", "acl"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head  # "the wounded soldiers", "three soldiers killed in the attack"
    return None


def _of_object(tok):
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return tree.child(prep, "pobj") if prep is not None else None


def _has_no(tok) -> bool:
    """ "no deaths", "no injuries or deaths", "no reports of injuries"."""
    if any(c.lower_ in {"no", "neither"} and c.dep_ in {"det", "preconj"} for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True  # "the fire was put out without injuries"
    if any(c.lower_ == "any" for c in tok.children) and tok.dep_ in {"dobj", "attr"}:
        return is_negated(tok.head)  # "did not cause any casualties"
    if tok.dep_ == "conj":
        return _has_no(tok.head) or any(c.lower_ == "nor" for c in tok.head.children)
    if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "on", "about"}:
        return _has_no(tok.head.head)
    return False


def _is_quantity(tok) -> bool:
    return tok.pos_ == "NUM" or tok.lower_ in vague() or _quantity_left(tok) is not None


def _left_words(tok) -> list:
    return list(tok.doc[tok.left_edge.i : tok.i + 1])


def _quantity_left(tok) -> Quantity | None:
    return parse_quantity([t.text for t in _left_words(tok)])


def is_negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def is_dated_aside(tok) -> bool:
    """ "the leader who was assassinated in 1987": a relative clause dated on its own is a
    past event mentioned in passing, not this event's toll."""
    if tok.dep_ not in {"relcl", "acl"}:
        return False
    return any(YEAR.fullmatch(t.text) for t in tok.subtree)


def is_irrealis(tok) -> bool:
    """Threats, attempts and modal predictions are not counts of what happened."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else None
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return True
    if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in IRREALIS_HEADS:
        return True
    if _is_intended(verb):
        return True
    return verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and is_irrealis(verb.head)


def _is_intended(verb) -> bool:
    """An infinitive of intent: "his aim was to kill", "a plot to kill", "in order to kill",
    "came to kill". A perfect infinitive ("is said to have killed") reports a fact."""
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False
    if any(c.lemma_.lower() == "have" for c in children):
        return False
    head = verb.head
    if verb.dep_ == "acl":
        return head.lemma_.lower() in INTENT_NOUNS
    if verb.dep_ == "advcl":  # purpose: "they stormed the hall to kill the minister"
        return not any(c.lower_ == "only" for c in children)  # "only to die later"
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "be":
        subject = tree.child(head, "nsubj")
        return subject is not None and subject.lemma_.lower() in INTENT_NOUNS
    return False


def is_person(tok) -> bool:
    """Whether a victim phrase names people (not "a town" or "the engine")."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if lower in SINGULAR_PRONOUNS | PLURAL_PRONOUNS | NOBODY or lower == "one":
        return True
    if tok.ent_type_ in {"PERSON", "NORP"} or _is_quantity(tok):
        return True
    return lower in PERSON_NOUNS or lemma in PERSON_NOUNS


def count_victim(head, trigger, field: str) -> Finding | None:
    """The count one victim phrase states or implies."""
    if _is_nobody(head):
        return _finding(field, head, trigger, (0, 0, 0), False, _phrase(head), general=True)
    if field != "fatalities" and head.lower_ in CORPSES:
        return None  # "five bodies were taken to hospital": the dead, not the injured
    if _is_harm_verb_lemma(trigger) and not _names_person(head):
        return None  # "two pieces of machinery were burned"
    if head.tag_ == "WP" and head.head.dep_ == "relcl":
        head = head.head.head  # "a man who was killed": count the antecedent
    words = _left_words(head)
    q = parse_quantity([t.text for t in words])
    if q is None and (of_obj := _of_object(head)) is not None:
        words = _left_words(of_obj)
        q = parse_quantity([t.text for t in words])
    if q is not None and is_animal(head):
        return None
    if q is not None and field == "fatalities":
        q = fatality_quantity(q, [t.text for t in words])
    if q is not None:
        first, last = words[q.start], words[q.end - 1]
        text = head.doc[first.i : last.i + 1].text
        return _finding(field, head, trigger, (q.best, q.low, q.high), False, text)
    return implied_count(head, trigger, field)


def implied_count(head, trigger, field: str) -> Finding | None:
    """No number: "no one" → 0, "a soldier"/"him" → 1, "soldiers"/"they" → 3 (ACLED)."""
    if head.i == trigger.i or _is_nominal(trigger) or not _may_be_victim(head, trigger):
        return None
    if head.lower_ in PLURAL_PRONOUNS or head.tag_ in {"NNS", "NNPS"} or head.lower_ == "police":
        return _finding(field, head, trigger, (3, 2, None), True, _phrase(head))
    return _finding(field, head, trigger, (1, 1, 1), False, _phrase(head))


def _is_nominal(trigger) -> bool:
    """ "the death of a farmer", "the murder of X": often a referenced, earlier event,
    so a nominal trigger counts only a stated number. An injury someone "suffered" is
    read as its clause's verb."""
    return trigger.pos_ in {"NOUN", "PROPN"} and bearer_verb(trigger) is None


def _may_be_victim(head, trigger) -> bool:
    """Killing, wounding and kidnapping take people as objects; capture and hurt need a check."""
    if head.lower_ in INANIMATE_PRONOUNS or head.ent_type_ in NON_PERSON_ENTS:
        return False
    if is_animal(head):
        return False
    if trigger.lemma_.lower() in NEEDS_PERSON or head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return is_person(head)
    return True


def is_animal(tok) -> bool:
    """ "killed several sheep": livestock is not a casualty."""
    return tok.lemma_.lower() in ANIMALS or tok.lower_ in ANIMALS


def _is_nobody(tok) -> bool:
    if tok.lower_ in NOBODY:
        return True
    return _has_no(tok)


def _phrase(tok) -> str:
    return tok.doc[tok.left_edge.i : tok.i + 1].text


def _finding(field, head, trigger, values, implicit_plural, text, general=False) -> Finding:
    quote, start, end = _span(head, trigger)
    return Finding(field, head.i, *values, implicit_plural, text, start, end, quote, general)


def _span(a, b) -> tuple[str, int, int]:
    """Text and char offsets covering tokens ``a`` and ``b`` and their left modifiers."""
    first = min(a.left_edge.i, b.i, a.i)
    last = max(a.i, b.i)
    span = a.doc[first : last + 1]
    return span.text, span.start_char, span.end_char


def _window_number(tok, field: str) -> list[Finding]:
    """ "3 killed", "12 dead": a number right before the trigger with no parse link."""
    start = max(tok.sent.start, tok.i - 2)
    words = list(tok.doc[start : tok.i])
    q = parse_quantity([t.text for t in words])
    if q is None:
        return []
    first = words[q.start]
    return [_finding(field, first, tok, (q.best, q.low, q.high), False, first.text)]
