"""Coverage-guided fuzzing (atheris) of the normaliser, the segmenter and every extractor.

Each input is decoded as UTF-8 (errors replaced) and run through the full pipeline; the target checks
that nothing raises, every span points into the text, and the record serialises to JSON.

    python fuzz/fuzz_pipeline.py -atheris_runs=1000000       # locally
    python fuzz/fuzz_pipeline.py -max_total_time=60          # bounded, as in .ci/run
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    from khabar.doc import Article
    from khabar.export.record import doc_to_record
    from khabar.pipeline import Pipeline

    PIPELINE = Pipeline(time_limit=None)  # inside the block: the stage modules load (and are instrumented) here
SEEDS = ["قتل ثلاثة مدنيين أمس الجمعة بغارة جوية على بلدة سرمين بريف إدلب.",
         "وقالت وزارة الدفاع في بيان إن قواتها سيطرت على قرية شمال حلب يوم 7 يوليو 2023.",
         "بحسب المرصد، اعتقل 15 شخصا منذ أسبوعين في الضفة الغربية."]


def check_spans(obj, text: str) -> None:
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and "text" in obj:
            if text[obj["start"]:obj["end"]] != obj["text"]:
                raise AssertionError(f"span does not match text: {obj}")
        for v in obj.values():
            check_spans(v, text)
    elif isinstance(obj, list):
        for v in obj:
            check_spans(v, text)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    pick = fdp.ConsumeIntInRange(0, 3)
    rest = fdp.ConsumeUnicodeNoSurrogates(2000)
    text = (SEEDS[pick] + rest) if pick < 3 else rest
    doc = PIPELINE.run(Article(id="fuzz", text=text, published=None if pick == 0 else __import__("datetime").date(2024, 3, 10)))
    if PIPELINE.failures:
        failure = PIPELINE.failures.pop()
        raise RuntimeError(f"stage {failure.stage} failed: {failure.error}")
    rec = doc_to_record(doc)
    check_spans(rec, doc.text)
    json.dumps(rec, ensure_ascii=False)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
