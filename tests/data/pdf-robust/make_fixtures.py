"""Write the PDF fixtures of tests/test_extract_pdf.py (invented text).

Run from this folder: python make_fixtures.py (needs python-docx and LibreOffice's
`soffice`). Each document is written as DOCX with python-docx, then converted to PDF by
`soffice --headless --convert-to pdf`; the DOCX is deleted.
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


def document(header, footer):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(11)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21)
    section.top_margin = section.bottom_margin = Cm(2.5)
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


if __name__ == "__main__":
    two_pages()
    labels_and_annex()
    for name in ("deux-pages", "propositions-annexe"):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE),
                        str(HERE / f"{name}.docx")], check=True, stdout=sys.stderr)
        (HERE / f"{name}.docx").unlink()
