"""Cue words for event triggers and participants, grouped by what they tell about an event.

Written from the ACLED codebook's definitions and ordinary news phrasing. Each cue set is a
frozenset of lemmas (lower case); multi-word cues are matched on the lower-cased sentence.
"""

from __future__ import annotations

# --- triggers: a verb or noun lemma that can head a conflict event mention -----------------

ATTACK = frozenset(
    "attack assault ambush raid storm strike hit target open_fire fire shoot gun kill "
    "murder execute assassinate behead slaughter massacre stab hack machete beat torture "
    "lynch injure wound maim assassination killing shooting massacre violence".split()
)
CLASH = frozenset(
    "clash fight battle skirmish exchange gunfight firefight fighting engage repel repulse "
    "counterattack confront offensive combat hostility".split()
)
EXPLOSION = frozenset(
    "explode explosion blast detonate bomb bombing shell shelling airstrike strike missile "
    "rocket mortar artillery drone grenade ied landmine mine".split()
)
ABDUCTION = frozenset("abduct kidnap abduction kidnapping hostage disappear".split())
SEXUAL = frozenset("rape gang-rape sexually".split())
PROTEST = frozenset(
    "protest demonstrate demonstration demonstrator protester rally march sit-in picket "
    "boycott walkout petition vigil".split()
)
RIOT = frozenset("riot rioter mob lynch loot vandalize vandalise ransack".split())
ARREST = frozenset("arrest detain apprehend round".split())
LOOTING = frozenset(
    "loot pillage plunder ransack torch burn raze destroy vandalize vandalise rob steal seize "
    "confiscate demolish sabotage".split()
)
AGREEMENT = frozenset("agreement ceasefire truce accord deal treaty sign".split())
DISRUPTED = frozenset("defuse dismantle foil thwart intercept neutralize neutralise".split())
TERRITORY_GAIN = frozenset("recapture retake regain reclaim liberate".split())
TERRITORY_TAKE = frozenset("capture seize overrun overtake".split())
WITHDRAW = frozenset("withdraw handover relinquish".split())
BASE = frozenset("establish".split())
CHANGE = frozenset("curfew emergency ban suspend recruit merge split".split())

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
    "mujahideen".split()
)
CIVILIANS = frozenset(
    "civilian villager resident man woman child boy girl person people family farmer "
    "herder student worker trader merchant passenger driver journalist teacher pupil "
    "worshipper mourner displaced refugee pilgrim patient doctor nurse official chief "
    "leader imam pastor priest household inhabitant local user shepherd miner body "
    "individual member director cadre councilor councillor mayor politician candidate "
    "supporter opponent activist community clan tribe ethnic".split()
)
PROTESTERS = frozenset("protester protestor demonstrator marcher activist striker".split())
RIOTERS = frozenset("rioter mob youth crowd".split())
AIRCRAFT = frozenset("warplane jet aircraft helicopter plane drone uav airstrike air".split())

# --- context ----------------------------------------------------------------------------------

PROTEST_VIOLENCE = frozenset(
    "burn torch stone throw hurl vandalize vandalise loot ransack smash attack clash "
    "barricade set block destroy damage".split()
)
FORCE_CUES = frozenset("disperse teargas tear gas baton arrest detain intervene".split())
LETHAL_FORCE = frozenset("kill shoot live ammunition bullet wound injure".split())
STATISTIC_CUES = frozenset("since between total tally so far this year past".split())

# Sports, business and technology words: their density marks non-conflict news.
OFF_TOPIC = frozenset(
    "match game season coach goal striker tournament league cup championship score scorer "
    "win victory defeat team player club fan stadium olympic medal referee innings wicket "
    "quarterback pitcher touchdown squad semi-final final halftime athlete racing race "
    "rugby football soccer cricket tennis golf boxing nba nfl fifa uefa tackle midfield "
    "midfielder defender goalkeeper keeper comeback seed tiebreak slam penalty captain "
    "fixture premiership playoff inning homer manager sprint marathon athletics "
    "share stock market investor profit revenue earnings quarter price company firm "
    "shareholder bid merger acquisition sales customer product software chip internet "
    "computer user online web microsoft google apple intel ibm technology device "
    "scientist research study nasa space satellite planet species telescope orbit launch "
    "spacecraft astronaut".split()
)
