"""Doc 1: avis in two columns (section with 2 columns), bold "Recommandation N :" paragraphs,
footnotes, running header, page numbers, manual (soft-hyphen) hyphenation as a designer's
justified columns would have."""
import re
from pathlib import Path
from fodt import document, p, h, bullets, footnote, inline, build, esc

OUT = Path(__file__).resolve().parent.parent
NAME = "avis-deux-colonnes"


def hyph(text):
    """Soft hyphens in long words (after a vowel followed by a consonant near the middle)."""
    def cut(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        mid = len(w) // 2
        for d in range(0, mid - 2):
            for k in (mid + d, mid - d):
                if 3 <= k <= len(w) - 3 and w[k - 1] in "aeiouéèêàâîôû" and w[k] not in "aeiouéèêàâîôûy-'’":
                    return w[:k] + "\u00ad" + w[k:]
        return w
    return re.sub(r"[^\W\d_]+", cut, text)


def bp(text, notes=()):
    """Body paragraph with soft hyphens; footnotes given as {marker: (n, text)} placeholders [[n]]."""
    x = inline(hyph(text))
    for n, t in notes:
        x = x.replace(f"[[{n}]]", footnote(n, t))
    return f'<text:p text:style-name="Body">{x}</text:p>'


def reco(n, text):
    return bp(f"**Recommandation {n} :** {text}")


AUTO = """
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
     fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm">
   <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
  </style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.5pt solid #1d4e7a" fo:padding-bottom="0.1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Sect2" style:family="section">
  <style:section-properties text:dont-balance-text-columns="false">
   <style:columns fo:column-count="2" fo:column-gap="0.7cm"/>
  </style:section-properties>
 </style:style>
 <style:style style:name="Chapo" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.5cm" fo:text-align="justify"/>
  <style:text-properties fo:font-size="11pt" fo:font-style="italic" fo:color="#333333"/>
 </style:style>
 <style:style style:name="HeaderRight" style:family="paragraph" style:parent-style-name="Header">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
"""

MASTERS = """
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Conseil de développement du Pays de Kerbrat<text:tab/><text:tab/>Avis n°2025-03 – Stratégie numérique responsable</text:p></style:header>
  <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
"""

N1 = (1, "Courrier du Président de Kerbrat Communauté du 12 février 2025 ; la commission « Numérique » s'est réunie à six reprises entre mars et mai.")
N3 = (3, "Selon la fédération départementale des centres sociaux, il faudrait au moins un médiateur pour 5 000 habitants pour répondre aux demandes actuelles.")
N2 = (2, "Enquête du Conseil auprès de 412 habitants, avril 2025 ; les résultats détaillés figurent en annexe du présent avis.")

COLS = [
    h("Préambule"),
    bp("Saisi par le Président de Kerbrat Communauté[[1]], le Conseil de développement a examiné le projet de stratégie numérique responsable qui sera soumis au conseil communautaire à l'automne. Les membres de la commission ont auditionné les services de l'intercommunalité, deux opérateurs de télécommunications, le réseau des médiathèques et plusieurs associations d'aide aux démarches administratives.", [N1]),
    bp("Le Conseil salue la qualité du diagnostic, qui décrit avec précision l'équipement des ménages et la couverture du territoire. Il regrette en revanche que la stratégie accorde peu de place aux habitants qui n'utilisent pas internet, et que ses objectifs restent rarement chiffrés. Les recommandations qui suivent ont été adoptées à l'unanimité des membres présents."),
    h("Méthode de travail", 2),
    bp("La commission a d'abord rencontré les acteurs qui accompagnent chaque jour les habitants : les conseillers numériques de France Services, les animateurs des trois espaces publics numériques, les travailleurs sociaux du Département et les bénévoles de deux associations d'aide aux démarches. Elle a ensuite organisé quatre ateliers ouverts au public, à Kerbrat, Saint-Ivy, Lanvénec et Plouzélan, qui ont réuni au total quatre-vingt-sept personnes."),
    bp("Une enquête en ligne et sur papier a complété ces rencontres. Les questionnaires papier ont été déposés dans les mairies, les pharmacies et les boulangeries des communes rurales, afin de toucher des habitants qui ne fréquentent pas les réseaux sociaux. Un tiers des réponses a été recueilli de cette manière, ce qui confirme l'intérêt de ne pas limiter la participation aux outils numériques."),
    bp("Enfin, les membres de la commission ont comparé le projet de stratégie avec celles de trois intercommunalités voisines de taille comparable. Cette comparaison a montré que la plupart d'entre elles disposent d'un budget annuel dédié à la médiation numérique et d'un tableau de bord public, deux éléments absents du projet présenté au Conseil."),
    h("1. Un accès au numérique pour toutes et tous"),
    bp("Près d'un habitant sur cinq déclare avoir renoncé au moins une fois à une démarche en ligne au cours de l'année écoulée[[2]]. Les communes rurales du nord du territoire cumulent l'éloignement des services publics, une couverture mobile irrégulière et une population plus âgée que la moyenne départementale.", [N2]),
    reco(1, "Ouvrir dans chaque commune de plus de 2 000 habitants un point d'accueil numérique tenu par un médiateur formé, au moins deux demi-journées par semaine, y compris le samedi matin."),
    bp("Les élus rencontrés reconnaissent que la carte des zones blanches transmise par les opérateurs ne correspond pas à l'expérience quotidienne des habitants, notamment dans les hameaux et les fonds de vallée. Certains habitants doivent encore se rendre sur la place du bourg pour téléphoner ou consulter leurs messages. Les commerçants des bourgs signalent les mêmes difficultés pour les paiements par carte."),
    reco(2, "Publier chaque année une carte des zones mal couvertes par la fibre et la téléphonie mobile, établie avec les habitants, et la transmettre aux opérateurs et à la préfecture."),
    bp("Le Conseil souhaite également que les horaires et les adresses des lieux de médiation soient affichés dans toutes les mairies et publiés dans le bulletin intercommunal."),
    h("2. Former et accompagner"),
    bp("Les structures d'accompagnement manquent de bénévoles formés et leurs salariés changent souvent[[3]]. Les secrétaires de mairie, premiers interlocuteurs des habitants, se disent démunis face aux demandes qui dépassent leurs missions.", [N3]),
    reco(3, "Créer un pass numérique de dix heures de formation pour les demandeurs d'emploi et les personnes de plus de soixante-cinq ans, utilisable dans toutes les structures labellisées du territoire."),
    reco(4, "Former chaque année les secrétaires de mairie et les agents d'accueil à l'accompagnement des démarches en ligne, à la protection des données personnelles et à l'orientation vers les travailleurs sociaux, dans le cadre d'un programme commun à l'ensemble des communes membres."),
    bp("Plusieurs associations ont insisté sur le besoin d'un lieu où les aidants professionnels et bénévoles peuvent échanger sur leurs pratiques et se tenir informés des évolutions des plateformes publiques."),
    reco(5, "Réunir deux fois par an un réseau des aidants numériques du Pays de Kerbrat, animé par l'intercommunalité, ouvert aux bénévoles comme aux professionnels."),
    h("3. Un numérique sobre et durable"),
    bp("Le Conseil approuve l'ambition de réduire l'empreinte environnementale du numérique public. Il observe toutefois que les équipements des écoles et des mairies sont encore renouvelés tous les quatre ans en moyenne, sans réemploi organisé, et que les données de l'intercommunalité sont hébergées hors de la région."),
    reco(6, "Intégrer des clauses de sobriété dans tous les marchés publics numériques de l'intercommunalité, notamment :"),
    bullets([hyph("une durée de garantie des équipements portée à cinq ans ;"),
             hyph("la reprise et le reconditionnement des matériels usagés par le fournisseur ;"),
             hyph("l'hébergement des données dans des centres alimentés en énergie renouvelable.")]),
    reco(7, "Confier à une structure de l'économie sociale et solidaire le reconditionnement des ordinateurs retirés du service, pour les remettre à des familles et à des associations du territoire."),
    h("4. Données et services publics en ligne"),
    bp("La dématérialisation des services publics locaux progresse vite : inscriptions scolaires, demandes d'urbanisme, réservation des équipements sportifs. Les membres de la commission ont testé ces services avec des habitants volontaires. Les formulaires sont souvent longs, rarement lisibles sur un téléphone et ne proposent aucune aide en cas de blocage. Les personnes malvoyantes interrogées n'ont pu aller au bout d'aucune démarche sans assistance."),
    bp("Les données produites par l'intercommunalité, quant à elles, restent peu ouvertes. Les horaires des transports, la fréquentation des déchèteries ou la qualité de l'eau intéresseraient pourtant de nombreux habitants, associations et entreprises du territoire."),
    reco(8, "Rendre accessibles aux personnes en situation de handicap tous les services en ligne de l'intercommunalité d'ici 2027, en faisant tester chaque nouveau service par un panel d'usagers avant sa mise en ligne."),
    reco(9, "Maintenir pour chaque démarche dématérialisée une possibilité d'accueil physique ou téléphonique, sans surcoût ni délai supplémentaire pour l'usager."),
    reco(10, "Ouvrir en priorité les jeux de données sur les transports, les déchets et l'eau, dans un format réutilisable, et organiser chaque année une journée de présentation aux associations."),
    h("5. Gouvernance et suivi"),
    bp("La stratégie prévoit un comité de pilotage composé d'élus et de techniciens. Aucune place n'y est faite aux usagers ni au Conseil de développement, alors même que la réussite de nombreuses actions dépend de leur appropriation par les habitants."),
    reco(11, "Associer le Conseil de développement et un collège d'habitants tirés au sort au comité de suivi de la stratégie, et publier chaque année un bilan chiffré de sa mise en œuvre."),
    bp("Comment l'intercommunalité entend-elle mesurer les effets de la stratégie sur les publics les plus éloignés du numérique ?"),
    bp("Il serait utile de prévoir, dès le budget 2026, une ligne dédiée à l'évaluation de la stratégie par un organisme indépendant."),
    bp("Le Conseil restera attentif à la mise en œuvre de ces recommandations et propose de présenter un premier point d'étape devant le conseil communautaire dans un an."),
]

BODY = (
    p("Avis n°2025-03", "Subtitle")
    + p("Projet de stratégie numérique responsable du Pays de Kerbrat", "Title")
    + p("Adopté en assemblée plénière le 4 juin 2025", "Subtitle")
    + p("Le Conseil de développement formule onze recommandations pour que la stratégie numérique du territoire profite d'abord aux habitants qui en sont aujourd'hui les plus éloignés.", "Chapo")
    + '<text:section text:style-name="Sect2" text:name="Colonnes">' + "".join(COLS) + "</text:section>"
    + h("Composition de la commission Numérique", 2)
    + p("Présidence : Mme Annaïg Le Floch. Rapporteur : M. Yves Guéguen.", "Body")
    + bullets(["Collège des associations : Mme Morgane Tanguy, M. Paul Riou, Mme Claire Jaouen", "Collège des entreprises : M. Loïc Bihan, Mme Sophie Kervella", "Collège des habitants : M. Jean Le Goff, Mme Nadia Benali, M. Erwan Calvez"])
)

if __name__ == "__main__":
    build(NAME, document("Avis n°2025-03 – Stratégie numérique responsable", AUTO, MASTERS, BODY), OUT)
