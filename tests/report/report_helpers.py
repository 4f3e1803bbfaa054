"""A small hand-made run (no model needed) and helpers shared by the tests of nlp_stn.report
(tests/report/; a test module imports them from here: a conftest.py here would shadow
tests/conftest.py, which other tests import as ``conftest``)."""
from __future__ import annotations

import csv

from nlp_stn.model import Coverage, Decision, Evidence, Match, MatchRun, Segment


LABELS = {"mobilite": "Mobilité", "tiers_lieux": "Tiers-lieux et coworking"}
NASTY = 'Éviter <script>alert("x")</script> & les \'guillemets\''


# --- reviewers in the report (testers' seventh round) -------------------------------------------

DETAIL = ("Un observatoire des usages numériques suit chaque année l'équipement des ménages, "
          "la fréquentation des lieux de médiation et les démarches en ligne. " * 4).strip()


def seg(uid, doc, kind, text, page=None, label="", heading=""):
    return Segment(id=uid, doc=doc, kind=kind, label=label, heading=heading, parent="", role="",
                   page=page, start=0, end=len(text), text=text)


def fake_run(**changes):
    demands = (
        seg("d1", "avis.txt", "recommendation", "Créer un réseau de tiers lieux", label="1"),
        seg("d2", "avis.txt", "recommendation", NASTY, label="2"),
        seg("d3", "avis.txt", "recommendation", "Développer le covoiturage local", label="3"),
    )
    actions = (
        seg("a1", "strategie.pdf", "action", "Soutenir les tiers-lieux du territoire", page=4),
        seg("a2", "strategie.pdf", "action", "Ouvrir les données publiques", page=7),
    )
    ev = Evidence(shared_lemmas=("tiers", "lieu"), shared_themes=("tiers_lieux",), top_signal="tfidf",
                  signals={"tfidf": 0.61})
    matches = (
        Match("d1", "a1", 1, 0.8123, ev),
        Match("d1", "a2", 2, 0.3051, Evidence(), near_tie=False),
        Match("d2", "a2", 1, 0.4, Evidence(top_signal="embedding")),
        Match("d2", "a1", 2, 0.39, Evidence(), near_tie=True),
        Match("d3", "a2", 1, 0.1, Evidence()),
    )
    coverage = (
        Coverage("d1", "pris en compte", "a1", 0.8123),
        Coverage("d2", "partiellement", "a2", 0.4, validated=True),
        Coverage("d3", "non pris en compte", "a2", 0.1, to_review=True),
    )
    run = dict(
        run_id="20261126-101500-ab12cd",
        demands=demands,
        actions=actions,
        matches=matches,
        coverage=coverage,
        themes={"d1": ("tiers_lieux",), "d2": (), "d3": ("mobilite",), "a1": ("tiers_lieux",), "a2": ()},
        documents={
            "avis.txt": {"title": "L'avis du conseil", "path": "/corpus/avis.txt", "role": "demands"},
            "strategie.pdf": {"title": "Stratégie", "path": "/corpus/strategie.pdf", "role": "actions"},
            # an input that could not be read: in failures, never among the compared documents
            "casse.pdf": {"title": "casse.pdf", "path": "/corpus/casse.pdf", "role": "actions"},
        },
        failures=(("/corpus/casse.pdf", "PDF chiffré"),),
        settings={"top_k": 5, "threshold_addressed": 0.6, "threshold_partial": 0.35},
        versions={"nlp-stn": "0.1.0", "matcher": "m1"},
    )
    run.update(changes)
    return MatchRun(**run)


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def reviewed_run():
    """fake_run with a third action (labelled "2.1", with a description) and reviewers' decisions:
    d1's best action rejected by alice, who links the demand to a3 (never proposed) with a comment;
    alice and bruno disagree on d2's best action."""
    from dataclasses import replace

    from nlp_stn.review import apply_decisions
    from nlp_stn.model import pair_id

    base = fake_run()
    a3 = replace(seg("a3", "strategie.pdf", "action", "Créer un observatoire", page=9, label="2.1"), detail=DETAIL)
    demands = base.demands[:2] + (seg("d3", "avis.txt", "recommendation", "Développer le covoiturage local",
                                      label="Préconisation 3"),)
    run = fake_run(actions=base.actions + (a3,), demands=demands,
                   coverage=tuple(replace(c, validated=False, to_review=False) for c in base.coverage))
    when = "2026-11-20T10:00:00+00:00"
    decisions = [
        Decision(pair_id("d1", "a1"), "d1", "a1", "non", "a3", "alice", "la bonne action est l'observatoire",
                 time=when),
        Decision(pair_id("d2", "a2"), "d2", "a2", "oui", reviewer="alice", time=when),
        Decision(pair_id("d2", "a2"), "d2", "a2", "non", reviewer="bruno", comment="trop vague", time=when),
    ]
    return apply_decisions(run, decisions)


def section(page, demand_id):
    start = page.index(f'<section class="demand" id="d-{demand_id}">')
    return page[start:page.index("</section>", start)]
