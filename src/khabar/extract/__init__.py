"""Extractors: one module per stage (times, places, entities, claims, events)."""
