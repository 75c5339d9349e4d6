"""Toponym mentions in a spaCy Doc: which spans name places, before any resolution.

Sources: GPE/LOC/FAC entities (cleaned: "the", direction adjectives, possessives
removed; a following "province"/"airbase"/... word joined on), plus capitalised spans NER
missed or mislabelled, kept only where the context marks them as places (a locative
preposition before, a feature word after, a "City, ST" pattern, a multi-word or site
name). Whether a span is really a place is decided later, against the gazetteer.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.analyze.nlp import load_nlp
from dateline.settings import MODEL_NAMES
from dateline.text.names import name_key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAYBE_LABELS = frozenset({"ORG", "PERSON", "NORP"})  # NER often mislabels places as these
# Labels NER gives unfamiliar names it cannot place, notably a run like "Town (Town,
# Province" that it reads as a title: their capitalised words are scanned like unlabelled
# ones, so the context (a preposition, a bracketed unit) decides.
MISREAD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeast northwest"
    " southeast southwest northeastern northwestern southeastern southwestern north-east"
    " north-west south-east south-west north-eastern north-western south-eastern"
    " south-western upstate downtown greater".split()
)
# Words that open the name of a neighbourhood or hamlet in many languages ("Colonia
# Libertad", "Barrio Obrero", "kwaeng Din Daeng"): cut from the name, no place of their own.
NAME_OPENERS = frozenset(
    "colonia barrio fraccionamiento ejido bairro vila quartier secteur sector zona aldea"
    " caserio vereda corregimiento municipio kwaeng khet tambon mahalla kebele kelurahan"
    " desa kampung barangay purok sitio".split()
)
# Feature words that follow a name, by the kind of place they point to.
FEATURE_WORDS = {
    **dict.fromkeys(
        "province governorate district oblast region county state parish prefecture"
        " department municipality raion krai territory emirate canton wilaya"
        " commune division".split(),
        "admin",
    ),
    **dict.fromkeys("city town village township suburb neighbourhood neighborhood".split(), "town"),
    **dict.fromkeys(
        "airbase base airfield airport camp crossing checkpoint garrison outpost barracks"
        " refinery field plant dam bridge port harbour harbor hospital mosque".split(),
        "site",
    ),
}
AIR_NOUNS = frozenset({"base", "field", "station"})
LOCATIVE = frozenset(
    "in at near from to into outside inside across around toward towards via through"
    " between throughout within along off".split()
)
STATIC_LOCATIVE = frozenset("in at near outside inside around".split())
# "the village of X", "in the area of X": a place noun whose "of" introduces a name.
PLACE_NOUNS = frozenset(
    "area village town city region district province department commune municipality"
    " locality vicinity outskirts outskirt neighbourhood neighborhood suburb hamlet settlement"
    " localities villages towns streets capital centre center heart".split()
)
# "the municipal school of X", "residents of X", "the mayor of X": people and public bodies
# named for the place they belong to.
BELONGING_NOUNS = frozenset(
    "school schools university hospital mayor prefecture prefect governor residents people"
    " inhabitants population youths chief chiefs market townhall hall council".split()
)
# "coded as X", "located in X": ACLED coders' and reporters' phrasing for the place.
CODING_VERBS = frozenset("coded located based situated".split())
# Lower-case words inside a name; the Arabic article forms that are also English words
# ("as", "at", "an") count only when hyphenated ("Ras an-Naqoura").
CONNECTORS = frozenset("al el de del la le du di da do dos das von van bin ibn abu".split())
# Romance particles inside one place name ("Santa Cruz de la Sierra", "Rio Grande do Norte"):
# NER often ends a name on them or splits the name around them.
NAME_LINKS = frozenset("de del la do dos das da di du des della".split())
HYPHENED_CONNECTORS = frozenset("ad ash as ar an at az".split())
METONYM_VERBS = frozenset(
    "say said says tell told announce announced accuse accused blame blamed believe believed"
    " deny denied warn warned claim claimed condemn condemned urge urged demand demanded"
    " insist insisted vow vowed threaten threatened respond responded reject rejected"
    " want wanted support supported".split()
)

# Nouns that a place name modifies as its government or people ("US troops").
AGENT_NOUNS = frozenset(
    "troop force soldier personnel official government military army navy police"
    " authority embassy president minister ministry leader diplomat envoy ambassador"
    " spokesman spokeswoman spokesperson administration regime militia intelligence"
    " delegation counterpart ally citizen national".split()
)
# Things a country's name marks as its own, not as where they are: "the US dollar",
# "the Ivorian embassy" (in another country's capital).
THING_NOUNS = frozenset("dollar currency embassy consulate flag passport".split())


@dataclass(slots=True)
class Toponym:
    """A span that may name a place. ``query`` is the name to look up."""

    start: int  # char offsets of the whole mention, modifiers included
    end: int
    text: str
    query: str
    label: str  # the NER label, or "SCAN" for gazetteer-scan spans
    hint: str | None = None  # "admin" | "town" | "site": from a feature word
    core: str | None = None  # the name without its feature word, to try second
    modifier: bool = False  # "western Iraq": part of the place, not all of it
    metonym: bool = False  # "Tehran said": the government, not the place
    compound: bool = False  # modifies a noun: "Katyusha rockets", "US troops"
    agent_modifier: bool = False  # modifies a noun of people: "US troops", "Kinshasa police"
    qualifier: str | None = None  # "Long Beach, CA": the state or country after the comma
    fallbacks: tuple[str, ...] = ()  # other spellings to try: without a direction word
    evidence: bool = False  # context says "place" (preposition, feature word, comma pair)
    containers: tuple[str, ...] = ()  # "X (Town, Province)": the names in parentheses after
    contained: bool = False  # this mention is one of those parenthesised names
    coded: bool = False  # "coded as X": a coder's statement of the event's place
    listed: bool = False  # one of a series of names ("Ohio, Utah and Washington")
    owned_thing: bool = False  # "US dollar", "Ivory Coast embassy": whose, not where
    enclosed: bool = False  # right after a comma or an opening bracket: "(Town, UP)"
    determined: bool = False  # one word after "the": "the Metro", a facility, not a town
    common: bool = False  # one capitalised word English also uses lower-case: "Officer", "Mine"
    # (set by the resolver on the part of the name it looked up)
    plain: bool = False  # ...and plainly so: written lower-case here, or an adjective/adverb


def find_toponyms(doc: Doc, states: dict[str, str]) -> list[Toponym]:
    """Every candidate toponym span, left to right, without overlaps.

    ``states`` maps US state abbreviations ("CA", "Calif.") to state names.
    """
    pieces = [piece for ent in _join_cut_entities(doc) for piece in _split_at_commas(ent)]
    found = [t for ent in pieces if (t := _from_entity(ent)) is not None]
    taken = {i for t in found for i in range(t.start, t.end)}
    for top in _scan(doc, states):
        if not _overlaps(top, taken):
            found.append(top)
            taken.update(range(top.start, top.end))
    streets = find_streets(doc)
    street_chars = {i for t in streets for i in range(t.start, t.end)}
    found = [t for t in found if not _overlaps(t, street_chars)] + streets
    found.sort(key=lambda t: t.start)
    text = doc_text(doc)
    for before, top in zip([None, *found], found, strict=False):
        top.enclosed = before is not None and _right_after(text, before, top)
        if top.enclosed and (unit := UNIT_CODES.get(top.query.replace(" ", ""))):
            top.query, top.evidence = unit, True
    _attach_qualifiers(doc, found, states)
    _attach_containers(doc, found)
    return found


# Parts of speech whose word lists hold ordinary words only: the noun list also holds
# proper names ("paris", "texas"), so a word found only there is no sign of a common word.
COMMON_POS = ("verb", "adj", "adv")


def common_word(word: str, lower: set[str]) -> bool:
    """Whether a capitalised single word is also an ordinary English word: the article
    itself writes it in lower case ("human rights ... Human"), or the language model's
    dictionary knows it as a verb, adjective or adverb ("Officer", "Mine", "Police").
    Such a word opens titles, bodies and headlines, so, unlike "Baghdad", capitals alone
    do not make it a name; other signs must (an NER place label, "in X", "X, Ohio")."""
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    low = word.lower()
    return low in lower or low in _dictionary_words()


def plain_word(word: str, lower: set[str]) -> bool:
    """A common word that is hardly ever a name alone: the article writes it lower-case,
    or it describes ("Continental", "Central"), which even a nearby namesake cannot
    outweigh; a verb-like noun ("Grant", "Cook") is also a common surname or county."""
    if not common_word(word, lower):
        return False
    return word.lower() in lower or word.lower() in _dictionary_words(("adj", "adv"))


def adjective(word: str) -> bool:
    """Whether the dictionary knows a single word as an adjective ("Superior", "Union"):
    before or after a body's word ("Superior Court") it describes the body, where a
    noun ("Concord Police") may well be the town the body serves."""
    return word.isalpha() and word.lower() in _dictionary_words(("adj",))


@functools.cache
def _dictionary_words(parts: tuple[str, ...] = COMMON_POS) -> frozenset[str]:
    """Words of the spaCy model's lemmatizer word lists for these parts of speech."""
    nlp = load_nlp(MODEL_NAMES)
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in parts if pos in index for w in index[pos])


