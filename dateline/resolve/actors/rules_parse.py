"""Rules that read the sides from the parse: the doer (agent, subjects) as actor1, the one
acted upon (patient, objects) as actor2, and a mutual fight's two sides."""

from __future__ import annotations

from dateline import vocabulary as V
from dateline.resolve.actors.codebook import ARMED_DEFAULT, CIVILIAN_TARGET
from dateline.resolve.actors.communities import _communal, _reciprocal
from dateline.resolve.actors.doers import _affiliated, _armed_doer, _preverbal_doer, _title_only
from dateline.resolve.actors.forces import _thing_hit
from dateline.resolve.actors.phrases import _first_actor, _more_specific, _named_instead
from dateline.resolve.actors.scene import Rule, Scene
from dateline.vocabulary import naming as act


def agent(s: Scene) -> None:
    """actor1 is the lead mention's agent, the doer its parse found ("militants attacked")."""
    s.actor1 = _first_actor(s.agents[:1], s.country, armed=s.armed)


def armed_subject_first(s: Scene) -> None:
    """The lead's own armed subject before a later sentence's doer: "militants aboard a
    vehicle attacked the base ...; soldiers repulsed them" was begun by the militants."""
    if s.actor1 is None and s.armed:
        before = [span for span in s.lead.subjects if span.end <= s.lead.trigger.start]
        s.actor1 = _first_actor(before, s.country, armed_only=True, armed=s.armed)


def other_agent(s: Scene) -> None:
    """With no doer in the lead sentence, the agent of another mention of the event."""
    s.actor1 = s.actor1 or _first_actor(s.agents[1:], s.country, armed=s.armed)


def armed_subject(s: Scene) -> None:
    """Else the first armed subject of the event's sentences (a passive's or a verb's)."""
    s.actor1 = s.actor1 or _first_actor(s.subjects, s.country, armed_only=True, armed=s.armed)


def preverbal_doer(s: Scene) -> None:
    """Else an armed phrase before an active verb the parse took for an object ("presumed
    X militants executed a trader"): in English word order it is the verb's subject."""
    s.actor1 = s.actor1 or _preverbal_doer(s.lead, s.country)


def named_instead(s: Scene) -> None:
    """A group the report names later beats an unidentified doer: "gunmen ... the ADF"."""
    s.actor1 = _named_instead(s.actor1, [*s.agents, *s.subjects], s.country)


def thing_hit(s: Scene) -> None:
    """A side's vehicle or post cannot act ("an army vehicle struck an IED"): it was the
    target (kept for actor2 by ``thing_as_target``), and the doer is unknown."""
    if s.armed and _thing_hit(s.actor1):
        s.hit_thing, s.actor1 = s.actor1, None


def affiliated(s: Scene) -> None:
    """A person or unnamed attacker said to belong to a named group ("members of the ALF",
    "affiliated with X"): the group acted, as ACLED codes it."""
    if s.lead.event_type in ARMED_DEFAULT or s.lead.sub_event_type in CIVILIAN_TARGET:
        s.actor1 = _affiliated(s.actor1, [s.lead, *s.mentions], s.country)


def title_only(s: Scene) -> None:
    """A leader named by title alone whose default country is the target's own is of
    another state the text does not name: a government of unknown country."""
    s.actor1 = _title_only(s.actor1, s.patients)


def rioters_and_victims(s: Scene) -> None:
    """Rioters who beat people: the crowd (civilians until named rioters) and its victims
    are two sides, though both read as civilians; people who fight each other are not."""
    lead, actor1 = s.lead, s.actor1
    mob = lead.event_type == "Riots" and actor1 is not None and actor1.inter == act.CIVILIANS
    s.mob = mob and not V.pattern("sides_fights", "reciprocal").search(lead.trigger.text)


def patient(s: Scene) -> None:
    """actor2 is the first patient of the event's mentions naming an actor other than
    actor1 (for a mob, any: its victims may be named like the crowd)."""
    other_than = None if s.mob else s.actor1
    s.actor2 = _first_actor(s.patients, s.country, armed=s.armed, against=other_than)


