"""Ingest: files, HTML, JSONL, CSV and stdin into ``Article`` records."""

from dateline.ingest.published import parse_iso, parse_published
from dateline.ingest.reader import read_inputs

__all__ = ["parse_iso", "parse_published", "read_inputs"]
