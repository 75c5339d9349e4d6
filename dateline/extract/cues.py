"""What a sentence says about an event, as sets of cue names the classifier can test.

A ``Cues`` is computed once per sentence from lemmas and a few multi-word patterns; the
classifier (``classify.py``) turns cues into an ACLED sub-type without touching spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dateline.extract import lexicon as lx
from dateline.extract.weapons import rammed_vehicles

# Bombs made to be delivered or left, named by their kind.
DEVICE = r"((pipe|letter|parcel|package|mail|nail) bombs?|explosive devices?|incendiary devices?)"
# Barricades that people put up or burn, or a road they barricade: not a barricade someone
# asks to be removed ("demanding the removal of barricades").
BARRICADES = (
    r"(burn\w*|flaming|erect\w*|set up|setting up|built|building|put up|putting up|mount\w*|"
    r"placed|placing|using|with) (\w+ ){0,2}barricades?|barricad(ed|ing) (off )?(the |a |an )?"
    r"(\w+ )?(roads?|streets?|highways?|routes?|entrances?|access|bridges?|junctions?|"
    r"crossroads)"
)
# Shots fired into the air: a warning, not an attack on anyone.
WARNING_SHOTS = re.compile(
    r"\b(fir(ed|ing) (\w+ ){0,4}(in|into) the air|warning shots?|shots? (fired )?(in|into) "
    r"the air)\b"
)
# Cues of aimed violence that warning shots alone must not set.
AIMED = ("attack", "harm", "shooting_at", "attack_strong", "small_arms", "gunfire")
# Multi-word and sub-word cues, tested on the lower-cased sentence text.
PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "air": r"\b(air ?strikes?|air ?raids?|warplanes?|fighter jets?|jets? (struck|bombed|hit)|"
        r"drone (strike|attack)s?|dropp(ed|ing) (\w+ ){0,2}bombs?|bombs? (was |were )?dropped|"
        r"(aircrafts|air force) (\w+ ){0,6}(struck|targeted|bombed|hit)|(armed|combat) drones?|"
        r"helicopter gunships?|aerial "
        r"(bombardment|attack|bombing)|airstrike|bombed from the air|strikes? by (drones?|"
        r"aircraft|jets?|warplanes?)|uavs?|(?<!anti-)aircraft (struck|bombed|attacked)|"
        # munitions dropped from a drone: an air/drone strike in the codebook
        r"(grenades?|bombs?|explosives?|munitions?|shells?) (\w+ ){0,2}from (a |an |the )?"
        r"(\w+ )?(drones?|uavs?|quadcopters?)|"
        r"(carried out|launched|conducted) (a |an )?(\w+ )?strikes?|strikes? (on|against) "
        r"(\w+ ){0,3}(militants?|targets?|positions?|fighters?|bases?|facilities))\b",
        "assassination": r"\bassassinat\w*\b",
        "suicide": r"\bsuicide (bomb|attack|vest|car|bombers?|bombing)|blew (him|her|them)sel",
        # the attackers themselves killed or shot: the forces fought them
        "attackers_hit": r"\b(killed|shot|shot dead|gunned down|neutrali[sz]ed) (\w+ ){0,4}"
        r"(bombers?|attackers?|assailants?)\b",
        "shelling": r"\b(shell(s|ed|ing)?|artillery|mortars?|rockets?|missiles?|katyushas?|"
        r"heavy weapons|projectiles?|bombard(ed|ment)?|howitzers?|grad|mlrs|barrage|"
        r"heavy (and medium |and light )?(weapons|machine ?-?guns?|machineguns?)|"
        r"(medium|heavy)(-| and )(calibre|caliber|heavy|medium) (weapons|machine ?-?guns?)|"
        r"grenade launchers?|anti-aircraft (guns?|weapons|cannons?)|recoilless|"
        r"rocket-propelled|rpgs?|tank (fire|rounds|shells))\b",
        # Explosions no one could attribute to a weapon: long-range fire in ACLED's practice.
        "blast_unknown": r"\bexplosions? (involving|of|from) (an? )?(unknown|undetermined|"
        r"unidentified) (weapons?|origin|munitions?|type)\b",
        "ied": r"\b(ieds?|improvised explosive|explosive devices?|land ?mines?|roadside bombs?|"
        r"car bombs?|vbieds?|booby[- ]trap|bombs? (exploded|went off|detonated)|"
        r"explosions?|exploded|detonat(ed|ing|ion)|blasts?|bomb(ed|ing|ings)|"
        r"(used|using) explosives|"
        r"set off (\w+ )?explosives?|bomb (attacks?|blasts?)|"
        r"remote explosive|mine (exploded|blast)|struck a mine|"
        r"hit a mine|planted (a )?bomb)\b",
        # not a grenade only carried ("a militant armed with a grenade")
        # not a grenade only carried ("a militant armed with a grenade"), nor a rocket-
        # propelled one ("RPG grenades"), which is a launcher's round: shelling
        "grenade": r"(?<!armed with a )(?<!armed with an )(?<!armed with )(?<!hand )"
        r"(?<!armed with a hand )(?<!rpg )(?<!rpg-)(?<!propelled )\b(hand )?grenades?\b"
        r"(?! launchers?)(?! from (a |an |the )?(\w+ )?(drones?|uavs?|quadcopters?))",
        # A device that went off while being planted or made: its use was disrupted.
        "premature": r"\b(explo(ded|sion) prematurely|premature(ly)? (detonation|explosion|"
        r"blast)|(while|when) (\w+ ){0,4}(planting|making|assembling|handling|transporting|"
        r"manufacturing|preparing) (\w+ ){0,3}(ieds?|bombs?|explosives?|(land ?)?mines?|"
        r"devices?)|(they|he|militants|fighters) (were|was) (\w+ )?planting)\b",
        "chemical": r"\b(chemical (weapons?|agents?|attacks?)|chlorine gas|sarin|nerve agents?|"
        r"anthrax|ricin|mustard gas|toxic gas)\b",
        "protest": r"\b(protest(s|ed|ers?|ing)?|demonstrat(e|ed|ion|ions|ors?|ing)|rall(y|ies|ied)|"
        r"marched|marches|marching|(a|the) march\b|"
        r"march(?! \d)(?= (to|on|against|through|in|from))|"
        r"sit-? ?ins?|picket(ed|s)?|on strike|took (to )?the streets?|to protest|went on strike|"
        r"general strike|"
        r"hunger strike|strike action|labou?r strike|strike to (demand|protest)|launched (a )?"
        r"(\d+[- ]?(hour|day)[- ])?strike|staged|vigils?|boycott|"
        # people gathering at a seat of power, or shutting one, to press a demand: a protest
        # with no protest word ("residents gathered outside the ministry", "students closed
        # down the prefect's office", "workers went down to the street")
        r"(gathered|assembled|converged) (\w+ ){0,2}(outside|in front of|at the gates? of) "
        r"(the |a )?([\w'-]+ ){0,3}(ministry|parliament|embassy|consulate|town hall|city hall|"
        r"courthouse|court|governorate|prefecture|presidential palace|palace|headquarters|"
        r"offices?)|"
        r"(students|residents|workers|traders|villagers|youths|inhabitants|locals|teachers|"
        r"employees|staff) (\w+ ){0,3}(closed|padlocked|shut) (down )?(the )?([\w'-]+ ){0,3}"
        r"(town hall|city hall|offices?|prefecture|headquarters|gates?)|"
        r"(walked|went|came) (down |out )?(in)?to the streets?)\b",
        "riot": r"\b(riot(s|ed|ers|ing)?(?! (gear|police|control|squad|shields?|act))|"
        r"violent (protest|demonstration)s?)\b",
        "protest_violence": r"\b((threw|throw|throwing|thrown) (\w+ )?(stones|rocks|projectiles|"
        r"bottles)|(stones|rocks|projectiles) (were|was) (\w+ )?thrown|hurl(ed|ing) stones|"
        # demonstrators fighting the forces sent against them, told with or after the protest
        r"clash(ed|es)? with (\w+ ){0,4}(police|security forces|gendarmes|soldiers|troops)|"
        r"(leading|led) to clashes|"
        r"stone[- ]pelting|pelted|burn\w* (\w+ )?(tyres|tires)|" + BARRICADES + r"|vandalism|"
        r"vandali[sz]ed|"
        r"ransacked|set (fire|ablaze)|torched|violent (protest|demonstration)s?|"
        r"clash(ed|es)? "
        r"with (police|security|the police|security forces|gendarmes)|clash(es)? between "
        r"(\w+ )?(protesters|demonstrators|students|residents|youths?|rioters) and (the )?"
        r"(police|security forces|gendarmes|soldiers|troops)|set (\w+ ){1,4}(on fire|ablaze|"
        r"alight)|"
        # forcing a way in, fires lit, violence done by demonstrators told in the passive,
        # or demonstrators carrying blades and clubs: a violent demonstration in the codebook
        r"forc(ed|ing) (their|its|his|her|a) way (in|into)|forc(ed|ing) themselves into|"
        r"broke into|forcibly (entered|released|freed|occupied|removed)|"
        r"(setting|lit|lighting) (fire|(\w+ )?(tyres|tires))|(protested|demonstrated|rioted) "
        r"violently|(attacked|stoned|pelted|vandali[sz]ed|torched|ransacked|looted|burned) by "
        r"(\w+ ){0,3}(demonstrators|protesters|rioters|strikers)|"
        r"(protesters|demonstrators|marchers|youths?|students) (armed )?(with|wielding|carrying) "
        r"(\w+ ){0,2}(clubs|machetes|sticks|stones|knives|cudgels|iron bars)|"
        r"scuffl(e|es|ed) with)\b",
        "mob": r"\b(mobs?|lynch(ed|ing)?|mob justice|vigilantes?|"
        r"angry (residents|villagers|youths|crowd)|jungle justice)\b",
        "intervention": r"\b((protesters?|demonstrators?|marchers?|participants?|organi[sz]ers?)"
        r" (\w+ )?(were|was) (\w+ )?(arrested|detained|dispersed|beaten)|"
        # the gathering stopped or held back by the forces, told in the passive
        r"(were|was) (\w+ )?(stopped|prevented|blocked|deterred|dispersed|pushed back|chased "
        r"away) by (the |a )?(\w+ ){0,2}(police|security|soldiers|troops|gendarmes|military|"
        r"forces|presence)|(control|contain|controlling|containing) the (crowd|protesters|"
        r"demonstrators)|fired (shots )?in the air|dispers(ed|e|ing)|tear ?gas|teargas|"
        r"water cannon|batons?|"
        r"arrest(ed|s)? (\w+ )?(protesters|demonstrators|participants)|interven(e|es|ed|ing)\b|"
        r"rubber bullets|"
        # forces stopping or breaking up a gathering without lethal force
        r"(stopped|prevented|blocked|pushed( back)?|broke up|break up|broken up|deterred|"
        r"chased( away)?|dispersed) (\w+ ){0,2}(protesters|demonstrators|marchers|crowds?|"
        r"them|(the|a) (protest|demonstration|march|rally|sit-?in|gathering))|"
        r"(protest|demonstration|march|rally|sit-?in|gathering) was (\w+ )?(broken up|"
        r"stopped|prevented|blocked))",
        "lethal_force": r"\b(live (ammunition|rounds|bullets)|open(ed|ing) fire (on|at) (the )?"
        r"(protesters|demonstrators|crowd)|(killed|killing|shot dead|shot|shooting|wounding) "
        r"(?!of )(\w+ ){0,3}(protesters?|demonstrators?)|(protesters?|demonstrators?|marchers?|"
        r"students?|a protester) "
        r"(was|were) (\w+ )?(shot|killed|shot dead)|(shot|killed|shot dead|wounded|injured) "
        r"(\w+ ){0,2}by "
        r"(the )?(police|security forces|soldiers|troops|gendarmes|the army)|"
        r"(serious|severe|grievous|critical) injur\w*|seriously (injured|wounded|hurt))\b",
        "sexual": r"\b(rap(ed|e|ing)|gang-?rap\w*|sexual(ly)? (assault|abuse|violence|"
        r"assaulted|abused|exploited|exploitation|harass\w*|molest\w*)|molest(ed|ing|ation)|"
        r"defiled|indecent(ly)? assault\w*)\b",
        "abduction": r"\b(abduct\w*|kidnap\w*|hostages?|taken captive|forced disappearance|"
        r"went missing|whereabouts unknown|(forcibly )?disappeared (a|an|the|two|three|\d+)|"
        r"taken to an? unknown (location|destination|place)|"
        # a vehicle taken with the people in it ("seized a truck with its driver aboard"):
        # the people are taken too, an abduction in the codebook, not only a theft
        r"(seiz|hijack|commandeer|captur)(ed|ing) (\w+ ){0,3}(together |along )?with (the |its |"
        r"their )?(\w+ )?(drivers?|passengers?|occupants?|crew|patients?))\b",
        # The verbs and nouns of abduction proper (not "hostage", often a figure of speech):
        # taking people by force is political violence though no taker is named.
        # One taking, not "acts of violence and kidnappings" named in an accusation.
        "kidnap": r"\b(abduct(ed|s|ing|ion)|kidnap(ped|ping|s)?)\b",
        # Human remains left with the marks of a killing (cut up, burned, bound, with signs
        # of torture): an attack by an unidentified group in ACLED's practice, though no one
        # is said to have killed them.
        "remains": r"\b((dismembered|mutilated|decapitated|charred|tortured) (remains|"
        r"bod(y|ies)|corpses?|heads?|torsos?)|bod(y|ies) parts|(severed|human) (heads?|torsos?)|"
        # remains dumped in bags, not those an excavation finds ("human remains at the dig")
        r"(bags?|sacks?) (\w+ ){0,3}(human )?remains|"
        r"(bod(y|ies)|corpses?|remains) (was |were )?(dismembered|decapitated|mutilated|"
        r"charred|burned|burnt|bound|tied up|blindfolded)|"
        r"(bod(y|ies)|corpses?|remains) (\w+ ){0,6}(with|showing|bore|bearing) (\w+ ){0,2}"
        r"(signs|marks|traces) of (torture|violence|beating)|(bod(y|ies)|corpses?) (\w+ ){0,4}"
        r"(with|riddled with|bearing) (\w+ ){0,2}(gunshot|bullet|stab) wounds)\b",
        "engagement": r"\b(clash(ed|es)? (with|between)|clashes|heavy fighting|fighting "
        r"(between|with)|gun ?fights?|gun ?battles?|shoot-? ?outs?|fire ?fights?|"
        r"exchang(ed?|es|ing) (of )?(gun)?fire|in both directions|"
        # communities fighting: communal militias engaging, a battle in the codebook
        r"(inter-?)?communal (violence|clash(es)?|fighting|conflict)|inter-?communal|"
        r"ambush(ed)?|battled|(repelled|repulsed|thwarted|foiled|fought off|beat back) "
        r"(an? |the |their )?(\w+ )?(attacks?|assaults?|incursions?|offensives?|raids?))\b",
        "clash": r"\b(clash(ed|es)?|fight(ing|s)?|fought|battles?|battled|skirmish(es)?|"
        r"exchange(d|s)? (of )?(gun)?fire|gun ?fights?|fire ?fights?|engaged|repel(led)?|"
        r"repulsed|counter-?attack\w*|offensive|ambush\w*|heavy fighting|combat|"
        r"exchang(ed?|es|ing) (of )?(gun)?fire)\b",
        "lethal": r"\b(killed|killing|murder(ed|s)?|shot dead|gunned down|massacred?|"
        r"execut(ed|ion)|beheaded|stabbed|hacked to death|beaten to death|lynched|"
        # killings by blade or fire ("slit the throats of", "burned them alive")
        r"(slit|cut) (\w+ ){0,3}throats?|(burned|burnt) (\w+ ){0,2}alive|doused (\w+ ){0,3}"
        r"(in|with) (petrol|gasoline|fuel|kerosene|paraffin)|"
        r"abduct(ed|ion)|kidnapp?(ed|ing)|assassinat(ed|ion)|bodies of|corpses?|"
        r"(were|was) (injured|wounded|hurt)|wounding|injuring|dead bodies|body of|"
        r"found dead|(left|leaving) (\w+ ){0,3}(dead|wounded|injured|killed)|"
        r"(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (people )?dead)\b",
        "riot_acts": r"\b(burn\w* (\w+ )?(tyres|tires)|set (\w+ )?(tyres|tires) (on fire|ablaze)|"
        r"stone[- ]pelting|(threw|throwing|hurled|pelted) (\w+ )?(stones|rocks)|"
        + BARRICADES
        + r")\b",
        # Roadblocks put up by demonstrators (not by forces at a checkpoint): barricades.
        "roadblocks": r"\b(set up|erected|mounted|built|put up) (\w+ )?(road ?blocks|"
        r"barricades)\b",
        # Sitting in a road is a peaceful protest in the codebook; barricades make it violent.
        "blockade": r"\bblock(ed|ing|aded)? (off )?(the |a |an )?(\w+'?s? )?(\w+ )?(roads?|"
        r"routes?|highways?|streets?|rails?|railway|bridge|crossroads|junction|traffic)\b",
        # What demonstrators did that makes a demonstration violent (with a protest cue).
        "protest_damage": r"\b(burn(ed|t|ing)|loot(ed|ing)|plunder\w*|pillag\w*|arson|"
        r"destroy(ed|ing)|damag(ed|ing)|vandali[sz]\w*|ransack\w*|stormed|set fire|"
        r"torch(ed|ing))\b",
        # Violence against a person's body: what makes a raid an attack, not a looting.
        "harm": r"\b(assault(ed|s)?|beat(en|ing)?|stabb(ed|ing)|shot|opened fire|fired (\w+ )?"
        r"(at|on|against|upon)|whipp(ed|ing)|tortur\w*|hacked|mutilat\w*|flogged)\b",
        "warning_shots": WARNING_SHOTS.pattern,
        # Demonstrators or strikers turning on people or property themselves (active voice):
        # what makes a demonstration violent, not only how the police answered it.
        "crowd_violence": r"\b((striking|protesting|demonstrating|rioting|irate) (\w+ ){0,2}"
        r"(students|workers|teachers|youths?|residents|traders|crowds?|demonstrators|"
        r"protesters|villagers|supporters|drivers|pupils)|protesters|demonstrators|rioters|"
        r"marchers|strikers) ((?!(was|were|been|being|is|are|by)\b)[\w-]+ ){0,3}(assaulted|"
        r"attacked|beat|stoned|pelted|ransacked|vandali[sz]ed|smashed|stormed|torched|set fire|"
        r"looted|burn(ed|t)|injured|hurled|threw)\b",
        # Riots between two crowds (party supporters, students, fans) or by prisoners: in the
        # codebook, violence of unorganised groups against each other is mob violence.
        "riot_between": r"\b(riots?|rioting) (broke out |erupted |flared )?between\b|"
        r"\b(prisoners|inmates|detainees) (\w+ ){0,2}riot(ed|ing)?\b|\b(prison|jail) riots?\b",
        # Weapons of a brawl, not of an army: machetes, knives, sticks and stones.
        "melee": r"\b(machetes?|knives|knife|axes|sticks|clubs|cudgels|stones|rocks|bricks|"
        r"iron bars|spears|bows and arrows|arrows|bare hands|fists)\b",
        # A coup or plot disrupted: a strategic development, with no weapon used.
        "plot_foiled": r"\b((foil|thwart|uncover|disrupt)(ed|s)? (\w+ ){0,3}(coup|plot|putsch|"
        r"conspiracy)|(coup|plot|putsch|conspiracy)( attempts?)? (\w+ ){0,4}(was|were|had been|"
        r"has been|being) (\w+ )?(foiled|thwarted|uncovered|disrupted))",
        "mutiny": r"\bmutin(y|ies|ied|ying|eers?|ous)\b",
        # A fight among people with no weapons of war named: mob violence when unorganised.
        "brawl": r"\b(clash(ed|es)?|fought|fight(s|ing)? (between|with|broke out|erupted)|"
        r"brawl\w*|scuffl\w*|fist ?fights?|came to blows|melee|free-for-all)\b",
        # Identity groups (ethnic, clan, farmers and herders): communal militias in ACLED.
        "communal": r"\b(communit(y|ies)|communal|clans?|tribes?|tribal|ethnic|herders?|"
        r"herdsmen|pastoralists?|farmers?|villages)\b",
        # Categories PLOVER codes and ACLED does not: threats, sanctions, coercion, mobilising.
        "threat": r"\b(threaten(ed|s|ing)?|ultimatum|vow(ed|s|ing)? to|swor(e|n) to|"
        r"threats? (to|of))\b",
        "sanction": r"\b(expel(led|s)? (\w+ ){0,3}(diplomats?|ambassadors?|"
        r"envoys?|inspectors?|attaches?|observers?)|(suspend|halt|cut|freez|froze|stopp|end|reduc|withh[eo]ld|prohibit|block)"
        r"\w* (off )?(\w+ ){0,3}(aid|assistance|links|relations|ties|mediation|cooperation|"
        r"flights|deliveries|supplies|food supplies|loans?|credits?|funding|trade|imports|"
        r"exports)|(broke|break|breaking|severed?) (off )?"
        r"(\w+ )?(diplomatic )?(relations|ties)|recall(ed|s)? (its|their|the) ambassador|"
        r"cancell?ed (a |an |his |her |its |their )?(\w+ ){0,2}(visit|trip|talks)|"
        r"(impose[ds]?|imposing|slapped|tightened|extended|adopted|approved) (\w+ ){0,3}"
        r"(restrictions|sanctions|embargo(es)?)|"
        r"froze (\w+ ){0,3}assets|blacklist\w*|deny entry|denied entry|"
        r"withdr(aw|ew|awn|awing) (\w+ ){0,3}(inspectors|observers|monitors|aid workers|"
        r"humanitarian workers|ambassadors?|envoys?|diplomats)|"
        r"forced (\w+ ){0,5}out of the country)\b",
        "coerce": r"\b(outlaw(ed|s)?|deport(ed|s|ation)|confiscat\w*|censor\w*|"
        r"banned (\w+ ){0,3}(party|parties|groups?|organi[sz]ations?|newspapers?|publications?|"
        r"rall(y|ies)|protests?|demonstrations?|meetings?|candidates?|movements?|opposition|"
        r"media|broadcasts?|gatherings?)|"
        r"proscribed|shut down|closed down|ordered (\w+ ){0,6}to (suspend|close|leave|stop|"
        r"halt)|prevented (the |a )?(\w+ )?(demonstration|protest|rally|march|meeting)|"
        r"(re-?impos\w*|impos\w*|tighten\w*|enforc\w*) (\w+ ){0,3}(blockades?|curfew|"
        r"closures?)|"
        r"blew up (\w+ ){0,3}(power|electric|pipelines?|lines|bridges?)|"
        r"(hack(ed|ing)?|cyber ?attacks?) (into )?(\w+ ){0,4}(computers|web ?sites|networks|"
        r"systems)|defaced)\b",
        "mobilize": r"\b(mobili[sz](ed|ing|es|ation)|reservists|(on|high|full|maximum) alert|"
        r"(strengthened|reinforced|boosted|beefed up) (\w+ ){0,2}(forces|troops|presence)|"
        r"(sent|dispatched|massed|moved) (\w+ ){0,3}(troops|soldiers|forces|tanks|warships)|"
        r"ordered (\w+ ){0,2}patrols|troops (massed|gathered)|prepared to (resume|launch)|"
        r"(trained|recruited|armed) (\w+ ){0,3}(fighters|militiamen|hackers|recruits))\b",
        "protest_strong": r"\b(protest(ed|ers|ing)|demonstrators|"
        r"(march|protest|rally|demonstration|sit-?in|strike)e?s? (was|were) (held|staged|"
        r"organi[sz]ed|reported)|protests (in|against|over|erupted|broke out|continued)|"
        r"(rallies|marches|protests|demonstrations|sit-?ins) (\w+ )?(were|have been) (held|"
        r"staged|organi[sz]ed|reported)|(protests?|demonstrations?|rall(y|ies)|march(es)?|"
        r"sit-?ins?) took place|peaceful (protests?|demonstrations?|march(es)?|rall(y|ies)|"
        r"sit-?ins?)|"
        r"went on (a |an )?(\S+ )?strike|protests? against|went (out )?(in)?to the streets?|"
        r"work stoppage|stay-?away|walk-?outs?|"
        r"(held|staged|organi[sz]ed|performed) (a |an )?(\w+ ){0,3}(protest|rally|demonstration|"
        r"sit-? ?in|"
        r"march|strike|vigil|gathering)|to demand|demanding|to denounce|denouncing|in protest|"
        r"to express (their )?(anger|discontent|solidarity|dissatisfaction)|"
        r"to press (\w+ )?(their |for )?(demands?|claims?)|"
        r"demonstrated (in|outside|against|at|on|near|for|peacefully)|sit-ins?|"
        r"marched|picket(ed|ing)|on strike|hunger strike|general strike|protest march|"
        r"(gathered|assembled|converged|flocked|came out) (\w+ ){0,3}(to (demonstrate|protest|"
        r"march|demand|denounce)|in (a |an )?(\w+ )?(march|protest|demonstration|rally|"
        r"sit-? ?in|vigil)))\b",
        "weapon": r"\b(guns?|gunfire|gunshots?|rifles?|bullets?|machetes?|knives|knife|"
        r"explosives?|bombs?|grenades?|mortars?|rockets?|missiles?|artillery|ak-47s?|"
        r"firearms?|weapons?|ammunition|ieds?|drones?|airstrikes?|air strikes?|shots|"
        r"molotov|petrol bombs?|incendiary)\b",
        "armed_phrase": r"\b(armed (groups?|men|individuals|forces|elements)|(?<!join )forces\b|"
        r"(military|army|rebel|militant|enemy|government|regime) (positions?|posts?|bases?|"
        r"camps?)|positions of|security (personnel|agents|officers)|(police|army|military|"
        r"gendarmerie) (stations?|posts?|units?|officers?)|armed|fighting group)\b",
        # State forces named by a phrase, where "forces" alone says nothing of whose.
        "state_phrase": r"\b(government|security|state|army|military|regime|federal|national|"
        r"pro-government) (forces|troops|units|soldiers)\b",
        "military_remote": r"\b(air ?strikes?|air ?raids?|airstrikes?|shelling|shelled|artillery|"
        r"mortars?|ieds?|improvised explosive|land ?mines?|roadside bombs?|car bombs?|"
        r"suicide (bomb\w*|attack\w*)|grenades?|drone strikes?|rocket (fire|attacks?)|"
        r"missile (strikes?|attacks?)|explosions? (involving|of unknown)|bombed|bombing|"
        r"anthrax|ricin|"
        r"sarin|chemical weapons?|pipe bombs?)\b",
        "peace": r"\b(peace (agreement|deal|accord|treaty)|cease-?fire|truce|"
        r"reconciliation agreement)\b",
        "attack_strong": r"\b(attacked|assaulted|beat up|beaten|stabbed|shot|injured|"
        r"wounded|hacked|tortured|raped|kills?|injures?|shoots?|stabs?)\b",
        # Shots aimed at someone or something: an attack even when no one was hurt.
        "shooting_at": r"\b(opened fire (on|at)|fired (\w+ )?(shots|rounds|bullets|gunshots|"
        r"guns?|weapons|rifles?) (\w+ ){0,2}(at|on|upon|into)|drive-?by shootings?|"
        r"shot at|"
        # "fired eight rounds of ammunition from a rifle at the building": aimed at a target
        r"fired ([\w-]+ ){0,3}(shots|rounds|bullets|gunshots) ((of|from) ([\w.-]+ ){1,6})?"
        r"(at|into|upon) (the|a|an|his|her|their|its)|fired (up)?on (the |a |an )?"
        r"(\w+ )?(civilians|people|crowd|worshippers|shoppers|students|customers))\b",
        # Fire set on purpose: the wording names someone setting it ("set two fires",
        # "ignited a small fire", "burned by vandals"), not a fire breaking out.
        "arson": r"\b(arson\w*|set (\w+ ){0,3}(fires?|ablaze)|setting (\w+ ){0,2}fires?|"
        r"set on fire|ignit(ed|ing) (\w+ ){0,3}fires?|"
        r"(burn(ed|t)|torched) (\w+ ){0,4}by (?!(the |a |an )?(\w+ )?(fires?|flames|blaze|"
        r"wildfires?|heat|sun|lightning))\w+|"
        r"torch(ed|ing)|firebomb\w*|molotov( cocktails?)?|incendiary (devices?|bombs?))\b",
        # What starts a fire by accident or nature: no arson, whatever verb is used.
        "fire_cause": r"\b(sparks?|lightning|faulty|wiring|short[- ]circuit|electrical (fault|"
        r"fire)|cigarettes?|wildfires?|bush ?fires?|forest fires?|brush ?fires?|"
        r"grass ?fires?|accidental(ly)?|unintentional(ly)?)\b",
        "claim": r"\b(claimed (responsibility|credit)|responsible for|perpetrators?|arsonists?|"
        r"suspects?|attackers?|assailants?|vandals?)\b",
        "security_measure": r"\b(curfew|state of (emergency|siege)|martial law)\b",
        # Measures of an authority restricting movement or gathering (closures, quarantines,
        # suspended traffic): a change to the activity of the state in the codebook.
        "measure": r"\b(quarantine|lock-?downs?|(clos(e|ed|ing|ure of)|shut(ting)?( down)?|"
        r"seal(ed|ing)?)( off)? (\w+ ){0,3}(borders?|crossings?|entrances?|entry points?|"
        r"markets?|schools?|mosques?|churches?|mines|mining sites?|roads?|highways?)|"
        r"(suspend|halt)(ed|s|ing)? (\w+ ){0,3}(traffic|transport|flights|movements?|classes|"
        r"entries|departures|circulation)|(banned|prohibited|restricted) (\w+ ){0,3}"
        r"(gatherings?|movements?|traffic|motorcycles?|motorbikes?|circulation))\b",
        # Armed men running a checkpoint of their own: a change to the group's activity.
        "checkpoint": r"\b(set(ting)? up|ran|run(ning)?|erect(ed|ing)|mount(ed|ing)|"
        r"establish(ed|ing)|install(ed|ing)) (\w+ ){0,2}check ?-?points?\b",
        # Members leaving one side for another: a change to both groups.
        "defection": r"\b(defect(s|ed|ing|ions?)? (to|from)|defectors?|switched (sides|"
        r"allegiance)|pledged allegiance|(soldiers|troops|policemen|police officers|"
        r"fighters|militiamen|militants|rebels|members)( \w+){0,6} (have |had )?joined)\b",
        # Prisoners freeing themselves: a development with no one attacked.
        "prison_break": r"\b(broke(n)? out of (\w+ ){0,2}(prisons?|jails?|police stations?|"
        r"detention|cells?)|escaped from (\w+ ){0,2}(prisons?|jails?|custody|detention)|"
        r"jail ?-?breaks?|prison ?-?breaks?|(prisoners|inmates|detainees) (\w+ ){0,2}"
        r"escaped|mass escape)\b",
        # People leaving their homes, or returning to the country, for the conflict.
        "displacement": r"\b((were|was|been|being|are|internally|newly) displaced|displaced "
        r"(people|persons|families|households|civilians|residents|villagers)|displacement of|"
        r"evacuat(ed|ion)|fled (their |the )?"
        r"(homes?|villages?|area|town|locality|region)|flee(ing)? (\w+ ){0,2}(homes?|"
        r"villages?|violence|fighting|insecurity|attacks?)|sought (shelter|refuge)|seek "
        r"(shelter|refuge)|abandon(ed|ing) (\w+ ){0,2}(homes?|villages?|posts?|schools?|"
        r"area)|left the (area|village|town|locality|region)|suspended classes|"
        r"(refugees|migrants|returnees|asylum seekers)( \w+){0,4} (returned|arrived|were "
        r"repatriated|were relocated))\b",
        # What makes leaving one's home a conflict's consequence, not a storm's.
        "insecurity": r"\b(insecurity|security situation|hostilities|rebellion|violence|"
        r"threats?|fighting|conflict|refugees)\b",
        # An armed group imposing its rules on a population ("imposed the veil on women").
        "rules": r"\b((impos|enforc)(ed|ing|es) (\w+ ){0,3}(on (women|men|residents|villagers|"
        r"the population|inhabitants|civilians|the locals)|sharia|dress code|rules|veils?)|"
        r"forced (\w+ ){0,3}to wear|(ordered|told|warned|instructed) (\w+ ){0,4}to (wear|"
        r"close|stop|leave|abandon))\b",
        # People destroying property themselves, in the active voice: a riot when no armed
        # group is named (students burning dormitories, supporters smashing windows).
        "crowd_damage": r"\b(students|residents|youths?|supporters|activists|cadres|locals|"
        r"villagers|inhabitants|crowds?|traders|workers|looters|fans|mobs?|population|citizens|"
        r"shopkeepers|merchants|vendors|rioters|demonstrators|protesters) ((?!(and|or|was|"
        r"were|been|being|is|are|by|of)\b)[\w'-]+ ){0,3}(destroyed|burnt|burned|smashed|"
        r"shattered|broke (\w+ )?windows|looted|vandali[sz]ed|ransacked|barricaded|torched|"
        r"set fire|targeted (shops|stores|businesses))\b",
        # Unorganised people acting as a group ("beaten by a group of villagers", "lynched by
        # the population", "two rival groups"): the codebook's mob, not an armed group. ("A
        # group of men" stays an attack: tests/extract/test_events_gtd_kinds.py.)
        "crowd_attackers": r"\b((by|of) (a |an |the )?(group|crowd|mob) of (\w+ )?(youths?|"
        r"villagers|residents|locals|students|women)|by (the )?(population|"
        r"villagers|residents|locals|crowd|inhabitants)|(two|rival|opposing) (\w+ )?groups)\b",
        # Looting with no one named: the crowd's act in ACLED's practice.
        "looting_crowd": r"\b(looting|looters|(shops?|stores?|factory|factories|company|"
        r"market|warehouses?|businesses|institutions?) (\w+ ){0,2}(were |was )?looted)\b",
        # Fire heard or exchanged with no side named ("a shoot-out took place", "bursts of
        # fire involving small arms"): an armed clash in the codebook's practice.
        "gunfire": r"\b((?<!penalty )shoot-? ?outs?|gun ?fights?|gun ?battles?|fire ?fights?|"
        r"exchanges? of (gun)?fire|bursts? of (\w+ )?fire|shots(/bursts)? (of fire )?"
        r"(involving|from) (small arms|automatic|heavy|light)|(heavy|sustained|intense) "
        r"gunfire|gunshots? (were |was )?heard|shots (were |had been )?(fired|heard))\b",
        # A post or building hit while no one was in it: only property was harmed, a
        # property destruction in the codebook (not an unmanned aircraft or vehicle).
        "unmanned": r"\b(unmanned(?! (aerial|aircraft|air|vehicles?|drones?|ground|surface|"
        r"combat|systems?))|unoccupied|(was|were|had been) (empty|deserted|abandoned|vacant))\b",
        # Fire going both ways ("exchanged artillery fire", "the forces fired back"): the
        # sides engaged each other, a battle in the codebook whatever the weapons.
        "fire_exchange": r"\b((exchang(ed|es|ing)|traded) (\w+ ){0,2}(fire|shelling|artillery|"
        r"mortars?|rockets?|shells)|(shelling|artillery|mortar|rocket) (fire )?exchanges?|"
        r"exchanges? of (\w+ ){0,2}(fire|shelling|artillery|mortars?)|(fired|shot) back|"
        r"returned (the )?fire|responded with (\w+ )?fire)\b",
        "small_arms": r"\b(small arms|(?<!heavy )(?<!medium )machine ?-?guns?|rifles?|gunfire|"
        r"gunshots?|firearms?|"
        r"automatic weapons|light weapons)\b",
        "execution": r"\b(executed|killed|shot dead|murdered|beheaded|slaughtered)\b",
        "accident": r"\b(crash(ed|es)?|accidents?|collision|derail\w*|hurricanes?|earthquakes?|"
        r"floods?|flooding|storms?|tornado|landslides?|overdose|surgery|disease|illness|"
        r"cancer|drowned|heart attack)\b",
        "people": r"\b(protesters|demonstrators|marchers|students|workers|residents|"
        r"supporters|activists|hundreds|thousands|dozens|people|members|youths?|women|"
        r"traders|villagers|farmers|teachers|doctors|nurses|employees|staff|drivers|"
        r"citizens|families|relatives|inhabitants|opposition|party|crowds?|rioters|mobs?|"
        r"laborers|labourers|migrants|locals|community|communities|pupils|passengers|"
        r"unions?|members)\b",
        "attack": r"\b((thrown|hurled|threw) (\w+ )?at|attack(s|ed|ing)?|assault(ed|s)?|"
        r"raid(s|ed)?|storm(ed)?|shot|shoot(ing|s)?|"
        r"gunn?ed down|opened fire|fired|kill(ed|ing|s)?|murder(ed|s)?|"
        r"execut(ed|ion)|assassinat\w*|behead\w*|massacre\w*|stabb(ed|ing)|hacked|beat(en)?|"
        r"(slit|cut) (\w+ ){0,3}throats?|(burned|burnt) (\w+ ){0,2}alive|doused|"
        r"tortur\w*|slaughter\w*|whipp(ed|ing)|flogg(ed|ing)|wound(ed|ing)|injur(e|es|ed|ing|ies)|dead|died|bodies|corpses?|"
        r"open(s|ed)? fire|"
        r"targeted|hit|gunshot wounds?|incursions?|bod(y|ies) of (an? |the |\w+ )?(\w+ )?"
        r"(man|woman|men|women|boy|girl|child|children|person|people|civilians?|victims?))\b",
        "arrest": r"\b(arrest(ed|s|ing)?|detain(ed|s|ing)?|apprehend(ed)?|rounded up|custody|"
        r"taken in for questioning)\b",
        # armed sides facing off with no violence: one keeping the other from moving on,
        # or a confrontation said to be without violence (ACLED's "Other" development)
        "standoff": r"\b((prevent|block|stopp|barr)(ed|ing) (\w+ ){0,6}from (entering|passing|"
        r"reaching|accessing|advancing|crossing)|without violence|stand-?offs?)\b",
        # an arrest told in the passive, with no one named making it: the state's
        "arrest_passive": r"\b(was|were|been|being) (\w+ )?(arrested|detained|apprehended)\b",
        "looting": r"\b(loot(ed|ing)?|pillag\w*|plunder\w*|ransack\w*|torch(ed|ing)|burn(ed|t)|"
        r"set (fire|ablaze)|razed|destroy(ed)?|demolish(ed)?|vandali[sz]ed|rob(bed|bery)|"
        r"st(ole|olen|eal)|seiz(ed|e) ([\w,.]+ ){0,4}(livestock|cattle|goods|property|phones|"
        r"motorcycles?|motorbikes?|vehicles?|money|food|medicine|ruminants|animals|goats|sheep|"
        r"camels|cows|oxen|grain|supplies|equipment|phones|carts?|vans?|trucks?|pick-?ups?|cars?|"
        r"drugs|marijuana|cannabis|cocaine|heroin|narcotics|contraband|(smuggled )?cigarettes|"
        r"ambulances?)|removed (\w+ ){0,2}(goods|merchandise|load|cargo)|(goods|medicines?|"
        r"cargo|merchandise|load|supplies|livestock|cattle) (\w+ ){0,4}(was|were) (\w+ )?"
        r"(seized|taken|stolen|looted|confiscated|removed)|empty (its|their) (load|cargo)|"
        # money taken by force or threat (a "tax" levied by an armed group): extortion
        r"forced (\w+ ){0,3}to pay|(levied|collected|imposed) (\w+ ){0,2}(taxe?s?|levies|"
        r"zakat)|sabotag\w*|extort\w*|"
        r"(cattle|livestock) (rustling|theft)|(seized|took|stole|robbed|confiscated) "
        r"(\w+ ){1,4}from|stripp(ed|ing) (\w+ ){0,3}of|emptied)\b",
        # a device dismantled, not a base
        "disrupted": r"\b(defus(ed|e)|disarmed|dismantl(ed|e) (\w+ ){0,3}(ieds?|"
        r"bombs?|(explosive )?devices?|(land ?)?mines?|booby[- ]traps?|explosives?)|"
        r"foil(ed)?|thwart(ed)?|"
        r"(found|discovered|seized|recovered|uncovered|confiscated) ([\w-]+,? (and )?){0,8}"
        r"(ieds?|explosives?|weapons?|arms|cache|ammunition|munitions|bombs?|mines?|grenades?|"
        r"rifles?|rockets?|mortars?)|weapons? caches?|arms caches?|controlled explosion|"
        # explosives made safe or destroyed by the forces ("neutralized an IED")
        r"(destroyed|neutrali[sz]ed|diffused|cleared|detected) (\w+ ){0,3}(ieds?|"
        r"explosive devices?|(land ?)?mines|caches?)|"
        # the passive and the failed device: "a pipe bomb was found", "did not detonate"
        r"(bombs?|explosives?|devices?|ieds?|grenades?|mines?|booby[- ]traps?) "
        r"([\w-]+ ){0,2}(was|were) (\w+ )?(found|discovered|located|spotted|defused|"
        r"disarmed|dismantled|neutrali[sz]ed)|(did not|didn't|failed to) (detonate|explode|"
        r"go off|ignite)|bomb squads?|rendered (it |them |the \w+ )?safe)\b",
        # A bomb sent by post or courier: the sending is the act, whether it went off or not.
        # Devices of the kind (pipe, parcel, letter bombs) or one bomb, not bombs supplied
        # to an army ("delivered 500 bombs").
        "bomb_sent": r"\b((a|an|the) (pipe |letter |parcel |package |mail |nail )?bomb "
        r"([\w-]+ ){0,5}was (\w+ )?(sent|mailed|posted|delivered)|" + DEVICE + r" "
        r"([\w-]+ ){0,5}(was|were) (\w+ )?(sent|mailed|posted|delivered)|(sent|mailed|posted|"
        r"delivered) ([\w-]+ ){0,3}" + DEVICE + r"|mailed ([\w-]+ ){0,3}bombs?)\b",
        # The verb of a device catching fire: where a mail bomb's trigger is.
        "went_up": r"\b(ignited|burst into flames|caught fire)\b",
        # Mail that went off when handled: a remote (victim-operated) device.
        "mail_bomb": r"\b(package|parcel|envelope|letter)s? ([\w,'-]+ ){0,10}(ignited|exploded|"
        r"burst into flames|caught fire)(?! (a|an|the|fears?|debate|protests?|anger|tensions?)\b)",
        # A weapon that went off or was thrown or fired, not only one found or seized.
        "used_weapon": r"\b(explo(ded|sions?)|blasts?|detonat(ed|ion)|went off|hurled|threw|"
        r"thrown|lobbed|fired)\b",
        # Withholding labour or custom (strikes, boycotts): not a gathering, so not a protest
        # in the codebook unless people also demonstrate.
        "strike": r"\b(on (a |an )?([\w-]+ )?strike|strikes? (by|of) (\w+ ){0,2}(workers|"
        r"teachers|doctors|nurses|drivers|traders|staff|employees|unions?)|general strike|"
        r"hunger strike|strike action|labou?r strike|(\d+[- ]?(hour|day)[- ])strike|"
        r"work stoppage|stay-?aways?|walk-?outs?|walked out|boycott\w*|downed (their )?tools|"
        r"(stopped|shunned|stayed away from|refused to) (\w+ )?work\b|"
        r"la[iy]d? down (their )?tools|(launched|called|began|started|declared) (a |an )?"
        r"(\w+ )?strike)\b",
        # People coming together in person: what makes a strike a demonstration.
        "gathering": r"\b(demonstrat(e|ed|ion|ions|ors?|ing)|protesters|rall(y|ies|ied)|"
        r"march(ed|es|ers|ing)?|sit-? ?ins?|picket\w*|vigils?|(took|take|taking|went) (out )?"
        r"(in)?to the streets?|gathered|assembled|converged|flocked|(held|staged|organi[sz]ed) "
        r"(a |an )?(\w+ )?protest|protests? (in|outside|at|near|in front)|crowds?|protested)\b",
        "agreement": r"\b(agreements?|cease-?fire|truce|accords?|peace deal|signed|"
        r"reconciliation|peace talks)\b",
        "territory_gain": r"\b(re-?captur\w*|re-?took|re-?take|re-?taken|regain(ed)? control|"
        r"liberat(ed|e) (the )?(\w+ )?(town|city|village|area|district|locality|territory|"
        r"region|province|base)|reclaim(ed)?|back under (government|army|state) control|"
        r"recover(ed)? (\w+ ){0,2}(territory|control|ground|town|village|area|positions?)|"
        r"dislodg\w*|clear(ed)? (\w+ ){0,4}of (\w+ ){0,3}(militants|rebels|insurgents|"
        r"fighters|jihadists|terrorists|gunmen|elements|haram|shabaab)|"
        r"(drove|driven|flushed|chased|pushed) (\w+ ){0,3}out of|fell to (the )?(\w+ ){0,2}"
        r"(army|armys|army's|military|government|state|security) (forces|troops|soldiers|"
        r"brigades?|units?|battalions?))\b",
        "territory_take": r"\b(captur(ed|e) (the )?(town|city|village|base|area|district|"
        r"locality|positions?)|seiz(ed|e) control|took control|taken control|overran|overrun|"
        r"gain(ed|s)? control (of|over)|"
        r"fell to|(took|take|taken|taking) over (the )?(\w+ ){0,3}(town|city|village|base|"
        r"area|district|locality|barracks|camp|positions?|headquarters|stronghold)|"
        r"occupied (the |a |an )?(\w+ )?(town|village|area|building|base|city|locality|"
        r"positions?|district|offices?|premises)|moved into (the )?(\w+ ){0,2}(town|village|"
        r"area|city|locality|district))\b",
        "withdraw": r"\b(withdr(ew|awn|awal)|handed over|handover|pulled out|retreat(ed)?)\b",
        "hq": r"\b(establish(ed|es|ing)?|set up|setting up|install(ed|s|ing)?|opened|built|"
        r"construct(ed|s|ing)?) (a |an |their |its |the )?(\w+ ){0,3}(base|camp|"
        r"headquarters|position|outpost|command post)s?\b",
        "change": r"\b(curfew|state of emergency|ban(ned)?|suspend(ed)?|recruit(ed|ing)?|"
        r"merge(d|r)?|split|new leader|appointed|security measures?|lockdown|"
        r"closed|closure|deployed|deployment|reinforcements?|patroll?(ed|ing)|"
        r"(conducted|carried out|launched|began|announced|started|undertook|initiated) "
        r"(a |an )?(\w+ ){0,2}(patrols?|operations?|offensive|sweep)|"
        # positions fortified: a change in the group's activity, not a new base
        r"(built|dug|established|erected|reinforced) (\w+ ){0,2}(fortifications?|trenches|"
        r"defen[cs]e lines?|earth ?works|sand ?bags)|fortif(ied|ying)|"
        r"defect(ed|ions?)|joined (the )?(ranks|\w+ (group|militia|movement))|"
        r"surrender(ed)?|(military|army|police) (column|convoy)|movement of (forces|troops))\b",
        # Verbs that drive a vehicle into a target: the trigger of a ramming ("ramming",
        # set from the parse in ``sentence_cues``, says the vehicle was driven into one).
        "ram_verb": r"\b(drove|driven|crashed|flew|flown|rammed|plowed|ploughed|slammed|"
        r"smashed|steered)\b",
        "statistic": r"\b(more than|over|nearly|some|at least) \d[\d,]+ (attacks|incidents|"
        r"strikes|clashes|killings|bombings)\b|\b[\d,]{3,} (attacks|incidents)\b|"
        r"\battacks (on|against) \w+ (personnel|troops|forces) (in|across)\b",
    }.items()
}

ARMED_WORDS = lx.STATE_FORCES | lx.ARMED_GROUPS
RAM_LEMMAS = frozenset("drive crash fly ram plow plough slam smash steer".split())
RAM_TARGET_TOKENS = 14  # "the 28th and 29th floors of the bank building"
# Words that are violent as verbs and usually not as nouns ("a shot on goal").
NOUN_LOOKALIKES = frozenset({"shot"})
STATE_WORDS = lx.STATE_FORCES
# Cues of a demonstration turning violent that news also uses for what people protest about.
REFERABLE = frozenset({"riot", "protest_damage", "mutiny", "looting_crowd", "riot_between"})
# Words opening what a demonstration is about or answers; verbs whose object is its demand.
CAUSE_WORDS = frozenset("against over after following since about amid".split())
DEMAND_VERBS = frozenset(
    "demand denounce condemn protest decry reject recover return investigate punish".split()
)


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue names present in a sentence, and the participant classes it names."""

    names: frozenset[str]
    lemmas: frozenset[str]
    armed: int  # count of armed-actor words (state or non-state)
    state: int  # count of state-force words
    civilian: int
    off_topic: int  # number of sports/business/technology words
    political: int = 0  # governments, ministers, parliaments; countries named as actors

    def has(self, *names: str) -> bool:
        return any(name in self.names for name in names)


