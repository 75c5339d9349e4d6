"""Claims, blame, denials and sources: who said who did it, read off reporting sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dateline.models import Attribution, Blame, Evidence, Source
from dateline.text import tree

UNCLAIMED = re.compile(
    r"\b(no (one|group|organi[sz]ation|party)( has| had)?( yet| so far| immediately)? "
    r"claimed|(has|had) not (yet )?been claimed|unclaimed|nobody (has )?claimed|"
    r"no claim of responsibility)\b",
    re.I,
)
CLAIM_VERBS = frozenset("claim accept admit take assume".split())
BLAME_VERBS = frozenset("blame accuse hold attribute suspect".split())
# "Police believe the PKK carried out the attack": belief verbs blame their clause's subject.
BELIEF_VERBS = frozenset("believe suspect think say allege".split())
# Verbs of doing the act, in a claim ("said it carried out") or a belief clause.
DOING_VERBS = frozenset(
    "carry stage launch conduct perpetrate commit fire attack kill plant detonate "
    "orchestrate mastermind execute bomb".split()
)
# What a claim is of: "claimed responsibility/credit", "claimed the attack".
CLAIMED_WORDS = re.compile(
    r"\b(responsibility|credit|attack|attacks|bombing|bombings|blast|explosion|arson|"
    r"killing|killings|kidnapping|abduction|assassination|incident|strike|raid|ambush|"
    r"shooting|operation)\b",
    re.I,
)
# Adjectives that blame the group they modify: "suspected JNIM militants".
HEDGE_WORDS = frozenset("suspected presumed alleged".split())
HEDGES = frozenset("suspectedly allegedly reportedly presumably apparently likely".split())
# Speakers that name no one: "a report said", "no one claimed", "initial indications".
NO_SPEAKER = frozenset(
    "report reports one nobody incident indication indications statement statements "
    "it this that which who data figures video footage".split()
)
DENY_VERBS = frozenset("deny reject refute".split())
SAY_VERBS = frozenset(
    "say report tell confirm announce state add claim quote note explain according".split()
)
OUTLET_WORDS = re.compile(
    r"\b(Reuters|AFP|Agence France-Presse|AP|Associated Press|BBC|Al Jazeera|CNN|"
    r"Xinhua|TASS|Anadolu|\w+ (news agency|newspaper|television|TV|radio|daily))\b"
)
KIND_WORDS = {
    "spokesperson": re.compile(r"spokes(man|woman|person)", re.I),
    "witness": re.compile(r"\b(witness(es)?|resident|residents|survivor|villager)s?\b", re.I),
    "official": re.compile(
        r"\b(official|officials|minister|ministry|department|pentagon|police|army|military|"
        r"government|governor|mayor|commander|authorities|president|chief)\b",
        re.I,
    ),
    "group": re.compile(r"\b(group|militants|rebels|movement|organi[sz]ation)\b", re.I),
}
ANONYMOUS = re.compile(
    r"\b(condition of anonymity|declined to be (named|identified)|unnamed|anonymous|"
    r"did not want to be named|who asked not to be (named|identified))\b",
    re.I,
)


@dataclass(slots=True)
class Findings:
    attribution: Attribution
    sources: list[Source]
    evidence: list[Evidence]


def find_attribution(doc: Any) -> Findings:
    """Attribution and sources stated anywhere in the article."""
    found = Findings(Attribution(), [], [])
    for sent in doc.sents:
        _read_sentence(sent, found)
        _read_links(sent, found)
        _read_in_name_of(sent, found)
        _read_suspected(sent, found)
        _read_arrested_members(sent, found)
        _read_signature(sent, found)
    for label, sent in motive_labels(doc):
        _blame(found, label, None, sent)
    return found


def _read_sentence(sent: Any, found: Findings) -> None:
    if UNCLAIMED.search(sent.text):
        found.attribution.unclaimed = True
        found.evidence.append(_evidence("attribution.unclaimed", sent))
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in CLAIM_VERBS and _claims_act(token):
            _add_claim(token, found)
        elif lemma in BLAME_VERBS or token.lower_ in HEDGE_WORDS:
            _add_blame(token, found)
        elif lemma in DENY_VERBS:
            _add_denial(token, found)
        if lemma in BELIEF_VERBS:
            _add_belief(token, found)
        hedged = _hedged(token.head) or _hedged(token)
        if token.dep_ == "agent" and hedged and (doer := tree.pobj(token)) is not None:
            _blame(found, _noun_phrase(doer), None, token.sent)
        if lemma in SAY_VERBS or (token.lower_ == "according" and token.dep_ == "prep"):
            _add_source(token, sent, found)


def _claims_act(verb: Any) -> bool:
    """'claimed responsibility/credit', 'claimed the attack', 'took responsibility'."""
    if verb.lemma_.lower() != "claim":
        obj = tree.child(verb, "dobj")
        if obj is None and verb.lemma_.lower() == "admit":  # "admitted to the killing"
            to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            act = tree.pobj(to)
            return act is not None and bool(CLAIMED_WORDS.search(act.lemma_ + " " + act.text))
        return obj is not None and obj.lower_ in ("responsibility", "credit")
    if verb.dep_ == "amod" or tree.child(verb, "ccomp") is not None:
        return False  # "claimed that ...": a statement, not a claim of the act
    obj = tree.child(verb, "dobj") or tree.child(verb, "nsubjpass")
    return obj is not None and bool(CLAIMED_WORDS.search(obj.lemma_ + " " + obj.text))


def _add_claim(verb: Any, found: Findings) -> None:
    claimant = tree.subject(verb) if tree.child(verb, "nsubjpass") is None else _agent(verb)
    if claimant is None and verb.dep_ in ("advcl", "acl", "xcomp", "conj"):
        claimant = _participle_claimant(verb)
    claimant = _called(claimant) if claimant is not None else None
    if claimant is not None and claimant.lower_ in ("group", "organization", "organisation"):
        claimant = tree.child(claimant, "appos") or claimant  # "the group ELF claimed ..."
    if claimant is not None and claimant.lemma_.lower() in MESSAGE_WORDS:
        claimant = _message_sender(claimant)  # "a statement posted by X claimed ..."
    if claimant is None or _negated(verb) or claimant.lower_ in ("one", "nobody"):
        return
    if claimant.lower_ == "group" and all(c.dep_ == "det" for c in claimant.lefts):
        return  # "a group claimed ...": no name to record
    if claimant.pos_ == "PRON" or any(c.lower_ == "no" for c in claimant.children):
        return
    name = _noun_phrase(claimant)
    if name not in found.attribution.claimed_by:
        found.attribution.claimed_by.append(name)
        found.evidence.append(_evidence("attribution.claimed_by", verb.sent))


# What a claim is sent in: "a letter signed by the ELF", "a statement from the group".
MESSAGE_WORDS = frozenset(
    "letter letters message messages statement statements communique communiqué email "
    "e-mail video note notes posting post claim fax leaflet leaflets".split()
)


def _message_sender(message: Any) -> Any | None:
    """The group a claiming message comes from: the first listed group or organisation
    named inside the message's phrase ("a statement on a website used by X"), else None:
    the message itself names no one."""
    for token in message.subtree:
        if token.i == message.i or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if token.ent_type_ == "ORG" or _named_group(token):
            return token
    return None


def _participle_claimant(verb: Any) -> Any | None:
    """The claimant of a claim with no subject of its own ("..., claiming responsibility"):
    the subject of the clause it hangs on, or, when that is a letter or video, whoever
    signed or sent it ("a letter signed by the ELF was sent ..., claiming ...")."""
    head = verb.head
    subject = tree.subject(head) if head.i != verb.i else None
    if head.lower_ in MESSAGE_WORDS:
        subject = head
    if subject is None:
        return None
    if subject.lemma_.lower() not in MESSAGE_WORDS:
        named = subject.ent_type_ in ("ORG", "PERSON", "NORP") or _named_group(subject)
        return subject if named else None
    for child in subject.children:
        if child.dep_ in ("acl", "relcl") and (doer := _agent(child)) is not None:
            return doer
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return tree.pobj(child)
    return None


def _called(head: Any) -> Any:
    """'a group called "Revenge of the Trees"': the name, not the word 'group'."""
    for child in head.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in ("call", "name", "know"):
            name = (
                tree.child(child, "oprd") or tree.child(child, "attr") or tree.child(child, "dobj")
            )
            if name is not None:
                return name
    return head


def _add_blame(verb: Any, found: Findings) -> None:
    """Active: 'X blamed/accused Y', 'attributed it to Y'; passive: 'Y is suspected'."""
    if verb.dep_ in ("amod", "compound") and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head
        while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if _named_group(head):  # "suspected JNIM militants"
            _blame(found, _noun_phrase(head), None, verb.sent)
        return
    passive = tree.child(verb, "nsubjpass")
    if passive is not None:
        by = _agent(verb)
        _blame(found, _noun_phrase(passive), by and _noun_phrase(by), verb.sent)
        return
    target = tree.child(verb, "dobj")
    if verb.lemma_.lower() == "attribute":
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        target = tree.pobj(to) if to is not None else None
    if target is None or target.pos_ == "PRON":
        return
    by = tree.subject(verb)
    _blame(found, _noun_phrase(target), by and _noun_phrase(by), verb.sent)


def _add_belief(verb: Any, found: Findings) -> None:
    """'Police suspect the PKK carried out the attack': the clause's doer is blamed."""
    passive = tree.child(verb, "nsubjpass")
    if passive is not None and (_behind(verb) or any(_behind(c) for c in verb.children)):
        by = _agent(verb)  # "X is believed (to be) responsible / behind the attack"
        _blame(found, _noun_phrase(passive), by and _noun_phrase(by), verb.sent)
        return
    clause = tree.child(verb, "ccomp")
    if clause is None or clause.lemma_.lower() not in DOING_VERBS | {"be"}:
        return
    doer = tree.child(clause, "nsubj")
    if doer is None or (doer.pos_ == "PRON" and verb.lemma_.lower() != "say"):
        return
    speaker = tree.subject(verb)
    if doer.pos_ == "PRON" or (verb.lemma_.lower() == "say" and _own_people(doer)):
        # "Hamas said it fired the rockets": a group speaking of its own act claims it
        if _own_act(speaker, doer, clause):
            _add_claim_name(_noun_phrase(speaker), verb.sent, found)
        return
    if verb.lemma_.lower() == "say" or (clause.lemma_.lower() == "be" and not _behind(clause)):
        return
    _blame(found, _noun_phrase(doer), speaker and _noun_phrase(speaker), verb.sent)


