"""Writes every store must get right: upsert, delete, re-ingest, load, snapshot."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from graph.errors import DocumentNotFound, InvalidQuery
from graph.model import Entity, Evidence, ExtractionResult, Relation, Snapshot
from tests.contract.graphs import D1, D5, R1, R2, R3, R4, R5, WORLD, hub_result, load_world


def without_timestamps(snap: Snapshot) -> Snapshot:
    """The snapshot with ingestion times blanked (they change on re-ingest)."""
    return dataclasses.replace(
        snap,
        documents=[dataclasses.replace(d, ingested_at=None) for d in snap.documents],
        relations=[dataclasses.replace(r, first_seen=None, last_seen=None) for r in snap.relations],
    )


def test_upsert_counts_what_it_adds(store):
    first = store.upsert(R1)
    assert (first.documents, first.skipped_documents) == (1, 0)
    assert (first.entities, first.relations, first.evidence) == (5, 4, 4)
    second = store.upsert(R5)  # shares deepseek, deepseek-r1, o1, china and two relations
    assert (second.entities, second.relations, second.evidence) == (1, 2, 4)


def test_upsert_twice_adds_nothing(store):
    load_world(store)
    before = store.snapshot()
    for res in WORLD:
        again = store.upsert(res)
        assert again.skipped_documents == 1
        assert (again.documents, again.entities, again.relations, again.evidence) == (0, 0, 0, 0)
    assert store.snapshot() == before


def test_upsert_sets_ingestion_time_and_keeps_the_text(store):
    store.upsert(R1)
    doc = store.get_document(D1.id)
    assert doc.ingested_at and doc.ingested_at[:2] == "20"
    assert doc.text == D1.text and doc.sentences == D1.sentences
    assert store.has_document(D1.id) and not store.has_document(D5.id)


def test_evidence_points_to_the_sentence_and_span(store):
    load_world(store)
    rel = store.get_relation("deepseek:DEVELOPED:deepseek-r1")
    assert {ev.document for ev in rel.evidence} == {D1.id, D5.id}
    for ev in rel.evidence:
        text = store.get_document(ev.document).text
        assert "DeepSeek" in text[ev.start : ev.end] and "R1" in text[ev.start : ev.end]
        assert text[ev.start : ev.end] in ev.sentence


def test_entities_merge_aliases_across_languages(store):
    load_world(store)
    china = store.get_entity("china")
    assert china.name == "China" and china.type == "Location"
    assert china.aliases[0] == "Trung Quốc"  # first seen in the Vietnamese article
    assert set(china.aliases) == {"Trung Quốc", "China"}
    deepseek = store.get_entity("deepseek")
    assert deepseek.aliases == ["DeepSeek", "深度求索"]
    expected = sum(e.mentions for r in WORLD for e in r.entities if e.id == "deepseek")
    assert deepseek.mentions == expected


def test_shared_relation_merges_evidence_confidence_and_date(store):
    load_world(store)
    rel = store.get_relation("deepseek:DEVELOPED:deepseek-r1")
    assert len(rel.evidence) == 2
    assert rel.confidence == pytest.approx(0.95)
    assert rel.date == "2024-11"  # the earliest date any article gives
    assert rel.first_seen <= rel.last_seen
    assert store.get_relation("deepseek:LOCATED_IN:china").confidence == pytest.approx(0.7)


def test_symmetric_relations_are_stored_once(store):
    load_world(store)
    rel = store.get_relation("deepseek-r1:COMPETES_WITH:o1")
    assert (rel.source, rel.target) == ("deepseek-r1", "o1")


def test_deleting_a_document_removes_facts_only_it_supported(store):
    load_world(store)
    summary = store.delete_document(D5.id)
    assert summary.document == D5.id
    assert (summary.evidence_removed, summary.relations_removed, summary.entities_removed) == (
        4,
        2,
        1,
    )
    assert not store.has_document(D5.id)
    ids = {e.id for e in store.snapshot().entities}
    assert "liang-wenfeng" not in ids and "deepseek" in ids
    rel = store.get_relation("deepseek:DEVELOPED:deepseek-r1")
    assert [ev.document for ev in rel.evidence] == [D1.id]
    assert rel.date == "2025-01" and rel.confidence == pytest.approx(0.8)
    assert store.get_relation("deepseek:LOCATED_IN:china").confidence == pytest.approx(0.7)
    relation_ids = {r.id for r in store.snapshot().relations}
    assert "deepseek-r1:OUTPERFORMS:o1" not in relation_ids
    d1_mentions = next(e.mentions for e in R1.entities if e.id == "deepseek")
    assert store.get_entity("deepseek").mentions == d1_mentions


def test_deleting_the_last_document_empties_the_graph(store):
    store.upsert(R1)
    store.delete_document(D1.id)
    assert store.snapshot() == Snapshot()


def test_deleting_an_unknown_document_raises(store):
    store.upsert(R1)
    with pytest.raises(DocumentNotFound):
        store.delete_document("0000000000000000")
    assert store.stats().documents == 1


def test_reingesting_restores_the_graph(store):
    load_world(store)
    before = store.snapshot()
    store.delete_document(D5.id)
    store.upsert(R5)
    assert without_timestamps(store.snapshot()) == without_timestamps(before)


def test_snapshot_load_roundtrip_is_identical(store):
    load_world(store)
    store.upsert(hub_result(4))
    snap = store.snapshot()
    store.clear()
    assert store.snapshot() == Snapshot()
    store.load(snap)
    assert store.snapshot() == snap


def test_snapshot_is_sorted_by_id(store):
    load_world(store)
    snap = store.snapshot()
    assert [d.id for d in snap.documents] == sorted(d.id for d in snap.documents)
    assert [e.id for e in snap.entities] == sorted(e.id for e in snap.entities)
    assert [r.id for r in snap.relations] == sorted(r.id for r in snap.relations)
    for r in snap.relations:
        assert [ev.key for ev in r.evidence] == sorted(ev.key for ev in r.evidence)
    keys = [(k.document, k.entity) for k in snap.links]
    assert keys == sorted(keys)


def test_snapshot_as_of_keeps_only_what_was_known(store):
    load_world(store)
    snap = store.snapshot(as_of="2024-06")
    assert {d.id for d in snap.documents} == {R3.documents[0].id, R4.documents[0].id}
    assert "deepseek" not in {e.id for e in snap.entities}
    assert "openai:DEVELOPED:o1" not in {r.id for r in snap.relations}
    assert "openai:DEVELOPED:sora" in {r.id for r in snap.relations}
    store.clear()
    store.load(snap)
    assert store.snapshot() == dataclasses.replace(snap, as_of=None)


def test_loading_into_a_filled_store_merges(store):
    store.upsert(R1)
    other = store.snapshot()
    store.clear()
    store.upsert(R2)
    store.load(other)
    assert store.stats().documents == 2
    assert len(store.get_relation("deepseek-r1:COMPETES_WITH:o1").evidence) == 1
    assert store.get_entity("o1").mentions == sum(
        e.mentions for r in (R1, R2) for e in r.entities if e.id == "o1"
    )


BAD_RESULTS = {
    "unknown relation type": ExtractionResult(
        documents=R1.documents,
        entities=R1.entities,
        relations=[dataclasses.replace(R1.relations[0], type="INVENTED")],
    ),
    "unknown entity type": ExtractionResult(
        documents=R1.documents,
        entities=[Entity("x", "X", "Gadget", ["X"])],
    ),
    "relation to an unknown entity": ExtractionResult(
        documents=R1.documents,
        entities=R1.entities,
        relations=[Relation("deepseek", "USES", "ghost", evidence=R1.relations[0].evidence)],
    ),
    "evidence from another document": ExtractionResult(
        documents=R1.documents,
        entities=R1.entities,
        relations=[
            Relation(
                "deepseek",
                "USES",
                "nvidia-h800",
                evidence=[Evidence("ffffffffffffffff", "s", 0, 1)],
            )
        ],
    ),
    "relation without evidence": ExtractionResult(
        documents=R1.documents,
        entities=R1.entities,
        relations=[Relation("deepseek", "USES", "nvidia-h800")],
    ),
}


@pytest.mark.parametrize("case", list(BAD_RESULTS))
def test_bad_extraction_is_refused_and_changes_nothing(store, case):
    store.upsert(R3)
    before = store.snapshot()
    with pytest.raises(InvalidQuery):
        store.upsert(BAD_RESULTS[case])
    assert store.snapshot() == before


def test_concurrent_upserts_all_land(store):
    errors: list[BaseException] = []

    def write(res: ExtractionResult) -> None:
        try:
            store.upsert(res)
        except Exception as err:  # noqa: BLE001 - any failure is surfaced below
            errors.append(err)

    threads = [threading.Thread(target=write, args=(res,)) for res in WORLD]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert store.stats().documents == len(WORLD)
    assert len(store.get_relation("deepseek:DEVELOPED:deepseek-r1").evidence) == 2
