"""match_units and the Matcher: ranking, status, evidence, near ties, bad input, model file."""
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from nlp_stn.errors import MatchError, ModelError
from nlp_stn.features import FEATURE_NAMES
from nlp_stn.match import Matcher, load_model, match_units, status_for
from nlp_stn.model import STATUS_ADDRESSED, STATUS_NOT, STATUSES, Segment
from nlp_stn.settings import DEFAULT_MODELS_DIR, Settings


def unit(uid, text, doc="d.txt"):
    return Segment(id=uid, doc=doc, kind="recommendation", label="", heading="", parent="", role="", page=None,
                   start=0, end=0, text=text)


DEMANDS = [
    unit("d1", "Développer un réseau de tiers-lieux et d'espaces de coworking", "avis.txt"),
    unit("d2", "Ouvrir les données publiques en open data", "avis.txt"),
    unit("d3", "Créer un réseau local de covoiturage", "avis.txt"),
]
ACTIONS = [
    unit("a1", "Définir une stratégie de diffusion des données publiques", "strategie.txt"),
    unit("a2", "Soutenir la création de tiers-lieux sur le territoire", "strategie.txt"),
    unit("a3", "Former les agents à la cybersécurité", "strategie.txt"),
    unit("a4", "Développer la fibre optique dans les zones rurales", "strategie.txt"),
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return Settings(cache_dir=str(tmp_path_factory.mktemp("cache")), top_k=3)


@pytest.fixture(scope="module")
def result(settings):
    return match_units(DEMANDS, ACTIONS, settings)


def test_top_k_per_demand_ranked_with_scores_in_0_1(result):
    for d in DEMANDS:
        ms = [m for m in result.matches if m.demand_id == d.id]
        assert [m.rank for m in ms] == [1, 2, 3]
        assert all(0.0 <= m.score <= 1.0 for m in ms)
        assert [m.score for m in ms] == sorted((m.score for m in ms), reverse=True)


def test_the_obvious_answers_rank_first(result):
    best = {m.demand_id: m.action_id for m in result.matches if m.rank == 1}
    assert best["d1"] == "a2" and best["d2"] == "a1"


def test_one_coverage_per_demand_consistent_with_thresholds(result):
    assert [c.demand_id for c in result.coverage] == ["d1", "d2", "d3"]
    th = result.thresholds
    assert set(th) == {"addressed", "partial"} and 0 <= th["partial"] <= th["addressed"] <= 1
    for c in result.coverage:
        assert c.status in STATUSES
        assert c.status == status_for(c.score, th)
        top = next(m for m in result.matches if m.demand_id == c.demand_id and m.rank == 1)
        assert c.score == top.score
        assert c.best_action_id == (top.action_id if c.status != STATUS_NOT else "")


def test_evidence_and_versions(result, settings):
    m = next(m for m in result.matches if m.demand_id == "d2" and m.rank == 1)
    assert set(m.evidence.shared_lemmas) == {"public", "données"}
    assert m.evidence.shared_themes == ("donnees_ouvertes",)
    assert m.evidence.top_signal in FEATURE_NAMES
    assert set(m.evidence.signals) == set(FEATURE_NAMES) | {"fuzz"}
    assert result.themes["d3"] == ("mobilite",) and result.themes["a3"] == ("formation", "securite")
    model = load_model(settings=settings)
    assert result.versions["matcher"] == model.version and set(result.versions) == {"matcher", "features", "themes"}


def test_block_size_does_not_change_the_result(settings, result):
    again = match_units(DEMANDS, ACTIONS, settings.replace(block_size=1))
    assert again.matches == result.matches and again.coverage == result.coverage


def test_identical_actions_are_flagged_as_near_ties(settings):
    actions = [unit("x1", "Soutenir la création de tiers-lieux"), unit("x2", "Soutenir la création de tiers-lieux"),
               unit("x3", "Réduire la vitesse")]
    res = match_units(DEMANDS[:1], actions, settings)
    flags = {m.action_id: m.near_tie for m in res.matches}
    assert flags["x1"] and flags["x2"] and not flags["x3"]
    assert [m.action_id for m in res.matches[:2]] == ["x1", "x2"]
    # two equally remote candidates: their order decides nothing, no flag
    remote = [unit("y1", "Réduire la vitesse"), unit("y2", "Réduire la vitesse")]
    res = match_units(DEMANDS[:1], remote, settings)
    assert max(m.score for m in res.matches) < res.thresholds["partial"]
    assert [m.near_tie for m in res.matches] == [False, False]


def test_settings_override_thresholds(settings):
    res = match_units(DEMANDS, ACTIONS, settings.replace(threshold_addressed=0.0, threshold_partial=0.0))
    assert res.thresholds == {"addressed": 0.0, "partial": 0.0}
    assert {c.status for c in res.coverage} == {STATUS_ADDRESSED}


def test_thresholds_are_used_at_the_precision_readers_see(settings):
    # models/matcher.json stores calibrated values such as 0.9491; the report shows "0,95"
    model = load_model(settings=settings)
    assert all(v == round(v, 2) for v in model.thresholds.values())
    res = match_units(DEMANDS, ACTIONS, settings.replace(threshold_addressed=0.7049, threshold_partial=0.3))
    assert res.thresholds == {"addressed": 0.7, "partial": 0.3}


def test_no_demands_or_actions(settings):
    with pytest.raises(MatchError) as err:
        match_units([], ACTIONS, settings)
    assert str(err.value) == (
        "aucune demande à apparier : vérifiez que les fichiers donnés contiennent des unités "
        "(recommandations) ou passez un tableau avec les colonnes id et text."
    )
    with pytest.raises(MatchError, match="^aucune action à apparier"):
        match_units(DEMANDS, [], settings)


def test_duplicate_ids(settings):
    with pytest.raises(MatchError) as err:
        match_units([DEMANDS[0], DEMANDS[0]], ACTIONS, settings)
    assert str(err.value) == "avis.txt : identifiants d'unités en double (d1) dans avis.txt : chaque unité doit avoir un id unique."


def _models_copy(tmp_path) -> Path:
    models = tmp_path / "models"
    models.mkdir()
    shutil.copy(DEFAULT_MODELS_DIR / "themes.toml", models / "themes.toml")
    return models


def test_missing_matcher_file(tmp_path):
    models = _models_copy(tmp_path)
    with pytest.raises(ModelError) as err:
        match_units(DEMANDS, ACTIONS, Settings(models_dir=str(models), cache_dir=str(tmp_path / "c")))
    assert str(err.value) == (
        f"{models / 'matcher.json'} : modèle d'appariement introuvable : restaurez le fichier du projet "
        "(`git checkout models/matcher.json`) ou réentraînez-le avec "
        "`nlp-stn train --gold DOSSIER` (dossier d'annotations units.csv + links.csv)."
    )


@pytest.mark.parametrize(
    "content, start",
    [
        ("{not json", "modèle d'appariement corrompu (JSON invalide"),
        ('{"model": {}}', "modèle d'appariement incomplet ou corrompu (KeyError"),
        ("[1, 2]", "modèle d'appariement incomplet ou corrompu (ValueError: not an object)"),
    ],
)
def test_corrupt_matcher_file(tmp_path, content, start):
    models = _models_copy(tmp_path)
    (models / "matcher.json").write_text(content, encoding="utf-8")
    with pytest.raises(ModelError) as err:
        load_model(settings=Settings(models_dir=str(models)))
    assert str(err.value).startswith(f"{models / 'matcher.json'} : {start}")
    assert str(err.value).endswith("restaurez le fichier du projet (`git checkout models/matcher.json`) ou réentraînez-le avec `nlp-stn train --gold DOSSIER` (dossier d'annotations units.csv + links.csv).")


def test_matcher_from_other_features_is_refused(tmp_path):
    models = _models_copy(tmp_path)
    data = json.loads((DEFAULT_MODELS_DIR / "matcher.json").read_text(encoding="utf-8"))
    data["features_version"] = "0"
    (models / "matcher.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError, match="construit pour d'autres signaux"):
        load_model(settings=Settings(models_dir=str(models)))


def test_matcher_fit_predict_and_json_round_trip():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, len(FEATURE_NAMES)))
    y = (X[:, 0] + 0.1 * rng.normal(size=200) > 0).astype(int)
    m = Matcher(C=1.0, random_state=0).fit(X, y)
    p = m.predict_proba(X)
    assert p.shape == (200, 2) and np.allclose(p.sum(axis=1), 1.0)
    assert ((p[:, 1] > 0.5) == y).mean() > 0.9
    again = Matcher.from_dict(json.loads(json.dumps(m.to_dict())))
    assert np.allclose(again.predict_proba(X), p)
    # a missing value (NaN) takes the training mean: no contribution
    x = X[:1].copy()
    x[0, 0] = np.nan
    assert m.contributions(x[0])[0] == 0.0


