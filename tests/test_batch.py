"""Parsing many files in one process: what `minutes parse` does before a batch."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from parser import parse_text, prepare_batch

MINUTES = "Present: Councillor A Jones (Chair), B Smith.\n\n1. Parks\n\nRESOLVED: That the benches be replaced.\n"


@pytest.fixture
def thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # leave the test process as it was


def test_prepare_batch_moves_the_pipeline_out_of_the_collectors_reach(thawed: None) -> None:
    before = parse_text(MINUTES).model_dump(exclude={"meta"})
    assert gc.get_freeze_count() == 0
    prepare_batch()
    # spaCy, pydantic and the pipeline: tens of thousands of objects no full collection walks again
    assert gc.get_freeze_count() > 10_000
    assert parse_text(MINUTES).model_dump(exclude={"meta"}) == before