def _own_act(speaker: Any | None, doer: Any, clause: Any) -> bool:
    if speaker is None or speaker.pos_ == "PRON":
        return False
    if doer.lower_ not in ("it", "they", "we") and not _own_people(doer):
        return False
    return clause.lemma_.lower() in DOING_VERBS and _armed_group(speaker)


def _own_people(doer: Any) -> bool:
    """'its fighters', 'our men': a group's own people, whose act it claims by telling it."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for c in doer.children)


def _behind(verb: Any) -> bool:
    """'X was behind the attack', 'X was responsible for it'."""
    return any(c.lower_ in ("behind", "responsible") for c in verb.children)


def _named_group(token: Any) -> bool:
    """Whether the phrase names a group of the actor dictionary."""
    from dateline.vocabulary.actors import named_in

    return bool(named_in(_noun_phrase(token)))


def _armed_group(token: Any) -> bool:
    from dateline.vocabulary.naming import resolve_actor

    actor = resolve_actor(_noun_phrase(token), None)
    return actor is not None and actor.inter in (2, 3, 4)


def _add_claim_name(name: str, sent: Any, found: Findings) -> None:
    if name not in found.attribution.claimed_by:
        found.attribution.claimed_by.append(name)
        found.evidence.append(_evidence("attribution.claimed_by", sent))


def _blame(found: Findings, actor: str, by: str | None, sent: Any) -> None:
    if any(b.actor == actor for b in found.attribution.blamed) or not _names_someone(actor):
        return
    found.attribution.blamed.append(Blame(actor=actor, by=by))
    found.evidence.append(_evidence("attribution.blamed", sent))
    if by is not None and by.lower() not in NO_SPEAKER and " " in by:
        _record_source(found, by, False, sent)  # who blamed is a source of the blame


def _names_someone(phrase: str) -> bool:
    """Whether a blamed phrase can be a doer: a name (capitalised) or a word for an actor;
    "the gun" or "hatred", misread as blamed, name no one."""
    from dateline.vocabulary.naming import resolve_actor

    if re.search(r"\b[A-Z]", phrase) and len(phrase.split()) <= 12:
        return True
    return resolve_actor(phrase, None) is not None


def _hedged(verb: Any) -> bool:
    """'firebombed, suspectedly by the ELF': a doer named with a hedge is only blamed."""
    return verb.lower_ in HEDGES or any(c.lower_ in HEDGES for c in verb.children)


def _add_denial(verb: Any, found: Findings) -> None:
    if (subject := tree.subject(verb)) is not None and subject.pos_ != "PRON":
        found.attribution.denied_by.append(_noun_phrase(subject))
        found.evidence.append(_evidence("attribution.denied_by", verb.sent))


def _add_source(token: Any, sent: Any, found: Findings) -> None:
    speaker = _speaker(token)
    if speaker is None or speaker.lemma_.lower() in NO_SPEAKER:
        return
    if any(c.lower_ in ("no", "any") for c in speaker.children):
        return
    anonymous = bool(ANONYMOUS.search(sent.text)) or speaker.lemma_.lower() == "source"
    _record_source(found, _phrase(speaker), anonymous, sent)


def _record_source(found: Findings, name: str, anonymous: bool, sent: Any) -> None:
    """Add a source, merging repeats: "the official" and "a US official" are the "US
    defense official" named before (same head word, words a subset of the fuller name)."""
    for index, source in enumerate(found.sources):
        if _same_speaker(name, source.name):
            fuller = max(name, source.name, key=lambda n: len(n.split()))
            found.sources[index] = Source(fuller, source.kind, source.anonymous or anonymous)
            return
    found.sources.append(Source(name, _kind(name), anonymous))
    found.evidence.append(_evidence("sources", sent))


