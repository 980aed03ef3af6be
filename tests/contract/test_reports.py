"""Timeline and stats."""

from __future__ import annotations

import pytest

from tests.contract.graphs import hub_result, load_world, reference_degrees


@pytest.fixture
def world(store):
    load_world(store)
    return store


def test_timeline_orders_dated_facts(world):
    got = [(r.date, r.id) for r in world.timeline()]
    assert got == [
        ("2023-10", "united-states:ISSUED:us-chip-export-controls"),
        ("2024-02", "openai:DEVELOPED:sora"),
        ("2024-06", "kuaishou:DEVELOPED:kling"),
        ("2024-09", "openai:DEVELOPED:o1"),
        ("2024-11", "deepseek:DEVELOPED:deepseek-r1"),
        ("2025-01", "deepseek-r1:OUTPERFORMS:o1"),
    ]


def test_timeline_of_an_entity_covers_both_ends(world):
    assert [r.id for r in world.timeline("o1")] == [
        "openai:DEVELOPED:o1",
        "deepseek-r1:OUTPERFORMS:o1",
    ]


def test_timeline_filters_by_type_and_limit(world):
    assert [r.id for r in world.timeline(type="DEVELOPED", limit=2)] == [
        "openai:DEVELOPED:sora",
        "kuaishou:DEVELOPED:kling",
    ]
    assert world.timeline("nvidia") == []


def test_timeline_breaks_date_ties_by_id(store):
    store.upsert(hub_result(3))
    assert store.timeline() == []  # undated facts stay off the timeline
    load_world(store)
    dates = [(r.date, r.id) for r in store.timeline()]
    assert dates == sorted(dates)


def test_stats_count_by_type(world):
    snap = world.snapshot()
    stats = world.stats()
    assert stats.documents == 5
    assert stats.entities_by_type == {
        "AIModel": 4,
        "Hardware": 1,
        "Location": 2,
        "Organization": 5,
        "Person": 1,
        "Policy": 1,
    }
    assert sum(stats.relations_by_type.values()) == len(snap.relations) == 17
    assert stats.relations_by_type["DEVELOPED"] == 4
    assert stats.relations_by_type["COMPETES_WITH"] == 3


def test_stats_most_connected_ties_by_id(world):
    degrees = reference_degrees(world.snapshot())
    want = sorted(degrees.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    got = [(e.id, d) for e, d in world.stats(top=3).most_connected]
    assert got == want


def test_stats_of_an_empty_store(store):
    stats = store.stats()
    assert stats.documents == 0 and stats.most_connected == []
    assert stats.entities_by_type == {} and stats.relations_by_type == {}
