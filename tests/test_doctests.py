"""The examples written in the package's docstrings (``>>>``) are run as tests, so that what a
docstring shows is what the code does."""
import doctest
import importlib
import pkgutil

import pytest

import nlp_stn

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(nlp_stn.__path__, prefix="nlp_stn.")
    if not info.name.startswith("nlp_stn.cli")  # the command line is tested through its commands
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} example(s) of {name} failed (run: python -m doctest -v)"
