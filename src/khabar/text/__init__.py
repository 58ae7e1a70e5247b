"""Text layer: the offset-preserving normaliser and the segmenter (sentences, tokens, clitics)."""

from khabar.text.normalize import NormText, normalize, normalize_form
from khabar.text.segment import clitic_splits, segment

__all__ = ["NormText", "normalize", "normalize_form", "segment", "clitic_splits"]
