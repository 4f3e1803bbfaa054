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


# --- automatic numbering, tracked changes, direct-formatted headings, numbered tables ----

from pathlib import Path  # noqa: E402
import zipfile  # noqa: E402

from nlp_stn.model import DocMeta  # noqa: E402

OFFICE_DATA = Path(__file__).parent / "data" / "office-robust"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _raw_docx(path, body: str, styles: str = "", numbering: str = "") -> Path:
    """A minimal DOCX written as raw OOXML (to control numbering and revisions exactly)."""
    rels = ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/>')
    if numbering:
        rels += ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'numbering" Target="numbering.xml"/>')
    types = ('<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>')
    if numbering:
        types += ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.numbering+xml"/>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                   'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   f"{types}</Types>")
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships">{rels}</Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}'
                                        "</w:body></w:document>")
        z.writestr("word/styles.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
                   '<w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
                   '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                   '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn '
                   'w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>'
                   f"</w:style>{styles}</w:styles>")
        if numbering:
            z.writestr("word/numbering.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>{numbering}</w:numbering>')
    return path


def _p(text: str, ppr: str = "", rpr: str = "") -> str:
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _num(num_id, ilvl=None) -> str:
    lvl = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    num = f'<w:numId w:val="{num_id}"/>' if num_id is not None else ""
    return f"<w:numPr>{lvl}{num}</w:numPr>"


def _abstract(aid: int, levels, style_link: str = "") -> str:
    out = f'<w:abstractNum w:abstractNumId="{aid}">'
    for i, (fmt, text) in enumerate(levels):
        link = f'<w:pStyle w:val="{style_link}"/>' if style_link and i == 0 else ""
        out += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{link}'
                f'<w:lvlText w:val="{text}"/></w:lvl>')
    return out + "</w:abstractNum>"


def test_docx_level_text_and_formats_give_the_displayed_markers(tmp_path):
    """Markers as Word displays them: "%1.%2" under a roman first level gives "I.1", "%3)"
    gives "a"; a level text with words goes in front of the text; a deeper level restarts
    under a new item."""
    numbering = (_abstract(1, [("upperRoman", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "%3)")])
                 + _abstract(2, [("decimal", "Recommandation %1 :"), ("upperLetter", "%2-")])
                 + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
                   '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>')
    body = (_p("Réduire la fracture numérique", _num(1, 0)) + _p("Former les aidants", _num(1, 1))
            + _p("en priorité dans les bourgs", _num(1, 2)) + _p("Ouvrir des lieux de médiation", _num(1, 1))
            + _p("Publier les données", _num(1, 0)) + _p("Associer les habitants", _num(1, 1))
            + _p("Créer un comité de suivi", _num(2, 0)) + _p("avec les associations", _num(2, 1)))
    doc = extract(_raw_docx(tmp_path / "n.docx", body, numbering=numbering), doc_id="n.docx", meta=DocMeta())
    assert blocks(doc) == [
        ("list_item", "Réduire la fracture numérique", 0, "I"),
        ("list_item", "Former les aidants", 1, "I.1"),
        ("list_item", "en priorité dans les bourgs", 2, "a"),
        ("list_item", "Ouvrir des lieux de médiation", 1, "I.2"),
        ("list_item", "Publier les données", 0, "II"),
        ("list_item", "Associer les habitants", 1, "II.1"),
        ("list_item", "Recommandation 1 : Créer un comité de suivi", 0, "1"),
        ("list_item", "avec les associations", 1, "A"),
    ]


def test_docx_numbering_from_the_style_chain_and_a_linked_level(tmp_path):
    """The paragraph gives only its level, a style it is based on gives the list; a style
    linked to a level in the list definition gives that level; numId 0 switches it off."""
    styles = ('<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base liste"/><w:pPr>'
              '<w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Reco"><w:name w:val="Recommandation"/>'
              '<w:basedOn w:val="Base"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Point"><w:name w:val="Point"/><w:pPr>'
              '<w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>')
    numbering = (_abstract(3, [("decimal", "%1."), ("decimal", "%1.%2")])
                 + '<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt '
                   'w:val="bullet"/><w:lvlText w:val="-"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="5"/>'
                   '<w:numFmt w:val="decimal"/><w:pStyle w:val="Point"/><w:lvlText w:val="%2°"/></w:lvl>'
                   "</w:abstractNum>"
                 + '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>'
                   '<w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num>')
    body = (_p("Premier point", '<w:pStyle w:val="Reco"/>') + _p("Détail", '<w:pStyle w:val="Reco"/>' + _num(None, 1))
            + _p("Second point", '<w:pStyle w:val="Reco"/>') + _p("Point lié", '<w:pStyle w:val="Point"/>')
            + _p("Sans numéro", '<w:pStyle w:val="Reco"/>' + _num(0)))
    doc = extract(_raw_docx(tmp_path / "s.docx", body, styles, numbering), doc_id="s.docx", meta=DocMeta())
    assert blocks(doc) == [
        ("list_item", "Premier point", 0, "1"),
        ("list_item", "Détail", 1, "1.1"),
        ("list_item", "Second point", 0, "2"),
        ("list_item", "Point lié", 1, "5°"),
        ("paragraph", "Sans numéro", 0, ""),
    ]


