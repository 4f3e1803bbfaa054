"""TXT/Markdown reader: encodings, front matter, headings, lists, tables, records."""
from pathlib import Path

import pytest

from nlp_stn.errors import InputError
from nlp_stn.extract import text
from nlp_stn.settings import Settings

DATA = Path(__file__).resolve().parent / "data" / "text"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def blocks(name):
    ex = text.read(DATA / name, Settings())
    for b in ex.blocks:  # the offsets invariant of every reader
        assert ex.text[b.start:b.end] == b.text
    return ex, [(b.kind, b.text, b.level, b.marker) for b in ex.blocks]


def test_cp1252_file_is_decoded():
    ex, got = blocks("avis-cp1252.txt")
    assert ex.title == "Avis du conseil de développement"
    assert got == [
        ("heading", "Avis du conseil de développement", 2, ""),
        ("heading", "Saisine 2015", 2, ""),
        ("paragraph", "Le conseil propose :", 0, ""),
        ("list_item", "Développer les tiers-lieux", 0, "-"),
        ("list_item", "Créer un réseau « numérique »", 0, "-"),
    ]


def test_utf8_bom_is_removed_and_lines_of_a_paragraph_are_joined():
    ex, got = blocks("avis-bom.txt")
    assert ex.text == "Titre du document\n\nUn paragraphe sur deux lignes."
    assert got[1] == ("paragraph", "Un paragraphe sur deux lignes.", 0, "")


def test_binary_file_named_txt_is_refused():
    with pytest.raises(InputError) as err:
        text.read(DATA / "binaire.txt", Settings())
    assert str(err.value) == (
        f"{DATA / 'binaire.txt'} : ce fichier n'est pas du texte (contenu binaire) : vérifiez son extension "
        "ou convertissez-le en .txt, .md, .pdf, .docx ou .csv."
    )


def test_empty_file_is_refused(tmp_path):
    empty = tmp_path / "vide.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError, match="le fichier est vide"):
        text.read(empty, Settings())


def test_markdown_front_matter_links_bold_and_nested_lists():
    ex, got = blocks("objectif.md")
    assert ex.title == "2. Gestion durable du matériel"
    assert "layout" not in ex.text and "ne pas prendre" not in ex.text
    assert got == [
        ("heading", "2. Gestion durable du matériel", 1, ""),
        ("heading", "Exemples d'actions", 4, ""),
        ("list_item", "Organiser l'achat de matériel reconditionné auprès d'acteurs locaux.", 0, "-"),
        ("list_item", "Avoir une meilleure gestion du parc :", 0, "-"),
        ("list_item", "connaitre son parc,", 1, "-"),
        ("list_item", "favoriser le réemploi.", 1, "-"),
        ("heading", "Exemples d'indicateurs à suivre", 4, ""),
        ("list_item", "Nombre de dons de matériels", 0, "1"),
        ("list_item", "Durée de vie moyenne des équipements", 0, "2"),
    ]


def test_tab_separated_table_with_html_cells():
    ex = text.read(DATA / "table.txt", Settings())
    cells = [(b.kind, b.text, b.table, b.row, b.col, b.header) for b in ex.blocks if b.table is not None]
    assert cells == [
        ("table_cell", "Actions à conduire", 0, 0, 0, "Actions à conduire"),
        ("table_cell", "Frein(s)", 0, 0, 1, "Frein(s)"),
        ("table_cell", "Coopérations", 0, 0, 2, "Coopérations"),
        ("table_cell", "Objectifs :", 0, 1, 0, "Actions à conduire"),
        ("list_item", "Créer un lien", 0, 1, 0, "Actions à conduire"),
        ("list_item", "Soutenir l'entrepreneuriat", 0, 1, 0, "Actions à conduire"),
        ("table_cell", "Attention", 0, 1, 1, "Frein(s)"),
        ("table_cell", "Les députés", 0, 1, 2, "Coopérations"),
    ]
    assert "<" not in ex.text and "&#39;" not in ex.text


def test_contributions_become_records():
    ex, got = blocks("contributions.txt")
    records = [b for b in ex.blocks if b.kind == "record"]
    assert [dict(b.fields) for b in records] == [
        {"id": "1", "title": "Referendums par internet", "category": "Participation citoyenne",
         "body": "Utiliser internet pour consulter.\nDeuxième ligne du corps."},
        {"id": "2", "title": "revenir sur la dématérialisation", "category": "Autre",
         "body": "Les e-services sont difficiles."},
    ]
    assert records[1].text == "revenir sur la dématérialisation\nLes e-services sont difficiles."


def test_cdpl_opinion_page_break_artefacts_are_repaired():
    ex = text.read(CORPUS / "lorient" / "2019-03_cdpl_avis-schema-territorial-numerique.txt", Settings())
    paragraphs = {b.text for b in ex.blocks}
    assert any(t.startswith("Il définissait des attentes : améliorer l'administration - Créer") for t in paragraphs)
    assert ("Mettre en place un réseau de tiers lieux numériques associant urbain/rural, économie/médiation avec "
            "le soutien des services de l'état et des collectivités, en privilégiant des contributions mixtes "
            "d'acteurs et des actions collectives.") in paragraphs
    headings = [(b.text, b.level) for b in ex.blocks if b.kind == "heading"]
    assert ("A. SYNTHÈSE DES PRÉCONISATIONS 2016 ET 2018", 1) in headings
    assert ("Saisine 2015", 2) in headings
    assert "_" not in ex.text and "**" not in ex.text


def test_brest_table_cells_keep_their_column_header():
    ex = text.read(CORPUS / "brest" / "2016-03-05_reunion-tous-publics_compte-rendu.txt", Settings())
    cells = [b for b in ex.blocks if b.table is not None and b.row]
    assert len({b.table for b in cells}) == 7
    assert {b.header for b in cells if b.col == 1} == {"Frein(s) à la mise en œuvre de ces actions"}
    assert not any("<" in b.text or ">" in b.text for b in ex.blocks)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Saisine 2015", True),
        ("Proposition 1 : un comptoir de l'innovation sociale", True),
        ("A. SYNTHÈSE DES PRÉCONISATIONS 2016 ET 2018", True),
        ("Objectif de finalisation du document pour le 8 mars.", False),
        ("Présents : Eric, Serge, Jean", False),
        ("suite d'une phrase", False),
        ("- un élément", False),
    ],
)
def test_plain_headings(line, expected):
    assert text.is_plain_heading(line) is expected
