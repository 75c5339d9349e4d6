"""The scene the side rules read and write: one event's mentions, its kind and its sides so far.

A rule is a small function of the scene; the table applies its rules in order and records,
for each side, the name of the last rule that changed it, so a record can say why a side was
coded (``Evidence.rule``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dateline.models import Actor, Evidence, Mention
from dateline.resolve.actors.cast import Person
from dateline.resolve.actors.codebook import ARMED_DEFAULT, CROWD_INTER
from dateline.resolve.actors.phrases import _actor_spans, _object_phrases
from dateline.vocabulary.taxonomy import EventKind


@dataclass(slots=True)
class Scene:
    """One event as the rules see it: what the parse found, and the sides chosen so far."""

    mentions: list[Mention]
    lead: Mention
    kind: EventKind
    country: str | None
    claimed_by: list[str] = field(default_factory=list)
    suspected: list[str] = field(default_factory=list)  # blame voiced by no one
    people: list[Person] = field(default_factory=list)  # named doers and victims (cast.py)
    # The sentence right after each of the event's sentences, where a report goes on to say
    # how the forces met a crowd ("Police dispersed the crowd with tear gas").
    sequel: list[str] = field(default_factory=list)
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc1: list[Actor] = field(default_factory=list)
    assoc2: list[Actor] = field(default_factory=list)
    hit_thing: Actor | None = None  # a state side's thing the doer's words named: the target
    mob: bool = False  # a crowd (civilians until named rioters) beating people
    rule1: str | None = None  # the last rule that changed actor1
    rule2: str | None = None
    named: list[Evidence] = field(default_factory=list)  # the spans of people put on a side
    agents: list[Evidence | None] = field(init=False)
    subjects: list[Evidence] = field(init=False)
    patients: list[Evidence | None] = field(init=False)
    objects: list[Evidence | None] = field(init=False)

    def __post_init__(self) -> None:
        lead, mentions = self.lead, self.mentions
        self.agents = [lead.agent, *(m.agent for m in mentions)]
        self.subjects = [*lead.subjects, *(s for m in mentions for s in m.subjects)]
        self.patients = [lead.patient, *(m.patient for m in mentions)]
        self.objects = _object_phrases([lead, *mentions])

    @property
    def armed(self) -> bool:
        """Whether the lead mention is of a kind whose default sides are armed."""
        return self.lead.event_type in ARMED_DEFAULT

    @property
    def crowd(self) -> int | None:
        """The crowd's inter code when the lead mention is a demonstration."""
        return CROWD_INTER.get(self.lead.event_type)


@dataclass(frozen=True, slots=True)
class Rule:
    """One named step of the sides table: ``apply`` reads and changes the scene."""

    name: str
    apply: Callable[[Scene], None]

    @property
    def about(self) -> str:
        """What the rule codes and why (its function's docstring)."""
        return inspect.cleandoc(self.apply.__doc__ or "")


def run(rules: Iterable[Rule], scene: Scene) -> Scene:
    """Applies the rules in order, noting which rule last changed each side."""
    for rule in rules:
        actor1, actor2 = scene.actor1, scene.actor2
        rule.apply(scene)
        if scene.actor1 != actor1:
            scene.rule1 = rule.name
        if scene.actor2 != actor2:
            scene.rule2 = rule.name
    return scene


def side_evidence(scene: Scene) -> list[Evidence]:
    """One evidence item per chosen side, naming the rule that chose it."""
    sides = (("actor1", scene.actor1, scene.rule1), ("actor2", scene.actor2, scene.rule2))
    chosen = [_located(name, actor, rule, scene) for name, actor, rule in sides if actor]
    return [*chosen, *scene.named]


def _located(side: str, actor: Actor, rule: str | None, scene: Scene) -> Evidence:
    """The actor's own words where a mention's span holds them, else the lead's trigger."""
    mentions = [scene.lead, *scene.mentions]
    person = next((p.name for p in scene.people if p.name.text == actor.text), None)
    if person is not None:  # a named person, wherever the article names them
        return Evidence(side, person.text, person.start, person.end, rule)
    if actor.text:
        for span in (span for m in mentions for span in _actor_spans(m)):
            if span.text == actor.text:
                return Evidence(side, span.text, span.start, span.end, rule)
        for span in (span for m in mentions for span in [*_actor_spans(m), m.sentence]):
            at = span.text.find(actor.text)
            if at >= 0:
                start = span.start + at
                return Evidence(side, actor.text, start, start + len(actor.text), rule)
    trigger = scene.lead.trigger
    return Evidence(side, trigger.text, trigger.start, trigger.end, rule)
