"""Segmentation: golden units of the demo documents, the 37-recommendation report, invariants."""
import json
from pathlib import Path

import pytest

from nlp_stn.extract import extract
from nlp_stn.model import SEGMENT_COLUMNS, Block, DocMeta, Document, segment_id
from nlp_stn.segment import classify_leadin, parse_label, role_of_header, segment, segment_many, write_segments
from nlp_stn.settings import Settings

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
        ("En conclusion :", ""),
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


def regenerate():  # pragma: no cover - run by hand: python tests/test_segment.py
    out = {rel: summary(segment(document(rel), SETTINGS)) for rel in GOLDEN_DOCS}
    EXPECTED.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    regenerate()
