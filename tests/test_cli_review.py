"""`nlp-stn review export/import/history/conflicts` and `nlp-stn evaluate learning-curve`."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from nlp_stn import review
from nlp_stn.review import store  # BUSY_TIMEOUT_S and _sqlite_connect are read there: patch them there
from nlp_stn.cli import main
from nlp_stn.model import pair_id

from review_fixtures import segment, write_run

DEMANDS = {"D1": "Créer un réseau de tiers-lieux", "D2": "=Former les élus au numérique"}
ACTIONS = {"A1": "Ouvrir des tiers-lieux", "A2": "Former les agents", "A3": "Déployer la fibre"}
SCORES = {"D1": [("A1", 0.8), ("A2", 0.2)], "D2": [("A2", 0.5), ("A3", 0.1)]}
TESTS = Path(__file__).resolve().parent


@pytest.fixture
def run_dir(tmp_path):
    return write_run(tmp_path / "outputs" / "run1", DEMANDS, ACTIONS, SCORES)


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def fill(export: Path, target: Path, decisions: dict, reviewer: str = "", delimiter=";"):
    rows = list(csv.DictReader(io.StringIO(export.read_text(encoding="utf-8-sig"), newline=""), delimiter=delimiter))
    for row in rows:
        row["decision"] = decisions.get((row["demand_id"], row["action_id"]), "")
        row["reviewer"] = reviewer
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return rows


def test_export_import_history_conflicts(run_dir, tmp_path):
    db, out = tmp_path / "decisions.sqlite", tmp_path / "review.csv"
    result = invoke("review", "export", run_dir, "-o", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"Fichier de relecture : {out} — 6 lignes (2 demandes), les plus incertaines d'abord.\n"
        "Remplissez la colonne decision (oui, partiel, non, incertain), puis : "
        f"nlp-stn review import {out} --run {run_dir} --db {db} --reviewer NOM\n"
    )
    fill(out, tmp_path / "alice.csv", {("D1", "A1"): "oui", ("D2", "A2"): "Non", ("D2", ""): "oui"})
    result = invoke("review", "import", tmp_path / "alice.csv", "--reviewer", "alice", "--run", run_dir, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"Import de {tmp_path / 'alice.csv'} : 3 décisions enregistrées (dont 0 remplaçant une décision "
        "antérieure), 0 déjà connue, 3 lignes sans décision.\n"
        f"Relecteur(s) : alice. Base : {db}\n"
    )
    fill(out, tmp_path / "bruno.csv", {("D1", "A1"): "oui", ("D2", "A2"): "partiel", ("D2", ""): "non"}, "bruno")
    assert invoke("review", "import", tmp_path / "bruno.csv", "--run", run_dir, "--db", db).exit_code == 0
    fill(out, tmp_path / "alice2.csv", {("D2", "A2"): "partiel"})
    assert invoke("review", "import", tmp_path / "alice2.csv", "--reviewer", "alice", "--run", run_dir,
                  "--db", db).exit_code == 0

    result = invoke("review", "history", pair_id("D2", "A2"), "--db", db)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"Paire {pair_id('D2', 'A2')} : demande D2, action A2"
    times = [e.decision.time for e in review.history(pair_id("D2", "A2"), db)]
    assert lines[1:] == [
        f"  n° 1 | {times[0]} | alice | non | remplacée par n° 7 | fichier : alice.csv",
        f"  n° 4 | {times[1]} | bruno | partiel | actuelle | fichier : bruno.csv",
        f"  n° 7 | {times[2]} | alice | partiel | actuelle | fichier : alice2.csv",
    ]
    result = invoke("review", "conflicts", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output == (
        "1 désaccord :\n"
        f"  {pair_id('D2', '')} (demande D2 « =Former les élus au numérique », action aucune) : alice = oui, bruno = non\n"
        "Accord alice / bruno : 3 paires en commun, 67 % de décisions identiques, kappa de Cohen = 0,50\n"  # (2/3 - 1/3) / (1 - 1/3)
    )
    # decided pairs are not exported again
    result = invoke("review", "export", run_dir, "-o", tmp_path / "next.csv", "--db", db, "--blind",
                    "--delimiter", ",")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:3] == [  # the disagreement is exported again, to be settled
        "2 paires déjà décidées non reprise(s) (--all pour les reprendre).",
        "1 ligne « avis partagés entre relecteurs : à trancher » : les relecteurs ne sont pas d'accord ; une "
        "fois d'accord, chacun importe la décision commune.",
    ]


def test_import_errors_exit_code_and_message(run_dir, tmp_path):
    db, out = tmp_path / "decisions.sqlite", tmp_path / "review.csv"
    invoke("review", "export", run_dir, "-o", out, "--db", db)
    rows = fill(out, tmp_path / "bad.csv", {("D1", "A1"): "ouais"})
    line = [i for i, r in enumerate(rows, start=2) if (r["demand_id"], r["action_id"]) == ("D1", "A1")][0]
    result = invoke("review", "import", tmp_path / "bad.csv", "--run", run_dir, "--db", db)
    assert result.exit_code == 2  # invalid input, as the README says
    assert result.stderr == (
        f"Erreur : {tmp_path / 'bad.csv'} : 1 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les "
        f"puis relancez l'import :\nligne {line} : décision illisible « ouais » (attendu : oui, partiel, non ou "
        "incertain) ; relecteur inconnu (indiquez --reviewer NOM ou remplissez la colonne reviewer)\n"
    )
    assert not db.exists()


def test_import_finds_the_analysis_the_file_was_exported_from(run_dir, tmp_path, monkeypatch):
    import nlp_stn.cli.review as cli_review

    outputs = run_dir.parent
    monkeypatch.setattr(cli_review, "DEFAULT_OUTPUTS_DIR", outputs)
    monkeypatch.chdir(tmp_path)
    db, out = tmp_path / "decisions.sqlite", tmp_path / "review.csv"
    invoke("review", "export", run_dir, "-o", out, "--db", db)
    rows = fill(out, tmp_path / "a.csv", {("D1", "A1"): "oui"}, "alice")
    # a newer analysis of other documents is the latest one: the file's own analysis is found by its pairs
    write_run(outputs / "run2", {"E1": "Former les élus"}, {"B1": "Former les agents"}, {"E1": [("B1", 0.5)]})
    (outputs / "LATEST").write_text("run2\n", encoding="utf-8")
    result = invoke("review", "import", tmp_path / "a.csv", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        f"Analyse de référence : {run_dir} (indiquez --run DOSSIER pour en choisir une autre).")
    assert [d.decision for d in review.load_decisions(db)] == ["oui"]
    # a file no analysis knows: the latest one is checked, and the message names it and asks for --run
    line = [i for i, r in enumerate(rows, start=2) if (r["demand_id"], r["action_id"]) == ("D1", "A1")][0]
    text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig").replace(pair_id("D1", "A1"), "pinconnu")
    (tmp_path / "b.csv").write_text(text.replace("D1;", "X1;"), encoding="utf-8-sig")
    result = invoke("review", "import", tmp_path / "b.csv", "--db", db)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Erreur : {tmp_path / 'b.csv'} : 1 paire(s) décidée(s) sur 1 sont inconnues de l'analyse vérifiée "
        f"({outputs / 'run2'}) : ce fichier a sans doute été exporté d'une autre analyse ; relancez l'import avec "
        "--run et le dossier de l'analyse exportée.\n1 ligne(s) invalide(s), aucune décision enregistrée ; "
        f"corrigez-les puis relancez l'import :\nligne {line} : paire inconnue dans cette analyse (pair_id « pinconnu »)\n"
    )
    (outputs / "LATEST").unlink()
    result = invoke("review", "import", tmp_path / "b.csv", "--db", db)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Erreur : {outputs / 'LATEST'} : aucun résultat récent (fichier LATEST absent) ; lancez d'abord "
        "`nlp-stn run` ou indiquez --run DOSSIER.\n"
    )


def test_export_hint_quotes_paths_and_leaves_out_the_default_database(tmp_path, monkeypatch):
    from nlp_stn.settings import Settings

    run_dir = write_run(tmp_path / "mes analyses" / "run1", DEMANDS, ACTIONS, SCORES)
    out = tmp_path / "relecture 1.csv"
    monkeypatch.setattr(Settings, "decisions_path", property(lambda self: tmp_path / "projet.sqlite"))
    result = invoke("review", "export", run_dir, "-o", out, "--db", tmp_path / "projet.sqlite")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "Remplissez la colonne decision (oui, partiel, non, incertain), puis : "
        f"nlp-stn review import '{out}' --run '{run_dir}' --reviewer NOM")


def test_history_unknown_pair_and_no_conflicts(tmp_path):
    db = tmp_path / "none.sqlite"
    assert invoke("review", "history", "p000", "--db", db).output == "Aucune décision enregistrée pour la paire p000.\n"
    assert invoke("review", "conflicts", "--db", db).output == "Aucun désaccord entre relecteurs.\n"


def test_export_usage_errors(run_dir, tmp_path):
    result = invoke("review", "export", run_dir, "-o", tmp_path / "x.csv", "--delimiter", "|")
    assert result.exit_code == 2
    result = invoke("review", "export", tmp_path / "nothing", "-o", tmp_path / "x.csv", "--db", tmp_path / "d.sqlite")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Erreur : {tmp_path / 'nothing'} : dossier de résultats introuvable")


def test_two_processes_import_concurrently(run_dir, tmp_path):
    db = tmp_path / "decisions.sqlite"
    out = tmp_path / "review.csv"
    review.export_review(run_dir, out, tmp_path / "empty.sqlite")
    every = {("D1", "A1"): "oui", ("D1", "A2"): "non", ("D1", ""): "non", ("D2", "A2"): "oui", ("D2", "A3"): "non",
             ("D2", ""): "non"}
    fill(out, tmp_path / "a.csv", every, "alice")
    fill(out, tmp_path / "b.csv", {k: "partiel" for k in every}, "bruno")
    code = (
        "import sys\nfrom nlp_stn.review import import_review\n"
        "for _ in range(10):\n    import_review(sys.argv[1], sys.argv[2], sys.argv[3])\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / f), str(db), str(run_dir)],
                              stderr=subprocess.PIPE, cwd=TESTS.parent) for f in ("a.csv", "b.csv")]
    errors = [p.communicate()[1].decode() for p in procs]
    assert errors == ["", ""] and [p.returncode for p in procs] == [0, 0]
    import sqlite3
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT COUNT(*) FROM decisions").fetchone() == (12,)
    con.close()
    assert sorted((d.reviewer, d.decision) for d in review.load_decisions(db)) == (
        [("alice", "non")] * 4 + [("alice", "oui")] * 2 + [("bruno", "partiel")] * 6)


# --- learning curve ---------------------------------------------------------------------------

def synthetic_groups(seed=0):
    """Two groups of fake signals where relevance raises the first two signals (others noise)."""
    from nlp_stn.features import FEATURE_NAMES
    from nlp_stn.train import GroupData

    rng = np.random.default_rng(seed)
    groups = []
    for g in range(2):
        demands = [segment(f"G{g}D{i}", "avis.txt", "recommendation", f"demande {i}") for i in range(20)]
        actions = [segment(f"G{g}A{j}", "strat.txt", "action", f"action {j}") for j in range(12)]
        Y = np.zeros((20, 12), dtype=np.int64)
        for i in range(20):
            Y[i, rng.choice(12, size=2, replace=False)] = (2, 1)
        X = rng.normal(size=(20, 12, len(FEATURE_NAMES)))
        X[:, :, 0] += 2.5 * (Y >= 1)  # "tfidf" is informative
        X[:, :, 1] += 2.5 * (Y >= 1)
        groups.append(GroupData(f"groupe {g}", demands, actions, X, Y))
    return groups


def test_learning_curve_simulation_rises_above_untrained():
    from nlp_stn.evaluation.learning_curve import format_curve, held_out, simulate

    curve = simulate(synthetic_groups(), sizes=(10, 25, 50))
    assert [p.reviewed for p in curve.points] == [10, 25, 50]
    assert curve.pairs == 2 * 20 * 12
    for p in curve.points:
        assert p.map_trained is not None and p.map_trained > p.map_untrained
    held = {d.id for g in synthetic_groups() for d in g.demands if held_out(d.id)}
    assert 0 < len(held) < 40
    assert {p.demands_left for p in curve.points} == {len(held)}  # same demands at every step
    lines = format_curve(curve)
    assert lines[3] == "paires relues | dont pertinentes | demandes évaluées | réentraîné | non entraîné | TF-IDF"
    assert len(lines) == 7  # one seed: no mean table


def test_learning_curve_reviewer_never_sees_the_evaluated_demands():
    from nlp_stn.evaluation.learning_curve import UntrainedMatcher, _pick, _scores, held_out

    groups = synthetic_groups()
    untrained = UntrainedMatcher(np.concatenate([g.X.reshape(-1, g.X.shape[-1]) for g in groups]))
    for seed in (0, 1, 2):
        picked = _pick(groups, _scores(untrained, groups), set(), 10_000, 0.5, 5, seed)
        assert len(picked) == len({(g, i) for g, i, _ in picked}) * 5  # every top-5 of the other half
        assert not any(held_out(groups[g].demands[i].id, seed) for g, i, _ in picked)
    halves = [{d.id for g in groups for d in g.demands if held_out(d.id, seed)} for seed in (0, 1, 2)]
    assert halves[0] != halves[1] != halves[2] != halves[0]


def test_prior_matcher_starts_from_the_untrained_weights():
    from nlp_stn.evaluation.learning_curve import PriorMatcher, UntrainedMatcher

    rng = np.random.default_rng(1)
    X = rng.normal(size=(200, 4))
    base = UntrainedMatcher(X)
    y = (X[:, 0] > 0).astype(int)  # only the first signal matters
    near = PriorMatcher(base, precision=1e9).fit(X[:10], y[:10])
    assert np.allclose(near.coef_, 0.25, atol=1e-6)  # an overwhelming prior keeps the equal weights
    assert np.array_equal(np.argsort(near.decision_function(X)), np.argsort(base.decision_function(X)))
    free = PriorMatcher(base, precision=0.01).fit(X, y)
    assert free.coef_[0] > 10 * max(abs(free.coef_[1:]))  # weak prior: the data win
    default = PriorMatcher(base).fit(X[:10], y[:10])  # prior sd 1/d: weights move by about their size
    assert np.all(np.abs(default.coef_ - 0.25) < 0.25)


def test_learning_curve_several_seeds_and_their_mean():
    from nlp_stn.evaluation.learning_curve import format_curve, simulate_seeds

    curves = simulate_seeds(synthetic_groups(), sizes=(10, 25), seeds=(0, 1, 2))
    assert [c.seed for c in curves] == [0, 1, 2]
    lines = format_curve(curves)
    assert len(lines) == 2 + 3 * 4 + 2 + 2
    assert lines[-3] == "paires relues | réentraîné | non entraîné | TF-IDF | écart réentraîné - non entraîné"
    mean = float(np.mean([c.points[1].map_trained for c in curves]))
    untrained = float(np.mean([c.points[1].map_untrained for c in curves]))
    tfidf = float(np.mean([c.points[1].map_tfidf for c in curves]))
    gap = round(mean - untrained, 2)
    fr = lambda v: f"{v:.2f}".replace(".", ",")
    assert lines[-1] == f"{25:>13} | {fr(mean):>10} | {fr(untrained):>12} | {fr(tfidf):>6} | " + (
        f"{('-' if gap < 0 else '+') + fr(abs(gap)):>5}"
    )
    assert gap > 0


def test_learning_curve_bad_steps():
    result = invoke("evaluate", "learning-curve", "--gold", TESTS, "--steps", "dix")
    assert result.exit_code == 2
    assert result.stderr == "Erreur : --steps attend des nombres séparés par des virgules (reçu « dix »).\n"


def test_import_missing_file(run_dir, tmp_path):
    result = invoke("review", "import", tmp_path / "absent.csv", "--run", run_dir, "--db", tmp_path / "d.sqlite")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Erreur : {tmp_path / 'absent.csv'} : lecture impossible (fichier ou dossier introuvable) ; "
        "indiquez le fichier CSV de relecture à importer.\n"
    )


def test_export_when_everything_is_decided(run_dir, tmp_path):
    db, out = tmp_path / "decisions.sqlite", tmp_path / "review.csv"
    invoke("review", "export", run_dir, "-o", out, "--db", db)
    every = {(d, a): "oui" for d, pairs in SCORES.items() for a, _ in pairs} | {("D1", ""): "non", ("D2", ""): "non"}
    fill(out, tmp_path / "all.csv", every)
    assert invoke("review", "import", tmp_path / "all.csv", "--reviewer", "alice", "--run", run_dir,
                  "--db", db).exit_code == 0
    result = invoke("review", "export", run_dir, "-o", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output == (
        "Rien à relire : les 6 paires de cette analyse ont déjà une décision à jour (textes inchangés). "
        "Pour les relire quand même, ajoutez --all.\n"
        f"Le fichier {out} ne contient que la ligne d'en-tête.\n"
    )
    assert out.read_text(encoding="utf-8-sig").count("\n") == 1
    result = invoke("review", "export", run_dir, "-o", out, "--db", db, "--all")
    assert result.output.startswith(f"Fichier de relecture : {out} — 6 lignes (2 demandes)")


def test_export_counts_decisions_without_a_unit(run_dir, tmp_path):
    db, out = tmp_path / "decisions.sqlite", tmp_path / "review.csv"
    invoke("review", "export", run_dir, "-o", out, "--db", db)
    fill(out, tmp_path / "a.csv", {("D1", "A1"): "oui"})
    invoke("review", "import", tmp_path / "a.csv", "--reviewer", "alice", "--run", run_dir, "--db", db)
    # D1 rewritten beyond recognition: its decision has no unit any more
    demands = {"D9": "Installer des bornes de recharge", "D2": DEMANDS["D2"]}
    run2 = write_run(tmp_path / "outputs" / "run2", demands, ACTIONS, {"D9": SCORES["D1"], "D2": SCORES["D2"]})
    result = invoke("review", "export", run2, "-o", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == (
        "1 décision sans unité correspondante (unité modifiée ou supprimée) : gardée(s) dans la base, "
        "listée(s) dans le rapport de l'analyse.")


def test_import_into_a_locked_or_read_only_database_is_one_line(run_dir, tmp_path, monkeypatch):
    import sqlite3

    db, out = tmp_path / "decisions.sqlite", tmp_path / "review.csv"
    invoke("review", "export", run_dir, "-o", out, "--db", db)
    fill(out, tmp_path / "a.csv", {("D1", "A1"): "oui"})
    assert invoke("review", "import", tmp_path / "a.csv", "--reviewer", "alice", "--run", run_dir,
                  "--db", db).exit_code == 0
    fill(out, tmp_path / "b.csv", {("D1", "A2"): "non"})
    monkeypatch.setattr(store, "BUSY_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = invoke("review", "import", tmp_path / "b.csv", "--reviewer", "alice", "--run", run_dir, "--db", db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert result.output == (f"Erreur : {db} : base de décisions occupée par un autre import ; aucune décision "
                             "enregistrée ; réessayez dans un instant.\n")
    monkeypatch.setattr(store, "_sqlite_connect", lambda path: sqlite3.connect(
        f"file:{path}?mode=ro", uri=True, timeout=0.05, isolation_level=None))
    result = invoke("review", "import", tmp_path / "b.csv", "--reviewer", "alice", "--run", run_dir, "--db", db)
    assert result.exit_code == 1
    assert result.output == (f"Erreur : {db} : base de décisions en lecture seule (fichier ou dossier non "
                             "modifiable) ; aucune décision enregistrée ; donnez les droits d'écriture ou "
                             "indiquez un autre fichier avec --db.\n")
    assert [d.decision for d in review.load_decisions(db)] == ["oui"]


def test_export_never_overwrites_a_reviewers_file(run_dir, tmp_path):
    db, out = tmp_path / "decisions.sqlite", tmp_path / "review.csv"
    assert invoke("review", "export", run_dir, "-o", out, "--db", db).exit_code == 0
    # exporting again over an untouched export (or the same content) is fine
    assert invoke("review", "export", run_dir, "-o", out, "--db", db).exit_code == 0
    fill(out, out, {("D1", "A1"): "oui", ("D2", ""): "non"}, "alice")
    filled = out.read_bytes()
    result = invoke("review", "export", run_dir, "-o", out, "--db", db)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Erreur : {out} : ce fichier existe déjà et contient 2 lignes remplies par un relecteur et pas encore "
        "importées : rien n'a "
        f"été écrit, pour ne pas les perdre. Importez-le d'abord (nlp-stn review import {out} --run {run_dir} "
        f"--db {db} --reviewer NOM), puis relancez cet export ; ou donnez un autre nom avec -o, ou ajoutez --force "
        "pour le remplacer.\n"
    )
    assert out.read_bytes() == filled
    # any other file is not replaced either
    notes = tmp_path / "notes.csv"
    notes.write_text("mes notes\n", encoding="utf-8")
    result = invoke("review", "export", run_dir, "-o", notes, "--db", db)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Erreur : {notes} : ce fichier existe déjà : rien n'a été écrit. Donnez un autre nom avec -o, "
        "ou ajoutez --force pour le remplacer.\n"
    )
    assert notes.read_text(encoding="utf-8") == "mes notes\n"
    # once its decisions are imported, the file may be replaced by a new export
    assert invoke("review", "import", out, "--run", run_dir, "--db", db).exit_code == 0
    result = invoke("review", "export", run_dir, "-o", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert out.read_bytes() != filled
    fill(out, out, {("D1", "A2"): "non"}, "bob")
    result = invoke("review", "export", run_dir, "-o", out, "--db", db, "--force")
    assert result.exit_code == 0, result.output


def test_import_of_a_workbook_asks_for_csv(run_dir, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["pair_id", "decision"])
    book.save(tmp_path / "relecture.xlsx")
    result = invoke("review", "import", tmp_path / "relecture.xlsx", "--run", run_dir, "--db", tmp_path / "d.sqlite")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Erreur : {tmp_path / 'relecture.xlsx'} : c'est un classeur de tableur, pas un fichier CSV : ouvrez-le "
        "dans votre tableur, enregistrez-le au format « CSV UTF-8 » (Fichier > Enregistrer sous), puis importez "
        "le fichier .csv obtenu.\n"
    )


def test_a_comment_without_a_decision_is_said_not_stored_and_the_file_is_kept(run_dir, tmp_path):
    db, out = tmp_path / "decisions.sqlite", tmp_path / "review.csv"
    assert invoke("review", "export", run_dir, "-o", out, "--db", db).exit_code == 0
    rows = fill(out, out, {("D1", "A1"): "oui"}, "alice")
    rows[1]["comment"] = "à revoir avec le service"  # a comment typed, no decision
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    result = invoke("review", "import", out, "--run", run_dir, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "Attention : 1 ligne a un commentaire sans décision : il n'est pas enregistré dans la base (le fichier "
        "le garde). Donnez une décision à ces lignes (« incertain » si vous hésitez), puis importez à nouveau.\n")
    # the file still holds what the base does not: a new export does not replace it
    kept = out.read_bytes()
    assert invoke("review", "export", run_dir, "-o", out, "--db", db).exit_code == 1
    assert out.read_bytes() == kept
