"""nlp_stn.review.imports: importing edited files (encodings, bad rows, files of another analysis)."""
from __future__ import annotations

import pytest

from nlp_stn import review
from nlp_stn.errors import ReviewError
from nlp_stn.model import Match, pair_id, text_hash

from review_fixtures import write_run
from review_helpers import (ACTIONS, DEMANDS, EDITED_D1, SCORES, _rename, _rescore, by_pair, match_run, read_export,
                            write_sheet, run_dir)


def test_round_trip_spreadsheet_cp1252(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    pairs = by_pair(rows)
    pairs[("D1", "A1")].update(decision="OUI", comment="=SUM(A1)")
    pairs[("D2", "A3")].update(decision="Partiellement", comment="+33 6 00")
    pairs[("D3", "")].update(decision="oui", comment="''=x")  # as exported for the text "'=x"
    pairs[("D4", "A4")].update(decision="non", corrected_action_id="A5", comment="-x @x")
    pairs[("D4", "A2")].update(decision="unsure")
    # a spreadsheet on a French machine: cp1252, ';', columns reordered, an extra column
    order = ["decision", "comment", "extra"] + [f for f in fields if f not in ("decision", "comment")]
    for row in rows:
        row["extra"] = "note personnelle"
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, order, rows, encoding="cp1252", trailing=3)
    result = review.import_review(sheet, db, run_dir, reviewer="alice")
    assert (result.rows, result.skipped, result.added, result.superseded, result.unchanged) == (12, 7, 5, 0, 0)
    assert result.reviewers == ("alice",)
    stored = {(d.demand_id, d.action_id): d for d in review.load_decisions(db)}
    assert stored[("D1", "A1")].decision == "oui"
    assert stored[("D1", "A1")].comment == "=SUM(A1)"
    assert stored[("D2", "A3")].comment == "+33 6 00"
    assert stored[("D3", "")].comment == "'=x"
    assert stored[("D4", "A4")].comment == "-x @x"
    assert stored[("D4", "A4")].corrected_action_id == "A5"
    assert stored[("D4", "A2")].decision == "incertain"
    assert stored[("D1", "A1")].demand_hash == text_hash(DEMANDS["D1"])
    assert stored[("D1", "A1")].source == "edited.csv"

    # ... then the decisions are used
    run = match_run(DEMANDS, ACTIONS, SCORES)
    applied = review.apply_decisions(run, review.load_decisions(db))
    cov = {c.demand_id: c for c in applied.coverage}
    assert (cov["D1"].status, cov["D1"].best_action_id, cov["D1"].validated) == ("pris en compte", "A1", True)
    assert (cov["D2"].status, cov["D2"].best_action_id, cov["D2"].validated) == ("partiellement", "A3", True)
    assert (cov["D3"].status, cov["D3"].best_action_id, cov["D3"].validated) == ("non pris en compte", "", True)
    assert (cov["D4"].status, cov["D4"].best_action_id, cov["D4"].validated) == ("pris en compte", "A5", True)
    added = [m for m in applied.matches if (m.demand_id, m.action_id) == ("D4", "A5")]
    assert added == [Match("D4", "A5", 3, 0.0, review.Evidence(top_signal="relecteur"))]
    assert not any(c.to_review for c in applied.coverage)


def test_reviewer_column_and_missing_reviewer(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    pairs = by_pair(rows)
    pairs[("D1", "A1")].update(decision="oui", reviewer="carole")
    pairs[("D2", "A3")].update(decision="non")
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows, delimiter=",", encoding="utf-8")
    line = rows.index(pairs[("D2", "A3")]) + 2
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, run_dir)
    assert str(err.value) == (
        f"{sheet} : 1 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les puis relancez "
        f"l'import :\nligne {line} : relecteur inconnu (indiquez --reviewer NOM ou remplissez la colonne reviewer)"
    )
    pairs[("D2", "A3")]["reviewer"] = "denis"
    write_sheet(sheet, fields, rows, delimiter=",", encoding="utf-8")
    result = review.import_review(sheet, db, run_dir)
    assert result.reviewers == ("carole", "denis")


def test_one_bad_row_among_500_applies_nothing(tmp_path):
    demands = {f"D{i:03d}": f"Demande numéro {i}" for i in range(100)}
    actions = {f"A{j}": f"Action numéro {j}" for j in range(8)}
    scores = {d: [(f"A{(i + k) % 8}", 0.9 - 0.2 * k) for k in range(4)] for i, d in enumerate(demands)}
    run_dir = write_run(tmp_path / "run", demands, actions, scores)
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    assert len(rows) == 500
    for row in rows:
        row["decision"] = "non"
    rows[234]["decision"] = "peut-être"
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows)
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, run_dir, reviewer="alice")
    assert str(err.value) == (
        f"{sheet} : 1 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les puis relancez "
        "l'import :\nligne 236 : décision illisible « peut-être » (attendu : oui, partiel, non ou incertain)"
    )
    assert review.load_decisions(db) == []
    rows[234]["decision"] = "oui"
    write_sheet(sheet, fields, rows)
    assert review.import_review(sheet, db, run_dir, reviewer="alice").added == 500


