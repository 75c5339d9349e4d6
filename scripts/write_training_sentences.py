"""Write the packaged training sentences for the learned sub-type classifier.

Every sentence is composed here from templates written from the ACLED codebook's
definition of each sub-event type (and of what ACLED does not code), filled with invented
combinations of actors, places, days and tolls, in three styles: wire copy, local press and
NGO/monitor reports. Nothing comes from any annotated corpus. Deterministic (fixed seed):

    python scripts/write_training_sentences.py   # writes dateline/data/training/*.jsonl
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from training_templates import NEGATIVE, TEMPLATES, WORDS

OUT = Path(__file__).resolve().parents[1] / "dateline/data/training/acled_sentences.jsonl"
PER_LABEL = 40
SEED = 20261205


def fill(template: str, rng: random.Random) -> str:
    """One sentence: every {slot} replaced by a word of its list."""
    out = template
    while "{" in out:
        start = out.index("{")
        end = out.index("}", start)
        slot = out[start + 1 : end]
        out = out[:start] + rng.choice(WORDS[slot]) + out[end + 1 :]
    return out[0].upper() + out[1:]


def styled(sentence: str, rng: random.Random) -> str:
    """Wire, local press or monitor style around the sentence."""
    style = rng.randrange(4)
    if style == 0:
        return f"{rng.choice(WORDS['dateline'])} - {sentence}"
    if style == 1:
        return f"{rng.choice(WORDS['monitor'])} {sentence[0].lower()}{sentence[1:]}"
    if style == 2:
        return f"On {rng.choice(WORDS['date'])}, {sentence[0].lower()}{sentence[1:]}"
    return sentence


def rows() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    out = []
    for label, templates in [*TEMPLATES.items(), ("none", NEGATIVE)]:
        seen: set[str] = set()
        tries = 0
        while len(seen) < PER_LABEL and tries < PER_LABEL * 20:
            tries += 1
            text = fill(templates[tries % len(templates)], rng)
            text = styled(text, rng) if label != "none" or rng.random() < 0.3 else text
            if text not in seen:
                seen.add(text)
                out.append({"text": text, "label": label})
    return out


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
