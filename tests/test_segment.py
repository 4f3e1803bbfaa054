"""Segmentation: golden units of the demo documents, the 37-recommendation report, invariants."""
import json
from pathlib import Path

import pytest

from nlp_stn.extract import extract
from nlp_stn.model import SEGMENT_COLUMNS, Block, DocMeta, Document, segment_id
from nlp_stn.extract.base import TextBuilder
from nlp_stn.segment import classify_leadin, parse_label, role_of_header, segment, segment_many, write_segments
from nlp_stn.settings import Settings
from nlp_stn.status import status_cap

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data" / "segment"
CORPUS = TESTS.parent / "corpus"
EXPECTED = DATA / "expected-segments.json"
GOLDEN_DOCS = (
    "lorient/2019-03_cdpl_avis-schema-territorial-numerique.txt",
    "lorient/2019-02-20_cdpl-groupe-travail_compte-rendu.txt",
    "lorient/2019-04-16_cdpl-groupe-travail_compte-rendu.txt",
    "brest/2016-03-05_reunion-tous-publics_compte-rendu.txt",
    "contributions/liste-des-contributions.txt",
    "national/strategie-numerique-responsable-collectivites/1-commande-publique.md",
    "national/strategie-numerique-responsable-collectivites/2-gestion-durable-et-proximite.md",
)
SETTINGS = Settings()
_DOCS = {}


def document(rel):
    if rel not in _DOCS:
        _DOCS[rel] = extract(CORPUS / rel, SETTINGS)
    return _DOCS[rel]


def summary(segments):
    by_id = {s.id: s for s in segments}
    return [[s.kind, s.label, s.heading, s.role, by_id[s.parent].label if s.parent else "", s.text] for s in segments]


@pytest.mark.parametrize("rel", GOLDEN_DOCS)
def test_golden_segments_of_demo_documents(rel):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))[rel]
    assert summary(segment(document(rel), SETTINGS)) == expected


@pytest.mark.parametrize("rel", GOLDEN_DOCS)
def test_segment_invariants(rel):
    doc = document(rel)
    segments = segment(doc, SETTINGS)
    ids = [s.id for s in segments]
    assert len(ids) == len(set(ids))
    for s in segments:
        assert s.doc == doc.id and s.kind in ("recommendation", "action", "objective", "indicator", "question", "decision")
        assert s.role in ("", "action", "obstacle", "lever", "cooperation")
        span = doc.text[s.start:s.end]
        assert " ".join(s.text.split()) in " ".join(span.split()), s.text
        assert s.parent == "" or s.parent in ids
    assert [s.id for s in segment(extract(CORPUS / rel, SETTINGS), SETTINGS)] == ids  # stable when re-read


def test_report_with_37_recommendations():
    doc = extract(DATA / "rapport-37-recommandations.md", SETTINGS, doc_id="rapport.md", meta=DocMeta(kind="avis"))
    segments = segment(doc, SETTINGS)
    assert [s.label for s in segments] == [f"Recommandation n° {n}" for n in range(1, 38)]
    assert {s.kind for s in segments} == {"recommendation"}
    assert segments[4].text == ("Publier chaque année un bilan chiffré des dépenses publiques consacrées à "
                                "l'inclusion numérique, ventilé par département et par dispositif.")
    assert segments[24].text.startswith("Accélérer le déploiement de la fibre optique")
    assert segments[0].heading == ("Rapport d'information sur l'inclusion numérique dans les territoires > "
                                   "Liste des recommandations > 1. Gouvernance et pilotage")


def test_unit_ids_do_not_depend_on_other_parts_of_the_document():
    def doc(extra):
        text = extra + "Il propose :\n\n- Développer le télétravail"
        blocks = []
        if extra:
            blocks.append(Block("paragraph", extra.strip(), 0, len(extra.strip())))
        start = len(extra)
        blocks.append(Block("paragraph", "Il propose :", start, start + 12))
        blocks.append(Block("list_item", "Développer le télétravail", start + 14, start + 39, marker="-"))
        return Document(id="d.txt", path="d.txt", format="txt", title="", text=text, blocks=tuple(blocks))

    a = segment(doc(""), SETTINGS)
    b = segment(doc("Un paragraphe de contexte ajouté.\n\n"), SETTINGS)
    assert [s.id for s in a] == [s.id for s in b] == [segment_id("d.txt", "Développer le télétravail")]
    assert (b[0].start, b[0].end) == (49, 74)


@pytest.mark.parametrize(
    "header, role",
    [
        ("Actions à conduire / bénéfices attendus", "action"),
        ("Frein(s) à la mise en œuvre de ces actions", "obstacle"),
        ("Accélérateur(s) à la mise en œuvre de ces actions", "lever"),
        ("Leviers", "lever"),
        ("Coopérations à initier ou à renforcer", "cooperation"),
        ("Partenaires", "cooperation"),
        ("Calendrier", ""),
        # a citizens' body's two-column table: what its writers propose, not what they see
        ("Ce que nous proposons", "action"),
        ("Ce que les habitants demandent", "action"),
        ("Ce que nous constatons", ""),
    ],
)
def test_role_of_header(header, role):
    assert role_of_header(header) == role


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Et proposait des actions :", "recommendation"),
        ("En conséquence le CDPL suggère les amendements suivants :", "recommendation"),
        ("Pour le CDPL, il doit être la voix des citoyens sur certaines des 18 actions du STN, par exemple sur :", "action"),
        ("Il définissait des attentes :", "objective"),
        ("Exemples d'indicateurs à suivre", "indicator"),
        ("Décisions :", "decision"),
        ("Depuis 2016, deux préconisations importantes du CDPL ont été prises en compte :", None),
        ("Outils et ressources mobilisables", None),
        ("Conception et rédaction", None),
        ("Journal des modifications", None),
        ("Remerciements", None),
        ("Retours d'expérience", None),
        ("Retour d’expériences :", None),
        ("En conclusion :", ""),
        # what a past set-up comprised, told in the imperfect: what was, not units
        ("La rencontre, préparée avec les associations, comprenait :", None),
        ("Les trois soirées s'articulaient autour de :", None),
        ("La démarche reposait sur :", None),
        # a wish told in the imperfect is still one
        ("Les habitants souhaitaient :", "recommendation"),
    ],
)
def test_classify_leadin(text, kind):
    assert classify_leadin(text) == kind


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Recommandation n° 12 : Créer", ("Recommandation n° 12", "recommendation", "Créer")),
        ("Recommandation N°3 – Créer", ("Recommandation n° 3", "recommendation", "Créer")),
        ("Action 7 :(compléter) suite", ("Action 7", "action", "(compléter) suite")),
        ("Proposition 1 : un comptoir", ("Proposition 1", "recommendation", "un comptoir")),
        ("Objectif 2 : réduire", ("Objectif 2", "objective", "réduire")),
        ("Action publique locale", ("", "", "Action publique locale")),
        ("Objectif de la réunion : point", ("", "", "Objectif de la réunion : point")),
        ("Recommandation n°5 bis : Résorber", ("Recommandation n° 5 bis", "recommendation", "Résorber")),
        ("Article 2 ter : De créer", ("Article 2 ter", "decision", "De créer")),
        ("Recommandation 5 : bis repetita", ("Recommandation 5", "recommendation", "bis repetita")),
        ("Idée phare : un calendrier", ("Idée phare", "recommendation", "un calendrier")),
        ("R1 – Publier un inventaire", ("R1", "recommendation", "Publier un inventaire")),
        ("Reco 4 : Garantir", ("Reco 4", "recommendation", "Garantir")),
        ("RGPD : le règlement", ("", "", "RGPD : le règlement")),
    ],
)
def test_parse_label(text, expected):
    assert parse_label(text) == expected


def test_write_segments_csv_and_jsonl(tmp_path):
    segments = segment_many([document(GOLDEN_DOCS[2])], SETTINGS)
    csv_path = write_segments(segments, tmp_path / "s.csv")
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(SEGMENT_COLUMNS)
    jsonl = write_segments(segments, tmp_path / "s.jsonl")
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(segments) and list(rows[0]) == list(SEGMENT_COLUMNS)
    assert rows[0]["text"] == segments[0].text


def _units(tmp_path, name, text, kind=None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    meta = DocMeta(kind=kind) if kind else None
    doc = extract(path, SETTINGS, meta=meta) if meta else extract(path, SETTINGS)
    return doc, segment(doc, SETTINGS)


def test_an_action_given_as_a_heading_keeps_its_description_as_detail(tmp_path):
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan d'actions numérique de la ville</h1><h2>Axe 2 – Un éclairage public sobre</h2>"
        "<h3>Action 5 : Moderniser le parc d'éclairage public</h3>"
        "<p>Les 3 200 points lumineux passeront aux LED avec détection de présence.</p>"
        "<p>Le chantier commencera par les quartiers nord.</p>"
        "<h3>Action 6 : Étendre l'extinction en cœur de nuit</h3>"))
    got = [(u.kind, u.label, u.text, u.detail) for u in units]
    assert got == [
        ("objective", "Axe 2", "Un éclairage public sobre", ""),
        ("action", "Action 5", "Moderniser le parc d'éclairage public",
         "Les 3 200 points lumineux passeront aux LED avec détection de présence. "
         "Le chantier commencera par les quartiers nord."),
        ("action", "Action 6", "Étendre l'extinction en cœur de nuit", ""),
    ]


def test_what_an_action_given_as_a_heading_turns_down_last_is_a_decision_of_its_own(tmp_path):
    # the last sentence of the action's explanation turns down a part (« … n'est pas prévue »),
    # after a sentence telling what will be done: a decision, which may answer another demand;
    # not a part deferred (« … sera réexaminée … »)
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan vélo de la communauté de communes</h1><h2>Axe 1 – Rouler en sécurité</h2>"
        "<h3>Action 1.1 : Relier les bourgs à la gare</h3>"
        "<p>Une piste cyclable reliera Arnel à la gare en 2028. La liaison depuis Vesse n'est pas prévue "
        "pendant la durée du plan : le car continuera d'embarquer les vélos.</p>"
        "<h3>Action 1.2 : Des arceaux dans les bourgs</h3>"
        "<p>Le stationnement manque devant les commerces. Quarante arceaux seront posés en 2027.</p>"
        "<h3>Action 1.3 : Un service de location</h3>"
        "<p>Des vélos seront loués à la gare dès 2027. La location le dimanche n'est pas prévue à ce stade ; elle "
        "sera réexaminée après un an.</p>"))
    got = [(u.kind, u.label, u.text, u.detail) for u in units]
    assert got == [
        ("objective", "Axe 1", "Rouler en sécurité", ""),
        ("action", "Action 1.1", "Relier les bourgs à la gare", "Une piste cyclable reliera Arnel à la gare en 2028."),
        ("decision", "", "La liaison depuis Vesse n'est pas prévue pendant la durée du plan : le car continuera "
                         "d'embarquer les vélos.", ""),
        ("action", "Action 1.2", "Des arceaux dans les bourgs",
         "Le stationnement manque devant les commerces. Quarante arceaux seront posés en 2027."),
        # (deferred, « … sera réexaminée … »: the action's detail)
        ("action", "Action 1.3", "Un service de location",
         "Des vélos seront loués à la gare dès 2027. La location le dimanche n'est pas prévue à ce stade ; elle "
         "sera réexaminée après un an."),
    ]


def test_an_action_titled_in_a_few_words_whose_description_only_studies_after_a_finding_is_under_study(tmp_path):
    # the description opens with a finding in the present; its first sentence telling the future
    # only commits to a study (« Une étude sera menée … »): « À l'étude »
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan vélo de la communauté de communes</h1><h2>Axe 1 – Rouler en sécurité</h2>"
        "<h3>Action 1.3 : Sécuriser la traversée du bourg</h3>"
        "<p>La route départementale coupe le bourg de Vesse et les cyclistes y sont exposés. Une étude sera "
        "menée en 2027 avec le Département pour évaluer un aménagement.</p>"
        "<h3>Action 1.4 : Aider à l'achat de vélos</h3>"
        "<p>Les ventes de vélos à assistance électrique progressent. Une aide de 200 euros sera versée dès 2027.</p>"
        "<h3>Action 1.5 : Des abris à vélos</h3>"
        "<p>Mise en place d'abris fermés dans les deux gares. Une étude sera menée en 2028 pour en installer "
        "dans les collèges.</p>"))
    # (a description opening with what is done in a noun phrase, no finding: not passed over)
    assert [(u.label, u.state) for u in units if u.kind == "action"] == [("Action 1.3", "À l'étude"),
                                                                         ("Action 1.4", ""), ("Action 1.5", "")]


def test_the_items_and_complements_of_a_cell_unit_are_its_description(tmp_path):
    # a proposal cell « … qui rassemble : » over a list without <li>, then a paragraph opening
    # with a preposition: both say what the unit holds and must not be lost
    _, units = _units(tmp_path, "atelier.txt", (
        "Proposition 2 : un plan de formation global\n\n"
        "Actions à conduire\tFreins\n"
        "<p>Avoir un plan de formation territoriale qui rassemble :</p> <ul> - les différents types de "
        "formation : MOOC, formation continue - l'identification des structures relais</ul> "
        "<p>Avec une certification des compétences acquises</p> "
        "<p>Déployer une école du numérique pour tous les publics.</p>\tManque de moyens\n"))
    got = [(u.text, u.detail) for u in units if u.text.startswith(("Avoir", "Déployer"))]
    assert got == [
        ("Avoir un plan de formation territoriale qui rassemble :",
         "les différents types de formation : MOOC, formation continue l'identification des structures relais "
         "Avec une certification des compétences acquises"),
        ("Déployer une école du numérique pour tous les publics.", ""),
    ]


def test_a_page_s_feedback_section_gives_no_unit_even_a_request_told(tmp_path):
    # « Retours d'expérience » of a strategy page tell past deeds, one of them what people asked
    _, units = _units(tmp_path, "3-mobilite.md", (
        "---\ntitle: \"3. Se déplacer autrement\"\n---\n\n"
        "#### Exemples d'actions et mesures mises en place pour y parvenir\n\n"
        "- Ouvrir une ligne de transport à la demande entre les hameaux et la gare.\n\n"
        "#### Retours d'expérience\n\n"
        "- En 2024, trois villages ont testé l'autopartage ; les conducteurs ont demandé une formation à l'écoconduite.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "Se déplacer autrement"),
        ("action", "Ouvrir une ligne de transport à la demande entre les hameaux et la gare."),
    ]


def test_a_work_stream_over_its_actions_is_an_objective_an_action_over_its_tasks_stays(tmp_path):
    _, units = _units(tmp_path, "feuille.md", (
        "# Feuille de route numérique 2026-2028\n\n## Chantier 1 – Des écoles connectées\n\n"
        "Constat : les écoles rurales n'ont pas de wifi.\n\n### Ce que nous allons faire\n\n"
        "- Installer le wifi dans toutes les classes des écoles publiques.\n"
        "- Renouveler les tablettes des élèves de CM1 et de CM2.\n\n"
        "## Action 2 – Moderniser la médiathèque\n\n### Ce que nous allons faire\n\n"
        "- Ouvrir un portail de réservation en ligne.\n- Prêter des liseuses aux habitants des hameaux.\n"))
    by_id = {u.id: u for u in units}
    got = [(u.kind, u.label, u.text, by_id[u.parent].label if u.parent else "") for u in units]
    assert got == [
        ("objective", "Chantier 1", "Des écoles connectées", ""),
        ("action", "", "Installer le wifi dans toutes les classes des écoles publiques.", "Chantier 1"),
        ("action", "", "Renouveler les tablettes des élèves de CM1 et de CM2.", "Chantier 1"),
        ("action", "Action 2", "Moderniser la médiathèque", ""),
        ("action", "", "Ouvrir un portail de réservation en ligne.", "Action 2"),
        ("action", "", "Prêter des liseuses aux habitants des hameaux.", "Action 2"),
    ]


def test_a_slide_deck_contents_continued_axes_and_the_sub_bullets_of_an_action(tmp_path):
    # a strategy presented as slides: the « Sommaire » lists no units; « Axe 1 – Les actions »
    # and « Axe 1 (suite) – … » go on with Axe 1; an action's bulleted sub-items describe it
    # or give its indicator, they are not lost
    _, units = _units(tmp_path, "diaporama.md", "# Stratégie numérique 2026-2030\n\n## Sommaire\n\n- Axe 1 – Tourisme connecté\n- Axe 2 – Saisonniers\n\n## Axe 1 – Un tourisme de montagne connecté\n\nObjectif : mieux accueillir les visiteurs.\n\n## Axe 1 – Les actions\n\n- Action 1.1 – Plateforme unique d'information\n    - Enneigement, ouverture des routes et des cols\n    - Indicateur : nombre de consultations\n- Action 1.2 – Déployer des compteurs de fréquentation\n    - Capteurs à boucle magnétique, données agrégées\n\n## Axe 1 (suite) – Couverture et sécurité\n\n- Action 1.3 – Résorber les zones blanches des vallons\n")
    by_id = {u.id: u for u in units}
    got = [(u.kind, u.label, u.text, u.detail, by_id[u.parent].label if u.parent else "") for u in units]
    assert got == [
        ("objective", "Axe 1", "Un tourisme de montagne connecté", "", ""),
        ("objective", "", "mieux accueillir les visiteurs", "", "Axe 1"),
        ("action", "Action 1.1", "Plateforme unique d'information", "Enneigement, ouverture des routes et des cols",
         "Axe 1"),
        ("indicator", "", "nombre de consultations", "", "Action 1.1"),
        ("action", "Action 1.2", "Déployer des compteurs de fréquentation",
         "Capteurs à boucle magnétique, données agrégées", "Axe 1"),
        ("action", "Action 1.3", "Résorber les zones blanches des vallons", "", "Axe 1"),
    ]


def test_a_proposal_keeps_the_fate_its_platform_published(tmp_path):
    _, units = _units(tmp_path, "export.csv", (
        "id,title,body,state,answer/fr\n"
        "12,Wifi au parc,Installer une borne wifi gratuite près du kiosque.,rejected,Le parc sera rénové en 2030.\n"
        "13,Ateliers,Organiser des ateliers numériques pour les aînés.,accepted,\n"))
    assert [(u.label, u.kind, u.state) for u in units] == [
        ("12", "recommendation", "rejected"), ("13", "recommendation", "accepted")]


def test_a_slide_that_adds_to_an_axis_goes_on_with_it(tmp_path):
    # « Les jeunes : aussi » after the slides of Axe 2: its bullets, noun phrases, are actions
    # of Axe 2, as under the axis' own title; a slide of another title lists no actions
    deck = ("# Plan mobilité 2027-2030\n\n## Axe 2 – Bouger sans voiture\n\n- Action 2.1 – Navette électrique entre les bourgs\n"
            "- Action 2.2 – Abris vélos sécurisés dans les gares\n\n## {title}\n\n"
            "- Transport à la demande pour les lycéens le samedi\n- Carte de covoiturage des trajets vers le campus\n")
    got = {}
    for title in ("Les jeunes : aussi", "Les jeunes"):
        _, units = _units(tmp_path, "diaporama.md", deck.format(title=title))
        by_id = {u.id: u for u in units}
        got[title] = [(u.kind, u.text, by_id[u.parent].label if u.parent else "") for u in units]
    common = [
        ("objective", "Bouger sans voiture", ""),
        ("action", "Navette électrique entre les bourgs", "Axe 2"),
        ("action", "Abris vélos sécurisés dans les gares", "Axe 2"),
    ]
    assert got == {
        "Les jeunes : aussi": common + [
            ("action", "Transport à la demande pour les lycéens le samedi", "Axe 2"),
            ("action", "Carte de covoiturage des trajets vers le campus", "Axe 2"),
        ],
        "Les jeunes": common,
    }


def test_a_labelled_action_written_in_another_style_is_a_sibling_not_held(tmp_path):
    # "Action 15" as a heading, then "Action 16" as a bold paragraph: siblings, both actions
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan d'actions numérique de la ville</h1>"
        "<h3>Action 15 : Étendre le réseau wifi public</h3><p>Dix lieux seront couverts.</p>"
        "<p><strong>Action 16 – Raccorder les écoles au très haut débit</strong><br>Sept écoles.</p>"
        "<h3>Action 17 : Compléter la vidéoprotection</h3>"))
    by_id = {u.id: u for u in units}
    got = [(u.kind, u.label, by_id[u.parent].label if u.parent else "") for u in units]
    assert got == [("action", "Action 15", ""), ("action", "Action 16", ""), ("action", "Action 17", "")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A1 – Navette entre les hameaux", ("A1", "action", "Navette entre les hameaux")),
        ("A 12 – Abris pour les vélos", ("A12", "action", "Abris pour les vélos")),
        ("A17. – Carte des arrêts", ("A17", "action", "Carte des arrêts")),
        ("A1.2 : « Bus des marchés »", ("A1.2", "action", "« Bus des marchés »")),
        ("FA3 · Portail des associations", ("FA3", "action", "Portail des associations")),
        ("M4 - Former les élus", ("M4", "action", "Former les élus")),
        ("O2. Réduire les distances", ("O2", "objective", "Réduire les distances")),
        ("C2 — Guichet unique", ("C2", "", "Guichet unique")),  # letters that say no kind
        ("A10 vers Paris : travaux de nuit", ("", "", "A10 vers Paris : travaux de nuit")),
        ("RN 165 : Travaux de nuit", ("", "", "RN 165 : Travaux de nuit")),
        ("B2B – Commerce en ligne", ("", "", "B2B – Commerce en ligne")),
        ("A4 – 21 x 29,7 cm", ("", "", "A4 – 21 x 29,7 cm")),
        ("A3", ("", "", "A3")),
        ("A3 –", ("", "", "A3 –")),
        ("X1 – Titre d'une autre série", ("", "", "X1 – Titre d'une autre série")),
    ],
)
def test_a_short_code_of_a_series_is_a_label(text, expected):
    assert parse_label(text, frozenset({"A", "FA", "M", "O", "C", "RN", "B"})) == expected
    assert parse_label(text) == ("", "", text)  # outside a series, no code is a label


def test_a_series_of_short_codes_needs_two_consecutive_numbers_written_tight():
    from nlp_stn.labels import code_series

    assert code_series(["A1 – Navette entre les hameaux", "A 2 – Abris pour les vélos", "A3. Carte des arrêts",
                        "FA1.1 : Portail", "FA1.2 : Guichet unique", "Le texte commence ici."]) == {"A", "FA"}
    # roads and references cited at the start of paragraphs, a lone code, spaced numbers
    assert code_series(["A10 – Paris Bordeaux", "A63 – Bayonne", "D 769 – Vers Lorient", "D 770 – Vers Quimper",
                        "M3 – Former les élus", "RN 165 : Vers Vannes", "RN 166 : Vers Rennes"]) == frozenset()


def test_short_codes_of_an_annex_open_actions_with_their_descriptions(tmp_path):
    # « A1 – … » headings and a paragraph (one spaced, one with a dot), each followed by its
    # description; « C1 », « C2 » take the kind of the document's items; a lone « B7 – » is no label
    _, units = _units(tmp_path, "annexe.md", (
        "# Plan de mobilité rurale\n\n## Axe 1 – Relier les bourgs\n\n"
        "### A1 – Navette électrique entre les hameaux\n\nTrois rotations par jour relieront les hameaux au bourg.\n\n"
        "### A 2 – Abris sécurisés pour les vélos\n\nDix abris seront posés près des arrêts.\n\n"
        "A3. – Carte interactive des arrêts\n\n"
        "## Axe 2 – Informer les voyageurs\n\n"
        "### C1 – Guichet unique de la mobilité\n\nUn agent renseignera les usagers.\n\n"
        "### C2 – Affichage en temps réel\n\n"
        "B7 – Calendrier des travaux de voirie\n"))
    got = [(u.kind, u.label, u.text, u.detail) for u in units]
    assert got == [
        ("objective", "Axe 1", "Relier les bourgs", ""),
        ("action", "A1", "Navette électrique entre les hameaux", "Trois rotations par jour relieront les hameaux au bourg."),
        ("action", "A2", "Abris sécurisés pour les vélos", "Dix abris seront posés près des arrêts."),
        ("action", "A3", "Carte interactive des arrêts", ""),
        ("objective", "Axe 2", "Informer les voyageurs", ""),
        ("action", "C1", "Guichet unique de la mobilité", "Un agent renseignera les usagers."),
        ("action", "C2", "Affichage en temps réel", ""),
    ]
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement\n\nC1 – Ouvrir un guichet de la mobilité\n\n"
        "C2 – Afficher les horaires en temps réel\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "C1", "Ouvrir un guichet de la mobilité"),
        ("recommendation", "C2", "Afficher les horaires en temps réel"),
    ]


def test_a_short_code_over_codes_numbered_below_it_is_an_objective_not_over_the_next_one(tmp_path):
    # « A1 » holds « A1.1 » and « A1.2 » (paragraphs under its heading): an objective; « A2 »
    # given as a paragraph under the heading « A1 » is its sibling, not held
    _, units = _units(tmp_path, "plan.md", (
        "# Plan de mobilité rurale\n\n### A1 – Relier les bourgs\n\nA1.1 – Navette entre les hameaux\n\n"
        "A1.2 – Abris pour les vélos\n\n### A2 – Informer les voyageurs\n\nA3 – Guichet de la mobilité\n"))
    by_id = {u.id: u for u in units}
    assert [(u.kind, u.label, by_id[u.parent].label if u.parent else "") for u in units] == [
        ("objective", "A1", ""), ("action", "A1.1", "A1"), ("action", "A1.2", "A1"),
        ("action", "A2", ""), ("action", "A3", ""),
    ]


def test_closing_formulas_of_a_deliberation_are_not_decisions(tmp_path):
    _, units = _units(tmp_path, "deliberation.txt", (
        "Extrait du registre des délibérations\n\nVu le code général des collectivités territoriales,\n\n"
        "Considérant qu'il est nécessaire de mutualiser la protection des données,\n\n"
        "Après en avoir délibéré, le conseil communautaire DÉCIDE :\n\n"
        "Article 1 : De créer un service commun « Numérique ».\n\n"
        "Article 2 : D'autoriser le Président à signer la convention.\n\n"
        "Ainsi fait et délibéré les jour, mois et an susdits.\n\n"
        "Vote : Pour : 31 – Contre : 0 – Abstention : 0\n\n"
        "La secrétaire de séance, Claire Martin\n\n"
        "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("decision", "Article 1", "De créer un service commun « Numérique »."),
        ("decision", "Article 2", "D'autoriser le Président à signer la convention."),
    ]


def test_an_article_turning_one_thing_down_and_deciding_another_is_one_decision_per_sentence(tmp_path):
    # the refusal stated « non retenue »; an article of several sentences without refusal stays whole
    _, units = _units(tmp_path, "deliberation.txt", (
        "Extrait du registre des délibérations\n\nVu le code général des collectivités territoriales,\n\n"
        "Après en avoir délibéré, le conseil municipal DÉCIDE :\n\n"
        "Article 1 : Le wifi public sur la place n'est pas retenu. Deux postes en accès libre seront installés "
        "à la médiathèque.\n\n"
        "Article 2 : Un poste d'animateur est créé. Il tiendra une permanence le lundi.\n"))
    assert [(u.kind, u.label, u.text, u.state) for u in units] == [
        ("decision", "Article 1", "Le wifi public sur la place n'est pas retenu.", "non retenue"),
        ("decision", "Article 1", "Deux postes en accès libre seront installés à la médiathèque.", ""),
        ("decision", "Article 2", "Un poste d'animateur est créé. Il tiendra une permanence le lundi.", ""),
    ]


def test_an_article_whose_infinitive_turns_a_request_down_is_a_refusal(tmp_path):
    # « De ne pas donner suite … », « De rejeter … »: stated « non retenue »; a negated infinitive
    # that decides something (« De ne pas augmenter … ») refuses nothing
    _, units = _units(tmp_path, "deliberation.txt", (
        "Extrait du registre des délibérations\n\nVu le code général des collectivités territoriales,\n\n"
        "Après en avoir délibéré, le conseil municipal DÉCIDE :\n\n"
        "Article 1 : De ne pas donner suite, cette année, à la demande d'un terrain de padel.\n\n"
        "Article 2 : De rejeter la demande de parking payant devant la gare.\n\n"
        "Article 3 : De ne pas augmenter les tarifs de la piscine en 2028.\n"))
    assert [(u.kind, u.label, u.text, u.state) for u in units] == [
        ("decision", "Article 1", "De ne pas donner suite, cette année, à la demande d'un terrain de padel.",
         "non retenue"),
        ("decision", "Article 2", "De rejeter la demande de parking payant devant la gare.", "non retenue"),
        ("decision", "Article 3", "De ne pas augmenter les tarifs de la piscine en 2028.", ""),
    ]

def test_an_article_that_only_decides_a_study_is_stated_under_study(tmp_path):
    # « D'étudier … », « De lancer une étude … »: « À l'étude »; not when a deed follows (« … et de créer … »)
    _, units = _units(tmp_path, "deliberation.txt", (
        "Extrait du registre des délibérations\n\nVu le code général des collectivités territoriales,\n\n"
        "Après en avoir délibéré, le conseil municipal DÉCIDE :\n\n"
        "Article 1 : D'étudier avec le syndicat des eaux la pose de compteurs communicants.\n\n"
        "Article 2 : De lancer une étude sur la rénovation du gymnase.\n\n"
        "Article 3 : D'étudier les besoins des clubs et de créer un terrain de basket.\n"))
    assert [(u.kind, u.label, u.text, u.state) for u in units] == [
        ("decision", "Article 1", "D'étudier avec le syndicat des eaux la pose de compteurs communicants.",
         "À l'étude"),
        ("decision", "Article 2", "De lancer une étude sur la rénovation du gymnase.", "À l'étude"),
        ("decision", "Article 3", "D'étudier les besoins des clubs et de créer un terrain de basket.", ""),
    ]

def test_a_numbered_demand_naming_a_group_over_its_sub_items_gives_way_to_them(tmp_path):
    # « 2. Pour les élèves des écoles primaires : » over « - le retour … ; » « - des créneaux … »: two
    # demands (« des », the plural of « un », opens one), the group's name their context; « - que … ; »
    # clauses are wishes of their own, not fragments completing the item above
    _, units = _units(tmp_path, "petition.md", (
        "# Pétition pour la piscine\n\nNous, soussignés, demandons :\n\n"
        "1. Que la commune rouvre le bassin extérieur chaque été.\n"
        "2. Pour les élèves des écoles primaires :\n"
        "    - le retour des cours de natation en CE1 ;\n"
        "    - des créneaux réservés le mercredi matin.\n"
        "3. Une meilleure information des familles et usagers :\n"
        "    - que les horaires soient affichés à l'entrée du parc ;\n"
        "    - que la fermeture technique soit annoncée un mois avant.\n"
        "4. Un vestiaire accessible aux fauteuils roulants.\n"))
    top = "Pétition pour la piscine"
    assert [(u.kind, u.label, u.heading, u.text) for u in units] == [
        ("recommendation", "1", top, "Que la commune rouvre le bassin extérieur chaque été."),
        ("recommendation", "", f"{top} > Pour les élèves des écoles primaires", "le retour des cours de natation en CE1 ;"),
        ("recommendation", "", f"{top} > Pour les élèves des écoles primaires", "des créneaux réservés le mercredi matin."),
        ("recommendation", "", f"{top} > Une meilleure information des familles et usagers",
         "que les horaires soient affichés à l'entrée du parc ;"),
        ("recommendation", "", f"{top} > Une meilleure information des familles et usagers",
         "que la fermeture technique soit annoncée un mois avant."),
        ("recommendation", "4", top, "Un vestiaire accessible aux fauteuils roulants."),
    ]

def test_a_verb_in_capitals_inside_the_deliberating_sentence_opens_the_decision(tmp_path):
    # « …, après en avoir délibéré, à l'unanimité, AUTORISE M. le Maire à … »: from the verb; the
    # « DÉCIDE : » over the articles is no decision itself
    _, units = _units(tmp_path, "pv.txt", (
        "Procès-verbal de la séance du conseil municipal\n\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité, AUTORISE M. le Maire à signer "
        "la convention de prêt de la salle de sport avec le collège.\n\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité, DÉCIDE :\n\n"
        "Article 1er : De fixer le tarif du repas de la cantine à 3,20 €.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("decision", "", "AUTORISE M. le Maire à signer la convention de prêt de la salle de sport avec le collège."),
        ("decision", "Article 1er", "De fixer le tarif du repas de la cantine à 3,20 €."),
    ]

def test_a_budget_amendment_named_decision_modificative_opens_no_section_of_decisions(tmp_path):
    # the agenda item « Décision modificative n° 2 » is a budget's amendment: its presentation is no decision
    _, units = _units(tmp_path, "pv.txt", (
        "Procès-verbal de la séance du conseil municipal\n\n"
        "2027-012 – Décision modificative n° 1\n\n"
        "Mme Lise Bonnet, adjointe aux finances, présente la décision modificative n° 1 qui ajuste les crédits "
        "de la section de fonctionnement.\n\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE la décision modificative n° 1.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("decision", "APPROUVE la décision modificative n° 1."),
    ]

def test_wishes_after_a_connective_and_possibilities_of_things(tmp_path):
    _, units = _units(tmp_path, "avis.txt", (
        "Avis du conseil de développement\n\n"
        "Le conseil ne s'oppose pas au projet. Il souhaite cependant que l'agglomération en fasse un projet partagé.\n\n"
        "Or la fabrication des capteurs a un impact qui pourrait réduire les économies attendues.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Il souhaite cependant que l'agglomération en fasse un projet partagé."),
    ]


def test_a_subtitle_under_a_motto_title_names_the_plan(tmp_path):
    from nlp_stn.segment import document_prior

    # the title is a motto, the heading right under it says it is a plan
    doc, units = _units(tmp_path, "ville.md", "# Bourg-Joli, ville ouverte\n\n### Plan d'actions 2027-2030\n\n"
                        "## Le mot de la maire\n\nNous avons écouté vos idées.\n\n## Mobilité\n\n"
                        "La commune ouvrira une navette le samedi.\n")
    assert document_prior(doc) == "action"
    assert [(u.kind, u.text) for u in units] == [("action", "La commune ouvrira une navette le samedi.")]
    # a long line under the title is no subtitle
    doc, _ = _units(tmp_path, "ville.md", "# Bourg-Joli, ville ouverte\n\n### Ce que nous avons retenu de vos "
                    "idées pour le plan d'actions de la ville en 2027 et après\n\nTexte.\n")
    assert document_prior(doc) == ""


def test_a_short_list_item_of_a_plan_is_no_cover_line(tmp_path):
    from nlp_stn.segment import document_prior

    # an objective's page of a plan: its items are content, not cover lines naming the document
    # (« organiser une réunion publique », « lancer une consultation en ligne » are actions)
    doc, units = _units(tmp_path, "2-ecoles.md", (
        "# 2. Des écoles bien équipées\n\n#### Exemples d'actions\n\n"
        "- Organiser une réunion publique par an sur les écoles.\n"
        "- Lancer une consultation en ligne des parents.\n"))
    assert document_prior(doc) == ""
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "Des écoles bien équipées"),
        ("action", "Organiser une réunion publique par an sur les écoles."),
        ("action", "Lancer une consultation en ligne des parents."),
    ]
    # the same line as a paragraph of the first page still names what the document is
    doc, _ = _units(tmp_path, "cr.md", "# Compte rendu\n\nRéunion publique du 3 mai\n\n- Créer un club.\n")
    assert document_prior(doc) == "recommendation"


def test_a_refusal_among_the_actions_of_a_page_that_does_not_say_what_it_is(tmp_path):
    from nlp_stn.segment import document_prior

    # a plan's page named by its objective: its title says nothing, its section announces actions
    text = ("# 4. Des quartiers animés\n\n#### Exemples d'actions\n\n"
            "- Ouvrir une ludothèque au centre social.\n"
            "- Installer deux boîtes à livres sur la place.\n\n"
            "Le marché de nuit, demandé par les commerçants, n'est pas retenu pour ce mandat.\n\n"
            "## Ce que nous n'avons pas retenu\n\nPas retenu pour l'instant\n")
    doc, units = _units(tmp_path, "4-quartiers.md", text)
    assert document_prior(doc) == ""
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("objective", "Des quartiers animés", ""),
        ("action", "Ouvrir une ludothèque au centre social.", ""),
        ("action", "Installer deux boîtes à livres sur la place.", ""),
        ("decision", "Le marché de nuit, demandé par les commerçants, n'est pas retenu pour ce mandat.", "non retenue"),
    ]


def test_a_proposal_ended_by_an_exclamation_mark_in_a_table_cell(tmp_path):
    # minutes of a public meeting, a proposal's table: « ! » after an infinitive only insists; an
    # exclamation without verb is no proposal
    header = ("Actions à conduire\tFrein(s) à la mise en œuvre\tAccélérateur(s)\tCoopérations à initier\n")
    cell = ("<p>Ouvrir la salle des fêtes aux associations le dimanche : elles n'ont aucun local !</p> "
            "<p>Enfin une vraie salle !</p>")
    _, units = _units(tmp_path, "cr.txt", "Compte rendu de la réunion publique du 2 avril\n\n"
                      "Proposition 1 : des salles ouvertes\n\n" + header + cell + "\t\t\t\n")
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "des salles ouvertes"),
        ("recommendation", "Ouvrir la salle des fêtes aux associations le dimanche : elles n'ont aucun local !"),
    ]


