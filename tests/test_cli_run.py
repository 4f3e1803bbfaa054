"""`nlp-stn run` and `nlp-stn match`: exact summary lines, error messages and exit codes."""
import csv
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import nlp_stn.settings
from nlp_stn.cli import main
from nlp_stn.cli.run import _VariadicAgainst

DATA = Path(__file__).resolve().parent / "data" / "pipeline"
CORPUS = DATA / "corpus"


@pytest.fixture(autouse=True)
def no_project_decisions(tmp_path, monkeypatch):
    """Keep the project's own decisions database out of these runs."""
    monkeypatch.setattr(nlp_stn.settings, "PROJECT_ROOT", tmp_path / "projet")


def expected_summary(out: Path, shown: str) -> list[str]:
    with (out / "coverage.csv").open(encoding="utf-8-sig", newline="") as fh:
        statuses = [row["status"] for row in csv.DictReader(fh)]
    run_id = json.loads((out / "settings.json").read_text(encoding="utf-8"))["run_id"]
    lines = [f"Analyse {run_id} : 3 demandes (1 document) comparées à 3 actions (1 document)."]
    for status in ("pris en compte", "partiellement", "non pris en compte"):
        n = statuses.count(status)
        lines.append(f"  {status} : {n} ({round(100 * n / 3)} %)")
    lines.append(f"Rapport : {shown}")
    return lines


