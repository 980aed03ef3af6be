"""`GET /health`: is the service up and does its store answer."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.deps import StoreDep, ensure_ready
from app.schemas import HealthOut
from graph.errors import RacegraphError

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut)
def health(store: StoreDep, request: Request, response: Response) -> HealthOut:
    """`{status, backend, store_ok}`; 503 when the store does not answer."""
    try:
        ok = bool(store.ping()) and ensure_ready(request.app)
    except RacegraphError:
        ok = False
    if not ok:
        response.status_code = 503
    return HealthOut(status="ok" if ok else "unavailable", backend=store.backend, store_ok=ok)