def test_docx_restart_and_numbered_headings(tmp_path):
    """A new list instance of the same definition continues it unless it restarts
    (startOverride); a numbered heading carries its number in its text."""
    numbering = (_abstract(1, [("decimal", "%1.")]) + _abstract(2, [("decimal", "Partie %1 –")])
                 + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
                   '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
                   '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride '
                   'w:val="1"/></w:lvlOverride></w:num><w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>')
    body = (_p("Constats", '<w:pStyle w:val="Heading1"/>' + _num(4, 0)) + _p("Un", _num(1, 0)) + _p("Deux", _num(2, 0))
            + _p("Propositions", '<w:pStyle w:val="Heading1"/>' + _num(4, 0)) + _p("Encore un", _num(3, 0)))
    doc = extract(_raw_docx(tmp_path / "r.docx", body, numbering=numbering), doc_id="r.docx", meta=DocMeta())
    assert blocks(doc) == [
        ("heading", "Partie 1 – Constats", 1, ""),
        ("list_item", "Un", 0, "1"),
        ("list_item", "Deux", 0, "2"),
        ("heading", "Partie 2 – Propositions", 1, ""),
        ("list_item", "Encore un", 0, "1"),
    ]


def test_docx_moved_and_deleted_paragraphs_are_not_counted(tmp_path):
    """Moved-away text (w:moveFrom) is dropped like deleted text, and a numbered paragraph left
    empty by it takes no number; the moved-to copy is numbered where it lands; an empty
    numbered paragraph (not deleted) shows and takes its number, as in Word."""
    numbering = _abstract(1, [("decimal", "%1.")]) + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    d = 'w:id="9" w:author="A" w:date="2025-01-01T00:00:00Z"'
    body = (_p("Premier", _num(1, 0))
            + f'<w:p><w:pPr>{_num(1, 0)}<w:rPr><w:moveFrom {d}/></w:rPr></w:pPr><w:moveFrom {d}><w:r><w:t>Déplacé'
              "</w:t></w:r></w:moveFrom></w:p>"
            + f'<w:p><w:pPr>{_num(1, 0)}<w:rPr><w:del {d}/></w:rPr></w:pPr><w:del {d}><w:r><w:delText>Supprimé'
              "</w:delText></w:r></w:del></w:p>"
            + f'<w:p><w:pPr>{_num(1, 0)}</w:pPr><w:r><w:t xml:space="preserve">Deuxième </w:t></w:r><w:del {d}><w:r>'
              f'<w:delText>vieux </w:delText></w:r></w:del><w:ins {d}><w:r><w:t>nouveau</w:t></w:r></w:ins></w:p>'
            + f'<w:p><w:pPr>{_num(1, 0)}</w:pPr><w:moveTo {d}><w:r><w:t>Déplacé</w:t></w:r></w:moveTo></w:p>'
            + f'<w:p><w:pPr>{_num(1, 0)}</w:pPr></w:p>' + _p("Après une ligne vide numérotée", _num(1, 0)))
    doc = extract(_raw_docx(tmp_path / "m.docx", body, numbering=numbering), doc_id="m.docx", meta=DocMeta())
    assert blocks(doc) == [
        ("list_item", "Premier", 0, "1"),
        ("list_item", "Deuxième nouveau", 0, "2"),
        ("list_item", "Déplacé", 0, "3"),
        ("list_item", "Après une ligne vide numérotée", 0, "5"),
    ]


def test_docx_direct_formatted_headings_are_conservative(tmp_path):
    """Short, all bold, clearly larger than the body, no final period: a heading (ranked by
    size among the heading styles); bold at body size, a sentence, or a partly bold line are not."""
    big, mid = "<w:b/><w:sz w:val=\"36\"/>", "<w:b/><w:sz w:val=\"28\"/>"
    body = (_p("Avis du conseil", '<w:pStyle w:val="Heading1"/>')
            + _p("Contexte général", rpr=big) + _p("Le territoire compte quarante communes et trois bourgs.")
            + _p("Une précision", rpr=mid) + _p("Gras simple", rpr="<w:b/>")
            + _p("Une phrase grande et grasse.", rpr=big)
            + '<w:p><w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr><w:t xml:space="preserve">Moitié </w:t></w:r>'
              "<w:r><w:t>normale</w:t></w:r></w:p>"
            + _p("Le conseil demande que les habitants soient associés au suivi des actions du plan."))
    doc = extract(_raw_docx(tmp_path / "h.docx", body), doc_id="h.docx", meta=DocMeta())
    assert blocks(doc) == [
        ("heading", "Avis du conseil", 1, ""),
        ("heading", "Contexte général", 1, ""),
        ("paragraph", "Le territoire compte quarante communes et trois bourgs.", 0, ""),
        ("heading", "Une précision", 2, ""),
        ("paragraph", "Gras simple", 0, ""),
        ("paragraph", "Une phrase grande et grasse.", 0, ""),
        ("paragraph", "Moitié normale", 0, ""),
        ("paragraph", "Le conseil demande que les habitants soient associés au suivi des actions du plan.", 0, ""),
    ]


