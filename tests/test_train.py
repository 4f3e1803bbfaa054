"""Training the matcher on labelled pairs: gold pairs, grouped cross-validation, matcher.json."""
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from nlp_stn.errors import InputError, UsageError
from nlp_stn.features import FEATURE_NAMES
from nlp_stn.match import Matcher, load_model
from nlp_stn.settings import Settings
from nlp_stn.model import Segment
from nlp_stn.train import (
    DEFAULT_PARAMS,
    GroupData,
    _measure,
    build_groups,
    comparison_thresholds,
    fit_matcher,
    gold_pairs,
    load_gold,
    out_of_fold,
    recover_context,
    status_f1_nested,
)

GOLD = Path(__file__).parent / "data" / "match"
CDPL = "2019-03_cdpl_avis-schema-territorial-numerique"
BREST = "2016-03-05_reunion-tous-publics_compte-rendu"
STN = "2019-02-20_cdpl-groupe-travail_compte-rendu, 2019-04-16_cdpl-groupe-travail_compte-rendu"
CONTRIB = "liste-des-contributions"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return Settings(cache_dir=str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="module")
def pairs():
    return gold_pairs(GOLD)


@pytest.fixture(scope="module")
def groups(pairs, settings):
    return build_groups(pairs, settings)


def test_gold_pairs_groups_and_labels(pairs):
    assert Counter(p.group for p in pairs) == {
        f"{CDPL} ↔ {BREST}": 9 * 7,  # own territory's strategy and another territory are apart
        f"{CDPL} ↔ {STN}": 9 * 6,
        f"{CONTRIB} ↔ {BREST}, {CDPL}": 2 * 16,
    }
    assert Counter(p.relevance for p in pairs) == {0: 122, 1: 18, 2: 9}
    label = {(p.demand.id, p.action.id): p.relevance for p in pairs}
    assert label[("L-37", "A-13")] == 2 and label[("L-37", "S-13")] == 1 and label[("L-37", "S-07")] == 0
    # a demand without any link is still a demand of its groups (all its pairs are 0)
    assert {p.relevance for p in pairs if p.demand.id == "L-05"} == {0}
    assert load_gold(GOLD)[1] is False  # no corpus: no context


