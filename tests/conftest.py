"""Shared fixtures: the spaCy pipeline and the seed build are made once per session."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract import doc_triples
from kg.model import Triple
from kg.nlp import load_pipeline
from kg.pipeline import BuildResult, build_paths, write_outputs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: The article kg was first built for; most tests about the seed graph use it alone.
SEED_ARTICLE = SEEDS / "000_e561a9cc0077a91e.txt"
#: Benchmark data kept in the repository (licences and sources in its README.md).
DATA = ROOT / "benchmarks" / "data"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp: Language) -> Callable[[str], list[Triple]]:
    """Return a function: sentence -> its triples."""

    def run(text: str) -> list[Triple]:
        return list(doc_triples(nlp(text), doc_id="test"))

    return run


@pytest.fixture(scope="session")
def seed_result() -> BuildResult:
    return build_paths([SEED_ARTICLE])


@pytest.fixture(scope="session")
def seed_output(seed_result: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("seed-output")
    write_outputs(seed_result, folder)
    yield folder


@pytest.fixture(scope="session")
def seeds_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kg build seeds/``: every sample text, as the README's examples are run on."""
    folder = tmp_path_factory.mktemp("seeds-output")
    write_outputs(build_paths([SEEDS]), folder)
    return folder


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """A real in-memory Oxigraph SPARQL server on a free loopback port (its URL, no path)."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    assert Path(binary).exists(), "the oxigraph server (pip install oxigraph) is a test requirement"
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        else:
            raise AssertionError("oxigraph server did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
