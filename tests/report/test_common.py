"""nlp_stn.report.common: evidence summaries, how demands and actions are cited."""
from nlp_stn.model import Coverage, Evidence, Match
from nlp_stn.report import evidence_text, render_markdown

from report_helpers import LABELS, fake_run, seg


def test_evidence_without_anything_says_so():
    assert evidence_text(Match("d", "a", 1, 0.0)) == (
        "mots en commun : aucun ; thèmes en commun : aucun ; indice le plus fort : aucun")


def test_labels_cite_demands_and_actions():
    from nlp_stn.report import action_ref, demand_ref

    assert demand_ref(seg("d", "x", "recommendation", "t", label="Préconisation 3"), 5) == "Préconisation 3"
    assert demand_ref(seg("d", "x", "recommendation", "t", label="1.1"), 5) == "demande n° 1.1"
    assert demand_ref(seg("d", "x", "recommendation", "t"), 5) == "demande 5"
    assert action_ref(seg("a", "x", "action", "t", label="2.1")) == "Action 2.1"
    assert action_ref(seg("a", "x", "objective", "t", label="IV")) == "Objectif IV"
    assert action_ref(seg("a", "x", "action", "t", label="Mesure 7")) == "Mesure 7"
    assert action_ref(seg("a", "x", "action", "t")) == ""
    md = render_markdown(fake_run(actions=(seg("a1", "strategie.pdf", "action", "Soutenir les tiers-lieux du territoire",
                                               page=4, label="Action 7"),) + fake_run().actions[1:]), LABELS)
    assert "1. Action 7 – « Soutenir les tiers-lieux du territoire » (Stratégie, p. 4) — score 0,81, y répond" in md
    assert "(L'avis du conseil, demande n° 3)" in md


def test_a_contribution_sent_several_times_is_cited_with_its_count():
    from nlp_stn.report import demand_ref, demand_title

    sent = seg("d9", "export.csv", "recommendation", "Des bornes wifi", label="1047 – envoyée 12 fois à l'identique")
    assert demand_ref(sent, 3) == "demande n° 1047, envoyée 12 fois à l'identique"
    assert demand_title(sent, 3, 40) == "Demande 3 sur 40 — n° 1047 dans le document, envoyée 12 fois à l'identique"
    bare = seg("d8", "export.csv", "recommendation", "Des bornes wifi", label="envoyée 2 fois à l'identique")
    assert demand_ref(bare, 5) == "demande 5, envoyée 2 fois à l'identique"
    assert demand_title(bare, 5, 40) == "Demande 5 sur 40 — envoyée 2 fois à l'identique"
    retouched = seg("d7", "export.csv", "recommendation", "Des bornes wifi", label="1048 – envoyée 2 fois")
    assert demand_ref(retouched, 6) == "demande n° 1048, envoyée 2 fois"


def test_no_action_answers_a_demand_more_than_the_demand_is_answered():
    # d3's only candidate scores 0.5, « partiellement » by the thresholds (0.6 / 0.35), but the
    # status rules set it aside (it shares only a theme with the demand): the demand is « non pris
    # en compte », and so is the pair; without the demand's coverage, or with cap=False, the
    # score alone decides
    from nlp_stn.report.common import pair_status

    run = fake_run(matches=(Match("d3", "a2", 1, 0.5, Evidence()),))
    cov = run.coverage[2]
    assert cov.status == "non pris en compte"
    assert pair_status(run, run.matches[0], cov) == "non pris en compte"
    assert pair_status(run, run.matches[0]) == "partiellement"
    assert pair_status(run, run.matches[0], cov, cap=False) == "partiellement"
    # a demand « partiellement »: a pair scoring « pris en compte » says « partiellement »
    high = Match("d2", "a1", 1, 0.9, Evidence())
    assert pair_status(run, high, Coverage("d2", "partiellement", "a2", 0.4)) == "partiellement"
    assert pair_status(run, high, Coverage("d2", "pris en compte", "a1", 0.9)) == "pris en compte"


def test_a_pair_capped_by_its_demands_status_says_so():
    # d3's candidate scores « partiellement » (0.5) under a demand « non pris en compte »: the
    # report says the pair is close by its score but does not answer, not « trop éloignée »
    from nlp_stn.report.common import pair_label

    assert pair_label("non pris en compte", capped=True) == (
        "proche par le score, mais n'y répond pas (voir le statut de la demande)")
    assert pair_label("non pris en compte") == "trop éloignée pour y répondre"
    assert pair_label("non pris en compte", lowered=True, capped=True) == (
        "non retenue ou abandonnée selon le document : n'y répond pas")
    md = render_markdown(fake_run(matches=(Match("d3", "a2", 1, 0.5, Evidence()),)), LABELS)
    assert ("score 0,50, proche par le score, mais n'y répond pas (voir le statut de la demande)" in md)
    assert "score 0,10, trop éloignée pour y répondre" in render_markdown(fake_run(), LABELS)
