"""The learned stage: a classifier beside the rules that may retype weakly typed mentions.

Off unless ``Settings.learned_subtypes`` is set or ``Settings.subtype_model`` names a model
file (``dateline train``); see :mod:`.policy` for when it may change a sub-type.
"""

from __future__ import annotations

from dateline.learned.examples import packaged_examples, read_examples
from dateline.learned.model import SubTypeModel, builtin_model
from dateline.learned.policy import apply_policy
from dateline.models import Analysis
from dateline.settings import Resources


def retype(analysis: Analysis, resources: Resources) -> None:
    """The learned stage: needs ``mentions``; changes the sub-type of weakly typed ones."""
    model = resources.classifier
    if model is not None:
        analysis.mentions = apply_policy(model, analysis.mentions)


__all__ = [
    "SubTypeModel",
    "apply_policy",
    "builtin_model",
    "packaged_examples",
    "read_examples",
    "retype",
]
