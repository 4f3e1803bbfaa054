"""Segmentation of structured documents: numbered strategies, numbered practice headings,
lead-ins, and the cheap infinitive pre-test."""
from pathlib import Path

import pytest

from nlp_stn.extract import extract
from nlp_stn.extract.base import TextBuilder
from nlp_stn.model import DocMeta, Document
from nlp_stn.segment import _may_start_with_infinitive, classify_leadin, parse_label, segment, title_prior

DATA = Path(__file__).resolve().parent / "data" / "segment"
STRATEGY = DATA / "strategie-territoriale.md"
O11 = "Objectif 1.1 : Réduire la fracture numérique"
O12 = "Objectif 1.2 : Rendre les services publics accessibles"
O21 = "Objectif 2.1 : Allonger la durée de vie des équipements"
TITLE = "Stratégie numérique du territoire 2024-2028"
A1 = f"{TITLE} > Axe 1 : Un numérique inclusif"
A2 = f"{TITLE} > Axe 2 : Un numérique responsable"
EXPECTED = [
    ("objective", "Axe 1", TITLE, "", "Un numérique inclusif"),
    ("objective", "Objectif 1.1", A1, "Axe 1", O11.split(" : ", 1)[1]),
    ("action", "Action 1.1.1", f"{A1} > {O11}", "Objectif 1.1",
     "Ouvrir un tiers-lieu numérique dans chaque commune de plus de 5 000 habitants."),
    ("action", "Action 1.1.2", f"{A1} > {O11}", "Objectif 1.1",
     "Former cinquante aidants numériques par an avec les centres sociaux."),
    ("indicator", "", f"{A1} > {O11}", "Objectif 1.1", "Nombre de tiers-lieux ouverts"),
    ("indicator", "", f"{A1} > {O11}", "Objectif 1.1", "Nombre d'aidants formés chaque année"),
    ("objective", "Objectif 1.2", A1, "Axe 1", O12.split(" : ", 1)[1]),
    ("action", "Action 1.2.1", f"{A1} > {O12}", "Objectif 1.2", "Rendre conformes au RGAA tous les sites de la collectivité."),
    ("indicator", "", f"{A1} > {O12}", "Objectif 1.2", "Taux de conformité RGAA des sites"),
    ("objective", "Axe 2", TITLE, "", "Un numérique responsable"),
    ("objective", "Objectif 2.1", A2, "Axe 2", O21.split(" : ", 1)[1]),
    ("action", "Action 2.1.1", f"{A2} > {O21}", "Objectif 2.1", "Porter la durée d'usage des ordinateurs à sept ans."),
    ("action", "Action 2.1.2", f"{A2} > {O21}", "Objectif 2.1",
     "Confier le réemploi des équipements à une entreprise d'insertion."),
    ("indicator", "", f"{A2} > {O21}", "Objectif 2.1", "Âge moyen du parc informatique"),
]


def summary(segments):
    by_id = {s.id: s for s in segments}
    return [(s.kind, s.label, s.heading, by_id[s.parent].label if s.parent else "", s.text) for s in segments]


@pytest.mark.parametrize("meta", [DocMeta(kind="strategy"), DocMeta()], ids=["manifest", "no-manifest"])
def test_territorial_strategy_units_are_exact(meta):
    """Axe > Objectif > Action numbering, "Indicateurs :" lists, the calendar table (no units),
    and no "il faut" sentence of the introduction, with or without a manifest."""
    doc = extract(STRATEGY, doc_id="strategie-territoriale.md", meta=meta)
    assert summary(segment(doc)) == EXPECTED


def test_plural_nouns_before_a_colon_are_lead_ins_not_labels():
    assert parse_label("Indicateurs :") == ("", "", "Indicateurs :")
    assert parse_label("Décisions :") == ("", "", "Décisions :")
    assert parse_label("Action A : Former") == ("Action A", "action", "Former")
    assert parse_label("Action 1.1.2 : Former")[:2] == ("Action 1.1.2", "action")


def _document(blocks, kind="other"):
    builder = TextBuilder()
    for block_kind, text, level, marker in blocks:
        builder.add(block_kind, text, level=level, marker=marker)
    ex = builder.build()
    return Document(id="guide.pdf", path="guide.pdf", format="pdf", title="", text=ex.text, blocks=ex.blocks,
                    meta=DocMeta(kind=kind))


def _with_table(blocks, rows, numbered=False, doc_id="doc.docx"):
    """A document of ``blocks`` (kind, text, level, marker) followed by a table whose first
    row is its header; with ``numbered``, the cells of a row carry its first cell as marker
    (as the DOCX reader gives a "N°" column)."""
    b = TextBuilder()
    for kind, text, level, marker in blocks:
        b.add(kind, text, level=level, marker=marker)
    header = rows[0]
    for row, cells in enumerate(rows):
        for col, cell in enumerate(cells):
            b.add("table_cell", cell, table=1, row=row, col=col, header=header[col],
                  marker=cells[0] if numbered and row and col else "")
    ex = b.build()
    return Document(id=doc_id, path=doc_id, format=doc_id.rsplit(".", 1)[-1], title="", text=ex.text,
                    blocks=ex.blocks, meta=DocMeta())


def test_numbered_practice_headings_are_units_with_their_details():
    doc = _document([
        ("heading", "Stratégie et gouvernance", 2, ""),
        ("paragraph", "Il faut d'abord comprendre le contexte de l'organisation.", 0, ""),
        ("heading", "a", 2, ""),  # a decorative chapter letter: not a section
        ("heading", "a.6 Acter la démarche dans une charte", 6, "a.6"),
        ("paragraph", "Pour cela, il faut associer les collaborateurs à sa rédaction.", 0, ""),
        ("paragraph", "Exemples d'indicateurs de pilotage", 0, ""),
        ("list_item", "Existence d'une charte : oui / non", 0, "→"),
        ("heading", "a.7 Présentation des travaux", 6, "a.7"),  # no infinitive: not a unit
        ("heading", "a.8 Réemployer en remettant en état", 6, "a.8"),  # a capitalised rare verb
    ])
    units = segment(doc)
    by_id = {s.id: s for s in units}
    assert [(s.kind, s.label, s.heading, by_id[s.parent].label if s.parent else "", s.text) for s in units] == [
        ("recommendation", "", "Stratégie et gouvernance", "", "Il faut d'abord comprendre le contexte de l'organisation."),
        ("recommendation", "a.6", "Stratégie et gouvernance", "", "Acter la démarche dans une charte"),
        ("indicator", "", "Stratégie et gouvernance > a.6 Acter la démarche dans une charte", "a.6",
         "Existence d'une charte : oui / non"),
        ("recommendation", "a.8", "Stratégie et gouvernance", "", "Réemployer en remettant en état"),
    ]
    assert doc.text[units[1].start:units[1].end] == "Acter la démarche dans une charte"


@pytest.mark.parametrize(
    "head, expected",
    [
        ("Mettre en place un atelier", True),
        ("S’inscrire dans une logique", True),
        ("Ne pas négliger les mesures", True),
        ("« Développer les usages »", True),
        ("L’analyse globale des problèmes", False),
        ("La définition d'indicateurs", False),
        ("Direction générale", False),
        ("3 ateliers ont été menés", False),
        ("N’hésitez pas à contribuer", False),
        # an object pronoun before the verb: spaCy tells it from an article
        ("Les signaler au dispositif", True),
        ("Les habitants du bourg", False),
        ("", False),
    ],
)
def test_cheap_infinitive_pretest(head, expected):
    assert _may_start_with_infinitive(head) is expected


def test_lead_ins_are_read_from_their_last_sentence_and_difficulties_are_not_units():
    doc = _document([
        ("heading", "Démarche", 1, ""),
        ("paragraph", "Un travail de fond était nécessaire. Cela a permis de classer les critères en trois catégories :", 0, ""),
        ("list_item", "Les critères validés lors de la revue finale", 0, "•"),
        ("paragraph", "Plusieurs incertitudes sont apparues au fur et à mesure des travaux :", 0, ""),
        ("list_item", "La définition précise du périmètre de mesure du parc", 0, "•"),
        ("heading", "Les principales difficultés rencontrées", 1, ""),
        ("list_item", "Mobiliser les équipes pendant les congés d'été", 0, "•"),
        ("heading", "Prochaines étapes", 1, ""),
        ("paragraph", "Le plan comporte trois mesures :", 0, ""),
        ("list_item", "Étendre la mesure à tous les sites du ministère", 0, "•"),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("action", "Étendre la mesure à tous les sites du ministère"),
    ]


def test_a_demand_before_the_last_sentence_introducing_a_list_is_kept():
    doc = _document([
        ("heading", "Avis du conseil citoyen", 1, ""),
        ("heading", "Les écoles", 2, ""),
        # a dated report ("En 2019, … a souhaité que") tells what happened, it asks nothing
        ("paragraph", "En 2019, la commune a souhaité que le conseil rende un avis. Les écoles manquent de "
                      "tablettes. Le conseil souhaite que la commune équipe chaque classe avant la rentrée. "
                      "Nous pensons aussi qu'il faut :", 0, ""),
        ("list_item", "Former les enseignants aux outils numériques", 0, "•"),
        ("paragraph", "Le matériel est ancien. Il a été acheté en 2012 :", 0, ""),
        ("list_item", "Des ordinateurs portables", 0, "•"),
    ], kind="opinion")
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("recommendation", "Le conseil souhaite que la commune équipe chaque classe avant la rentrée."),
        ("recommendation", "Former les enseignants aux outils numériques"),
    ]


OPINION = DATA / "avis-conseil-developpement.md"
T = "Avis du Conseil de développement sur la stratégie numérique"
S1, S2, S3 = (f"{T} > 1. Réduire la fracture numérique", f"{T} > 2. Ouvrir les données publiques",
              f"{T} > 3. Aménagement numérique")


def test_opinion_in_markdown_units_are_exact():
    """Labelled recommendations, "préconise de" / "il conviendrait de" sentences, a bulleted
    list after "Le Conseil recommande :", a labelled title line alone (nested in its Markdown
    section, not closing it), a numbered list whose middle item starts with a verb the tagger
    misses ("Résorber"), and "Nous proposons enfin que ..."."""
    doc = extract(OPINION, doc_id="avis-conseil-developpement.md")
    assert [(s.kind, s.label, s.heading, s.text) for s in segment(doc)] == [
        ("recommendation", "Recommandation n° 1", S1, "Créer un réseau de médiateurs numériques dans chaque commune."),
        ("recommendation", "Recommandation n° 2", S1,
         "Maintenir un accueil physique dans les mairies pour les personnes éloignées du numérique."),
        ("recommendation", "", S1, "Le Conseil de développement préconise de former les agents d'accueil aux outils numériques."),
        ("recommendation", "", S1, "Il conviendrait de développer des ateliers intergénérationnels dans les médiathèques."),
        ("recommendation", "", S2, "de publier les délibérations et les budgets en données ouvertes ;"),
        ("recommendation", "", S2, "d'associer les habitants au choix des jeux de données publiés ;"),
        ("recommendation", "", S2, "de proposer des outils de visualisation simples."),
        ("recommendation", "Préconisation 5", S2, "Mettre en place un comité citoyen de la donnée"),
        ("recommendation", "1", S3, "Achever le déploiement de la fibre dans les zones rurales d'ici 2025."),
        ("recommendation", "2", S3, "Résorber les zones blanches de téléphonie mobile."),
        ("recommendation", "3", S3, "Évaluer chaque année la couverture réelle avec les habitants."),
        ("recommendation", "", S3, "Nous proposons enfin que la métropole rende compte chaque année de l'avancement "
         "de sa stratégie devant le Conseil de développement."),
    ]


def test_a_noun_among_verbal_items_is_still_left_out():
    """The sibling rule only rescues items whose first word may be a verb (-er/-ir/-re/-oir)."""
    doc = _document([
        ("heading", "Propositions", 1, ""),
        ("list_item", "Créer un fonds local", 0, "-"),
        ("list_item", "Développer les usages", 0, "-"),
        ("list_item", "Le numérique pour tous", 0, "-"),
    ])
    assert [s.text for s in segment(doc)] == ["Créer un fonds local", "Développer les usages"]


@pytest.mark.parametrize("title, kind", [
    ("Schéma territorial du numérique : l'avis du conseil de développement", "recommendation"),
    ("Cahier de contributions citoyennes", "recommendation"),
    ("STRATÉGIE NUMÉRIQUE DE TERRITOIRE 2025-2030", "action"),
    ("Plan d'actions numérique de la commune", "action"),
    ("Feuille de route numérique responsable", "action"),
    ("Stratégie et gouvernance", ""),  # a section name, not the name of a plan
    ("Compte rendu du groupe de travail", ""),
    # a deliberation decides on the consultation it names, unless it gives an opinion
    ("Délibération n° 2025-083 – Budget participatif : projets lauréats", ""),
    # the projects an authority retained after a vote: its answer to the proposals
    ("Budget participatif 2027 : les 12 projets retenus - Ville de Saint-Orens", "action"),
    ("Appel à idées jeunesse : découvrez les lauréates", "action"),
    ("Budget participatif : résultats du vote", "action"),
    ("Budget participatif 2027 : déposez vos idées", "recommendation"),
    ("Délibération portant avis sur le bilan de la concertation", "recommendation"),
    # a public stand names the plan it criticises
    ("Tribune – « Schéma numérique : la majorité doit revoir sa copie »", "recommendation"),
    ("Lettre ouverte sur le plan vélo de la métropole", "recommendation"),
    # a candidate list's programme: its pledges; not proposals put to the candidates, nor an
    # opinion on the programme
    ("Projet de mandat 2026-2032 – Nos 25 engagements", "action"),
    ("Programme municipal 2026-2032", "action"),
    ("Profession de foi de la liste « Vivre à Kerhuel »", "action"),
    ("Élections municipales 2026 : nos 12 propositions aux candidats", "recommendation"),
    ("Avis du conseil de quartier sur le projet de mandat", "recommendation"),
    ("Propositions du conseil des aînés pour le projet de mandat", "recommendation"),
    ("Nos 12 propositions pour Kerhuel", "recommendation"),  # no list signs them (see test_segment)
    # a territory's food plan (« projet alimentaire territorial »); not an opinion on it
    ("PROJET ALIMENTAIRE TERRITORIAL", "action"),
    ("Projets alimentaires territoriaux du Val de Brume", "action"),
    ("Contribution du conseil de développement au projet alimentaire territorial", "recommendation"),
    ("Projet alimentaire", ""),
])
def test_title_prior(title, kind):
    assert title_prior(title) == kind


def test_a_strategy_title_makes_unlabelled_items_actions_and_il_faut_an_explanation():
    doc = _document([
        ("paragraph", "Plan d'actions numérique de la commune 2025", 0, ""),
        ("paragraph", "Il faut d'abord rappeler que la commune compte 3 000 habitants.", 0, ""),
        ("heading", "Services en ligne", 2, ""),
        ("list_item", "Mettre en ligne la prise de rendez-vous", 0, "1"),
        ("list_item", "Proposer le paiement en ligne de la cantine", 0, "2"),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("action", "Mettre en ligne la prise de rendez-vous"),
        ("action", "Proposer le paiement en ligne de la cantine"),
    ]
    # the same items in a document that calls itself an opinion are demands, "il faut" one too
    doc = _document([("paragraph", "Avis du conseil citoyen sur le plan numérique", 0, "")] + [
        ("paragraph", "Il faut d'abord associer les habitants à chaque projet.", 0, ""),
        ("heading", "Services en ligne", 2, ""),
        ("list_item", "Mettre en ligne la prise de rendez-vous", 0, "1"),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("recommendation", "Il faut d'abord associer les habitants à chaque projet."),
        ("recommendation", "Mettre en ligne la prise de rendez-vous"),
    ]


def test_demands_and_findings_of_an_opinion_are_told_apart():
    findings = [
        "Les propositions que nous avons recueillies portent sur trois thèmes.",
        "Les demandes que les habitants adressent aux mairies concernent surtout les impôts.",
        "Il faut souligner que les bibliothèques jouent déjà un rôle important.",
        "Plusieurs habitants nous ont indiqué qu'il faudrait parfois plus de deux heures pour une démarche.",
        "Les usagers rencontrés estiment qu'il faut en moyenne trois visites.",
        "Il est important de considérer que le déploiement est avancé.",
    ]
    demands = [
        "Il serait utile de créer un observatoire local des usages numériques.",
        "Il nous paraît indispensable de maintenir des guichets physiques.",
        "Le Conseil préconise la création d'un fonds de soutien aux tiers-lieux.",
        "Nous appelons la collectivité à publier ses données ouvertes.",
        "Ce serait bien d'ouvrir les médiathèques le dimanche.",
        "Le Conseil attire l'attention sur la nécessité d'une gouvernance partagée.",
        "Une attention particulière devra être portée aux personnes en situation de handicap.",
        "Le Conseil insiste sur l'accessibilité des sites publics.",
        "Pourquoi ne pas mutualiser les achats de logiciels entre communes ?",
        "Nous souhaitons donc que la métropole publie ses budgets.",
    ]
    doc = _document(
        [("heading", "Avis du conseil de développement", 1, ""), ("heading", "Constats", 2, "")]
        + [("paragraph", t, 0, "") for t in findings]
        + [("heading", "Préconisations", 2, "")]
        + [("paragraph", t, 0, "") for t in demands]
        + [("paragraph", "Comment financer ces lieux ?", 0, "")]
    )
    # "indispensable de": the unit is what is deemed indispensable (the infinitive clause)
    expected = [t.replace("Il nous paraît indispensable de m", "m") for t in demands]
    assert [(s.kind, s.text) for s in segment(doc)] == (
        [("recommendation", t) for t in expected] + [("question", "Comment financer ces lieux ?")]
    )


@pytest.mark.parametrize("text, expected", [
    ("Axe stratégique 1 : Un territoire inclusif", ("Axe stratégique 1", "objective", "Un territoire inclusif")),
    ("Objectif opérationnel 1.1 : Accompagner", ("Objectif opérationnel 1.1", "objective", "Accompagner")),
    ("Fiche n°3 : Former les secrétaires", ("Fiche n° 3", "action", "Former les secrétaires")),
    ("Action phare : Ouvrir une maison", ("Action phare", "action", "Ouvrir une maison")),
    ("Orientation stratégique 3 : Sobriété", ("Orientation stratégique 3", "objective", "Sobriété")),
    ("Contribution 12 – Mme R.", ("Contribution 12", "recommendation", "Mme R.")),
    ("Chantier 2 : Réemployer", ("Chantier 2", "action", "Réemployer")),
    # not labels: a noun and an adjective, a lead-in, a practical sheet, a label without text
    ("Action publique locale", ("", "", "Action publique locale")),
    ("Actions prioritaires :", ("", "", "Actions prioritaires :")),
    ("Fiche pratique : le RGPD", ("", "", "Fiche pratique : le RGPD")),
    ("Action phare :", ("", "", "Action phare :")),
])
def test_labels_with_a_qualifier_or_another_noun(text, expected):
    assert parse_label(text) == expected


def test_a_summary_table_of_the_numbered_demands_adds_no_unit_and_a_labelled_leadin_labels_its_items():
    doc = _with_table([
        ("heading", "Avis du conseil de développement", 1, ""),
        ("paragraph", "Préconisation n°1 : Publier un calendrier de raccordement des hameaux.", 0, ""),
        ("paragraph", "Préconisation n°2 : Le Conseil de développement recommande de :", 0, ""),
        ("list_item", "créer un fonds d'aide à l'équipement ;", 0, "•"),
        ("list_item", "mutualiser les achats de matériel.", 0, "•"),
        ("paragraph", "Préconisation n°3 : Ouvrir les données de mobilité.", 0, ""),
        ("heading", "Synthèse des préconisations", 2, ""),
    ], [("N°", "Préconisation"), ("1", "Publier un calendrier"), ("2", "Aider les ménages à s'équiper"),
        ("3", "Ouvrir les données")])
    assert [(s.label, s.text) for s in segment(doc)] == [
        ("Préconisation n° 1", "Publier un calendrier de raccordement des hameaux."),
        ("Préconisation n° 2", "créer un fonds d'aide à l'équipement ;"),
        ("Préconisation n° 2", "mutualiser les achats de matériel."),
        ("Préconisation n° 3", "Ouvrir les données de mobilité."),
    ]


def test_a_table_with_a_numbers_column_that_sums_up_nothing_keeps_its_units():
    doc = _with_table([("heading", "Plan d'actions numérique", 1, "")],
                      [("N°", "Action"), ("1", "Publier un calendrier de raccordement"),
                       ("2", "Aider les ménages à s'équiper")])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("action", "Publier un calendrier de raccordement"), ("action", "Aider les ménages à s'équiper"),
    ]


def test_a_short_title_and_its_items_on_one_line():
    doc = _document([
        ("heading", "Schéma numérique", 1, ""),
        ("paragraph", "Action 1.1 : Déployer des permanences numériques dans les mairies.", 0, ""),
        ("paragraph", "Indicateurs : nombre de permanences tenues ; nombre de personnes accompagnées.", 0, ""),
        ("paragraph", "Pilote : service social. Calendrier : 2026.", 0, ""),
        ("paragraph", "Actions prévues : mettre en ligne l'état civil ; créer un guichet unique.", 0, ""),
        # items that are not actions (no infinitive): not split into actions
        ("paragraph", "Actions réalisées : le site, la charte.", 0, ""),
    ])
    units = segment(doc)
    assert all(doc.text[u.start:u.end] == u.text for u in units)  # offsets point at each item
    assert [(s.kind, s.label, s.text) for s in units] == [
        ("action", "Action 1.1", "Déployer des permanences numériques dans les mairies."),
        ("indicator", "", "nombre de permanences tenues"),
        ("indicator", "", "nombre de personnes accompagnées"),
        ("action", "", "mettre en ligne l'état civil"),
        ("action", "", "créer un guichet unique"),
    ]


def test_contents_lines_containers_and_lettered_objectives():
    doc = _document([
        ("paragraph", "Feuille de route numérique responsable", 0, ""),
        ("heading", "Sommaire", 2, ""),
        # a typed table of contents: the label comes again below, the line ends with a page
        ("paragraph", "Engagement 1 – Allonger la durée de vie des équipements 2", 0, ""),
        ("heading", "Engagement 1 – Allonger la durée de vie des équipements", 2, ""),
        ("paragraph", "Mesure 1 : Porter à sept ans la durée d'usage des ordinateurs.", 0, ""),
        ("paragraph", "Mesure 2 : Développer le réemploi des équipements.", 0, ""),
        ("heading", "Services sobres", 2, ""),
        ("list_item", "Simplifier les démarches", 0, "A"),
        ("list_item", "Mettre en ligne l'état civil", 1, "→"),
        ("list_item", "Créer un guichet unique", 1, "→"),
    ])
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("objective", "Engagement 1", "Allonger la durée de vie des équipements"),
        ("action", "Mesure 1", "Porter à sept ans la durée d'usage des ordinateurs."),
        ("action", "Mesure 2", "Développer le réemploi des équipements."),
        ("objective", "A", "Simplifier les démarches"),
        ("action", "", "Mettre en ligne l'état civil"),
        ("action", "", "Créer un guichet unique"),
    ]


def test_a_strategy_that_cites_the_opinion_it_answers_is_still_a_strategy():
    doc = _document([
        ("heading", "Stratégie numérique responsable 2025-2030", 1, ""),
        ("paragraph", "Cette stratégie répond aux attentes exprimées lors de la concertation de 2024 et à "
                      "l'avis du Conseil de développement rendu en mars.", 0, ""),
        ("heading", "Services en ligne", 2, ""),
        ("list_item", "Mettre en ligne la prise de rendez-vous", 0, "1"),
        ("list_item", "Proposer le paiement en ligne de la cantine", 0, "2"),
    ])
    assert [s.kind for s in segment(doc)] == ["action", "action"]
    # a document about the making of a strategy gathers proposals
    assert title_prior("Accompagnement de la métropole dans l'élaboration de sa stratégie numérique") == "recommendation"
    assert title_prior("Budget participatif 2024 : les résultats") == "recommendation"