# Codes of first-level units that South Asian news writes after a place, "(Town, UP)",
# "Sopore, J&K" (ISO 3166-2 codes and the older ones still in use); codes that are also US
# postal codes, countries' codes ("UK") or news agencies' ("AP") are left out. Read only
# right after another place and a comma or bracket: elsewhere "MP" is a member of parliament.
UNIT_CODES = {
    "UP": "Uttar Pradesh", "MP": "Madhya Pradesh",
    "HP": "Himachal Pradesh", "J&K": "Jammu and Kashmir", "JK": "Jammu and Kashmir",
    "TN": "Tamil Nadu", "WB": "West Bengal", "TS": "Telangana", "TG": "Telangana",
    "KA": "Karnataka", "MH": "Maharashtra", "HR": "Haryana", "RJ": "Rajasthan",
    "GJ": "Gujarat", "OD": "Odisha", "BR": "Bihar", "JH": "Jharkhand", "CG": "Chhattisgarh",
    "KL": "Kerala", "KP": "Khyber Pakhtunkhwa", "KPK": "Khyber Pakhtunkhwa",
    "AJK": "Azad Jammu and Kashmir",
}  # fmt: skip


def _right_after(text: str, before: Toponym, top: Toponym) -> bool:
    """ "Lucknow (UP)", "Sopore, J&K": a name that follows another name after only a comma
    or an opening bracket (the unit that contains it)."""
    return text[before.end : top.start].strip() in {",", "("}


