"""Errors raised by Dateline, each with a code and a hint on how to fix it.

Hierarchy::

    DatelineError
    ├── InputError            bad input: the file, row or option is named in the message
    │   ├── UnreadableInput   missing, binary or undecodable file
    │   ├── MalformedRow      a JSONL/CSV row that is not valid or lacks ``text``
    │   ├── EmptyText         a document with no text to analyse
    │   └── InvalidOption     a bad ``--published`` date, an unknown ``--format``
    ├── ResourceError         a needed resource is missing: the spaCy model, the gazetteer
    ├── ProcessingError       one article failed in a stage; the batch goes on and reports it
    └── PipelineError         a stage table whose stages need fields no earlier stage adds

"Dropped" is not "failed": an article that is not conflict news gives an empty ``events``
list, not an error.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base class: ``code`` identifies the error, ``hint`` says how to fix it."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        if hint is not None:
            self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} (fix: {self.hint})" if self.hint else text


class InputError(DatelineError):
    code = "E100"


class UnreadableInput(InputError):
    code = "E101"
    hint = "pass a UTF-8 text, HTML, JSONL or CSV file"


class MalformedRow(InputError):
    code = "E102"
    hint = "each row needs a non-empty 'text' field; JSONL rows must be JSON objects"


class EmptyText(InputError):
    code = "E103"
    hint = "the document has no text to analyse"


class InvalidOption(InputError):
    code = "E104"


class ResourceError(DatelineError):
    code = "E200"


class ProcessingError(DatelineError):
    """An article that could not be processed; the batch goes on and reports it."""

    code = "E300"
    hint = "please report this with the article that caused it"


class PipelineError(DatelineError):
    """A pipeline built from stages whose needs no earlier stage meets (a programming error)."""

    code = "E301"
    hint = "order the stages so that each field is added before a stage needs it"
