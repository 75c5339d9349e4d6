"""One error envelope for every failure: ``{"error": {"code", "message", "hint"}}``.

Dateline errors keep their code and hint; validation errors name each bad field; anything
unexpected is logged on the server and answered with a generic 500 (no stack trace).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from dateline.errors import (
    DatelineError,
    IngestDisabled,
    NotFound,
    StoreError,
    TooLarge,
    Unauthorized,
    UnknownEvent,
)

log = logging.getLogger("dateline.serve")

_STATUS: tuple[tuple[type[DatelineError], int], ...] = (
    (UnknownEvent, 404),
    (NotFound, 404),
    (Unauthorized, 401),
    (IngestDisabled, 403),
    (TooLarge, 413),
    (StoreError, 400),
)


def envelope(status: int, code: str, message: str, hint: str = "") -> JSONResponse:
    body = {"error": {"code": code, "message": message, "hint": hint}}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def status_of(exc: DatelineError) -> int:
    for kind, status in _STATUS:
        if isinstance(exc, kind):
            return status
    return 400


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into the envelope."""
    app.add_exception_handler(DatelineError, _dateline)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)


async def _dateline(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DatelineError)
    return envelope(status_of(exc), exc.code, exc.message, exc.hint)


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [_problem(e) for e in exc.errors()]
    return envelope(
        422, "E104", "; ".join(problems), "see the parameter's schema at /docs (OpenAPI)"
    )


def _problem(error: dict) -> str:  # type: ignore[type-arg]
    where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
    return f"{where or 'request'}: {error.get('msg', 'invalid')}"


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return envelope(404, "E801", f"no such path: {request.url.path}", "see /docs")
    if exc.status_code == 405:
        return envelope(405, "E805", f"{request.method} is not allowed here", "see /docs")
    return envelope(exc.status_code, "E800", str(exc.detail), "see /docs")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return envelope(500, "E800", "internal server error", "the server log has the details")
