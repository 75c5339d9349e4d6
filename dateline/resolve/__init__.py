"""Resolve: time (``time``), places (``place``), sides (``actors``) and claims (``attribution``).

Each subpackage is a stage of its own (see ``dateline.pipeline.STAGES``).
"""
