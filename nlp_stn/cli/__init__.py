"""Command-line interface: a thin click layer over the library.

Each command parses its arguments, calls one library function and prints a summary.
Library errors (:class:`nlp_stn.errors.NlpStnError`) become one-line messages with exit
code 2 (usage) or 1 (failure); no traceback is shown to the user.
"""
from __future__ import annotations

import functools
import sys

import click

from .._version import __version__
from ..errors import NlpStnError


def handle_errors(func):
    """Decorator: turn library errors into a one-line French message and an exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except NlpStnError as err:
            click.echo(f"Erreur : {err}", err=True)
            sys.exit(err.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrompu.", err=True)
            sys.exit(130)

    return wrapper


class ProgressPrinter:
    """Renders library progress callbacks on stderr (one updating line per stage)."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled and sys.stderr.isatty()
        self._last = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        text = f"{stage} : {done}/{total}" if total else f"{stage} : {done}"
        end = "\n" if total and done >= total else ""
        click.echo(f"\r{text}", err=True, nl=False)
        if end:
            click.echo("", err=True)
        self._last = stage


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nlp-stn")
def main():
    """nlp-stn : relie les demandes citoyennes aux actions des stratégies territoriales.

    Étapes : extract (texte), segment (unités), match (demandes -> actions), review
    (corrections humaines), report, compare (territoires). `nlp-stn run` enchaîne tout sur
    le corpus fourni.
    """


@main.group()
def evaluate():
    """Mesure la qualité (segmentation, appariement) sur des annotations de référence."""


def _register():
    import importlib

    for name in ("extract", "segment", "matching", "run", "review", "compare"):
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as err:  # a command module not written yet
            if err.name != f"{__name__}.{name}":
                raise
            continue
        module.register(main, evaluate)


_register()
