"""Who did it to whom: choose an event's actors from its mentions, as ACLED codes them.

The roles found in the parse come first (agent, patient), then the subjects and objects of
the lead sentence; the codebook's defaults fill what the text leaves out (protesters for a
protest, civilians as the target of an attack), and the sides decide battle vs attack.

``choose_sides`` gives the kind and the two actors; ``claimed_actor`` then puts a group
that claimed the event (or that the report itself names as the suspect) in place of an
unidentified actor1, and ``associated_actors`` fills ACLED's assoc_actor_1/assoc_actor_2
(the coalition beside "US and coalition forces", Students beside Protesters).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from dateline.models import Actor, Evidence, Mention
from dateline.resolve.attribution.findings import MOTIVE_LABELS
from dateline.vocabulary import naming as act
from dateline.vocabulary.actors import named_actors
from dateline.vocabulary.taxonomy import KINDS, EventKind

CROWD_INTER = {"Protests": act.PROTESTERS, "Riots": act.RIOTERS}
ALL = frozenset(range(1, 9))
# Whom a demonstration can be coded against: the forces that intervened, or rioters' targets.
PROTEST_TARGETS = {"Protests": frozenset({1}), "Riots": frozenset({1, 3, 7, 8})}
CIVILIAN_TARGET = frozenset(
    {"Attack", "Abduction/forced disappearance", "Sexual violence", "Looting/property destruction"}
)
POLICE_TARGET = frozenset({"Protest with intervention", "Excessive force against protesters"})
ARMED_DEFAULT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


ARMED_INTER = frozenset({1, 2, 3, 4, 8})
CLEAR_CUE = 0.8
CROWD_WORDS = frozenset(
    "mob mobs crowd crowds villagers residents youths youth locals rioters supporters "
    "inhabitants people group groups community communities".split()
)
MAX_ASSOCIATES = 4
# Trigger words for a fight between two sides, where no patient means "with each other".
RECIPROCAL = re.compile(r"\b(clash|fight|battl|skirmish|exchang|gunfight|firefight)", re.I)
# Conjunctions between two actors in one phrase: "US and coalition forces".
CONJUNCTION = re.compile(r"\s*(?:,|\band/or\b|\band\b|\bor\b|\balongside\b)\s*", re.I)


def choose_sides(
    mentions: list[Mention], lead: Mention, kind: EventKind, country: str | None
) -> tuple[EventKind, Actor | None, Actor | None]:
    """The event's kind (the sides may change it) and its two actors."""
    actor1, actor2 = _actors(mentions, lead, country)
    kind, actor2 = _by_sides(kind, lead, actor1, actor2, country, mentions)
    riot = kind.event_type == "Riots"
    open_side = actor2 is None or (riot and actor2.inter == act.CIVILIANS)
    if kind.event_type in CROWD_INTER and open_side and not _mutinous(mentions):
        # police who fought or dispersed rioters are their other side, not those hurt
        actor2 = _intervening_forces(mentions, country, riot=riot) or actor2
        if actor2 is not None and kind.sub_event_type == "Peaceful protest":
            kind = KINDS["protest_intervention"]  # forces that stepped in end a peaceful one
    defenders = _is_mob(kind.sub_event_type, actor1) and _against_armed_group(actor2)
    if _is_mob(kind.sub_event_type, actor1) and (_communal_fight(kind, actor1) or defenders):
        # communities that fight armed (farmers and herders, clans) are communal militias
        actor1 = _communal(replace(actor1, inter=act.CIVILIANS), country)
        if actor2 is not None and actor2.inter == act.CIVILIANS:
            actor2 = _communal(actor2, country)
    elif _is_mob(kind.sub_event_type, actor1):
        kind = KINDS["mob_violence"]
        actor1 = _as_crowd(actor1, act.RIOTERS, country)
    if kind.event_type == "Battles":
        spans = [span for m in [lead, *mentions] for span in _actor_spans(m)]
        actor2 = _named_other(actor2, actor1, spans, country)
        actor2 = _not_own_men(actor1, actor2, [lead, *mentions], country)
    if kind.event_type in ("Battles", "Explosions/Remote violence"):
        actor2 = _group_referred_to(actor2, actor1, [lead, *mentions])
    if kind.sub_event_type == "Armed clash" and actor2 is None and _armed(actor1):
        actor2 = _rival_faction(actor1, mentions, country) or _forces_in(lead, actor1, country)
        actor2 = actor2 or _unnamed_opponent(actor1, country)
    if kind.event_type == "Battles":
        actor1, actor2 = _communal_sides(actor1, actor2)
        actor1, actor2 = _attacker_first(lead, mentions, actor1, actor2, country)
    actor1 = _crowd_as_typed(kind, actor1, country)
    actor1 = _leader_country(actor1, actor2, lead, country)
    actor1, actor2 = _ethnic_home(actor1, country), _ethnic_home(actor2, country)
    actor1, actor2 = (_home_forces(a, mentions) for a in (actor1, actor2))
    # the record's PLOVER fields are the lead mention's: its recipient goes with them
    lead.plover = replace(lead.plover, target=plover_target(lead, actor1, actor2, country))
    return kind, actor1, actor2


def _leader_country(
    actor1: Actor | None, actor2: Actor | None, lead: Mention, country: str | None
) -> Actor | None:
    """A leader named by title alone ("President X threatened to ban Ugandan parties") in an
    article that places nothing: the state the sentence names, other than a target state's,
    is the leader's own. With no such state the government stays of unknown country."""
    if actor1 is None or actor1.country_iso or actor1.inter not in (act.STATE, act.EXTERNAL):
        return actor1
    if not actor1.name.startswith("Government"):
        return actor1
    state_target = actor2 is not None and actor2.inter in (act.STATE, act.EXTERNAL)
    target = actor2.country_iso if state_target and actor2 is not None else None
    text = _without_reporter(lead.sentence.text)
    for code, _, _ in act.states_named(text):
        if code != target:
            state = act.EXTERNAL if country and code != country else act.STATE
            return replace(actor1, name=f"Government of {act.country_name(code)}",
                           country_iso=code, inter=state)  # fmt: skip
    return actor1


# "ethnic Albanians", "the Turkish minority": a people named for a state they live outside.
ETHNIC = re.compile(r"\bethnic\s+[A-Z]|\b[A-Z][a-z]+\s+minority\b", re.I)


def _ethnic_home(actor: Actor | None, country: str | None) -> Actor | None:
    """An ethnic group's crowd or people belong where they live, the event's country, not
    the state their name recalls ("ethnic Albanians demonstrated in Serbia" → Serbia)."""
    if actor is None or country is None or actor.country_iso in (None, country):
        return actor
    if actor.inter not in (act.RIOTERS, act.PROTESTERS, act.CIVILIANS, act.IDENTITY_MILITIA):
        return actor
    if not ETHNIC.search(actor.text or "") or not actor.name.endswith(")"):
        return actor
    label = act.country_name(country)
    name = re.sub(r"\([^()]*\)$", f"({label})", actor.name)
    return replace(actor, name=name, country_iso=country)


def _against_armed_group(actor2: Actor | None) -> bool:
    """Villagers or youths who fight rebels or militants are a local defence militia, an
    identity militia in the codebook, not a mob: a mob's targets are unarmed."""
    return actor2 is not None and actor2.inter in (act.REBEL, act.POLITICAL_MILITIA)


def _home_forces(actor: Actor | None, mentions: list[Mention]) -> Actor | None:
    """A state's own forces ("the Burkinabe army") read as external only because the event
    was placed in another country: with nothing in the text sending them abroad (no
    deployment, no other state named) and no record of expeditions, they act at home."""
    if actor is None or actor.inter != act.EXTERNAL or not actor.country_iso:
        return actor
    if not actor.name.startswith(("Military Forces of", "Police Forces of")):
        return actor
    if actor.country_iso in _expeditionary() | POWERS_ABROAD:
        return actor
    if _abroad(mentions, actor.country_iso):
        return actor
    return replace(actor, inter=act.STATE)


# States whose forces routinely strike or operate outside their borders (air campaigns,
# cross-border operations, occupations): abroad, their reported place is to be believed.
POWERS_ABROAD = frozenset("US RU FR GB TR IL SA AE IR".split())


def _crowd_as_typed(kind: EventKind, actor1: Actor | None, country: str | None) -> Actor | None:
    """ACLED names a demonstration's crowd by the event's final type: rioters for a riot,
    protesters for a protest, whatever the crowd was called while the type was settled."""
    crowd = CROWD_INTER.get(kind.event_type)
    if crowd is None or actor1 is None or actor1.inter not in CROWD_INTER.values():
        return actor1
    return actor1 if actor1.inter == crowd else _as_crowd(actor1, crowd, country)


def plover_target(
    lead: Mention, actor1: Actor | None, actor2: Actor | None, country: str | None
) -> Actor | None:
    """PLOVER's recipient: actor2 when there is one; otherwise whom the act is aimed at.

    ACLED codes a peaceful protest, a threat or a sanction with no second side, but PLOVER
    names the party pressed: "protested against Sweden's decision" → Sweden's government.
    That is the first state the sentence names after the trigger (another than the doer's
    when there is one); with none, the government of the country where it happened, which
    is whom a crowd or a decree addresses there.
    """
    own = actor1.country_iso if actor1 is not None else None
    if actor2 is not None and actor2.country_iso and not _own_side(actor1, actor2):
        return actor2
    text = _without_reporter(lead.sentence.text)
    trigger_at = lead.trigger.start - lead.sentence.start
    named = act.states_named(text)
    after = [(code, words) for code, words, start in named if start > trigger_at]
    others = [hit for hit in after if hit[0] != own]
    for code, words in others or ([] if actor2 is not None else after):
        return _state_target(code, words, country)
    if actor2 is not None:
        return actor2
    home = country or own
    if home is not None and home == own:
        # the doer's own state is no target when the sentence names another one
        doer = (actor1.text or "") if actor1 is not None else ""
        for code, words, _ in named:
            if code != own and words not in doer:
                return _state_target(code, words, country)
    return _state_target(home, None, country) if home else None


