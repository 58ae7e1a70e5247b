"""The offset rule for every stage: random Arabic-like text through the full pipeline (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.doc import Article
from khabar.export.record import doc_to_record
from khabar.pipeline import Pipeline
from tests.test_hostile import assert_spans_valid

PIPELINE = Pipeline(time_limit=None)

# words that wake every stage up, mixed with noise
WORDS = ["قتل", "مقتل", "ثلاثة", "مدنيين", "أمس", "الجمعة", "الماضي", "بغارة", "جوية", "على", "بلدة",
         "سرمين", "بريف", "إدلب", "حلب", "سوريا", "وقالت", "وزارة", "الدفاع", "في", "بيان", "إن",
         "قواتها", "سيطرت", "يوم", "7", "يوليو", "2023", "بحسب", "المرصد", "،", ".", "“", "”", "(", ")",
         "وأضاف", "أن", "داعش", "تنظيم", "الدولة", "الإسلامية", "أبو", "محمد", "المعروف", "بـ",
         "قبل", "يومين", "اشتباكات", "اعتقلت", "الشرطة", "\n", "ـ", "\u064e", "\u200f", "٣", "ﻻ"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=60),
       st.sampled_from([None, dt.date(2024, 3, 10)]))
def test_every_stage_keeps_offsets_valid(words, published):
    text = " ".join(words)
    doc = PIPELINE.run(Article(id="h", text=text, published=published))
    assert not PIPELINE.failures, PIPELINE.failures
    assert_spans_valid(doc_to_record(doc), doc.text)
