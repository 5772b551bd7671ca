"""Small text helpers shared by the components."""

from __future__ import annotations

import re

WORDS = re.compile(r"[^\W_]+")
# Marks that open quoted words, such as a motion printed as proposed: "“This Council calls on …”".
QUOTES = "\"“‘'"


def words_of(text: str) -> list[str]:
    return WORDS.findall(text.lower())


def squash(text: str) -> str:
    """White space folded to single spaces, ends trimmed."""
    return " ".join(text.split())
