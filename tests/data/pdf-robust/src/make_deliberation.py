"""Doc 4: extract of a council deliberation (registre des délibérations) followed by the
minutes (compte rendu) of the same meeting: side-by-side heading block (borderless table),
attendance, "Vu"/"Considérant", "DÉCIDE :", "Article 1er :" ... "Article 4 :", a ruled vote
table, signature block, prefecture stamp in the running header, acte identifier in the
footer; then the minutes with an agenda, a question, a "Relevé de décisions" list and an
"Actions à mener" table (Action | Responsable | Échéance)."""
from pathlib import Path
from fodt import document, p, h, bullets, inline, build, esc

OUT = Path(__file__).resolve().parent.parent
NAME = "deliberation-conseil"

AUTO = """
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
     fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="1.2cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Serif" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="SerifBold" style:family="paragraph" style:parent-style-name="Serif">
  <style:paragraph-properties fo:margin-top="0.3cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Serif">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.05cm"/>
  <style:text-properties fo:font-size="10pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CenterBig" style:family="paragraph" style:parent-style-name="Center">
  <style:text-properties fo:font-size="13pt"/>
 </style:style>
 <style:style style:name="Objet" style:family="paragraph" style:parent-style-name="Serif">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:padding="0.15cm" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Serif">
  <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Serif">
  <style:paragraph-properties fo:margin-left="9.5cm" fo:text-align="start" fo:margin-bottom="0.05cm"/>
 </style:style>
 <style:style style:name="Stamp" style:family="paragraph" style:parent-style-name="Header">
  <style:paragraph-properties fo:text-align="end" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="7pt" fo:color="#000000"/>
 </style:style>
 <style:style style:name="FooterL" style:family="paragraph" style:parent-style-name="Footer">
  <style:text-properties fo:font-size="7pt"/>
 </style:style>
 <style:style style:name="CRTitle" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="CR">
  <style:paragraph-properties style:page-number="auto" fo:break-before="page"/>
  <style:text-properties fo:font-size="16pt"/>
 </style:style>
 <style:style style:name="NoBorderTable" style:family="table">
  <style:table-properties style:width="16.8cm" table:align="margins" fo:margin-bottom="0.4cm"/>
 </style:style>
 <style:style style:name="Half" style:family="table-column"><style:table-column-properties style:column-width="8.4cm"/></style:style>
 <style:style style:name="NB" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>
 <style:style style:name="VoteTable" style:family="table">
  <style:table-properties style:width="9cm" table:align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="Third" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="Ruled" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="RuledHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#dddddd"/></style:style>
 <style:style style:name="ActTable" style:family="table">
  <style:table-properties style:width="16.8cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
 <style:style style:name="ColR" style:family="table-column"><style:table-column-properties style:column-width="4.3cm"/></style:style>
 <style:style style:name="ColE" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
 <text:list-style style:name="Numbers">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
"""

STAMP = ('<text:p text:style-name="Stamp">Accusé de réception en préfecture</text:p>'
         '<text:p text:style-name="Stamp">056-245614433-20241114-2024_11_087-DE</text:p>'
         '<text:p text:style-name="Stamp">Date de télétransmission : 20/11/2024 – Date de réception : 20/11/2024</text:p>')

MASTERS = f"""
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>{STAMP}</style:header>
  <style:footer><text:p text:style-name="FooterL">Délibération n° 2024-11-087 – Conseil communautaire du 14 novembre 2024 – <text:page-number text:select-page="current">1</text:page-number>/<text:page-count>3</text:page-count></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="CR" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="FooterL">Compte rendu sommaire – séance du 14 novembre 2024 – affiché le 21 novembre 2024 – <text:page-number text:select-page="current">3</text:page-number>/<text:page-count>3</text:page-count></text:p></style:footer>
 </style:master-page>
"""


def S(text):
    return p(text, "Serif")


def tcell(content, style="NB"):
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{content}</table:table-cell>'


