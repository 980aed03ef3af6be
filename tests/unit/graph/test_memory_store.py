"""What only the embedded store does: its file, and its pure helpers."""

from __future__ import annotations

import json

import pytest

from graph.errors import InvalidQuery, StoreUnavailable
from graph.memory import MemoryStore
from graph.merge import merge_relation, plan_write
from graph.model import Entity, ExtractionResult, Mention, Relation
from tests.contract.graphs import D1, R1, R5, WORLD, evidence, load_world


def test_store_survives_a_restart(tmp_path):
    path = tmp_path / "data" / "graph.json"
    first = MemoryStore(path)
    load_world(first)
    snap = first.snapshot()
    first.close()
    again = MemoryStore(path)
    assert again.snapshot() == snap
    assert again.upsert(WORLD[0]).skipped_documents == 1


def test_store_file_is_written_atomically(tmp_path):
    path = tmp_path / "graph.json"
    store = MemoryStore(path)
    store.upsert(R1)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]  # no temp file left
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "racegraph-memory/1"
    assert len(data["documents"]) == 1


def test_in_memory_store_writes_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = MemoryStore()
    store.upsert(R1)
    assert list(tmp_path.iterdir()) == []


def test_a_corrupt_file_is_reported(tmp_path):
    path = tmp_path / "graph.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreUnavailable, match="cannot read"):
        MemoryStore(path)
    path.write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(StoreUnavailable, match="not a racegraph"):
        MemoryStore(path)


def test_failed_write_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "graph.json"
    store = MemoryStore(path)
    store.upsert(R1)
    before = path.read_bytes()
    bad = ExtractionResult(documents=R5.documents, entities=[Entity("x", "X", "Thing")])
    with pytest.raises(InvalidQuery):
        store.upsert(bad)
    assert path.read_bytes() == before


def test_plan_links_come_from_mentions_when_given():
    ents = [e for e in R1.entities if e.id in ("deepseek", "china")]
    mentions = [Mention("deepseek", D1.id, 0, 1, "D")] * 3
    rels = [r for r in R1.relations if r.id == "deepseek:LOCATED_IN:china"]
    plan = plan_write(
        ExtractionResult(documents=[D1], entities=ents, relations=rels, mentions=mentions),
        lambda _: False,
        "2025-01-01T00:00:00+00:00",
    )
    counts = {(k.document, k.entity): k.count for k in plan.links}
    china_default = next(e.mentions for e in ents if e.id == "china")
    assert counts == {(D1.id, "deepseek"): 3, (D1.id, "china"): china_default}
    (rel,) = plan.relations
    assert rel.evidence[0].document_date == "2025-01-20"
    assert rel.first_seen == rel.last_seen == "2025-01-01T00:00:00+00:00"


def test_plan_skips_stored_documents_entirely():
    plan = plan_write(R1, lambda doc: doc == D1.id, "2025-01-01T00:00:00+00:00")
    assert plan.skipped == [D1.id]
    assert (plan.documents, plan.entities, plan.links, plan.relations) == ([], [], [], [])


def test_merge_relation_keeps_earliest_date_and_highest_confidence():
    a = Relation("a", "USES", "b", date="2024-05", confidence=0.4,
                 evidence=[evidence(D1, "DeepSeek", 0.4)], first_seen="t2", last_seen="t2")  # fmt: skip
    b = Relation("a", "USES", "b", date="2024-03", confidence=0.9,
                 evidence=[evidence(D1, "China", 0.9)], first_seen="t1", last_seen="t1")  # fmt: skip
    merged, added = merge_relation(a, b)
    assert (merged.date, merged.confidence, added) == ("2024-03", 0.9, 1)
    assert (merged.first_seen, merged.last_seen) == ("t1", "t2")
    assert merge_relation(merged, b)[1] == 0
