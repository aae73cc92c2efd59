"""The one exception type that reaches users: a bad input, named with its file."""
from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input: the CLI prints ``gbabrief: FILE: REASON`` and exits with code 2."""

    def __init__(self, path: str | Path | None, reason: str):
        self.path = str(path) if path is not None else None
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path else reason)


class NotAnArticle(InputError):
    """A text file that is not an article (a term list, notes): refused by the commands that read one
    file, and left out of a corpus with a warning."""