def test_a_deliberation_decides_by_articles_and_its_reasons_are_not_demands():
    doc = _document([
        ("paragraph", "Extrait du registre des délibérations", 0, ""),
        ("paragraph", "Considérant qu'il est nécessaire d'associer le Conseil de développement au suivi ;", 0, ""),
        ("paragraph", "Le Conseil communautaire, après en avoir délibéré, DÉCIDE :", 0, ""),
        ("paragraph", "Article 1er : D'approuver la stratégie numérique responsable 2025-2030.", 0, ""),
        ("paragraph", "Article 2 : De créer un comité de suivi de la stratégie.", 0, ""),
    ])
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("decision", "Article 1er", "D'approuver la stratégie numérique responsable 2025-2030."),
        ("decision", "Article 2", "De créer un comité de suivi de la stratégie."),
    ]
    # outside a deliberation, "Article 3 :" cites a law: no decision
    doc = _document([
        ("heading", "Guide des achats responsables", 1, ""),
        ("paragraph", "Article 3 : les acheteurs publics favorisent le réemploi.", 0, ""),
    ])
    assert [s.kind for s in segment(doc)] == []


def test_a_deliberation_turns_down_the_proposals_it_names_and_its_appeal_notice_decides_nothing():
    doc = _document([
        ("paragraph", "Extrait du registre des délibérations du conseil municipal", 0, ""),
        ("paragraph", "Après en avoir délibéré, le Conseil municipal DÉCIDE :", 0, ""),
        ("paragraph", "Article 1er : D'approuver le programme d'équipement des écoles.", 0, ""),
        ("paragraph", "Article 2 : La présente délibération peut faire l'objet d'un recours devant le "
                      "tribunal administratif dans un délai de deux mois.", 0, ""),
        ("paragraph", "Propositions non retenues", 0, ""),
        ("list_item", "Proposition n° 8 (piscine chauffée) : non retenue, son coût dépassant le budget annuel.", 0, "•"),
        ("list_item", "Proposition n° 9 (passage piéton) : hors sujet ; transmise au Département.", 0, "•"),
    ])
    assert [(s.kind, s.label, s.state, s.text) for s in segment(doc)] == [
        ("decision", "Article 1er", "", "D'approuver le programme d'équipement des écoles."),
        ("decision", "Proposition n° 8", "non retenue",
         "(piscine chauffée) : non retenue, son coût dépassant le budget annuel."),
        ("decision", "Proposition n° 9", "non retenue", "(passage piéton) : hors sujet ; transmise au Département."),
    ]
    # in a consultation's summary, the same words restate a proposal of the participants
    doc = _document([
        ("heading", "Synthèse des contributions des habitants", 1, ""),
        ("list_item", "Proposition n° 9 : créer un passage piéton devant l'école.", 0, "•"),
    ], kind="opinion")
    assert [(s.kind, s.label) for s in segment(doc)] == [("recommendation", "Proposition n° 9")]


def test_in_an_opinion_a_demand_in_the_explanation_of_a_titled_recommendation_is_kept():
    doc = _document([
        ("heading", "Avis du conseil de développement", 1, ""),
        ("heading", "Suivre la mise en œuvre", 2, ""),
        ("paragraph", "Le comité se réunira deux fois. Nous demandons enfin que le bilan soit transmis au conseil.", 0, ""),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("recommendation", "Suivre la mise en œuvre"),
        ("recommendation", "Nous demandons enfin que le bilan soit transmis au conseil."),
    ]


def test_in_an_opinion_a_title_over_questions_or_a_listed_demand_names_a_theme():
    # the section asks by itself (a question, a lead-in over a list): the title is its theme
    doc = _document([
        ("heading", "Avis du conseil citoyen", 1, ""),
        ("heading", "Être accompagné pour ses démarches", 2, ""),
        ("paragraph", "Notre conseillère numérique est partie en juin. Est-il prévu de la remplacer ?", 0, ""),
        ("paragraph", "Plus largement, nous souhaitons :", 0, ""),
        ("list_item", "une permanence à la maison de quartier ;", 0, "•"),
        ("list_item", "une imprimante en libre accès.", 0, "•"),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("recommendation", "Notre conseillère numérique est partie en juin. Est-il prévu de la remplacer ?"),
        ("recommendation", "une permanence à la maison de quartier ;"),
        ("recommendation", "une imprimante en libre accès."),
    ]
    # over its explanation alone, the same title is the demand, its paragraph the description
    doc = _document([
        ("heading", "Avis du conseil citoyen", 1, ""),
        ("heading", "Être accompagné pour ses démarches", 2, ""),
        ("paragraph", "Notre conseillère numérique est partie en juin et les files d'attente s'allongent.", 0, ""),
    ])
    assert [(s.kind, s.text, s.detail) for s in segment(doc)] == [
        ("recommendation", "Être accompagné pour ses démarches",
         "Notre conseillère numérique est partie en juin et les files d'attente s'allongent."),
    ]
    # a lone verb names a theme, never a demand
    doc = _document([
        ("heading", "Avis du conseil citoyen", 1, ""),
        ("heading", "Participer", 2, ""),
        ("paragraph", "Les habitants veulent avoir leur mot à dire sur les projets du quartier.", 0, ""),
    ])
    assert [s.text for s in segment(doc)] == []


def test_a_summary_table_with_dotted_numbers_adds_no_unit():
    doc = _with_table([
        ("heading", "Plan d'actions numérique", 1, ""),
        ("paragraph", "Action 1.1 : Ouvrir un espace numérique à la médiathèque.", 0, ""),
        ("paragraph", "Action 1.2 : Former les agents d'accueil.", 0, ""),
    ], [("N°", "Action", "Pilote"), ("1.1", "Ouvrir un espace numérique", "Culture"),
        ("1.2", "Former les agents", "Ressources humaines")])
    assert [(s.label, s.text) for s in segment(doc)] == [
        ("Action 1.1", "Ouvrir un espace numérique à la médiathèque."),
        ("Action 1.2", "Former les agents d'accueil."),
    ]


def test_tasks_and_action_columns_are_actions():
    doc = _with_table([
        ("heading", "Groupe de travail inclusion : compte rendu", 1, ""),
        ("list_item", "Contacter les mairies pour les permanences", 0, "☐"),
        ("list_item", "Envoyer le questionnaire aux associations", 0, "☑"),
    ], [("Action", "Responsable"), ("Commander les tablettes", "Léa"), ("?", "Marc")], doc_id="cr.md")
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("action", "Contacter les mairies pour les permanences"),
        ("action", "Envoyer le questionnaire aux associations"),
        ("action", "Commander les tablettes"),  # "?" alone in a cell is no unit
    ]


def test_cells_of_a_numbered_row_carry_its_number():
    doc = _with_table([("heading", "Avis du conseil de développement", 1, "")],
                      [("N°", "Recommandation"), ("1", "Publier une carte du déploiement de la fibre"),
                       ("2", "Créer un fonds d'aide à l'équipement")], numbered=True)
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("recommendation", "1", "Publier une carte du déploiement de la fibre"),
        ("recommendation", "2", "Créer un fonds d'aide à l'équipement"),
    ]


def test_cells_of_an_indicators_column_are_indicators():
    doc = _with_table([("heading", "Plan d'actions numérique", 1, "")],
                      [("Action", "Indicateur"), ("Ouvrir un espace numérique", "Nombre de visiteurs par an")])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("action", "Ouvrir un espace numérique"), ("indicator", "Nombre de visiteurs par an"),
    ]


def test_a_wish_with_its_infinitive_and_a_question_quoted_in_a_sentence():
    doc = _document([
        ("heading", "Avis du conseil de développement", 1, ""),
        ("paragraph", "Le Conseil souhaite être associé au suivi. Le CDPL souhaite rappeler que le schéma date de 2016.", 0, ""),
        ("paragraph", "Son avis de 2020 est resté sans suite : il souhaite cette fois obtenir une réponse écrite.", 0, ""),
        ("paragraph", "M. Tanguy a interrogé l'exécutif : « Quel budget sera réservé aux petites communes ? » "
                      "Le Président a répondu.", 0, ""),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("recommendation", "Le Conseil souhaite être associé au suivi."),
        ("recommendation", "Son avis de 2020 est resté sans suite : il souhaite cette fois obtenir une réponse écrite."),
        ("question", "Quel budget sera réservé aux petites communes ?"),
    ]


# --- record tables ("fiches action") --------------------------------------------------------

from nlp_stn.segment import cell_items, field_kind, semicolon_items  # noqa: E402


def _record_doc(title, rows, blocks=(("heading", "Plan d'actions numérique", 1, ""),), doc_id="plan.docx"):
    """A document of ``blocks`` then a two-column table as the readers give a fiche: row 0 the
    title (one cell, no header) when ``title``, then field / value rows without column header."""
    b = TextBuilder()
    for kind, text, level, marker in blocks:
        b.add(kind, text, level=level, marker=marker)
    first = 0
    if title:
        b.add("table_cell", title, table=0, row=0, col=0)
        first = 1
    for row, (name, value) in enumerate(rows, start=first):
        b.add("table_cell", name, table=0, row=row, col=0)
        b.add("table_cell", value, table=0, row=row, col=1)
    ex = b.build()
    return Document(id=doc_id, path=doc_id, format=doc_id.rsplit(".", 1)[-1], title="", text=ex.text,
                    blocks=ex.blocks, meta=DocMeta())


def _units(doc):
    units = segment(doc)
    labels = {u.id: u.label or u.text[:20] for u in units}
    return [(u.kind, u.label, u.text, labels.get(u.parent, "")) for u in units]


def test_field_kind_from_the_field_name():
    assert [field_kind(name) for name in (
        "Objectif(s)", "Objectifs opérationnels :", "Indicateurs de suivi / d'évaluation", "Action(s)",
        "Principales mesures", "Description de l'action", "Modalités de mise en œuvre", "Intitulé",
        "Pilote / Porteur", "Partenaires", "Calendrier / Échéance", "Budget prévisionnel / Financement",
        "Contexte / Enjeux", "Public(s) cible(s)", "Territoire concerné", "Lorient",
        "Le Département lancera un marché.", "Un nom de champ beaucoup trop long pour en être un", "",
    )] == ["objective", "objective", "indicator", "action", "action", "detail", "detail", "title",
           "", "", "", "", "", "", "", "?", None, None, None]


def test_cell_items_split_paragraphs_and_bullets():
    # paragraphs, a bullet glyph of the Symbol font (U+F0B7) at line start or inside a line
    # (a PDF cell read as one line), dashes; the bullet is left out of the item's text
    text = "En s'appuyant sur l'ATD :\n\uf0b7 proposer un diagnostic ;\n\uf0b7 organiser des sessions"
    assert cell_items(text) == [(0, "En s'appuyant sur l'ATD :", False), (28, "proposer un diagnostic ;", True),
                                (55, "organiser des sessions", True)]
    assert [(t, m) for _, t, m in cell_items("\uf0b7 Sensibiliser les élus \uf0b7 Disposer d'une capacité")] == [
        ("Sensibiliser les élus", True), ("Disposer d'une capacité", True)]
    assert [(t, m) for _, t, m in cell_items("- Nombre A\n• Nombre B\n3. Nombre C\nTaux D")] == [
        ("Nombre A", True), ("Nombre B", True), ("Nombre C", True), ("Taux D", False)]
    # a dash inside a line and a lone bullet are no items
    assert [(t, m) for _, t, m in cell_items("2026 - 2028\n•")] == [("2026 - 2028", False)]
    text = "Nombre de permanences ; Nombre de personnes accompagnées"
    assert [(text[o:o + len(t)], t) for o, t in semicolon_items(0, text)] == [
        ("Nombre de permanences", "Nombre de permanences"),
        ("Nombre de personnes accompagnées", "Nombre de personnes accompagnées")]


FICHE_ROWS = [
    ("Objectif(s)", "\uf0b7 Sensibiliser les élus aux risques cyber\n\uf0b7 Disposer d'une capacité d'intervention rapide"),
    ("Contexte / Enjeux", "Quatre communes ont été victimes de rançongiciels ; deux mairies sont restées sans messagerie."),
    ("Description de l'action", "L'action se décline en trois volets :\n- proposer un diagnostic gratuit ;\n"
                                "- organiser des sessions de sensibilisation dans chaque canton ;\n"
                                "- mettre en place une astreinte mutualisée."),
    ("Pilote / Porteur", "Agence technique départementale"),
    ("Calendrier / Échéance", "2026 : 10 communes ; 2027 : 20"),
    ("Budget prévisionnel", "150 000 €/an"),
    ("Indicateurs de suivi", "Nombre de diagnostics réalisés ; Délai moyen d'intervention"),
]


def test_a_fiche_action_gives_its_action_objectives_actions_and_indicators():
    doc = _record_doc("Fiche action n°3 – Mettre en place un centre de ressources cybersécurité", FICHE_ROWS)
    assert _units(doc) == [
        ("action", "Fiche action n° 3", "Mettre en place un centre de ressources cybersécurité", ""),
        ("objective", "", "Sensibiliser les élus aux risques cyber", "Fiche action n° 3"),
        ("objective", "", "Disposer d'une capacité d'intervention rapide", "Fiche action n° 3"),
        ("action", "", "proposer un diagnostic gratuit", "Fiche action n° 3"),
        ("action", "", "organiser des sessions de sensibilisation dans chaque canton", "Fiche action n° 3"),
        ("action", "", "mettre en place une astreinte mutualisée.", "Fiche action n° 3"),
        ("indicator", "", "Nombre de diagnostics réalisés", "Fiche action n° 3"),
        ("indicator", "", "Délai moyen d'intervention", "Fiche action n° 3"),
    ]
    units = segment(doc)
    assert {u.heading for u in units} == {
        "Plan d'actions numérique",
        "Plan d'actions numérique > Fiche action n°3 – Mettre en place un centre de ressources cybersécurité"}
    # the unit's text is the document's text at its offsets
    assert all(doc.text[u.start:u.end].rstrip(" ;") == u.text for u in units)


def test_other_labels_of_a_fiche_title_and_a_record_without_title():
    doc = _record_doc("Action 2.1 : Créer un guichet numérique", FICHE_ROWS[-1:] + FICHE_ROWS[3:5])
    assert _units(doc)[0] == ("action", "Action 2.1", "Créer un guichet numérique", "")
    doc = _record_doc("FICHE 4 – OUVRIR LES DONNÉES ROUTIÈRES", FICHE_ROWS[3:])
    assert _units(doc)[0] == ("action", "Fiche 4", "OUVRIR LES DONNÉES ROUTIÈRES", "")
    # no title row: "Intitulé" names the record, the units of the fields after it are its own
    doc = _record_doc("", [("Intitulé", "Créer un guichet numérique unique"), ("Pilote", "DSI"),
                           ("Calendrier", "2027"), ("Indicateurs", "Nombre de démarches en ligne")])
    assert _units(doc) == [("action", "", "Créer un guichet numérique unique", ""),
                           ("indicator", "", "Nombre de démarches en ligne", "Créer un guichet num")]


def test_a_description_explains_its_fiche_title_its_items_are_actions():
    rows = [("Objectif", "Réduire les déplacements des résidents."),
            ("Description de l'action", "Équiper les EHPAD d'un chariot de téléconsultation. Un appel à projets "
                                        "financera les établissements associatifs."),
            ("Pilote", "Direction de l'autonomie"), ("Budget", "380 000 €")]
    # under a title, one paragraph of description details the fiche's action: no unit, the
    # action's description
    titled = segment(_record_doc("Fiche action n° 2 – Développer la télémédecine", rows))
    assert [(u.kind, u.label, u.text, u.detail) for u in titled] == [
        ("action", "Fiche action n° 2", "Développer la télémédecine",
         "Équiper les EHPAD d'un chariot de téléconsultation. Un appel à projets financera les établissements "
         "associatifs."),
        ("objective", "", "Réduire les déplacements des résidents.", "")]
    # without a title, a description that starts with an infinitive is the action
    assert [u[:2] for u in _units(_record_doc("", rows))] == [("objective", ""), ("action", "")]
    # paragraphs that all start with an infinitive are actions, even under a title
    listed = rows[:1] + [("Actions", "Équiper les EHPAD d'un chariot.\nFormer un binôme par établissement.")] + rows[2:]
    assert [u[2] for u in _units(_record_doc("Fiche action n° 2 – Développer la télémédecine", listed))][2:] == [
        "Équiper les EHPAD d'un chariot.", "Former un binôme par établissement."]
    # prose paragraphs of a description are no units
    prose = rows[:1] + [("Description", "Le Département lancera un marché.\nLa bascule se fera par vagues.")] + rows[2:]
    assert len(_units(_record_doc("", prose))) == 1


def test_a_table_with_two_field_names_is_no_record():
    # a first column of names (two known field words only once): an ordinary table
    rows = [("Action", "Pilote"), ("Créer des aires de covoiturage", "Région"), ("Former les agents", "CNFPT")]
    doc = _with_table([("heading", "Plan de mobilité", 1, "")], rows)
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("action", "Créer des aires de covoiturage"), ("action", "Former les agents")]


def test_a_labelled_title_row_heads_an_ordinary_table():
    b = TextBuilder()
    b.add("heading", "Plan climat de la communauté de communes", level=1)
    b.add("table_cell", "Axe 2 – Se déplacer autrement", table=0, row=0, col=0)
    for row, cells in enumerate([("Action", "Pilote"), ("Créer des aires de covoiturage", "Région"),
                                 ("Développer le transport à la demande", "Communauté de communes")], start=1):
        for col, text in enumerate(cells):
            b.add("table_cell", text, table=0, row=row, col=col)
    ex = b.build()
    doc = Document(id="p.docx", path="p.docx", format="docx", title="", text=ex.text, blocks=ex.blocks, meta=DocMeta())
    assert _units(doc) == [
        ("objective", "Axe 2", "Se déplacer autrement", ""),
        ("action", "", "Créer des aires de covoiturage", "Axe 2"),
        ("action", "", "Développer le transport à la demande", "Axe 2"),
    ]
    assert segment(doc)[1].heading == "Plan climat de la communauté de communes > Axe 2 – Se déplacer autrement"


PLAN_MD = """# Plan numérique de la communauté urbaine 2026-2030

## 1. Introduction

### 1.1 Contexte

Le territoire compte 120 000 habitants et de nombreuses données dispersées.

### 1.2 Méthode d'élaboration

Le plan a été préparé avec les communes pendant six mois.

## 2. Observer l'environnement

### 2.1 Capteurs de qualité de l'air

Un réseau de microcapteurs sera installé près des écoles. Pilote : direction Environnement. Calendrier : 2026-2027.

### 2.2. Suivi énergétique du patrimoine bâti

Les consommations des bâtiments seront relevées chaque heure ; Budget : 40 000 €

#### 2.3 - Télérelève des compteurs d'eau

La régie généralisera la télérelève.

## 3. Ouvrir les données

### 3.1 Portail de données ouvertes

#### 3.1.1 Refonte du portail

Le portail sera refondu.

#### 3.1.2 Catalogue des jeux de données

Un catalogue sera publié.

## 4. Suivi et évaluation du plan

### 4.1 Suivi et évaluation du plan

Un bilan annuel sera présenté.
"""


def test_numbered_titles_of_a_plan_are_its_actions(tmp_path):
    """In a plan, a title numbered below the chapters names an action even as a noun phrase;
    its paragraph is its description without who and when; a title holding titles numbered
    below it is an objective; the introduction's and follow-up's numbered sections are not
    actions; a title one style level too deep is still the sibling its number says."""
    path = tmp_path / "plan.md"
    path.write_text(PLAN_MD, encoding="utf-8")
    units = segment(extract(path, doc_id="plan.md"))
    title = "Plan numérique de la communauté urbaine 2026-2030"
    assert [(u.kind, u.label, u.heading, u.text, u.detail) for u in units] == [
        ("action", "2.1", f"{title} > 2. Observer l'environnement", "Capteurs de qualité de l'air",
         "Un réseau de microcapteurs sera installé près des écoles."),
        ("action", "2.2", f"{title} > 2. Observer l'environnement", "Suivi énergétique du patrimoine bâti",
         "Les consommations des bâtiments seront relevées chaque heure ;"),
        ("action", "2.3", f"{title} > 2. Observer l'environnement", "Télérelève des compteurs d'eau",
         "La régie généralisera la télérelève."),
        ("objective", "3.1", f"{title} > 3. Ouvrir les données", "Portail de données ouvertes", ""),
        ("action", "3.1.1", f"{title} > 3. Ouvrir les données > 3.1 Portail de données ouvertes",
         "Refonte du portail", "Le portail sera refondu."),
        ("action", "3.1.2", f"{title} > 3. Ouvrir les données > 3.1 Portail de données ouvertes",
         "Catalogue des jeux de données", "Un catalogue sera publié."),
    ]


def _word_plan(action_kind):
    """A plan as the DOCX reader gives Word's automatic numbering: numbered headings, actions as
    list items numbered by Word and labelled in their text (paragraphs in its PDF), a paragraph
    and a field table after the first action."""
    b = TextBuilder()

    def action(text, number):
        return (action_kind, text, 2, number) if action_kind == "list_item" else (action_kind, text, 0, "")

    for kind, text, level, marker in [
        ("heading", "Plan mobilité de la vallée 2027-2030", 1, ""),
        ("paragraph", "« Bouger mieux, bouger ensemble »", 0, ""),
        ("heading", "1. Mieux relier les villages", 1, ""),
        ("heading", "1.1 Des cars plus fréquents, toute l'année", 2, ""),
        action("Action 1.1.1 – Ajouter un car le dimanche entre les bourgs et la gare.", "1.1.1"),
        ("paragraph", "Aucun car ne circule le dimanche depuis 2019.", 0, ""),
    ]:
        b.add(kind, text, level=level, marker=marker)
    fields = [("Pilote", "Service mobilité"), ("Partenaires", "communes, Région"), ("Calendrier", "2027"),
              ("Indicateur", "nombre de voyageurs")]
    for row, (name, value) in enumerate(fields):
        b.add("table_cell", name, table=0, row=row, col=0, header="Pilote" if row else "")
        b.add("table_cell", value, table=0, row=row, col=1, header="Service mobilité" if row else "")
    for kind, text, level, marker in [
        action("Action 1.1.2 – Créer une ligne de transport à la demande pour les hameaux.", "1.1.2"),
        ("heading", "1.2 Partager la route sans danger", 2, ""),
        action("Action 1.2.1 – Tracer une voie cyclable le long de la rivière.", "1.2.1"),
        action("Action 1.2.2 – Limiter la vitesse à 30 km/h dans la traversée des bourgs.", "1.2.2"),
    ]:
        b.add(kind, text, level=level, marker=marker)
    ex = b.build()
    return Document(id="plan.docx", path="plan.docx", format="docx", title="", text=ex.text, blocks=ex.blocks,
                    meta=DocMeta())


@pytest.mark.parametrize("action_kind", ["list_item", "paragraph"])
def test_word_numbered_sub_headings_over_labelled_action_items_are_their_objectives(action_kind):
    """« 1.1 … » over « Action 1.1.1 » and « 1.2 Partager … » (an infinitive) over « Action 1.2.1 »
    are objectives; the paragraph and the field table after an action item are about that
    action; the quoted motto under the title is no unit."""
    units = segment(_word_plan(action_kind))
    by_id = {u.id: u for u in units}
    assert [(u.kind, u.label, by_id[u.parent].label if u.parent else "", u.text, u.detail) for u in units] == [
        ("objective", "1.1", "", "Des cars plus fréquents, toute l'année", ""),
        ("action", "Action 1.1.1", "1.1", "Ajouter un car le dimanche entre les bourgs et la gare.",
         "Aucun car ne circule le dimanche depuis 2019."),
        ("indicator", "", "Action 1.1.1", "nombre de voyageurs", ""),
        ("action", "Action 1.1.2", "1.1", "Créer une ligne de transport à la demande pour les hameaux.", ""),
        ("objective", "1.2", "", "Partager la route sans danger", ""),
        ("action", "Action 1.2.1", "1.2", "Tracer une voie cyclable le long de la rivière.", ""),
        ("action", "Action 1.2.2", "1.2", "Limiter la vitesse à 30 km/h dans la traversée des bourgs.", ""),
    ]


