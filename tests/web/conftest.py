from __future__ import annotations

import warnings
from importlib import resources

import pytest

warnings.filterwarnings("ignore", category=DeprecationWarning)

HOSTILE_TEXT = ("قتل ثلاثة مدنيين أمس الجمعة بغارة جوية على بلدة سرمين بريف إدلب. "
                "<script>alert('xss')</script><img src=x onerror=alert(1)> "
                "وقال مدير الدفاع المدني إن \"<b>الغارة</b>\" استهدفت سوقا.")


@pytest.fixture(scope="session")
def store_url(tmp_path_factory):
    """A SQLite store with the bundled samples and one hostile report, ingested and linked."""
    from khabar.doc import Article
    from khabar.readers import ReadReport, read_inputs
    from khabar.store import ingest_articles, link_store, open_store

    path = tmp_path_factory.mktemp("web") / "khabar.db"
    engine = open_store(str(path))
    samples = str(resources.files("khabar") / "samples" / "reports.jsonl")
    arts = list(read_inputs([samples], ReadReport()))
    import datetime as dt

    arts.append(Article(id="hostile-1", text=HOSTILE_TEXT, title="<script>alert('t')</script>",
                        outlet="<i>outlet</i>", published=dt.date(2024, 3, 9)))
    ingest_articles(engine, arts)
    link_store(engine)
    engine.dispose()
    return str(path)


@pytest.fixture(scope="session")
def client(store_url):
    from fastapi.testclient import TestClient

    from khabar.web.app import create_app

    return TestClient(create_app(store_url))
