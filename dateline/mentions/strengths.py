"""Cue strengths of the event kinds a sentence is retyped to: how sure each reading is."""

from __future__ import annotations

MOB_ON_FORCES = 0.65

# An attack's cue strength at and above which it is a targeted killing, whoever the target.
ASSASSINATION = 0.8
REGAINED = 0.75  # state forces named as the takers of ground
ENGAGED = 0.8  # a clash cued by an engagement of armed sides ("repelled", "clashed with")
FORCES_TARGET = 0.7  # armed men attacking a post or a patrol: a battle in the codebook
UNARMED_TARGET = 0.6  # armed men hitting a named unarmed target: an attack
THREAT_STRENGTH = 0.45  # a threat is a weak cue: any asserted violence comes first
SETTING_STRENGTH = 0.5  # a change to activity cued no more strongly: context of violence
