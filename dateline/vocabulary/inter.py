"""ACLED's inter codes: the kind of actor a side is (state forces, rebels, civilians ...)."""

from __future__ import annotations

STATE, REBEL, POLITICAL_MILITIA, IDENTITY_MILITIA = 1, 2, 3, 4
RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = 5, 6, 7, 8
