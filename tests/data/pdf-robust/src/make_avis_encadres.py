"""Doc 2: avis whose recommendations are in boxes ("encadrés"): a shaded one-cell table, a
two-cell table (number badge | text), a paragraph with border and background, a floating
text frame with a lead-in and bullets; a pull quote in large italics; a sidebar text frame
with key figures in large type; running header and "page X/Y" footer."""
from pathlib import Path
from fodt import document, p, h, bullets, inline, build, esc

OUT = Path(__file__).resolve().parent.parent
NAME = "avis-encadres"

AUTO = """
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
     fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm" fo:border-top="0.5pt solid #999999" fo:padding-top="0.1cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="BoxTable" style:family="table">
  <style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.25cm" fo:margin-bottom="0.35cm" style:may-break-between-rows="false"/>
 </style:style>
 <style:style style:name="BoxCol" style:family="table-column"><style:table-column-properties style:column-width="17cm"/></style:style>
 <style:style style:name="BadgeCol" style:family="table-column"><style:table-column-properties style:column-width="2cm"/></style:style>
 <style:style style:name="BadgeTextCol" style:family="table-column"><style:table-column-properties style:column-width="15cm"/></style:style>
 <style:style style:name="BoxCell" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#fdf1e3" fo:padding="0.3cm" fo:border-left="3pt solid #e07a1f" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"/>
 </style:style>
 <style:style style:name="BadgeCell" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#1d4e7a" fo:padding="0.2cm" style:vertical-align="middle" fo:border="0.5pt solid #1d4e7a"/>
 </style:style>
 <style:style style:name="BadgeTextCell" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#e8f0f7" fo:padding="0.25cm" fo:border="0.5pt solid #1d4e7a"/>
 </style:style>
 <style:style style:name="BoxTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#e07a1f" fo:text-transform="uppercase" fo:letter-spacing="0.05cm"/>
 </style:style>
 <style:style style:name="BoxText" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:color="#333333"/>
 </style:style>
 <style:style style:name="BoxItem" style:family="paragraph" style:parent-style-name="BoxText">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.35cm" fo:margin-top="0.08cm"/>
 </style:style>
 <style:style style:name="Badge" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="26pt" fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Bordered" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.4cm" fo:padding="0.3cm" fo:border="1pt solid #2d6a4f" fo:background-color="#e9f5ee" fo:margin-left="0.5cm" fo:margin-right="0.5cm"/>
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.1cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-style="italic" fo:color="#1d4e7a"/>
 </style:style>
 <style:style style:name="QuoteAuthor" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="9pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="SideTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#1d4e7a"/>
 </style:style>
 <style:style style:name="SideNumber" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:margin-top="0.15cm"/>
  <style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#e07a1f"/>
 </style:style>
 <style:style style:name="SideText" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="frSide" style:family="graphic">
  <style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false"
     style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph"
     fo:background-color="#e8f0f7" draw:fill="solid" draw:fill-color="#e8f0f7" fo:padding="0.3cm" fo:border="none" fo:margin-left="0.4cm" fo:margin-bottom="0.2cm"/>
 </style:style>
 <style:style style:name="frBox" style:family="graphic">
  <style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph"
     fo:background-color="#fff8d6" draw:fill="solid" draw:fill-color="#fff8d6" fo:padding="0.35cm" fo:border="1.5pt solid #c9a400" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
 </style:style>
"""

MASTERS = """
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">CODEV Val d'Oust  |  Avis n°4 – Services publics en ligne</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Conseil de développement du Val d'Oust – septembre 2025 – page <text:page-number text:select-page="current">1</text:page-number>/<text:page-count>3</text:page-count></text:p></style:footer>
 </style:master-page>
"""


def box_table(title, text):
    return ('<table:table table:name="Reco{0}" table:style-name="BoxTable"><table:table-column table:style-name="BoxCol"/>'
            '<table:table-row><table:table-cell table:style-name="BoxCell" office:value-type="string">'
            f'{p(title, "BoxTitle")}{p(text, "BoxText")}</table:table-cell></table:table-row></table:table>').replace("{0}", title[-1])


def badge_table(num, title, text):
    return (f'<table:table table:name="Badge{num}" table:style-name="BoxTable">'
            '<table:table-column table:style-name="BadgeCol"/><table:table-column table:style-name="BadgeTextCol"/>'
            '<table:table-row>'
            f'<table:table-cell table:style-name="BadgeCell" office:value-type="string">{p(str(num), "Badge")}</table:table-cell>'
            f'<table:table-cell table:style-name="BadgeTextCell" office:value-type="string">{p(title, "BoxTitle")}{p(text, "BoxText")}</table:table-cell>'
            '</table:table-row></table:table>')


def frame(name, style, width, content, x=None, y="0cm", height="2cm"):
    pos = f' svg:x="{x}"' if x else ""
    return (f'<draw:frame draw:style-name="{style}" draw:name="{name}" text:anchor-type="paragraph" svg:width="{width}"{pos} svg:y="{y}" draw:z-index="0">'
            f'<draw:text-box fo:min-height="{height}">{content}</draw:text-box></draw:frame>')


SIDEBAR = frame("ChiffresCles", "frSide", "5.4cm", "".join([
    p("Chiffres clés", "SideTitle"),
    p("126", "SideNumber"), p("participants aux quatre ateliers", "SideText"),
    p("38 %", "SideNumber"), p("des répondants ont renoncé à une démarche en ligne en 2024", "SideText"),
    p("3", "SideNumber"), p("maisons France Services sur le territoire", "SideText"),
    p("Saisine du Président de la communauté de communes, 3 mars 2025. Rapporteure : Mme Hélène Morvan.", "SideText"),
]), height="9cm")