def test_quoted_lines_in_a_row_are_no_motto():
    doc = _document([
        ("heading", "Ce que les habitants proposent", 1, ""),
        ("paragraph", "« Ouvrir la médiathèque le dimanche »", 0, ""),
        ("paragraph", "« Installer des bancs le long du canal »", 0, ""),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("recommendation", "« Ouvrir la médiathèque le dimanche »"),
        ("recommendation", "« Installer des bancs le long du canal »"),
    ]


def test_numbered_noun_titles_of_an_opinion_are_sections(tmp_path):
    path = tmp_path / "avis.md"
    path.write_text("# Avis du conseil de développement sur le plan numérique\n\n## 2. Les services\n\n"
                    "### 2.1 Les tiers-lieux\n\nLes tiers-lieux manquent dans le nord du territoire.\n\n"
                    "Le conseil recommande d'ouvrir un tiers-lieu dans chaque bourg.\n", encoding="utf-8")
    units = segment(extract(path, doc_id="avis.md"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "", "Le conseil recommande d'ouvrir un tiers-lieu dans chaque bourg.")
    ]


def test_a_town_page_of_accordions_gives_its_numbered_actions_with_their_explanations():
    """A plan published as a web page: its title says « la réponse de la municipalité », its
    first section names the plan; themes as <details><summary> accordions, each an <ol> of
    noun-phrase titles with a <p> explaining them inside the <li> (who and when left out); a
    « Télécharger … (PDF, 2,3 Mo) » link is no unit."""
    doc = extract(DATA / "reponse-municipale-accordeons.html", doc_id="reponse.html")
    section = "Ville numérique : la réponse de la municipalité > Le plan d'actions « Montbazac numérique 2025-2028 »"
    assert [(u.kind, u.label, u.heading, u.text, u.detail) for u in segment(doc)] == [
        ("action", "1", f"{section} > Thème 1 – Démarches en ligne",
         "Dématérialisation des démarches administratives et ouverture d'un guichet numérique unique.",
         "Accessible 24 h/24, le guichet regroupera les demandes d'état civil et d'inscription scolaire."),
        ("action", "2", f"{section} > Thème 1 – Démarches en ligne",
         "Déploiement d'une solution de gestion de la relation citoyen (GRC).", ""),
        ("action", "1", f"{section} > Thème 2 – Tranquillité publique",
         "Extension du dispositif de vidéoprotection urbaine.", ""),
        ("action", "2", f"{section} > Thème 2 – Tranquillité publique", "Création d'un conseil local de la donnée", ""),
    ]


def test_a_table_of_indicators_and_their_targets_is_no_fiche():
    b = TextBuilder()
    b.add("heading", "Plan d'actions numérique", level=1)
    rows = [("Indicateur", "Cible 2028"), ("Durée moyenne d'utilisation des postes", "7 ans"),
            ("Part des achats reconditionnés", "20 %")]
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            b.add("table_cell", text, table=0, row=row, col=col, header="" if row == 0 else rows[0][col])
    ex = b.build()
    doc = Document(id="plan.docx", path="plan.docx", format="docx", title="", text=ex.text, blocks=ex.blocks,
                   meta=DocMeta())
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("indicator", "Durée moyenne d'utilisation des postes"), ("indicator", "Part des achats reconditionnés")]


def test_a_plan_table_gives_its_actions_with_their_numbers_sections_and_descriptions():
    """The table of a programme: « N° | Action | Description | Chef de file | Échéance », rows
    numbered « A1 », a row spanning the table for each axis. Short noun-phrase actions are
    actions; the description is their description; the axis is an objective over them; who
    and when give no unit."""
    b = TextBuilder()
    b.add("heading", "Programme départemental du numérique 2026-2029", level=1)
    header = ("N°", "Action", "Description", "Chef de file", "Échéance")
    rows = [header,
            ("Axe 1 — Des collèges pleinement numériques", "", "", "", ""),
            ("A1", "Nouvel ENT départemental", "Renouvellement du marché de l'espace numérique de travail.",
             "DEJS / Rectorat", "Rentrée 2026"),
            ("A2", "Équipe mobile d'assistance informatique", "Création d'une équipe de six techniciens.", "DSI",
             "2026")]
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            if text:
                b.add("table_cell", text, table=0, row=row, col=col, header="" if row == 0 else header[col])
    ex = b.build()
    doc = Document(id="programme.pdf", path="programme.pdf", format="pdf", title="", text=ex.text, blocks=ex.blocks,
                   meta=DocMeta())
    units = segment(doc)
    axis = "Programme départemental du numérique 2026-2029 > Axe 1 — Des collèges pleinement numériques"
    labels = {u.id: u.label for u in units}
    assert [(u.kind, u.label, u.text, u.detail, labels.get(u.parent, ""), u.heading) for u in units] == [
        ("objective", "Axe 1", "Des collèges pleinement numériques", "", "",
         "Programme départemental du numérique 2026-2029"),
        ("action", "A1", "Nouvel ENT départemental", "Renouvellement du marché de l'espace numérique de travail.",
         "Axe 1", axis),
        ("action", "A2", "Équipe mobile d'assistance informatique", "Création d'une équipe de six techniciens.",
         "Axe 1", axis),
    ]


def test_a_badge_under_an_action_is_no_description(tmp_path):
    path = tmp_path / "bilan.html"
    path.write_text("<h1>Bilan 2025 du plan d'actions numérique</h1><h2>1. Mobilités</h2>"
                    "<h3>1.1 Capteurs de qualité de l'air</h3><p>Réalisé</p>"
                    "<p>Douze capteurs ont été installés près des écoles.</p>", encoding="utf-8")
    assert [(u.kind, u.text, u.detail) for u in segment(extract(path, doc_id="bilan.html"))] == [
        ("action", "Capteurs de qualité de l'air", "Douze capteurs ont été installés près des écoles.")]


def test_an_answer_table_gives_the_answers_with_their_stated_fate_under_the_demand_they_answer():
    doc = _with_table([("heading", "Réponse de la commune à l'avis du conseil de développement", 1, "")], [
        ("Recommandation du conseil", "Réponse de la collectivité", "Suite donnée"),
        ("1 – Auditer l'accessibilité des sites", "La commune fera réaliser un audit de son site en 2027.", "Retenue"),
        ("2 – Créer un annuaire des associations",
         "Cette demande n'est pas retenue car chaque commune publie déjà la liste de ses associations.", "Non retenue"),
        ("3 – Désigner un référent mutualisé", "La mission sera confiée au chargé de communication.",
         "Retenue en partie"),
    ])
    assert [(s.kind, s.state, s.heading, s.text) for s in segment(doc)] == [
        ("action", "Retenue", "Réponse de la commune à l'avis du conseil de développement > "
         "1 – Auditer l'accessibilité des sites", "La commune fera réaliser un audit de son site en 2027."),
        ("decision", "Non retenue", "Réponse de la commune à l'avis du conseil de développement > "
         "2 – Créer un annuaire des associations",
         "Cette demande n'est pas retenue car chaque commune publie déjà la liste de ses associations."),
        ("action", "Retenue en partie", "Réponse de la commune à l'avis du conseil de développement > "
         "3 – Désigner un référent mutualisé", "La mission sera confiée au chargé de communication."),
    ]


def test_a_column_of_how_each_line_will_be_carried_out_is_the_answer_column():
    # « Modalités de mise en œuvre » beside « Suite donnée » in a deliberation's annex: the
    # authority's answers, not the proposals quoted
    doc = _with_table([("heading", "Plan de réponse aux propositions du panel citoyen", 1, "")], [
        ("N°", "Proposition du panel", "Suite donnée", "Modalités de mise en œuvre", "Échéance"),
        ("1", "Des bancs au jardin public", "Retenue", "Six bancs seront posés le long de l'allée centrale.", "2027"),
        ("2", "Une piscine couverte", "Non retenue",
         "Le coût de fonctionnement n'est pas compatible avec le budget communal.", "–"),
    ])
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "Retenue", "Six bancs seront posés le long de l'allée centrale."),
        ("decision", "Non retenue", "Le coût de fonctionnement n'est pas compatible avec le budget communal."),
    ]


def test_an_answer_that_turns_the_demand_down_is_a_decision_without_a_fate_column():
    doc = _with_table([("heading", "Mémoire en réponse aux observations du public", 1, "")], [
        ("Observation", "Réponse de la commune"),
        ("Un parking vélo devant l'école", "Un abri de 20 places sera installé à la rentrée 2027."),
        ("Un second city-stade", "Ce projet ne peut pas être retenu : le terrain est inondable."),
    ])
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "", "Un abri de 20 places sera installé à la rentrée 2027."),
        ("decision", "non retenue", "Ce projet ne peut pas être retenu : le terrain est inondable."),
    ]


def test_the_same_table_in_an_opinion_keeps_its_demands():
    doc = _with_table([("heading", "Avis du conseil de développement : suivi de nos recommandations", 1, "")], [
        ("Recommandation", "Réponse de la collectivité"),
        ("Créer un fonds d'aide à l'équipement des familles", "Aucune réponse à ce jour malgré nos relances."),
    ])
    assert [(s.kind, s.state) for s in segment(doc)][:1] == [("recommendation", "")]


def test_a_plan_table_with_a_progress_column_gives_each_action_its_fate():
    doc = _with_table([("heading", "Plan d'actions numérique : bilan à mi-parcours", 1, "")], [
        ("N°", "Action", "Pilote", "Avancement"),
        ("1.1", "Publier une carte du déploiement de la fibre", "Service SIG", "Réalisée"),
        ("1.2", "Créer un fonds pour les raccordements complexes", "Finances", "Reportée en 2028"),
        ("1.3", "Développer une application de découverte du patrimoine", "Tourisme", "Abandonnée"),
    ], numbered=True)
    assert [(s.label, s.state, s.text) for s in segment(doc)] == [
        ("1.1", "Réalisée", "Publier une carte du déploiement de la fibre"),
        ("1.2", "Reportée en 2028", "Créer un fonds pour les raccordements complexes"),
        ("1.3", "Abandonnée", "Développer une application de découverte du patrimoine"),
    ]


def test_an_adjective_does_not_turn_an_authoritys_own_list_into_demands():
    doc = _document([
        ("heading", "Stratégie numérique de la communauté de communes", 1, ""),
        ("paragraph", "Le bureau communautaire a retenu cinq engagements prioritaires pour 2027 :", 0, ""),
        ("list_item", "Réaliser l'audit d'accessibilité du site intercommunal.", 0, "•"),
        ("list_item", "Numériser les registres de délibérations.", 0, "•"),
    ], kind="strategy")
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("action", "Réaliser l'audit d'accessibilité du site intercommunal."),
        ("action", "Numériser les registres de délibérations."),
    ]
    assert classify_leadin("Les points importants :") == "recommendation"
    assert classify_leadin("Les points importants :", "action") == ""
    assert classify_leadin("Réponses aux recommandations") == "action"


def _markdown_units(tmp_path, text):
    path = tmp_path / "avis.md"
    path.write_text(text, encoding="utf-8")
    return segment(extract(path, doc_id="avis.md"))


def test_sub_items_that_complete_their_item_make_one_unit_with_it(tmp_path):
    """« - Des navettes vers la gare : » over fragments opened by a preposition or an adverb,
    ended by « , » until the last: one demand, as the items of a table cell are joined; sub-items
    that start with an infinitive stay items of their own."""
    units = _markdown_units(tmp_path, "# Avis du conseil citoyen sur les mobilités\n\n## Mobilités\n\n"
                            "Les habitants demandent :\n\n"
                            "- Des navettes vers la gare :\n  - tôt le matin,\n  - avec un arrêt dans chaque hameau,\n"
                            "  - pour un prix modique.\n"
                            "- Pour les écoles :\n  - créer un pédibus ;\n  - sécuriser les abords.\n"
                            "- Un abri vélo fermé près de la mairie.\n")
    assert [(u.kind, u.parent, u.text) for u in units] == [
        ("recommendation", "", "Des navettes vers la gare : tôt le matin, avec un arrêt dans chaque hameau, "
         "pour un prix modique."),
        ("recommendation", "", "créer un pédibus ;"),
        ("recommendation", "", "sécuriser les abords."),
        ("recommendation", "", "Un abri vélo fermé près de la mairie."),
    ]


def test_a_numbered_topic_title_over_demands_is_their_section(tmp_path):
    """« 1.1 Se déplacer sans voiture » names a topic by a verb alone: over demands of its own it
    is the title of their section; « 1.2 Publier les horaires … » says what is asked and stays
    the unit above its details."""
    units = _markdown_units(tmp_path, "# Avis du conseil citoyen sur les mobilités\n\n## 1. Ce que nous proposons\n\n"
                            "### 1.1 Se déplacer sans voiture\n\n"
                            "Dans les hameaux, beaucoup d'habitants dépendent d'un voisin pour aller au marché.\n\n"
                            "Les habitants demandent :\n\n- Un service de transport à la demande relié à la gare.\n"
                            "- Un abri vélo fermé près de la mairie.\n\n"
                            "### 1.2 Publier les horaires en données ouvertes\n\n"
                            "Les horaires ne sont disponibles qu'en PDF.\n\n"
                            "Les habitants demandent :\n\n- Une mise à jour chaque semaine.\n")
    section = "Avis du conseil citoyen sur les mobilités > 1. Ce que nous proposons"
    keys = {u.id: u.label for u in units}
    assert [(u.kind, u.label, u.heading, keys.get(u.parent, u.parent), u.text) for u in units] == [
        ("recommendation", "", f"{section} > 1.1 Se déplacer sans voiture", "",
         "Un service de transport à la demande relié à la gare."),
        ("recommendation", "", f"{section} > 1.1 Se déplacer sans voiture", "", "Un abri vélo fermé près de la mairie."),
        ("recommendation", "1.2", section, "", "Publier les horaires en données ouvertes"),
        ("recommendation", "", f"{section} > 1.2 Publier les horaires en données ouvertes", "1.2",
         "Une mise à jour chaque semaine."),
    ]


def test_a_demand_written_after_its_leadin_on_the_same_paragraph(tmp_path):
    """« Ce que les commerçants demandent : une vitrine … » gives what is asked (one unit per
    part separated by « ; »); a lead-in that announces nothing (« En bref : … ») gives none."""
    units = _markdown_units(tmp_path, "# Synthèse de la concertation des commerçants\n\n## Les commerces\n\n"
                            "**Ce que les commerçants demandent :** une vitrine en ligne commune à toutes les boutiques "
                            "du centre-bourg, tenue par l'office de commerce.\n\n"
                            "**Nos demandes :** un guichet unique pour les autorisations ; une ligne de bus le dimanche.\n\n"
                            "**En bref :** de mai à juillet, la commune a réuni les commerçants trois fois.\n")
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "une vitrine en ligne commune à toutes les boutiques du centre-bourg, tenue par l'office "
         "de commerce."),
        ("recommendation", "un guichet unique pour les autorisations"),
        ("recommendation", "une ligne de bus le dimanche."),
    ]


def test_infinitives_separated_by_dashes_after_a_short_leadin_are_one_demand_each(tmp_path):
    """« Les ateliers ont fait ressortir des recommandations : Créer … - Ouvrir … - Former … » in
    one paragraph: an inline list, one demand per part (not the whole list as one demand)."""
    units = _markdown_units(tmp_path, "# Avis du conseil citoyen\n\n"
                            "Les ateliers ont fait ressortir des recommandations : Créer une navette entre les "
                            "hameaux et le marché - Ouvrir la piscine le dimanche matin - Former les bénévoles "
                            "des clubs au secourisme.\n")
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Créer une navette entre les hameaux et le marché"),
        ("recommendation", "Ouvrir la piscine le dimanche matin"),
        ("recommendation", "Former les bénévoles des clubs au secourisme."),
    ]


def test_a_progress_reports_comment_column_describes_the_rows_action(tmp_path):
    """« N° | Mesure | Pilote | Avancement | Commentaires »: the comment says what was done and what
    was left out of the row's action, its description (no unit of its own); the state stays."""
    units = _markdown_units(tmp_path, "# Bilan d'étape du plan numérique\n\n## Axe 1 – Des services proches\n\n"
                            "| N° | Mesure | Pilote | Avancement | Commentaires |\n|---|---|---|---|---|\n"
                            "| 1.1 | Ouvrir un point d'accès au numérique à la gare | Ville | Réalisée | Ouvert en mai "
                            "2025 avec deux postes. Les haltes ferroviaires rurales ne sont pas concernées. |\n"
                            "| 1.2 | Former les agents d'accueil aux démarches en ligne | RH | En cours | Douze agents "
                            "formés sur vingt. |\n")
    assert [(u.kind, u.label, u.text, u.state, u.detail) for u in units] == [
        ("objective", "Axe 1", "Des services proches", "", ""),
        ("action", "1.1", "Ouvrir un point d'accès au numérique à la gare", "Réalisée",
         "Ouvert en mai 2025 avec deux postes. Les haltes ferroviaires rurales ne sont pas concernées."),
        ("action", "1.2", "Former les agents d'accueil aux démarches en ligne", "En cours",
         "Douze agents formés sur vingt."),
    ]


def test_items_counting_the_things_of_their_leadin_are_a_tally_not_units(tmp_path):
    """« Sur les vingt mesures du plan : » then « six sont en cours … », « une n'est pas engagée … »:
    each item's subject is a bare count, a tally; the plan's actions below are read as usual."""
    units = _markdown_units(tmp_path, "# Bilan du plan de mobilité\n\n## En synthèse\n\n"
                            "Sur les vingt mesures du plan :\n\n- douze sont réalisées ;\n"
                            "- six sont en cours ou à l'étude auprès des communes ;\n"
                            "- une n'est pas engagée, une a été abandonnée faute de crédits.\n\n"
                            "## Axe 1 – Des services\n\n- Ouvrir un guichet de covoiturage en mairie\n")
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "Des services"),
        ("action", "Ouvrir un guichet de covoiturage en mairie"),
    ]


def test_a_question_asking_which_questions_are_raised_titles_the_questions_below(tmp_path):
    """« Quelles sont les interrogations que pose le plan ? » announces the questions that follow:
    no unit; the questions below are."""
    units = _markdown_units(tmp_path, "# Avis du conseil citoyen\n\n"
                            "Quelles sont les interrogations que pose le plan de mobilité ?\n\n"
                            "Plusieurs points restent flous.\n\n"
                            "Pourquoi la navette du marché ne dessert-elle pas les hameaux ?\n")
    assert [(u.kind, u.text) for u in units] == [
        ("question", "Pourquoi la navette du marché ne dessert-elle pas les hameaux ?"),
    ]


def test_a_spreadsheet_plans_labelled_axis_is_the_objective_over_its_actions(tmp_path):
    import openpyxl

    path = tmp_path / "plan.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["N°", "Axe", "Action", "Avancement"],
                ["1.1", "Axe 1 – Un territoire connecté", "Publier la carte de la fibre", "Réalisée"],
                ["1.2", None, "Aider les raccordements complexes", "Abandonnée"],
                ["2.1", "Axe 2 – Des démarches simples", "Former les secrétaires de mairie", "En cours"]):
        sheet.append(row)
    sheet.merge_cells("B2:B3")
    book.save(path)
    from nlp_stn.extract import extract

    units = segment(extract(path))
    keys = {u.id: (u.label, u.text) for u in units}
    assert [(u.kind, u.label, u.text, keys.get(u.parent, ("", ""))[0], u.state) for u in units] == [
        ("objective", "Axe 1", "Un territoire connecté", "", ""),
        ("action", "1.1", "Publier la carte de la fibre", "Axe 1", "Réalisée"),
        ("action", "1.2", "Aider les raccordements complexes", "Axe 1", "Abandonnée"),
        ("objective", "Axe 2", "Des démarches simples", "", ""),
        ("action", "2.1", "Former les secrétaires de mairie", "Axe 2", "En cours"),
    ]


def test_a_spreadsheet_plans_last_part_after_labelled_axes_is_an_axis_without_a_label(tmp_path):
    import openpyxl

    path = tmp_path / "plan.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["N°", "Axe", "Action", "Avancement"],
                ["1.1", "Axe 1 – Des cantines locales", "Acheter 40 % de produits locaux", "En cours"],
                ["2.1", "Axe 2 – Moins de gaspillage", "Peser les restes dans chaque école", "Réalisée"],
                ["T.1", "Animation et évaluation", "Réunir le comité de suivi chaque année", "Réalisée"],
                ["T.2", "Voir la délibération du 3 mai.", "Publier un bilan en ligne", "En cours"]):
        sheet.append(row)
    book.save(path)
    from nlp_stn.extract import extract

    units = segment(extract(path))
    keys = {u.id: (u.label, u.text) for u in units}
    assert [(u.kind, u.label, u.text, keys.get(u.parent, ("", ""))[1]) for u in units] == [
        ("objective", "Axe 1", "Des cantines locales", ""),
        ("action", "1.1", "Acheter 40 % de produits locaux", "Des cantines locales"),
        ("objective", "Axe 2", "Moins de gaspillage", ""),
        ("action", "2.1", "Peser les restes dans chaque école", "Moins de gaspillage"),
        ("objective", "", "Animation et évaluation", ""),
        ("action", "T.1", "Réunir le comité de suivi chaque année", "Animation et évaluation"),
        ("action", "T.2", "Publier un bilan en ligne", ""),
    ]


def test_proposals_typed_one_per_paragraph_in_a_cell_are_one_unit_each():
    doc = _with_table([("heading", "Compte rendu de l'atelier mobilités", 1, "")], [
        ("Propositions", "Freins"),
        ("Organiser des permanences pour les démarches en ligne.\nAméliorer la couverture mobile des hameaux.\n"
         "Maintenir une version papier des formulaires.", "Le manque de conseillers."),
    ])
    assert [(s.role, s.text) for s in segment(doc)] == [
        ("action", "Organiser des permanences pour les démarches en ligne."),
        ("action", "Améliorer la couverture mobile des hameaux."),
        ("action", "Maintenir une version papier des formulaires."),
        ("obstacle", "Le manque de conseillers."),
    ]


def test_levers_actors_and_the_people_present_are_no_proposals():
    doc = _document([
        ("heading", "Compte rendu de l'atelier du 12 mars", 1, ""),
        ("heading", "Participants", 2, ""),
        ("paragraph", "Liste des personnes ayant souhaité être nommées :", 0, ""),
        ("list_item", "Mme Lise Perrot, animatrice du réseau des médiathèques", 0, "-"),
        ("list_item", "Dr Marc Hervé (maison de santé de Kerlan)", 0, "-"),
        ("list_item", "Excusés : M. Paul Danielou, Mme Anne Le Goff", 0, "-"),
        ("heading", "Propositions", 2, ""),
        ("list_item", "Créer un point d'entrée unique pour le transport à la demande.", 0, "-"),
        ("heading", "Leviers", 2, ""),
        ("list_item", "S'appuyer sur le standard national des données de transport.", 0, "-"),
        ("list_item", "Le bouche-à-oreille des clubs d'aînés.", 0, "-"),
        ("heading", "Acteurs à mobiliser", 2, ""),
        ("list_item", "Les lycées professionnels maritimes.", 0, "-"),
    ], kind="minutes")
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("recommendation", "Créer un point d'entrée unique pour le transport à la demande."),
    ]