def test_docx_custom_style_based_on_a_heading_style_without_outline_level(tmp_path):
    styles = ('<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Partie"><w:name w:val="Partie avis"/>'
              '<w:basedOn w:val="Heading2"/></w:style>')
    body = _p("Première partie", '<w:pStyle w:val="Partie"/>') + _p("Le texte de la partie.")
    doc = extract(_raw_docx(tmp_path / "c.docx", body, styles), doc_id="c.docx", meta=DocMeta())
    assert blocks(doc) == [("heading", "Première partie", 2, ""), ("paragraph", "Le texte de la partie.", 0, "")]


def test_docx_tracked_changes_numbering_and_direct_headings_of_a_real_shaped_opinion():
    doc = extract(OFFICE_DATA / "avis-revisions-pays-d-orne.docx", doc_id="a.docx", meta=DocMeta())
    assert [(b.kind, b.text[:40], b.level, b.marker) for b in doc.blocks] == [
        ('heading', 'Avis n° 2025-03 du Conseil de développem', 1, ''),
        ('paragraph', 'Version soumise au bureau du 23 janvier ', 0, ''),
        ('heading', 'Préambule', 2, ''),
        ('paragraph', 'Le plan numérique responsable présenté p', 0, ''),
        ('paragraph', 'Les recommandations qui suivent sont iss', 0, ''),
        ('heading', 'Première partie : la sobriété des équipe', 2, ''),
        ('list_item', 'Allonger la durée de vie des équipements', 0, '1'),
        ('list_item', 'Généraliser les contrats de maintenance ', 1, '1.1'),
        ('list_item', 'Privilégier le matériel reconditionné lo', 1, '1.2'),
        ('list_item', 'équiper en priorité les écoles en ordina', 2, 'a'),
        ('list_item', 'réserver au moins 30 % des achats annuel', 2, 'b'),
        ('list_item', "Mesurer chaque année l'empreinte environ", 0, '2'),
        ('list_item', 'Sensibiliser les élus et les agents aux ', 0, '3'),
        ('heading', "Deuxième partie : l'accès aux droits et ", 2, ''),
        ('list_item', 'Garantir une alternative non numérique p', 0, '4'),
        ('list_item', 'Mettre en place un service de prêt d’ord', 0, '5'),
        ('heading', 'Focus : les personnes âgées', 2, ''),
        ('paragraph', 'Un habitant sur trois a plus de soixante', 0, ''),
        ('list_item', "Proposer des ateliers d'initiation au nu", 0, '6'),
        ('list_item', "Former les aides à domicile à l'accompag", 0, '7'),
        ('paragraph', 'Le Conseil souhaite être associé au suiv', 0, ''),
        ('paragraph', "Adopté à l'unanimité des membres présent", 0, ''),
    ]
    assert "cabinet extérieur" not in doc.text and "imprimantes" not in doc.text
    assert doc.text.count("service de prêt") == 1


def test_docx_numbered_table_rows_merged_cells_and_full_width_rows():
    """The "N°" column's number is the marker of the row's other cells; a full-width row
    ("Axe A – ...") has no column header; a vertically merged cell is kept once."""
    doc = extract(OFFICE_DATA / "avis-tableau-val-de-lisse.docx", doc_id="t.docx", meta=DocMeta())
    cells = [(b.row, b.col, b.header, b.marker, b.text[:30]) for b in doc.blocks if b.kind == "table_cell"]
    assert cells[:16] == [
        (0, 0, "", "", "N°"), (0, 1, "", "", "Recommandation"), (0, 2, "", "", "Destinataire"),
        (0, 3, "", "", "Priorité"),
        (1, 0, "", "", "Axe A – Accès au réseau et aux"),
        (2, 0, "N°", "", "1"), (2, 1, "Recommandation", "1", "Publier une carte à jour du dé"),
        (2, 2, "Destinataire", "1", "Communauté de communes"), (2, 3, "Priorité", "1", "Haute"),
        (3, 0, "N°", "", "2"), (3, 1, "Recommandation", "2", "Créer un fonds d'aide à l'équi"),
        (3, 2, "Destinataire", "2", "Communes\nDépartement"), (3, 3, "Priorité", "2", "Haute"),
        (4, 0, "N°", "", "3"), (4, 1, "Recommandation", "3", "Organiser la collecte et le re"),
        (4, 3, "Priorité", "3", "Moyenne"),  # (4, 2) is the merged "Communes / Département"
    ]
    assert sorted({b.marker for b in doc.blocks if b.kind == "table_cell" and b.col == 1 and b.row}) == [
        "1", "2", "3", "4", "5", "6", "7", "8"]