def test_a_table_cell_of_sentences_each_opening_with_an_infinitive(tmp_path):
    # one paragraph of proposals typed in a cell without bullets: one unit per sentence; a cell
    # whose second sentence explains the first stays one unit
    header = "Actions à conduire\tFrein(s) à la mise en œuvre\n"
    text = ("Compte rendu de la réunion publique du 2 avril\n\nProposition 1 : la jeunesse\n\n" + header
            + "Créer un conseil des jeunes. Ouvrir le gymnase le dimanche.\t\n\n"
            "Proposition 2 : les aînés\n\n" + header
            + "Créer un annuaire des aides. Il serait distribué en mairie.\t\n")
    _, units = _units(tmp_path, "cr.txt", text)
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "la jeunesse"),
        ("recommendation", "Créer un conseil des jeunes."),
        ("recommendation", "Ouvrir le gymnase le dimanche."),
        ("recommendation", "les aînés"),
        ("recommendation", "Créer un annuaire des aides. Il serait distribué en mairie."),
    ]


def test_a_cover_page_or_the_labels_say_what_a_document_holds(tmp_path):
    from nlp_stn.segment import document_prior

    # the title comes after cover lines; "Conseil de développement" says it is the council's
    doc, _ = _units(tmp_path, "rapport.txt", (
        "PAYS DE HAUTE-SIOULE\n\nRAPPORT\n\nSe soigner et se déplacer\n\nMars 2025\n\n"
        "Conseil de développement du Pays\n\nIntroduction\n\nLe texte commence ici.\n"))
    assert document_prior(doc) == "recommendation"
    # a workshop of inhabitants
    doc, _ = _units(tmp_path, "soiree.md", "# Assises du numérique – soirée participative\n\nIdées notées.\n")
    assert document_prior(doc) == "recommendation"
    # nothing in the title, but four labelled recommendations
    body = "".join(f"Recommandation {i} : Créer un service numéro {i}.\n\n" for i in range(1, 5))
    doc, _ = _units(tmp_path, "sans-titre.txt", "Document de travail\n\n" + body)
    assert document_prior(doc) == "recommendation"
    # three measures cited are not enough to call it a plan
    body = "".join(f"Mesure {i} : Créer un service numéro {i}.\n\n" for i in range(1, 4))
    doc, _ = _units(tmp_path, "guide.txt", "Guide des bonnes pratiques\n\n" + body)
    assert document_prior(doc) == ""
    # minutes quote actions and demands alike: their labels do not decide
    body = "".join(f"Action {i} : Créer un service numéro {i}.\n\n" for i in range(1, 6))
    doc, _ = _units(tmp_path, "cr.txt", "Compte rendu du groupe de travail\n\n" + body, kind="minutes")
    assert document_prior(doc) == ""


def test_a_cover_line_naming_the_commitments_makes_a_brochure_of_actions(tmp_path):
    from nlp_stn.segment import document_prior

    text = ("VILLE DE MORLANVEZ\n\nVivre connecté à Morlanvez\n\n{}\n\nLe mot du maire\n\n"
            "La médiathèque sera ouverte le dimanche à partir de 2027.\n")
    doc, units = _units(tmp_path, "brochure-2027.txt", text.format("Nos engagements pour 2027-2031"))
    assert document_prior(doc) == "action"
    assert [(u.kind, u.text) for u in units] == [
        ("action", "La médiathèque sera ouverte le dimanche à partir de 2027.")]
    # a cover that names no commitment says nothing
    doc, units = _units(tmp_path, "brochure-2027.txt", text.format("Édition 2027"))
    assert document_prior(doc) == ""
    assert units == []


def test_a_file_name_or_an_objet_line_says_what_a_document_holds(tmp_path):
    from nlp_stn.segment import document_prior

    body = "Le conseil s'est réuni en séance publique.\n\nLe rapporteur présente le dossier.\n"
    # a file name for a title: its hyphens and underscores part its words
    doc, _ = _units(tmp_path, "programme-mobilite_rurale.txt", body)
    assert document_prior(doc) == "action"
    # no title but the « Objet : » line of the first page (the reader may join the next line to it)
    doc, _ = _units(tmp_path, "dcm-2026-041.txt", (
        "COMMUNE DE VALDEROC\n\nObjet : Approbation du schéma directeur des mobilités douces "
        "Le conseil municipal, légalement convoqué, s'est réuni.\n\n" + body))
    assert document_prior(doc) == "action"
    doc, _ = _units(tmp_path, "dcm-2026-042.txt", "COMMUNE DE VALDEROC\n\nObjet : Tarifs de la cantine\n\n" + body)
    assert document_prior(doc) == ""
    # a deliberation decides on the consultation its title names; it gives an opinion only
    # when it says so
    decides = "Après en avoir délibéré, le conseil municipal DÉCIDE :\n\nArticle 1 : D'approuver la liste.\n"
    doc, _ = _units(tmp_path, "deliberation-2026-012-budget-participatif.txt", body + decides)
    assert document_prior(doc) == ""
    doc, _ = _units(tmp_path, "deliberation-2026-013-avis-concertation-scot.txt", body + decides)
    assert document_prior(doc) == "recommendation"


def test_workshop_ideas_tallies_and_suggestions(tmp_path):
    _, units = _units(tmp_path, "atelier.md", (
        "# Assises du numérique – soirée participative\n\n## Atelier 1\n\n"
        "Ce qui ressort du tour de table :\n\n- la 4G ne passe pas à La Bastide\n\n"
        "Idées (post-its) :\n\n- Une carte des zones blanches faite par les habitants (12 gommettes)\n"
        "- Pourquoi pas un relais 4G sur le château d'eau ? (4 gommettes)\n\n"
        "**Idée phare :** un calendrier de la fibre rue par rue.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "", "Une carte des zones blanches faite par les habitants"),
        ("recommendation", "", "Pourquoi pas un relais 4G sur le château d'eau ?"),
        ("recommendation", "Idée phare", "un calendrier de la fibre rue par rue."),
    ]


def test_a_summary_of_short_forms_gives_no_second_unit(tmp_path):
    # the summary repeats the labels with short texts; numbering restarting in each part
    # ("Action 1" twice, different texts) keeps both
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil\n\n## Synthèse\n\n- Recommandation 1.1 : une salle de téléconsultation dans chaque MSP ;\n\n"
        "## Santé\n\nRecommandation 1.1 : Ouvrir dans chaque maison de santé une salle de téléconsultation "
        "accompagnée par une infirmière.\n"))
    assert [(u.label, u.text) for u in units] == [
        ("Recommandation 1.1", "Ouvrir dans chaque maison de santé une salle de téléconsultation accompagnée par une "
                               "infirmière."),
    ]
    _, units = _units(tmp_path, "plan.md", (
        "# Plan d'actions\n\n## Axe 1\n\nAction 1 : Former les agents d'accueil.\n\n"
        "## Axe 2\n\nAction 1 : Ouvrir les données des transports.\n"))
    assert [(u.label, u.text) for u in units] == [
        ("Action 1", "Former les agents d'accueil."), ("Action 1", "Ouvrir les données des transports.")]


def test_a_labelled_recommendation_after_the_findings_of_its_paragraph(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil\n\nBeaucoup d'habitants nous ont dit que la fibre est « annoncée depuis des années ». "
        "**Recommandation 1 :** publier chaque semestre un calendrier de raccordement par commune.\n\n"
        "Le texte continue. Proposition de loi n° 3 adoptée en 2020.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "Recommandation 1", "publier chaque semestre un calendrier de raccordement par commune.")]


def test_numbered_paragraphs_of_prose_are_read_sentence_by_sentence(tmp_path):
    # the legal style of some opinions: every paragraph numbered, demands inside the prose
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement\n\n## Analyse\n\n"
        "1. L'agglomération utilise déjà plusieurs traitements automatisés pour attribuer les places en crèche.\n"
        "2. Dans ce contexte, le Conseil recommande que l'agglomération publie un inventaire public des algorithmes.\n"
        "3. Il est à noter que la Défenseure des droits a formulé des observations allant dans le même sens.\n"
        "4. Former l'ensemble des agents en contact avec le public aux usages de l'IA.\n\n"
        "## Synthèse\n\nR1 – Publier un inventaire public des algorithmes.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "", "Dans ce contexte, le Conseil recommande que l'agglomération publie un inventaire public "
                               "des algorithmes."),
        ("recommendation", "4", "Former l'ensemble des agents en contact avec le public aux usages de l'IA."),
        ("recommendation", "R1", "Publier un inventaire public des algorithmes."),
    ]


def test_decisions_of_council_minutes_and_reported_questions(tmp_path):
    _, units = _units(tmp_path, "pv.txt", (
        "Procès-verbal du conseil municipal\n\n"
        "Délibération n° 2025-041 – Wi-Fi public\n\n"
        "Le syndicat propose d'installer quatre bornes Wi-Fi sur la commune.\n\n"
        "Le conseil municipal, après en avoir délibéré,\n\n"
        "APPROUVE la convention d'installation et autorise le Maire à la signer.\n\n"
        "Délibération n° 2025-042 – Cybersécurité\n\n"
        "Le conseil municipal, après en avoir délibéré, DÉCIDE de désigner M. Julien Roussel comme élu référent.\n\n"
        "Questions diverses\n\n"
        "Mme Perrin demande où en est le raccordement du hameau des Bruyères à la fibre.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("decision", "APPROUVE la convention d'installation et autorise le Maire à la signer."),
        ("decision", "de désigner M. Julien Roussel comme élu référent."),
        ("question", "Mme Perrin demande où en est le raccordement du hameau des Bruyères à la fibre."),
    ]


def test_field_objectives_commitments_and_reported_proposals(tmp_path):
    _, units = _units(tmp_path, "cr.txt", (
        "Compte rendu du 12 mars\n\n"
        "Objectif de la réunion : point d'étape.\n\n"
        "Objectif : permettre aux entreprises du territoire de vendre en ligne.\n\n"
        "Plusieurs participants ont également proposé que la commune mette en place un covoiturage en ligne.\n\n"
        "En conclusion, le Maire s'engage à :\n\n"
        "1° publier ce compte rendu sur le site internet ;\n"
        "2° réunir à nouveau les habitants en juin.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "permettre aux entreprises du territoire de vendre en ligne"),
        ("recommendation", "Plusieurs participants ont également proposé que la commune mette en place un "
                           "covoiturage en ligne."),
        ("action", "publier ce compte rendu sur le site internet ;"),
        ("action", "réunir à nouveau les habitants en juin."),
    ]


def regenerate():  # pragma: no cover - run by hand: python tests/test_segment.py
    out = {rel: summary(segment(document(rel), SETTINGS)) for rel in GOLDEN_DOCS}
    EXPECTED.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    regenerate()


def test_what_the_town_hall_or_the_mayor_must_do_is_a_demand(tmp_path):
    _, units = _units(tmp_path, "petition.txt", (
        "Pétition des parents d'élèves de Kerdilès\n\n"
        "La mairie doit afficher chaque mois les menus de la cantine à l'entrée de l'école.\n\n"
        "Le maire doit rouvrir au plus vite la garderie du mercredi.\n\n"
        "La mairie doit faire face à des départs d'agents.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "La mairie doit afficher chaque mois les menus de la cantine à l'entrée de l'école."),
        ("recommendation", "Le maire doit rouvrir au plus vite la garderie du mercredi."),
    ]


def test_a_quotation_after_a_demand_reported_in_the_third_person_describes_it(tmp_path):
    # a commissaire enquêteur's report: « M. X demande que … » then the participant's own words in
    # « … » (opening with an infinitive): they illustrate the demand, they are no unit of their own
    _, units = _units(tmp_path, "pv.txt", (
        "Objet : Enquête publique sur le plan de mobilité – Procès-verbal de synthèse des observations du public\n\n"
        "Monsieur le Président,\n\n"
        "Conformément à l’article R. 123-18 du Code de l’environnement, je vous communique les observations du public.\n\n"
        "Observation R2 (registre de Lussac, M. Bastide) :\n\n"
        "M. Bastide demande que la navette du samedi desserve le quartier des Tilleuls.\n\n"
        "« Attendre une heure au rond-point sans abri, ce n'est pas digne d'un service public. »\n\n"
        "Observation R3 (registre de Lussac, Mme Roux) :\n\n"
        "Mme Roux souhaite un abri au rond-point des Tilleuls.\n"))
    assert [(u.kind, u.text, u.detail) for u in units] == [
        ("recommendation", "M. Bastide demande que la navette du samedi desserve le quartier des Tilleuls.",
         "« Attendre une heure au rond-point sans abri, ce n'est pas digne d'un service public. »"),
        ("recommendation", "Mme Roux souhaite un abri au rond-point des Tilleuls.", ""),
    ]


def test_demands_for_free_use_or_for_putting_in_a_state(tmp_path):
    # « demande la gratuité de … », « demande la mise en accessibilité / en conformité / en service de … »:
    # what is asked is a deed, as « la mise en place de … »
    _, units = _units(tmp_path, "observations.txt", (
        "Synthèse des observations du public\n\n"
        "Le quartier des Aubiers compte 1 200 habitants.\n\n"
        "Mme Perrin demande la gratuité de la navette du marché pour les retraités.\n\n"
        "M. Daudet demande la mise en accessibilité de la passerelle de la gare routière.\n\n"
        "Le comité de quartier réclame la mise en conformité des aires de jeux du parc Lamartine.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Mme Perrin demande la gratuité de la navette du marché pour les retraités."),
        ("recommendation", "M. Daudet demande la mise en accessibilité de la passerelle de la gare routière."),
        ("recommendation", "Le comité de quartier réclame la mise en conformité des aires de jeux du parc Lamartine."),
    ]


def test_demands_with_a_noun_object_or_what_the_authority_must_do(tmp_path):
    _, units = _units(tmp_path, "avis.txt", (
        "Avis du conseil de développement sur le schéma numérique\n\n"
        "Le territoire doit faire face à une baisse de sa population active.\n\n"
        "Le conseil propose la création d'un fonds d'amorçage pour les jeunes entreprises du numérique.\n\n"
        "Plus largement, la Région doit se doter d'un outil de mesure de l'empreinte de son numérique.\n\n"
        "Le conseil souhaite le maintien d'un accueil humain dans chaque mairie.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Le conseil propose la création d'un fonds d'amorçage pour les jeunes entreprises du "
                           "numérique."),
        ("recommendation", "Plus largement, la Région doit se doter d'un outil de mesure de l'empreinte de son "
                           "numérique."),
        ("recommendation", "Le conseil souhaite le maintien d'un accueil humain dans chaque mairie."),
    ]
    # a plan saying what the authority "doit" do describes itself: no unit
    _, units = _units(tmp_path, "plan.txt", (
        "Stratégie numérique de la métropole 2026-2030\n\n"
        "La Métropole doit concilier ces deux exigences : la sobriété et la qualité du service.\n"))
    assert units == []


def test_a_long_paragraph_opened_by_an_infinitive_gives_its_first_sentence(tmp_path):
    first = ("Mettre en place un centre régional de réponse aux incidents de cybersécurité, gratuit pour les "
             "petites entreprises, les associations et les petites collectivités, qui assure un premier diagnostic "
             "et oriente vers des prestataires de confiance.")
    rest = ("Plusieurs régions ont déjà franchi le pas avec le soutien de l'agence nationale dans le cadre du plan "
            "de relance ; la nôtre accuse un retard qu'il faut combler au plus vite, avant la prochaine vague "
            "d'attaques.")
    _, units = _units(tmp_path, "avis.txt", f"Avis du conseil de développement\n\n{first} {rest}\n")
    assert [(u.kind, u.text) for u in units] == [("recommendation", first)]


def test_a_summary_list_restated_in_the_chapters_gives_the_restatements(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement sur la feuille de route numérique\n\n"
        "## Nos préconisations en bref\n\n"
        "1. Viser 30 % de matériel reconditionné dans les achats.\n"
        "2. Garder les ordinateurs des agents au moins sept ans.\n"
        "3. Rendre les sites régionaux conformes au RGAA.\n"
        "4. Ouvrir une maison du numérique dans chaque pays.\n\n"
        "## 1. Les équipements\n\n"
        "Le conseil demande que la part de matériel reconditionné dans les achats atteigne 30 % d'ici 2028.\n\n"
        "Le conseil recommande de garder les ordinateurs des agents sept ans au moins, contre quatre aujourd'hui.\n\n"
        "## 2. L'accessibilité\n\n"
        "Le conseil demande que tous les sites régionaux soient conformes au RGAA et publient leur déclaration.\n"))
    assert [(u.label, u.text) for u in units] == [
        ("4", "Ouvrir une maison du numérique dans chaque pays."),  # stated once: kept
        ("", "Le conseil demande que la part de matériel reconditionné dans les achats atteigne 30 % d'ici 2028."),
        ("", "Le conseil recommande de garder les ordinateurs des agents sept ans au moins, contre quatre "
             "aujourd'hui."),
        ("", "Le conseil demande que tous les sites régionaux soient conformes au RGAA et publient leur déclaration."),
    ]


def test_a_summary_item_citing_the_numbers_it_sums_up_is_no_unit(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement sur le plan numérique\n\n"
        "## Synthèse\n\n"
        "- garder les ordinateurs des agents au moins sept ans ;\n"
        "- rendre les sites conformes au RGAA ;\n"
        "- aider les associations dans leurs démarches en ligne (2.1 à 2.3).\n\n"
        "## 1. Les équipements\n\n"
        "Préconisation 1.1 – Le conseil recommande de garder les ordinateurs des agents sept ans au moins.\n\n"
        "Préconisation 1.2 – Le conseil demande que tous les sites soient conformes au RGAA.\n"))
    assert [(u.label, u.text) for u in units] == [
        ("Préconisation 1.1", "Le conseil recommande de garder les ordinateurs des agents sept ans au moins."),
        ("Préconisation 1.2", "Le conseil demande que tous les sites soient conformes au RGAA."),
    ]


def test_a_numbered_title_over_labelled_recommendations_is_their_section(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement\n\n## 1. L'économie agricole\n\n"
        "### 1.2 Vendre autrement : les circuits courts sur internet\n\n"
        "Recommandation 3 : Monter un site commun où les habitants commandent les produits des fermes.\n\n"
        "Le conseil propose également un catalogue commun à toutes les bibliothèques du pays.\n"))
    assert [(u.kind, u.label, u.text, u.parent) for u in units] == [
        ("recommendation", "Recommandation 3",
         "Monter un site commun où les habitants commandent les produits des fermes.", ""),
        ("recommendation", "", "Le conseil propose également un catalogue commun à toutes les bibliothèques du pays.",
         ""),
    ]


def test_minutes_ask_for_things_and_tell_present_burdens(tmp_path):
    _, units = _units(tmp_path, "cr.txt", (
        "Compte rendu de la réunion publique du quartier des Tilleuls\n\n"
        "Une habitante souhaite une carte en ligne des bornes de recharge. "
        "Aujourd'hui il faut déposer un chèque à la régie avant le 10 du mois. "
        "Mais la navette ne roule que le mardi, et il faut s'inscrire une semaine avant. "
        "Un autre habitant ajoute : pourquoi ne pas installer deux bornes sur le parking de la gare ? "
        "Plusieurs parents demandent des permanences régulières à la mairie.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Une habitante souhaite une carte en ligne des bornes de recharge."),
        ("recommendation", "Un autre habitant ajoute : pourquoi ne pas installer deux bornes sur le parking de la gare ?"),
        ("recommendation", "Plusieurs parents demandent des permanences régulières à la mairie."),
    ]


def test_an_article_announcing_its_items_gives_them_and_a_theme_verb_is_no_decision(tmp_path):
    _, units = _units(tmp_path, "deliberation.txt", (
        "Délibération n° 2025-083 – Budget participatif\n\n"
        "Après en avoir délibéré, le conseil municipal DÉCIDE :\n\n"
        "Article 2 : de prendre les engagements suivants pour des projets non retenus :\n\n"
        "- au titre du projet BP25-008, la Ville intégrera la publication des votes en données ouvertes ;\n"
        "- la Ville étudiera l'extension du wifi public à la place du Marché.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("decision", "Article 2", "au titre du projet BP25-008, la Ville intégrera la publication des votes en "
                                  "données ouvertes ;"),
        ("decision", "Article 2", "la Ville étudiera l'extension du wifi public à la place du Marché."),
    ]
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du collectif sur la stratégie numérique\n\n## 5. Décider ensemble de l'aménagement\n\n"
        "Nous demandons que les projets d'aménagement soient soumis à une consultation en ligne.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Nous demandons que les projets d'aménagement soient soumis à une consultation en ligne.")]


def test_numbered_noun_phrase_proposals_and_their_recap(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Notre avis sur la stratégie numérique (et nos propositions)\n\n## 1. Se déplacer\n\n"
        "1. Une appli de covoiturage domicile-travail portée par l'agglomération, avec une garantie de retour.\n"
        "2. Des places réservées au covoiturage sur les parkings des gares.\n"
        "3. Ouvrir des espaces de coworking à côté des gares pour les salariés.\n\n"
        "## Nos propositions en bref\n\n"
        "- Appli de covoiturage domicile-travail\n- Places covoiturage en gare\n- Coworking en gare\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "1", "Une appli de covoiturage domicile-travail portée par l'agglomération, avec une "
                                "garantie de retour."),
        ("recommendation", "2", "Des places réservées au covoiturage sur les parkings des gares."),
        ("recommendation", "3", "Ouvrir des espaces de coworking à côté des gares pour les salariés."),
    ]


def test_a_slide_plan_numbered_in_its_bullets_axis_items_continued_axis_and_outcomes(tmp_path):
    _, units = _units(tmp_path, "plan.md", (
        "# Stratégie numérique du territoire 2026-2030\n\n## Axe 1 – Se déplacer en sécurité\n\n"
        "Ce que nous ferons\n\n"
        "- 1.1 « Alerte Vallée » : alertes SMS et notifications sur les fermetures de routes\n"
        "- 1.2 Panneaux à messages variables aux deux entrées de la vallée\n\n"
        "Ce que cela change\n\n- Plus personne bloqué à la barrière sans le savoir\n"
        "- Travailler au pays, même pour une entreprise de la ville\n\n"
        "## Axe 1 – suite\n\n- 1.3 Ouverture de la navette le samedi\n\n"
        "## Axe 2 – Connecter chaque foyer\n\n"
        "- Chèque « connexion satellite » pour les logements non raccordables\n"
        "- Délégué à la protection des données mutualisé entre les 3 communautés de communes\n"), kind="strategy")
    got = [(u.kind, u.label, u.text) for u in units]
    assert got == [
        ("objective", "Axe 1", "Se déplacer en sécurité"),
        ("action", "1.1", "« Alerte Vallée » : alertes SMS et notifications sur les fermetures de routes"),
        ("action", "1.2", "Panneaux à messages variables aux deux entrées de la vallée"),
        ("action", "1.3", "Ouverture de la navette le samedi"),
        ("objective", "Axe 2", "Connecter chaque foyer"),
        ("action", "", "Chèque « connexion satellite » pour les logements non raccordables"),
        ("action", "", "Délégué à la protection des données mutualisé entre les 3 communautés de communes"),
    ]
    axis1 = units[0].id
    assert [u.parent for u in units[1:4]] == [axis1] * 3  # « Axe 1 – suite » goes on with axis 1


def test_a_group_name_over_a_nested_list_of_actions_is_an_objective(tmp_path):
    _, units = _units(tmp_path, "feuille.html", (
        "<h1>Feuille de route numérique 2026-2030</h1><h2>Ambition 1 – Connecter tout le territoire</h2>"
        "<ol><li><span>Très haut débit fixe</span><ol>"
        "<li><strong>Achever la fibre jusqu'aux fermes isolées</strong>"
        "<details><summary>En savoir plus</summary><p>Un fonds prend en charge les travaux en domaine privé.</p>"
        "</details></li>"
        "<li><strong>150 diagnostics cyber pour les TPE</strong></li></ol></li></ol>"))
    got = [(u.kind, u.text, u.detail) for u in units]
    assert got == [
        ("objective", "Connecter tout le territoire", ""),
        ("objective", "Très haut débit fixe", ""),
        ("action", "Achever la fibre jusqu'aux fermes isolées", "Un fonds prend en charge les travaux en domaine privé."),
        ("action", "150 diagnostics cyber pour les TPE", ""),
    ]


def test_an_open_letter_s_expectations_and_a_demand_naming_who_is_asked(tmp_path):
    _, units = _units(tmp_path, "lettre.md", (
        "# Lettre ouverte à la Présidente du Département\n\n"
        "Nous attendons du Département qu'il propose un diagnostic de cybersécurité gratuit aux artisans.\n\n"
        "Nos attentes :\n\n- Un guichet unique pour les aides au numérique\n- Former les bénévoles des associations\n"),
        kind="opinion")
    got = [(u.kind, u.text) for u in units]
    assert got == [
        ("recommendation", "Nous attendons du Département qu'il propose un diagnostic de cybersécurité gratuit aux artisans."),
        ("recommendation", "Un guichet unique pour les aides au numérique"),
        ("recommendation", "Former les bénévoles des associations"),
    ]


def test_an_authority_s_answer_to_a_consultation_holds_actions():
    from nlp_stn.segment import title_prior

    assert title_prior("Plan numérique des écoles – Mémoire en réponse au bilan du garant de la concertation préalable") == "action"
    assert title_prior("Réponse de la commune aux contributions") == "action"
    assert title_prior("Bilan de la concertation préalable") == "recommendation"


def test_an_authority_s_follow_up_of_the_opinions_it_received_holds_actions():
    from nlp_stn.segment import title_prior

    assert title_prior("Tableau de suivi des avis du conseil de développement") == "action"
    assert title_prior("État de suivi des recommandations du conseil citoyen – juin 2027") == "action"
    assert title_prior("Bilan de suivi de la mise en œuvre des préconisations du CESER") == "action"
    assert title_prior("Avis du conseil de développement sur le suivi du plan climat") == "recommendation"


def test_a_guide_of_engagements_holds_actions():
    from nlp_stn.segment import title_prior

    assert title_prior("Guide des engagements numériques de la Communauté de communes du Val d'Orvène") == "action"
    assert title_prior("Livret de nos engagements pour la ville") == "action"
    assert title_prior("Carnet d'engagements 2027") == "action"
    assert title_prior("Avis du conseil de développement sur le guide des engagements") == "recommendation"
    assert title_prior("Guide des bonnes pratiques numériques") == ""


def test_an_authority_s_principles_are_no_units_an_opinion_s_may_be():
    assert classify_leadin("Quelques grands principes :", "action") is None
    assert classify_leadin("Nos principes directeurs", "action") is None
    assert classify_leadin("Quelques grands principes :", "") == ""
    assert classify_leadin("Quelques grands principes :", "recommendation") == ""


def test_a_record_of_decisions_holds_actions():
    from nlp_stn.segment import title_prior

    assert title_prior("RELEVÉ DE DÉCISIONS") == "action"
    assert title_prior("Relevé des décisions du comité de suivi du 4 juin") == "action"
    assert title_prior("Relevé de conclusions – groupe de travail mobilités") == "action"
    assert title_prior("Relevé des observations du public") == ""


def test_an_observation_is_a_question_only_when_it_really_asks(tmp_path):
    _, units = _units(tmp_path, "registre.csv", (
        "N°,Objet,Observation\n"
        "1,,Qui va payer tout ça ? Quel est le coût total du plan ? Je n'ai pas trouvé le chiffre.\n"
        "2,Évaluation,Le plan prévoit-il une évaluation des effets des tablettes ?\n"
        "3,places livraison,les places de livraison sont toujours occupées, mettre des capteurs ?\n"
        "4,Casse,Qui est responsable si la tablette est cassée ? Je demande que la commune prenne en charge la casse.\n"))
    assert [(u.label, u.kind) for u in units] == [
        ("1", "question"), ("2", "question"), ("3", "recommendation"), ("4", "recommendation")]


def test_a_contribution_asking_the_authority_to_do_something_is_a_demand_under_a_short_title(tmp_path):
    # a topic as title (« Bancs », « Piscine et horaires ») over questions: a question asking the
    # authority to do a thing (« La mairie pourrait-elle … ? », « Que prévoit la commune pour … ? »)
    # is a demand; one asking what is planned or what it costs stays a question
    _, units = _units(tmp_path, "export.csv", (
        "id,title,body\n"
        "11,Bancs,Les aînés n'ont nulle part où s'asseoir. La mairie pourrait-elle installer des bancs au square ?\n"
        "12,Piscine et horaires,Que prévoit la commune pour ouvrir la piscine le dimanche ?\n"
        "13,Gymnase,Est-il prévu de repeindre le gymnase ?\n"
        "14,Coût,Combien coûtera la nouvelle piscine ?\n"))
    assert [(u.label, u.kind) for u in units] == [
        ("11", "recommendation"), ("12", "recommendation"), ("13", "question"), ("14", "question")]


def test_a_long_body_posted_again_under_a_retouched_title_is_one_contribution(tmp_path):
    # a platform's export: the same body (twelve words or more) under another title is the same
    # proposal posted again, counted on the first (not « à l'identique »: the titles differ); a
    # short body under two titles is two proposals
    body = "Le parking de la gare est plein dès sept heures, il faut construire un second niveau."
    _, units = _units(tmp_path, "export.csv", (
        "id,title,body\n"
        f'21,Parking de la gare,"{body}"\n'
        f'22,Parking gare,"{body}"\n'
        f'23,Le parking de la gare,"{body}"\n'
        "24,Bancs,Des bancs au square.\n"
        "25,Square,Des bancs au square.\n"))
    assert [(u.label, u.kind) for u in units] == [
        ("21 – envoyée 3 fois", "recommendation"), ("24", "recommendation"), ("25", "recommendation")]


def test_a_bold_signpost_question_and_web_footnotes_give_no_unit(tmp_path):
    _, units = _units(tmp_path, "avis.html", (
        "<html><body><main><h1>Avis du conseil de développement sur le plan vélo</h1>"
        "<p>Le conseil demande que les pistes cyclables soient éclairées<sup><a href='#n1'>1</a></sup>.</p>"
        "<p><strong>Et ensuite ?</strong> La communauté de communes répondra à cet avis avant l'été.</p>"
        "<ol class='notes'><li id='n1'>Il faudrait aussi des bornes de réparation. <a href='#'>↩︎</a></li></ol>"
        "</main></body></html>"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Le conseil demande que les pistes cyclables soient éclairées."),
    ]


def test_two_demands_coordinated_in_one_sentence_give_two_units(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement sur le schéma numérique\n\n## Recommandations\n\n"
        "Le conseil demande que les horaires de l'espace numérique soient élargis au samedi matin et réclame "
        "en outre que les ateliers pour les seniors restent gratuits.\n\n"
        "Il recommande la création d'un guichet unique des aides au numérique ; il propose en outre que les "
        "secrétaires de mairie soient formées à orienter les habitants.\n\n"
        "Le conseil attire l'attention sur la fracture entre les bourgs et demande qu'une cartographie des lieux "
        "d'accès soit publiée.\n\n"
        "Il recommande de former les agents d'accueil et de les équiper de tablettes.\n\n"
        "Recommandation 5 : Le conseil souhaite que le portail soit traduit en breton et demande aussi que les "
        "formulaires soient testés avec des habitants.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "", "Le conseil demande que les horaires de l'espace numérique soient élargis au samedi matin"),
        ("recommendation", "", "réclame en outre que les ateliers pour les seniors restent gratuits."),
        ("recommendation", "", "Il recommande la création d'un guichet unique des aides au numérique"),
        ("recommendation", "", "il propose en outre que les secrétaires de mairie soient formées à orienter les habitants."),
        # the attention drawn is the reason of the demand: one unit
        ("recommendation", "", "Le conseil attire l'attention sur la fracture entre les bourgs et demande qu'une "
                               "cartographie des lieux d'accès soit publiée."),
        # a second infinitive, not a second demand verb
        ("recommendation", "", "Il recommande de former les agents d'accueil et de les équiper de tablettes."),
        ("recommendation", "Recommandation 5", "Le conseil souhaite que le portail soit traduit en breton"),
        ("recommendation", "Recommandation 5", "demande aussi que les formulaires soient testés avec des habitants."),
    ]


def test_why_would_x_not_do_something_is_a_suggestion(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil citoyen\n\n## Ce que nous proposons\n\n"
        "Le bibliobus passe chaque semaine dans les hameaux. Pourquoi la médiathèque ne prêterait pas aussi des "
        "tablettes par le bibliobus ?\n\n"
        "Pourquoi les communes ne pourraient-elles pas partager un seul informaticien ?\n\n"
        "Pourquoi la mairie ne répond pas aux courriels ?\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Pourquoi la médiathèque ne prêterait pas aussi des tablettes par le bibliobus ?"),
        ("recommendation", "Pourquoi les communes ne pourraient-elles pas partager un seul informaticien ?"),
        ("question", "Pourquoi la mairie ne répond pas aux courriels ?"),
    ]


def test_a_typed_note_citing_a_law_or_an_agreement_is_no_unit(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement\n\n## Recommandations\n\n"
        "Le conseil recommande de publier la déclaration d'accessibilité de chaque site communal.\n\n"
        "1. Décret n° 2011-1241 du 5 octobre 2011, article 3.\n"
        "2. Rapport de la mission numérique du 3 mars 2021, p. 14.\n\n"
        "Voir la convention du 2 mai 2023 avec le syndicat mixte.\n\n"
        "1. Créer un guichet unique des aides au numérique\n"
        "2. Ouvrir l'espace numérique le samedi\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "", "Le conseil recommande de publier la déclaration d'accessibilité de chaque site communal."),
        ("recommendation", "1", "Créer un guichet unique des aides au numérique"),
        ("recommendation", "2", "Ouvrir l'espace numérique le samedi"),
    ]


