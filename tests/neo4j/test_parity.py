"""Neo4j answers exactly like MemoryStore on random graphs (paths, walks, deletes).

The contract suite checks chosen cases; this test draws many small graphs with
parallel edges, symmetric types and dated documents, and compares every answer.
"""

from __future__ import annotations

import random

import pytest

from graph.errors import RacegraphError
from graph.memory import MemoryStore
from graph.model import Document, Entity, Evidence, ExtractionResult, Relation
from graph.ontology import RELATION_TYPES

TYPES = ["Organization", "AIModel", "Hardware"]
RELS = ["USES", "OWNS", "COMPETES_WITH", "PARTNERS_WITH", "BASED_ON"]


def random_batches(seed: int) -> list[ExtractionResult]:
    rnd = random.Random(seed)
    ents = [Entity(f"e{i}", f"Thing {i}", rnd.choice(TYPES), [f"Thing {i}"]) for i in range(8)]
    batches = []
    for d in range(3):
        doc = Document(
            id=f"doc{seed}-{d}",
            text=f"Sentence set {d}.",
            published=f"2024-{d + 9:02d}-01",
            ingested_at=f"2025-01-0{d + 1}T00:00:00+00:00",
        )
        rels = []
        for j in range(7):
            s, t = rnd.sample(ents, 2)
            typ = rnd.choice(RELS)
            ev = Evidence(doc.id, "A sentence.", j, j + 5, rule=f"r{j}")
            date = rnd.choice([None, f"2024-{rnd.randint(1, 12):02d}"])
            conf = rnd.choice([0.4, 0.6, 0.9])
            rels.append(Relation(s.id, typ, t.id, date=date, confidence=conf, evidence=[ev]))
        used = {r.source for r in rels} | {r.target for r in rels}
        batches.append(
            ExtractionResult(
                documents=[doc], entities=[e for e in ents if e.id in used], relations=rels
            )
        )
    return batches


def outcome(call, *args, **kwargs):
    """The answer, or the error class and message: both stores must agree on either."""
    try:
        return call(*args, **kwargs)
    except RacegraphError as err:
        return type(err).__name__, str(err)


@pytest.mark.parametrize("seed", range(6))
def test_neo4j_matches_memory_on_random_graphs(seeded, seed):
    memory = MemoryStore()
    seeded.clear()
    try:
        for batch in random_batches(seed):
            assert seeded.upsert(batch) == memory.upsert(batch)
        assert seeded.snapshot() == memory.snapshot()
        assert seeded.snapshot("2024-10") == memory.snapshot("2024-10")
        assert seeded.stats(5) == memory.stats(5)
        assert seeded.timeline(limit=50) == memory.timeline(limit=50)
        ids = sorted(e.id for e in memory.snapshot().entities)
        rnd = random.Random(seed)
        for _ in range(12):
            a, b = rnd.sample(ids, 2)
            kw = {
                "k": rnd.randint(1, 6),
                "max_hops": rnd.randint(1, 4),
                "direction": rnd.choice(["any", "out", "in"]),
                "types": rnd.choice([None, ["USES", "COMPETES_WITH", "OWNS"]]),
                "exclude": rnd.choice([(), ("Hardware",)]),
                "as_of": rnd.choice([None, "2024-10"]),
            }
            assert outcome(seeded.paths, a, b, **kw) == outcome(memory.paths, a, b, **kw), kw
            hood = {
                "depth": rnd.randint(1, 3),
                "limit": rnd.randint(1, 8),
                "min_confidence": rnd.choice([0.0, 0.5]),
                "entity_types": rnd.choice([None, ["Organization", "AIModel"]]),
                "as_of": rnd.choice([None, "2024-09"]),
            }
            assert outcome(seeded.neighborhood, a, **hood) == outcome(
                memory.neighborhood, a, **hood
            )
        doc = f"doc{seed}-1"
        assert seeded.delete_document(doc) == memory.delete_document(doc)
        assert seeded.snapshot() == memory.snapshot()
        assert all(r.type in RELATION_TYPES for r in seeded.snapshot().relations)
    finally:
        seeded.clear()
