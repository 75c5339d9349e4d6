"""Assemble: group the mentions of one incident, then fill the ACLED record of each event."""

from dateline.assemble.builder import assemble
from dateline.assemble.grouping import group

__all__ = ["assemble", "group"]