def _own_side(actor1: Actor | None, actor2: Actor) -> bool:
    """Whether actor2 is the government's own state ("Britain mobilized army reservists"):
    its forces or programmes are the means of the act, not the party it is aimed at."""
    state = (act.STATE, act.EXTERNAL)
    return (
        actor1 is not None
        and actor1.name.startswith("Government")
        and actor2.inter in state
        and actor1.country_iso == actor2.country_iso
    )


# The reporting clause that closes a news sentence: ", Thai police said", "according to ...".
REPORTER = re.compile(
    r"(?:,\s*(?:[^,]{0,80}?\b(?:said|says|say|reported|reports|told|announced|added|"
    r"confirmed|stated)\b[^,]*|according to [^,]*)|\s+according to\b.*)\.?\s*$",
    re.I,
)


def _without_reporter(text: str) -> str:
    """The sentence without its closing reporting clause: whoever reported the act (and
    the country they spoke from) is neither side of it."""
    return REPORTER.sub("", text) or text


def _state_target(code: str, words: str | None, country: str | None) -> Actor:
    """The government of a state named as the target ("Sweden", "the Russian government")."""
    state = act.EXTERNAL if country and code != country else act.STATE
    return Actor(f"Government of {act.country_name(code)}", code, state, words)


def _actors(
    mentions: list[Mention], lead: Mention, country: str | None
) -> tuple[Actor | None, Actor | None]:
    armed = lead.event_type in ARMED_DEFAULT
    agents = [lead.agent, *(m.agent for m in mentions)]
    actor1 = _first_actor(agents[:1], country, armed=armed)
    if actor1 is None and armed:
        # the lead's own armed subject before a later sentence's doer: "militants aboard a
        # vehicle attacked the base ...; soldiers repulsed them" was begun by the militants
        before = [span for span in lead.subjects if span.end <= lead.trigger.start]
        actor1 = _first_actor(before, country, armed_only=True, armed=armed)
    actor1 = actor1 or _first_actor(agents[1:], country, armed=armed)
    subjects = [*lead.subjects, *(s for m in mentions for s in m.subjects)]
    actor1 = actor1 or _first_actor(subjects, country, armed_only=True, armed=armed)
    actor1 = actor1 or _preverbal_doer(lead, country)
    actor1 = _named_instead(actor1, [*agents, *subjects], country)
    hit_thing = None
    if armed and _thing_hit(actor1):
        # "an army vehicle struck an IED": the forces' vehicle or post was the target
        hit_thing, actor1 = actor1, None
    if lead.event_type in ARMED_DEFAULT or lead.sub_event_type in CIVILIAN_TARGET:
        actor1 = _affiliated(actor1, [lead, *mentions], country)
    patients = [lead.patient, *(m.patient for m in mentions)]
    actor1 = _title_only(actor1, patients)
    # rioters who beat people: the crowd (civilians until named rioters) and its victims are
    # two sides, though both read as civilians here
    mob = lead.event_type == "Riots" and actor1 is not None and actor1.inter == act.CIVILIANS
    mob = mob and not RECIPROCAL.search(lead.trigger.text)  # people who fight each other
    other_than = None if mob else actor1
    actor2 = _first_actor(patients, country, armed=armed, against=other_than)
    objects = _object_phrases([lead, *mentions])
    actor2 = actor2 or _first_actor(objects, country, armed=armed, against=other_than)
    if mob and actor2 is not None and actor1 is not None and actor2.text == actor1.text:
        actor2 = None  # the crowd itself, read twice by the parse
    actor2 = _more_specific(actor2, [*patients, *objects], country)
    if hit_thing is not None and (actor2 is None or actor2.inter == act.CIVILIANS):
        actor2 = hit_thing
    if RECIPROCAL.search(lead.trigger.text):
        actor1, actor2 = _reciprocal(actor1, actor2, [*agents, *subjects], country)
        # civilians who fight each other ("herders and farmers clashed") are communal militias
        if actor1 is not None and actor1.inter == act.CIVILIANS and actor2 is None:
            other = _first_actor(patients, country, armed=armed)  # the same kind of people
            actor2 = other if other is not None and other.text != actor1.text else None
        if all(a is None or a.inter == act.CIVILIANS for a in (actor1, actor2)):
            actor1, actor2 = (_communal(a, country) if a else None for a in (actor1, actor2))
    actor1 = _armed_doer(actor1, lead, country)
    same = actor1 is not None and actor2 is not None and actor1.name == actor2.name
    if same and actor1.inter != act.IDENTITY_MILITIA and not mob:
        actor2 = None  # two communal militias of one country may share ACLED's name
    crowd = CROWD_INTER.get(lead.event_type)
    if crowd is not None and _mutiny(actor1, mentions):
        # mutinous soldiers are the crowd itself, not the forces it met: no second side
        actor2 = None
    elif crowd is not None and actor1 is not None and actor1.inter == act.STATE:
        # "police dispersed the crowd": the forces are the other side of a demonstration
        actor1, actor2 = None, actor2 or actor1
    if crowd is not None and actor2 is not None and _no_side(actor2.text):
        actor2 = None  # a burned police station, "the murder of a policeman": no side
    if crowd is not None and (actor1 is None or actor1.inter != crowd):
        # ACLED names the crowd by its role; who they were goes to the associated actor.
        actor1 = _as_crowd(actor1, crowd, _crowd_country(lead, country))
    if actor2 is not None and actor2.name.startswith("Government") and _one_sided(lead):
        # officials attacked or abducted are civilians in ACLED (the office is associated)
        actor2 = replace(act.default_actor(act.CIVILIANS, country), text=actor2.text)
    if actor2 is not None and actor2.inter not in PROTEST_TARGETS.get(lead.event_type, ALL):
        actor2 = None
    if lead.sub_event_type == "Peaceful protest":
        actor2 = None  # whom a peaceful protest addresses is no side of it in ACLED
    if actor1 is None and (lead.event_type == "Battles" or lead.sub_event_type in STATE_ARMS):
        actor1 = _forces_named(lead, actor2, country)
    if actor1 is None and lead.event_type == "Violence against civilians":
        actor1 = _forces_named(lead, actor2, country, before_only=True)
    if actor1 is None and lead.plover.event in PRESSURE:
        actor1 = _first_state(subjects, country)  # "Iraq's government announced a curfew"
    if lead.sub_event_type == REGAINS and (actor1 is None or actor1.inter != act.STATE):
        actor1 = _state_forces(country)  # the codebook's sub-type names the government's side
    if actor2 is None and lead.event_type in ("Battles", "Explosions/Remote violence"):
        actor2 = _fired_at(lead, actor1, country) or _state_site_fired_at(lead, actor1, country)
    if actor1 is None and actor2 is None and _nameless_fight(lead, [*agents, *subjects]):
        actor1 = _state_forces(country)
        if lead.event_type == "Battles":  # a battle has two sides; shelling may have one
            actor2 = act.default_actor(act.POLITICAL_MILITIA, country)
    actor1 = actor1 or _with_text(_default_actor1(lead, country), agents, country)
    if actor1 is None and lead.event_type == "Strategic developments":
        actor1 = _ruling_state(lead, country)
    actor1, actor2 = _communal_dispute(lead, mentions, actor1, actor2, country)
    if actor2 is None and lead.event_type == "Explosions/Remote violence" and _hurt(mentions):
        actor2 = act.default_actor(act.CIVILIANS, country)  # people hit, none said armed
    if actor2 is None and lead.sub_event_type in CIVILIAN_TARGET:
        actor2 = act.default_actor(act.CIVILIANS, country)
    if actor2 is not None and actor2.inter == act.CIVILIANS and not actor2.text:
        actor2 = _with_text(actor2, [*patients, *objects], country)
    if actor2 is None and lead.sub_event_type in POLICE_TARGET:
        actor2 = act.police(country)
    if actor2 is None and lead.event_type == "Battles":
        actor2 = _named_opponent(lead, actor1, country)
    if actor2 is None and lead.plover.event in PRESSURE and lead.sub_event_type != MOVEMENT:
        actor2 = _pressed_state(lead, actor1, country)
    if _sole_doer(lead, actor1, actor2):
        actor1, actor2 = actor2, None  # "Soldiers were seen ...": the forces are the doers
    return actor1, actor2


# Words that make a phrase before the verb no doer: its preposition or a passive auxiliary.
NOT_DOER_BEFORE = frozenset("by on against at with of from to in near after".split())
PASSIVE_BETWEEN = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get)\b", re.I)


def _preverbal_doer(lead: Mention, country: str | None) -> Actor | None:
    """An armed phrase the parse took for an object though it stands before an active
    transitive verb ("presumed X militants executed a trader", "presumed" read as a
    verb): in English word order the phrase before the verb, with the victim after it and
    no passive auxiliary between, is the verb's subject, so it did the act."""
    if lead.patient is None or lead.patient.start < lead.trigger.end:
        return None  # no object after the verb: a headline passive ("two soldiers killed")
    text = lead.sentence.text
    offset = lead.sentence.start
    for span in lead.objects:
        if span.end > lead.trigger.start:
            continue
        before = text[: span.start - offset].split()[-1:]
        if before and before[0].lower() in NOT_DOER_BEFORE:
            continue
        if PASSIVE_BETWEEN.search(text[span.end - offset : lead.trigger.start - offset]):
            continue
        found = _best_part(span.text, country, armed=True)
        if found is not None and found.inter in ARMED_INTER:
            return replace(found, text=span.text)
    return None


