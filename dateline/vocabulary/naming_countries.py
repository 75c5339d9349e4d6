"""Countries in actor phrases: names, demonyms and capitals to ISO codes, and ACLED's
country names. Country names and demonyms come from the ``countryinfo`` package."""

from __future__ import annotations

import functools
import re

from dateline import vocabulary as V


def states_named(text: str) -> list[tuple[str, str, int]]:
    """(ISO code, words, offset) of each country, demonym or capital the text names, in
    order: "cut ties with Congo and Costa Rica" → [("CG", "Congo", 14), ("CR", ...)]."""
    found: list[tuple[str, str, int]] = []
    for match in re.finditer(r"[A-Z][\w.'-]*(?: [A-Z][\w'-]*)*", text):
        words = match.group().removesuffix("'s")
        code = _country_in(words) or _bare_capital(words)
        if code is not None and all(code != seen for seen, _, _ in found):
            found.append((code, words, match.start()))
    return found


def _bare_capital(text: str) -> str | None:
    """ISO code of the country whose capital the phrase is, and nothing more ("Kabul")."""
    core = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I).rstrip(".").lower()
    return capital_lexicon().get(core)


@functools.cache
def capital_lexicon() -> dict[str, str]:
    """Lower-cased capital cities → ISO alpha-2, from the countryinfo data (most populous
    country first where two share a name)."""
    from countryinfo import all_countries

    lexicon: dict[str, str] = {}
    for info in sorted((c.info() for c in all_countries()), key=_population, reverse=True):
        code, capital = (info.get("ISO") or {}).get("alpha2"), info.get("capital")
        if code and isinstance(capital, str) and capital:
            lexicon.setdefault(capital.lower(), code)
            short = re.sub(r"(,.*| d\.c\.)$", "", capital.lower())  # "Washington D.C."
            lexicon.setdefault(short, code)
    return lexicon


def own_country(text: str) -> str | None:
    """The country a phrase names for itself ("French soldiers" → FR), if any."""
    return _country_in(text)


def _country_in(text: str) -> str | None:
    """ISO code of the first country name or demonym in the phrase ("US troops" → US).

    A state the phrase is for, against or backed by is not its own: an "anti-Syria
    journalist" is no Syrian, "Turkish-backed factions" are not Turkey's forces.
    """
    for match in re.finditer(r"[A-Z][\w.'-]*(?: [A-Z][\w'-]*)*", text):
        if V.pattern("actor_countries", "stance").search(text[: match.start()]):
            continue
        word = V.pattern("actor_countries", "patron_tail").sub("", match.group())
        for part in [word, *re.split(r"[\s-]+", word)]:
            key = part.lower().rstrip(".")
            if len(key) <= 3 and part.rstrip(".") not in V.words(
                "actor_countries", "short_country_forms"
            ):
                continue  # "Al Awad" is no Albania, "IS" no Iceland
            if code := country_lexicon().get(key):
                return code
    return None


@functools.cache
def country_lexicon() -> dict[str, str]:
    """Lower-cased country names, alternative spellings and demonyms → ISO alpha-2."""
    from countryinfo import all_countries

    lexicon: dict[str, str] = {}
    # Most populous first: a demonym two countries share ("American") names the larger one.
    infos = sorted((c.info() for c in all_countries()), key=_population, reverse=True)
    for info in infos:
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        names = [info.get("name"), info.get("demonym"), *(info.get("altSpellings") or [])]
        for name in filter(None, names):
            lexicon.setdefault(name.lower(), code)
    for name in list(lexicon):
        if name.endswith(("an", "i", "ese")) and " " not in name:
            lexicon.setdefault(f"{name}s", lexicon[name])  # plural demonyms: "Afghans"
    lexicon.update(V.table("actor_countries", "extra_country_words"))
    return lexicon


def _population(info: dict) -> int:
    value = info.get("population")
    return value if isinstance(value, int) else 0


@functools.cache
def country_name(code: str | None) -> str | None:
    """The country's common English name, as ACLED writes it in actor names."""
    if not code:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    name = (
        V.table("actor_countries", "acled_country_names").get(code)
        or getattr(country, "common_name", None)
        or country.name
    )
    # English puts "the" before plural and "Union/Kingdom/Republic of" country names.
    return f"the {name}" if V.pattern("actor_countries", "article_names").match(name) else name


def _bare_state(text: str) -> bool:
    """A phrase that is just a country's name or demonym ("Israel", "the Russians")."""
    core = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I).rstrip(".").lower()
    return core in country_lexicon()


def _bare_people(text: str) -> bool:
    """A number or quantity of a nationality's people: "four Iraqis", "Palestinians"."""
    words = text.split()
    last = words[-1].rstrip(".,") if words else ""
    if not last or not last.endswith("s") or not last[0].isupper():
        return False
    return last.lower() in country_lexicon() and last.lower() not in V.words(
        "actor_countries", "extra_state_words"
    )


def _possessor(text: str) -> str | None:
    """The state a possessive names ("Israel's army" → IL). Only for state forces and
    offices: "Israel's militia ally" is an ally's militia, not Israel's own."""
    for match in V.pattern("actor_groups", "possessor").finditer(text):
        if code := _country_in(match.group(1)):
            return code
    return None