def test_a_title_naming_what_people_proposed_by_a_clause_announces_proposals_of_any_form():
    """« Ce que … proposent » (or after a name and a colon) announces proposals though its verb
    comes after the head words; the announcement covers the topical sections below it, and the
    items are proposals whatever their form: a noun phrase, « Qu'on puisse … », « Thème : … »."""
    doc = _document([
        ("heading", "Bourg-Joli 2040 : ce que les habitants nous ont proposé", 1, ""),
        ("heading", "Santé", 2, ""),
        ("list_item", "Une maison médicale avec des permanences de spécialistes chaque semaine.", 0, "-"),
        ("list_item", "Qu'on puisse prendre rendez-vous chez le médecin par téléphone comme avant.", 0, "-"),
        ("heading", "Loisirs", 2, ""),
        ("list_item", "Piscine : rouvrir le bassin d'été fermé depuis trois ans.", 0, "-"),
        ("heading", "Ce que les collégiens proposent", 2, ""),
        ("list_item", "Des bancs et un abri près de l'arrêt du car scolaire.", 0, "-"),
        ("heading", "Ce que cela change pour la commune", 2, ""),
        ("list_item", "Une hausse des dépenses de fonctionnement de la commune en 2027.", 0, "-"),
    ])
    title = "Bourg-Joli 2040 : ce que les habitants nous ont proposé"
    assert [(s.kind, s.heading, s.text) for s in segment(doc)] == [
        ("recommendation", f"{title} > Santé",
         "Une maison médicale avec des permanences de spécialistes chaque semaine."),
        ("recommendation", f"{title} > Santé",
         "Qu'on puisse prendre rendez-vous chez le médecin par téléphone comme avant."),
        ("recommendation", f"{title} > Loisirs", "Piscine : rouvrir le bassin d'été fermé depuis trois ans."),
        ("recommendation", f"{title} > Ce que les collégiens proposent",
         "Des bancs et un abri près de l'arrêt du car scolaire."),
    ]


def test_a_heading_over_its_field_table_and_a_calendar_that_repeats_the_plan():
    b = TextBuilder()
    b.add("heading", "Schéma directeur des systèmes d'information 2026-2030", level=1)
    for n, (title, goal, text) in enumerate([
        ("Portail unique des démarches", "Traiter chaque demande en ligne.", "Un portail relié aux logiciels métier."),
        ("Archivage électronique", "Conserver les actes numériques.", "Adhésion au service mutualisé du centre de gestion."),
        ("Parapheur électronique", "Signer sans papier.", "Déploiement dans les dix services."),
    ], start=1):
        b.add("heading", f"Projet P1.{n} – {title}", level=2)
        for row, (name, value) in enumerate([("Objectif", goal), ("Description", text), ("Coût", "40 000 €")]):
            b.add("table_cell", name, table=n, row=row, col=0, header="")
            b.add("table_cell", value, table=n, row=row, col=1, header="")
    b.add("heading", "Calendrier", level=2)
    for row, cells in enumerate([("Projet", "2026", "2027"), ("P1.1 Portail unique…", "X", "X"),
                                 ("P1.2 Archivage électronique", "", "X"), ("P1.3 Parapheur", "X", "")]):
        for col, cell in enumerate(cells):
            b.add("table_cell", cell, table=9, row=row, col=col, header=("Projet", "2026", "2027")[col] if row else "")
    ex = b.build()
    doc = Document(id="sdsi.docx", path="sdsi.docx", format="docx", title="", text=ex.text, blocks=ex.blocks,
                   meta=DocMeta())
    units = segment(doc)
    assert [(u.kind, u.label, u.text, u.detail) for u in units if u.kind == "action"] == [
        ("action", "Projet P1.1", "Portail unique des démarches", "Un portail relié aux logiciels métier."),
        ("action", "Projet P1.2", "Archivage électronique", "Adhésion au service mutualisé du centre de gestion."),
        ("action", "Projet P1.3", "Parapheur électronique", "Déploiement dans les dix services."),
    ]
    # each project's « Objectif » is an objective under it; the calendar adds no unit
    assert [u.text for u in units if u.kind == "objective"] == [
        "Traiter chaque demande en ligne.", "Conserver les actes numériques.", "Signer sans papier."]


RESULTS_PAGE = """<html><head><title>Appel à projets « Quartiers vivants » : les projets lauréats</title></head><body>
<h1>Appel à projets « Quartiers vivants » : les projets lauréats</h1>
<p>Le jury s'est réuni le 3 mai. Les résultats seront mis à jour sur cette page au fil des travaux.</p>
<h2>Les projets retenus</h2>
<h3>1. Une boîte à livres dans chaque square</h3>
<p>Des boîtes à livres seront posées dans les six squares de la commune.</p>
<p><strong>Budget :</strong> 3 000 € — <strong>Statut :</strong> réalisé (pose en avril)</p>
<h3>2. Un jardin partagé rue des Lilas</h3>
<p>La friche de la rue des Lilas deviendra un jardin partagé confié à une association.</p>
<p>Coût : 12 000 € — État d'avancement : à l'étude, en lien avec les bailleurs</p>
<h2>Les autres idées</h2>
<p>Beaucoup d'entre vous ont parlé des horaires. La commune s'y engage : les permanences du samedi seront
maintenues toute l'année.</p>
</body></html>
"""


def test_the_projects_an_authority_retained_are_its_actions(tmp_path):
    """A page listing the projects retained after a vote is the authority's answer: a numbered
    heading over its paragraph is one action (its number the label, the paragraph its
    description), the field line below gives its state and no unit; a pledge after « s'y engage : »
    is an action; the page's own updates are none."""
    path = tmp_path / "laureats.html"
    path.write_text(RESULTS_PAGE, encoding="utf-8")
    units = segment(extract(path, doc_id="laureats.html"))
    title = "Appel à projets « Quartiers vivants » : les projets lauréats"
    assert [(u.kind, u.label, u.heading, u.text, u.detail, u.state) for u in units] == [
        ("action", "1", f"{title} > Les projets retenus", "Une boîte à livres dans chaque square",
         "Des boîtes à livres seront posées dans les six squares de la commune.", "réalisé"),
        ("action", "2", f"{title} > Les projets retenus", "Un jardin partagé rue des Lilas",
         "La friche de la rue des Lilas deviendra un jardin partagé confié à une association.", "à l'étude"),
        ("action", "", f"{title} > Les autres idées", "les permanences du samedi seront maintenues toute l'année.",
         "", ""),
    ]


def test_a_labelled_title_line_of_an_answer_is_described_by_its_paragraph():
    doc = _document([
        ("heading", "Décision du maître d'ouvrage après la concertation préalable", 1, ""),
        ("heading", "1. Transports", 2, ""),
        ("paragraph", "Mesure 1 : parkings relais", 0, ""),
        ("paragraph", "La commune s'engage à construire deux parkings relais aux terminus.", 0, ""),
        ("paragraph", "Mesure 2 : service du soir", 0, ""),
        ("paragraph", "Les rames circuleront jusqu'à minuit le samedi. Demande retenue en partie.", 0, ""),
        ("paragraph", "Billettique. La proposition d'un ticket gratuit le dimanche n'est pas retenue car la ligne "
                      "doit équilibrer ses comptes.", 0, ""),
    ])
    assert [(s.kind, s.label, s.state, s.text, s.detail) for s in segment(doc)] == [
        ("action", "Mesure 1", "", "parkings relais",
         "La commune s'engage à construire deux parkings relais aux terminus."),
        ("action", "Mesure 2", "Retenue en partie", "service du soir",
         "Les rames circuleront jusqu'à minuit le samedi. Demande retenue en partie."),
        ("decision", "", "non retenue", "La proposition d'un ticket gratuit le dimanche n'est pas retenue car la "
                                        "ligne doit équilibrer ses comptes.", "Billettique."),
    ]


def test_the_column_naming_who_leads_each_action_of_a_plan_table_gives_no_unit():
    # long names in a « Pilote » / « Service responsable » column are who, not what (a
    # « Partenaires » column stays, for reading)
    doc = _with_table([("heading", "Plan d'actions mobilité de la communauté de communes", 1, "")], [
        ("N°", "Action", "Pilote", "Service responsable", "Partenaires"),
        ("1.1", "Créer des aires de covoiturage aux entrées du bourg", "Vice-présidente mobilité et transports",
         "Direction de l'aménagement et des mobilités", "Département et communes membres du syndicat"),
        ("1.2", "Former les agents d'accueil aux démarches en ligne", "Direction des ressources humaines / CNFPT",
         "Service formation mutualisé des communes", "CNFPT"),
    ], numbered=True)
    assert [(s.label, s.role, s.text) for s in segment(doc)] == [
        ("1.1", "action", "Créer des aires de covoiturage aux entrées du bourg"),
        ("", "cooperation", "Département et communes membres du syndicat"),
        ("1.2", "action", "Former les agents d'accueil aux démarches en ligne"),
    ]


def test_names_in_the_pilote_cell_of_a_fiche_field_table_give_no_unit():
    # a fiche « Action 4 – … » over a two-row table Pilote | Coût estimé | Calendrier | Indicateur:
    # the names of the « Pilote » cell, however many, are who leads, not a unit; the indicator stays
    for pilot in ("Direction des sports / Département", "Service des eaux et syndicat mixte du bassin"):
        doc = _with_table([("heading", "Programme d'actions du plan vert", 1, ""),
                           ("heading", "Action 4 – Planter des haies le long des chemins", 2, ""),
                           ("paragraph", "Six kilomètres de haies seront plantés d'ici 2028.", 0, "")], [
            ("Pilote", "Coût estimé", "Calendrier", "Indicateur"),
            (pilot, "40 000 € HT", "2027-2028", "Kilomètres de haies plantés"),
        ], doc_id="plan.pdf")
        assert [(s.kind, s.text) for s in segment(doc)] == [
            ("action", "Planter des haies le long des chemins"), ("indicator", "Kilomètres de haies plantés")]
    # a sentence in that column is still read
    doc = _with_table([("heading", "Programme d'actions du plan vert", 1, ""),
                       ("heading", "Action 4 – Planter des haies le long des chemins", 2, "")], [
        ("Pilote", "Coût estimé", "Calendrier", "Indicateur"),
        ("La commune recrutera un technicien.", "40 000 € HT", "2027-2028", "Kilomètres de haies plantés"),
    ], doc_id="plan.pdf")
    assert "La commune recrutera un technicien." in [s.text for s in segment(doc)]


def test_a_numbered_question_naming_who_asks_labels_the_question_not_a_unit():
    # « Question n°2 de M. …, groupe … : » over the question's context and the question(s): the
    # line is a label, its author no text; its label numbers every unit until the next one
    doc = _document([
        ("heading", "Questions écrites du conseil municipal", 1, ""),
        ("paragraph", "Question n°1 de Mme Alice Roux, groupe « Vivre à Bessac » :", 0, ""),
        ("paragraph", "Le car scolaire de la ligne 4 arrive chaque matin après la sonnerie.", 0, ""),
        ("paragraph", "Quand la commune demandera-t-elle à la Région de modifier ses horaires ?", 0, ""),
        ("paragraph", "Question n°2 du comité de quartier des Tilleuls :", 0, ""),
        ("paragraph", "Nous demandons l'installation d'un abri au carrefour des Tilleuls.", 0, ""),
        ("paragraph", "Combien d'arrêts restent sans abri ?", 0, ""),
    ])
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("question", "Question n° 1", "Quand la commune demandera-t-elle à la Région de modifier ses horaires ?"),
        ("recommendation", "Question n° 2", "Nous demandons l'installation d'un abri au carrefour des Tilleuls."),
        ("question", "Question n° 2", "Combien d'arrêts restent sans abri ?"),
    ]


def test_the_answer_to_a_numbered_question_says_which_question_it_answers():
    # « Réponse du Maire à la question n°… : » as a heading, or a paragraph (its answer after the
    # colon, or below): the units after it, until the next heading, answer that question
    doc = _document([
        ("heading", "Réponses aux questions écrites", 1, ""),
        ("heading", "Réponse de Mme la Maire à la question n°1 :", 2, ""),
        ("paragraph", "La commune demandera à la Région d'avancer de dix minutes les horaires de la ligne 4.", 0, ""),
        ("paragraph", "Réponse de Mme la Maire aux questions n°2 et 3 : La commune posera deux abris au "
                      "carrefour des Tilleuls en mars.", 0, ""),
        ("heading", "Informations diverses", 2, ""),
        ("paragraph", "La commune rénovera la salle des fêtes en 2027.", 0, ""),
    ], kind="strategy")
    assert [(s.kind, s.label, s.answers, s.text) for s in segment(doc)] == [
        ("action", "Réponse à la question n° 1", "1",
         "La commune demandera à la Région d'avancer de dix minutes les horaires de la ligne 4."),
        ("action", "Réponse aux questions n° 2, 3", "2 3",
         "La commune posera deux abris au carrefour des Tilleuls en mars."),
        ("action", "", "", "La commune rénovera la salle des fêtes en 2027."),
    ]


def test_a_number_typed_at_the_head_of_a_bulleted_item_labels_it_whatever_follows(tmp_path):
    # « - **2.1** aménager … », « - 2-3 Créer … », « - 2.4 | Louer … »: the number is the item's
    # label, a lowercase infinitive after it reads as usual; who leads and when, typed at its end
    # (« (pilote : … ; échéance : …) », « – Office de tourisme – 2026 »), are no part of its text;
    # a quantity is no label (« 1.5 million … »)
    path = tmp_path / "plan.md"
    path.write_text(
        "# Plan vélo de la communauté de communes\n\n## Axe 2 – Circuler à vélo\n\n"
        "Pour ce deuxième axe, la communauté de communes s'engage à :\n\n"
        "- **2.1** aménager une voie verte entre le bourg et la gare, sur l'ancienne voie ferrée, avec un "
        "éclairage solaire aux carrefours (pilote : service voirie ; échéance : 2027) ;\n"
        "- 2.2 installer des arceaux couverts devant chaque école ;\n"
        "- 2-3 Créer une vélo-école pour les adultes\n"
        "- **2.4** | Louer des vélos à assistance électrique à l'année – Office de tourisme – 2026\n\n"
        "## Bilan\n\n- 1.5 million de kilomètres parcourus\n", encoding="utf-8")
    units = segment(extract(path, doc_id="plan.md"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("objective", "Axe 2", "Circuler à vélo"),
        ("action", "2.1", "aménager une voie verte entre le bourg et la gare, sur l'ancienne voie ferrée, avec un "
                          "éclairage solaire aux carrefours"),
        ("action", "2.2", "installer des arceaux couverts devant chaque école ;"),
        ("action", "2-3", "Créer une vélo-école pour les adultes"),
        ("action", "2.4", "Louer des vélos à assistance électrique à l'année"),
    ]


def test_a_row_number_typed_with_a_hyphen_labels_the_row_and_a_paragraph_naming_it_describes_it(tmp_path):
    # « 3-1 » in the « N° » column labels the row's action as « 3.1 » would; a paragraph after the
    # table opening with the number of one of its actions (« Précisions sur l'action 3-2 : … »,
    # « Concernant la mesure 3-1, … ») describes that action; one naming no known action is read
    # as usual
    path = tmp_path / "plan.md"
    path.write_text(
        "# Plan climat de la commune\n\n## Axe 3 – Rénover les bâtiments publics\n\n"
        "| N° | Action | Pilote | Échéance |\n|---|---|---|---|\n"
        "| 3-1 | Isoler les toitures des trois gymnases communaux | Service bâtiments | 2027 |\n"
        "| 3-2 | Remplacer les chaudières au fioul des écoles par des pompes à chaleur | Service bâtiments | 2028 |\n\n"
        "**Précisions sur l'action 3-2** : les écoles maternelles passeront en premier, pendant les vacances "
        "d'été.\n\nConcernant la mesure 3-1, une subvention régionale couvrira la moitié du coût.\n\n"
        "Pour l'action 9.9, rien n'est encore décidé.\n", encoding="utf-8")
    units = segment(extract(path, doc_id="plan.md"))
    assert [(u.kind, u.label, u.text, u.detail) for u in units] == [
        ("objective", "Axe 3", "Rénover les bâtiments publics", ""),
        ("action", "3-1", "Isoler les toitures des trois gymnases communaux",
         "Concernant la mesure 3-1, une subvention régionale couvrira la moitié du coût."),
        ("action", "3-2", "Remplacer les chaudières au fioul des écoles par des pompes à chaleur",
         "Précisions sur l'action 3-2 : les écoles maternelles passeront en premier, pendant les vacances d'été."),
    ]


def test_a_structural_label_opening_a_heading_is_never_its_verb():
    """« Chapitre 2 – Accessibilité … » over an opinion's text: a tagger may read « Chapitre » as an
    infinitive; the verb is sought after the label, so the heading is a section and the
    demand below it is a unit of its own, not its detail."""
    doc = _document([("heading", "Avis du conseil de quartier", 1, ""),
                     ("heading", "Chapitre 2 – Accessibilité des équipements communaux", 2, ""),
                     ("paragraph", "Les salles communales restent chauffées le week-end sans occupants.", 0, ""),
                     ("paragraph", "Le Conseil recommande de programmer le chauffage selon les réservations.", 0, ""),
                     ("heading", "Partie 3 – Organiser les permanences", 2, ""),
                     ("paragraph", "Les permanences du samedi sont trop peu connues.", 0, "")], kind="avis")
    assert [(u.kind, u.text, u.heading) for u in segment(doc)] == [
        ("recommendation", "Le Conseil recommande de programmer le chauffage selon les réservations.",
         "Avis du conseil de quartier > Chapitre 2 – Accessibilité des équipements communaux"),
        # a verb after the label still makes the title a demand
        ("recommendation", "Partie 3 – Organiser les permanences", "Avis du conseil de quartier"),
    ]


def test_numbered_pledges_under_a_numbered_heading_are_the_actions():
    """In a plan, « 3.1 Engagements de la commune » over paragraphs numbered below it that
    each pledge (« 3.1.1 La commune s'engage à … », a future, an infinitive): one action per
    paragraph, labelled by its number, the heading their section; a heading over one
    description stays the action its paragraph describes."""
    doc = _document([("heading", "Convention de revitalisation du bourg", 1, ""),
                     ("heading", "Article 3 – Engagements des signataires", 2, ""),
                     ("heading", "3.1 Engagements de la commune", 3, ""),
                     ("paragraph", "3.1.1 La commune s'engage à rénover l'éclairage de la place du marché.", 0, ""),
                     ("paragraph", "3.1.2 La commune ouvrira une maison des associations en 2027.", 0, ""),
                     ("heading", "3.2 Engagements du département", 3, ""),
                     ("paragraph", "Le département cofinance les études préalables à hauteur de 30 %.", 0, "")],
                    kind="strategy")
    units = segment(doc)
    assert [(u.kind, u.label, u.text, u.heading) for u in units] == [
        ("action", "3.1.1", "La commune s'engage à rénover l'éclairage de la place du marché.",
         "Convention de revitalisation du bourg > Article 3 – Engagements des signataires > "
         "3.1 Engagements de la commune"),
        ("action", "3.1.2", "La commune ouvrira une maison des associations en 2027.",
         "Convention de revitalisation du bourg > Article 3 – Engagements des signataires > "
         "3.1 Engagements de la commune"),
        ("action", "3.2", "Engagements du département",
         "Convention de revitalisation du bourg > Article 3 – Engagements des signataires"),
    ]
    assert units[2].detail == "Le département cofinance les études préalables à hauteur de 30 %."


def test_an_axis_column_of_a_plan_table_sections_its_rows_and_a_dropped_row_answers_nothing():
    """« Axe 1 – … » in the first column of a plan's table (printed once beside its actions,
    filled down by the reader): an objective, the parent and the section of the rows beside
    it until the next axis; « (action retirée) » in a row gives its action the state
    « Retirée »."""
    doc = _with_table([("heading", "Plan d'actions de la commune", 1, "")], [
        ["Axe", "N°", "Action", "Description", "Pilote"],
        ["Axe 1 – Des écoles ouvertes", "1.1", "Ouvrir les cours d'école le samedi",
         "Ouverture des cours aux familles le week-end.", "Service éducation"],
        ["Axe 1 – Des écoles ouvertes", "1.2", "Créer un jardin pédagogique",
         "(action retirée) – faute de terrain disponible.", "Service espaces verts"],
        ["Axe 2 – Des rues apaisées", "2.1", "Piétonniser la rue du marché",
         "Fermeture aux voitures les jours de marché.", "Voirie"],
    ], doc_id="plan.docx")
    units = segment(doc)
    keys = {u.id: u.label for u in units}
    assert [(u.kind, u.label, u.text, keys.get(u.parent, ""), u.heading, u.state) for u in units] == [
        ("objective", "Axe 1", "Des écoles ouvertes", "", "Plan d'actions de la commune", ""),
        ("action", "1.1", "Ouvrir les cours d'école le samedi", "Axe 1",
         "Plan d'actions de la commune > Axe 1 – Des écoles ouvertes", ""),
        ("action", "1.2", "Créer un jardin pédagogique", "Axe 1",
         "Plan d'actions de la commune > Axe 1 – Des écoles ouvertes", "Retirée"),
        ("objective", "Axe 2", "Des rues apaisées", "", "Plan d'actions de la commune", ""),
        ("action", "2.1", "Piétonniser la rue du marché", "Axe 2",
         "Plan d'actions de la commune > Axe 2 – Des rues apaisées", ""),
    ]


def test_an_answer_heading_by_heading_restates_each_demand_and_gives_its_fate():
    # an authority's answer whose title says so (« Réponse de la Présidente aux recommandations … »):
    # « Recommandation n°2 – … » restates the demand answered (the context of the units below, its
    # number what they answer), « Avis … : » is their state, « Ce que … va faire : » no text of
    # them; after « Pourquoi nous ne pouvons pas y donner suite : » the reason is the refusal and a measure
    # offered instead is an action with no refusal state; the introduction announcing how the
    # demands fare is no unit
    doc = _document([
        ("heading", "Réponse de la Présidente aux recommandations du panel d'habitants", 1, ""),
        ("paragraph", "Le panel nous a adressé trois recommandations. Certaines verront le jour cette année, "
                      "d'autres demandent un examen, quelques-unes ne seront pas retenues.", 0, ""),
        ("heading", "Recommandation n°1 – Des toilettes publiques au marché", 2, ""),
        ("paragraph", "Avis du Département : Favorable avec réserves", 0, ""),
        ("paragraph", "Nos engagements : le Département installera deux cabines sèches place du marché "
                      "au printemps.", 0, ""),
        ("heading", "Recommandation n°2 – Une navette le dimanche", 2, ""),
        ("paragraph", "Avis du Département : Défavorable", 0, ""),
        ("paragraph", "Pourquoi nous ne pouvons pas y donner suite : la fréquentation du dimanche ne couvre pas le coût "
                      "d'un chauffeur. Nous proposerons en revanche le transport à la demande ce jour-là.", 0, ""),
        ("heading", "Recommandation n°3 – Un parc à vélos fermé", 2, ""),
        ("paragraph", "Avis du Département : À l'étude", 0, ""),
        ("paragraph", "Ce que le Département va faire : une étude de localisation sera menée avec la gare en 2027.", 0, ""),
    ])
    assert [(s.kind, s.label, s.answers, s.state, s.text, s.heading.split(" > ")[-1]) for s in segment(doc)] == [
        ("action", "", "1", "Favorable avec réserves",
         "le Département installera deux cabines sèches place du marché au printemps.",
         "Recommandation n°1 – Des toilettes publiques au marché"),
        ("decision", "", "2", "non retenue", "la fréquentation du dimanche ne couvre pas le coût d'un chauffeur.",
         "Recommandation n°2 – Une navette le dimanche"),
        ("action", "", "2", "", "Nous proposerons en revanche le transport à la demande ce jour-là.",
         "Recommandation n°2 – Une navette le dimanche"),
        ("action", "", "3", "À l'étude", "une étude de localisation sera menée avec la gare en 2027.",
         "Recommandation n°3 – Un parc à vélos fermé"),
    ]


def test_an_answer_heading_saying_which_demand_it_answers_is_its_context():
    # « Réponse à la proposition n°5 – … » in an office's answer (« Réponse du Maire aux propositions
    # … »): the section's units answer proposal 5; a participle the tagger takes for a verb does not
    # hide the commitment (« Le mobilier remplacé sera donné … »)
    doc = _document([
        ("heading", "Réponse du Maire aux propositions du conseil des jeunes", 1, ""),
        ("heading", "Réponse à la proposition n°5 – Un local pour les jeunes", 2, ""),
        ("paragraph", "Avis de la commune : Favorable", 0, ""),
        ("paragraph", "Concrètement : l'ancienne poste accueillera un local jeunes en septembre.", 0, ""),
        ("paragraph", "Le mobilier remplacé de la mairie sera donné au local.", 0, ""),
    ])
    assert [(s.kind, s.answers, s.state, s.text) for s in segment(doc)] == [
        ("action", "5", "Favorable", "l'ancienne poste accueillera un local jeunes en septembre."),
        ("action", "5", "Favorable", "Le mobilier remplacé de la mairie sera donné au local."),
    ]


def test_a_section_of_cautions_holds_no_demands_but_a_demand_in_so_many_words_stays():
    def sheet(n, title, cautions, caution):
        return [
            ("heading", f"Proposition n°{n} – {title}", 2, ""),
            ("heading", "Constat", 3, ""),
            ("paragraph", "Les terrains du quartier sont en friche depuis dix ans.", 0, ""),
            ("heading", "Objectif", 3, ""),
            ("paragraph", "Rendre les friches aux habitants.", 0, ""),
            ("heading", "Proposition détaillée", 3, ""),
            ("list_item", f"Créer {title.lower()} dans chaque quartier", 0, "•"),
            ("heading", cautions, 3, ""),
            ("paragraph", caution, 0, ""),
            ("paragraph", "Vote : 30 pour, 2 contre, 1 abstention", 0, ""),
        ]
    doc = _document([("heading", "Convention citoyenne de Kerdévot", 1, "")]
                    + sheet(1, "Des jardins partagés", "Points de vigilance",
                            "Ne pas décourager les bénévoles ; associer les écoles du quartier.")
                    + sheet(2, "Des vergers", "Précautions à prendre", "Ne pas planter trop près des maisons.")
                    + sheet(3, "Des ruchers", "Écueils à éviter",
                            "L'assemblée appelle à la vigilance sur les piqûres et demande que la commune "
                            "forme les apiculteurs bénévoles."))
    friches = ("objective", "Rendre les friches aux habitants.")
    assert [(s.kind, s.text) for s in segment(doc) if not s.label] == [
        friches, ("recommendation", "Créer des jardins partagés dans chaque quartier"),
        friches, ("recommendation", "Créer des vergers dans chaque quartier"),
        friches, ("recommendation", "Créer des ruchers dans chaque quartier"),
        # in running text, a caution that asks in so many words still asks
        ("recommendation", "L'assemblée appelle à la vigilance sur les piqûres et demande que la commune "
                           "forme les apiculteurs bénévoles."),
    ]


def test_a_question_in_a_comment_on_a_proposal_is_no_unit():
    # comments under a proposal (a child table's rows): a question is a reply to the other
    # participants (« Qui va payer ? »), an added ask is a demand under the proposal
    b = TextBuilder()
    b.add("record", "Un composteur au square\nInstaller un composteur partagé au square.",
          fields={"id": "P-3", "title": "Un composteur au square", "category": "Cadre de vie"})
    b.add("paragraph", "Qui va le vider chaque semaine ?", fields={"id": "Commentaire sur P-3", "parent": "P-3",
                                                                   "category": "Cadre de vie"})
    b.add("paragraph", "Oui, et prévoir aussi un panneau pour expliquer le tri.",
          fields={"id": "Commentaire sur P-3", "parent": "P-3", "category": "Cadre de vie"})
    ex = b.build()
    doc = Document(id="export.csv", path="export.csv", format="csv", title="", text=ex.text, blocks=ex.blocks,
                   meta=DocMeta(kind="opinion"))
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("recommendation", "Un composteur au square\nInstaller un composteur partagé au square."),
        ("recommendation", "Oui, et prévoir aussi un panneau pour expliquer le tri."),
    ]


