"""Segment evaluation against the reference units of the demo corpus."""
from pathlib import Path

import pytest

from nlp_stn.errors import InputError
from nlp_stn.evaluation.segments import (
    GoldUnit, evaluate_segments, exhaustive_documents, read_gold, score_document, variants,
)
from nlp_stn.model import Segment
from nlp_stn.settings import Settings

TESTS = Path(__file__).resolve().parent
GOLD = TESTS / "data" / "segment" / "gold-units.csv"
CORPUS = TESTS.parent / "corpus"
CDPL = "lorient/2019-03_cdpl_avis-schema-territorial-numerique.txt"
BREST = "brest/2016-03-05_reunion-tous-publics_compte-rendu.txt"


def test_exhaustive_documents_come_from_the_gold_file():
    assert exhaustive_documents(read_gold(GOLD)) == (BREST, CDPL)
    assert exhaustive_documents(read_gold(GOLD), min_units=40) == (CDPL,)


def test_targets_on_the_demo_corpus():
    report = evaluate_segments(GOLD, CORPUS, Settings())
    scores = {d.doc: d for d in report.documents}
    assert report.exhaustive_docs == (BREST, CDPL)
    assert (scores[CDPL].gold, scores[CDPL].found, scores[CDPL].segments, scores[CDPL].unmatched) == (42, 41, 41, 0)
    assert (scores[BREST].gold, scores[BREST].found, scores[BREST].segments, scores[BREST].unmatched) == (34, 34, 37, 3)
    for doc in (CDPL, BREST):
        assert scores[doc].recall >= 0.95 and scores[doc].unmatched_share <= 0.10
    assert scores["contributions/liste-des-contributions.txt"].recall == 1.0
    assert scores["contributions/liste-des-contributions.txt"].unmatched_share is None  # not exhaustive
    assert report.recall >= 0.95


def test_variants_of_a_segment():
    assert variants("Créer un pool d'expertise : multi compétences, réunissant des professeurs") == [
        "Créer un pool d'expertise : multi compétences, réunissant des professeurs",
        "Créer un pool d'expertise",
    ]
    assert variants("Titre de la contribution\nCorps du texte. Deuxième phrase.") == [
        "Titre de la contribution Corps du texte. Deuxième phrase.",
        "Titre de la contribution",
        "Titre de la contribution Corps du texte.",
    ]
    # a heading unit that keeps its label, against a gold text written without it
    assert variants("Action 5 : Moderniser et télégérer le parc d'éclairage public") == [
        "Action 5 : Moderniser et télégérer le parc d'éclairage public",
        "Moderniser et télégérer le parc d'éclairage public",
    ]
    assert variants("Action 5 : Moderniser l'éclairage", "Les points lumineux passeront aux LED.") == [
        "Action 5 : Moderniser l'éclairage",
        "Action 5 : Moderniser l'éclairage Les points lumineux passeront aux LED.",
        "Moderniser l'éclairage Les points lumineux passeront aux LED.",
        "Moderniser l'éclairage",
    ]


def seg(text, kind="recommendation", role=""):
    return Segment(id=text, doc="d", kind=kind, label="", heading="", parent="", role=role, page=None,
                   start=0, end=len(text), text=text)


def test_score_document_counts_kinds_and_roles():
    gold = [GoldUnit("d", "1", "recommendation", "Développer le télétravail"),
            GoldUnit("d", "2", "recommendation", "Créer un réseau local de covoiturage"),
            GoldUnit("d", "3", "question", "Pourquoi ?")]
    segments = [seg("Développer le  télétravail"), seg("Créer un réseau local de covoiturage", kind="action"),
                seg("Négocier des tarifs", role="lever"), seg("Un segment en trop")]
    score = score_document("d", gold, segments, exhaustive=True)
    assert (score.gold, score.found, score.segments, score.unmatched) == (2, 1, 3, 1)
    assert score.missed == ("Créer un réseau local de covoiturage",)
    assert score.extra == ("Un segment en trop",)


def test_gold_file_with_missing_columns(tmp_path):
    bad = tmp_path / "gold.csv"
    bad.write_text("doc,text\na,b\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_gold(bad)
    assert str(err.value) == f"{bad} : colonnes manquantes : unit, kind (attendu : doc, unit, kind, text)."
