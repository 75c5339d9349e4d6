"""Cue words for event triggers and participants, grouped by what they tell about an event.

Written from the ACLED codebook's definitions and ordinary news phrasing. Each cue set is a
frozenset of lemmas (lower case); multi-word cues are matched on the lower-cased sentence.
"""

from __future__ import annotations

# --- participants ---------------------------------------------------------------------------

STATE_FORCES = frozenset(
    "army soldier troop military police policeman policemen gendarme gendarmerie patrol "
    "marine navy sailor airman commando peacekeeper battalion brigade regiment convoy "
    "checkpoint fds fama sdf fardc outpost barracks garrison dozo vdp koglweogo officer "
    "guard ranger customs".split()
)
ARMED_GROUPS = frozenset(
    "armed militant rebel insurgent jihadist extremist terrorist fighter militia militiaman "
    "gunman gunmen assailant attacker bandit combatant guerrilla separatist "
    "mujahideen paramilitary".split()
)
CIVILIANS = frozenset(
    "civilian villager resident man woman child boy girl teen teenager adolescent youth "
    "person people family farmer "
    "herder student worker trader merchant passenger driver journalist teacher pupil "
    "worshipper mourner displaced refugee pilgrim patient doctor nurse official chief "
    "leader imam pastor priest household inhabitant local user shepherd miner body "
    "individual member director cadre councilor councillor mayor politician candidate "
    "supporter opponent activist community clan tribe ethnic".split()
)

# What a vehicle is driven into when it is the weapon: buildings, sites and crowds.
RAM_TARGETS = frozenset(
    "building tower floor office headquarters center centre clinic hospital school university "
    "church mosque synagogue temple shrine embassy consulate station store shop restaurant "
    "cafe bar club nightclub hotel gate entrance lobby checkpoint barrier house home "
    "facility base barracks market mall courthouse pentagon capitol crowd people "
    "pedestrians protesters demonstrators marchers shoppers worshippers students "
    "spectators parade rally".split()
)
# Words that make a centre or a market a place one travels to ("the town centre").
SETTLEMENTS = frozenset("city town village downtown".split())

# Governments and their organs: who threatens, sanctions or coerces in PLOVER's categories.
POLITICAL = frozenset(
    "government president minister ministry parliament cabinet regime administration "
    "authority authorities embassy diplomat ambassador premier chancellor king monarch "
    "junta congress senate council nato un eu kremlin white house pentagon state "
    "secretary-general spokesman prime official agency unhcr unicef wfp unrwa ngo "
    "nations leader opposition party union governor governorship prefect".split()
)

# Holders of office and party leaders: whose arrest is news with no force named.
POLITICAL_FIGURES = frozenset(
    "governor minister president premier pm mp lawmaker senator deputy mayor spokesman "
    "spokesperson leader chairman secretary-general prefect opposition candidate "
    "ex-president ex-minister".split()
)

# --- context ----------------------------------------------------------------------------------


# Sports words: a gathering among them is a crowd of fans, never a demonstration.
SPORTS = frozenset(
    "match game season coach goal striker tournament league cup championship score scorer "
    "win victory defeat team player club fan stadium olympic medal referee innings wicket "
    "quarterback pitcher touchdown squad semi-final final halftime athlete racing race "
    "rugby football soccer cricket tennis golf boxing nba nfl fifa uefa tackle midfield "
    "midfielder defender goalkeeper keeper comeback seed tiebreak slam penalty captain "
    "fixture premiership playoff inning homer manager sprint marathon athletics "
    "title champion podium hurdle relay lap singles doubles medallist olympics indoor "
    "sprinter athlete jumper".split()
)
# Sports, business and technology words: their density marks non-conflict news.
OFF_TOPIC = SPORTS | frozenset(
    "share stock market investor profit revenue earnings quarter price company firm "
    "shareholder bid merger acquisition sales customer product software chip internet "
    "computer user online web microsoft google apple intel ibm technology device "
    "scientist research study nasa space satellite planet species telescope orbit launch "
    "spacecraft astronaut".split()
)
