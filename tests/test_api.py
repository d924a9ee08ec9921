"""The public API: a sorted, honest ``__all__`` in every public module."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import kg

MODULES = sorted(name for _, name, _ in pkgutil.walk_packages(kg.__path__, "kg.") if name not in {"kg.__main__"})


def test_api_all_unique_and_present() -> None:
    """Order is kept by ruff's RUF022 (isort-style sorting) in .ci/run; here, honesty."""
    assert len(kg.__all__) == len(set(kg.__all__))
    for name in kg.__all__:
        assert hasattr(kg, name), name


@pytest.mark.parametrize("module_name", MODULES)
def test_api_every_module_declares_all(module_name: str) -> None:
    module = importlib.import_module(module_name)
    exported = getattr(module, "__all__", None)
    assert exported is not None, f"{module_name} has no __all__"
    for name in exported:
        assert hasattr(module, name), f"{module_name}.__all__ names missing {name}"


@pytest.mark.parametrize("module_name", [m for m in MODULES if m.startswith(("kg.graph", "kg.export"))])
def test_api_graph_and_export_never_import_spacy(module_name: str) -> None:
    source = importlib.import_module(module_name).__file__
    assert source is not None
    text = Path(source).read_text(encoding="utf-8")
    assert "import spacy" not in text and "from spacy" not in text


def test_api_build_result_repr_is_short_and_says_where(tmp_path: Path) -> None:
    result = kg.build_texts(["Microsoft hired Satya Nadella. Nadella leads Microsoft."])
    text = repr(result)
    assert text == f"<BuildResult: {result.stats.line()}; not written>" and str(result) == text
    kg.write_outputs(result, tmp_path / "out")
    assert repr(result).endswith(f"; written to {tmp_path / 'out'}/>") and len(repr(result)) < 200


@pytest.mark.parametrize("name", ["Microsoft", "microsoft", "MICROSOFT", " Microsoft "])
def test_api_entity_by_id_label_or_alias(name: str) -> None:
    result = kg.build_texts(["Microsoft hired Satya Nadella. Nadella leads Microsoft."])
    assert "Microsoft" not in result.graph and "microsoft" in result.graph  # ids stay stable lowercase keys
    assert result.entity(name) == "microsoft" == kg.find_entity(result.graph, name)
    nadella = result.entity("Satya Nadella")
    assert result.entity("nadella") == nadella and result.graph.nodes[nadella]["label"] == "Satya Nadella"
    with pytest.raises(kg.InputError, match="no entity named 'Apple'"):
        result.entity("Apple")