CUT_WORDS = frozenset("of the and de del".split())
STREET = "STREET"  # the label of a street or road mention
# Words that end a street's name ("Orchard St.", "Old Mill Road"); "Dr." is left out: it
# is far more often the title before a name.
STREET_WORDS = frozenset(
    "street st avenue ave road rd lane ln boulevard blvd parkway pkwy highway hwy pike"
    " drive".split()
)
# Words that open a numbered road ("Highway 82", "Route 1", "Interstate 75").
ROAD_WORDS = frozenset("highway route interstate hwy".split())
_INTERSTATE = re.compile(r"\bI-\d{1,3}\b")


def find_streets(doc: Doc) -> list[Toponym]:
    """Streets and roads: "Orchard St.", "West Tyler Street", "Highway 82", "I-75". They
    name places inside a town, and a town name in them ("Memphis Street") is not the town."""
    text = doc_text(doc)
    spans: list[tuple[int, int]] = []
    for tok in doc:
        word = tok.lower_.rstrip(".")
        if not tok.text[:1].isupper():
            continue
        first = _street_start(tok) if word in STREET_WORDS else None
        if first is not None:
            spans.append((first.idx, tok.idx + len(tok)))
        if word in ROAD_WORDS and tok.i + 1 < len(doc) and tok.nbor(1).text.isdigit():
            spans.append((tok.idx, tok.nbor(1).idx + len(tok.nbor(1))))
    spans += [(m.start(), m.end()) for m in _INTERSTATE.finditer(text)]
    out: list[Toponym] = []
    taken: set[int] = set()
    for start, end in sorted(spans, key=lambda se: (se[0], -se[1])):
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        name = text[start:end]
        out.append(Toponym(start, end, name, name, STREET, evidence=True))
    return out


def _street_start(word: Token) -> Token | None:
    """The first word of the name before a street word: capitalised words, numbers
    ("33rd"), initials ("N."); ``None`` when nothing names the street."""
    first: Token | None = None
    i = word.i - 1
    while i >= 0 and word.i - i <= 4:
        tok = word.doc[i]
        named = tok.text[:1].isupper() and (tok.is_alpha or tok.text.rstrip(".").isalpha())
        numbered = tok.text[:1].isdigit() and tok.text[-2:].lower() in {"st", "nd", "rd", "th"}
        if not (named or numbered) or tok.is_sent_start:
            break
        first = tok
        i -= 1
    if first is not None and first.lower_.rstrip(".") in STREET_WORDS:
        return None
    return first


