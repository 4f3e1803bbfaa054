"""nlp_stn.report.tables: CSV cells protected against formulas, raw text elsewhere."""
import json

from nlp_stn.report import write_report

from report_helpers import LABELS, fake_run, read_csv, seg


def test_csv_cells_are_protected_against_formulas_and_json_keeps_raw_text(tmp_path):
    from nlp_stn.review import unescape_cell

    formula, phone = '=HYPERLINK("http://x";"clic")', "+33 6 12 34 56 78"
    base = fake_run()
    demands = (base.demands[0], base.demands[1], seg("d3", "avis.txt", "recommendation", formula, label="3"))
    actions = (base.actions[0], seg("a2", "strategie.pdf", "action", phone, page=7))
    run = fake_run(demands=demands, actions=actions)
    out = write_report(run, tmp_path / "run", LABELS)
    matches = read_csv(out / "matches.csv")
    assert matches[5][:6] == ["d3", "avis.txt", "'" + formula, "a2", "strategie.pdf", "'" + phone]
    coverage = read_csv(out / "coverage.csv")
    assert coverage[3][2] == "'" + formula and coverage[3][5] == "'" + phone
    assert coverage[2][5] == "'" + phone  # d2's best action
    assert unescape_cell(coverage[3][2]) == formula
    assert matches[1][2] == "Créer un réseau de tiers lieux"  # ordinary text untouched
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["demands"][2]["text"] == formula and data["demands"][2]["matches"][0]["action_text"] == phone
    units = [json.loads(line) for line in (out / "units.jsonl").read_text(encoding="utf-8").splitlines()]
    assert units[2]["text"] == formula