def test_a_contribution_sent_twice_in_the_same_words_is_one_unit(tmp_path):
    _, units = _units(tmp_path, "export.csv", (
        "Horodatage;Commune;Vos idées pour la commune\n"
        "01/03/2026 10:02;Lanvern;Un atelier pour apprendre à faire ses démarches en ligne\n"
        "01/03/2026 10:05;Lanvern;un atelier pour apprendre à faire  ses démarches en ligne \n"
        "02/03/2026 18:40;Kerlaz;Des bornes wifi sur la place du marché\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "réponse 1 – envoyée 2 fois à l'identique", "Un atelier pour apprendre à faire ses démarches en ligne"),
        ("recommendation", "réponse 3", "Des bornes wifi sur la place du marché"),
    ]


def test_a_surveys_answers_and_remarks_are_traced_to_their_row(tmp_path):
    # no id column: each answer is « réponse n », and so are the units of its row's remark
    _, units = _units(tmp_path, "reponses.csv", (
        "Horodateur;Que faudrait-il améliorer en priorité ?;Avez-vous des remarques ?\n"
        "05/05/2026 09:00;;Bon courage à vous\n"
        "05/05/2026 09:12;L'éclairage du parking de la salle des fêtes;Pourquoi la mairie ferme-t-elle le samedi ?\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "réponse 2", "L'éclairage du parking de la salle des fêtes"),
        ("question", "réponse 2", "Pourquoi la mairie ferme-t-elle le samedi ?"),
    ]


def test_a_procedure_that_requires_something_asks_nothing(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement\n\n## Préconisations\n\n"
        "Le portail des aides, commun à trois collectivités, demande une carte d'identité numérique que peu "
        "d'habitants possèdent.\n\n"
        "Cette démarche exige que chaque association crée un compte.\n\n"
        "La démarche actuelle est longue et le conseil demande une simplification du formulaire.\n"))
    assert [u.text for u in units] == [
        "La démarche actuelle est longue et le conseil demande une simplification du formulaire."]


def test_a_reply_letter_commits_in_prose_and_turns_demands_down(tmp_path):
    from nlp_stn.segment import document_prior

    letter = (
        "VILLE DE SAINT-ALVAN\n\nLa Présidente\n\nSaint-Alvan, le 3 février 2027\n\n"
        "Aux riverains du stade municipal\n\n"
        "Objet : Réponse à votre pétition sur l'éclairage du stade\n\n"
        "Madame, Monsieur,\n\n"
        "Votre pétition a retenu toute mon attention. La commune remplacera les projecteurs du stade "
        "par des lampes à détection de présence avant l'automne. Un panneau d'information sera installé "
        "à l'entrée du parking ; il sera complété par une page sur le site. Les horaires, qui datent de 2010, "
        "seront revus avec le club.\n\n"
        "Il ne nous est pas possible, en revanche, d'ouvrir le stade la nuit : la sécurité ne serait pas assurée. "
        "L'agrandissement du parking n'est pas envisageable avant 2030. Nous ne pourrons pas financer une "
        "navette le dimanche.\n\n"
        "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n")
    doc, segments = _units(tmp_path, "courrier-2027-014.txt", letter)
    assert document_prior(doc) == "action"
    # (« Objet : … » on a line of its own is a title for the text reader; « La Présidente » is not)
    h = "VILLE DE SAINT-ALVAN > Objet : Réponse à votre pétition sur l'éclairage du stade"
    assert [(s.kind, s.state, s.heading, s.text) for s in segments] == [
        ("action", "", h, "La commune remplacera les projecteurs du stade par des lampes à "
         "détection de présence avant l'automne."),
        ("action", "", h, "Un panneau d'information sera installé à l'entrée du parking ; "
         "il sera complété par une page sur le site."),
        ("action", "", h, "Les horaires, qui datent de 2010, seront revus avec le club."),
        ("decision", "non retenue", h, "Il ne nous est pas possible, en revanche, d'ouvrir "
         "le stade la nuit : la sécurité ne serait pas assurée."),
        ("decision", "non retenue", h,
         "L'agrandissement du parking n'est pas envisageable avant 2030."),
        ("decision", "non retenue", h, "Nous ne pourrons pas financer une navette le dimanche."),
    ]


def test_a_letter_whose_subject_names_the_addressee_s_demands_is_an_answer(tmp_path):
    from nlp_stn.segment import document_prior

    # « Objet : vos demandes … »: only who answers writes « vos » (the ones asking write « nos »)
    letter = (
        "COMMUNE DE BRELAY\n\nLe Maire\n\nBrelay, le 2 mai 2027\n\n"
        "Objet : vos demandes pour le hameau des Sorbiers\n\n"
        "Madame la Présidente,\n\n"
        "Un abri sera posé à l'arrêt des Sorbiers avant l'hiver. Le chemin du lavoir sera éclairé en 2028.\n\n"
        "Je vous prie d'agréer, Madame la Présidente, mes salutations distinguées.\n")
    doc, segments = _units(tmp_path, "courrier-2027-052.txt", letter)
    assert document_prior(doc) == "action"
    assert [(s.kind, s.text) for s in segments] == [
        ("action", "Un abri sera posé à l'arrêt des Sorbiers avant l'hiver."),
        ("action", "Le chemin du lavoir sera éclairé en 2028."),
    ]
    asking = letter.replace("vos demandes", "nos demandes")
    doc, _ = _units(tmp_path, "courrier-2027-053.txt", asking)
    assert document_prior(doc) != "action"


def test_the_writer_s_own_offer_in_an_answer_is_an_action(tmp_path):
    # « Je propose … de … » in an authority's answer: what its writer offers to do, not a demand
    letter = (
        "COMMUNE DE BRELAY\n\nObjet : Réponse à votre courrier du 4 mai\n\nMadame la Présidente,\n\n"
        "Le préau sera repeint cet été. Je propose par ailleurs de réunir les riverains chaque automne.\n\n"
        "Je vous prie d'agréer, Madame la Présidente, mes salutations distinguées.\n")
    _, segments = _units(tmp_path, "courrier-2027-061.txt", letter)
    assert [(s.kind, s.text) for s in segments] == [
        ("action", "Le préau sera repeint cet été."),
        ("action", "Je propose par ailleurs de réunir les riverains chaque automne."),
    ]


def test_a_reply_letter_tells_what_is_done_and_what_is_under_way(tmp_path):
    letter = (
        "COMMUNE DE VAL-SOURDE\n\nLe Maire\n\nVal-Sourde, le 12 mars 2027\n\n"
        "Objet : Réponse à votre courrier sur la salle des fêtes\n\n"
        "Madame, Monsieur,\n\n"
        "Vous avez signalé en janvier l'état du chauffage de la salle. Nous avons bien noté votre demande. La question a été posée par vous "
        "au conseil du 2 février. Le conseil municipal a délibéré sur ce point le 2 février. "
        "Les radiateurs de la grande salle ont été changés le 20 février dernier. La commune a sollicité "
        "le syndicat d'énergie pour un diagnostic. Un règlement d'utilisation est en cours d'élaboration "
        "avec les associations et sera adopté en juin. De plus un agent assurera l'accueil lors des "
        "locations du week-end.\n\n"
        "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n")
    _, segments = _units(tmp_path, "courrier-2027-031.txt", letter)
    assert [(s.kind, s.state, s.text) for s in segments] == [
        ("action", "Réalisée", "Les radiateurs de la grande salle ont été changés le 20 février dernier."),
        ("action", "Réalisée", "La commune a sollicité le syndicat d'énergie pour un diagnostic."),
        ("action", "En cours", "Un règlement d'utilisation est en cours d'élaboration avec les associations "
         "et sera adopté en juin."),
        ("action", "", "De plus un agent assurera l'accueil lors des locations du week-end."),
    ]
    assert [status_cap(s.state) for s in segments] == ["pris en compte"] * 4


def test_an_activity_report_tells_its_deeds_done_and_planned(tmp_path):
    # an authority's yearly report: what its services did (« Réalisations ») is done, whatever
    # the subject of a past tense (the service, a facility, the thing done, a count); what comes
    # next (« Perspectives ») is planned whatever its subject, and « Il … » goes on with it; the
    # foreword tells no deed; a status table naming in a few words the actions told in prose
    # gives them their status, the row told nowhere else stays
    _, units = _units(tmp_path, "bilan.html", (
        "<h1>Bilan d'activités 2024 – Pôle culture et patrimoine</h1>"
        "<h2>Le mot du maire</h2><p>L'année 2024 a été marquée par la réouverture du musée.</p>"
        "<h2>1. Lecture publique</h2><h3>Réalisations 2024</h3>"
        "<p>En 2024, le pôle a numérisé 3 000 photographies anciennes du fonds local.</p>"
        "<p>La ludothèque a accueilli 52 après-midi de jeux en famille.</p>"
        "<p>Le portail des archives (ArchiNet) a été mis en ligne en juin.</p>"
        "<p>12 liseuses ont été prêtées aux résidents de la maison de retraite.</p>"
        "<h3>Perspectives 2025</h3>"
        "<p>Le bibliobus desservira les quatre hameaux chaque mois. Il s'arrêtera aussi devant l'école.</p>"
        "<p>Les réservations de livres pourront se faire par téléphone.</p>"
        "<h2>Suivi des projets</h2><table><tr><th>Projet</th><th>Statut</th></tr>"
        "<tr><td>Numérisation des photographies</td><td>Réalisé</td></tr>"
        "<tr><td>Tournée du bibliobus</td><td>Prévu 2025</td></tr>"
        "<tr><td>Réservations par téléphone</td><td>En cours</td></tr>"
        "<tr><td>Rénovation de la salle d'exposition du musée</td><td>Prévu 2026</td></tr></table>"))
    assert [(u.kind, u.state, u.text) for u in units] == [
        ("action", "Réalisée", "En 2024, le pôle a numérisé 3 000 photographies anciennes du fonds local."),
        ("action", "Réalisée", "La ludothèque a accueilli 52 après-midi de jeux en famille."),
        ("action", "Réalisée", "Le portail des archives (ArchiNet) a été mis en ligne en juin."),
        ("action", "Réalisée", "12 liseuses ont été prêtées aux résidents de la maison de retraite."),
        ("action", "Prévu 2025", "Le bibliobus desservira les quatre hameaux chaque mois. "
         "Il s'arrêtera aussi devant l'école."),
        ("action", "En cours", "Les réservations de livres pourront se faire par téléphone."),
        ("action", "Prévu 2026", "Rénovation de la salle d'exposition du musée"),
    ]


def test_a_report_of_the_year_by_its_title_tells_deeds_in_every_chapter(tmp_path):
    # a « Rapport d'activité » whose chapters are themes, not « Réalisations »: a deed in the past
    # is an action whatever its subject (a facility, a count, a service), in every chapter but the
    # editorial; a report known only by its sections keeps that reading to its « Réalisations »
    chapters = ("<h2>Le mot du président</h2><p>La médiathèque a accueilli de nombreux visiteurs.</p>"
                "<h2>Culture et loisirs</h2><p>La médiathèque a accueilli 40 ateliers d'écriture.</p>"
                "<p>Deux classes ont été équipées de tablettes.</p>")
    _, units = _units(tmp_path, "rapport.html", "<h1>Rapport d'activité 2025</h1>" + chapters)
    assert [(u.kind, u.state, u.text) for u in units] == [
        ("action", "Réalisée", "La médiathèque a accueilli 40 ateliers d'écriture."),
        ("action", "Réalisée", "Deux classes ont été équipées de tablettes."),
    ]
    _, units = _units(tmp_path, "annee.html", "<h1>Le service culturel : l'année écoulée</h1>" + chapters
                      + "<h2>Réalisations</h2><p>Le service a rénové la salle.</p>"
                      "<h2>Perspectives 2026</h2><p>La salle sera chauffée.</p>")
    assert [u.text for u in units if u.kind == "action"] == [
        "Deux classes ont été équipées de tablettes.", "Le service a rénové la salle.", "La salle sera chauffée."]


def test_a_reports_key_figures_are_its_indicators_not_a_plans_background_figures(tmp_path):
    # under a report's « Les chiffres clés », an item opening with a number or a percentage
    # measures the authority's own action (however long); its other items stay what they are;
    # a plan's « La commune en chiffres » gives its background, no indicator
    figures = ("<ul><li>4 300 comptes créés sur le portail citoyen depuis son ouverture au printemps dernier, "
               "dont la moitié par des familles</li><li>87 % des appels au standard traités le jour même</li>"
               "<li>Une année de transition pour le service</li></ul>")
    _, units = _units(tmp_path, "bilan-annuel.html", (
        "<h1>Rapport annuel 2024 – Service des usagers</h1><h2>Les chiffres clés</h2>" + figures
        + "<h2>Réalisations 2024</h2><p>Le service a ouvert un guichet unique à la mairie annexe.</p>"
        "<h2>Perspectives 2025</h2><p>Le service ouvrira le guichet le samedi matin.</p>"))
    assert [(u.kind, u.text) for u in units if u.kind == "indicator"] == [
        ("indicator", "4 300 comptes créés sur le portail citoyen depuis son ouverture au printemps dernier, "
         "dont la moitié par des familles"),
        ("indicator", "87 % des appels au standard traités le jour même"),
    ]
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan numérique 2025-2030</h1><h2>La commune en chiffres</h2>" + figures
        + "<h2>Nos actions</h2><p>La commune ouvrira un guichet unique en 2026.</p>"))
    assert not [u for u in units if u.kind == "indicator"]


def test_a_key_figure_tile_is_its_figure_over_its_label(tmp_path):
    # a report's key figures as tiles: the figure alone in big type (read as a heading), its
    # label under it; a figure over a long paragraph, or outside the key figures, is no tile
    tiles = ("<h3>4 300</h3><p>comptes créés sur le portail</p><h3>87 %</h3><p>des appels traités le jour même</p>"
             "<h3>12</h3><p>Le service a répondu cette année à de très nombreuses sollicitations venues de toutes les "
             "communes du territoire, bien plus qu'on ne l'avait prévu.</p>")
    _, units = _units(tmp_path, "rapport.html", "<h1>Rapport annuel 2024</h1><h2>L'année en chiffres</h2>" + tiles)
    assert [(u.kind, u.text) for u in units if u.kind == "indicator"] == [
        ("indicator", "4 300 comptes créés sur le portail"),
        ("indicator", "87 % des appels traités le jour même"),
    ]
    _, units = _units(tmp_path, "rapport2.html", "<h1>Rapport annuel 2024</h1><h2>Voirie</h2>" + tiles)
    assert not [u for u in units if u.kind == "indicator"]


def test_a_report_is_known_by_its_title_or_by_its_sections(tmp_path):
    from nlp_stn.segment import document_prior, title_prior

    assert title_prior("Rapport annuel 2024 de la communauté de communes") == "action"
    assert title_prior("Rapport d'activité du conseil de développement") == "recommendation"
    sections = ("<h2>Réalisations</h2><p>Le service a repeint les vestiaires.</p>"
                "<h2>Perspectives 2025</h2><p>Les vestiaires seront chauffés.</p>")
    doc, _ = _units(tmp_path, "sports.html", "<h1>Service des sports : l'année écoulée</h1>" + sections)
    assert document_prior(doc) == "action"
    doc, _ = _units(tmp_path, "sports2.html", "<h1>Service des sports : l'année écoulée</h1>"
                    + sections.replace("Perspectives 2025", "Vestiaires"))
    assert document_prior(doc) == ""


def test_the_future_commits_an_authority_not_an_opinion_nor_a_forecast(tmp_path):
    prose = (
        "Le nombre d'habitants augmentera de dix pour cent d'ici 2035. La communauté de communes "
        "ouvrira deux tiers-lieux en 2027. Une carte des zones blanches sera publiée chaque année. "
        "Nous serons un territoire exemplaire. Leur mise en œuvre sera conditionnée aux crédits de l'État.\n")
    _, segments = _units(tmp_path, "plan-numerique-2027.md", "# Plan numérique 2027\n\n## Les tiers-lieux\n\n" + prose
                         + "\n## Gouvernance\n\nLe comité de pilotage se réunira deux fois par an.\n")
    assert [(s.kind, s.text) for s in segments] == [
        ("action", "La communauté de communes ouvrira deux tiers-lieux en 2027."),
        ("action", "Une carte des zones blanches sera publiée chaque année."),
    ]
    # in an opinion, the same sentences commit nobody
    _, segments = _units(tmp_path, "avis-conseil-developpement.md", "# Avis du conseil de développement\n\n" + prose)
    assert segments == []


@pytest.mark.parametrize("text, refused", [
    ("Il ne nous est pas possible de prendre en charge ces abonnements.", True),
    ("Cette demande ne pourra pas aboutir car la commune n'est pas compétente.", True),
    ("Une ouverture le dimanche n'est pas envisageable.", True),
    ("Nous ne pourrons pas financer ce projet cette année.", True),
    ("Nous prenons des engagements que nous ne pourrions pas tenir ailleurs.", False),
    ("Nous pourrons financer ce projet dès 2027.", False),
    # after a topic and the request restated: the one answering turns it down
    ("Horaires d'été. Des habitants ont demandé l'ouverture le dimanche. La commune ne donne pas suite à cette "
     "demande.", True),
    ("Salle des fêtes. Cette proposition n'est pas retenue : la salle est déjà réservée.", True),
    ("Le centre ouvrira en mai. Elle ne s'engage pas à l'ouvrir le dimanche.", True),
    # a later sentence on requests in general turns nothing down
    ("Une formation sera proposée. Les demandes tardives ne sont pas retenues.", False),
    # outside the powers of the one answering, said with « relever »
    ("La création d'une crèche ne relève pas des compétences du syndicat.", True),
    ("Ce projet ne relève pas de nos compétences ; nous le transmettons à la Région.", True),
    ("Le ramassage relève des compétences du syndicat.", False),
])


def test_refusals_written_in_prose(text, refused):
    from nlp_stn.segment import refuses

    assert refuses(text) is refused


def test_polite_requests_asked_as_questions_and_wishes_are_demands(tmp_path):
    mail = (
        "Bonjour,\n\n"
        "Le parc ferme à 18 h en été. Serait-il possible de l'ouvrir jusqu'à 21 h ?\n\n"
        "Pourriez-vous installer un abri pour les vélos devant l'école ?\n\n"
        "Est-il envisageable de planter des arbres sur le parking ?\n\n"
        "Ne pourrait-on pas éteindre l'éclairage après minuit ?\n\n"
        "Pourriez-vous nous dire quand les travaux commenceront ?\n\n"
        "Peut-on déposer le dossier en ligne ?\n\n"
        "Il faudrait un seul guichet pour toutes les démarches. Pour remplir le dossier il faudrait deux heures. "
        "Les bancs sont cassés. Il faudrait vraiment les réparer.\n\n"
        "Nous aimerions enfin que la mairie publie le calendrier des travaux. "
        "Une permanence le samedi serait la bienvenue.\n\n"
        "Cordialement,\n")
    _, segments = _units(tmp_path, "courriel-habitants.txt", mail)
    assert [(s.kind, s.text) for s in segments] == [
        # (« l' » points back to the park the sentence before names: the unit keeps it)
        ("recommendation", "Le parc ferme à 18 h en été. Serait-il possible de l'ouvrir jusqu'à 21 h ?"),
        ("recommendation", "Pourriez-vous installer un abri pour les vélos devant l'école ?"),
        ("recommendation", "Est-il envisageable de planter des arbres sur le parking ?"),
        ("recommendation", "Ne pourrait-on pas éteindre l'éclairage après minuit ?"),
        ("question", "Pourriez-vous nous dire quand les travaux commenceront ?"),
        ("question", "Peut-on déposer le dossier en ligne ?"),
        ("recommendation", "Il faudrait un seul guichet pour toutes les démarches."),
        ("recommendation", "Il faudrait vraiment les réparer."),
        ("recommendation", "Nous aimerions enfin que la mairie publie le calendrier des travaux."),
        ("recommendation", "Une permanence le samedi serait la bienvenue."),
    ]


def test_requests_asked_with_est_ce_que_and_a_conditional_are_demands(tmp_path):
    # « Est-ce qu'on pourrait … ? », « Est-ce que la mairie pourrait … ? », « Et serait-il possible
    # de … ? » after a conjunction: a request; not a question on what may happen or be known
    text = (
        "Question d'un habitant :\n\n"
        "Le gymnase ferme trop tôt. Est-ce qu'on pourrait ouvrir le gymnase le dimanche matin ?\n\n"
        "Est-ce que la mairie pourrait installer un abri à vélos devant la poste ?\n\n"
        "Et serait-il possible de planter des tilleuls sur le parking ?\n\n"
        "Est-ce qu'on pourrait savoir quand les travaux commenceront ?\n\n"
        "Est-ce que le chantier pourrait durer plus longtemps que prévu ?\n")
    _, segments = _units(tmp_path, "questions-habitants.txt", text)
    assert [(s.kind, s.text) for s in segments] == [
        ("recommendation", "Est-ce qu'on pourrait ouvrir le gymnase le dimanche matin ?"),
        ("recommendation", "Est-ce que la mairie pourrait installer un abri à vélos devant la poste ?"),
        ("recommendation", "Et serait-il possible de planter des tilleuls sur le parking ?"),
        ("question", "Est-ce qu'on pourrait savoir quand les travaux commenceront ?"),
        ("question", "Est-ce que le chantier pourrait durer plus longtemps que prévu ?"),
    ]


def test_a_thing_wished_for_after_il_nous_faudrait_or_with_a_definite_article_is_a_demand(tmp_path):
    # « il nous faudrait une salle », « il faudrait aussi le wifi … »: the thing wished for; not a
    # part of an amount (« il faudrait la moitié du budget ») nor a length (« deux heures »)
    text = (
        "Intervention d'un habitant :\n\n"
        "La salle est trop petite. Il nous faudrait aussi une salle plus grande, la salle actuelle ne tient que dix personnes.\n\n"
        "Et tant qu'on y est, il faudrait aussi le wifi dans la salle des fêtes, pour les associations.\n\n"
        "Il faudrait l'éclairage dans le passage souterrain. Pour finir le chantier, il faudrait la moitié du budget. "
        "Il faudrait deux heures pour remplir le dossier.\n")
    _, segments = _units(tmp_path, "interventions.txt", text)
    assert [(s.kind, s.text) for s in segments] == [
        ("recommendation", "Il nous faudrait aussi une salle plus grande, la salle actuelle ne tient que dix personnes."),
        ("recommendation", "Et tant qu'on y est, il faudrait aussi le wifi dans la salle des fêtes, pour les associations."),
        ("recommendation", "Il faudrait l'éclairage dans le passage souterrain."),
    ]


def test_a_preference_of_the_speakers_opened_by_que_is_a_demand(tmp_path):
    # « Je préfère qu'on … », « Nous préférerions que … »: what the speakers ask instead; not a
    # preference told of others (« Les habitants préfèrent le marché du samedi »)
    text = (
        "Intervention d'une habitante :\n\n"
        "Les caméras coûtent cher. Je préfère qu'on laisse les lampadaires allumés toute la nuit dans la rue des Lilas ; "
        "depuis qu'ils s'éteignent je n'ose plus sortir.\n\n"
        "Nous préférerions que la salle reste ouverte le dimanche. Les habitants préfèrent le marché du samedi.\n")
    _, segments = _units(tmp_path, "interventions.txt", text)
    assert [(s.kind, s.text) for s in segments] == [
        ("recommendation", "Je préfère qu'on laisse les lampadaires allumés toute la nuit dans la rue des Lilas ; "
                           "depuis qu'ils s'éteignent je n'ose plus sortir."),
        ("recommendation", "Nous préférerions que la salle reste ouverte le dimanche."),
    ]


def test_questions_asking_the_authority_to_commit_are_demands(tmp_path):
    text = (
        "Questions des élus du groupe minoritaire\n\n"
        "Madame la Présidente, pouvez-vous nous dire si la Ville compte rouvrir la piscine Jean-Moulin en juillet ?\n\n"
        "Le comité d'usagers aimerait savoir si la mairie peut organiser une navette le dimanche vers le marché ?\n\n"
        "La Région pourrait-elle subventionner les repas bio des cantines ?\n\n"
        "À quelle date le Département prévoit-il de rénover le gymnase du collège ?\n\n"
        "Êtes-vous disposés à ouvrir les archives municipales le samedi matin ?\n\n"
        "Est-il envisagé de créer une seconde ligne de bus vers la zone d'activités ?\n\n"
        "Pouvez-vous nous dire si la Ville a répondu à la lettre des riverains ?\n\n"
        "Comment la Ville compte-t-elle financer la rénovation du gymnase ?\n\n"
        "Pouvez-vous nous indiquer le nombre d'enfants inscrits à la cantine ?\n\n"
        "Combien coûte la navette du dimanche ?\n\n"
        "Un habitant demande si la Ville compte éclairer le stade, et à quelle date ?\n")
    _, segments = _units(tmp_path, "questions-elus.txt", text)
    assert [(s.kind, s.text) for s in segments] == [
        ("recommendation", "Madame la Présidente, pouvez-vous nous dire si la Ville compte rouvrir la piscine "
                           "Jean-Moulin en juillet ?"),
        ("recommendation", "Le comité d'usagers aimerait savoir si la mairie peut organiser une navette le dimanche "
                           "vers le marché ?"),
        ("recommendation", "La Région pourrait-elle subventionner les repas bio des cantines ?"),
        ("recommendation", "À quelle date le Département prévoit-il de rénover le gymnase du collège ?"),
        ("recommendation", "Êtes-vous disposés à ouvrir les archives municipales le samedi matin ?"),
        ("recommendation", "Est-il envisagé de créer une seconde ligne de bus vers la zone d'activités ?"),
        ("question", "Pouvez-vous nous dire si la Ville a répondu à la lettre des riverains ?"),
        ("question", "Comment la Ville compte-t-elle financer la rénovation du gymnase ?"),
        ("question", "Pouvez-vous nous indiquer le nombre d'enfants inscrits à la cantine ?"),
        ("question", "Combien coûte la navette du dimanche ?"),
        ("question", "Un habitant demande si la Ville compte éclairer le stade, et à quelle date ?"),
    ]


def test_how_residents_phrase_their_demands_in_a_complaints_book(tmp_path):
    text = (
        "Cahier de doléances du quartier des Tilleuls\n\n"
        "Le soir il n'y a plus de bus. Il faut une navette le vendredi soir.\n\n"
        "Pour s'inscrire à la cantine, il faut une adresse électronique.\n\n"
        "Qu'on puisse déposer les encombrants à la déchetterie le dimanche, et que la Ville prévienne des collectes.\n\n"
        "Que de retards sur ce chantier !\n\n"
        "Repeindre les bancs du square. Et réparer la fontaine avant l'été.\n\n"
        "Pour la bibliothèque : 1. ouvrir le mercredi midi ; 2. prêter des liseuses aux résidents de l'Ehpad.\n\n"
        "Nous réclamons la réfection du préau de l'école et le remplacement des tables de la cantine.\n\n"
        "Nous demandons la rénovation et l'extension de la salle des fêtes.\n")
    _, segments = _units(tmp_path, "doleances-tilleuls.txt", text)
    assert [(s.kind, s.text) for s in segments] == [
        ("recommendation", "Il faut une navette le vendredi soir."),
        ("recommendation", "Qu'on puisse déposer les encombrants à la déchetterie le dimanche, et que la Ville "
                           "prévienne des collectes."),
        ("recommendation", "Repeindre les bancs du square."),
        ("recommendation", "Et réparer la fontaine avant l'été."),
        ("recommendation", "ouvrir le mercredi midi"),
        ("recommendation", "prêter des liseuses aux résidents de l'Ehpad."),
        ("recommendation", "Nous réclamons la réfection du préau de l'école"),
        ("recommendation", "le remplacement des tables de la cantine."),
        ("recommendation", "Nous demandons la rénovation et l'extension de la salle des fêtes."),
    ]


def test_we_want_that_and_we_demand_the_upkeep_of_are_demands(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du collectif des usagers\n\n## Nos demandes\n\n"
        "La dématérialisation ne doit pas fermer les guichets : nous exigeons le maintien d'un accueil physique "
        "dans chaque commune.\n\n"
        "Nous voulons que les horaires des piscines soient publiés en données ouvertes.\n"))
    assert [u.text for u in units] == [
        "La dématérialisation ne doit pas fermer les guichets : nous exigeons le maintien d'un accueil physique "
        "dans chaque commune.",
        "Nous voulons que les horaires des piscines soient publiés en données ouvertes."]


def test_a_master_plans_projects_under_its_programmes(tmp_path):
    _, units = _units(tmp_path, "schema.md", (
        "# Schéma directeur des systèmes d'information 2026-2030\n\n"
        "## Programme 1 – Une relation usager simplifiée\n\n"
        "### Projet P1.1 – Portail unique des démarches\n\nUn portail pour toutes les démarches en ligne.\n\n"
        "### Projet P1.2 – Gestion électronique des courriers\n\nLe courrier entrant est numérisé dès réception.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("objective", "Programme 1", "Une relation usager simplifiée"),
        ("action", "Projet P1.1", "Portail unique des démarches"),
        ("action", "Projet P1.2", "Gestion électronique des courriers"),
    ]


def test_minutes_named_proposals_wishes_above_all_and_what_the_meeting_decided(tmp_path):
    _, units = _units(tmp_path, "cr.md", (
        "# Compte rendu de la réunion publique du 12 mars\n\n## Santé\n\n"
        "- Proposition : installer des points de téléconsultation dans les pharmacies et les mairies.\n"
        "- Idée : une navette le samedi matin.\n\n"
        "Les habitants souhaitent avant tout le maintien des écoles de village.\n\n"
        "Il est décidé de tenir une seconde réunion en juin.\n\n"
        "Le comité décide de publier le compte rendu en ligne.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "installer des points de téléconsultation dans les pharmacies et les mairies."),
        ("recommendation", "une navette le samedi matin."),
        ("recommendation", "Les habitants souhaitent avant tout le maintien des écoles de village."),
        ("decision", "Il est décidé de tenir une seconde réunion en juin."),
        ("decision", "Le comité décide de publier le compte rendu en ligne."),
    ]


def test_an_opinion_approving_a_plan_decides_nothing(tmp_path):
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement sur le schéma des mobilités\n\n"
        "Le conseil approuve les orientations du schéma.\n\n"
        "Il recommande de créer une navette entre les hameaux et la gare.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Il recommande de créer une navette entre les hameaux et la gare."),
    ]


def test_a_record_of_decisions_keeps_what_was_agreed_whole(tmp_path):
    _, units = _units(tmp_path, "releve.md", (
        "# Relevé de décisions du comité de suivi\n\n## Mobilités\n\n"
        "Il est convenu que le président écrira à la Région avant l'été ; sa réponse sera diffusée aux membres.\n\n"
        "Le comité approuve la convention avec l'association des usagers du car.\n\n"
        "Navette : il est convenu de tester un arrêt supplémentaire aux Grands Prés pendant six mois.\n\n"
        "Le comité remercie les participants.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Il est convenu que le président écrira à la Région avant l'été ; sa réponse sera diffusée aux membres."),
        ("action", "Le comité approuve la convention avec l'association des usagers du car."),
        ("action", "Navette : il est convenu de tester un arrêt supplémentaire aux Grands Prés pendant six mois."),
    ]


def test_an_editorial_promise_of_a_plan_is_no_action(tmp_path):
    _, units = _units(tmp_path, "plan.md", (
        "# Feuille de route numérique 2026-2028\n\n## Éditorial\n\n"
        "Nous ferons du numérique un outil de proximité, jamais un mur entre l'usager et son Département.\n\n"
        "## Chantier 1 – Des collèges connectés\n\n"
        "Le Département équipera les salles de classe des collèges d'un accès Wi-Fi d'ici 2027.\n"))
    # the editorial's promise is no action; the plan's own section keeps its action
    assert [(u.kind, u.label, u.text) for u in units] == [("action", "Chantier 1", "Des collèges connectés")]


def test_a_project_owners_decision_after_a_consultation_gives_its_measures_their_fate(tmp_path):
    from nlp_stn.segment import document_prior, title_prior

    doc, units = _units(tmp_path, "decision.md", (
        "# Décision du porteur de projet après la concertation\n\n## Transports\n\n"
        "### Mesure 1 : parkings relais\n\n"
        "Deux parkings relais de 150 places seront construits aux terminus de la ligne.\n\n"
        "### Mesure 2 : service du soir\n\n"
        "Le porteur de projet retient partiellement la proposition des riverains. Les rames circuleront jusqu'à minuit "
        "le vendredi et le samedi.\n\n"
        "### Mesure 3 : piste cyclable\n\n"
        "Une piste cyclable longera la ligne sur toute sa longueur. La proposition de la rendre bidirectionnelle "
        "n'a pas été retenue ; elle sera séparée de la chaussée.\n\n"
        "Tracé par le centre ancien. Des habitants ont demandé un passage par la place du marché. Le porteur "
        "de projet ne peut pas donner suite à cette demande : la pente y est trop forte.\n"))
    # the title names the document (an answer to the consultation), not a section of decisions
    assert document_prior(doc) == "action"
    assert title_prior("Décision prise suite au bilan de la concertation") == "action"
    assert [(u.kind, u.label, u.state, u.text, u.detail) for u in units] == [
        ("action", "Mesure 1", "", "parkings relais",
         "Deux parkings relais de 150 places seront construits aux terminus de la ligne."),
        ("action", "Mesure 2", "Retenue en partie", "service du soir",
         "Le porteur de projet retient partiellement la proposition des riverains. Les rames circuleront jusqu'à minuit "
         "le vendredi et le samedi."),
        # a part of the demand turned down inside a kept measure: kept in part
        ("action", "Mesure 3", "Retenue en partie", "piste cyclable",
         "Une piste cyclable longera la ligne sur toute sa longueur. La proposition de la rendre bidirectionnelle "
         "n'a pas été retenue ; elle sera séparée de la chaussée."),
        # another request turned down after a topic and the request restated, which describe it
        ("decision", "", "non retenue",
         "Le porteur de projet ne peut pas donner suite à cette demande : la pente y est trop forte.",
         "Tracé par le centre ancien. Des habitants ont demandé un passage par la place du marché."),
    ]


def test_a_fate_stated_before_a_labelled_action(tmp_path):
    _, units = _units(tmp_path, "plan.md", (
        "# Plan d'actions de la ville 2026\n\n## Mobilités\n\n"
        "Action 1 : Reportée. Rénover la passerelle de la gare.\n\n"
        "Action 2 : Retenue en partie. Équiper les arrêts d'écrans d'information.\n\n"
        "Action 3 : Réalisée. Ouvrir une vélostation.\n"))
    assert [(u.label, u.state, u.text) for u in units] == [
        ("Action 1", "Reportée", "Rénover la passerelle de la gare."),
        ("Action 2", "Retenue en partie", "Équiper les arrêts d'écrans d'information."),
        ("Action 3", "", "Réalisée. Ouvrir une vélostation."),  # (done: nothing to lower)
    ]


def test_an_answer_keeping_a_demand_in_part_in_prose(tmp_path):
    _, units = _units(tmp_path, "reponse.md", (
        "# Réponse de la commune aux propositions du conseil citoyen\n\n## Mobilités\n\n"
        "La commune retient partiellement la proposition du conseil. Une navette desservira les hameaux "
        "le mercredi.\n"))
    assert [(u.kind, u.state, u.text) for u in units] == [
        ("action", "Retenue en partie", "Une navette desservira les hameaux le mercredi.")]


def test_demands_to_a_project_owner_in_a_consultation(tmp_path):
    _, units = _units(tmp_path, "cahier-acteur.md", (
        "# Cahier d'acteur de l'association Vélo Vallée\n\n## Nos propositions\n\n"
        "Le porteur de projet doit prévoir un stationnement sécurisé pour les vélos dans chaque gare.\n\n"
        "L'exploitant doit afficher les horaires en temps réel sur les quais.\n\n"
        "Le maître d'ouvrage doit publier le bilan carbone du chantier.\n\n"
        "Les communes rurales du nord du département doivent disposer d'une borne de recharge.\n\n"
        "Le porteur de projet peut-il s'engager à maintenir la desserte des écoles pendant les travaux ?\n\n"
        "La Région envisage-t-elle de prolonger la ligne jusqu'au lycée ?\n\n"
        "Le maître d'ouvrage peut-il nous dire quand les travaux commenceront ?\n\n"
        "Selon l'étude de trafic (p. 12), il faut prolonger la ligne jusqu'au lycée agricole.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation",
         "Le porteur de projet doit prévoir un stationnement sécurisé pour les vélos dans chaque gare."),
        ("recommendation", "L'exploitant doit afficher les horaires en temps réel sur les quais."),
        ("recommendation", "Le maître d'ouvrage doit publier le bilan carbone du chantier."),
        # (the authority named with a longer complement)
        ("recommendation", "Les communes rurales du nord du département doivent disposer d'une borne de "
                           "recharge."),
        ("recommendation", "Le porteur de projet peut-il s'engager à maintenir la desserte des écoles pendant les "
                           "travaux ?"),
        ("recommendation", "La Région envisage-t-elle de prolonger la ligne jusqu'au lycée ?"),
        ("question", "Le maître d'ouvrage peut-il nous dire quand les travaux commenceront ?"),
        # a page reference ends no sentence
        ("recommendation", "Selon l'étude de trafic (p. 12), il faut prolonger la ligne jusqu'au lycée agricole."),
    ]


def test_a_pad_s_remarks_repeats_parked_topics_and_tasks_are_no_demands(tmp_path):
    # the notes of a neighbourhood workshop typed in a pad: a remark in brackets that only
    # judges or reminds is no unit (one that asks is, without the name), an item that says it
    # repeats the one above gives no second unit, the topics parked and the tasks of the
    # meeting are not demands
    _, units = _units(tmp_path, "pad.txt", (
        "ATELIER DE QUARTIER - LES AUBIERS\n\n"
        "== 1. NOS IDÉES ==\n"
        " - réparer les bancs du square   [Yves] bof, pas urgent\n"
        " - Réparer vite les bancs du square ! (doublon, déjà noté par Yves)\n"
        " -> planter des arbres le long du mail\n"
        "   [Odile] rappel : la ville a déjà un plan arbres\n"
        " - [Anne] créer un jardin partagé sur la friche\n"
        " - le terrain de boules on l'aura quand ? (hors sujet)\n"
        " - …et puis aussi pour les\n\n"
        "Prochaines étapes\n\n"
        " [ ] Odile : réserver la salle\n"
        " [ ] Contacter le service des espaces verts\n\n"
        "HORS PÉRIMÈTRE (à transmettre)\n"
        " * le stationnement rue Pasteur\n\n"
        "=== TO DO ===\n"
        " [ ] Yves : envoyer les notes\n"
        " -> prochaine réunion en mars\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "réparer les bancs du square"),
        ("recommendation", "planter des arbres le long du mail"),
        ("recommendation", "créer un jardin partagé sur la friche"),
        ("question", "le terrain de boules on l'aura quand ? (hors sujet)"),
        ("action", "Contacter le service des espaces verts"),  # a task without a name: as before
    ]


_BULLETIN = (
    "<html><body><main><h1>Le Lien de Morvillers n° 12</h1>"
    "<h2>Éditorial</h2><p>Chers habitants, l'année a été dense. Il faudra rester attentifs aux dépenses de la "
    "commune.</p>"
    "<h2>Mobilités : où en sommes-nous ?</h2><p>Le schéma cyclable a été voté en mars.</p>"
    "<h3>{box}</h3><ul><li>Double sens cyclable rue Haute — fait</li>"
    "<li>Arceaux à vélos devant les deux écoles</li><li>Piste vers la gare — 2027</li></ul>"
    "<p>Depuis mars, les demandes de location de vélos peuvent être faites en ligne.</p>"
    "<h2>Tribune libre</h2><h3>Morvillers Demain (opposition)</h3>"
    "<p>Nous demandons que la commune renonce au parking de la gare. Il faut protéger les prairies.</p>"
    "</main></body></html>"
)


@pytest.mark.parametrize("box", ["Zoom sur les mesures du schéma cyclable", "En bref : les mesures du schéma cyclable",
                                 "L'essentiel : les mesures du schéma cyclable",
                                 "Ce qu'il faut retenir : les mesures du schéma cyclable"])
def test_a_bulletin_box_titled_after_a_kicker_lists_the_plan_actions(tmp_path, box):
    """A municipal bulletin's box « Zoom sur les mesures du … » (a kicker before the words that
    name its items) lists actions; the groups' « Tribune libre » gives no unit (their demands are
    not the document's), the mayor's editorial no demand (« Il faudra … »), « les demandes de
    location » is a noun; the bulletin answers with its plan's actions (see pipeline)."""
    from nlp_stn.segment import document_prior, lists_plan_actions

    doc, units = _units(tmp_path, "bulletin.html", _BULLETIN.format(box=box))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Double sens cyclable rue Haute — fait"),
        ("action", "Arceaux à vélos devant les deux écoles"),
        ("action", "Piste vers la gare — 2027"),
    ]
    assert document_prior(doc) == "" and lists_plan_actions(doc)