def _join_cut_entities(doc: Doc) -> list[Span]:
    """ "the Democratic Republic of the" + "Congo": NER sometimes ends an entity on a
    function word (or a locality word, "Colonia") and starts another right after it; a
    name never ends on "of the", so the two are one name."""
    joined: list[Span] = []
    for ent in doc.ents:
        prev = joined[-1] if joined else None
        adjacent = prev is not None and prev.end == ent.start
        if adjacent and (prev[-1].lower_ in CUT_WORDS or _opener(prev)):
            joined[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
        elif prev is not None and _linked(prev, ent):
            label = prev.label_ if prev.label_ in PLACE_LABELS else ent.label_
            joined[-1] = Span(doc, prev.start, ent.end, label=label)
        else:
            joined.append(ent)
    return [_extend_linked(ent) for ent in joined]


def _linked(prev: Span, ent: Span) -> bool:
    """ "Sao Goncalo" + "do" + "Amarante": two names joined by one Romance particle are one
    name when either is a place (NER split it where its model knew no such name)."""
    doc = prev.doc
    if ent.start != prev.end + 1 or doc[prev.end].lower_ not in NAME_LINKS:
        return False
    labels = {prev.label_, ent.label_}
    return bool(labels & PLACE_LABELS) and labels <= PLACE_LABELS | MAYBE_LABELS


def _opener(ent: Span) -> bool:
    """ "Colonia" + "Mitras Poniente": a locality word alone opens the name after it."""
    return len(ent) == 1 and ent[0].lower_ in NAME_OPENERS


def _extend_linked(ent: Span) -> Span:
    """ "Santa Cruz de la" + "Sierra", "Colonia" + "Libertad": an entity ending on a Romance
    particle, or a locality word alone, goes on to the capitalised words after it, which
    finish the name."""
    doc, end = ent.doc, ent.end
    linked = ent[-1].lower_ in NAME_LINKS and ent.label_ in PLACE_LABELS
    if not (linked or _opener(ent)):
        return ent
    while end < len(doc) and end - ent.end < 3 and doc[end].is_alpha and doc[end].is_title:
        end += 1
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.end else ent


def _attach_containers(doc: Doc, found: list[Toponym]) -> None:
    """ "Mentao (Pobe-Mengao, Soum)": ACLED-style notes follow a place with the units that
    contain it; link them so the place is read inside those units."""
    text = doc_text(doc)
    for i, top in enumerate(found):
        opening = _units_opening(text, top.end)
        if opening < 0:
            continue
        close = text.find(")", opening)
        if close < 0:
            continue
        inside = [t for t in found[i + 1 :] if t.end <= close and t.start > opening]
        if inside and not any(t.query.isupper() for t in inside):  # "(FDA)": an acronym
            top.containers = tuple(t.query for t in inside)
            if name_key(top.query) in {name_key(t.query) for t in inside}:
                top.hint = top.hint or "town"  # "Kaya (Kaya, Sanmatenga)": the unit's seat
            for j, t in enumerate(inside):  # "(Commune, Province)": each within the next
                t.contained = t.evidence = True
                t.containers = t.containers or tuple(u.query for u in inside[j + 1 :])


ALT_SPELLING_GAP = 40  # "Sambonaye [Sambonay] (Dori, Seno)": an alternative spelling


def _units_opening(text: str, end: int) -> int:
    """Where the bracketed units after a name open, or -1: right after it, or after the
    alternative spelling in square brackets that ACLED notes put between them."""
    rest = text[end : end + 3]
    if rest.lstrip().startswith("["):
        close = text.find("]", end, end + ALT_SPELLING_GAP)
        if close < 0:
            return -1
        end, rest = close + 1, text[close + 1 : close + 4]
    if not rest.lstrip().startswith("("):
        return -1
    return end + rest.index("(")


def doc_text(doc: Doc) -> str:
    """The Doc's text, kept in ``user_data``: spaCy rebuilds ``doc.text`` from the tokens on
    every access, which made toponym finding quadratic in the article's length."""
    cached = doc.user_data.get(_TEXT_KEY)
    if not isinstance(cached, str):  # a Doc's text never changes once made
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached


_TEXT_KEY = ("dateline", "text")


def _overlaps(top: Toponym, taken: set[int]) -> bool:
    return any(i in taken for i in range(top.start, top.end))


SEPARATORS = frozenset({",", "(", ")", ";", "[", "]"})


def _split_at_commas(ent: Span) -> list[Span]:
    """ "Pobe-Mengao, Soum", "Pama (Kompienga": a comma or bracket inside an entity
    separates names (a town and its province), each looked up alone."""
    if not any(t.text in SEPARATORS for t in ent):
        return [ent]
    pieces: list[Span] = []
    start = ent.start
    for tok in ent:
        if tok.text in SEPARATORS:
            pieces.append(Span(ent.doc, start, tok.i, label=ent.label_))
            start = tok.i + 1
    pieces.append(Span(ent.doc, start, ent.end, label=ent.label_))
    return [p for p in pieces if len(p)]


def _from_entity(ent: Span) -> Toponym | None:
    if ent.label_ == "NORP":
        return _demonym(ent)
    if ent.label_ not in PLACE_LABELS and ent.label_ not in MAYBE_LABELS:
        return None
    full = _trim(_before_coding_note(list(ent)), directions=False)
    tokens = _trim(full, directions=True)
    if not tokens:
        return None
    extended = _extend_hyphen(tokens)
    full, tokens = [*full, *extended[len(tokens) :]], extended
    modifier = len(tokens) < len(full) or _direction_before(tokens[0])
    tokens, hint = _extend_feature(tokens)
    hint = hint or _admin_noun_before(tokens[0])
    top = _toponym(tokens, ent.label_, hint, modifier=modifier)
    if full[0].i < tokens[0].i:
        top.fallbacks = tuple(q for q in (top.query, top.core) if q)
        top.query = doc_text(ent.doc)[full[0].idx : tokens[-1].idx + len(tokens[-1])]
        # "East Java province": "East Java" before "Java"
        top.core = _core_name([*full[: tokens[0].i - full[0].i], *tokens]) if hint else None
    return top


_GEOPRECISION = re.compile(r"^geo-?precision$", re.I)


def _before_coding_note(tokens: list[Token]) -> list[Token]:
    """ "Titao at geoprecision 2": NER runs a coded place into the coder's note after it;
    the name ends before "(at) geoprecision"."""
    for i, tok in enumerate(tokens):
        if _GEOPRECISION.match(tok.text) or (
            tok.lower_ == "geo" and i + 1 < len(tokens) and tokens[i + 1].text.startswith("-")
        ):
            kept = tokens[:i]
            while kept and kept[-1].lower_ in {"at", "with", "of", "("}:
                kept = kept[:-1]
            return kept
    return tokens


def _admin_noun_before(first: Token) -> str | None:
    """ "the state of Washington", "the province of Ontario": the region, not its town."""
    of, noun = _word_before(first), _word_before(first, 1)
    if of is None or of.lower_ != "of" or noun is None:
        return None
    return "admin" if FEATURE_WORDS.get(noun.lower_) == "admin" else None


def _extend_hyphen(tokens: list[Token]) -> list[Token]:
    """ "Ivano-Frankivsk": NER sometimes ends the entity at a hyphen inside the name;
    join the capitalised parts written on with hyphens and no spaces."""
    doc = tokens[0].doc
    while True:
        end = tokens[-1].i + 1
        if end + 1 >= len(doc) or tokens[-1].whitespace_:
            return tokens
        dash, part = doc[end], doc[end + 1]
        if dash.text != "-" or dash.whitespace_ or not part.text[:1].isupper() or part.ent_type_:
            return tokens
        tokens = [*tokens, dash, part]


def _demonym(ent: Span) -> Toponym | None:
    """ "Palestinian", "Sri Lankan": a mention of the country, never an event's place."""
    tokens = _trim(list(ent), directions=False)
    if not tokens or not all(t.text[:1].isupper() for t in tokens):
        return None
    extended, hint = _extend_feature(tokens)
    if hint in {"town", "admin"} and len(extended) > len(tokens):
        # "Herat city", "Aleppo province": a people has no city; NER misread a place
        return _toponym(extended, "GPE", hint, modifier=False)
    top = _toponym(tokens, "NORP", None, modifier=False)
    top.metonym = True
    return top


def _direction_before(first: Token) -> bool:
    return first.i > 0 and first.nbor(-1).lower_ in DIRECTIONS


def _trim(tokens: list[Token], *, directions: bool) -> list[Token]:
    """Drop leading determiners (and direction adjectives), trailing possessives/punctuation."""
    while tokens and (
        tokens[0].pos_ == "DET"
        or tokens[0].is_punct
        or (directions and tokens[0].lower_ in DIRECTIONS)
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    return tokens


def _is_filler(tok: Token) -> bool:
    return tok.pos_ == "DET" or tok.is_punct


def _extend_feature(tokens: list[Token]) -> tuple[list[Token], str | None]:
    """Join a following feature word ("Anbar province", "Ain al-Assad air base")."""
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "air" and doc[end + 1].lower_ in AIR_NOUNS:
        return [*tokens, doc[end], doc[end + 1]], "site"
    if end < len(doc) and (hint := FEATURE_WORDS.get(doc[end].lower_)):
        return [*tokens, doc[end]], hint
    last = tokens[-1].lower_
    return tokens, FEATURE_WORDS.get(last) if len(tokens) > 1 else None


def _toponym(tokens: list[Token], label: str, hint: str | None, *, modifier: bool) -> Toponym:
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    start = _modifier_start(first) if modifier else first.idx
    full = doc_text(doc)
    text = full[start : last.idx + len(last)]
    query = full[first.idx : last.idx + len(last)]
    core = _core_name(tokens) if hint else None
    top = Toponym(start, last.idx + len(last), text, query, label, hint, core, modifier)
    top.metonym = _is_metonym(tokens)
    top.owned_thing = _modifies_thing(tokens)
    top.agent_modifier = _modifies_agent(tokens) or top.owned_thing
    top.compound = _root(tokens).dep_ in {"compound", "amod", "nmod"}
    before = _word_before(first)
    top.determined = (
        len(tokens) == 1
        and before is not None
        and before.lower_ == "the"
        and not _modifies_next(last)
    )
    strict = label in MAYBE_LABELS
    top.coded = _after_coding_verb(first)
    top.evidence = (
        bool(hint)
        or top.coded
        or _after_locative(first, strict=strict)
        or _in_place_list(first)
        or _after_place_noun(first)
        or _second_of_between(first)
        or _after_distance(first)
    )
    return top


def _modifier_start(first: Token) -> int:
    """Include a direction word right before the name in the mention ("western Iraq")."""
    before = first.nbor(-1) if first.i > 0 else None
    if before is not None and before.lower_ in DIRECTIONS:
        return before.idx
    return first.idx


def _core_name(tokens: list[Token]) -> str | None:
    """The name without its trailing feature word(s): "Anbar province" → "Anbar"."""
    kept = list(tokens)
    while len(kept) > 1 and (kept[-1].lower_ in FEATURE_WORDS or kept[-1].lower_ == "air"):
        kept = kept[:-1]
    if len(kept) == len(tokens):
        return None
    doc = tokens[0].doc
    return doc_text(doc)[kept[0].idx : kept[-1].idx + len(kept[-1])]


def _in_place_list(first: Token) -> bool:
    """ "in Logobou (Logobou, Tapoa)": the parenthesised names after a place name are
    the places that contain it."""
    for i in range(first.i - 1, max(first.i - 8, 0), -1):
        tok = first.doc[i]
        if tok.text == ")" or tok.is_sent_start:
            return False
        if tok.text == "(":
            return i > 0 and first.doc[i - 1].text[:1].isupper()
    return False


def _modifies_next(last: Token) -> bool:
    """ "the Fairfield home", "the Houston-based firm": a name before a noun or a hyphen
    qualifies that noun, so the article belongs to the noun, not to the name."""
    if last.i + 1 >= len(last.doc):
        return False
    after = last.doc[last.i + 1]
    if after.text == "-" and not last.whitespace_:
        return True
    return after.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}


def _word_before(first: Token, skip: int = 0) -> Token | None:
    """The token ``skip + 1`` places before ``first``, if any."""
    i = first.i - 1 - skip
    return first.doc[i] if i >= 0 else None


def _after_place_noun(first: Token) -> bool:
    """ "the village of Niombila", "in the area of Gorgadji"."""
    of, noun = _word_before(first), _word_before(first, 1)
    nouns = PLACE_NOUNS | BELONGING_NOUNS
    return of is not None and of.lower_ == "of" and noun is not None and noun.lower_ in nouns


def _after_coding_verb(first: Token) -> bool:
    """ "coded as Nouna", "located in Kaya", "based in Djibo"."""
    prep, verb = _word_before(first), _word_before(first, 1)
    return (
        prep is not None
        and prep.lower_ in {"as", "in", "at", "to"}
        and verb is not None
        and verb.lower_ in CODING_VERBS
    )


# "4 km from X", "10 miles north of X": a distance or bearing measured from a place.
DISTANCE_WORDS = frozenset("km kms kilometres kilometers kilometre kilometer miles mile".split())
COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())


