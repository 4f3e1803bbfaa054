"""Segmentation of structured documents: numbered strategies, numbered practice headings,
lead-ins, and the cheap infinitive pre-test."""
from pathlib import Path

import pytest

from nlp_stn.extract import extract
from nlp_stn.extract.base import TextBuilder
from nlp_stn.model import DocMeta, Document
from nlp_stn.segment import _may_start_with_infinitive, parse_label, segment

DATA = Path(__file__).resolve().parent / "data" / "segment"
STRATEGY = DATA / "strategie-territoriale.md"
O11 = "Objectif 1.1 : Réduire la fracture numérique"
O12 = "Objectif 1.2 : Rendre les services publics accessibles"
O21 = "Objectif 2.1 : Allonger la durée de vie des équipements"
TITLE = "Stratégie numérique du territoire 2024-2028"
A1 = f"{TITLE} > Axe 1 : Un numérique inclusif"
A2 = f"{TITLE} > Axe 2 : Un numérique responsable"
EXPECTED = [
    ("objective", "Axe 1", TITLE, "", "Axe 1 : Un numérique inclusif"),
    ("objective", "Objectif 1.1", A1, "Axe 1", O11),
    ("action", "Action 1.1.1", f"{A1} > {O11}", "Objectif 1.1",
     "Ouvrir un tiers-lieu numérique dans chaque commune de plus de 5 000 habitants."),
    ("action", "Action 1.1.2", f"{A1} > {O11}", "Objectif 1.1",
     "Former cinquante aidants numériques par an avec les centres sociaux."),
    ("indicator", "", f"{A1} > {O11}", "Objectif 1.1", "Nombre de tiers-lieux ouverts"),
    ("indicator", "", f"{A1} > {O11}", "Objectif 1.1", "Nombre d'aidants formés chaque année"),
    ("objective", "Objectif 1.2", A1, "Axe 1", O12),
    ("action", "Action 1.2.1", f"{A1} > {O12}", "Objectif 1.2", "Rendre conformes au RGAA tous les sites de la collectivité."),
    ("indicator", "", f"{A1} > {O12}", "Objectif 1.2", "Taux de conformité RGAA des sites"),
    ("objective", "Axe 2", TITLE, "", "Axe 2 : Un numérique responsable"),
    ("objective", "Objectif 2.1", A2, "Axe 2", O21),
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
