"""Walking the graph: neighbourhoods, k shortest paths, as_of."""

from __future__ import annotations

import pytest

from graph.errors import EntityNotFound, InvalidQuery
from tests.contract.graphs import hub_result, load_world, reference_paths


@pytest.fixture
def world(store):
    load_world(store)
    return store


def ids(items) -> list[str]:
    return [x.id for x in items]


def as_pairs(paths) -> list[tuple[list[str], list[str]]]:
    return [(ids(p.nodes), ids(p.edges)) for p in paths]


# -- neighbourhood -------------------------------------------------------------


def test_neighborhood_depth_one(world):
    sub = world.neighborhood("openai")
    assert ids(sub.nodes) == ["openai", "o1", "sora", "united-states"]
    assert ids(sub.edges) == [
        "openai:DEVELOPED:o1",
        "openai:DEVELOPED:sora",
        "openai:LOCATED_IN:united-states",
    ]
    assert not sub.truncated


def test_neighborhood_orders_by_distance_then_id(world):
    sub = world.neighborhood("kling", depth=2)
    assert ids(sub.nodes) == ["kling", "kuaishou", "sora", "bytedance", "china", "openai"]
    assert "kuaishou:LOCATED_IN:china" in ids(sub.edges)
    assert ids(sub.edges) == sorted(ids(sub.edges))


def test_neighborhood_includes_edges_between_neighbours(world):
    sub = world.neighborhood("deepseek-r1")
    assert {"deepseek-r1:COMPETES_WITH:o1", "deepseek-r1:OUTPERFORMS:o1"} <= set(ids(sub.edges))
    sub = world.neighborhood("us-chip-export-controls")
    # nvidia-h800 and china are both neighbours; no edge joins them
    assert ids(sub.nodes) == ["us-chip-export-controls", "china", "nvidia-h800", "united-states"]


def test_neighborhood_truncates_a_hub(store):
    store.upsert(hub_result(12))
    sub = store.neighborhood("model-hub", limit=5)
    assert ids(sub.nodes) == ["model-hub"] + [f"test-model-{i:02d}" for i in range(1, 5)]
    assert len(sub.edges) == 4 and sub.truncated
    whole = store.neighborhood("model-hub", limit=13)
    assert len(whole.nodes) == 13 and not whole.truncated


def test_neighborhood_filters_relation_types(world):
    sub = world.neighborhood("deepseek", types=["DEVELOPED"])
    assert ids(sub.nodes) == ["deepseek", "deepseek-r1"]


def test_neighborhood_filters_entity_types(world):
    sub = world.neighborhood("deepseek", depth=2, entity_types=["Location", "Policy"])
    assert ids(sub.nodes) == ["deepseek", "china", "us-chip-export-controls"]


def test_neighborhood_min_confidence_drops_weak_facts(world):
    sub = world.neighborhood("deepseek-r1", min_confidence=0.65)
    assert ids(sub.nodes) == ["deepseek-r1", "deepseek", "o1"]
    assert "deepseek-r1:COMPETES_WITH:o1" not in ids(sub.edges)


def test_neighborhood_as_of_hides_later_facts(world):
    assert ids(world.neighborhood("openai", as_of="2024-07").nodes) == ["openai", "sora"]
    later = world.neighborhood("openai", as_of="2024-09-30")
    assert ids(later.nodes) == ["openai", "o1", "sora", "united-states"]


def test_neighborhood_of_an_entity_not_yet_known_raises(world):
    with pytest.raises(EntityNotFound):
        world.neighborhood("deepseek", as_of="2024-12")


# -- paths ---------------------------------------------------------------------


def test_paths_prefer_fewer_hops(world):
    (path,) = world.paths("deepseek", "openai")
    assert path.length == 3
    assert ids(path.nodes) == ["deepseek", "deepseek-r1", "o1", "openai"]
    assert ids(path.edges) == [
        "deepseek:DEVELOPED:deepseek-r1",
        "deepseek-r1:COMPETES_WITH:o1",
        "openai:DEVELOPED:o1",
    ]


def test_k_paths_come_in_deterministic_order(world):
    got = as_pairs(world.paths("deepseek", "openai", k=10, max_hops=6))
    want = reference_paths(world.snapshot(), "deepseek", "openai", max_hops=6)[:10]
    assert len(want) >= 5 and len({len(e) for _, e in want}) > 1  # several lengths
    assert got == want
    assert got == as_pairs(world.paths("deepseek", "openai", k=10, max_hops=6))


