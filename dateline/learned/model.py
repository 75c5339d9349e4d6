"""The learned sub-type classifier: word n-grams into a logistic regression (scikit-learn).

Fitting is deterministic (a fixed solver, no random state used) and takes seconds on a few
thousand sentences; scikit-learn is imported on first use only. A model is saved with
``pickle``: load only model files you made yourself (unpickling runs code).
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.errors import ResourceError
from dateline.learned.examples import packaged_examples, packaged_text

# Regularisation: small training sets of short sentences overfit single words otherwise.
C = 4.0
# Each label weighs alike, however rare: a user's export holds few examples of ACLED's rare
# sub-types (chemical weapon, base established), which would otherwise never be predicted.
CLASS_WEIGHT = "balanced"
# Word unigrams and bigrams: "air strike", "set fire", "opened fire", "tear gas".
NGRAMS = (1, 2)
FORMAT = 1  # bumped when the saved layout changes


@dataclass(frozen=True, slots=True)
class Prediction:
    label: str
    probability: float


class SubTypeModel:
    """A fitted classifier from sentence text to an ACLED sub-event type (or ``none``)."""

    def __init__(self, pipeline: Any) -> None:
        self._pipeline = pipeline

    @classmethod
    def fit(cls, examples: list[tuple[str, str]]) -> SubTypeModel:
        """Fit on (text, label) pairs; at least two labels are needed."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        labels = {label for _, label in examples}
        if len(labels) < 2:
            raise ResourceError("a classifier needs examples of at least two labels")
        pipeline = make_pipeline(
            TfidfVectorizer(ngram_range=NGRAMS, sublinear_tf=True, min_df=1),
            LogisticRegression(C=C, max_iter=2000, class_weight=CLASS_WEIGHT),
        )
        pipeline.fit([t for t, _ in examples], [label for _, label in examples])
        return cls(pipeline)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(str(label) for label in self._pipeline.classes_)

    def predict(self, texts: list[str]) -> list[Prediction]:
        """The most likely label of each text and its probability."""
        if not texts:
            return []
        out = []
        for row in self._pipeline.predict_proba(texts):
            best = int(row.argmax())
            out.append(Prediction(self.labels[best], float(row[best])))
        return out

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        with partial.open("wb") as f:
            pickle.dump({"format": FORMAT, "pipeline": self._pipeline}, f)
        partial.replace(path)

    @classmethod
    def load(cls, path: Path) -> SubTypeModel:
        try:
            with path.open("rb") as f:
                saved = pickle.load(f)  # the user's own model file (see the module doc)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
            raise ResourceError(
                f"cannot read the model {path}: {exc}", hint="train one with dateline train"
            ) from exc
        if not isinstance(saved, dict) or saved.get("format") != FORMAT:
            raise ResourceError(f"{path} is not a Dateline model", hint="dateline train")
        return cls(saved["pipeline"])


def builtin_model(cache_dir: Path) -> SubTypeModel:
    """The model of the packaged sentences: trained on first use, then cached in
    ``cache_dir`` under a name keyed by the sentences and the scikit-learn version."""
    import sklearn

    key = hashlib.sha256(packaged_text() + sklearn.__version__.encode()).hexdigest()[:16]
    path = cache_dir / "models" / f"acled-subtypes-{key}.pkl"
    if path.exists():
        return SubTypeModel.load(path)
    model = SubTypeModel.fit(packaged_examples())
    with contextlib.suppress(OSError):  # a read-only cache: the model is refitted next time
        model.save(path)
    return model
