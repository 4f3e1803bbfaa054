"""Shared test paths. Tests never read ../shared: fixtures live in tests/data/."""
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
PROJECT = TESTS.parent
CORPUS = PROJECT / "corpus"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def corpus_dir() -> Path:
    return CORPUS
