"""Placeholder for the aliases stage; replaced by its real implementation."""

from khabar.doc import Doc


def extract_aliases(doc: Doc) -> None:
    return None
