"""Write the record-table fixtures (invented text): fiches action, one two-column table per
page whose first row is a merged title cell and whose other rows are field / value pairs.

Run from this folder: python make_fixtures.py (needs python-docx and LibreOffice's `soffice`).
Writes fiches.docx and its PDF (soffice --headless --convert-to pdf).
"""
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

HERE = Path(__file__).resolve().parent

LONG_CONTEXT = (
    "Les communes rurales du territoire comptent de nombreux habitants éloignés du numérique, "
    "souvent âgés, qui renoncent à des droits faute de pouvoir faire leurs démarches en ligne. "
    "Les permanences existantes sont rares et mal connues, et les agents d'accueil des mairies "
    "ne sont pas formés à l'accompagnement des usagers."
)


def fiche(doc, title, rows):
    table = doc.add_table(rows=len(rows) + 1, cols=2)
    table.style = "Table Grid"
    top = table.cell(0, 0).merge(table.cell(0, 1))
    top.text = title
    for r, (name, value) in enumerate(rows, start=1):
        table.cell(r, 0).text = name
        cell = table.cell(r, 1)
        paragraphs = value if isinstance(value, list) else [value]
        cell.text = paragraphs[0]
        for text in paragraphs[1:]:
            cell.add_paragraph(text)


def build():
    doc = Document()
    doc.add_heading("Plan d'actions numérique 2026-2030", level=1)
    doc.add_paragraph("Le plan compte trois fiches action.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    fiche(doc, "Fiche action n° 1 – Ouvrir une maison des services numériques", [
        ("Objectif(s)", ["• Rapprocher les services publics des habitants", "• Former les habitants aux démarches en ligne"]),
        ("Contexte", "La mairie annexe est fermée depuis 2023."),
        ("Description de l'action", ["L'action se décline en deux volets :", "- aménager l'ancienne mairie annexe ;",
                                     "- recruter deux conseillers numériques."]),
        ("Pilote", "Direction des services à la population"),
        ("Indicateurs de suivi", "Nombre de visiteurs par mois ; Nombre de démarches accompagnées"),
    ])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    fiche(doc, "Fiche action n° 2 – Équiper les écoles de tableaux numériques", [
        ("Objectif(s)", "Donner à chaque classe élémentaire un équipement numérique de base."),
        ("Contexte", "Les écoles sont équipées de façon très inégale."),
        ("Description de l'action", "Acheter les équipements par un marché groupé, puis former les enseignants à leur usage."),
        ("Pilote", "Service des affaires scolaires"),
        ("Indicateurs de suivi", ["Nombre de classes équipées", "Taux d'utilisation hebdomadaire"]),
    ])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # a fiche long enough to go on over the next page: one table
    fiche(doc, "Fiche action n° 3 – Former les agents d'accueil des mairies", [
        ("Objectif(s)", "Permettre à chaque mairie d'orienter les usagers vers le bon service en ligne."),
        *[(f"Contexte ({k})", LONG_CONTEXT) for k in range(1, 9)],
        ("Pilote", "Service des ressources humaines"),
        ("Partenaires", "Centre de gestion, CNFPT"),
        ("Calendrier", "2026-2027"),
        ("Budget", "20 000 €"),
        ("Indicateurs de suivi", "Nombre d'agents formés"),
    ])
    out = HERE / "fiches.docx"
    doc.save(out)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(out)], check=True,
                   capture_output=True)


if __name__ == "__main__":
    build()
