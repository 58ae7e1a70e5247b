"""KhabarError and its few subclasses. Library code raises these; the CLI turns them into messages."""


class KhabarError(Exception):
    """Base class of every error khabar raises on purpose."""


class InputError(KhabarError):
    """Bad input: a record or file that cannot be read. Carries where it came from."""

    def __init__(self, message: str, origin: str | None = None) -> None:
        self.origin = origin
        super().__init__(f"{origin}: {message}" if origin else message)


class LangDataError(KhabarError):
    """A lang/ data file that does not validate (reported as file:line)."""


class SpanError(KhabarError):
    """A span that does not point into the document text."""


class PipelineError(KhabarError):
    """A pipeline that cannot be built (unknown or duplicate stage) or a stage that failed."""


class StoreError(KhabarError):
    """A database problem the user can act on (bad URL, schema too new)."""
