"""Placeholder for the entities stage; replaced by its real implementation."""

from khabar.doc import Doc


def extract_entities(doc: Doc) -> None:
    return None