def test_a_contribution_written_as_a_bulleted_list_gives_one_demand_per_item():
    # a workshop's grid exported as CSV: the cell of proposals of a theme holds several lines,
    # each opened by a dash or a bullet; each line is one demand (a question stays a question);
    # a contribution of one bulleted line, or whose lines are not all bulleted, stays one unit
    b = TextBuilder()
    b.add("record", "- Planter des haies le long du chemin de halage\n- Installer des bancs près de l'étang\n"
                    "- Qui entretiendra les massifs ?", fields={"id": "", "title": "", "category": "Cadre de vie"})
    b.add("record", "• Créer une navette vers le marché", fields={"id": "", "title": "", "category": "Mobilité"})
    b.add("record", "Nous voulons plus de pistes cyclables :\n- rue des Lilas\n- avenue du Port",
          fields={"id": "", "title": "", "category": "Mobilité"})
    ex = b.build()
    doc = Document(id="grille.csv", path="grille.csv", format="csv", title="", text=ex.text, blocks=ex.blocks,
                   meta=DocMeta(kind="opinion"))
    assert [(u.kind, u.heading, u.text) for u in segment(doc)] == [
        ("recommendation", "Cadre de vie", "Planter des haies le long du chemin de halage"),
        ("recommendation", "Cadre de vie", "Installer des bancs près de l'étang"),
        ("question", "Cadre de vie", "Qui entretiendra les massifs ?"),
        ("recommendation", "Mobilité", "• Créer une navette vers le marché"),
        ("recommendation", "Mobilité", "Nous voulons plus de pistes cyclables :\n- rue des Lilas\n- avenue du Port"),
    ]


def _paged(blocks, title="Guide des engagements de la commune"):
    builder = TextBuilder()
    for block_kind, text, level, marker, page in blocks:
        builder.add(block_kind, text, level=level, marker=marker, page=page)
    ex = builder.build()
    return Document(id="guide.pdf", path="guide.pdf", format="pdf", title=title, text=ex.text, blocks=ex.blocks,
                    meta=DocMeta())


def test_a_list_naming_the_chapters_that_follow_is_an_outline_not_units():
    # « Ce guide rassemble … sous deux thèmes : → a. Des mobilités douces pour tous → b. … » before
    # the chapters « a Des mobilités douces pour tous », « b … »: the list names the document's
    # sections, not engagements
    doc = _paged([
        ("paragraph", "Ce guide rassemble nos engagements sous deux thèmes :", 0, "", 1),
        ("list_item", "a. Des mobilités douces pour tous", 0, "→", 1),
        ("list_item", "b. Du sport pour tous les âges", 0, "→", 1),
        ("heading", "a Des mobilités douces pour tous", 2, "", 2),
        ("heading", "a.1 Créer une piste cyclable vers le collège", 4, "", 2),
        ("heading", "b Du sport pour tous les âges", 2, "", 3),
        ("heading", "b.1 Ouvrir le gymnase le dimanche", 4, "", 3),
    ])
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("action", "Créer une piste cyclable vers le collège"),
        ("action", "Ouvrir le gymnase le dimanche"),
    ]


def test_a_page_s_running_header_repeating_its_chapter_is_no_unit():
    # the chapter's name at the top of each of its pages (« Des mobilités douces pour tous » over
    # page 3) repeats the heading « a Des mobilités douces pour tous »: not one more indicator of
    # the list ending page 2
    doc = _paged([
        ("heading", "a Des mobilités douces pour tous", 2, "", 2),
        ("heading", "a.1 Créer une piste cyclable vers le collège", 4, "", 2),
        ("heading", "Exemples d'indicateurs de pilotage", 9, "", 2),
        ("list_item", "Kilomètres de piste ouverts", 0, "→", 2),
        ("paragraph", "Des mobilités douces pour tous", 0, "", 3),
        ("heading", "a.2 Prêter des vélos aux lycéens", 4, "", 3),
    ])
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("objective", "Des mobilités douces pour tous"),
        ("action", "Créer une piste cyclable vers le collège"),
        ("indicator", "Kilomètres de piste ouverts"),
        ("action", "Prêter des vélos aux lycéens"),
    ]


def test_a_chapter_lettered_alone_over_actions_labelled_under_its_letter_is_their_objective():
    # « a Des mobilités douces pour tous » over « a.1 … », « a.2 … » in a guide of engagements:
    # the chapter is the objective of its actions; « b … » over a single « b.1 » is not one, nor
    # a lettered chapter in a document that is not an authority's plan, nor a numbered one (« 1. … »)
    blocks = [
        ("heading", "a Des mobilités douces pour tous", 2, "", 2),
        ("paragraph", "Le vélo progresse dans la commune, mais les pistes manquent.", 0, "", 2),
        ("heading", "a.1 Créer une piste cyclable vers le collège", 4, "", 2),
        ("paragraph", "La piste sera ouverte en 2027.", 0, "", 2),
        ("heading", "a.2 Prêter des vélos aux lycéens", 4, "", 3),
        ("heading", "b Du sport pour tous les âges", 2, "", 4),
        ("heading", "b.1 Ouvrir le gymnase le dimanche", 4, "", 4),
    ]
    units = segment(_paged(blocks))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("objective", "a", "Des mobilités douces pour tous"),
        ("action", "a.1", "Créer une piste cyclable vers le collège"),
        ("action", "a.2", "Prêter des vélos aux lycéens"),
        ("action", "b.1", "Ouvrir le gymnase le dimanche"),
    ]
    assert units[1].parent == units[2].parent == units[0].id and not units[3].parent
    assert "objective" not in [u.kind for u in segment(_paged(blocks, title="Avis du conseil de développement"))]
    numbered = [(kind, text.replace("a ", "1. ", 1).replace("a.", "1.", 1), level, marker, page)
                for kind, text, level, marker, page in blocks]
    assert "objective" not in [u.kind for u in segment(_paged(numbered))]


def test_a_proposal_that_is_only_a_list_under_a_short_lead_in_gives_one_demand_per_line():
    # a platform's export (id, title, body): « Bonjour, / Je pense à : / … / … / Bien cordialement »
    # gives one demand per listed line, the greetings and the title left out; a lead-in naming
    # what is asked (« Nous voulons plus de pistes cyclables : ») or one thing (« Voici ma
    # suggestion : »), or reasons before the lead-in, keep the proposal whole
    b = TextBuilder()
    b.add("record", "Quelques idées\nBonjour,\nJe pense à :\nun marché de producteurs le samedi\n"
                    "ouvrir la piscine le dimanche matin\nBien cordialement",
          fields={"id": "41", "title": "Quelques idées", "category": "vivre"})
    b.add("record", "Pistes cyclables\nNous voulons plus de pistes cyclables :\nrue des Lilas\navenue du Port",
          fields={"id": "42", "title": "Pistes cyclables", "category": "bouger"})
    b.add("record", "Une idée\nBonjour,\nVoici ma suggestion :\nInterdire les pétards.\nMerci de m'avoir lu.\nBien à vous",
          fields={"id": "43", "title": "Une idée", "category": "vivre"})
    b.add("record", "Le square\nLe square est sale.\nJe propose :\nune poubelle\nun banc",
          fields={"id": "44", "title": "Le square", "category": "vivre"})
    ex = b.build()
    doc = Document(id="export.csv", path="export.csv", format="csv", title="", text=ex.text, blocks=ex.blocks,
                   meta=DocMeta(kind="opinion"))
    assert [(u.label, u.text) for u in segment(doc)] == [
        ("41", "un marché de producteurs le samedi"),
        ("41", "ouvrir la piscine le dimanche matin"),
        ("42", "Pistes cyclables\nNous voulons plus de pistes cyclables :\nrue des Lilas\navenue du Port"),
        ("43", "Une idée\nBonjour,\nVoici ma suggestion :\nInterdire les pétards.\nMerci de m'avoir lu.\nBien à vous"),
        ("44", "Le square\nLe square est sale.\nJe propose :\nune poubelle\nun banc"),
    ]


def test_a_totals_row_of_a_plan_table_and_a_line_of_contact_details_give_no_unit():
    """« Total des actions chiffrées | | 1,2 M€ » closing a plan's table sums the rows above, and
    « Contact : … — adresse@… — 0X XX … » after the indicators says who to ask: no unit."""
    doc = _with_table([("heading", "Plan d'actions de la commune", 1, "")], [
        ["Action", "Pilote", "Budget"],
        ["Ouvrir les cours d'école le samedi", "Service éducation", "10 000 €"],
        ["Créer un jardin pédagogique", "Service espaces verts", "5 000 €"],
        ["Sous-total axe 1", "", "15 000 €"],
        ["Total général", "", "15 000 €"],
    ], doc_id="plan.docx")
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("action", "Ouvrir les cours d'école le samedi"),
        ("action", "Créer un jardin pédagogique"),
    ]
    doc = _document([
        ("heading", "Plan d'actions de la commune", 1, ""),
        ("heading", "Indicateurs de suivi", 2, ""),
        ("list_item", "Nombre de cours d'école ouvertes le samedi", 0, "-"),
        ("paragraph", "Contact : service éducation — education@ville-exemple.fr — 03 20 11 22 33", 0, ""),
    ])
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("indicator", "Nombre de cours d'école ouvertes le samedi"),
    ]


def test_a_deliberations_annex_answers_each_observation_paragraph_by_paragraph():
    doc = _with_table([
        ("paragraph", "Extrait du registre des délibérations du conseil communautaire", 0, ""),
        ("paragraph", "Après en avoir délibéré, le conseil communautaire DÉCIDE :", 0, ""),
        ("paragraph", "Article 1 : La révision du zonage d'assainissement est approuvée.", 0, ""),
        ("paragraph", "Annexe : suites données à l'enquête publique", 0, ""),
    ], [
        ("Observation ou réserve", "Modification apportée au projet"),
        ("Observation R2 (bassin d'orage)", "Le bassin d'orage sera clôturé et planté de haies.\n"
                                             "Son déplacement vers le stade n'est pas retenu, faute de terrain."),
        ("Observation @5", "Non retenue : le raccordement des écarts relève du syndicat des eaux."),
        ("Observation C1 (voirie)", "Hors objet de l'enquête : la demande est transmise à la commune."),
        ("Observations @6 et @7", "Sans objet."),
        ("Réserve n° 2", "Une carte des travaux sera publiée chaque trimestre."),
    ])
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("decision", "", "La révision du zonage d'assainissement est approuvée."),
        ("action", "Retenue en partie", "Le bassin d'orage sera clôturé et planté de haies."),
        ("decision", "non retenue", "Son déplacement vers le stade n'est pas retenu, faute de terrain."),
        ("decision", "non retenue", "Non retenue : le raccordement des écarts relève du syndicat des eaux."),
        ("decision", "non retenue", "Hors objet de l'enquête : la demande est transmise à la commune."),
        ("action", "", "Une carte des travaux sera publiée chaque trimestre."),
    ]


def test_an_answer_cell_committing_then_leaving_a_part_out_after_a_semicolon_keeps_in_part():
    # one sentence: a commitment, « ; », then the same deed denied to another part, that part only
    # studied, or turned down: « Retenue en partie »; a clause after « ; » that leaves nothing out
    # keeps the answer whole
    doc = _with_table([
        ("paragraph", "Mémoire en réponse aux observations du public", 0, ""),
    ], [
        ("N°", "Observation (résumé)", "Réponse du maître d'ouvrage"),
        ("R4", "Rénover les abris de tous les arrêts.", "Les abris des arrêts du bourg seront rénovés en 2027 ; ceux des hameaux ne seront pas rénovés."),
        ("E2", "Prêter des vélos dans chaque commune.", "Un service de prêt de vélos sera lancé à Lussac en 2027 ; son extension aux villages sera étudiée en 2029."),
        ("C1", "Une navette réservable le jour même.", "La navette sera prolongée jusqu'au lycée ; un arrêt le jour même n'est pas compatible avec les horaires."),
        ("R6", "Agrandir le parking de la gare.", "Le parking de la gare sera agrandi de quarante places ; les travaux ne seront pas interrompus l'été."),
    ])
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "Retenue en partie",
         "Les abris des arrêts du bourg seront rénovés en 2027 ; ceux des hameaux ne seront pas rénovés."),
        ("action", "Retenue en partie",
         "Un service de prêt de vélos sera lancé à Lussac en 2027 ; son extension aux villages sera étudiée en 2029."),
        ("action", "Retenue en partie",
         "La navette sera prolongée jusqu'au lycée ; un arrêt le jour même n'est pas compatible avec les horaires."),
        ("action", "", "Le parking de la gare sera agrandi de quarante places ; les travaux ne seront pas interrompus l'été."),
    ]


def test_an_answer_cell_that_only_acknowledges_the_line_gives_no_unit():
    # « La commune prend acte de cet avis. », « Nous prenons bonne note de cette remarque. »: nothing
    # done nor turned down, no unit; the action of another row stays
    doc = _with_table([
        ("paragraph", "Mémoire en réponse aux observations du public", 0, ""),
    ], [
        ("N°", "Observation (résumé)", "Réponse du maître d'ouvrage"),
        ("R1", "Avis favorable au projet.", "La communauté de communes prend acte de cet avis."),
        ("E3", "Le dossier est trop long.", "Nous prenons bonne note de cette remarque."),
        ("C2", "Un abri à l'arrêt du collège.", "Un abri sera posé à l'arrêt du collège en 2027."),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("action", "Un abri sera posé à l'arrêt du collège en 2027."),
    ]


def test_an_answer_cell_of_explanation_over_two_lines_stays_one_answer():
    doc = _with_table([("heading", "Réponse de la commune aux propositions du conseil des sages", 1, "")], [
        ("Proposition", "Réponse de la commune"),
        ("Un banc devant la poste", "Deux bancs seront posés au printemps\net un troisième près de l'église."),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("action", "Deux bancs seront posés au printemps et un troisième près de l'église."),
    ]


def test_what_a_project_leaves_out_or_a_fate_stated_first_turns_the_demand_down():
    from nlp_stn.segment.tables import refuses
    assert refuses("Non retenues : ces voies relèvent du Département.")
    assert refuses("Hors sujet.")
    assert refuses("Les logements sociaux restent hors du périmètre de la présente modification.")
    assert not refuses("Une aire de covoiturage sera créée hors du bourg.")
    assert not refuses("La demande de marché non alimentaire sera étudiée.")


def test_an_answer_saying_the_matter_lies_outside_the_authoritys_powers_turns_the_demand_down():
    from nlp_stn.segment.tables import refuses
    assert refuses("Hors compétence : l'éclairage des routes départementales relève du Département, qui en est le gestionnaire.")
    assert refuses("Hors de nos compétences.")
    assert refuses("Cette demande est hors compétence de la commune.")
    assert not refuses("Une formation aux compétences numériques sera proposée hors temps scolaire.")
    doc = _with_table([("heading", "Réponse de la commune aux propositions du conseil des sages", 1, "")], [
        ("Proposition", "Réponse de la commune"),
        ("Un radar sur la départementale", "Hors compétence : la route relève du Département, qui annonce un comptage en 2028."),
        ("Un banc devant la poste", "Deux bancs seront posés au printemps."),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("decision", "Hors compétence : la route relève du Département, qui annonce un comptage en 2028."),
        ("action", "Deux bancs seront posés au printemps."),
    ]


def test_an_answer_opening_with_sans_objet_and_a_reason_turns_the_demand_down():
    from nlp_stn.segment.tables import refuses
    assert refuses("Sans objet : la gestion des cantines relève du syndicat scolaire.")
    assert refuses("Sans objet. Le marché couvert appartient à la commune voisine.")
    assert not refuses("Le tableau des travaux, sans objet depuis 2024, sera retiré du site.")
    doc = _with_table([("heading", "Réponse de la commune aux recommandations du garant", 1, "")], [
        ("Recommandation", "Réponse de la commune"),
        ("Un transport scolaire le mercredi", "Sans objet : le transport scolaire relève de la Région, qui en est informée."),
        ("Une piste cyclable vers le collège", "La piste sera réalisée en 2028."),
    ])
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("decision", "non retenue", "Sans objet : le transport scolaire relève de la Région, qui en est informée."),
        ("action", "", "La piste sera réalisée en 2028."),
    ]


def test_an_answer_cell_of_one_paragraph_gives_a_unit_per_measure_or_fate_it_tells():
    doc = _with_table([("heading", "Réponse du maître d'ouvrage aux recommandations du garant", 1, "")], [
        ("Recommandation", "Réponse du maître d'ouvrage"),
        ("Des bornes de recharge dans chaque village",
         "Six bornes seront installées en 2027 sur les parkings des mairies. Les hameaux ne sont pas concernés : "
         "la puissance du réseau y est insuffisante."),
        ("Un local pour les associations",
         "La salle des fêtes sera ouverte aux associations le mardi. Elle compte deux salles de réunion et une "
         "cuisine. Le calendrier des réservations sera publié en septembre."),
        ("Une antenne sur le château d'eau",
         "La liste des points hauts sera transmise aux opérateurs.\nLe château d'eau, trop fragile, ne peut pas "
         "porter d'antenne. Sa reconstruction n'est pas prévue."),
    ])
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "Retenue en partie", "Six bornes seront installées en 2027 sur les parkings des mairies."),
        ("decision", "non retenue", "Les hameaux ne sont pas concernés : la puissance du réseau y est insuffisante."),
        ("action", "", "La salle des fêtes sera ouverte aux associations le mardi. Elle compte deux salles de réunion "
                       "et une cuisine."),
        ("action", "", "Le calendrier des réservations sera publié en septembre."),
        ("action", "Retenue en partie", "La liste des points hauts sera transmise aux opérateurs."),
        ("action", "Retenue en partie", "Le château d'eau, trop fragile, ne peut pas porter d'antenne."),
        ("decision", "non retenue", "Sa reconstruction n'est pas prévue."),
    ]


def test_a_row_kept_in_part_gives_its_refused_sentence_as_a_refusal():
    # the row's fate column says « Retenue en partie »: the sentence of its answer cell that turns
    # a part down is that part's refusal (a decision « non retenue »), the others keep the row's fate
    doc = _with_table([("heading", "Suites données à l'avis du conseil", 1, "")], [
        ("Proposition", "Suite donnée", "Réponse"),
        ("Des permanences numériques dans chaque mairie", "Retenue en partie",
         "Le conseiller numérique tiendra une permanence à la médiathèque chaque mardi. Des permanences dans "
         "chaque mairie ne sont pas envisageables avec les effectifs actuels."),
    ])
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "Retenue en partie", "Le conseiller numérique tiendra une permanence à la médiathèque chaque mardi."),
        ("decision", "non retenue", "Des permanences dans chaque mairie ne sont pas envisageables avec les effectifs "
                                    "actuels."),
    ]


def test_an_inquiry_report_keeps_the_publics_asks_and_the_reserves_not_the_answers_nor_the_authors():
    doc = _document([
        ("heading", "Rapport du commissaire enquêteur", 1, ""),
        ("heading", "Observations du public", 2, ""),
        ("heading", "R4 – Mme Durand, Les Essarts (permanence du 3 mars 2025)", 3, ""),
        ("paragraph", "Riveraine du site, Mme Durand craint le bruit des camions. Elle demande que les livraisons "
                      "soient interdites avant 7 heures.", 0, ""),
        ("heading", "Réponse du maître d'ouvrage :", 3, ""),
        ("paragraph", "Les livraisons seront organisées entre 8 h et 18 h.", 0, ""),
        ("heading", "Avis du commissaire enquêteur :", 3, ""),
        ("paragraph", "Le commissaire enquêteur recommande de l'inscrire au cahier des charges.", 0, ""),
        ("heading", "C1 – Association Bois-Joli (courrier du 8 mars 2025)", 3, ""),
        ("paragraph", "L'association demande la plantation d'une haie le long du chemin.", 0, ""),
        ("heading", "Conclusions motivées", 2, ""),
        ("paragraph", "Au terme de l'enquête, je considère que :", 0, ""),
        ("list_item", "le projet répond à un besoin de la commune ;", 0, "–"),
        ("list_item", "les nuisances restent limitées.", 0, "–"),
        ("paragraph", "Réserve n° 1 : Interdire les livraisons avant 7 heures.", 0, ""),
        ("paragraph", "Recommandation n° 1 : Planter une haie le long du chemin.", 0, ""),
    ], kind="opinion")
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("recommendation", "R4", "Elle demande que les livraisons soient interdites avant 7 heures."),
        ("recommendation", "", "L'association demande la plantation d'une haie le long du chemin."),
        ("recommendation", "Réserve n° 1", "Interdire les livraisons avant 7 heures."),
        ("recommendation", "Recommandation n° 1", "Planter une haie le long du chemin."),
    ]


