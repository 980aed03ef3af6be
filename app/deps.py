"""FastAPI dependencies: the store and settings the app was built with, the API key gate.

Routes only declare types::

    def stats(store: StoreDep) -> StatsOut: ...
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, Header, Request

from app.errors import BadParameter, Forbidden, Unauthorized
from app.settings import Settings
from graph import query_checks as qc
from graph.errors import InvalidQuery, StoreUnavailable
from graph.store import GraphStore

__all__ = [
    "ApiKeyDep",
    "SettingsDep",
    "StoreDep",
    "checked",
    "checked_as_of",
    "ensure_ready",
    "get_app_settings",
    "get_store",
    "require_api_key",
    "split_list",
]

T = TypeVar("T")

log = logging.getLogger("racegraph")


def get_store(request: Request) -> GraphStore:
    """The one store the lifespan opened."""
    return request.app.state.store


def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def require_api_key(
    settings: SettingsDep,
    x_api_key: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> None:
    """When ``RACEGRAPH_API_KEY`` is set, writes need the header ``X-API-Key`` (401/403)."""
    expected = settings.api_key
    if not expected:
        return
    if not x_api_key:
        raise Unauthorized("this operation needs an API key in the X-API-Key header")
    if not secrets.compare_digest(x_api_key.encode("utf-8"), expected.encode("utf-8")):
        raise Forbidden("the API key in X-API-Key is not valid")


ApiKeyDep = Annotated[None, Depends(require_api_key)]


def split_list(values: list[str] | None) -> list[str]:
    """Repeated and comma-separated query values as one list.

    >>> split_list(["DEVELOPED,OWNS", "USES"])
    ['DEVELOPED', 'OWNS', 'USES']
    """
    out: list[str] = []
    for value in values or []:
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out


def checked(name: str, check: Callable[[Any], T], value: Any) -> T:
    """Run a `graph.query_checks` check on a request parameter; failures answer 422."""
    try:
        return check(value)
    except InvalidQuery as err:
        raise BadParameter(name, str(err)) from None


def checked_as_of(as_of: str | None) -> str | None:
    """A valid ``as_of`` date or None (422 otherwise)."""
    return checked("as_of", qc.check_as_of, as_of)


def ensure_ready(app: FastAPI) -> bool:
    """Run the store's `ensure_schema()` once; False (logged) while the store is down.

    The service starts even when Neo4j is not up yet (``/health`` says 503);
    the schema is ensured on the next health check that reaches it.
    """
    if app.state.schema_ready:
        return True
    try:
        app.state.store.ensure_schema()
    except StoreUnavailable as err:
        log.warning("store not ready: %s", err)
        return False
    app.state.schema_ready = True
    return True
