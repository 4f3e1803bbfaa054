"""DOCX and ODT: paragraphs, headings, lists and tables, in reading order."""
from __future__ import annotations

import pytest

from nlp_stn.errors import ExtractionError
from nlp_stn.extract import extract


def blocks(doc):
    out = []
    for b in doc.blocks:
        if b.kind == "table_cell":
            out.append((b.kind, b.text, b.row, b.col, b.header))
        else:
            out.append((b.kind, b.text, b.level, b.marker))
    return out


@pytest.fixture
def docx_file(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.title = ""
    document.add_heading("Avis du conseil de développement", level=1)
    document.add_paragraph("Le conseil formule les propositions suivantes.")
    document.add_heading("Mobilité", level=2)
    document.add_paragraph("Développer les tiers-lieux numériques", style="List Number")
    document.add_paragraph("Former les agents d'accueil", style="List Number")
    document.add_paragraph("dans chaque mairie", style="List Bullet 2")
    document.add_paragraph("Ouvrir les données publiques", style="List Bullet")
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([("Actions", "Freins"), ("Créer un guichet unique", "Coût"), ("Former", "")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("1) Une proposition numérotée à la main")
    path = tmp_path / "avis.docx"
    document.save(path)
    return path


def test_docx_structure(docx_file):
    doc = extract(docx_file)
    assert doc.title == "Avis du conseil de développement"
    assert doc.format == "docx"
    assert blocks(doc) == [
        ("heading", "Avis du conseil de développement", 1, ""),
        ("paragraph", "Le conseil formule les propositions suivantes.", 0, ""),
        ("heading", "Mobilité", 2, ""),
        ("list_item", "Développer les tiers-lieux numériques", 0, "1"),
        ("list_item", "Former les agents d'accueil", 0, "2"),
        ("list_item", "dans chaque mairie", 1, "•"),
        ("list_item", "Ouvrir les données publiques", 0, "•"),
        ("table_cell", "Actions", 0, 0, ""),
        ("table_cell", "Freins", 0, 1, ""),
        ("table_cell", "Créer un guichet unique", 1, 0, "Actions"),
        ("table_cell", "Coût", 1, 1, "Freins"),
        ("table_cell", "Former", 2, 0, "Actions"),
        ("list_item", "Une proposition numérotée à la main", 0, "1"),
    ]
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
        assert block.page is None


@pytest.fixture
def odt_file(tmp_path):
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P

    document = OpenDocumentText()
    numbered = ListStyle(name="Numerotation")
    numbered.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    bullets = ListStyle(name="Puces")
    level = ListLevelStyleBullet(level=1, bulletchar="•")
    level.addElement(ListLevelProperties())
    bullets.addElement(level)
    document.automaticstyles.addElement(numbered)
    document.automaticstyles.addElement(bullets)

    document.text.addElement(H(outlinelevel=1, text="Stratégie numérique"))
    document.text.addElement(P(text="Le territoire s'engage sur trois actions."))
    items = List(stylename=numbered)
    for text in ("Action 1 : Déployer la fibre", "Former les habitants"):
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    nested = List(stylename=bullets)
    sub = ListItem()
    sub.addElement(P(text="dans les quartiers prioritaires"))
    nested.addElement(sub)
    items.childNodes[-1].addElement(nested)
    document.text.addElement(items)
    table = Table(name="Tableau1")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for row_texts in (("Action", "Leviers"), ("Ouvrir un tiers-lieu", "Subventions")):
        row = TableRow()
        for text in row_texts:
            cell = TableCell()
            cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    document.text.addElement(table)
    path = tmp_path / "strategie.odt"
    document.save(str(path))
    return path


def test_odt_structure(odt_file):
    doc = extract(odt_file)
    assert doc.title == "Stratégie numérique"
    assert blocks(doc) == [
        ("heading", "Stratégie numérique", 1, ""),
        ("paragraph", "Le territoire s'engage sur trois actions.", 0, ""),
        ("list_item", "Action 1 : Déployer la fibre", 0, "1"),
        ("list_item", "Former les habitants", 0, "2"),
        ("list_item", "dans les quartiers prioritaires", 1, "•"),
        ("table_cell", "Action", 0, 0, ""),
        ("table_cell", "Leviers", 0, 1, ""),
        ("table_cell", "Ouvrir un tiers-lieu", 1, 0, "Action"),
        ("table_cell", "Subventions", 1, 1, "Leviers"),
    ]


@pytest.mark.parametrize("suffix, kind", [(".docx", "DOCX"), (".odt", "ODT")])
def test_corrupt_office_files(tmp_path, suffix, kind):
    path = tmp_path / f"abime{suffix}"
    path.write_bytes(b"PK\x03\x04 pas vraiment un zip")
    with pytest.raises(ExtractionError) as info:
        extract(path)
    assert info.value.message == (
        f"document {kind} illisible ou endommagé : ouvrez-le dans un traitement de texte et "
        f"enregistrez-le à nouveau au format {suffix}."
    )
