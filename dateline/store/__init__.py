"""The event store: SQLite tables of articles, their reports and the merged events.

``ingest`` codes and stores articles; ``write_events``, ``count_events`` and
``explain_event`` read the store back.
"""

from dateline.store.exports import EVENT_FORMATS, write_events
from dateline.store.filters import Filters, parse_near
from dateline.store.ingestion import IngestSummary, ingest, store_results
from dateline.store.queries import GROUPINGS, count_events, explain_event, open_store

__all__ = [
    "EVENT_FORMATS",
    "GROUPINGS",
    "Filters",
    "IngestSummary",
    "count_events",
    "explain_event",
    "ingest",
    "open_store",
    "parse_near",
    "store_results",
    "write_events",
]