def test_odt_outline_numbering_title_and_list_headers():
    """LibreOffice's outline numbering ("Orientation 1 – ", "Objectif 1.1 – ", "Action 1.1.1 – ")
    is written in front of the headings, sub-levels restarting; a heading marked as list header
    ("Introduction") takes no number; the Title paragraph is the top heading."""
    doc = extract(OFFICE_DATA / "strategie-numerique-val-de-lisse.odt", doc_id="s.odt", meta=DocMeta())
    assert doc.title == "Stratégie numérique responsable 2025-2030"
    headings = [(b.text[:45], b.level) for b in doc.blocks if b.kind == "heading"]
    assert headings == [
        ("Stratégie numérique responsable 2025-2030", 1),
        ("Introduction", 2),
        ("Orientation 1 – Un territoire connecté et équ", 2),
        ("Objectif 1.1 – Achever la couverture en très ", 3),
        ("Action 1.1.1 – Publier une carte interactive ", 4),
        ("Action 1.1.2 – Accompagner les communes dans ", 4),
        ("Objectif 1.2 – Favoriser l'accès aux équipeme", 3),
        ("Action 1.2.1 – Créer une filière locale de re", 4),
        ("Action 1.2.2 – Mettre en place une aide à l'a", 4),
        ("Orientation 2 – Un numérique inclusif", 2),
        ("Objectif 2.1 – Garantir l'accès aux droits", 3),
        ("Action 2.1.1 – Déployer des conseillers numér", 4),
        ("Action 2.1.2 – Maintenir un point d'accueil p", 4),
        ("Action 2.1.3 – Former les secrétaires de mair", 4),
        ("Objectif 2.2 – Développer la médiation numéri", 3),
        ("Action 2.2.1 – Labelliser les lieux de médiat", 4),
        ("Orientation 3 – Une gouvernance ouverte et so", 2),
        ("Objectif 3.1 – Ouvrir les données publiques", 3),
        ("Action 3.1.1 – Publier les jeux de données pr", 4),
        ("Objectif 3.2 – Piloter la stratégie avec les ", 3),
        ("Action 3.2.1 – Installer un comité de suivi a", 4),
        ("Action 3.2.2 – Publier un bilan annuel de la ", 4),
        ("Objectif 3.3 – Réduire l'empreinte environnem", 3),
        ("Action 3.3.1 – Allonger à sept ans la durée d", 4),
        ("Tableau de synthèse", 2),
    ]
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text


def test_odt_outline_without_libreoffice_format_and_list_styles(tmp_path):
    """Outline numbering from prefix / suffix / display-levels only; list levels with their
    own formats and suffixes; a continued list keeps counting; a list header is not counted."""
    from odf.opendocument import OpenDocumentText
    from odf.text import (H, List, ListHeader, ListItem, ListLevelStyleNumber, ListStyle, OutlineLevelStyle,
                          OutlineStyle, P)

    document = OpenDocumentText()
    outline = OutlineStyle(name="Outline")
    outline.addElement(OutlineLevelStyle(level=1, numformat="I", numsuffix=". "))
    outline.addElement(OutlineLevelStyle(level=2, numformat="1", displaylevels=2, numprefix="Axe "))
    document.styles.addElement(outline)
    numbered = ListStyle(name="Liste")
    numbered.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix=")"))
    numbered.addElement(ListLevelStyleNumber(level=2, numformat="a", numsuffix=")"))
    document.automaticstyles.addElement(numbered)

    def items(texts, **kwargs):
        lst = List(stylename=numbered, **kwargs)
        for text in texts:
            item = ListItem()
            item.addElement(P(text=text))
            lst.addElement(item)
        return lst

    document.text.addElement(H(outlinelevel=1, text="Diagnostic"))
    document.text.addElement(H(outlinelevel=2, text="Mobilités"))
    first = items(["Créer des pistes cyclables"])
    header = ListHeader()
    header.addElement(P(text="Une remarque sans numéro"))
    first.addElement(header)
    first.childNodes[0].addElement(items(["le long des départementales", "vers les gares"]))
    document.text.addElement(first)
    document.text.addElement(P(text="Un paragraphe entre deux."))
    document.text.addElement(items(["Ouvrir un service de location"], continuenumbering="true"))
    document.text.addElement(H(outlinelevel=2, text="Habitat"))
    document.text.addElement(H(outlinelevel=1, text="Propositions"))
    document.text.addElement(H(outlinelevel=2, text="Santé"))
    path = tmp_path / "o.odt"
    document.save(str(path))
    doc = extract(path, doc_id="o.odt", meta=DocMeta())
    assert blocks(doc) == [
        ("heading", "I. Diagnostic", 1, ""),
        ("heading", "Axe I.1 Mobilités", 2, ""),
        ("list_item", "Créer des pistes cyclables", 0, "1"),
        ("list_item", "le long des départementales", 1, "a"),
        ("list_item", "vers les gares", 1, "b"),
        ("paragraph", "Une remarque sans numéro", 0, ""),
        ("paragraph", "Un paragraphe entre deux.", 0, ""),
        ("list_item", "Ouvrir un service de location", 0, "2"),
        ("heading", "Axe I.2 Habitat", 2, ""),
        ("heading", "II. Propositions", 1, ""),
        ("heading", "Axe II.1 Santé", 2, ""),
    ]


def test_table_row_numbers_need_a_number_header_or_increasing_numbers(tmp_path):
    import docx

    document = docx.Document()
    for rows in ([("", "Action"), ("1", "Créer un guichet"), ("2", "Former les agents")],
                 [("Quantité", "Matériel"), ("12", "Ordinateurs"), ("3", "Tablettes")],
                 [("Action", "n°"), ("Créer un guichet", "2"), ("Former les agents", "1")]):
        table = document.add_table(rows=len(rows), cols=2)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    path = tmp_path / "tableaux.docx"
    document.save(path)
    doc = extract(path, doc_id="t.docx", meta=DocMeta())
    assert [(b.table, b.text, b.marker) for b in doc.blocks if b.row] == [
        (0, "1", ""), (0, "Créer un guichet", "1"), (0, "2", ""), (0, "Former les agents", "2"),
        (1, "12", ""), (1, "Ordinateurs", ""), (1, "3", ""), (1, "Tablettes", ""),
        (2, "Créer un guichet", "2"), (2, "2", ""), (2, "Former les agents", "1"), (2, "1", ""),
    ]


