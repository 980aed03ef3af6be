"""Walks and facts: paths between two entities, one relation, the timeline."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from app.deps import StoreDep, checked, checked_as_of, split_list
from app.schemas import EntityOut, Page, PathOut, PathsOut, RelationOut
from graph import query_checks as qc
from graph.store import MAX_HOPS, MAX_PATHS

router = APIRouter(prefix="/v1", tags=["graph"])


@router.get("/paths", response_model=PathsOut)
def paths(
    store: StoreDep,
    source: Annotated[str, Query(alias="from", min_length=1, max_length=200)],
    target: Annotated[str, Query(alias="to", min_length=1, max_length=200)],
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS)] = 4,
    k: Annotated[int, Query(ge=1, le=MAX_PATHS)] = 1,
    types: Annotated[list[str] | None, Query(description="relation types (comma/repeat)")] = None,
    direction: Literal["any", "out", "in"] = "any",
    exclude: Annotated[
        list[str] | None, Query(description="entity types no path may pass through")
    ] = None,
    as_of: Annotated[str | None, Query(description="YYYY[-MM[-DD]]")] = None,
) -> PathsOut:
    """Up to `k` shortest paths; `from`/`to` take an id, a name or an alias.

    `exclude` names entity types that intermediate nodes may not have (the ends may).

    Each edge carries the sentence(s) that asserted it.
    """
    rel_types = checked("types", qc.check_types, split_list(types))
    avoid = checked("exclude", qc.check_entity_types, split_list(exclude))
    when = checked_as_of(as_of)
    start, end = store.resolve(source), store.resolve(target)
    found = store.paths(
        start.id,
        end.id,
        k=k,
        max_hops=max_hops,
        types=rel_types,
        direction=direction,
        exclude=avoid,
        as_of=when,
    )
    return PathsOut(
        source=EntityOut.model_validate(start),
        target=EntityOut.model_validate(end),
        data=[PathOut.model_validate(p) for p in found],
        count=len(found),
    )


@router.get("/relations/{relation_id}", response_model=RelationOut)
def get_relation(
    relation_id: Annotated[str, Path(min_length=1, max_length=500)], store: StoreDep
) -> RelationOut:
    """One fact with its evidence (document, sentence, span, rule, confidence), date, seen times."""
    return RelationOut.model_validate(store.get_relation(relation_id))


@router.get("/timeline", response_model=Page[RelationOut])
def timeline(
    store: StoreDep,
    entity: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
    type: Annotated[str | None, Query(description="relation type")] = None,
    limit: Annotated[int, Query(ge=1, le=qc.MAX_LIMIT)] = 200,
) -> Page[RelationOut]:
    """Dated facts in date order, optionally about one entity and of one relation type."""
    if type is not None:
        checked("type", qc.check_relation_type, type)
    entity_id = store.resolve(entity).id if entity is not None else None
    facts = store.timeline(entity_id, type=type, limit=limit)
    return Page[RelationOut](data=[RelationOut.model_validate(r) for r in facts], count=len(facts))
