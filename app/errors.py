"""HTTP face of `graph.errors`: exception handlers and the request-body limit.

Every error leaves the service as JSON shaped
``{"error": {"type": ..., "message": ..., ...}}``, whatever raised it.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.errors import (
    ExtractionError,
    InvalidQuery,
    NotFound,
    RacegraphError,
    StoreUnavailable,
    UnsupportedOperation,
)

__all__ = [
    "BadParameter",
    "BodyLimitMiddleware",
    "Forbidden",
    "Unauthorized",
    "error_body",
    "install_error_handlers",
]

log = logging.getLogger("racegraph")


class BadParameter(InvalidQuery):
    """A request parameter failed a check (answered 422, like FastAPI's own validation)."""

    def __init__(self, name: str, message: str):
        self.name = name
        super().__init__(message)


class Unauthorized(RacegraphError):
    """No API key was sent where one is required."""


class Forbidden(RacegraphError):
    """The API key sent is wrong."""


# (status, error type) per error class; the first match in this order wins.
_STATUS: tuple[tuple[type[Exception], int, str], ...] = (
    (BadParameter, 422, "invalid_parameter"),
    (NotFound, 404, "not_found"),
    (UnsupportedOperation, 501, "unsupported"),
    (InvalidQuery, 400, "invalid_query"),
    (StoreUnavailable, 503, "store_unavailable"),
    (ExtractionError, 422, "extraction_error"),
    (Unauthorized, 401, "unauthorized"),
    (Forbidden, 403, "forbidden"),
)

_HTTP_TYPES = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}


def error_body(type_: str, message: str, **extra: Any) -> dict[str, Any]:
    """The JSON body of every error response."""
    return {"error": {"type": type_, "message": message, **extra}}


def _racegraph_error(request: Request, exc: Exception) -> JSONResponse:
    for cls, status, type_ in _STATUS:
        if isinstance(exc, cls):
            extra: dict[str, Any] = {}
            if isinstance(exc, NotFound):
                extra = {"kind": exc.kind, "id": exc.ident}
            if isinstance(exc, BadParameter):
                extra = {"parameter": exc.name}
            headers = {"WWW-Authenticate": "X-API-Key"} if status == 401 else None
            return JSONResponse(error_body(type_, str(exc), **extra), status, headers=headers)
    return JSONResponse(error_body("error", str(exc)), 500)


def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [
        {
            "loc": [str(p) for p in err.get("loc", ())],
            "msg": str(err.get("msg", "")),
            "type": str(err.get("type", "")),
        }
        for err in exc.errors()
    ]
    if any(d["type"] == "json_invalid" for d in details):
        message = "request body is not valid JSON"
    else:
        message = "; ".join(f"{'.'.join(d['loc'])}: {d['msg']}" for d in details) or "invalid"
    return JSONResponse(error_body("validation_error", message, details=details), 422)


def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    type_ = _HTTP_TYPES.get(exc.status_code, "http_error")
    return JSONResponse(
        error_body(type_, str(exc.detail)), exc.status_code, headers=getattr(exc, "headers", None)
    )


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return JSONResponse(error_body("internal_error", "internal server error"), 500)


def install_error_handlers(app: FastAPI) -> None:
    """Map racegraph, validation and HTTP errors to JSON responses."""
    app.add_exception_handler(RacegraphError, _racegraph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


class BodyLimitMiddleware:
    """Refuse request bodies over `max_bytes` with 413, before any route runs.

    Checks the declared ``Content-Length`` first, then counts the bytes actually
    received (chunked uploads, lying headers); the body is buffered (it is at
    most `max_bytes`) and replayed to the app, so a refused request never
    reaches a handler and writes nothing.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                await self._refuse(send, 400, "bad_request", "Content-Length is not a number")
                return
            if too_big:
                await self._too_big(send)
                return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_big(send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_big(self, send: Send) -> None:
        await self._refuse(
            send,
            413,
            "payload_too_large",
            f"request body is larger than the limit of {self.max_bytes} bytes",
        )

    async def _refuse(self, send: Send, status: int, type_: str, message: str) -> None:
        payload = json.dumps(error_body(type_, message)).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})
