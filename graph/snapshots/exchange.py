"""Snapshot as GraphML or GEXF, through networkx's writers.

Those formats hold scalars only: lists and dicts (aliases, evidence) become JSON
strings and missing values are left out. Documents are not part of these files
(use the JSON or CSV formats for a complete copy).
"""

from __future__ import annotations

import io
import json
import re
from typing import Any

import networkx as nx

from graph.model import Snapshot
from graph.snapshots.nodelink import entity_graph

__all__ = ["render_gexf", "render_graphml", "scalar_graph"]


def _scalar(value: Any) -> Any:
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def scalar_graph(snapshot: Snapshot) -> nx.MultiDiGraph:
    """`entity_graph` with only scalar properties (None dropped, lists as JSON)."""
    g = entity_graph(snapshot)
    flat = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        flat.add_node(n, **{k: _scalar(v) for k, v in sorted(data.items()) if v is not None})
    for s, t, key, data in g.edges(keys=True, data=True):
        props = {k: _scalar(v) for k, v in sorted(data.items()) if v is not None}
        flat.add_edge(s, t, key=key, **props)
    if snapshot.as_of:
        flat.graph["as_of"] = snapshot.as_of
    return flat


def render_graphml(snapshot: Snapshot) -> bytes:
    """GraphML bytes (deterministic: nodes and edges in id order)."""
    buf = io.BytesIO()
    nx.write_graphml(scalar_graph(snapshot), buf, encoding="utf-8", edge_id_from_attribute="id")
    return buf.getvalue()


_LASTMODIFIED = re.compile(r' lastmodifieddate="[^"]*"')


def render_gexf(snapshot: Snapshot) -> bytes:
    """GEXF 1.2 bytes; edge ids are relation ids; no wall-clock date in the header."""
    text = "\n".join(nx.generate_gexf(scalar_graph(snapshot), encoding="utf-8"))
    return (_LASTMODIFIED.sub("", text) + "\n").encode("utf-8")
