"""`POST /v1/cypher`: read-only analyst Cypher (Neo4j backend only)."""

from __future__ import annotations

from fastapi import APIRouter

from app.deps import ApiKeyDep, SettingsDep, StoreDep
from app.schemas import CypherIn, CypherOut
from graph.errors import UnsupportedOperation

router = APIRouter(prefix="/v1", tags=["cypher"])


@router.post("/cypher", response_model=CypherOut)
def run_cypher(
    body: CypherIn, store: StoreDep, settings: SettingsDep, _key: ApiKeyDep
) -> CypherOut:
    """Run a read-only query; writes, admin commands and unknown procedures answer 400.

    Values belong in `params` (``MATCH (e:Entity {id: $id}) RETURN e.name``).
    On the embedded store this answers 501: Cypher needs the Neo4j backend.
    """
    run = getattr(store, "cypher", None)
    if run is None:
        raise UnsupportedOperation(
            f"Cypher needs the Neo4j backend; this service runs the {store.backend!r} store "
            "(set NEO4J_URI to use Neo4j)"
        )
    limit = min(body.limit or settings.cypher_max_rows, settings.cypher_max_rows)
    result = run(body.query, body.params, limit=limit)
    columns, rows = result
    return CypherOut(
        columns=columns, rows=rows, truncated=bool(getattr(result, "truncated", False))
    )