def test_a_chapter_titled_with_the_commissaires_opinion_keeps_its_reserves():
    doc = _document([
        ("heading", "Observations du public", 2, ""),
        ("paragraph", "M. Roux demande la création d'un parking à vélos.", 0, ""),
        ("heading", "Avis du commissaire enquêteur", 2, ""),
        ("paragraph", "Réserve n° 1 : Créer un parking à vélos couvert devant la mairie.", 0, ""),
    ], kind="opinion")
    assert [(s.label, s.text) for s in segment(doc)] == [
        ("", "M. Roux demande la création d'un parking à vélos."),
        ("Réserve n° 1", "Créer un parking à vélos couvert devant la mairie."),
    ]


def test_a_thing_that_will_be_the_object_of_a_study_is_only_studied():
    doc = _document([
        ("heading", "Plan d'actions de la commune", 1, ""),
        ("paragraph", "Une navette vers la gare fera l'objet d'une étude en 2027 avec la Région.", 0, ""),
        ("paragraph", "Le marché du samedi sera étendu à la place de l'église dès le printemps.", 0, ""),
    ], kind="strategy")
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "À l'étude", "Une navette vers la gare fera l'objet d'une étude en 2027 avec la Région."),
        ("action", "", "Le marché du samedi sera étendu à la place de l'église dès le printemps."),
    ]


def test_an_inquiry_report_in_paragraphs_keeps_the_publics_asks_not_the_answers_nor_the_authors():
    doc = _document([
        ("heading", "Rapport du commissaire enquêteur", 1, ""),
        ("heading", "Observations du public", 2, ""),
        ("paragraph", "R4 – Mme Durand, Les Essarts (permanence du 3 mars 2025)", 0, ""),
        ("paragraph", "Riveraine du site, Mme Durand craint le bruit des camions. Elle demande que les livraisons "
                      "soient interdites avant 7 heures.", 0, ""),
        ("paragraph", "Réponse du maître d'ouvrage : Les livraisons seront organisées entre 8 h et 18 h. Il faudra "
                      "toutefois prévoir une dérogation.", 0, ""),
        ("paragraph", "Avis du commissaire enquêteur : Le commissaire enquêteur recommande de l'inscrire au cahier "
                      "des charges.", 0, ""),
        ("paragraph", "R5 – M. Bon (registre de la mairie, 4 mars 2025) : il souhaite qu'un abri à vélos soit "
                      "installé.", 0, ""),
        ("paragraph", "Réponse du maître d'ouvrage :", 0, ""),
        ("paragraph", "Un abri sera installé. Il faudrait aussi une borne de recharge, selon nous.", 0, ""),
        ("paragraph", "Commentaire du commissaire enquêteur :", 0, ""),
        ("paragraph", "Je recommande de prévoir un abri couvert.", 0, ""),
        ("heading", "Conclusions", 2, ""),
        ("paragraph", "Recommandation n° 1 : Prévoir un abri couvert.", 0, ""),
    ], kind="opinion")
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("recommendation", "R4", "Elle demande que les livraisons soient interdites avant 7 heures."),
        ("recommendation", "R5", "il souhaite qu'un abri à vélos soit installé."),
        ("recommendation", "Recommandation n° 1", "Prévoir un abri couvert."),
    ]


def test_a_labelled_note_quoting_a_piece_of_an_item_after_an_ellipsis_is_no_unit():
    """Minutes that list the amendments to a plan, then come back to them one by one quoting
    only the piece changed (« Action 3 :(compléter) ... et les abonnés du réseau de bus. »): the
    ellipsis says it is a piece of an item stated above, a note, not one more action."""
    doc = _document([
        ("heading", "Réunion de la commission mobilités", 1, ""),
        ("paragraph", "Le groupe propose les amendements suivants :", 0, ""),
        ("list_item", "Compléter l'intitulé de l'action 3 comme suit : Informer les usagers des travaux et les abonnés "
                      "du réseau de bus.", 0, "1)"),
        ("paragraph", "Action 3 :(compléter) ... et les abonnés du réseau de bus. Le groupe aurait voulu des SMS.", 0, ""),
        ("paragraph", "Action 5 : … dès le printemps 2027.", 0, ""),
    ], kind="minutes")
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("recommendation", "Compléter l'intitulé de l'action 3 comme suit : Informer les usagers des travaux et les "
                           "abonnés du réseau de bus."),
    ]


def test_priorities_a_report_set_announce_objectives_not_a_plans_own_priorities():
    """« L'étude retenait des priorités : » announces aims, as « des attentes » do; a plan's
    « trois priorités : » or « Nos priorités pour 2026 : » announce what it will do."""
    assert classify_leadin("L'étude de 2022 retenait des priorités :") == "objective"
    assert classify_leadin("Le bilan dégageait des priorités claires :") == "objective"
    assert classify_leadin("Le plan se concentre sur trois priorités :", "action") == ""
    assert classify_leadin("Nos priorités pour 2026 :", "action") == ""


def test_the_next_tasks_of_the_working_group_announce_no_units():
    """« Actions à venir du groupe de travail : » in a group's minutes lists what the group will
    do itself (prepare a note, name delegates): no action of the plan, no demand; actions or
    next steps not of the group are announced as before."""
    assert classify_leadin("Actions à venir du groupe de travail :") is None
    assert classify_leadin("Suites à donner par notre groupe :") is None
    assert classify_leadin("Actions à venir :") == "action"
    doc = _document([
        ("heading", "Groupe de travail mobilités — compte rendu du 3 mars", 1, ""),
        ("paragraph", "Actions à venir du groupe de travail :", 0, ""),
        ("list_item", "rédiger une note de synthèse sur les navettes pour la plénière.", 0, "-"),
        ("list_item", "inviter le service transports à la prochaine réunion.", 0, "-"),
    ], kind="minutes")
    assert [(s.kind, s.text) for s in segment(doc)] == []


def test_proposals_a_steering_body_retained_are_announced_as_actions_outside_an_opinion():
    """« Le comité de pilotage a retenu les amendements suivants : » in minutes: what follows is
    taken up by the authority; « Le groupe suggère les amendements suivants : », or a council
    retaining its own proposals in its opinion, still announces demands."""
    assert classify_leadin("Le comité de pilotage a retenu les amendements suivants, qui iront au conseil :") == "action"
    assert classify_leadin("Le bureau communautaire accepte les propositions suivantes :") == "action"
    assert classify_leadin("Le groupe suggère les amendements suivants :") == "recommendation"
    assert classify_leadin("Le comité de pilotage a retenu les propositions suivantes :", "recommendation") == "recommendation"
    doc = _document([
        ("heading", "Commission vélo — relevé du 4 avril", 1, ""),
        ("paragraph", "Le comité de suivi a validé les modifications suivantes :", 0, ""),
        ("list_item", "Ajouter une action 9 : Poser des arceaux devant chaque école.", 0, "1)"),
    ], kind="minutes")
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("action", "Ajouter une action 9 : Poser des arceaux devant chaque école."),
    ]


def test_a_thing_said_not_retained_in_minutes_is_a_refusal():
    """Minutes telling the authority's answer in prose (« En revanche, la navette du dimanche
    n'est pas retenue : … »): a decision turning it down; not a title « Ce que nous n'avons pas
    retenu », nor a refusal inside a relative clause."""
    doc = _document([
        ("heading", "Commission mobilités — relevé du 4 avril", 1, ""),
        ("paragraph", "En revanche, la navette du dimanche n'est pas retenue : la fréquentation estivale ne la "
                      "justifie pas.", 0, ""),
        ("paragraph", "Ce que nous n'avons pas retenu cette année", 0, ""),
        ("paragraph", "Le plan, qui n'est pas retenu par tous, reste affiché en mairie.", 0, ""),
    ], kind="minutes")
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("decision", "non retenue", "En revanche, la navette du dimanche n'est pas retenue : la fréquentation "
                                    "estivale ne la justifie pas."),
    ]


def test_a_person_named_in_minutes_saying_what_will_be_done_is_a_commitment():
    """Minutes of a working group meeting the authority's officer (« Anne Riou précise que les
    ateliers reprendront en mars »): what will be done, an action; what the same says of the
    past, or a speaker not named in full, is none."""
    doc = _document([
        ("heading", "Groupe de travail seniors — compte rendu du 2 février", 1, ""),
        ("paragraph", "Anne Riou précise que les ateliers de la médiathèque reprendront en mars, le jeudi matin.", 0, ""),
        ("paragraph", "Anne Riou indique que la salle était fermée en janvier.", 0, ""),
        ("paragraph", "Un participant assure que les ateliers reprendront bientôt.", 0, ""),
    ], kind="minutes")
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("action", "Anne Riou précise que les ateliers de la médiathèque reprendront en mars, le jeudi matin."),
    ]


def test_a_record_of_amendments_gives_the_amendment_its_question_and_no_reasons_or_verdict():
    """The minutes of a commission examining amendments: « Texte de l'amendement : » announces the
    one paragraph after it (not the reasons, the verdict, the vote and the outcome that follow);
    « Exposé des motifs : » argues and « Avis du bureau : Avis favorable sous réserve … » judges, no
    demands; « Mme X demande : « … ? » Le président répond … » puts the question quoted."""
    doc = _document([
        ("heading", "Compte rendu de la commission des finances", 1, ""),
        ("heading", "Amendement n° 4 – déposé par l'association des riverains", 2, ""),
        ("paragraph", "Texte de l'amendement :", 0, ""),
        ("paragraph", "Planter une haie le long du stade municipal.", 0, ""),
        ("paragraph", "Exposé des motifs : Le bruit gêne les voisins. Il faut protéger les riverains du terrain.", 0, ""),
        ("paragraph", "Avis du bureau : Avis favorable sous réserve. Le bureau propose de limiter la haie au côté nord.", 0, ""),
        ("paragraph", "Vote : Pour : 7 – Contre : 2 – Abstention : 0", 0, ""),
        ("paragraph", "L'amendement n° 4 est adopté.", 0, ""),
        ("heading", "Questions diverses", 2, ""),
        ("paragraph", "M. Durand demande : « Quand les travaux du stade commenceront-ils ? » Le président répond "
                      "qu'ils commenceront au printemps.", 0, ""),
    ])
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("recommendation", "Planter une haie le long du stade municipal."),
        ("question", "Quand les travaux du stade commenceront-ils ?"),
    ]


def test_a_plural_lead_in_still_announces_every_paragraph_after_it():
    """« Nos propositions : » over three paragraphs: all three (only a lead-in naming one
    proposal, « La proposition : », stops after the first)."""
    blocks = [("heading", "Avis du conseil de quartier", 1, ""), ("paragraph", "Nos propositions :", 0, ""),
              ("paragraph", "Un banc devant la poste.", 0, ""), ("paragraph", "Un abri au terrain de boules.", 0, ""),
              ("paragraph", "Un panneau d'affichage libre.", 0, "")]
    assert [u.text for u in segment(_document(blocks))] == [
        "Un banc devant la poste.", "Un abri au terrain de boules.", "Un panneau d'affichage libre."]
    blocks[1] = ("paragraph", "La proposition :", 0, "")
    assert [u.text for u in segment(_document(blocks))] == ["Un banc devant la poste."]


def test_an_axis_number_alone_over_its_title_labels_the_heading_and_field_lines_give_indicators():
    """A plan printed with « AXE 1 » alone in small type over the heading « Des rues plus sûres »:
    the axis is that heading, labelled « Axe 1 » (not the next paragraph); the line of fields
    under an action, « Pilote : … | Calendrier : … | Indicateur : … », gives its indicator,
    under the action; a cell holding only « Action 1.1 » in the annex table names the action,
    it is no unit."""
    doc = _with_table([
        ("heading", "Plan de mobilité 2027-2030", 1, ""),
        ("paragraph", "AXE 1", 0, ""),
        ("heading", "Des rues plus sûres", 2, ""),
        ("heading", "Action 1.1 – Apaiser les abords des écoles", 3, ""),
        ("paragraph", "La vitesse sera limitée à 30 km/h devant les six écoles de la commune dès 2027.", 0, ""),
        ("paragraph", "Pilote : service voirie | Calendrier : 2027 | Indicateur : Nombre d'écoles en zone 30", 0, ""),
        ("heading", "Annexe : modifications apportées", 2, ""),
    ], [
        ["Demande", "Action modifiée", "Rédaction retenue"],
        ["n° 3", "Action 1.1", "La vitesse sera limitée à 30 km/h devant les écoles."],
    ], doc_id="plan.docx")
    got = [(u.kind, u.label, u.text) for u in segment(doc)]
    assert got[:3] == [
        ("objective", "Axe 1", "Des rues plus sûres"),
        ("action", "Action 1.1", "Apaiser les abords des écoles"),
        ("indicator", "", "Nombre d'écoles en zone 30"),
    ]
    assert not any(text == "Action 1.1" for _, _, text in got)
    by_id = {u.id: u for u in segment(doc)}
    assert [by_id[u.parent].label for u in segment(doc) if u.kind == "indicator"] == ["Action 1.1"]


def test_field_indicators_reads_the_indicator_fields_of_a_line_of_fields_only():
    from nlp_stn.segment.tables import field_indicators

    line = "Pilote : CCAS | Échéance : 2028 | Indicateurs de suivi : nombre de repas livrés ; part des bénéficiaires"
    assert [t for _, t in field_indicators(line)] == ["nombre de repas livrés", "part des bénéficiaires"]
    assert field_indicators(line)[0][0] == line.index("nombre")
    assert field_indicators("Indicateur : taux de remplissage des navettes.") == [(13, "taux de remplissage des navettes")]
    assert field_indicators("Le bilan dira si l'indicateur : taux de remplissage est suivi.") == []


def test_an_annex_column_quoting_the_wording_kept_gives_no_units_in_a_plan():
    """An authority's plan ending with an annex « Amendement | Action modifiée | Rédaction
    retenue »: the wording kept repeats the plan's own words, read where they stand; no unit."""
    doc = _with_table([
        ("heading", "Plan d'actions de la commune 2027-2030", 1, ""),
        ("heading", "Action 1 – Des bancs sur la promenade", 2, ""),
        ("paragraph", "Dix bancs seront installés le long de la promenade en 2027, dont deux à l'ombre.", 0, ""),
        ("heading", "Annexe : amendements retenus", 2, ""),
    ], [
        ["Amendement", "Action modifiée", "Rédaction retenue"],
        ["n° 2", "Action 1", "Dix bancs seront installés le long de la promenade en 2027, dont deux à l'ombre."],
        ["n° 5", "Action 1", "… dont deux à l'ombre."],
    ], doc_id="plan.docx")
    assert [(u.kind, u.label, u.text) for u in segment(doc)] == [
        ("action", "Action 1", "Des bancs sur la promenade"),
    ]


def test_a_plan_rows_description_turning_a_part_down_gives_a_decision(tmp_path):
    # the refusal in a row's description is a decision of its own (« non retenue »), under the
    # row's action, which keeps the rest; the row's indicator stays under the action; a row whose
    # description only refuses stays one unit
    path = tmp_path / "plan.csv"
    path.write_text(
        "N°;Action;Description;Pilote;Indicateur\n"
        "1;Poser des abris à vélos;Deux abris seront posés près des écoles en 2027. Le troisième abri, au stade, "
        "n'est pas retenu : le terrain est privé.;Voirie;Nombre d'abris posés\n"
        "2;Navette du dimanche;La navette du dimanche n'est pas retenue.;Transports;\n", encoding="utf-8")
    units = segment(extract(path))
    by_id = {u.id: u for u in units}
    assert [(u.kind, u.label, u.text, u.state, by_id[u.parent].text.split("\n")[0] if u.parent else "")
            for u in units] == [
        ("action", "1", "Poser des abris à vélos\nDeux abris seront posés près des écoles en 2027.", "", ""),
        ("decision", "1", "Le troisième abri, au stade, n'est pas retenu : le terrain est privé.", "non retenue",
         "Poser des abris à vélos"),
        ("indicator", "1", "Nombre d'abris posés", "", "Poser des abris à vélos"),
        ("action", "2", "Navette du dimanche\nLa navette du dimanche n'est pas retenue.", "", ""),
    ]


def test_description_heading_in_the_type_of_a_fiche_title_describes_the_fiche():
    # a plan's fiche: its labelled title bar, then « Description » set in the same type, its
    # paragraph of future sentences, then the next fiche: the paragraph is the first fiche's
    # description, no action of its own
    doc = _document([
        ("heading", "Axe 2 – Des services proches", 3, ""),
        ("heading", "FICHE ACTION 5 Ouvrir une maison des services au public", 6, ""),
        ("heading", "Description", 6, ""),
        ("paragraph", "La maison sera installée dans l'ancienne gare en 2028. Elle accueillera une permanence "
                      "de la caisse d'allocations familiales chaque semaine.", 0, ""),
        ("heading", "FICHE ACTION 6 Créer un relais de covoiturage", 6, ""),
        ("heading", "Contenu de l'action", 6, ""),
        ("paragraph", "Deux aires seront aménagées près des écoles.", 0, ""),
    ], kind="strategy")
    units = segment(doc)
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("objective", "Axe 2", "Des services proches"),
        ("action", "Fiche action 5", "Ouvrir une maison des services au public"),
        ("action", "Fiche action 6", "Créer un relais de covoiturage"),
    ]
    assert units[1].detail.startswith("La maison sera installée dans l'ancienne gare en 2028.")
    assert units[2].detail == "Deux aires seront aménagées près des écoles."


def test_description_heading_after_a_paragraph_is_a_section():
    # « Description » after a unit that already has its text is no fiche's field: the rule does
    # not reach back over units
    doc = _document([
        ("heading", "FICHE ACTION 1 Ouvrir une maison des services au public", 6, ""),
        ("paragraph", "La maison sera installée dans l'ancienne gare en 2028.", 0, ""),
        ("list_item", "Créer un relais de covoiturage.", 0, "-"),
        ("heading", "Description", 6, ""),
        ("paragraph", "Deux aires seront aménagées près des écoles.", 0, ""),
    ], kind="strategy")
    units = segment(doc)
    assert units[-1].text == "Deux aires seront aménagées près des écoles."


def test_a_sub_heading_naming_what_is_proposed_makes_its_asking_sentences_demands():
    # a citizens' report: « Proposition 2.4 » over « Constat » and « Ce que nous proposons »; a wish
    # for a thing and what the authority must do are demands there, the findings are not
    doc = _document([
        ("heading", "Avis citoyen sur le numérique", 1, ""),
        ("heading", "Proposition 2.4 Aller vers les habitants", 3, ""),
        ("heading", "Constat", 4, ""),
        ("paragraph", "Les personnes isolées ne se déplacent plus. La commune doit faire face à un vieillissement rapide.", 0, ""),
        ("heading", "Ce que nous proposons", 4, ""),
        ("paragraph", "Organiser des visites à domicile pour les personnes âgées.", 0, ""),
        ("paragraph", "Nous souhaitons aussi une ligne téléphonique d'assistance ouverte le samedi.", 0, ""),
        ("heading", "Proposition 2.5 Des lieux", 3, ""),
        ("heading", "Ce que nous proposons", 4, ""),
        ("paragraph", "La commune doit ouvrir une salle de coworking dans chaque quartier.", 0, ""),
    ], kind="avis")
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("recommendation", "Proposition 2.4", "Aller vers les habitants"),
        ("recommendation", "", "Organiser des visites à domicile pour les personnes âgées."),
        ("recommendation", "", "Nous souhaitons aussi une ligne téléphonique d'assistance ouverte le samedi."),
        ("recommendation", "Proposition 2.5", "Des lieux"),
        ("recommendation", "", "La commune doit ouvrir une salle de coworking dans chaque quartier."),
    ]


def test_a_vote_result_under_a_proposal_is_no_unit():
    doc = _document([
        ("heading", "Avis citoyen sur le numérique", 1, ""),
        ("heading", "Proposition 1 Des bancs au parc", 3, ""),
        ("paragraph", "Installer dix bancs le long de l'allée.", 0, ""),
        ("list_item", "Adoptée à 83 % (pour : 30 ; contre : 4 ; abstention : 3)", 0, "✓"),
        ("heading", "Proposition 2 Un kiosque", 3, ""),
        ("paragraph", "Construire un kiosque à musique.", 0, ""),
        ("paragraph", "Pour : 21 – Contre : 12 – Abstentions : 4", 0, ""),
        ("paragraph", "Adoptée à l'unanimité.", 0, ""),
    ], kind="avis")
    assert [(s.label, s.text) for s in segment(doc)] == [
        ("Proposition 1", "Des bancs au parc"), ("", "Installer dix bancs le long de l'allée."),
        ("Proposition 2", "Un kiosque"), ("", "Construire un kiosque à musique."),
    ]


def test_a_numbered_row_of_an_answer_table_answers_the_demand_of_that_number():
    # « N° » beside « Proposition du panel »: the row's answer answers proposal 2, named so in its
    # heading as the panel's report numbers it
    doc = _with_table([("heading", "Suites données aux propositions du panel", 1, "")], [
        ("N°", "Proposition du panel", "Suite donnée", "Modalités de mise en œuvre"),
        ("2", "Des bancs au jardin public", "Retenue", "Six bancs seront posés le long de l'allée centrale."),
        ("2.1", "Proposition 2.1 : un kiosque", "Étude", "Un kiosque sera étudié avec l'école de musique."),
    ])
    assert [(s.answers, s.heading) for s in segment(doc)] == [
        ("2", "Suites données aux propositions du panel > Proposition 2 – Des bancs au jardin public"),
        ("2.1", "Suites données aux propositions du panel > Proposition 2.1 : un kiosque"),
    ]


def test_numbered_demand_names_the_quoted_demand_as_its_document_numbers_it():
    from nlp_stn.segment.tables import numbered_demand
    assert numbered_demand("Proposition de la convention", "3.2", "Le choix du logiciel libre") == (
        "Proposition 3.2 – Le choix du logiciel libre", "3.2")
    assert numbered_demand("Recommandations du conseil", "4", "Recommandation n° 4 : un guichet") == (
        "Recommandation n° 4 : un guichet", "4")
    assert numbered_demand("Observation", "4", "Un parking") == ("Un parking", "")
    assert numbered_demand("Proposition", "A-4", "Un parking") == ("Un parking", "")
    assert numbered_demand("Proposition", "", "Un parking") == ("Un parking", "")


def test_the_proposals_an_assembly_voted_down_are_not_its_demands():
    doc = _with_table([("heading", "Annexe – Propositions soumises au vote", 1, "")], [
        ("N°", "Proposition soumise au vote", "Résultat"),
        ("1", "Créer un chèque numérique pour les familles.", "Adoptée (71 %)"),
        ("2", "Interdire les écrans à l'école maternelle.", "Non adoptée (38 %)"),
        ("3", "Organiser un référendum local par an.", "Rejetée à 62 %"),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        ("recommendation", "Créer un chèque numérique pour les familles."),
    ]


def _mail(points_marker):
    builder = TextBuilder()
    for kind, text, level, marker in [
            ("heading", "RE: Avis du conseil de quartier", 1, ""),
            ("paragraph", "Bonjour, voici mes réponses à vos recommandations.", 0, ""),
            ("heading", "Ouvrir la médiathèque le dimanche", 2, points_marker),
            ("paragraph", "Oui : la commune ouvrira la médiathèque le dimanche matin dès septembre.", 0, ""),
            ("heading", "Éclairer le parc la nuit", 2, points_marker),
            ("paragraph", "Nous ne pourrons pas éclairer le parc la nuit.", 0, "")]:
        builder.add(kind, text, level=level, marker=marker)
    ex = builder.build()
    return Document(id="re.txt", path="re.txt", format="txt", title="RE: Avis du conseil de quartier",
                    text=ex.text, blocks=ex.blocks)


def test_a_mail_answering_an_opinion_point_by_point_is_the_authority_s_answer():
    from nlp_stn.segment import document_prior
    # the quoted points it answers (headings marked « > » by the text reader): the answers are
    # actions and decisions, the points are no units
    assert document_prior(_mail(">")) == "action"
    assert [(s.kind, s.text) for s in segment(_mail(">"))] == [
        ("action", "Oui : la commune ouvrira la médiathèque le dimanche matin dès septembre."),
        ("decision", "Nous ne pourrons pas éclairer le parc la nuit."),
    ]
    # the same reply without quoted points (it may pass the opinion on): not taken for the answer
    assert document_prior(_mail("")) == ""
    # an authority's answer (whatever subject its commitments have, what it did is told)
    from nlp_stn.segment.priors import _answers
    assert (_answers(_mail(">")), _answers(_mail(""))) == (True, False)


def test_a_document_opening_with_an_answer_grid_answers_and_its_engagement_column_states_each_fate():
    # a title that says neither opinion nor plan, then « Proposition | Engagement | Commentaire
    # de la liste »: the list's answers are the units, each with the commitment stated beside it
    from nlp_stn.segment import document_prior

    doc = _with_table([("heading", "Le pacte pour la vallée : ce que nous en retenons", 1, "")], [
        ("N°", "Proposition", "Engagement", "Commentaire de la liste"),
        ("1", "Un marché de producteurs le samedi", "Oui", "Le marché ouvrira place de l'église au printemps prochain."),
        ("2", "Deux crèches nouvelles", "En partie", "Une crèche de vingt places sera construite près de l'école."),
        ("3", "Un cinéma", "Non", "Nous ne construirons pas de cinéma : la salle des fêtes accueille déjà des séances."),
    ], numbered=True)
    assert document_prior(doc) == "action"
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "Oui", "Le marché ouvrira place de l'église au printemps prochain."),
        ("action", "En partie", "Une crèche de vingt places sera construite près de l'école."),
        ("decision", "Non", "Nous ne construirons pas de cinéma : la salle des fêtes accueille déjà des séances."),
    ]


