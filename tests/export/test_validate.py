"""SHACL validation of kg's RDF (kg/shapes.ttl) through the API and ``kg validate``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef

from kg.export.rdf import namespaces, to_rdf
from kg.export.validate import validate_file, validate_graph
from kg.pipeline import BuildResult

KG = namespaces()["kg"]


def test_validate_seed_graph_conforms(seed_output: Path) -> None:
    result = validate_file(seed_output / "graph.ttl")
    assert result.conforms, [v.line() for v in result.violations]


def _broken(seed_result: BuildResult) -> Graph:
    rdf = to_rdf(seed_result.graph)
    statement = next(iter(rdf.subjects(RDF.type, KG.Statement)))
    rdf.set((statement, KG.confidence, Literal("1.7", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
    entity = next(iter(rdf.subjects(RDF.type, KG.Entity)))
    rdf.remove((entity, KG.mentions, None))
    # a negated statement whose fact is asserted anyway
    subject, predicate, obj = (rdf.value(statement, p) for p in (RDF.subject, RDF.predicate, RDF.object))
    rdf.set((statement, KG.negated, Literal(True)))
    rdf.add((subject, predicate, obj))
    return rdf


def test_validate_broken_graph_fails_readably(seed_result: BuildResult) -> None:
    result = validate_graph(_broken(seed_result))
    assert not result.conforms
    messages = " | ".join(v.line() for v in result.violations)
    assert "confidence in [0, 1]" in messages
    assert "kg:mentions count" in messages
    assert "must not be asserted" in messages


def test_validate_cli_exit_codes(seed_result: BuildResult, seed_output: Path, tmp_path: Path) -> None:
    good = subprocess.run(
        [sys.executable, "-m", "kg", "validate", str(seed_output / "graph.ttl")], capture_output=True, text=True
    )
    assert good.returncode == 0 and "conforms (0 violations)" in good.stdout
    broken = tmp_path / "broken.ttl"
    _broken(seed_result).serialize(broken, format="turtle")
    bad = subprocess.run([sys.executable, "-m", "kg", "validate", str(broken)], capture_output=True, text=True)
    assert bad.returncode == 1
    assert "does not conform" in bad.stdout and "Violation:" in bad.stdout
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is <not turtle")
    failed = subprocess.run([sys.executable, "-m", "kg", "validate", str(garbage)], capture_output=True, text=True)
    assert failed.returncode == 1 and "cannot be parsed" in failed.stderr and "Traceback" not in failed.stderr