def test_a_bulletin_without_a_box_of_its_plan_actions_has_no_role(tmp_path):
    from nlp_stn.segment import lists_plan_actions

    doc, _ = _units(tmp_path, "bulletin.html", _BULLETIN.format(box="Zoom sur la fête du vélo"))
    assert not lists_plan_actions(doc)
    # a « Tribune » that is the document itself is read as ever (a stand that demands)
    _, units = _units(tmp_path, "tribune.html", "<html><body><main><h1>Tribune libre</h1><p>Nous demandons que la "
                      "commune renonce au parking de la gare.</p></main></body></html>")
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Nous demandons que la commune renonce au parking de la gare.")]


def test_a_label_heading_above_a_field_table_labels_its_action(tmp_path):
    """« Fiche action n° 2.1 » alone above the field table of its action (« Intitulé de l'action |
    … »): the label of that action, as a label alone above its paragraph is."""
    table = ("<table><tr><td>Intitulé de l'action</td><td>{}</td></tr><tr><td>Maître d'ouvrage</td><td>Syndicat "
             "intercommunal</td></tr><tr><td>Indicateurs de suivi</td><td>{}</td></tr></table>")
    _, units = _units(tmp_path, "fiches.html", (
        "<html><body><main><h1>Contrat de territoire : fiches actions</h1>"
        "<h3>Fiche action n° 2.1</h3>" + table.format("Mise en réseau des bibliothèques de la vallée",
                                                       "Nombre de prêts ; nombre d'inscrits")
        + "<h3>Fiche action n° 2.2</h3>" + table.format("Navette estivale vers les plages du lac", "Fréquentation")
        + "</main></body></html>"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("action", "Fiche action n° 2.1", "Mise en réseau des bibliothèques de la vallée"),
        ("indicator", "", "Nombre de prêts"),
        ("indicator", "", "nombre d'inscrits"),
        ("action", "Fiche action n° 2.2", "Navette estivale vers les plages du lac"),
        ("indicator", "", "Fréquentation"),
    ]


def test_a_forum_thread_gives_the_demands_of_each_post_by_their_phrasing(tmp_path):
    # each post is a turn of the conversation: « Trois pistes en passant : » covers the paragraphs
    # of its post, not those of the next one; a quote repeats an earlier post and gives nothing;
    # spoken demands: « pourquoi on le ferait pas ? », « je rêve d'une … », « Et surtout qu'on
    # … », « Et des bancs …, ça serait bien », a demand ending on the question it raises; a
    # greeting is no infinitive; in a post, a noun phrase after « : » is put forward
    def post(n, subject, message):
        return (f"<div class='post'><h3>{subject}</h3><p class='author'>#{n} par Membre{n}</p>"
                f"<div class='content'>{message}</div><div class='signature'>Membre{n} du bourg</div></div>")

    _, units = _units(tmp_path, "fil.html", (
        "<html><head><title>Les idées des habitants pour le bourg</title></head><body>"
        "<h2>Le bourg en 2030</h2>"
        + post(1, "Le bourg en 2030", "<p>Bonsoir à tous,</p><p>Trois pistes en passant :</p>"
                                      "<p>la salle des fêtes pourrait avoir un vidéoprojecteur.</p>"
                                      "<p>un atelier de réparation de vélos une fois par mois.</p>")
        + post(2, "Re: Le bourg en 2030", "<p>Merci pour le lien.</p><p>D'autres villages ont un marché de"
                                          " producteurs en ligne, pourquoi on le ferait pas ici ?</p>")
        + post(3, "Re: Le bourg en 2030", "<blockquote><cite>Membre1 a écrit :</cite>la salle des fêtes"
                                          " pourrait avoir un vidéoprojecteur.</blockquote>"
                                          "<p>Je rêve d'une boîte à livres devant la mairie.</p>"
                                          "<p>Et surtout qu'on garde le bureau de poste ouvert le samedi.</p>"
                                          "<p>Et des bancs le long du canal, ça serait bien aussi.</p>")
        + post(4, "Re: Le bourg en 2030", "<p>Il faudrait un abri au terrain de pétanque, quand il pleut on"
                                          " fait comment ?</p><p>Côté bus : une ligne passe deux fois par jour,"
                                          " c'est peu.</p><p>Et pour finir : un composteur partagé au jardin,"
                                          " les voisins en parlent souvent.</p>")
        + "</body></html>"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "la salle des fêtes pourrait avoir un vidéoprojecteur."),
        ("recommendation", "un atelier de réparation de vélos une fois par mois."),
        ("recommendation", "D'autres villages ont un marché de producteurs en ligne, pourquoi on le ferait pas ici ?"),
        ("recommendation", "Je rêve d'une boîte à livres devant la mairie."),
        ("recommendation", "Et surtout qu'on garde le bureau de poste ouvert le samedi."),
        ("recommendation", "Et des bancs le long du canal, ça serait bien aussi."),
        ("recommendation", "Il faudrait un abri au terrain de pétanque, quand il pleut on fait comment ?"),
        # a noun phrase put forward after « : » (not a sentence with its verb)
        ("recommendation", "un composteur partagé au jardin, les voisins en parlent souvent."),
    ]
    assert {u.heading for u in units} == {"Le bourg en 2030"}


def test_a_comments_export_gives_only_the_comments_that_ask(tmp_path):
    # a platform's comments on proposals (Decidim's export, « commentable_id »): support, thanks and
    # agreement are no demand; the comment that asks is one, labelled by its id
    _, units = _units(tmp_path, "commentaires.csv", (
        "id;created_at;body/fr;alignment;depth;commentable_id;commentable_type\n"
        "11;2027-03-02;Je soutiens, le réseau ne passe pas au bourg.;1;0;41;Decidim::Proposals::Proposal\n"
        "12;2027-03-02;Il faudrait aussi ouvrir le samedi matin.;0;0;42;Decidim::Proposals::Proposal\n"
        "13;2027-03-03;D'accord avec Max.;1;1;12;Decidim::Comments::Comment\n"
        "14;2027-03-04;Pas d'accord : le wifi public coûte cher.;-1;0;43;Decidim::Proposals::Proposal\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "12", "Il faudrait aussi ouvrir le samedi matin."),
    ]


def test_spoken_demands_of_a_forum_post(tmp_path):
    # « Je propose une … », « Et surtout, qu'on … » (a comma after « surtout »), « Ce serait
    # génial d'avoir … », « Un … serait vraiment un plus », « Et j'en ajoute une : … »; not a
    # judgement that turns the thing down (« ce serait trop cher de … ») nor a thing described
    _, units = _units(tmp_path, "fil.md", (
        "# Vos idées pour le quartier\n\n"
        "Je propose une boîte à livres devant l'école.\n\n"
        "Je suggère un jardin partagé derrière le gymnase.\n\n"
        "Et surtout, qu'on garde la cabine du square.\n\n"
        "Ce serait génial d'avoir une fontaine sur la place.\n\n"
        "Une navette le samedi vers le marché serait vraiment un plus.\n\n"
        "Des bancs ombragés seraient les bienvenus.\n\n"
        "Et j'en ajoute une : un abri pour les vélos à la gare.\n\n"
        "Ce serait trop cher de refaire la rue.\n\n"
        "Une fontaine serait vieille de cent ans.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Je propose une boîte à livres devant l'école."),
        ("recommendation", "Je suggère un jardin partagé derrière le gymnase."),
        ("recommendation", "Et surtout, qu'on garde la cabine du square."),
        ("recommendation", "Ce serait génial d'avoir une fontaine sur la place."),
        ("recommendation", "Une navette le samedi vers le marché serait vraiment un plus."),
        ("recommendation", "Des bancs ombragés seraient les bienvenus."),
        ("recommendation", "Et j'en ajoute une : un abri pour les vélos à la gare."),
    ]


def test_what_an_authority_pledges_after_a_lead_in_is_an_action(tmp_path):
    # a lead-in naming « engagements » announces actions; an item pledging the authority's own
    # deed in the future is one whatever its lead-in says
    _, units = _units(tmp_path, "bilan.html", (
        "<h1>Schéma numérique 2025-2030 : bilan d'étape</h1><h2>La suite</h2>"
        "<p>Au vu des résultats, la commune prend les engagements suivants pour la suite :</p>"
        "<ul><li>Nous installerons en 2027 des bornes wifi dans les trois écoles.</li>"
        "<li>Nous réunirons chaque année le comité des usagers.</li></ul>"
        "<h2>Après 2028</h2><p>Pour les années qui viennent, voici ce que prévoit la commune :</p>"
        "<ul><li>La commune ouvrira un second espace numérique à la médiathèque.</li>"
        "<li>Des ateliers pour les seniors.</li></ul>"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Nous installerons en 2027 des bornes wifi dans les trois écoles."),
        ("action", "Nous réunirons chaque année le comité des usagers."),
        ("action", "La commune ouvrira un second espace numérique à la médiathèque."),
    ]


def test_labelled_items_of_a_plan_with_engagement_fields_are_actions_described(tmp_path):
    # in an authority's plan, « Préconisation 1.1 – … » followed by its « Calendrier : … » and
    # « Coût estimé : … » is what it commits to; its description and fields are its detail
    _, units = _units(tmp_path, "schema.html", (
        "<h1>Schéma directeur des usages numériques 2026-2030</h1>"
        "<p>Le présent schéma a été adopté par le conseil communautaire le 3 mars 2026.</p>"
        "<h2>Orientation 1 – Couvrir les écoles</h2>"
        "<p>Préconisation 1.1 – Équiper chaque école d'un réseau wifi maîtrisé.</p>"
        "<p>Les directeurs seront consultés sur l'emplacement des bornes.</p>"
        "<p>Calendrier : 2026-2027</p><p>Coût estimé : 60 000 €</p>"
        "<p>Recommandation 1.2 – Former les enseignants volontaires aux outils collaboratifs.</p>"
        "<p>Échéance : fin 2027</p>"
        "<h2>Orientation 2 – Informer</h2>"
        "<p>Préconisation 2.1 – Publier une lettre trimestrielle sur l'avancement des travaux.</p>"))
    assert [(u.kind, u.label, u.text, u.detail) for u in units] == [
        ("objective", "Orientation 1", "Couvrir les écoles", ""),
        ("action", "Préconisation 1.1", "Équiper chaque école d'un réseau wifi maîtrisé.",
         "Les directeurs seront consultés sur l'emplacement des bornes. Calendrier : 2026-2027 Coût estimé : 60 000 €"),
        ("action", "Recommandation 1.2", "Former les enseignants volontaires aux outils collaboratifs.",
         "Échéance : fin 2027"),
        ("objective", "Orientation 2", "Informer", ""),
        ("recommendation", "Préconisation 2.1", "Publier une lettre trimestrielle sur l'avancement des travaux.", ""),
    ]
    # a council's opinion asking a deadline keeps its recommendations
    _, units = _units(tmp_path, "avis.html", (
        "<h1>Avis du conseil de développement sur le schéma numérique</h1>"
        "<p>Recommandation 1 – Équiper chaque école d'un réseau wifi maîtrisé.</p>"
        "<p>Échéance : 2027</p>"))
    assert [(u.kind, u.label) for u in units] == [("recommendation", "Recommandation 1")]


def test_refusals_by_vote_or_competence_and_measures_asked_of_others(tmp_path):
    # an amendment rejected by the vote: what it asked, turned down; what falls to another body:
    # not the authority's to do; a measure asking another body to act: advocacy (capped)
    _, units = _units(tmp_path, "deliberations.html", (
        "<h1>Registre des délibérations du conseil municipal</h1>"
        "<h2>Délibération n° 12 – Objet : Éclairage du stade</h2>"
        "<p>M. Le Gall expose le projet de remplacement des projecteurs du stade.</p>"
        "<p>Le groupe minoritaire dépose un amendement visant à reporter les travaux après l'été. "
        "Mis aux voix, l'amendement est rejeté par 4 voix pour et 19 contre.</p>"
        "<p>Mme Riou rappelle que l'entretien des routes départementales relève du Département.</p>"
        "<p>Le Conseil municipal, après en avoir délibéré, à l'unanimité, DÉCIDE :</p>"
        "<ul><li>d'approuver le remplacement des projecteurs pour 42 000 € HT ;</li>"
        "<li>de solliciter l'État pour une subvention au titre de la DETR ;</li>"
        "<li>d'autoriser le Maire à signer le marché ;</li>"
        "<li>d'adopter le vœu demandant à la Région de rouvrir la ligne de car du dimanche.</li></ul>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("decision", "un amendement visant à reporter les travaux après l'été", "non retenue"),
        ("decision", "Mme Riou rappelle que l'entretien des routes départementales relève du Département.",
         "non retenue"),
        ("decision", "d'approuver le remplacement des projecteurs pour 42 000 € HT ;", ""),
        ("decision", "de solliciter l'État pour une subvention au titre de la DETR ;", "Demandée à un tiers"),
        ("decision", "d'autoriser le Maire à signer le marché ;", ""),
        ("decision", "d'adopter le vœu demandant à la Région de rouvrir la ligne de car du dimanche.",
         "Demandée à un tiers"),
    ]
    assert status_cap(units[3].state) == "partiellement"
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Schéma numérique de la communauté 2026-2030</h1><h2>Introduction</h2>"
        "<p>Le prix des forfaits mobiles n'entre pas dans le champ de compétence de la communauté.</p>"
        "<h2>Nos actions</h2><ul><li>Demander à la Région de cofinancer les antennes.</li>"
        "<li>Ouvrir deux espaces numériques.</li></ul>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("decision", "Le prix des forfaits mobiles n'entre pas dans le champ de compétence de la communauté.",
         "non retenue"),
        ("action", "Demander à la Région de cofinancer les antennes.", "Demandée à un tiers"),
        ("action", "Ouvrir deux espaces numériques.", ""),
    ]


def test_engagements_announced_keep_sections_and_articles_as_they_are(tmp_path):
    # « Nos engagements » after a numbered sibling section that gave no unit: that section is no
    # objective over them; « Article 2 : de prendre les engagements suivants : » in a
    # deliberation: its items stay decisions
    _, units = _units(tmp_path, "memoire.html", (
        "<h1>Mémoire en réponse au bilan de la concertation</h1>"
        "<h2>1. Ce que nous avons entendu</h2><p>Les habitants ont beaucoup parlé des écoles et de la fibre.</p>"
        "<h2>2. Nos réponses</h2><p>Chaque thème a été examiné par le bureau municipal.</p>"
        "<h2>3. Nos engagements</h2><ul><li>Équiper les six écoles de tableaux numériques avant 2028.</li>"
        "<li>Publier chaque année le bilan du plan.</li></ul>"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("action", "", "Équiper les six écoles de tableaux numériques avant 2028."),
        ("action", "", "Publier chaque année le bilan du plan."),
    ]
    _, units = _units(tmp_path, "deliberation.html", (
        "<h1>Programme numérique communal : délibération du conseil municipal</h1>"
        "<p>Le Conseil municipal, après en avoir délibéré, DÉCIDE :</p>"
        "<p>Article 1 : Les projets lauréats sont approuvés.</p>"
        "<p>Article 2 : de prendre les engagements suivants :</p>"
        "<ul><li>la Ville étudiera la création d'un jardin partagé ;</li>"
        "<li>la Ville installera deux bancs au parc.</li></ul>"))
    assert [(u.kind, u.label) for u in units] == [
        ("decision", "Article 1"), ("decision", "Article 2"), ("decision", "Article 2")]


def test_an_action_sheet_written_with_headings_keeps_only_what_the_action_does_as_detail(tmp_path):
    """Word headings « Action n – Titre » over sub-headings (Objectifs, Description, Calendrier,
    Porteur, Indicateurs): a qualifier in brackets before the dash is no title (« (modifiée) »),
    a fate in it is the action's state, a title made only of its fate leaves the action
    dropped; the text under « Calendrier », « Porteur », « Budget » is no description, as those
    fields of a fiche table."""
    import docx

    document = docx.Document()
    document.add_heading("Plan d'actions pour les mobilités 2026-2028", level=1)
    document.add_heading("Axe 1 – Des trajets plus simples", level=2)
    document.add_heading("Action 1.1 – Créer une ligne de bus vers la zone d'activités", level=3)
    document.add_heading("Objectifs", level=4)
    document.add_paragraph("Réduire les trajets en voiture des salariés", style="List Bullet")
    document.add_heading("Description", level=4)
    document.add_paragraph("Une ligne cadencée relie la gare à la zone d'activités aux heures de pointe.")
    document.add_heading("Calendrier", level=4)
    document.add_paragraph("Étude en 2026, mise en service en 2027.")
    document.add_heading("Porteur", level=4)
    document.add_paragraph("Syndicat mixte des transports, communes de la vallée")
    document.add_heading("Indicateurs", level=4)
    document.add_paragraph("Nombre de voyageurs par jour", style="List Bullet")
    document.add_heading("Action 1.2 (modifiée) – Ouvrir un garage solidaire", level=3)
    document.add_heading("Description", level=4)
    document.add_paragraph("Un atelier associatif répare les voitures des ménages modestes à prix coûtant.")
    document.add_heading("Budget", level=4)
    document.add_paragraph("Quarante mille euros par an, dont la moitié financée par le Département.")
    document.add_heading("Action 1.3 (reportée à 2028) – Aménager une aire de covoiturage", level=3)
    document.add_heading("Action 1.4 – abandonnée (reprise dans l'action 1.1)", level=3)
    document.add_heading("Axe 2 – Le vélo au quotidien", level=2)
    document.add_heading("Action 2.1 – Relier les bourgs par des voies cyclables", level=3)
    document.add_paragraph("Trois itinéraires sécurisés rejoignent le collège.")
    path = tmp_path / "plan-mobilites.docx"
    document.save(path)
    units = segment(extract(path, SETTINGS), SETTINGS)
    assert [(u.kind, u.label, u.text, u.detail, u.state) for u in units] == [
        ("objective", "Axe 1", "Des trajets plus simples", "", ""),
        ("action", "Action 1.1", "Créer une ligne de bus vers la zone d'activités",
         "Une ligne cadencée relie la gare à la zone d'activités aux heures de pointe.", ""),
        ("objective", "", "Réduire les trajets en voiture des salariés", "", ""),
        ("indicator", "", "Nombre de voyageurs par jour", "", ""),
        ("action", "Action 1.2", "Ouvrir un garage solidaire",
         "Un atelier associatif répare les voitures des ménages modestes à prix coûtant.", ""),
        ("action", "Action 1.3", "Aménager une aire de covoiturage", "", "Reportée à 2028"),
        ("action", "Action 1.4", "abandonnée (reprise dans l'action 1.1)", "", "Abandonnée"),
        ("objective", "Axe 2", "Le vélo au quotidien", "", ""),
        ("action", "Action 2.1", "Relier les bourgs par des voies cyclables",
         "Trois itinéraires sécurisés rejoignent le collège.", ""),
    ]
    assert [status_cap(u.state) for u in units if u.label in ("Action 1.3", "Action 1.4")] == [
        "partiellement", "non pris en compte"]


def test_labelled_lines_with_a_qualifier_a_fate_or_a_status_heading_in_markdown(tmp_path):
    """The same in Markdown: « Mesure 3 (nouvelle) : … » as a paragraph, « Action 2 – fusionnée
    avec l'action 1 » as a heading (dropped: « Supprimée »), « ### Statut » over a short value
    (the action's state), « ### Partenaires » (no description); « Axe 1 (suite) – … » still goes
    on with its axis."""
    _, units = _units(tmp_path, "plan-culture.md", (
        "# Plan d'actions culture 2026-2029\n\n"
        "## Axe 1 – Lire partout\n\n"
        "### Action 1 – Ouvrir une bibliothèque le dimanche\n\n"
        "Les trois bibliothèques ouvriront à tour de rôle le dimanche après-midi.\n\n"
        "#### Statut\n\nEn cours.\n\n"
        "#### Partenaires\n\nL'association des lecteurs et le réseau des médiathèques du pays.\n\n"
        "### Action 2 – fusionnée avec l'action 1\n\n"
        "## Axe 1 (suite) – Les actions de lecture\n\n"
        "Mesure 3 (nouvelle) : Créer un prix littéraire des collégiens.\n\n"
        "Mesure 4 (supprimée) : Créer un bibliobus.\n"))
    assert [(u.kind, u.label, u.text, u.detail, u.state) for u in units] == [
        ("objective", "Axe 1", "Lire partout", "", ""),
        ("action", "Action 1", "Ouvrir une bibliothèque le dimanche",
         "Les trois bibliothèques ouvriront à tour de rôle le dimanche après-midi.", "En cours"),
        ("action", "Action 2", "fusionnée avec l'action 1", "", "Fusionnée"),
        ("action", "Mesure 3", "Créer un prix littéraire des collégiens.", "", ""),
        ("action", "Mesure 4", "Créer un bibliobus.", "", "Supprimée"),
    ]


def test_a_page_of_headed_engagements_gives_one_action_per_paragraph(tmp_path):
    # sibling short headings each over one paragraph in the future: the paragraph is the action,
    # all its sentences, whatever its subject; a refusal there stays a refusal
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Le plan vélo de la communauté 2027-2031</h1><h2>Ce que nous ferons</h2>"
        "<h3>Des arceaux dans chaque bourg</h3>"
        "<p>Sept bourgs seront dotés de garages à vélos couverts. Un agent passera chaque mois.</p>"
        "<h3>Un atelier de réparation</h3>"
        "<p>Un collectif de cyclistes bénévoles, formé par la maison du vélo, animera l'atelier le samedi.</p>"
        "<h3>Une boucle balisée autour du lac</h3>"
        "<p>La boucle sera balisée en 2028. Aucune voiture ne sera autorisée sur sa partie nord.</p>"
        "<h3>Pas de location en libre-service</h3>"
        "<p>Nous ne créerons pas de service de location : l'offre privée suffit.</p>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("action", "Sept bourgs seront dotés de garages à vélos couverts. Un agent passera chaque mois.", ""),
        ("action", "Un collectif de cyclistes bénévoles, formé par la maison du vélo, animera l'atelier le samedi.",
         ""),
        ("action", "La boucle sera balisée en 2028. Aucune voiture ne sera autorisée sur sa partie nord.", ""),
        ("decision", "Nous ne créerons pas de service de location : l'offre privée suffit.", "non retenue"),
    ]


def test_a_second_measure_meanwhile_under_a_crosshead_is_an_action_of_its_own(tmp_path):
    # a magazine's crossheads over paragraphs in the future, as headed engagements; a sentence
    # opening on « En attendant, » or « Par ailleurs, » and committing is another measure
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Le plan vélo de la communauté 2027-2031</h1><h2>Ce que nous ferons</h2>"
        "<h3>Les pistes</h3>"
        "<p>La piste du canal sera prolongée en 2028. En attendant, des bandes cyclables seront peintes route du port.</p>"
        "<h3>Le stationnement</h3>"
        "<p>Sept bourgs seront dotés de garages à vélos couverts. Un agent passera chaque mois.</p>"
        "<h3>Les ateliers</h3>"
        "<p>Un atelier de réparation ouvrira le samedi. Par ailleurs, la maison du vélo prêtera des vélos-cargos.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "La piste du canal sera prolongée en 2028."),
        ("action", "En attendant, des bandes cyclables seront peintes route du port."),
        ("action", "Sept bourgs seront dotés de garages à vélos couverts. Un agent passera chaque mois."),
        ("action", "Un atelier de réparation ouvrira le samedi."),
        ("action", "Par ailleurs, la maison du vélo prêtera des vélos-cargos."),
    ]


def test_theme_headings_in_a_letter_s_body_leave_each_sentence_its_unit(tmp_path):
    # the same short headings over one to three paragraphs, but under a letter's salutation: the
    # themes of the letter, each sentence answers or commits on its own
    _, units = _units(tmp_path, "courrier.txt", (
        "COMMUNE DE BRELAY\n\nObjet : Réponse à votre courrier du 4 mai\n\nMadame la Présidente,\n\n"
        "## Voirie\n\nLa rue du Four passera en zone 30 en juin. Un radar pédagogique sera installé route de Cens.\n\n"
        "## Écoles\n\nLa cour de l'école sera ombragée en 2028. Le préau sera repeint cet été.\n\n"
        "## Sports\n\nLe terrain de tennis sera éclairé à l'automne. Les vestiaires seront rénovés en 2027.\n\n"
        "Je vous prie d'agréer, Madame la Présidente, mes salutations distinguées.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "La rue du Four passera en zone 30 en juin."),
        ("action", "Un radar pédagogique sera installé route de Cens."),
        ("action", "La cour de l'école sera ombragée en 2028."),
        ("action", "Le préau sera repeint cet été."),
        ("action", "Le terrain de tennis sera éclairé à l'automne."),
        ("action", "Les vestiaires seront rénovés en 2027."),
    ]


def test_headed_engagements_under_an_axis_with_progress_labels(tmp_path):
    # under an axis's heading (an objective), sibling short headings each over a progress label
    # (« En cours », « À venir ») and up to three paragraphs: each paragraph of one sentence
    # committing in the future is one action, whatever its subject; the label is no paragraph
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan régional pour la lecture publique 2027-2029</h1>"
        "<h2>Axe 1 : Des bibliothèques ouvertes à tous</h2>"
        "<h3>Ouvrir le dimanche</h3><p>En cours</p>"
        "<p>Les bibliothèques sont aujourd'hui fermées le week-end.</p>"
        "<p>Dix médiathèques ouvriront le dimanche après-midi dès 2027.</p>"
        "<p>Les contrats des vacataires porteront sur deux ans.</p>"
        "<h3>Équiper les bibliobus</h3><p>À venir</p>"
        "<p>Chaque bibliobus recevra une connexion satellite.</p>"
        "<h3>Former les bénévoles</h3><p>Réalisé</p>"
        "<p>Un module en ligne sera proposé aux bénévoles des points lecture.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "Des bibliothèques ouvertes à tous"),
        ("action", "Dix médiathèques ouvriront le dimanche après-midi dès 2027."),
        ("action", "Les contrats des vacataires porteront sur deux ans."),
        ("action", "Chaque bibliobus recevra une connexion satellite."),
        ("action", "Un module en ligne sera proposé aux bénévoles des points lecture."),
    ]


def test_toggle_titles_in_the_infinitive_on_a_page_of_headed_engagements(tmp_path):
    # a plan's accordion items: the title in the infinitive (in its <button>) is an action, the
    # parent of the engagements of its collapsed panel, which stay units; a plain heading in the
    # infinitive, or a toggle's title that is no infinitive, is none
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan régional pour la lecture publique 2027-2029</h1>"
        "<h2>Axe 1 : Des bibliothèques ouvertes à tous</h2>"
        "<h3><button class='fr-accordion__btn'>Ouvrir le dimanche</button></h3>"
        "<div class='fr-collapse'><p>Dix médiathèques ouvriront le dimanche après-midi dès 2027.</p>"
        "<p>Les contrats des vacataires porteront sur deux ans.</p></div>"
        "<h3><button class='fr-accordion__btn'>Le bibliobus</button></h3>"
        "<div class='fr-collapse'><p>Chaque bibliobus recevra une connexion satellite.</p></div>"
        "<h3>Former les bénévoles</h3>"
        "<p>Un module en ligne sera proposé aux bénévoles des points lecture.</p>"))
    assert [(u.kind, u.text, u.parent == units[1].id) for u in units] == [
        ("objective", "Des bibliothèques ouvertes à tous", False),
        ("action", "Ouvrir le dimanche", False),
        ("action", "Dix médiathèques ouvriront le dimanche après-midi dès 2027.", True),
        ("action", "Les contrats des vacataires porteront sur deux ans.", True),
        ("action", "Chaque bibliobus recevra une connexion satellite.", False),
        ("action", "Un module en ligne sera proposé aux bénévoles des points lecture.", False),
    ]


def test_il_faut_in_a_relative_clause_names_a_thing_and_asks_nothing(tmp_path):
    # « ce qu'il faut faire », « ce dont il faudrait parler »: what is talked about, no demand;
    # « il faut » as the main clause asks
    _, units = _units(tmp_path, "avis-conseil-quartier.md", (
        "# Avis du conseil de quartier sur la maison de services\n\n## Nos remarques\n\n"
        "Dans cet avis, nous disons ce qu'il faut garder et ce dont il faudrait parler davantage. "
        "Il faut garder un accueil au guichet le matin.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Il faut garder un accueil au guichet le matin."),
    ]


def test_a_denied_il_faut_asks_not_to_do_unless_it_warns_the_reader(tmp_path):
    # in a citizens' opinion « il ne faut pas fermer … » asks as « il faut garder … » does; « il ne
    # faut pas oublier que … », « se leurrer », « croire que … » only warn the reader
    _, units = _units(tmp_path, "avis-conseil-quartier.md", (
        "# Avis du conseil de quartier sur la maison de services\n\n## Nos remarques\n\n"
        "Le quartier compte beaucoup de personnes âgées. Il faut garder un accueil au guichet le matin. "
        "Il ne faut pas fermer la permanence du samedi. Il ne faudrait surtout plus réserver les "
        "inscriptions aux seuls formulaires en ligne. Il ne faut pas que la mairie annexe perde son agent. "
        "Il ne faut pas oublier que beaucoup d'habitants n'ont pas d'ordinateur. Il ne faut pas se leurrer "
        "sur les économies attendues. Il ne faut pas croire que tout le monde a un smartphone.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Il faut garder un accueil au guichet le matin."),
        ("recommendation", "Il ne faut pas fermer la permanence du samedi."),
        ("recommendation", "Il ne faudrait surtout plus réserver les inscriptions aux seuls formulaires en ligne."),
        ("recommendation", "Il ne faut pas que la mairie annexe perde son agent."),
    ]


def test_a_verbless_apposition_opened_by_dont_hides_no_main_verb():
    # « , dont … , » with no verb of its own opens no relative clause: the future after it is the
    # main verb; a « dont » clause with its own verb is passed over as before
    from nlp_stn.segment import _Language

    lang = _Language(Settings())
    assert lang.commitment("Le comité de suivi, dont trois habitants tirés au sort, examinera les résultats.",
                           anyone=True)
    assert lang.commitment("La commune, dont deux agents, publiera un bilan chaque année.")
    assert lang.commitment("La commune, dont les habitants réclament un guichet, ouvrira une permanence.")
    # (the main verb a state: « seront gratuits »; « auront lieu » is an event to come, see
    # test_an_event_to_come_and_a_commitment_announced_before_a_colon)
    assert not lang.commitment("Les ateliers, dont le contenu sera fixé avec les habitants, seront gratuits.",
                               anyone=True)
    assert lang.commitment("Les ateliers, dont le contenu sera fixé avec les habitants, auront lieu au printemps.",
                           anyone=True)


def test_an_event_to_come_and_a_commitment_announced_before_a_colon():
    # « aura lieu » tells an event to come, not a state (« la commune aura … »); a short statement
    # ending in a colon announces the commitment after it, read on its own
    from nlp_stn.segment import _Language

    lang = _Language(Settings())
    assert lang.commitment("Une réunion publique aura lieu en mairie le 3 juin.", anyone=True)
    assert lang.commitment("Nous aurons lieu de nous réjouir.") is False
    assert lang.commitment("La commune aura un rôle de coordination.", anyone=True) is False
    assert lang.commitment("Oui, c'est une promesse : la salle restera ouverte.", anyone=True)
    assert lang.commitment("Le constat est simple : nous ouvrirons une permanence.")
    assert lang.commitment("Le bâtiment est vétuste, les travaux sont chers et le terrain est inondable : "
                           "la commune en construira un autre.") is False


def test_a_commitment_carried_by_a_relative_clause_in_the_future():
    # « X, qui organisera …, travaillera … »: the relative clause in the future commits, whoever
    # the subject; after a main verb in the present (not the author speaking); two verbs of one
    # relative joined by « et »; « ainsi que » opens no clause; a pronoun between the apposition
    # and the verb; « Quant à X, il sera fermé »; what follows a colon
    from nlp_stn.segment import _Language

    lang = _Language(Settings())
    assert lang.commitment("Cette animatrice, qui ouvrira un club de lecture, travaillera avec la ludothèque.")
    assert lang.commitment("Le chantier dépend du syndicat des eaux, qui remplacera les conduites en 2028.")
    assert not lang.commitment("Je remercie le club de foot, qui organisera le tournoi de juin.")
    assert not lang.commitment("La commune a déposé un dossier, qui sera examiné en mai.")
    assert not lang.commitment("Le chantier dépend du syndicat des eaux, qui ne remplacera pas les conduites.")
    assert lang.commitment("Une charte qui protège les arbres et limite l'éclairage sera appliquée à tous les quartiers.")
    assert lang.commitment("Un atelier qui accueille les enfants, ainsi qu'un goûter pour les parents, sera organisé.")
    assert lang.commitment("La mairie, qui s'engage à répondre sous huit jours, en rendra compte chaque année.")
    assert lang.commitment("Quant au gymnase, il sera ouvert le dimanche.")
    assert not lang.commitment("Quant à la salle, elle sera belle.")
    assert lang.commitment("Le quartier a été choisi : la commune y installera deux bornes.")
    assert not lang.commitment("Les parcs, qui ont été rénovés en 2024, sont très fréquentés.")


def test_a_passive_said_another_way_commits():
    # « fera l'objet d'un … », « continueront d'être + participle »: the thing to be done as the subject
    from nlp_stn.segment import _Language

    lang = _Language(Settings())
    assert lang.commitment("Le parking de la gare fera l'objet d'une étude en 2028.")
    assert lang.commitment("Les salles continueront d'être prêtées aux associations le week-end.")
    assert not lang.commitment("Le parking de la gare a fait l'objet d'une étude en 2024.")
    assert not lang.commitment("Les salles continueront d'être grandes.")


def test_indicators_listed_inside_a_sentence_of_a_plan(tmp_path):
    # « … suivi par trois indicateurs : le nombre de …, le taux de … et la part de … »: each
    # measure is an indicator (see inline_indicators: a list of things that are no measures gives
    # none); not in an opinion
    _, units = _units(tmp_path, "plan.md", (
        "# Plan d'actions pour la médiathèque 2027-2029\n\n## Suivi\n\n"
        "Le plan sera suivi par trois indicateurs : le nombre de prêts de liseuses, le taux d'inscription "
        "des collégiens et la part des animations tenues le samedi.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("indicator", "le nombre de prêts de liseuses"),
        ("indicator", "le taux d'inscription des collégiens"),
        ("indicator", "la part des animations tenues le samedi"),
    ]
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement sur le plan de la médiathèque\n\n"
        "Nous regrettons deux indicateurs : le nombre de prêts et le taux de retour.\n"))
    assert [u.kind for u in units] != ["indicator", "indicator"]


def test_a_relative_clause_and_a_saying_frame_hide_no_main_verb():
    # a relative pronoun (« auquel », « à laquelle », « lesquels ») opens a clause whose verb is not
    # the main one; « Je vous confirme que … », « J'ajoute que … » frame what is committed to
    from nlp_stn.segment import _Language

    lang = _Language(Settings())
    assert lang.commitment("Une salle, à laquelle les associations auront accès, sera ouverte en mai.", anyone=True)
    assert lang.commitment("Le foyer, auquel le club sera associé, ouvrira en juin.", anyone=True)
    assert lang.commitment("Les bancs, auxquels les enfants tiennent, resteront sur la place.", anyone=True)
    assert lang.commitment("Je vous confirme que le marché sera maintenu le samedi.", anyone=True)
    assert lang.commitment("J'ajoute que la commune plantera vingt arbres rue Haute.")
    assert lang.commitment("Par ailleurs, je vous assure que toutes les permanences resteront ouvertes.", anyone=True)
    assert not lang.commitment("Je vous confirme que nous avons bien reçu votre lettre.", anyone=True)