def _same_speaker(one: str, two: str) -> bool:
    a, b = one.lower().split(), two.lower().split()
    if not a or not b or a[-1] != b[-1]:
        return False
    return set(a) <= set(b) or set(b) <= set(a)


def _speaker(token: Any) -> Any | None:
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    subject = tree.subject(token)
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject


def _kind(name: str) -> str:
    if OUTLET_WORDS.search(name):
        return "outlet"
    return next((kind for kind, rx in KIND_WORDS.items() if rx.search(name)), "official")


def _agent(verb: Any) -> Any | None:
    """The doer of a passive verb: the object of its 'by'."""
    by = tree.child(verb, "agent")
    return tree.pobj(by) if by is not None else None


def _noun_phrase(head: Any) -> str:
    """A named group in full: its entity span, 'of' phrases and a bracketed acronym.

    'the Coalition to Save the Preserves (CSP)', 'Members of the Animal Liberation Front'.
    """
    from dateline.text.phrases import noun_phrase

    span = noun_phrase(head)
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


# Lower-case words inside an organisation's name: "Coalition to Save the Preserves".
NAME_LINKS = frozenset("to for of the and de".split())
# Linking words a name cannot end on: "X for the (bombing)", "X of (carrying out)".
TRAILING_LINKS = frozenset("to for of the and de in al el".split())


