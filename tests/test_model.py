"""nlp_stn.model: the dataclasses passed between stages, stable ids and hashes, shown scores and thresholds."""
import dataclasses

import pytest

from nlp_stn.model import (
    Segment,
    normalise_for_id,
    pair_id,
    segment_id,
    shown_score,
    text_hash,
    threshold_value,
)


def test_segment_id_ignores_case_and_white_space():
    a = segment_id("lorient/avis.txt", "Développer  le\ntélétravail")
    b = segment_id("lorient/avis.txt", "développer le télétravail")
    assert a == b
    assert a.startswith("u") and len(a) == 13


def test_segment_id_depends_on_document_and_text():
    base = segment_id("lorient/avis.txt", "Développer le télétravail")
    assert segment_id("brest/cr.txt", "Développer le télétravail") != base
    assert segment_id("lorient/avis.txt", "Développer la fibre") != base


def test_segment_id_known_value_is_stable_across_versions():
    # Ids are stored in reviewers' decisions: changing the recipe would orphan them.
    assert segment_id("d", "x") == "u" + __import__("hashlib").sha1("d\x1fx".encode()).hexdigest()[:12]


def test_text_hash_normalises_unicode():
    composed = "é"
    decomposed = "e\u0301"
    assert text_hash(composed) == text_hash(decomposed)
    assert normalise_for_id(" A\u00a0b ") == "a b"


def test_pair_id_is_ordered_and_accepts_empty_action():
    assert pair_id("u1", "u2") != pair_id("u2", "u1")
    assert pair_id("u1", "") != pair_id("u1", "u2")
    assert pair_id("u1", "u2") == pair_id("u1", "u2")


def test_dataclasses_are_frozen():
    seg = Segment("u1", "d", "recommendation", "", "", "", "", None, 0, 1, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.text = "y"


def test_added_fields_come_last_with_defaults():
    from nlp_stn.model import Decision, MatchRun

    decision = Decision("p", "d", "a", "oui")
    assert decision.corrected_hash == "" and dataclasses.fields(Decision)[-1].name == "corrected_hash"
    run = MatchRun("r", (), (), (), ())
    assert run.failures == () and dataclasses.fields(MatchRun)[-1].name == "failures"


def test_shown_score_is_cut_so_it_never_contradicts_a_threshold():
    assert [shown_score(v) for v in (0.9489, 0.95, 0.9499999, 0.3051, 1.0, 0.0)] == [0.94, 0.95, 0.94, 0.30, 1.0, 0.0]
    assert shown_score(0.94896, 3) == 0.948
    # for every threshold at the shown precision: shown >= threshold exactly when score >= threshold
    for t in (threshold_value(0.9491), threshold_value(0.3503), 0.07, 0.29, 0.57, 0.58):
        for k in range(-50, 51):
            score = t + k * 1e-5
            assert (shown_score(score) >= t) == (score >= t), (t, score)


def test_threshold_value_keeps_the_shown_precision():
    assert [threshold_value(v) for v in (0.9491, 0.3503, 0.244, 0.6344, 1)] == [0.95, 0.35, 0.24, 0.63, 1.0]
