"""The embedded store's file: one JSON document, replaced atomically.

A crash mid-write leaves the previous file intact: the new content goes to a
temporary file in the same folder, is flushed to disk, then renamed over it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from graph.errors import InvalidQuery, StoreUnavailable
from graph.model import Snapshot
from graph.snapshots.codec import snapshot_from_dict, snapshot_to_dict

__all__ = ["FORMAT", "read", "write"]

FORMAT = "racegraph-memory/1"


def write(path: Path, snapshot: Snapshot) -> None:
    """Write `snapshot` to `path` atomically (temp file + fsync + rename)."""
    data = {"format": FORMAT, **snapshot_to_dict(snapshot)}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
