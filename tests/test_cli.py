"""The CLI shell: French usage errors, exit codes, help for every command."""
import pytest
from click.testing import CliRunner

from nlp_stn.cli import french_usage_message, main

runner = CliRunner()


@pytest.mark.parametrize(
    "english, french",
    [
        ("Missing option '--against'.", "option obligatoire manquante : --against."),
        ("Missing argument 'FILE...'.", "argument obligatoire manquant : FILE...."),
        ("Missing option '-o' / '--output'.", "option obligatoire manquante : -o / --output."),
        ("Invalid value for '-k' / '--top-k': 'abc' is not a valid integer.",
         "-k / --top-k : « abc » n'est pas un nombre entier."),
        ("No such option: --nope", "option inconnue : --nope."),
        ("No such option '--nope'. Did you mean '--top-k'?", "option inconnue : --nope. Vouliez-vous dire --top-k ?"),
        ("No such command 'segmen'. Did you mean 'segment'?",
         "commande inconnue : segmen. Vouliez-vous dire segment ?"),
        ("Invalid value for '--top-k': 'abc' is not a valid integer.", "--top-k : « abc » n'est pas un nombre entier."),
        ("Invalid value for 'FILE': Path 'x.pdf' does not exist.", "FILE : le chemin « x.pdf » n'existe pas."),
        ("Something click says that we do not know", "Something click says that we do not know"),
    ],
)
def test_click_messages_are_translated(english, french):
    assert french_usage_message(english) == french


def test_usage_error_is_one_french_line_with_help_and_exit_2():
    result = runner.invoke(main, ["run", "--top-k", "abc"], prog_name="nlp-stn")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "Erreur : --top-k : « abc » n'est pas un nombre entier.",
        "Aide : nlp-stn run --help",
    ]


def test_unknown_command_suggests_the_right_one():
    result = runner.invoke(main, ["segmen"])
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == "Erreur : commande inconnue : segmen. Vouliez-vous dire segment ?"


def test_every_command_has_french_help():
    commands = ["extract", "segment", "match", "run", "train", "compare", "review", "evaluate"]
    for name in commands:
        assert name in main.commands, name
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert main.commands[name].help, name
        assert "Affiche cette aide et quitte." in result.output, name
    for group in ("review", "evaluate"):
        for sub in main.commands[group].commands:
            result = runner.invoke(main, [group, sub, "--help"])
            assert result.exit_code == 0, (group, sub, result.output)
            assert "Affiche cette aide et quitte." in result.output, (group, sub)


def test_python_dash_m_runs_the_same_command_line():
    import subprocess
    import sys

    from nlp_stn import __version__

    done = subprocess.run([sys.executable, "-m", "nlp_stn", "--version"], capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, f"nlp-stn, version {__version__}\n")
    done = subprocess.run([sys.executable, "-m", "nlp_stn", "segmen"], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "Erreur : commande inconnue : segmen. Vouliez-vous dire segment ?",
        "Aide : nlp-stn --help",
    ]


def test_missing_output_folder_is_named_in_french():
    result = runner.invoke(main, ["match", "demandes.csv", "--against", "actions.csv"], prog_name="nlp-stn")
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == "Erreur : option obligatoire manquante : -o / --output."
