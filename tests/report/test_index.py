"""nlp_stn.report.index: a pair's status, lowered as its demand's."""
from nlp_stn.model import Coverage
from nlp_stn.report import MATCHES_COLUMNS, write_report

from report_helpers import LABELS, fake_run, read_csv


def test_a_pair_whose_action_gives_less_than_asked_is_partial_as_its_demand(tmp_path):
    # the pair's status in matches.csv agrees with the demand's (« 30 » for « 40 »: in part), and
    # no fate is said to come from the document, which said none
    from dataclasses import replace

    base = fake_run()
    demands = tuple(replace(d, text="Créer un réseau de 40 tiers lieux") if d.id == "d1" else d for d in base.demands)
    actions = tuple(replace(a, text="Soutenir 30 tiers-lieux du territoire") if a.id == "a1" else a for a in base.actions)
    run = replace(base, demands=demands, actions=actions,
                  coverage=(Coverage("d1", "partiellement", "a1", 0.8123),) + base.coverage[1:])
    out = write_report(run, tmp_path / "run", LABELS)
    first = read_csv(out / "matches.csv")[1]
    assert first[MATCHES_COLUMNS.index("action_id")] == "a1"
    assert first[MATCHES_COLUMNS.index("status")] == "partiellement"  # 0.81 >= 0.6, but 30 of 40
    assert "suite indiquée" not in first[MATCHES_COLUMNS.index("evidence")]
