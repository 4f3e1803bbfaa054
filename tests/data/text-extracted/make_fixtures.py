"""Writes the fixtures of tests/data/text-extracted (run: python make_fixtures.py).

Small invented texts in the shapes of text extracted from PDFs (pdftotext, copy-paste):
form feeds between pages, running headers and footers, page numbers, footnotes, symbol-font
bullets (U+F0B7, U+F0A7), a Windows-1252 copy-paste without blank lines (CRLF)."""
from pathlib import Path

HERE = Path(__file__).resolve().parent

PAGES = (
    "Avis du Conseil de développement – mai 2024\n"
    "\n"
    "1. Préambule\n"
    "\n"
    "Le Conseil a réuni un groupe de travail avec l'association Clic Vallée1 et les\n"
    "secrétaires de mairie. Il formule des propositions sur l'accompa-\n"
    "gnement des habitants et sur les tiers-\n"
    "lieux du territoire.\n"
    "\n"
    "1 Association d'éducation populaire.\n"
    "Page 1/3\n"
    "\f"
    "Avis du Conseil de développement – mai 2024\n"
    "\n"
    "2. Les propositions\n"
    "\n"
    "Recommandation 1 : Ouvrir chaque samedi matin un accueil physique pour les\n"
    "démarches en ligne, dans chaque bassin de vie et en lien avec\n"
    "2\n"
    "\f"
    "Avis du Conseil de développement – mai 2024\n"
    "\n"
    "les secrétariats de mairie.\n"
    "\n"
    "Le Conseil préconise :\n"
    "\uf0b7 de former les agents d'accueil ;\n"
    "\uf0b7 de publier la carte des lieux d'aide.\n"
    "Recommandation 2 : Renouveler les postes encore sous Windows 7.\n"
    "- 3 -\n"
)

COPY_PASTE = (
    "Stratégie numérique 2025-2029\n"
    "Introduction\n"
    "Cette stratégie fait suite à un diagnostic mené auprès des habitants et des agents de\n"
    "l'agglomération.\n"
    "Axe 1 – Un territoire connecté\n"
    "Objectif 1.1 : Achever la couverture du territoire\n"
    "Action 1.1.1 – Accompagner la fin du déploiement de la fibre\n"
    "L'agglomération réunira chaque trimestre les maires et le délégataire pour suivre\n"
    "les raccordements.\n"
    "Indicateur : nombre de locaux raccordés\n"
    "Stratégie numérique 2025-2029 – Agglo 1\n"
    "Stratégie numérique 2025-2029\n"
    "Action 1.1.2 – Rendre accessibles au sens du RGAA¹ les sites de l'agglomération\n"
    "avant 2027, en commençant par les démarches les plus demandées.\n"
    "Les modalités seront précisées avec les communes.\n"
    "Indicateurs :\n"
    "• taux de conformité des sites\n"
    "¹ Référentiel général d'amélioration de l'accessibilité.\n"
    "Stratégie numérique 2025-2029 – Agglo 2\n"
    "Stratégie numérique 2025-2029\n"
    "Axe 2 – Une agglomération sobre\n"
    "Action 2.1.1 – Allonger à 7 ans la durée de vie des ordinateurs des\n"
    "agents et acheter du matériel reconditionné.\n"
    "Stratégie numérique 2025-2029 – Agglo 3\n"
)

MINUTES = (
    "Commune de Val-Clair                 Compte rendu – réunion publique\n"
    "\n"
    "1. Introduction par le Maire\n"
    "\n"
    "Le Maire présente le projet d'application d'alerte à la population1. Il rappelle le\n"
    "calendrier du raccordement à la fibre.\n"
    "\n"
    "2. Questions de la salle\n"
    "\n"
    "Une habitante demande quand la fibre arrivera dans son hameau ?\n"
    "1 Application gratuite pour smartphone ; les alertes sont aussi envoyées\n"
    "par SMS.\n"
    "Commune de Val-Clair – CR réunion publique du 12/03/2024         1/3\n"
    "Commune de Val-Clair                 Compte rendu – réunion publique\n"
    "Le Maire répond que les travaux dureront jusqu'en juin, puis il précise\n"
    "le calendrier des raccordements commune par commune et les secteurs concernés.\n"
    "\n"
    "3. Propositions recueillies par l'animatrice\n"
    "\n"
    "L'animatrice a noté les propositions suivantes :\n"
    " ouvrir la salle informatique le samedi matin, avec des\n"
    "bénévoles ;\n"
    " créer un annuaire en ligne des artisans.\n"
    "Page 2/3\n"
    "Commune de Val-Clair                 Compte rendu – réunion publique\n"
    "Le Maire s'engage à :\n"
    "1° publier ce compte rendu ;\n"
    "2° réunir à nouveau les habitants en juin.\n"
    "\n"
    "Ce compte rendu sera affiché en mairie, sur le site de la commune et au CO2 Café.\n"
    "Commune de Val-Clair – CR réunion publique du 12/03/2024         3/3\n"
)

LIST_NOT_TITLES = (
    "Le Conseil demande :\n"
    "\n"
    "1. Former les agents\n"
    "\n"
    "2. Créer un réseau d'aidants\n"
    "\n"
    "3. Publier la carte des lieux\n"
    "\n"
    "Ces trois demandes ont été votées à l'unanimité par l'assemblée plénière du Conseil.\n"
)


def main() -> None:
    (HERE / "avis-pages.txt").write_text(PAGES, encoding="utf-8")
    (HERE / "strategie-copie-colle.txt").write_bytes(COPY_PASTE.replace("\n", "\r\n").encode("cp1252"))
    (HERE / "compte-rendu-sans-saut.txt").write_text(MINUTES, encoding="utf-8")
    (HERE / "liste-numerotee.txt").write_text(LIST_NOT_TITLES, encoding="utf-8")


if __name__ == "__main__":
    main()