def test_gold_errors(tmp_path):
    with pytest.raises(UsageError, match="dossier d'annotations introuvable"):
        gold_pairs(tmp_path / "absent")
    (tmp_path / "units.csv").write_text("doc,unit,kind,text\na.txt,U1,recommendation,x\n", encoding="utf-8")
    (tmp_path / "links.csv").write_text("unit_a,unit_b,relevance\nU1,U9,1\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        gold_pairs(tmp_path)
    assert str(err.value) == f"{tmp_path / 'links.csv'} : ligne 2 : unité inconnue (U9) absente de units.csv."
    (tmp_path / "links.csv").write_text("unit_a,unit_b\nU1,U9\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"colonnes manquantes : relevance"):
        gold_pairs(tmp_path)


def test_gold_links_written_from_the_action_are_read_from_the_demand(tmp_path):
    (tmp_path / "units.csv").write_text(
        "doc,unit,kind,text\n"
        "avis.txt,R1,recommendation,Développer les tiers-lieux\n"
        "avis.txt,R2,recommendation,Former les aidants\n"
        "avis.txt,Q1,question,Comment ouvrir les données ?\n"
        "strategie.txt,A1,action,Créer un réseau de tiers-lieux\n"
        "strategie.txt,A2,action,Publier les données ouvertes\n",
        encoding="utf-8",
    )
    # A1 -> R1 is written from the action; Q1, a question, starts a link: it is a demand too
    (tmp_path / "links.csv").write_text(
        "unit_a,unit_b,relevance\nA1,R1,2\nQ1,A2,1.0\n", encoding="utf-8"
    )
    got = {(p.demand.id, p.action.id): p.relevance for p in gold_pairs(tmp_path)}
    assert got == {
        ("R1", "A1"): 2, ("R1", "A2"): 0,
        ("R2", "A1"): 0, ("R2", "A2"): 0,
        ("Q1", "A1"): 0, ("Q1", "A2"): 1,
    }


def test_context_of_an_annotated_excerpt_is_the_rest_of_its_unit(tmp_path):
    # a consultation's proposal annotated by its title only: its body is the context a reader
    # had; a unit annotated whole keeps its section title only
    (tmp_path / "contributions.txt").write_text(
        "Contributions\n\n#Participation en ligne\nRéférendums par internet\nUtiliser le site de la mairie pour "
        "consulter les habitants sur les projets d'aménagement.\n\n#Inclusion\nDes ateliers de médiation\n"
        "Ouvrir des ateliers de proximité pour les démarches en ligne.\n",
        encoding="utf-8",
    )
    units = [
        Segment(id=uid, doc="contributions.txt", kind="recommendation", label="", heading="", parent="", role="",
                page=None, start=0, end=0, text=text)
        for uid, text in [("C1", "Référendums par internet"),
                          ("C2", "Des ateliers de médiation Ouvrir des ateliers de proximité pour les démarches en ligne."),
                          ("C3", "Une phrase qui n'est pas dans le document")]
    ]
    got, used = recover_context(units, tmp_path, Settings())
    assert used
    assert [(u.id, u.text, u.heading) for u in got] == [
        ("C1", "Référendums par internet", "Participation en ligne ; Utiliser le site de la mairie pour consulter "
         "les habitants sur les projets d'aménagement"),
        ("C2", "Des ateliers de médiation Ouvrir des ateliers de proximité pour les démarches en ligne.", "Inclusion"),
        ("C3", "Une phrase qui n'est pas dans le document", ""),
    ]


def test_gold_relevance_must_be_a_whole_number(tmp_path):
    (tmp_path / "units.csv").write_text(
        "doc,unit,kind,text\na.txt,R1,recommendation,x\nb.txt,A1,action,y\n", encoding="utf-8"
    )
    (tmp_path / "links.csv").write_text("unit_a,unit_b,relevance\nR1,A1,0.5\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        gold_pairs(tmp_path)
    assert str(err.value) == f"{tmp_path / 'links.csv'} : ligne 2 : relevance « 0.5 » n'est pas 0, 1 ou 2."


def test_groups_have_every_cell(groups):
    for g in groups:
        assert g.X.shape == (len(g.demands), len(g.actions), len(FEATURE_NAMES))
        assert (g.Y >= 0).all()


def test_a_demands_own_labels_never_change_its_out_of_fold_scores(groups, settings):
    params = dict(DEFAULT_PARAMS)
    before = out_of_fold(groups, settings, params, 3)
    changed = []
    for g in groups:
        Y = g.Y.copy()
        for i, d in enumerate(g.demands):
            if d.id == "L-37":
                Y[i] = 0
                Y[i, 0] = 2
        changed.append(GroupData(g.name, g.demands, g.actions, g.X, Y))
    after = out_of_fold(changed, settings, params, 3)
    for g, b, a in zip(groups, before, after):
        rows = [i for i, d in enumerate(g.demands) if d.id == "L-37"]
        others = [i for i, d in enumerate(g.demands) if d.id != "L-37"]
        assert np.array_equal(b[rows], a[rows])
        assert not np.allclose(b[others], a[others])  # the labels do matter for the other demands


def test_fit_matcher_writes_a_loadable_json_model(pairs, groups, settings, tmp_path):
    data = fit_matcher(pairs, settings, groups=groups, sources={"gold": {"dir": "match"}})
    text = json.dumps(data)
    assert "NaN" not in text
    (tmp_path / "matcher.json").write_text(text, encoding="utf-8")
    model = load_model(tmp_path / "matcher.json")
    assert isinstance(model.matcher, Matcher)
    assert model.version == data["version"] and len(data["version"]) == 12
    assert 0 <= model.thresholds["partial"] <= model.thresholds["addressed"] <= 1
    assert data["training_data"]["pairs"] == 149 and data["training_data"]["relevant"] == 27
    assert data["training_data"]["demands"] == 11
    assert set(data["cross_validated"]["combined"]) == {g.name for g in groups} | {"overall"}
    assert data["fitted"]["random_state"] == 0 and data["fitted"]["params"] == DEFAULT_PARAMS
    # the same data and seed give the same weights
    again = fit_matcher(pairs, settings, groups=groups, sources={"gold": {"dir": "match"}})
    assert again["model"] == data["model"] and again["version"] == data["version"]


def test_reviewers_decisions_become_labelled_pairs(tmp_path, monkeypatch):
    import nlp_stn.review as review
    from nlp_stn.cli.matching import REVIEW_GROUP, decision_pairs
    from nlp_stn.model import Decision, text_hash

    units = [
        {"id": "d1", "doc": "a.txt", "kind": "recommendation", "label": "", "heading": "", "parent": "", "role": "",
         "page": None, "start": 0, "end": 0, "text": "Former les élus", "side": "demand"},
        {"id": "d2", "doc": "a.txt", "kind": "recommendation", "label": "", "heading": "", "parent": "", "role": "",
         "page": None, "start": 0, "end": 0, "text": "Ouvrir les données", "side": "demand"},
    ] + [
        {"id": f"a{i}", "doc": "s.txt", "kind": "action", "label": "", "heading": "", "parent": "", "role": "",
         "page": None, "start": 0, "end": 0, "text": t, "side": "action"}
        for i, t in enumerate(["Plan de formation", "Portail open data", "Fibre"])
    ]
    (tmp_path / "units.jsonl").write_text("\n".join(json.dumps(u) for u in units) + "\n", encoding="utf-8")
    decisions = [
        Decision("p1", "d1", "a0", "oui", demand_hash=text_hash("Former les élus")),
        Decision("p2", "d1", "a2", "non"),
        Decision("p3", "d2", "a2", "non", corrected_action_id="a1"),
        Decision("p4", "d2", "a0", "incertain"),
        Decision("p5", "d2", "a0", "oui", demand_hash="0" * 12),  # text changed since: not used
    ]
    monkeypatch.setattr(review, "load_decisions", lambda db: decisions)
    pairs, read, kept = decision_pairs(tmp_path / "db.sqlite", tmp_path)
    assert (read, kept) == (5, 4)
    labelled = {(p.demand.id, p.action.id): p.relevance for p in pairs}
    assert labelled == {("d1", "a0"): 2, ("d1", "a2"): 0, ("d2", "a1"): 2, ("d1", "a1"): -1, ("d2", "a0"): -1,
                        ("d2", "a2"): 0}
    assert {p.group for p in pairs} == {REVIEW_GROUP}


def _group(name, scores, labels, cross):
    demands = [Segment(id=f"{name}-d{i}", doc=f"{name}/d.txt", kind="recommendation", label="", heading="",
                       parent="", role="", page=None, start=0, end=0, text=f"demande {i}") for i in range(len(scores))]
    actions = [Segment(id=f"{name}-a{j}", doc=f"{name}/a.txt", kind="action", label="", heading="", parent="",
                       role="", page=None, start=0, end=0, text=f"action {j}") for j in range(len(scores[0]))]
    Y = np.asarray(labels)
    return GroupData(name, demands, actions, np.zeros(Y.shape + (len(FEATURE_NAMES),)), Y, cross_territory=cross), \
        np.asarray(scores, dtype=float)


def test_gold_groups_know_whether_they_compare_territories(groups):
    assert {g.name: g.cross_territory for g in groups} == {
        f"{CDPL} ↔ {BREST}": True,
        f"{CDPL} ↔ {STN}": False,
        f"{CONTRIB} ↔ {BREST}, {CDPL}": True,
    }


def test_status_and_comparison_thresholds_are_calibrated_on_their_own_groups():
    own, s_own = _group("own", [[0.9, 0.1], [0.6, 0.2], [0.3, 0.2]], [[2, 0], [1, 0], [0, 0]], cross=False)
    other, s_other = _group("other", [[0.5, 0.45], [0.2, 0.1]], [[2, 1], [0, 0]], cross=True)
    groups, scores = [own, other], [s_own, s_other]
    # status: pair-level thresholds on every labelled pair of every group. Relevant pairs 0.9
    # (rel 2), 0.6 (rel 1), 0.5 (rel 2), 0.45 (rel 1); the others 0.3 and below: "partial"
    # between 0.3 and 0.45; "addressed" between 0.45 and 0.5 (0.5 and 0.9 are rel 2, 0.6 is not)
    _, thresholds = _measure(groups, scores)
    assert thresholds == {"addressed": 0.475, "partial": 0.375}
    nested = status_f1_nested(groups, scores, folds=3)
    assert (nested["partial_demands"], nested["addressed_demands"]) == (5, 5)
    # comparison: pairs of the cross-territory group only (0.5 rel 2, 0.45 rel 1, 0.2 and 0.1 rel 0)
    comp = comparison_thresholds(groups, scores, folds=2)
    assert (comp["close_idea"], comp["same_idea"], comp["pairs"]) == (0.325, 0.475, 4)
    assert comp["close_idea_f1"] == 1.0 and comp["same_idea_f1"] == 1.0
    # without a cross-territory group, every group calibrates the comparison thresholds
    solo = GroupData(own.name, own.demands, own.actions, own.X, own.Y, cross_territory=False)
    assert comparison_thresholds([solo], [s_own])["pairs"] == 6
    nested = status_f1_nested([solo], [s_own], folds=3)
    assert (nested["partial_demands"], nested["addressed_demands"]) == (3, 3)


def test_decision_pairs_take_their_labels_from_review_labelled_pairs(tmp_path, monkeypatch):
    import nlp_stn.review as review
    from nlp_stn.cli.matching import decision_pairs

    units = [{"id": i, "doc": "a.txt", "kind": "recommendation", "label": "", "heading": "", "parent": "",
              "role": "", "page": None, "start": 0, "end": 0, "text": f"texte {i}", "side": side}
             for i, side in (("d1", "demand"), ("a1", "action"), ("a2", "action"))]
    (tmp_path / "units.jsonl").write_text("\n".join(json.dumps(u) for u in units) + "\n", encoding="utf-8")
    seen = {}

    def fake_labelled_pairs(decisions, run_units):
        seen["ids"] = sorted(u.id for u in run_units)
        # a pair whose "demand" is an action of the run and an unknown unit are not kept
        return [("d1", "a2", 1), ("a1", "a2", 2), ("d1", "zz", 2)]

    monkeypatch.setattr(review, "load_decisions", lambda db: ["une décision"])
    monkeypatch.setattr(review, "labelled_pairs", fake_labelled_pairs)
    pairs, read, kept = decision_pairs(tmp_path / "db.sqlite", tmp_path)
    assert seen["ids"] == ["a1", "a2", "d1"]
    assert (read, kept) == (1, 1)
    assert [(p.demand.id, p.action.id, p.relevance) for p in pairs] == [("d1", "a2", 1), ("d1", "a1", -1)]


def test_set_name_and_default_corpus(tmp_path):
    from nlp_stn.train import default_corpus, set_name

    assert set_name(tmp_path / "shared" / "gold") == "shared"
    assert set_name(tmp_path / "annotations") == "annotations"
    (tmp_path / "shared" / "gold").mkdir(parents=True)
    assert default_corpus(tmp_path / "shared" / "gold") is None
    (tmp_path / "shared" / "corpus").mkdir()
    assert default_corpus(tmp_path / "shared" / "gold") == (tmp_path / "shared" / "corpus").resolve()


def test_a_prefix_keeps_annotation_sets_apart(tmp_path):
    plain = gold_pairs(GOLD)
    prefixed, _ = load_gold(GOLD, prefix="avis")
    assert [(p.demand.id, p.action.id, p.relevance, p.group) for p in prefixed] == [
        (f"avis:{p.demand.id}", f"avis:{p.action.id}", p.relevance, f"avis · {p.group}") for p in plain
    ]
    (tmp_path / "units.csv").write_text("doc,unit,kind,text\na.txt,R-1,recommendation,Former les agents\n",
                                        encoding="utf-8")
    (tmp_path / "links.csv").write_text("unit_a,unit_b,relevance\nR-1,A-9,1\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"ligne 2 : unité inconnue \(A-9\) absente de units\.csv\."):
        load_gold(tmp_path, prefix="avis")


def test_leave_one_set_out_needs_two_sets(groups, settings):
    from nlp_stn.train import leave_one_set_out, set_of

    assert set_of("avis · a ↔ b") == "avis" and set_of("a ↔ b") == ""
    assert leave_one_set_out(groups, settings) == {}  # one set, read without a prefix
