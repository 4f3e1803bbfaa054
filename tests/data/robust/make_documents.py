"""Writes the robustness test documents of tests/data/robust/ (invented, realistic content).

Run from the repository root: ``.venv/bin/python tests/data/robust/make_documents.py``.
The PDFs are converted from the DOCX opinion and the ODT strategy with LibreOffice when ``soffice`` is installed
(``soffice --headless --convert-to pdf``); the other files need only python-docx and odfpy.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent


# --- DOCX opinion of a development council ---------------------------------------------------


def _docx_set_numbering(paragraph, num_id: int, ilvl: int) -> None:
    """Give a paragraph Word automatic numbering (w:numPr) without any visible marker."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), str(num_id))
    numpr.append(lvl)
    numpr.append(num)
    ppr.append(numpr)


def make_avis_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Avis sur la stratégie numérique de l'agglomération"
    d.add_paragraph("Avis du conseil de développement sur la stratégie numérique de l'agglomération", style="Title")
    d.add_heading("Préambule", level=1)
    d.add_paragraph(
        "Saisi par le président de l'agglomération en janvier, le conseil de développement a réuni "
        "un groupe de travail de vingt membres pendant quatre mois. Il a auditionné les services, "
        "des associations de médiation et des habitants. Le présent avis rassemble ses constats et "
        "ses préconisations."
    )
    d.add_heading("1. Un numérique accessible à toutes et tous", level=1)
    d.add_paragraph(
        "Près d'un habitant sur cinq déclare renoncer à une démarche administrative faute d'aide. "
        "Les lieux d'accompagnement existent mais restent mal connus."
    )
    d.add_paragraph(
        "Préconisation 1 : Créer un réseau de points d'accueil numérique dans les mairies annexes "
        "et les centres sociaux."
    )
    d.add_paragraph(
        "Préconisation 2 : Garantir le maintien d'un accueil physique et téléphonique pour chaque "
        "démarche dématérialisée."
    )
    d.add_paragraph("Pour y parvenir, le conseil propose de :")
    d.add_paragraph("former les agents d'accueil à l'accompagnement des usagers ;", style="List Bullet")
    d.add_paragraph(
        "financer des permanences de médiateurs numériques dans les quartiers prioritaires.", style="List Bullet"
    )
    d.add_heading("2. Former et accompagner", level=1)
    d.add_heading("2.1 Les jeunes et les familles", level=2)
    d.add_paragraph(
        "Recommandation n°3 : Intégrer l'éducation critique aux écrans dans les projets éducatifs "
        "de territoire."
    )
    d.add_paragraph(
        "Recommandation n°4 – Ouvrir les espaces numériques des collèges aux familles le samedi matin."
    )
    d.add_heading("2.2 Les associations", level=2)
    d.add_paragraph(
        "Les associations manquent de temps et de compétences pour utiliser les outils collaboratifs."
    )
    d.add_paragraph("Le conseil recommande de :")
    d.add_paragraph("1. Proposer un cycle de formations gratuites aux bénévoles associatifs.")
    d.add_paragraph("2. Mettre à disposition des associations une suite bureautique libre hébergée localement :")
    d.add_paragraph("a) avec un accompagnement à la prise en main ;")
    d.add_paragraph("b) avec une assistance téléphonique mutualisée.")
    d.add_heading("3. Gouvernance de la stratégie", level=1)
    d.add_paragraph("Le conseil demande que la stratégie soit évaluée chaque année avec les habitants.")
    d.add_paragraph("Le conseil préconise enfin de :")
    for text in (
        "Associer le conseil de développement au comité de pilotage de la stratégie.",
        "Publier chaque année un bilan des actions engagées en données ouvertes.",
    ):
        d.add_paragraph(text, style="List Number")
    d.add_heading("Actions attendues", level=2)
    table = d.add_table(rows=4, cols=3)
    table.style = d.styles["Table Grid"]
    rows = [
        ("Actions proposées", "Pilote", "Calendrier"),
        ("Créer un annuaire en ligne des lieux de médiation numérique", "Agglomération", "2025"),
        ("Lancer un budget participatif consacré au numérique", "Ville centre", "2026"),
        ("Équiper les bibliothèques de postes en libre accès", "Réseau des médiathèques", "2025-2027"),
    ]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_heading("Questions au conseil communautaire", level=1)
    d.add_paragraph("Comment les communes rurales seront-elles associées au déploiement des points d'accueil ?")
    d.add_paragraph("Quel budget sera consacré à la médiation numérique après 2026 ?")
    d.save(path)


# --- ODT territorial strategy ----------------------------------------------------------------


