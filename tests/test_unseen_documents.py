"""Segmentation of documents written for the project, unseen while the rules were written:
opinions, a citizens' book of contributions, consultation exports, strategies and plans in
DOCX, ODT, PDF, HTML, text and Markdown (tests/data/unseen/SOURCES.md). Each has the units a
careful reader lists (``*.expected.csv``: kind, label, text). The test states, per document,
exactly which expected units are not found and how many units are found that the reader
did not list, so that any change, for better or worse, shows here."""
import csv
import html
import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from nlp_stn.extract import extract
from nlp_stn.segment import segment

DATA = Path(__file__).resolve().parent / "data" / "unseen"


def _norm(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"^\([^)]*\)\s*", "", text)  # "(Nous proposons d')équiper": implicit context
    return " ".join(text.lower().replace("’", "'").split())


def _score(target: str, unit) -> float:
    """How well a unit's text gives ``target`` (normalised, see _norm), 0 to 100."""
    got = _norm(unit.text)
    # a plan's row is its title and its description, one per line: the title alone counts
    s = max(fuzz.ratio(target, got), fuzz.ratio(target, _norm(unit.text.split("\n", 1)[0])))
    if unit.detail:  # a title with its description, or the description alone, as some readers copy it
        s = max(s, fuzz.ratio(target, _norm(f"{unit.text}. {unit.detail}")), fuzz.ratio(target, _norm(unit.detail)))
    if len(target) >= 25 and len(got) >= 20:
        s = max(s, fuzz.partial_ratio(target, got))
    return s


def compare(path: Path, expected: Path):
    """(expected texts not found, expected texts found with another kind, number of extra units).

    Each unit gives at most one expected text, the pairs scoring 85 or more taken best first: a
    unit that runs several expected demands together finds one of them, the others are missed."""
    units = segment(extract(path, doc_id=path.name))
    with expected.open(encoding="utf-8") as fh:
        wanted = list(csv.DictReader(fh))
    pairs = sorted(((s, i, j) for i, row in enumerate(wanted) for j, unit in enumerate(units)
                    if (s := _score(_norm(row["text"]), unit)) >= 85), key=lambda p: (-p[0], p[1], p[2]))
    given: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in given and j not in given.values():
            given[i] = j
    missed = [row["text"] for i, row in enumerate(wanted) if i not in given]
    wrong = [row["text"] for i, row in enumerate(wanted) if i in given and units[given[i]].kind != row["kind"]]
    return missed, wrong, len(units) - len(given)