def test_project_matcher_file_records_how_it_was_fitted():
    data = json.loads((DEFAULT_MODELS_DIR / "matcher.json").read_text(encoding="utf-8"))
    assert data["feature_names"] == list(FEATURE_NAMES)
    assert set(data["cross_validated"]) == {"combined", "tfidf", "status_nested", "comparison", "leave_one_set_out"}
    assert data["cross_validated"]["leave_one_set_out"] == {}  # fitted on one set of annotations
    # comparison thresholds are calibrated apart from the status thresholds (pair level)
    comp = data["cross_validated"]["comparison"]
    assert data["thresholds"]["same_idea"] == comp["same_idea"] >= comp["close_idea"] == data["thresholds"]["close_idea"]
    assert "GroupKFold" in data["fitted"]["cross_validation"]
    assert data["training_data"]["pairs"] > 0


def test_top_signal_is_never_a_negatively_weighted_signal(result, settings):
    from nlp_stn.match import top_signals

    model = load_model(settings=settings)
    weight = dict(zip(model.matcher.feature_names, model.matcher.coef_))
    assert all(weight[m.evidence.top_signal] > 0 for m in result.matches)
    # a pair where only a negatively weighted signal stands out: the reason shown is the best positive one
    m = Matcher(C=1.0, feature_names=("a", "b", "c"))
    m.coef_, m.intercept_ = np.array([1.0, -2.0, 0.5]), 0.0
    m.mean_, m.scale_ = np.zeros(3), np.ones(3)
    X = np.array([[0.1, -3.0, 0.3], [0.2, 0.0, 0.1]])
    assert top_signals(m, X).tolist() == [2, 0]


def test_an_action_the_document_turned_down_or_postponed_caps_the_status(settings):
    from dataclasses import replace as _replace

    demands = [unit("d1", "Créer un annuaire en ligne des associations", "avis.txt"),
               unit("d2", "Développer un réseau de tiers-lieux et d'espaces de coworking", "avis.txt")]
    actions = [
        _replace(unit("a1", "Créer un annuaire en ligne des associations : cette demande n'est pas retenue",
                      "reponse.txt"), state="Non retenue"),
        _replace(unit("a2", "Développer un réseau de tiers-lieux et d'espaces de coworking", "reponse.txt"),
                 state="Reportée"),
        unit("a3", "Former les agents à la cybersécurité", "reponse.txt"),
    ]
    result = match_units(demands, actions, settings)
    cov = {c.demand_id: c for c in result.coverage}
    top = {m.demand_id: m for m in result.matches if m.rank == 1}
    # both best answers score above the « pris en compte » threshold
    assert top["d1"].action_id == "a1" and top["d1"].score >= result.thresholds["addressed"]
    assert top["d2"].action_id == "a2" and top["d2"].score >= result.thresholds["addressed"]
    # a refusal answers nothing: the demand is not taken into account, the refusal shown as why
    assert (cov["d1"].status, cov["d1"].best_action_id, cov["d1"].score) == (STATUS_NOT, "a1", top["d1"].score)
    # a postponed action answers in part
    assert (cov["d2"].status, cov["d2"].best_action_id) == ("partiellement", "a2")


