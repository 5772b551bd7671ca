"""Rules kept as data: one TOML file per concern, in this folder.

A council's house style is added by editing these files, or by putting files
of the same names in a folder named by ``MINUTES_RULES`` (or passed as
``rules_dir``): their lists are appended to the built-in ones and their
scalar settings replace them.
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

RULES_DIR = Path(__file__).parent


@lru_cache(maxsize=64)
def load(name: str, rules_dir: str | None = None) -> dict[str, Any]:
    """The rules of one concern (``layout``, ``sections``, …), built-in plus overlays."""
    with open(RULES_DIR / f"{name}.toml", "rb") as fh:
        rules = tomllib.load(fh)
    for extra in filter(None, (os.environ.get("MINUTES_RULES"), rules_dir)):
        path = Path(extra) / f"{name}.toml"
        if path.is_file():
            with open(path, "rb") as fh:
                _merge(rules, tomllib.load(fh))
    return rules


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = base[key] + value
        elif isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value


def regex(pattern: str | list[str], flags: int = re.I | re.S) -> re.Pattern[str]:
    """One compiled pattern from a pattern or a list of alternatives.

    Case-insensitive, and "." also matches a newline: a sentence of a
    hard-wrapped paragraph has line breaks inside it.
    """
    if isinstance(pattern, list):
        pattern = "|".join(f"(?:{p})" for p in pattern)
    return re.compile(pattern, flags)


def cue(pattern: str) -> re.Pattern[str]:
    """A cheap first test for a costly pattern: written in lower case, run case-sensitively on ``text.lower()``.

    Python's re runs about three times slower case-insensitively, and most
    sentences of minutes match none of a component's patterns; a cue turns
    them away before the full patterns run. A pattern added to a list that has
    a cue only ever sees sentences the cue lets through, so its words must be
    in the cue too.
    """
    if any(c.isupper() for c in re.sub(r"\\.", "", pattern)):
        raise ValueError(f"a cue is matched against lower-cased text, so it must be written in lower case: {pattern!r}")
    return re.compile(pattern, re.S)


def words(items: list[str]) -> str:
    """An alternation of literal words or phrases, longest first, for use inside a pattern."""
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))
