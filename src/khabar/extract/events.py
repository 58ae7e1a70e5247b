"""Placeholder for the events stage; replaced by its real implementation."""

from khabar.doc import Doc


def extract_events(doc: Doc) -> None:
    return None