def _named_other(
    actor2: Actor | None, actor1: Actor | None, spans: list[Evidence | None], country: str | None
) -> Actor | None:
    """An unidentified other side the report names elsewhere ("presumed X militants
    attacked ...; the gendarmes repelled the militants"): the named group fought."""
    if actor2 is None or not actor2.name.startswith("Unidentified Armed Group"):
        return actor2
    for span in spans:
        named = act.named_in(span.text) if span is not None else []
        if named and named[0].inter in ARMED_INTER:
            found = act.resolve_actor(span.text, country)
            if found is not None and (actor1 is None or found.name != actor1.name):
                return replace(found, text=span.text)
    return actor2


# Bare words for a non-state side, which a report uses for a group it names beside them.
GENERIC_FIGHTERS = frozenset("militant militants fighter fighters insurgent insurgents".split())


def _group_referred_to(
    actor2: Actor | None, actor1: Actor | None, mentions: list[Mention]
) -> Actor | None:
    """Unnamed "militants" hit by forces in sentences that name the group ("airstrikes on
    ISGS militant positions ... five militants killed", "encountered LeT militants ... two
    militants were killed"): the bare noun refers back to the non-state group named with
    it, which ACLED codes as the side, not an unidentified armed group."""
    if actor2 is None or not actor2.name.startswith("Unidentified Armed Group"):
        return actor2
    words = set(re.findall(r"[a-z]+", (actor2.text or "").lower()))
    if not words & GENERIC_FIGHTERS or act.named_in(actor2.text or ""):
        return actor2
    for text in _sentence_texts(mentions):
        for named in act.named_in(text):
            if named.inter not in (act.REBEL, act.POLITICAL_MILITIA, act.IDENTITY_MILITIA):
                continue
            if actor1 is not None and named.name == actor1.name:
                continue
            country = named.country_iso or actor2.country_iso
            return Actor(named.name, country, named.inter, actor2.text)
    return actor2


# Words by which a report refers back to a group it has named: "the assailants".
BACK_REFERENCE = frozenset(
    "assailant assailants attacker attackers militant militants fighter fighters gunmen "
    "gunman insurgents insurgent".split()
)


def _not_own_men(
    actor1: Actor | None, actor2: Actor | None, mentions: list[Mention], country: str | None
) -> Actor | None:
    """A named group's attackers referred back to ("X militants attacked the police
    station; the assailants were repelled") are X's own men, not its foe: the foe is the
    state force the sentences name (the police of the station, the gendarmes), if any."""
    if actor1 is None or actor2 is None or actor1.inter not in (act.REBEL, act.POLITICAL_MILITIA):
        return actor2
    if actor1.name.startswith("Unidentified") or not actor2.name.startswith("Unidentified"):
        return actor2
    words = set(re.findall(r"[a-z]+", (actor2.text or "").lower()))
    if not words & BACK_REFERENCE or act.named_in(actor2.text or ""):
        return actor2
    for mention in mentions:
        for match in FORCES.finditer(mention.sentence.text):
            words = match.group(1).split()
            verb = (w.lower() in PHRASE_BREAKS or w.endswith(("ed", "ing")) for w in words[:-1])
            cut = max((i + 1 for i, is_verb in enumerate(verb) if is_verb), default=0)
            phrase = " ".join(words[cut:])  # "attacked the police" → "the police"
            found = act.resolve_actor(phrase, country, armed=True)
            if found is not None and found.inter in (act.STATE, act.EXTERNAL):
                return replace(found, text=phrase)
    return None


# Strategic developments ACLED codes with the forces that moved, deployed, signed or set off
# a device alone: an armed actor the parse found only as an object or a passive subject
# ("reinforcements were sent", "a shell exploded, injuring 3 Taliban militants") is the doer.
def _sole_doer(lead: Mention, actor1: Actor | None, actor2: Actor | None) -> bool:
    """Whether the only actor found, as the object, is the forces that did a strategic
    development alone. A government or a state pressed by a threat or sanction is the
    party acted upon, never its doer."""
    if actor1 is not None or actor2 is None or not _armed(actor2):
        return False
    if actor2.name.startswith("Government"):
        return False
    if lead.plover.event in PRESSURE and lead.sub_event_type not in FORCES_ALONE:
        return False
    return lead.sub_event_type in SOLE_DOER_KINDS


# Developments only forces make, whatever PLOVER reads them as: movements, defusals.
FORCES_ALONE = frozenset({"Change to group/activity", "Disrupted weapons use"})


SOLE_DOER_KINDS = frozenset(
    {"Change to group/activity", "Disrupted weapons use", "Agreement", "Other"}
)


# What forces do to a gathering they step into: ACLED's "intervention".
INTERVENTION = re.compile(
    r"\b(dispers\w*|arrest\w*|detain\w*|tear\s?gas|rubber bullets|water cannon|fired|"
    r"opened fire|clash\w*|broke up|break up|breaking up|stopp\w*|prevent\w*|remov\w*|"
    r"baton\w*|beat|beating|charged|interven\w*|cracked down|blocked|chased|pushed|"
    r"deterr\w*|repel\w*|respond\w*|confront\w*|faced off|shot|shooting|live rounds)\b",
    re.I,
)


def _sentence_texts(mentions: list[Mention]) -> list[str]:
    """The mentions' sentences, each once, in order (a sentence may hold several mentions)."""
    return list(dict.fromkeys(m.sentence.text for m in mentions))


def _intervening_forces(
    mentions: list[Mention], country: str | None, *, riot: bool
) -> Actor | None:
    """The state forces a demonstration met, the other side ACLED codes for it: police who
    dispersed, arrested or fired at the crowd; for a riot, the police it fought or stoned."""
    for text in _sentence_texts(mentions):
        for match in FORCES.finditer(text):
            near = text[max(0, match.start() - 60) : match.end() + 60]
            if not (INTERVENTION.search(near) or (riot and RIOT_AT.search(near))):
                continue
            if re.match(r"\s+(custody|cells?)\b", text[match.end() :]):
                continue
            words = match.group(1).split()
            cut = max((i + 1 for i, w in enumerate(words) if w.lower() in PHRASE_BREAKS), default=0)
            phrase = " ".join(words[cut:])
            found = act.resolve_actor(phrase, country, armed=True)
            if found is not None and found.inter in (act.STATE, act.EXTERNAL):
                return replace(found, text=phrase)
    return None


def _title_only(actor: Actor | None, patients: list[Evidence | None]) -> Actor | None:
    """A leader named by title alone ("President X threatened Y") took the event's country
    by default; when the target names that very country, the leader is of another state,
    which the text does not say: a government of unknown country, so Y stays the target."""
    if actor is None or actor.inter not in (act.STATE, act.EXTERNAL) or not actor.text:
        return actor
    if not actor.name.startswith("Government") or act.own_country(actor.text):
        return actor
    named = {act.own_country(span.text) for span in patients if span is not None}
    if actor.country_iso is not None and actor.country_iso in named:
        return Actor("Government", None, act.STATE, actor.text)
    return actor


# A side's things that cannot act: its vehicles, posts and stations, hit or attacked.
THINGS = re.compile(
    r"\b(?:vehicles?|trucks?|cars?|buses|posts?|outposts?|stations?|bases?|"
    r"checkpoints?|barracks|garrisons?|positions?|headquarters|camps?|convoys?)$",
    re.I,
)


def _thing_hit(actor: Actor | None) -> bool:
    """Whether a state side's words name a thing of its, not people: "an army vehicle",
    "Police post in X". A thing never acts, so it is the side acted upon."""
    if actor is None or actor.inter not in (act.STATE, act.EXTERNAL) or not actor.text:
        return False
    head = re.split(r"\s+(?:in|near|at|of|on|along|between|from)\s+|,", actor.text)[0]
    return bool(THINGS.search(head.strip()))


REGAINS = "Government regains territory"
# Measures only a government takes: a curfew imposed, an emergency declared, a court shut.
STATE_MEASURE = re.compile(
    r"\b(curfews?|state of (?:emergency|siege)|martial law|decree[ds]?|lockdowns?|"
    r"closed down|shut down|suspended|banned)\b",
    re.I,
)


# Words for doers that say nothing of who they are: "unknown individuals", "two men".
ANONYMOUS_DOERS = frozenset("man men individual individuals person persons someone".split())


def _armed_doer(actor: Actor | None, lead: Mention, country: str | None) -> Actor | None:
    """ACLED never codes civilians as the doers of armed violence: "unknown individuals"
    or "men in a car" who attacked are an unidentified armed group (a crowd that attacked
    is a mob, read later; civilians who fight each other are communal militias)."""
    if actor is None or actor.inter != act.CIVILIANS or lead.event_type not in ARMED_DEFAULT:
        return actor
    if not actor.name.startswith("Civilians"):
        return actor
    unknown = act.default_actor(act.POLITICAL_MILITIA, country)
    if actor.text and _suffered(actor.text, lead.sentence.text):
        return unknown  # "a herder went missing": the victim, the doer unnamed
    words = set(re.findall(r"[a-z]+", (actor.text or "").lower()))
    if not words & ANONYMOUS_DOERS:
        return actor  # "striking students", "citizens": people of a known kind, a crowd
    return replace(unknown, text=actor.text)


