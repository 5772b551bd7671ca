"""Small text helpers shared by the components."""

from __future__ import annotations

import re

WORDS = re.compile(r"[^\W_]+")


def words_of(text: str) -> list[str]:
    return WORDS.findall(text.lower())


def squash(text: str) -> str:
    """White space folded to single spaces, ends trimmed."""
    return " ".join(text.split())
