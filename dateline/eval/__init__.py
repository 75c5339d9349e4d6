"""Scoring the pipeline against annotated evaluation files (see the README, "Metrics")."""

from dateline.eval.report import format_report
from dateline.eval.runner import evaluate

__all__ = ["evaluate", "format_report"]