def test_match_command_summary(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [
        "match", str(DATA / "demands.csv"), "--against", str(DATA / "actions.jsonl"),
        "-o", "resultats", "--top-k", "2", "--no-embeddings"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "resultats"
    assert result.output.splitlines() == expected_summary(out, os.path.join("resultats", "report.html"))
    with (out / "matches.csv").open(encoding="utf-8-sig", newline="") as fh:
        ranks = [row["rank"] for row in csv.DictReader(fh)]
    assert ranks == ["1", "2"] * 3  # --top-k reached the matcher
    settings = json.loads((out / "settings.json").read_text(encoding="utf-8"))["settings"]
    assert settings["top_k"] == 2 and settings["use_embeddings"] is False


def test_against_takes_several_values():
    command = main.commands["match"]
    assert isinstance(command, _VariadicAgainst)
    ctx = command.make_context("match", ["d1.txt", "d2.txt", "--against", "a1.txt", "a2.pdf", "-o", "out"])
    assert ctx.params["demands"] == (Path("d1.txt"), Path("d2.txt"))
    assert ctx.params["actions"] == (Path("a1.txt"), Path("a2.pdf"))
    assert ctx.params["out_dir"] == Path("out")


def test_run_command_on_a_corpus_folder(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["run", str(CORPUS), "-o", str(tmp_path / "sorties"), "--no-embeddings"])
    assert result.exit_code == 0, result.output
    name = (tmp_path / "sorties" / "LATEST").read_text(encoding="utf-8").strip()
    lines = result.output.splitlines()
    assert lines[0].startswith(f"Analyse {name} : 4 demandes (1 document) comparées à 4 actions (1 document).")
    report = tmp_path / "sorties" / name / "report.html"
    shown = os.path.relpath(report) if not os.path.relpath(report).startswith("..") else str(report)
    assert lines[-3:] == [
        "Documents ignorés : 1 (détail dans le rapport).",
        f"  {CORPUS / 'vide.txt'} : le fichier est vide : vérifiez qu'il a été correctement copié ou exporté.",
        f"Rapport : {shown}",
    ]


def test_errors_are_one_line_with_exit_codes(tmp_path):
    runner = CliRunner()
    missing = tmp_path / "absent.txt"
    result = runner.invoke(main, ["match", str(missing), "--against", str(DATA / "actions.jsonl"),
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output == f"Erreur : {missing} : fichier ou dossier introuvable : vérifiez le chemin.\n"

    result = runner.invoke(main, ["match", str(CORPUS / "autre.txt"), "--against", str(DATA / "actions.jsonl"),
                                  "-o", str(tmp_path / "out"), "--no-embeddings"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Erreur : aucune demande trouvée dans {CORPUS / 'autre.txt'} : ")
    assert len(result.output.splitlines()) == 1 and not (tmp_path / "out").exists()

    result = runner.invoke(main, ["match", str(DATA / "demands.csv"), "--against", str(DATA / "actions.jsonl"),
                                  "-o", str(tmp_path / "out"), "--top-k", "0"])
    assert result.exit_code == 2
    assert result.output == "Erreur : top_k doit être entre 1 et 100 (reçu 0).\n"

    result = runner.invoke(main, ["match", str(DATA / "demands.csv"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "--against" in result.output


def test_match_against_demands_only_is_a_one_line_error(tmp_path):
    opinion = CORPUS / "avis-conseil.md"
    result = CliRunner().invoke(main, ["match", str(DATA / "demands.csv"), "--against", str(opinion),
                                       "-o", str(tmp_path / "out"), "--no-embeddings"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Erreur : aucune action trouvée dans {opinion} (4 recommandations) : ")
    assert f"`nlp-stn segment {opinion}`" in result.output
    assert len(result.output.splitlines()) == 1 and not (tmp_path / "out").exists()


def test_db_option_applies_that_database(tmp_path):
    from nlp_stn.review import export_review, import_review

    runner = CliRunner()
    db = tmp_path / "ailleurs" / "decisions.sqlite"
    args = ["match", str(DATA / "demands.csv"), "--against", str(DATA / "actions.jsonl"), "--no-embeddings"]
    assert runner.invoke(main, args + ["-o", str(tmp_path / "r1")]).exit_code == 0
    sheet = tmp_path / "revue.csv"
    export_review(tmp_path / "r1", sheet, db)
    with sheet.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    with sheet.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        for row in rows:
            row["decision"] = "oui" if (row["demand_id"], row["action_id"]) == ("D3", "A3") else ""
            writer.writerow(row)
    import_review(sheet, db, tmp_path / "r1", reviewer="alice")

    def d3(out):
        with (out / "coverage.csv").open(encoding="utf-8-sig", newline="") as fh:
            row = [r for r in csv.DictReader(fh) if r["demand_id"] == "D3"][0]
        return row["best_action_id"], row["validated"]

    result = runner.invoke(main, args + ["-o", str(tmp_path / "r2"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert d3(tmp_path / "r2") == ("A3", "oui")
    assert "Décisions des relecteurs : 1 validée(s), 0 à revoir." in result.output.splitlines()
    assert runner.invoke(main, args + ["-o", str(tmp_path / "r3")]).exit_code == 0  # project database: empty
    assert d3(tmp_path / "r3")[1] == "non"
    result = runner.invoke(main, ["run", str(CORPUS), "-o", str(tmp_path / "sorties"), "--no-embeddings",
                                  "--db", str(tmp_path)])
    assert result.exit_code == 2 and "--db" in result.output  # a folder is refused


def test_summary_counts_decisions_without_a_unit(tmp_path):
    from nlp_stn.cli.run import summary_lines
    from nlp_stn.model import Decision, MatchRun
    from nlp_stn.report import write_report

    run = MatchRun("20261126-101500-ab12cd", (), (), (), (), failures=(("/x/casse.pdf", "PDF chiffré"),))
    out = write_report(run, tmp_path / "run", unmatched=[Decision("p1", "d1", "a1", "oui", reviewer="alice")] * 2)
    lines = summary_lines(out)
    assert "Décisions sans unité correspondante : 2 (gardées dans la base, détail dans le rapport)." in lines
    assert lines[-3:-1] == ["Documents ignorés : 1 (détail dans le rapport).", "  /x/casse.pdf : PDF chiffré"]


def test_match_again_into_a_run_folder_keeps_the_files_a_reviewer_put_there(tmp_path):
    runner = CliRunner()
    args = ["match", str(DATA / "demands.csv"), "--against", str(DATA / "actions.jsonl"), "-o", str(tmp_path / "out"),
            "--no-embeddings"]
    assert runner.invoke(main, args).exit_code == 0
    (tmp_path / "out" / "relecture_alice.csv").write_text("pair_id;decision\np1;oui\n", encoding="utf-8")
    (tmp_path / "out" / "notes").mkdir()
    (tmp_path / "out" / "notes" / "réunion.txt").write_text("à relire\n", encoding="utf-8")
    result = runner.invoke(main, args + ["--top-k", "1"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "relecture_alice.csv").read_text(encoding="utf-8") == "pair_id;decision\np1;oui\n"
    assert (tmp_path / "out" / "notes" / "réunion.txt").read_text(encoding="utf-8") == "à relire\n"
    settings = json.loads((tmp_path / "out" / "settings.json").read_text(encoding="utf-8"))["settings"]
    assert settings["top_k"] == 1  # the run itself was replaced
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no hidden leftover


def test_run_lists_the_files_it_does_not_read(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    (folder / "annexes.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(tmp_path / "sorties"), "--no-embeddings"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-2] == "Fichiers ignorés (format non pris en charge) : annexes.zip."
