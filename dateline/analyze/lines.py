"""Line breaks that end a sentence: a blank line, and the end of a headline.

News copy puts its headline, dateline and byline on lines of their own, without a full
stop ("Suicide bomber kills 15 in Kabul\\n\\nA suicide bomber killed 15 people ..."). spaCy's
parser often runs such a line into the next sentence, so the headline's toll and the body's
are read as one sentence's two groups of victims and added up. A blank line always ends a
sentence; a single line break ends one after sentence punctuation, or after a short first
line (a headline) when the next line begins with a capital. A line wrapped mid-sentence
is left to the parser.
"""

from __future__ import annotations

from typing import Any

COMPONENT = "dateline_line_breaks"

# A first line of at most this many tokens, with no sentence punctuation at its end, is a
# headline (news headlines run 5-15 words).
HEADLINE_TOKENS = 20

_ENDS = frozenset(".!?:\"'”’")


def mark_line_breaks(doc: Any) -> Any:
    """Set ``is_sent_start`` on the first token after a blank line or a headline's end."""
    first_line = True
    for i, token in enumerate(doc[:-1]):
        if "\n" not in token.text_with_ws:
            continue
        if _ends_sentence(doc, i, first_line=first_line):
            doc[i + 1].is_sent_start = True
        first_line = False
    return doc


def _ends_sentence(doc: Any, i: int, *, first_line: bool) -> bool:
    token = doc[i]
    if token.text_with_ws.count("\n") >= 2:
        return True
    if doc[i + 1].is_space:
        return False  # the break's own whitespace token follows: decided there
    word = token if not token.is_space else (doc[i - 1] if i else token)
    if word.text and word.text[-1] in _ENDS:
        return True
    return first_line and i < HEADLINE_TOKENS and doc[i + 1].text[:1].isupper()


def add_line_breaks(nlp: Any) -> Any:
    """Put ``mark_line_breaks`` before the parser of ``nlp`` (once)."""
    from spacy.language import Language  # heavy: imported on first use

    if COMPONENT not in Language.factories:
        Language.component(COMPONENT, func=mark_line_breaks)
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp
