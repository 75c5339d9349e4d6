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
        r"went missing|whereabouts unknown)\b",
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
        r"stone[- ]pelting|(threw|hurled|pelted) (\w+ )?(stones|rocks)|blocked (the |a )?"
        r"(\w+'?s? )?(roads?|routes?|highways?|streets?|rails?|railway|bridge)|barricad\w+)\b",
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
        r"closed|closure|deployed|deployment|reinforcements?)\b",
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
    )
