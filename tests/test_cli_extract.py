"""`nlp-stn extract`: output formats, one-line errors and exit codes."""
from __future__ import annotations

import json

import pytest

from click.testing import CliRunner

from nlp_stn.cli import main

from conftest import DATA

PDF = DATA / "extract"


def run(*args):
    return CliRunner().invoke(main, ["extract", *map(str, args)])


def test_text_output(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("id;titre;texte\n1;Wifi;Dans les parcs.\n2;Bus;Le soir.\n", encoding="utf-8")
    result = run(path)
    assert result.exit_code == 0
    assert result.stdout == "Wifi\nDans les parcs.\n\nBus\nLe soir.\n"


def test_json_output(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("id,sujet,avis\n7,Wifi,Dans les parcs.\n", encoding="utf-8")
    result = run(path, "--format", "json", "--title-column", "sujet", "--body-column", "avis")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == ["id", "path", "format", "title", "pages", "meta", "text", "blocks"]
    assert (data["format"], data["title"], data["text"]) == ("csv", "export", "Wifi\nDans les parcs.")
    assert data["blocks"] == [
        {
            "kind": "record", "text": "Wifi\nDans les parcs.", "start": 0, "end": 20, "page": None, "level": 0,
            "marker": "", "table": None, "row": None, "col": None, "header": "",
            "fields": {"id": "7", "title": "Wifi", "body": "Dans les parcs.", "category": ""},
        }
    ]


def test_pdf_json_keeps_pages():
    result = run(PDF / "guide-pages-11-13.pdf", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["pages"] == 3
    assert {b["page"] for b in data["blocks"]} == {1, 2, 3}


def test_missing_file_is_a_usage_error(tmp_path):
    result = run(tmp_path / "absent.pdf")
    assert result.exit_code == 2
    assert result.stderr == f"Erreur : {tmp_path / 'absent.pdf'} : fichier introuvable : vérifiez le chemin.\n"
    assert result.stdout == ""


def test_scanned_pdf_is_a_failure():
    result = run(PDF / "scanned.pdf")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Erreur : {PDF / 'scanned.pdf'} : ce PDF ne contient pas de texte (document scanné ?) : passez-le dans "
        "un logiciel de reconnaissance de caractères (OCR) puis relancez.\n"
    )


def test_missing_columns_and_size_limit(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("auteur,date\nAna,2024\n", encoding="utf-8")
    result = run(path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Erreur : {path} : aucune colonne de titre ni de texte reconnue (colonnes trouvées : auteur, date) : "
        "indiquez-les avec --title-column et --body-column.\n"
    )
    result = run(path, "--max-file-mb", "0.00001")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Erreur : {path} : fichier trop volumineux (0,0 Mo, limite 1e-05 Mo) : découpez-le ou relevez la "
        "limite avec --max-file-mb.\n"
    )


def test_invalid_option_value(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("titre\nx\n", encoding="utf-8")
    result = run(path, "--max-file-mb", "0")
    assert result.exit_code == 2
    assert result.stderr == "Erreur : max_file_mb doit être positif (reçu 0.0).\n"


@pytest.mark.parametrize("name, content, notice", [
    ("entete.csv", "id;titre;texte\n",
     "aucune ligne de données sous l'en-tête : le tableau ne contient que les noms de ses colonnes."),
    ("vide.csv", "id;texte;quartier\n1;;Centre\n2;;Port\n", "la colonne de texte « texte » est vide sur toutes les lignes."),
])
def test_a_table_that_gives_no_text_says_why(tmp_path, name, content, notice):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = run(path)
    assert result.exit_code == 0
    assert result.stderr == f"Attention : {path} : {notice}\n"
