"""Labels numbering the units: their separators, in the segmenter and in the readers."""
import pytest

from nlp_stn.extract.furniture import opens_label
from nlp_stn.labels import parse_label


@pytest.mark.parametrize("text, expected", [
    # a middle dot or a bullet separates the label from its text like a dash or a colon
    ("Action 3 · Former les agents d'accueil", ("Action 3", "action", "Former les agents d'accueil")),
    ("Mesure 12 • Ouvrir les données", ("Mesure 12", "action", "Ouvrir les données")),
    ("Action A · Former les agents", ("Action A", "action", "Former les agents")),
    ("Action phare · Ouvrir un tiers-lieu", ("Action phare", "action", "Ouvrir un tiers-lieu")),
    ("R2 · Publier les données", ("R2", "recommendation", "Publier les données")),
    ("Article 1 · D'approuver le plan", ("Article 1", "decision", "D'approuver le plan")),
    ("Action – Évaluer", ("", "", "Action – Évaluer")),  # still no label without a number or qualifier
    ("Action publique · sobriété", ("", "", "Action publique · sobriété")),
])
def test_a_middle_dot_separates_a_label(text, expected):
    assert parse_label(text) == expected


def test_a_line_opened_by_a_label_and_a_middle_dot_opens_a_block():
    assert opens_label("Action 3 · Former les agents d'accueil", "les capteurs installés")
    assert opens_label("Action phare · Ouvrir un tiers-lieu", "les capteurs installés")
    assert not opens_label("Action 3 du plan régional", "les capteurs installés")


@pytest.mark.parametrize("text, expected", [
    ("Projet P2.3 – Système d'archivage électronique", ("Projet P2.3", "", "Système d'archivage électronique")),
    ("Programme 2 – Une administration sans papier", ("Programme 2", "objective", "Une administration sans papier")),
    ("Volet 1 : Inclusion", ("Volet 1", "objective", "Inclusion")),
    ("Opération 4 : Câbler les écoles", ("Opération 4", "action", "Câbler les écoles")),
    ("Action P1.2 – Former les agents", ("Action P1.2", "action", "Former les agents")),
    ("Projet de territoire : vivre ensemble", ("", "", "Projet de territoire : vivre ensemble")),
    ("Programme d'actions 2026", ("", "", "Programme d'actions 2026")),
])
def test_a_master_plans_programmes_and_projects_are_labels(text, expected):
    # a project's kind is the document's (an action in a plan, a proposal in a participatory budget)
    assert parse_label(text) == expected


@pytest.mark.parametrize("text, expected", [
    # « non » is no « no » abbreviation: a section title, not « Proposition n° n »
    ("Propositions non retenues", ("", "", "Propositions non retenues")),
    ("Mesures non financées en 2026", ("", "", "Mesures non financées en 2026")),
    ("Action no 4 : créer un guichet", ("Action n° 4", "action", "créer un guichet")),
    ("Action no.4 : créer un guichet", ("Action n° 4", "action", "créer un guichet")),
])
def test_no_abbreviates_numero_only_before_a_number(text, expected):
    assert parse_label(text) == expected


def test_a_numbered_reserve_is_a_demand_and_a_nature_reserve_no_label():
    assert parse_label("Réserve n° 2 : Planter une haie.") == ("Réserve n° 2", "recommendation", "Planter une haie.")
    assert parse_label("Réserve naturelle : un site protégé") == ("", "", "Réserve naturelle : un site protégé")
    assert parse_label("Réserve A : planter") == ("", "", "Réserve A : planter")


@pytest.mark.parametrize("text, expected", [
    # a level below an axis or an objective is an objective too
    ("Sous-axe 2.1 – Accompagner les familles", ("Sous-axe 2.1", "objective", "Accompagner les familles")),
    ("Sous-objectif 3 : Des trottoirs praticables", ("Sous-objectif 3", "objective", "Des trottoirs praticables")),
    ("Sous axe 1 – Le marché", ("Sous axe 1", "objective", "Le marché")),
    ("Sous-axe de la rocade fermé", ("", "", "Sous-axe de la rocade fermé")),
])
def test_a_sub_axis_is_an_objective(text, expected):
    assert parse_label(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a regional scheme's or a regulation's numbered rule is the authority's provision: an action
    ("Règle n° 7 – Protéger les haies", ("Règle n° 7", "action", "Protéger les haies")),
    ("Regle 2 : Les PLU délimitent les zones humides", ("Regle 2", "action", "Les PLU délimitent les zones humides")),
    ("Règles de fonctionnement :", ("", "", "Règles de fonctionnement :")),
    ("Règle d'or : rien ne se perd", ("", "", "Règle d'or : rien ne se perd")),
])
def test_a_numbered_rule_is_an_action(text, expected):
    assert parse_label(text) == expected