BOX4 = frame("Reco5", "frBox", "17cm", "".join([
    p("Recommandation 5", "BoxTitle"),
    p("Le Conseil recommande de construire avec les associations un plan de formation des aidants bénévoles, pour :", "BoxText"),
    p("– repérer les situations de fraude et d'arnaque en ligne ;", "BoxItem"),
    p("– orienter vers les travailleurs sociaux lorsque la démarche révèle une difficulté d'accès aux droits ;", "BoxItem"),
    p("– connaître les limites de leur intervention et protéger les données des personnes aidées.", "BoxItem"),
]), height="2cm")

BODY = "".join([
    p("Conseil de développement du Val d'Oust", "Subtitle"),
    p("Accueil et accompagnement des usagers dans les services publics en ligne", "Title"),
    p("Avis n°4 – adopté en assemblée plénière le 18 septembre 2025", "Subtitle"),
    h("Le contexte de la saisine"),
    f'<text:p text:style-name="Body">{SIDEBAR}{inline("Le Président de la communauté de communes a saisi le Conseil de développement sur l’accueil des usagers dans les services publics en ligne : inscriptions à la crèche et à l’école de musique, paiement des factures d’eau, demandes d’autorisation d’urbanisme et prise de rendez-vous auprès des services techniques. La collectivité prévoit de dématérialiser la quasi-totalité de ces démarches d’ici la fin de l’année 2026.")}</text:p>',
    p("Pour préparer cet avis, la commission a organisé quatre ateliers dans des communes de taille différente, rencontré les agents des trois maisons France Services et diffusé un questionnaire en ligne et sur papier. Les membres ont également accompagné des habitants volontaires dans la réalisation de démarches réelles, afin d’observer les difficultés rencontrées pas à pas."),
    p("Le Conseil partage l’objectif d’un service public plus accessible, à toute heure et sans déplacement. Il constate cependant que la dématérialisation déplace une partie du travail vers les usagers, leurs proches et les associations, sans que ces derniers aient été consultés ni soutenus."),
    h("Nos constats et nos recommandations"),
    h("Un accueil humain de proximité", 2),
    p("Dans les ateliers, la demande la plus fréquente n’a pas porté sur les outils mais sur la possibilité de parler à quelqu’un. Les maisons France Services sont appréciées, mais leurs horaires sont limités et les rendez-vous sont souvent complets deux semaines à l’avance."),
    box_table("Recommandation 1", "Garantir dans chaque maison France Services une présence humaine sans rendez-vous au moins trois demi-journées par semaine, dont une en fin de journée."),
    p("Les usagers interrogés décrivent aussi la solitude face à un écran qui se bloque au moment de payer ou de déposer une pièce justificative."),
    p("« Quand le site plante, je ne sais jamais à qui m’adresser. Alors je laisse tomber. »", "Quote"),
    p("— Une habitante de Saint-Ivy, atelier du 15 mai 2025", "QuoteAuthor"),
    p("Ce témoignage, entendu sous des formes proches dans chaque atelier, montre que l’absence de recours humain conduit au non-recours aux droits et aux services."),
    h("Des démarches plus simples", 2),
    p("Les formulaires de la communauté de communes ont été conçus service par service. Ils demandent plusieurs fois les mêmes informations, utilisent un vocabulaire administratif et s’affichent mal sur un téléphone, alors que c’est le seul équipement de nombreux ménages."),
    badge_table(2, "Recommandation 2", "Simplifier les formulaires en ligne de la communauté de communes en les faisant tester par des usagers avant leur publication, et ne plus demander une information déjà connue de l’administration."),
    p("Recommandation 3 : Indiquer sur chaque page de démarche en ligne un numéro de téléphone, une adresse postale et les horaires d’un accueil physique où la même démarche peut être faite.", "Bordered"),
    p("Plusieurs habitants ont indiqué qu’ils préféraient encore payer leurs factures au guichet de la trésorerie, aujourd’hui fermé. Le paiement en espèces chez les buralistes reste mal connu."),
    badge_table(4, "Recommandation 4", "Faire connaître, par un courrier joint aux factures, les possibilités de paiement de proximité chez les buralistes agréés."),
    h("Accompagner les aidants", 2),
    p("Les bénévoles des associations et les proches des personnes âgées réalisent une part importante des démarches à la place des usagers. Ils le font souvent avec les identifiants de la personne aidée, sans cadre ni formation, ce qui les expose, comme les personnes qu’ils aident."),
    f'<text:p text:style-name="Body">{BOX4}</text:p>',
    p("Ce plan pourrait s’appuyer sur le dispositif national Aidants Connect, encore peu utilisé sur le territoire."),
    h("Suivre la mise en œuvre", 2),
    p("Le Conseil souhaite être associé au suivi de la dématérialisation. Il a conscience que les moyens de la collectivité sont contraints et que tout ne pourra pas être fait en même temps."),
    box_table("Recommandation 6", "Publier chaque année, avec le rapport d’activité, le nombre de démarches réalisées en ligne, au guichet et par téléphone, ainsi que le nombre de demandes d’aide reçues par les maisons France Services."),
    p("Nous demandons enfin que le présent avis soit transmis à l’ensemble des conseillers communautaires et fasse l’objet d’une réponse écrite du Président dans un délai de six mois."),
])

if __name__ == "__main__":
    build(NAME, document("Avis n°4 – Services publics en ligne", AUTO, MASTERS, BODY), OUT)
