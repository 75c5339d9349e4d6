"""POST /api/extract (code a text, store nothing) and POST /api/ingest (token required)."""

from __future__ import annotations

import datetime as dt
import json
import secrets
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request

from dateline.errors import IngestDisabled, Unauthorized
from dateline.models import Article, to_dict
from dateline.serve.models import ErrorEnvelope, ExtractRequest, IngestRequest, IngestResponse
from dateline.serve.store import state
from dateline.settings import Settings

router = APIRouter(prefix="/api", tags=["extract"])
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorEnvelope} for code in (400, 401, 403, 413, 422)
}
_LOCK = threading.Lock()  # one pipeline run and one ingest at a time


def _pipeline(request: Request) -> Any:
    """The app's pipeline, built on first use (spaCy and the gazetteer load once)."""
    from dateline.pipeline import Pipeline

    app_state = request.app.state
    if getattr(app_state, "pipeline", None) is None:
        app_state.pipeline = Pipeline(Settings(n_process=1))
    return app_state.pipeline


@router.post("/extract", responses=ERRORS)
def extract(body: ExtractRequest, request: Request) -> dict[str, Any]:
    """The extract record of one text (the output contract of ``dateline extract``);
    nothing is stored."""
    published = dt.datetime.combine(body.published, dt.time()) if body.published else None
    article = Article(
        text=body.text, id=body.id, title=body.title, url=body.url, published=published
    )
    with _LOCK:
        result = next(iter(_pipeline(request).run([article])))
    return to_dict(result)  # type: ignore[no-any-return]


@router.post("/ingest", response_model=IngestResponse, responses=ERRORS)
def ingest(
    body: IngestRequest,
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
) -> IngestResponse:
    """Code and store articles (as ``dateline ingest``): off unless the server has a token,
    then only with ``Authorization: Bearer TOKEN``."""
    _authorise(state(request).token, authorization)
    from dateline.store import ingest as store_ingest

    with _LOCK, tempfile.TemporaryDirectory(prefix="dateline-ingest-") as tmp:
        path = Path(tmp) / "articles.jsonl"
        rows = [a.model_dump(mode="json", exclude_none=True) for a in body.articles]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        summary = store_ingest([str(path)], state(request).db, settings=Settings(n_process=1))
    return IngestResponse(**summary.as_dict())


def _authorise(token: str | None, header: str | None) -> None:
    if not token:
        raise IngestDisabled("ingest is off on this server")
    scheme, _, given = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise Unauthorized("ingest needs an Authorization: Bearer header")
    if not secrets.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized("the Bearer token is wrong")
