"""The FastAPI application: `create_app(settings=None, store=None)`.

The lifespan opens the store once (and runs `ensure_schema()`), and closes it at
shutdown unless the caller passed its own store (then the caller closes it).

>>> from graph.memory import MemoryStore
>>> app = create_app(Settings(), store=MemoryStore())
>>> from fastapi.testclient import TestClient
>>> with TestClient(app) as client:  # doctest: +SKIP
...     client.get("/health").json()
{'status': 'ok', 'backend': 'memory', 'store_ok': True}
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from app.deps import ensure_ready
from app.errors import BodyLimitMiddleware, install_error_handlers
from app.routers import cypher, documents, entities, graph, health, reports
from app.settings import Settings, build_store, get_settings
from graph.store import GraphStore

__all__ = ["app_version", "create_app"]


def app_version() -> str:
    try:
        return version("racegraph")
    except PackageNotFoundError:
        return "0.0.0"


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """Build the app; `settings` default to `get_settings()`, `store` to `build_store`."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        opened = build_store(settings) if owned else store
        app.state.store = opened
        app.state.schema_ready = False
        try:
            await run_in_threadpool(ensure_ready, app)
            yield
        finally:
            if owned:
                await run_in_threadpool(opened.close)

    app = FastAPI(
        title="racegraph",
        version=app_version(),
        summary="A knowledge graph of the China-US AI race, every fact with its evidence.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    for module in (health, documents, entities, graph, reports, cypher):
        app.include_router(module.router)
    return app
