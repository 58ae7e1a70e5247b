"""khabar: Arabic news reports to source-attributed, geocoded, dated event data."""

from khabar.doc import Article, Doc, Span
from khabar.errors import InputError, KhabarError
from khabar.pipeline import Pipeline, process

__all__ = ["Article", "Doc", "Span", "Pipeline", "process", "KhabarError", "InputError"]
__version__ = "0.1.0"
