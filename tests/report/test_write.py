"""nlp_stn.report.write: the whole run directory (every file, reviewers' work, decisions without a unit)."""
import json

from nlp_stn.model import Coverage, Decision, text_hash
from nlp_stn.report import COVERAGE_COLUMNS, MATCHES_COLUMNS, RUN_FILES, render_html, render_json, write_report

from report_helpers import DETAIL, LABELS, NASTY, fake_run, read_csv, reviewed_run, section


def test_run_dir_files_and_exact_csv_rows(tmp_path):
    out = write_report(fake_run(), tmp_path / "run", LABELS)
    assert sorted(p.name for p in out.iterdir()) == sorted(RUN_FILES)
    matches = read_csv(out / "matches.csv")
    assert tuple(matches[0]) == MATCHES_COLUMNS
    assert matches[1] == [
        "d1", "avis.txt", "Créer un réseau de tiers lieux", "a1", "strategie.pdf",
        "Soutenir les tiers-lieux du territoire", "1", "0.812", "pris en compte",
        "mots en commun : tiers, lieu ; thèmes en commun : Tiers-lieux et coworking ; "
        "indice le plus fort : mots communs (TF-IDF)",
    ]
    # pair statuses come from the thresholds; the validated best action keeps the human status
    assert [(r[0], r[3], r[8]) for r in matches[2:]] == [
        ("d1", "a2", "non pris en compte"),
        ("d2", "a2", "partiellement"),
        ("d2", "a1", "partiellement"),
        ("d3", "a2", "non pris en compte"),
    ]
    assert matches[3][2] == NASTY  # exact text in the CSV
    coverage = read_csv(out / "coverage.csv")
    assert tuple(coverage[0]) == COVERAGE_COLUMNS
    assert coverage[1:] == [
        ["d1", "avis.txt", "Créer un réseau de tiers lieux", "pris en compte", "a1",
         "Soutenir les tiers-lieux du territoire", "0.812", "non", "non", "non", ""],
        ["d2", "avis.txt", NASTY, "partiellement", "a2", "Ouvrir les données publiques", "0.400", "oui", "non",
         "non", ""],
        ["d3", "avis.txt", "Développer le covoiturage local", "non pris en compte", "a2",
         "Ouvrir les données publiques", "0.100", "non", "oui", "non", ""],
    ]


