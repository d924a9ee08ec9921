"""Validate RDF against kg's SHACL shapes (``kg/shapes.ttl``) with pyshacl.

Example:
    >>> from kg.graph import build_graph
    >>> from kg.export.rdf import to_rdf
    >>> validate_graph(to_rdf(build_graph([]))).conforms
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from kg.errors import InputError
from kg.export.formats import format_for_path
from kg.export.rdf import DEFAULT_BASE

__all__ = ["ValidationResult", "Violation", "load_rdf", "shapes", "validate_file", "validate_graph"]

_RDFLIB_SYNTAX = {
    "turtle": "turtle",
    "ntriples": "nt",
    "nquads": "nquads",
    "trig": "trig",
    "json-ld": "json-ld",
    "rdfxml": "xml",
}


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: the node, the property path and the shape's message."""

    focus: str
    path: str
    message: str
    severity: str

    def line(self) -> str:
        """Return the violation as one readable line."""
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """Whether the data conforms, and every violation."""

    conforms: bool
    violations: tuple[Violation, ...]


def shapes(base: str = DEFAULT_BASE) -> Graph:
    """Return kg's SHACL shapes, their kg namespace following BASE."""
    text = files("kg").joinpath("shapes.ttl").read_text(encoding="utf-8")
    if base != DEFAULT_BASE:
        text = text.replace(DEFAULT_BASE, base if base.endswith(("/", "#")) else base + "/")
    return Graph().parse(data=text, format="turtle")


def load_rdf(path: str | Path) -> Graph:
    """Parse an RDF file (syntax from its extension) into one graph (quads: all their graphs).

    Raises:
        InputError: unknown extension, unreadable file or syntax error.
    """
    chosen = format_for_path(path)
    syntax = _RDFLIB_SYNTAX.get(chosen.name)
    if syntax is None:
        raise InputError(f"{path}: not an RDF file ({chosen.name})")
    try:
        if syntax in {"nquads", "trig"}:
            from rdflib import Dataset

            dataset = Dataset().parse(str(path), format=syntax)
            merged = Graph()
            for quad in dataset.quads():
                merged.add(quad[:3])
            return merged
        return Graph().parse(str(path), format=syntax)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except Exception as error:  # rdflib raises many parser-specific errors
        raise InputError(f"{path}: cannot be parsed as {chosen.name}: {error}") from None


def validate_graph(data: Graph, *, base: str = DEFAULT_BASE) -> ValidationResult:
    """Validate DATA against kg's shapes; return every violation."""
    import pyshacl

    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes(base), advanced=True, allow_warnings=True)
    violations = []
    for result in report.subjects(SH.resultSeverity, None):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        severity = report.value(result, SH.resultSeverity)
        violations.append(
            Violation(
                focus=str(focus),
                path=str(path) if path is not None else "",
                message=str(message) if message is not None else "constraint not met",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationResult(conforms=bool(conforms), violations=tuple(violations))


def validate_file(path: str | Path, *, base: str = DEFAULT_BASE) -> ValidationResult:
    """Parse PATH and validate it (see :func:`validate_graph`)."""
    return validate_graph(load_rdf(path), base=base)
