"""Command-line interface: a thin click layer over the library.

Each command parses its arguments, calls one library function and prints a summary.
Library errors (:class:`nlp_stn.errors.NlpStnError`) become one-line messages with exit
code 2 (usage) or 1 (failure); no traceback is shown to the user.
"""
from __future__ import annotations

import functools
import re
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


def unsupported_line(inputs) -> str:
    """« Fichiers ignorés (format non pris en charge) : annexes.zip, photo.png. » for the files of the
    given folders that no reader takes; "" when there are none."""
    from ..corpus import unsupported

    files = unsupported(list(inputs))
    if not files:
        return ""
    shown = ", ".join(f.name for f in files[:5])
    if len(files) > 5:
        shown += f" et {len(files) - 5} autre(s)"
    return f"Fichiers ignorés (format non pris en charge) : {shown}."


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


# click's own usage messages, in French (pattern -> replacement).
_CLICK_MESSAGES = (
    (r"^Missing option '([^']+)'\.?$", r"option obligatoire manquante : \1."),
    (r"^Missing argument '([^']+)'\.?$", r"argument obligatoire manquant : \1."),
    (r"^No such option:? '?([^'\s]+?)'?\.?(?: Did you mean '?([^'?]+?)'?\?)?$", None),
    (r"^No such command '([^']+)'\.?(?: Did you mean '([^']+)'\?)?$", None),
    (r"^Option '([^']+)' requires an argument\.?$", r"l'option \1 attend une valeur."),
    (r"^Got unexpected extra arguments? \((.*)\)$", r"argument en trop : \1."),
    (r"^Invalid value for '([^']+)': (?:Path|File|Directory) '(.*)' does not exist\.?$",
     r"\1 : le chemin « \2 » n'existe pas."),
    (r"^Invalid value for '([^']+)': '(.*)' is not a valid integer(?: range)?\.?$",
     r"\1 : « \2 » n'est pas un nombre entier."),
    (r"^Invalid value for '([^']+)': '(.*)' is not a valid float(?: range)?\.?$",
     r"\1 : « \2 » n'est pas un nombre."),
    (r"^Invalid value for '([^']+)': '(.*)' is not one of (.*)\.$", r"\1 : « \2 » n'est pas parmi \3."),
    (r"^Invalid value for '([^']+)': (.*)$", r"valeur invalide pour \1 : \2"),
)


def french_usage_message(message: str) -> str:
    """Translate one of click's usage messages; unknown ones are returned unchanged."""
    message = message.strip()
    # an option with several names is quoted name by name: "'-o' / '--output'" -> "'-o / --output'"
    message = re.sub(r"'([^']+)'((?: / '[^']+')+)", lambda m: "'" + " / ".join(
        [m.group(1)] + re.findall(r"'([^']+)'", m.group(2))) + "'", message)
    for pattern, replacement in _CLICK_MESSAGES:
        found = re.match(pattern, message)
        if not found:
            continue
        if replacement is None:  # unknown option or command, with click's suggestion if any
            what = "commande" if message.startswith("No such command") else "option"
            text = f"{what} inconnue : {found.group(1)}."
            return text + (f" Vouliez-vous dire {found.group(2)} ?" if found.group(2) else "")
        return found.expand(replacement)
    return message


_HELP_TEXT = "Affiche cette aide et quitte."


class FrenchCommand(click.Command):
    """A click command whose --help option is described in French."""

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = _HELP_TEXT
        return option


class FrenchGroup(click.Group):
    """A click group whose usage errors are one French line plus where to find help (exit 2).

    Commands and sub-groups declared on it are French too (help option, error messages)."""

    command_class = FrenchCommand
    group_class = type  # sub-groups are FrenchGroups

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = _HELP_TEXT
        return option

    def main(self, args=None, prog_name=None, **extra):
        extra.pop("standalone_mode", None)
        try:
            return super().main(args=args, prog_name=prog_name, standalone_mode=False, **extra)
        except click.UsageError as err:
            command = err.ctx.command_path if err.ctx is not None else "nlp-stn"
            click.echo(f"Erreur : {french_usage_message(err.format_message())}", err=True)
            click.echo(f"Aide : {command} --help", err=True)
            sys.exit(2)
        except click.Abort:
            click.echo("Interrompu.", err=True)
            sys.exit(130)
        except click.ClickException as err:
            click.echo(f"Erreur : {err.format_message()}", err=True)
            sys.exit(err.exit_code)


@click.group(cls=FrenchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nlp-stn", help="Affiche la version et quitte.")
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