def test_parallel_edges_make_distinct_paths(world):
    got = as_pairs(world.paths("deepseek-r1", "o1", k=3, max_hops=1))
    assert got == [
        (["deepseek-r1", "o1"], ["deepseek-r1:COMPETES_WITH:o1"]),
        (["deepseek-r1", "o1"], ["deepseek-r1:OUTPERFORMS:o1"]),
    ]


@pytest.mark.parametrize(
    "source,target", [("kling", "nvidia"), ("liang-wenfeng", "bytedance"), ("sora", "china")]
)
def test_paths_match_a_brute_force_reference(world, source, target):
    snap = world.snapshot()
    for hops in (2, 4):
        got = as_pairs(world.paths(source, target, k=10, max_hops=hops))
        assert got == reference_paths(snap, source, target, max_hops=hops)[:10]


def test_paths_direction_out_follows_edges(world):
    out = as_pairs(world.paths("openai", "deepseek-r1", k=5, max_hops=2, direction="out"))
    # o1 -> deepseek-r1 only over the symmetric COMPETES_WITH, not against OUTPERFORMS
    assert out == [
        (["openai", "o1", "deepseek-r1"], ["openai:DEVELOPED:o1", "deepseek-r1:COMPETES_WITH:o1"])
    ]
    both = world.paths("openai", "deepseek-r1", k=5, max_hops=2)
    assert len(both) == 2
    assert world.paths("deepseek", "openai", k=5, direction="out") == []
    backwards = as_pairs(world.paths("deepseek-r1", "openai", k=5, max_hops=2, direction="in"))
    assert backwards == [(list(reversed(out[0][0])), list(reversed(out[0][1])))]


@pytest.mark.parametrize(
    "source,target,direction,some",
    [
        ("liang-wenfeng", "o1", "out", True),
        ("o1", "liang-wenfeng", "in", True),
        ("united-states", "china", "out", True),
        ("china", "united-states", "in", True),
        ("liang-wenfeng", "o1", "in", False),
    ],
)
def test_paths_direction_matches_reference(world, source, target, direction, some):
    got = as_pairs(world.paths(source, target, k=10, max_hops=5, direction=direction))
    want = reference_paths(world.snapshot(), source, target, max_hops=5, direction=direction)
    assert got == want[:10]
    assert bool(got) == some


def test_paths_exclude_entity_types(world):
    paths = world.paths("deepseek", "openai", k=3, exclude=["AIModel"])
    assert paths
    for path in paths:
        assert all(n.type != "AIModel" for n in path.nodes[1:-1])
    assert ids(paths[0].nodes) == [
        "deepseek",
        "china",
        "us-chip-export-controls",
        "united-states",
        "openai",
    ]
    # the ends themselves may be of an excluded type
    assert world.paths("deepseek-r1", "o1", exclude=["AIModel"])


def test_paths_filter_relation_types(world):
    paths = world.paths("deepseek-r1", "o1", k=5, types=["OUTPERFORMS"])
    assert [ids(p.edges) for p in paths] == [["deepseek-r1:OUTPERFORMS:o1"]]


def test_paths_respect_max_hops(world):
    assert world.paths("deepseek", "openai", max_hops=2) == []


def test_paths_as_of_hide_later_facts(world):
    assert world.paths("kuaishou", "openai", as_of="2024-07")
    assert world.paths("china", "openai", k=10, as_of="2024-07") == world.paths(
        "china", "openai", k=10, as_of="2024-07", exclude=["Person"]
    )
    for path in world.paths("china", "openai", k=10, max_hops=6, as_of="2024-07"):
        assert "o1" not in ids(path.nodes)
    with pytest.raises(EntityNotFound):
        world.paths("deepseek", "openai", as_of="2024-07")


def test_paths_between_an_entity_and_itself_are_invalid(world):
    with pytest.raises(InvalidQuery):
        world.paths("openai", "openai")


def test_path_nodes_and_edges_line_up(world):
    for path in world.paths("nvidia", "kling", k=10, max_hops=6):
        assert len(path.nodes) == len(path.edges) + 1
        for a, b, edge in zip(path.nodes, path.nodes[1:], path.edges, strict=False):
            assert {edge.source, edge.target} == {a.id, b.id}