def _drop_trailing_links(name: str) -> str:
    """The name without the linking words a greedy match left at its end (a loop over
    words, not a regex anchored at the end, which rescans runs of such words)."""
    words = name.split()
    while len(words) > 1 and words[-1] in TRAILING_LINKS:
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
        if word in NAME_LINKS and nxt[:1].isupper() and nxt.isalpha():
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


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _object_mentions(verb: Any, word: str) -> bool:
    return any(word in c.lower_ for c in verb.subtree)


def _phrase(head: Any) -> str:
    """The head with its left modifiers: 'the US Defense Department', 'Iran-aligned groups'."""
    left = [t for t in head.lefts if t.dep_ in ("compound", "amod", "det", "poss", "nmod")]
    start = min([head.i, *(t.left_edge.i for t in left)])
    words = head.doc[start : head.i + 1]
    return re.sub(r"^(the|a|an) ", "", words.text, flags=re.I)


def _evidence(field: str, sent: Any) -> Evidence:
    return Evidence(field=field, text=sent.text, start=sent.start_char, end=sent.end_char)


# A group's name after a linking phrase: capitalised words with their linking words, an
# optional lower-case group word ("movement") and a bracketed acronym.
_GROUP_NAME = (
    r"(?:the\s+)?(?:(?:[a-z]+-[a-z]+|[a-z]+ist)\s+)?"
    r"((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|the|for|to|and|in|al|el))*"
    r"(?:\s+(?:movement|group|organi[sz]ation|network|militia|cell))?"
    r"(?:\s+\([A-Z]{2,}\))?)"
)
# Ties of the doers to a group, read as blame: "may have links to the ELF", "believed to be
# a branch of the ALF", "was a member of X", "identified as part of the X movement".
LINKS = re.compile(
    r"\b(?:links?|ties|connections?)\s+(?:to|with)\s+"
    r"|\b(?:linked|tied|affiliated|connected)\s+(?:to|with)\s+"
    r"|\b(?:belong(?:s|ed|ing)?|loyal)\s+to\s+|\b(?:bore|bears?|had|has)\s+(?:all\s+)?the\s+"
    r"(?:hallmarks?|signature)\s+of\s+"
    r"|\b(?:a|an|the)\s+(?:branch|cell|wing|offshoot|affiliate|faction|front)\s+of\s+"
    r"|\b(?:is|was|were|are|be|been|being|as)\s+(?:a\s+|an\s+)?(?:founding\s+|former\s+)?"
    r"(?:members?|part)\s+of\s+"
)
_LINK_THEN_NAME = re.compile(r"(?:" + LINKS.pattern + r")" + _GROUP_NAME)
_DENIED_LINK = re.compile(r"\b(no|not|never|den(y|ied|ies)|without)\b", re.I)


