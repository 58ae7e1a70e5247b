"""Placeholder for the places stage; replaced by its real implementation."""

from khabar.doc import Doc


def extract_places(doc: Doc) -> None:
    return None
