"""Language identification: only articles surely in another language are called so."""

from __future__ import annotations

from dateline.ingest.language import language_of

ENGLISH = (
    "Gunmen killed three villagers in an attack on a market near Djibo on Monday, local "
    "officials said, adding that the army had sent reinforcements to the area. "
) * 3
FRENCH = (
    "Des hommes armés ont tué trois villageois lors d'une attaque contre un marché près de "
    "Djibo lundi, ont indiqué des responsables locaux, ajoutant que l'armée avait envoyé des "
    "renforts dans la zone. "
) * 3
SPANISH = (
    "Hombres armados mataron a tres aldeanos en un ataque contra un mercado cerca de Djibo el "
    "lunes, según dijeron funcionarios locales, que añadieron que el ejército había enviado "
    "refuerzos a la zona. "
) * 3


def test_english_is_english() -> None:
    assert language_of(ENGLISH) == "en"


def test_other_languages_are_named() -> None:
    assert language_of(FRENCH) == "fr"
    assert language_of(SPANISH) == "es"


def test_short_text_stays_english() -> None:
    assert language_of("Explosions à Goma.") == "en"
