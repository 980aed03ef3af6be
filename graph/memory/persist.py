"""The embedded store's file: one JSON document, replaced atomically.

A crash mid-write leaves the previous file intact: the new content goes to a
temporary file in the same folder, is flushed to disk, then renamed over it.
"""

from __future__ import annotations

import json
from pathlib import Path

from graph.errors import InvalidQuery, StoreUnavailable
from graph.files import write_atomic
from graph.model import Snapshot
from graph.snapshots.codec import snapshot_from_dict, snapshot_to_dict

__all__ = ["FORMAT", "read", "write"]

FORMAT = "racegraph-memory/1"


def write(path: Path, snapshot: Snapshot) -> None:
    """Write `snapshot` to `path` atomically (temp file + fsync + rename)."""
    data = {"format": FORMAT, **snapshot_to_dict(snapshot)}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    write_atomic(path, text.encode("utf-8"))


def read(path: Path) -> Snapshot:
    """Read a store file; `StoreUnavailable` if it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise StoreUnavailable(f"cannot read the graph file {path}: {err}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreUnavailable(f"{path} is not a racegraph memory store ({FORMAT})")
    try:
        return snapshot_from_dict(data)
    except InvalidQuery as err:
        raise StoreUnavailable(f"{path}: {err}") from None