def test_docx_merged_title_row_is_kept_as_row_0_and_is_no_column_header():
    """A fiche action (tests/data/record-tables/make_fixtures.py): the first row, one cell
    merged over the table, is a title: it stays row 0 and the cells below have no column
    header; a cell's paragraphs are its lines."""
    doc = extract(Path(__file__).parent / "data" / "record-tables" / "fiches.docx", doc_id="f.docx", meta=DocMeta())
    cells = [(b.table, b.row, b.col, b.header, b.text) for b in doc.blocks if b.kind == "table_cell"]
    assert [c for c in cells if c[0] == 0] == [
        (0, 0, 0, "", "Fiche action n° 1 – Ouvrir une maison des services numériques"),
        (0, 1, 0, "", "Objectif(s)"),
        (0, 1, 1, "", "• Rapprocher les services publics des habitants\n• Former les habitants aux démarches en ligne"),
        (0, 2, 0, "", "Contexte"), (0, 2, 1, "", "La mairie annexe est fermée depuis 2023."),
        (0, 3, 0, "", "Description de l'action"),
        (0, 3, 1, "", "L'action se décline en deux volets :\n- aménager l'ancienne mairie annexe ;\n"
                      "- recruter deux conseillers numériques."),
        (0, 4, 0, "", "Pilote"), (0, 4, 1, "", "Direction des services à la population"),
        (0, 5, 0, "", "Indicateurs de suivi"),
        (0, 5, 1, "", "Nombre de visiteurs par mois ; Nombre de démarches accompagnées"),
    ]
    assert [c[4] for c in cells if c[1] == 0] == [
        "Fiche action n° 1 – Ouvrir une maison des services numériques",
        "Fiche action n° 2 – Équiper les écoles de tableaux numériques",
        "Fiche action n° 3 – Former les agents d'accueil des mairies"]


