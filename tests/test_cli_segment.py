"""`nlp-stn segment` and `nlp-stn evaluate segments`."""
import csv
import shutil
from pathlib import Path

from click.testing import CliRunner

from nlp_stn.cli import main
from nlp_stn.model import SEGMENT_COLUMNS

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS.parent / "corpus"
GOLD = TESTS / "data" / "segment" / "gold-units.csv"
MINUTES = CORPUS / "lorient" / "2019-04-16_cdpl-groupe-travail_compte-rendu.txt"


def test_segment_writes_csv(tmp_path):
    out = tmp_path / "segments.csv"
    result = CliRunner().invoke(main, ["segment", str(MINUTES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == (f"6 unités dans 1 document écrites dans {out} "
                             "(4 recommandations, 1 action, 1 décision).\n")
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(SEGMENT_COLUMNS)
    assert rows[0]["doc"] == "lorient/2019-04-16_cdpl-groupe-travail_compte-rendu.txt"
    assert rows[0]["label"] == "1" and rows[0]["kind"] == "recommendation"


def test_segment_keeps_going_past_bad_files(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(MINUTES, folder / "cr.txt")
    (folder / "vide.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(bytes(range(256)))
    out = tmp_path / "segments.jsonl"
    result = CliRunner().invoke(main, ["segment", str(folder), str(tmp_path / "absent.md"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stdout.startswith("6 unités dans 1 document écrites dans")
    assert "3 fichier(s) non lu(s) :" in result.stderr
    assert f"  - {tmp_path / 'absent.md'} : fichier ou dossier introuvable" in result.stderr
    assert f"  - {folder / 'vide.txt'} : " in result.stderr and f"  - {folder / 'image.txt'} : " in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6


def test_segment_refuses_an_unknown_output_format(tmp_path):
    result = CliRunner().invoke(main, ["segment", str(MINUTES), "-o", str(tmp_path / "s.xlsx")])
    assert result.exit_code == 2
    assert result.stderr == f"Erreur : {tmp_path / 's.xlsx'} : le fichier de sortie doit finir par .csv ou .jsonl.\n"


def test_evaluate_segments_prints_a_french_table():
    result = CliRunner().invoke(main, ["evaluate", "segments", "--gold", str(GOLD), "--corpus", str(CORPUS)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["document", "annotées", "trouvées", "rappel", "rappel", "strict", "segments",
                                "sans", "annotation", "part"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:7]}
    assert rows["brest/2016-03-05_reunion-tous-publics_compte-rendu.txt"] == ["34", "34", "1.00", "0.91", "37", "3", "0.08"]
    assert rows["lorient/2019-03_cdpl_avis-schema-territorial-numerique.txt"] == ["42", "41", "0.98", "0.98", "41", "0", "0.00"]
    assert rows["contributions/liste-des-contributions.txt"][-2:] == ["non", "exhaustif"]
    assert lines[-1].startswith("Rappel global : 0.99 (objectif >= 0.95).")


def test_evaluate_segments_missing_gold(tmp_path):
    result = CliRunner().invoke(
        main, ["evaluate", "segments", "--gold", str(tmp_path / "x.csv"), "--corpus", str(CORPUS)])
    assert result.exit_code == 2
    assert result.stderr == (f"Erreur : {tmp_path / 'x.csv'} : fichier d'annotations introuvable : "
                             "vérifiez le chemin (--gold).\n")


def test_evaluate_segments_reads_an_annotation_folder_and_its_corpus_beside_it(tmp_path):
    (tmp_path / "gold").mkdir()
    shutil.copy(GOLD, tmp_path / "gold" / "units.csv")
    (tmp_path / "corpus").symlink_to(CORPUS, target_is_directory=True)
    given = CliRunner().invoke(main, ["evaluate", "segments", "--gold", str(GOLD), "--corpus", str(CORPUS)])
    folder = CliRunner().invoke(main, ["evaluate", "segments", "--gold", str(tmp_path / "gold")])
    assert folder.exit_code == 0, folder.output
    assert folder.output == given.output


def test_evaluate_segments_asks_for_the_corpus_when_none_is_beside_the_annotations(tmp_path):
    (tmp_path / "gold").mkdir()
    shutil.copy(GOLD, tmp_path / "gold" / "units.csv")
    result = CliRunner().invoke(main, ["evaluate", "segments", "--gold", str(tmp_path / "gold")])
    assert result.exit_code == 2
    assert result.stderr == (f"Erreur : {tmp_path / 'gold'} : pas de dossier corpus à côté des annotations : "
                             "donnez le dossier des documents avec --corpus.\n")


def test_evaluate_segments_names_the_missing_units_file_of_a_folder(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", "segments", "--gold", str(tmp_path), "--corpus", str(CORPUS)])
    assert result.exit_code == 2
    assert result.stderr == (f"Erreur : {tmp_path / 'units.csv'} : fichier d'annotations introuvable : "
                             "vérifiez le chemin (--gold).\n")


def test_segment_shares_the_input_options_of_extract(tmp_path):
    export = tmp_path / "export.csv"
    export.write_text("num;sujet;avis\n7;Wifi;Installer le wifi dans les parcs.\n", encoding="utf-8")
    out = tmp_path / "s.csv"
    result = CliRunner().invoke(main, ["segment", str(export), "-o", str(out), "--id-column", "num",
                                       "--title-column", "sujet", "--body-column", "avis"])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["label"], r["text"]) for r in rows] == [("7", "Wifi\nInstaller le wifi dans les parcs.")]
    result = CliRunner().invoke(main, ["segment", str(export), "-o", str(out), "--max-file-mb", "0.00001"])
    assert result.exit_code == 1
    assert f"  - {export} : fichier trop volumineux (0,0 Mo, limite 1e-05 Mo)" in result.stderr
    help_text = CliRunner().invoke(main, ["segment", "--help"]).output
    assert "--max-file-mb" in help_text and "(25 par défaut)" in " ".join(help_text.split()) and "--category-column" in help_text


def test_segment_writes_nothing_when_no_document_could_be_read(tmp_path):
    (tmp_path / "vide.txt").write_bytes(b"")
    out = tmp_path / "segments.csv"
    result = CliRunner().invoke(main, ["segment", str(tmp_path / "vide.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Aucun document n'a pu être lu : {out} n'a pas été écrit.\n1 fichier(s) non lu(s) :\n")
    assert not out.exists()


def test_segment_summary_is_grammatical_for_one_unit(tmp_path):
    doc = tmp_path / "avis.md"
    doc.write_text("# Avis du conseil\n\nRecommandation 1 : Créer un réseau de tiers-lieux.\n", encoding="utf-8")
    out = tmp_path / "u.csv"
    result = CliRunner().invoke(main, ["segment", str(doc), "-o", str(out)])
    assert result.output == f"1 unité dans 1 document écrite dans {out} (1 recommandation).\n"


def test_segment_says_why_a_table_gave_nothing_and_which_files_it_skipped(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "export.csv").write_text("id;titre;contribution\n", encoding="utf-8")
    (folder / "annexes.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")
    (folder / "README.txt").write_text("Ce dossier.\n", encoding="utf-8")
    out = tmp_path / "segments.csv"
    result = CliRunner().invoke(main, ["segment", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"0 unité dans 1 document écrite dans {out}.",
        f"Attention : {folder / 'export.csv'} : aucune ligne de données sous l'en-tête : le tableau ne contient "
        "que les noms de ses colonnes.",
        "Fichiers ignorés (format non pris en charge) : annexes.zip, photo.png.",
    ]
