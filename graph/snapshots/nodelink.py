"""Snapshot as networkx node-link JSON, and back.

One JSON object: ``nodes`` (entities), ``edges`` (relations with evidence, keyed
by relation id), ``graph`` (``as_of``, ``documents``, ``links``). Keys sorted,
UTF-8, two-space indent, so the same snapshot always gives the same bytes.

>>> from graph.model import Snapshot
>>> parse_json(render_json(Snapshot())) == Snapshot()
True
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from graph.errors import InvalidQuery
from graph.model import Entity, Relation, Snapshot
from graph.snapshots.codec import document_from_dict, document_to_dict, snapshot_from_dict

__all__ = ["entity_graph", "parse_json", "render_json"]


def entity_graph(snapshot: Snapshot) -> nx.MultiDiGraph:
    """The snapshot's entities and relations as a `MultiDiGraph` (full properties).

    Nodes are added by id and edges by relation id, so iteration order is fixed.
    """
    g = nx.MultiDiGraph()
    for ent in sorted(snapshot.entities, key=lambda e: e.id):
        g.add_node(ent.id, **{k: v for k, v in ent.to_dict().items() if k != "id"})
    for rel in sorted(snapshot.relations, key=lambda r: r.id):
        data = rel.to_dict()
        data["evidence"] = sorted(data["evidence"], key=_evidence_order)
        for name in ("source", "target"):
            del data[name]
        g.add_edge(rel.source, rel.target, key=rel.id, **data)
    return g


def _evidence_order(ev: dict[str, Any]) -> tuple[Any, ...]:
    return (ev["document"], ev["start"], ev["end"], ev["rule"])


def render_json(snapshot: Snapshot) -> bytes:
    """Node-link JSON bytes of the snapshot (deterministic)."""
    g = entity_graph(snapshot)
    g.graph["as_of"] = snapshot.as_of
    g.graph["documents"] = [
        document_to_dict(d) for d in sorted(snapshot.documents, key=lambda d: d.id)
    ]
    g.graph["links"] = [
        {"document": k.document, "entity": k.entity, "count": k.count}
        for k in sorted(snapshot.links, key=lambda k: (k.document, k.entity))
    ]
    g.graph["format"] = "racegraph-snapshot/1"
    data = nx.node_link_data(g, edges="edges")
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
    return (text + "\n").encode("utf-8")


def parse_json(content: bytes | str) -> Snapshot:
    """The snapshot a `render_json` output holds; `InvalidQuery` if it is not one.

    Entities and relations come back sorted by id, as `GraphStore.snapshot` gives them.
    """
    try:
        data = json.loads(content)
        graph = data["graph"]
        if graph.get("format") != "racegraph-snapshot/1":
            raise InvalidQuery("not a racegraph snapshot (graph.format missing or different)")
        entities = [
            Entity.from_dict({**{k: v for k, v in n.items() if k != "id"}, "id": n["id"]})
            for n in data["nodes"]
        ]
        relations = [
            Relation.from_dict({**e, "source": e["source"], "target": e["target"]})
            for e in data["edges"]
        ]
        for rel, edge in zip(relations, data["edges"], strict=True):
            if rel.id != edge["key"]:
                raise InvalidQuery(f"edge key {edge['key']!r} does not match {rel.id!r}")
        snap = snapshot_from_dict({"links": graph.get("links", []), "as_of": graph.get("as_of")})
        snap.documents = [document_from_dict(d) for d in graph.get("documents", [])]
    except InvalidQuery:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise InvalidQuery(f"malformed snapshot JSON: {err!r}") from None
    snap.entities = sorted(entities, key=lambda e: e.id)
    snap.relations = sorted(relations, key=lambda r: r.id)
    return snap