@pytest.mark.parametrize("sentence, refuses", [
    ("Je ne peux vous suivre sur la fermeture du pont.", True),
    ("Nous ne pouvons, à ce stade, y souscrire.", True),
    ("Je ne saurais en revanche accepter un tel tracé.", True),
    ("Le Département ne financera pas la seconde tranche.", True),
    ("La commune ne manquera pas de vous informer du calendrier.", False),
    ("La Métropole ne pourra pas tout faire seule.", False),
    ("La commune ne facturera plus le stationnement du samedi.", False),
    ("Je ne saurais trop insister sur ce point.", False),
    # the same written negation of what cannot be granted, whatever its subject
    ("Ce chemin, privé, ne peut en revanche faire l'objet d'un arrêté municipal.", True),
    ("Le projet ne pourra faire l'objet d'aucune subvention cette année.", True),
    ("Le projet peut faire l'objet d'une subvention départementale.", False),
    ("Il précise que la Région ne financera pas les études.", False),
    ("Nous ne partageons pas cette recommandation de l'inspection.", True),
    ("Je ne partage pas l'avis du conseil sur le tracé.", True),
    ("Je ne partage pas votre inquiétude : la salle restera ouverte.", False),
    ("Le balisage des sentiers relève du syndicat mixte et non de la commune.", True),
    ("Ce dossier relève de l'agglomération et non du département.", True),
    ("Ce projet relève du plan de mandat.", False),
    ("L'éclairage de la route ne relève pas du schéma cyclable mais de la compétence du Département.", True),
    ("Cette navette ne relève pas de la commune, mais bien de la Région.", True),
    ("Les abris de quai ne relèvent pas du contrat de ligne mais des communes traversées.", True),
    ("Ce projet ne relève pas seulement de la voirie : il touche aussi à l'éclairage.", False),
    # the authority naming itself as the body the matter is not the business of, with its reason
    # after a colon; told in passing, it may close an action's sentences
    ("La fermeture des routes aux cars scolaires ne relève pas de la commune : le préfet en décide.", True),
    ("Le transport des collégiens ne relève pas de l'intercommunalité de la vallée : la Région l'organise.", True),
    ("Le transport des collégiens ne relève pas de l'intercommunalité.", False),
    ("Le transport des collégiens ne relève pas du plan de mandat.", False),
    ("Le transport des collégiens relève de la communauté de communes.", False),
    ("Le chèque culture n'est pas reconduit : il a été peu utilisé.", True),
    ("Ces aides à l'achat ne seront pas reconduites en 2028.", True),
    ("Le festival d'été n'a pas été reconduit en 2023.", False),
    ("La convention avec le club est reconduite pour trois ans.", False),
    ("Le contrat de nettoyage ne sera pas reconduit à son terme : un appel d'offres sera lancé.", False),
    # the means that do not allow it; a wish granted no further; a matter out of the authority's hands
    ("Ouvrir le samedi demanderait deux agents, ce que le budget ne permet pas.", True),
    ("Nos moyens ne le permettent pas à ce stade.", True),
    ("Deux bus de plus coûteraient 400 000 €, que le budget annexe ne permet pas de financer.", True),
    ("Le budget de fonctionnement ne permet pas d'ouvrir le dimanche.", True),
    ("Le budget annexe permet de renouveler deux bus par an.", False),
    ("Une inscription le matin même n'est pas compatible avec l'organisation des tournées.", True),
    ("Ce tracé est compatible avec le plan local d'urbanisme.", False),
    ("Le budget permet cette année de rénover le gymnase.", False),
    ("Nous aurions voulu une navette chaque jour, mais le car n'est libre que le mardi.", True),
    ("Nous aurions voulu vous recevoir plus tôt.", False),
    ("Là, nous n'avons pas la main : le réseau appartient au syndicat.", True),
    ("Le calendrier des travaux ne dépend pas de nous.", True),
    ("Ce n'est pas de notre ressort.", True),
    ("Nous avons la main sur le calendrier des travaux.", False),
    # a part put off to an undefined later
    ("Pour le marché du soir, ce sera pour plus tard.", True),
    ("Ce n'est pas pour tout de suite : le réseau doit d'abord être refait.", True),
    ("Nous verrons plus tard pour la seconde tranche.", False),
])


def test_refusals_of_the_one_answering(sentence, refuses):
    # the literary negation of « pouvoir » before a verb of agreeing (« pas » left out), and the
    # authority named refusing a deed in the future; not a promise (« ne manquera pas de »), a
    # « pouvoir » alone, a deed stopped (« ne … plus ») nor what someone else reports
    from nlp_stn.segment.tables import _REFUSAL

    assert bool(_REFUSAL.search(sentence)) is refuses


def test_a_reply_letter_read_by_an_ocr_confirms_creates_and_turns_down(tmp_path):
    # « Ia », « Ies » of an OCR are the articles; a confirmation frames a commitment; a body
    # created in an answer (« Un comité … sera créé ») answers a demand, its relative clause aside;
    # a commitment then, after « ; », what is not taken up is kept in part; « Je ne puis vous
    # suivre », « la commune ne recrutera pas » turn down; « J'ajoute que … » commits
    letter = (
        "COMMUNE DE KERVALEC\n\nLe Maire\n\nKervalec, le 4 mai 2027\n\n"
        "Objet : Réponse à votre lettre sur Ia médiathèque\n\n"
        "Madame Ia Présidente,\n\n"
        "Je vous confirme que Ia médiathèque ouvrira le dimanche dès septembre et sera gratuite pour Ies moins de "
        "dix-huit ans. Un comité des lecteurs, auquel votre association sera invitée à désigner un membre, sera "
        "créé avant l'été. En matière de numérique, Ia commune équipera Ia salle d'étude de six ordinateurs ; leur "
        "prêt à domicile n'est pas envisagé à ce stade.\n\n"
        "Je ne puis en revanche vous suivre sur l'ouverture en soirée : Ies effectifs ne le permettent pas, et Ia "
        "commune ne recrutera pas d'agent supplémentaire. J'ajoute que Ia commune financera à hauteur de 5 000 € "
        "le fonds de livres en breton.\n\n"
        "Je vous prie d'agréer, Madame Ia Présidente, mes salutations distinguées.\n")
    _, segments = _units(tmp_path, "courrier-2027-088.txt", letter)
    assert [(s.kind, s.state, s.text) for s in segments] == [
        ("action", "", "la médiathèque ouvrira le dimanche dès septembre et sera gratuite pour les moins de dix-huit ans."),
        ("action", "", "Un comité des lecteurs, auquel votre association sera invitée à désigner un membre, sera créé "
                       "avant l'été."),
        ("action", "Retenue en partie", "En matière de numérique, la commune équipera la salle d'étude de six "
                                        "ordinateurs ; leur prêt à domicile n'est pas envisagé à ce stade."),
        ("decision", "non retenue", "Je ne puis en revanche vous suivre sur l'ouverture en soirée : les effectifs ne "
                                    "le permettent pas, et la commune ne recrutera pas d'agent supplémentaire."),
        ("action", "", "la commune financera à hauteur de 5 000 € le fonds de livres en breton."),
    ]
    assert [status_cap(s.state) for s in segments] == [
        "pris en compte", "pris en compte", "partiellement", "non pris en compte", "pris en compte"]


def test_an_answer_to_an_audit_report_answers_each_numbered_recommendation_it_restates(tmp_path):
    # « Objet : Réponse au rapport d'observations … » makes the letter an answer; « Sur la
    # recommandation n° 1 : » opens the answer to that number, the infinitive after it restates the
    # demand (no unit, the context of the units below); the report it will draw up answers the
    # demand; a fronted complement before the subject, an apposition between commas; what it stops,
    # then after « : » what it will do; « Je ne partage pas l'appréciation … » turns down; the credits
    # fund what it answered, no action
    letter = (
        "COMMUNE DE ROSPEZ-LANN\n\nLe Maire\n\nRospez-Lann, le 2 juin 2027\n\n"
        "Objet : Réponse au rapport d'observations définitives sur la gestion de la commune\n\n"
        "Monsieur le Président,\n\n"
        "Sur la recommandation n° 1 : Établir un plan pluriannuel d'investissement pour les équipements sportifs.\n\n"
        "À compter du budget 2028, un plan pluriannuel, détaillant chaque équipement et son coût, sera annexé au "
        "budget primitif.\n\n"
        "Sur la recommandation n° 2 : Mettre fin à la convention d'occupation gratuite du gymnase.\n\n"
        "La convention actuelle ne sera pas renouvelée : une redevance sera fixée par le conseil municipal en juin 2028.\n\n"
        "Sur les recommandations n° 3 et 4 : Je ne partage pas l'appréciation de la chambre, la régie du port relevant "
        "d'un budget annexe distinct.\n\n"
        "Sur la recommandation n° 5 : Désigner un référent pour la sécurité des bâtiments.\n\n"
        "Un référent, choisi parmi les agents des services techniques, a été nommé par arrêté du 3 mars 2027.\n\n"
        "Les crédits nécessaires seront inscrits au budget supplémentaire.\n\n"
        "Je vous prie d'agréer, Monsieur le Président, l'expression de ma haute considération.\n")
    _, segments = _units(tmp_path, "reponse-rod.txt", letter)
    assert [(s.kind, s.state, s.answers, s.heading.rsplit(" > ", 1)[-1], s.text) for s in segments] == [
        ("action", "", "1", "Sur la recommandation n° 1 : Établir un plan pluriannuel d'investissement pour les "
                            "équipements sportifs.",
         "À compter du budget 2028, un plan pluriannuel, détaillant chaque équipement et son coût, sera annexé au "
         "budget primitif."),
        ("action", "", "2", "Sur la recommandation n° 2 : Mettre fin à la convention d'occupation gratuite du gymnase.",
         "La convention actuelle ne sera pas renouvelée : une redevance sera fixée par le conseil municipal en juin 2028."),
        ("decision", "non retenue", "3 4", "Sur les recommandations n° 3 et 4",
         "Je ne partage pas l'appréciation de la chambre, la régie du port relevant d'un budget annexe distinct."),
        ("action", "Réalisée", "5", "Sur la recommandation n° 5 : Désigner un référent pour la sécurité des bâtiments.",
         "Un référent, choisi parmi les agents des services techniques, a été nommé par arrêté du 3 mars 2027."),
    ]


def test_a_commitment_putting_off_part_of_the_demand_after_a_semicolon_is_kept_in_part(tmp_path):
    # what comes « dans un second temps », « ultérieurement » after « ; » is not taken up now
    letter = (
        "Objet : Réponse à votre avis sur les équipements sportifs\n\nMadame la Présidente,\n\n"
        "Un état des lieux des gymnases sera dressé en 2028 ; celui des terrains extérieurs suivra dans un "
        "second temps.\n\n"
        "Les vestiaires du stade seront rénovés en 2028.\n\n"
        "Je vous prie d'agréer, Madame la Présidente, mes salutations distinguées.\n")
    _, segments = _units(tmp_path, "reponse-avis-sport.txt", letter)
    assert [(s.kind, s.state, s.text) for s in segments] == [
        ("action", "Retenue en partie", "Un état des lieux des gymnases sera dressé en 2028 ; celui des terrains "
                                        "extérieurs suivra dans un second temps."),
        ("action", "", "Les vestiaires du stade seront rénovés en 2028."),
    ]


def test_counted_subjects_pronouns_guarantees_and_refusals_in_a_plan(tmp_path):
    # a counted subject of a passive commits; « ils … » after a commitment goes on with it; « aucun
    # … ne sera … » guarantees; « nous ne lancerons pas … » refuses; « Trois demandes … n'ont pas été
    # retenues » only announces the refusals
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan d'actions mobilité 2027-2030</h1><h2>La mobilité au quotidien</h2>"
        "<p>Neuf aires de covoiturage seront aménagées d'ici 2029. Trois médiateurs seront recrutés par le "
        "service. En hiver, ils accompagneront les seniors vers les aires.</p>"
        "<p>Aucun tarif du réseau ne sera augmenté avant 2030.</p>"
        "<h2>Ce que nous ne ferons pas</h2>"
        "<p>Trois demandes fortes n'ont pas été retenues. Nous ne lancerons pas de navette fluviale : "
        "le coût est hors de portée.</p>"), kind="strategy")
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("action", "Neuf aires de covoiturage seront aménagées d'ici 2029.", ""),
        ("action", "Trois médiateurs seront recrutés par le service. En hiver, ils accompagneront les seniors "
         "vers les aires.", ""),
        ("action", "Aucun tarif du réseau ne sera augmenté avant 2030.", ""),
        ("decision", "Nous ne lancerons pas de navette fluviale : le coût est hors de portée.", "non retenue"),
    ]