def test_a_follow_up_table_recalling_each_recommendation_gives_the_answers_with_their_state():
    # « Rappel de la recommandation » quotes the demand (the context), « Suite donnée par … » is
    # the answer (the unit), « État d'avancement » its state
    doc = _with_table([("heading", "Tableau de suivi des avis du conseil des sages", 1, "")], [
        ("N°", "Rappel de la recommandation", "Suite donnée par la ville", "État d'avancement"),
        ("R1", "Des bancs au parc", "Réalisé : six bancs ont été posés le long de l'allée centrale.", "Réalisé"),
        ("R2", "Un abri à vélos à la gare", "Non retenu, car le parvis en compte déjà un de quarante places.",
         "Non retenu"),
    ])
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "Réalisé", "Réalisé : six bancs ont été posés le long de l'allée centrale."),
        ("decision", "Non retenu", "Non retenu, car le parvis en compte déjà un de quarante places."),
    ]


@pytest.mark.parametrize("section, kind", [
    ("Nos propositions en plus", "action"),  # the list's own pledges
    ("Nos engagements complémentaires", "action"),
    ("Les propositions reçues en réunion publique", "recommendation"),  # others' proposals, quoted
])
def test_a_proposal_column_under_the_authors_own_proposals_gives_its_pledges(section, kind):
    doc = _with_table([("heading", "Réponse de la commune au cahier de doléances", 1, ""),
                       ("heading", section, 2, "")], [
        ("N°", "Proposition", "Calendrier"),
        ("A", "Ouvrir une maison des associations dans l'ancienne école", "2028"),
    ])
    assert [(s.kind, s.text) for s in segment(doc)] == [
        (kind, "Ouvrir une maison des associations dans l'ancienne école")]


def test_in_a_row_kept_in_part_a_sentence_opening_with_pas_de_or_saying_not_fundable_is_the_refused_part():
    doc = _with_table([("heading", "Réponse de la commune aux propositions du conseil des jeunes", 1, "")], [
        ("Proposition", "Suite donnée", "Réponse de la commune"),
        ("Un skatepark et une piste de BMX", "Retenue en partie",
         "Un skatepark sera aménagé derrière le gymnase en 2027. Pas de piste de BMX : le terrain est trop petit."),
        ("Deux animateurs de plus", "Retenue en partie",
         "Un animateur sera recruté à la rentrée. Le second n'est pas finançable au budget de cette année."),
        ("Un concert d'été", "Retenue",
         "Un concert aura lieu le 21 juin sur la place. Pas de problème pour la scène, qui sera prêtée par la ville."),
    ])
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "Retenue en partie", "Un skatepark sera aménagé derrière le gymnase en 2027."),
        ("decision", "non retenue", "Pas de piste de BMX : le terrain est trop petit."),
        ("action", "Retenue en partie", "Un animateur sera recruté à la rentrée."),
        ("decision", "non retenue", "Le second n'est pas finançable au budget de cette année."),
        # « Pas de problème … » agrees: it refuses nothing, it explains the sentence before
        ("action", "Retenue",
         "Un concert aura lieu le 21 juin sur la place. Pas de problème pour la scène, qui sera prêtée par la ville."),
    ]


def test_a_document_opening_with_an_answer_grid_is_an_answer_whose_sentences_commit_whatever_their_subject():
    # as in an answer to letters, « La halle couverte suivra en 2028 » is a deed of its own
    doc = _with_table([("heading", "Le pacte pour la vallée : ce que nous en retenons", 1, "")], [
        ("N°", "Proposition", "Engagement", "Commentaire de la liste"),
        ("1", "Un marché couvert", "Oui", "Le marché ouvrira place de l'église en mai. La halle couverte suivra en 2028."),
    ], numbered=True)
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "Oui", "Le marché ouvrira place de l'église en mai."),
        ("action", "Oui", "La halle couverte suivra en 2028."),
    ]


def test_a_pledge_grid_ticking_its_fate_columns_gives_each_row_the_fate_ticked():
    doc = _with_table([("heading", "Réponse de la liste « Vivre à Vallon » au pacte des associations", 1, "")], [
        ("N°", "Proposition", "Oui", "En partie", "Non", "Commentaire de la liste"),
        ("1", "Un marché de producteurs", "X", "", "", "Le marché ouvrira place de l'église au printemps."),
        ("2", "Deux crèches", "", "X", "", "Une crèche de vingt places sera construite près de l'école."),
        ("3", "Un cinéma", "", "", "✓", "La salle des fêtes accueillera des séances une fois par mois."),
        ("4", "Une piscine", "X", "X", "", "La piscine intercommunale sera rénovée en 2028."),
    ], numbered=True)
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "Oui", "Le marché ouvrira place de l'église au printemps."),
        ("action", "En partie", "Une crèche de vingt places sera construite près de l'école."),
        ("decision", "Non", "La salle des fêtes accueillera des séances une fois par mois."),
        ("action", "", "La piscine intercommunale sera rénovée en 2028."),  # ticked twice: no fate
    ]


def test_an_answer_cell_opening_with_its_commitment_states_the_rows_fate():
    # a pledge grid without a column of fates: « Non : … », « En partie : … » open the answer
    doc = _with_table([("heading", "Le pacte pour la vallée : ce que nous en retenons", 1, "")], [
        ("N°", "Proposition", "Réponse de la liste"),
        ("1", "Un marché de producteurs", "Oui. Le marché ouvrira place de l'église au printemps."),
        ("2", "Deux crèches", "En partie : une crèche de vingt places sera construite près de l'école."),
        ("3", "Un cinéma", "Non : la salle des fêtes accueille déjà des séances une fois par mois."),
        ("4", "Une piscine", "Déjà réalisé : la piscine a été rénovée en 2024."),
        ("5", "Un parc", "Nous aménagerons un square rue Haute."),
    ], numbered=True)
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "Oui", "Oui. Le marché ouvrira place de l'église au printemps."),
        ("action", "En partie", "En partie : une crèche de vingt places sera construite près de l'école."),
        ("decision", "Non", "Non : la salle des fêtes accueille déjà des séances une fois par mois."),
        ("action", "Déjà réalisé", "Déjà réalisé : la piscine a été rénovée en 2024."),
        ("action", "", "Nous aménagerons un square rue Haute."),
    ]


@pytest.mark.parametrize("version, section, prior", [
    ("Version 2.0 (printemps 2027)", "Ajouté", "action"),
    ("[1.3.0] - 2026-06-02", "Corrigé", "action"),
    ("v1.4.2", "À l'étude", "action"),
    ("1.4.2 (18 décembre 2026)", "Prévu", "action"),
    ("Version 2.0 (printemps 2027)", "Les habitants", ""),  # no fate under the version
    ("2.1 Les écoles", "Ajouté", ""),  # a numbered section, not a version
])
def test_a_version_heading_over_a_fate_heading_makes_release_notes(version, section, prior):
    from nlp_stn.segment import document_prior
    doc = _document([("heading", "Application de la ville", 1, ""), ("heading", version, 2, ""),
                     ("heading", section, 3, ""), ("list_item", "Agenda des associations.", 0, "-")])
    assert document_prior(doc) == prior


def test_the_lines_of_a_webography_are_no_units(tmp_path):
    # under « Webographie » (or « Bibliographie », « Pour aller plus loin »…), the titles of the works
    # cited and their links, even opening with an infinitive, ask nothing; the next section reads again
    path = tmp_path / "guide.md"
    path.write_text(
        "# Guide des bonnes pratiques\n\n## Réduire les achats\n\nPour réduire les achats, il est possible de :\n\n"
        "- Mutualiser les imprimantes entre services.\n- Réaffecter les postes en interne.\n\n"
        "## Webographie\n\n"
        "- Réduire l’empreinte du numérique, Agence X, 2021 https://example.org/empreinte\n"
        "- Être sobre au bureau !, Presse Y https://example.org/bureau\n\n"
        "## Fin d’usage\n\nIl faut :\n\n- Trier les consommables usagés.\n", encoding="utf-8")
    assert [(s.kind, s.text) for s in segment(extract(path))] == [
        ("recommendation", "Mutualiser les imprimantes entre services."),
        ("recommendation", "Réaffecter les postes en interne."),
        ("recommendation", "Trier les consommables usagés."),
    ]


def test_in_an_opinion_a_labelled_title_over_its_listed_demands_names_their_theme():
    # « Recommandation n° 2 – … » over a context, « Le Comité recommande : » and items: the items
    # are the demands, the title none; a paragraph of one question under a titled recommendation
    # is a question; a title whose explanation states its demand before the list stays a unit
    doc = _document([
        ("heading", "Avis du comité de quartier", 1, ""),
        ("heading", "Recommandation n° 1 – Des rues plus calmes", 2, ""),
        ("paragraph", "Le trafic de transit a doublé. Le Comité recommande :", 0, ""),
        ("list_item", "de limiter la vitesse à 30 km/h ;", 0, "•"),
        ("list_item", "de poser deux plateaux surélevés.", 0, "•"),
        ("heading", "Recommandation n° 2 – Un square ombragé", 2, ""),
        ("paragraph", "Le Comité demande que dix arbres soient plantés au square.", 0, ""),
        ("paragraph", "Enfin, qui entretiendra ces arbres ?", 0, ""),
        ("heading", "Recommandation n° 3 – Des bancs", 2, ""),
        ("paragraph", "Nous demandons des bancs. Le Comité précise :", 0, ""),
        ("list_item", "près de l'école ;", 0, "•"),
        ("list_item", "près de la poste.", 0, "•"),
    ], kind="avis")
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("recommendation", "", "de limiter la vitesse à 30 km/h ;"),
        ("recommendation", "", "de poser deux plateaux surélevés."),
        ("recommendation", "Recommandation n° 2",
         "Un square ombragé\nLe Comité demande que dix arbres soient plantés au square."),
        ("question", "", "Enfin, qui entretiendra ces arbres ?"),
        ("recommendation", "Recommandation n° 3", "Des bancs\nNous demandons des bancs."),
    ]


def _plan(blocks):
    """A plan (its first heading names it) of ``blocks`` (kind, text, level, marker)."""
    return _document([("heading", "Plan d'actions mobilité 2027-2030", 1, "")] + blocks)


def test_a_plans_list_of_sentences_in_the_future_gives_one_action_per_item_whatever_the_subject():
    # items telling what will be done (« Une vélo-école ouvrira … ») or what is under study, their
    # sub-items the steps; the numbered section holding them is the objective they serve, and so
    # is the chapter « 1. Se déplacer autrement » that goes straight to it
    doc = _plan([
        ("heading", "1. Se déplacer autrement", 1, ""),
        ("heading", "1.1 Vélo et marche", 2, ""),
        ("paragraph", "Le territoire compte 40 kilomètres de pistes cyclables, surtout autour de la ville-centre.", 0, ""),
        ("list_item", "Les abris à vélos des gares seront doublés d'ici 2028 avec la région et la SNCF.", 0, "•"),
        ("list_item", "appel d'offres au printemps 2027 ;", 1, "–"),
        ("list_item", "pose des abris à l'été 2028.", 1, "–"),
        ("list_item", "Une vélo-école ouvrira ses portes à la rentrée 2027 dans l'ancienne caserne.", 0, "•"),
        ("list_item", "Le schéma des liaisons douces entre les bourgs est à l'étude avec le département.", 0, "•"),
        ("heading", "1.2 Covoiturage", 2, ""),
        ("list_item", "Les employeurs de la zone d'activités recevront chaque année un guide du covoiturage.", 0, "•"),
        ("list_item", "Trois aires de covoiturage seront créées le long de la route départementale.", 0, "•"),
    ])
    assert _units(doc) == [
        ("objective", "1", "Se déplacer autrement", ""),
        ("objective", "1.1", "Vélo et marche", ""),
        ("action", "", "Les abris à vélos des gares seront doublés d'ici 2028 avec la région et la SNCF.", "1.1"),
        ("action", "", "Une vélo-école ouvrira ses portes à la rentrée 2027 dans l'ancienne caserne.", "1.1"),
        ("action", "", "Le schéma des liaisons douces entre les bourgs est à l'étude avec le département.", "1.1"),
        ("objective", "1.2", "Covoiturage", ""),
        ("action", "", "Les employeurs de la zone d'activités recevront chaque année un guide du covoiturage.", "1.2"),
        ("action", "", "Trois aires de covoiturage seront créées le long de la route départementale.", "1.2"),
    ]


def test_a_plans_list_with_a_single_sentence_in_the_future_is_no_list_of_actions():
    # facts of the present around one item in the future: the numbered title stays the action
    # and its list is read as before
    doc = _plan([
        ("heading", "1.1 Vélo et marche", 2, ""),
        ("paragraph", "Le territoire compte 40 kilomètres de pistes cyclables.", 0, ""),
        ("list_item", "Les habitants de la vallée utilisent surtout la voiture pour aller travailler.", 0, "•"),
        ("list_item", "Le train relie la ville-centre à la préfecture en quarante minutes.", 0, "•"),
        ("list_item", "Une vélo-école ouvrira ses portes à la rentrée 2027 dans l'ancienne caserne.", 0, "•"),
    ])
    assert [u[:3] for u in _units(doc)][0] == ("action", "1.1", "Vélo et marche")


@pytest.mark.parametrize("title, found", [
    ("2. Préserver nos ressources", 2),  # a numbered chapter named by its aim
    ("2. Ressources", 0),  # the resources (guides, tools) of the plan: no units
    ("Préserver nos ressources", 0),  # unnumbered: read as before
])
def test_a_plans_numbered_chapter_named_by_its_aim_is_no_list_of_resources(title, found):
    doc = _document([
        ("heading", "Plan d'actions climat 2027-2030", 1, ""),
        ("heading", title, 1, ""),
        ("paragraph", "Nos nappes baissent depuis dix ans.", 0, ""),
        ("list_item", "La communauté de communes rénovera les stations d'épuration entre 2027 et 2029.", 0, "•"),
        ("list_item", "Nous proposerons un plan de sobriété hydrique aux communes volontaires en 2028.", 0, "•"),
    ])
    assert _units(doc) == [
        ("action", "", "La communauté de communes rénovera les stations d'épuration entre 2027 et 2029.", ""),
        ("action", "", "Nous proposerons un plan de sobriété hydrique aux communes volontaires en 2028.", ""),
    ][:found]


def test_a_numbered_chapter_going_straight_to_sub_sections_of_actions_is_an_objective_too(tmp_path):
    # « 1. Bien nourrir les écoliers » right over « 1.1 Cantines », a sub-section listing what will
    # be done: the chapter is the aim its sub-sections serve, an objective as they are; a chapter
    # whose own text gave a unit first (« 2. Produire local ») stays a chapter, as one not named by
    # what to do (« 3. Les orientations »)
    units = _markdown_units(tmp_path, (
        "# Plan alimentaire de la communauté de communes\n\n## 1. Bien nourrir les écoliers\n\n### 1.1 Cantines\n\n"
        "- Les cantines serviront un repas bio par semaine à partir de 2027.\n"
        "- Les cuisiniers des écoles suivront une formation en 2028.\n"
        "- Un jardin partagé sera aménagé en 2027 près du collège.\n\n"
        "## 2. Produire local\n\nLa communauté achètera des terres en 2028.\n\n### 2.1 Marchés\n\n"
        "- Un marché de producteurs se tiendra chaque mois sur la place.\n"
        "- Une carte des fermes sera publiée en ligne en 2027.\n"
        "- Une route des saveurs sera balisée en 2028.\n\n## 3. Les orientations\n\n### 3.1 Vergers\n\n"
        "- Un verger sera planté en 2027 près de la mairie.\n"
        "- Une cueillette sera organisée chaque automne.\n"
        "- Un pressoir sera prêté aux habitants en 2028.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("objective", "1", "Bien nourrir les écoliers"),
        ("objective", "1.1", "Cantines"),
        ("action", "", "Les cantines serviront un repas bio par semaine à partir de 2027."),
        ("action", "", "Les cuisiniers des écoles suivront une formation en 2028."),
        ("action", "", "Un jardin partagé sera aménagé en 2027 près du collège."),
        ("action", "", "La communauté achètera des terres en 2028."),
        ("objective", "2.1", "Marchés"),
        ("action", "", "Un marché de producteurs se tiendra chaque mois sur la place."),
        ("action", "", "Une carte des fermes sera publiée en ligne en 2027."),
        ("action", "", "Une route des saveurs sera balisée en 2028."),
        ("objective", "3.1", "Vergers"),
        ("action", "", "Un verger sera planté en 2027 près de la mairie."),
        ("action", "", "Une cueillette sera organisée chaque automne."),
        ("action", "", "Un pressoir sera prêté aux habitants en 2028."),
    ]


def test_bulleted_sentences_are_proposals_one_per_paragraph():
    from nlp_stn.segment.tables import bulleted_sentences

    # whole sentences, one opened by a dash: one proposal each
    assert bulleted_sentences(cell_items("Une navette vers la gare le dimanche matin.\n- Des bancs le long du quai."))
    # no dash: the paragraphs may explain one another (the document decides)
    assert not bulleted_sentences(cell_items("Une navette vers la gare le dimanche matin.\nElle passerait toutes les heures."))
    # a lead-in over its items, and short titles, are no sentences
    assert not bulleted_sentences(cell_items("Nous proposons pour cela :\n- une navette ;\n- des bancs."))
    assert not bulleted_sentences(cell_items("Navette.\n- Des bancs le long du quai."))


def test_a_citizens_two_column_table_gives_each_proposal_of_its_cells():
    # « Ce que nous constatons | Ce que nous proposons »: the left cells are no units; in the right
    # ones, each paragraph is a proposal, whatever its form (a noun phrase, « Que … » in the
    # subjunctive, « Nous demandons … »), opened by a dash or not, the dash left out
    doc = _with_table(
        [("heading", "Contribution du conseil citoyen du quartier des Peupliers", 1, ""),
         ("heading", "Vie du quartier", 2, "")],
        [("Ce que nous constatons", "Ce que nous proposons"),
         ("Les familles ne savent plus à qui s'adresser pour leurs démarches.",
          "Nous demandons une permanence d'écrivain public au centre social.\n"
          "- Garder un guichet ouvert le samedi matin à la mairie."),
         ("Les jeunes n'ont aucun endroit où se retrouver le soir.",
          "Un local pour les jeunes ouvert le vendredi soir, avec un animateur.\n"
          "- Des sorties pendant les vacances pour les 12-15 ans."),
         ("Le conseil n'est jamais invité aux réunions de suivi.",
          "Que le conseil soit invité chaque année au comité de suivi du contrat."),
         ("Les associations manquent de place.", "- Prêter gratuitement une salle aux associations du quartier."),
         ("Les trottoirs sont encombrés.", "")])
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("recommendation", "Nous demandons une permanence d'écrivain public au centre social."),
        ("recommendation", "Garder un guichet ouvert le samedi matin à la mairie."),
        ("recommendation", "Un local pour les jeunes ouvert le vendredi soir, avec un animateur."),
        ("recommendation", "Des sorties pendant les vacances pour les 12-15 ans."),
        ("recommendation", "Que le conseil soit invité chaque année au comité de suivi du contrat."),
        ("recommendation", "Prêter gratuitement une salle aux associations du quartier."),
    ]


def test_a_numbered_rule_heading_is_an_action_explained_by_its_normative_text():
    doc = _document([
        ("heading", "Chapitre 4 – Eau et milieux", 1, ""),
        ("heading", "Règle n° 9 – Protéger les zones humides", 2, ""),
        ("paragraph", "Les documents d'urbanisme identifient les zones humides et y interdisent tout remblai.", 0, ""),
    ])
    units = segment(doc)
    # (the labelled chapter over the labelled rule is an objective, see on_heading)
    assert [(u.kind, u.label, u.text, u.detail) for u in units] == [
        ("objective", "Chapitre 4", "Eau et milieux", ""),
        ("action", "Règle n° 9", "Protéger les zones humides",
         "Les documents d'urbanisme identifient les zones humides et y interdisent tout remblai.")]


@pytest.mark.parametrize("text, label, expected", [
    ("3a – Rouvrir la halte", "Préconisation 3", ("a", 5)),
    ("3.b : Créer un parking", "Préconisation 3", ("b", 6)),
    ("3 c) Publier les horaires", "Recommandation n° 3", ("c", 5)),
    ("4a – Rouvrir la halte", "Préconisation 3", ("", 0)),  # another number
    ("3. Rouvrir la halte", "Préconisation 3", ("", 0)),  # a plain number
    ("3a – Rouvrir la halte", "", ("", 0)),  # no label above
])
def test_a_sub_number_of_the_label_above(text, label, expected):
    from nlp_stn.segment.paragraphs import sub_number
    assert sub_number(text, label) == expected


def test_sub_demands_typed_as_paragraphs_under_their_labelled_title():
    doc = _document([
        ("heading", "Avis du conseil sur le projet de schéma", 1, ""),
        ("heading", "1. Les mobilités", 2, ""),
        ("paragraph", "Le conseil salue l'effort engagé sur les transports.", 0, ""),
        ("paragraph", "Préconisation 2 – Mieux desservir les bourgs", 0, ""),
        ("paragraph", "2a – Rouvrir la ligne de car entre les deux vallées.", 0, ""),
        ("paragraph", "2 b) Créer des abris vélos sécurisés dans les gares.", 0, ""),
        ("paragraph", "Préconisation 3", 0, ""),
        ("paragraph", "Le conseil demande que les horaires soient publiés en ligne.", 0, ""),
    ])
    assert _units(doc) == [
        ("recommendation", "Préconisation 2", "Mieux desservir les bourgs", ""),
        ("recommendation", "Préconisation 2a", "Rouvrir la ligne de car entre les deux vallées.", "Préconisation 2"),
        ("recommendation", "Préconisation 2b", "Créer des abris vélos sécurisés dans les gares.", "Préconisation 2"),
        ("recommendation", "Préconisation 3", "Le conseil demande que les horaires soient publiés en ligne.", ""),
    ]


_RULES = [("heading", "Schéma régional – règles générales", 1, "")] + [
    block for n, title, text in (
        (1, "Protéger les haies", "Les documents d'urbanisme identifient les haies et les protègent."),
        (2, "Limiter les entrepôts", "Les SCoT localisent les entrepôts sur des sites déjà bâtis."),
        (3, "Préserver les zones humides", "Les PLU(i) classent les zones humides en zone naturelle."),
    ) for block in (("heading", f"Règle n° {n} – {title}", 2, ""), ("paragraph", text, 0, ""))]


