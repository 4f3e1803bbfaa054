"""Bad input: every problem gives a one-line French message naming the file; batches go on."""
from __future__ import annotations

import pytest

from nlp_stn.errors import InputError
from nlp_stn.extract import Failure, SUPPORTED, extract, extract_many
from nlp_stn.settings import Settings

from conftest import DATA

PDF = DATA / "extract"


def error_of(path, settings=Settings()):
    with pytest.raises(InputError) as info:
        extract(path, settings)
    assert info.value.exit_code == 2
    assert "\n" not in str(info.value)
    return str(info.value)


def test_missing_file(tmp_path):
    path = tmp_path / "absent.txt"
    assert error_of(path) == f"{path} : fichier introuvable : vérifiez le chemin."


def test_empty_file(tmp_path):
    path = tmp_path / "vide.pdf"
    path.write_bytes(b"")
    assert error_of(path) == f"{path} : le fichier est vide : vérifiez qu'il a été correctement copié ou exporté."


ACCEPTED = ".txt .md .markdown .html .htm .pdf .docx .odt .csv .json .jsonl .xls .xlsx .ods"


def test_unknown_extension(tmp_path):
    path = tmp_path / "carte.xyz"
    path.write_bytes(b"xyz")
    assert error_of(path) == f"{path} : format non pris en charge (.xyz) : formats acceptés {ACCEPTED}."
    assert len(SUPPORTED) == 14


@pytest.mark.parametrize("name, hint", [
    ("avis.doc", "ouvrez-le dans LibreOffice ou Word, enregistrez-en une copie en .odt, .docx ou .pdf puis relancez "
                 "sur cette copie."),
    ("Avis.RTF", "ouvrez-le dans LibreOffice ou Word, enregistrez-en une copie en .odt, .docx ou .pdf puis relancez "
                 "sur cette copie."),
    ("restitution.pptx", "exportez la présentation en PDF (LibreOffice ou PowerPoint : Fichier > Exporter au format "
                         "PDF) puis relancez sur ce PDF."),
    ("suivi.xlsm", "ouvrez-le dans LibreOffice ou Excel, enregistrez-en une copie en .xlsx, .ods ou .csv puis relancez "
                   "sur cette copie."),
    ("scan.jpg", "faites d'abord reconnaître le texte de l'image (OCR), enregistrez le résultat en .pdf ou .txt puis "
                 "relancez."),
    ("annexes.zip", "décompressez l'archive puis donnez ses fichiers ou son dossier."),
    ("message.eml", "copiez le texte du courriel dans un fichier .txt (ou enregistrez-le en PDF) puis relancez."),
])
def test_known_unsupported_format_says_what_copy_to_make(tmp_path, name, hint):
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    shown = path.suffix.lower()
    assert error_of(path) == f"{path} : format non pris en charge ({shown}) : {hint} Formats acceptés : {ACCEPTED}."


def test_no_extension(tmp_path):
    path = tmp_path / "LISEZMOI"
    path.write_text("x", encoding="utf-8")
    assert "format non pris en charge (sans extension)" in error_of(path)


def test_folder_given_as_a_file(tmp_path):
    assert error_of(tmp_path).endswith("c'est un dossier : donnez un fichier (ou utilisez une commande qui lit un dossier).")


def test_file_too_big(tmp_path):
    path = tmp_path / "gros.csv"
    path.write_bytes(b"id,titre\n" + b"1,abcdefghij\n" * 120_000)  # 1.5 Mo
    assert error_of(path, Settings(max_file_mb=1)) == (
        f"{path} : fichier trop volumineux (1,5 Mo, limite 1 Mo) : découpez-le ou relevez la limite avec --max-file-mb."
    )


@pytest.mark.parametrize("suffix", [".txt", ".md", ".csv", ".json", ".html"])
def test_binary_content_under_a_text_extension(tmp_path, suffix):
    path = tmp_path / f"faux{suffix}"
    path.write_bytes((PDF / "scanned.pdf").read_bytes() + b"\x00\x00")
    assert error_of(path) == (
        f"{path} : ce fichier n'est pas du texte (contenu binaire) alors que son extension est {suffix} : "
        "vérifiez qu'il s'agit du bon fichier ou donnez-lui l'extension de son vrai format."
    )


def test_batch_goes_on_past_bad_files(tmp_path):
    good = tmp_path / "a.csv"
    good.write_text("id,titre\n1,Former les élus\n", encoding="utf-8")
    empty = tmp_path / "b.csv"
    empty.write_bytes(b"")
    calls = []
    documents, failures = extract_many(
        [good, PDF / "scanned.pdf", empty, good], progress=lambda *args: calls.append(args)
    )
    assert [d.id.split("/")[-1] for d in documents] == ["a.csv", "a.csv"]
    assert failures == [
        Failure(
            path=str(PDF / "scanned.pdf"),
            message="ce PDF ne contient pas de texte (document scanné ?) : passez-le dans un logiciel de "
            "reconnaissance de caractères (OCR) puis relancez.",
        ),
        Failure(path=str(empty), message="le fichier est vide : vérifiez qu'il a été correctement copié ou exporté."),
    ]
    assert calls == [("extraction", i, 4) for i in range(5)]


def test_batch_of_sources_keeps_their_ids():
    from nlp_stn.corpus import collect

    from conftest import CORPUS

    sources = [s for s in collect([CORPUS]) if s.path.suffix == ".csv"]
    documents, failures = extract_many(sources)
    assert failures == []
    assert [d.id for d in documents] == [s.doc_id for s in sources]
    assert [d.meta for d in documents] == [s.meta for s in sources]


def test_title_manifest_first_then_the_file_then_its_name(tmp_path):
    md = "---\ntitle: Titre du fichier\n---\n\n# Titre du fichier\n\nUn paragraphe.\n"
    (tmp_path / "listed.md").write_text(md, encoding="utf-8")
    (tmp_path / "unlisted.md").write_text(md, encoding="utf-8")
    (tmp_path / "bare.txt").write_text("un paragraphe sans titre.\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text(
        '[[document]]\npath = "listed.md"\ntitle = "Titre choisi dans le manifeste"\n', encoding="utf-8"
    )
    assert extract(tmp_path / "listed.md").title == "Titre choisi dans le manifeste"
    assert extract(tmp_path / "unlisted.md").title == "Titre du fichier"
    assert extract(tmp_path / "bare.txt").title == "bare"


def test_size_is_checked_once_by_the_dispatcher(tmp_path):
    from nlp_stn.extract import text

    path = tmp_path / "grand.txt"
    path.write_text("Former les élus.\n" * 1000, encoding="utf-8")
    small = Settings(max_file_mb=0.001)
    # the reader itself does not check the size: the dispatcher does, with its own message
    assert text.read(path, small).text.startswith("Former les élus.")
    assert error_of(path, small) == (
        f"{path} : fichier trop volumineux (0,0 Mo, limite 0,001 Mo) : découpez-le ou relevez la limite "
        "avec --max-file-mb."
    )