def test_what_was_published_with_a_demand_caps_its_status(settings):
    from dataclasses import replace as _replace

    text = "Développer un réseau de tiers-lieux et d'espaces de coworking"
    demands = [_replace(unit("d1", text, "export.csv"), state="Non retenue"),
               _replace(unit("d2", text + " dans les bourgs", "export.csv"), state="Retenue partiellement"),
               unit("d3", text + " ruraux", "export.csv")]
    actions = [unit("a1", text, "strategie.txt"), unit("a2", "Former les agents à la cybersécurité", "strategie.txt")]
    result = match_units(demands, actions, settings)
    cov = {c.demand_id: c for c in result.coverage}
    top = {m.demand_id: m for m in result.matches if m.rank == 1}
    assert all(top[d].action_id == "a1" and top[d].score >= result.thresholds["addressed"] for d in ("d1", "d2", "d3"))
    # turned down by the authority on its platform: not taken into account, whatever answers it
    assert (cov["d1"].status, cov["d1"].best_action_id) == (STATUS_NOT, "")
    assert (cov["d2"].status, cov["d2"].best_action_id) == ("partiellement", "a1")
    assert (cov["d3"].status, cov["d3"].best_action_id) == ("pris en compte", "a1")


@pytest.mark.parametrize("lowered, kept, action", [
    # « Étude de faisabilité d'une navette … »: nothing delivered yet, unless a study is what
    # the demand asks for
    ("Mettre en place une navette électrique entre les hameaux et la gare",
     "Étudier une navette électrique entre les hameaux et la gare",
     "Étude de faisabilité d'une navette électrique entre les hameaux et la gare"),
    # « quarante bornes » asked, « 25 bornes » planned: the same thing, fewer of it; a date is no
    # amount asked
    ("Installer quarante bornes de recharge pour vélos électriques dans les villages",
     "Installer des bornes de recharge pour vélos électriques dans les villages",
     "Installer 25 bornes de recharge pour vélos électriques dans les villages d'ici 2028"),
])
def test_an_action_that_is_only_a_study_or_gives_less_answers_in_part(settings, lowered, kept, action):
    demands = [unit("d1", lowered, "avis.txt"), unit("d2", kept, "avis.txt")]
    actions = [unit("a1", action, "plan.txt"), unit("a2", "Former les agents à la cybersécurité", "plan.txt")]
    result = match_units(demands, actions, settings)
    cov = {c.demand_id: c for c in result.coverage}
    top = {m.demand_id: m for m in result.matches if m.rank == 1}
    assert all(top[d].action_id == "a1" and top[d].score >= result.thresholds["addressed"] for d in ("d1", "d2"))
    assert (cov["d1"].status, cov["d1"].best_action_id) == ("partiellement", "a1")
    assert (cov["d2"].status, cov["d2"].best_action_id) == ("pris en compte", "a1")


def test_a_candidate_ranked_clearly_below_a_partial_best_one_does_not_make_it_whole():
    """The best candidate is only a study (« partiellement »); a weaker one scoring above the
    « pris en compte » threshold adds to it but does not answer the demand in full, unless its
    score is a near tie of the best one's."""
    from nlp_stn.match import _coverage

    thresholds = {"addressed": 0.7, "partial": 0.2}
    study = unit("a1", "Étude de faisabilité d'une navette entre les bourgs", "plan.txt")
    bus = unit("a2", "Une navette relie les bourgs le samedi", "plan.txt")
    demand = "Créer une navette entre les bourgs"
    far = _coverage("d1", [(study, 0.95), (bus, 0.80)], thresholds, demand_text=demand, near_tie=0.02)
    assert (far.status, far.best_action_id) == ("partiellement", "a1")
    tie = _coverage("d1", [(study, 0.95), (bus, 0.94)], thresholds, demand_text=demand, near_tie=0.02)
    assert (tie.status, tie.best_action_id) == (STATUS_ADDRESSED, "a2")
    # the best candidate answering in full is the answer, whatever ranks below it
    full = _coverage("d1", [(bus, 0.95), (study, 0.80)], thresholds, demand_text=demand, near_tie=0.02)
    assert (full.status, full.best_action_id) == (STATUS_ADDRESSED, "a2")


def test_a_refusal_ranked_first_is_the_answer_candidates_below_it_give_nothing(settings):
    from dataclasses import replace as _replace

    demands = [unit("d1", "Créer un annuaire en ligne des associations du territoire", "avis.txt")]
    actions = [
        _replace(unit("a1", "Créer un annuaire en ligne des associations du territoire : non retenu",
                      "reponse.txt"), kind="decision", state="non retenue"),
        unit("a2", "Ouvrir aux associations du territoire un bouquet d'outils en ligne", "reponse.txt"),
    ]
    result = match_units(demands, actions, settings)
    ranked = sorted((m for m in result.matches), key=lambda m: m.rank)
    assert [m.action_id for m in ranked] == ["a1", "a2"]
    assert ranked[1].score >= result.thresholds["partial"]  # a2 alone would answer in part
    assert (result.coverage[0].status, result.coverage[0].best_action_id) == (STATUS_NOT, "a1")


def test_a_demand_the_answering_document_links_is_answered_by_that_action(settings):
    from dataclasses import replace as _replace

    from nlp_stn.match import LINK_SIGNAL

    demands = [_replace(unit("p1", "Un abri pour les vélos devant le collège", "propositions.json"), label="77")]
    actions = [
        _replace(unit("r1", "Stationnements sécurisés aux arrêts de car", "resultats.csv"), kind="action",
                 answers="77 79"),
        unit("r2", "Former les agents à la cybersécurité", "resultats.csv"),
    ]
    result = match_units(demands, actions, settings)
    top = [m for m in result.matches if m.rank == 1][0]
    assert (top.action_id, top.evidence.top_signal) == ("r1", LINK_SIGNAL)
    assert top.score >= result.thresholds["addressed"]
    assert (result.coverage[0].status, result.coverage[0].best_action_id) == (STATUS_ADDRESSED, "r1")


