"""Exporters: JSONL (the output contract), ACLED CSV, GeoJSON, Parquet."""
