"""nlp_stn.review.runs: a run directory's thresholds, and the contract with nlp_stn.report."""
from __future__ import annotations

import pytest

from nlp_stn import review
from nlp_stn.model import Coverage

from review_helpers import ACTIONS, DEMANDS, SCORES, by_pair, match_run, read_export, write_sheet


@pytest.mark.parametrize("settings,expected", [
    ({"settings": {"threshold_addressed": 0.7, "threshold_partial": 0.4}}, {"addressed": 0.7, "partial": 0.4}),
    ({"thresholds": {"addressed": 0.6, "partial": 0.3}}, {"addressed": 0.6, "partial": 0.3}),
    ({"settings": {"threshold_addressed": -1.0, "threshold_partial": -1.0}}, {}),
])
def test_thresholds_from_settings(settings, expected):
    assert review.thresholds_from_settings(settings) == expected


def test_run_directory_written_by_report_module(tmp_path):
    """Contract with nlp_stn.report: review reads the run directory it writes."""
    from dataclasses import replace as dc_replace

    from nlp_stn.report import write_report

    run = dc_replace(match_run(DEMANDS, ACTIONS, SCORES),
                     settings={"threshold_addressed": 0.6, "threshold_partial": 0.3})
    run_dir = write_report(run, tmp_path / "run")
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    assert review.export_review(run_dir, out, db).rows == 12
    fields, rows = read_export(out)
    pairs = by_pair(rows)
    assert pairs[("D2", "A3")]["suggestion"] == "partiel" and pairs[("D3", "")]["suggestion"] == "oui"
    pairs[("D2", "A3")]["decision"] = "oui"
    write_sheet(tmp_path / "edited.csv", fields, rows)
    review.import_review(tmp_path / "edited.csv", db, run_dir, reviewer="alice")
    applied = review.apply_decisions(run, review.load_decisions(db))
    assert {c.demand_id: c for c in applied.coverage}["D2"] == Coverage("D2", "pris en compte", "A3", 0.56,
                                                                        validated=True)
    # the next run directory shows the decision; the machine's suggestion stays the machine's
    write_report(applied, tmp_path / "run2")
    review.export_review(tmp_path / "run2", out, db, include_all=True)
    assert by_pair(read_export(out)[1])[("D2", "A3")]["suggestion"] == "partiel"