def test_a_numbered_question_is_answered_by_the_answer_that_names_its_number(settings):
    from dataclasses import replace as _replace

    from nlp_stn.match import LINK_SIGNAL, demand_number

    question = _replace(unit("q2", "Nous demandons un abri au carrefour des Tilleuls", "questions.odt"),
                        label="Question n° 2")
    assert demand_number(question) == "2"
    assert demand_number(_replace(question, label="Recommandation n° 2")) == ""
    assert demand_number(_replace(question, label="104 – envoyée 2 fois à l'identique")) == "104"
    actions = [
        unit("r1", "Former les agents à la cybersécurité", "pv.pdf"),
        _replace(unit("r2", "La commune posera deux bancs au jardin en mars", "pv.pdf"), kind="action",
                 label="Réponse à la question n° 2", answers="2"),
    ]
    result = match_units([question], actions, settings)
    top = [m for m in result.matches if m.rank == 1][0]
    assert (top.action_id, top.evidence.top_signal) == ("r2", LINK_SIGNAL)


def test_a_labelled_demand_is_answered_by_the_section_restating_it(settings):
    # « Recommandation n° 3 » (or a demand under it) and the answer's units under the heading
    # « Recommandation n°3 – … » answering 3: a stated link; a bare number elsewhere is none
    from dataclasses import replace as _replace

    from nlp_stn.match import stated_links

    title = _replace(unit("t3", "Des jardins partagés", "avis.pdf"), label="Recommandation n° 3")
    demand = _replace(unit("d3", "Ouvrir un jardin partagé par quartier", "avis.pdf"), parent="t3")
    actions = [
        _replace(unit("a1", "La commune prêtera deux parcelles", "reponse.docx"), kind="action", answers="3",
                 heading="Réponse du Maire > Recommandation n°3 – Des jardins partagés"),
        _replace(unit("a2", "La commune posera un banc", "resultats.csv"), kind="action", answers="3",
                 heading="Projets retenus"),
    ]
    assert stated_links([title, demand], actions) == {(0, 0), (1, 0)}


def test_an_answer_going_through_numbered_demands_rules_out_its_other_numbers():
    # « Sur la recommandation n° 1 : … » over the answer's units: a unit answering 1 is no answer
    # to the numbered demand 2 the letter skipped; a unit stating no number, or a demand with no
    # number, keeps its chances
    from dataclasses import replace as _replace

    from nlp_stn.match import answered_elsewhere, stated_links

    demands = [
        _replace(unit("d1", "Ouvrir la piscine le dimanche", "rapport.pdf"), label="Recommandation n° 1"),
        _replace(unit("d2", "Ouvrir la patinoire le dimanche", "rapport.pdf"), label="Recommandation n° 2"),
        unit("d3", "Chauffer le bassin extérieur", "rapport.pdf"),
    ]
    actions = [
        _replace(unit("a1", "La piscine ouvrira le dimanche dès mars", "lettre.docx"), kind="action", answers="1",
                 heading="Lettre > Sur la recommandation n° 1 : Ouvrir la piscine le dimanche"),
        _replace(unit("a2", "Le parking sera agrandi", "lettre.docx"), kind="action"),
    ]
    links = stated_links(demands, actions)
    assert links == {(0, 0)}
    assert answered_elsewhere(demands, actions, links) == {(1, 0)}


def test_a_demand_under_a_numbered_title_is_ruled_out_of_the_other_numbers_too():
    # « Proposition 3.2 » titles the demand below it: a row answering 5.2 of an answer table going
    # through the numbered proposals is no answer to it, the row answering 3.2 is
    from dataclasses import replace as _replace

    from nlp_stn.match import answered_elsewhere, stated_links

    demands = [
        _replace(unit("t1", "Le choix du logiciel libre", "rapport.pdf"), label="Proposition 3.2"),
        _replace(unit("d1", "Acheter des logiciels libres", "rapport.pdf"), parent="t1"),
    ]
    actions = [
        _replace(unit("a1", "Une obligation générale n'est pas possible", "deliberation.pdf"), kind="decision",
                 answers="3.2", heading="Annexe > Proposition 3.2 – Le choix du logiciel libre"),
        _replace(unit("a2", "Une plateforme sur un logiciel libre sera ouverte", "deliberation.pdf"), kind="action",
                 answers="5.2", heading="Annexe > Proposition 5.2 – Participer en ligne"),
    ]
    links = stated_links(demands, actions)
    assert links == {(0, 0), (1, 0)}
    assert answered_elsewhere(demands, actions, links) == {(0, 1), (1, 1)}


def test_a_refusal_scored_as_high_as_the_best_action_is_the_answer():
    import dataclasses

    from nlp_stn.match import refusal_first

    thresholds = {"addressed": 0.7, "partial": 0.3}
    other = dataclasses.replace(unit("a1", "Proposer des composteurs en prêt dans chaque quartier"), kind="action")
    refusal = dataclasses.replace(unit("a2", "L'aide à l'achat de composteurs n'est pas retenue."), kind="decision",
                                  state="Non retenue")
    # within REFUSAL_TIE of the best, and itself above « pris en compte »: the refusal comes first
    assert [a.id for a, _ in refusal_first([(other, 0.88), (refusal, 0.87)], thresholds)] == ["a2", "a1"]
    # further below, or too low by itself: the order stays
    assert [a.id for a, _ in refusal_first([(other, 0.88), (refusal, 0.80)], thresholds)] == ["a1", "a2"]
    assert [a.id for a, _ in refusal_first([(other, 0.69), (refusal, 0.68)], thresholds)] == ["a1", "a2"]
    # an action not turned down beside the best: the order stays
    kept = dataclasses.replace(unit("a3", "Aider à l'achat de composteurs"), kind="action")
    assert [a.id for a, _ in refusal_first([(other, 0.88), (kept, 0.87)], thresholds)] == ["a1", "a3"]