# What befalls a victim, said of the subject: "went missing", "was found dead", "died".
SUFFERED = re.compile(
    r"^\s*(?:(?:\w+ly|also|later|reportedly)\s+)?(?:went missing|disappeared|died|"
    r"(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:found|killed|shot|"
    r"murdered|abducted|kidnapped|wounded|injured|attacked|beaten|stabbed|hacked|taken))\b",
    re.I,
)


def _suffered(text: str, sentence: str) -> bool:
    """Whether the sentence says the phrase's people suffered the act (a passive or
    unaccusative reading the parse took for the doer)."""
    at = sentence.find(text)
    return at >= 0 and bool(SUFFERED.match(sentence[at + len(text) :]))


def _ruling_state(lead: Mention, country: str | None) -> Actor | None:
    """A measure no one is said to have taken ("a curfew was imposed") is the government's."""
    if country is None or not STATE_MEASURE.search(lead.sentence.text):
        return None
    return Actor(f"Government of {act.country_name(country)}", country, act.STATE)


# Mutinous soldiers or police: the forces themselves are the crowd.
MUTINY = re.compile(r"\bmutin(?:y|ies|ied|ous|eers?|ying)\b", re.I)
# What a crowd destroys or protests about is no side of it: buildings, a killing, an arrest.
PROPERTY = re.compile(
    r"\b(stations?|offices?|buildings?|blocks?|headquarters|houses?|homes?|premises|"
    r"vehicles?|cars?|trucks?|stores?|shops?|schools?|property|properties|posts?|barracks|"
    r"bases?|camps?|checkpoints?|residences?|compounds?|facilit(?:y|ies))\s*$",
    re.I,
)
GRIEVANCE = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:alleged\s+)?(?:murder|killing|death|arrest|detention|"
    r"release|abduction|kidnapping|dismissal|sentencing|imprisonment|rape|beating|"
    r"shooting|assassination)s?\s+of\b",
    re.I,
)
# A fight between communities: ACLED's communal (identity) militias, even when unnamed.
COMMUNAL_CUE = re.compile(
    r"\b(?:(?:land|boundary|grazing|farmland|pasture|water|cattle|chieftaincy|"
    r"inheritance)\s+(?:disputes?|conflicts?|rows?|issues?|feuds?|quarrels?|wrangles?)|"
    r"inter-?communal|communal|inter-?ethnic|inter-?clan|inter-?tribal|clan\s+feuds?|"
    r"between\s+the\s+(?:two\s+)?(?:villages|communities|clans|tribes))\b",
    re.I,
)
# Where fire was aimed: "fired mortars at the positions of X", "shelled the bases of X".
FIRED_AT = re.compile(
    r"\b(?:at|on|against|targeting|targeted|toward|towards)\s+(?:the\s+)?"
    r"(?:positions?|bases?|posts?|outposts?|camps?|strongholds?|hideouts?|trenches|"
    r"locations?|lines?)\s+(?:of|held\s+by|belonging\s+to)\s+(.+?)"
    r"(?=\s+(?:in|near|at|around|along|on|with|assumed|reportedly|who|which)\b|[,.;(]|$)",
    re.I,
)
# A fight the report saw but named no one in: gunfire heard, explosions observed.
NAMELESS = frozenset({"Armed clash", "Shelling/artillery/missile attack"})


def _state_forces(country: str | None) -> Actor:
    """ACLED's military forces of the event's country."""
    label = act.country_name(country)
    return Actor(f"Military Forces of {label}" if label else "Military Forces", country, act.STATE)


def _mutiny(actor1: Actor | None, mentions: list[Mention]) -> bool:
    """State forces doing a demonstration's acts in a report of mutiny: they are the crowd."""
    if actor1 is None or actor1.inter not in (act.STATE, act.EXTERNAL):
        return False
    return _mutinous(mentions)


def _mutinous(mentions: list[Mention]) -> bool:
    """Whether the event's sentences report a mutiny: the forces named are the crowd."""
    return any(MUTINY.search(m.sentence.text) for m in mentions)


def _no_side(text: str | None) -> bool:
    """A crowd's object that is property or a grievance, not people it fought."""
    if text and PROPERTY_OF.search(text):
        return True  # "the property of another villager", "homes of the officials"
    return bool(text) and bool(PROPERTY.search(text) or GRIEVANCE.search(text))


PROPERTY_OF = re.compile(
    r"^(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[a-z]+\s+)?(?:property|properties|"
    r"homes?|houses?|shops?|stores?|vehicles?|cars?|offices?|residences?|belongings|fields?|"
    r"crops|granaries|huts?)\s+(?:of|belonging\s+to)\b",
    re.I,
)


def _fired_at(lead: Mention, actor1: Actor | None, country: str | None) -> Actor | None:
    """The armed side whose positions were fired on, named in a prepositional phrase the
    parse leaves out of the roles ("fired mortars at the positions of X")."""
    for match in FIRED_AT.finditer(lead.sentence.text):
        found = _best_part(match.group(1), country, armed=True)
        if found is None or found.inter not in ARMED_INTER:
            continue
        if actor1 is not None and found.name == actor1.name and not _other_state(match[1], actor1):
            continue  # the same side, unless the phrase names the other state
        return replace(found, text=match.group(1))
    return None


# Fire aimed at a state's sites named by an adjective: "fired at governmental positions",
# "shelled army posts", "attacked Ukrainian positions".
STATE_SITE = re.compile(
    r"\b(?:at|on|against|targeting|targeted|toward|towards)\s+(?:the\s+|an?\s+)?"
    r"((?:[A-Z][a-z]+\s+)?(?:government(?:al)?|army|military|regime|state)|[A-Z][a-z]+)\s+"
    r"(?:positions?|bases?|posts?|outposts?|camps?|checkpoints?|barracks|trenches)\b"
)


def _state_site_fired_at(lead: Mention, actor1: Actor | None, country: str | None) -> Actor | None:
    """The state forces whose positions were fired on, named by an adjective before the
    site ("fired mortars at the governmental positions", "at Somali army bases"): a site
    only armed men hold."""
    for match in STATE_SITE.finditer(lead.sentence.text):
        words = match.group(1).split()
        if words[0][0].isupper() and act.own_country(words[0]) is None:
            continue  # "at Kaya positions": a place, not a state
        if words[-1].lower() not in ("army", "military"):
            words = [*words[:-1], "forces"] if len(words) > 1 else [words[0], "forces"]
            if words[0].lower().startswith("government"):
                words = ["army"]  # "governmental positions": the state's own forces
        found = act.resolve_actor(" ".join(words), country, armed=True)
        if found is None or found.inter not in (act.STATE, act.EXTERNAL):
            continue
        if actor1 is not None and found.name == actor1.name:
            continue
        return replace(found, text=match.group(0).split(None, 1)[1])
    return None


def _other_state(text: str, actor1: Actor) -> bool:
    """Whether the phrase names its own state where actor1's words name none."""
    return bool(act.own_country(text)) and not act.own_country(actor1.text or "")


def _nameless_fight(lead: Mention, spans: list[Evidence | None]) -> bool:
    """An exchange of fire or shelling the report names no side of (an observer counting
    explosions): the state's forces hold one side of any front line, so they are actor1,
    the other unidentified. Only when no one at all is named as doer."""
    text = lead.sentence.text
    if lead.sub_event_type not in NAMELESS or UNNAMED_DOER.search(text):
        return False
    if COMMUNAL_CUE.search(text):
        return False  # a fight between communities: their militias, read later
    if act.named_in(text):
        return False
    return not any(
        span is not None and act.resolve_actor(span.text, None, armed=True) for span in spans
    )


# Words that say a doer was there but unknown: "fire by an unknown party", "gunmen".
UNNAMED_DOER = re.compile(
    r"\b((?:unknown|unidentified)\s+(?:armed\s+)?(?:party|parties|groups?|actors?|persons?|"
    r"individuals?|men|perpetrators?|forces?)|armed groups?|gunm[ae]n|militants?|assailants?|"
    r"attackers?|rebels?|insurgents?|bandits?|fighters?|militias?|jihadists?)\b",
    re.I,
)


def _communal_dispute(
    lead: Mention,
    mentions: list[Mention],
    actor1: Actor | None,
    actor2: Actor | None,
    country: str | None,
) -> tuple[Actor | None, Actor | None]:
    """Unnamed armed men in a land dispute or communal clash are communal militias, as the
    codebook codes community-based armed groups (identity militias, inter 4)."""
    generic = actor1 is not None and actor1.name.startswith("Unidentified Armed Group")
    if not generic or not any(COMMUNAL_CUE.search(m.sentence.text) for m in mentions):
        return actor1, actor2
    label = act.country_name(country)
    militia = Actor(
        f"Communal Militia ({label})" if label else "Communal Militia",
        country,
        act.IDENTITY_MILITIA,
        actor1.text,
    )
    if lead.event_type == "Battles" and (actor2 is None or actor2.name == actor1.name):
        actor2 = replace(militia, text=None)
    return militia, actor2


def _communal_sides(
    actor1: Actor | None, actor2: Actor | None
) -> tuple[Actor | None, Actor | None]:
    """A fight whose one named side is a communal militia ("clashes between two tribal
    militias") and whose other the text leaves unnamed: communities fight communities, so
    the codebook's other side is a communal militia too, not an unidentified armed group."""
    one, other = (actor1, actor2) if _communal_side(actor1) else (actor2, actor1)
    if one is None or not _communal_side(one) or not _unnamed_armed(other):
        return actor1, actor2
    twin = replace(one, text=None)
    return (one, twin) if one is actor1 else (twin, one)


