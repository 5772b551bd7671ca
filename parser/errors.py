"""Errors for input the parser cannot read: each names the file and the reason."""

from __future__ import annotations


class MinutesError(Exception):
    """A file that could not be parsed. ``str()`` is the message a user sees."""

    reason = "could not be parsed"

    def __init__(self, detail: str | None = None, path: str | None = None) -> None:
        self.detail = detail or self.reason
        self.path = path
        super().__init__(self.detail)

    def with_path(self, path: str) -> MinutesError:
        self.path = path
        return self

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}" if self.path else self.detail


class EmptyInput(MinutesError):
    reason = "the file is empty (no text to parse)"


class BinaryInput(MinutesError):
    reason = "the file is binary, not minutes in a supported format (text, Markdown, HTML, PDF, DOCX)"


class EncodingProblem(MinutesError):
    reason = "the text's encoding could not be recognised"


class TooLarge(MinutesError):
    reason = "the file is larger than the limit"


class NoTextLayer(MinutesError):
    reason = "the PDF has no text layer (a scan?); OCR it first"


class BrokenFile(MinutesError):
    reason = "the file is damaged or cannot be opened"


class EncryptedFile(MinutesError):
    reason = "the file is encrypted (password protected)"