def named_groups(text: str) -> int:
    """Named armed groups of the actor dictionary ("JNIM", "Al Shabaab") count as armed."""
    from dateline.vocabulary.actors import named_actors

    return sum(1 for actor in named_actors() if actor.pattern.search(text))


def sentence_cues(sent: Any) -> Cues:
    """Cues of one spaCy sentence span."""
    lowered = cue_text(sent)
    names = frozenset(name for name, rx in PATTERNS.items() if rx.search(lowered))
    if "warning_shots" in names:
        names = _without_warning_shots(lowered, names)
    if "ram_verb" in names and _rams(sent):
        names |= {"ramming"}
    names = _without_referenced(sent, lowered, names)
    lemmas = frozenset(tok.lemma_.lower() for tok in sent if not tok.is_punct)
    words = [tok.lemma_.lower() for tok in sent if tok.is_alpha]
    return Cues(
        names=names,
        lemmas=lemmas,
        armed=sum(w in ARMED_WORDS for w in words)
        + named_groups(sent.text)
        + ("armed_phrase" in names),
        state=sum(w in STATE_WORDS for w in words),
        civilian=sum(w in lx.CIVILIANS for w in words),
        off_topic=sum(w in lx.OFF_TOPIC for w in words),
        political=sum(w in lx.POLITICAL for w in words) + _state_subject(sent),
    )


