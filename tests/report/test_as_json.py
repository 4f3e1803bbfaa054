"""nlp_stn.report.as_json: report.json's summary and matches."""
import json

from nlp_stn.report import render_json

from report_helpers import LABELS, NASTY, fake_run


def test_json_summary_and_matches():
    data = render_json(fake_run(), LABELS)
    assert data["summary"]["by_status"] == {"pris en compte": 1, "partiellement": 1, "non pris en compte": 1}
    assert data["summary"]["demand_documents"] == ["avis.txt"]
    assert data["summary"]["action_documents"] == ["strategie.pdf"]
    assert data["summary"]["failures"] == [{"path": "/corpus/casse.pdf", "message": "PDF chiffré"}]
    assert data["summary"]["validated"] == 1 and data["summary"]["to_review"] == 1
    d2 = data["demands"][1]
    assert d2["text"] == NASTY and d2["validated"] is True
    assert [(m["action_id"], m["rank"], m["near_tie"]) for m in d2["matches"]] == [("a2", 1, False), ("a1", 2, True)]
    json.dumps(data)  # serialisable
