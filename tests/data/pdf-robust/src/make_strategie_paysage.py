"""Doc 3: strategy whose first page is portrait and whose action plan is a LANDSCAPE table
(Axe | Action | Pilote | Partenaires | Calendrier | Indicateur) over 2 pages: header row
repeated, the Axe cell merged down its rows, rows allowed to break across the page, several
paragraphs and bullets inside cells."""
from pathlib import Path
from fodt import document, p, h, bullets, inline, build, esc

OUT = Path(__file__).resolve().parent.parent
NAME = "strategie-paysage"

AUTO = """
 <style:page-layout style:name="pmP">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
     fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pmL">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"
     fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="ToLandscape" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Paysage">
  <style:paragraph-properties style:page-number="auto" fo:break-before="page"/>
 </style:style>
 <style:style style:name="ToPortrait" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard">
  <style:paragraph-properties style:page-number="auto" fo:break-before="page"/>
 </style:style>
 <style:style style:name="Plan" style:family="table">
  <style:table-properties style:width="26.7cm" table:align="margins" fo:margin-top="0.2cm" style:may-break-between-rows="true"/>
 </style:style>
 <style:style style:name="ColAxe" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
 <style:style style:name="ColAction" style:family="table-column"><style:table-column-properties style:column-width="7.6cm"/></style:style>
 <style:style style:name="ColPilote" style:family="table-column"><style:table-column-properties style:column-width="2.9cm"/></style:style>
 <style:style style:name="ColPart" style:family="table-column"><style:table-column-properties style:column-width="4.4cm"/></style:style>
 <style:style style:name="ColCal" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="ColInd" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="RowSplit" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>
 <style:style style:name="HeadCell" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#1d4e7a" fo:padding="0.12cm" fo:border="0.5pt solid #888888"/>
 </style:style>
 <style:style style:name="AxeCell" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#dbe8f3" fo:padding="0.12cm" fo:border="0.5pt solid #888888"/>
 </style:style>
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #888888"/>
 </style:style>
 <style:style style:name="ActionTitle" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:text-properties fo:font-weight="bold" fo:color="#1d4e7a"/>
 </style:style>
 <style:style style:name="AxeText" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:text-properties fo:font-weight="bold" fo:font-size="9pt"/>
 </style:style>
"""

MASTERS = """
 <style:master-page style:name="Standard" style:page-layout-name="pmP">
  <style:header><text:p text:style-name="Header">Lannvor Agglomération – Stratégie numérique responsable 2025-2030</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Plan d'actions – page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Paysage" style:page-layout-name="pmL">
  <style:header><text:p text:style-name="Header">Lannvor Agglomération – Stratégie numérique responsable 2025-2030</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Plan d'actions – page <text:page-number text:select-page="current">2</text:page-number></text:p></style:footer>
 </style:master-page>
"""


def cell(content, style="Cell", span=1):
    sp = f' table:number-rows-spanned="{span}"' if span > 1 else ""
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{sp}>{content}</table:table-cell>'


def cp(text, style="Table_20_Contents"):
    return p(text, style)


def cbul(items):
    return bullets(items, style="CellBullets", pstyle="Table_20_Contents")


AXES = [
    ("Axe 1 – Un numérique inclusif", [
        ("1.1 Déployer un réseau de conseillers numériques dans les quartiers et les bourgs",
         "Six conseillers, dont deux itinérants, assurant des permanences dans les mairies et les centres sociaux.",
         "Direction de la cohésion sociale", ["CCAS des communes", "Département", "associations de quartier"], "2025-2026",
         ["Nombre de personnes accompagnées par an (cible : 3 000)", "Part des permanences tenues hors de la ville-centre"]),
        ("1.2 Créer un fonds d'équipement solidaire pour les ménages modestes",
         "Prêt ou don d'ordinateurs reconditionnés, accompagné d'une formation de prise en main.",
         "CCAS de Lannvor", ["Emmaüs Connect", "ressourceries du territoire"], "2026",
         ["Nombre d'équipements remis"]),
        ("1.3 Former les agents d'accueil de toutes les communes à l'aide aux démarches en ligne",
         "Un module de deux jours, renouvelé chaque année, avec un temps d'échange de pratiques.",
         "Service mutualisé de formation", ["CNFPT", "France Services"], "Dès 2025",
         ["Part des agents d'accueil formés", "Satisfaction des usagers accueillis"]),
        ("1.4 Rendre accessibles tous les sites et services en ligne de l'agglomération",
         "Audit des sites existants, plan de mise en conformité et tests avec des associations de personnes handicapées.",
         "Direction du numérique", ["associations de personnes en situation de handicap"], "2025-2027",
         ["Taux de conformité au référentiel général d'amélioration de l'accessibilité"]),
    ]),
    ("Axe 2 – Un numérique sobre", [
        ("2.1 Mesurer l'empreinte environnementale du système d'information",
         "Inventaire des équipements, des logiciels et des données stockées ; bilan publié tous les deux ans.",
         "Direction du numérique", ["Agence locale de l'énergie", "bureau d'études"], "2025",
         ["Émissions de gaz à effet de serre du système d'information (tonnes équivalent CO2)"]),
        ("2.2 Allonger la durée de vie des équipements :",
         None,
         "Direction du numérique", ["écoles", "services techniques", "structures de l'économie sociale et solidaire"], "2026-2028",
         ["Durée moyenne d'usage des ordinateurs", "Part des équipements réemployés"]),
        ("2.3 Intégrer des critères de sobriété dans les achats numériques",
         "Clauses de garantie, de réparabilité et de reprise dans tous les marchés de l'agglomération.",
         "Service de la commande publique", ["communes membres", "groupement d'achat régional"], "Dès 2025",
         ["Part des marchés comportant une clause de sobriété"]),
    ]),
    ("Axe 3 – Des données ouvertes et partagées", [
        ("3.1 Ouvrir les données publiques de l'agglomération sur un portail commun",
         "Transports, déchets, eau, équipements sportifs et culturels, dans des formats réutilisables.",
         "Direction du numérique", ["Région", "communes membres", "associations"], "2026",
         ["Nombre de jeux de données publiés", "Nombre de réutilisations recensées"]),
        ("3.2 Organiser chaque année une journée de réutilisation des données avec les habitants",
         "Ateliers ouverts aux associations, aux écoles et aux entreprises du territoire.",
         "Mission participation citoyenne", ["médiathèques", "lycées", "tiers-lieux"], "2026-2030",
         ["Nombre de participants"]),
        ("3.3 Adopter une charte de la donnée responsable",
         "Règles communes sur la collecte, la conservation et la protection des données personnelles.",
         "Direction générale des services", ["délégué à la protection des données", "communes membres"], "2025",
         ["Adoption de la charte en conseil communautaire"]),
    ]),
]