def _read_links(sent: Any, found: Findings) -> None:
    """Blame a named group the doers are tied to: links, branches, membership."""
    text = sent.text
    for match in _LINK_THEN_NAME.finditer(text):
        if _DENIED_LINK.search(text[max(0, match.start() - 40) : match.start()]):
            continue  # "had no connections with X", "did not claim to be a member of X"
        if (name := _group_name(match.group(1), text[match.end() :])) is not None:
            _blame(found, name, None, sent)
        for other in re.finditer(r"\s+(?:and/or|or|and)\s+" + _GROUP_NAME, text[match.end() :]):
            if other.start() != 0:
                break
            after = text[match.end() + other.end() :]
            if (name := _group_name(other.group(1), after)) is not None:
                _blame(found, name, None, sent)
            break


# Members of a group held for the act: "arrested three members of X for the bombing",
# "members of X were convicted of the attack". The arrest must be for an act (a claimed word
# after for/over/of/in connection with), so an unrelated round-up blames no one.
MEMBERS_OF = re.compile(r"\bmembers?\s+of\s+" + _GROUP_NAME)
_HELD = re.compile(
    r"\b(?:arrest|detain|charg|convict|sentenc|indict|prosecut|jail|imprison|apprehend)\w*",
    re.I,
)
_FOR_THE_ACT = re.compile(
    r"\b(?:for|over|of|in\s+connection\s+(?:with|to))\s+(?:the|this|that|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?" + CLAIMED_WORDS.pattern.removeprefix(r"\b"),
    re.I,
)


def _read_arrested_members(sent: Any, found: Findings) -> None:
    """Blame a named group whose members were arrested, charged or convicted for the act."""
    text = sent.text
    if _HELD.search(text) is None or _FOR_THE_ACT.search(text) is None:
        return
    for match in MEMBERS_OF.finditer(text):
        if _DENIED_LINK.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        if (name := _group_name(match.group(1), text[match.end() :])) is not None:
            _blame(found, name, None, sent)


# A hedged identity of the doers, often in brackets: "(suspected to be JNIM militants)",
# "believed to be ISGS fighters", "is suspected to have been planted by X".
SUSPECTED_TO_BE = re.compile(
    r"\b(?:suspected|believed|thought|presumed|assumed)\s+to\s+(?:be|have\s+been)\s+"
    r"(?:[a-z]+\s+by\s+)?" + _GROUP_NAME
)


def _read_suspected(sent: Any, found: Findings) -> None:
    """Blame, with no one behind it, the group the report says the doers are thought to be:
    the report's own hedged finding, which ACLED codes as the suspected actor."""
    for match in SUSPECTED_TO_BE.finditer(sent.text):
        if _DENIED_LINK.search(sent.text[max(0, match.start() - 20) : match.start()]):
            continue  # "not believed to be X"
        if (name := _group_name(match.group(1), sent.text[match.end() :])) is not None:
            _blame(found, name, None, sent)


# Marks the doers leave at the scene or put out after it: a group's name or initials painted
# or written there, a note or letter signed with it, its website or communiqué listing the act.
SIGNATURE = re.compile(
    r"\b(?:spray[- ]?paint\w*|graffiti|scrawl\w*|(?:were|was)\s+painted|initials|"
    r"(?:a|the|with|left)\s+(?:hand-?written\s+)?(?:notes?|letters?)\b[^.;]{0,40}?\b(?:reading|"
    r"stating|saying|signed|from)|communiqu\w*|website)\b",
    re.I,
)
# "an ALF spokesman", "the ELF's press office": the group itself speaking of the act.
GROUP_VOICE = r"(?:['’]s)?\s+(?:spokes(?:man|woman|person)|press\s+office|communiqu\w*|website)\b"


