"""Shared text helpers: name folding and keys (``names``), dependency-tree lookups (``tree``).

Any stage may import these; they hold no state and open no resource.
"""