def make_strategy_odt(path: Path) -> None:
    from odf import dc
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelProperties, Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P

    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text="Stratégie numérique territoriale 2025-2030"))
    bold = Style(name="Gras", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    bullets = ListStyle(name="Puces")
    for lvl in (1, 2, 3):
        style = ListLevelStyleBullet(level=lvl, bulletchar="•")
        style.addElement(ListLevelProperties(spacebefore=f"{0.6 * lvl:.1f}cm", minlabelwidth="0.6cm"))
        bullets.addElement(style)
    doc.automaticstyles.addElement(bullets)
    numbers = ListStyle(name="Numeros")
    numbers.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    doc.automaticstyles.addElement(numbers)

    def h(level: int, text: str) -> None:
        doc.text.addElement(H(outlinelevel=level, text=text))

    def p(text: str) -> None:
        doc.text.addElement(P(text=text))

    def bullet_list(items, style="Puces") -> None:
        lst = List(stylename=style)
        for item in items:
            li = ListItem()
            li.addElement(P(text=item))
            lst.addElement(li)
        doc.text.addElement(lst)

    h(1, "Stratégie numérique territoriale 2025-2030")
    p(
        "La présente stratégie a été adoptée par le conseil communautaire. Elle s'organise en deux "
        "axes, déclinés en objectifs opérationnels et en actions. Il faut rappeler que chaque action "
        "dispose d'un pilote et d'indicateurs de suivi."
    )
    h(2, "Axe 1 : Inclusion numérique")
    h(3, "Objectif 1.1 : Accompagner les publics éloignés du numérique")
    h(4, "Action 1.1.1 : Déployer des conseillers numériques itinérants")
    p(
        "Deux conseillers se rendront chaque semaine dans les communes de moins de 2 000 habitants, "
        "en lien avec les secrétariats de mairie."
    )
    p("Pilote : service cohésion sociale")
    p("Indicateurs :")
    bullet_list(["Nombre de permanences tenues", "Nombre de personnes accompagnées"])
    h(4, "Action 1.1.2 : Créer un fonds d'équipement solidaire")
    p("Le fonds finance des ordinateurs reconditionnés pour les ménages modestes.")
    p("Indicateurs :")
    bullet_list(["Nombre d'équipements distribués"])
    h(3, "Objectif 1.2 : Simplifier l'accès aux services publics")
    h(4, "Action 1.2.1 : Ouvrir un guichet unique des démarches en ligne")
    p("Calendrier : 2026")
    h(2, "Axe 2 : Sobriété et souveraineté numériques")
    h(3, "Objectif 2.1 : Réduire l'empreinte environnementale du numérique")
    h(4, "Action 2.1.1 : Allonger la durée d'usage des équipements à six ans")
    p("Moyens mobilisés :")
    bullet_list(["un marché de reconditionnement", "une charte d'achat responsable"])
    h(4, "Action 2.1.2 : Former les agents à l'écoconception des services")
    p("Indicateurs :")
    bullet_list(["Part des agents formés", "Poids moyen des pages du site"])
    h(3, "Objectif 2.2 : Maîtriser les données du territoire")
    h(4, "Action 2.2.1 : Adopter une politique de données ouvertes")
    h(2, "Calendrier de mise en œuvre")
    table = Table(name="Calendrier")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for row in (("Année", "Étape"), ("2025", "Recrutement des conseillers"), ("2026", "Ouverture du guichet unique")):
        tr = TableRow()
        for text in row:
            cell = TableCell()
            cell.addElement(P(text=text))
            tr.addElement(cell)
        table.addElement(tr)
    doc.text.addElement(table)
    doc.save(str(path))


# --- edge cases ------------------------------------------------------------------------------


def make_table_only_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    rows = [
        ("Proposition", "Partenaires"),
        ("Installer des bornes d'accès à internet dans les gares", "Région, SNCF"),
        ("Développer une application de covoiturage solidaire", "Associations d'usagers"),
    ]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.save(path)


def make_numpr_docx(path: Path) -> None:
    """List items numbered by Word (w:numPr on the paragraph, Normal style): no typed marker;
    an empty heading; a list nested three levels deep."""
    import docx

    d = docx.Document()
    list_number = d.styles["List Number"]
    num_id = int(list_number.element.pPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}numPr").find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}numId").get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val"))
    d.add_heading("Nos propositions", level=1)
    d.add_heading("", level=2)  # an empty heading, as left by an editor
    d.add_paragraph("Les membres de l'atelier proposent de :")
    for text, ilvl in (
        ("Renforcer la médiation numérique", 0),
        ("Recruter des médiateurs", 1),
        ("dans les quartiers prioritaires", 2),
        ("dans les bourgs ruraux", 2),
        ("Former les secrétaires de mairie", 1),
        ("Ouvrir les données des transports en temps réel", 0),
    ):
        paragraph = d.add_paragraph(text)
        _docx_set_numbering(paragraph, num_id, ilvl)
    d.save(path)


def main() -> None:
    make_avis_docx(HERE / "avis-conseil-developpement.docx")
    make_strategy_odt(HERE / "strategie-territoriale.odt")
    make_table_only_docx(HERE / "tableau-seul.docx")
    make_numpr_docx(HERE / "numerotation-automatique.docx")
    soffice = shutil.which("soffice")
    if soffice:
        for name in ("avis-conseil-developpement.docx", "strategie-territoriale.odt"):
            subprocess.run(
                [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(HERE / name)],
                check=True, capture_output=True, timeout=180,
            )


if __name__ == "__main__":
    main()
