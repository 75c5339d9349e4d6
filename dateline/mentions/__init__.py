"""The extract stage: event mentions with their type, modality and participants, counts and
weapons.

The package is ``dateline.mentions``, not ``dateline.extract``: that name is the public
function ``dateline.extract(text)``, which a subpackage of the same name would replace.
"""

from __future__ import annotations

from dateline.mentions.events import find_mentions
from dateline.mentions.tolls import add_tolls
from dateline.models import Analysis
from dateline.settings import Resources


def extract(analysis: Analysis, resources: Resources) -> None:
    """Needs ``doc``; adds ``mentions`` with their counts and weapons."""
    analysis.mentions = find_mentions(analysis.doc)
    add_tolls(analysis.doc, analysis.mentions)


__all__ = ["extract", "find_mentions"]