def _read_signature(sent: Any, found: Findings) -> None:
    """A listed group whose name the doers left as a signature (spray-painted initials, a
    note signed with it) or whose own voice lists the act (its spokesman, communiqué or
    website): GTD codes the act to the group, as a claim made in its name."""
    from dateline.vocabulary.actors import named_in

    text = sent.text
    signed = SIGNATURE.search(text) is not None
    for named in named_in(text):
        match = named.pattern.search(text)
        if match is None:
            continue
        voiced = re.match(GROUP_VOICE, text[match.end() :], re.I) is not None
        known = any(named.pattern.search(claim) for claim in found.attribution.claimed_by)
        if (signed or voiced) and not known:
            _add_claim_name(named.name, sent, found)


IN_NAME_OF = re.compile(r"\b(?:in the name of|on behalf of)\s+" + _GROUP_NAME)


def _read_in_name_of(sent: Any, found: Findings) -> None:
    """'claiming the arson in the name of the ELF', 'acted on behalf of X': the group's
    name is put on the act, a claim made for it."""
    for match in IN_NAME_OF.finditer(sent.text):
        if (name := _group_name(match.group(1), sent.text[match.end() :])) is not None:
            _add_claim_name(name, sent, found)


# An apposition calling the name before it a group: "X, an anti-immigration group".
# Bounded: at most five single words (words and spaces are disjoint classes) before the head.
_APPOSED_GROUP = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:group|organi[sz]ation|movement|network|militia|cell|gang|faction)\b"
)


def _group_name(text: str, after: str = "") -> str | None:
    """The text as a group's name: a dictionary group, an unlisted proper name, or any
    capitalised name the text right ``after`` it calls a group ("X, an animal rights group")."""
    from dateline.vocabulary.actors import named_in
    from dateline.vocabulary.naming import unlisted_group

    text = _drop_trailing_links(text.strip())
    if named_in(text):
        return text
    if text[:1].isupper() and _APPOSED_GROUP.match(after):
        return text
    head = re.search(r"\s(movement|group|organi[sz]ation|network|militia|cell)\b", text)
    probe = text[: head.start()] + head.group().title() + text[head.end() :] if head else text
    return text if unlisted_group(probe) is not None else None


