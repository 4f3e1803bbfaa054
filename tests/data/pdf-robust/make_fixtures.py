"""Write the PDF fixtures of tests/test_extract_pdf.py (invented text).

Run from this folder: python make_fixtures.py [NAME...] (needs python-docx and LibreOffice's
`soffice`). Each document is written as DOCX with python-docx, then converted to PDF by
`soffice --headless --convert-to pdf`; the DOCX is deleted.

The designed layouts (avis-deux-colonnes, avis-encadres, strategie-paysage, deliberation-conseil)
are written as flat ODT by the scripts of src/ (cd src && python make_avis_colonnes.py, ...).
"""
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent


def field(paragraph, instruction):
    """A Word field (PAGE, NUMPAGES) in a paragraph."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == instruction:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = instruction
            run._r.append(instr)
        else:
            run.text = text


def a4_document():
    """An A4 document in 11 pt Liberation Serif with 2.5 cm top and bottom margins."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(11)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21)
    section.top_margin = section.bottom_margin = Cm(2.5)
    return doc, section


def document(header, footer):
    doc, section = a4_document()
    if header:
        section.header.paragraphs[0].text = header
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(footer + " – page ")
        field(paragraph, " PAGE ")
        paragraph.add_run(" sur ")
        field(paragraph, " NUMPAGES ")
    return doc


def tight(paragraph):
    """No space before or after the paragraph: only the label can separate it."""
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)
    return paragraph


FILLER = (
    "Les habitants rencontrés décrivent des démarches longues et des interlocuteurs multiples. "
    "Les associations de quartier assurent une grande part de l'accueil, avec des bénévoles "
    "souvent peu formés et des locaux mal équipés. "
)


def two_pages():
    doc = document("Conseil citoyen de Val-Marée – Avis n°2025-01", "Avis adopté le 3 février 2025")
    doc.add_heading("Avis sur le schéma des mobilités", level=1)
    doc.add_paragraph("Le Conseil approuve les orientations générales du schéma.")
    for _ in range(7):
        doc.add_paragraph(FILLER * 2)
    doc.add_paragraph(
        "Recommandation 1 : Créer une ligne de bus de soirée entre les bourgs et la gare, avec des "
        "horaires adaptés aux salariés postés, une tarification unique sur tout le territoire, des "
        "arrêts éclairés et sécurisés, un service de réservation par téléphone pour les hameaux "
        "éloignés et une information en temps réel affichée aux arrêts principaux du réseau, afin "
        "que chaque habitant puisse rentrer chez lui après vingt et une heures sans voiture."
    )
    doc.add_paragraph("Recommandation 2 : Aménager des abris sécurisés pour les vélos près des écoles.")
    doc.add_paragraph("Le Conseil approuve les orientations générales du schéma.")
    doc.save(HERE / "deux-pages.docx")


def labels_and_annex():
    doc = document("", "")
    doc.add_heading("Propositions du conseil citoyen", level=1)
    doc.add_paragraph(FILLER * 3)
    tight(doc.add_paragraph("Proposition 1 : Ouvrir une maison des services dans chaque canton."))
    tight(doc.add_paragraph(
        "Proposition 2 : Former les agents d'accueil aux démarches en ligne et à l'orientation des "
        "personnes vers les travailleurs sociaux du département."
    ))
    tight(doc.add_paragraph("Mesure 3 – Publier chaque année un bilan des délais de traitement."))
    spaced = tight(doc.add_paragraph("Le bilan sera présenté en séance publique, comme le prévoit la"))
    spaced.paragraph_format.space_before = Pt(10)
    tight(doc.add_paragraph("Mesure 3 du plan adopté en 2023."))
    doc.add_page_break()
    doc.add_heading("Annexe : liste des participants", level=1)
    for n in range(40):
        doc.add_paragraph(f"Participant {n}, habitant du quartier nord.")
    doc.save(HERE / "propositions-annexe.docx")


def toc_headings_table():
    """A table of contents with dot leaders, body lines ending in numbers, bold headings
    wrapped onto a lower-case line, and a table whose row is cut by the page break."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

    doc, section = a4_document()
    section.left_margin = section.right_margin = Cm(2.5)
    footer = section.footer.paragraphs[0]
    footer.add_run("Feuille de route numérique de Port-Vallon – page ")
    field(footer, " PAGE ")

    def bold(text):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(text)
        run.bold = True
        return paragraph

    doc.add_heading("Feuille de route numérique de Port-Vallon", level=1)
    title = doc.add_paragraph()
    title.add_run("Sommaire").bold = True
    for entry, page in (("Introduction", 1), ("Nos engagements", 1), ("Programme d'actions", 1)):
        paragraph = tight(doc.add_paragraph(f"{entry}\t{page}"))
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    bold("Introduction")
    doc.add_paragraph("La commune s'engage à publier un bilan de cette feuille de route d'ici 2026")
    doc.add_paragraph("Ce plan répond aux obligations fixées par la délibération 12")
    bold("Nos engagements")
    bold("Action 1 – Équiper chaque école élémentaire de la commune d'une classe mobile de tablettes partagées")
    doc.add_paragraph("Les tablettes seront prêtées par roulement aux classes de cycle 3.")
    bold("Fiche action n°2 : Ouvrir un atelier de réparation des ordinateurs portables des agents et des habitants")
    doc.add_paragraph("L'atelier sera animé par une association d'insertion, deux après-midi par mois.")
    for _ in range(3):
        doc.add_paragraph(FILLER * 2)
    bold("Programme d'actions")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, ("Action", "Pilote", "Échéance")):
        cell.text = text
    rows = [
        ("Recenser les équipements numériques de toutes les écoles", "Service éducation", "2025"),
        ("Former les agents d'accueil aux démarches en ligne des habitants", "Ressources humaines", "2025"),
        ("Élaborer une charte du numérique responsable pour les services municipaux, les écoles, les "
         "associations hébergées et les élus, avec un guide des bons usages de la messagerie, du stockage "
         "partagé et des impressions", "Direction des systèmes d'information et du numérique", "2026"),
        ("Publier les données des équipements publics en accès libre", "Service communication", "2027"),
    ]
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell.text = text
    doc.add_paragraph("Le bilan annuel sera présenté au conseil municipal.")
    doc.save(HERE / "sommaire-tableau.docx")


if __name__ == "__main__":
    # python make_fixtures.py [NAME...]: only the named fixtures (all by default)
    makers = {"deux-pages": two_pages, "propositions-annexe": labels_and_annex, "sommaire-tableau": toc_headings_table}
    names = sys.argv[1:] or list(makers)
    for name in names:
        makers[name]()
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE),
                        str(HERE / f"{name}.docx")], check=True, stdout=sys.stderr)
        (HERE / f"{name}.docx").unlink()
