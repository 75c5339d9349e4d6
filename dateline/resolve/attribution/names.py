"""Group names: a claimant's or a blamed group's name in full, as the article writes it."""

from __future__ import annotations

import functools
import re
from typing import Any

from dateline import vocabulary as V
from dateline.text import phrases


def named_group(token: Any) -> bool:
    """Whether the phrase names a group of the actor dictionary."""
    from dateline.vocabulary.actors import named_in

    return bool(named_in(noun_phrase(token)))


def armed_group(token: Any) -> bool:
    from dateline.vocabulary.naming import resolve_actor

    actor = resolve_actor(noun_phrase(token), None)
    return actor is not None and actor.inter in (2, 3, 4)


def noun_phrase(head: Any) -> str:
    """A named group in full: its entity span, 'of' phrases and a bracketed acronym.

    'the Coalition to Save the Preserves (CSP)', 'Members of the Animal Liberation Front'.
    """
    span = phrases.noun_phrase(head)
    start, end = span.start, span.end
    if head.ent_type_ in ("ORG", "NORP", "PERSON", "GPE", "FAC") and head.ent_iob_ != "O":
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if ent is not None:
            start, end = min(start, ent.start), max(end, ent.end)
    doc = head.doc
    end = _name_end(doc, end)
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    text = _drop_trailing_links(re.sub(r"[\"“”]", "", doc[start:end].text).strip())
    return re.sub(r"^((the|a|an|suspected|presumed|alleged) )+", "", text, flags=re.I)


def _drop_trailing_links(name: str) -> str:
    """The name without the linking words a greedy match left at its end (a loop over
    words, not a regex anchored at the end, which rescans runs of such words)."""
    words = name.split()
    while len(words) > 1 and words[-1] in V.words("attribution_names", "trailing_links"):
        words.pop()
    return " ".join(words) if len(words) < len(name.split()) else name


def _name_end(doc: Any, end: int) -> int:
    """Where a capitalised name that the parse cut short really ends: a name goes on over
    linking words while a capitalised word follows ("Coalition | to Save the Preserves")."""
    if end == 0 or not doc[end - 1].text[:1].isupper():
        return end
    while end < len(doc):
        word = doc[end].text
        if word[:1].isupper() and word.isalpha():
            end += 1
            continue
        nxt = doc[end + 1].text if end + 1 < len(doc) else ""
        if (
            word in V.words("attribution_names", "name_links")
            and nxt[:1].isupper()
            and nxt.isalpha()
        ):
            end += 1
            continue
        if _in_the_place(doc, end):  # "Al Qaeda in the Arabian Peninsula"
            end += 2
            continue
        return end
    return end


def _in_the_place(doc: Any, at: int) -> bool:
    """'in the' and a capitalised word inside a name the dictionary knows in full ("Al
    Qaeda in the Arabian Peninsula"); elsewhere "in the" ends the name ("Hamas in the ...")."""
    if at + 2 >= len(doc) or doc[at].lower_ != "in" or doc[at + 1].lower_ != "the":
        return False
    if not doc[at + 2].text[:1].isupper():
        return False
    from dateline.vocabulary.actors import named_actors

    window = doc[max(0, at - 4) : min(len(doc), at + 6)]
    offset, cut = window.start_char, doc[at].idx
    for actor in named_actors():
        for match in actor.pattern.finditer(window.text):
            if offset + match.start() < cut < offset + match.end():
                return True
    return False


def group_name(text: str, after: str = "") -> str | None:
    """The text as a group's name: a dictionary group, an unlisted proper name, or any
    capitalised name the text right ``after`` it calls a group ("X, an animal rights group")."""
    from dateline.vocabulary.actors import named_in
    from dateline.vocabulary.naming import unlisted_group

    text = _drop_trailing_links(text.strip())
    if named_in(text):
        return text
    if text[:1].isupper() and V.pattern("attribution_names", "apposed_group").match(after):
        return text
    head = V.pattern("attribution_names", "group_word").search(text)
    probe = text[: head.start()] + head.group().title() + text[head.end() :] if head else text
    return text if unlisted_group(probe) is not None else None


def group_name_pattern() -> str:
    """A group's name after a linking phrase, as its first group (``attribution_names``)."""
    return V.pattern("attribution_names", "group_name").pattern


@functools.cache
def lead_then_name(concept: str, lead: str) -> re.Pattern[str]:
    """The ``lead`` pattern of ``concept`` followed by a group's name (group 1):
    "members of X", "in the name of X"."""
    first = V.pattern(concept, lead)
    return re.compile("(?:" + first.pattern + ")" + group_name_pattern(), first.flags)
