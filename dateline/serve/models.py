"""Pydantic models of the API's requests and responses."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT_CHARS = 100_000
MAX_INGEST_ARTICLES = 50

EventFormat = Literal["json", "geojson", "csv"]
Interval = Literal["day", "week", "month"]
SortKey = Literal["date", "-date", "fatalities", "-fatalities", "country", "type"]


class ErrorBody(BaseModel):
    code: str = Field(description="Dateline error code, e.g. E104")
    message: str = Field(description="What is wrong, naming the field or parameter")
    hint: str = Field(description="How to fix it")


class ErrorEnvelope(BaseModel):
    """Every 4xx/5xx answer has this shape."""

    error: ErrorBody


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="The article text")
    published: dt.date | None = Field(default=None, description="Publication date")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    id: str | None = Field(default=None, max_length=200)


class IngestArticle(ExtractRequest):
    source: str | None = Field(default=None, max_length=200, description="The outlet")


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[IngestArticle] = Field(min_length=1, max_length=MAX_INGEST_ARTICLES)


class IngestResponse(BaseModel):
    read: int
    coded: int
    replaced: int
    unchanged: int
    duplicates: int
    failed: int
    reports: int
    events: int
    seconds: float
    errors: list[str]


class EventPage(BaseModel):
    total: int = Field(description="Events passing the filters")
    count: int = Field(description="Events on this page")
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page")
    events: list[dict[str, Any]] = Field(description="Flat rows with ACLED's column names")


class EventDetail(BaseModel):
    event: dict[str, Any] = Field(description="The merged record")
    reports: list[dict[str, Any]] = Field(
        description="Each report behind it: its article (text included), its own record and "
        "its evidence spans (field, text, start, end offsets into the article text)"
    )
    explanation: dict[str, Any] = Field(description="Why the reports were merged or refused")


class ArticleDetail(BaseModel):
    id: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    text: str
    events: list[dict[str, Any]]
    places: list[dict[str, Any]]
    dates: list[dict[str, Any]]


class Stats(BaseModel):
    total: dict[str, int] = Field(description="events and summed fatalities")
    interval: Interval
    timeline: list[dict[str, Any]] = Field(
        description="period, event_type, events: the filters without since/until"
    )
    facets: dict[str, list[dict[str, Any]]]


class MapData(BaseModel):
    mode: Literal["points", "cells"]
    total: int
    points: list[list[Any]] = Field(
        description="points: [event_uid, lat, lon, event_type, fatalities, geo_precision]; "
        "cells: [lat, lon, events, fatalities, top event_type]"
    )


class Config(BaseModel):
    tile_url: str | None
    event_types: list[str]
    stale: bool = Field(description="The events predate the stored reports or merge settings")
