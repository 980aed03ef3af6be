"""Snapshot formats, parsing and the manifest."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re

import networkx as nx
import pytest

from graph.errors import InvalidQuery
from graph.memory import MemoryStore
from graph.model import Entity, ExtractionResult, Relation, Snapshot
from graph.ontology import ENTITY_TYPES, RELATION_TYPES
from graph.snapshots import FORMATS, parse, render, write_snapshot
from graph.snapshots.cypher_script import STRUCTURAL, label, literal
from tests.contract.graphs import evidence, load_world, make_document

TRICKY_NAME = 'O\'Brien \\ Lab\nsecond line; "quoted"'


def tricky_result() -> ExtractionResult:
    doc = make_document(
        ["O'Brien Lab uses the Test Chip.", 'It says "hello" on a new line.'],
        published="2024-05-05",
        language="en",
        title="Quotes 'and' \\ backslashes",
    )
    ents = [
        Entity("obrien-lab", TRICKY_NAME, "Organization", ["O'Brien Lab", "a;b"], mentions=1),
        Entity("test-chip", "Test Chip", "Hardware", ["Test Chip"], mentions=1),
    ]
    rel = Relation("obrien-lab", "USES", "test-chip", evidence=[evidence(doc, "O'Brien Lab uses")])
    return ExtractionResult(documents=[doc], entities=ents, relations=[rel])


@pytest.fixture(scope="module")
def snap() -> Snapshot:
    store = MemoryStore()
    load_world(store)
    store.upsert(tricky_result())
    return store.snapshot()


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_renders_deterministically(snap, fmt):
    files = render(snap, fmt)
    assert files and all(content for content in files.values())
    assert render(snap, fmt) == files


def test_json_roundtrip_is_byte_identical(snap):
    files = render(snap, "json")
    back = parse(files, "json")
    assert back == snap
    assert render(back, "json") == files


def test_json_is_node_link_data(snap):
    data = json.loads(render(snap, "json")["graph.json"])
    g = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert g.number_of_nodes() == len(snap.entities)
    assert g.number_of_edges() == len(snap.relations)
    assert len(data["graph"]["documents"]) == len(snap.documents)


@pytest.mark.parametrize(
    "bad", [b"not json", b"{}", b'{"graph": {"format": "other"}, "nodes": [], "edges": []}']
)
def test_parse_refuses_what_is_not_a_snapshot(bad):
    with pytest.raises(InvalidQuery):
        parse(bad, "json")


def test_only_json_parses_and_formats_are_checked(snap):
    with pytest.raises(InvalidQuery):
        parse(render(snap, "csv"), "csv")
    with pytest.raises(InvalidQuery):
        render(snap, "xlsx")


def test_graphml_is_readable_by_networkx(snap):
    (content,) = render(snap, "graphml").values()
    g = nx.read_graphml(io.BytesIO(content))
    assert g.number_of_nodes() == len(snap.entities)
    assert g.number_of_edges() == len(snap.relations)
    assert g.nodes["obrien-lab"]["name"] == TRICKY_NAME
    assert json.loads(g.nodes["china"]["aliases"]) == ["Trung Quốc", "China"]
    edge = next(d for _, _, d in g.edges(data=True) if d["id"] == "openai:DEVELOPED:o1")
    assert json.loads(edge["evidence"])[0]["start"] >= 0


def test_gexf_is_readable_by_networkx(snap):
    (content,) = render(snap, "gexf").values()
    assert b"lastmodifieddate" not in content
    g = nx.read_gexf(io.BytesIO(content))
    assert g.number_of_nodes() == len(snap.entities)
    assert g.number_of_edges() == len(snap.relations)
    assert g.nodes["kuaishou"]["type"] == "Organization"


def test_csv_uses_neo4j_admin_headers(snap):
    files = render(snap, "csv")
    rows = {n: list(csv.reader(io.StringIO(c.decode("utf-8")))) for n, c in files.items()}
    assert rows["entities.csv"][0][:6] == [
        "id:ID",
        "name",
        "type",
        "aliases:string[]",
        "qid",
        "mentions:int",
    ]
    assert rows["entities.csv"][0][-1] == ":LABEL"
    assert rows["relations.csv"][0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "confidence:float" in rows["relations.csv"][0]
    assert len(rows["entities.csv"]) == len(snap.entities) + 1
    assert len(rows["relations.csv"]) == len(snap.relations) + 1
    assert len(rows["documents.csv"]) == len(snap.documents) + 1
    obrien = next(r for r in rows["entities.csv"] if r[0] == "obrien-lab")
    assert obrien[1] == TRICKY_NAME and obrien[3] == "O'Brien Lab;a,b"
    assert obrien[-1] == "Entity;Organization"
    assert {r[2] for r in rows["relations.csv"][1:]} <= set(RELATION_TYPES)


def test_cypher_script_escapes_quotes_backslashes_and_newlines(snap):
    script = render(snap, "cypher")["graph.cypher"].decode("utf-8")
    statements = script.splitlines()
    assert all(line.endswith(";") for line in statements)  # no raw newline inside a literal
    assert literal(TRICKY_NAME) in script
    assert "'O\\'Brien \\\\ Lab\\nsecond line; \"quoted\"'" == literal(TRICKY_NAME)
    assert "$" not in script  # parameter-free


def test_cypher_script_uses_only_ontology_labels(snap):
    script = render(snap, "cypher")["graph.cypher"].decode("utf-8")
    names = set(re.findall(r"`([^`]*)`", script))
    assert names <= set(ENTITY_TYPES) | set(RELATION_TYPES) | STRUCTURAL
    assert {"Organization", "DEVELOPED", "Entity"} <= names
    with pytest.raises(ValueError):
        label("Robert'); DROP")


def test_cypher_literals():
    assert literal(None) == "null" and literal(True) == "true" and literal(3) == "3"
    assert literal(0.5) == "0.5" and literal(["a", 1]) == "['a', 1]"
    assert literal("tab\there\x01") == "'tab\\there\\u0001'"
    with pytest.raises(ValueError):
        literal(float("nan"))


def test_write_snapshot_writes_files_and_a_manifest(snap, tmp_path):
    manifest = write_snapshot(snap, "csv", tmp_path / "out", version="9.9.9")
    files = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    assert set(files) == {*manifest["files"], "manifest.json"}
    assert json.loads(files["manifest.json"]) == manifest
    for name, info in manifest["files"].items():
        assert info["sha256"] == hashlib.sha256(files[name]).hexdigest()
    assert manifest["format"] == "csv" and manifest["racegraph_version"] == "9.9.9"
    assert manifest["counts"]["entities_by_type"]["AIModel"] == 4
    assert manifest["counts"]["relations"] == len(snap.relations)


def test_write_load_write_is_byte_identical(snap, tmp_path):
    write_snapshot(snap, "json", tmp_path / "a", version="1")
    store = MemoryStore()
    store.load(parse({"graph.json": (tmp_path / "a" / "graph.json").read_bytes()}))
    write_snapshot(store.snapshot(), "json", tmp_path / "b", version="1")
    for name in ("graph.json", "manifest.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_manifest_records_as_of(tmp_path):
    store = MemoryStore()
    load_world(store)
    manifest = write_snapshot(store.snapshot(as_of="2024-06"), "json", tmp_path, version="1")
    assert manifest["as_of"] == "2024-06"
    assert manifest["counts"]["documents"] == 2
