"""Graph walks of the embedded store: bounded BFS and k shortest simple paths.

Both work on a `networkx.MultiDiGraph` whose edges are keyed by relation id and
carry the `Relation` under the ``"relation"`` attribute; filters arrive as two
predicates, so as_of, types and confidence are decided by the caller.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import networkx as nx

from graph.model import Relation
from graph.ontology import SYMMETRIC_TYPES

__all__ = ["bounded_bfs", "k_shortest_simple_paths"]

EdgeOk = Callable[[Relation], bool]
NodeOk = Callable[[str], bool]
Steps = dict[str, list[str]]  # next node -> ids of the parallel edges leading there


def bounded_bfs(
    g: nx.MultiDiGraph, start: str, depth: int, limit: int, edge_ok: EdgeOk, node_ok: NodeOk
) -> tuple[list[str], list[str], bool]:
    """Nodes within `depth` hops of `start` (edges in both directions).

    Returns ``(node_ids, edge_ids, truncated)``: at most `limit` nodes ordered by
    (hop distance, id) with `start` first, every accepted edge among them
    ordered by id, and whether more nodes were in reach.

    Notes
    -----
    O(V + E) over the part of the graph within `depth` hops.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="a:USES:b", relation=Relation("a", "USES", "b"))
    'a:USES:b'
    >>> bounded_bfs(g, "a", 1, 10, lambda r: True, lambda n: True)
    (['a', 'b'], ['a:USES:b'], False)
    """
    dist = {start: 0}
    frontier = [start]
    for hop in range(1, depth + 1):
        reached: list[str] = []
        for u in frontier:
            for v, _ in _incident(g, u, edge_ok):
                if v not in dist and node_ok(v):
                    dist[v] = hop
                    reached.append(v)
        frontier = reached
    ordered = sorted(dist, key=lambda n: (dist[n], n))
    kept = ordered[:limit]
    inside = set(kept)
    edges = sorted(
        key
        for u in kept
        for _, v, key, rel in g.out_edges(u, keys=True, data="relation")
        if v in inside and edge_ok(rel)
    )
    return kept, edges, len(ordered) > limit


def _incident(g: nx.MultiDiGraph, u: str, edge_ok: EdgeOk) -> Iterator[tuple[str, str]]:
    for _, v, key, rel in g.out_edges(u, keys=True, data="relation"):
        if edge_ok(rel):
            yield v, key
    for v, _, key, rel in g.in_edges(u, keys=True, data="relation"):
        if edge_ok(rel):
            yield v, key


def _steps(g: nx.MultiDiGraph, u: str, direction: str, edge_ok: EdgeOk) -> Steps:
    """Where one hop from `u` can go: `out` follows edges, `in` walks them back."""
    found: dict[str, set[str]] = {}
    if u not in g:
        return {}
    for _, v, key, rel in g.out_edges(u, keys=True, data="relation"):
        if edge_ok(rel) and (direction != "in" or rel.type in SYMMETRIC_TYPES):
            found.setdefault(v, set()).add(key)
    for v, _, key, rel in g.in_edges(u, keys=True, data="relation"):
        if edge_ok(rel) and (direction != "out" or rel.type in SYMMETRIC_TYPES):
            found.setdefault(v, set()).add(key)
    return {v: sorted(keys) for v, keys in sorted(found.items())}


_REVERSE = {"any": "any", "out": "in", "in": "out"}


def k_shortest_simple_paths(
    g: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    k: int,
    max_hops: int,
    direction: str,
    edge_ok: EdgeOk,
    inner_ok: NodeOk,
) -> list[tuple[list[str], list[str]]]:
    """The first `k` simple paths from `source` to `target` in a fixed order.

    Order: fewer edges first, then the sequence of node ids, then the sequence
    of edge ids; parallel edges make distinct paths. Intermediate nodes must
    pass `inner_ok`. Returns ``[(node_ids, edge_ids), ...]``.

    Notes
    -----
    A reverse BFS gives each node's distance to `target`; then, for each length
    L, a depth-first walk in sorted order enumerates node sequences of exactly L
    edges, pruned where the remaining hops cannot reach `target`, and stops as
    soon as `k` paths are found.

    >>> g = nx.MultiDiGraph()
    >>> for s, t in [("a", "b"), ("b", "c"), ("a", "c")]:
    ...     _ = g.add_edge(s, t, key=f"{s}:USES:{t}", relation=Relation(s, "USES", t))
    >>> ok = lambda _: True
    >>> k_shortest_simple_paths(g, "a", "c", k=2, max_hops=3, direction="out",
    ...                         edge_ok=ok, inner_ok=ok)[1]
    (['a', 'b', 'c'], ['a:USES:b', 'b:USES:c'])
    """
    cache: dict[str, Steps] = {}

    def steps(u: str) -> Steps:
        if u not in cache:
            cache[u] = _steps(g, u, direction, edge_ok)
        return cache[u]

    dist = _distances_to(g, target, source, max_hops, _REVERSE[direction], edge_ok, inner_ok)
    if source not in dist:
        return []
    found: list[tuple[list[str], list[str]]] = []
    for length in range(dist[source], max_hops + 1):
        for nodes in _node_paths(source, target, length, steps, dist, inner_ok):
            hops = [steps(a)[b] for a, b in itertools.pairwise(nodes)]
            for edges in itertools.product(*hops):
                found.append((list(nodes), list(edges)))
                if len(found) == k:
                    return found
    return found


def _distances_to(
    g: nx.MultiDiGraph,
    target: str,
    source: str,
    max_hops: int,
    reverse: str,
    edge_ok: EdgeOk,
    inner_ok: NodeOk,
) -> dict[str, int]:
    dist = {target: 0}
    frontier = [target]
    for hop in range(1, max_hops + 1):
        reached: list[str] = []
        for u in frontier:
            if u != target and (u == source or not inner_ok(u)):
                continue
            for v in _steps(g, u, reverse, edge_ok):
                if v not in dist:
                    dist[v] = hop
                    reached.append(v)
        frontier = reached
    return dist


def _node_paths(
    source: str,
    target: str,
    length: int,
    steps: Callable[[str], Steps],
    dist: dict[str, int],
    inner_ok: NodeOk,
) -> Iterator[list[str]]:
    """Simple node sequences of exactly `length` edges, in lexicographic order."""
    path = [source]
    on_path = {source}

    def walk(u: str, left: int) -> Iterator[list[str]]:
        for v in steps(u):
            if v == target:
                if left == 1:
                    yield [*path, v]
                continue
            if left == 1 or v in on_path or dist.get(v, left) > left - 1 or not inner_ok(v):
                continue
            path.append(v)
            on_path.add(v)
            yield from walk(v, left - 1)
            path.pop()
            on_path.discard(v)

    yield from walk(source, length)