# Motives the text states for the doers, as the GTD codebook labels unaffiliated
# perpetrators: an ideology word beside a person, a belief or a message ("an anti-abortion
# activist", "his anti-Israeli views", "a white supremacist", "swastikas were painted").
_IDEOLOGIES: tuple[tuple[str, str], ...] = (
    ("Anti-Abortion", r"anti-?abortion|pro-?life"),
    ("Anti-Government", r"anti-?government|anti-?federal|sovereign citizens?|militia movement"),
    ("Neo-Nazi", r"neo-?nazis?|swastikas?|national socialists?"),
    ("White", r"white (?:supremacists?|supremacy|nationalists?|power|separatists?)|ku klux klan"),
    ("Anti-Semitic", r"anti-?semit(?:ic|ism)|antisemit(?:ic|ism)|anti-?jewish"),
    ("Anti-Muslim", r"anti-?muslim|anti-?islam(?:ic)?|islamophob(?:ic|ia)"),
    ("Anti-Israeli", r"anti-?israeli?"),
    ("Anti-Immigrant", r"anti-?immigra(?:nt|tion)"),
    ("Anti-Police", r"anti-?police"),
    ("Environmental", r"environmental|eco-?(?:radical|anarchist)s?"),
    ("Anti-Liberal", r"anti-?liberal"),
)
# Ideology words that name a person or a symbol of the creed by themselves.
_SELF_NAMING = {
    "Neo-Nazi": r"neo-?nazis?|swastikas?|national socialists?",
    "White": r"white (?:supremacists?|nationalists?|separatists?)|ku klux klan|klansm[ae]n",
    "Anti-Government": r"sovereign citizens?",
}
# What an ideology word must qualify to be the doers' motive, not a crowd's slogan.
_HOLDERS = (
    r"activists?|extremists?|militants?|m[ae]n|wom[ae]n|gunm[ae]n|attackers?|assailants?|"
    r"suspects?|members?|supporters?|sympathi[sz]ers?|groups?|organi[sz]ations?|movements?|"
    r"militias?|militiam[ae]n|beliefs?|views?|ideology|ideologies|sentiments?|motives?|"
    r"motivations?|grievances?|manifesto|literature|slogans?|messages?|graffiti|symbols?|"
    r"rhetoric|tattoos?|writings?|posts?|leanings?|individual|perpetrators?|shooter|bomber|"
    r"convictions?|causes?|agenda"
)
# "disliked Islam", "hatred of Jews", "opposed to abortion": the object names the motive.
_AGAINST = (
    r"(?:dislik\w*|hat(?:e|ed|es|red|ing)(?:\s+(?:of|for|towards?))?|opposed\s+to|"
    r"opposition\s+to|grudge\s+against|anger\s+at|angry\s+at|angered\s+by)\s+(?:the\s+)?"
)
_AGAINST_OBJECTS: tuple[tuple[str, str], ...] = (
    ("Anti-Muslim", r"islam|muslims?"),
    ("Anti-Semitic", r"jews|jewish people|judaism"),
    ("Anti-Abortion", r"abortions?|abortion providers"),
    ("Anti-Government", r"(?:federal\s+)?government|(?:federal\s+)?authorities"),
    ("Anti-Israeli", r"israel"),
    ("Anti-Immigrant", r"immigrants|immigration|migrants"),
    # "hatred for progressive social policies", "opposed to liberals" (GTD's Anti-Liberal)
    (
        "Anti-Liberal",
        r"liberals|liberalism|progressives|progressive\s+(?:social\s+)?(?:policies|politics|"
        r"causes|values|ideas)",
    ),
)
# A note or letter left by the doers that rails at the government states their motive.
_GRIEVANCE = re.compile(
    r"\b(?:notes?|letters?|manifesto|messages?|writings?)\b[^.;]{0,80}?\b(?:bemoan|criticiz|"
    r"criticis|denounc|condemn|decr(?:y|ied)|rail(?:ed|ing|s)? against|complain)\w*"
    r"(?:\s+about)?\s+(?:the\s+)?(?:power\s+of\s+the\s+|abuses\s+of\s+the\s+)?"
    r"(?:federal\s+)?government\b",
    re.I,
)
# A racist aim or choice of victims: "to start a race war", "targeted the church because
# the congregation was black" (GTD's "White extremists").
_RACIAL = re.compile(
    r"\brace\s+war\b|\bbecause\s+(?:the|its|his|her|their|they|he|she)\b[^.;]{0,60}?\b"
    r"(?:African[- ]Americans?|black|blacks)\b",
    re.I,
)
# Jihadist movements and their name's spellings (al-Qa'ida loses its apostrophe in copy).
JIHADIST = (
    r"al[- ]?qa['’ ]?[ie]?da|al[- ]?qaeda|islamic state|isis|isil|daesh|al[- ]?shabaa?b|"
    r"osama bin laden|bin laden|jihad(?:ist|i)?s?"
)
# Inspiration, not membership: the GTD's "Jihadi-inspired extremists".
_INSPIRED = re.compile(
    r"\b(?:inspired|influenced|radicali[sz]ed|fascinated|motivated)\s+by\s+(?:the\s+)?(?:"
    + JIHADIST
    + r")\b|\b(?:sympathi[sz]er|supporter|soldier|follower)s?\s+(?:of|for)\s+(?:the\s+)?(?:"
    + JIHADIST
    + r")\b|\bsympathetic\s+(?:to|with|towards?)\s+(?:[\w/'’-]+\s+){0,5}?(?:"
    + JIHADIST
    + r")\b|\b(?:allegiance|loyalty)\s+to\s+(?:the\s+)?(?:"
    + JIHADIST
    + r")\b|\b(?:jihadi|jihadist)[- ](?:attack|inspired)",
    re.I,
)
# Acting for a faith, not against one: "to avenge the deaths of Muslims", "in the name of
# Islam" (GTD's "Muslim extremists").
_FOR_ISLAM = re.compile(
    r"\b(?:avenge|in the name of|draw attention to|defend|defence of|defense of)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:islam|muslims)\b",
    re.I,
)
# Every label ``motive_labels`` gives: actors of their own, unaffiliated doers (assemble).
MOTIVE_LABELS = frozenset(
    f"{label} extremists"
    for label in [*(name for name, _ in _IDEOLOGIES), "Jihadi-inspired", "Muslim"]
)
# Providers of abortion as a place or person attacked: "an abortion clinic", "Planned
# Parenthood of X", "a doctor who performed abortions".
_ABORTION_PROVIDER = re.compile(
    r"\b(?:abortion\s+(?:clinics?|providers?|doctors?|facilit(?:y|ies)|cent(?:er|re)s?)|"
    r"Planned\s+Parenthood|performed\s+abortions)\b",
    re.I,
)
# Houses of worship and memorials of one faith, attacked by doers who state no motive:
# GTD codes such attacks (as those on abortion providers) by the hatred they express.
_JEWISH_SITE = re.compile(
    r"\b(?:synagogues?|Jewish\s+(?:temples?|cent(?:er|re)s?|schools?|federation|community\s+"
    r"cent(?:er|re)s?|cemeter(?:y|ies))|Holocaust\s+(?:memorial|museum)s?)\b",
    re.I,
)
_MUSLIM_SITE = re.compile(
    r"\b(?:mosques?|Islamic\s+(?:cent(?:er|re)s?|schools?|societ(?:y|ies))|masjid)\b", re.I
)
# Insurgents and their kin: where they act, a target's faith says nothing of the motive.
_ARMED_DOERS = re.compile(
    r"\b(?:militants?|jihadists?|insurgents?|rebels?|bandits?|terrorists?|militias?|"
    r"gunm[ae]n|fighters?)\b",
    re.I,
)
# Doers the report says no one knows: only a known doer's target tells of his motive.
_UNKNOWN_DOERS = re.compile(r"\b(?:unknown|unidentified)\b", re.I)
_TARGET_MOTIVES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Anti-Abortion extremists", _ABORTION_PROVIDER),
    ("Anti-Semitic extremists", _JEWISH_SITE),
    ("Anti-Muslim extremists", _MUSLIM_SITE),
)
# Sentences about demonstrations: their slogans are a crowd's, not an attacker's motive.
_CROWD = re.compile(r"\b(protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|rioters?)\b", re.I)


