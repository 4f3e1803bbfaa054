"""Doc: an opinion written in a word processor (LibreOffice), one column: footnote calls in
superscript after a full stop, a closing bracket, a year and a space ("accueil.¹", "(… ).⁴",
"en 2024²", "quel prix ³."), the notes at the foot of the page in 8 pt; bold lead sentences
opened by a label ("Proposition 1 – Le Conseil demande …") running over two lines and ending
in the middle of the next line, where the paragraph goes on in regular type; a bold label
alone on the last line of page 1 above the notes, its text at the top of page 2; the fields
of a proposal ("Porteur :", "Indicateur :", "Calendrier :") one per line, without spacing."""
from pathlib import Path
from fodt import document, p, h, footnote, inline, build

OUT = Path(__file__).resolve().parent.parent
NAME = "avis-appels-de-notes"


def bp(text, notes=(), style="Body"):
    """Body paragraph; footnotes given as (n, text), placed at the [[n]] placeholders."""
    x = inline(text)
    for n, t in notes:
        x = x.replace(f"[[{n}]]", footnote(n, t))
    return f'<text:p text:style-name="{style}">{x}</text:p>'


AUTO = """
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
     fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3.5cm" fo:margin-right="3.5cm">
   <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
  </style:page-layout-properties>
 </style:page-layout>
 <style:style style:name="NextPage" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Field" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="110%"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="FootnoteSmall" style:family="paragraph" style:parent-style-name="Footnote">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
"""

MASTERS = """
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
"""

N1 = (1, "Questionnaire diffusé du 2 au 30 mai dans les mairies et sur le site de la communauté.")
N2 = (2, "Délibération du conseil communautaire relative au schéma des services au public.")
N3 = (3, "Les frais de déplacement des médiateurs ne sont pas pris en charge à ce jour.")
N4 = (4, "Compte rendu de l'atelier de Bréhan, annexé au présent avis.")

BODY = (
    p("Avis du conseil citoyen de la vallée de l'Orvanne", "Title")
    + h("Constats")
    + bp("Deux cent douze habitants ont répondu à l'enquête du conseil citoyen, dont un tiers sur papier, "
         "remis dans les mairies et les commerces des bourgs. Les réponses montrent que les démarches en "
         "ligne restent difficiles pour beaucoup, faute d'équipement ou d'un lieu d'accueil.[[1]]", [N1])
    + bp("Le schéma adopté en 2024[[2]] prévoit des permanences itinérantes, mais les habitants ne savent "
         "ni où elles se tiennent ni à quel prix [[3]]. Les associations relaient ces questions sans "
         "obtenir de réponse.", [N2, N3])
    + h("Propositions")
    + bp("**Proposition 1 – Le Conseil demande que chaque médiathèque du territoire propose un atelier "
         "mensuel.** Consacré aux démarches en ligne, il serait animé avec les centres sociaux ; les "
         "bibliothécaires rencontrés y sont prêts, à condition de recevoir une formation.")
    + p("Porteur : service des affaires culturelles", "Field")
    + p("Indicateur : nombre d'ateliers tenus par médiathèque", "Field")
    + p("Calendrier : dès la rentrée prochaine", "Field")
    + bp("**Proposition 2 – Le Conseil souhaite qu'un numéro d'appel unique, gratuit et ouvert le samedi, "
         "oriente les habitants vers le bon** guichet. Les agents d'accueil des mairies pourraient y "
         "répondre à tour de rôle, avec une fiche commune.")
    + p("Porteur : direction de la relation aux usagers", "Field")
    + p("Indicateur : délai moyen de réponse aux appels", "Field")
    + bp("**Proposition 3**")
    + bp("Installer dans chaque bourg une borne d'accès aux services publics, accompagnée d'un médiateur une "
         "demi-journée par semaine, en priorité dans les communes sans bureau de poste.", style="NextPage")
    + bp("Les participants aux ateliers ont enfin demandé que les courriers de la communauté rappellent "
         "toujours un moyen de contact sans internet (courrier, téléphone).[[4]] Le conseil citoyen "
         "présentera un bilan de ces propositions dans un an.", [N4])
)

if __name__ == "__main__":
    build(NAME, document("Avis du conseil citoyen de la vallée de l'Orvanne", AUTO, MASTERS, BODY), OUT)