# Verbs of holding off an attack: their subject is the defender, not the side that began it.
REPEL = re.compile(
    r"^(?:repel\w*|repuls\w*|fought off|fight\w* off|beat back|beaten back|push\w* back|"
    r"thwart\w*|foil\w*)",
    re.I,
)
# "an attack by Taliban militants": who made the attack that was held off.
ATTACK_BY = re.compile(
    r"\b(?:attacks?|assaults?|offensives?|raids?|incursions?|ambush(?:es)?)\s+(?:by|from)\s+"
    r"((?:[\w'’()-]+\s+){0,5}?[\w'’()-]+)(?=\s*[,.;]|\s*$|\s+(?:on|in|at|near|against|"
    r"killing|and|who|after|from|with)\b)",
    re.I,
)


def _attacker_first(
    lead: Mention,
    mentions: list[Mention],
    actor1: Actor | None,
    actor2: Actor | None,
    country: str | None,
) -> tuple[Actor | None, Actor | None]:
    """A battle reported as forces repelling an attack the text says another side made
    ("troops repelled an attack by militants", "militants attacked a post; the police
    repelled them"): ACLED's actor1 is the side that attacked. When the attackers are only
    those the forces killed or the attack's modifier ("repelled an al Shabaab attack"), the
    forces stay actor1, as the codebook's examples code such reports."""
    if not REPEL.match(lead.trigger.text) or actor1 is None:
        return actor1, actor2
    if actor1.inter not in (act.STATE, act.EXTERNAL, act.IDENTITY_MILITIA):
        return actor1, actor2
    match = ATTACK_BY.search(lead.sentence.text)
    found = _best_part(match.group(1), country, armed=True) if match else None
    if found is not None and found.inter in ARMED_INTER and found.name != actor1.name:
        return replace(found, text=match.group(1) if match else None), actor1
    # who acted before the forces did: another act's doer, or a subject earlier in the sentence
    doers = {m.agent.text for m in mentions if m.agent is not None and m is not lead}
    doers |= {span.text for span in lead.subjects if span.start < lead.trigger.start}
    if actor2 is None or (actor2.text not in doers and not _told_first(lead, actor2, actor1)):
        return actor1, actor2
    if actor2.inter in ARMED_INTER and actor2.inter != actor1.inter:
        return actor2, actor1
    return actor1, actor2


def _told_first(lead: Mention, attacker: Actor, defender: Actor) -> bool:
    """Whether the sentence of a repelled attack names the attackers before the defence
    ("militants tried to storm the post, gendarmes repelled the attack", "the attack was
    repelled by the gendarmes"): a report tells the attack, then its failure, so the side
    named first, before the verb of repelling and before the defenders, made the attack."""
    if not attacker.text:
        return False
    text = lead.sentence.text
    at = text.find(attacker.text)
    trigger_at = lead.trigger.start - lead.sentence.start
    if at < 0 or at + len(attacker.text) > trigger_at:
        return False
    own = text.find(defender.text) if defender.text else -1
    return own < 0 or own > at


def _forces_in(lead: Mention, actor1: Actor, country: str | None) -> Actor | None:
    """A non-state group's clash whose other side the parse missed, though the sentence
    names state forces ("militants attacked a school; soldiers and/or gendarmes repelled
    the attack"): forces named beside a group's fight are the side it fought."""
    if actor1.inter in (act.STATE, act.EXTERNAL):
        return None  # a state's own forces named twice are one side
    own = actor1.text or ""
    for match in FORCES.finditer(lead.sentence.text):
        if match.group(1) in own:
            continue
        words = match.group(1).split()
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in PHRASE_BREAKS), default=0)
        phrase = " ".join(words[cut:])  # "fire with military" → "military"
        found = act.resolve_actor(phrase, country, armed=True)
        if found is not None and found.inter in (act.STATE, act.EXTERNAL):
            return replace(found, text=phrase)
    return None


def _unnamed_opponent(actor1: Actor, country: str | None) -> Actor | None:
    """A clash has two sides: when the text names only one, the codebook's other side is an
    unidentified armed group (a communal militia's foe, another communal militia, is set
    by ``_communal_sides``). A rebel group's unnamed foe is left open: it may be the state."""
    if actor1.inter == act.REBEL:
        return None
    return act.default_actor(act.POLITICAL_MILITIA, country)


# A faction's own name inside a phrase: an acronym or capitalised word ("GNA forces").
FACTION_WORD = re.compile(r"\b[A-Z][\w'’-]*")


def _rival_faction(actor1: Actor, mentions: list[Mention], country: str | None) -> Actor | None:
    """A state's forces that clashed with forces of the same state under another name ("GNA
    and LNA forces clashed", "X forces clashed with Y forces"): rival factions of one
    state, each ACLED's state forces, so the other side is the same kind of actor."""
    if actor1.inter not in (act.STATE, act.EXTERNAL) or not actor1.text:
        return None
    own = _faction_words(_parts(actor1.text)[0] if _parts(actor1.text) else actor1.text)
    spans = [s for m in mentions for s in (m.agent, m.patient, *m.subjects, *m.objects) if s]
    for span in spans:
        parts = _parts(span.text)
        head = parts[-1].split()[-1] if len(parts) > 1 else ""
        for part in parts:
            words = _faction_words(part)
            if not words or words & own or (len(parts) > 1 and part == span.text):
                continue
            phrase = part if part.endswith(head) else f"{part} {head}"
            found = act.resolve_actor(phrase, country, armed=True)
            if found is not None and found.name == actor1.name:
                return replace(found, text=part)
    return None


def _faction_words(text: str) -> set[str]:
    """The proper words of a forces phrase that are neither a country's nor a state word."""
    words = {w.strip("'’").lower() for w in FACTION_WORD.findall(text)}
    plain = {w.removesuffix("'s") for w in words}
    stop = NOT_FACTION_WORDS | NUMBER_WORDS  # "Two soldiers" opening a sentence
    return {w for w in plain if w not in act.country_lexicon() and w not in stop}


# Capitalised words that name no faction: a sentence's first word, a state's own words.
NOT_FACTION_WORDS = (
    act.STATE_QUALIFIERS
    | act.ARMED_STATE
    | act.GOVERNMENT_WORDS
    | frozenset("the a an both all his her their its other rival".split())
)


def _communal_side(actor: Actor | None) -> bool:
    """An unlisted community's militia; a listed group (state-armed village volunteers)
    fights others than its own kind, so its opponent stays whoever the text names."""
    if actor is None or actor.inter != act.IDENTITY_MILITIA:
        return False
    return not any(named.name == actor.name for named in named_actors())


def _unnamed_armed(actor: Actor | None) -> bool:
    """The codebook's default armed side, not read from any words of the text."""
    if actor is None:
        return True
    return actor.name.startswith("Unidentified Armed Group") and not actor.text


# "Military forces", "Nigerian troops", "security forces": state forces named in a sentence.
FORCES = re.compile(
    r"\b((?:[\w'-]+\s+){0,2}(?:forces|troops|soldiers|army|military|police|policemen|"
    r"gendarmes|gendarmerie))\b",
    re.I,
)


# Clothes after a forces word: the wearers are not said to be the forces.
UNIFORM = re.compile(r"\s+(?:and\s+\w+\s+)?(?:uniforms?|fatigues|attire|clothes|outfits?)\b", re.I)


# Acts only a state's forces usually have the means for: air and drone strikes.
STATE_ARMS = frozenset({"Air/drone strike"})
# Words before a phrase that make it the target: "an attack on troops", "killing soldiers".
TARGET_WORDS = frozenset(
    "on against at targeting targeted killing killed wounding hit of near from".split()
)
# Words that end the phrase before a forces noun: "stones at police" is about "police".
PHRASE_BREAKS = TARGET_WORDS | frozenset("with by and to as when after while in".split())
# What rioters do to the forces they meet: "pelted stones at police", "attacked police".
RIOT_AT = re.compile(r"\b(pelt\w*|ston\w*|attack\w*|threw|throwing|hurl\w*|assault\w*)", re.I)


def _forces_named(
    lead: Mention, actor2: Actor | None, country: str | None, *, before_only: bool = False
) -> Actor | None:
    """With no doer in the parse, state forces the sentence names acted: ACLED's default
    for a government operation ("Military forces dislodge X from ..."), never the target.
    For violence against civilians only forces named before the verb, its subject in
    English word order ("troops detained and tortured a villager"), are taken."""
    hit = " ".join(span.text for span in [lead.patient, *lead.objects] if span).lower()
    trigger_at = lead.trigger.start - lead.sentence.start
    for match in FORCES.finditer(lead.sentence.text):
        if before_only and match.end() > trigger_at:
            break
        if UNIFORM.match(lead.sentence.text[match.end() :]):
            continue  # "men in military uniforms": dressed as forces, not said to be them
        before = lead.sentence.text[: match.start()].split()[-1:] + match.group(1).split()
        if match.group(1).lower() in hit or {w.lower() for w in before} & TARGET_WORDS:
            continue  # the forces were hit: "a bomb hit a military convoy"
        found = act.resolve_actor(match.group(1), country, armed=True)
        if found is None or found.inter not in (act.STATE, act.EXTERNAL):
            continue
        if actor2 is not None and found.name == actor2.name:
            continue
        return replace(found, text=match.group(1))
    return None


