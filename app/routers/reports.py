"""Whole-graph reports: statistics and snapshots in five formats."""

from __future__ import annotations

import io
import zipfile
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from app.deps import StoreDep, checked_as_of
from app.schemas import DegreeOut, EntityOut, StatsOut

router = APIRouter(prefix="/v1", tags=["reports"])

SnapshotFormat = Literal["json", "graphml", "gexf", "csv", "cypher"]

MEDIA_TYPES: dict[str, str] = {
    "json": "application/json",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "cypher": "text/plain; charset=utf-8",
    "csv": "application/zip",
}


@router.get("/stats", response_model=StatsOut)
def stats(store: StoreDep, top: Annotated[int, Query(ge=1, le=100)] = 10) -> StatsOut:
    """Counts by type and the most connected entities."""
    s = store.stats(top=top)
    return StatsOut(
        documents=s.documents,
        entities=sum(s.entities_by_type.values()),
        relations=sum(s.relations_by_type.values()),
        entities_by_type=s.entities_by_type,
        relations_by_type=s.relations_by_type,
        most_connected=[
            DegreeOut(entity=EntityOut.model_validate(e), degree=d) for e, d in s.most_connected
        ],
    )


def zip_files(files: dict[str, bytes]) -> bytes:
    """The files of a multi-file format as one zip (names sorted, fixed timestamps)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), files[name])
    return buffer.getvalue()


@router.get(
    "/snapshot",
    response_class=Response,
    responses={200: {"content": {t: {} for t in MEDIA_TYPES.values()}}},
)
def snapshot(
    store: StoreDep,
    format: SnapshotFormat = "json",
    as_of: Annotated[str | None, Query(description="YYYY[-MM[-DD]]")] = None,
) -> Response:
    """The graph (as known by `as_of`) as json, graphml, gexf, cypher, or csv files in a zip."""
    from graph.snapshots import render

    files = render(store.snapshot(as_of=checked_as_of(as_of)), format)
    stem = f"racegraph{'-' + as_of if as_of else ''}"
    if len(files) == 1 and format != "csv":
        ((name, body),) = files.items()
        filename = name
    else:
        body, filename = zip_files(files), f"{stem}-csv.zip"
    return Response(
        body,
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
