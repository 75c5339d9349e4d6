"""Errors raised by Dateline, each with a code and a hint on how to fix it.

Hierarchy::

    DatelineError
    ├── InputError            bad input: the file, row or option is named in the message
    │   ├── UnreadableInput   missing, binary or undecodable file
    │   ├── MalformedRow      a JSONL/CSV row that is not valid or lacks ``text``
    │   ├── EmptyText         a document with no text to analyse
    │   └── InvalidOption     a bad ``--published`` date, an unknown ``--format``
    ├── ResourceError         a needed resource is missing: the spaCy model, the gazetteer
    ├── StoreError            the event store cannot be used as asked
    │   └── UnknownEvent      no event with that event_uid in the store
    └── ServeError            a request to ``dateline serve`` that cannot be answered
        ├── NotFound          no article (or page) with that id
        ├── Unauthorized      a missing or wrong Bearer token
        ├── IngestDisabled    ingest over HTTP without a configured token
        └── TooLarge          a request body over the size limit

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


class StoreError(DatelineError):
    code = "E400"
    hint = "check the --db path; a store written by a newer Dateline needs that version"


class UnknownEvent(StoreError):
    code = "E401"
    hint = "list the store's events with `dateline events --db PATH` to find an event_uid"


class ServeError(DatelineError):
    code = "E500"


class NotFound(ServeError):
    code = "E501"
    hint = "list the store's events with GET /api/events to find an id"


class Unauthorized(ServeError):
    code = "E502"
    hint = "send the server's token as `Authorization: Bearer TOKEN`"


class IngestDisabled(ServeError):
    code = "E503"
    hint = "start the server with --token TOKEN (or DATELINE_TOKEN) to allow ingest"


class TooLarge(ServeError):
    code = "E504"
    hint = "send a smaller body: split the text or the batch of articles"
