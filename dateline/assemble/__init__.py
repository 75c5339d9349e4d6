"""Assemble: merge mentions of one incident and fill the ACLED record of each event."""

from dateline.assemble.builder import assemble

__all__ = ["assemble"]
