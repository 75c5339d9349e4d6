"""Attribution: claims, blame, denial and sources, each given to the event it is about."""

from __future__ import annotations

from dateline.models import Analysis, Share
from dateline.resolve.attribution.claims import split_attribution
from dateline.resolve.attribution.findings import find_attribution
from dateline.resolve.attribution.motives import motive_labels
from dateline.settings import Resources


def attribute(analysis: Analysis, resources: Resources) -> None:
    """Adds ``shares`` (one per event), ``sources`` and ``source_evidence``."""
    if not analysis.groups:
        return
    findings = find_attribution(analysis.doc)
    shares = split_attribution(findings.attribution, findings.evidence, analysis.groups)
    analysis.shares = [Share(attribution, list(proofs)) for attribution, proofs in shares]
    analysis.sources = findings.sources
    analysis.source_evidence = [e for e in findings.evidence if e.field == "sources"]


__all__ = ["attribute", "find_attribution", "motive_labels"]
