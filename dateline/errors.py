"""Errors raised by Dateline, each with a code and a hint on how to fix it.

Hierarchy::

    DatelineError
    ├── InputError            bad input: the file, row or option is named in the message
    │   ├── UnreadableInput   missing, binary or undecodable file
    │   │   ├── UndecodableText   no text encoding fits the bytes (after BOM, meta, detection)
    │   │   └── NotARegularFile   a FIFO, socket, device or broken link: skipped, never read
    │   ├── MalformedRow      a JSONL/CSV row that is not valid or lacks ``text``
    │   ├── EmptyText         a document with no text to analyse
    │   ├── InvalidOption     a bad ``--published`` date, an unknown ``--format``
    │   │   └── UnknownCountry    a ``gazetteer download`` COUNTRY: no ISO code or country name
    │   ├── ArticleTooLong    an article over the per-article character ceiling
    │   ├── NotEnglish        an article in another language: skipped, counted, never coded
    │   └── FetchError        a URL that could not be fetched (HTTP error, timeout, size cap)
    │       ├── BlockedAddress    a URL whose host (or a redirect's) is private or link-local
    │       └── RobotsDisallowed  a URL the site's robots.txt disallows for Dateline
    ├── ResourceError         a needed resource is missing: the spaCy model, the gazetteer
    │   └── DownloadError     a GeoNames dump could not be downloaded (offline, HTTP error, cap)
    │       └── CorruptDump   a downloaded dump is no valid zip, or holds no GeoNames rows
    ├── ProcessingError       a stage failed on one article; the batch goes on and reports it
    ├── PipelineError         a stage table whose stages need fields no earlier stage adds
    ├── ArticleTimeout        an article over the per-article time ceiling
    ├── OutputError           the output could not be written safely
    │   ├── OutputIsInput     ``-o`` names an input, or a file an input directory would read
    │   ├── UnfinishedOutput  an interrupted run's ``.partial`` file is in the way
    │   ├── NotResumable      ``--append``/``--resume`` with a format that cannot be extended
    │   └── OutputUnwritable  the output's folder is missing, or writing failed (disk full)
    ├── GoldMissing           ``dateline eval`` on rows without a ``gold`` annotation
    ├── StoreError            the event store cannot be used as asked
    │   └── UnknownEvent      no event with that event_uid in the store
    └── ServeError            a request to ``dateline serve`` that cannot be answered
        ├── NotFound          no article (or page) with that id
        ├── Unauthorized      a missing or wrong Bearer token
        ├── IngestDisabled    ingest over HTTP without a configured token
        └── TooLarge          a request body over the size limit

    KeyboardInterrupt
    └── Interrupted           SIGINT or SIGTERM stopped a run (E500): not an ``Exception``,
                              so no per-article ``except Exception`` can swallow it

"Dropped" is not "failed": an article that is not conflict news gives an empty ``events``
list, not an error. "Skipped" is not "failed" either: a non-regular file and an article
already in the output of a resumed run are skipped, and counted as such.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base class: ``code`` identifies the error, ``hint`` says how to fix it."""

    code = "E000"
    hint = "see 'Failure and recovery' in the README"

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
    hint = "check the input named in the message"


class UnreadableInput(InputError):
    code = "E101"
    hint = "pass a text, HTML, RSS/Atom, JSONL or CSV file"


class UndecodableText(UnreadableInput):
    code = "E105"
    hint = "re-save the file as UTF-8 (or declare its charset in the HTML <meta>)"


class NotARegularFile(UnreadableInput):
    code = "E106"
    hint = "only regular files are read; a FIFO, device or broken link is skipped"


class MalformedRow(InputError):
    code = "E102"
    hint = "each row needs a non-empty 'text' field; JSONL rows must be JSON objects"


class EmptyText(InputError):
    code = "E103"
    hint = "the document has no text to analyse"


class InvalidOption(InputError):
    code = "E104"
    hint = "see dateline extract --help"


class ArticleTooLong(InputError):
    code = "E107"
    hint = "split the document, or raise the ceiling with --max-chars"


class NotEnglish(InputError):
    code = "E108"
    hint = "only English articles are coded; the record's language field names the language"


class FetchError(InputError):
    code = "E110"
    hint = "check the URL; a re-run fetches only what is not in the page cache yet"


class BlockedAddress(FetchError):
    code = "E111"
    hint = (
        "public addresses only; --allow-private admits private and loopback hosts, "
        "never link-local ones"
    )


class RobotsDisallowed(FetchError):
    code = "E112"
    hint = "the site asks robots not to fetch this page; Dateline honours that"


class ResourceError(DatelineError):
    code = "E200"
    hint = "reinstall with pip install -e . and run dateline gazetteer build"


class DownloadError(ResourceError):
    code = "E120"
    hint = (
        "check the connection (or --base-url) and the country; nothing was imported, "
        "and a re-run resumes the download"
    )


class CorruptDump(DownloadError):
    code = "E121"
    hint = "the damaged file was deleted: re-run; if it persists, the server's copy is broken"


class UnknownCountry(InvalidOption):
    code = "E122"
    hint = "name countries by ISO 3166-1 alpha-2 code (IQ) or by name (Iraq)"


class ArticleTimeout(DatelineError):
    code = "E301"
    hint = "the article was stopped at the time ceiling; raise it with --max-seconds"


class OutputError(DatelineError):
    code = "E400"
    hint = "choose another output path"


class OutputIsInput(OutputError):
    code = "E401"
    hint = "write the output to a file that is not an input and not inside an input directory"


class UnfinishedOutput(OutputError):
    code = "E402"
    hint = "continue the interrupted run with --resume, or delete the .partial file"


class NotResumable(OutputError):
    code = "E403"
    hint = "--append and --resume work with --format jsonl"


class OutputUnwritable(OutputError):
    code = "E404"
    hint = "check the folder exists, is writable and has space; finished records stay in .partial"


class GoldMissing(DatelineError):
    code = "E600"
    hint = "dateline eval needs annotated rows: {id, text, published, gold}"


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM: the run stops, flushes what it finished and says how to resume."""

    code = "E500"
    hint = "run the same command again with --resume to continue"

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(f"[{self.code}] interrupted by signal {signum}")


class ProcessingError(DatelineError):
    """An article that could not be processed; the batch goes on and reports it."""

    code = "E300"
    hint = "please report this with the article that caused it"


class PipelineError(DatelineError):
    """A pipeline built from stages whose needs no earlier stage meets (a programming error)."""

    code = "E302"
    hint = "order the stages so that each field is added before a stage needs it"


class StoreError(DatelineError):
    code = "E700"
    hint = "check the --db path; a store written by a newer Dateline needs that version"


class UnknownEvent(StoreError):
    code = "E701"
    hint = "list the store's events with `dateline events --db PATH` to find an event_uid"


class ServeError(DatelineError):
    code = "E800"


class NotFound(ServeError):
    code = "E801"
    hint = "list the store's events with GET /api/events to find an id"


class Unauthorized(ServeError):
    code = "E802"
    hint = "send the server's token as `Authorization: Bearer TOKEN`"


class IngestDisabled(ServeError):
    code = "E803"
    hint = "start the server with --token TOKEN (or DATELINE_TOKEN) to allow ingest"


class TooLarge(ServeError):
    code = "E804"
    hint = "send a smaller body: split the text or the batch of articles"
