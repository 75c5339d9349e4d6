"""Recipients: whom a threat, sanction or protest is aimed at (PLOVER's target), and the
states a sentence names as such."""

from __future__ import annotations

from dateline.models import Actor, Mention
from dateline.resolve.actors.phrases import _without_reporter
from dateline.vocabulary import naming as act


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


def _state_target(code: str, words: str | None, country: str | None) -> Actor:
    """The government of a state named as the target ("Sweden", "the Russian government")."""
    state = act.EXTERNAL if country and code != country else act.STATE
    return Actor(f"Government of {act.country_name(code)}", code, state, words)


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