def motive_labels(doc: Any) -> list[tuple[str, Any]]:
    """GTD-style "<Motive> extremists" labels for motives the article states, in order.

    Read from the words of the text (an ideology beside the doer or his beliefs, an object
    of hatred, a note that rails at the government, an inspiring jihadist group). A target
    says nothing of its doer, with exceptions GTD codes by convention when the text states
    no other motive: an attack on an abortion provider (whose only known motive is
    opposition to abortion), and a known, unaffiliated doer's attack on a synagogue or a
    mosque (hatred of the faith).
    """
    found: list[tuple[str, Any]] = []
    for sent in doc.sents:
        if _CROWD.search(sent.text):
            continue
        for label in _sentence_motives(sent.text):
            if all(label != seen for seen, _ in found):
                found.append((f"{label} extremists", sent))
    # GTD leaves an unknown doer of a faith's site unknown, and insurgents' targets tell
    # nothing of their creed: only a known, unaffiliated doer's is read
    doers = (_UNKNOWN_DOERS, _ARMED_DOERS)
    faith_read = not any(p.search(s.text) for p in doers for s in doc.sents)
    for label, target in _TARGET_MOTIVES if not found else ():
        if label != "Anti-Abortion extremists" and not faith_read:
            continue
        hit = next((s for s in doc.sents if target.search(s.text)), None)
        if hit is not None and not _CROWD.search(hit.text):
            found.append((label, hit))
            break
    names = [label for label, _ in found]
    if "Neo-Nazi extremists" in names and "White extremists" in names:
        found = [hit for hit in found if hit[0] != "White extremists"]  # the narrower label
    return found[:2]


def _sentence_motives(text: str) -> list[str]:
    labels: list[tuple[int, str]] = []
    for label, words in _IDEOLOGIES:
        held = re.search(rf"\b(?:{words})\b(?:\s+[\w-]+){{0,2}}?\s+(?:{_HOLDERS})\b", text, re.I)
        symbol = label in _SELF_NAMING and re.search(rf"\b(?:{_SELF_NAMING[label]})\b", text, re.I)
        if held or symbol:
            labels.append(((held or symbol).start(), label))
    for label, words in _AGAINST_OBJECTS:
        if match := re.search(rf"\b{_AGAINST}(?:{words})\b", text, re.I):
            labels.append((match.start(), label))
    if match := _RACIAL.search(text):
        labels.append((match.start(), "White"))
    if match := _GRIEVANCE.search(text):
        labels.append((match.start(), "Anti-Government"))
    if match := _INSPIRED.search(text):
        labels.append((match.start(), "Jihadi-inspired"))
    if match := _FOR_ISLAM.search(text):
        labels.append((match.start(), "Muslim"))
    return [label for _, label in sorted(labels)]
