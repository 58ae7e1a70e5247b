"""Placeholder for the times stage; replaced by its real implementation."""

from khabar.doc import Doc


def extract_times(doc: Doc) -> None:
    return None