SUB_22 = ["faire réparer les ordinateurs des écoles par une entreprise d'insertion ;",
          "reconditionner les postes des agents au lieu de les détruire ;",
          "porter à six ans la durée de renouvellement des téléphones."]


def table():
    head = ["Axe", "Action", "Pilote", "Partenaires", "Calendrier", "Indicateur(s)"]
    x = ('<table:table table:name="PlanActions" table:style-name="Plan">'
         + "".join(f'<table:table-column table:style-name="{c}"/>' for c in ("ColAxe", "ColAction", "ColPilote", "ColPart", "ColCal", "ColInd"))
         + '<table:table-header-rows><table:table-row>' + "".join(cell(cp(t, "Table_20_Heading"), "HeadCell") for t in head)
         + '</table:table-row></table:table-header-rows>')
    for axe, actions in AXES:
        for k, (title, desc, pilote, parts, cal, inds) in enumerate(actions):
            x += '<table:table-row table:style-name="RowSplit">'
            if k == 0:
                x += cell(cp(axe, "AxeText"), "AxeCell", span=len(actions))
            else:
                x += '<table:covered-table-cell/>'
            action = cp(title, "ActionTitle") + (cp(desc) if desc else cbul(SUB_22))
            ind = cbul(inds) if len(inds) > 1 else cp(inds[0])
            x += cell(action) + cell(cp(pilote)) + cell(cbul(parts)) + cell(cp(cal)) + cell(ind)
            x += '</table:table-row>'
    return x + "</table:table>"


BODY = "".join([
    p("Lannvor Agglomération", "Subtitle"),
    p("Stratégie numérique responsable 2025-2030", "Title"),
    p("Plan d'actions adopté par le conseil communautaire", "Subtitle"),
    h("Introduction"),
    p("La stratégie numérique responsable de Lannvor Agglomération fixe, pour les six prochaines années, la manière dont la collectivité entend accompagner les habitants, les communes et les entreprises dans la transformation numérique, tout en réduisant l'empreinte environnementale de ses propres usages."),
    p("Elle a été élaborée entre septembre 2024 et mars 2025 avec les communes membres, les partenaires institutionnels et le Conseil de développement, dont l'avis a conduit à renforcer le volet consacré à l'inclusion. Elle s'organise en trois axes : l'inclusion numérique, la sobriété des équipements et des usages, et l'ouverture des données publiques."),
    h("Lire le plan d'actions"),
    p("Pour chaque action, le tableau des pages suivantes indique le service pilote, les principaux partenaires, le calendrier prévisionnel et le ou les indicateurs qui permettront d'en suivre la réalisation. Les indicateurs seront présentés chaque année au comité de suivi de la stratégie, auquel participe le Conseil de développement."),
    p("Le budget consacré au plan d'actions s'élève à 2,4 millions d'euros sur la période, dont 40 % financés par l'État, la Région et le fonds européen de développement régional. Une évaluation à mi-parcours est prévue en 2028."),
    '<text:h text:style-name="ToLandscape" text:outline-level="1">Plan d\'actions 2025-2030</text:h>',
    table(),
    p("Les actions seront précisées chaque année dans une feuille de route opérationnelle présentée au comité de suivi."),
])

if __name__ == "__main__":
    build(NAME, document("Stratégie numérique responsable 2025-2030 – Plan d'actions", AUTO, MASTERS, BODY), OUT)
