"""Load kg's property-graph exports into Kùzu, an embedded graph database, and time it.

Usage: python benchmarks/kuzu_load.py GRAPH [--db DIR] [--cypher]

GRAPH is any graph kg wrote (graph.json, graph.ttl or an output folder). The script exports
it with ``kg export --format csv`` (and ``--format cypher`` with --cypher), loads the files
into a new Kùzu database and prints the load times, then the node and relationship counts
Kùzu holds. The tests load kg's exports with the same functions (tests/export/test_propertygraph.py).

How the files meet Kùzu's dialect:
- Kùzu declares its tables first: a node table per label, a relationship table per type with
  one ``FROM ... TO ...`` per pair of labels it joins (:func:`schema`).
- Table names are case-insensitive and node and relationship tables share them: a
  relationship type that collides with a label or another type gets a table named
  ``TYPE (relationship)`` (EWT: the lemma ``date`` and the label ``DATE``); the loaders return
  type -> table.
- CSV: ``COPY ... FROM (LOAD WITH HEADERS ...)``, splitting list fields on kg's array
  delimiter; relationships are copied per (type, start label, end label), from files this
  script splits the relationships file into.
- Cypher: the script's statements run one by one as they are (Kùzu reads ``label(r)``
  where openCypher says ``type(r)``).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.export.csv_import import ARRAY_DELIMITER
from kg.export.propertygraph import NODE_PROPERTIES, RELATIONSHIP_PROPERTIES

KUZU_TYPES = {"string": "STRING", "string[]": "STRING[]", "int": "INT64", "float": "DOUBLE", "boolean": "BOOLEAN"}
_NAME = r"`((?:[^`]|``)*)`"
_STRING = r"'(?:[^'\\]|\\.)*'"
_NODE = re.compile(rf"^CREATE \(:{_NAME} ")
_RELATIONSHIP = re.compile(
    rf"^MATCH \(a:{_NAME} \{{id: {_STRING}\}}\), \(b:{_NAME} \{{id: {_STRING}\}}\) CREATE \(a\)-\[:{_NAME} "
)


def quoted(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def table_names(labels: Iterable[str], types: Iterable[str]) -> dict[str, str]:
    """Return relationship type -> Kùzu table name: the type, unless its name is taken case-insensitively."""
    taken = {label.casefold() for label in labels}
    tables = {}
    for rel_type in sorted(set(types)):
        name = rel_type if rel_type.casefold() not in taken else f"{rel_type} (relationship)"
        taken.add(name.casefold())
        tables[rel_type] = name
    return tables


def schema(labels: Iterable[str], patterns: Iterable[tuple[str, str, str]], tables: dict[str, str]) -> list[str]:
    """Return the CREATE NODE/REL TABLE statements for LABELS and (type, start label, end label) PATTERNS."""
    node_columns = ", ".join(f"{quoted(n)} {KUZU_TYPES[t]}" for n, t in NODE_PROPERTIES.items())
    statements = [
        f"CREATE NODE TABLE {quoted(label)}(id STRING, {node_columns}, PRIMARY KEY(id))"
        for label in sorted(set(labels))
    ]
    pairs: dict[str, list[tuple[str, str]]] = {}
    for rel_type, start, end in sorted(set(patterns)):
        pairs.setdefault(rel_type, []).append((start, end))
    rel_columns = ", ".join(f"{quoted(n)} {KUZU_TYPES[t]}" for n, t in RELATIONSHIP_PROPERTIES.items())
    for rel_type, ends in pairs.items():
        froms = ", ".join(f"FROM {quoted(a)} TO {quoted(b)}" for a, b in ends)
        statements.append(f"CREATE REL TABLE {quoted(tables[rel_type])}({froms}, {rel_columns})")
    return statements


def _columns(properties: dict[str, str]) -> tuple[str, str]:
    """The LOAD WITH HEADERS column list (every property read as text) and the RETURN list converting them."""
    header = ", ".join(f"{quoted(name)} STRING" for name in properties)
    values = []
    for name, kind in properties.items():
        column = quoted(name)
        if kind == "string[]":
            values.append(f"CASE WHEN {column} IS NULL THEN CAST([] AS STRING[]) ELSE string_split({column}, $d) END")
        elif kind == "string":
            values.append(f"coalesce({column}, '')")
        else:
            values.append(f"CAST({column} AS {KUZU_TYPES[kind]})")
    return header, ", ".join(values)


def _literal(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _transaction(conn: Any, statements: Iterable[tuple[str, dict[str, str]]]) -> None:
    """Run STATEMENTS in one transaction: Kùzu commits (and syncs) once, not after each one."""
    conn.execute("BEGIN TRANSACTION")
    try:
        for statement, parameters in statements:
            conn.execute(statement, parameters)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def load_csv(conn: Any, nodes_csv: Path, relationships_csv: Path) -> dict[str, str]:
    """Load kg's CSV export into the Kùzu connection CONN (an empty database), in one transaction;
    return type -> table."""
    label_of: dict[str, str] = {}
    with nodes_csv.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            label_of[row["id:ID"]] = row[":LABEL"]
    with tempfile.TemporaryDirectory() as split_dir:
        files: dict[tuple[str, str, str], Any] = {}
        writers: dict[tuple[str, str, str], Any] = {}
        with relationships_csv.open(encoding="utf-8", newline="") as file:
            reader = csv.reader(file)
            header = next(reader)
            for row in reader:
                key = (row[2], label_of[row[0]], label_of[row[1]])
                if key not in writers:
                    files[key] = open(Path(split_dir) / f"{len(files)}.csv", "w", encoding="utf-8", newline="")  # noqa: SIM115
                    writers[key] = csv.writer(files[key], lineterminator="\n")
                    writers[key].writerow(header)
                writers[key].writerow(row)
        for handle in files.values():
            handle.close()
        tables = table_names(set(label_of.values()), {t for t, _, _ in files})
        statements = [(ddl, {}) for ddl in schema(label_of.values(), files, tables)]
        header, values = _columns(NODE_PROPERTIES)
        for label in sorted(set(label_of.values())):
            statements.append(
                (
                    f"COPY {quoted(label)} FROM (LOAD WITH HEADERS (id STRING, lab STRING, {header}) "
                    f"FROM {_literal(str(nodes_csv))} (header=true) WHERE lab = $label RETURN id, {values})",
                    {"d": ARRAY_DELIMITER, "label": label},
                )
            )
        header, values = _columns(RELATIONSHIP_PROPERTIES)
        for (rel_type, start, end), handle in files.items():
            statements.append(
                (
                    f"COPY {quoted(tables[rel_type])} FROM (LOAD WITH HEADERS (s STRING, e STRING, t STRING, {header}) "
                    f"FROM {_literal(handle.name)} (header=true) RETURN s, e, {values}) "
                    f"(from={_literal(start)}, to={_literal(end)})",
                    {"d": ARRAY_DELIMITER},
                )
            )
        _transaction(conn, statements)
    return tables


def _name(quoted_name: str) -> str:
    return quoted_name.replace("``", "`")


def load_cypher(conn: Any, script: Path) -> dict[str, str]:
    """Run kg's openCypher script on the Kùzu connection CONN (an empty database), its tables
    declared first, in one transaction; return type -> table."""
    labels: set[str] = set()
    patterns: set[tuple[str, str, str]] = set()
    lines = script.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if node := _NODE.match(line):
            labels.add(_name(node[1]))
        elif rel := _RELATIONSHIP.match(line):
            patterns.add((_name(rel[3]), _name(rel[1]), _name(rel[2])))
    tables = table_names(labels, {t for t, _, _ in patterns})
    statements: list[tuple[str, dict[str, str]]] = [(ddl, {}) for ddl in schema(labels, patterns, tables)]
    for line in lines:
        if not line or line.startswith("//"):
            continue
        rel = _RELATIONSHIP.match(line)
        if rel and tables[_name(rel[3])] != _name(rel[3]):
            line = line.replace(f"-[:{quoted(_name(rel[3]))} ", f"-[:{quoted(tables[_name(rel[3])])} ", 1)
        statements.append((line, {}))
    _transaction(conn, statements)
    return tables


def counts(conn: Any) -> tuple[int, int]:
    """Return how many nodes and relationships the database holds."""
    nodes = conn.execute("MATCH (n) RETURN count(n)").get_next()[0]
    relationships = conn.execute("MATCH ()-[r]->() RETURN count(r)").get_next()[0]
    return int(nodes), int(relationships)


def main(argv: list[str] | None = None) -> int:
    import kuzu

    from kg.export.formats import write
    from kg.export.read import read_graph

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("--db", type=Path, help="database folder to create (default: a temporary one)")
    parser.add_argument("--cypher", action="store_true", help="also load the openCypher script (slower)")
    args = parser.parse_args(argv)
    graph = read_graph(args.graph)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        started = time.perf_counter()
        write(graph, folder / "g.csv")
        print(f"kg export --format csv: {time.perf_counter() - started:.2f} s")
        database = args.db or folder / "db"
        started = time.perf_counter()
        conn = kuzu.Connection(kuzu.Database(str(database)))
        load_csv(conn, folder / "g.nodes.csv", folder / "g.relationships.csv")
        elapsed = time.perf_counter() - started
        print(f"Kùzu COPY FROM the CSV files: {elapsed:.2f} s, {counts(conn)} (nodes, relationships)")
        if args.cypher:
            write(graph, folder / "g.cypher")
            started = time.perf_counter()
            conn = kuzu.Connection(kuzu.Database(str(folder / "db-cypher")))
            load_cypher(conn, folder / "g.cypher")
            print(f"Kùzu running the Cypher script: {time.perf_counter() - started:.2f} s, {counts(conn)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