def test_a_refusal_naming_less_of_the_demand_than_the_best_action_stays_below_it():
    import dataclasses

    from nlp_stn.match import _coverage, refusal_first
    from nlp_stn.status import names_less_asked

    thresholds = {"addressed": 0.7, "partial": 0.3}
    kept = dataclasses.replace(unit("a1", "Des bancs neufs au square Lamartine dès le printemps."), kind="action")
    refusal = dataclasses.replace(unit("a2", "Pas de bancs neufs au cimetière : l'allée sera refaite."),
                                  kind="decision", state="Non retenue")
    demand = "des bancs au square !!"
    assert names_less_asked(demand, refusal.text, kept.text)
    assert [a.id for a, _ in refusal_first([(kept, 0.88), (refusal, 0.87)], thresholds, demand)] == ["a1", "a2"]
    assert _coverage("d1", [(kept, 0.88), (refusal, 0.87)], thresholds, demand_text=demand).status == "pris en compte"
    # the refusal naming as much of the demand (or more) is the answer, as without a demand
    assert not names_less_asked("des bancs neufs", refusal.text, kept.text)
    assert [a.id for a, _ in refusal_first([(kept, 0.88), (refusal, 0.87)], thresholds, "des bancs neufs")] \
        == ["a2", "a1"]
    assert not names_less_asked("des bancs au cimetière", refusal.text, kept.text)
    assert _coverage("d1", [(kept, 0.88), (refusal, 0.87)], thresholds,
                     demand_text="des bancs au cimetière").status == "non pris en compte"


def test_a_refusal_of_a_part_of_an_answer_that_keeps_the_rest_answers_in_part():
    import dataclasses

    from nlp_stn.match import _coverage

    thresholds = {"addressed": 0.7, "partial": 0.3}
    row = "Réponses > Des ateliers de réparation chaque mois"
    kept = dataclasses.replace(unit("a2", "Deux ateliers de réparation auront lieu en 2027."), kind="action",
                               state="Retenue en partie", heading=row, start=100, end=148)
    refusal = dataclasses.replace(unit("a1", "Leur tenue chaque mois n'est pas prévue."), kind="decision",
                                  state="non retenue", heading=row, start=149, end=190)
    elsewhere = dataclasses.replace(kept, id="a3", heading="Réponses > Un marché de producteurs")
    apart = dataclasses.replace(kept, id="a4", start=20, end=60)  # another answer of the same section
    # the same answer keeps a part: « partiellement », the refusal its best action
    got = _coverage("d1", [(refusal, 0.9), (kept, 0.8)], thresholds)
    assert (got.status, got.best_action_id) == ("partiellement", "a1")
    # a part kept in another answer, or none: the refusal is the answer
    assert _coverage("d1", [(refusal, 0.9), (elsewhere, 0.8)], thresholds).status == "non pris en compte"
    assert _coverage("d1", [(refusal, 0.9), (apart, 0.8)], thresholds).status == "non pris en compte"
    assert _coverage("d1", [(refusal, 0.9)], thresholds).status == "non pris en compte"


def test_a_refusal_of_a_part_beside_the_deed_of_the_same_answer_answers_in_part():
    import dataclasses

    from nlp_stn.match import _coverage

    thresholds = {"addressed": 0.7, "partial": 0.3}
    row = "Entretien > Et les bancs du parc ?"
    asked = "Repeindre les bancs du parc et installer des fontaines"
    refusal = dataclasses.replace(unit("a1", "Des fontaines, ce n'est pas à nous d'en décider."), kind="decision",
                                  state="non retenue", heading=row, start=100, end=148)
    kept = dataclasses.replace(unit("a2", "Les bancs du parc seront repeints au printemps."), kind="action",
                               heading=row, start=210, end=257)
    # the refusal before the deed, one sentence between, or just after it, ranked right below it
    # and naming a thing asked that the deed does not: « partiellement », the deed its best action
    got = _coverage("d1", [(kept, 0.9), (refusal, 0.8)], thresholds, demand_text=asked)
    assert (got.status, got.best_action_id) == ("partiellement", "a2")
    after = dataclasses.replace(refusal, start=258, end=306)
    assert _coverage("d1", [(kept, 0.9), (after, 0.8)], thresholds, demand_text=asked).status == "partiellement"
    # under another heading, too far from it, ranked below another candidate, naming nothing more
    # than the deed, or too low to answer the demand: the deed answers alone
    other = dataclasses.replace(refusal, heading="Entretien > Et les jeux ?")
    far = dataclasses.replace(refusal, start=0, end=5)
    third = dataclasses.replace(kept, id="a3", start=400, end=450)
    same = dataclasses.replace(refusal, text="Les bancs neufs, ce n'est pas à nous d'en décider.")
    assert _coverage("d1", [(kept, 0.9), (other, 0.8)], thresholds, demand_text=asked).status == "pris en compte"
    assert _coverage("d1", [(kept, 0.9), (far, 0.8)], thresholds, demand_text=asked).status == "pris en compte"
    assert _coverage("d1", [(kept, 0.9), (third, 0.85), (refusal, 0.8)], thresholds,
                     demand_text=asked).status == "pris en compte"
    assert _coverage("d1", [(kept, 0.9), (same, 0.8)], thresholds, demand_text=asked).status == "pris en compte"
    assert _coverage("d1", [(kept, 0.9), (refusal, 0.2)], thresholds, demand_text=asked).status == "pris en compte"


def test_a_refusal_of_one_part_beside_a_deed_of_another_answers_in_part():
    import dataclasses

    from nlp_stn.match import _coverage

    thresholds = {"addressed": 0.7, "partial": 0.3}
    row = "Questions > Des toilettes publiques ?"
    asked = "installer des toilettes publiques au lavoir et au cimetière"
    refusal = dataclasses.replace(unit("a1", "Des toilettes au cimetière ne sont pas retenues : le coût est trop élevé."),
                                  kind="decision", state="non retenue", heading=row, start=160, end=232)
    kept = dataclasses.replace(unit("a2", "Des toilettes seront installées au lavoir en 2028."), kind="action",
                               heading=row, start=108, end=158)
    # the refusal ranked first (a near tie), the deed right below it in the same answer, each
    # naming a part the other does not: « partiellement », the refusal its best action
    got = _coverage("d1", [(kept, 0.95), (refusal, 0.94)], thresholds, demand_text=asked)
    assert (got.status, got.best_action_id) == ("partiellement", "a1")
    assert _coverage("d1", [(refusal, 0.9), (kept, 0.8)], thresholds, demand_text=asked).status == "partiellement"
    # a deed naming nothing the refusal does not (the other way chosen), another answer, a deed
    # too low to answer the demand: the refusal is the answer
    instead = dataclasses.replace(kept, text="Des bancs seront installés à la place.")
    other = dataclasses.replace(kept, heading="Questions > Des bancs ?")
    assert _coverage("d1", [(refusal, 0.9), (instead, 0.8)], thresholds, demand_text=asked).status == "non pris en compte"
    assert _coverage("d1", [(refusal, 0.9), (other, 0.8)], thresholds, demand_text=asked).status == "non pris en compte"
    assert _coverage("d1", [(refusal, 0.9), (kept, 0.2)], thresholds, demand_text=asked).status == "non pris en compte"
    # a deed offered instead (weighed apart), a refused measure of its own (a row « Abandonnée »)
    offer = dataclasses.replace(kept, text="Des toilettes seront en revanche installées au lavoir en 2028.")
    row = dataclasses.replace(refusal, kind="action", state="Abandonnée")
    assert _coverage("d1", [(refusal, 0.9), (offer, 0.8)], thresholds, demand_text=asked).status == "non pris en compte"
    assert _coverage("d1", [(row, 0.9), (kept, 0.8)], thresholds, demand_text=asked).status == "non pris en compte"


