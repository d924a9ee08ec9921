"""Every notebook in notebooks/ runs top to bottom without error."""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat
import pytest

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_executes(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = [o.get("data", {}) for o in outputs if o.output_type in {"display_data", "execute_result"}]
    assert any("image/png" in data for data in shown)
    if path.name == "corpus.ipynb":  # a build displays itself: diagram and sandboxed interactive page
        assert any(str(data.get("text/html", "")).startswith('<iframe sandbox="allow-scripts"') for data in shown)


def test_notebooks_exist() -> None:
    assert {"explore.ipynb", "corpus.ipynb"} <= {p.name for p in NOTEBOOKS}