def _named_opponent(lead: Mention, actor1: Actor | None, country: str | None) -> Actor | None:
    """A battle has two sides: with the parse finding no second one, a group the sentence
    names that is not actor1 ("troops retook the town after a clash with the ADF")."""
    for named in act.named_in(lead.sentence.text):
        if named.inter in ARMED_INTER and (actor1 is None or named.name != actor1.name):
            text = named.pattern.search(lead.sentence.text)
            if text and _alternative_of(text[0], actor1):
                continue  # "X or Y fighters": the group actor1 may have been, not its foe
            return Actor(named.name, named.country_iso or country, named.inter, text and text[0])
    return None


def _alternative_of(words: str, actor1: Actor | None) -> bool:
    """Whether the words are one of the alternatives actor1's phrase gives ("X or Y")."""
    own = (actor1.text or "") if actor1 is not None else ""
    return bool(ALTERNATIVES.search(own)) and words in own


# PLOVER's kinds of pressure one state puts on another: a threat, a sanction, coercion.
PRESSURE = frozenset({"THREATEN", "SANCTION", "COERCE"})
# ACLED codes a movement of forces with the forces alone: where they went is no side.
MOVEMENT = "Change to group/activity"


def _pressed_state(lead: Mention, actor1: Actor | None, country: str | None) -> Actor | None:
    """Whom a threat or sanction is aimed at, when the parse found no object: the first
    other state the sentence names after the trigger ("Iran threatened ... unless Iraq
    ..."), as its government. A state named before the verb is its doer, not its target.
    """
    trigger_at = lead.trigger.start - lead.sentence.start
    own = actor1.country_iso if actor1 is not None else None
    for code, words, start in act.states_named(_without_reporter(lead.sentence.text)):
        if start < trigger_at or code == own:
            continue
        if actor1 is None or words not in (actor1.text or ""):
            state = act.EXTERNAL if country and code != country else act.STATE
            return Actor(f"Government of {act.country_name(code)}", code, state, words)
    return None


# Words that stand for someone named elsewhere: no evidence of who they were.
PRONOUNS = frozenset(
    "he she it they them him her we us you i who whom which that this those these".split()
)


def _with_text(
    actor: Actor | None, spans: list[Evidence | None], country: str | None
) -> Actor | None:
    """A default actor keeps the article's own words for it: Civilians hit in "an attack on
    a bakery" read "a bakery", an unnamed actor1 reads "the attackers". A span that names
    a different kind of actor (armed men for a civilian side) is someone else."""
    if actor is None or actor.text:
        return actor
    for span in spans:
        if span is None or span.text.lower() in PRONOUNS or not re.search(r"[A-Za-z]", span.text):
            continue
        found = _best_part(span.text, country, armed=True)
        if found is None or found.inter == actor.inter:
            return replace(actor, text=span.text)
    return actor


def _as_crowd(actor: Actor | None, inter: int, country: str | None) -> Actor:
    """ACLED's crowd actor, keeping the words that said who the crowd were."""
    own = act.own_country(actor.text or "") if actor is not None else None
    crowd = act.default_actor(inter, own or country)  # "Palestinian youths": Palestine's
    return replace(crowd, text=actor.text) if actor is not None else crowd


def _named_instead(
    actor: Actor | None, spans: list[Evidence | None], country: str | None
) -> Actor | None:
    """A group the report names later beats an unidentified one: "gunmen ... the ADF"."""
    if actor is None or not actor.name.startswith("Unidentified Armed Group"):
        return actor
    for span in spans:
        if span is None:
            continue
        named = act.named_in(span.text)
        if named and named[0].inter in ARMED_INTER:
            found = act.resolve_actor(span.text, country)
            return found or actor
    return actor


def _more_specific(
    actor: Actor | None, spans: list[Evidence | None], country: str | None
) -> Actor | None:
    """The same kind of actor with its own country named: 'the airbase' → 'US forces'."""
    if (
        actor is None
        or actor.inter not in (act.STATE, act.EXTERNAL)
        or act.own_country(actor.text or "")
    ):
        return actor
    kind = actor.name.split(" of ")[0]
    for span in spans:
        if span is None or not act.own_country(span.text):
            continue
        other = act.resolve_actor(_first_part(span.text), country, armed=True)
        if other is not None and other.name.split(" of ")[0] == kind:
            return replace(other, text=span.text)
    return actor


def _hurt(mentions: list[Mention]) -> bool:
    return any((m.fatalities.best or 0) + (m.injuries.best or 0) > 0 for m in mentions)


def _one_sided(lead: Mention) -> bool:
    return lead.event_type in ("Violence against civilians", "Explosions/Remote violence")


def _reciprocal(
    actor1: Actor | None, actor2: Actor | None, spans: list[Evidence | None], country: str | None
) -> tuple[Actor | None, Actor | None]:
    """A mutual fight whose conjoined subject holds both sides: "A and B clashed"."""
    if actor1 is not None and actor1.text:
        one, two = _two_sides(actor1, country)
        if two is not None:
            return one, two
    if actor1 is None:
        for span in spans:
            if span is None or len(_parts(span.text)) < 2:
                continue
            one, two = _two_sides(Actor("", None, None, span.text), country)
            if two is not None:
                return one, two
    return actor1, actor2


# "X or Y", "X and/or Y": a report unsure which group acted names one side, not two.
ALTERNATIVES = re.compile(r"\b(?:and\s*/\s*or|or)\b", re.I)


def _two_sides(actor: Actor, country: str | None) -> tuple[Actor, Actor | None]:
    """ "JNIM and ISGS militants clashed": the conjoined subject holds both sides.

    Communities or farmers and herders who clash are communal militias in ACLED.
    """
    parts = [act.resolve_actor(p, country, armed=True) for p in _parts(actor.text or "")]
    sides = [_communal(p, country) for p in parts if p is not None]
    named = act.named_in(actor.text or "")
    if ALTERNATIVES.search(actor.text or ""):
        return actor, None  # "JNIM or ISGS militants": one side, whichever group it was
    if len(named) >= 2:
        first, second = named[0], named[1]
        one = Actor(first.name, first.country_iso or country, first.inter, actor.text)
        two = Actor(second.name, second.country_iso or country, second.inter, actor.text)
        return one, two
    if len(sides) >= 2 and sides[0].name != sides[1].name:
        return replace(sides[0], text=actor.text), replace(sides[1], text=actor.text)
    return actor, None


def _communal(actor: Actor, country: str | None) -> Actor:
    if actor.inter != act.CIVILIANS:
        return actor
    label = act.country_name(country)
    name = f"Communal Militia ({label})" if label else "Communal Militia"
    who = _community_name(actor.text or "")
    name = f"{who} {name}" if who else name
    return Actor(name, country, act.IDENTITY_MILITIA, actor.text)


NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozens hundreds "
    "several many some few scores".split()
)


def _community_name(text: str) -> str | None:
    """The capitalised community a side is named by ("Fulani herders" → Fulani), not a
    country's demonym, which names no community of its own."""
    words = re.sub(r"^(the|a|an|some|armed)\s+", "", text.strip(), flags=re.I).split()
    first = words[0] if len(words) > 1 else ""
    if first.lower() in NUMBER_WORDS:
        return None  # "Two men" names how many, not which community
    if not first[:1].isupper() or not first.isalpha() or act.own_country(first):
        return None
    return first


def _parts(text: str) -> list[str]:
    return [part for part in CONJUNCTION.split(text) if part and part.strip()]


def _first_part(text: str) -> str:
    """The first conjunct, completed with a shared head noun: 'US and coalition forces'."""
    parts = _parts(text)
    return parts[0] if len(parts) > 1 else text


def associated_actors(
    mentions: list[Mention], actor1: Actor | None, actor2: Actor | None, country: str | None
) -> tuple[list[Actor], list[Actor]]:
    """ACLED's associated actors: who else acted with each side, and who the sides were.

    "US and coalition forces" puts the coalition beside the US forces; "students
    protested" makes Students the associated actor of Protesters; civilians' identities
    ("teachers", "women") go beside Civilians.
    """
    doers = [span.text for m in mentions for span in (m.agent, *m.subjects) if span]
    done_to = [span.text for m in mentions for span in (m.patient, *m.objects) if span]
    assoc1 = _associates(actor1, doers, country)
    assoc2 = _associates(actor2, done_to, country)
    if actor2 is not None:
        skip = {actor2.name, *(a.name for a in assoc2), *(a.name for a in (actor1, *assoc1) if a)}
        assoc2 += _other_victims(done_to, country, skip)
    return assoc1, assoc2[:MAX_ASSOCIATES]


def _other_victims(texts: list[str], country: str | None, skip: set[str]) -> list[Actor]:
    """Others the event hit: armed sides beside the main target, and who the civilians were
    ("a soldier and two teachers" → police or military target, Teachers associated)."""
    out: list[Actor] = []
    for text in texts:
        for part in _parts(text) or [text]:
            actor = act.resolve_actor(part, country, armed=True)
            if actor is not None and actor.inter == act.CIVILIANS:
                actor = act.identity_actor(part, country)
            if actor is None or actor.name in skip or actor.inter in (act.PROTESTERS, act.RIOTERS):
                continue
            out.append(replace(actor, text=part))
            skip.add(actor.name)
    return out


def _associates(actor: Actor | None, texts: list[str], country: str | None) -> list[Actor]:
    if actor is None or not actor.text:
        return []
    out: list[Actor] = []
    names = {actor.name}
    for text in texts:
        first = act.resolve_actor(_first_part(text), country, armed=True)
        if len(_parts(text)) > 1 and first is not None and first.name == actor.name:
            _add_partners(text, country, names, out)
    if actor.inter in (act.PROTESTERS, act.RIOTERS, act.CIVILIANS):
        identity = act.identity_actor(actor.text, country)
        if identity is not None and identity.name not in names:
            out.append(identity)
            names.add(identity.name)
    _add_partners(actor.text, country, names, out)
    return out


