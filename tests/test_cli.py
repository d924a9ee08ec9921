"""The ``kg`` command through its real entry points (console script and ``python -m kg``)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from kg.cli import main
from tests.conftest import DATA, SEED_ARTICLE, SEEDS

KG = [shutil.which("kg") or "kg"]
PYTHON_M = [sys.executable, "-m", "kg"]


def run(*args: str, entry: list[str] = PYTHON_M, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*entry, *args], input=stdin, capture_output=True, text=True, timeout=300)


def test_cli_build_seeds_writes_all_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("build", str(SEEDS), "--out", str(out), entry=KG)
    assert result.returncode == 0, result.stderr
    line, quality = result.stdout.strip().splitlines()
    for word in ("documents", "sentences", "triples", "entities", "relations", str(out)):
        assert word in line
    assert quality.startswith("quality: entities ") and "pronoun nodes 0" in quality
    assert sorted(p.name for p in out.iterdir()) == [
        ".kg-cache.sqlite",
        ".kg-manifest.json",
        "graph.graphml",
        "graph.html",
        "graph.json",
        "graph.png",
        "graph.ttl",
        "merges.jsonl",
        "report.json",
        "triples.jsonl",
    ]
    triples = [json.loads(x) for x in (out / "triples.jsonl").read_text().splitlines()]
    assert f"{len(triples)} triples" in line
    assert len(Graph().parse(out / "graph.ttl")) > 0


def test_cli_build_from_stdin(tmp_path: Path) -> None:
    result = run("build", "-", "--out", str(tmp_path), stdin="The US withdraws troops from Iraq.")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 documents, 1 sentences, 2 triples, 3 entities, 2 relations")
    assert all(json.loads(line)["doc_id"] == "stdin" for line in (tmp_path / "triples.jsonl").read_text().splitlines())


def test_cli_extract_example_sentence() -> None:
    result = run("extract", "The US withdraws troops from Iraq.", entry=KG)
    assert result.returncode == 0, result.stderr
    triple = json.loads(result.stdout.splitlines()[0])
    assert triple["subject"]["text"] == "US" or triple["subject"]["text"] == "The US"
    assert (triple["relation"]["text"], triple["relation"]["lemma"]) == ("withdraws", "withdraw")
    assert triple["object"]["text"] == "troops"
    assert [(a["preposition"], a["text"]) for a in triple["extras"]] == [("from", "Iraq")]


def test_cli_eval_carb_reads_the_repository_data_compressed() -> None:
    carb = DATA / "carb"
    result = run("eval", "carb", "--gold", str(carb / "dev-gold.tsv.gz"), "--system", str(carb / "dev-openie5.tsv.gz"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("AUC 0.240  P 0.526  R 0.406  F1 0.458  (threshold 0.1761, 638 sentences")


def test_cli_extract_carb_keeps_sentence_verbatim() -> None:
    lines = "The agreement was signed by Al Sudani .\n  Iraq 's army -LRB- ISF -RRB- left Mosul .\n"
    result = run("extract", "--format", "carb", stdin=lines)
    assert result.returncode == 0, result.stderr
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert [
        rows[0][0],
        *rows[0][2:],
    ] == ["The agreement was signed by Al Sudani .", "was signed by", "The agreement", "Al Sudani"]
    assert {row[0] for row in rows} <= {
        "The agreement was signed by Al Sudani .",
        "  Iraq 's army -LRB- ISF -RRB- left Mosul .",
    }
    assert all(0 <= float(row[1]) <= 1 for row in rows)


def test_cli_extract_tsv() -> None:
    result = run("extract", "--format", "tsv", "Iraq did not sign the deal.")
    fields = result.stdout.splitlines()[0].split("\t")
    assert fields[1:5] == ["Iraq", "did not sign", "sign", "the deal"]


EXTRACT_INPUTS = [  # (files written, argument, document ids of the triples printed)
    ({"a.txt": "Apple opened a store in India."}, "a.txt", ["a.txt"]),
    ({"a.txt": "Apple opened a store in India.", "b.txt": "Biden met Putin."}, ".", ["a.txt", "b.txt"]),
    ({}, "Apple opened a store in India.", ["stdin"]),
    ({}, "Apple.txt opened a store.", ["stdin"]),  # a sentence, though its first word looks like a file
]


@pytest.mark.parametrize(("files", "argument", "doc_ids"), EXTRACT_INPUTS)
def test_cli_extract_reads_the_file_or_folder_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    argument: str,
    doc_ids: list[str],
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", argument]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted({t["doc_id"] for t in printed}) == doc_ids
    assert all(t["sentence"] in {*files.values(), argument} for t in printed)


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("notes.txt", "notes.txt: no such file or folder"),
        ("no/such/file", "no/such/file: no such file or folder"),
        ("  ", "no text given"),
    ],
)
def test_cli_extract_missing_file_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argument: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["extract", argument]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["build", "no/such/path"], 1, "no/such/path: skipped: no such file or folder"),
        (["extract", "x", "--model", "no_such_model"], 1, "no spaCy pipeline named 'no_such_model' is installed"),
        (["extract", "x", "--model", "../no/such/pipeline"], 1, "no spaCy pipeline folder at '../no/such/pipeline'"),
        (["build", "x", "--base", "not an iri"], 2, "the base 'not an iri' is not an absolute IRI"),
        (["export", "x", "--base", "example.org/kg/"], 2, "is not an absolute IRI"),
        (["extract", "--format", "xml", "x"], 2, "invalid choice"),
        (["frobnicate"], 2, "invalid choice"),
    ],
)
def test_cli_errors_are_one_line_without_traceback(args: list[str], code: int, message: str) -> None:
    result = run(*args)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("model", "command"),
    [
        ("en_core_web_trf", "python -m spacy download en_core_web_trf"),  # spaCy's own, not a test requirement
        ("no_such_model", None),  # no package name guessed: another could be on the index under it
    ],
)
def test_cli_missing_model_names_install_command(model: str, command: str | None) -> None:
    result = run("build", str(SEEDS), "--model", model, "--out", "/tmp/kg-never-written")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert (command in result.stderr) if command else ("install it with" not in result.stderr)
    assert "pip install" not in result.stderr
    assert not Path("/tmp/kg-never-written").exists()


def test_cli_empty_folder_is_an_error(tmp_path: Path) -> None:
    result = run("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "no readable .txt or .md documents" in result.stderr
    assert not (tmp_path / "out").exists()


def test_cli_explain_entity(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", str(SEEDS), "--out", str(out)).returncode == 0
    result = run("explain", "US", "--graph", str(out / "graph.json"))
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.splitlines()
    assert first.startswith("United States (GPE)")
    text = "\n".join(rest)
    assert "acronym-table" in text and "the United States" in text
    assert "facts:" in text and "-->" in text
    missing = run("explain", "Atlantis", "--graph", str(out / "graph.json"))
    assert missing.returncode == 1 and "no entity named 'Atlantis'" in missing.stderr
    no_graph = run("explain", "US", "--graph", str(tmp_path / "none.json"))
    assert no_graph.returncode == 1 and "run kg build first" in no_graph.stderr


def test_cli_build_skips_bad_inputs_with_one_warning_each(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text("The US withdraws troops from Iraq.")
    (corpus / "empty.txt").write_text("   \n")
    (corpus / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary")
    (corpus / "latin1.txt").write_bytes("Le café de Bagdad.".encode("latin-1"))
    (corpus / "utf16.txt").write_bytes("Iraq borders Iran.".encode("utf-16"))
    out = tmp_path / "out"
    result = run("build", str(corpus), "--out", str(out))
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 3 and all(w.startswith("kg: warning: ") for w in warnings)
    assert "empty" in result.stderr and "binary file (PDF)" in result.stderr and "not UTF-8" in result.stderr
    assert result.stdout.startswith("2 documents") and "3 skipped" in result.stdout
    assert "Traceback" not in result.stderr
    strict = run("build", str(corpus), "--out", str(tmp_path / "strict"), "--strict")
    assert strict.returncode == 1 and "--strict" in strict.stderr and not (tmp_path / "strict").exists()


def test_cli_build_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_bytes(b"\x00\x01\x02")
    result = run("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "binary file (NUL bytes)" in result.stderr and "no readable" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("options", "suffix", "magic", "said"),
    [
        (["--focus", "Iraq", "--hops", "2"], ".png", b"\x89PNG", "entities within 2 hops of Iraq"),
        (["--focus", "US"], ".svg", b"<?xml", "entities within 1 hop of United States"),
        (["--top", "12", "--min-support", "1"], ".pdf", b"%PDF", ""),
        (["--focus", "ISIS", "--hops", "1"], ".html", b"<!DOCTYPE html>", "entities within 1 hop of ISIS"),
    ],
)
def test_cli_render(
    seed_output: Path, tmp_path: Path, options: list[str], suffix: str, magic: bytes, said: str
) -> None:
    out = tmp_path / f"diagram{suffix}"
    result = run("render", str(seed_output / "graph.json"), *options, "--out", str(out))
    assert result.returncode == 0, result.stderr
    graph = json.loads((seed_output / "graph.json").read_text(encoding="utf-8"))
    named = {e[end] for e in graph["edges"] for end in ("source", "target")}
    total = sum(1 for n in graph["nodes"] if n["kind"] != "value" or n["id"] in named)
    assert result.stdout.startswith(f"wrote {out}: ") and f" of {total} entities" in result.stdout
    data = out.read_bytes()
    assert data.startswith(magic)
    if said and suffix in {".svg", ".html"}:
        assert said in data.decode("utf-8")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--focus", "Narnia"], "kg: error: no entity named 'Narnia' in the graph"),
        (["--hops", "-1"], "kg: error: --hops must be 0 or more"),
        (["--out", "{tmp}/x.ttl"], "kg: error: kg render draws png, svg, pdf, html, not turtle"),
        (["--out", "{tmp}/x.docx"], "kg: error: unknown format"),
    ],
)
def test_cli_render_errors(seed_output: Path, tmp_path: Path, options: list[str], message: str) -> None:
    result = run("render", str(seed_output), "--out", f"{tmp_path}/d.png", *(o.format(tmp=tmp_path) for o in options))
    assert result.returncode == 1 and result.stderr.startswith(message) and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


def test_cli_warm_up_runs_once_after_the_first_document_and_never_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from kg import cli
    from kg.export import draw

    calls: list[str] = []

    def failing_prepare() -> None:
        calls.append(threading.current_thread().name)
        raise RuntimeError("no fonts")

    monkeypatch.setattr(draw, "prepare", failing_prepare)
    warm_up = cli._WarmUp()
    warm_up.join()  # nothing started yet: returns at once
    assert list(warm_up.after_first(iter(["a", "b", "c"]))) == ["a", "b", "c"]  # type: ignore[arg-type]
    warm_up.join()
    assert calls == ["kg-warm-up"]


def test_cli_exit_code_and_output_survive_the_hard_exit(tmp_path: Path) -> None:
    """``kg`` leaves through os._exit: every line printed must still arrive, with the right code."""
    ok = run("build", str(SEED_ARTICLE), "--out", str(tmp_path / "out"), "--no-cache")
    assert ok.returncode == 0 and len(ok.stdout.splitlines()) == 2, ok.stderr
    bad = run("build", str(tmp_path / "missing"), entry=KG)
    assert bad.returncode == 1 and bad.stderr.splitlines()[-1].startswith("kg: error: no readable")


VOICE = "Kepler Labs was acquired by Norvik Ltd. in 2019. Norvik Ltd. hired Ana Ruiz."


def test_cli_voice_direction_and_words_agree_in_every_output(tmp_path: Path) -> None:
    """A passive reads patient -> "was acquired by" -> agent everywhere; an active agent -> patient."""
    (tmp_path / "in.txt").write_text(VOICE, encoding="utf-8")
    result = run("build", str(tmp_path / "in.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    expected = {("kepler labs", "was acquired by", "norvik"), ("norvik", "hired", "ana ruiz")}
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    edges = {(e["source"], e["relation"], e["target"]) for e in graph["edges"]}
    assert expected <= edges
    graphml = nx.read_graphml(tmp_path / "out" / "graph.graphml")
    assert expected <= {(s, d["relation"], t) for s, t, d in graphml.edges(data=True)}
    rdf = Graph().parse(tmp_path / "out" / "graph.ttl")
    rows = rdf.query(
        """PREFIX kg: <https://example.org/kg/ontology#>
           SELECT ?s ?text ?o WHERE { ?st kg:relationText ?text ; rdf:subject ?sub ; rdf:object ?obj .
                                      ?sub rdfs:label ?s . ?obj rdfs:label ?o }"""
    )
    assert {("Kepler Labs", "was acquired by", "Norvik Ltd."), ("Norvik Ltd.", "hired", "Ana Ruiz")} <= {
        tuple(map(str, row)) for row in rows
    }
    tsv = [line.split("\t")[1:5] for line in run("extract", "--format", "tsv", VOICE).stdout.splitlines()]
    assert ["Kepler Labs", "was acquired by", "be acquired by", "Norvik Ltd."] in tsv
    jsonl = [json.loads(line) for line in run("extract", VOICE).stdout.splitlines()]
    passive = next(t for t in jsonl if t["relation"]["text"] == "was acquired by")
    assert (passive["subject"]["text"], passive["object"]["text"], passive["passive"]) == (
        "Kepler Labs",
        "Norvik Ltd.",
        True,
    )