HEAD_BLOCK = ('<table:table table:name="Entete" table:style-name="NoBorderTable">'
              '<table:table-column table:style-name="Half"/><table:table-column table:style-name="Half"/><table:table-row>'
              + tcell(p("RÉPUBLIQUE FRANÇAISE", "Center") + p("Département du Morbihan", "Center")
                      + p("COMMUNAUTÉ DE COMMUNES DE BRO-ERDEVEN", "Center"))
              + tcell(p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", "CenterBig")
                      + p("Séance du jeudi 14 novembre 2024", "Center") + p("Délibération n° 2024-11-087", "Center"))
              + '</table:table-row></table:table>')

VOTES = ('<table:table table:name="Vote" table:style-name="VoteTable">'
         '<table:table-column table:style-name="Third"/><table:table-column table:style-name="Third"/><table:table-column table:style-name="Third"/>'
         '<table:table-row>' + "".join(tcell(p(t, "Center"), "RuledHead") for t in ("Pour", "Contre", "Abstentions")) + '</table:table-row>'
         '<table:table-row>' + "".join(tcell(p(t, "Center"), "Ruled") for t in ("38", "1", "2")) + '</table:table-row>'
         '</table:table>')

ACTIONS = [("Transmettre la délibération et la stratégie à la préfecture et aux communes membres", "Direction générale des services", "20 novembre 2024"),
           ("Installer le comité de suivi de la stratégie avec le Conseil de développement", "Vice-président au numérique", "Janvier 2025"),
           ("Publier le compte rendu et la stratégie sur le site internet de la communauté", "Service communication", "30 novembre 2024")]

ACT_TABLE = ('<table:table table:name="Actions" table:style-name="ActTable">'
             '<table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColR"/><table:table-column table:style-name="ColE"/>'
             '<table:table-row>' + "".join(tcell(p(t, "SerifBold"), "RuledHead") for t in ("Action à mener", "Responsable", "Échéance")) + '</table:table-row>'
             + "".join('<table:table-row>' + "".join(tcell(S(t), "Ruled") for t in row) + '</table:table-row>' for row in ACTIONS)
             + '</table:table>')