def _add_partners(text: str, country: str | None, names: set[str], out: list[Actor]) -> None:
    """The armed actors conjoined after the first: 'US and coalition forces' → coalition."""
    parts = _parts(text)
    for part in parts[1:] if len(parts) > 1 else []:
        other = act.resolve_actor(part, country, armed=True)
        if other is not None and other.name not in names and other.inter in ARMED_INTER:
            out.append(replace(other, text=part))
            names.add(other.name)


def claimed_actor(
    actor1: Actor | None,
    claimed_by: list[str],
    country: str | None,
    suspected: list[str] | None = None,
) -> Actor | None:
    """A group that claims the event is its actor1; so is one the report itself names as
    the suspect ("likely planted by JNIM militants"), as ACLED codes suspected groups.

    Blame voiced by someone else ("the ministry blamed X") is a claim about the event, not
    a finding: ``suspected`` takes only blame with no one behind it, and it stays in
    ``attribution`` whatever is chosen here.
    """
    if actor1 is not None and not actor1.name.startswith("Unidentified"):
        return actor1
    for text in [*claimed_by, *(suspected or [])]:
        if text in MOTIVE_LABELS:  # unaffiliated doers named by their stated motive
            words = actor1.text if actor1 and actor1.text else None
            return Actor(text, country, act.POLITICAL_MILITIA, words)
        actor = act.resolve_actor(text, country, armed=True)
        if actor is not None and actor.inter in ARMED_INTER and _named(actor):
            return replace(actor, text=actor1.text if actor1 and actor1.text else text)
    return actor1


def _named(actor: Actor) -> bool:
    """A group with a name of its own (listed or not), not a generic ACLED actor."""
    generic = ("Unidentified", "Military Forces", "Police Forces", "Government", "Civilians")
    return not actor.name.startswith(generic)


# "X, affiliated with the Earth Liberation Front," "members of the ALF", "on behalf of Y":
# the people who acted stand for the group they belong to.
AFFILIATION = re.compile(
    r"\b(?:(?:affiliated|associated|linked|connected|allied|aligned)\s+(?:with|to)|"
    r"on\s+behalf\s+of|members?\s+of|loyal\s+to|belonging\s+to)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]*|of|the|for|to|and)(?:\s+(?:[A-Z][\w'’-]*|of|the|for|to|and))*"
    r"(?:\s+\([A-Z]{2,}(?:\s+and\s+[A-Z]{2,})?\))?)"
)


def _affiliated(actor: Actor | None, mentions: list[Mention], country: str | None) -> Actor | None:
    """A person or unnamed attacker said to belong to a named group: the group acted.

    Read in the event's own sentences only, so another incident's group is not taken.
    """
    if actor is not None and actor.inter not in (act.CIVILIANS, act.POLITICAL_MILITIA):
        return actor
    if actor is not None and not actor.name.startswith(("Unidentified", "Civilians")):
        return actor
    for mention in mentions:
        for match in AFFILIATION.finditer(mention.sentence.text):
            found = act.resolve_actor(match.group(1), country, armed=True)
            if found is not None and found.inter in ARMED_INTER and _named(found):
                return replace(found, text=actor.text if actor and actor.text else match.group(0))
    return actor


def _object_phrases(mentions: list[Mention]) -> list[Evidence | None]:
    """Objects and passive subjects of the mentions' sentences, when the trigger had none."""
    return [span for m in mentions for span in m.objects]


def _by_sides(
    kind: EventKind,
    lead: Mention,
    actor1: Actor | None,
    actor2: Actor | None,
    country: str | None,
    mentions: list[Mention] | None = None,
) -> tuple[EventKind, Actor | None]:
    """The codebook's test: two armed sides make a battle, an unarmed target an attack.

    An "armed clash" with no armed opponent, where the trigger is no mutual fight and the
    text names what was hit (a village, a market, a shopkeeper), is an attack on civilians.
    A clash stays a clash when its target is an armed side's site ("fired on the positions
    of the army", "attacked a police post") or when the event names a second armed side
    (an exchange of fire, an attack that local defenders repulsed).
    """
    if kind.sub_event_type not in ("Attack", "Armed clash"):
        return kind, actor2
    if actor2 is not None and actor2.inter in ARMED_INTER and _out_of_combat(actor2, lead):
        return KINDS["attack"], replace(act.default_actor(act.CIVILIANS, country), text=actor2.text)
    if kind.sub_event_type == "Armed clash" and _armed(actor1) and not _civilians_said(actor2):
        other = _other_armed(mentions or [lead], actor1, country)
        if other is not None:
            return kind, other
        unarmed = actor2 is None or actor2.inter == act.CIVILIANS
        if unarmed and (_armed_site(lead) or RECIPROCAL.search(lead.sentence.text)):
            return kind, _armed_word(lead, actor1, country)
    if actor2 is None:
        one_sided = lead.patient is not None and not RECIPROCAL.search(lead.trigger.text)
        if kind.sub_event_type == "Armed clash" and one_sided and _armed(actor1):
            return KINDS["attack"], act.default_actor(act.CIVILIANS, country)
        return kind, actor2
    if actor2.inter == act.CIVILIANS:
        fighters = _armed_victims(lead, actor1, country) if _armed(actor1) else None
        return (KINDS["armed_clash"], fighters) if fighters else (KINDS["attack"], actor2)
    armed = _armed(actor1) and actor2.inter in ARMED_INTER
    # A clearly cued one-sided act (an assassination, a massacre) stays an attack.
    settled = kind.sub_event_type == "Attack" and lead.cue_strength >= CLEAR_CUE
    return (KINDS["armed_clash"] if armed and not settled else kind), actor2


# Words that put a member of the forces or of a group out of combat: off duty, retired,
# captive or unarmed. The codebook counts such people as civilians when they are attacked.
OUT_OF_COMBAT = re.compile(
    r"\b(?:off[- ]duty|retired|former|ex-|unarmed|captured|captive|detained|detainees?|"
    r"prisoners?|in (?:their|his|police|military) custody)",
    re.I,
)


def _out_of_combat(actor2: Actor, lead: Mention) -> bool:
    """Whether the armed-looking target was out of combat: "a retired soldier", "a police
    officer (off-duty)", "a suspected but unarmed militant". Read in the target's words and
    the few words after them, where a note of its state is put."""
    words = actor2.text or ""
    if not words:
        return False
    text = lead.sentence.text
    at = text.find(words)
    after = text[at + len(words) : at + len(words) + 30] if at >= 0 else ""
    return bool(OUT_OF_COMBAT.search(words) or OUT_OF_COMBAT.search(after.split(",")[0]))


# Victims named within a count of people: "three people, including two militiamen".
INCLUDING = re.compile(
    r"\b(?:including|among them|among whom|described as|identified as)\s+"
    r"((?:[\w'()-]+\s+){0,4}[\w'()-]+)"
)


def _armed_victims(lead: Mention, actor1: Actor | None, country: str | None) -> Actor | None:
    """Fighters among those the lead act hurt ("killing three militiamen and eleven
    civilians", "killed five people, including two soldiers"): the codebook codes violence
    against an armed side's members as a battle with that side, though civilians fell too.
    Only people said to be hurt, named by a word for fighters or forces; officials are
    civilians, and members out of combat (off duty, captive) stay an attack's targets."""
    text = lead.sentence.text
    offset = lead.sentence.start
    hit = [
        span.text
        for span in [lead.patient, *lead.objects]
        if span is not None
        and HARM_BEFORE.search(text[max(0, span.start - offset - 30) : span.start - offset])
    ]
    hit += [match.group(1) for match in INCLUDING.finditer(text)]
    for words in hit:
        if actor1 is not None and actor1.text and words in actor1.text:
            continue
        heads = set(re.findall(r"[a-z]+", words.lower()))
        if not heads & FIGHTER_WORDS:
            continue
        found = _best_part(words, country, armed=True)
        if found is None or found.inter not in ARMED_INTER or found.name.startswith("Government"):
            continue
        if actor1 is not None and found.name == actor1.name:
            continue
        if _out_of_combat(replace(found, text=words), lead):
            continue
        return replace(found, text=words)
    return None


# Verbs of harm just before a victim phrase: "killing three ...", "wounded two ...".
HARM_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|shot|shooting|abduct(?:ed|ing)|"
    r"kidnapp(?:ed|ing)|execut(?:ed|ing)|behead(?:ed|ing))\s+(?:at\s+least\s+)?$",
    re.I,
)
# Words naming people who fight: a state's forces or an armed group's members.
FIGHTER_WORDS = (
    act.POLICE_WORDS | act.MILITIA_WORDS | frozenset("soldier soldiers troops".split())
) | frozenset("fighters militants rebels insurgents combatants vdp dozo dozos".split())


# Sites only armed actors hold: an attack on them meets armed men ("the army's positions").
ARMED_SITES = re.compile(
    r"\b(positions?|posts?|outposts?|bases?|camps?|checkpoints?|barracks|garrisons?|"
    r"front|frontlines?|front lines?|trenches|stations?|headquarters|convoys?|patrols?)\b",
    re.I,
)