def test_a_one_word_header_spanning_the_table_stays_a_header(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Actions"
    table.cell(1, 0).text = "Créer un guichet unique"
    table.cell(1, 1).text = "Former les agents"
    path = tmp_path / "t.docx"
    document.save(path)
    cells = [(b.row, b.col, b.header, b.text) for b in extract(path, doc_id="t.docx", meta=DocMeta()).blocks]
    assert cells == [(0, 0, "", "Actions"), (1, 0, "Actions", "Créer un guichet unique"),
                     (1, 1, "", "Former les agents")]


def test_the_explanation_of_a_list_item_goes_on_it_in_docx_and_odt(tmp_path):
    """An indented plain paragraph right after a numbered item (DOCX) and a second paragraph
    in the same list item (ODT) explain the item: a paragraph of level 1 + the item's depth,
    which the segmenter makes the item's description."""
    import docx
    from docx.shared import Cm
    from odf.opendocument import OpenDocumentText
    from odf.text import H, List, ListItem, P

    from nlp_stn.segment import segment

    explained = "Le portail permettra l'inscription et le règlement des repas en ligne."
    document = docx.Document()
    document.add_heading("Plan numérique communal 2025-2027", level=1)
    document.add_paragraph("Mettre en service un portail famille pour la restauration scolaire", style="List Number")
    document.add_paragraph(explained).paragraph_format.left_indent = Cm(1)
    document.add_paragraph("Informatiser la gestion du cimetière communal", style="List Number")
    document.add_paragraph("Le conseil municipal suivra ce plan chaque année.")
    path = tmp_path / "plan.docx"
    document.save(path)
    assert blocks(extract(path))[1:] == [
        ("list_item", "Mettre en service un portail famille pour la restauration scolaire", 0, "1"),
        ("paragraph", explained, 1, ""),
        ("list_item", "Informatiser la gestion du cimetière communal", 0, "2"),
        ("paragraph", "Le conseil municipal suivra ce plan chaque année.", 0, ""),
    ]
    units = segment(extract(path))
    assert [(u.kind, u.text, u.detail) for u in units] == [
        ("action", "Mettre en service un portail famille pour la restauration scolaire", explained),
        ("action", "Informatiser la gestion du cimetière communal", ""),
    ]
    odt = OpenDocumentText()
    odt.text.addElement(H(outlinelevel=1, text="Plan numérique communal 2025-2027"))
    lst = List()
    item = ListItem()
    item.addElement(P(text="Mettre en service un portail famille pour la restauration scolaire"))
    item.addElement(P(text=explained))
    lst.addElement(item)
    odt.text.addElement(lst)
    odt_path = tmp_path / "plan.odt"
    odt.save(str(odt_path))
    assert [(b.kind, b.text, b.level) for b in extract(odt_path).blocks][1:] == [
        ("list_item", "Mettre en service un portail famille pour la restauration scolaire", 0),
        ("paragraph", explained, 1),
    ]


def test_a_one_cell_table_is_a_frame_around_paragraphs_in_docx_and_odt(tmp_path):
    """A shaded box (a table of one row and one cell) that sets off a labelled proposal is
    read as the body's paragraphs and lists, not as a table whose only cell is a header."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    from nlp_stn.segment import segment

    document = docx.Document()
    document.add_heading("Avis du conseil citoyen sur le plan vélo", level=1)
    document.add_heading("Propositions", level=2)
    box = document.add_table(rows=1, cols=1)
    cell = box.cell(0, 0)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "DDEEFF")
    cell._tc.get_or_add_tcPr().append(shading)
    cell.paragraphs[0].add_run("Proposition 3.2").bold = True
    cell.add_paragraph("Éclairer les voies cyclables qui mènent aux collèges.")
    cell.add_paragraph("à l'entrée des bourgs", style="List Bullet")
    document.add_paragraph("Le conseil suivra la mise en œuvre.")
    grid = document.add_table(rows=2, cols=2)  # a real table stays one
    for r, row in enumerate([("Action", "Délai"), ("Poser des arceaux", "2026")]):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    path = tmp_path / "avis.docx"
    document.save(path)
    doc = extract(path)
    assert blocks(doc)[2:] == [
        ("paragraph", "Proposition 3.2", 0, ""),
        ("paragraph", "Éclairer les voies cyclables qui mènent aux collèges.", 0, ""),
        ("list_item", "à l'entrée des bourgs", 0, "•"),
        ("paragraph", "Le conseil suivra la mise en œuvre.", 0, ""),
        ("table_cell", "Action", 0, 0, ""),
        ("table_cell", "Délai", 0, 1, ""),
        ("table_cell", "Poser des arceaux", 1, 0, "Action"),
        ("table_cell", "2026", 1, 1, "Délai"),
    ]
    assert doc.blocks[-1].table == 0  # the frame is not counted as a table
    assert [(u.kind, u.label, u.text) for u in segment(doc) if u.label] == [
        ("recommendation", "Proposition 3.2", "Éclairer les voies cyclables qui mènent aux collèges."),
    ]

    odt = OpenDocumentText()
    odt.text.addElement(H(outlinelevel=1, text="Avis du conseil citoyen sur le plan vélo"))
    frame = Table(name="Encadre1")
    frame.addElement(TableColumn())
    row = TableRow()
    cell = TableCell()
    cell.addElement(P(text="Proposition 3.2"))
    cell.addElement(P(text="Éclairer les voies cyclables qui mènent aux collèges."))
    row.addElement(cell)
    frame.addElement(row)
    odt.text.addElement(frame)
    odt_path = tmp_path / "avis.odt"
    odt.save(str(odt_path))
    assert blocks(extract(odt_path))[1:] == [
        ("paragraph", "Proposition 3.2", 0, ""),
        ("paragraph", "Éclairer les voies cyclables qui mènent aux collèges.", 0, ""),
    ]


def test_docx_notes_typed_in_a_small_font_at_the_end_of_a_section_are_left_out(tmp_path):
    """A paragraph opened by a call number set as an exponent (« ¹ », or a digit in a
    superscript run), all in a font smaller than the body's, is a note when only such notes
    follow it up to the next heading or the end; elsewhere, or in the body's size, it is text."""
    import docx
    from docx.shared import Pt

    def small(paragraph, text, superscript=""):
        if superscript:
            run = paragraph.add_run(superscript)
            run.font.size, run.font.superscript = Pt(8), True
        paragraph.add_run(text).font.size = Pt(8)
        return paragraph

    document = docx.Document()
    document.add_heading("Avis sur le plan de mobilité", level=1)
    document.add_heading("Constats", level=2)
    document.add_paragraph("Le réseau de cars est saturé¹ aux heures de pointe, selon les usagers interrogés.")
    small(document.add_paragraph(), "¹ Comptages de l'observatoire régional des transports, 2024.")
    document.add_paragraph("")
    document.add_heading("Propositions", level=2)
    small(document.add_paragraph(), "² Une remarque en petits caractères, suivie du texte de la section.")
    document.add_paragraph("Créer une ligne de car express entre les deux bourgs, avec un départ toutes les heures.")
    document.add_paragraph("³ Un paragraphe ouvert par un exposant mais écrit dans la taille du texte.")
    small(document.add_paragraph(), " Schéma régional des mobilités, version de 2023.", superscript="4")
    path = tmp_path / "avis.docx"
    document.save(path)
    assert [(b.kind, b.text) for b in extract(path).blocks] == [
        ("heading", "Avis sur le plan de mobilité"),
        ("heading", "Constats"),
        ("paragraph", "Le réseau de cars est saturé¹ aux heures de pointe, selon les usagers interrogés."),
        ("heading", "Propositions"),
        ("paragraph", "² Une remarque en petits caractères, suivie du texte de la section."),
        ("paragraph", "Créer une ligne de car express entre les deux bourgs, avec un départ toutes les heures."),
        ("paragraph", "³ Un paragraphe ouvert par un exposant mais écrit dans la taille du texte."),
    ]


def _text_box(paragraphs: str, fallback: bool = True, choice: bool = True) -> str:
    """A run holding a text box as Word 2010 and later write it: a drawing (mc:Choice) and
    its VML copy (mc:Fallback), each with the same paragraphs."""
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    drawing = ('<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/'
               'drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
               'drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/'
               f'word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>'
               '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
    vml = ('<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
           f'{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>')
    return (f'<w:r><mc:AlternateContent {mc}>{drawing if choice else ""}{vml if fallback else ""}'
            '</mc:AlternateContent></w:r>')


def test_docx_text_box_paragraphs_follow_their_anchor_once(tmp_path):
    """A text box (a sidebar « À retenir », a framed proposal) is written twice by Word, as a
    drawing and as its VML copy: its paragraphs and lists are read once, right after the
    paragraph it is anchored in (an empty anchor gives no block), not in the anchor's text."""
    numbering = (_abstract(1, [("decimal", "%1.")]) + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    box = _text_box(_p("À retenir") + _p("Ouvrir la piscine le dimanche matin.", _num(1, 0))
                    + _p("Créer un tarif pour les familles.", _num(1, 0)))
    anchored = _p("Le conseil insiste sur un point.").replace("</w:p>", box + "</w:p>")
    vml_only = "<w:p>" + _text_box(_p("Afficher les horaires en mairie."), choice=False) + "</w:p>"
    cell = ("<w:tbl><w:tr><w:tc>" + _p("Sport").replace("</w:p>", _text_box(_p("Rénover le gymnase.")) + "</w:p>")
            + "</w:tc><w:tc>" + _p("2027") + "</w:tc></w:tr><w:tr><w:tc>" + _p("Culture") + "</w:tc><w:tc>"
            + _p("2028") + "</w:tc></w:tr></w:tbl>")
    body = (_p("Avis sur les équipements", '<w:pStyle w:val="Heading1"/>') + anchored
            + _p("Le conseil propose aussi un bus.") + vml_only + _p("Fin de l'avis.") + cell)
    doc = extract(_raw_docx(tmp_path / "boites.docx", body, numbering=numbering))
    assert blocks(doc) == [
        ("heading", "Avis sur les équipements", 1, ""),
        ("paragraph", "Le conseil insiste sur un point.", 0, ""),
        ("paragraph", "À retenir", 0, ""),
        ("list_item", "Ouvrir la piscine le dimanche matin.", 0, "1"),
        ("list_item", "Créer un tarif pour les familles.", 0, "2"),
        ("paragraph", "Le conseil propose aussi un bus.", 0, ""),
        ("paragraph", "Afficher les horaires en mairie.", 0, ""),
        ("paragraph", "Fin de l'avis.", 0, ""),
        ("table_cell", "Sport\nRénover le gymnase.", 0, 0, ""),
        ("table_cell", "2027", 0, 1, ""),
        ("table_cell", "Culture", 1, 0, "Sport\nRénover le gymnase."),
        ("table_cell", "2028", 1, 1, "2027"),
    ]


def test_odt_text_box_frames_follow_their_anchor_paragraph(tmp_path):
    """A frame holding a text box, anchored in a paragraph (a sidebar beside it), is read once
    as blocks after that paragraph, lists included; an empty anchor gives no block; a frame
    holding only an image gives nothing."""
    from odf.draw import Frame, Image, TextBox
    from odf.opendocument import OpenDocumentText
    from odf.text import H, List, ListItem, P

    odt = OpenDocumentText()
    odt.text.addElement(H(outlinelevel=1, text="Plan des équipements"))
    anchor = P(text="La commune s'engage sur deux points.")
    frame = Frame(name="Cadre1", anchortype="paragraph", width="6cm")
    box = TextBox()
    box.addElement(P(text="Engagements"))
    items = List()
    for text in ("Ouvrir la piscine le dimanche.", "Rénover le gymnase."):
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    box.addElement(items)
    frame.addElement(box)
    anchor.addElement(frame)
    odt.text.addElement(anchor)
    empty = P()
    lone = Frame(name="Cadre2", anchortype="paragraph", width="6cm")
    lone_box = TextBox()
    lone_box.addElement(P(text="Action 2 – Créer un tarif familles."))
    lone.addElement(lone_box)
    empty.addElement(lone)
    odt.text.addElement(empty)
    picture = P(text="Vue du gymnase.")
    image = Frame(name="Image1", anchortype="as-char", width="4cm")
    image.addElement(Image(href="Pictures/vue.png"))
    picture.addElement(image)
    odt.text.addElement(picture)
    path = tmp_path / "plan.odt"
    odt.save(str(path))
    assert blocks(extract(path)) == [
        ("heading", "Plan des équipements", 1, ""),
        ("paragraph", "La commune s'engage sur deux points.", 0, ""),
        ("paragraph", "Engagements", 0, ""),
        ("list_item", "Ouvrir la piscine le dimanche.", 0, "•"),
        ("list_item", "Rénover le gymnase.", 0, "•"),
        ("paragraph", "Action 2 – Créer un tarif familles.", 0, ""),
        ("paragraph", "Vue du gymnase.", 0, ""),
    ]


def test_docx_subtitle_under_the_title_is_a_heading_not_running_text(tmp_path):
    """A paragraph in the « Subtitle » style (or a style based on it) under the Title is a heading at the
    level of the sections, which the first section replaces: its question is not one put by the text."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.add_paragraph("Plan vélo de la commune", style="Title")
    document.add_paragraph("Un an plus tard : où en sont nos pistes ?", style="Subtitle")
    custom = document.styles.add_style("Sous-titre bleu", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = document.styles["Subtitle"]
    document.add_paragraph("Avis du comité des usagers", style="Sous-titre bleu")
    document.add_heading("Contexte", level=1)
    document.add_paragraph("Le comité s'est réuni trois fois.")
    path = tmp_path / "suivi.docx"
    document.save(path)
    doc = extract(path)
    assert blocks(doc) == [
        ("heading", "Plan vélo de la commune", 1, ""),
        ("heading", "Un an plus tard : où en sont nos pistes ?", 2, ""),
        ("heading", "Avis du comité des usagers", 2, ""),
        ("heading", "Contexte", 2, ""),
        ("paragraph", "Le comité s'est réuni trois fois.", 0, ""),
    ]


def test_odt_short_paragraphs_wholly_in_bold_are_headings_below_the_outline(tmp_path):
    """A short paragraph set wholly in bold by its style or its spans, not ending like a
    sentence, is a heading under the document's outline headings (the larger first), as in a
    PDF; a bold sentence, a paragraph bold in part and any paragraph of a document written
    all in bold stay paragraphs."""
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span

    context = ("Lors de notre assemblée plénière, une quarantaine d'habitants ont dit ce qui leur manque "
               "pour vivre le numérique au quotidien, dans les logements comme à la maison de quartier.")

    def build(body_bold: bool):
        odt = OpenDocumentText()
        bold = Style(name="Gras", family="paragraph")
        bold.addElement(TextProperties(fontweight="bold"))
        large = Style(name="GrasGrand", family="paragraph", parentstylename="Gras")
        large.addElement(TextProperties(fontsize="14pt"))
        strong = Style(name="T1", family="text")
        strong.addElement(TextProperties(fontweight="bold"))
        body = Style(name="Corps", family="paragraph")
        body.addElement(TextProperties(fontweight="bold" if body_bold else "normal"))
        odt.styles.addElement(bold)  # a named style, the parent of an automatic one
        for style in (large, strong, body):
            odt.automaticstyles.addElement(style)
        odt.text.addElement(H(outlinelevel=1, text="Lettre au maire"))
        odt.text.addElement(P(stylename=large, text="Le numérique au quotidien"))
        odt.text.addElement(P(stylename=bold, text="Internet et téléphone"))
        odt.text.addElement(P(stylename=body, text="Les immeubles attendent toujours la fibre depuis trois ans."))
        odt.text.addElement(P(stylename=body, text=context))
        spanned = P(stylename=body)
        spanned.addElement(Span(stylename=strong, text="Être accompagné pour ses démarches"))
        odt.text.addElement(spanned)
        odt.text.addElement(P(stylename=bold, text="Nous demandons une permanence."))
        lead = P(stylename=body)
        lead.addElement(Span(stylename=strong, text="Important"))
        lead.addText(" la mairie annexe doit rester ouverte")
        odt.text.addElement(lead)
        path = tmp_path / f"lettre-{body_bold}.odt"
        odt.save(str(path))
        return [(b.kind, b.text, b.level) for b in extract(path).blocks]

    assert build(False) == [
        ("heading", "Lettre au maire", 1),
        ("heading", "Le numérique au quotidien", 2),
        ("heading", "Internet et téléphone", 3),
        ("paragraph", "Les immeubles attendent toujours la fibre depuis trois ans.", 0),
        ("paragraph", context, 0),
        ("heading", "Être accompagné pour ses démarches", 3),
        ("paragraph", "Nous demandons une permanence.", 0),
        ("paragraph", "Important la mairie annexe doit rester ouverte", 0),
    ]
    assert [kind for kind, _, _ in build(True)] == ["heading"] + ["paragraph"] * 7


def test_odt_table_of_contents_typed_with_tabs_is_left_out(tmp_path):
    # « Sommaire » then one paragraph per chapter, its page after a tab (a text:tab element or a
    # tab character): the entries repeat the headings, they are no text; a sentence ending
    # with a tab and a number is kept
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P, Tab

    document = OpenDocumentText()
    document.text.addElement(P(text="Sommaire"))
    entry = P(text="Les transports")
    entry.addElement(Tab())
    entry.addText("3")
    document.text.addElement(entry)
    document.text.addElement(P(text="2. La santé\t7"))
    document.text.addElement(H(outlinelevel=1, text="Les transports"))
    document.text.addElement(P(text="Le car passe deux fois par jour."))
    kept = P(text="Montant voté :")
    kept.addElement(Tab())
    kept.addText("12")
    document.text.addElement(kept)
    path = tmp_path / "sommaire.odt"
    document.save(str(path))
    doc = extract(path, doc_id="sommaire.odt", meta=DocMeta())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Sommaire"),
        ("heading", "Les transports"),
        ("paragraph", "Le car passe deux fois par jour."),
        ("paragraph", "Montant voté : 12"),
    ]