def test_spoken_demands_and_things_asked_in_a_contribution_s_lists(tmp_path):
    _, units = _units(tmp_path, "contribution.md", (
        "# Contribution du conseil des enfants de Saint-Méen\n\n"
        "On a fait un vote dans les trois écoles. Voilà ce qu'on demande.\n\n"
        "## 1. La cour\n\n"
        "* On veut des jeux nouveaux dans la cour de l'école du bourg, genre une tyrolienne svp !!!\n"
        "* Pourquoi on pourrait pas avoir un préau plus grand ? Quand il pleut on est tous serrés dessous\n"
        "* -> et arrêtez de fermer les toilettes pendant la récréation du midi\n\n"
        "## 2. La cantine\n\n"
        "* des plats végétariens deux fois par semaine, avec des légumes du marché\n"
        "* choisir les menus avec les cuisiniers une fois par mois\n\n"
        "## 3. Le soir\n\n"
        "* une navette pour rentrer du centre de loisirs quand les parents travaillent tard\n\n"
        "## 4. Ce qu'on a vu\n\n"
        "Dans le sondage, beaucoup d'enfants ont répondu.\n\n"
        "* des familles sans voiture dans les hameaux\n"
        "* des trottoirs trop étroits devant l'école\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "On veut des jeux nouveaux dans la cour de l'école du bourg, genre une tyrolienne svp !!!"),
        ("recommendation", "Pourquoi on pourrait pas avoir un préau plus grand ? Quand il pleut on est tous serrés "
                           "dessous"),
        ("recommendation", "et arrêtez de fermer les toilettes pendant la récréation du midi"),
        ("recommendation", "des plats végétariens deux fois par semaine, avec des légumes du marché"),
        ("recommendation", "choisir les menus avec les cuisiniers une fois par mois"),
        ("recommendation", "une navette pour rentrer du centre de loisirs quand les parents travaillent tard"),
    ]


def test_lettered_demands_after_a_lead_in_and_inside_a_sentence(tmp_path):
    _, units = _units(tmp_path, "avis.html", (
        "<h1>Avis du conseil de développement sur le schéma des mobilités</h1><h2>1. Les gares</h2>"
        "<ol><li>Pour les gares du territoire, le conseil recommande :<ol type=\"a\">"
        "<li>d'installer des abris à vélos sécurisés dans chaque gare ;</li>"
        "<li>de former les agents d'accueil à l'information multimodale ;</li>"
        "<li>de publier chaque année la fréquentation des parkings relais.</li></ol></li></ol>"
        "<h2>2. Les données</h2>"
        "<p>Pour suivre le schéma, il recommande également a) de créer un observatoire des "
        "déplacements, et b) d'ouvrir ses données sous licence libre.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "d'installer des abris à vélos sécurisés dans chaque gare ;"),
        ("recommendation", "de former les agents d'accueil à l'information multimodale ;"),
        ("recommendation", "de publier chaque année la fréquentation des parkings relais."),
        ("recommendation", "de créer un observatoire des déplacements"),
        ("recommendation", "d'ouvrir ses données sous licence libre."),
    ]


def test_a_fate_after_a_label_withdrawn_or_merged():
    from nlp_stn.segment.headings import _Headings

    assert _Headings.label_fate("action", "(retirée) – Ouvrir un atelier vélo") == ("Ouvrir un atelier vélo", "Retirée")
    assert _Headings.label_fate("action", "(fusionnée avec 2.4) – Ouvrir un atelier") == ("Ouvrir un atelier", "Fusionnée")
    assert _Headings.label_fate("action", "intégrée à la mesure 3") == ("intégrée à la mesure 3", "Fusionnée")
    assert _Headings.label_fate("action", "(nouvelle) – Ouvrir un atelier") == ("Ouvrir un atelier", "")


def test_asking_a_third_party_names_it():
    from nlp_stn.segment.vocabulary import _ASKS_THIRD_PARTY

    assert _ASKS_THIRD_PARTY.match("demander à Brest Métropole de financer le réseau")
    assert _ASKS_THIRD_PARTY.match("solliciter l'État pour une aide")
    assert not _ASKS_THIRD_PARTY.match("demander à chaque famille de remplir le formulaire")


def test_a_candidate_list_s_programme_of_titled_pledges(tmp_path):
    # a programme (« Projet de mandat », « Nos 25 propositions pour … » signed by a list): its
    # numbered items « Title. Sentence in the future » are actions, title and sentence, whatever
    # the subject; « Nous demanderons au Département … » is still its own commitment
    _, units = _units(tmp_path, "programme.md", (
        "# Projet de mandat 2026-2032 – Nos 25 engagements\n\n"
        "Liste « Vivre à Kerhuel » – élections municipales de mars 2026\n\n"
        "Ce programme est né de nos rencontres avec les habitants au marché et dans les associations.\n\n"
        "## Se déplacer\n\n"
        "1. Navette du marché. Un minibus desservira les hameaux chaque mercredi matin.\n"
        "2. Inscriptions scolaires. L'inscription à la cantine, au périscolaire et au centre de loisirs se "
        "fera en ligne.\n"
        "3. Piscine. La piscine restera ouverte tout l'été.\n"
        "4. Salle des fêtes. La salle sera accessible aux personnes en fauteuil et accueillera un cinéma.\n"
        "5. Car scolaire. Nous demanderons au Département un arrêt de car près du collège.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("action", "1", "Navette du marché. Un minibus desservira les hameaux chaque mercredi matin."),
        ("action", "2", "Inscriptions scolaires. L'inscription à la cantine, au périscolaire et au centre de loisirs "
                        "se fera en ligne."),
        ("action", "3", "Piscine. La piscine restera ouverte tout l'été."),
        ("action", "4", "Salle des fêtes. La salle sera accessible aux personnes en fauteuil et accueillera un cinéma."),
        ("action", "5", "Car scolaire. Nous demanderons au Département un arrêt de car près du collège."),
    ]
    _, units = _units(tmp_path, "liste.md", (
        "# Nos 12 propositions pour Kerhuel\n\n"
        "Liste « Vivre à Kerhuel » – élections municipales de mars 2026\n\n"
        "## Le bourg\n\n"
        "1. Halles couvertes. Le marché sera abrité sous des halles dès 2028.\n"
        "2. Jardins partagés. Nous ouvrirons deux jardins partagés près des écoles.\n"))
    assert [(u.kind, u.label) for u in units] == [("action", "1"), ("action", "2")]


def test_numbered_future_proposals_of_a_citizens_council_stay_demands(tmp_path):
    # the same form written by a council on the programme to come, or put to the candidates: the
    # council's proposals, not the authority's pledges
    _, units = _units(tmp_path, "sages.md", (
        "# Propositions du conseil des aînés pour le projet de mandat\n\n"
        "Le conseil des aînés a réuni ses membres à trois reprises.\n\n"
        "## Nos propositions\n\n"
        "1. Navette du marché. La commune installera une navette vers les hameaux chaque mercredi.\n"
        "2. Salle des fêtes. La salle sera rendue accessible aux personnes en fauteuil.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "1", "Navette du marché. La commune installera une navette vers les hameaux chaque mercredi."),
        ("recommendation", "2", "Salle des fêtes. La salle sera rendue accessible aux personnes en fauteuil."),
    ]
    _, units = _units(tmp_path, "collectif.md", (
        "# Élections municipales 2026 : nos 10 propositions aux candidats\n\n"
        "Collectif Vélo Kerhuel\n\n"
        "## Se déplacer\n\n"
        "1. Pistes cyclables. La commune reliera le bourg à la gare par une piste cyclable.\n"
        "2. Stationnement. Des arceaux seront installés devant chaque école.\n"))
    assert all(u.kind != "action" for u in units)


def test_a_plan_s_titled_item_is_one_action_title_and_sentences(tmp_path):
    # in a plan too, « Title. Sentence in the future » is one action, its title and all its sentences
    # (not only « Un skatepark sera construit … », and whatever the subject: « Une ligne … desservira »)
    _, units = _units(tmp_path, "plan.md", (
        "# Stratégie jeunesse 2026-2030\n\n"
        "## Loisirs\n\n"
        "1. Skatepark. Un skatepark sera construit derrière le gymnase. Les jeunes en choisiront les modules.\n"
        "2. Bus de nuit. Une ligne de nuit desservira la gare le samedi.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("action", "1", "Skatepark. Un skatepark sera construit derrière le gymnase. Les jeunes en choisiront les "
                        "modules."),
        ("action", "2", "Bus de nuit. Une ligne de nuit desservira la gare le samedi."),
    ]


def test_a_commitment_s_subject_may_list_complements_and_coordinate_verbs():
    # « de la garderie, … » after a comma is one more complement of the subject's noun, not a new
    # subject; « sera gratuite et ouvrira … »: the coordinated future says the deed
    from nlp_stn.segment import _Language

    lang = _Language(Settings())
    assert lang.commitment("Le paiement de la cantine, de la garderie et du centre de loisirs se fera en ligne.",
                           anyone=True)
    assert lang.commitment("Les inscriptions à la cantine, à la garderie et au centre de loisirs se feront en ligne.",
                           anyone=True)
    assert lang.commitment("La ludothèque sera gratuite pour tous et ouvrira un rayon de jeux anciens.", anyone=True)
    assert not lang.commitment("La ludothèque sera gratuite pour tous.", anyone=True)
    assert not lang.commitment("La salle sera gratuite et les enfants pourront y jouer.", anyone=True)
    assert not lang.commitment("En 2027, de nouvelles caméras seront installées.")  # as before: « de » partitive


NOTE_EXPORT = (
    "<html><head><title>Plan alimentaire – Communauté du Val de Penfeld</title></head><body><article>"
    "<h1>Plan alimentaire territorial 2026-2029</h1>"
    "<h2>Axe 1 – Manger local à la cantine</h2>"
    "<div class='callout'><span class='icon'>🎯</span><div>Objectif : 500 repas servis par jour ; indicateur de "
    "suivi : nombre de couverts facturés aux familles.</div></div>"
    "<h2>Suivi des actions</h2><table><thead><tr><th>Action</th><th>Statut</th><th>Échéance</th></tr></thead><tbody>"
    "<tr><td>Créer une légumerie intercommunale à Milizac</td><td>En cours</td><td>2027</td></tr>"
    "<tr><td>Navette des producteurs</td><td>À l'étude</td><td>2028</td></tr>"
    "<tr><td>Former les cuisiniers des écoles aux menus végétariens</td><td>À faire</td><td>2026</td></tr>"
    "</tbody></table>"
    "<h2>Détail des actions</h2>"
    "<details><summary>▸ Navette des producteurs – précisions</summary>"
    "<p>Avec les communes du nord, faire circuler une navette hebdomadaire qui collecte les paniers des "
    "fermes pour les cantines. Pas de camion frigorifique prévu à ce stade.</p></details>"
    "<details><summary>▸ Raccordement des fermes</summary>"
    "<p>Enfin, raccorder n'est pas tout.</p></details>"
    "</article></body></html>")


def test_a_toggle_detailing_a_row_named_in_a_few_words_states_its_action(tmp_path):
    # the row « Navette des producteurs » only names the action its toggle states in full after a
    # circumstance put first (« Avec les communes du nord, faire circuler … »): one action, with the
    # row's state; a quantified target with « indicateur de suivi : » after « ; » is one indicator;
    # an infinitive that is the subject of a verb (« Enfin, raccorder n'est pas tout ») states nothing;
    # what the action leaves out (« Pas de camion frigorifique prévu ») is its detail
    _, units = _units(tmp_path, "plan.html", NOTE_EXPORT, kind="strategy")
    assert [(u.kind, u.text, u.detail, u.state) for u in units if not u.label] == [
        ("indicator", "500 repas servis par jour ; indicateur de suivi : nombre de couverts facturés aux familles", "", ""),
        ("action", "Créer une légumerie intercommunale à Milizac", "", "En cours"),
        ("action", "Former les cuisiniers des écoles aux menus végétariens", "", "À faire"),
        ("action", "Avec les communes du nord, faire circuler une navette hebdomadaire qui collecte les paniers des "
                   "fermes pour les cantines.", "Pas de camion frigorifique prévu à ce stade.", "À l'étude"),
    ]


@pytest.mark.parametrize("text, expected", [
    ("En partenariat avec les écoles, organiser une semaine du numérique qui soit ouverte à tous.", True),
    ("Dès 2027, ouvrir le guichet de la mairie le samedi matin.", True),
    ("Parallèlement, former les agents d'accueil.", True),
    ("Dans ce quartier, les trottoirs manquent.", False),  # no infinitive after the comma
    ("Enfin, raccorder n'est pas tout.", False),  # the infinitive is the subject of « est »
    ("Le conseil, après débat, adopter le plan.", False),  # no circumstance put first
])


def test_an_infinitive_after_a_circumstance_put_first(text, expected):
    from nlp_stn.segment.language import _Language

    assert _Language(Settings()).fronted_infinitive(text) is expected


def test_numbered_proposals_of_an_opinion_under_a_short_title(tmp_path):
    # in an opinion, « 1. Title. Sentence that asks » is one recommendation, title and sentence:
    # the sentence an infinitive, a demand verb or what must be (« doit rester »); a first
    # sentence with a verb of its own is no title, read as usual
    _, units = _units(tmp_path, "avis.md", (
        "# Avis du conseil de développement sur le plan vélo\n\n"
        "## Le vélo au quotidien\n\n"
        "1. La gare à vélo. Construire un abri sécurisé de quarante places devant la gare.\n"
        "2. Toujours un accès piéton. Chaque chantier doit laisser un passage pour les poussettes.\n"
        "3. Les écoles. Nous demandons que chaque école ait un parking à vélos couvert.\n"
        "4. Le pont est dangereux. Il a été rétréci en 2023 et les voitures y roulent vite.\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "1", "La gare à vélo. Construire un abri sécurisé de quarante places devant la gare."),
        ("recommendation", "2", "Toujours un accès piéton. Chaque chantier doit laisser un passage pour les poussettes."),
        ("recommendation", "3", "Les écoles. Nous demandons que chaque école ait un parking à vélos couvert."),
    ]


def test_a_charter_an_authority_adopts_holds_its_commitments(tmp_path):
    # « Charte … » names what the authority commits to, like a pact: its « s'engage à : »
    # items and its sentences in the future are actions; a section name « Charte et … » says
    # nothing, nor an opinion on a charter
    from nlp_stn.segment import title_prior

    assert title_prior("Charte d'engagement des services de la ville") == "action"
    assert title_prior("Charte et gouvernance") == ""
    assert title_prior("Avis du conseil de développement sur la charte de la donnée") == "recommendation"
    _, units = _units(tmp_path, "charte.html", (
        "<h1>Charte pour des écoles connectées</h1>"
        "<h2>Article 1 – Objet</h2><p>La présente charte fixe les engagements de la communauté de communes.</p>"
        "<h2>Article 2 – La communauté de communes s'engage à :</h2>"
        "<ul><li>équiper chaque classe d'un vidéoprojecteur ;</li><li>former les enseignants volontaires.</li></ul>"
        "<h2>Article 3 – Écoles rurales</h2><p>La communauté de communes équipera en priorité les écoles à classe unique.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "équiper chaque classe d'un vidéoprojecteur ;"),
        ("action", "former les enseignants volontaires."),
        ("action", "La communauté de communes équipera en priorité les écoles à classe unique."),
    ]


def test_a_heading_lead_in_whose_subject_says_who_it_is_announces_its_list(tmp_path):
    # « Nous, parents d'élèves …, demandons : » as a section title: the apposition between
    # commas parts the subject from its verb, which announces demands
    _, units = _units(tmp_path, "appel.html", (
        "<h1>Des cantines plus sûres</h1><p>La cantine accueille 300 enfants chaque midi.</p>"
        "<h2>Nous, parents d'élèves de l'école des Tilleuls, demandons :</h2>"
        "<ol><li>la réfection du réfectoire avant l'été ;</li>"
        "<li>un deuxième service pour les grandes sections.</li></ol>"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "la réfection du réfectoire avant l'été ;"),
        ("recommendation", "un deuxième service pour les grandes sections."),
    ]


def test_a_demand_named_then_stated_after_a_colon(tmp_path):
    # « nous ajoutons une demande : que … »: the noun names a demand, the clause after the colon
    # states it; « Objet : demande de subvention » asks nothing in the text
    _, units = _units(tmp_path, "nouvelles.txt", (
        "Des nouvelles de notre appel\n\n"
        "Merci pour vos messages. Après la réunion, nous ajoutons une demande : que la salle des "
        "fêtes soit chauffée pendant les permanences.\n\n"
        "Le dossier de demande de subvention est en cours.\n"), kind="opinion")
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Après la réunion, nous ajoutons une demande : que la salle des fêtes soit chauffée "
                           "pendant les permanences."),
    ]


def test_a_section_of_indicators_keeps_its_source_and_its_notes_out(tmp_path):
    # under « Indicateurs », each paragraph is one; not its source, nor a sentence about the
    # indicators of the table
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan vélo de la commune</h1><h2>Indicateurs de suivi</h2>"
        "<p>Les indicateurs suivants sont mis à jour chaque printemps.</p>"
        "<p>Kilomètres de pistes cyclables aménagées</p>"
        "<p>Nombre d'arceaux installés près des écoles</p>"
        "<p>Source : comptages des services techniques, 2025.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("indicator", "Kilomètres de pistes cyclables aménagées"),
        ("indicator", "Nombre d'arceaux installés près des écoles"),
    ]


def test_an_article_of_a_charter_commits_whatever_its_subject(tmp_path):
    # in a charter's « Article 3 – … », a sentence in the future commits the authority even when
    # its subject is a place or a service (« La maison des services ouvrira … »); its
    # « Article 5 – Suivi » is the charter's governance, and a deliberation's articles decide
    _, units = _units(tmp_path, "charte.html", (
        "<h1>Charte des services publics de proximité</h1>"
        "<h2>Article 1 – Objet</h2><p>La présente charte fixe les engagements de la commune.</p>"
        "<h2>Article 2 – Accueil</h2><p>La maison des services ouvrira le mardi soir jusqu'à 19 h. "
        "Le bus numérique passera dans chaque hameau une fois par mois.</p>"
        "<h2>Article 3 – Suivi</h2><p>Un comité de suivi se réunira chaque année.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "La maison des services ouvrira le mardi soir jusqu'à 19 h."),
        ("action", "Le bus numérique passera dans chaque hameau une fois par mois."),
    ]


def test_an_action_that_only_commits_to_study_is_under_study(tmp_path):
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan numérique de la communauté de communes</h1><h2>Axe 1 – Des services proches</h2>"
        "<h3>Action 1.1 : Un guichet itinérant</h3>"
        "<p>La communauté de communes étudiera avec les mairies l'opportunité d'un guichet itinérant.</p>"
        "<h3>Action 1.2 : Des permanences en mairie</h3>"
        "<p>Des permanences hebdomadaires seront tenues dans les six mairies dès 2027.</p>"
        "<h3>Action 1.3 : Un portail des démarches</h3>"
        "<p>Les services étudieront les besoins des usagers puis ouvriront un portail en 2028.</p>"
        "<h2>Axe 2 – Des réseaux</h2><h3>Action 2.1 : Une boucle radio dans les hameaux</h3>"
        "<p>Une étude de faisabilité sera conduite en 2027 avec le syndicat d'énergie.</p>"))
    assert [(u.kind, u.text, u.state) for u in units if u.kind == "action"] == [
        ("action", "Un guichet itinérant", "À l'étude"),
        ("action", "Des permanences en mairie", ""),
        ("action", "Un portail des démarches", ""),
        ("action", "Une boucle radio dans les hameaux", "À l'étude"),
    ]


def test_a_thing_that_will_be_studied_is_under_study(tmp_path):
    _, units = _units(tmp_path, "plan.md", (
        "# Plan d'actions numérique de la commune\n\n"
        "La gratuité du wifi dans les salles communales sera étudiée avec le syndicat d'énergie.\n\n"
        "Ces deux projets seront examinés par le bureau municipal en 2027.\n\n"
        "Les demandes seront étudiées puis un atelier sera ouvert dans chaque quartier.\n\n"
        "Une salle de coworking sera ouverte à la médiathèque en 2027.\n"))
    assert [(u.text, u.state) for u in units if u.kind == "action"] == [
        ("La gratuité du wifi dans les salles communales sera étudiée avec le syndicat d'énergie.", "À l'étude"),
        ("Ces deux projets seront examinés par le bureau municipal en 2027.", "À l'étude"),
        ("Les demandes seront étudiées puis un atelier sera ouvert dans chaque quartier.", ""),
        ("Une salle de coworking sera ouverte à la médiathèque en 2027.", ""),
    ]


def test_a_part_turned_down_after_an_action_keeps_it_in_part(tmp_path):
    _, units = _units(tmp_path, "releve.md", (
        "# Relevé de décisions du comité de suivi\n\n## Écoles\n\n"
        "Un atelier de codage sera ouvert au collège en 2027. Son extension aux écoles n'est pas retenue, faute d'animateurs.\n\n"
        "La commune ouvrira une navette vers la gare le samedi. La ligne du dimanche n'est pas retenue.\n"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("action", "Un atelier de codage sera ouvert au collège en 2027.", "Retenue en partie"),
        ("decision", "Son extension aux écoles n'est pas retenue, faute d'animateurs.", "non retenue"),
        ("action", "La commune ouvrira une navette vers la gare le samedi.", ""),
        ("decision", "La ligne du dimanche n'est pas retenue.", "non retenue"),
    ]


def test_what_a_member_says_the_authority_will_do_is_an_action(tmp_path):
    _, units = _units(tmp_path, "releve.md", (
        "# Relevé de décisions du comité de suivi\n\n## Restauration scolaire\n\n"
        "Cantine : Mme Roux précise que la commune proposera un menu végétarien chaque semaine dès la rentrée.\n\n"
        "M. Durand indique que le trottoir de l'école est trop étroit.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "la commune proposera un menu végétarien chaque semaine dès la rentrée."),
    ]


def test_a_labelled_measure_putting_a_part_off_keeps_it_in_part(tmp_path):
    _, units = _units(tmp_path, "plan.md", (
        "# Plan d'actions numérique des écoles\n\n"
        "Action 1 : les tableaux des deux écoles seront remplacés cet été. La classe mobile est reportée à 2029.\n\n"
        "Action 2 : un poste d'animateur sera créé en 2027. Il sera rattaché au service jeunesse.\n"))
    assert [(u.kind, u.label, u.state) for u in units] == [
        ("action", "Action 1", "Retenue en partie"),
        ("action", "Action 2", ""),
    ]


def test_a_title_naming_a_request_to_another_body_is_asked_of_a_third_party():
    # the noun of the same measure as a plan's title: reported or put to another body, who decides
    from nlp_stn.segment.vocabulary import _ASKS_THIRD_PARTY

    assert _ASKS_THIRD_PARTY.match("Saisine de l'État pour la réouverture de la halte ferroviaire")
    assert _ASKS_THIRD_PARTY.match("Signalement du hameau de Kerdu aux opérateurs de téléphonie")
    assert not _ASKS_THIRD_PARTY.match("Application de signalement des dépôts sauvages")
    assert not _ASKS_THIRD_PARTY.match("Signalement des pannes d'éclairage en ligne")


def test_a_heading_of_indicators_and_the_closing_signature_are_no_units(tmp_path):
    # « 1.2 Indicateurs de suivi » over the table of indicators is a section of the plan, no
    # action; « Fait à …, le … » and the signature after it close the plan, no indicator
    _, units = _units(tmp_path, "plan.md", (
        "# Plan vélo de Kerhuel 2026-2030\n\n"
        "## 1. Circuler à vélo\n\n"
        "### 1.1 Relier les écoles\n\n"
        "#### 1.1.1 Piste cyclable vers le collège\n\n"
        "Une piste sera aménagée le long de la route de Brest.\n\n"
        "### 1.2 Indicateurs de suivi\n\n"
        "| Indicateur | Cible 2030 |\n|---|---|\n| Kilomètres de pistes cyclables | 12 |\n\n"
        "Fait à Kerhuel, le 3 mars 2026. La maire, Anne Caradec\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("objective", "1.1", "Relier les écoles"),
        ("action", "1.1.1", "Piste cyclable vers le collège"),
        ("indicator", "", "Kilomètres de pistes cyclables"),
    ]


def test_a_wish_in_the_conditional_with_an_infinitive_asks(tmp_path):
    # « je voudrais pouvoir … », « nous aimerions disposer … », « ce que j'aimerais, c'est … »:
    # a demand; not « je voudrais remercier … », a courtesy
    _, units = _units(tmp_path, "avis.html", (
        "<h1>Avis du conseil de quartier des Tilleuls</h1><p>Je voudrais pouvoir payer la cantine en ligne. "
        "Nous aimerions disposer d'une salle pour les réunions. Je voudrais remercier les bénévoles du marché. "
        "Ce que j'aimerais, c'est un banc devant la poste.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Je voudrais pouvoir payer la cantine en ligne."),
        ("recommendation", "Nous aimerions disposer d'une salle pour les réunions."),
        ("recommendation", "Ce que j'aimerais, c'est un banc devant la poste."),
    ]


def test_a_news_article_where_the_mayor_answers_commits_and_its_refusal_section_decides(tmp_path):
    # a headline « … la maire répond aux … » makes the page an authority's answer; the items of
    # its « Ce qui n'est pas possible » are decisions turning down what they name, whatever
    # their words; the signature after them is no unit
    _, units = _units(tmp_path, "reponse.html", (
        "<h1>Mobilités : la maire répond aux parents d'élèves</h1><p>Merci pour votre lettre.</p>"
        "<p>La ville installera des arceaux devant l'école en mai.</p><h2>Ce qui n'est pas possible</h2>"
        "<ul><li>La navette du mercredi : le transport scolaire relève de la Région.</li>"
        "<li>Le parking minute : la rue est trop étroite.</li></ul><p>Sophie Martin, maire</p>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("action", "La ville installera des arceaux devant l'école en mai.", ""),
        ("decision", "La navette du mercredi : le transport scolaire relève de la Région.", "non retenue"),
        ("decision", "Le parking minute : la rue est trop étroite.", "non retenue"),
    ]
    # the same page under a headline that names no answer: nothing tells what it is
    _, units = _units(tmp_path, "article.html", (
        "<h1>Mobilités : les parents d'élèves écrivent à la maire</h1><p>Merci pour votre lettre.</p>"
        "<p>La ville installera des arceaux devant l'école en mai.</p><h2>Ce qui n'est pas possible</h2>"
        "<ul><li>La navette du mercredi : le transport scolaire relève de la Région.</li></ul>"))
    assert units == []


def test_a_headline_ending_on_the_authority_s_answer_names_an_answer():
    # « …, la mairie répond » ends the headline: the page is the authority's answer, whatever
    # else its chapô tells of the opinion it received
    from nlp_stn.segment import title_prior

    assert title_prior("Numérique : les habitants ont écrit, la mairie répond") == "action"
    assert title_prior("Travaux du port : le maire vous répond.") == "action"
    assert title_prior("Les élus répondent") == "action"
    assert title_prior("Pourquoi la mairie répond-elle si tard ?") == ""
    assert title_prior("La mairie répond présent pour le carnaval") == ""


def test_a_magazine_page_whose_headline_ends_on_the_answer_holds_actions():
    # a section band over the headline, then a chapô telling of the opinion answered
    from nlp_stn.segment import document_prior

    texts = [("heading", 5, "VIE LOCALE Mobilités"),
             ("heading", 1, "Vélo : les lycéens ont proposé, la mairie répond"),
             ("heading", 3, "Le conseil des lycéens a remis au Maire un avis de douze recommandations sur le vélo."),
             ("paragraph", 0, "La ville posera quarante arceaux devant le lycée en mars.")]
    blocks, at = [], 0
    for kind, level, text in texts:
        blocks.append(Block(kind=kind, text=text, start=at, end=at + len(text), level=level, page=1))
        at += len(text) + 2
    doc = Document(id="m", path="", format="pdf", title="Le Mag n° 12", text="", blocks=tuple(blocks))
    assert document_prior(doc) == "action"


def test_a_pledge_after_a_linking_adverb_commits(tmp_path):
    # « En revanche, nous nous engageons à … » after a refusal, « Par ailleurs, la commune
    # s'engage à … »: the pledge opens the sentence once the adverb is passed
    _, units = _units(tmp_path, "reponse.html", (
        "<h1>Vélo : les lycéens ont proposé, la mairie répond</h1><p>Le conseil des lycéens a remis un avis.</p>"
        "<p>Nous ne créerons pas de piste sur le quai : il est trop étroit.</p>"
        "<p>En revanche, nous nous engageons à poser vingt arceaux devant le lycée.</p>"
        "<p>Par ailleurs, la commune s'engage à publier une carte des itinéraires.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("decision", "Nous ne créerons pas de piste sur le quai : il est trop étroit."),
        ("action", "En revanche, nous nous engageons à poser vingt arceaux devant le lycée."),
        ("action", "Par ailleurs, la commune s'engage à publier une carte des itinéraires."),
    ]


def test_an_answer_s_no_then_a_denied_clause_and_a_matter_taken_up_by_a_pronoun_decide(tmp_path):
    # « Non, il n'y aura pas de … » declines what it names; « La formation des agents, elle,
    # relève de … » names the body it is the business of; not « Non, mais … » nor « Non. » before
    # a commitment
    _, units = _units(tmp_path, "reponse.html", (
        "<h1>Vélo : les lycéens ont proposé, la mairie répond</h1><p>Le conseil des lycéens a remis un avis.</p>"
        "<p>— Non, il n'y aura pas de piste cyclable sur le quai. Il est trop étroit.</p>"
        "<p>La formation des moniteurs, elle, relève de la fédération sportive.</p>"
        "<p>Non, mais la ville posera vingt arceaux devant le lycée.</p>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("decision", "— Non, il n'y aura pas de piste cyclable sur le quai.", "non retenue"),
        ("decision", "La formation des moniteurs, elle, relève de la fédération sportive.", "non retenue"),
        ("action", "Non, mais la ville posera vingt arceaux devant le lycée.", ""),
    ]


def test_works_asked_for_by_their_noun_after_a_finding(tmp_path):
    # « Nous demandons la pose de … », « la remise en état de … », « la refonte de … »: the works
    # asked for, named by their noun, after the finding of the item
    from nlp_stn.segment.vocabulary import _DEMAND_VERB

    assert _DEMAND_VERB.search("Nous demandons la pose de ralentisseurs devant l'école.")
    assert _DEMAND_VERB.search("Les riverains souhaitent la remise en état du chemin.")
    assert _DEMAND_VERB.search("Nous proposons la refonte du site de la commune.")
    assert not _DEMAND_VERB.search("La pose des ralentisseurs a demandé deux jours.")
    _, units = _units(tmp_path, "lettre.txt", (
        "Bonjour,\n\n1. Les voitures roulent trop vite rue du Four. Nous demandons la pose de ralentisseurs "
        "devant l'école.\n2. Le chemin du lavoir est défoncé. Nous demandons la remise en état du chemin.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Nous demandons la pose de ralentisseurs devant l'école."),
        ("recommendation", "Nous demandons la remise en état du chemin."),
    ]


def test_a_thing_applied_for_and_a_need_are_no_demands():
    # « se demandent en ligne à partir du … » tells how a thing is applied for (« à partir » is no
    # deed); « … demanderait un agent de plus » tells what it would need
    from nlp_stn.segment.vocabulary import _DEMAND_VERB

    assert not _DEMAND_VERB.search("Les badges de la déchetterie se demandent en ligne à partir du 4 mars.")
    assert not _DEMAND_VERB.search("Ouvrir le dimanche demanderait un agent de plus.")
    assert _DEMAND_VERB.search("Les parents demandent à partir plus tôt le vendredi.")
    assert _DEMAND_VERB.search("Les riverains demandent une réunion publique.")
    assert _DEMAND_VERB.search("Nous demanderions une réunion publique.")


def test_a_part_of_the_deed_just_told_turned_down_keeps_it_in_part(tmp_path):
    # the deed taken up by a pronoun before an infinitive (« L'ouvrir le dimanche … ») or the part
    # put first as the topic (« Pour le parking, … ») then turned down: the action before is kept
    # in part; a refusal naming another thing (« Les bancs … ») leaves it whole
    _, units = _units(tmp_path, "reponse.html", (
        "<h1>Vélo : les lycéens ont proposé, la mairie répond</h1><p>Le conseil des lycéens a remis un avis.</p>"
        "<p>Le garage à vélos du lycée ouvrira en semaine. L'ouvrir le dimanche demanderait un gardien, "
        "ce que le budget ne permet pas.</p>"
        "<p>La piste du quai sera éclairée en 2027. Pour le parking, il n'y a pas encore de plan : ce sera pour plus tard.</p>"
        "<p>La ville posera vingt arceaux. Les bancs ne sont pas prévus : la place manque.</p>"))
    assert [(u.kind, u.state) for u in units] == [
        ("action", "Retenue en partie"), ("decision", "non retenue"),
        ("action", "Retenue en partie"), ("decision", "non retenue"),
        ("action", ""), ("decision", "non retenue"),
    ]


def test_a_bulletin_s_brief_items_tell_services_in_place(tmp_path):
    # the reader invited to use a new service (« Inscrivez-vous au nouveau … ») and a deed in place
    # since a day and a month (« Depuis le 3 mars, … », the year left out) are done actions; not an
    # invitation to an ordinary step (« Inscrivez-vous en mairie … »)
    _, units = _units(tmp_path, "reponse.html", (
        "<h1>Vélo : les lycéens ont proposé, la mairie répond</h1><p>Le conseil des lycéens a remis un avis.</p>"
        "<h2>En bref</h2><ul><li>Location. Inscrivez-vous au nouveau service de location de vélos : "
        "trois stations, dix vélos.</li><li>Parking. Depuis le 3 mars, le parking à vélos de la gare est gardé.</li>"
        "<li>Bourse aux vélos. Inscrivez-vous en mairie avant le 2 mai.</li></ul>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("action", "Inscrivez-vous au nouveau service de location de vélos : trois stations, dix vélos.", "Réalisée"),
        ("action", "Depuis le 3 mars, le parking à vélos de la gare est gardé.", "Réalisée"),
    ]


def test_an_interviewer_s_question_over_a_dash_reply_is_no_unit(tmp_path):
    # in an authority's answer written as an interview, the paragraph asking a question right
    # above a reply opened by « — » is the interviewer's; a question over a plain paragraph stays
    _, units = _units(tmp_path, "interview.md", (
        "# Vélo : les lycéens ont proposé, la mairie répond\n\nLe conseil des lycéens a remis un avis.\n\n"
        "Les lycéens réclament un garage. Le lycée va-t-il en avoir un ?\n\n"
        "— Oui. Un garage de quarante places sera construit en 2027.\n\n"
        "Et les bancs ?\n\nLes bancs seront posés en mai.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Oui. Un garage de quarante places sera construit en 2027."),
        ("question", "Et les bancs ?"),
        ("action", "Les bancs seront posés en mai."),
    ]


@pytest.mark.parametrize("sentence, done", [
    ("Leur avis commun a été présenté au conseil municipal du 12 mai.", False),
    ("Vos propositions ont été étudiées par les services.", False),
    ("Vos deux lettres ont été lues avec attention.", False),
    ("Le traitement des demandes a été accéléré.", True),
    ("Les bancs de la place ont été repeints.", True),
])
def test_what_became_of_the_opinion_answered_is_no_deed(sentence, done):
    # the opinion or the letters answered as the subject of a passive: what became of them, not
    # a deed of the authority; a noun after « de » (« Le traitement des demandes ») is another subject
    from nlp_stn.segment.language import _ANSWER_DONE

    assert bool(_ANSWER_DONE.match(sentence)) is done


def test_a_refusal_after_a_deed_in_one_dash_reply_keeps_it_in_part(tmp_path):
    # in an interview, a reply opened by « — » answers one question: a refusal after the deed it
    # promises turns down a part of what was asked; in a paragraph of its own, it names another thing
    _, units = _units(tmp_path, "interview.md", (
        "# Vélo : les lycéens ont proposé, la mairie répond\n\nLe conseil des lycéens a remis un avis.\n\n"
        "Et au lycée ?\n\n"
        "— Vingt arceaux seront posés devant le lycée en mai. Les casiers ne sont pas prévus : la place manque.\n\n"
        "La piste du quai sera éclairée en 2027. Les bancs ne sont pas prévus : la place manque.\n"))
    assert [(u.kind, u.state) for u in units] == [
        ("action", "Retenue en partie"), ("decision", "non retenue"),
        ("action", ""), ("decision", "non retenue"),
    ]


def test_an_authority_named_as_a_complement_refuses_nothing():
    # « la commune ne financera pas … » turns a demand down; « le guichet de la commune ne fermera
    # pas » keeps the guichet: the authority is not the subject
    from nlp_stn.segment.tables import _REFUSAL
    assert _REFUSAL.search("La commune ne financera pas ce projet.")
    assert not _REFUSAL.search("Le guichet de la commune ne fermera pas.")
    assert not _REFUSAL.search("Le marché du département ne disparaîtra pas.")


def test_a_passive_future_with_a_two_word_adverb_commits():
    # « seront d'ailleurs formés », « sera par ailleurs étendu »: the adverb of two words is passed
    # over as « aussi » is; not « nous serons d'ailleurs présents », a state
    from nlp_stn.segment.language import _Language
    lang = _Language(SETTINGS)
    assert lang.commitment("Les animateurs seront d'ailleurs formés aux premiers secours.")
    assert lang.commitment("Le réseau de chaleur sera par ailleurs étendu au collège.")
    assert not lang.commitment("Nous serons d'ailleurs présents au forum des associations.")


def test_a_projet_de_territoire_is_an_authoritys_strategy():
    # « Projet de territoire », « projet d'agglomération »: an intercommunality's strategy, its units
    # actions; a consultation on its making holds demands
    from nlp_stn.segment import title_prior

    assert title_prior("Projet de territoire 2026-2032") == "action"
    assert title_prior("Notre projet d'agglomération à l'horizon 2035") == "action"
    assert title_prior("Concertation pour l'élaboration du projet de territoire") == "recommendation"
    assert title_prior("Un projet pour le territoire") == ""


def test_a_labelled_kicker_over_a_larger_title_gives_the_axis_its_title(tmp_path):
    # « AXE 1 · RÉSEAUX » in small capitals over « Un village relié » in large type, as a brochure
    # sets its axes: the kicker gives the label, the title below is the axis's text; the
    # subheadings and paragraphs below sit under it
    _, units = _units(tmp_path, "plan.md", (
        "# Plan numérique communal 2027-2030\n\n"
        "###### AXE 1 · RÉSEAUX\n\n## Un village relié\n\n### Le très haut débit\n\n"
        "La commune installera deux bornes wifi à la salle des fêtes en 2027.\n\n"
        "###### AXE 2 · SERVICES\n\n## Des démarches simples\n\n### Un guichet\n\n"
        "Un guichet unique sera ouvert en mairie le samedi matin.\n"))
    assert [(u.kind, u.label, u.text, u.heading) for u in units] == [
        ("objective", "Axe 1", "Un village relié", "Plan numérique communal 2027-2030"),
        ("action", "", "La commune installera deux bornes wifi à la salle des fêtes en 2027.",
         "Plan numérique communal 2027-2030 > AXE 1 · RÉSEAUX – Un village relié > Le très haut débit"),
        ("objective", "Axe 2", "Des démarches simples", "Plan numérique communal 2027-2030"),
        ("action", "", "Un guichet unique sera ouvert en mairie le samedi matin.",
         "Plan numérique communal 2027-2030 > AXE 2 · SERVICES – Des démarches simples > Un guichet"),
    ]


def test_an_engagement_named_by_a_verbless_phrase_on_a_page_of_headed_engagements(tmp_path):
    # under « Nos engagements », each short heading over one paragraph: « Un guichet unique pour
    # toutes vos démarches. » names the thing promised, an action like its siblings; the same kind
    # of phrase under a section that announces no actions (« Notre commune ») is none
    md = ("# Plan numérique communal 2027-2030\n\n## {section}\n\n"
          "### Le wifi\n\nLa commune installera le wifi dans les salles publiques.\n\n"
          "### Les démarches\n\nUn guichet unique pour toutes vos démarches.\n\n"
          "### Les écoles\n\nÉquiper chaque école d'un vidéoprojecteur.\n")
    _, units = _units(tmp_path, "plan.md", md.format(section="Nos engagements"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "La commune installera le wifi dans les salles publiques."),
        ("action", "Un guichet unique pour toutes vos démarches."),
        ("action", "Équiper chaque école d'un vidéoprojecteur."),
    ]
    _, units = _units(tmp_path, "plan.md", md.format(section="Notre commune").replace(
        "Un guichet unique pour toutes vos démarches.", "Une mairie ouverte aux habitants."))
    assert "Une mairie ouverte aux habitants." not in [u.text for u in units]


def test_a_post_it_of_one_word_is_no_unit(tmp_path):
    """An idea wall's export (Padlet: « Section », « Subject », « Body »): a post-it of one word,
    with no body or emojis only, names a topic and asks nothing; the board's section is the
    category of its post-its."""
    _, units = _units(tmp_path, "mur.csv", (
        "Section,Subject,Body,Author,Created At\n"
        "📚 Médiathèque,HORAIRES,🙏🙏,Anonyme,2026-03-02 10:00:00 UTC\n"
        "📚 Médiathèque,Ouvrir le dimanche,Ouvrir la médiathèque le dimanche après-midi.,Léa,2026-03-02 10:05:00 UTC\n"
        "🌳 Parc,Bancs,,Anonyme,2026-03-03 09:00:00 UTC\n"
        "🌳 Parc,Ombre,Planter des arbres près des jeux,Paul,2026-03-03 09:10:00 UTC\n"))
    assert [(u.kind, u.heading, u.text) for u in units] == [
        ("recommendation", "📚 Médiathèque", "Ouvrir le dimanche\nOuvrir la médiathèque le dimanche après-midi."),
        ("recommendation", "🌳 Parc", "Ombre\nPlanter des arbres près des jeux"),
    ]


def test_a_card_holding_two_asks_under_its_title_gives_two_demands(tmp_path):
    # a board's card (title and text): « Et » and an infinitive, or « Et » and a thing named
    # without a verb of its own (whom it is for may follow), opens one more ask; the title heads
    # the first; a finding after an ask stays with it
    _, units = _units(tmp_path, "mur.csv", (
        "Section,Subject,Body,Author\n"
        'Idées,Le lavoir,"Nettoyer le lavoir du bas. Et remettre la pompe en état !",Anonyme\n'
        'Idées,Sport,"Un terrain de basket au parc.\nEt un préau au stade pour ceux qui attendent le car.",Léa\n'
        'Idées,Bancs,"Des bancs au parc. Et les anciens seraient contents.",Paul\n'))
    assert [(u.kind, u.heading, u.text) for u in units] == [
        ("recommendation", "Idées", "Le lavoir\nNettoyer le lavoir du bas."),
        ("recommendation", "Idées", "Et remettre la pompe en état !"),
        ("recommendation", "Idées", "Sport\nUn terrain de basket au parc."),
        ("recommendation", "Idées", "Et un préau au stade pour ceux qui attendent le car."),
        ("recommendation", "Idées", "Bancs\nDes bancs au parc. Et les anciens seraient contents."),
    ]
    # a contribution numbered by its platform stays whole: the answers cite it by its number
    _, units = _units(tmp_path, "export.csv", (
        "id,titre,description\n"
        '12,Le lavoir,"Nettoyer le lavoir du bas. Et remettre la pompe en état !"\n'))
    assert [(u.label, u.text) for u in units] == [
        ("12", "Le lavoir\nNettoyer le lavoir du bas. Et remettre la pompe en état !")]


def test_a_questions_and_answers_page_is_an_authority_s_answer():
    from nlp_stn.segment import title_prior

    assert title_prior("Vos questions, nos réponses") == "action"
    assert title_prior("Foire aux questions sur le plan vélo") == "action"
    assert title_prior("Questions-réponses : la nouvelle médiathèque") == "action"
    assert title_prior("FAQ du stationnement") == "action"
    assert title_prior("Questions posées par les habitants") == ""


def test_a_page_answering_the_public_s_ideas_one_by_one_is_an_authority_s_answer():
    # a town magazine's special issue after a consultation: « Vos idées, nos réponses »
    from nlp_stn.segment import title_prior

    assert title_prior("Vos idées, nos réponses") == "action"
    assert title_prior("Vos propositions : nos réponses") == "action"
    assert title_prior("Vos suggestions et nos réponses") == "action"
    assert title_prior("Vos idées pour le bourg") == ""


def test_the_answers_of_a_faq_page_are_actions_and_decisions(tmp_path):
    # accordions under a page titled as questions and answers: an event to come (« aura lieu »),
    # a statement announcing the commitment after its colon, a refusal with its object as a
    # pronoun, the authority's choice not to do something
    _, units = _units(tmp_path, "faq.html", (
        "<html><body><header><nav><a href='/'>Accueil</a></nav></header><main>"
        "<h1>Vos questions, nos réponses</h1>"
        "<h2>Sports</h2>"
        "<details><summary>Quand ouvrira le nouveau gymnase ?</summary>"
        "<p>Une visite du chantier aura lieu le 4 mai pour les clubs.</p>"
        "<p>Oui, c'est une promesse de la municipalité : la salle de danse restera ouverte pendant les travaux.</p></details>"
        "<details><summary>Y aura-t-il un mur d'escalade ?</summary>"
        "<p>Dans le gymnase, nous ne l'installerons pas : la hauteur sous plafond est insuffisante.</p>"
        "<p>Nous avons fait le choix de ne pas construire de tribune, pour garder le budget des vestiaires.</p></details>"
        "</main></body></html>"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Une visite du chantier aura lieu le 4 mai pour les clubs."),
        ("action", "Oui, c'est une promesse de la municipalité : la salle de danse restera ouverte pendant les travaux."),
        ("decision", "Dans le gymnase, nous ne l'installerons pas : la hauteur sous plafond est insuffisante."),
        ("decision", "Nous avons fait le choix de ne pas construire de tribune, pour garder le budget des vestiaires."),
    ]


def test_a_bare_no_then_what_will_not_be_is_a_refusal(tmp_path):
    # « Non. » as a sentence of its own, then a clause denying what will be: the answer turns the
    # question's demand down; « Oui. » then a commitment is an action; « Non. » then a fact that
    # denies nothing is no refusal
    _, units = _units(tmp_path, "faq.md", (
        "# Vos questions, nos réponses\n\n"
        "Non. Le terrain de tennis ne pourra pas être couvert : le sol ne le supporte pas.\n\n"
        "Oui. Un second terrain sera tracé en 2027.\n\n"
        "Non. Le club utilise déjà la salle le mardi.\n"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("decision", "Le terrain de tennis ne pourra pas être couvert : le sol ne le supporte pas.", "non retenue"),
        ("action", "Un second terrain sera tracé en 2027.", ""),
    ]


def test_what_the_council_voted_told_in_an_answer_is_a_decision(tmp_path):
    # « Le conseil municipal a voté / a décidé de / a instauré … » in an authority's answer: what
    # its assembly decided; a body approving in the present stays an action
    _, units = _units(tmp_path, "reponses.md", (
        "# Vos idées, nos réponses\n\n"
        "Le conseil municipal a voté, le 2 mars, la gratuité du bus le samedi.\n\n"
        "Le 2 mars, le conseil communautaire a décidé de rouvrir la déchetterie le lundi.\n\n"
        "Le comité valide le recrutement d'un animateur.\n\n"
        "Le conseil municipal a délibéré sur ce point le 2 février.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("decision", "Le conseil municipal a voté, le 2 mars, la gratuité du bus le samedi."),
        ("decision", "Le 2 mars, le conseil communautaire a décidé de rouvrir la déchetterie le lundi."),
        ("action", "Le comité valide le recrutement d'un animateur."),
    ]


def test_a_count_to_reach_after_objectif_is_an_indicator(tmp_path):
    # « Objectif : 40 arceaux posés … » counts things to reach, a target measured; « Objectif : 100 %
    # des … » and « Objectif : rendre … » state what to reach, objectives
    _, units = _units(tmp_path, "plan.md", (
        "# Plan vélo 2027-2030\n\n"
        "Objectif : 40 arceaux posés d'ici fin 2027.\n\n"
        "Objectif : 100 % des écoles desservies par une piste.\n\n"
        "Objectif : rendre le vélo sûr pour les collégiens.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("indicator", "40 arceaux posés d'ici fin 2027"),
        ("objective", "100 % des écoles desservies par une piste"),
        ("objective", "rendre le vélo sûr pour les collégiens"),
    ]


def test_the_public_s_questions_quoted_in_an_answer_box_are_no_units(tmp_path):
    # a magazine's box « Vos idées, nos réponses »: each question of the public in quotation marks
    # over its answer is restated, not put to the authority; a quoted question left unanswered stays
    _, units = _units(tmp_path, "reponses.md", (
        "# Vos idées, nos réponses\n\n"
        "« Des bancs au parc du Moulin ? »\n\n"
        "Oui. Six bancs seront posés au parc du Moulin en mai.\n\n"
        "« Et un abri au stade ? »\n\n"
        "« Qui paiera les travaux ? »\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Six bancs seront posés au parc du Moulin en mai."),
        ("question", "Et un abri au stade ?"),
        ("question", "Qui paiera les travaux ?"),
    ]


def test_a_survey_answer_holding_two_asks_gives_two_demands(tmp_path):
    # « Il faudrait aussi … », « Et (aussi) » before an infinitive open one more ask; the reasons
    # after an ask stay with it; « Et pourtant … » or a single ask stay whole
    _, units = _units(tmp_path, "reponses.csv", (
        '"id";"submitdate";"G01Q01. Vos propositions pour le quartier ?"\n'
        '"1";"2026-03-02 10:00:00";"Créer un jardin partagé près du collège. Il faudrait aussi des bancs à l\'ombre. '
        'Les anciens n\'ont nulle part où s\'asseoir."\n'
        '"2";"2026-03-02 11:00:00";"Une navette le samedi vers le marché. Et aussi repeindre le préau de l\'école."\n'
        '"3";"2026-03-03 09:00:00";"Réparer l\'éclairage de la rue haute. Et pourtant nous l\'avons signalé deux fois."\n'))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "1", "Créer un jardin partagé près du collège."),
        ("recommendation", "1", "Il faudrait aussi des bancs à l'ombre. Les anciens n'ont nulle part où s'asseoir."),
        ("recommendation", "2", "Une navette le samedi vers le marché."),
        ("recommendation", "2", "Et aussi repeindre le préau de l'école."),
        ("recommendation", "3", "Réparer l'éclairage de la rue haute. Et pourtant nous l'avons signalé deux fois."),
    ]


def test_a_survey_answer_adding_a_thing_after_et_aussi_on_its_own_line_gives_two_demands(tmp_path):
    # « Et aussi » and a thing named without a verb, its reason after a comma, on the answer's
    # second line: one more demand; « Et aussi la rue est sale » (a verb) stays with the first
    _, units = _units(tmp_path, "reponses.csv", (
        '"id";"submitdate";"G01Q01. Vos propositions pour le quartier ?"\n'
        '"1";"2026-03-02 10:00:00";"Un abri pour les vélos devant la médiathèque.\n'
        'Et aussi des cours de couture pour les débutants le samedi matin, il n\'y en a nulle part."\n'
        '"2";"2026-03-02 11:00:00";"Un abri pour les poussettes devant la crèche.\nEt aussi la rue est sale, personne ne passe."\n'))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "1", "Un abri pour les vélos devant la médiathèque."),
        ("recommendation", "1", "Et aussi des cours de couture pour les débutants le samedi matin, il n'y en a nulle part."),
        ("recommendation", "2", "Un abri pour les poussettes devant la crèche.\nEt aussi la rue est sale, personne ne passe."),
    ]

def test_a_study_of_the_thing_itself_and_a_study_to_be_carried_out_are_under_study():
    from nlp_stn.segment.vocabulary import _STUDY_ONLY

    assert _STUDY_ONLY.match("D'ici 2028, nous étudierons avec les bailleurs un dispositif de prêt de vélos.")
    assert _STUDY_ONLY.match("Une étude sera menée en 2027 sur la rénovation du gymnase.")
    assert not _STUDY_ONLY.match("Nous étudierons les besoins et ouvrirons un guichet en 2028.")
    assert not _STUDY_ONLY.match("Une étude sera lancée puis les travaux commenceront.")
    assert not _STUDY_ONLY.match("D'ici 2028, nous ouvrirons un guichet.")


def test_a_thing_named_with_an_indefinite_article_to_be_studied_is_under_study():
    # « Une navette … sera étudiée lors de la révision » as « La navette … sera étudiée »: a study only
    from nlp_stn.segment.vocabulary import _STUDY_ONLY

    assert _STUDY_ONLY.match("Une navette vers la zone d'activités sera étudiée lors de la révision du schéma.")
    assert _STUDY_ONLY.match("Un second arrêt au lotissement des Chênes sera examiné avec le Département.")
    assert not _STUDY_ONLY.match("Une navette vers la zone d'activités sera créée en 2027.")
    assert not _STUDY_ONLY.match("Un arrêt sera étudié avec les riverains puis créé en 2028.")


def test_a_numbered_refusal_section_after_a_leadin_naming_proposals_decides(tmp_path):
    # « 4. Les propositions non retenues » (a chapter number before the title) and a lead-in that
    # names what it turns down (« … n'a pas retenu les propositions suivantes : »): its items are
    # decisions, not demands restated
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan d'actions pour la jeunesse 2027-2030</h1><h2>1. Nos actions</h2>"
        "<h3>Action 1 : Ouvrir un local pour les jeunes</h3><p>La commune l'ouvrira en 2028.</p>"
        "<h3>Action 2 : Créer un conseil des jeunes</h3><p>Il sera élu en 2027.</p>"
        "<h3>Action 3 : Aider le permis de conduire</h3><p>Une aide de 300 euros sera versée.</p>"
        "<h2>4. Les propositions non retenues</h2>"
        "<p>Après examen, le bureau n'a pas retenu les propositions suivantes, faites lors des réunions :</p>"
        "<ul><li>La gratuité de la piscine pour les lycéens n'est pas retenue : son coût serait trop élevé.</li>"
        "<li>Le skatepark du centre n'est pas retenu à ce stade, faute de terrain disponible.</li></ul>"))
    assert [(u.kind, u.text, u.state) for u in units][-2:] == [
        ("decision", "La gratuité de la piscine pour les lycéens n'est pas retenue : son coût serait trop élevé.",
         "non retenue"),
        ("decision", "Le skatepark du centre n'est pas retenu à ce stade, faute de terrain disponible.", "non retenue"),
    ]


def test_section_title_drops_a_chapter_number():
    from nlp_stn.segment.priors import section_title
    assert section_title("4. Les demandes non retenues") == "Les demandes non retenues"
    assert section_title("IV – Perspectives") == "Perspectives"
    assert section_title("2.1 Réalisations 2024") == "Réalisations 2024"
    assert section_title("2026 en chiffres") == "2026 en chiffres"
    assert section_title("1 200 habitants") == "1 200 habitants"


def test_saying_where_the_refusals_are_turns_nothing_down():
    # « celles qui n'ont pas été retenues sont présentées … »: a demonstrative's relative clause
    # tells where the refusals are; the same negation with a thing as subject refuses it
    from nlp_stn.segment.tables import refuses
    assert not refuses("Les avis ont été examinés ; celles qui n'ont pas été retenues sont présentées en annexe.")
    assert not refuses("Ceux qui ne sont pas retenus figurent à la fin du document.")
    assert refuses("Cette proposition n'a pas été retenue.")
    assert refuses("La navette, qui n'est pas retenue, coûterait trop cher.")


def test_a_plans_diagnosis_table_of_key_figures_gives_no_indicators(tmp_path):
    # under « 1. Diagnostic », a table « Indicateur | Valeur » describes the territory today;
    # the same columns in a fiche of the plan name what it will measure
    table = ("<table><tr><th>Indicateur</th><th>Valeur</th></tr>"
             "<tr><td>Foyers raccordés au réseau de chaleur</td><td>1 240</td></tr>"
             "<tr><td>Part des trajets faits à vélo</td><td>4 %</td></tr></table>")
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan climat de la commune 2027-2032</h1>"
        f"<h2>1. Diagnostic du territoire</h2><p>Le territoire compte 12 000 habitants.</p>{table}"
        "<h2>2. Nos actions</h2><h3>Action 1 : Étendre le réseau de chaleur</h3>"
        "<p>La commune raccordera 300 foyers de plus en 2028.</p>"
        "<h3>Action 2 : Aménager des pistes cyclables</h3><p>Dix kilomètres seront aménagés.</p>"
        f"<h3>Action 3 : Suivre le plan</h3>{table}"))
    assert [(u.kind, u.text) for u in units if u.kind == "indicator"] == [
        ("indicator", "Foyers raccordés au réseau de chaleur"),
        ("indicator", "Part des trajets faits à vélo"),
    ]
    assert all(u.heading.endswith("Action 3 : Suivre le plan") or u.kind != "indicator" for u in units)


def test_an_answer_item_running_since_a_date_is_a_done_action(tmp_path):
    page = (
        "# Suites données à la concertation sur le numérique\n\n"
        "## Services aux habitants\n\n"
        "- Une borne de prêt de livres fonctionne à la mairie annexe depuis avril 2025.\n"
        "- Depuis septembre 2026, un agent du CCAS tient une permanence d'aide aux démarches chaque mardi matin.\n"
        "- Les habitants du quartier attendent la fibre depuis 2019.\n"
        "- Depuis 2022, le syndicat a raccordé les écoles au très haut débit.\n"
        "- Le service de réservation ne fonctionne plus depuis mars 2025.\n\n"
        "La salle informatique est ouverte au public depuis janvier 2024.\n")
    _, segments = _units(tmp_path, "suites-donnees.md", page)
    assert [(s.kind, s.state, s.text) for s in segments] == [
        ("action", "Réalisée", "Une borne de prêt de livres fonctionne à la mairie annexe depuis avril 2025."),
        ("action", "Réalisée",
         "Depuis septembre 2026, un agent du CCAS tient une permanence d'aide aux démarches chaque mardi matin."),
    ]


def test_things_made_able_and_all_things_done_in_an_answer_are_actions(tmp_path):
    page = (
        "# Suites données à la concertation sur le numérique\n\n"
        "Les 12 maisons du hameau seront raccordables à la fibre au printemps 2027.\n\n"
        "Les horaires des déchetteries seront consultables en ligne dès janvier.\n\n"
        "Le nouveau réseau sera durable.\n\n"
        "Chaque progrès sera capitalisable soit en interne soit en externe.\n\n"
        "Toutes les écoles ont été équipées de tableaux numériques en 2025.\n")
    _, segments = _units(tmp_path, "suites-donnees.md", page)
    assert [(s.kind, s.state, s.text) for s in segments] == [
        ("action", "", "Les 12 maisons du hameau seront raccordables à la fibre au printemps 2027."),
        ("action", "", "Les horaires des déchetteries seront consultables en ligne dès janvier."),
        ("action", "Réalisée", "Toutes les écoles ont été équipées de tableaux numériques en 2025."),
    ]


def test_the_paragraph_under_a_title_of_refusals_is_a_decision(tmp_path):
    page = (
        "# Suites données à la concertation sur le numérique\n\n"
        "## Non retenu\n\n"
        "Pas de navette électrique le dimanche : la fréquentation prévue est trop faible.\n\n"
        "## Ce que nous ne ferons pas\n\n"
        "Aucune caméra dans le parc : le conseil s'y est opposé.\n\n"
        "Merci à tous les participants.\n")
    _, segments = _units(tmp_path, "suites-donnees.md", page)
    assert [(s.kind, s.state, s.text) for s in segments] == [
        ("decision", "non retenue", "Pas de navette électrique le dimanche : la fréquentation prévue est trop faible."),
        ("decision", "non retenue", "Aucune caméra dans le parc : le conseil s'y est opposé."),
    ]


def test_the_paragraphs_a_lead_in_introduces_under_an_authority_s_title_of_refusals_are_decisions(tmp_path):
    # « Ce que la Région ne peut pas faire » (the authority named), then a lead-in ending with « : »:
    # each paragraph it introduces is a refusal, up to the next heading; « … ne peut pas faire
    # seule » calls for partners, no refusal
    page = (
        "# Plan d'actions pour les mobilités rurales 2028-2032\n\n"
        "## Ce que la Région ne peut pas faire\n\n"
        "Plusieurs attentes des habitants ne relèvent pas de la compétence régionale :\n\n"
        "L'entretien des routes communales relève des communes et de leurs groupements.\n\n"
        "Le prix des taxis n'entre pas dans les aides régionales ; il est fixé par arrêté préfectoral.\n\n"
        "## Ce que la Région ne peut pas faire seule\n\n"
        "La Région ouvrira une ligne de car entre Morlange et Brasseval en 2029.\n")
    _, segments = _units(tmp_path, "plan-mobilites.md", page)
    assert [(s.kind, s.state, s.text) for s in segments] == [
        ("decision", "non retenue", "L'entretien des routes communales relève des communes et de leurs groupements."),
        ("decision", "non retenue",
         "Le prix des taxis n'entre pas dans les aides régionales ; il est fixé par arrêté préfectoral."),
        ("action", "", "La Région ouvrira une ligne de car entre Morlange et Brasseval en 2029."),
    ]


def test_a_measure_with_its_target_after_a_colon_is_an_indicator_in_a_plan(tmp_path):
    # « Part des … : 100 % fin 2030 », « Nombre de … : 300 par an » under « Suivi du plan »: a
    # measure and its target; a figure alone or one of a past year describes the territory
    page = (
        "# Plan d'actions pour les mobilités rurales 2028-2032\n\n"
        "## Le territoire\n\n"
        "Nombre de communes : 42\n\n"
        "Part des ménages sans voiture : 9 % en 2024.\n\n"
        "## Suivi du plan\n\n"
        "Part des habitants à moins de dix minutes d'un arrêt de car : 90 % fin 2030.\n\n"
        "Nombre de trajets de transport à la demande : 12 000 par an.\n")
    _, segments = _units(tmp_path, "plan-mobilites.md", page)
    assert [(s.kind, s.text) for s in segments] == [
        ("indicator", "Part des habitants à moins de dix minutes d'un arrêt de car : 90 % fin 2030."),
        ("indicator", "Nombre de trajets de transport à la demande : 12 000 par an."),
    ]


def test_a_budget_published_as_open_data_in_an_answer_is_an_action(tmp_path):
    page = (
        "# Suites données à la concertation sur le numérique\n\n"
        "Le budget primitif 2028 sera publié en données ouvertes sur le portail régional dès son vote.\n\n"
        "Les crédits nécessaires seront inscrits au budget 2028.\n")
    _, segments = _units(tmp_path, "suites-donnees.md", page)
    assert [(s.kind, s.text) for s in segments] == [
        ("action", "Le budget primitif 2028 sera publié en données ouvertes sur le portail régional dès son vote."),
    ]


def test_the_minutes_or_the_budget_of_an_assembly_are_no_follow_up_of_the_plan(tmp_path):
    # « les comptes rendus », « le budget » as the subject tell the plan's own follow-up, not when
    # they are those of an assembly or its sittings, things the answer commits to of their own
    page = (
        "# Réponse aux propositions du conseil des sages\n\n"
        "Les comptes rendus des séances du conseil municipal seront affichés en mairie sous quinze jours.\n\n"
        "Le budget du conseil des sages sera porté à 3 000 € en 2028.\n\n"
        "Les crédits nécessaires seront inscrits au budget 2028.\n")
    _, segments = _units(tmp_path, "reponse-sages.md", page)
    assert [(s.kind, s.text) for s in segments] == [
        ("action", "Les comptes rendus des séances du conseil municipal seront affichés en mairie sous quinze jours."),
        ("action", "Le budget du conseil des sages sera porté à 3 000 € en 2028."),
    ]


def test_a_priority_by_its_rank_a_goal_stated_and_a_refusal_with_an_elided_negation(tmp_path):
    # in a plan: « Deuxième priorité : … » alone is an objective, not when it commits (« Premier
    # chantier : nous ouvrirons … »); « L'objectif est clair : … » an objective, « Notre objectif est
    # atteint : … » none; « nous n'agrandirons pas » turns down, « nous ne resterons pas
    # spectateurs » does not; the speaker's resolve (« nous y arriverons ») is no deed
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan d'actions pour les écoles 2027-2030</h1><h2>Les écoles</h2>"
        "<p>Deuxième priorité : la propreté des cours.</p>"
        "<p>Premier chantier : nous ouvrirons une cantine.</p>"
        "<p>Une nouvelle priorité : la cantine.</p>"
        "<p>L’objectif est clair : d’ici 2030, chaque école aura son jardin.</p>"
        "<p>Notre objectif est atteint : toutes les écoles ont un jardin.</p>"
        "<p>Nous ne resterons pas spectateurs. Je vous le dis : nous n’agrandirons pas le gymnase.</p>"
        "<p>Ensemble, nous y arriverons.</p>"))
    assert [(u.kind, u.state, u.text) for u in units] == [
        ("objective", "", "Deuxième priorité : la propreté des cours."),
        ("action", "", "Premier chantier : nous ouvrirons une cantine."),
        ("objective", "", "L’objectif est clair : d’ici 2030, chaque école aura son jardin."),
        ("decision", "non retenue", "Je vous le dis : nous n’agrandirons pas le gymnase."),
    ]


def test_the_authority_s_own_goal_after_que_or_de_is_an_objective(tmp_path):
    # « Notre objectif est que … » / « … est de … »: the goal it sets itself, the whole sentence;
    # « Notre objectif est atteint » stays none
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan d'actions pour les écoles 2027-2030</h1><h2>Les écoles</h2>"
        "<p>Notre objectif est qu'aucune école ne reste sans cantine d'ici 2030.</p>"
        "<p>Notre objectif est de rénover toutes les cours avant la fin du mandat.</p>"
        "<p>Notre objectif est atteint : toutes les écoles ont un jardin.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "Notre objectif est qu'aucune école ne reste sans cantine d'ici 2030."),
        ("objective", "Notre objectif est de rénover toutes les cours avant la fin du mandat."),
    ]


def test_a_speech_presenting_a_plan_commits_to_what_it_says_will_be_done_whatever_its_subject(tmp_path):
    # « Seul le prononcé fait foi » under « Discours de … »: the head of the authority speaks for it,
    # a thing or its people as the subject of a verb in the future commit it (« un point d'accueil
    # ouvrira », « notre éducatrice accompagnera »), a pronoun too when the verb names a thing
    # (« elles animeront des ateliers », not « Elle vivra avec vous »); its title line « Présentation du … » is no
    # section of generalities; the same sentences in a plan are no commitment (see
    # test_segment_language)
    speech = ("<p>Cabinet du Maire</p><h1>Discours de Mme Anne Le Du, maire de Kerbihan</h1>"
              "<h1>Présentation du plan jeunesse 2027-2030</h1><p><i>Seul le prononcé fait foi.</i></p>"
              "<p>Mesdames et Messieurs les élus,</p>"
              "<p>Première priorité : la jeunesse.</p>"
              "<p>Depuis 2020, nous avons rénové deux écoles. Ce n’est pas assez.</p>"
              "<p>Un conseiller jeunesse sera recruté au printemps. Avec lui, un point d’accueil ouvrira chaque "
              "mercredi à la maison des associations.</p>"
              "<p>Et notre éducatrice accompagnera les collégiens dans leurs stages.</p>"
              "<p>Cet hiver, elles animeront des ateliers de théâtre.</p>"
              "<p>Cette stratégie est la vôtre. Elle vivra avec vous.</p>"
              "<p>Je vous remercie.</p>")
    _, units = _units(tmp_path, "discours.html", speech)
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "Première priorité : la jeunesse."),
        ("action", "Un conseiller jeunesse sera recruté au printemps."),
        ("action", "Avec lui, un point d’accueil ouvrira chaque mercredi à la maison des associations."),
        ("action", "Et notre éducatrice accompagnera les collégiens dans leurs stages."),
        ("action", "Cet hiver, elles animeront des ateliers de théâtre."),
    ]
    _, units = _units(tmp_path, "plan.html", speech.replace("<p><i>Seul le prononcé fait foi.</i></p>", "").replace(
        "Discours de Mme Anne Le Du, maire de Kerbihan", "Mairie de Kerbihan").replace("Présentation du plan", "Plan"))
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "Première priorité : la jeunesse."),
        ("action", "Un conseiller jeunesse sera recruté au printemps."),
    ]