def test_a_refusal_under_the_title_of_the_deed_of_another_part_answers_in_part():
    import dataclasses

    from nlp_stn.match import _coverage

    thresholds = {"addressed": 0.7, "partial": 0.3}
    asked = "ouvrir une salle de sport au gymnase et au stade"
    kept = dataclasses.replace(unit("a1", "Une salle de sport au gymnase"), kind="action", heading="Axe 2 > Les actions",
                               start=100, end=129)
    refusal = dataclasses.replace(unit("a2", "Le stade n'est pas retenu : les vestiaires sont trop petits."),
                                  kind="decision", state="non retenue", start=230, end=290,
                                  heading="Axe 2 > Les actions > Action 2.1 – Une salle de sport au gymnase")
    # under the deed's own title, right below it: « partiellement », the deed its best action
    got = _coverage("d1", [(kept, 0.95), (refusal, 0.85)], thresholds, demand_text=asked)
    assert (got.status, got.best_action_id) == ("partiellement", "a1")
    # under another action's title: the deed answers alone
    elsewhere = dataclasses.replace(refusal, heading="Axe 2 > Les actions > Action 2.2 – Un terrain de boules")
    assert _coverage("d1", [(kept, 0.95), (elsewhere, 0.85)], thresholds, demand_text=asked).status == "pris en compte"


def test_a_demand_heading_others_takes_their_statuses():
    import dataclasses

    from nlp_stn.match import headed_statuses
    from nlp_stn.model import STATUS_PARTIAL, Coverage

    def child(uid, parent):
        return dataclasses.replace(unit(uid, f"Demande {uid}", "cr.txt"), parent=parent)

    def title(uid, number, text):
        return dataclasses.replace(unit(uid, text, "cr.txt"), label=f"Proposition {number}")

    demands = [title("t1", 1, "des écoles équipées"), child("c1", "t1"), child("c2", "t1"),
               title("t2", 2, "des salles ouvertes"), child("c3", "t2"), child("c4", "t2"),
               title("t3", 3, "un marché"), child("c5", "t3"),
               title("t4", 4, "la fibre"), child("c6", "t4"), child("c7", "t4"),
               unit("s1", "Mesurer le trafic sans caméra : pas de caméra, pas de suivi", "cr.txt"),
               child("c8", "s1"), child("c9", "s1")]
    got = {"t1": STATUS_ADDRESSED, "c1": STATUS_ADDRESSED, "c2": STATUS_NOT,
           "t2": STATUS_NOT, "c3": STATUS_ADDRESSED, "c4": STATUS_ADDRESSED,
           "t3": STATUS_ADDRESSED, "c5": STATUS_NOT,
           "t4": STATUS_ADDRESSED, "c6": STATUS_NOT, "c7": STATUS_NOT,
           "s1": STATUS_ADDRESSED, "c8": STATUS_ADDRESSED, "c9": STATUS_NOT}
    coverage = [Coverage(demand_id=d.id, status=got[d.id], best_action_id=f"a-{d.id}", score=0.5) for d in demands]
    out = {c.demand_id: (c.status, c.best_action_id) for c in headed_statuses(demands, coverage)}
    # items that disagree: the title is answered in part; items that agree: theirs; the title's
    # best action stays its own
    assert out["t1"] == (STATUS_PARTIAL, "a-t1")
    assert out["t2"] == (STATUS_ADDRESSED, "a-t2")
    assert out["t4"] == (STATUS_NOT, "a-t4")
    # one item only: the title keeps its own status; the items keep theirs
    assert out["t3"] == (STATUS_ADDRESSED, "a-t3")
    assert [out[c][0] for c in ("c1", "c2", "c5")] == [STATUS_ADDRESSED, STATUS_NOT, STATUS_NOT]
    # a sentence without label whose parts were read apart keeps its own status, as a demand
    # numbered only (« 11 ») over the next ones
    assert out["s1"] == (STATUS_ADDRESSED, "a-s1")
    numbered = [dataclasses.replace(demands[-3], label="11"), *demands[-2:]]
    assert [c.status for c in headed_statuses(numbered, coverage[-3:])] == [STATUS_ADDRESSED, STATUS_ADDRESSED, STATUS_NOT]


def test_a_demand_its_answer_cites_under_a_kept_item_and_a_refused_one_is_taken_in_part():
    from nlp_stn.match import stated_in_part
    # release notes citing ticket #6 under « Ajouté » and again under « Abandonné »
    assert stated_in_part(["Réalisée", "non retenue"]) is True
    assert stated_in_part(["", "Abandonnée"]) is True
    assert stated_in_part(["Réalisée", ""]) is False  # two items keeping it
    assert stated_in_part(["non retenue"]) is False  # refused, nothing kept
    assert stated_in_part([]) is False