ARCHIVER = "archiver ou supprimer les espaces partagés inactifs depuis trois ans ;"
CASES = [
    # file, expected units, expected texts not found, expected texts of another kind, extra units.
    # Since 2026-11-27 a unit gives one expected text at most (see compare): the texts a unit runs
    # together with another are missed too, even where the comment names only other misses
    ("avis-trois-vallees.docx", "avis-trois-vallees", [], [], 0),
    ("avis-port-marin.pdf", "avis-port-marin", [], [], 0),
    # the "Pilote" column of the plan's table names who leads each action: no unit
    ("schema-departemental.docx", "schema-departemental", [], [], 0),
    ("schema-departemental.pdf", "schema-departemental", [], [], 0),
    # known miss: spaCy tags "archiver" as a noun, and one verb in a list of two is too little
    # to rescue the other item as a verbal series
    ("feuille-de-route-nr.odt", "feuille-de-route-nr", [ARCHIVER], [], 0),
    ("feuille-de-route-nr.pdf", "feuille-de-route-nr", [ARCHIVER], [], 0),
    ("plan-actions-commune.html", "plan-actions-commune", [], [], 0),
    # roman-numbered axes in capitals are section titles here (the reader listed them as
    # objectives): the lettered objectives under them are found
    ("strategie-cc.txt", "strategie-cc",
     ["UN TERRITOIRE CONNECTÉ", "DES HABITANTS ET DES ENTREPRISES ACCOMPAGNÉS", "UNE COLLECTIVITÉ EXEMPLAIRE ET SOBRE"],
     [], 0),
    # a question inside a contribution's paragraph stays in the unit of its demand (one unit
    # per contribution paragraph's demand sentence); two contributions without demand give a unit
    ('cahier-contributions-saint-aubin.txt',
     'cahier-contributions-saint-aubin',
     [
        '(il faudrait) garder les courriers papier pour les impôts et la caisse de retraite',
        'Pourquoi faut-il tout faire sur internet maintenant ?',
        'Par ailleurs la fibre est annoncée depuis 2019 : quand arrivera-t-elle vraiment ?',
        '(Nous proposons de) former les enseignants à leur usage',
        "(Nous proposons d')organiser un atelier parents-enfants sur les écrans un samedi par mois.",
        'Pourriez-vous aussi refaire le site internet de la commune ?',
    ],
     [
        'Est-ce que les images des caméras installées près de la salle des sports sont conservées, et pendant combien de temps ?',
    ], 2),
    ("consultation-export.csv", "consultation-export", [], [], 0),
    ("consultation-export.xlsx", "consultation-export", [], [], 0),
    # a proposal that only asks (« Pourquoi les démarches de la cantine ne sont-elles possibles
    # qu'en ligne ? … Est-il prévu de garder un guichet ? ») is a question, as its reader listed it
    ("propositions-export.json", "propositions-export", [], [], 0),
    # a labelled title gives its label to the label column ("Axe stratégique 1 : Un territoire
    # inclusif" -> "Axe stratégique 1", "Un territoire inclusif")
    ("extra-libelles.md", "extra-libelles", [], [], 0),
    ("extra-fiches-en-ligne.md", "extra-fiches-en-ligne", [], [], 0),
    # a second round of genres: recommendations in a Word table, tracked changes and Word
    # numbering, a participatory budget page, pad minutes, an ODT with outline numbering
    ("avis-tableau-val-de-lisse.docx", "avis-tableau-val-de-lisse", [], [], 0),
    # (the extra unit: the closing « Le Conseil souhaite être associé au suivi … et demande qu'un
    # point d'étape lui soit présenté … » coordinates two demands, given as two; the reader
    # listed one)
    ("avis-revisions-pays-d-orne.docx", "avis-revisions-pays-d-orne", [], [], 1),
    ("budget-participatif-montfaucon.html", "budget-participatif-montfaucon", [], [], 0),
    # known misses: the rows of a "Décision" table are not read as decisions; the extra unit
    # is "Remarque de Jean : il faut penser aux horaires…", read as a demand
    ("cr-gt-inclusion-2025-05-14.md", "cr-gt-inclusion-2025-05-14",
     ["Achat de 10 tablettes pour le prêt : 3 500 € : Validé",
      "Formation des bénévoles aidants : 1 200 € : Reporté à septembre",
      "Impression du guide des lieux : 800 € : Refusé (version en ligne seulement)"], [], 1),
    ("strategie-numerique-val-de-lisse.odt", "strategie-numerique-val-de-lisse", [], [], 0),
    # designed PDF layouts (fixtures of the PDF reader, tests/data/pdf-robust): two columns
    # with footnotes, boxed recommendations with a sidebar and a pull quote, a landscape table
    # over two pages, a deliberation. Known misses: the noun items under "Recommandation 6 :
    # …, notamment :" (details of a unit); a demand that opens a paragraph of findings. The
    # axes of the landscape table, printed once beside their actions (a cell spanning rows),
    # are found since the PDF reader gives each row its axis and the axis column makes them
    # objectives (was: missed, read with their "Axe 1 –" label).
    # Extra units: the names of "Partenaires" cells (kept for reading, never matched; a
    # "Pilote" column of a plan's table gives none) and section titles phrased as infinitives.
    ("../pdf-robust/avis-deux-colonnes.pdf", "avis-deux-colonnes",
     ["une durée de garantie des équipements portée à cinq ans ;",
      "la reprise et le reconditionnement des matériels usagés par le fournisseur ;",
      "l'hébergement des données dans des centres alimentés en énergie renouvelable."], [], 1),
    # (the sentence stating a titled recommendation is its second line since the climavis rule)
    ("../pdf-robust/avis-encadres.pdf", "avis-encadres", [], [], 1),
    ("../pdf-robust/strategie-paysage.pdf", "strategie-paysage", [], [], 10),
    ("../pdf-robust/deliberation-conseil.pdf", "deliberation-conseil", [], [], 0),
    # "fiches action": one two-column table per page, a merged title row ("Fiche action n° 3 –
    # …", the action) and field rows (Objectif -> objectives, Indicateurs de suivi ->
    # indicators, Description de l'action -> its bulleted items are actions, Contexte, Pilote,
    # Budget... -> no unit). The extra unit: the rhetorical question of the introduction
    # ("… comment faire en sorte que le numérique rende un meilleur service … ?"). In the PDF,
    # fiche 4's two indicators ("Nombre de pages numérisées" / "Nombre de visiteurs…") are
    # printed as a wrapped line could be (the next word would not have fitted); since 2026-11-29 a
    # capitalised word ending as an infinitive does (« Nombre », like « Déployer ») after a line that
    # can end there opens a paragraph of the cell: two units, both found.
    ("schema-directeur-fiches.docx", "schema-directeur-fiches", [], [], 1),
    ('schema-directeur-fiches.pdf',
     'schema-directeur-fiches',
     [],
     [], 1),
    # an opinion published as a blog article (share buttons, visitors' comments and their
    # form left out) and a deliberation whose closing formulas and signatures end its decisions
    ("avis-site-web.html", "avis-site-web", [], [], 0),
    # (the extra unit: « M. ROUX demande si les communes pourront adhérer… », a councillor's
    # reported question, read as a question; this reader did not list it, another did list
    # such questions in council minutes)
    ("deliberation-conseil-communautaire.pdf", "deliberation-conseil-communautaire", [], [], 1),
    # a council report with a cover page, a typed table of contents and a summary that lists
    # the recommendations in short form before the chapters state them in full (the extra
    # unit: the closing « … souhaite être associé au suivi … et demande qu'un point d'étape … »
    # gives two demands; the reader listed one)
    ("rapport-conseil-dev.pdf", "rapport-conseil-dev", [], [], 1),
    ("rapport-conseil-dev.docx", "rapport-conseil-dev", [], [], 1),
    # workshop minutes (post-its with their tallies): every post-it is an idea, also an
    # exclamation ("garder un guichet papier !!!") or a noun phrase, but not the shared
    # findings after "Constats partagés :"; two ideas phrased as questions stay questions, and
    # the organisers' dated next steps are read as ideas (the reader listed them as actions)
    ("atelier-post-its.md", "atelier-post-its", [],
     ['Un "parrainage" entre jeunes et seniors, les jeunes aident pour le numérique et les seniors pour autre chose ?',
      "Est ce que le bus France Services pourrait passer aussi dans les hameaux ?",
      "15 avril : envoi du compte rendu aux participants (par mail + affichage en mairie)",
      "mai 2025 : réunion du comité de pilotage pour trier les idées",
      "12 juin, 18h30 : restitution publique à la salle des fêtes de Murat",
      "septembre : vote de la stratégie numérique en conseil communautaire"], 0),
    # a survey's open answers: the column asking for proposals and the free comment column
    # are read; the difficulties column is not (one demand in it is missed); "Continuer
    # comme ça" only encourages, as « merci », and is no unit
    ("questionnaire-reponses.csv", "questionnaire-reponses",
     ["C'est dangereux pour les personnes seules, il faudrait au moins une antenne pour les urgences."], [], 0),
    # a questionnaire export whose replies hold {question, value} pairs. Known miss: an
    # imperative remark ("Arrêtez de tout mettre sur internet.")
    ("consultation-capcollectif.json", "consultation-capcollectif", ["Arrêtez de tout mettre sur internet."], [], 0),
    # a Make.org-like export: the proposals refused by moderation are left out
    ("contributions-makeorg.json", "contributions-makeorg", [], [], 0),
    # an authority's action plan kept as a spreadsheet (XLSX with a merged title row, and its
    # CSV export): the "Action" column names the rows, the indicators column gives indicators
    ("plan-actions-tableur.xlsx", "plan-actions-tableur", [], [], 0),
    ("plan-actions-tableur.csv", "plan-actions-tableur", [], [], 0),
    # a strategy as slides (its last slide's « Des questions ? » gives the floor: no question)
    ("strategie-diaporama.pdf", "strategie-diaporama", [], [], 0),
    # the documents of three testers' matching checks; their expected units are the units of
    # their gold (recommendations and actions only: the axes and objectives found are the
    # extra units). The plan ends with a summary table of its dotted-numbered actions (no
    # second unit). The Val d'Ombre opinion's « Il rappelle enfin que … : chaque service …
    # doit conserver … » is a rule asked for every service (a demand)
    ("../matching-checks/troisrivieres/corpus/troisrivieres/plan-actions-numerique.pdf", "plan-actions-trois-rivieres", [], [], 4),
    ("../matching-checks/troisrivieres/corpus/troisrivieres/avis-codev-trois-rivieres.docx", "avis-codev-trois-rivieres", [], [], 0),
    ("../matching-checks/saintferreol/corpus/saintferreol/plan-actions-ville-numerique.html", "plan-actions-saint-ferreol", [], [], 8),
    ("../matching-checks/saintferreol/corpus/saintferreol/consultation-ville-numerique.csv", "consultation-saint-ferreol", [], [], 0),
    ("../matching-checks/valombre/corpus/valombre/avis-cd-valombre.pdf", "avis-cd-valombre",
     [], [], 1),  # « demande que … et que … » read as two demands: the reader listed one
    ("../matching-checks/valombre/corpus/valombre/strategie-numerique-valombre.odt", "strategie-numerique-valombre", [], [], 16),
    # a fourth pair: an opinion in DOCX and a plan in a spreadsheet (a title row, the axis on the
    # first row of each axis); the extra units are the plan's 26 indicators and its 5 labelled
    # axes (« Axe 1 – … »), objectives over their actions
    ("../matching-checks/hautevaldrome/corpus/hautevaldrome/avis-conseil-developpement-haute-valdrome.docx",
     "avis-cd-haute-valdrome", [], [], 0),
    ("../matching-checks/hautevaldrome/corpus/hautevaldrome/plan-actions-services-publics-inclusion-numerique.xlsx",
     "plan-actions-haute-valdrome", [], [], 31),
    # a fifth: a platform's JSON export and a wiki strategy in Markdown whose actions are
    # numbered noun-phrase titles ("### 1.1 Capteurs de qualité de l'air")
    ("../matching-checks/portvellec/corpus/portvellec/propositions-strategie-donnee.json",
     "propositions-port-vellec", [], [], 0),
    ("../matching-checks/portvellec/corpus/portvellec/strategie-donnee-ville-intelligente.md",
     "strategie-port-vellec", [], [], 0),
    # a sixth: a CESER opinion in PDF (a summary box of 20 numbered recommendations, restated
    # in other words in the chapters as bold lead sentences, some cut by a page break) and the
    # Region's roadmap in ODT. The box items go (their restatements are the units); the
    # opinion's extra units are five sub-demands of the explanations (« Ces critères devraient
    # être rendus publics… »); the roadmap's are its five orientations (objectives) and the 24
    # « Actions concrètes » items under its measures (actions, children of their measure)
    ("../matching-checks/hautesmarches/corpus/hautesmarches/avis-ceser-numerique-responsable.pdf",
     "avis-ceser-hautes-marches", [], [], 5),
    ("../matching-checks/hautesmarches/corpus/hautesmarches/feuille-de-route-numerique-responsable.odt",
     "feuille-de-route-hautes-marches", [], [], 29),
    # a seventh: a council's opinion in PDF (shaded one-cell boxes « Recommandation n », bold
    # lead sentences, a summary table « N° | Recommandation | Acteur concerné | Échéance ») and
    # a programme of fiches in DOCX. Opinion extras: the four « Acteur concerné » cells (role
    # cooperation, kept for reading) and the closing « … demande à être associé au suivi » (the
    # footnote printed below the box of « Recommandation 18 », cut by a page break, is dropped).
    # Programme extras: the 24 objectives and 42 indicators of the fiches
    ("../matching-checks/sarmeil/corpus/sarmeil/avis-cdd-pays-sarmeil.pdf", "avis-cdd-sarmeil", [], [], 6),  # « demande que … et que … » read as two demands: the reader listed one
    ("../matching-checks/sarmeil/corpus/sarmeil/programme-actions-sarmeil-numerique-2026-2030.docx",
     "programme-sarmeil", [], [], 66),
    # an eighth: a consultation export (CSV, « ; ») and the town's answer as a web page: themes
    # in <details><summary> accordions, numbered noun-phrase actions explained inside their <li>
    ("../matching-checks/montbazac/corpus/montbazac/export-propositions-ville-numerique.csv",
     "export-montbazac", [], [], 0),
    ("../matching-checks/montbazac/corpus/montbazac/reponse-municipale-ville-numerique.html",
     "reponse-montbazac", [], [], 0),
    # three more pairs, written after the rules above:
    # - a citizens' panel opinion in ODT with a closing « En résumé » list, and a programme in
    #   PDF whose actions are the rows of a bordered table over three landscape pages (« N° |
    #   Action | Description | Chef de file | … », rows « A1 »…, a row spanning the table per
    #   axis). Extras: two recap items restated nowhere in full, the closing « Le panel
    #   remercie … et demande à être destinataire d'une réponse » (borderline); the five axes;
    ("../matching-checks/hautvernois/corpus/hautvernois/avis-panel-citoyen-haut-vernois.odt",
     "hautvernois-avis-panel-citoyen-haut-vernois", [], [], 4),  # « demande que … et que … » read as two demands: the reader listed one
    ("../matching-checks/hautvernois/corpus/hautvernois/programme-departemental-numerique-2026-2029.pdf",
     "hautvernois-programme-departemental-numerique-2026-2029", [], [], 5),
    # - public meetings' minutes exported from Google Docs (demands in indirect speech, the
    #   mayor's commitments, a closing « Relevé des propositions » table) and a DOCX plan in
    #   Word's automatic multilevel numbering with an indented explanation under each action.
    #   Extras: one row of the table restated nowhere in full; the plan's four axes;
    ("../matching-checks/vernouillac/corpus/vernouillac/compte-rendu-reunions-quartier-2025.html",
     "vernouillac-compte-rendu-reunions-quartier-2025", [], [], 1),
    ("../matching-checks/vernouillac/corpus/vernouillac/plan-numerique-communal-2025-2027.docx",
     "vernouillac-plan-numerique-communal-2025-2027", [], [], 4),
    # - a Decidim proposals export in XLSX (withdrawn rows, rejected ones with an answer,
    #   amendments) and a DOCX schéma in three heading levels with « Indicateur | Cible 2028 »
    #   tables. Extras: the four axes and the fifteen indicators
    ("../matching-checks/valdarsac/corpus/valdarsac/export-propositions-numerique-transition-ecologique.xlsx",
     "valdarsac-export-propositions-numerique-transition-ecologique", [], [], 0),
    ("../matching-checks/valdarsac/corpus/valdarsac/schema-directeur-numerique-responsable-2025-2028.docx",
     "valdarsac-schema-directeur-numerique-responsable-2025-2028", [], [], 19),
    # and three more:
    # - an island council's opinion as pdftotext output (hyphenation, running header and footer,
    #   form feeds on most pages only, footnotes, « R1 – » recommendations) and a plan in XLSX
    #   whose axis is a cell merged down its rows. Extra: a finding « … et il faut se présenter
    #   … » read as a demand;
    ("../matching-checks/arzennec/corpus/arzennec/avis-cdd-arzennec-plan-numerique.txt",
     "arzennec-avis-cdd-arzennec-plan-numerique", [], [], 1),
    # The plan's extras: its 6 labelled axes (« Axe 1 – … »), objectives over their actions. Its
    # « Intitulé de l'action » beside « Porteur », « Calendrier » makes it a plan: the indicators of
    # its « Indicateurs » sheet are units.
    ("../matching-checks/arzennec/corpus/arzennec/plan-actions-numerique-2026-2029.xlsx",
     "arzennec-plan-actions-numerique-2026-2029", [], [], 6),
    # - a workshop's shared pad (post-its as noun phrases with « +1 » votes, the organisers' TODO
    #   lines, a « Ce qu'on retient » recap) against the city's progress report (cards with a
    #   status badge, actions in the past tense). The last table's « voir où en sont les projets
    #   … » is a wish to know, no reference; extras: the organisers' five tasks (actions, never
    #   demands) and a note « (hors sujet, c'est l'agglo) »; the report's five axes;
    ("../matching-checks/vaubrecourt/corpus/vaubrecourt/atelier-citoyen-ville-numerique-2025-10-04.md",
     "vaubrecourt-atelier-citoyen-ville-numerique-2025-10-04", [], [], 5),
    ("../matching-checks/vaubrecourt/corpus/vaubrecourt/bilan-2025-strategie-numerique.html",
     "vaubrecourt-bilan-2025-strategie-numerique", [], [], 5),
    # - an opinion in DOCX made of « Constat | Proposition du Conseil » tables (Word bullets in
    #   a cell) and a strategy in ODT whose actions are paragraphs opened by « Action 1.2.3 – »,
    #   with a calendar table citing them (« 5.1.1 – … », no second unit). Extras: the closing
    #   « … souhaite être associé à son suivi »; the 18 orientations and objectives
    ("../matching-checks/lavernay/corpus/lavernay/avis-conseil-developpement-strategie-numerique.docx",
     "lavernay-avis-conseil-developpement-strategie-numerique", [], [], 1),
    ("../matching-checks/lavernay/corpus/lavernay/strategie-numerique-responsable-2026-2031.odt",
     "lavernay-strategie-numerique-responsable-2026-2031", [], [], 18),
    # - a participatory budget's export and the council's deliberation: the commitments listed
    #   under « Article 2 : de prendre les engagements suivants … : » are decisions with its
    #   label; known: the winners' table rows of article 1 are read as the table's units
    #   (recommendations of role action) and not as decisions; extra: the opening « Article 1 :
    #   d'approuver la liste des projets lauréats suivants : » over the table;
    ("../matching-checks/saintaubin/corpus/saintaubin/export-projets-budget-participatif-numerique-2025.csv",
     "saintaubin-export-projets-budget-participatif-numerique-2025", [], [], 0),
    ("../matching-checks/saintaubin/corpus/saintaubin/deliberation-2025-083-budget-participatif.docx",
     "saintaubin-deliberation-2025-083-budget-participatif", [],
     [
      "BP25-001 Wi-Fi public gratuit au parc des Tilleuls (4 bornes extérieures, coupure automatique de 23 h à 7 h) Centre-Tilleuls 412 18 500",
      "BP25-006 Tablettes numériques pour les résidents de l'EHPAD Les Glycines (6 tablettes grand écran, supports et abonnement visio) La Gare 455 7 400",
      "BP25-002 (et BP25-023) Repair café : achat d'outillage et aménagement d'un espace à la Maison des associations Tous quartiers 388 6 200",
      "BP25-004 Club de code pour les 10-15 ans : kits de robotique, cartes programmables et ordinateurs portables Les Forges 367 9 800",
      "BP25-009 Studio d'enregistrement (podcast) à la médiathèque Louise-Michel Les Forges 321 15 600",
      "BP25-005 et BP25-012 Stations de recharge sécurisées pour vélos à assistance électrique : place du Marché et parvis de la gare SNCF Centre-Tilleuls / La Gare 298 + 143 24 000",
     ], 1),
    # - a collective's opinion as a WordPress post: numbered noun-phrase proposals (« Une appli
    #   de covoiturage … ») and their « en bref » recap, which gives way to them; the comments,
    #   sidebar and menu give nothing. Extra: a finding read as a demand
    ("../matching-checks/coteauxdarvenne/corpus/coteauxdarvenne/avis-collectif-arvenne-connectee.html",
     "coteauxdarvenne-avis-collectif-arvenne-connectee", [], [], 1),
    # - a strategy as a PDF slide deck: its bullets are drawn as shapes, not typed, and some
    #   items carry their number in their text (« • 1.2 Panneaux à messages variables … »);
    #   under « Ce que nous ferons » the actions, under « Ce que cela change » outcomes (no
    #   units); « Axe 2 – suite » goes on with axis 2. Extra: the five axes, as objectives
    ("../matching-checks/arvene/corpus/arvene/strategie-numerique-petr-2026-2030-comite-syndical.pdf",
     "arvene-strategie-numerique-petr", [], [], 5),
    # - the council's opinion as a designed two-column PDF (sidebar, boxes, pull quotes).
    #   Extra: the sidebar's priorities and pull quotes, read as demands too (since 2026-11-28 no
    #   longer the two catchword titles over their demand stated in full in the infinitive)
    ("../matching-checks/arvene/corpus/arvene/avis-codev-strategie-numerique.pdf", "arvene-avis-codev", [], [], 6),
    # Tenth round (three testers, 2026-11-26):
    # - a council's opinion as a PDF made from ODT (« Proposition n° 1 – » paragraphs, cover,
    #   sommaire, footnotes, members and glossary annexes; a bold « Proposition n° 13 – » title
    #   going on in lower case over the page break). Extra: three explanations read as demands
    #   and a sub-demand the reader did not list
    ("../matching-checks/belcombe/corpus/belcombe/avis-cd-belcombe-esante.pdf", "belcombe-avis-cd-belcombe-esante",
     [], [], 4),
    # - the strategy as a designed PDF printed from HTML: a dotted sommaire, fiches whose
    #   labelled titles wrap on three lines in a narrow column (« Action 1.1.2 — Créer des
    #   points de / téléconsultation … ») over a field table, a summary table. Extra: the axes
    #   and objectives (15) and the fiches' indicators (30), which the reader did not list, and
    #   the three axes again from the summary table
    ("../matching-checks/belcombe/corpus/belcombe/schema-directeur-esante-belcombe.pdf",
     "belcombe-schema-directeur-esante-belcombe", [], [], 33),
    # - a consultation register's export (« Objet » and « Observation » columns, questions,
    #   an attachment only, a duplicate: one unit). Extra: an opinion without a demand, « Bravo »,
    #   the attachment-only row
    ("../matching-checks/mervent/corpus/mervent/registre-concertation-plan-numerique-ecoles.csv",
     "mervent-registre-concertation-plan-numerique-ecoles", [], [], 3),
    # - the town's « Mémoire en réponse » (DOCX): a table Thème | demande | réponse | engagement
    #   then « Nos 12 engagements », read as its actions. Missed: the refusals (« Demande non
    #   retenue car … ») that the reader listed as decisions; extra: the garant's recommendation
    #   reported in the introduction
    ("../matching-checks/mervent/corpus/mervent/memoire-en-reponse-plan-numerique-ecoles.docx",
     "mervent-memoire-en-reponse-plan-numerique-ecoles",
     ["Demande non retenue car les usages pédagogiques en classe relèvent des enseignants et des programmes de "
      "l'Éducation nationale, et non de la commune ; la commune n'équipera toutefois pas les écoles maternelles en "
      "tablettes.",
      "Demande non retenue car l'ancienne salle des fêtes du Bourg-Neuf doit être désamiantée et ne sera pas "
      "disponible avant 2030 ; le fab lab jeunes sera installé au Point Jeunes (voir engagement 11).",
      "Demande non retenue car le logiciel actuel du portail famille ne gère qu'un seul payeur par enfant ; la "
      "question sera posée lors du renouvellement du marché, en 2029.",
      "Demande non retenue car un PAI contient des données de santé qui relèvent du médecin scolaire et ne peuvent "
      "pas transiter par le portail famille ; le PAI reste transmis par le directeur d'école au service "
      "restauration."], [], 1),
    # - an open letter (ODT: letterhead, « Nos attentes : » list, « nous attendons du
    #   Département qu'il … », signatories, « Copie à : ») and the roadmap as a saved web page
    #   (nested lists under group names, « En savoir plus » details, sidebar, timeline)
    ("../matching-checks/rochenoire/corpus/rochenoire/lettre-ouverte-faar-numerique-rural.odt",
     "rochenoire-lettre-ouverte-faar-numerique-rural", [], [], 1),  # « demande que … et que … » read as two demands: the reader listed one
    ("../matching-checks/rochenoire/corpus/rochenoire/feuille-de-route-numerique-2026-2030.html",
     "rochenoire-feuille-de-route-numerique-2026-2030", [], [], 0),
    # the minutes of a town council with several deliberations (decisions as "Article 1 :",
    # as dashes, as a verb in capitals, inline "DÉCIDE de …") and councillors' questions, one
    # reported without a question mark ("Mme P. demande où en est …")
    ("pv-conseil-municipal.pdf", "pv-conseil-municipal", [], [], 0),
    # an opinion in numbered paragraphs of prose with its synthesis "R1 – …". Extra units: a
    # rhetorical question (« Le Conseil s'interroge : … ? »), « Ce comité pourrait s'appuyer
    # sur … » and « … souhaite être destinataire d'un bilan » (borderline)
    ("avis-paragraphes-numerotes.odt", "avis-paragraphes-numerotes", [], [], 3),
    # texts extracted from PDFs: pdftotext with form feeds, a copy-paste without blank lines,
    # minutes with a header and a footer on each page. Known: the opinion's extra unit is "Le
    # présent avis reprend les constats partagés et formule des propositions concrètes, …";
    # in the minutes, the mayor's "s'engage à : 1° …" items are read as actions (the reader
    # listed them as decisions), and the extra unit is the quoted subtitle "Le numérique dans
    # notre commune : où en est-on ?"
    ("avis-extrait-pdftotext.txt", "avis-extrait-pdftotext", [], [], 2),  # « demande que … et que … » read as two demands: the reader listed one
    ("strategie-copie-colle.txt", "strategie-copie-colle", [], [], 0),
    ("cr-reunion-publique.txt", "cr-reunion-publique", [],
     ["(le Maire s'engage à) publier ce compte rendu sur le site internet et l'afficher en mairie ;",
      "(le Maire s'engage à) étudier l'ouverture de la salle informatique le samedi avec les associations ;",
      "(le Maire s'engage à) réunir à nouveau les habitants en juin 2025 pour faire le point."], 1),
    # an opinion saved by Word as "Page Web filtrée" (list items as <p class=MsoListParagraph>
    # with their typed bullet or number, a footnote call): the extra units are its three axes,
    # read as objectives, which this reader did not list
    ("avis-word-html.htm", "avis-word-html", [], [], 3),
    # a strategy exported by Google Docs
    ("strategie-gdocs.docx", "strategie-gdocs", [], [], 0),
    # Eleventh round: a community council's deliberation (PDF from ODT, « Article 1er – APPROUVE
    # … ») with the plan in an annex: axes, then actions coded « A1 – … » to « A19 – … » (one
    # written « A 12 », one « A17. – »), each a title over its description
    ("deliberation-annexe-codes.pdf", "deliberation-annexe-codes", [], [], 0),
    # - an opinion in ODT (« Il préconise … ; il suggère aussi … », typed notes « 1. Loi n° … »)
    #   and the authority's answer in DOCX: a table « Recommandation du conseil | Réponse de la
    #   collectivité | Suite donnée » then « Nos engagements pour 2027 ». Extra: the 3 refusals
    #   (« Cette demande n'est pas retenue car … »), decisions the reader did not list as actions;
    ("../matching-checks/vaudrey/corpus/vaudrey/avis-cddv-vaudrey.odt", "vaudrey-avis-cddv-vaudrey", [], [], 0),
    ('../matching-checks/vaudrey/corpus/vaudrey/reponse-ccvv-avis-cddv.docx',
     'vaudrey-reponse-ccvv-avis-cddv', [], [], 4),
    # - a council's contribution as a PDF from Word (shaded boxes, two-level « Préconisation 2.3 »,
    #   bold lead-ins cut at a line end, footnote calls after « . » and « ) », a summary bullet
    #   « … (2.1 à 2.4) ») and a mid-term review in XLSX (« Avancement » : Réalisée, Reportée,
    #   Abandonnée; an « Indicateurs » sheet);
    ("../matching-checks/lizon/corpus/lizon/contribution-codev-haut-lizon-numerique.pdf",
     "lizon-contribution-codev-haut-lizon-numerique", [], [], 0),
    ("../matching-checks/lizon/corpus/lizon/bilan-mi-parcours-plan-numerique-haut-lizon.xlsx",
     "lizon-bilan-mi-parcours-plan-numerique-haut-lizon", [], [], 0),
    # - a wiki synthesis in Markdown (quotes, « Ce que les élus demandent : » inline, fragments
    #   completing an item) and a questionnaire in ODS (a long « Vos propositions … » header, a
    #   remark beside an empty proposal, « rien à signaler », a duplicate);
    ("../matching-checks/sarliere/corpus/sarliere/synthese-concertation-numerique.md",
     "sarliere-synthese-concertation-numerique", [], [], 0),
    ('../matching-checks/sarliere/corpus/sarliere/reponses-questionnaire-numerique.ods',
     'sarliere-reponses-questionnaire-numerique',
     [
        'amener la fibre dans les hameaux, on est toujours en ADSL à 2 méga',
    ],
     [], 0),
    # - a citizens' panel's opinion as a WordPress page (footnotes, a bold « Et maintenant ? ») and a
    #   strategy in cards (« Action 3 · … », « Pilote : », « Indicateur : », « Budget : »), read
    #   from its HTML and from Chromium's PDF of it. Extra: the 4 axes, objectives, and 6 indicators
    #   written « a ; b », given as two by the tool where the reader listed one.
    ("../matching-checks/ormeaux/corpus/ormeaux/avis-panel-citoyen-ormeaux.html",
     "ormeaux-avis-panel-citoyen-ormeaux", [], [], 0),
    ("../matching-checks/ormeaux/corpus/ormeaux/strategie-data-numerique-responsable-ormeaux.pdf",
     "ormeaux-strategie-data-numerique-responsable-ormeaux-pdf", [], [], 10),
    ("../matching-checks/ormeaux/corpus/ormeaux/strategie-data-numerique-responsable-ormeaux.html",
     "ormeaux-strategie-data-numerique-responsable-ormeaux-html", [], [], 10),
    # Twelfth round: a participation platform's proposals (JSON) and its « Suivi des résultats »
    # (accountability CSV: status, progress, projects by « parent/id »);
    ('../matching-checks/plouvenec/corpus/plouvenec/propositions-plouvenec-numerique-2030.json',
     'plouvenec-propositions-plouvenec-numerique-2030',
     [
        'Mais garder un accueil en mairie avec une vraie personne pour aider ceux qui ne savent pas faire seuls, par exemple un conseiller numérique le samedi matin.',
    ],
     [], 0),
    ("../matching-checks/plouvenec/corpus/plouvenec/resultats-plouvenec-numerique-2030.csv",
     "plouvenec-resultats-plouvenec-numerique-2030", [], [], 0),
    # - residents' emails copied from a mailbox (TXT: headers, quoted replies « > », « Serait-il
    #   possible de … ? ») and the mayor's reply letter (PDF: commitments in the future tense,
    #   refusals in prose). Missed: « Un point d'étape … sera présenté … », the follow-up of the
    #   commitments, which five other readers list as no unit;
    ("../matching-checks/kerbrat/corpus/kerbrat/courriers-associations-mairie.txt",
     "kerbrat-courriers-associations-mairie", [], [], 0),
    ("../matching-checks/kerbrat/corpus/kerbrat/reponse-maire-courriers-numerique.pdf",
     "kerbrat-reponse-maire-courriers-numerique",
     ["Un point d'étape sur l'ensemble de ces engagements sera présenté lors de la réunion des associations de "
      "juin 2027."], [], 0),
    # - minutes of a workshop evening (ODT: participants, « Propositions / Freins / Leviers /
    #   Acteurs à mobiliser », a table with one proposal per paragraph, a plenary in indirect
    #   speech) and a regional scheme printed by Chromium (« Orientation », « Objectif 1.2 »,
    #   « Mesure 12 – »). Extra: the obstacles, levers and actors of the table (kept with their
    #   role, never matched). In the
    #   scheme, two measures are read as title + description where the reader copied label,
    #   title and paragraph as one excerpt; the extras are those two and the 4 orientations.
    ("../matching-checks/landaul/corpus/landaul/compte-rendu-atelier-numerique-landaul.odt",
     "landaul-compte-rendu-atelier-numerique-landaul", [], [], 3),
    ("../matching-checks/landaul/corpus/landaul/schema-regional-usages-numeriques.pdf",
     "landaul-schema-regional-usages-numeriques",
     ["Mesure 2 – Ports connectés Déploiement d'un wifi public gratuit et raccordement à la fibre des 14 ports "
      "régionaux de pêche et de plaisance",
      "Mesure 18 – Bilan annuel public Un comité de suivi réunissant les intercommunalités, les conseils de "
      "développement et les partenaires se réunira chaque année."], [], 6),
    # Thirteenth round: an opposition group's tribune on a news page (HTML) and an IT master plan
    # in DOCX (« Programme n – », « Projet Pn.m – » headings, each over a field table whose
    # « Description » is the project's, a year-by-year calendar that adds no unit). Extra: the 20
    # « Objectif » fields, objectives; in the tribune, related-article cards and the right of reply;
    ("../matching-checks/brenaz/corpus/brenaz/tribune-opposition-numerique-brenaz.html",
     "brenaz-tribune-opposition-numerique-brenaz", [], [], 5),
    ("../matching-checks/brenaz/corpus/brenaz/sdsi-brenaz-2026-2030.docx", "brenaz-sdsi-brenaz-2026-2030", [], [], 20),
    # - minutes of a 2017 public meeting known only by OCR (TXT: cut words, ligatures, « 1es » for
    #   « les », bullets read as « e » or « o », several people's demands in one line-broken
    #   paragraph) and the current strategy as a wiki page in Markdown. An item opened by an « e »
    #   bullet whose rare verb the tagger misses (« Résorber ») is found by the lemmatizer's verbs;
    #   its sibling, and the question after the list, since « e » is a bullet and a sentence after
    #   an item is a paragraph; the demands the OCR ran together after « Proposition : … » since a
    #   long paragraph opened so goes on with sentences read as any paragraph's; items opened by
    #   « o » in lower case under « … ; » are items of the list (« o raccorder les écoles … »)
    ('../matching-checks/vallievre/corpus/vallievre/cr-reunion-publique-2017.txt',
     'vallievre-cr-reunion-publique-2017', [], [], 2),
    ("../matching-checks/vallievre/corpus/vallievre/strategie-numerique-vallievre.md",
     "vallievre-strategie-numerique-vallievre", [], [], 6),
    # - a survey's XLSX export (long questions as header, proposals in two columns, « freins »
    #   answers, « Avez-vous d'autres remarques ? ») and a departmental roadmap printed by Chromium
    #   (« Chantier n – », « Ce que nous allons faire » bullets). A remark that asks by the
    #   writers' need (« nous avons besoin d'un appui ») is found, and « Il serait bien aussi de
    #   pouvoir … » since « il serait bien (aussi) de » asks.
    ('../matching-checks/oussance/corpus/oussance/consultation-numerique-oussance.xlsx',
     'oussance-consultation-numerique-oussance',
     [
        "d'ici là, financer des solutions satellitaires pour les foyers non raccordables.",
        'Mettre à disposition des ordinateurs en libre-service dans ces accueils.',
        "Former les professeurs à l'usage pédagogique des outils numériques.",
    ],
     [], 0),
    # Extra in the roadmap: the 5 « Chantier n – » titles over their actions, objectives above them.
    ("../matching-checks/oussance/corpus/oussance/feuille-de-route-numerique-2026-2028.pdf",
     "oussance-feuille-de-route-numerique-2026-2028", [], [], 5),
    # the testers' thirteenth and fourteenth rounds (2026-11-26): eight pairs of
    # tests/data/matching-checks, expected units from each gold. serandaz: a contribution and a
    # slide deck; known miss: an item under « Prochaines étapes » the tester counted as an action.
    ('../matching-checks/serandaz/corpus/serandaz/contribution-cd-serandaz.docx',
     'serandaz-contribution-cd-serandaz', [], [], 1),  # « demande que … et que … » read as two demands: the reader listed one
    ('../matching-checks/serandaz/corpus/serandaz/presentation-strategie-numerique-serandaz.pdf',
     'serandaz-presentation-strategie-numerique-serandaz', ['Comité de suivi annuel, ouvert au conseil de développement'], [], 0),
    # combrenoux: two cahiers d'acteur (extras: context paragraphs read as demands) and a
    # project owner's decision (misses: its preamble's decisions, and measures stated in prose).
    ('../matching-checks/combrenoux/corpus/combrenoux/cahier-acteur-07-combre-vivante.pdf',
     'combrenoux-cahier-acteur-07-combre-vivante', [], [], 3),
    ('../matching-checks/combrenoux/corpus/combrenoux/cahier-acteur-12-hcll.pdf',
     'combrenoux-cahier-acteur-12-hcll', [], [], 1),  # « demande que … et que … » read as two demands: the reader listed one
    ('../matching-checks/combrenoux/corpus/combrenoux/decision-mo-cdt-haute-combre.docx',
     'combrenoux-decision-mo-cdt-haute-combre', ["Le maître d'ouvrage confirme la poursuite du projet, dans une version modifiée pour tenir compte des enseignements de la concertation.", "Le refroidissement adiabatique initialement envisagé est abandonné au profit d'un refroidissement par air extérieur (free cooling) et de groupes froids en circuit fermé.", "L'approvisionnement en électricité se fera par un contrat de fourniture d'électricité 100 % renouvelable avec garanties d'origine.", "Un comité de suivi associant les associations de protection de l'environnement, les riverains, les communes et les acteurs économiques sera créé. Il se réunira au moins une fois par an.", "Le maître d'ouvrage privilégiera les logiciels libres et les formats ouverts lorsqu'une solution équivalente existe, et publiera sous licence libre le code source des outils développés pour le centre.", 'une assistance en cas de cyberattaque sera accessible gratuitement, sept jours sur sept, aux communes de moins de 3 500 habitants.', "Le règlement d'accès au centre exclura l'hébergement d'activités de minage de cryptoactifs.", "Le Département s'engage, avec la Région et le lycée Jean-Rostand de Combrenoux, à ouvrir en 2028 une formation de techniciens d'exploitation de centres de données."], [], 10),
    # castelvieil: a participatory budget's export and the city's results page (known miss: a
    # commitment inside a relative clause).
    ('../matching-checks/castelvieil/corpus/castelvieil/budget-participatif-2026-projets-retenus.html',
     'castelvieil-budget-participatif-2026-projets-retenus', ["auprès de laquelle la Ville fera une campagne d'inscription à l'automne"], [], 0),
    ('../matching-checks/castelvieil/corpus/castelvieil/export-propositions-bp2026-castelvieil.xlsx',
     'castelvieil-export-propositions-bp2026-castelvieil', [], [], 0),
    # mirebaude: an opinion in two columns and a strategy numbered by Word.
    ('../matching-checks/mirebaude/corpus/mirebaude/avis-cd-mirebaude-tourisme-fluvial.pdf',
     'mirebaude-avis-cd-mirebaude-tourisme-fluvial', [], [], 0),
    ('../matching-checks/mirebaude/corpus/mirebaude/strategie-numerique-tourisme-fluvial-mirebaude.docx',
     'mirebaude-strategie-numerique-tourisme-fluvial-mirebaude', [], [], 1),
    # saintorbiac: CRTE fiches (extras: the « Indicateurs de suivi » fields) and a forum thread.
    ('../matching-checks/saintorbiac/corpus/saintorbiac/crte-fiches-actions-val-orbiac.pdf',
     'saintorbiac-crte-fiches-actions-val-orbiac', [], [], 29),
    ('../matching-checks/saintorbiac/corpus/saintorbiac/forum-quel-numerique-saint-orbiac.html',
     'saintorbiac-forum-quel-numerique-saint-orbiac', ["je rêve d'un tiers-lieu avec un espace de coworking, une vraie connexion et une imprimante correcte. L'ancienne gare de Saint-Orbiac est vide depuis des années, ce serait parfait pour ça"], [], 5),
    # pradelieu: a Google Forms export and a plan table over three pages (misses: indicators
    # listed in a sentence).
    ('../matching-checks/pradelieu/corpus/pradelieu/Enquete usages numeriques Pradelieu (reponses) - Reponses au formulaire 1.csv',
     'pradelieu-enquete-formulaire',
     [
        "et aussi quelqu'un pour aider ma mère a faire ses démarches (carte grise, impôts) elle a 84 ans et ne sait pas s'en servir",
        '+ une imprimante en libre service a la mairie pour les papiers',
    ],
     [], 2),
    ('../matching-checks/pradelieu/corpus/pradelieu/plan-actions-numerique-pradelieu-2026-2028.pdf',
     'pradelieu-plan-actions-numerique-pradelieu-2026-2028', ['nombre de personnes accompagnées par les conseillers numériques (objectif : 600 par an)', 'part des factures payées en ligne (objectif : 40 % en 2028)', 'nombre de foyers aidés par le chèque connexion'], [], 4),
    # fontclarel: a draft opinion with tracked changes and a municipal bulletin.
    ('../matching-checks/fontclarel/corpus/fontclarel/avis-ccc-fontclarel-projet-v3.docx',
     'fontclarel-avis-ccc-fontclarel-projet-v3', [], [], 0),
    ('../matching-checks/fontclarel/corpus/fontclarel/fontclarel-infos-87-nov-dec-2026.pdf',
     'fontclarel-fontclarel-infos-87-nov-dec-2026', [], [], 0),
    # vaulgrenier: a pad's notes and a plan with a sheet per axis (extras: the axes).
    ('../matching-checks/vaulgrenier/corpus/vaulgrenier/pad-atelier-jeunes-numerique-vaulgrenier.txt',
     'vaulgrenier-pad-atelier-jeunes-numerique-vaulgrenier', [], [], 0),
    ('../matching-checks/vaulgrenier/corpus/vaulgrenier/plan-actions-numerique-jeunesse-vaulgrenier-2026-2028.xlsx',
     'vaulgrenier-plan-actions-numerique-jeunesse-vaulgrenier-2026-2028', [], [], 3),
    # the fifteenth round (2026-11-26): saintgeraud, a cahier de doléances and a municipal
    # programme (« Nous ferons une fête … » under a lead-in that says nothing: a pledge, an action);
    ('../matching-checks/saintgeraud/corpus/saintgeraud/cahier-doleances-saintgeraud.txt',
     'saintgeraud-cahier-doleances-saintgeraud', [], [], 0),
    ('../matching-checks/saintgeraud/corpus/saintgeraud/programme-mandat-saintgeraud.pdf',
     'saintgeraud-programme-mandat-saintgeraud', [], [], 0),
    # montauzel: councillors' written questions and the mayor's answers (miss: a place said not
    # concerned, a refusal with no verb of refusing; a question asking the mayor to ask a third
    # party stays a question);
    ('../matching-checks/montauzel/corpus/montauzel/pv-cm-2026-11-13.pdf',
     'montauzel-pv-cm-2026-11-13', ["Le jardin Mistral n'est pas concerné, pour des raisons techniques (absence de point d'alimentation)"], [], 0),
    ('../matching-checks/montauzel/corpus/montauzel/questions-ecrites-cm-2026-10.odt',
     'montauzel-questions-ecrites-cm-2026-10',
     [
        'mettre en place un vrai contrat de maintenance informatique pour les écoles',
    ],
     [
        'si vous demanderez un calendrier précis de raccordement pour ces deux secteurs',
    ], 2),
    # verancon: Decidim proposals and accountability exports with their real columns.
    ('../matching-checks/verancon/corpus/verancon/verancon-propositions-export.csv',
     'verancon-verancon-propositions-export', [], [], 0),
    ('../matching-checks/verancon/corpus/verancon/verancon-resultats-export.csv',
     'verancon-verancon-resultats-export', [], [], 0),
    # the sixteenth round (2026-11-26): morvallon, an opinion in plain HTML and a responsive
    # plan page (extras: its three axes);
    ('../matching-checks/morvallon/corpus/morvallon/avis-cd-morvallon.html',
     'morvallon-avis-cd-morvallon', [], [], 0),
    ('../matching-checks/morvallon/corpus/morvallon/plan-actions-numerique-morvallon.html',
     'morvallon-plan-actions-numerique-morvallon', [], [], 3),
    # vallirette: Word text boxes and ODT frames (extras: a lead-in sentence of the opinion read
    # as a demand, the strategy's three axes; its closing « Fait à …, le … » is no unit any more).
    ('../matching-checks/vallirette/corpus/vallirette/avis-cd-vallirette.docx',
     'vallirette-avis-cd-vallirette', [], [], 1),
    ('../matching-checks/vallirette/corpus/vallirette/ssni-vallirette.odt',
     'vallirette-ssni-vallirette', [], [], 3),
    # the seventeenth round (2026-11-26): kerlouan, an opinion on a mid-term review and the
    # review (extras: its seven axes as objectives);
    ('../matching-checks/kerlouan/corpus/kerlouan/avis-cd-kerlouan-bilan.odt', 'kerlouan-avis-cd-kerlouan-bilan', [], [], 1),
    ('../matching-checks/kerlouan/corpus/kerlouan/bilan-mi-parcours-schema-numerique.pdf', 'kerlouan-bilan-mi-parcours-schema-numerique', [], [], 7),
    # roscanvel: a petition page with signatories' comments and a council's deliberations (extra: a
    # refusal read in an exposé);
    ('../matching-checks/roscanvel/corpus/roscanvel/deliberations-cm-2026-03-19.pdf', 'roscanvel-deliberations-cm-2026-03-19', [], [], 1),
    ('../matching-checks/roscanvel/corpus/roscanvel/petition-numerique-saint-roscanvel.html', 'roscanvel-petition-numerique-saint-roscanvel', [], [], 0),
    # belair: a Make.org-style export and a wiki strategy (extras: its indicator column and axes;
    # miss: a principle the reader listed as an objective);
    ('../matching-checks/belair/corpus/belair/consultation-belair.csv', 'belair-consultation-belair', [], [], 0),
    ('../matching-checks/belair/corpus/belair/strategie-numerique-belair.md', 'belair-strategie-numerique-belair', ['Le numérique ne remplace pas la présence humaine ; il doit la compléter.'], [], 23),
    # menezhir: an association's letter and an SDTAN whose commitments are called « Préconisation »;
    ('../matching-checks/menezhir/corpus/menezhir/contribution-usagers-sdan.docx', 'menezhir-contribution-usagers-sdan', [], [], 1),
    ('../matching-checks/menezhir/corpus/menezhir/sdtan-menez-hir-2026.pdf', 'menezhir-sdtan-menez-hir-2026', [], [], 7),
    # lanvaudan: an opinion in bold paragraphs and action sheets written with headings (extras:
    # its axes);
    ('../matching-checks/lanvaudan/corpus/lanvaudan/avis-conseil-citoyen-lanvaudan.pdf', 'lanvaudan-avis-conseil-citoyen-lanvaudan', [], [], 1),
    ('../matching-checks/lanvaudan/corpus/lanvaudan/plan-actions-numerique-2026-2030.docx', 'lanvaudan-plan-actions-numerique-2026-2030', [], [], 6),
    # plouzenel: a consultancy's synthesis and a strategy page of headed engagements;
    ('../matching-checks/plouzenel/corpus/plouzenel/strategie-numerique-plouzenel.html', 'plouzenel-strategie-numerique-plouzenel', [], [], 0),
    ('../matching-checks/plouzenel/corpus/plouzenel/synthese-concertation-plouzenel.pdf', 'plouzenel-synthese-concertation-plouzenel', [], [], 0),
    # treguidel: an opinion with lettered sub-points and a territorial contract;
    ('../matching-checks/treguidel/corpus/treguidel/avis-cd-treguidel.docx', 'treguidel-avis-cd-treguidel', [], [], 0),
    ('../matching-checks/treguidel/corpus/treguidel/contrat-territoire-numerique-treguidel.pdf', 'treguidel-contrat-territoire-numerique-treguidel', [], [], 1),
    # kergrist: a consultation workbook with an arguments sheet and a landscape plan table (extras:
    # the axes of its spanning column);
    ('../matching-checks/kergrist/corpus/kergrist/consultation-kergrist.xlsx', 'kergrist-consultation-kergrist', [], [], 0),
    ('../matching-checks/kergrist/corpus/kergrist/strategie-kergrist.pdf', 'kergrist-strategie-kergrist', [], [], 6),
    # brocelan: a youth council's informal contribution and an activity report (its key figures,
    # listed as indicators, are read since a report's « Chiffres clés » items opening with a number are);
    ('../matching-checks/brocelan/corpus/brocelan/contribution-cmj-brocelan.md', 'brocelan-contribution-cmj-brocelan', [], [], 0),
    ('../matching-checks/brocelan/corpus/brocelan/rapport-activite-2025-numerique-brocelan.odt', 'brocelan-rapport-activite-2025-numerique-brocelan', [], [], 0),
    # ploemeur: a citizens' convention's proposal sheets and the mayor's answer (misses: the « Avis »
    # lines, read as the state of the answers and not as units; the commitment after a verbless
    # « , dont … , » apposition is read since such an apposition no longer hides its main verb; the
    # « point d'étape » answering a numbered proposal is read since the follow-up an answer promises
    # to a numbered demand is no governance of its own plan);
    ('../matching-checks/ploemeur/corpus/ploemeur/rapport-convention-ploemeur-lann.pdf', 'ploemeur-rapport-convention-ploemeur-lann', [], ['Que personne ne soit obligé de passer par internet pour accéder à un service municipal.', 'Une couverture mobile correcte dans tous les hameaux.'], 10),
    ('../matching-checks/ploemeur/corpus/ploemeur/reponse-maire-ploemeur-lann.docx', 'ploemeur-reponse-maire-ploemeur-lann', ['Avis de la commune : Favorable avec réserves', 'Avis de la commune : Favorable', "Avis de la commune : À l'étude", 'Avis de la commune : Favorable', 'Avis de la commune : Favorable', 'Avis de la commune : Défavorable', 'Avis de la commune : Favorable', 'Avis de la commune : Favorable avec réserves', 'Avis de la commune : Favorable', 'Avis de la commune : Défavorable', 'Avis de la commune : Favorable avec réserves', 'Avis de la commune : Favorable'], ["Le paiement chez un buraliste n'est pas possible avec notre régie actuelle ; le paiement en espèces restera toutefois possible au guichet de la régie, aux heures d'ouverture de la mairie."], 2),
    # quimerc: an opinion pasted from an email and a strategy exported from a design tool.
    ('../matching-checks/quimerc/corpus/quimerc/avis-cdd-quimerch.txt', 'quimerc-avis-cdd-quimerch', [], [], 0),
    ('../matching-checks/quimerc/corpus/quimerc/strategie-numerique-quimerch.html', 'quimerc-strategie-numerique-quimerch', [], [], 1),
    # gourin: a Framaforms survey export and a Notion strategy (the permanence of a toggle, « En
    # lien avec …, tenir … », is the action its table row only named; the target with its
    # « indicateur suivi : » is one indicator);
    ('../matching-checks/gourin/corpus/gourin/export-framaforms-questionnaire-numerique.csv', 'gourin-export-framaforms-questionnaire-numerique', [], [], 0),
    ('../matching-checks/gourin/corpus/gourin/strategie-numerique-gmc-notion.html', 'gourin-strategie-numerique-gmc-notion', [], [], 0),
    # lannilis: a book of proposals from neighbourhood meetings and an election programme
    # (« Projet de mandat – Nos 40 engagements ») whose 40 numbered pledges (« Title. Sentence in
    # the future », whatever the subject) are its actions, title and sentence; the item whose bold
    # title fills its line keeps its sentence;
    ('../matching-checks/lannilis/corpus/lannilis/cahier-propositions-reunions-quartier.docx', 'lannilis-cahier-propositions-reunions-quartier', [], [], 4),
    ('../matching-checks/lannilis/corpus/lannilis/projet-mandat-2026-2032.pdf', 'lannilis-projet-mandat-2026-2032', [], [], 0),
    # pontaven: a CESER opinion from a CMS and the region's answer letter, OCR'd (« Ia Région »,
    # read as « la Région »): a confirmation (« Je vous confirme que … »), a relative clause
    # (« auquel … »), « Je ne peux vous suivre » and a commitment kept in part after « ; » are read
    ('../matching-checks/pontaven/corpus/pontaven/avis-ceser-numerique.html', 'pontaven-avis-ceser-numerique', [], [], 1),
    ('../matching-checks/pontaven/corpus/pontaven/lettre-president-region.pdf', 'pontaven-lettre-president-region', [], [], 0),
    # saintmeloir: a citizens' council opinion sent as a Mailchimp/MJML e-mail newsletter (layout
    # tables, numbered badges, bold « N. Title. » paragraphs, buttons, unsubscribe footer) and the
    # town's plan follow-up as a HedgeDoc pad (task lists, « :::warning » refusal, indicators);
    # still extra: the five « Axe N — … » section titles read as objectives, the introduction's
    # « nous voulons qu'il n'oublie personne » read as a demand, and the pad's closing « Dernière
    # relecture … » line under « Indicateurs » read as an indicator
    ('../matching-checks/saintmeloir/corpus/saintmeloir/lettre-conseil-citoyen-novembre-2026.html',
     'saintmeloir-lettre-conseil-citoyen-novembre-2026', [], [], 6),
    ('../matching-checks/saintmeloir/corpus/saintmeloir/plan-numerique-suivi.md', 'saintmeloir-plan-numerique-suivi',
     [], [], 1),
    # trevalan: neighbourhood councils' minutes in DOCX (demands in indirect speech, « ont
    # souhaité la mise en place de … », « a demandé s'il serait possible de … », « Il a demandé
    # qu'un accès y soit installé » with the sentence naming the place; a table with merged cells)
    # and a digital action plan from an open-data portal, as Opendatasoft JSON records (fields
    # read from each record's « fields ») and as its CSV export; nothing missed
    ('../matching-checks/trevalan/corpus/trevalan/cr-conseils-de-quartier-printemps-2026.docx', 'trevalan-cr-conseils-de-quartier-printemps-2026', [], [], 0),
    ('../matching-checks/trevalan/corpus/trevalan/plan-action-numerique-2026-2028.json', 'trevalan-plan-action-numerique-2026-2028', [], [], 0),
    ('../matching-checks/trevalan/corpus/trevalan/export-plan-action-numerique-2026-2028.csv', 'trevalan-export-plan-action-numerique-2026-2028', [], [], 0),
    # quelvenec: an online petition saved as HTML (« Nous, habitants …, demandons : » over a list,
    # demands in prose, « Mises à jour », signatories' comments) and the intercommunality's charter
    # in ODT (« Article 4 – La collectivité s'engage à : », articles in the future, an annex table
    # of indicators). Still missed: the charter's « Article 9 – Gouvernance et suivi » (« Un comité
    # de suivi … se réunira », « Un bilan annuel … sera présenté »): the governance of the charter
    # itself, which the README does not count among its actions
    ('../matching-checks/quelvenec/corpus/quelvenec/petition-numerique-pour-tous.html',
     'quelvenec-petition-numerique-pour-tous', [], [], 0),
    ('../matching-checks/quelvenec/corpus/quelvenec/charte-numerique-inclusif-responsable.odt',
     'quelvenec-charte-numerique-inclusif-responsable',
     [
        "Elle étudiera, avec les communes volontaires, l'installation d'un accès wifi public dans les centres-bourgs.",
        "Un comité de suivi de la charte, réunissant des élus, des agents et des représentants des associations d'usagers, se réunira une fois par an.",
        'Un bilan annuel de la charte sera présenté en conseil communautaire et publié sur le site de la communauté de communes.',
    ],
     [], 0),
    # penvern: a CitizenLab / Go Vocal ideas export (multilingual JSON cells, a test row, thanks, a
    # comments sheet) and a council's deliberation adopting the plan, its annex a table of boxed
    # cells (extras: two comments that restate or suggest in passing, « Super idée, on pourrait faire
    # … aussi ! », « Bonne idée mais il faut … », and the plan's five axes, read as objectives);
    ('../matching-checks/penvern/corpus/penvern/export-idees-penvern-numerique.xlsx', 'penvern-export-idees-penvern-numerique', [], [], 2),
    ('../matching-checks/penvern/corpus/penvern/deliberation-2026-041-plan-actions-numerique.pdf', 'penvern-deliberation-2026-041-plan-actions-numerique', [], [], 5),
    # lostmarc: a CESER opinion in two columns (bold « Préconisation n° 4 : … » cut by column and
    # page breaks, notes at the foot of one column, a running head closed by its page number, a
    # boxed summary) and a DOCX roadmap with tracked changes read as accepted; extras: the ten
    # « Axe n – » titles read as objectives over their actions, which the tester did not list.
    ('../matching-checks/lostmarc/corpus/lostmarc/avis-ceser-feuille-route-numerique.pdf', 'lostmarc-avis-ceser-feuille-route-numerique', [], [], 0),
    ('../matching-checks/lostmarc/corpus/lostmarc/feuille-route-numerique-2027-2030.docx', 'lostmarc-feuille-route-numerique-2027-2030', [], [], 10),
    # landrevez: a participatory workshop's grid exported from Google Sheets as CSV (one demand per
    # bulleted line of the « Propositions » cells) and the town's digital plan in ODT, headings
    # numbered by the outline style (extra: the preamble's sentence on the proposals outside the
    # town's remit, read as a refusal naming no demand);
    ('../matching-checks/landrevez/corpus/landrevez/grille-atelier-landrevez-connectee.csv', 'landrevez-grille-atelier-landrevez-connectee', [], [], 0),
    ('../matching-checks/landrevez/corpus/landrevez/plan-numerique-landrevez-2027-2030.odt', 'landrevez-plan-numerique-landrevez-2027-2030', [], [], 1),
    # tremorvan: a citizens' collective's WhatsApp group chat exported as text (dated messages,
    # app lines, a member's numbered recap) and the mayor's answer as a news article of the town's
    # website in HTML; still missed: a guarantee in a denied future (« ne comportera aucune … »,
    # read as no commitment) and a sentence whose first clause tells a past deed (« nous avons
    # signalé … , et une campagne … sera réalisée »); the extras are the asks of single messages
    # that the recap repeats, and the questions of the chat
    ('../matching-checks/tremorvan/corpus/tremorvan/discussion-whatsapp-tremorvan-connecte.txt', 'tremorvan-discussion-whatsapp-tremorvan-connecte', [], [], 14),
    ('../matching-checks/tremorvan/corpus/tremorvan/actualite-reponse-maire-collectif-numerique.html', 'tremorvan-actualite-reponse-maire-collectif-numerique', [
        "Le projet de vidéoprotection de la place du marché ne comportera aucune caméra à reconnaissance faciale : la commune s'y engage, et la loi l'interdit de toute façon.",
    ], [], 1),
    # kervaloc: an audit chamber's « rapport d'observations définitives » (framed recommendations
    # repeated at the end of their chapters) and the president's answer letter (« Sur la
    # recommandation n° 3 : » restating it; extras: a deed in the past told as background, « La
    # communauté a engagé dès 2026 … l'élaboration », and a measure offered after the refusal, which a
    # reader may count as an action);
    ('../matching-checks/kervaloc/corpus/kervaloc/rapport-observations-definitives-kervaloc.pdf', 'kervaloc-rapport-observations-definitives-kervaloc', [], [], 0),
    ('../matching-checks/kervaloc/corpus/kervaloc/reponse-ordonnateur-kervaloc.docx', 'kervaloc-reponse-ordonnateur-kervaloc', [], [], 2),
    # belvaran: a Cap Collectif proposals export as its GraphQL API returns it (edges / node, comments
    # nested in each proposal, « Doublon » and « Hors sujet » statuses) and the intercommunality's
    # « projet de territoire » brochure in magazine layout (kickers over axis titles, columns, key
    # figures, pull quotes, boxes, « Nos engagements » in circles). Still missed: a present-tense
    # undertaking told in passing (« La communauté de communes prend en charge les terrains … »:
    # the present also describes what is, a rule on it would take descriptions for actions);
    # extra: the consultation's own handling of the proposals, in the past
    ('../matching-checks/belvaran/corpus/belvaran/propositions-projet-territoire-numerique.json',
     'belvaran-propositions-projet-territoire-numerique', [], [], 0),
    ('../matching-checks/belvaran/corpus/belvaran/projet-de-territoire-2026-2032.pdf',
     'belvaran-projet-de-territoire-2026-2032',
     [
        'La communauté de communes prend en charge les terrains et les raccordements électriques.',
        'Le bilan à mi-parcours sera publié en 2029.',
    ],
     [], 1),
    # coatmeur: the verbatim transcript of a public meeting (timestamps, speaker turns, oral style,
    # the mayor's spoken promises, applause notes) and the council's deliberation on the town's
    # website in HTML (Vu, Considérant, DÉCIDE, « Article n : » in prose, vote, menus, footer);
    # extras: an ask said twice in one turn (« il ne faut pas supprimer le guichet » before « Il faut
    # garder un accueil … »), and « Je propose qu'on filme … et qu'on les diffuse … » read as two
    ('../matching-checks/coatmeur/corpus/coatmeur/verbatim-reunion-publique-numerique-2026-03-12.txt',
     'coatmeur-verbatim-reunion-publique-numerique-2026-03-12', [], [], 2),
    ('../matching-checks/coatmeur/corpus/coatmeur/deliberation-2026-028-plan-numerique-coatmeur.html',
     'coatmeur-deliberation-2026-028-plan-numerique-coatmeur',
     [
        "La commune prend à sa charge l'élagage des arbres le long des lignes aériennes afin de ne pas retarder le chantier.",
        'Le conseiller numérique tiendra une permanence sans rendez-vous en mairie le mardi après-midi et le jeudi matin.',
        'Toute démarche proposée en ligne par la commune restera possible au guichet, sur formulaire papier.',
        "Une formation à la cybersécurité sera proposée à tous les agents et aux élus avant la fin de l'année.",
    ],
     [], 0),
    # brennilac: an idea wall exported from Padlet as CSV (sections with emojis, subject and body,
    # one-word post-its, a post-it sent twice, an admin's notice) and a PCAET action programme in PDF
    # (cover, summary table, axis banners, « Action 5 – … » sheets with a field table, « Objectif »,
    # « Description de l'action », « Indicateurs de suivi »). Still extra: the board's notice of a
    # public meeting (« Rappel : réunion … »), which only its author (the board's owner) tells apart
    ('../matching-checks/brennilac/corpus/brennilac/mur-idees-numerique-pcaet-brennilac.csv',
     'brennilac-mur-idees-numerique-pcaet-brennilac', [], [], 1),
    ('../matching-checks/brennilac/corpus/brennilac/pcaet-pays-de-brennilac-programme-actions.pdf',
     'brennilac-pcaet-pays-de-brennilac-programme-actions', [], [], 0),
    # kerdaniel: a conseil de développement's avis in ODT (demands inside argued paragraphs, « Recommandation
    # n° 4 : » or « (R2) », a summary box repeating some by number; extras: two framing wishes of the prose,
    # « Le Conseil encourage … à jouer un rôle de coordination », « le Conseil souhaite pouvoir en suivre
    # l'avancement ») and the intercommunality's « rapport d'activité » in PDF (key-figure tiles, deeds in the
    # past tense, partners' box, « Perspectives 2026 » boxes, photo captions). Still missed: a file passed on
    # (« les dossiers ont été transmis », read as what the authority received), a future of the plan itself
    # (« Le schéma directeur … sera adopté », « La révision du plan … sera engagée », read as governance) and
    # a deed in the imperfect (« étaient des appareils reconditionnés »)
    ('../matching-checks/kerdaniel/corpus/kerdaniel/avis-cd-strategie-numerique-kerdaniel.odt',
     'kerdaniel-avis-cd-strategie-numerique-kerdaniel', [], [], 2),
    ('../matching-checks/kerdaniel/corpus/kerdaniel/rapport-activite-2025-kerdaniel.pdf',
     'kerdaniel-rapport-activite-2025-kerdaniel',
     [
        '12 jeux de données publiés en open data',
        '310 ordinateurs reconditionnés et redistribués',
        "Pour le Stang et la vallée du Ster Goz, les dossiers ont été transmis à l'équipe projet départementale, sans calendrier à ce jour.",
        "Le schéma directeur des systèmes d'information sera adopté au premier semestre 2026.",
        'En 2025, 40 % des ordinateurs achetés par la communauté de communes étaient des appareils reconditionnés.',
        "La révision du plan de mobilité simplifié sera engagée à l'automne.",
    ],
     [], 0),
    # pontgoulven: an old « avis » of a Conseil de développement, scanned and OCR'd (PDF text layer:
    # hyphenation at line ends, ligatures, running header and footer, glued footnote markers, OCR
    # errors, a two-column page) and an ODT « feuille de route » whose actions are table rows
    # (Action | Pilote | Calendrier | Budget) with axes in merged cells, and a few plain paragraphs.
    # Extra: « demande que A et que B » read as two demands. Still missed: the plan's follow-up
    # committee (« Un comité de suivi de la feuille de route … se réunira »), its governance
    ('../matching-checks/pontgoulven/corpus/pontgoulven/avis-2019-04-conseil-developpement-strategie-numerique.pdf',
     'pontgoulven-avis-2019-04-conseil-developpement-strategie-numerique', [], [], 2),
    ('../matching-checks/pontgoulven/corpus/pontgoulven/feuille-de-route-numerique-2021-2026.odt',
     'pontgoulven-feuille-de-route-numerique-2021-2026',
     ["Un comité de suivi de la feuille de route, associant le Conseil de développement, se réunira chaque année pour examiner le bilan des actions."], [], 0),
    # valbourg: five associations' « lettre ouverte » to the mayor in PDF (letterhead, « Objet : »,
    # asks inside argued paragraphs, « Nous demandons : » and eleven numbered noun phrases, signatures)
    # and the steering committee's « relevé de décisions » in DOCX (attendees table, « Il est convenu
    # que … », « Le comité valide … », « Décision n° 1 : … », actions table, « Points divers »);
    # extra: « Les délibérations continueront d'être publiées … au format PDF », a going-on told in
    # the future (« continueront d'être »), which the tester did not list beside the refusal it follows
    ('../matching-checks/valbourg/corpus/valbourg/lettre-ouverte-numerique-valbourg.pdf',
     'valbourg-lettre-ouverte-numerique-valbourg', [], [], 0),
    ('../matching-checks/valbourg/corpus/valbourg/releve-decisions-copil-numerique-2027-03-17.docx',
     'valbourg-releve-decisions-copil-numerique-2027-03-17', [], [], 1),
    # mezaubran: a LimeSurvey responses export in CSV (question-code headers, Likert sub-questions,
    # incomplete responses, two free-text columns) and the town's « Vos questions, nos réponses » FAQ
    # page in HTML (<details>/<summary> accordions grouped by theme, cookie banner, menus)
    ('../matching-checks/mezaubran/corpus/mezaubran/reponses-questionnaire-mezaubran-numerique.csv',
     'mezaubran-reponses-questionnaire-mezaubran-numerique', [], [], 3),
    ('../matching-checks/mezaubran/corpus/mezaubran/vos-questions-nos-reponses-numerique.html',
     'mezaubran-vos-questions-nos-reponses-numerique', [], [], 6),
    # lannhuel: a collective's bilingual French/Breton web page (each demand followed by its Breton
    # translation, as the next paragraph or list item, marked lang="br" or not) and the town's
    # bilingual brochure in PDF (Breton kickers over French headings, Breton translations in italics
    # under each commitment marked « › »). Still missed: the four axis titles, each a French heading
    # under a numbered kicker in Breton capitals that the PDF reader takes for a list item (« 1 ·
    # KEVREAÑ AN HOLL »; extras: those four kickers, a line of the cover, a past deed of the
    # editorial); « Les permanences auront lieu … » is found since « aura lieu » reads as an event to come
    ('../matching-checks/lannhuel/corpus/lannhuel/hor-goulennou-nos-demandes-numerique.html',
     'lannhuel-hor-goulennou-nos-demandes-numerique', [], [], 0),
    ('../matching-checks/lannhuel/corpus/lannhuel/lannhuel-niverel-engagements-2026-2030.pdf',
     'lannhuel-lannhuel-niverel-engagements-2026-2030', [
        'Raccorder tout le territoire',
        "Personne à l'écart du numérique",
        'Apprendre et travailler au pays',
        'Une mairie ouverte et sobre',
    ], [], 6),
    # saintvarec: a Discourse forum topic as its JSON API returns it (posts with their « cooked »
    # HTML, quotes of earlier posts in asides, the organisers' posts flagged « staff », a post
    # withdrawn by its author) and the town's action plan in DOCX written as prose under headings
    # (commitments in relative clauses, indicators listed inside a sentence). Extras: the two
    # questions of the forum and the second object of « Nous demandons le renouvellement … et
    # l'installation … » split off; the foreword's « Il ne reprend pas tout … ». Still missed: the
    # five axes (headings « 1. … » over prose, not promoted to objectives: a rule on them changed
    # the axes of many other plans) and the plan's own governance (« Le plan sera piloté par un
    # comité … », « Un bilan … sera publié »), which the segmenter keeps out of the actions by design
    ('../matching-checks/saintvarec/corpus/saintvarec/forum-plan-numerique-2027-2030.json',
     'saintvarec-forum-plan-numerique-2027-2030',
     [], [], 3),
    ('../matching-checks/saintvarec/corpus/saintvarec/plan-actions-numerique-2027-2030.docx',
     'saintvarec-plan-actions-numerique-2027-2030',
     [
        'Un territoire bien connecté',
        'Personne ne reste au bord du chemin',
        'Une mairie ouverte, sûre et sobre',
        'Les postes de la mairie, qui passeront tous à la suite bureautique LibreOffice en 2027, garderont pour l’instant leur système d’exploitation actuel.',
        'Un passage à Linux fera l’objet d’une étude en 2028, quand les logiciels métiers auront été renouvelés.',
        'Les agents suivront une sensibilisation aux risques d’hameçonnage.',
        'Quant à l’écran d’information lumineux de la place de la mairie, il sera éteint chaque nuit de 23 h à 6 h à partir de janvier 2027.',
        'Une école numérique et responsable',
        'Des lieux et des liens',
        'Le plan sera piloté par un comité de suivi, qui réunira deux fois par an des élus, des agents et quatre habitants tirés au sort parmi les participants du forum.',
        'Un bilan, qui sera présenté chaque année en conseil municipal, sera publié sur le forum « Saint-Varec en commun ».',
    ],
     [], 1),
    # lesconil: a consultation's contributions as a plain-text list in the layout of the national
    # « Liste des contributions » (« #Catégorie », a title line, a body) and the intercommunality's
    # action plan as a CSV in the layout of the national good-practice guide (quoted fields, ids
    # « a.1 », list-valued columns written « ["…","…"] », a refusal carried by « Non retenue » in
    # its « Priorité » column). The « Titre » column beside « Pilotes », « Échéance » and
    # « Indicateurs » makes it a plan, each indicator of a list one unit. The refused row, « Non
    # retenue », is a decision (since 2026-11-28, as the reader wrote it; a plan's « Abandonné » rows
    # elsewhere stay actions)
    ('../matching-checks/lesconil/corpus/lesconil/liste-des-contributions-plan-numerique.txt',
     'lesconil-liste-des-contributions-plan-numerique', [], [], 0),
    ('../matching-checks/lesconil/corpus/lesconil/plan-actions-numerique-ccpl-export-version-v2.csv',
     'lesconil-plan-actions-numerique-ccpl-export-version-v2',
     [], [], 0),
    # lanvenec: a commissaire enquêteur's « rapport d'enquête publique » in PDF (observations R1, @4, C2
    # by theme, each with the maître d'ouvrage's answer and the commissaire's opinion; réserves and
    # recommandations in the « Conclusions motivées ») and the council's « délibération d'approbation »
    # in DOCX (Vu, Considérant, DÉCIDE, articles, annex table « Observation ou réserve | Modification
    # apportée au projet »). Extra: « Elle demande que le pylône soit déplacé … et que des mesures …
    # soient publiées » split in two demands. Wrong: « Le pylône est maintenu … », a refusal only
    # by its sense (the contested thing kept), read as an action
    ('../matching-checks/lanvenec/corpus/lanvenec/rapport-enquete-publique-pole-numerique-gare.pdf',
     'lanvenec-rapport-enquete-publique-pole-numerique-gare',
     [], [], 1),
    ('../matching-checks/lanvenec/corpus/lanvenec/deliberation-cc-2026-094-approbation-declaration-projet.docx',
     'lanvenec-deliberation-cc-2026-094-approbation-declaration-projet',
     [], [
        "Le pylône est maintenu sur la parcelle ZK 112, seul emplacement compatible avec la couverture du bourg et de la zone d'activités.",
    ], 0),
    # keranmoal: a development council's avis on a « schéma territorial du numérique » as text
    # extracted from a PDF (page-break artefacts, priorities and recommendations run inline with
    # « - », proposals by theme) and two working-group minutes (the schéma's actions quoted as
    # « - 4 • … », the officer's precisions and refusals told in prose, the steering committee's
    # amendments « Compléter l'intitulé de l'action 7 comme suit : … », the group's own tasks)
    ('../matching-checks/keranmoal/corpus/keranmoal/2025-10_cdpk_avis-schema-territorial-numerique.txt',
     'keranmoal-2025-10_cdpk_avis-schema-territorial-numerique',
     [], [], 3),
    ('../matching-checks/keranmoal/corpus/keranmoal/2025-09-17_cdpk-groupe-travail_compte-rendu.txt',
     'keranmoal-2025-09-17_cdpk-groupe-travail_compte-rendu',
     ["Les huit autres communes n'en auront pas pendant la durée du schéma.",
      "Sur la demande d'une ligne budgétaire propre à la médiation numérique, il indique que la médiation restera "
      "financée sur l'enveloppe globale du schéma."], [], 3),
    ('../matching-checks/keranmoal/corpus/keranmoal/2025-11-19_cdpk-groupe-travail_compte-rendu.txt',
     'keranmoal-2025-11-19_cdpk-groupe-travail_compte-rendu',
     ["Le comité de pilotage a retenu les amendements suivants, qui seront soumis au conseil communautaire du "
      "11 décembre :",
      "L'état annuel des dépenses par action ne sera pas produit, le rapport d'activité de la communauté présentant "
      "déjà le budget du schéma."],
     [], 3),
    # morgavel: the minutes of a commission examining residents' amendments in ODT (for each
    # « Amendement n° k – déposé par … »: « Texte de l'amendement : » over the amendment, its
    # « Exposé des motifs : », « Avis de la commission : Avis favorable sous réserve … », the vote
    # and the outcome) and the adopted strategy in PDF (« AXE 1 » in small white type over each
    # axis title, « Action 1.1 – … » headings, a line « Pilote : … | Calendrier : … | Indicateur :
    # … », refusals, an annex table « Amendement | Action modifiée | Rédaction retenue »). Extra:
    # the annex's « Titre de l'axe 2 » beside an amendment. Still missed: the strategy's own
    # governance (« Un comité de suivi … se réunira chaque année »), kept out of the actions by design
    ('../matching-checks/morgavel/corpus/morgavel/pv-commission-amendements-strategie-numerique.odt',
     'morgavel-pv-commission-amendements-strategie-numerique', [], [], 0),
    ('../matching-checks/morgavel/corpus/morgavel/strategie-numerique-2027-2032.pdf',
     'morgavel-strategie-numerique-2027-2032', [
        'Un comité de suivi, associant des élus, des agents et quatre habitants tirés au sort, se réunira chaque année.',
        'Un bilan à mi-parcours sera présenté au conseil communautaire en 2030.',
    ], [], 1),
    # pennarun: a development council's avis on a « plan de mobilité simplifié » (non-digital topic)
    # as the TXT a PDF extractor gives (running header and footer, form feeds, hard-wrapped and
    # hyphenated lines, glued footnote numbers, demands cut by a page break) and the plan's
    # action programme in PDF (axis banners, « Action n – » fiches with a Pilote | Coût estimé |
    # Calendrier | Indicateur table, follow-up section, « Propositions non retenues »). Plan: still
    # missed, the plan's own follow-up « Un bilan annuel … sera présenté … et publié », kept out
    # of the actions by design
    ('../matching-checks/pennarun/corpus/pennarun/avis-cdd-plan-mobilite-simplifie.txt',
     'pennarun-avis-cdd-plan-mobilite-simplifie', [], [], 0),
    ('../matching-checks/pennarun/corpus/pennarun/pms-pays-de-pennarun-programme-actions.pdf',
     'pennarun-pms-pays-de-pennarun-programme-actions',
     ['Un bilan annuel de la mise en œuvre du plan sera présenté en conseil communautaire et publié sur le site de la Communauté de communes.'],
     [], 0),
    # portlouvel: a format twin of the Brest minutes (TXT, « Proposition n : … » each followed by a
    # four-column tab-separated table of HTML cells: actions, obstacles, levers, cooperations) and of
    # the national strategy pages (a sub-folder of Markdown files, one per numbered objective, with
    # YAML front matter, « Exemples d'actions … », indicators, tools, « Retours d'expérience »)
    ('../matching-checks/portlouvel/corpus/portlouvel/2025-11-15_atelier-citoyen_compte-rendu.txt',
     'portlouvel-2025-11-15_atelier-citoyen_compte-rendu',
     [],
     [], 22),
    ('../matching-checks/portlouvel/corpus/portlouvel/strategie-numerique-port-louvel/1-territoire-raccorde.md',
     'portlouvel-1-territoire-raccorde',
     [],
     [], 0),
    ('../matching-checks/portlouvel/corpus/portlouvel/strategie-numerique-port-louvel/2-accompagnement-numerique.md',
     'portlouvel-2-accompagnement-numerique',
     [],
     [], 0),
    ('../matching-checks/portlouvel/corpus/portlouvel/strategie-numerique-port-louvel/3-demarches-et-donnees.md',
     'portlouvel-3-demarches-et-donnees',
     [],
     [], 0),
    ('../matching-checks/portlouvel/corpus/portlouvel/strategie-numerique-port-louvel/4-ecole-et-jeunesse.md',
     'portlouvel-4-ecole-et-jeunesse',
     [],
     [], 0),
    ('../matching-checks/portlouvel/corpus/portlouvel/strategie-numerique-port-louvel/5-mairie-sobre-et-sure.md',
     'portlouvel-5-mairie-sobre-et-sure',
     [],
     [], 0),
    # trefflan: a development council's avis in the authority's Word template (DOCX: content controls for
    # title, date, author, a placeholder control, SmartArt of the four axes, footnotes and hyperlinks inside
    # recommendations, header logo) and the plan as an XLSX workbook of action fiches (a « Sommaire » sheet,
    # then one sheet per fiche in a vertical key/value layout: « Intitulé de l'action », « Axe », « Objectifs »,
    # « Description », … « Indicateurs », merged cells, multi-line cells)
    ('../matching-checks/trefflan/corpus/trefflan/avis-cd-strategie-numerique-2027-2032.docx',
     'trefflan-avis-cd-strategie-numerique-2027-2032',
     [
     ], [
     ], 0),
    ('../matching-checks/trefflan/corpus/trefflan/plan-actions-numerique-2027-2032-fiches.xlsx',
     'trefflan-plan-actions-numerique-2027-2032-fiches',
     [
     ], [
     ], 0),
    # saintalouan: a format twin of the Decidim FEAMP export and of the national good-practice guide's CSV:
    # a consultation export as a legacy Excel .xls (sheet « Export »: id, title, body, empty columns,
    # endorsements and comments counts; questions and proposals posted several times, a thanks, a complaint
    # about the platform, an information question; still extra: the complaint about the platform, which
    # asks nothing, and a copy whose body was reworded) and the intercommunality's action plan as a CSV in the
    # guide's layout (« Id », « Titre », « Thématique », « Priorité », « Difficulté », « Exemples pilotes »,
    # « Exemples indicateurs », « Url », bracketed list cells, a trailing comma on every line). The
    # example columns name the pilots' and the indicators' columns: a plan, each indicator a unit. Still
    # missed: the eight themes, which this reader lists as objectives (lesconil's, in the same layout,
    # did not: they stay a context)
    ('../matching-checks/saintalouan/corpus/saintalouan/export-propositions-schema-numerique.xls',
     'saintalouan-export-propositions-schema-numerique',
     [],
     [], 2),
    ('../matching-checks/saintalouan/corpus/saintalouan/plan-actions-numerique-2027-2031-export.csv',
     'saintalouan-plan-actions-numerique-2027-2031-export',
     [
         'Infrastructures et couverture',
         'Médiation et inclusion numérique',
         'Services en ligne et relation à l’usager',
         'Données et transparence',
         'Éducation et jeunesse',
         'Sobriété et achats responsables',
         'Sécurité des systèmes d’information',
         'Tiers-lieux et développement économique',
     ],
     [], 0),
    # kerdrennec: a format twin of the Lorient council's avis (TXT from a PDF: page breaks inside
    # sentences, « _: », bold markers, dash-separated inline lists of recommendations, « - Thème :
    # a - b » items, questions) and of a ministry's roadmap progress report (PDF: cover, running
    # header and footer, one table per axis « N° | Mesure | Pilote | Avancement | Commentaires »,
    # « Prochaines étapes » bullets). Extra: the report's own follow-up sentence (its summary's
    # tally « six sont en cours … » and the avis' « Quelles interrogations … ? » are no units)
    ('../matching-checks/kerdrennec/corpus/kerdrennec/2025-05_cdk_avis-feuille-de-route-numerique.txt',
     'kerdrennec-2025-05_cdk_avis-feuille-de-route-numerique', [], [], 0),
    ('../matching-checks/kerdrennec/corpus/kerdrennec/FDR-numerique-Kerdrennec-bilan-etape-2025.pdf',
     'kerdrennec-FDR-numerique-Kerdrennec-bilan-etape-2025', [], [], 1),
    # mervigny: a Decidim-like proposals export in CSV (id, category, title, body; greetings, line breaks,
    # « Je pense à : » lists, a question, a thanks) and the intercommunality's guide of numbered practices
    # in PDF laid out like the national good-practice guide (cover, table of contents, « a.1 » fiches with a
    # sidebar Priorité / Difficulté de mise en œuvre / Exemple de pilote / Échéance / Exemples d'indicateurs
    # beside the body text, running headers and page numbers)
    ('../matching-checks/mervigny/corpus/mervigny/export-propositions-mervigny-en-commun.csv',
     'mervigny-export-propositions-mervigny-en-commun',
     [], [], 1),
    ('../matching-checks/mervigny/corpus/mervigny/guide-engagements-numeriques-pays-de-mervigny-v1.pdf',
     'mervigny-guide-engagements-numeriques-pays-de-mervigny-v1',
     [
        "D'ici fin 2028, la fibre sera proposée à tous les foyers du territoire, hameaux et écarts compris, grâce à la troisième tranche du réseau d'initiative publique.",
        "Le raccordement entre la voirie et le logement reste gratuit pour les habitants : il est pris en charge par l'opérateur choisi lors de l'abonnement.",
        "L'installation d'un pylône relève de l'État et des opérateurs, dans le cadre du dispositif de couverture ciblée : la communauté de communes ne peut ni la décider, ni la financer seule.",
        "Au premier semestre 2027, les mairies relèveront les zones sans réseau avec l'application de mesure de l'Arcep, en priorité dans la vallée de l'Aurance.",
        "Ces relevés seront transmis à l'équipe projet départementale pour demander l'inscription de la vallée au dispositif de couverture ciblée.",
        "Une étude de besoins et de faisabilité sera conduite en 2027 pour un tiers-lieu avec espace de coworking dans le bâtiment de l'ancienne gare de Mervigny.",
        "Les deux conseillers numériques de la communauté de communes tiendront une permanence tous les quinze jours dans les quatre bourgs-centres : Mervigny, Saint-Julien-d'Aure, Combrissac et Les Essarts.",
        'Dans les autres communes, un rendez-vous à domicile pourra être pris par téléphone pour les personnes qui ne peuvent pas se déplacer.',
        "Des ateliers gratuits d'initiation à l'ordinateur, à la tablette et au smartphone seront proposés aux seniors dans les salles communales, par groupes de six personnes au plus.",
        "Toutes les démarches proposées en ligne par la communauté de communes resteront possibles au guichet de l'espace France services et par téléphone, avec un agent.",
        'Aucune démarche ne deviendra exclusivement numérique.',
        'Le portail « Mervigny démarches » réunira en 2028, sous un compte unique avec connexion FranceConnect, les démarches de la communauté de communes et des seize communes : cantine, accueil de loisirs, badge de déchetterie, assainissement.',
        "À partir de janvier 2028, les factures de cantine, de crèche et de redevance d'enlèvement des ordures ménagères pourront être réglées en ligne, par carte bancaire ou par prélèvement.",
        'Les budgets et les délibérations du conseil communautaire seront publiés au format CSV sur data.gouv.fr, dans le mois qui suit leur adoption.',
        'Les séances du conseil communautaire seront retransmises en direct et en différé sur la chaîne vidéo de la communauté de communes.',
        'Chaque proposition déposée sur la plateforme « Mervigny en commun » recevra une réponse publique indiquant la suite donnée, au plus tard six mois après la clôture.',
        "Chaque école élémentaire recevra d'ici la rentrée 2028 une classe mobile de quinze tablettes, partagée entre les classes et gérée par l'enseignant référent.",
        'Chaque année, les élèves de cinquième des deux collèges suivront une intervention sur le cyberharcèlement et les réseaux sociaux, animée avec la Maison des adolescents.',
        "La durée d'utilisation des postes de travail passera de quatre à six ans.",
        "Les ordinateurs réformés seront ensuite reconditionnés par un atelier d'insertion, puis donnés aux écoles et aux associations du territoire.",
        'À partir de 2027, les postes des services intercommunaux et des écoles passeront à des logiciels libres, à commencer par la suite bureautique LibreOffice et le navigateur Firefox.',
        'Tous les agents et les élus suivront une formation à la cybersécurité en 2027, puis une mise à jour chaque année.',
        'Les données des mairies seront sauvegardées chaque nuit sur un serveur mutualisé, avec une copie hors ligne conservée hors des locaux.',
        'Un inventaire des équipements et des services numériques de la communauté de communes sera réalisé en 2027, pour fixer des objectifs de réduction dans le plan climat.',
    ],
     [], 1),
    # lanhoric: a development council's follow-up avis two years on (DOCX: Title and Subtitle styles,
    # Word headings, a table « N° | Préconisation de l'avis de 2024 | Suites données | Appréciation »
    # recalling ten recommendations, a « List Number » list of eight new ones in bold each followed by a
    # plain justification) and the revised strategy as five Markdown pages laid out like the national
    # strategy (YAML front matter, a « Bilan » blockquote, parent items with sub-items, a refusal
    # paragraph, indicators as a list or a Markdown table, « Retours d'expérience »)
    ('../matching-checks/lanhoric/corpus/lanhoric/avis-suivi-cd-strategie-numerique-2026.docx',
     'lanhoric-avis-suivi-cd-strategie-numerique-2026', [], [], 0),
    ('../matching-checks/lanhoric/corpus/lanhoric/strategie-numerique-lanhoric-2026-2031/1-territoire-connecte.md',
     'lanhoric-1-territoire-connecte', [], [], 0),
    ('../matching-checks/lanhoric/corpus/lanhoric/strategie-numerique-lanhoric-2026-2031/2-mediation-numerique.md', 'lanhoric-2-mediation-numerique', [], [], 0),
    ('../matching-checks/lanhoric/corpus/lanhoric/strategie-numerique-lanhoric-2026-2031/3-services-publics-et-donnees.md', 'lanhoric-3-services-publics-et-donnees', [], [], 0),
    ('../matching-checks/lanhoric/corpus/lanhoric/strategie-numerique-lanhoric-2026-2031/4-ecole-et-familles.md', 'lanhoric-4-ecole-et-familles', [], [], 0),
    ('../matching-checks/lanhoric/corpus/lanhoric/strategie-numerique-lanhoric-2026-2031/5-numerique-sobre-et-sur.md', 'lanhoric-5-numerique-sobre-et-sur', [], [], 0),
    # coatreven: a development council's avis in PDF (cover, dotted sommaire, running header and footer,
    # « Préconisation n° n » label lines above bold sentences, a closing summary table restating them)
    # and the « schéma territorial du numérique » in PDF (cover, dotted sommaire, two-column édito and
    # diagnostic pages, axis banners, « Objectif n.m » headings, « FICHE ACTION n » banners with a
    # description and a Pilote | Partenaires | Calendrier | Budget | Indicateurs table, governance,
    # « propositions non retenues » as dashed items, glossary)
    ('../matching-checks/coatreven/corpus/coatreven/avis-cdd-schema-numerique-2026.pdf',
     'coatreven-avis-cdd-schema-numerique-2026', [], [], 1),
    ('../matching-checks/coatreven/corpus/coatreven/schema-territorial-numerique-2027-2032.pdf',
     'coatreven-schema-territorial-numerique-2027-2032',
     [
        'Un comité de suivi, associant les élus, les partenaires et le Conseil de développement, se réunira deux fois par an.',
        'Un bilan annuel de la mise en œuvre sera présenté en conseil communautaire.',
    ],
     [], 0),
    # trebavel: a format twin of the Brest minutes (TXT, « Proposition n : … » each followed by a
    # four-column tab-separated table of HTML cells: actions, obstacles, levers, cooperations) and a
    # two-page summary PDF laid out like a ministry bilan (service header on each page, boxed key
    # figures, two columns of numbered headings with « • » bullets, a bar chart, refusal boxes). Still missed:
    # the key-figure tiles (the three labels read as one line under the first number), the numbered
    # theme headings (objectives; a rule on them made other testers' section titles objectives), and
    # deeds told in the present without a date (« ont lieu deux fois par mois », « sont orientés »)
    ('../matching-checks/trebavel/corpus/trebavel/reunion-publique-2026-10-14_compte-rendu.txt',
     'trebavel-reunion-publique-2026-10-14_compte-rendu',
     [], [], 18),
    ('../matching-checks/trebavel/corpus/trebavel/feuille-de-route-numerique-premier-bilan.pdf',
     'trebavel-feuille-de-route-numerique-premier-bilan',
     [
        '78 % des locaux raccordables à la fibre au 31 décembre 2026',
        '164 habitants reçus par la conseillère numérique en 2026',
        '3 jeux de données publiés sur data.gouv.fr',
        '1. Réseaux : fibre, mobile et wifi',
        '2. Accompagner chaque habitant',
        "Des ateliers d'initiation (messagerie, appels vidéo, achats en ligne en sécurité) ont lieu deux fois par mois au club des aînés.",
        "Un poste informatique en libre accès est à disposition à la médiathèque, aux heures d'ouverture.",
        '3. Une mairie ouverte, sobre et sûre',
        '4. École et jeunesse',
        '5. Un tiers-lieu pour le bourg',
        'Les habitants sont orientés vers le repair café de la communauté de communes, à Loc-Ervan, le premier samedi du mois.',
    ],
     [], 2),
    # plouzaven: a format twin of a Prime Minister's speech (PDF: « Service Communication », title lines,
    # « Seul le prononcé fait foi. », address footer, salutations, oral prose, commitments inside sentences,
    # « Première priorité : … » axes) and of the Decidim raw-data export (JSON object keyed "0", "1" … of
    # id, category, title, plain-text body)
    ('../matching-checks/plouzaven/corpus/plouzaven/propositions-strategie-numerique.json',
     'plouzaven-propositions-strategie-numerique',
     [
        "Et aussi qu'un conseiller puisse venir à domicile pour les personnes qui ne peuvent plus se déplacer.",
    ],
     [], 1),
    ('../matching-checks/plouzaven/corpus/plouzaven/discours-president-strategie-numerique.pdf',
     'plouzaven-discours-president-strategie-numerique',
     [
         'Les horaires des cars et du transport à la demande seront, eux, consultables en temps réel dans l’application régionale de mobilité.',
         'Et un bilan public de cette stratégie sera présenté chaque automne devant le conseil de développement.',
     ], [], 0),
    # jeunevran: a youth council's wish list on a collaborative pad exported as Markdown (front matter, headings by
    # commission, emojis, nested bullets, « +1 » votes, hashtags) and the town's budget annex as XLSX (sheets
    # « Investissement » and « Fonctionnement », « Opération | Libellé | Montant … » rows, subtotals, a notes sheet)
    ('../matching-checks/jeunevran/corpus/jeunevran/pad-cmj-vranlieu-idees-numerique.md',
     'jeunevran-pad-cmj-vranlieu-idees-numerique',
     [],
     [], 2),
    ('../matching-checks/jeunevran/corpus/jeunevran/annexe-budget-primitif-2027-programme-numerique.xlsx',
     'jeunevran-annexe-budget-primitif-2027-programme-numerique',
     [
        'Les écrans publicitaires du rond-point et de la zone commerciale relèvent du règlement local de publicité intercommunal, en cours de révision.',
     ],
     [], 0),
    # convaldry: a citizens' convention's final report (PDF, two balanced columns, « Proposition 2.4 »
    # with « Constat », « Ce que nous proposons » and « ✓ Adoptée à 83 % (pour : … ) », an annex table
    # of propositions « Non adoptée ») and the council's délibération (PDF: register extract, « Vu … »,
    # « Considérant … », « DÉCIDE : », « Article 1er : De … », proposals retained by number only, then a
    # landscape annex table « N° | Proposition | Suite donnée | Modalités de mise en œuvre | Échéance »).
    # Still missed: the second commitment of an annex cell holding two sentences (the cell is one
    # answer); extra: each « Proposition 1.1 » and its short title stays a unit over its demands, the
    # cover's subtitle, the convention's question and a witness's quote, an infinitive subject in a
    # « Constat » (« Trouver le budget … relève du parcours du combattant »), and the question quoted
    # in the délibération's exposé
    ('../matching-checks/convaldry/corpus/convaldry/rapport-final-convention-citoyenne-val-aldry.pdf',
     'convaldry-rapport-final-convention-citoyenne-val-aldry',
     [], [], 19),
    # (since the garantbay rule, an answer cell's sentences that commit, turn down or leave a part out
    # are units of their own: the four cells this reader annotated whole give their second sentence
    # apart, counted extra, and the two cells' commitments once missed are found)
    ('../matching-checks/convaldry/corpus/convaldry/deliberation-2027-041-suites-convention-citoyenne.pdf',
     'convaldry-deliberation-2027-041-suites-convention-citoyenne', [], [], 5),
    # slidemor: a conseil de développement's opinion as a slide deck exported to PDF (16:9 pages, one
    # title per slide, 2 to 4 short bullets, title, agenda and « Merci » slides, footer « CODEV – avis
    # STN – p. N ») and the vice-president's answer as a plain-text e-mail (headers, top-posted
    # greeting, the council's bullets quoted with « > » and answered below each quote, disclaimer).
    # A bullet naming a deed with « Le » (« Le paiement en ligne de … ») among things named by
    # « Un … » is found. Still missed in the e-mail: the
    # answers told in two sentences are one unit (the second missed), a third party's deeds (« le
    # syndicat a confirmé que … », « Deux membres du CODEV siégeront … ») and restrictions
    # (« n'aura lieu qu'au siège ») or competences elsewhere (« relève du … ») are not read
    ('../matching-checks/slidemor/corpus/slidemor/avis-codev-stn-2027-2031-diaporama.pdf',
     'slidemor-avis-codev-stn-2027-2031-diaporama', [], [], 2),
    ('../matching-checks/slidemor/corpus/slidemor/re-avis-codev-stn-reponse-vice-president.txt',
     'slidemor-re-avis-codev-stn-reponse-vice-president', [
        'le syndicat mixte Mordelais Très Haut Débit a confirmé que les 412 derniers locaux, dans les hameaux, seront raccordables à la fibre fin 2027.',
        "les trois zones blanches identifiées par le CODEV ont été proposées à l'équipe projet départementale en septembre.",
        "Pas dans les 19 mairies, nous n'avons pas les effectifs.",
        "cette formation relève du centre de gestion, et la CC ne l'organisera pas.",
        'Pour les deux autres bassins, une étude des besoins sera lancée en 2028.',
        "Le paiement en ligne de la cantine sera possible dès l'ouverture du portail famille.",
        "Pour l'eau, la facturation relève du syndicat des eaux, qui ne prévoit pas le paiement en ligne avant 2029.",
        "Nous n'en ferons pas une règle : nos logiciels métiers (finances, paie, état civil) n'ont pas d'équivalent libre maintenu, et chaque commune choisit ses outils.",
        "L'exercice de crise, lui, n'aura lieu qu'au siège de la CC, une fois par an.",
        'Deux membres du CODEV siégeront au comité de suivi de la stratégie, qui se réunira deux fois par an.',
     ], [], 1),
    # garantbay: a public-consultation guarantor's report (« bilan du garant », PDF laid out like a
    # LibreOffice export: cover, « Sommaire », « Ce que le public a exprimé » in indirect speech,
    # « Demandes de précisions et recommandations du garant » numbered 1 to 21 after a lead-in « Le
    # garant recommande au maître d'ouvrage de : ») and the owner's answer (DOCX: a letter, then a
    # table « N° | Recommandation du garant | Réponse du maître d'ouvrage | Responsable | Échéance »,
    # rows « 1 et 2 », « Sans objet : … » and « Non retenu : … » answers)
    ('../matching-checks/garantbay/corpus/garantbay/bilan-garant-concertation-schema-numerique.pdf',
     'garantbay-bilan-garant-concertation-schema-numerique', [], [], 3),
    ('../matching-checks/garantbay/corpus/garantbay/reponse-maitre-ouvrage-bilan-garant.docx',
     'garantbay-reponse-maitre-ouvrage-bilan-garant',
     [
        'Un bilan annuel, avec les indicateurs de chaque fiche action, lui sera présenté puis publié sur le site de la communauté de communes.',
        'Le schéma directeur du numérique, modifié pour tenir compte de la concertation, sera soumis au vote du conseil communautaire le 18 mars 2027.',
    ],
     [], 2),
    # questavel: a neighbourhood council's letter to the mayor (ODT: letterhead, address block, « Objet : »,
    # « P. J. : », bold intertitles as paragraphs, demands in running prose and a « • » list, « Pourquoi ne
    # pas … ? », « Est-il prévu de … ? ») and the town's questions / answers page (HTML: <details>/<summary>
    # and <h3> questions, answers opening « Oui, … », « Non … : », « C'est à l'étude. », « Prévu en 2027. »)
    # (its bold intertitles are headings, and one over a section asking questions or listing
    # demands, « Être accompagné pour ses démarches », names a theme: all found, none extra)
    ('../matching-checks/questavel/corpus/questavel/lettre-conseil-citoyen-hautes-rives-numerique.odt',
     'questavel-lettre-conseil-citoyen-hautes-rives-numerique', [], [], 0),
    ('../matching-checks/questavel/corpus/questavel/questions-reponses-numerique-hautes-rives.html',
     'questavel-questions-reponses-numerique-hautes-rives',
     [
         'Elle tiendra une permanence sans rendez-vous à la maison de quartier chaque mercredi de 14 h à 17 h, à partir du 6 janvier 2027.',
         'Le premier bilan public de la stratégie sera présenté en juin 2027.',
     ], [], 2),
    # presspair: a regional daily's web article saved as HTML (site header, menus, « Abonnés » badge and
    # paywall teaser, byline, chapô, <h2> intertitles, « Lire aussi » asides, ad placeholders, reader
    # comments) reporting a collective's demands in indirect speech and quotes, and the
    # intercommunality's communiqué de presse as a PDF (letterhead, « COMMUNIQUÉ DE PRESSE », headline,
    # chapô, measures in prose, a « • » list, the president's quotes, « Contact presse », « À propos »)
    # (five of the article's six missed demands found since « réclame » and a thing, « propose d'y … »
    # and « il faudrait (au moins) deux … » or « il faudrait « … » » are read as asking; the sixth,
    # « …, il propose des … », since a pronoun proposing a thing right after a demand stands for its
    # asker; extra, the chapô telling of the demands adopted and a quote « On ne demande pas la
    # lune, on demande de … »)
    ('../matching-checks/presspair/corpus/presspair/sarrac-sur-gimone-le-collectif-sarrac-connecte-remet-vingt-propositions-pour-le-numerique.html',
     'presspair-sarrac-sur-gimone-le-collectif-sarrac-connecte-remet-vingt-propositions-pour-le-numerique',
     [], [], 2),
    # (since the press release is read as a speech, « COMMUNIQUÉ DE PRESSE » at its top, its things
    # in the future commit the authority and its budget in open data is one of its actions; still
    # missed, the plan's follow-up committee, its governance)
    ('../matching-checks/presspair/corpus/presspair/cp-feuille-de-route-numerique-2027-2028.pdf',
     'presspair-cp-feuille-de-route-numerique-2027-2028',
     ['Un comité de suivi de la feuille de route, ouvert à quatre habitants tirés au sort, se réunira une fois par an.'],
     [], 0),
    # pactevel: five associations' « pacte » proposed to municipal candidates (DOCX: bold « n. Title »
    # paragraphs under « Thème n – … » headings, each with a short explanation, a demand hidden in one,
    # « Nous demandons enfin … », a signature form) and the elected list's answer grid (XLSX: « N° |
    # Proposition | Engagement | Commentaire de la liste », merged theme rows, a second sheet « Nos
    # propositions en plus »)
    ('../matching-checks/pactevel/corpus/pactevel/pacte-numerique-municipales-2026-pactevel.docx',
     'pactevel-pacte-numerique-municipales-2026-pactevel', [], [], 3),
    # (read as a table since the answer-grid rule: its theme rows, « Thème n – … », give no objective)
    ('../matching-checks/pactevel/corpus/pactevel/grille-reponses-pacte-numerique-liste-elue.xlsx',
     'pactevel-grille-reponses-pacte-numerique-liste-elue',
     [
        'Thème 1 – Un territoire bien connecté',
        'Thème 2 – Personne au bord de la route',
        "Thème 3 – L'école et les jeunes",
        'Thème 4 – Une commune ouverte et transparente',
        'Thème 5 – Un numérique sobre et sûr',
     ],
     [
     ], 0),
    # gitcommun: citizens' feature requests on a town's open-source civic app, as GitLab's issues CSV
    # export (Markdown descriptions over several lines: template comments, « ### » headings,
    # checklists, quoted replies, a numbered list of two demands) and the project's ROADMAP.md with
    # its release notes (« ## Version 2.0 (printemps 2027) », « ### Ajouté / Prévu / Abandonné »,
    # nominal items with « (#12) » references, a table of milestones)
    # (a description in Markdown gives its demands one unit each; the 4 extra: a context sentence
    # read as a wish (« Les données … devraient être publiques »), a complaint (« il faut créer un
    # compte, c'est dissuasif »), the team's own task left to do, and the bug report, one unit)
    ('../matching-checks/gitcommun/corpus/gitcommun/cormaray-app_issues_2027-04-14.csv',
     'gitcommun-cormaray-app_issues_2027-04-14', [], [], 4),
    # (the three principles, bold-led numbered items under « Nos principes », are an authority's
    # principles, no units (see classify_leadin); the second sentence of an item leaving a part out
    # stays in its item; the « Au-delà de l'application » items in the present or past are not read
    # as actions; the « Objectifs 2027 : » line is an objective, the reader listed an indicator; the
    # page's closing line, taken for a heading, is read as an action: 1 extra)
    ('../matching-checks/gitcommun/corpus/gitcommun/ROADMAP.md', 'gitcommun-ROADMAP',
     [
         "Personne n'est obligé de passer par l'application : chaque service reste accessible au guichet et par téléphone.",
         'Sobre et ouverte : une application légère, sans traceurs, dont le code et les données sont publics.',
         'Construite avec les habitants : les tickets de la forge sont examinés chaque trimestre en comité de pilotage.',
         "L'inscription se fait toujours par téléphone auprès de chaque lieu.",
         'Les machines du fablab (imprimante 3D, découpeuse laser) restent à réserver sur place auprès du fabmanager.',
         "Le déploiement de la fibre dans les hameaux relève du syndicat mixte Vienne Fibre, qui prévoit de l'achever fin 2028.",
         'Deux nouveaux postes en accès libre ont été installés à la médiathèque Louise-Michel en janvier 2027.',
     ],
     # (« Objectifs 2027 : 6 000 comptes actifs … », a count to reach, is read as the indicator it is since 2026-11-28)
     [], 1),
    # voeuxsages: an elderly residents' council's « vœux » adopted in plenary session (ODT: « Vœu n° N
    # relatif à … », « Considérant que … ; », « Le Conseil des sages émet le vœu que : » over subjunctive
    # or infinitive items, « Il demande également que … », votes, one vœu withdrawn) and the commune's
    # « rapport d'orientation budgétaire » (PDF from a Word export: financial tables, « 4.1 … »
    # sections of one commitment a paragraph, « n'est pas programmé », an investment table by year)
    ('../matching-checks/voeuxsages/corpus/voeuxsages/voeux-conseil-des-sages-15-octobre-2026.odt',
     'voeuxsages-voeux-conseil-des-sages-15-octobre-2026',
     [],
     [], 0),
    ('../matching-checks/voeuxsages/corpus/voeuxsages/rapport-orientation-budgetaire-2027.pdf',
     'voeuxsages-rapport-orientation-budgetaire-2027',
     [
         "Le budget 2027 sera construit sans hausse des taux d'imposition.",
         'Le schéma numérique communal 2027-2030 sera présenté au conseil municipal au printemps 2027.',
     ],
     [
         "Aucune autre création de poste n'est prévue ; les départs en retraite seront remplacés au cas par cas.",
     ], 0),  # (a budget's numbered sub-sections are no actions: « 1.2 Les mesures qui concernent la commune »)
    # sagesmer: a conseil des jeunes et des aînés' joint opinion (large-print PDF: justified lines
    # hyphenated « numé- / rique », footnotes with superscript calls, running header, « 2/6 »,
    # « Nous recommandons de : » over « – » items and bold « ➜ » lines) and the municipal magazine's
    # article (three-column PDF: masthead band, chapô, photo credit, an interview of the deputy mayor
    # with bold questions and « — » answers, a pull quote, « REPÈRES », a shaded « EN BREF » box)
    ('../matching-checks/sagesmer/corpus/sagesmer/avis-commun-cmj-aines-numerique-2026.pdf',
     'sagesmer-avis-commun-cmj-aines-numerique-2026', [], [], 1),
    ('../matching-checks/sagesmer/corpus/sagesmer/porneac-mag-87-dossier-numerique.pdf',
     'sagesmer-porneac-mag-87-dossier-numerique',
     [
         'Le premier bilan de cet avis y sera présenté en novembre 2027.',
         'Les cartes de stationnement résidents 2027 se demandent en ligne à partir du 2 novembre.',
     ],
     [], 1),
    # opendatapa: a digital collective's contribution (ODT whose chapter and recommendation
    # numbers come only from outline and list styles: « 1. », « 3.2 », « R1 »… ; a bordered frame,
    # bold lead sentences, the priority in a one-cell table) and the intercommunality's action
    # plan as an open data CSV export (`;`, axes as codes and labels on each row, status codes,
    # HTML entities and <br>, line breaks and semicolons inside quoted fields). The axes' code
    # column (« axe_code ») makes each axis an objective. Wrong: the abandoned row stays an action
    # whose state is « ABANDONNE » (as in lizon, kerlouan, plouvenec), where this reader wrote a
    # decision. Extra: the sentence asking the answer to keep the recommendations' numbering
    ('../matching-checks/opendatapa/corpus/opendatapa/contribution-collectif-verzac-numerique-commun.odt',
     'opendatapa-contribution-collectif-verzac-numerique-commun', [], [], 1),
    ('../matching-checks/opendatapa/corpus/opendatapa/plan-actions-numerique-cchv-2027-2030.csv',
     'opendatapa-plan-actions-numerique-cchv-2027-2030',
     [],
     [
         'Migration de la bureautique vers LibreOffice Action abandonnée après le test mené en 2026 : '
         'incompatibilités avec les modèles du logiciel de finances. Les postes restent sous la suite '
         'bureautique actuelle.',
     ], 0),
    # dsfrplaid: a national network of associations' advocacy « plaidoyer » (designed PDF: cover,
    # « ÉDITO », key figures in big type, « NOS 12 PROPOSITIONS » as big numbers « 01 » over bold
    # infinitive titles and context paragraphs, « Exemple : » lines, « Contacts ») and a Région's
    # « feuille de route pour l'inclusion numérique » saved from a DSFR site (fr-header, fr-summary,
    # « Axe N : … » <h2>, fr-accordion titles over collapsed descriptions with fr-badge statuses,
    # fr-callout, an « Indicateurs suivis : » list, fr-table of credits, fr-tags-group, fr-footer)
    # (« Chaque Région devrait … » opening a sentence under a proposal's title is one more demand)
    ('../matching-checks/dsfrplaid/corpus/dsfrplaid/plaidoyer-relais-du-clic-2026.pdf',
     'dsfrplaid-plaidoyer-relais-du-clic-2026', [], [], 0),
    ('../matching-checks/dsfrplaid/corpus/dsfrplaid/feuille-de-route-inclusion-numerique-region-vallaurie.html',
     'dsfrplaid-feuille-de-route-inclusion-numerique-region-vallaurie',
     [  # (the matter said to be another body's right before the refusal is a decision too)
         "Les 142 lycées publics ont été raccordés au très haut débit et équipés d'un pare-feu régional.",
         "Un comité de pilotage réunissant l'État, les cinq Départements et la Région se réunira deux fois par an.",
         'Un bilan de la feuille de route sera présenté en séance plénière du conseil régional fin 2028.',
     ],
     [], 0),
    # climavis: a conseil de développement's avis on the draft PCAET (PDF laid out like a LibreOffice
    # export: cover, « Sommaire » with dotted leaders, running header, « page n / N », a « Synthèse de
    # l'avis » box, « Recommandation n° 4 – … » in bold over explanation paragraphs, « Le Conseil
    # recommande : » over « • » items, footnote calls, a demand split by a page break) and the PCAET's
    # programme d'actions (python-docx: one table per axis N° | Action | Description | Pilote |
    # Calendrier | Indicateur de suivi, merged « Sous-axe » rows, a budget table)
    ('../matching-checks/climavis/corpus/climavis/avis-codev-projet-pcaet-castelmaurin.pdf',
     'climavis-avis-codev-projet-pcaet-castelmaurin', [], [], 1),
    ('../matching-checks/climavis/corpus/climavis/pcaet-castelmaurin-programme-actions.docx',
     'climavis-pcaet-castelmaurin-programme-actions',
     [], [], 0),  # (« … relève de la compétence de la Région ; la CC lui transmettra … »: a decision)
    # enquetemob: a commissaire enquêteur's « procès-verbal de synthèse des observations du public » on a
    # plan de mobilité (PDF: decision number in the running header, « Objet : », tables of contributions
    # by channel and theme, shaded theme bands, « Observation R1 (registre de …, Mme X) : » over an
    # indirect-speech summary and an italic verbatim quote, « Question du commissaire enquêteur : … ? »)
    # and the maître d'ouvrage's « mémoire en réponse » (DOCX: per theme a Word table « N° | Observation
    # (résumé) | Réponse du maître d'ouvrage » quoting the summary again, a grouped « R3, E7 et C2 : » answer)
    ('../matching-checks/enquetemob/corpus/enquetemob/pv-synthese-observations-plan-mobilite.pdf',
     'enquetemob-pv-synthese-observations-plan-mobilite', [], [], 0),
    ('../matching-checks/enquetemob/corpus/enquetemob/memoire-en-reponse-pv-synthese-pdms.docx',
     'enquetemob-memoire-en-reponse-pv-synthese-pdms', [], [], 1),
    # patforum: a citizens' food forum's « cahier de propositions » as a site-builder page (HTML saved
    # from the browser: nested <div>s, no <h1>-<h6> nor <ul>/<li>, one repeater card per proposal with
    # its big number, theme tag, title, proposal and « Pourquoi ? », badges, cookie banner, newsletter
    # form, footer) and the intercommunality's « projet alimentaire territorial » (ODT: title page,
    # « Préambule », « 1. » / « 1.1 » headings, lists of actions holding sub-lists of steps, « à l'étude »,
    # « en réflexion », refusals with their reasons, indicators, a budget table with its total row)
    ('../matching-checks/patforum/corpus/patforum/cahier-de-propositions-forum-alimentation.html',
     'patforum-cahier-de-propositions-forum-alimentation',
     [],
     [], 10),  # (a « Pourquoi ? » paragraph opened by an infinitive subject now gives its two sentences)
    ('../matching-checks/patforum/corpus/patforum/pat-plan-actions-2027-2031.odt',
     'patforum-pat-plan-actions-2027-2031',
     [  # (« 1. » chapters going straight to « 1.1 » sub-sections of actions are objectives too)
         "Le forum citoyen de l'alimentation sera réuni chaque automne pour faire le bilan annuel du plan d'actions.",
         'Chargé de mission alimentation',
     ],
     [], 6),
    # qpvcitoyen: a conseil citoyen's contribution to the evaluation of its town's contrat de ville (DOCX:
    # bold « Qui sommes-nous ? » / « Méthode. » lead-ins, per pillar a Heading 2 over one two-column table
    # « Ce que nous constatons | Ce que nous proposons », one or two proposals per right cell, some opened
    # by « - », empty cells, a vertically merged cell, « Nos trois priorités » list, first-name signature)
    # and the town's « programmation » of the contrat de ville (ODS: a sheet per pillar, two title rows,
    # « N° fiche | Intitulé de l'action | … | Statut », pillar and sub-themes in cells spanning the columns,
    # « Sous-total » rows, « Reconduite / Nouvelle / Non retenue », a « Synthèse » sheet of totals)
    ('../matching-checks/qpvcitoyen/corpus/qpvcitoyen/contribution-conseil-citoyen-evaluation-contrat-de-ville.docx',
     'qpvcitoyen-contribution-conseil-citoyen-evaluation-contrat-de-ville',
     [], [], 0),
    ('../matching-checks/qpvcitoyen/corpus/qpvcitoyen/programmation-2027-contrat-de-ville-vernassac.ods',
     'qpvcitoyen-programmation-2027-contrat-de-ville-vernassac',
     [],
     [], 0),
    # clsante: a citizens' health forum « synthèse des échanges » (PDF like a LibreOffice export: cover,
    # « Le forum en chiffres » boxes, numbered theme headings over an italic context paragraph, demands in
    # indirect forms in the middle of paragraphs, « Point de vigilance : » lines, « Comment … compte-t-elle
    # … ? » questions, a framed « Paroles de participants » quote per theme) and the « contrat local de
    # santé » (PDF: « Axe stratégique 2 – », « Objectif opérationnel 2.1 – », « Action 2.1.1 – » over a
    # description and bold-named field lines « Porteur : », « Calendrier : », « Indicateurs : a ; b »,
    # a landscape summary table of the actions)
    ('../matching-checks/clsante/corpus/clsante/synthese-forum-citoyen-sante-2026.pdf',
     'clsante-synthese-forum-citoyen-sante-2026',
     [],
     ["Comment la communauté de communes compte-t-elle aider les habitants qui n'ont plus de médecin traitant à "
      "en retrouver un ?",
      "Comment la communauté de communes compte-t-elle réduire les délais d'attente au centre "
      "médico-psychologique pour enfants et adolescents, qui dépassent aujourd'hui un an ?"],
     # the framed « Paroles de participants » quotes are no demands (no extra unit left)
     0),
    ('../matching-checks/clsante/corpus/clsante/contrat-local-sante-2026-2030.pdf',
     'clsante-contrat-local-sante-2026-2030',
     [], [], 0),
    # sraddet: a regional CESER's contribution on the draft SRADDET (python-docx: Heading 1/2 themes, Word
    # footnotes called mid-sentence, bold « Préconisation 3 – … » over « 3a – … » sub-préconisations, « Le
    # CESER salue / regrette / s'interroge » sentences asking nothing, vote result) and the SRADDET's « fascicule
    # des règles » (fpdf2: chapter pages, « Règle n° 7 – … » over the normative text in a shaded box, « La
    # Région encourage … », « Mesures d'accompagnement (non prescriptives) », « Indicateurs de suivi », an
    # annex table « Règle | Objectifs du rapport auxquels elle se rattache »)
    ('../matching-checks/sraddet/corpus/sraddet/avis-ceser-projet-sraddet-haute-sevrane.docx',
     'sraddet-avis-ceser-projet-sraddet-haute-sevrane',
     [],
     [], 5),
    ('../matching-checks/sraddet/corpus/sraddet/fascicule-regles-sraddet-haute-sevrane-2050.pdf',
     'sraddet-fascicule-regles-sraddet-haute-sevrane-2050',
     # the chapters (« Chapitre 2 – … » over « Règle n° 7 – … ») are objectives and rule 1's title cut
     # after a comma is one title (one extra fewer); still missed: three sentences of rules 8 and 20
     [
         "Les SCoT et, à défaut, les PLU(i) localisent les centres de données d'une puissance supérieure à 5 MW sur des sites déjà artificialisés.",
         'La Région encourage la valorisation de la chaleur fatale des centres de données dans les réseaux de chaleur.',
         'La Région encourage les collectivités compétentes à généraliser la tarification incitative de la collecte des déchets.',
     ],
     [], 2),
    # dobcommune: a residents' collective's online petition on the town's budget (HTML saved from a petition
    # site: menu, signatures counter, letter with demands numbered in prose « Premièrement … Enfin », « Nos
    # demandes » list, dated updates, signers' comments, sign form, share buttons) and the town's « rapport
    # d'orientation budgétaire » (fpdf2 PDF: « 1. Le contexte national », « 2. Les orientations de la Ville »
    # with commitments in financial prose under bold run-in labels, a running-costs table, the PPI table
    # « Opération | 2026 | 2027 | 2028 | Total », « Ce qui ne sera pas engagé cette année », a conclusion)
    ('../matching-checks/dobcommune/corpus/dobcommune/petition-budget-2026-marcillac-a-vivre.html',
     'dobcommune-petition-budget-2026-marcillac-a-vivre',
     [],
     [], 0),
    ('../matching-checks/dobcommune/corpus/dobcommune/rapport-orientation-budgetaire-2026.pdf',
     'dobcommune-rapport-orientation-budgetaire-2026',
     [],
     [
         "Les taux d'imposition ne seront pas augmentés en 2026 : la taxe foncière sur les propriétés bâties restera à 38,12 % et celle sur les propriétés non bâties à 52,40 %.",
     ], 7),
    # leadergal: a GAL's LEADER consultation day, workshop notes as an ODT (odfpy: title, « Déroulé de la
    # journée », per « Atelier N – … » heading a « Participants : » line, « Ce qui ressort des échanges : »
    # observations, « Pistes d'action proposées : » demands, « Vote des participants » with gommette counts,
    # a raw post-it list with typos, « Suites ») and the programme's « fiches-dispositifs » (python-docx:
    # « Fiche-dispositif n° 3 : … » headings, « Types d'opérations éligibles : » / « Dépenses inéligibles : »
    # noun-phrase bullet lists, rates, a « Critère | Points » table, indicators, a maquette financière)
    ('../matching-checks/leadergal/corpus/leadergal/compte-rendu-ateliers-concertation-gal-auvezan.odt',
     'leadergal-compte-rendu-ateliers-concertation-gal-auvezan',
     [],
     [], 0),
    ('../matching-checks/leadergal/corpus/leadergal/fiches-dispositifs-leader-2027-2033-gal-auvezan.docx',
     'leadergal-fiches-dispositifs-leader-2027-2033-gal-auvezan',
     [],
     [], 0),
    # suivimiparcours: a conseil de développement's opinion on the mid-term review of a digital schéma, a
    # two-column InDesign-like PDF (fpdf2: running header, words hyphenated at line ends, ﬁ/ﬂ ligatures,
    # shaded « Recommandation N » boxes with a bold demand, a « Synthèse des recommandations » list) and the
    # intercommunality's annual progress report as an XLSX (openpyxl: « Lisez-moi » sheet, one sheet per axis
    # with a merged title row, « N° | Action | Pilote | État d'avancement | Avancement (%) | Réalisations 2026 |
    # Prochaines étapes », a merged « Total » row)
    ('../matching-checks/suivimiparcours/corpus/suivimiparcours/avis-codev-revue-mi-parcours-schema-numerique.pdf',
     'suivimiparcours-avis-codev-revue-mi-parcours-schema-numerique',
     [],
     [], 2),
    ('../matching-checks/suivimiparcours/corpus/suivimiparcours/rapport-annuel-suivi-2026-schema-numerique.xlsx',
     'suivimiparcours-rapport-annuel-suivi-2026-schema-numerique',
     [],
     [], 0),
    # cahieracteur: a local association's « cahier d'acteur » in a public debate on a department's broadband
    # project (fpdf2 PDF brochure: TWO TEXT COLUMNS interleaved line by line in the text layer, a tinted « Qui
    # sommes-nous ? » box, « Notre position » prose with hidden demands « Nous demandons que … », « Il est
    # indispensable de … », a pull quote, « Nos propositions » as numbered bold lead sentences over an
    # explanation, a running footer and page numbers) and the « Décision du maître d'ouvrage à l'issue du débat
    # public » (fpdf2 PDF: « Les enseignements du débat » prose, « Mesure 4 – … » headings over « Le Département
    # s'engage à … » paragraphs, « Ce qui n'est pas retenu et pourquoi », a landscape « Engagement | Calendrier |
    # Pilote » table)
    ('../matching-checks/cahieracteur/corpus/cahieracteur/cahier-acteur-12-hameaux-connectes-lescoudes.pdf',
     'cahieracteur-cahier-acteur-12-hameaux-connectes-lescoudes',
     [],
     [],
     3),
    ('../matching-checks/cahieracteur/corpus/cahieracteur/decision-maitre-ouvrage-aubrane-thd-2030.pdf',
     'cahieracteur-decision-maitre-ouvrage-aubrane-thd-2030',
     [
         "Il s'engage également à publier chaque trimestre sur son site internet une carte de l'avancement des raccordements, commune par commune.",
         "Le Département s'engage à prendre en charge les travaux de raccordement complexe en domaine privé jusqu'à 1 500 euros par logement, pour les résidences principales ; au-delà de ce plafond, le reste demeure à la charge du propriétaire.",
         "Le Département s'engage à ouvrir en 2026 un guichet unique de la fibre, joignable par un numéro de téléphone non surtaxé, avec une permanence mensuelle dans chaque communauté de communes.",
         "Le Département s'engage à présenter chaque emplacement de pylône en réunion publique dans la commune concernée avant tout dépôt de permis de construire.",
         "Chaque projet sera soumis à l'avis du paysagiste-conseil du Département et les sites inscrits seront évités.",
         "Le Département s'engage à équiper le centre de données public d'un refroidissement à air en circuit fermé, sans aucun prélèvement sur le réseau d'eau potable.",
         'Une étude de valorisation de la chaleur fatale vers la piscine intercommunale et le collège voisin sera conduite en 2027 avec la communauté de communes.',
         "Le Département s'engage à ce que 20 % de ses achats d'ordinateurs et de tablettes portent sur des équipements reconditionnés dès 2027.",
         "Les ordinateurs réformés des collèges et des services départementaux seront confiés à l'entreprise d'insertion Recyclerie du Vézou pour être reconditionnés.",
         "Le Département s'engage à informer les riverains de chaque nouvelle antenne avant sa mise en service, par un courrier et un dossier consultable en mairie.",
         "Une mesure d'exposition sera réalisée par un laboratoire accrédité indépendant avant et après chaque mise en service, et ses résultats seront publiés en ligne.",
         "Le Département s'engage à inscrire dans le contrat de partenariat public-privé des pénalités financières en cas de retard sur le calendrier de raccordement.",
         "Le Département s'engage à soutenir, avec la Région, l'ouverture en 2027 d'une formation de technicien fibre optique au lycée professionnel de Cassanhol.",
         "Le Département s'engage à créer un comité de suivi du projet, ouvert à trois représentants des associations d'habitants, qui se réunira deux fois par an.",
         "Une réunion publique de point d'étape sera organisée chaque année à l'hôtel du Département.",
         'Raccorder à la fibre les 1 400 logements isolés',
         "Aide aux raccordements complexes jusqu'à 1 500 euros",
     ],
     [
         'Le Département décide de poursuivre le projet et retient les dix mesures suivantes.',
         'Mesure 1 – Achever la fibre dans les écarts et les hameaux',
         'Mesure 2 – Aider les ménages face aux raccordements complexes',
         'Mesure 3 – Un guichet unique pour les habitants',
         'Mesure 4 – Des pylônes mieux intégrés dans le paysage',
         'Mesure 5 – Un centre de données sobre en eau et en énergie',
         'Mesure 6 – Numérique responsable et réemploi',
         'Mesure 7 – Informer sur les ondes',
         'Mesure 8 – Un contrat de partenariat mieux encadré',
         'Mesure 9 – Des emplois dans le département',
         'Mesure 10 – Associer les habitants pendant les travaux',
     ],
     2),
    # motionmaires: a departmental association of rural mayors' motion as a PDF (fpdf2: running header and
    # « n/N » footer, « Motion adoptée à l'unanimité par l'assemblée générale du … », « Considérant que … ; »,
    # « L'Association des maires ruraux de … : » over « Demande à l'État de … ; », « Souhaite que … ; »,
    # « Exige … ; », « Appelle le Département à … ; », « Rappelle que … ; », « S'oppose à … ; », « Fait à …,
    # le … ») and the Department's « plan d'actions pour les territoires ruraux » as an ODT (odfpy: Heading 1
    # axes over automatically numbered nested lists, explanation paragraphs, « Ce que le Département ne peut
    # pas faire », indicators, a financing table)
    ('../matching-checks/motionmaires/corpus/motionmaires/motion-ag-amr-varonne-2026.pdf',
     'motionmaires-motion-ag-amr-varonne-2026',
     [],
     [], 2),
    ('../matching-checks/motionmaires/corpus/motionmaires/plan-actions-territoires-ruraux-2027-2031.odt',
     'motionmaires-plan-actions-territoires-ruraux-2027-2031',
     [
         "Un comité de suivi réunissant l'Association des maires ruraux et les présidents d'intercommunalité se réunira chaque année.",
     ], [], 0),
    # courrierjeunes: a conseil municipal des jeunes' e-mail to the mayor as a TXT (« De : / À : / Cc : /
    # Date : / Objet : Re: … » headers, informal teenagers' text with abbreviations and emojis, topic
    # lines « Le wifi : » over « - » lists or free sentences, « on voudrait … », « ce serait bien que … »,
    # « est-ce que vous pourriez … ? », a signature, « Envoyé depuis mon téléphone », a quoted earlier
    # message « Le 3 sept. 2026 à 10:12, … a écrit : » with « > » lines) and the mayor's reply letter
    # (python-docx: letterhead and address block in a table, « Objet : », « Chers jeunes conseillers, »,
    # one paragraph per point « Concernant … » / « S'agissant de … », « je ne peux malheureusement pas »)
    ('../matching-checks/courrierjeunes/corpus/courrierjeunes/mail-cmj-propositions-numerique.txt',
     'courrierjeunes-mail-cmj-propositions-numerique',
     [],
     [], 0),
    ('../matching-checks/courrierjeunes/corpus/courrierjeunes/reponse-maire-cmj-numerique.docx',
     'courrierjeunes-reponse-maire-cmj-numerique',
     [
         "Léa, l'animatrice de l'espace jeunes, suivra une formation et deviendra l'adulte référent que vous pourrez contacter en toute confidentialité.",
         "S'agissant des impressions, elles resteront payantes à la médiathèque, mais les vingt premières pages par mois seront gratuites pour les moins de 18 ans.",
     ],
     [
         "Le conseil municipal a inscrit 38 000 € à cet effet au budget 2027.",
     ], 0),
    # reunionqr: a public meeting's minutes in question-and-answer form (python-docx: bold speaker
    # paragraphs « Intervention d'un habitant … : » / « Question d'une participante : » over demands mixed
    # with anecdotes, « Réponse du Maire : » paragraphs that are not demands, « Points divers » in reported
    # speech) and the town's digital roadmap as an XLSX Gantt chart (openpyxl: title and legend rows, a
    # header « Axe | N° | Action | Pilote | T1 2026 … | Jalon », axes in merged cells, « ■ » quarters)
    ('../matching-checks/reunionqr/corpus/reunionqr/compte-rendu-reunion-publique-14-octobre-2026.docx',
     'reunionqr-compte-rendu-reunion-publique-14-octobre-2026',
     [],
     [], 1),
    ('../matching-checks/reunionqr/corpus/reunionqr/feuille-de-route-numerique-2026-2028.xlsx',
     'reunionqr-feuille-de-route-numerique-2026-2028',
     [],
     [], 0),
    # sitemulti: a conseil de quartier's « vœu » as a DOCX (python-docx: running header and footer, « Vœu n° 2026-03
    # relatif à … » Heading 1, « Exposé des motifs » in prose, « Le conseil de quartier émet le vœu : » over typed
    # « – que … ; » items with a hanging indent, one holding two demands, « Adopté à la majorité (12 pour, 2
    # abstentions). ») and the city's digital plan as a static website saved as seven HTML pages (index.html with
    # links to the axes and indicators, axe-1.html … axe-5.html with the site's header, menu, breadcrumbs,
    # « Partager » links and footer on every page, actions as <article class="card"> with an <h3> « Action 2.3 – … »,
    # tags and a « Calendrier : » line)
    ('../matching-checks/sitemulti/corpus/sitemulti/voeu-2026-03-conseil-quartier-marechaux-gare.docx',
     'sitemulti-voeu-2026-03-conseil-quartier-marechaux-gare',
     [],
     [], 0),
    ('../matching-checks/sitemulti/corpus/sitemulti/index.html', 'sitemulti-index',
     [
         'Un bilan du plan sera présenté chaque année en conseil municipal et dans chaque conseil de quartier.',
     ],
     [], 5),
    ('../matching-checks/sitemulti/corpus/sitemulti/axe-1.html', 'sitemulti-axe-1',
     [], [], 0),
    ('../matching-checks/sitemulti/corpus/sitemulti/axe-2.html', 'sitemulti-axe-2',
     [
         "La Ville mettra gratuitement la salle de la maison de quartier des Tanneurs à disposition d'un repair café, un samedi par mois, à partir de septembre 2026.",
     ],
     [], 1),
    ('../matching-checks/sitemulti/corpus/sitemulti/axe-3.html', 'sitemulti-axe-3', [], [], 0),
    ('../matching-checks/sitemulti/corpus/sitemulti/axe-4.html', 'sitemulti-axe-4', [], [], 0),
    ('../matching-checks/sitemulti/corpus/sitemulti/axe-5.html', 'sitemulti-axe-5',
     [], [], 0),
    # zoomchat: a webinar's chat saved as TXT in Zoom's « meeting_saved_chat.txt » format (« 18:36:12 De  Nom
    # à  Tout le monde : » header lines over tab-indented messages, « à  Moi (en privé) », « Réponse à "…" : »,
    # « +1 », « 👍 », technical chatter, links, a message of numbered proposals « 1) … ») and the town's FAQ
    # as an HTML page saved from its CMS (nav, breadcrumbs, h2 themes over <details><summary>Question : …
    # </summary><div>answer</div></details> accordions, a final « Nos engagements » <ol>, footer, cookie banner)
    ('../matching-checks/zoomchat/corpus/zoomchat/meeting_saved_chat.txt',
     'zoomchat-meeting_saved_chat',
     [],
     [], 1),
    ('../matching-checks/zoomchat/corpus/zoomchat/faq-webinaire-valcrozet-numerique-2030.html',
     'zoomchat-faq-webinaire-valcrozet-numerique-2030',
     [
         'Depuis septembre 2026, les données de la mairie sont sauvegardées chaque nuit sur un support déconnecté du réseau.',
         "Terminer la fibre dans tous les hameaux d'ici fin 2027.",
         'Garder un guichet et un formulaire papier pour chaque démarche en ligne.',
         'Ouvrir une permanence numérique un samedi matin par mois.',
         "Renouveler les tablettes de l'école élémentaire.",
         'Retransmettre le conseil municipal en direct et en replay.',
         'Rendre le site de la ville accessible à tous.',
         'Donner une seconde vie aux ordinateurs de la mairie.',
     ],
     [], 2),
    # pvconseil: a residents' petition as a DOCX (python-docx: « Pétition : … », « À Monsieur le Maire et aux
    # membres du conseil municipal … », « Nous, soussignés, demandons : » over a « List Number » list whose
    # header items « … : » hold « List Bullet 2 » sub-points, « Pétition remise le … avec 412 signatures », a
    # signature table of « … ») and the council's minutes as a PDF (fpdf2: « Présents : », « Absents excusés : »,
    # « Secrétaire de séance : », agenda items « 2026-045 – … », « Vu … ; », « Considérant … ; », a debate in
    # reported speech, « … DÉCIDE : » over « Article 1er : De … », votes, « Questions diverses »)
    ('../matching-checks/pvconseil/corpus/pvconseil/petition-numerique-vauremont.docx',
     'pvconseil-petition-numerique-vauremont',
     [],
     [], 0),
    ('../matching-checks/pvconseil/corpus/pvconseil/pv-conseil-municipal-2026-11-17.pdf',
     'pvconseil-pv-conseil-municipal-2026-11-17',
     [
         "Mme l'adjointe répond que la réservation de la salle des fêtes continuera à se faire à l'accueil de la mairie, qui tient le planning et remet les clés.",
     ],
     [], 1),
    # fichesaction: an association's « contribution » to an intercommunality's digital plan as an ODT
    # (odfpy: a title page, « Qui sommes-nous ? », « Nos constats » in prose with demands in « Il
    # faudrait que … », « Nos propositions » as paragraphs opened by a bold « Proposition n° 7 : » run,
    # a conclusion and a contact) and the intercommunality's « Plan d'actions numérique 2027-2030 » as
    # a PDF of « fiches action » (fpdf2: a cover, a summary table, then one bordered two-column table
    # a page with shaded labels « Fiche action n° 3 », « Axe », « Intitulé », « Contexte »,
    # « Objectifs », « Description », … « Indicateurs de suivi », running header, « page n / N »)
    ('../matching-checks/fichesaction/corpus/fichesaction/contribution-passeurs-numerique-plan-sornelle.odt',
     'fichesaction-contribution-passeurs-numerique-plan-sornelle',
     [],
     [], 0),
    ('../matching-checks/fichesaction/corpus/fichesaction/plan-actions-numerique-2027-2030-fiches.pdf',
     'fichesaction-plan-actions-numerique-2027-2030-fiches',
     [
         'Le portail data.sornelle.fr sera mis en ligne à la fin de 2027.',
         'Les premiers jeux de données publiés porteront sur la collecte des déchets, le transport à la demande et les équipements sportifs et culturels.',
         "Les ordinateurs réformés des communes, de l'intercommunalité et des entreprises volontaires seront collectés deux fois par an.",
         "Ils seront reconditionnés par l'ESAT de la Sornelle puis donnés aux familles et aux associations par l'intermédiaire des CCAS.",
         'Un comité de pilotage réunissant les élus de la commission numérique et les services se réunira deux fois par an.',
         "Un bilan annuel de l'avancement, avec les indicateurs de chaque fiche, sera présenté en conseil communautaire et publié sur le site.",
     ],
     [], 0),
    # bulletinmuni: a town's idea box typed into an XLSX (openpyxl: merged title and note rows « Saisie
    # fidèle des idées, orthographe conservée », header « N° | Date | Idée (telle qu'écrite) | Âge |
    # Quartier | Thème (saisi par le service) », short misspelt ideas, two ideas in a cell, duplicates,
    # « bravo pour la fête », « rien à dire », empty rows between days, a merged separator row) and the
    # municipal magazine's « dossier numérique » as a PDF in three columns written row by row (fpdf2:
    # title, chapô, an interview « Pourquoi … ? » / answer, a coloured box « Ce qui change en 2027 » of
    # « • » items, captions, an agenda and an advertisement box, folios « Le Mag' de … n° 84 – … »)
    ('../matching-checks/bulletinmuni/corpus/bulletinmuni/boite-a-idees-fete-de-la-pomme-2026.xlsx',
     'bulletinmuni-boite-a-idees-fete-de-la-pomme-2026',
     [], [], 1),
    ('../matching-checks/bulletinmuni/corpus/bulletinmuni/le-mag-sablonnet-84-dossier-numerique.pdf',
     'bulletinmuni-le-mag-sablonnet-84-dossier-numerique',
     [
         "Nous commençons par le parc de la Gravière, là où les jeunes se retrouvent.",
     ],
     # (« Objectif : 300 inscrits … », a count to reach, is read as the indicator it is since 2026-11-28)
     [], 0),
    # pdfhtmlavis: a conseil de développement's avis published as pdf2htmlEX HTML (one absolutely
    # positioned div per printed line, hyphenated line ends, kerning spans, running header, footer
    # and folio divs, « • » divs of their own, « Recommandation n° 4 » headings, a summary box) and
    # the intercommunality's strategy as a DOCX numbered by Word's automatic multilevel numbering
    # (« Axe %1 – » / « Action %1.%2 : » tied to the heading styles, an « Indicateurs » table per
    # axis, a « Calendrier » table)
    ('../matching-checks/pdfhtmlavis/corpus/pdfhtmlavis/avis-cdd-strategie-numerique-2027-2032.html',
     'pdfhtmlavis-avis-cdd-strategie-numerique-2027-2032',
     [],
     [], 1),
    ('../matching-checks/pdfhtmlavis/corpus/pdfhtmlavis/strategie-numerique-2027-2032-orvanne.docx',
     'pdfhtmlavis-strategie-numerique-2027-2032-orvanne',
     [
         "Avec l'État et les opérateurs, quatre nouveaux pylônes seront mis en service d'ici fin 2028 au titre du dispositif de couverture ciblée, ce qui couvrira l'ensemble des zones blanches recensées.",
         "Orvanne Communauté prendra en charge l'aménagement des terrains d'accueil.",
         "Une étude sera menée en 2027 avec le syndicat mixte Orvanne Numérique pour évaluer le besoin et le coût d'une aide aux raccordements complexes.",
         'Un troisième conseiller numérique sera recruté en 2027 et affecté aux communes du sud du territoire.',
         'Ses permanences auront lieu dans les mairies de Vaudrieu, Lusigny-le-Bas et Saint-Bréval.',
         'Une antenne France services ouvrira au Puy-Mérand en 2028.',
         "Le dépôt des demandes d'autorisation d'urbanisme restera possible sur papier dans toutes les mairies, à côté du guichet numérique ouvert depuis 2022.",
         'Un poste de coordinateur du réseau des sept tiers-lieux du territoire sera créé en 2027.',
         "Il organisera un programme commun d'animations et une carte d'adhésion unique.",
         "Deux tiers-lieux, à Chazelles-sur-Orvanne et à Vaudrieu, seront équipés en 2028 d'une salle de visioconférence ouverte aux associations.",
         'Le portail data.orvanne.fr ouvrira en 2027.',
         "Les couches du système d'information géographique intercommunal (PLUi, réseaux d'eau et d'assainissement, équipements publics) y seront publiées sous licence ouverte.",
         "À partir de 2027, les communes de moins de 1 000 habitants pourront adhérer à un service informatique commun assurant l'équipement, la messagerie et les sauvegardes.",
         'Les secrétaires de mairie suivront chaque année une formation à la cybersécurité.',
         "La durée d'usage des ordinateurs de la collectivité sera portée de quatre à six ans.",
         "Le matériel réformé sera confié à l'atelier de réemploi de la ressourcerie d'Orvanne.",
         "L'espace numérique de travail sera déployé à la rentrée 2027 dans huit écoles pilotes.",
         'Son extension aux autres écoles sera décidée en 2029 après une évaluation avec les enseignants.',
         "Une plateforme de participation citoyenne sera ouverte en 2028 pour les concertations d'Orvanne Communauté.",
         'Un bilan annuel de la stratégie, avec ses indicateurs, sera publié sur le site et présenté au Conseil de développement.',
     ],
     [], 0),
    # suivitableau: a conseil de développement's avis as an ODT (odfpy: cover, « Sommaire » with tab
    # leaders and page numbers, « Introduction », bold-lead paragraphs « R1 – … » over three numbered
    # chapters, four of them adding a second demand in the plain body « Le conseil demande aussi que
    # … », a conclusion) and the agglomeration's « Tableau de suivi des avis du conseil de
    # développement » as an XLSX (openpyxl: merged title and avis rows, header « N° | Rappel de la
    # recommandation | Suite donnée par l'agglomération | Direction pilote | État d'avancement |
    # Échéance », column B quoting each recommendation, column C the answer unit, merged and repeated
    # N°, a row « R6 / R7 », empty rows between chapters, a merged footer, a second sheet « Légende »)
    ('../matching-checks/suivitableau/corpus/suivitableau/avis-codev-2026-03-numerique.odt',
     'suivitableau-avis-codev-2026-03-numerique',
     [],
     [], 0),
    # « Aucune action engagée à ce jour. », its row's state « Non engagé », is now read as a refusal
    # (« Non engagée » caps like « Non réalisée »)
    ('../matching-checks/suivitableau/corpus/suivitableau/suivi-avis-codev-2026-03.xlsx',
     'suivitableau-suivi-avis-codev-2026-03',
     [],
     [], 0),
    # trelloidees: a town's « Atelier numérique citoyen » ideas on a Trello board exported as Trello's
    # JSON (lists, cards with a Markdown desc holding one or two demands, labels, votes, a checklist
    # of sub-demands, « +1 » and demand-adding comments in actions, duplicate and archived cards) and
    # the steering committee's minutes as a PDF (fpdf2: « Participants », « Ordre du jour », themes
    # with a discussion paragraph and « Décision : » lines, numbered « Relevé de décisions », a
    # « Suite à donner » table « Action | Pilote | Échéance », « Prochaine réunion »)
    ('../matching-checks/trelloidees/corpus/trelloidees/atelier-numerique-citoyen-vauclerc-trello.json',
     'trelloidees-atelier-numerique-citoyen-vauclerc-trello',
     ['Des chaises confortables'],
     [], 3),
    ('../matching-checks/trelloidees/corpus/trelloidees/compte-rendu-copil-numerique-2026-11-26.pdf',
     'trelloidees-compte-rendu-copil-numerique-2026-11-26',
     [
         "Il sera ouvert le mardi et le jeudi de 14 h à 18 h, en dehors des vacances scolaires d'été.",
         'à la rentrée de septembre 2027, les inscriptions à la cantine et à la garderie périscolaire se feront en ligne sur le nouveau portail famille, qui permettra aussi de payer les factures par carte bancaire.',
         "L'inscription en ligne au centre de loisirs sera étudiée avec la communauté de communes pour l'été 2028.",
     ],
     [
         "La lettre d'information mensuelle sera aussi envoyée par SMS, dans une version courte, aux habitants qui s'inscrivent en mairie ou sur le site, à partir de février 2027.",
         "Objectif : 300 inscrits au service SMS à la fin de l'année 2027.",
         'Le budget primitif et le compte administratif seront publiés chaque année au format tableur sur le site de la commune et sur data.gouv.fr.',
         "Un club de code pour les 11-15 ans ouvrira le mercredi de 14 h à 16 h à l'espace numérique, animé avec l'association Pixels & Cie.",
         'Un atelier « Écrans et contrôle parental » sera proposé aux parents chaque trimestre, le samedi matin, à la médiathèque.',
     ], 6),
    # commentsfb: a town's Facebook comments exported as a CSV (BOM, all fields quoted, « id,parent_id,auteur,
    # date,commentaire,reactions », replies by parent_id, « @Prénom Nom tout a fait d'accord », emojis, « stp »,
    # « pr », three demands on « - » lines in one quoted cell, a spam, a link-only comment, admin replies) and the
    # town's answer as a Hugo blog post in Markdown (YAML front matter, {{< figure >}}, {{% notice %}}, {{< button >}}
    # shortcodes, « - **Lead** : sentence » bullets under « Ce que nous allons faire » and « Ce qui n'est pas
    # possible pour l'instant », a « Calendrier » pipe table)
    ('../matching-checks/commentsfb/corpus/commentsfb/commentaires-facebook-idees-numerique-castelmoirac.csv',
     'commentsfb-commentaires-facebook-idees-numerique-castelmoirac',
     [], [], 2),
    ('../matching-checks/commentsfb/corpus/commentsfb/2026-11-20-vos-idees-numerique.md',
     'commentsfb-2026-11-20-vos-idees-numerique',
     [], [], 1),
    # roblayout: a conseil citoyen's contribution to the budget debate as the TXT of `pdftotext -layout`
    # on a two-column PDF (columns interleaved line by line, centred title, form feeds, running header,
    # « - 2 - » folios, numbered demands « 3. » with hanging indents in both columns, « • » findings, a
    # space-aligned priority table) and the town's « Rapport d'orientation budgétaire 2027 » as a PDF
    # (fpdf2: national and financial context, commitments as sentences inside the orientations'
    # paragraphs, an AP/CP table, staff and debt chapters)
    ('../matching-checks/roblayout/corpus/roblayout/contribution-conseil-citoyen-dob-2027.txt',
     'roblayout-contribution-conseil-citoyen-dob-2027',
     [],
     [], 1),
    ('../matching-checks/roblayout/corpus/roblayout/rapport-orientation-budgetaire-2027.pdf',
     'roblayout-rapport-orientation-budgetaire-2027',
     [
         'Les taux des impôts locaux ne seront pas augmentés en 2027.',
         'Les dépenses de fonctionnement à caractère général seront contenues à leur niveau de 2026, hors énergie.',
         "La ville poursuivra le remplacement des lampes de l'éclairage public par des LED, pour 150 000 €.",
         'Une école équipée pour le numérique',
         'Une administration plus proche, plus ouverte et plus sûre',
         "Le nouveau site sera conforme au référentiel général d'amélioration de l'accessibilité (RGAA) et un audit d'accessibilité sera réalisé avant sa mise en ligne.",
         "Il permettra de demander en ligne les actes d'état civil et de réserver les salles municipales.",
         "L'école de musique, dont la facturation est assurée par l'association gestionnaire, n'est pas concernée.",
         "Les départs en retraite ne seront remplacés qu'après un examen au cas par cas.",
         "La ville limitera son recours à l'emprunt à 1,5 M€ en 2027.",
         'La capacité de désendettement devra rester inférieure à 8 années sur toute la durée du mandat.',
     ],
     [
         'Préserver les équilibres financiers',
     ], 1),
    # wooclap: a public meeting's live answers exported from a Wooclap-like voting tool as an XLSX (openpyxl:
    # a « Résumé » sheet with the event, its code, the figures and a table « N° | Question | Type | … », then
    # one sheet per question « Q1 - Brainstorming » … with a merged question row, « Type : … », a header
    # « Participant | Idée | Likes | Date de réponse » or « Participant | Réponse | Date de réponse » over
    # open answers (« +1 », « +1 et aussi … », thanks, emoji, a question « Est-ce que la commune pourrait … ? »),
    # polls « Choix | Nombre de votes | Pourcentage | Correct » with « Nombre de votants », a word cloud
    # « Mot | Occurrences », and a « Participants » sheet of ticks) and the town's answer as a Drupal 10 page
    # (skip link, header, search form, main menu, breadcrumb, chapô, « paragraphs »: key figures, a context
    # text, four cards « card__title / card__text », a Bootstrap accordion of themes whose paragraphs open on
    # a bold run « Covoiturage. », objectives as a list, a boxed next date, files, share links, footer)
    ('../matching-checks/wooclap/corpus/wooclap/wooclap-resultats-reunion-plan-velo-2026-10-14.xlsx',
     'wooclap-wooclap-resultats-reunion-plan-velo-2026-10-14',
     [],
     [], 1),
    ('../matching-checks/wooclap/corpus/wooclap/plan-velo-reponses-municipalite.html',
     'wooclap-plan-velo-reponses-municipalite',
     [
         "Pour l'école Marie-Curie, ils seront installés lors de la rénovation de la cour, prévue en 2028.",
     ],
     [
         "La commune lui a demandé d'y installer un abri vélos sécurisé et attend sa réponse au premier semestre 2027.",
     ], 1),
    # klaxoon: a citizens' workshop board exported from Klaxoon as CSV (`;`, UTF-8 with BOM, CRLF;
    # columns « ID, Type, Contenu, Auteur, Couleur, Légende de la couleur, Catégorie, Zone, Votes,
    # Commentaires, Créé le, Modifié le »; rows in creation order with lanes « Propositions »,
    # « Constats », « Questions », « Parking »; zone titles as « Texte » rows, an image and a shape
    # row, the facilitator's instructions and thanks; comments « Name (date) : text » joined by
    # line breaks, two of them carrying demands; a demand asked as a question) and the action plan
    # as an XLSX workbook (a context sheet with key figures, a summary sheet, one form sheet per
    # action « FICHE ACTION N° 1.1 » with label cells « Intitulé, Description, Pilote, Partenaires,
    # Échéance, Indicateurs, Statut, Budget, Idées de l'atelier du 14/10 », and a sheet of
    # proposals not kept)
    ('../matching-checks/klaxoon/corpus/klaxoon/export-board-atelier-citoyen-inclusion-numerique.csv',
     'klaxoon-export-board-atelier-citoyen-inclusion-numerique',
     [],
     [], 8),
    ('../matching-checks/klaxoon/corpus/klaxoon/plan-actions-inclusion-numerique-2027-2030.xlsx',
     'klaxoon-plan-actions-inclusion-numerique-2027-2030',
     [
         "Le conseiller numérique tiendra une permanence mensuelle dans quatre mairies du territoire (Saint-Aubert, Vimont, Cerisay et La Chapelle-sur-Sarthonne), en complément de l'espace France services de Lorvaux.",
         'Un numéro unique, tenu par France services, répondra aux habitants le mardi et le jeudi de 9 h à 12 h.',
         "Des soirées d'information pour les parents pourront être étudiées à partir de 2028.",
         'Nouveau site adapté aux téléphones et conforme au RGAA, mis en ligne au second semestre 2027.',
         "La page d'accueil présentera le calendrier de collecte des déchets et les horaires des deux déchetteries.",
         'Les comptes rendus du conseil communautaire y seront publiés dans les quinze jours suivant chaque séance.',
         "Le paiement en ligne de la redevance d'enlèvement des ordures ménagères n'interviendra qu'après le changement du logiciel de facturation, prévu en 2029.",
         "Les horaires d'accueil actuels des mairies et du siège sont maintenus ; aucune démarche intercommunale ne sera proposée uniquement en ligne.",
         "L'équipement des salles des fêtes sera étudié avec les communes en 2028, selon leur fréquentation.",
     ],
     [
         "Objectif : 120 seniors ayant suivi un cycle complet d'ici fin 2028.",
     ], 0),
    # limesurvey: an intercommunality's online questionnaire on everyday mobility, LimeSurvey's CSV
    # export with « Question code & question text » headings (UTF-8 BOM, every field quoted, CRLF;
    # « id. ID de la réponse », « submitdate. Date de soumission », « lastpage. Dernière page », « seed »,
    # coded closed answers « A1 », « -oth- » with « Q01[other] », multiple choice « Q03[SQ001] » = « Y »,
    # an array « Q04[SQ00n] », a numeric « 22.0000000000 », two free-text questions holding the demands,
    # incomplete responses with an empty submitdate, one of them holding a demand), and the
    # « Bilan de la consultation » as an ODT (LibreOffice-style: title, subtitle, a table of contents
    # with its cached body, a key-figures table with its caption, charts as framed captions
    # « Illustration 1 : … » described in text, themes « 3.1 … » each with « Ce que vous nous avez
    # dit : », a bold « Ce que nous allons faire » and « Ce que nous ne pouvons pas faire » with bullet
    # lists, a delibération paragraph, « Objectif : » and « Indicateur : » lines, a closing chapter)
    ('../matching-checks/limesurvey/corpus/limesurvey/results-survey348271.csv',
     'limesurvey-results-survey348271',
     [],
     [], 4),
    ('../matching-checks/limesurvey/corpus/limesurvey/Bilan_consultation_mobilites_CCCO_v3.odt',
     'limesurvey-Bilan_consultation_mobilites_CCCO_v3',
     [
         'Un comité de suivi réunissant des élus et des habitants volontaires se réunira une fois par an pour faire le point sur ces engagements.',
     ],
     [], 0),
    # latexavis: a regional CESER's opinion on the Region's water plan typeset with LaTeX as a PDF
    # (pdflatex, babel french, lmodern: a title page, a table of contents with dot leaders, running
    # headers « CESER … | Avis sur … », numbered sections 1.1, footnote calls glued to words and the
    # notes at the foot of the page, enumerate lists labelled (a)/(b)/(c) with a nested (i)/(ii),
    # justified hyphenated text, demands hidden in sentences « Il demande que », « il conviendrait
    # que », « estime indispensable que », a merged demand, findings, a rhetorical question, a
    # conclusion « avis favorable » and the groups' declarations) and the Region's action plan
    # exported from Airtable as CSV (BOM, « Nom, Axe, Description, Statut, Pilote, Échéance, Budget,
    # Actions liées, Indicateurs, Archivé, Dernière modification », Markdown in long text, bulleted
    # indicators in a cell, a template row, archived rows « checked », refusals « Non retenue »)
    ('../matching-checks/latexavis/corpus/latexavis/avis-ceser-plan-regional-eau.pdf',
     'latexavis-avis-ceser-plan-regional-eau',
     [],
     [], 2),
    ('../matching-checks/latexavis/corpus/latexavis/Plan eau 2027-2032-Grid view.csv',
     'latexavis-Plan eau 2027-2032-Grid view',
     [],
     [
         "Restaurer 800 hectares de zones humides d'ici 2032",
     ], 0),
    # padlet: a town's citizens' workshop wall on Padlet exported as CSV (BOM, CRLF, « Subject, Body, Attachment,
    # Author, Created At, Updated At, Section, Comments, Reactions », multi-line bodies, empty subjects, a pinned
    # welcome post, demands in « Name: text » comment lines, demands after a finding, two demands in one post,
    # demands asked as questions, complaints, thanks and information questions) and the town's answer in its
    # magazine's special issue laid out in Scribus and exported as PDF (cover, editorial with a drop cap, figures
    # box, three-column articles with hyphenated justified lines, crossheads, pull quotes, captions, footers, a box
    # « Vos idées, nos réponses » of quoted questions answered « Oui. … » / « Non. … », calendar and budget)
    ('../matching-checks/padlet/corpus/padlet/atelier-coeur-de-bourg-marsillac-padlet.csv',
     'padlet-atelier-coeur-de-bourg-marsillac-padlet',
     [],
     [], 6),
    # (the editorial's « Nous ne pourrons pas tout faire, et nous vous dirons pourquoi. » is a caveat,
    # no refusal: one extra less since the canvaavis pair's rule)
    ('../matching-checks/padlet/corpus/padlet/marsillac-mag-hors-serie-3-coeur-de-bourg.pdf',
     'padlet-marsillac-mag-hors-serie-3-coeur-de-bourg',
     [],
     [], 6),
    # mailthread: a residents' association's e-mail thread saved as plain text (the town hall's Outlook
    # acknowledgement on top with its signature, « P Avant d'imprimer » and confidentiality disclaimer,
    # « -----Message d'origine----- » with De/Envoyé/À/Objet, the president's forward adding two « - » demands
    # and one hidden in a sentence, a Gmail « ---------- Forwarded message --------- » of the treasurer's
    # inline reply: the draft letter's numbered demands quoted « > » and wrapped at 76 columns, his
    # « [GP] » remarks amending or adding demands between them) and the mayor's reply letter as a PDF
    # (fpdf2: letterhead, addressee block, « Réf. », « Affaire suivie par », « P.J. », « Objet », bold
    # theme headings, point-by-point answers as sentences in justified paragraphs, figures, a refusal,
    # closing formula, signature alone on the last page, running header and footer)
    # known misses: the thread has no prior (its top message is the town hall's acknowledgement, its
    # subject is lost among three mails' headers), so the two infinitive « - » items under a lead-in
    # that names no demand, the « [GP] » amendments (initials, not a pad's bracketed name) and the
    # finding « … ; merci de les faire réparer » are not read; « Nadia, tu peux vérifier … ? » is an extra
    ('../matching-checks/mailthread/corpus/mailthread/courriels-aha-mairie-sarlande-juin-2026.txt',
     'mailthread-courriels-aha-mairie-sarlande-juin-2026',
     [
         'remplacer le grillage arraché du city-stade et réparer le panneau de basket ;',
         'ouvrir la salle des Tilleuls aux associations le dimanche après-midi.',
         "Je remplacerais par un plateau surélevé devant l'école : les motos passent entre les coussins.",
         "Ajouter : un radar pédagogique route de Cluzeau, à l'entrée du lotissement.",
         'Trois lampadaires sont en panne depuis septembre chemin du Moulin ; merci de les faire réparer rapidement.',
     ],
     [], 2),
    # known misses: the sentence cut by the page break under a running header seen on two pages only,
    # the figure « Objectif du plan : 150 arbres … » inside a paragraph; the reader's decisions
    # « sera réalisé », « passera en zone 30 », « restera fermée » are read as actions
    ('../matching-checks/mailthread/corpus/mailthread/reponse-maire-aha-2026-07-03.pdf',
     'mailthread-reponse-maire-aha-2026-07-03',
     [
         "En attendant, deux bornes solaires à détection de présence seront posées à l'entrée du chemin côté gare.",
         "Objectif du plan : 150 arbres plantés sur la commune d'ici 2028.",
     ],
     [
         "Un plateau surélevé sera réalisé rue des Aubépines devant l'école Jean-Moulin pendant les vacances de la Toussaint 2026, comme l'a suggéré votre bureau.",
         'La rue des Aubépines passera en zone 30 au 1er septembre 2026.',
         "De même, la salle des Tilleuls restera fermée le dimanche, faute d'agent d'astreinte ; elle peut en revanche être prêtée aux associations le samedi jusqu'à 23 h.",
     ], 0),
    # canvaavis: a youth council's opinion designed in Canva and exported as PDF (A4 design of absolutely
    # placed text boxes: letter-spaced display titles, « 01 » badges on their own line over a capitalised
    # title, two columns per page, « ✖ »/« ✔ »/« ♻ » pictograms before short sentences, « Le saviez-vous ? »
    # boxes, a contents page of numbers and page numbers, demands hidden in sentences and in a question) and
    # the town's youth strategy written in Google Docs and exported as PDF (title page, linked « Sommaire »
    # with page numbers, numbered headings, « Action n. Title » headings over a paragraph of one or two
    # commitments, « Objectif : » and « Indicateur : » lines, « Ce que nous ne ferons pas » bullets with a
    # bold lead, a recap table)
    ('../matching-checks/canvaavis/corpus/canvaavis/Avis-CMJ-2026-version-finale.pdf',
     'canvaavis-Avis-CMJ-2026-version-finale',
     [],
     [], 0),
    ('../matching-checks/canvaavis/corpus/canvaavis/Strategie-jeunesse-2026-2030-reponse-au-CMJ.pdf',
     'canvaavis-Strategie-jeunesse-2026-2030-reponse-au-CMJ',
     [
         "Dès septembre 2026, la navette urbaine circulera jusqu'à 19 h 30 du lundi au vendredi.",
         "Une navette le samedi après-midi sera testée pendant l'été 2027 ; elle ne sera maintenue que si la fréquentation le justifie.",
         "Un espace jeunes ouvrira en janvier 2027 dans l'ancienne école Pasteur, le mercredi après-midi, avec une animatrice à mi-temps.",
         'Une ouverture le samedi sera envisagée en 2028, selon la fréquentation.',
         'Les modules du skatepark seront remplacés au printemps 2027 (85 000 €).',
         'Les usagers seront consultés sur le choix des nouveaux modules ; un module pour les trottinettes sera proposé au vote.',
         "Le conseil municipal a décidé d'étendre la gratuité de la carte de la médiathèque aux étudiants jusqu'à 25 ans, sur présentation de leur carte d'étudiant.",
         "Les barquettes en plastique seront remplacées par des bacs en inox dans les deux restaurants scolaires des écoles d'ici la rentrée 2027.",
         "Une permanence de la Maison des adolescents (psychologue) sera accueillie une fois par mois au Point Information Jeunesse à partir d'octobre 2026.",
         "Des distributeurs gratuits de protections périodiques seront installés au gymnase municipal et à l'espace jeunes ; pour le collège, la demande a été transmise au Département.",
     ],
     [], 6),
    # the CDPL's real opinion (corpus/lorient, the text file) laid out anew as a word processor's PDF
    # (reportlab: justified paragraphs 6 pt apart, « • » items with a hanging indent, one of them
    # without a stop right above a paragraph at the margin, a « - » run inside a paragraph wrapped
    # before a dash, running header, page numbers), against the project's reference units of that
    # opinion: read as the text file is (the same miss, the same nine units beyond the reference, which
    # lists its objectives and questions as examples only)
    ('avis-cdpl-stn-mise-en-page-pdf.pdf', 'avis-cdpl-stn-mise-en-page-pdf',
     ["Le bon usage, l'accompagnement et le développement des compétences doivent être priorités, en évitant les "
      "redondances liées aux acteurs existants et en mettant en place des collaborations avec eux."],
     [], 9),
    # the same text set in two, then three, justified columns of Times (reportlab frames): runs of things
    # between dashes wrapped before a dash inside an item and after a dash at a column's foot, a title
    # « Il **définissait des attentes** : » in bold after a regular « Il » alone on its line, an item
    # without a stop whose last line fills its narrow column, then a paragraph at the margin
    ('avis-cdpl-stn-deux-colonnes-pdf.pdf', 'avis-cdpl-stn-deux-colonnes-pdf',
     ["Le bon usage, l'accompagnement et le développement des compétences doivent être priorités, en évitant les "
      "redondances liées aux acteurs existants et en mettant en place des collaborations avec eux."],
     [], 9),
    ('avis-cdpl-stn-trois-colonnes-pdf.pdf', 'avis-cdpl-stn-trois-colonnes-pdf',
     ["Le bon usage, l'accompagnement et le développement des compétences doivent être priorités, en évitant les "
      "redondances liées aux acteurs existants et en mettant en place des collaborations avec eux."],
     [], 9),
    # Brest's real minutes (corpus/brest, the text file) laid out anew as a PDF (reportlab): each
    # proposal's title over a ruled table (grey header row « Actions à conduire / … | Frein(s) … |
    # Accélérateur(s) … | Coopérations … », one row whose cells hold the HTML's paragraphs and list
    # items, « - » and « • » bullets with a hanging indent), against the project's reference units.
    # Known misses: lines of a cell with nothing but their first word to tell a new paragraph from
    # a wrapped line (« … partout dans la ville » / « 1 site web … », « Une ville en commun … » after a
    # full line, no bullet): the cell's text keeps no vertical gaps; and « Proposition 3 : le pack
    # numérique », « missed » in the text file too: its unit is « le pack numérique », labelled
    # « Proposition 3 », too short for the comparison's partial match
    ('brest-propositions-tableaux-pdf.pdf', 'brest-propositions-tableaux-pdf',
     ['Proposition 3 : le pack numérique', '1 site web de la mairie facile à utiliser : meilleure ergonomie',
      'Une ville en commun ou comment favoriser les productions en commun',
      'Mise en réseau, circulation des idées, des projets, des compétences.',
      'Comment connecter compétences et projets : connecter des porteurs de projets qui ne se connaissent pas ?'],
     [], 22),
    ('../../../corpus/brest/2016-03-05_reunion-tous-publics_compte-rendu.txt', 'brest-propositions-tableaux-pdf',
     ['Proposition 3 : le pack numérique'], [], 49),
    # ... and the text file itself, for the comparison
    ('../../../corpus/lorient/2019-03_cdpl_avis-schema-territorial-numerique.txt', 'avis-cdpl-stn-mise-en-page-pdf',
     ["Le bon usage, l'accompagnement et le développement des compétences doivent être priorités, en évitant les "
      "redondances liées aux acteurs existants et en mettant en place des collaborations avec eux."],
     [], 9),
    # delibwp: a conseil de développement's opinion saved from its WordPress site as a full HTML
    # page (cookie banner, menu, breadcrumb, « Sommaire » box, h2/h3 sections, « ul »/« ol » lists,
    # a blockquote, two demands inside a closing paragraph, share buttons, « Articles similaires »,
    # two readers' comments, sidebar « Articles récents » and tags, footer with legal links)
    ('../matching-checks/delibwp/corpus/delibwp/avis-du-conseil-de-developpement-sur-le-projet-de-territoire-codev-blavet-lanvaux.html',
     'delibwp-avis-du-conseil-de-developpement-sur-le-projet-de-territoire-codev-blavet-lanvaux',
     [], [], 0),
    # ... and the communauté de communes' council deliberation (reportlab PDF: « Vu … ; Considérant … »,
    # « DÉCIDE : Article 1er … Article 4 », vote counts, « Pour extrait conforme », the prefecture's
    # receipt stamp rotated in the left margin, page footer, an annex table « Recommandation |
    # Réponse de la communauté | Suite donnée » answering the opinion row by row)
    ('../matching-checks/delibwp/corpus/delibwp/DC-2026-045_deliberation_projet_de_territoire_avis_codev.pdf',
     'delibwp-DC-2026-045_deliberation_projet_de_territoire_avis_codev',
     [],
     ['La compétence relève de la Région ; la communauté maintient sa participation actuelle de 50 € par élève.',
      "Le coût de gardiennage ne permet pas une ouverture dominicale ; les horaires du samedi seront élargis jusqu'à 18 h.",
      'La communauté privilégie les appels à projets associatifs existants et ne crée pas de budget participatif.'], 0),
    # a conseil de développement's plenary minutes, scanned, with an invisible OCR text layer (fpdf2,
    # render mode 3, one text line at a time, baselines slightly skewed, OCR noise: « I' » for « l' »,
    # « m » for « rn », lost accents, stray « , . ' », a hyphen split, an agenda line out of order, page
    # numbers « - 1 - »): attendance list, agenda, reports of the commissions, « Le conseil demande … »
    # and « Il est proposé … » motions, a demand hidden in an observation, the vote
    ('../matching-checks/ocrscan/corpus/ocrscan/CR_pleniere_CDD_14-10-2026_scan.pdf',
     'ocrscan-CR_pleniere_CDD_14-10-2026_scan',
     [], [], 1),
    # ... and the president's reply letter, scanned the same way (letterhead, « Objet : », point-by-point
    # paragraphs under the commissions' names, commitments, a study, refusals, « P.J. : »)
    ('../matching-checks/ocrscan/corpus/ocrscan/2026-12-03_reponse-President-CCVS-au-CDD_scan.pdf',
     'ocrscan-2026-12-03_reponse-President-CCVS-au-CDD_scan',
     ['A compter de la rentrée de janvier 2027, les séances de natation , scolaire des élèves du premier degré ne '
      'seront plus facturées aux communes.',
      'Enfin, la traversée de la RD 112 relève du Département, gestionnaire de la voirie : la communauté de communes '
      'ne réalisera pas ces aménagements.'],
     ["Une maison France services à Loubières n'est pas envisageable à court terme, la labellisation étant limitée "
      "par l'Etat ; en revanche, le bus France services tiendra une permanence à Loubières un mercredi par mois dès "
      "février 2027.",
      'Le budget du conseil de développement sera maintenu à 8 000 € en 2027, dans un contexte de baisse de nos '
      'dotations ; la mise à disposition de la chargée de mission est reconduite.'],
     1),
    # twocol: a citizens' panel report on an agglomeration's digital future (pdfLaTeX, one column):
    # method introduction with a demand hidden in a sentence, « Proposition n° N – title » blocks each
    # followed by an italic vote line (« Adoptée à 87 % – Pour 34 – Contre 4 – Abstention 1 »), three
    # propositions rejected by the vote, axis headings, a vote results table at the end
    ('../matching-checks/twocol/corpus/twocol/rapport-panel-citoyen-numerique-2030.pdf', 'twocol-rapport-panel-citoyen-numerique-2030',
     [], [], 23),
    # the agglomeration's strategy as a two-column brochure (pdfLaTeX twocolumn, babel french: words
    # hyphenated at line ends, fi/fl ligatures, a drop cap opening each chapter, pull quotes set across
    # both columns, framed « Chiffres clés » boxes, running headers, « Action N – » in bold in the text)
    ('../matching-checks/twocol/corpus/twocol/strategie-numerique-2027-2032-brochure.pdf', 'twocol-strategie-numerique-2027-2032-brochure',
     [],
     ["L'accueil physique sans rendez-vous est maintenu à la Maison de l'agglomération et dans les trois pôles "
      "territoriaux pour l'ensemble des démarches : aucune démarche ne sera accessible uniquement en ligne.",
      "Garantir l'accès au très haut débit FttH à tous les foyers du territoire, hameaux compris, d'ici la fin de "
      "l'année 2027.",
      "Les données personnelles des usagers seront confiées exclusivement à un hébergeur qualifié SecNumCloud, "
      "soumis au seul droit de l'Union européenne."],
     0),
    # fichespdf: a conseil de développement's opinion written in Word (python-docx: title page, Heading 1-3
    # styles, « Préconisation n : title » Heading 3 each over a paragraph explaining it, two préconisations
    # holding two demands in one sentence, a « Ce que nous avons entendu » table of citizens' quotes, real
    # footnotes, an « En résumé » bulleted list repeating every préconisation in short form) and the
    # agglomeration's digital strategy as a reportlab PDF of action fiches, one per page (a coloured
    # « Axe n – … » header band, « Fiche action n° n : title », a two-column table Contexte / Objectifs /
    # Description / Pilote / Partenaires / Calendrier / Budget / Indicateurs de suivi, a study or a pilot
    # only, one fiche « Action abandonnée », a contents list with dot leaders, footer and page numbers)
    ('../matching-checks/fichespdf/corpus/fichespdf/avis-codev-strategie-numerique-mars-2026.docx',
     'fichespdf-avis-codev-strategie-numerique-mars-2026',
     [
         'et de réaliser un audit de sécurité des systèmes informatiques de chacune des 31 communes.',
     ],
     [], 16),
    ('../matching-checks/fichespdf/corpus/fichespdf/valcourbe-agglo-strategie-numerique-2026-2031-fiches-actions.pdf',
     'fichespdf-valcourbe-agglo-strategie-numerique-2026-2031-fiches-actions',
     [],
     [
         "Action abandonnée : au vu de son coût et de la faible fréquentation des applications comparables, le projet d'application mobile unique n'est pas retenu ; les informations restent accessibles sur le site internet de l'agglomération.",
     ], 39),
]


@pytest.mark.parametrize("name, expected, missed, wrong, extra", CASES, ids=[Path(c[0]).name for c in CASES])
def test_unseen_document(name, expected, missed, wrong, extra):
    got = compare(DATA / name, DATA / f"{expected}.expected.csv")
    assert got == (missed, wrong, extra)