def _after_distance(first: Token) -> bool:
    """ "3km from Oursi", "south of Djibo": only a place is a point distances run from."""
    link, before = _word_before(first), _word_before(first, 1)
    if link is None or before is None:
        return False
    if link.lower_ == "from":
        return before.lower_ in DISTANCE_WORDS
    return link.lower_ == "of" and before.lower_ in COMPASS | DISTANCE_WORDS


def _second_of_between(first: Token) -> bool:
    """ "between Ouo and Sideradougou": the name after "and" in a "between" pair."""
    before = _word_before(first)
    if before is None or before.lower_ not in {"and", "&"}:
        return False
    window = first.doc[max(first.i - 8, 0) : first.i]
    return any(t.lower_ == "between" for t in window)


def _after_locative(first: Token, *, strict: bool) -> bool:
    """After "in"/"near"/...; a span NER called a person or organisation needs a
    preposition of position ("in", "at", "near"), not of motion."""
    i = first.i - 1
    while i >= 0 and (first.doc[i].lower_ in DIRECTIONS or first.doc[i].pos_ == "DET"):
        i -= 1
    words = STATIC_LOCATIVE if strict else LOCATIVE
    return i >= 0 and first.doc[i].lower_ in words


def _is_metonym(tokens: list[Token]) -> bool:
    """A place name standing for its government or people: "Iran's", "Tehran said"
    — mentions, but not where something happened."""
    root = _root(tokens)
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is not None and after.tag_ == "POS":
        return not _owns_part_of_place(root)
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in METONYM_VERBS


