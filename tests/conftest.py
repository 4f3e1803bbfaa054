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


@pytest.fixture(autouse=True, scope="session")
def _cache_outside_the_project(tmp_path_factory):
    """Tests never write into the project's .nlp-stn/cache: lemmas and vectors go to a temporary folder."""
    import os

    previous = os.environ.get("NLP_STN_CACHE")
    os.environ["NLP_STN_CACHE"] = str(tmp_path_factory.mktemp("nlp-stn-cache"))
    yield
    if previous is None:
        os.environ.pop("NLP_STN_CACHE", None)
    else:
        os.environ["NLP_STN_CACHE"] = previous
