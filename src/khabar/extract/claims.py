"""Placeholder for the claims stage; replaced by its real implementation."""

from khabar.doc import Doc


def extract_claims(doc: Doc) -> None:
    return None
