"""Dedupe: merge the reports of one event across articles (blocking, scoring, merging).

Pure functions over per-article EventRecords as dicts; the store calls them after ingest.
"""

from dateline.dedupe.clustering import Clustering, Decision, cluster
from dateline.dedupe.merging import event_uid, merged_record
from dateline.dedupe.report import Report
from dateline.dedupe.scoring import Weights

__all__ = ["Clustering", "Decision", "Report", "Weights", "cluster", "event_uid", "merged_record"]
