"""The review UI: a FastAPI app over a khabar store, server-rendered, right-to-left, offline.

Pages: ``/`` events (filters, sortable table, counts per type, map, timeline), ``/events/{id}`` (the
merged row, each field's values with their sources, disagreements, linked reports),
``/articles/{key}`` (the text with times, places, entities, claims and triggers highlighted),
``/add`` (paste or upload a report; it is processed, stored and linked). JSON under ``/api`` with its
OpenAPI document at ``/openapi.json``. Jinja2 autoescaping is on for every template, SQL goes through
bound parameters only, uploads are size-limited, and an optional token guards every route.

    >>> from khabar.web.app import create_app
    >>> app = create_app("sqlite://")
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from khabar.doc import Article
from khabar.store import ingest_articles, link_store, open_store
from khabar.web import queries
from khabar.web.highlight import segments

log = logging.getLogger(__name__)

MAX_UPLOAD = 2 * 1024 * 1024  # bytes
HERE = Path(str(resources.files("khabar") / "web"))


def _filter(request: Request) -> queries.EventFilter:
    q = request.query_params

    def intval(name: str, default: int) -> int:
        try:
            return int(q.get(name, default))
        except ValueError:
            return default

    return queries.EventFilter(
        since=q.get("since") or None, until=q.get("until") or None, type=q.get("type") or None,
        country=q.get("country") or None, admin1=q.get("admin1") or None, actor=q.get("actor") or None,
        disagreement=q.get("disagreement") in ("1", "on", "true"), q=q.get("q") or None,
        sort=q.get("sort", "date") if q.get("sort", "date") in queries.SORTABLE else "date",
        desc=q.get("order", "desc") != "asc", page=intval("page", 1), per_page=intval("per_page", 50))


def create_app(db_url: str, token: str | None = None, pipeline: Any = None) -> FastAPI:
    engine = open_store(db_url)
    app = FastAPI(title="khabar", version="0.1.0",
                  description="Arabic news → source-attributed, geocoded, dated events.")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    state: dict[str, Any] = {"pipeline": pipeline}

    def get_pipeline() -> Any:
        if state["pipeline"] is None:
            from khabar.pipeline import Pipeline

            state["pipeline"] = Pipeline()
        return state["pipeline"]

    @app.middleware("http")
    async def guard(request: Request, call_next):  # noqa: ANN001, ANN202
        if token:
            given = (request.query_params.get("token") or request.headers.get("x-khabar-token")
                     or request.cookies.get("khabar_token") or "")
            if not hmac.compare_digest(given.encode(), token.encode()):
                return JSONResponse({"detail": "a valid token is required"}, status_code=401)
        response = await call_next(request)
        if token and request.query_params.get("token"):
            response.set_cookie("khabar_token", token, httponly=True, samesite="strict")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "object-src 'none'; frame-ancestors 'none'")
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    # ------------------------------------------------------------------ pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request) -> Response:
        f = _filter(request)
        data = queries.list_events(engine, f)
        params = {k: v for k, v in request.query_params.items() if k not in ("page", "token")}
        return templates.TemplateResponse(request, "events.html", {
            "data": data, "f": f, "facets": queries.facets(engine), "params": params})

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str) -> Response:
        ev = queries.get_event(engine, event_id)
        if ev is None:
            raise HTTPException(404, "no such event")
        return templates.TemplateResponse(request, "event.html", {"ev": ev})

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request) -> Response:
        return templates.TemplateResponse(request, "articles.html",
                                          {"articles": queries.list_articles(engine, 200)})

    @app.get("/articles/{key}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, key: str) -> Response:
        art = queries.get_article(engine, key)
        if art is None:
            raise HTTPException(404, "no such article")
        return templates.TemplateResponse(request, "article.html", {
            "art": art, "rec": art["record"], "segments": segments(art["text"], art["record"])})

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_form(request: Request) -> Response:
        return templates.TemplateResponse(request, "add.html", {"error": None})

    @app.post("/add", include_in_schema=False)
    async def add_report(request: Request, text: str = Form(""), published: str = Form(""),
                         outlet: str = Form(""), title: str = Form(""),
                         upload: UploadFile | None = None) -> Response:
        try:
            art = await _article_from_form(text, published, outlet, title, upload)
        except ValueError as exc:
            return templates.TemplateResponse(request, "add.html", {"error": str(exc)}, status_code=400)
        ingest_articles(engine, [art], get_pipeline())
        link_store(engine)
        key = queries.get_article(engine, art.id)
        return RedirectResponse(f"/articles/{key['hash'] if key else art.id}", status_code=303)

    # ------------------------------------------------------------------ API
    @app.get("/api/events")
    def api_events(request: Request) -> dict[str, Any]:
        """Events with the page's filters: since, until, type, country, admin1, actor,
        disagreement, q, sort, order, page, per_page."""
        return queries.list_events(engine, _filter(request))

    @app.get("/api/events/{event_id}")
    def api_event(event_id: str) -> dict[str, Any]:
        ev = queries.get_event(engine, event_id)
        if ev is None:
            raise HTTPException(404, "no such event")
        return ev

    @app.get("/api/map")
    def api_map(request: Request) -> list[dict[str, Any]]:
        """Points for the map (events with coordinates), with the same filters."""
        return queries.map_points(engine, _filter(request))

    @app.get("/api/timeline")
    def api_timeline(request: Request) -> list[dict[str, Any]]:
        """Events per day and type, with the same filters."""
        return queries.timeline(engine, _filter(request))

    @app.get("/api/articles/{key}")
    def api_article(key: str) -> dict[str, Any]:
        art = queries.get_article(engine, key)
        if art is None:
            raise HTTPException(404, "no such article")
        return art

    return app


async def _article_from_form(text: str, published: str, outlet: str, title: str,
                             upload: UploadFile | None) -> Article:
    from khabar.readers import ReadReport, decode_bytes
    from khabar.readers.html import html_to_article

    pub = None
    if published.strip():
        try:
            pub = dt.date.fromisoformat(published.strip())
        except ValueError:
            raise ValueError(f"publication date must be YYYY-MM-DD, not {published[:30]!r}") from None
    report = ReadReport()
    is_html = False
    if upload is not None and upload.filename:
        data = await upload.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise ValueError(f"file larger than {MAX_UPLOAD // 1024 // 1024} MB")
        decoded = decode_bytes(data, upload.filename, report)
        if decoded is None:
            raise ValueError(f"{upload.filename}: {report.problems[-1].reason}")
        text = decoded
        is_html = upload.filename.lower().endswith((".html", ".htm"))
    if len(text.encode("utf-8")) > MAX_UPLOAD:
        raise ValueError(f"text larger than {MAX_UPLOAD // 1024 // 1024} MB")
    is_html = is_html or text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))
    art_id = "web-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    if is_html:
        art = html_to_article(text, art_id, "upload", report, pub)
        if art is None:
            raise ValueError("no article text found in the HTML")
    else:
        if not text.strip():
            raise ValueError("the report is empty")
        art = Article(id=art_id, text=text, published=pub, origin="upload")
    art.outlet = outlet.strip() or art.outlet
    art.title = title.strip() or art.title
    return art
