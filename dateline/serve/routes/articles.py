"""GET /api/articles/{article_id}: the text, its events, places and dates with offsets."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter

from dateline.errors import NotFound
from dateline.serve.models import ArticleDetail, ErrorEnvelope
from dateline.serve.store import Conn

router = APIRouter(prefix="/api", tags=["articles"])

_ARTICLE = """SELECT a.id, a.title, a.url, a.published, a.text, a.result, s.name AS source
    FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?"""
_EVENTS = """SELECT event_id, event_uid, role, record FROM reports WHERE article_id = ?
    ORDER BY event_id"""


@router.get(
    "/articles/{article_id}",
    response_model=ArticleDetail,
    responses={404: {"model": ErrorEnvelope}, 422: {"model": ErrorEnvelope}},
)
def get_article(conn: Conn, article_id: str) -> ArticleDetail:
    """A stored article (or the article an alias id points to) with its coded events and the
    places and dates found in it, each with start/end offsets into ``text``."""
    alias = conn.execute(
        "SELECT article_id FROM article_aliases WHERE alias_id = ?", (article_id,)
    ).fetchone()
    row = conn.execute(_ARTICLE, (alias[0] if alias else article_id,)).fetchone()
    if row is None:
        raise NotFound(f"no article {article_id!r} in the store")
    result = json.loads(row["result"])
    events = [_event(r) for r in conn.execute(_EVENTS, (row["id"],))]
    return ArticleDetail(
        id=row["id"],
        title=row["title"],
        url=row["url"],
        published=row["published"],
        source=row["source"],
        text=row["text"],
        events=events,
        places=result.get("places") or [],
        dates=result.get("dates") or [],
    )


def _event(row: Any) -> dict[str, Any]:
    record = json.loads(row["record"])
    return {"event_uid": row["event_uid"], **record}