def test_a_ticket_the_release_notes_cite_as_added_and_as_dropped_is_taken_in_part(settings):
    # ticket 6 asks for racks and a repair workshop; the notes add the racks (#6) and drop the
    # workshop (#6): « partiellement », whichever ranks first
    from dataclasses import replace as _replace

    from nlp_stn.model import STATUS_PARTIAL

    demands = [_replace(unit("t6", "Installer des arceaux à vélos devant la mairie et ouvrir un atelier de réparation "
                                   "de vélos", "tickets.csv"), label="6")]
    actions = [
        _replace(unit("a1", "Arceaux à vélos installés devant la mairie (#6)", "ROADMAP.md"), kind="action",
                 answers="6", state="Réalisée"),
        _replace(unit("a2", "Atelier de réparation de vélos (#6) : le local n'est pas libre", "ROADMAP.md"),
                 kind="decision", answers="6", state="non retenue"),
        unit("a3", "Former les agents à la cybersécurité", "ROADMAP.md"),
    ]
    result = match_units(demands, actions, settings)
    assert result.coverage[0].status == STATUS_PARTIAL


def test_a_measure_excluding_one_part_and_funding_another_answers_in_part():
    """A scheme's fiche lists what it funds and what it excludes under two sibling headings: the
    exclusion ranked first turns down one part of the demand, the eligible operation right below
    it keeps another (a word the demand asks for that the exclusion does not name)."""
    import dataclasses

    from nlp_stn.match import _coverage

    thresholds = {"addressed": 0.7, "partial": 0.3}
    fiche = "Plan de soutien > Mesure 4 : Équipements sportifs"
    excluded = dataclasses.replace(unit("a1", "Vestiaires et tribunes des terrains de football", "plan.docx"),
                                   kind="decision", state="non retenue", heading=f"{fiche} > Dépenses inéligibles",
                                   start=500, end=548)
    funded = dataclasses.replace(unit("a2", "Construction de city-stades en accès libre", "plan.docx"),
                                 kind="action", heading=f"{fiche} > Projets éligibles", start=400, end=442)
    demand = "Un city-stade au bourg, avec des vestiaires"
    got = _coverage("d1", [(excluded, 0.80), (funded, 0.75)], thresholds, demand_text=demand)
    assert (got.status, got.best_action_id) == ("partiellement", "a1")
    # another measure's operation, or one naming nothing more of the demand, keeps nothing
    elsewhere = dataclasses.replace(funded, heading="Plan de soutien > Mesure 5 : Jeunesse > Projets éligibles")
    got = _coverage("d1", [(excluded, 0.80), (elsewhere, 0.75)], thresholds, demand_text=demand)
    assert got.status == STATUS_NOT
    same_thing = dataclasses.replace(funded, text="Vestiaires des salles de sport")
    got = _coverage("d1", [(excluded, 0.80), (same_thing, 0.75)], thresholds, demand_text=demand)
    assert got.status == STATUS_NOT
    # a refusal under a heading that names no exclusion (the answer to another proposal) keeps
    # its word: the answer beside it answers another demand
    answer = dataclasses.replace(excluded, heading="Réponses > Proposition 16")
    beside = dataclasses.replace(funded, heading="Réponses > Proposition 15")
    got = _coverage("d1", [(answer, 0.80), (beside, 0.75)], thresholds, demand_text=demand)
    assert got.status == STATUS_NOT


def test_a_refusal_with_an_offer_for_the_same_thing_right_after_it_answers_in_part():
    import dataclasses

    from nlp_stn.match import _coverage, refused_with_offer

    thresholds = {"addressed": 0.7, "partial": 0.3}
    asked = "Nous voudrions des bancs ombragés au belvédère pour les promeneurs"
    refusal = dataclasses.replace(unit("a1", "Je ne peux pas poser de bancs au belvédère, le terrain est classé."),
                                  kind="decision", state="non retenue", start=100, end=167)
    offer = dataclasses.replace(unit("a2", "Je vous propose en revanche deux bancs au pied du belvédère, sur le parking."),
                                kind="action", start=168, end=244)
    other = dataclasses.replace(unit("a3", "Un parcours de santé sera toutefois aménagé le long de la rivière."),
                                kind="action", start=168, end=234)
    plain = dataclasses.replace(offer, id="a4", text="Deux bancs seront posés au pied du belvédère, sur le parking.")
    far = dataclasses.replace(offer, id="a5", start=300, end=376)
    before = dataclasses.replace(offer, id="a6", start=20, end=99)
    # right after the refusal, an offer (« en revanche ») naming what the refusal turns down
    got = _coverage("d1", [(refusal, 0.9), (offer, 0.1)], thresholds, demand_text=asked)
    assert (got.status, got.best_action_id) == ("partiellement", "a1")
    # an offer of another thing, no word of offering, further on, or before a refusal of the whole: nothing
    for beside in (other, plain, far, before):
        assert _coverage("d1", [(refusal, 0.9), (beside, 0.1)], thresholds, demand_text=asked).status == "non pris en compte"
        assert refused_with_offer([(refusal, 0.9), (beside, 0.1)], 0, asked) is False
    # the offer itself turned down: nothing
    refused_offer = dataclasses.replace(offer, state="non retenue")
    assert refused_with_offer([(refusal, 0.9), (refused_offer, 0.1)], 0, asked) is False


def test_a_refusal_of_a_part_right_after_the_deed_of_the_rest_answers_in_part():
    import dataclasses

    from nlp_stn.match import _coverage, refused_with_offer

    thresholds = {"addressed": 0.7, "partial": 0.3}
    asked = "Installer des fontaines à eau au jardin public et devant la salle omnisports"
    deed = dataclasses.replace(unit("a1", "Une fontaine à eau sera installée au jardin public cet été."), kind="action",
                               start=10, end=69)
    part = dataclasses.replace(unit("a2", "À la salle omnisports, ce ne sera pas possible faute de réseau."),
                               kind="decision", state="non retenue", start=70, end=133)
    # the refusal opens with the place it turns down, the deed right before it names a thing asked
    got = _coverage("d1", [(part, 0.9), (deed, 0.25)], thresholds, demand_text=asked)
    assert (got.status, got.best_action_id) == ("partiellement", "a2")
    for text in ("En revanche, la salle omnisports n'en aura pas.", "Non pour la salle omnisports : pas de réseau.",
                 "Sur le parvis de la salle, ce ne sera pas possible."):
        assert refused_with_offer([(dataclasses.replace(part, text=text), 0.9), (deed, 0.25)], 0, asked) is True
    # a refusal of the whole (no place or contrast opening it), the deed not right before it, or
    # naming nothing asked: nothing
    whole = dataclasses.replace(part, text="Je ne peux pas installer de fontaines : il n'y a pas de réseau.")
    assert _coverage("d1", [(whole, 0.9), (deed, 0.25)], thresholds, demand_text=asked).status == "non pris en compte"
    gap = dataclasses.replace(deed, start=10, end=40)
    assert refused_with_offer([(part, 0.9), (gap, 0.25)], 0, asked) is False
    unrelated = dataclasses.replace(deed, text="Le marché du samedi sera déplacé sur le parvis de la mairie.")
    assert refused_with_offer([(part, 0.9), (unrelated, 0.25)], 0, asked) is False


