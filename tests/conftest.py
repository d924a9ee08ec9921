"""Shared fixtures: the spaCy pipeline and the seed build are made once per session."""

from __future__ import annotations

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