def object_phrase(s: Scene) -> None:
    """Else the first object of the event's sentences naming another actor."""
    other_than = None if s.mob else s.actor1
    s.actor2 = s.actor2 or _first_actor(s.objects, s.country, armed=s.armed, against=other_than)


def crowd_read_twice(s: Scene) -> None:
    """A mob's actor2 in the very words of actor1 is the crowd itself, read twice."""
    actor1, actor2 = s.actor1, s.actor2
    if s.mob and actor2 is not None and actor1 is not None and actor2.text == actor1.text:
        s.actor2 = None


def more_specific(s: Scene) -> None:
    """The same kind of actor with its own country named: "the airbase" → "US forces"."""
    s.actor2 = _more_specific(s.actor2, [*s.patients, *s.objects], s.country)


def thing_as_target(s: Scene) -> None:
    """A side's vehicle or post that was hit (see ``thing_hit``) is actor2, unless the
    parse found an armed target."""
    if s.hit_thing is not None and (s.actor2 is None or s.actor2.inter == act.CIVILIANS):
        s.actor2 = s.hit_thing


def _mutual(s: Scene) -> bool:
    return bool(V.pattern("sides_fights", "reciprocal").search(s.lead.trigger.text))


def conjoined_sides(s: Scene) -> None:
    """A mutual fight whose conjoined subject holds both sides: "A and B clashed"."""
    if _mutual(s):
        spans = [*s.agents, *s.subjects]
        s.actor1, s.actor2 = _reciprocal(s.actor1, s.actor2, spans, s.country)


def fellow_civilians(s: Scene) -> None:
    """Civilians who fight each other ("herders and farmers clashed"): the other side is
    the same kind of people, the patient, when it is not actor1's own words."""
    actor1 = s.actor1
    if _mutual(s) and actor1 is not None and actor1.inter == act.CIVILIANS and s.actor2 is None:
        other = _first_actor(s.patients, s.country, armed=s.armed)
        s.actor2 = other if other is not None and other.text != actor1.text else None


def communal_fighters(s: Scene) -> None:
    """Civilians on both sides of a fight are communal militias (identity militias, inter
    4), as the codebook codes community-based armed groups."""
    if _mutual(s) and all(a is None or a.inter == act.CIVILIANS for a in (s.actor1, s.actor2)):
        s.actor1, s.actor2 = (_communal(a, s.country) if a else None for a in (s.actor1, s.actor2))


def armed_doer(s: Scene) -> None:
    """ACLED never codes civilians as the doers of armed violence: "unknown individuals" or
    "men in a car" who attacked are an unidentified armed group."""
    s.actor1 = _armed_doer(s.actor1, s.lead, s.country)


def one_side_named_twice(s: Scene) -> None:
    """actor2 of actor1's own name is the same side, read twice; two communal militias of
    one country may share ACLED's name, and a mob's victims are another side."""
    actor1, actor2 = s.actor1, s.actor2
    same = actor1 is not None and actor2 is not None and actor1.name == actor2.name
    if same and actor1.inter != act.IDENTITY_MILITIA and not s.mob:
        s.actor2 = None


DOERS = (
    Rule("agent", agent),
    Rule("armed_subject_first", armed_subject_first),
    Rule("other_agent", other_agent),
    Rule("armed_subject", armed_subject),
    Rule("preverbal_doer", preverbal_doer),
    Rule("named_instead", named_instead),
    Rule("thing_hit", thing_hit),
    Rule("affiliated", affiliated),
    Rule("title_only", title_only),
)
TARGETS = (
    Rule("rioters_and_victims", rioters_and_victims),
    Rule("patient", patient),
    Rule("object_phrase", object_phrase),
    Rule("crowd_read_twice", crowd_read_twice),
    Rule("more_specific", more_specific),
    Rule("thing_as_target", thing_as_target),
)
FIGHTS = (
    Rule("conjoined_sides", conjoined_sides),
    Rule("fellow_civilians", fellow_civilians),
    Rule("communal_fighters", communal_fighters),
    Rule("armed_doer", armed_doer),
    Rule("one_side_named_twice", one_side_named_twice),
)
