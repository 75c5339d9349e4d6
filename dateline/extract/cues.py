"""What a sentence says about an event, as sets of cue names the classifier can test.

A ``Cues`` is computed once per sentence from lemmas and a few multi-word patterns; the
classifier (``classify.py``) turns cues into an ACLED sub-type without touching spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dateline.extract import lexicon as lx

# Multi-word and sub-word cues, tested on the lower-cased sentence text.
PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "air": r"\b(air ?strikes?|air ?raids?|warplanes?|fighter jets?|jets? (struck|bombed|hit)|"
        r"drone (strike|attack)s?|(armed|combat) drones?|helicopter gunships?|aerial "
        r"(bombardment|attack|bombing)|airstrike|bombed from the air|strikes? by (drones?|"
        r"aircraft|jets?|warplanes?)|uavs?|(?<!anti-)aircraft (struck|bombed|attacked)|"
        r"(carried out|launched|conducted) (a |an )?(\w+ )?strikes?|strikes? (on|against) "
        r"(\w+ ){0,3}(militants?|targets?|positions?|fighters?|bases?|facilities))\b",
        "assassination": r"\bassassinat\w*\b",
        "suicide": r"\bsuicide (bomb|attack|vest|car|bombers?|bombing)|blew (him|her|them)sel",
        "shelling": r"\b(shell(s|ed|ing)?|artillery|mortars?|rockets?|missiles?|katyushas?|"
        r"heavy weapons|projectiles?|bombard(ed|ment)?|howitzers?|grad|mlrs|barrage)\b",
        "ied": r"\b(ieds?|improvised explosive|explosive devices?|land ?mines?|roadside bombs?|"
        r"car bombs?|vbieds?|booby[- ]trap|bombs? (exploded|went off|detonated)|"
        r"explosions?|exploded|detonat(ed|ion)|blasts?|bomb(ed|ing|ings)|"
        r"set off (\w+ )?explosives?|"
        r"remote explosive|mine (exploded|blast)|struck a mine|"
        r"hit a mine|planted (a )?bomb)\b",
        "grenade": r"\bgrenades?\b(?! launchers?)",
        "chemical": r"\b(chemical (weapons?|agents?|attacks?)|chlorine gas|sarin|nerve agents?|"
        r"anthrax|ricin|mustard gas|toxic gas)\b",
        "protest": r"\b(protest(s|ed|ers?|ing)?|demonstrat(e|ed|ion|ions|ors?|ing)|rall(y|ies|ied)|"
        r"marched|marches|(a|the) march\b|march(?! \d)(?= (to|on|against|through|in|from))|"
        r"sit-? ?ins?|picket(ed|s)?|on strike|took (to )?the streets?|to protest|went on strike|"
        r"general strike|"
        r"hunger strike|strike action|labou?r strike|strike to (demand|protest)|launched (a )?"
        r"(\d+[- ]?(hour|day)[- ])?strike|staged|vigils?|boycott)\b",
        "riot": r"\b(riot(s|ed|ers|ing)?(?! (gear|police|control|squad|shields?|act))|"
        r"violent (protest|demonstration)s?)\b",
        "protest_violence": r"\b(threw (stones|rocks|projectiles)|hurl(ed|ing) stones|"
        r"stone[- ]pelting|pelted|burn\w* (\w+ )?(tyres|tires)|barricad\w*|vandalism|vandali[sz]ed|"
        r"ransacked|set (fire|ablaze)|torched|violent (protest|demonstration)s?|clash(ed|es)? "
        r"with (police|security|the police|security forces|gendarmes)|barricad(ed|ing|es))\b",
        "mob": r"\b(mobs?|lynch(ed|ing)?|mob justice|vigilantes?|communal (violence|clash(es)?)|"
        r"angry (residents|villagers|youths|crowd)|jungle justice|inter-?communal)\b",
        "intervention": r"\b((protesters|demonstrators|marchers) (were|was) (arrested|detained|"
        r"dispersed|beaten)|fired (shots )?in the air|dispers(ed|e|ing)|tear ?gas|teargas|"
        r"water cannon|batons?|"
        r"arrest(ed|s)? (\w+ )?(protesters|demonstrators|participants)|intervened|"
        r"rubber bullets)\b",
        "lethal_force": r"\b(live (ammunition|rounds|bullets)|opened fire on (the )?"
        r"(protesters|demonstrators|crowd)|(killed|shot dead|shot) (\w+ ){0,3}(protesters|"
        r"demonstrators))\b",
        "sexual": r"\b(rap(ed|e|ing)|gang-?rap\w*|sexual(ly)? (assault|abuse|violence|"
        r"assaulted|abused))\b",
        "abduction": r"\b(abduct\w*|kidnap\w*|hostages?|taken captive|forced disappearance|"
        r"went missing|whereabouts unknown|(forcibly )?disappeared (a|an|the|two|three|\d+)|"
        r"taken to an? unknown (location|destination|place))\b",
        "engagement": r"\b(clash(ed|es)? (with|between)|clashes|heavy fighting|fighting "
        r"(between|with)|gun ?fights?|fire ?fights?|exchange(d|s)? (of )?(gun)?fire|"
        r"ambush(ed)?|battled)\b",
        "clash": r"\b(clash(ed|es)?|fight(ing|s)?|fought|battles?|battled|skirmish(es)?|"
        r"exchange(d|s)? (of )?(gun)?fire|gun ?fights?|fire ?fights?|engaged|repel(led)?|"
        r"repulsed|counter-?attack\w*|offensive|ambush\w*|heavy fighting|combat)\b",
        "lethal": r"\b(killed|killing|murder(ed|s)?|shot dead|gunned down|massacred?|"
        r"execut(ed|ion)|beheaded|stabbed|hacked to death|beaten to death|lynched|"
        r"abduct(ed|ion)|kidnapp?(ed|ing)|assassinat(ed|ion)|bodies of|corpses?|"
        r"(were|was) (injured|wounded|hurt)|wounding|injuring|dead bodies|body of|"
        r"found dead)\b",
        "riot_acts": r"\b(burn\w* (\w+ )?(tyres|tires)|set (\w+ )?(tyres|tires) (on fire|ablaze)|"
        r"stone[- ]pelting|(threw|hurled|pelted) (\w+ )?(stones|rocks)|barricad\w+)\b",
        # Sitting in a road is a peaceful protest in the codebook; barricades make it violent.
        "blockade": r"\bblock(ed|ing|aded)? (off )?(the |a |an )?(\w+'?s? )?(\w+ )?(roads?|"
        r"routes?|highways?|streets?|rails?|railway|bridge|crossroads|junction|traffic)\b",
        # What demonstrators did that makes a demonstration violent (with a protest cue).
        "protest_damage": r"\b(burn(ed|t|ing)|loot(ed|ing)|plunder\w*|pillag\w*|arson|"
        r"destroy(ed|ing)|damag(ed|ing)|vandali[sz]\w*|ransack\w*|stormed|set fire|torch\w*)\b",
        # Violence against a person's body: what makes a raid an attack, not a looting.
        "harm": r"\b(assault(ed|s)?|beat(en|ing)?|stabb(ed|ing)|shot|opened fire|fired (\w+ )?"
        r"(at|on|against|upon)|whipp(ed|ing)|tortur\w*|hacked|mutilat\w*|flogged)\b",
        "mutiny": r"\bmutin(y|ies|ied|ying|eers?|ous)\b",
        # A fight among people with no weapons of war named: mob violence when unorganised.
        "brawl": r"\b(clash(ed|es)?|fought|fight(s|ing)? (between|with|broke out|erupted)|"
        r"brawl\w*|scuffl\w*|fist ?fights?|came to blows|melee|free-for-all)\b",
        # Identity groups (ethnic, clan, farmers and herders): communal militias in ACLED.
        "communal": r"\b(communit(y|ies)|communal|clans?|tribes?|tribal|ethnic|herders?|"
        r"herdsmen|pastoralists?|farmers?|villages)\b",
        # Categories PLOVER codes and ACLED does not: threats, sanctions, coercion, mobilising.
        "threat": r"\b(threaten(ed|s|ing)?|ultimatum)\b",
        "sanction": r"\b(expel(led|s)? (\w+ ){0,3}(diplomats?|ambassadors?|"
        r"envoys?|inspectors?|attaches?|observers?)|(suspend|halt|cut|freez|froze|stopp|end)"
        r"\w* (off )?(\w+ ){0,3}(aid|assistance|links|relations|ties|mediation|cooperation|"
        r"flights|deliveries|supplies|food supplies)|(broke|break|breaking|severed?) (off )?"
        r"(\w+ )?(diplomatic )?(relations|ties)|recall(ed|s)? (its|their|the) ambassador|"
        r"cancell?ed (a |an |his |her |its |their )?(\w+ ){0,2}(visit|trip|talks)|"
        r"(impose[ds]?|imposing|slapped|tightened|extended|adopted|approved) (\w+ ){0,3}"
        r"(restrictions|sanctions|embargo(es)?)|"
        r"froze (\w+ ){0,3}assets|blacklist\w*|deny entry|denied entry)\b",
        "coerce": r"\b(outlaw(ed|s)?|deport(ed|s|ation)|confiscat\w*|censor\w*|"
        r"banned (\w+ ){0,3}(party|parties|groups?|organi[sz]ations?|newspapers?|publications?|"
        r"rall(y|ies)|protests?|demonstrations?|meetings?|candidates?|movements?|opposition|"
        r"media|broadcasts?|gatherings?)|"
        r"proscribed|shut down|closed down|ordered (\w+ ){0,4}to (suspend|close|leave|stop|"
        r"halt)|prevented (the |a )?(\w+ )?(demonstration|protest|rally|march|meeting)|"
        r"(reimposed|imposed|tightened) (\w+ ){0,2}(blockades?|curfew|closures?)|"
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
        r"organi[sz]ed)|protests (in|against|over|erupted|broke out|continued)|"
        r"went on (a |an )?(\S+ )?strike|protests? against|went (out )?(in)?to the streets?|"
        r"work stoppage|stay-?away|walk-?outs?|"
        r"(held|staged|organi[sz]ed) (a |an )?(\w+ )?(protest|rally|demonstration|sit-? ?in|"
        r"march|strike|vigil|gathering)|to demand|demanding|to denounce|denouncing|in protest|"
        r"to express (their )?(anger|discontent|solidarity|dissatisfaction)|"
        r"demonstrated (in|outside|against|at|on|near|for|peacefully)|sit-ins?|"
        r"marched|picket(ed|ing)|on strike|hunger strike|general strike|protest march)\b",
        "weapon": r"\b(guns?|gunfire|gunshots?|rifles?|bullets?|machetes?|knives|knife|"
        r"explosives?|bombs?|grenades?|mortars?|rockets?|missiles?|artillery|ak-47s?|"
        r"firearms?|weapons?|ammunition|ieds?|drones?|airstrikes?|air strikes?|shots|"
        r"molotov|petrol bombs?|incendiary)\b",
        "armed_phrase": r"\b(armed (groups?|men|individuals|forces|elements)|(?<!join )forces\b|"
        r"(military|army|rebel|militant|enemy|government|regime) (positions?|posts?|bases?|"
        r"camps?)|positions of|security (personnel|agents|officers)|(police|army|military|"
        r"gendarmerie) (stations?|posts?|units?|officers?)|armed|fighting group)\b",
        "military_remote": r"\b(air ?strikes?|air ?raids?|airstrikes?|shelling|shelled|artillery|"
        r"mortars?|ieds?|improvised explosive|land ?mines?|roadside bombs?|car bombs?|"
        r"suicide (bomb\w*|attack\w*)|grenades?|drone strikes?|rocket (fire|attacks?)|"
        r"missile (strikes?|attacks?)|explosions? involving|bombed|bombing|anthrax|ricin|"
        r"sarin|chemical weapons?|pipe bombs?)\b",
        "peace": r"\b(peace (agreement|deal|accord|treaty)|cease-?fire|truce|"
        r"reconciliation agreement)\b",
        "attack_strong": r"\b(attacked|assaulted|beat up|beaten|stabbed|shot|injured|"
        r"wounded|hacked|tortured|raped)\b",
        "arson": r"\b(arson\w*|set (\w+ )?(fire|ablaze)|setting fire|set on fire|"
        r"ignited (a )?fires?|"
        r"torch(ed|ing)|firebomb\w*|molotov|incendiary (devices?|bombs?))\b",
        "claim": r"\b(claimed (responsibility|credit)|responsible for|perpetrators?|arsonists?|"
        r"suspects?|attackers?|assailants?|vandals?)\b",
        "security_measure": r"\b(curfew|state of (emergency|siege)|martial law)\b",
        "small_arms": r"\b(small arms|(heavy )?machine ?-?guns?|rifles?|gunfire|gunshots?|"
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
        r"tortur\w*|slaughter\w*|wound(ed|ing)|injur(ed|ing|ies)|dead|died|bodies|corpses?|"
        r"targeted|hit)\b",
        "arrest": r"\b(arrest(ed|s)?|detain(ed|s)?|apprehend(ed)?|rounded up|custody|"
        r"taken in for questioning)\b",
        "looting": r"\b(loot(ed|ing)?|pillag\w*|plunder\w*|ransack\w*|torch(ed)?|burn(ed|t)|"
        r"set (fire|ablaze)|razed|destroy(ed)?|demolish(ed)?|vandali[sz]ed|rob(bed|bery)|"
        r"st(ole|olen|eal)|seiz(ed|e) (\w+ ){0,4}(livestock|cattle|goods|property|phones|"
        r"motorcycles?|motorbikes?|vehicles?|money|food|medicine|ruminants|animals|goats|sheep|"
        r"camels|cows|oxen|grain|supplies|equipment|phones)|sabotag\w*|extort\w*|"
        r"(cattle|livestock) (rustling|theft))\b",
        "disrupted": r"\b(defus(ed|e)|dismantl(ed|e)|disarmed|foil(ed)?|thwart(ed)?|"
        r"(found|discovered|"
        r"seized|recovered|uncovered) (\w+ ){0,3}(ieds?|explosives?|weapons?|arms|cache|"
        r"ammunition|bombs?|mines?)|weapons cache|arms cache|controlled explosion)\b",
        "agreement": r"\b(agreements?|cease-?fire|truce|accords?|peace deal|signed|"
        r"reconciliation|peace talks)\b",
        "territory_gain": r"\b(recaptur\w*|retook|retake|retaken|regain(ed)? control|"
        r"liberat(ed|e)|reclaim(ed)?|back under (government|army) control)\b",
        "territory_take": r"\b(captur(ed|e) (the )?(town|city|village|base|area|district|"
        r"locality|positions?)|seiz(ed|e) control|took control|taken control|overran|overrun|"
        r"fell to)\b",
        "withdraw": r"\b(withdr(ew|awn|awal)|handed over|handover|pulled out|retreat(ed)?)\b",
        "hq": r"\b(established|set up|setting up) (a |an |their |its )?(new )?(base|camp|"
        r"headquarters|position|outpost)\b",
        "change": r"\b(curfew|state of emergency|ban(ned)?|suspend(ed)?|recruit(ed|ing)?|"
        r"merge(d|r)?|split|new leader|appointed|security measures?|lockdown|"
        r"closed|closure|deployed|deployment|reinforcements?|patroll?(ed|ing)|"
        r"(conducted|carried out|launched|began) (a |an )?(\w+ ){0,2}(patrols?|operations?|"
        r"offensive|sweep)|defect(ed|ions?)|joined (the )?(ranks|\w+ (group|militia|movement))|"
        r"surrender(ed)?|(military|army|police) (column|convoy)|movement of (forces|troops))\b",
        "statistic": r"\b(more than|over|nearly|some|at least) [\d,]+ (attacks|incidents|"
        r"strikes|clashes|killings|bombings)\b|\b[\d,]{3,} (attacks|incidents)\b|"
        r"\battacks (on|against) \w+ (personnel|troops|forces) (in|across)\b",
    }.items()
}

ARMED_WORDS = lx.STATE_FORCES | lx.ARMED_GROUPS
STATE_WORDS = lx.STATE_FORCES


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
    from dateline.actor_dictionary import named_actors

    return sum(1 for actor in named_actors() if actor.pattern.search(text))


def sentence_cues(sent: Any) -> Cues:
    """Cues of one spaCy sentence span."""
    lowered = sent.text.lower()
    names = frozenset(name for name, rx in PATTERNS.items() if rx.search(lowered))
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


def _state_subject(sent: Any) -> int:
    """A country or its people as the subject of a verb ("Iran threatened", "Israeli troops"):
    in diplomatic news the state itself is the actor."""
    return sum(
        1
        for ent in sent.ents
        if ent.label_ in ("GPE", "NORP") and ent.root.dep_ in ("nsubj", "nsubjpass")
    )