def test_every_bad_row_reported(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    pairs = by_pair(rows)
    pairs[("D1", "A1")].update(decision="oui", pair_id="pinconnu")
    pairs[("D2", "A3")].update(decision="non", corrected_action_id="A99")
    pairs[("D4", "A4")].update(decision="oui", action_hash="sha1:000000000000")
    pairs[("D3", "A2")].update(decision="", corrected_action_id="A5")
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows)
    line = {k: rows.index(pairs[k]) + 2 for k in pairs}
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, run_dir, reviewer="alice")
    expected = sorted([
        (line[("D1", "A1")], "paire inconnue dans cette analyse (pair_id « pinconnu »)"),
        (line[("D2", "A3")], "corrected_action_id inconnu « A99 »"),
        (line[("D4", "A4")], "le texte de l'action a changé depuis l'export (action_hash)"),
        (line[("D3", "A2")], "décision vide alors que corrected_action_id est rempli"),
    ])
    assert str(err.value) == (
        f"{sheet} : 4 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les puis relancez "
        "l'import :\n" + "\n".join(f"ligne {n} : {reason}" for n, reason in expected)
    )
    assert not db.exists()


def test_import_rejects_file_without_columns(run_dir, tmp_path):
    sheet = tmp_path / "other.csv"
    sheet.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, tmp_path / "db.sqlite", run_dir, reviewer="x")
    assert str(err.value) == (
        f"{sheet} : colonnes « pair_id » et « decision » introuvables à la première ligne ; utilisez "
        "un fichier produit par `nlp-stn review export` (colonnes dans n'importe quel ordre)."
    )


def test_import_utf16_tab_file(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    by_pair(rows)[("D1", "A1")]["decision"] = "Oui"
    sheet = tmp_path / "unicode.txt"
    write_sheet(sheet, fields, rows, delimiter="\t", encoding="utf-16")
    assert review.import_review(sheet, db, run_dir, reviewer="alice").added == 1


def test_import_rejects_bytes_neither_utf8_nor_cp1252(run_dir, tmp_path):
    sheet = tmp_path / "revue.csv"
    sheet.write_bytes(b"pair_id;decision\nx;oui\x81\n")  # 0x81 has no character in Windows-1252
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, tmp_path / "db.sqlite", run_dir, reviewer="x")
    assert str(err.value) == (
        f"{sheet} : encodage non reconnu (ni UTF-8 ni Windows-1252) ; enregistrez le fichier en "
        "« CSV UTF-8 » depuis votre tableur."
    )


def test_a_file_exported_from_another_analysis_says_which_analysis_was_checked(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    for row in rows:
        row["decision"] = "oui"
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows)
    other = write_run(tmp_path / "autre", {"E1": "Former les élus"}, {"B1": "Former les agents"},
                      {"E1": [("B1", 0.5)]})
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, other, reviewer="alice")
    assert str(err.value).startswith(
        f"{sheet} : {len(rows)} paire(s) décidée(s) sur {len(rows)} sont inconnues de l'analyse vérifiée ({other}) : "
        "ce fichier a sans doute été exporté d'une autre analyse ; relancez l'import avec --run et le dossier de "
        f"l'analyse exportée.\n{len(rows)} ligne(s) invalide(s), aucune décision enregistrée"
    )
    assert not db.exists()


def test_few_decided_rows_of_another_analysis_still_name_it(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    by_pair(rows)[("D1", "A1")]["decision"] = "oui"  # one decided row among 12
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows)
    other = write_run(tmp_path / "autre", {"E1": "Former les élus"}, {"B1": "Former les agents"},
                      {"E1": [("B1", 0.5)]})
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, other, reviewer="alice")
    line = rows.index(by_pair(rows)[("D1", "A1")]) + 2
    assert str(err.value) == (
        f"{sheet} : 1 paire(s) décidée(s) sur 1 sont inconnues de l'analyse vérifiée ({other}) : ce fichier a sans "
        "doute été exporté d'une autre analyse ; relancez l'import avec --run et le dossier de l'analyse exportée.\n"
        "1 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les puis relancez l'import :\n"
        f"ligne {line} : paire inconnue dans cette analyse (pair_id « {pair_id('D1', 'A1')} »)"
    )
    # the analysis it came from is found by itself among the outputs folders given
    assert review.find_review_run(sheet, [tmp_path / "nulle-part", tmp_path]) == run_dir
    (tmp_path / "LATEST").write_text("autre\n", encoding="utf-8")
    assert review.find_review_run(sheet, [tmp_path]) == run_dir  # LATEST does not know the pair
    assert review.find_review_run(sheet, [tmp_path / "autre"]) is None


def test_an_old_file_after_the_texts_changed_says_so(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    by_pair(rows)[("D1", "A1")]["decision"] = "oui"
    by_pair(rows)[("D4", "A4")]["decision"] = "non"
    sheet = tmp_path / "ancien.csv"
    write_sheet(sheet, fields, rows)
    demands = _rename(DEMANDS, "D1", "D1e", EDITED_D1)
    run2 = write_run(tmp_path / "run2", demands, ACTIONS, _rescore(SCORES, "D1", "D1e"))
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, run2, reviewer="alice")
    line = rows.index(by_pair(rows)[("D1", "A1")]) + 2
    assert str(err.value) == (
        f"{sheet} : 1 ligne(s) décidée(s) sur 2 portent sur des textes qui ont changé entre l'export de ce fichier "
        f"et l'analyse vérifiée ({run2}) : exportez un nouveau fichier de relecture (nlp-stn review export {run2} "
        "-o NOUVEAU.csv) et reportez-y ces décisions ; si ce fichier vient d'une autre analyse, relancez plutôt "
        "l'import avec --run et le dossier de celle-ci.\n"
        "1 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les puis relancez l'import :\n"
        f"ligne {line} : le texte de la demande a changé entre l'export de ce fichier et cette analyse "
        f"(paire « {pair_id('D1', 'A1')} » inconnue dans cette analyse)"
    )
    assert not db.exists()