def test_a_refusal_right_after_a_sentence_granting_the_demand_in_part_answers_in_part():
    import dataclasses

    from nlp_stn.match import _coverage, refused_with_offer

    thresholds = {"addressed": 0.7, "partial": 0.3}
    asked = "Planter des arbres fruitiers dans chaque square et un verger au cimetière"
    row = "Questions > Plus de verdure ?"
    deed = dataclasses.replace(unit("a1", "Des arbres fruitiers seront plantés dans deux squares."),
                               kind="action", heading=row, start=10, end=64)
    refusal = dataclasses.replace(unit("a2", "Le verger du cimetière n'est pas prévu dans ce programme."),
                                  kind="decision", state="non retenue", heading=row, start=65, end=122)
    # the sentence before the refusal (not opened by a place or a contrast) grants the demand in part
    # (in some squares where every one was asked)
    got = _coverage("d1", [(refusal, 0.95), (deed, 0.94)], thresholds, demand_text=asked)
    assert (got.status, got.best_action_id) == ("partiellement", "a2")
    # granting it whole, or under another heading: nothing
    whole = dataclasses.replace(deed, text="Des arbres fruitiers seront plantés dans chaque square.")
    assert refused_with_offer([(refusal, 0.95), (whole, 0.94)], 0, asked) is False
    apart = dataclasses.replace(deed, heading="Questions > Et les jeux ?")
    assert refused_with_offer([(refusal, 0.95), (apart, 0.94)], 0, asked) is False


def test_a_candidate_sharing_no_word_with_the_demand_answers_it_only_by_a_strong_score():
    """A candidate ranked by a concept or a theme of the lexicon only (``unrelated``) gives
    nothing unless it ranks first and its score alone takes the demand into account; the next
    related candidate is then the answer."""
    from nlp_stn.match import _coverage

    thresholds = {"addressed": 0.7, "partial": 0.2}
    site = unit("a1", "Le portail sera rendu conforme au RGAA", "plan.txt")
    letters = unit("a2", "Les courriers aux familles seront simplifiés", "plan.txt")
    demand = "Rédiger les courriers de la mairie en FALC"
    weak = _coverage("d1", [(site, 0.30), (letters, 0.10)], thresholds, demand_text=demand, unrelated=[True, False])
    assert (weak.status, weak.best_action_id) == (STATUS_NOT, "")
    before = _coverage("d1", [(site, 0.30), (letters, 0.25)], thresholds, demand_text=demand, unrelated=[True, False])
    assert (before.status, before.best_action_id) == ("partiellement", "a2")
    strong = _coverage("d1", [(site, 0.90), (letters, 0.10)], thresholds, demand_text=demand, unrelated=[True, False])
    assert (strong.status, strong.best_action_id) == (STATUS_ADDRESSED, "a1")
    kept = _coverage("d1", [(site, 0.30), (letters, 0.10)], thresholds, demand_text=demand)
    assert (kept.status, kept.best_action_id) == ("partiellement", "a1")
    # ranked below a candidate sharing the demand's words, even a near tie gives nothing
    below = _coverage("d1", [(letters, 0.91), (site, 0.90)], thresholds, demand_text=demand, unrelated=[False, True])
    assert (below.status, below.best_action_id) == (STATUS_ADDRESSED, "a2")
    study = unit("a3", "Étude sur la simplification des courriers", "plan.txt")
    under = _coverage("d1", [(study, 0.91), (site, 0.90)], thresholds, demand_text=demand, unrelated=[False, True])
    assert (under.status, under.best_action_id) == ("partiellement", "a3")


def test_match_units_does_not_let_a_concept_only_candidate_answer(settings):
    """End to end: the demand shares only a concept of the lexicon with the best action, which
    scores between the « partiellement » and « pris en compte » thresholds: « non pris en compte »."""
    demands = [unit("d1", "Rédiger les courriers de la mairie en FALC", "avis.txt")]
    actions = [unit("a1", "Le portail sera rendu conforme au RGAA", "plan.txt"),
               unit("a2", "Planter des arbres le long des routes", "plan.txt")]
    result = match_units(demands, actions, settings)
    best = result.matches[0]
    assert (best.action_id, best.evidence.shared_lemmas) == ("a1", ())
    assert result.thresholds["partial"] <= best.score < result.thresholds["addressed"]
    assert (result.coverage[0].status, result.coverage[0].best_action_id) == (STATUS_NOT, "")


def test_a_candidate_sharing_only_the_place_asked_answers_nothing_whatever_its_score():
    """A candidate whose shared words only say where the demand wants its thing (``incidental``)
    gives nothing, even scoring above « pris en compte »; the next candidate is the answer."""
    from nlp_stn.match import _coverage

    thresholds = {"addressed": 0.7, "partial": 0.2}
    games = unit("a1", "Des jeux pour enfants au parc des Tilleuls", "plan.txt")
    benches = unit("a2", "De nouveaux bancs seront posés au parc des Tilleuls", "plan.txt")
    demand = "Plus de bancs dans le parc des Tilleuls"
    alone = _coverage("d1", [(games, 0.90)], thresholds, demand_text=demand, incidental=[True])
    assert (alone.status, alone.best_action_id) == (STATUS_NOT, "")
    both = _coverage("d1", [(games, 0.90), (benches, 0.89)], thresholds, demand_text=demand, incidental=[True, False])
    assert (both.status, both.best_action_id) == (STATUS_ADDRESSED, "a2")
    kept = _coverage("d1", [(games, 0.90)], thresholds, demand_text=demand)
    assert kept.status == STATUS_ADDRESSED