def test_a_title_saying_nos_idees_holds_demands():
    from nlp_stn.segment import title_prior

    assert title_prior("Nos idées pour le quartier de la gare") == "recommendation"
    assert title_prior("Conseil des enfants – nos souhaits pour l'école") == "recommendation"
    assert title_prior("Les idées reçues sur le numérique") == ""


def test_a_pads_comments_under_an_idea_are_no_ideas(tmp_path):
    # a pad of ideas (« Nos idées … »): items as nouns or wishes are ideas; a sub-item that asks
    # nothing (a detail, hashtags, an aside in brackets, a participant's remark after her name)
    # comments on the idea above; one that wishes more (« et qu'il … ») or asks by its verb is one
    # more idea
    _, units = _units(tmp_path, "pad.md", (
        "# Nos idées pour le parc\n\n## Commission loisirs\n\n"
        "- Des jeux d'eau pour les petits quand il fait chaud +1 +1\n"
        "    - avec des douches comme à la plage !!\n"
        "    - Zoé : mon oncle en a vu à Poitiers, on peut lui demander\n"
        "    - Inès : installer aussi une fontaine à boire\n"
        "    - #été #chaleur\n"
        "    - (le robinet du parc il faut le demander au gardien)\n"
        "- Que le kiosque soit ouvert le dimanche +1\n"
        "    - et qu'il y ait des concerts l'été\n"
        "    - installer des transats devant le kiosque\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Des jeux d'eau pour les petits quand il fait chaud"),
        ("recommendation", "Inès : installer aussi une fontaine à boire"),
        ("recommendation", "Que le kiosque soit ouvert le dimanche"),
        ("recommendation", "et qu'il y ait des concerts l'été"),
        ("recommendation", "installer des transats devant le kiosque"),
    ]


def test_a_measure_the_authority_will_report_is_an_indicator(tmp_path):
    # « Le nombre de … sera présenté / publié … »: a measure as the subject, reported in the
    # future, in an authority's plan: an indicator; in an opinion it is no unit of the plan's
    _, units = _units(tmp_path, "plan-numerique-commune.md", (
        "# Plan numérique de la commune\n\n## Notes\n\n"
        "La commune ouvrira un espace numérique à la mairie en 2028.\n\n"
        "La part des démarches faites en ligne sera publiée chaque semestre sur le site de la ville.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "La commune ouvrira un espace numérique à la mairie en 2028."),
        ("indicator", "La part des démarches faites en ligne sera publiée chaque semestre sur le site de la ville."),
    ]


def test_not_its_budget_is_not_the_authority_s_to_do(tmp_path):
    # « … ne relève pas du budget communal »: not its money to spend, a decision turning it down,
    # as « ne relève pas de nos compétences »
    _, units = _units(tmp_path, "plan-numerique-commune.md", (
        "# Plan numérique de la commune\n\n## Notes\n\n"
        "La commune ouvrira un espace numérique à la mairie en 2028.\n\n"
        "Le câblage du lycée a été signalé à la Région ; il ne relève pas du budget communal.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "La commune ouvrira un espace numérique à la mairie en 2028."),
        ("decision", "Le câblage du lycée a été signalé à la Région ; il ne relève pas du budget communal."),
    ]


def test_an_answer_page_declining_by_non_or_naming_another_body_and_a_yes_running_since(tmp_path):
    # a page of questions and answers: « Non … : » then the reason declines the demand; so does the
    # matter put first as another body's (« relèvent du syndicat des eaux : … »), not the authority's
    # own (« relève de la compétence des communes »), nor « Certaines demandes relèvent de … »; « Non,
    # mais … » goes on with a deed, « Non, l'accès est libre » declines nothing; « Oui, depuis 2025, »
    # and a deed in place in the present is done
    _, units = _units(tmp_path, "faq.html", (
        "<h1>Vos questions, nos réponses</h1><h2>Le bourg</h2>"
        "<details><summary>Le marché aura-t-il lieu le dimanche ?</summary>"
        "<p>Non pour le dimanche : les commerçants ambulants sont déjà pris sur d'autres marchés.</p></details>"
        "<details><summary>Un composteur au stade ?</summary>"
        "<p>Non, pas cette année : le terrain doit d'abord être drainé.</p></details>"
        "<details><summary>Les fuites d'eau ?</summary>"
        "<p>Les fuites sur le réseau relèvent du syndicat des eaux : appelez son numéro d'urgence.</p></details>"
        "<details><summary>Les cantines ?</summary>"
        "<p>La restauration des écoles relève de la compétence des communes.</p>"
        "<p>Certaines demandes relèvent de l'État : nous les lui avons transmises.</p></details>"
        "<details><summary>La salle est-elle payante ?</summary><p>Non, l'accès est libre.</p></details>"
        "<details><summary>Des bancs ?</summary>"
        "<p>Non, mais la commune installera trois tables de pique-nique au printemps.</p></details>"
        "<details><summary>Peut-on payer en ligne ?</summary>"
        "<p>Oui, depuis janvier 2025, le portail famille permet de payer la cantine par carte.</p></details>"))
    assert [(u.kind, u.state, u.text) for u in units] == [
        ("decision", "non retenue",
         "Non pour le dimanche : les commerçants ambulants sont déjà pris sur d'autres marchés."),
        ("decision", "non retenue", "Non, pas cette année : le terrain doit d'abord être drainé."),
        ("decision", "non retenue",
         "Les fuites sur le réseau relèvent du syndicat des eaux : appelez son numéro d'urgence."),
        ("action", "", "Non, mais la commune installera trois tables de pique-nique au printemps."),
        ("action", "Réalisée", "Oui, depuis janvier 2025, le portail famille permet de payer la cantine par carte."),
    ]


def test_an_answer_under_a_question_naming_the_plans_follow_up_commits_to_it(tmp_path):
    # on a page of questions and answers, the plan's follow-up is what the question asked when the
    # question names it (« comité », « suivi », « bilan » …); not under « Et maintenant ? »
    _, units = _units(tmp_path, "faq.html", (
        "<h1>Vos questions, nos réponses</h1><h2>Le plan vélo</h2>"
        "<details><summary>Les associations feront-elles partie du comité de suivi ?</summary>"
        "<p>Oui, trois associations d'usagers siégeront au comité de suivi du plan vélo.</p></details>"
        "<h2>Et maintenant ?</h2>"
        "<p>Le comité de suivi du plan vélo se réunira en mars. Le plan sera soumis au conseil en juin.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Oui, trois associations d'usagers siégeront au comité de suivi du plan vélo."),
    ]


def test_a_press_release_announces_what_the_authority_will_do_whatever_its_subject(tmp_path):
    # « COMMUNIQUÉ DE PRESSE » at the top of an authority's release: like a speech, it announces
    # its deeds, a thing as the subject of a verb in the future commits it (« La halle accueillera
    # … », « Le portail permettra … », « Une réunion aura lieu … »), and its budget published as
    # open data answers a demand for open data; the same sentences in a plan are no commitment
    release = ("<p>COMMUNIQUÉ DE PRESSE</p><p>Roscoët, le 3 mars 2027</p>"
               "<h1>La ville présente son plan vélo 2027-2030</h1>"
               "<p>La halle de la gare accueillera en 2028 un atelier de réparation de vélos.</p>"
               "<p>Le portail des services permettra en 2027 de louer un vélo en ligne.</p>"
               "<p>Le budget du plan sera publié en données ouvertes dès 2027.</p>"
               "<p>Une réunion publique aura lieu le 12 avril à la mairie.</p>"
               "<p>Contact presse : service communication, 02 98 00 00 00.</p>")
    _, units = _units(tmp_path, "communique.html", release)
    assert [(u.kind, u.text) for u in units] == [
        ("action", "La halle de la gare accueillera en 2028 un atelier de réparation de vélos."),
        ("action", "Le portail des services permettra en 2027 de louer un vélo en ligne."),
        ("action", "Le budget du plan sera publié en données ouvertes dès 2027."),
        ("action", "Une réunion publique aura lieu le 12 avril à la mairie."),
    ]
    _, units = _units(tmp_path, "plan.html", release.replace("<p>COMMUNIQUÉ DE PRESSE</p>", ""))
    assert [(u.kind, u.text) for u in units] == []


def test_what_the_authority_did_then_what_will_follow_is_one_action(tmp_path):
    # « la commune a proposé … ; l'État rendra sa décision … »: what the authority has done, then,
    # after « ; », what will follow it, is one action, the whole sentence; a clause of its own that
    # commits after another that does not keeps its own words. Put to the Region (or the State, a
    # department, their programme), the action is asked of a third party, who decides
    release = ("<p>COMMUNIQUÉ DE PRESSE</p><h1>La ville présente son plan vélo 2027-2030</h1>"
               "<p>Pour le pont de la Lande, la ville a lancé un appel d’offres ; le choix du maître d’œuvre sera "
               "connu en juin.</p>"
               "<p>Les travaux du quai sont longs ; une passerelle provisoire sera posée en mai.</p>")
    _, units = _units(tmp_path, "communique.html", release)
    assert [(u.kind, u.state, u.text) for u in units] == [
        ("action", "", "Pour le pont de la Lande, la ville a lancé un appel d’offres ; le choix du maître d’œuvre sera "
                       "connu en juin."),
        ("action", "", "une passerelle provisoire sera posée en mai."),
    ]
    _, units = _units(tmp_path, "communique.html", release.replace("a lancé un appel d’offres",
                                                                    "a proposé le projet à la Région"))
    assert [(u.kind, u.state) for u in units] == [("action", "Demandée à un tiers"), ("action", "")]


def test_release_notes_sections_give_their_items_a_kind_and_a_state(tmp_path):
    # a software's release notes: « ## Version 3.0 (mars 2028) » over « ### Ajouté », « ### Prévu »,
    # « ### Abandonné », « ### Corrigé »; items are noun phrases, the version headings are no units
    _, units = _units(tmp_path, "CHANGELOG.md", (
        "# Application de la mairie de Saint-Ouvrin\n\n"
        "## Version 3.1 (été 2028)\n\n### Prévu\n\n- Paiement de la cantine en ligne depuis le compte famille (#41).\n\n"
        "## Version 3.0 (mars 2028)\n\n### Ajouté\n\n- Agenda des associations avec un filtre par quartier (#12).\n\n"
        "### Abandonné\n\n- Mode hors connexion (#30) : trop coûteux à maintenir pour l'équipe actuelle.\n\n"
        "## 2.9.1 (12 janvier 2028)\n\n### Corrigé\n\n- Les notifications étaient envoyées deux fois aux abonnés.\n"))
    assert [(u.kind, u.state, u.text) for u in units] == [
        ("action", "", "Paiement de la cantine en ligne depuis le compte famille (#41)."),
        ("action", "Réalisée", "Agenda des associations avec un filtre par quartier (#12)."),
        ("decision", "non retenue", "Mode hors connexion (#30) : trop coûteux à maintenir pour l'équipe actuelle."),
        ("action", "Réalisée", "Les notifications étaient envoyées deux fois aux abonnés."),
    ]


def test_fate_headings_without_a_version_above_them_are_no_release_notes(tmp_path):
    _, units = _units(tmp_path, "notes.md", (
        "# Notes du groupe de travail\n\n## Ajouté\n\n- Agenda des associations avec un filtre par quartier.\n\n"
        "## Abandonné\n\n- Mode hors connexion : trop coûteux à maintenir pour l'équipe actuelle.\n"))
    assert units == []


def _tickets(tmp_path, rows):
    import csv
    path = tmp_path / "tickets.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Title", "Description", "Issue ID", "State"])
        writer.writerows(rows)
    return segment(extract(path, SETTINGS), SETTINGS)


def test_a_ticket_written_in_markdown_gives_its_demands_one_unit_each(tmp_path):
    # an issue tracker's export: the description's template comment, context, quoted reply and
    # ticked-off items are no demands; a description without Markdown stays one unit with its title
    units = _tickets(tmp_path, [
        ["Horaires de la piscine", "<!-- Modèle : suggestion -->\n\n### Contexte\n\nLes horaires changent souvent "
         "pendant les vacances.\n\n### Proposition\n\nIl faudrait afficher les horaires de la piscine sur la page "
         "d'accueil.\n\n> Je suis d'accord, on ne les trouve jamais. — un voisin", "4", "opened"],
        ["Vélos", "Je propose :\n\n- [ ] installer des arceaux devant la mairie ;\n- [ ] ouvrir un atelier de "
         "réparation le samedi.\n- [x] les parents d'élèves", "6", "opened"],
        ["Bancs", "Il faudrait deux bancs près du kiosque.", "8", "closed"],
    ])
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "4", "Il faudrait afficher les horaires de la piscine sur la page d'accueil."),
        ("recommendation", "6", "installer des arceaux devant la mairie ;"),
        ("recommendation", "6", "ouvrir un atelier de réparation le samedi."),
        ("recommendation", "8", "Bancs\nIl faudrait deux bancs près du kiosque."),
    ]


def test_the_tickets_an_authority_s_item_cites_are_the_demands_it_answers(tmp_path):
    _, units = _units(tmp_path, "ROADMAP.md", (
        "# Application de la mairie\n\n## Version 3.0 (mars 2028)\n\n### Ajouté\n\n"
        "- Horaires de la piscine sur la page d'accueil (#4, #11).\n\n### Abandonné\n\n"
        "- Atelier de réparation le samedi (#6) : le local n'est pas ouvert ce jour-là.\n"))
    assert [(u.kind, u.answers) for u in units] == [("action", "4 11"), ("decision", "6")]


def test_budget_orientations_commit_by_section_and_list_their_investments(tmp_path):
    # « Rapport d'orientation budgétaire »: an authority's document; a numbered section made of
    # paragraphs that each commit is an objective over them (not one action described), whatever
    # their subject; « n'est pas programmé » turns one down; its context and debt sections give
    # nothing; a participatory budget and the accounts in open data are no follow-up of the plan;
    # « Opération | 2028 | 2029 | Total » lists investments, one action a line, its total none
    _, units = _units(tmp_path, "rob.html", (
        "<p>Commune de Vellerot</p><h1>Rapport d'orientation budgétaire 2028</h1>"
        "<h2>1. Le contexte</h2><h3>1.1 Le contexte national</h3>"
        "<p>La croissance ralentit et les dotations de l'État seront gelées en 2028.</p>"
        "<h3>1.2 La dette</h3><p>L'encours diminue ; un emprunt sera peut-être nécessaire.</p>"
        "<h2>2. Les orientations</h2><h3>2.1 Une ville qui bouge</h3>"
        "<p>En 2028, la commune consacrera 40 000 € aux pistes cyclables.</p>"
        "<p>Le service des sports ouvrira un créneau de natation réservé aux seniors.</p>"
        "<p>La piscine restera ouverte tout le mois d'août.</p>"
        "<p>Le terrain synthétique n'est pas programmé : son coût dépasse nos marges.</p>"
        "<h3>2.2 Une ville qui participe</h3>"
        "<p>Le budget participatif 2028 sera soumis au vote des habitants en mai.</p>"
        "<p>Les comptes de la commune seront publiés en données ouvertes.</p>"
        "<h2>3. Le programme d'investissement</h2>"
        "<table><tr><th>Opération</th><th>2028</th><th>2029</th><th>Total</th></tr>"
        "<tr><td>Piste cyclable du canal</td><td>40 000</td><td>20 000</td><td>60 000</td></tr>"
        "<tr><td>Réfection des vestiaires du stade</td><td>25 000</td><td>–</td><td>25 000</td></tr>"
        "<tr><td>Total</td><td>65 000</td><td>20 000</td><td>85 000</td></tr></table>"))
    assert [(u.kind, u.label, u.state, u.text) for u in units] == [
        ("objective", "2.1", "", "Une ville qui bouge"),
        ("action", "", "", "En 2028, la commune consacrera 40 000 € aux pistes cyclables."),
        ("action", "", "", "Le service des sports ouvrira un créneau de natation réservé aux seniors."),
        ("action", "", "", "La piscine restera ouverte tout le mois d'août."),
        ("decision", "", "non retenue", "Le terrain synthétique n'est pas programmé : son coût dépasse nos marges."),
        ("objective", "2.2", "", "Une ville qui participe"),
        ("action", "", "", "Le budget participatif 2028 sera soumis au vote des habitants en mai."),
        ("action", "", "", "Les comptes de la commune seront publiés en données ouvertes."),
        ("action", "", "", "Piste cyclable du canal"),
        ("action", "", "", "Réfection des vestiaires du stade"),
    ]


def test_budget_orientations_numbered_sections_of_prose_are_no_actions(tmp_path):
    # in a budget's orientations, a numbered sub-section whose paragraphs tell several things
    # (« 1.2 Les mesures de la loi de finances », « 2.3 Les investissements ») is a part of the
    # report, not one action described: its sentences are read one by one, each commitment a unit
    _, units = _units(tmp_path, "rob.html", (
        "<p>Commune de Vellerot</p><h1>Rapport d'orientation budgétaire 2028</h1>"
        "<h2>1. Le contexte</h2><h3>1.2 Les mesures de la loi de finances</h3>"
        "<p>Les dotations sont gelées. La revalorisation des bases serait de 1,5 %.</p>"
        "<h2>2. Les orientations</h2><h3>2.3 Les investissements</h3>"
        "<p>La halle du marché sera couverte en 2028. Le chantier durait depuis deux ans.</p>"
        "<p>La commune aménagera un jardin partagé rue des Lilas. Les habitants ont été consultés.</p>"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("action", "", "La halle du marché sera couverte en 2028."),
        ("action", "", "La commune aménagera un jardin partagé rue des Lilas."),
    ]


def test_budget_orientations_run_in_titles_and_lines_marked_new(tmp_path):
    # in a budget's orientations, a paragraph opened by a short run-in title without a verb
    # (« Bouger autrement. ») gives the title as an objective and reads the rest sentence by
    # sentence; a line of a budget table marked « nouveau » is a spending added this year, an
    # action named by its first cell; the lines carried over are none
    _, units = _units(tmp_path, "rob.html", (
        "<p>Commune de Vellerot</p><h1>Rapport d'orientation budgétaire 2028</h1>"
        "<h2>2. Les orientations</h2>"
        "<p>Bouger autrement. La passerelle du canal sera réalisée en 2028. Par ailleurs, 20 arceaux "
        "seront posés devant les écoles.</p>"
        "<p>La halle du marché sera couverte en 2028. Le chantier avait été reporté en 2026.</p>"
        "<table><tr><th>Poste</th><th>BP 2027</th><th>BP 2028</th><th>Évolution</th></tr>"
        "<tr><td>Fluides</td><td>90 000 €</td><td>85 000 €</td><td>-5,6 %</td></tr>"
        "<tr><td>Navette du marché le samedi</td><td>—</td><td>12 000 €</td><td>nouveau</td></tr>"
        "</table>"))
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "Bouger autrement"),
        ("action", "La passerelle du canal sera réalisée en 2028."),
        ("action", "Par ailleurs, 20 arceaux seront posés devant les écoles."),
        ("action", "La halle du marché sera couverte en 2028."),
        ("action", "Navette du marché le samedi"),
    ]


def test_budget_orientations_report_made_public_and_deed_postponed(tmp_path):
    # in a budget's orientations, a report of what was done published to the residents (« publié
    # sur le site de la commune ») answers a demand for accountability, an action (a report only
    # to the council stays the plan's follow-up); a deed put off to a later year is a decision
    _, units = _units(tmp_path, "rob.html", (
        "<p>Commune de Vellerot</p><h1>Rapport d'orientation budgétaire 2028</h1>"
        "<h2>Conclusion</h2>"
        "<p>Un bilan des investissements sera présenté chaque année au conseil et publié sur le site de la commune.</p>"
        "<p>Un bilan des travaux sera présenté chaque année au conseil municipal.</p>"
        "<p>La réfection du court de tennis est reportée au-delà de 2030.</p>"))
    assert [(u.kind, u.state, u.text) for u in units] == [
        ("action", "", "Un bilan des investissements sera présenté chaque année au conseil et publié sur le site de la commune."),
        ("decision", "non retenue", "La réfection du court de tennis est reportée au-delà de 2030."),
    ]


def test_the_motion_closing_a_budget_report_is_no_unit(tmp_path):
    # « Il est proposé au conseil municipal de prendre acte … » closes the report: the vote put to
    # the assembly, neither a demand nor a deed
    _, units = _units(tmp_path, "rob.html", (
        "<p>Commune de Vellerot</p><h1>Rapport d'orientation budgétaire 2028</h1>"
        "<h2>Conclusion</h2><p>La halle du marché sera couverte en 2028.</p>"
        "<p>Il est proposé au conseil municipal de prendre acte de la tenue du débat.</p>"
        "<p>Il est demandé au conseil communautaire d'approuver ces orientations.</p>"))
    assert [(u.kind, u.text) for u in units] == [("action", "La halle du marché sera couverte en 2028.")]


def test_a_goal_that_is_a_figure_alone_is_no_objective(tmp_path):
    # « Prochain objectif : 1 500 » beside a petition's counter: a figure, no aim; a goal in words stays
    _, units = _units(tmp_path, "petition.html", (
        "<h1>Pétition : des bancs au parc</h1><p>842 signatures</p><p>Prochain objectif : 1 000</p>"
        "<p>Objectif : 1 000 signatures</p><h2>Pourquoi</h2><p>Nous demandons des bancs au parc.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "1 000 signatures"), ("recommendation", "Nous demandons des bancs au parc.")]


def test_budget_orientations_a_line_raised_to_an_amount_is_funded(tmp_path):
    # « Le programme de voirie est porté à 300 000 € » in a budget's orientations: a line the
    # authority decides to fund this year, in the present of its decision (its subject a
    # programme, not the plan); a rate kept is no amount raised
    _, units = _units(tmp_path, "rob.html", (
        "<p>Commune de Vellerot</p><h1>Rapport d'orientation budgétaire 2028</h1>"
        "<h2>Investissements</h2>"
        "<p>Le programme de voirie est porté à 300 000 € ; il donnera la priorité aux trottoirs.</p>"
        "<p>Le taux de la taxe foncière est porté à 38 %.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Le programme de voirie est porté à 300 000 € ; il donnera la priorité aux trottoirs.")]


def test_a_numbered_title_over_one_description_stays_an_action_in_a_plan(tmp_path):
    # the same numbered title over one paragraph describing it is the plan's action
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan vélo 2028-2032</h1><h2>1. Se déplacer</h2><h3>1.1 Une piste le long du canal</h3>"
        "<p>La commune aménagera une piste de trois kilomètres le long du canal.</p>"))
    assert [(u.kind, u.label, u.text) for u in units] == [("action", "1.1", "Une piste le long du canal")]


def test_an_elderly_council_s_wishes_and_its_withdrawn_wish(tmp_path):
    # a « Conseil des aînés » gives demands; « émet le vœu que / d'… » is one; a vœu its authors
    # withdraw before the vote (« retire le vœu », « n'est pas soumis au vote ») asks nothing
    _, units = _units(tmp_path, "voeux.html", (
        "<p>Ville de Brasseval</p><p>Conseil des aînés</p><p>Séance plénière du 3 mars 2028</p>"
        "<p>Membres présents : Mmes Roux, Millet ; MM. Blanc, Perrin.</p>"
        "<h2>Vœu n° 1 relatif aux bancs publics</h2>"
        "<p>Considérant que les trottoirs de la rue Haute n'offrent aucun repos aux piétons âgés ;</p>"
        "<p>Le Conseil des aînés émet le vœu que des bancs soient installés tous les deux cents mètres rue Haute.</p>"
        "<p>Adopté à l'unanimité.</p>"
        "<h2>Vœu n° 2 relatif au marché</h2>"
        "<p>Considérant l'éloignement du marché couvert ;</p>"
        "<p>Le Conseil des aînés émet le vœu que le marché couvert ouvre aussi le jeudi matin.</p>"
        "<p>Après discussion, la commission retire le vœu. Il n'est pas soumis au vote.</p>"
        "<h2>Vœu n° 3 relatif aux transports</h2>"
        "<p>Le Conseil des aînés émet le vœu d'être consulté avant toute modification des lignes de bus.</p>"
        "<p>Adopté par 12 voix pour et 2 abstentions.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Le Conseil des aînés émet le vœu que des bancs soient installés tous les deux cents mètres "
                           "rue Haute."),
        ("recommendation", "Le Conseil des aînés émet le vœu d'être consulté avant toute modification des lignes de bus."),
    ]


def test_a_motion_opposing_a_thing_asks_that_it_not_be_done(tmp_path):
    # « S'oppose à … ; » among a mayors' motion's operative paragraphs, « nous nous opposons
    # fermement à … »: the refusal the assembly asks for, a demand; « Rappelle que … » is none
    _, units = _units(tmp_path, "motion.html", (
        "<p>Motion adoptée par l'assemblée générale des maires du canton de Brasseval</p>"
        "<p>Considérant que la ligne de car 7 dessert quatre villages ;</p>"
        "<p>L'assemblée des maires :</p>"
        "<p>S'oppose à la suppression de la ligne de car 7 entre Brasseval et Morlange ;</p>"
        "<p>Rappelle que les communes entretiennent les abris de car ;</p>"
        "<p>Nous nous opposons fermement à toute fermeture de classe sans accord du conseil municipal.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "S'oppose à la suppression de la ligne de car 7 entre Brasseval et Morlange ;"),
        ("recommendation", "Nous nous opposons fermement à toute fermeture de classe sans accord du conseil municipal."),
    ]


def test_a_question_told_in_minutes_and_answered_at_once_is_no_question(tmp_path):
    # « Mme X demande si … . M. Y répond qu'… »: settled in the meeting; a question told with no
    # answer after it stays one
    _, units = _units(tmp_path, "cr.html", (
        "<p>Conseil des aînés</p><h2>Questions diverses</h2>"
        "<p>Mme Roux demande si la fête des voisins aura lieu en juin. M. Blanc répond qu'elle est fixée au 12 juin.</p>"
        "<p>M. Perrin demande si le marché de Noël sera maintenu place de l'Église.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("question", "M. Perrin demande si le marché de Noël sera maintenu place de l'Église."),
    ]
    # an answer that only promises a follow-up leaves the question open
    _, units = _units(tmp_path, "cr2.html", (
        "<p>Conseil des aînés</p><h2>Questions diverses</h2>"
        "<p>Mme Roux demande où en est la réfection du lavoir. M. Blanc répond qu'un devis sera demandé cet hiver.</p>"))
    assert [(u.kind, u.text) for u in units] == [("question", "Mme Roux demande où en est la réfection du lavoir.")]


def test_a_pronoun_proposing_a_thing_after_a_demand_is_one_more_demand(tmp_path):
    # the asker of the demand just read, resumed by « il » after a clause put before it, proposes
    # one more thing; the same sentence with no demand before it describes
    _, units = _units(tmp_path, "article.html", (
        "<html><body><main><h1>Le collectif remet ses propositions</h1>"
        "<p>Le collectif demande des ateliers sans rendez-vous dans les trois bibliothèques. "
        "Pour les familles qui habitent loin, il propose des permanences mobiles.</p>"
        "<p>La bibliothèque est ouverte le mercredi. Pour les familles, elle propose des contes.</p>"
        "</main></body></html>"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Le collectif demande des ateliers sans rendez-vous dans les trois bibliothèques."),
        ("recommendation", "Pour les familles qui habitent loin, il propose des permanences mobiles."),
    ]


def test_a_long_paragraph_opened_by_proposition_colon_reads_its_further_sentences(tmp_path):
    # « Proposition : » names the demand of the first sentence; a paragraph of more than sixty
    # words goes on, and its further sentences are read as any paragraph's
    _, units = _units(tmp_path, "compte-rendu.txt", (
        "Compte rendu de la réunion publique\n\n"
        "Proposition : ouvrir la médiathèque le dimanche matin pour les familles qui travaillent en semaine. "
        "Un habitant du hameau des Granges ajoute que le bus ne passe pas le dimanche, alors que c'est le jour "
        "où les enfants sont libres et où les parents pourraient les accompagner à la médiathèque. "
        "Les participants souhaitent que le bus desserve aussi les hameaux le dimanche matin. "
        "La salle applaudit longuement.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "ouvrir la médiathèque le dimanche matin pour les familles qui travaillent en semaine."),
        ("recommendation", "Les participants souhaitent que le bus desserve aussi les hameaux le dimanche matin."),
    ]


def test_a_plans_table_with_merged_sub_axis_rows_and_cells_not_filled_in(tmp_path):
    """A Word table per axis « N° | Action | Description | Pilote | Échéance | Indicateur »: a
    row merged over all columns « Sous-axe 1.1 – … » is an objective; « À définir » in the
    indicator column is no indicator."""
    import docx

    document = docx.Document()
    document.add_heading("Plan de sobriété de la commune", level=1)
    document.add_heading("Axe 1 – Des bâtiments moins gourmands", level=2)
    table = document.add_table(rows=1, cols=6)
    for cell, name in zip(table.rows[0].cells, ["N°", "Action", "Description", "Pilote", "Échéance", "Indicateur"]):
        cell.text = name
    cells = table.add_row().cells
    cells[0].merge(cells[5]).text = "Sous-axe 1.1 – Chauffer juste"
    for row in (["1.1", "Installer des robinets thermostatiques", "Dans les trois écoles.", "Services techniques",
                 "2027", "Nombre de robinets posés"],
                ["1.2", "Étudier une chaufferie bois", "Étude avec le syndicat d'énergie.", "Mairie", "2028",
                 "À définir"]):
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    path = tmp_path / "plan-sobriete.docx"
    document.save(path)
    units = segment(extract(path, SETTINGS), SETTINGS)
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("objective", "Axe 1", "Des bâtiments moins gourmands"),
        ("objective", "Sous-axe 1.1", "Chauffer juste"),
        ("action", "1.1", "Installer des robinets thermostatiques"),
        ("indicator", "1.1", "Nombre de robinets posés"),
        ("action", "1.2", "Étudier une chaufferie bois"),
    ]


def test_a_plan_passing_a_matter_on_to_the_body_whose_business_it_is_declines_it(tmp_path):
    # « … relève de la compétence du Département ; la commune lui transmettra … » in a plan (not an
    # answer): the demand is only passed on, a decision turning it down; a matter said to be
    # another body's without passing it on, or passed on without saying so, is no such decision
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan d'actions de la ville</h1><h2>Axe 1 – Circuler mieux</h2>"
        "<p>L'entretien des routes départementales relève de la compétence du Département ; "
        "la ville lui transmettra les signalements des habitants.</p>"
        "<p>L'éclairage des quais relève de la compétence de la ville ; elle leur transmettra un calendrier.</p>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("objective", "Circuler mieux", ""),
        ("decision", "L'entretien des routes départementales relève de la compétence du Département ; "
                     "la ville lui transmettra les signalements des habitants.", "non retenue"),
    ]


def test_a_plan_saying_a_matter_is_another_body_s_already_seized_of_it_declines_it(tmp_path):
    # « … relèvent de l'hôpital et de l'ARS, qui en ont été saisis » in a plan: passed on to the
    # bodies whose business it is, a decision turning it down; « …, qui l'organise » is no such one
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan d'actions de la ville</h1><h2>Axe 1 – Se soigner près de chez soi</h2>"
        "<p>Les horaires des urgences de nuit relèvent de l'hôpital de la vallée et de l'ARS, qui en ont été saisis.</p>"
        "<p>Le ramassage scolaire relève de la Région, à qui la pétition des parents a été transmise.</p>"
        "<p>Les routes nationales relèvent de l'État, qui les entretient.</p>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("objective", "Se soigner près de chez soi", ""),
        ("decision", "Les horaires des urgences de nuit relèvent de l'hôpital de la vallée et de l'ARS, "
                     "qui en ont été saisis.", "non retenue"),
        ("decision", "Le ramassage scolaire relève de la Région, à qui la pétition des parents a été transmise.",
         "non retenue"),
    ]


def test_a_plan_saying_a_matter_is_another_body_s_before_turning_it_down_declines_it_twice(tmp_path):
    # « … relèvent du Département. La ville ne financera pas … » in a plan's box: the matter said to
    # be another body's, right before the refusal, is a decision as well; said alone, it explains
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan d'actions de la ville</h1><h2>Axe 1 – Circuler mieux</h2>"
        "<p>Les navettes vers les hameaux relèvent du Département et des syndicats de transport. "
        "La ville ne financera pas de navette mais relaiera les horaires.</p>"
        "<p>Les routes nationales relèvent de l'État.</p>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("objective", "Circuler mieux", ""),
        ("decision", "Les navettes vers les hameaux relèvent du Département et des syndicats de transport.",
         "non retenue"),
        ("decision", "La ville ne financera pas de navette mais relaiera les horaires.", "non retenue"),
    ]


