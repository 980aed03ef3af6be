"""Entities: search by name or alias (any language), one entity, its neighbourhood."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from app.deps import StoreDep, checked, checked_as_of, split_list
from app.schemas import EntityOut, Page, SubgraphOut
from graph import query_checks as qc
from graph.store import MAX_DEPTH

router = APIRouter(prefix="/v1/entities", tags=["entities"])

EntityId = Annotated[str, Path(min_length=1, max_length=200)]


@router.get("", response_model=Page[EntityOut])
def search_entities(
    store: StoreDep,
    q: Annotated[str, Query(max_length=200, description="name or alias, any language")] = "",
    type: Annotated[str | None, Query(description="entity type, e.g. Organization")] = None,
    limit: Annotated[int, Query(ge=1, le=qc.MAX_LIMIT)] = 20,
) -> Page[EntityOut]:
    """Entities whose name or alias matches `q` (exact, then prefix, then substring).

    Accents and case are ignored: ``q=Trung Quốc`` and ``q=trung quoc`` both find China.
    """
    if type is not None:
        checked("type", qc.check_entity_type, type)
    found = store.search(q, type=type, limit=limit)
    return Page[EntityOut](data=[EntityOut.model_validate(e) for e in found], count=len(found))


@router.get("/{entity_id}", response_model=EntityOut)
def get_entity(entity_id: EntityId, store: StoreDep) -> EntityOut:
    """One entity by id (404 when unknown)."""
    return EntityOut.model_validate(store.get_entity(entity_id))


@router.get("/{entity_id}/neighborhood", response_model=SubgraphOut)
def neighborhood(
    entity_id: EntityId,
    store: StoreDep,
    depth: Annotated[int, Query(ge=1, le=MAX_DEPTH)] = 1,
    limit: Annotated[int, Query(ge=1, le=qc.MAX_LIMIT, description="max edges")] = 50,
    types: Annotated[list[str] | None, Query(description="relation types (comma/repeat)")] = None,
    entity_types: Annotated[list[str] | None, Query(description="entity types to keep")] = None,
    min_confidence: Annotated[float, Query(ge=0.0, le=1.0)] = 0.0,
    as_of: Annotated[str | None, Query(description="YYYY[-MM[-DD]]")] = None,
) -> SubgraphOut:
    """Entities and relations within `depth` hops; every edge carries its evidence."""
    sub = store.neighborhood(
        entity_id,
        depth=depth,
        limit=limit,
        types=checked("types", qc.check_types, split_list(types)),
        entity_types=checked("entity_types", qc.check_entity_types, split_list(entity_types)),
        min_confidence=min_confidence,
        as_of=checked_as_of(as_of),
    )
    return SubgraphOut.model_validate(sub)