def _owns_part_of_place(root: Token) -> bool:
    """ "Beirut's Hamra district", "the city's outskirts": a place's possessive before a
    part of that place says where, not who (unlike "Iran's army"; "New York's airport"
    may be named only to say where a flight goes)."""
    head = root.head.lemma_.lower()
    return root.dep_ == "poss" and (head in PLACE_NOUNS or FEATURE_WORDS.get(head) == "admin")


def _modifies_agent(tokens: list[Token]) -> bool:
    root = _root(tokens)
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.lemma_.lower() in AGENT_NOUNS


def _modifies_thing(tokens: list[Token]) -> bool:
    """ "the US dollar exchange rate", "the Ivory Coast embassy": the name says whose, not
    where (the parser may hang it on a later noun of the chain, so the next word counts)."""
    root = _root(tokens)
    if root.dep_ not in {"compound", "amod", "nmod"}:
        return False
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else root.head
    return bool({root.head.lemma_.lower(), after.lemma_.lower()} & THING_NOUNS)


def _root(tokens: list[Token]) -> Token:
    """The span's syntactic head: the token whose head lies outside the span."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])


# ---------------------------------------------------------------- gazetteer scan


def _scan(doc: Doc, states: dict[str, str]) -> list[Toponym]:
    """Capitalised runs outside place entities, with place-like context; datelines;
    state abbreviations after a comma."""
    out = _datelines(doc) + _state_abbreviations(doc, states)
    for run in _capitalised_runs(doc):
        tokens, hint = _extend_feature(run)
        top = _toponym(tokens, "SCAN", hint, modifier=False)
        top.evidence = top.evidence or _before_state(tokens[-1], states)
        out.append(top)
    return out


def _datelines(doc: Doc) -> list[Toponym]:
    """ "MIDDLETOWN — A man...": an upper-case place name opening a story or paragraph."""
    out: list[Toponym] = []
    for sent in doc.sents:
        run = [t for t in _leading_upper(sent)]
        nxt = sent.doc[run[-1].i + 1] if run and run[-1].i + 1 < len(doc) else None
        if run and nxt is not None and nxt.text in DATELINE_MARKS:
            top = _toponym(run, "SCAN", None, modifier=False)
            top.query, top.evidence = top.query.title(), True
            out.append(top)
    return out


# What follows an upper-case dateline: a dash, a comma, a bracket, or a colon ("TOWN: ...").
DATELINE_MARKS = frozenset({"—", "–", "-", "--", ",", "(", ":"})


def _leading_upper(sent: Span) -> list[Token]:
    run: list[Token] = []
    for tok in sent:
        if not (tok.is_alpha and tok.is_upper and len(tok) > 1):
            break
        run.append(tok)
    return run if len(run) <= 4 else []


def _state_abbreviations(doc: Doc, states: dict[str, str]) -> list[Toponym]:
    """ "Dayton, Ohio" is found by NER, "Dayton, O." or "Phila., Pa." often is not."""
    out: list[Toponym] = []
    for tok in doc[1:]:
        name = states.get(tok.text) or states.get(tok.text + ".")
        if name and "." in tok.text and tok.nbor(-1).text in {",", "-"}:
            top = _toponym([tok], "SCAN", None, modifier=False)
            top.query, top.evidence = name, True
            out.append(top)
    return out


def _capitalised_runs(doc: Doc) -> list[list[Token]]:
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in doc:
        if _is_name_token(tok) or (current and _is_connector(tok)):
            current.append(tok)
            continue
        runs.append(current)
        current = []
    runs.append(current)
    return [_strip_connectors(r) for r in runs if _keep_run(r)]


def _is_name_token(tok: Token) -> bool:
    """Capitalised words outside entities NER already called places (or dates, ...)."""
    if tok.ent_type_ and tok.ent_type_ not in MAYBE_LABELS | MISREAD_LABELS:
        return False
    if tok.is_sent_start and tok.pos_ != "PROPN":
        return False  # "Nice work", "Reading the report": capitalised only by position
    return tok.is_alpha and tok.text[:1].isupper()


def _is_connector(tok: Token) -> bool:
    if tok.lower_ in HYPHENED_CONNECTORS:
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-"
    return tok.lower_ in CONNECTORS or (tok.text == "-" and not tok.whitespace_)


def _strip_connectors(run: list[Token]) -> list[Token]:
    while run and (_is_connector(run[-1]) or run[-1].lower_ in HYPHENED_CONNECTORS):
        run = run[:-1]
    return run


def _keep_run(run: list[Token]) -> bool:
    return bool(_strip_connectors(run)) and len(run) <= 6


def _before_state(last: Token, states: dict[str, str]) -> bool:
    return _state_after(last, states) is not None


def _state_after(last: Token, states: dict[str, str]) -> tuple[str, int] | None:
    """The state named right after "City," and the index of its last token."""
    doc = last.doc
    i = last.i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    word = doc[i + 1].text
    if word in states:
        return states[word], i + 1
    if i + 2 < len(doc) and doc[i + 2].text == "." and f"{word}." in states:
        return states[f"{word}."], i + 2
    return None


def _in_list(doc: Doc, found: list[Toponym], i: int) -> bool:
    """ "Georgia, Oklahoma, Pennsylvania and Wisconsin": names in a series are coordinated,
    so a comma between two of them is no "City, State" pair."""
    text = doc_text(doc)
    separators = {",", "and", "or", ", and", ", or"}
    before = i > 0 and text[found[i - 1].end : found[i].start].strip() in separators
    after = i + 2 < len(found) and text[found[i + 1].end : found[i + 2].start].strip() in separators
    return before and after


def _last_of_list(doc: Doc, found: list[Toponym], i: int) -> bool:
    """ "Ohio, Utah and Washington": the last name of a series of three or more."""
    text = doc_text(doc)
    gaps = [text[found[j - 1].end : found[j].start].strip() for j in (i, i - 1) if j >= 1]
    return len(gaps) == 2 and gaps[0] in {"and", "or", ", and", ", or"} and gaps[1] == ","


def _attach_qualifiers(doc: Doc, found: list[Toponym], states: dict[str, str]) -> None:
    """Link "City, ST" and "City, Country" pairs: the second part narrows the first."""
    by_start = {t.start: t for t in found}
    state_names = set(states.values())
    for i, top in enumerate(found):
        last = doc.char_span(top.start, top.end, alignment_mode="expand")
        if last is None:
            continue
        state = _state_after(last[-1], states)
        if state is not None:
            top.qualifier, top.evidence = state[0], True
            continue
        top.listed = _in_list(doc, found, i) or _last_of_list(doc, found, i)
        if top.query in state_names or top.listed:
            continue
        nxt = last[-1].i + 2
        if nxt < len(doc) and doc[nxt - 1].text == "," and doc[nxt].idx in by_start:
            top.qualifier = by_start[doc[nxt].idx].query