def test_a_plan_saying_a_matter_belongs_to_another_text_and_not_to_itself_declines_it(tmp_path):
    # « … relève de la convention TER, et non du présent schéma » or « … et non de la ville » in a
    # plan: the matter is not dealt with here, a decision; said to be another body's alone, it explains
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan d'actions de la ville</h1><h2>Axe 1 – Circuler mieux</h2>"
        "<p>Les horaires des trains relèvent de la convention signée avec l'exploitant, et non du présent plan.</p>"
        "<p>Le déneigement des routes relève du Département et non de la ville.</p>"
        "<p>Les routes nationales relèvent de l'État.</p>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("objective", "Circuler mieux", ""),
        ("decision", "Les horaires des trains relèvent de la convention signée avec l'exploitant, et non du "
                     "présent plan.", "non retenue"),
        ("decision", "Le déneigement des routes relève du Département et non de la ville.", "non retenue"),
    ]


def test_a_funding_schemes_eligible_and_ineligible_lists_are_actions_and_refusals(tmp_path):
    # a plan's fiche of a funding scheme: under « Projets éligibles : » the noun phrases are what
    # the plan will fund, actions; under « Dépenses non éligibles » what it turns down, decisions
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan de soutien aux communes rurales 2027-2030</h1>"
        "<h2>Équipements sportifs de proximité</h2>"
        "<h3>Projets éligibles :</h3><ul><li>Construction ou rénovation de city-stades en accès libre</li>"
        "<li>Pose de parcours sportifs de plein air près des écoles</li></ul>"
        "<h3>Dépenses non éligibles</h3><ul><li>Études de maîtrise d'œuvre seules</li>"
        "<li>Entretien courant des terrains de football</li></ul>"
        "<h3>Taux d'aide</h3><p>Taux d'aide publique : 50 % du montant hors taxes.</p>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("action", "Construction ou rénovation de city-stades en accès libre", ""),
        ("action", "Pose de parcours sportifs de plein air près des écoles", ""),
        ("decision", "Études de maîtrise d'œuvre seules", "non retenue"),
        ("decision", "Entretien courant des terrains de football", "non retenue"),
    ]


def test_what_a_scheme_funds_or_excludes_is_read_from_the_section_title():
    from nlp_stn.segment.priors import _REFUSED_SECTION
    assert classify_leadin("Types d'opérations éligibles :", "action") == "action"
    assert classify_leadin("Investissements subventionnables", "action") == "action"
    assert classify_leadin("Projets soutenus :", "action") == "action"
    # not what is excluded, nor what was funded already, nor in a document of demands
    assert classify_leadin("Dépenses inéligibles :", "action") == ""
    assert classify_leadin("Opérations non éligibles", "action") == ""
    assert classify_leadin("Projets déjà financés", "action") == ""
    assert classify_leadin("Projets éligibles :", "recommendation") != "action"
    assert all(_REFUSED_SECTION.match(t) for t in (
        "Dépenses inéligibles :", "Opérations non éligibles", "Types de dépenses inéligibles",
        "Ne sont pas éligibles :", "Exclusions", "Projets exclus du financement"))
    assert not any(_REFUSED_SECTION.match(t) for t in (
        "Dépenses éligibles :", "Types d'opérations éligibles", "Critères d'éligibilité"))


def test_a_bold_lead_in_naming_what_a_scheme_excludes_makes_its_items_refusals(tmp_path):
    # the same fiche with its sections as bold lines ending with « : » over their lists
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan de soutien aux communes rurales 2027-2030</h1>"
        "<h2>Équipements sportifs de proximité</h2>"
        "<p><b>Projets éligibles :</b></p><ul><li>Construction ou rénovation de city-stades en accès libre</li>"
        "<li>Pose de parcours sportifs de plein air près des écoles</li></ul>"
        "<p><b>Dépenses non éligibles :</b></p><ul><li>Études de maîtrise d'œuvre seules</li>"
        "<li>Entretien courant des terrains de football</li></ul>"
        "<p>Taux d'aide publique : 50 % du montant hors taxes.</p>"
        "<p><b>Pour aller plus loin :</b></p><ul><li>Aménagement de pistes de BMX</li></ul>"))
    assert [(u.kind, u.text, u.state) for u in units] == [
        ("action", "Construction ou rénovation de city-stades en accès libre", ""),
        ("action", "Pose de parcours sportifs de plein air près des écoles", ""),
        ("decision", "Études de maîtrise d'œuvre seules", "non retenue"),
        ("decision", "Entretien courant des terrains de football", "non retenue"),
    ]


def test_a_notes_item_stating_a_finding_then_asking_in_the_infinitive_is_one_demand(tmp_path):
    # a workshop's transcribed notes: « …, en faire dans d'autres quartiers » asks after the
    # finding; a finding alone, or one whose comma opens no infinitive, asks nothing
    _, units = _units(tmp_path, "notes.md", (
        "# Compte rendu de la réunion publique du quartier des Tilleuls\n\n"
        "## Ce que les habitants ont dit\n\n"
        "* la fête des voisins de juin c'était super, en refaire une à la rentrée\n"
        "* le car scolaire passe trop tôt le matin, prévoir un départ à 8 h\n"
        "* les trottoirs sont étroits, surtout devant la boulangerie\n"
        "* beaucoup de familles sont arrivées depuis deux ans\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "la fête des voisins de juin c'était super, en refaire une à la rentrée"),
        ("recommendation", "le car scolaire passe trop tôt le matin, prévoir un départ à 8 h"),
    ]


def test_a_reply_letter_s_refusals_with_a_regret_and_its_counter_proposals(tmp_path):
    # « je ne peux malheureusement pas … », « Nous ne pouvons hélas pas … »: decisions turning the
    # demand down; « Je vous propose en revanche de … », « je vous propose plutôt une … »: what the
    # one answering offers instead, an action; « Je vous propose de découvrir … » offers no deed
    text = ("Objet : réponse à vos propositions pour le parc des Saules\n\n"
            "Chers membres du conseil de quartier,\n\n"
            "Je vous remercie pour vos propositions. Voici les suites que nous leur donnons.\n\n"
            "Concernant les bancs, six bancs seront posés le long de l'allée principale au printemps.\n\n"
            "S'agissant de la fontaine, je ne peux malheureusement pas la remettre en eau cet été, car la pompe est hors service.\n\n"
            "Je vous propose en revanche d'installer un point d'eau potable près de l'aire de jeux.\n\n"
            "Pour les familles, je vous propose plutôt une visite du chantier le samedi matin.\n\n"
            "Nous ne pouvons hélas pas ouvrir le parc la nuit.\n\n"
            "Je vous propose de découvrir le projet complet sur le site de la ville.\n\n"
            "Je vous prie d'agréer mes salutations distinguées.\n\nLa maire,\nAnne Roux\n")
    _, units = _units(tmp_path, "reponse-conseil-quartier.txt", text)
    got = [(u.kind, u.text) for u in units]
    assert got[:5] == [
        ("action", "Concernant les bancs, six bancs seront posés le long de l'allée principale au printemps."),
        ("decision", "S'agissant de la fontaine, je ne peux malheureusement pas la remettre en eau cet été, "
                     "car la pompe est hors service."),
        ("action", "Je vous propose en revanche d'installer un point d'eau potable près de l'aire de jeux."),
        ("action", "Pour les familles, je vous propose plutôt une visite du chantier le samedi matin."),
        ("decision", "Nous ne pouvons hélas pas ouvrir le parc la nuit."),
    ]
    assert ("action", "Je vous propose de découvrir le projet complet sur le site de la ville.") not in got
    # a clause of time or condition turns nothing down
    from nlp_stn.segment.tables import _REFUSAL
    assert not _REFUSAL.search("Vos demandes sont toutes lues, même quand nous ne pouvons pas y répondre tout de suite.")
    assert _REFUSAL.search("Nous ne pouvons pas y répondre favorablement.")


def test_a_reply_letter_passing_a_topic_on_to_the_body_whose_business_it_is(tmp_path):
    # « Pour le collège, … relèvent du Département : je transmettrai votre demande … »: the part of the
    # demand put first as a topic, another body's business, passed on by the writer: a decision; not
    # the writer doing the thing itself after « : »
    from nlp_stn.segment.paragraphs import _PASSED_ON
    assert _PASSED_ON.match("Pour le lycée, les horaires des cars relèvent de la Région : je transmettrai votre "
                            "demande à son service des transports.")
    assert _PASSED_ON.match("Quant au pont, son entretien relève du Département ; nous lui transmettrons vos propositions.")
    assert not _PASSED_ON.match("Pour le parc, les bancs relèvent du syndicat : nous installerons des bancs neufs.")
    text = ("Objet : réponse à vos propositions\n\nChers habitants,\n\n"
            "Concernant les bancs, six bancs seront posés le long de l'allée au printemps.\n\n"
            "Pour le lycée, les horaires des cars relèvent de la Région : je transmettrai votre demande à son service des transports.\n\n"
            "Je vous prie d'agréer mes salutations distinguées.\n\nLa maire,\nAnne Roux\n")
    _, units = _units(tmp_path, "reponse-habitants.txt", text)
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Concernant les bancs, six bancs seront posés le long de l'allée au printemps."),
        ("decision", "Pour le lycée, les horaires des cars relèvent de la Région : je transmettrai votre demande "
                     "à son service des transports."),
    ]


def test_a_plan_named_by_its_years_alone_is_a_plan_whatever_its_opening_cites(tmp_path):
    from nlp_stn.segment import document_prior, title_prior

    assert title_prior("Saint-Alban, ville apaisée : le plan 2025-2029") == "action"
    assert title_prior("Notre stratégie 2026–2030") == "action"
    assert title_prior("Avis sur le plan 2025-2029") == "recommendation"
    assert title_prior("Le plan de la ville en 2025") == "action"  # a plan with its complement, as before
    assert title_prior("Bilan 2025-2029") == ""
    doc, _ = _units(tmp_path, "accueil.html", (
        "<main><h1>Saint-Alban, ville apaisée : le plan 2025-2029</h1>"
        "<p>Adopté par le conseil municipal en mai, ce plan reprend plusieurs vœux des conseils de quartier.</p>"
        "<p>Un bilan sera présenté chaque année.</p></main>"))
    assert document_prior(doc) == "action"


def test_a_paragraph_turning_a_part_down_under_a_card_of_a_page_of_unknown_kind_is_a_decision(tmp_path):
    # a plan's page that does not say what it is (« Axe 2 – … » over « Action 2.1 – … » cards):
    # the first paragraph describes the action, a later one turning a part down is its own unit
    _, segments = _units(tmp_path, "axe-2.html", (
        "<main><h1>Axe 2 – Des rues plus calmes</h1>"
        "<article class='card'><h3>Action 2.1 – Des zones 30 autour des écoles</h3>"
        "<p>Les rues des trois groupes scolaires passeront en zone 30 à la rentrée 2026.</p>"
        "<p>Le passage de tout le centre-ville en zone 30 n'est pas retenu : les bus y perdraient trop de temps.</p>"
        "<p class='calendrier'>Calendrier : 2026</p></article>"
        "<article class='card'><h3>Action 2.2 – Des radars pédagogiques</h3>"
        "<p>Quatre radars pédagogiques seront posés sur les entrées de ville.</p>"
        "<p>Ils affichent la vitesse sans verbaliser.</p></article></main>"))
    assert [(s.kind, s.label, s.text, s.detail) for s in segments] == [
        ("objective", "Axe 2", "Des rues plus calmes", ""),
        ("action", "Action 2.1", "Des zones 30 autour des écoles",
         "Les rues des trois groupes scolaires passeront en zone 30 à la rentrée 2026."),
        ("decision", "", "Le passage de tout le centre-ville en zone 30 n'est pas retenu : les bus y perdraient trop de temps.", ""),
        ("action", "Action 2.2", "Des radars pédagogiques",
         "Quatre radars pédagogiques seront posés sur les entrées de ville. Ils affichent la vitesse sans verbaliser."),
    ]


@pytest.mark.parametrize("sentence, refuses", [
    ("La salle polyvalente n'aura pas de vidéoprojecteur : elle sera démolie dans deux ans.", True),
    ("Les hameaux n'auront pas d'éclairage la nuit, faute de crédits.", True),
    ("Les familles n'auront pas de frais supplémentaires pour la garderie.", False),
    ("Cette réorganisation n'aura pas d'impact sur les horaires de la mairie.", False),
    ("Les usagers n'auront pas de démarche à refaire sur le nouveau portail.", False),
    ("Un marché couvert exigerait des agents et un budget que la commune n'a pas.", True),
    ("Cette navette demande du personnel que nous n'avons pas pour l'instant.", True),
    ("Le projet demande que nous n'ayons pas de retard sur le chantier.", False),
    ("Nous n'avons pas encore trouvé de local pour le club de jeux vidéo.", True),
    ("La commune n'a pas trouvé de prestataire pour la navette du samedi.", True),
    ("Si nous n'avons pas trouvé de solution d'ici l'été, le conseil en reparlera.", False),
])
def test_a_thing_that_will_not_get_what_is_asked_is_turned_down_not_a_burden_spared(sentence, refuses):
    from nlp_stn.segment.tables import _REFUSAL
    assert bool(_REFUSAL.search(sentence)) is refuses


def test_an_answer_saying_a_place_will_not_get_it_is_a_decision(tmp_path):
    _, units = _units(tmp_path, "reponse.md", (
        "# Réponse de la commune aux idées des habitants\n\n"
        "La salle polyvalente n'aura pas de vidéoprojecteur : elle sera démolie dans deux ans.\n\n"
        "Un vidéoprojecteur mobile sera prêté aux associations par la médiathèque dès mars.\n"), kind="strategy")
    assert [(u.kind, u.text) for u in units] == [
        ("decision", "La salle polyvalente n'aura pas de vidéoprojecteur : elle sera démolie dans deux ans."),
        ("action", "Un vidéoprojecteur mobile sera prêté aux associations par la médiathèque dès mars."),
    ]


def test_a_board_card_with_a_numbered_list_and_its_comments(tmp_path):
    # a card's description typed in Markdown: a line, then « 1. … » / « 2. Et aussi … »: one demand
    # per item, the one opened by « Et aussi » read by what follows it (a noun phrase, an
    # infinitive); a comment « +1 et » an infinitive adds a demand, « +1 » alone asks nothing
    path = tmp_path / "tableau.json"
    path.write_text(json.dumps({
        "name": "Idées pour le quartier",
        "lists": [{"id": "L1", "name": "Idées", "closed": False}],
        "cards": [
            {"id": "C1", "name": "Jardin", "idList": "L1",
             "desc": "Le square est triste.\n1. Planter des arbres fruitiers le long des allées.\n"
                     "2. Et aussi des bacs de jardinage pour les écoles du quartier."},
            {"id": "C2", "name": "Éclairage", "idList": "L1",
             "desc": "Le passage est sombre.\n1. Éclairer le passage sous la voie ferrée.\n"
                     "2. Et puis également repeindre les murs du passage."},
            {"id": "C3", "name": "Bus", "idList": "L1", "desc": "Un bus le dimanche matin jusqu'au marché."}],
        "actions": [{"type": "commentCard", "data": {"text": "+1", "card": {"id": "C2"}}},
                    {"type": "commentCard", "data": {"text": "+1 et installer une caméra à l'entrée du passage",
                                                     "card": {"id": "C2"}}}],
    }), encoding="utf-8")
    assert [(u.kind, u.text) for u in segment(extract(path))] == [
        ("recommendation", "Planter des arbres fruitiers le long des allées."),
        ("recommendation", "Et aussi des bacs de jardinage pour les écoles du quartier."),
        ("recommendation", "Éclairer le passage sous la voie ferrée."),
        ("recommendation", "Et puis également repeindre les murs du passage."),
        ("recommendation", "+1 et installer une caméra à l'entrée du passage"),
        ("recommendation", "Bus\nUn bus le dimanche matin jusqu'au marché."),
    ]


def test_a_page_s_comments_export_gives_the_comments_that_ask_and_the_replies_that_add(tmp_path):
    # comments under a post (« commentaire », « parent_id »): a comment listing its ideas gives one
    # demand each; a reply naming one more place (« et le parking aussi ! ») asks again, a reply
    # that only agrees or laughs asks nothing, nor does a comment that is only a link
    _, units = _units(tmp_path, "commentaires.csv", (
        '\ufeff"id","parent_id","auteur","date","commentaire","reactions"\n'
        '"71","","Ana Roche","2026-04-01 10:00","Des arceaux velo devant la poste stp","5"\n'
        '"72","71","Luc Brun","2026-04-01 10:05","et le parking du stade aussi !","1"\n'
        '"73","71","Eva Nadal","2026-04-01 10:06","@Ana Roche tout a fait d\'accord","0"\n'
        '"74","71","Tom Vidal","2026-04-01 10:07","😂","0"\n'
        '"75","","Jean Sorel","2026-04-01 11:00","https://www.exemple.fr/carte","0"\n'
        '"76","","Marie Lacan","2026-04-01 12:00","Bonjour, deux idees :\n- une fontaine au parc\n- ouvrir la mediatheque le dimanche\nMerci !","3"\n'))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "71", "Des arceaux velo devant la poste stp"),
        ("recommendation", "72", "et le parking du stade aussi !"),
        ("recommendation", "76", "une fontaine au parc"),
        ("recommendation", "76", "ouvrir la mediatheque le dimanche"),
    ]


def test_a_page_telling_what_the_authority_does_with_the_ideas_it_received_holds_actions(tmp_path):
    # « Jardins : ce que nous faisons de vos idées » titles the authority's answer: its items under
    # « Ce qui n'est pas possible » are refusals, those under « Ce que nous allons faire » actions
    from nlp_stn.segment.priors import _ANSWER_TITLE

    assert _ANSWER_TITLE.search("Jardins : ce que nous faisons de vos idées")
    assert _ANSWER_TITLE.search("Ce que la commune retient des contributions")
    assert not _ANSWER_TITLE.search("Ce que nous faisons de nos soirées")
    _, units = _units(tmp_path, "jardins.md", (
        "# Jardins : ce que nous faisons de vos idées\n\n"
        "Merci pour vos nombreuses suggestions !\n\n"
        "## Ce que nous allons faire\n\n"
        "- **Des bacs au square** : trois bacs de culture seront posés au square en avril.\n\n"
        "## Ce qui n'est pas possible pour l'instant\n\n"
        "- **Un puits** : nous renonçons au puits, la nappe est trop profonde.\n"
        "- **Un composteur au marché** : il n'est pas retenu, faute de place.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Des bacs au square : trois bacs de culture seront posés au square en avril."),
        ("decision", "Un puits : nous renonçons au puits, la nappe est trop profonde."),
        ("decision", "Un composteur au marché : il n'est pas retenu, faute de place."),
    ]


def test_a_numbered_demand_saying_what_a_thing_must_be_is_a_recommendation(tmp_path):
    # invented contribution: among items opening with an infinitive, items whose subject comes
    # first with « devra », « doivent » are asked too; a constraint (« doit faire face ») is not
    _, units = _units(tmp_path, "contribution.txt", (
        "Contribution du comité des usagers\n\nLes transports\n\n"
        "1. Prolonger la ligne de bus jusqu'au collège.\n\n"
        "2. La future navette devra desservir les hameaux du plateau au moins trois fois par jour, "
        "y compris pendant les vacances scolaires.\n\n"
        "3. Les abribus doivent être éclairés le soir.\n\n"
        "4. La commune doit faire face à la hausse du prix des carburants.\n\n"
        "5. Créer un parking à vélos devant la gare.\n"))
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Prolonger la ligne de bus jusqu'au collège."),
        ("recommendation", "La future navette devra desservir les hameaux du plateau au moins trois fois par jour, "
                           "y compris pendant les vacances scolaires."),
        ("recommendation", "Les abribus doivent être éclairés le soir."),
        ("recommendation", "Créer un parking à vélos devant la gare."),
    ]


def test_a_spending_entered_in_the_budget_is_an_action(tmp_path):
    # invented budget report: « … est inscrit au budget … » commits in the present tense; a
    # figure of the past year is none
    _, units = _units(tmp_path, "rapport.html", (
        "<h1>Rapport d'orientation budgétaire de la commune</h1><h2>Les investissements</h2>"
        "<p>En 2026, la commune a dépensé 1,2 M€ pour ses équipements. "
        "La réfection de la toiture du gymnase est inscrite au budget 2027 pour 90 000 €. "
        "Les nouveaux jeux de l'aire du Pré-Vert sont prévus dans le budget primitif.</p>"), kind="strategy")
    assert [(u.kind, u.text) for u in units] == [
        ("action", "La réfection de la toiture du gymnase est inscrite au budget 2027 pour 90 000 €."),
        ("action", "Les nouveaux jeux de l'aire du Pré-Vert sont prévus dans le budget primitif."),
    ]


def test_a_section_pairing_the_proposals_with_the_answers_holds_answers(tmp_path):
    # « Vos propositions, nos réponses » on an authority's page: the themes under it named by a
    # verb are no demands, its paragraphs are read as the answers they are
    _, units = _units(tmp_path, "reponses.html", (
        "<h1>Centre-ville : les réponses de la municipalité</h1>"
        "<h2>Vos propositions, nos réponses</h2>"
        "<h3>Stationner plus facilement</h3>"
        "<p>Un parking relais de 60 places sera ouvert près du stade en 2027.</p>"
        "<h3>Respirer en ville</h3>"
        "<p>Vingt arbres seront plantés place Carnot cet hiver.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Un parking relais de 60 places sera ouvert près du stade en 2027."),
        ("action", "Vingt arbres seront plantés place Carnot cet hiver."),
    ]


def test_a_deed_said_impossible_is_turned_down(tmp_path):
    # « … ne peuvent pas être élargis … »: the authority says the deed asked cannot be done, a
    # refusal; put off to a date (« ne pourra pas être ouverte avant 2028 ») it is no refusal
    _, units = _units(tmp_path, "reponses.html", (
        "<h1>Centre-ville : les réponses de la municipalité</h1>"
        "<p>Les trottoirs de la rue Haute ne peuvent pas être élargis sans supprimer le stationnement.</p>"
        "<p>La halle ne peut pas être couverte : le coût serait trop élevé.</p>"
        "<p>La salle ne pourra pas être ouverte avant 2028.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("decision", "Les trottoirs de la rue Haute ne peuvent pas être élargis sans supprimer le stationnement."),
        ("decision", "La halle ne peut pas être couverte : le coût serait trop élevé."),
    ]


def test_an_impossibility_in_a_relative_clause_turns_nothing_down():
    # « … en dehors desquels la location ne peut pas être terminée »: how a convention works, no
    # refusal of what is asked; the same words opening their clause are one
    from nlp_stn.segment.tables import _REFUSAL

    assert not _REFUSAL.search("La convention impose 46 emplacements au sol, en dehors desquels la location "
                               "ne peut pas être terminée.")
    assert not _REFUSAL.search("Un local où le matériel ne peut pas être volé sera créé.")
    assert _REFUSAL.search("Malheureusement, la halle ne peut pas être couverte.")


def test_an_item_named_indicator_under_objectives_is_an_indicator(tmp_path):
    _, units = _units(tmp_path, "plan.html", (
        "<h1>Plan vélo : les réponses de la municipalité</h1><h2>Nos objectifs</h2>"
        "<ul><li>Objectif : 20 % des élèves venant à vélo en 2030.</li>"
        "<li>Indicateur : nombre de vélos comptés rue de la Gare, publié chaque trimestre.</li>"
        "<li>Réduire de moitié les accidents.</li></ul>"))
    assert [(u.kind, u.text) for u in units] == [
        ("objective", "Objectif : 20 % des élèves venant à vélo en 2030."),
        ("indicator", "Indicateur : nombre de vélos comptés rue de la Gare, publié chaque trimestre."),
        ("objective", "Réduire de moitié les accidents."),
    ]


def test_a_clause_resuming_the_object_of_the_clause_before_keeps_it(tmp_path):
    # after « ; », a commitment whose object is a pronoun standing for what the first clause named
    # (« … lui a été transmise ; la commune la défendra … ») is read with that clause; a clause of
    # its own (« … ; la commune lancera une consultation ») alone
    _, units = _units(tmp_path, "reponses.html", (
        "<h1>Transports : les réponses de la municipalité</h1>"
        "<p>La demande d'un car plus tardif lui a été transmise ; la commune la défendra au comité de ligne de mai.</p>"
        "<p>Les bancs ont été commandés ; nous les installerons en mai.</p>"
        "<p>Le marché est clos ; la commune lancera une consultation.</p>"))
    assert [(u.kind, u.text) for u in units] == [
        ("action", "La demande d'un car plus tardif lui a été transmise ; la commune la défendra au comité de ligne de mai."),
        ("action", "Les bancs ont été commandés ; nous les installerons en mai."),
        ("action", "la commune lancera une consultation."),
    ]


def test_a_contribution_praising_the_meeting_and_thanking_asks_nothing(tmp_path):
    _, units = _units(tmp_path, "idees.csv", (
        "N°;Contribution\n"
        "1;Super soirée, merci aux élus\n"
        "2;Belle réunion, bravo à l'équipe !\n"
        "3;Super soirée, merci de refaire la route des Vignes\n"
        "4;Des bancs au bord du lac\n"))
    assert [(u.kind, u.label, u.text) for u in units] == [
        ("recommendation", "3", "Super soirée, merci de refaire la route des Vignes"),
        ("recommendation", "4", "Des bancs au bord du lac"),
    ]


def test_what_we_will_do_and_cannot_do_sections_make_a_consultation_report_an_answer(tmp_path):
    from nlp_stn.segment import document_prior

    # a « bilan » named after the consultation it answers, theme by theme: its sections of what the
    # authority will do and cannot do make it the authority's answer, not the public's demands
    text = ("# Bilan de la concertation « Vivre au bourg »\n\n"
            "## Le marché\n\n### Ce que nous allons faire\n\n"
            "- Le marché du jeudi sera déplacé sur la place de la Mairie dès avril 2027.\n\n"
            "### Ce que nous ne pouvons pas faire\n\n"
            "- Nous ne créerons pas de second marché le dimanche.\n\n"
            "## Les jeux\n\n### Ce que nous allons faire\n\n"
            "- Une aire de jeux sera installée au parc des Tilleuls en 2028.\n")
    doc, units = _units(tmp_path, "bilan.md", text)
    assert document_prior(doc) == "action"
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Le marché du jeudi sera déplacé sur la place de la Mairie dès avril 2027."),
        ("decision", "Nous ne créerons pas de second marché le dimanche."),
        ("action", "Une aire de jeux sera installée au parc des Tilleuls en 2028."),
    ]
    # a citizens' body's own sections (what it heard, what it proposes) leave the title's reading
    doc, _ = _units(tmp_path, "bilan.md", "# Bilan de la concertation « Vivre au bourg »\n\n"
                    "## Ce que nous avons entendu\n\nLe marché est trop petit.\n\n"
                    "## Ce que nous proposons\n\n- Agrandir le marché du jeudi.\n")
    assert document_prior(doc) == "recommendation"


def test_a_numbered_theme_over_what_we_will_do_sections_is_no_action(tmp_path):
    # « 2.1 Le marché » in an answer, over « Ce que vous nous avez dit : … » and the sections of
    # what the authority will do and cannot do: the theme answered, neither an action nor an
    # objective; its deeds are in those sections
    text = ("# Nos réponses à la concertation « Vivre au bourg »\n\n## 2. Thème par thème\n\n"
            "### 2.1 Le marché\n\nCe que vous nous avez dit : le marché est trop petit.\n\n"
            "#### Ce que nous allons faire\n\n"
            "- Le marché du jeudi sera déplacé sur la place de la Mairie dès avril 2027.\n\n"
            "#### Ce que nous ne pouvons pas faire\n\n"
            "- Nous ne créerons pas de second marché le dimanche.\n\n"
            "### 2.2 Les jeux\n\n#### Ce que nous allons faire\n\n"
            "- Une aire de jeux sera installée au parc des Tilleuls en 2028.\n")
    _, units = _units(tmp_path, "reponses.md", text)
    assert [(u.kind, u.text) for u in units] == [
        ("action", "Le marché du jeudi sera déplacé sur la place de la Mairie dès avril 2027."),
        ("decision", "Nous ne créerons pas de second marché le dimanche."),
        ("action", "Une aire de jeux sera installée au parc des Tilleuls en 2028."),
    ]


def test_a_deliberation_told_under_what_we_will_do_is_a_decision(tmp_path):
    # under « Ce que nous allons faire », the authority's assembly deciding by a dated deliberation
    # is a decision; the same sentence in the introduction only tells the background
    text = ("# Bilan de la concertation « Vivre au bourg »\n\n"
            "## Le contexte\n\nPar délibération du 2 mars 2026, le conseil municipal a décidé de consulter les habitants.\n\n"
            "## Le marché\n\n### Ce que nous allons faire\n\n"
            "Par délibération du 12 octobre 2026, le conseil municipal a créé une halle couverte pour le marché du jeudi.\n\n"
            "- Le marché du jeudi sera déplacé sur la place de la Mairie dès avril 2027.\n\n"
            "### Ce que nous ne pouvons pas faire\n\n"
            "- Nous ne créerons pas de second marché le dimanche.\n")
    _, units = _units(tmp_path, "bilan.md", text)
    assert [(u.kind, u.text) for u in units] == [
        ("decision", "Par délibération du 12 octobre 2026, le conseil municipal a créé une halle couverte pour le marché du jeudi."),
        ("action", "Le marché du jeudi sera déplacé sur la place de la Mairie dès avril 2027."),
        ("decision", "Nous ne créerons pas de second marché le dimanche."),
    ]


def _answer(blocks):
    b = TextBuilder()
    for kind, text, level, marker in blocks:
        b.add(kind, text, level=level, marker=marker)
    ex = b.build()
    return Document(id="reponse.pdf", path="reponse.pdf", format="pdf", title="", text=ex.text, blocks=ex.blocks,
                    meta=DocMeta(kind="strategy"))


def test_an_answer_s_caveat_that_it_cannot_do_everything_turns_nothing_down():
    # « Nous ne pourrons pas tout faire » warns the reader; no demand is refused by it
    doc = _answer([
        ("heading", "Réponse de la commune au conseil des sages", 1, ""),
        ("heading", "Le mot du maire", 2, ""),
        ("paragraph", "Merci pour ces quinze propositions. Nous ne pourrons pas tout faire, mais nous "
                      "répondrons à chacune.", 0, ""),
        ("heading", "Ce que nous ferons", 2, ""),
        ("paragraph", "La commune installera six bancs au square des Tilleuls en 2027.", 0, "")])
    assert [(u.kind, u.text, u.state) for u in segment(doc)] == [
        ("action", "La commune installera six bancs au square des Tilleuls en 2027.", ""),
    ]


def test_the_sentence_presenting_an_answer_s_refusals_is_no_decision():
    # « voici les demandes que nous ne retiendrons pas » presents the refusals listed below it
    doc = _answer([
        ("heading", "Réponse de la commune au conseil des sages", 1, ""),
        ("heading", "Ce que nous ne ferons pas", 2, ""),
        ("paragraph", "Par souci de clarté, voici les demandes que nous ne retiendrons pas, et pourquoi.", 0, ""),
        ("list_item", "Piscine couverte : son coût dépasse les moyens de la commune.", 0, "●")])
    assert [(u.kind, u.text, u.state) for u in segment(doc)] == [
        ("decision", "Piscine couverte : son coût dépasse les moyens de la commune.", "non retenue"),
    ]


def test_an_adopted_vote_result_run_into_the_proposal_text_is_cut_off_the_text():
    # the extractor lost the break between the tally and the text voted: the tally is cut off,
    # the text stays; a tally alone, or a rejected one, is left to the other rules
    from nlp_stn.segment.vocabulary import _TALLY_THEN_TEXT
    text = "Adoptée à 80 % – Pour 12 – Contre 3 – Abstention 0 Planter des haies le long du chemin des Saules."
    m = _TALLY_THEN_TEXT.match(text)
    assert m and text[m.end():].startswith("Planter des haies")
    assert not _TALLY_THEN_TEXT.match("Adoptée à 90 % – Pour 14 – Contre 1 – Abstention 0")
    assert not _TALLY_THEN_TEXT.match("Rejetée – Pour 4 – Contre 9 – Abstention 1 Taxer les vitrines.")


def test_a_study_the_subject_of_a_future_verb_is_under_study():
    # « Une étude préalable évaluera la faisabilité … »: the study will tell, nothing is done yet;
    # not when a deed follows (« … et ouvrira »), nor a person (« Une étudiante accueillera … »)
    from nlp_stn.segment.vocabulary import _STUDY_ONLY

    assert _STUDY_ONLY.match("Une étude préalable évaluera la faisabilité d'un réseau de chaleur au bourg.")
    assert _STUDY_ONLY.match("Une étude d'opportunité précisera les besoins des familles en 2027.")
    assert not _STUDY_ONLY.match("Une étude précisera les besoins et la commune ouvrira un relais en 2028.")
    assert not _STUDY_ONLY.match("Une étudiante accueillera les visiteurs du musée l'été.")


def test_a_typed_contents_line_with_dot_leaders_is_no_unit(tmp_path):
    # « Axe 2 – … (fiches 5 à 7) .......... 7 » under « Sommaire des axes »: a line of the contents,
    # the axis is read where the document opens it
    _, units = _units(tmp_path, "plan.md", (
        "# Plan d'actions de la commune de Brévent\n\n"
        "## Sommaire des axes\n\n"
        "Axe 1 – Des écoles ouvertes (fiches 1 à 2) .......... 3\n\n"
        "Axe 2 – Des rues apaisées (fiches 3 à 4) .......... 5\n\n"
        "## Axe 1 – Des écoles ouvertes\n\n"
        "### Action 1 : Ouvrir la cour le samedi\n\n"
        "La cour de l'école Jules-Ferry sera ouverte le samedi dès 2027.\n\n"
        "## Axe 2 – Des rues apaisées\n\n"
        "### Action 3 : Une zone 30 au bourg\n\n"
        "Le bourg passera en zone 30 en 2027.\n"))
    assert not [u for u in units if ".." in u.text]
    assert [(u.kind, u.label) for u in units if u.label.startswith("Axe")] == [("objective", "Axe 1"), ("objective", "Axe 2")]
