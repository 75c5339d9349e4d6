"""Bytes to text: BOMs, UTF-8, an HTML page's declared charset, then detection; mojibake
repaired with ftfy. What no encoding fits is an ``UndecodableText`` naming the file."""

from __future__ import annotations

import codecs
import re

from dateline.errors import UndecodableText, UnreadableInput

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# An HTML page's <meta charset> or an XML declaration's encoding.
META_CHARSET = re.compile(
    rb"""(?:<meta[^>]+charset|<\?xml[^>]+encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I
)
# A UTF-8 lead byte read as Latin-1/Windows-1252 (U+00C2-U+00F4) before a continuation
# byte read the same way: the trace every UTF-8-as-Windows-1252 mojibake leaves.
MOJIBAKE_SIGN = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
SNIFF_BYTES = 8192
# Share of characters that must be printable for a detected encoding to count as text.
MIN_PRINTABLE = 0.95


def decode_bytes(raw: bytes, origin: str, html: bool = False, mend: bool = True) -> str:
    """The text of ``raw``: BOM first, then strict UTF-8, then (for HTML and XML) the
    declared ``<meta charset>`` or ``<?xml encoding>``, then charset-normalizer's best
    guess; mojibake is repaired when ``mend`` (not in JSONL/CSV rows, whose ``text`` is
    given as is: offsets must index it, and repairs change its length)."""
    text = _decoded(raw, origin, html)
    return repair(text) if mend else text


def _decoded(raw: bytes, origin: str, html: bool) -> str:
    bom_encoding = _bom(raw)
    if bom_encoding:
        return _strict(raw, bom_encoding, origin)
    if b"\x00" in raw[:SNIFF_BYTES]:
        raise UnreadableInput(f"{origin}: looks like a binary file (NUL bytes)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = _declared_charset(raw) if html else None
    if declared:
        return _strict(raw, declared, origin)
    return _detected(raw, origin, utf8_error)


def repair(text: str) -> str:
    """Mojibake repaired (``Ã©`` → ``é``), nothing else: quotes and widths are kept as
    written, so offsets into clean text are unchanged."""
    if text.isascii() or not MOJIBAKE_SIGN.search(text):
        return text  # ftfy reads every character: spare it the texts that cannot need it
    import ftfy  # imported only for non-ASCII text

    return ftfy.fix_encoding(text)


def _bom(raw: bytes) -> str | None:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return encoding
    return None


def _strict(raw: bytes, encoding: str, origin: str) -> str:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UndecodableText(f"{origin}: not valid {encoding} ({exc})") from exc


def _declared_charset(raw: bytes) -> str | None:
    match = META_CHARSET.search(raw[:SNIFF_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None  # an unknown declared charset: fall back to detection


def _detected(raw: bytes, origin: str, utf8_error: UnicodeDecodeError) -> str:
    """Windows-1252 (what WHATWG reads Latin-1 as) unless charset-normalizer's guess reads
    as less of a mess: short Western texts fool the detector, Cyrillic or Greek do not."""
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    guess = from_bytes(raw).best()
    candidates = [text for text in (_western(raw), guess and str(guess)) if text is not None]
    text = min(candidates, key=mess_ratio, default=None)  # on a tie the first, Western
    if text is None or _printable_share(text) < MIN_PRINTABLE:
        raise UndecodableText(
            f"{origin}: not valid UTF-8 at byte {utf8_error.start} and no other encoding fits"
        )
    return text


def _western(raw: bytes) -> str | None:
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _printable_share(text: str) -> float:
    if not text:
        return 1.0
    printable = sum(1 for char in text if char.isprintable() or char in "\n\r\t")
    return printable / len(text)