BODY = "".join([
    HEAD_BLOCK,
    p("Nombre de conseillers en exercice : 45 – Présents : 36 – Votants : 41 (dont 5 pouvoirs)", "Small"),
    p("Date de convocation : 7 novembre 2024 – Date d'affichage : 21 novembre 2024", "Small"),
    p("L'an deux mille vingt-quatre, le quatorze novembre à dix-huit heures trente, le Conseil communautaire, légalement convoqué, s'est réuni à la salle des fêtes d'Erdeven, sous la présidence de M. Jean-Yves Le Corre, Président.", "Serif"),
    p("Présents : M. Le Corre, Mme Guillou, M. Jégo, Mme Le Bihan, M. Kerhervé, Mme Cadoret, M. Lorcy, Mme Mahé, M. Penven, Mme Rio, M. Tanguy, Mme Le Gall, M. Guégan, Mme Conan, et 22 autres conseillers (liste annexée).", "Small"),
    p("Absents excusés ayant donné pouvoir : M. Le Dréau à Mme Guillou, Mme Nicol à M. Jégo, M. Quéré à Mme Rio, Mme Jaffré à M. Lorcy, M. Evano à M. Le Corre.", "Small"),
    p("Secrétaire de séance : Mme Anne Cadoret.", "Small"),
    p("Objet : Adoption de la stratégie numérique responsable 2025-2030", "Objet"),
    p("Rapporteur : M. Pierre Jégo, Vice-président chargé du numérique", "Serif"),
    S("Vu le Code général des collectivités territoriales, et notamment ses articles L. 5211-1 et suivants ;"),
    S("Vu les statuts de la Communauté de communes de Bro-Erdeven ;"),
    S("Vu l'avis du Conseil de développement rendu le 3 octobre 2024 ;"),
    S("Vu l'avis favorable de la commission Aménagement et numérique du 28 octobre 2024 ;"),
    S("Considérant que la stratégie numérique responsable a été élaborée avec les communes membres, les partenaires institutionnels et les habitants au cours de quatre ateliers publics ;"),
    S("Considérant que le plan d'actions qui l'accompagne comprend quinze actions réparties en trois axes, pour un budget de 1,8 million d'euros sur six ans ;"),
    S("Considérant qu'il est nécessaire d'associer le Conseil de développement au suivi de la stratégie, comme il l'a demandé dans son avis ;"),
    p("Le Conseil communautaire, après en avoir délibéré, DÉCIDE :", "SerifBold"),
    S("**Article 1er :** D'approuver la stratégie numérique responsable 2025-2030 et son plan d'actions, annexés à la présente délibération."),
    S("**Article 2 :** D'autoriser le Président à solliciter les subventions de l'État, de la Région Bretagne et de l'Union européenne pour la mise en œuvre du plan d'actions, et à signer tout document s'y rapportant."),
    S("**Article 3 :** De créer un comité de suivi de la stratégie associant des élus, des agents, deux représentants du Conseil de développement et deux habitants, qui se réunira au moins une fois par an."),
    S("**Article 4 :** De charger le Président de l'exécution de la présente délibération, qui peut faire l'objet d'un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa publication."),
    p("Adopté à la majorité des suffrages exprimés :", "SerifBold"),
    VOTES,
    S("Fait et délibéré en séance les jour, mois et an susdits. Pour extrait certifié conforme."),
    p("À Erdeven, le 18 novembre 2024", "Sign"),
    p("Le Président,", "Sign"),
    p("Jean-Yves Le Corre", "Sign"),
    p("La secrétaire de séance,", "Serif"),
    p("Anne Cadoret", "Serif"),
    # --- minutes (new page, other master page: no prefecture stamp)
    p("Compte rendu sommaire de la séance du conseil communautaire du 14 novembre 2024", "CRTitle"),
    p("Affiché en application de l'article L. 2121-25 du Code général des collectivités territoriales", "Small"),
    h("Ordre du jour", 2),
    '<text:list text:style-name="Numbers">' + "".join(f'<text:list-item>{S(t)}</text:list-item>' for t in (
        "Approbation du procès-verbal de la séance du 26 septembre 2024",
        "Stratégie numérique responsable 2025-2030",
        "Tarifs des déchèteries pour l'année 2025",
        "Questions diverses")) + '</text:list>',
    h("Débats", 2),
    S("M. Jégo a présenté la stratégie et son plan d'actions. Mme Le Gall a salué l'importance donnée aux conseillers numériques itinérants. M. Tanguy a interrogé l'exécutif : « Quel budget sera réservé aux communes de moins de 1 000 habitants ? » Le Président a répondu qu'une enveloppe serait précisée lors du vote du budget primitif."),
    S("Mme Conan a regretté que le calendrier de l'action sur l'ouverture des données soit aussi tardif. Le Vice-président a indiqué que cette action dépend du portail régional, qui ne sera disponible qu'en 2026."),
    h("Relevé de décisions", 2),
    bullets(["Le procès-verbal de la séance du 26 septembre 2024 est approuvé à l'unanimité.",
             "La stratégie numérique responsable 2025-2030 est adoptée (38 voix pour, 1 contre, 2 abstentions).",
             "Les tarifs des déchèteries pour 2025 sont maintenus au niveau de 2024 (adopté à l'unanimité)."], pstyle="Serif"),
    h("Actions à mener", 2),
    ACT_TABLE,
    S("Prochaine séance : jeudi 12 décembre 2024 à 18 h 30, salle du conseil, Erdeven."),
])

if __name__ == "__main__":
    build(NAME, document("Délibération n° 2024-11-087 – Stratégie numérique responsable", AUTO, MASTERS, BODY), OUT)
