"""Writing a snapshot to a folder with its `manifest.json`.

The manifest lists the format, `as_of`, counts by entity and relation type, the
sha256 of every file and the racegraph version, and no wall-clock time, so
writing the same snapshot twice gives byte-identical folders.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from importlib import metadata
from pathlib import Path
from typing import Any

from graph.errors import InvalidQuery
from graph.files import write_atomic
from graph.model import Snapshot

__all__ = ["MANIFEST", "build_manifest", "racegraph_version", "write_snapshot"]

MANIFEST = "manifest.json"


def racegraph_version() -> str:
    """The installed racegraph version (``0+unknown`` when not installed)."""
    try:
        return metadata.version("racegraph")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def build_manifest(
    snapshot: Snapshot, fmt: str, files: dict[str, bytes], version: str
) -> dict[str, Any]:
    """The manifest of `files` (name -> content) rendered from `snapshot`."""
    return {
        "format": fmt,
        "as_of": snapshot.as_of,
        "racegraph_version": version,
        "counts": {
            "documents": len(snapshot.documents),
            "entities": len(snapshot.entities),
            "relations": len(snapshot.relations),
            "evidence": sum(len(r.evidence) for r in snapshot.relations),
            "entities_by_type": dict(sorted(Counter(e.type for e in snapshot.entities).items())),
            "relations_by_type": dict(sorted(Counter(r.type for r in snapshot.relations).items())),
        },
        "files": {
            name: {"sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)}
            for name, content in sorted(files.items())
        },
    }


def write_snapshot(
    snapshot: Snapshot, fmt: str, out_dir: Path | str, version: str | None = None
) -> dict[str, Any]:
    """Render `snapshot` as `fmt` into `out_dir` with a `manifest.json`; return the manifest.

    Each file is written atomically (temporary file, then rename).

    >>> import tempfile
    >>> m = write_snapshot(Snapshot(), "json", tempfile.mkdtemp(), version="0.1.0")
    >>> sorted(m["files"])
    ['graph.json']
    """
    from graph.snapshots import render  # the format registry lives in the package

    files = render(snapshot, fmt)
    if MANIFEST in files:
        raise InvalidQuery(f"format {fmt!r} produced a file named {MANIFEST}")
    manifest = build_manifest(snapshot, fmt, files, version or racegraph_version())
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    for name, content in {**files, MANIFEST: text.encode("utf-8")}.items():
        write_atomic(out / name, content)
    return manifest