def test_a_concordance_of_the_rules_read_before_gives_no_units():
    doc = _with_table(_RULES, [
        ("Règle", "Objectifs du rapport auxquels elle se rattache"),
        ("Règle n° 1", "1.1 Préserver le bocage"),
        ("Règles n° 2 et 3", "2.4 Une logistique sobre ; 3.1 Préserver l'eau"),
        ("Règle n° 3", "3.2 Restaurer les milieux humides"),
    ])
    assert [(u.kind, u.label, u.text) for u in segment(doc)] == [
        ("action", "Règle n° 1", "Protéger les haies"),
        ("action", "Règle n° 2", "Limiter les entrepôts"),
        ("action", "Règle n° 3", "Préserver les zones humides"),
    ]


def test_a_table_numbering_units_not_read_before_is_no_concordance():
    from nlp_stn.segment.table_units import cross_reference_table
    doc = _with_table(_RULES, [
        ("Règle", "Objectif"),
        ("Règle n° 1", "Préserver le bocage"),
        ("Règle n° 4", "Réduire le bruit"),
        ("Règle n° 5", "Restaurer les mares"),
    ])
    cells = [b for b in doc.blocks if b.table is not None]
    labels = frozenset(("Règle n° 1", "Règle n° 2", "Règle n° 3"))
    assert cross_reference_table(cells, labels) is False
    assert cross_reference_table(cells, labels | {"Règle n° 4", "Règle n° 5"}) is True
    assert cross_reference_table(cells[:6], labels) is False  # two rows only


def test_in_a_book_of_rules_the_authority_s_present_is_an_action():
    from nlp_stn.segment.paragraphs import rule_book
    doc = _document(_RULES + [
        ("heading", "Accompagner les territoires", 1, ""),
        ("paragraph", "Le présent schéma s'applique aux documents d'urbanisme.", 0, ""),
        ("paragraph", "La Région finance un atlas des haies pour les communes.", 0, ""),
        ("paragraph", "Un bilan des règles est présenté chaque année au conseil régional.", 0, ""),
    ], kind="strategy")
    assert rule_book(doc.blocks) is True
    assert rule_book(doc.blocks[:4]) is False  # two rules only
    assert [(u.kind, u.text) for u in segment(doc)][3:] == [
        ("action", "La Région finance un atlas des haies pour les communes."),
        ("action", "Un bilan des règles est présenté chaque année au conseil régional."),
    ]


def test_an_item_ending_on_a_suggestion_gives_the_suggestion_alone(tmp_path):
    # a signer's comment « Je signe pour le parc. Et pourquoi pas une fontaine … ? »: the suggestion
    # the item ends on is a demand, alone; an item ending on a real question stays a question
    units = _markdown_units(tmp_path, "# Pétition pour le parc des Saules\n\n## Commentaires des signataires\n\n"
                            "- Je signe pour le parc. Et pourquoi pas une fontaine à eau près des jeux ?\n"
                            "- Je signe. Pourquoi le parc ferme-t-il si tôt ?\n")
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Et pourquoi pas une fontaine à eau près des jeux ?"),
        ("question", "Je signe. Pourquoi le parc ferme-t-il si tôt ?"),
    ]


def test_a_labelled_chapter_over_labelled_actions_is_an_objective():
    doc = _document([
        ("heading", "Chapitre 2 – Eau et milieux", 1, ""),
        ("paragraph", "Ce chapitre regroupe deux règles.", 0, ""),
        ("heading", "Règle n° 4 – Protéger les zones humides", 2, ""),
        ("paragraph", "Les plans locaux protègent les zones humides inventoriées.", 0, ""),
        ("heading", "Titre III : Dispositions finales", 1, ""),
        ("paragraph", "Le présent règlement entre en vigueur le 1er mars.", 0, ""),
    ], kind="plan")
    got = [(k, label, text) for k, label, text, _ in _units(doc)]
    assert got[:2] == [("objective", "Chapitre 2", "Eau et milieux"),
                       ("action", "Règle n° 4", "Protéger les zones humides")]
    # a labelled part over no labelled action stays a section title
    assert not any(label.startswith("Titre") for _, label, _ in got)


def test_a_framed_quote_of_participants_holds_no_demand():
    doc = _document([
        ("heading", "1. Se soigner près de chez soi", 1, ""),
        ("paragraph", "Les participants demandent que la commune ouvre une maison de santé.", 0, ""),
        ("paragraph", "Paroles d'habitants « Il faudrait un médecin le samedi, on attend trop longtemps. »", 0, ""),
        ("heading", "Témoignages", 2, ""),
        ("paragraph", "« Nous voulons un bus pour aller au marché. »", 0, ""),
        ("heading", "2. Bouger", 1, ""),
        ("paragraph", "Les participants souhaitent que la commune crée une piste cyclable.", 0, ""),
    ], kind="contributions")
    assert [(k, text) for k, _, text, _ in _units(doc)] == [
        ("recommendation", "Les participants demandent que la commune ouvre une maison de santé."),
        ("recommendation", "Les participants souhaitent que la commune crée une piste cyclable.")]


def test_the_axis_field_of_fiches_is_an_objective_once():
    # « Axe | Axe 2 – … » in each fiche: the axis the record belongs to, one objective however
    # many fiches repeat it
    b = TextBuilder()
    b.add("heading", "Plan numérique", level=1)
    for table, (title, axis) in enumerate((("Ouvrir un guichet unique", "Axe 2 – Des services proches"),
                                           ("Former les agents", "Axe 2 – Des services proches"),
                                           ("Équiper les écoles", "Axe 3 : Apprendre avec le numérique"))):
        for row, (name, value) in enumerate((("Intitulé", title), ("Axe", axis), ("Pilote", "DGS"),
                                             ("Indicateurs", "Nombre d'usagers"))):
            b.add("table_cell", name, table=table, row=row, col=0)
            b.add("table_cell", value, table=table, row=row, col=1)
    ex = b.build()
    doc = Document(id="p.docx", path="p.docx", format="docx", title="", text=ex.text, blocks=ex.blocks, meta=DocMeta())
    units = segment(doc)
    assert [(u.kind, u.label, u.text) for u in units if u.kind == "objective"] == [
        ("objective", "Axe 2", "Des services proches"), ("objective", "Axe 3", "Apprendre avec le numérique")]
    assert all(doc.text[u.start:u.end] == u.text for u in units if u.kind == "objective")
    # a value that only names a theme gives no unit
    rows = [("Intitulé", "Ouvrir un guichet unique"), ("Axe", "Solidarités"), ("Pilote", "DGS"),
            ("Indicateurs", "Nombre d'usagers")]
    assert [u[0] for u in _units(_record_doc("", rows))] == ["action", "indicator"]


def test_a_description_of_pledges_gives_one_action_a_sentence():
    rows = [("Objectif", "Réduire les déplacements des résidents."),
            ("Description", "Un chariot de téléconsultation sera installé dans chaque EHPAD en 2027. Les frais "
                            "de connexion restent à la charge des établissements : le Département ne les "
                            "financera pas."),
            ("Pilote", "Direction de l'autonomie"), ("Budget", "380 000 €")]
    assert [(u.kind, u.text, u.state) for u in segment(_record_doc("Fiche action n° 2 – Développer la télémédecine",
                                                                     rows))][2:] == [
        ("action", "Un chariot de téléconsultation sera installé dans chaque EHPAD en 2027.", ""),
        ("decision", "Les frais de connexion restent à la charge des établissements : le Département ne les "
                     "financera pas.", "non retenue")]
    # a sentence that pledges nothing: the paragraph describes the fiche's action
    rows[1] = ("Description", "Un chariot de téléconsultation sera installé dans chaque EHPAD en 2027. Les "
                              "résidents évitent ainsi des trajets longs.")
    titled = segment(_record_doc("Fiche action n° 2 – Développer la télémédecine", rows))
    assert [u.kind for u in titled] == ["action", "objective"] and titled[0].detail.startswith("Un chariot")


def test_bulleted_sentences_of_a_fiche_opening_with_a_preposition_or_turning_down():
    rows = [("Objectif", "Rapprocher les services."),
            ("Description", "• Un conseiller sera recruté au premier trimestre 2027.\n"
                            "• En 2028, un bus s'arrêtera chaque mois dans chaque commune du canton.\n"
                            "• Des chèques de dix heures seront remis aux allocataires du RSA.\n"
                            "• La formation des enseignants relève de l'Éducation nationale.\n"
                            "• Un budget participatif n'est pas prévu sur la durée du plan."),
            ("Pilote", "Service social")]
    assert [(u.kind, u.text) for u in segment(_record_doc("Fiche action n° 1 – Renforcer la médiation", rows))][2:] == [
        ("action", "Un conseiller sera recruté au premier trimestre 2027."),
        ("action", "En 2028, un bus s'arrêtera chaque mois dans chaque commune du canton."),
        ("action", "Des chèques de dix heures seront remis aux allocataires du RSA."),
        ("decision", "La formation des enseignants relève de l'Éducation nationale."),
        ("decision", "Un budget participatif n'est pas prévu sur la durée du plan.")]
    # a short complement after a preposition stays the item before's
    rows[1] = ("Description", "• Installer des bornes\n• dans les mairies")
    assert [u.text for u in segment(_record_doc("Fiche action n° 1 – Renforcer la médiation", rows))][2:] == [
        "Installer des bornes"]


def test_a_bulleted_sentence_opening_with_a_preposition_is_an_item_of_its_own():
    # « • En 2028, un bus … . », « • Des chèques … seront remis … . »: whole sentences, not the
    # complement of the item before, as « • dans les mairies » is
    rows = [("Objectif", "Rapprocher les services."),
            ("Description", "• Un conseiller sera recruté au premier trimestre 2027.\n"
                            "• En 2028, un bus s'arrêtera chaque mois dans chaque commune du canton.\n"
                            "• Des chèques de dix heures seront remis aux allocataires du RSA."),
            ("Pilote", "Service social")]
    assert [(u.kind, u.text) for u in segment(_record_doc("Fiche action n° 1 – Renforcer la médiation", rows))][2:] == [
        ("action", "Un conseiller sera recruté au premier trimestre 2027."),
        ("action", "En 2028, un bus s'arrêtera chaque mois dans chaque commune du canton."),
        ("action", "Des chèques de dix heures seront remis aux allocataires du RSA.")]
    rows[1] = ("Description", "• Installer des bornes\n• dans les mairies")
    assert [u.text for u in segment(_record_doc("Fiche action n° 1 – Renforcer la médiation", rows))][2:] == [
        "Installer des bornes"]


def test_a_fiche_labelled_in_its_first_field_name_labels_its_title():
    # « Fiche action n° 3 | Réf. … » above « Intitulé | … »: the record's label, its title's
    rows = [("Fiche action n° 3", "Réf. PN-03 – à lancer"), ("Intitulé", "Ouvrir un guichet unique"),
            ("Pilote", "DGS"), ("Indicateurs", "Nombre d'usagers")]
    assert _units(_record_doc("", rows))[0] == ("action", "Fiche action n° 3", "Ouvrir un guichet unique", "")
    # a field name that is no action's label labels nothing
    rows[0] = ("Référence", "PN-03")
    assert _units(_record_doc("", rows))[0] == ("action", "", "Ouvrir un guichet unique", "")


def test_a_title_announcing_what_changes_from_a_date_announces_the_authoritys_actions():
    """In an authority's bulletin, « Ce qui change au 1er janvier » over noun phrases gives what it
    will do from then (actions); « Ce que cela change » and an undated « Ce qui va changer pour
    vous » stay outcomes (no units)."""
    doc = _document([
        ("heading", "La lettre du Pays de Brévenne – printemps", 1, ""),
        ("heading", "Ce qui change au 1er janvier", 2, ""),
        ("list_item", "La collecte des déchets verts tous les quinze jours d'avril à octobre.", 0, "•"),
        ("list_item", "Un composteur gratuit pour chaque foyer qui en fait la demande.", 0, "•"),
        ("heading", "Ce qui va changer pour vous", 2, ""),
        ("list_item", "Moins de trajets à la déchetterie pour les familles des hameaux.", 0, "•"),
    ], kind="strategy")
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("action", "La collecte des déchets verts tous les quinze jours d'avril à octobre."),
        ("action", "Un composteur gratuit pour chaque foyer qui en fait la demande."),
    ]


def test_an_idea_box_row_adds_a_thing_named_after_et_and_drops_praise_and_thanks():
    # an idea box typed into a spreadsheet: « Et » and a thing named in a few words, with no verb,
    # after the first ask is one more ask; a row that only praises or thanks asks nothing, unlike a
    # polite request « merci de … »
    b = TextBuilder()
    for n, text in enumerate([
            "Un abri pour les vélos devant la gare. Et des bancs sur le quai !",
            "Un abri pour les vélos devant l'école. Et le préau est trop petit.",
            "bravo pour le marché de noël, très réussi !!",
            "merci aux animateurs du centre de loisirs",
            "merci de réparer la fontaine de la place"], 1):
        b.add("record", text, fields={"id": str(n), "title": "", "body": text, "category": "Idées"})
    ex = b.build()
    doc = Document(id="idees.xlsx", path="idees.xlsx", format="xlsx", title="", text=ex.text, blocks=ex.blocks,
                   meta=DocMeta(kind="opinion"))
    assert [(u.label, u.text) for u in segment(doc)] == [
        ("1", "Un abri pour les vélos devant la gare."),
        ("1", "Et des bancs sur le quai !"),
        ("2", "Un abri pour les vélos devant l'école. Et le préau est trop petit."),
        ("5", "merci de réparer la fontaine de la place"),
    ]


def test_a_further_ask_in_the_body_of_a_labelled_recommendation_is_a_demand_of_its_own():
    # « R3 – <demand>. <reasons>. Le conseil demande également … »: two demands under the label,
    # the reasons with the first; a body that only explains stays with its demand
    doc = _document([
        ("heading", "Avis du conseil des sages sur les mobilités", 1, ""),
        ("paragraph", "R3 – Prolonger la ligne de car jusqu'au hameau des Aulnes. Les familles y attendent "
                      "le car au bord de la route. Le conseil des sages demande également un abri à l'arrêt de "
                      "la mairie.", 0, ""),
        ("paragraph", "R4 – Ouvrir la navette le dimanche. Les visites à l'hôpital se font souvent ce jour-là.", 0, ""),
        ("paragraph", "R5 – Créer une aire de covoiturage près de l'échangeur. Il souhaite aussi que les "
                      "places soient éclairées la nuit.", 0, ""),
    ])
    assert [(u.kind, u.label, u.text) for u in segment(doc)] == [
        ("recommendation", "R3", "Prolonger la ligne de car jusqu'au hameau des Aulnes. Les familles y attendent "
                                 "le car au bord de la route."),
        ("recommendation", "R3", "Le conseil des sages demande également un abri à l'arrêt de la mairie."),
        ("recommendation", "R4", "Ouvrir la navette le dimanche. Les visites à l'hôpital se font souvent ce jour-là."),
        ("recommendation", "R5", "Créer une aire de covoiturage près de l'échangeur."),
        ("recommendation", "R5", "Il souhaite aussi que les places soient éclairées la nuit."),
    ]


def test_an_answer_cell_opening_with_a_partial_fate_narrows_its_column_s_state():
    # « En cours » in the state column, « Réalisé en partie : … » in the answer: the line is kept
    # in part; a cell opening otherwise keeps the column's state
    doc = _with_table([("heading", "Tableau de suivi des avis du conseil des sages", 1, "")], [
        ("N°", "Rappel de la recommandation", "Suite donnée par la ville", "État d'avancement"),
        ("R1", "Des bancs dans chaque square", "Réalisé en partie : deux squares sur cinq sont équipés de bancs.",
         "En cours"),
        ("R2", "Un abri à vélos à la gare", "Un abri de vingt places sera posé devant la gare en 2027.", "En cours"),
    ])
    assert [(s.kind, s.state, s.text) for s in segment(doc)] == [
        ("action", "En partie", "Réalisé en partie : deux squares sur cinq sont équipés de bancs."),
        ("action", "En cours", "Un abri de vingt places sera posé devant la gare en 2027."),
    ]


def test_items_to_infinitives_under_an_item_naming_whom_they_are_for():
    """« Le conseil recommande à la Commune : » over « (a) en faveur des associations : » and its sub-items
    « (i) à ouvrir … ; » « (ii) à prêter … ; »: each sub-item is a demand (« à » and an
    infinitive, as « de » and one), not a complement joined to the item; the item naming whom they
    are for (a preposition, no verb) is their context, no unit."""
    doc = _document([
        ("heading", "Avis du conseil de développement", 1, ""),
        ("paragraph", "Les associations manquent de locaux. Le conseil recommande à la Commune :", 0, ""),
        ("list_item", "en faveur des associations sportives :", 0, "a"),
        ("list_item", "à ouvrir le gymnase des Tilleuls le dimanche matin ;", 1, "i"),
        ("list_item", "à prêter la salle polyvalente pour les assemblées générales ;", 1, "ii"),
        ("list_item", "en faveur des familles, à créer un accueil de loisirs le mercredi.", 0, "b"),
    ], kind="opinion")
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("recommendation", "i", "à ouvrir le gymnase des Tilleuls le dimanche matin ;"),
        ("recommendation", "ii", "à prêter la salle polyvalente pour les assemblées générales ;"),
        ("recommendation", "b", "en faveur des familles, à créer un accueil de loisirs le mercredi."),
    ]


def test_a_plan_row_whose_status_turns_it_down_is_a_decision(tmp_path):
    """A plan exported as a table (« Action | Description | Statut | Pilote | Échéance »): a row
    whose status says it is turned down (« Non retenue », « Refusée ») is the authority's decision
    not to do it, its state kept; a row reported to later or dropped on the way (« Abandonnée »)
    stays an action."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Action,Description,Statut,Pilote,Échéance\n"
        "Ouvrir la piscine le dimanche,Ouverture de 9 h à 13 h dès mai.,En cours,Service des sports,05/2027\n"
        "Navette vers la plage,La commune ne créera pas de navette : la ligne 4 dessert déjà la plage.,Non retenue,,\n"
        "Couvrir le terrain de pétanque,Travaux reportés faute de crédits.,Reportée en 2029,Services techniques,2029\n"
        "Créer un skatepark,Projet arrêté après l'étude de sol.,Abandonnée,Services techniques,\n",
        encoding="utf-8")
    got = [(s.kind, s.state, s.text) for s in segment(extract(path))]
    assert got == [
        ("action", "En cours", "Ouvrir la piscine le dimanche\nOuverture de 9 h à 13 h dès mai."),
        ("decision", "Non retenue",
         "Navette vers la plage\nLa commune ne créera pas de navette : la ligne 4 dessert déjà la plage."),
        ("action", "Reportée en 2029", "Couvrir le terrain de pétanque\nTravaux reportés faute de crédits."),
        ("action", "Abandonnée", "Créer un skatepark\nProjet arrêté après l'étude de sol."),
    ]


def test_a_catchword_title_over_its_demand_stated_in_the_infinitive_is_no_unit():
    # a designed opinion (a poster, a leaflet) puts a short title in capitals over the demand
    # stated in full: the paragraph is the unit, the title only its catchword, and the sentences
    # after it are read as usual; a title over its explanation stays the demand
    doc = _document([
        ("heading", "L'avis du conseil des aînés", 1, ""),
        ("heading", "ABRITER LES VOYAGEURS", 4, ""),
        ("paragraph", "Poser un abri avec un banc à l'arrêt de car de la place de l'Église.", 0, ""),
        ("paragraph", "L'hiver, on attend sous la pluie, et il faudrait aussi des horaires lisibles.", 0, ""),
        ("heading", "Ouvrir la bibliothèque le samedi", 4, ""),
        ("paragraph", "Beaucoup d'aînés sont occupés en semaine par leurs petits-enfants.", 0, ""),
    ], kind="avis")
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("recommendation", "Poser un abri avec un banc à l'arrêt de car de la place de l'Église."),
        ("recommendation", "L'hiver, on attend sous la pluie, et il faudrait aussi des horaires lisibles."),
        ("recommendation", "Ouvrir la bibliothèque le samedi"),
    ]


def test_a_suggestion_under_a_recommendation_given_as_a_heading_is_one_more_demand():
    # a paragraph of one question under a titled recommendation is a question put to the
    # authority, unless it suggests (« Et pourquoi pas … ? »): one more demand
    doc = _document([
        ("heading", "L'avis du conseil des aînés", 1, ""),
        ("heading", "Rouvrir la piscine l'été", 4, ""),
        ("paragraph", "La piscine est fermée depuis deux étés.", 0, ""),
        ("heading", "LES PETITS-ENFANTS", 6, ""),
        ("paragraph", "Et pourquoi pas des cours de natation gratuits pour les petits-enfants ?", 0, ""),
        ("heading", "LE PERSONNEL", 6, ""),
        ("paragraph", "Qui paiera le maître-nageur ?", 0, ""),
    ], kind="avis")
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("recommendation", "Rouvrir la piscine l'été"),
        ("recommendation", "Et pourquoi pas des cours de natation gratuits pour les petits-enfants ?"),
        ("question", "Qui paiera le maître-nageur ?"),
    ]


def test_a_thing_named_without_a_verb_on_a_page_of_headed_proposals_is_a_demand():
    # a designed opinion: short sibling headings, each over one or two paragraphs; a paragraph
    # naming a thing in one verbless sentence is what is asked, a finding (a verb) is not
    doc = _document([
        ("heading", "L'avis du conseil des aînés", 1, ""),
        ("heading", "DES BANCS PARTOUT", 6, ""),
        ("paragraph", "Des bancs à l'ombre le long du mail et devant la poste.", 0, ""),
        ("heading", "RESPIRER", 6, ""),
        ("paragraph", "Planter des tilleuls dans la cour de la résidence.", 0, ""),
        ("heading", "LE MARCHÉ", 6, ""),
        ("paragraph", "Le marché du jeudi est trop loin pour beaucoup d'entre nous.", 0, ""),
        ("paragraph", "Une navette gratuite le jeudi matin jusqu'à la place.", 0, ""),
    ], kind="avis")
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("recommendation", "Des bancs à l'ombre le long du mail et devant la poste."),
        ("recommendation", "Planter des tilleuls dans la cour de la résidence."),
        ("recommendation", "Une navette gratuite le jeudi matin jusqu'à la place."),
    ]


def test_an_objective_field_stated_alone_may_be_a_long_clause():
    # « Objectif : » then one long clause (no « ; »): the objective, however long its clause
    doc = _document([
        ("heading", "Stratégie vélo 2027-2031 de la commune", 1, ""),
        ("heading", "1. Notre ambition", 2, "1"),
        ("paragraph", "Objectif : d'ici 2031, que chaque écolier et chaque collégien de la commune puisse venir "
                      "à l'école à vélo, seul et en sécurité, par un itinéraire continu, éclairé et jalonné depuis "
                      "chacun des hameaux.", 0, ""),
    ])
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("objective", "d'ici 2031, que chaque écolier et chaque collégien de la commune puisse venir à l'école à "
                      "vélo, seul et en sécurité, par un itinéraire continu, éclairé et jalonné depuis chacun des "
                      "hameaux"),
    ]


def test_a_fiche_whose_field_says_action_abandonnee_is_dropped():
    # « Objectifs | Action abandonnée » and « Description | Action abandonnée : au vu de … »: the
    # fiche's action is dropped (its state), the word alone gives no objective
    rows = [("Contexte", "Projet inscrit au plan provisoire."), ("Objectifs", "Action abandonnée"),
            ("Description", "Action abandonnée : faute de financement, le bus numérique ne sera pas acheté ; "
                            "les permanences restent assurées en mairie."),
            ("Pilote", "–"), ("Calendrier", "–")]
    units = segment(_record_doc("Fiche action n° 4 – Acheter un bus numérique", rows))
    assert [(u.kind, u.label, u.text, u.state) for u in units] == [
        ("action", "Fiche action n° 4", "Acheter un bus numérique", "Abandonnée")]
    # the same description opening with the fate alone in brackets, and a cell « Mesure supprimée »
    rows[1:3] = [("Objectifs", "Mesure supprimée"), ("Description", "Le bus numérique sillonnera les hameaux.")]
    units = segment(_record_doc("Fiche action n° 4 – Acheter un bus numérique", rows))
    assert [(u.kind, u.state) for u in units] == [("action", "Supprimée")]
