"""Stage boundaries: a stage imports only the shared layers and its own files.

Earlier stages are seen only through ``Analysis`` fields, so a stage can be read, tested and
replaced alone. The shared layers are ``models``, ``errors``, ``settings``, the vocabulary
(``dateline.vocabulary``) and the text helpers (``dateline.text``); they import nothing of
any stage. Imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dateline.errors import PipelineError
from dateline.pipeline import STAGES, Pipeline, Stage, check_stages

PACKAGE = Path(__file__).resolve().parents[2] / "dateline"
SHARED = (
    "dateline.models",
    "dateline.errors",
    "dateline.settings",
    "dateline.vocabulary",
    "dateline.text",
)
STAGE_UNITS = (
    "dateline.ingest",
    "dateline.analyze",
    "dateline.mentions",
    "dateline.learned",
    "dateline.resolve.time",
    "dateline.resolve.place",
    "dateline.resolve.actors",
    "dateline.resolve.attribution",
    "dateline.assemble",
    "dateline.dedupe",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[str]:
    """The dateline modules a file imports (``from pkg import module`` names the module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [_target(node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    return sorted({name for name in names if name.startswith("dateline")})


def _target(module: str, name: str) -> str:
    dotted = f"{module}.{name}"
    return (
        dotted
        if (PACKAGE.parent / dotted.replace(".", "/")).exists()
        or Path(PACKAGE.parent / (dotted.replace(".", "/") + ".py")).exists()
        else module
    )


def _within(name: str, unit: str) -> bool:
    return name == unit or name.startswith(unit + ".")


def _violations(unit: str, allowed: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        if _within(module, unit):
            bad = [n for n in _imports(path) if not any(_within(n, a) for a in allowed)]
            found += [f"{module} imports {name}" for name in bad]
    return found


@pytest.mark.parametrize("unit", STAGE_UNITS)
def test_a_stage_imports_only_shared_layers_and_its_own_files(unit: str) -> None:
    assert _violations(unit, (*SHARED, unit)) == []


@pytest.mark.parametrize("layer", SHARED)
def test_a_shared_layer_imports_no_stage(layer: str) -> None:
    assert _violations(layer, SHARED) == []


def test_every_stage_need_is_added_by_an_earlier_stage() -> None:
    check_stages(STAGES)  # raises on a broken table
    names = [stage.name for stage in STAGES]
    assert len(names) == len(set(names))


def test_a_stage_table_with_an_unmet_need_is_refused() -> None:
    swapped = (STAGES[0], STAGES[2], STAGES[1], *STAGES[3:])
    with pytest.raises(PipelineError, match=r"resolve.time needs mentions"):
        Pipeline(stages=swapped)


def test_a_stage_that_needs_an_unknown_field_is_refused() -> None:
    with pytest.raises(PipelineError, match="nowhere"):
        check_stages((*STAGES, Stage("late", None, ("nowhere",), ())))