def _armed_word(lead: Mention, actor1: Actor, country: str | None) -> Actor | None:
    """An armed side the sentence names outside any parsed role: "a rebel attack", "an
    exchange of fire with militants". Its two words around the armed noun stand for it."""
    words = re.findall(r"[\w'-]+", lead.sentence.text)
    own = set(re.findall(r"[\w'-]+", (actor1.text or "").lower()))
    for i, word in enumerate(words):
        low = word.lower()
        if low in own or low not in act.ARMED_WORDS | act.REBEL_WORDS or low in LOOSE_WORDS:
            continue
        phrase = " ".join(words[max(0, i - 1) : i + 1])
        found = act.resolve_actor(phrase, country, armed=True)
        if found is not None and found.inter in ARMED_INTER and found.name != actor1.name:
            return replace(found, text=phrase)
    return None


# Armed-actor words too loose to name a side on their own ("men", "group", "cell").
LOOSE_WORDS = frozenset("men group cell insurgency armed".split())


def _armed_site(lead: Mention) -> bool:
    """Whether the act's target is a place that armed men hold: a post, base or position."""
    hit = " ".join(span.text for span in [lead.patient, *lead.objects] if span)
    return bool(ARMED_SITES.search(hit))


def _civilians_said(actor: Actor | None) -> bool:
    """Civilians the text itself names as the target ("a farmer", "villagers"), not the
    codebook's default for a target the parse could not read."""
    if actor is None or actor.inter != act.CIVILIANS or not actor.text:
        return False
    found = act.resolve_actor(actor.text, actor.country_iso, armed=True)
    return found is not None and found.inter == act.CIVILIANS


def _other_armed(mentions: list[Mention], actor1: Actor, country: str | None) -> Actor | None:
    """A second armed side the event's doers or targets name ("defence groups repulsed an
    attack by gunmen"): in a clash, whoever else fought is the other side."""
    spans = [s for m in mentions for s in (m.agent, m.patient, *m.subjects, *m.objects) if s]
    for span in spans:
        if actor1.text and span.text in actor1.text:
            continue
        found = _best_part(span.text, country, armed=True)
        if found is None or found.inter not in ARMED_INTER or found.name == actor1.name:
            continue
        if {found.inter, actor1.inter} <= {act.STATE, act.EXTERNAL} and not (
            act.own_country(span.text) and act.own_country(span.text) != actor1.country_iso
        ):
            continue  # "troops" and "soldiers" of one state are one side
        return replace(found, text=span.text)
    return None


def _armed(actor: Actor | None) -> bool:
    return actor is not None and actor.inter in ARMED_INTER


# Words that send a force abroad: deployments, missions, contingents, hired guns.
ABROAD = re.compile(
    r"\b(deploy\w*|mission|peacekeep\w*|contingent|coalition|expedition\w*|mercenar\w*|"
    r"foreign|overseas|abroad|stationed|counter-?terror\w* operation)\b",
    re.I,
)


@functools.cache
def _expeditionary() -> frozenset[str]:
    """Countries whose forces the actor dictionary lists as fighting abroad (inter 8 under
    their own flag, not a mission named for its host): their soldiers place no event."""
    return frozenset(
        named.country_iso
        for named in named_actors()
        if named.inter == act.EXTERNAL
        and named.country_iso
        and not re.search(r"Mission|United Nations|African Union", named.name)
    )


def _abroad(mentions: list[Mention], code: str) -> bool:
    """Whether the event's sentences place a country's force outside it: a deployment
    word, or another country or its people named beside it."""
    for mention in mentions:
        text = mention.sentence.text
        if ABROAD.search(text):
            return True
        if any(other != code for other, _, _ in act.states_named(text)):
            return True
    return False


def _actor_spans(mention: Mention) -> list[Evidence]:
    spans = [mention.agent, mention.patient, *mention.subjects, *mention.objects]
    return [span for span in spans if span is not None]


# Who fights as a community, not as a crowd: ACLED's communal (identity) militias.
COMMUNITY_WORDS = frozenset(
    "community communities villagers clan clans clansmen tribe tribes tribesmen herders "
    "herdsmen farmers pastoralists ethnic".split()
)


def _communal_fight(kind: EventKind, actor1: Actor | None) -> bool:
    """A clash the classifier read as two armed sides, fought by a community or its
    people ("villagers clashed with herders"): communal violence, not a mob's."""
    words = set(re.findall(r"[a-z]+", ((actor1 and actor1.text) or "").lower()))
    return kind.sub_event_type == "Armed clash" and bool(words & COMMUNITY_WORDS)


def _is_mob(sub_event_type: str, actor1: Actor | None) -> bool:
    """Unorganised civilians attacking is mob violence in ACLED, not a battle or an attack:
    only when the text names a crowd as the one acting, never a victim misread as agent."""
    violent = sub_event_type in ("Attack", "Armed clash")
    if not violent or actor1 is None or actor1.inter not in (act.CIVILIANS, act.RIOTERS):
        return False
    words = set(re.findall(r"[a-z]+", (actor1.text or "").lower()))
    return bool(words & CROWD_WORDS)


def _first_actor(
    spans: list[Evidence | None],
    country: str | None,
    *,
    armed_only: bool = False,
    armed: bool = False,
    against: Actor | None = None,
) -> Actor | None:
    """The first span naming an actor (not the other side, when ``against`` is given)."""
    for span in spans:
        if span is None:
            continue
        actor = _best_part(span.text, country, armed=armed)
        if actor is None or (armed_only and actor.inter not in ARMED_INTER):
            continue
        if against is not None and actor.name == against.name:
            continue
        return replace(actor, text=span.text)
    return None


# A place written with its country after a comma: "the outskirts of Avdiivka, Ukraine".
PLACE_APPOSITION = re.compile(
    r"^(?:the\s+)?(?:(?:outskirts|centre|center|north|south|east|west|area|vicinity|"
    r"village|town|city|district|province|region)\s+of\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
    r",\s*(?:the\s+)?[A-Z][\w\s'-]*$"
)


def _country_last(text: str) -> bool:
    """Whether the phrase ends in a bare country name after a comma."""
    last = text.rsplit(",", 1)[-1].strip()
    last = re.sub(r"^the\s+", "", last, flags=re.I).lower()
    return last in act.country_lexicon() and act.resolve_actor(text.rsplit(",", 1)[0], None) is None


def _best_part(text: str, country: str | None, *, armed: bool) -> Actor | None:
    """The actor a phrase names; of conjoined ones the first armed ("a civilian and a
    police officer" were the police's loss: the target was the police)."""
    if PLACE_APPOSITION.search(text) and _country_last(text):
        return None  # "the outskirts of Avdiivka, Ukraine" is a place, not the state's forces
    text = _without_place_country(text)
    parts = _parts(text)
    found = [act.resolve_actor(p, country, armed=armed) for p in parts] if len(parts) > 1 else []
    found = [actor for actor in found if actor is not None]
    armed_parts = [actor for actor in found if actor.inter in ARMED_INTER]
    if armed_parts:
        return armed_parts[0]
    if found:
        return found[0]
    return act.resolve_actor(text, country, armed=armed)


# A place and its country closing a phrase: "two teachers in Saaba, Burkina Faso".
PLACE_THEN_COUNTRY = re.compile(
    r"(\b(?:in|near|at|outside|around|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
    r",\s*((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*$"
)


def _without_place_country(text: str) -> str:
    """The phrase without the country that only locates its place: the country named after
    "in Saaba," is where the people were, not a side (its government) of the event."""
    match = PLACE_THEN_COUNTRY.search(text)
    if match is None:
        return text
    last = re.sub(r"^the\s+", "", match.group(2), flags=re.I).lower()
    if last not in act.country_lexicon():
        return text
    return text[: match.end(1)]


def _first_state(spans: list[Evidence | None], country: str | None) -> Actor | None:
    """A state's government or forces as the subject of a threat, sanction or decree: the
    doer of pressure need not be armed ("the United States announced it would ban ...")."""
    for span in spans:
        actor = _best_part(span.text, country, armed=False) if span is not None else None
        if actor is not None and actor.inter in (act.STATE, act.EXTERNAL):
            return replace(actor, text=span.text)
    return None


def _crowd_country(lead: Mention, country: str | None) -> str | None:
    """The people a crowd is named after on the trigger itself ("Palestinian riots") or
    in the sentence's subject ("Palestinian youths threw stones during demonstrations"),
    else the event's country."""
    head = lead.sentence.text[: lead.trigger.start - lead.sentence.start]
    if ETHNIC.search(head):
        return country  # "ethnic Albanians demonstrated in Serbia": where they live
    before = head.split()[-1:]
    own = act.own_country(before[0]) if before and before[0][:1].isupper() else None
    for span in [lead.agent, *lead.subjects] if own is None else []:
        found = act.resolve_actor(span.text, country) if span is not None else None
        if found is not None and found.inter in (act.RIOTERS, act.PROTESTERS, act.CIVILIANS):
            own = act.own_country(span.text)
            if own:
                break
    if own is None:  # the parse found no subject: "Palestinian youths ... during protests"
        match = CROWD_OF.search(head)
        own = act.own_country(match.group(1)) if match else None
    return own or country


# A people's crowd named before the trigger: "Palestinian youths", "Kurdish protesters".
CROWD_OF = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:youths?|protesters|demonstrators|students|workers|villagers|"
    r"residents|rioters|crowds?|mobs?|people|farmers|women|activists)\b"
)


def _default_actor1(lead: Mention, country: str | None) -> Actor | None:
    if lead.event_type == "Protests":
        return act.default_actor(act.PROTESTERS, _crowd_country(lead, country))
    if lead.event_type == "Riots":
        return act.default_actor(act.RIOTERS, _crowd_country(lead, country))
    if lead.event_type in ARMED_DEFAULT:
        return act.default_actor(act.POLITICAL_MILITIA, country)
    return None
