"""Snapshots of the graph as files: render, parse, and write with a manifest.

Formats: ``json`` (networkx node-link JSON with documents and evidence; the one
`parse` reads back), ``graphml`` and ``gexf`` (entity graph for Gephi, yEd...),
``csv`` (neo4j-admin import files) and ``cypher`` (a script that rebuilds the
graph). Every renderer is deterministic: same snapshot, same bytes.

>>> from graph.model import Snapshot
>>> sorted(render(Snapshot(), "csv"))
['documents.csv', 'entities.csv', 'mentions.csv', 'relations.csv']
>>> parse(render(Snapshot(as_of="2024"), "json"), "json").as_of
'2024'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from graph.errors import InvalidQuery
from graph.model import Snapshot
from graph.snapshots.admin_csv import render_csv
from graph.snapshots.cypher_script import render_cypher
from graph.snapshots.exchange import render_gexf, render_graphml
from graph.snapshots.manifest import write_snapshot
from graph.snapshots.nodelink import parse_json, render_json

__all__ = ["FORMATS", "PARSEABLE", "check_format", "parse", "render", "write_snapshot"]

_RENDERERS: dict[str, Callable[[Snapshot], dict[str, bytes]]] = {
    "json": lambda s: {"graph.json": render_json(s)},
    "graphml": lambda s: {"graph.graphml": render_graphml(s)},
    "gexf": lambda s: {"graph.gexf": render_gexf(s)},
    "csv": render_csv,
    "cypher": lambda s: {"graph.cypher": render_cypher(s)},
}
FORMATS: tuple[str, ...] = tuple(_RENDERERS)
PARSEABLE: tuple[str, ...] = ("json",)


def check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> str:
    """`fmt` if it is one of `allowed`, else `InvalidQuery`."""
    if fmt not in allowed:
        raise InvalidQuery(f"unknown snapshot format {fmt!r}; expected one of {', '.join(allowed)}")
    return fmt


def render(snapshot: Snapshot, fmt: str) -> dict[str, bytes]:
    """The files (name -> content) of `snapshot` in format `fmt`."""
    return _RENDERERS[check_format(fmt)](snapshot)


def parse(files: Mapping[str, bytes] | bytes | str, fmt: str = "json") -> Snapshot:
    """The snapshot held by `files` (as `render` gave them, or one file's content).

    Only ``json`` can be read back; other formats raise `InvalidQuery`.
    """
    check_format(fmt, PARSEABLE)
    if isinstance(files, Mapping):
        if "graph.json" not in files:
            raise InvalidQuery("a json snapshot needs a graph.json file")
        files = files["graph.json"]
    return parse_json(files)