def _without_referenced(sent: Any, lowered: str, names: frozenset[str]) -> frozenset[str]:
    """A riot, a looting or a mutiny named only as what people protest or demand about
    ("protested against the release of prisoners after last week's prison riots",
    "demanding the return of looted funds"): a past or other event, not what the
    demonstrators did, so it does not make the demonstration violent."""
    referable = names & REFERABLE
    if not referable or not names & {"protest", "protest_strong", "gathering", "strike"}:
        return names
    gathered = ("protest", "protest_strong", "gathering")
    if all(_all_referenced(sent, lowered, PATTERNS[name]) for name in gathered if name in names):
        return names  # "arrested after protests and arson": the protest is the cause too
    dropped = {name for name in referable if _all_referenced(sent, lowered, PATTERNS[name])}
    return names - dropped if dropped else names


def _all_referenced(sent: Any, lowered: str, pattern: re.Pattern[str]) -> bool:
    """Every match of the cue lies in a cause or a demand of the sentence's act."""
    for match in pattern.finditer(lowered):
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _referenced(span.root):
            return False
    return True


def _referenced(token: Any) -> bool:
    """The token sits under a preposition or clause of cause or topic ("against the
    arrests", "after the riots", "over the looting") or in the object of a verb of demanding
    or denouncing ("demanding the return of looted funds")."""
    node = token
    while node.head.i != node.i:
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ == "advcl" and marks & CAUSE_WORDS:
            return True
        if node.lower_ in CAUSE_WORDS and node.dep_ in ("prep", "mark"):
            return True
        head = node.head
        demand = head.lemma_.lower() in DEMAND_VERBS and head.pos_ == "VERB"
        if demand and node.dep_ in ("dobj", "prep", "ccomp"):
            return True
        node = head
    return False