def test_units_jsonl_and_same_run_id_everywhere(tmp_path):
    out = write_report(fake_run(), tmp_path / "run", LABELS)
    units = [json.loads(line) for line in (out / "units.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(u["id"], u["side"]) for u in units] == [
        ("d1", "demand"), ("d2", "demand"), ("d3", "demand"), ("a1", "action"), ("a2", "action")]
    assert units[0]["themes"] == ["tiers_lieux"] and units[0]["hash"] == text_hash(units[0]["text"])
    assert set(units[3]) == {"id", "doc", "kind", "label", "heading", "parent", "role", "page", "start",
                             "end", "text", "detail", "state", "answers", "side", "themes", "hash"}
    run_id = "20261126-101500-ab12cd"
    assert json.loads((out / "settings.json").read_text())["run_id"] == run_id
    assert json.loads((out / "report.json").read_text())["run_id"] == run_id
    assert run_id in (out / "report.html").read_text() and run_id in (out / "report.md").read_text()


def test_decisions_without_a_unit_are_listed_and_counted(tmp_path):
    from nlp_stn.review import StoredDecision

    gone = StoredDecision("p1", "dx", "a1", "oui", reviewer="alice", time="2026-11-20T10:00:00+00:00",
                          demand_doc="avis.txt", demand_text="Créer un <b>café</b> numérique",
                          action_doc="strategie.pdf", action_text="Soutenir les tiers-lieux du territoire")
    plain = Decision("p2", "dy", "", "oui", reviewer="bruno")  # no stored text (version-1 row)
    out = write_report(fake_run(), tmp_path / "run", LABELS, unmatched=[gone, plain])
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["summary"]["unmatched_decisions"] == 2
    assert data["unmatched_decisions"][0] == {
        "pair_id": "p1", "demand_id": "dx", "demand_doc": "avis.txt", "demand_text": "Créer un <b>café</b> numérique",
        "action_id": "a1", "action_doc": "strategie.pdf", "action_text": "Soutenir les tiers-lieux du territoire",
        "corrected_action_id": "", "decision": "oui", "reviewer": "alice", "time": "2026-11-20T10:00:00+00:00",
        "source": ""}
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "2 décisions sans unité correspondante (liste plus bas)." in page
    assert '<h2 id="h-unmatched">Décisions sans unité correspondante (2)</h2>' in page
    assert ("<li>décision sans unité correspondante : demande <q>Créer un &lt;b&gt;café&lt;/b&gt; numérique</q> "
            "<small>(avis.txt)</small>, action <q>Soutenir les tiers-lieux du territoire</q> — "
            "« oui » de alice (2026-11-20)</li>") in page
    assert ("<li>décision sans unité correspondante : demande <q>demande dy</q>, « aucune action ne répond » — "
            "« oui » de bruno</li>") in page
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "## Décisions sans unité correspondante (2)" in md
    assert ("- décision sans unité correspondante : demande « Créer un \\<b\\>café\\</b\\> numérique » "
            "(`avis.txt`), action « Soutenir les tiers-lieux du territoire » — « oui » de alice (2026-11-20)") in md
    plain_run = render_json(fake_run(), LABELS)
    assert plain_run["summary"]["unmatched_decisions"] == 0 and plain_run["unmatched_decisions"] == []
    assert "sans unité correspondante" not in render_html(fake_run(), LABELS)


def test_report_shows_reviewers_choices_rejections_disagreements_and_comments(tmp_path):
    out = write_report(reviewed_run(), tmp_path / "run", LABELS)
    page = (out / "report.html").read_text(encoding="utf-8")
    d1 = section(page, "d1")
    # the action the reviewer chose comes first, marked as such, without a machine score
    chosen = d1.index('<p>Choisie par les relecteurs :</p><ul class="chosen">\n<li><span class="ref">Action 2.1 –</span> '
                      '<q class="action">Créer un observatoire</q>')
    assert chosen < d1.index("Autres actions proposées par l'outil :")
    assert ('<span class="tag valid">choisie par un relecteur</span> (l\'outil ne l\'avait pas proposée) '
            '<span class="tag valid">validé</span>') in d1
    assert "Score 0,00" not in d1
    # the rejected candidate no longer reads « y répond »
    assert 'Score 0,81 · <span class="tag rejected">écartée par un relecteur</span>' in d1
    assert "y répond</span>" not in d1.split("Autres actions")[1].split("</li>")[0]
    # the reviewer's comment, quoted and marked as the reviewer's, next to the validated status
    assert '<span class="tag valid">validé</span> par un relecteur' in d1
    assert ('<div class="reviewers"><p class="analysis-title">Relecture humaine</p><ul><li>Commentaire du '
            "relecteur alice (action « Soutenir les tiers-lieux du territoire ») : <q class=\"reviewer\">la bonne "
            "action est l&#x27;observatoire</q></li></ul></div>") in d1
    # the document's description of an action given as a heading, apart and cut
    detail = d1.split('<p class="detail">')[1].split("</p>")[0]
    assert detail.startswith("Précisions du document : Un observatoire des usages") and detail.endswith(" …")
    assert len(detail) < len("Précisions du document : ") + 310
    # a disagreement is never « validé »; both decisions are shown
    d2 = section(page, "d2")
    assert '<span class="tag dispute">avis partagés entre relecteurs : à trancher</span></h3>' in d2
    assert '<span class="tag valid">validé</span>' not in d2
    assert ("avis partagés entre relecteurs : à trancher</span> sur action « Ouvrir les données publiques » : "
            "alice : oui ; bruno : non</li>") in d2
    assert "1 demande sur laquelle les relecteurs ne sont pas d&#x27;accord" in page
    # demands are cited by their label
    assert '<a href="#d-d3">Préconisation 3</a>' in page

    coverage = {row[0]: row for row in read_csv(out / "coverage.csv")[1:]}
    assert coverage["d1"][3:] == ["pris en compte", "a3", "Créer un observatoire", "0.000", "oui", "non", "non",
                                  "validé par alice ; commentaire de alice (action « Soutenir les tiers-lieux du "
                                  "territoire ») : « la bonne action est l'observatoire »"]
    assert coverage["d2"][7:] == ["non", "non", "oui",
                                  "avis partagés entre relecteurs : à trancher (action « Ouvrir les données "
                                  "publiques » : alice : oui, bruno : non) ; commentaire de bruno (action « Ouvrir "
                                  "les données publiques ») : « trop vague »"]

    md = (out / "report.md").read_text(encoding="utf-8")
    assert "### Demande 2 sur 3 — n° 2 dans le document : partiellement (avis partagés entre relecteurs : à trancher)" in md
    assert ("Choisie par les relecteurs :\n\n- Action 2.1 – « Créer un observatoire » (Stratégie, p. 9) — choisie par "
            "un relecteur (l'outil ne l'avait pas proposée) (validé)\n  *Précisions du document* : Un observatoire") in md
    assert "1. « Soutenir les tiers-lieux du territoire » (Stratégie, p. 4) — score 0,81, écartée par un relecteur" in md
    assert ("- Commentaire du relecteur alice (action « Soutenir les tiers-lieux du territoire ») : « la bonne action "
            "est l'observatoire »") in md
    assert "score 0,81, y répond" not in md.split("### Demande 1")[1].split("### Demande 2")[0]

    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    d1j, d2j = data["demands"][0], data["demands"][1]
    assert (d1j["review"]["chosen_actions"], d1j["review"]["rejected_actions"], d1j["review"]["added_actions"]) == (
        ["a3"], ["a1"], ["a3"])
    assert [(m["action_id"], m["reviewer_mark"]) for m in d1j["matches"]] == [
        ("a1", "écartée par un relecteur"), ("a2", ""), ("a3", "choisie par un relecteur")]
    assert (d2j["disputed"], d2j["validated"], data["summary"]["disputed"]) == (True, False, 1)
    assert [[(x["reviewer"], x["decision"]) for x in p["decisions"]] for p in d2j["review"]["pairs"]] == [
        [("alice", "oui"), ("bruno", "non")]]
    assert d1j["matches"][2]["action_label"] == "2.1" and d1j["matches"][2]["action_detail"] == DETAIL


def test_an_action_the_document_turned_down_is_shown_as_such(tmp_path):
    from dataclasses import replace

    base = fake_run()
    actions = tuple(replace(a, state="Non retenue", kind="decision") if a.id == "a1" else a for a in base.actions)
    run = replace(base, actions=actions, coverage=(Coverage("d1", "non pris en compte", "a1", 0.8123),)
                  + base.coverage[1:])
    out = write_report(run, tmp_path / "run", LABELS)
    rows = read_csv(out / "matches.csv")
    first = rows[1]
    assert first[MATCHES_COLUMNS.index("action_id")] == "a1"
    assert first[MATCHES_COLUMNS.index("status")] == "non pris en compte"  # 0.81 >= 0.6, but turned down
    assert first[MATCHES_COLUMNS.index("evidence")].endswith(" ; suite indiquée par le document : Non retenue")
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "score 0,81, non retenue ou abandonnée selon le document : n'y répond pas" in md
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "non retenue ou abandonnée selon le document : n&#x27;y répond pas" in html
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [m["action_state"] for m in data["demands"][0]["matches"]] == ["Non retenue", ""]


def test_what_was_published_with_a_demand_is_shown(tmp_path):
    from dataclasses import replace

    base = fake_run()
    demands = tuple(replace(d, state="Retenue partiellement") if d.id == "d1" else d for d in base.demands)
    demands = tuple(replace(d, state="rejected") if d.id == "d2" else d for d in demands)
    run = replace(base, demands=demands, coverage=(Coverage("d1", "partiellement", "a1", 0.8123),)
                  + base.coverage[1:])
    out = write_report(run, tmp_path / "run", LABELS)
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "Suite publiée avec la demande : Retenue partiellement : la demande est donc au mieux " \
           "partiellement prise en compte." in md
    # a platform's code, in French
    assert "Suite publiée avec la demande : rejetée : la demande n'est donc pas prise en compte." in md
    assert "Suite publiée avec la demande : rejetée : la demande n&#x27;est donc pas prise en compte." in (
        out / "report.html").read_text(encoding="utf-8")
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [d["state"] for d in data["demands"]][:2] == ["Retenue partiellement", "rejected"]
