"""Command line: each command parses and validates its options, calls one library function
and writes the output. The commands register on ``main`` when their modules are imported."""

from dateline.cli import coding, corpus, evaluation, gazetteer, serving, training
from dateline.cli.group import main

__all__ = ["coding", "corpus", "evaluation", "gazetteer", "main", "serving", "training"]
