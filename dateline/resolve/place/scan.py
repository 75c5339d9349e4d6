"""Names NER missed: capitalised runs with place-like context, upper-case datelines, state
abbreviations.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline import vocabulary as V
from dateline.resolve.place.evidence import build_toponym, extend_feature
from dateline.resolve.place.qualifiers import before_state
from dateline.resolve.place.toponym import MAYBE_LABELS, MISREAD_LABELS, Toponym


def scan(doc: Doc, states: dict[str, str]) -> list[Toponym]:
    """Capitalised runs outside place entities, with place-like context; datelines;
    state abbreviations after a comma."""
    out = _datelines(doc) + _state_abbreviations(doc, states)
    for run in _capitalised_runs(doc):
        tokens, hint = extend_feature(run)
        top = build_toponym(tokens, "SCAN", hint, modifier=False)
        top.evidence = top.evidence or before_state(tokens[-1], states)
        out.append(top)
    return out


def _datelines(doc: Doc) -> list[Toponym]:
    """ "MIDDLETOWN — A man...": an upper-case place name opening a story or paragraph."""
    out: list[Toponym] = []
    for sent in doc.sents:
        run = [t for t in _leading_upper(sent)]
        nxt = sent.doc[run[-1].i + 1] if run and run[-1].i + 1 < len(doc) else None
        if run and nxt is not None and nxt.text in V.words("place_mentions", "dateline_marks"):
            top = build_toponym(run, "SCAN", None, modifier=False)
            top.query, top.evidence = top.query.title(), True
            out.append(top)
    return out


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
        text = tok.text
        if "." not in text:
            continue  # the cheap test first: every abbreviation meant here has a dot
        name = states.get(text) or states.get(text + ".")
        if name and tok.nbor(-1).text in {",", "-"}:
            top = build_toponym([tok], "SCAN", None, modifier=False)
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


_NAME_LABELS = MAYBE_LABELS | MISREAD_LABELS


def _is_name_token(tok: Token) -> bool:
    """Capitalised words outside entities NER already called places (or dates, ...)."""
    if tok.ent_type_ and tok.ent_type_ not in _NAME_LABELS:
        return False
    if tok.is_sent_start and tok.pos_ != "PROPN":
        return False  # "Nice work", "Reading the report": capitalised only by position
    return tok.is_alpha and tok.text[:1].isupper()


def _is_connector(tok: Token) -> bool:
    if tok.lower_ in V.words("place_mentions", "hyphened_connectors"):
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-"
    return tok.lower_ in V.words("place_mentions", "connectors") or (
        tok.text == "-" and not tok.whitespace_
    )


def _strip_connectors(run: list[Token]) -> list[Token]:
    while run and (
        _is_connector(run[-1]) or run[-1].lower_ in V.words("place_mentions", "hyphened_connectors")
    ):
        run = run[:-1]
    return run


def _keep_run(run: list[Token]) -> bool:
    return bool(_strip_connectors(run)) and len(run) <= 6
