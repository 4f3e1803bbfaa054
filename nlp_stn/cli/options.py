"""Click options shared by several command modules (not a command module itself)."""
from __future__ import annotations

from pathlib import Path

import click


def db_option(help_text: str):
    """``--db PATH`` (the reviewers' decisions database), passed as ``db_path``."""

    def decorate(func):
        return click.option(
            "--db",
            "db_path",
            type=click.Path(path_type=Path, dir_okay=False),
            default=None,
            help=help_text,
        )(func)

    return decorate