def _without_warning_shots(lowered: str, names: frozenset[str]) -> frozenset[str]:
    """Shots fired into the air aim at no one: the cues of aimed violence ("fired",
    "gunshots") count only if the sentence names them elsewhere too."""
    blank = WARNING_SHOTS.sub(lambda m: " " * len(m.group()), lowered)
    aimed = {name for name in AIMED if PATTERNS[name].search(blank)}
    return (names - set(AIMED)) | aimed


def _rams(sent: Any) -> bool:
    """Someone drove, flew or crashed a vehicle into a building or a crowd ("drove his car
    into the clinic", "crashed it into the tower"): the vehicle is the weapon. A vehicle
    that is itself the subject ("the bus crashed into a wall") is an accident's wording,
    and one driven into a place ("drove into town") is only travel."""
    if not any(v.root.dep_ not in ("nsubj", "nsubjpass") for v in rammed_vehicles(sent)):
        return False
    return any(
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("into", "through")
        and tok.head.head.lemma_.lower() in RAM_LEMMAS
        and _ram_target(tok)
        for tok in sent
    )


def _ram_target(noun: Any) -> bool:
    """A building, facility or crowd, within the object phrase ("the 28th floor of the
    bank building"), and not a city's centre ("the town centre")."""
    words = list(noun.subtree)[:RAM_TARGET_TOKENS]
    for tok in words:
        if tok.lemma_.lower() not in lx.RAM_TARGETS:
            continue
        places = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
        if not places & lx.SETTLEMENTS:
            return True
    return False


def cue_text(sent: Any) -> str:
    """The sentence in lower case with nouns that only look like acts of violence blanked
    out ("a shot on goal", "the shot put"): the verb "shot" is an attack, the noun in sports
    and photography news is not. Offsets stay those of the sentence."""
    text = sent.text.lower()
    for tok in sent:
        after = tok.nbor().lower_ if tok.i + 1 < len(tok.doc) else ""
        if tok.lower_ in NOUN_LOOKALIKES and (tok.pos_ in ("NOUN", "PROPN") or after == "put"):
            start = tok.idx - sent.start_char
            text = text[:start] + " " * len(tok) + text[start + len(tok) :]
    return text


def _state_subject(sent: Any) -> int:
    """A country or its people as the subject of a verb ("Iran threatened", "Israeli troops"):
    in diplomatic news the state itself is the actor."""
    return sum(
        1
        for ent in sent.ents
        if ent.label_ in ("GPE", "NORP") and ent.root.dep_ in ("nsubj", "nsubjpass")
    )
