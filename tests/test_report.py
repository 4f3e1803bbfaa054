"""Report writers on a small hand-made run (no model needed)."""
import csv
import json
import re

from nlp_stn.model import Coverage, Decision, Evidence, Match, MatchRun, Segment, text_hash
from nlp_stn.report import (
    COVERAGE_COLUMNS,
    MATCHES_COLUMNS,
    RUN_FILES,
    evidence_text,
    md_escape,
    render_html,
    render_json,
    render_markdown,
    write_report,
)

LABELS = {"mobilite": "Mobilité", "tiers_lieux": "Tiers-lieux et coworking"}
NASTY = 'Éviter <script>alert("x")</script> & les \'guillemets\''


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


def test_html_escapes_everything_and_is_self_contained():
    page = render_html(fake_run(), LABELS)
    assert "<script>" not in page and 'alert("x")' not in page
    assert "Éviter &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; les &#x27;guillemets&#x27;" in page
    assert "http" not in page  # no external resource, no namespace URL
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert not re.search(r"\bsrc\s*=", page)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page


def test_html_headline_figures_and_marks():
    page = render_html(fake_run(), LABELS)
    # one demand in each status: 33 % each, in French
    assert page.count('<span class="num">33&nbsp;%</span>') == 3
    for status in ("pris en compte", "partiellement", "non pris en compte"):
        assert f'<span class="lbl">{status}</span>' in page
    assert "Sur <strong>3</strong> demandes citoyennes, comparées à <strong>2</strong> actions" in page
    assert "produite le 26/11/2026 à 10:15 UTC" in page
    assert "Demandes citoyennes : <strong>L&#x27;avis du conseil</strong>." in page
    assert "Comparées aux actions de : <strong>Stratégie</strong>." in page  # the unreadable one is left out
    assert '<span class="tag valid">validé</span>' in page
    assert '<span class="tag review">à revoir</span>' in page
    assert "quasi ex aequo avec une autre candidate" in page
    assert 'Score 0,30 · <span class="badge st-non">trop éloignée pour y répondre</span>' in page
    assert "Demandes non prises en compte (1)" in page
    # citizens' text quoted exactly, apart from the tool's analysis
    assert '<blockquote class="citizen">Créer un réseau de tiers lieux</blockquote>' in page
    assert page.count("Analyse automatique (à vérifier)") == 3
    # failed documents are listed; chart labels are the lexicon's French labels
    assert "/corpus/casse.pdf : PDF chiffré" in page
    assert ">Tiers-lieux et coworking</text>" in page and ">Sans thème</text>" in page


def test_html_links_are_relative_to_the_report_with_pdf_pages(tmp_path):
    page = render_html(fake_run(), LABELS, base_dir=tmp_path)
    import os
    rel = os.path.relpath("/corpus/strategie.pdf", tmp_path)
    assert f'href="{rel}#page=4">Stratégie, p. 4</a>' in page
    assert f'href="{os.path.relpath("/corpus/avis.txt", tmp_path)}"' in page


def test_markdown_escapes_and_quotes():
    md = render_markdown(fake_run(), LABELS)
    assert "> Éviter \\<script\\>alert(\"x\")\\</script\\> \\& les 'guillemets'" in md
    assert "<script>" not in md
    assert "- **pris en compte** : 33 % (1 sur 3)" in md
    assert "### Demande 2 sur 3 — n° 2 dans le document : partiellement (validé)" in md
    assert "### Demande 3 sur 3 — n° 3 dans le document : non pris en compte (à revoir)" in md
    assert "| Tiers-lieux et coworking | 1 | 0 | 0 | 1 |" in md
    # each candidate says how close it is to the demand, not a status of its own
    assert "1. « Soutenir les tiers-lieux du territoire » (Stratégie, p. 4) — score 0,81, y répond" in md
    assert "— score 0,30, trop éloignée pour y répondre" in md
    assert "— score 0,40, y répond en partie (validé)" in md
    assert md_escape("a*b_[c]|#") == "a\\*b\\_\\[c\\]\\|\\#"


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


def test_evidence_without_anything_says_so():
    assert evidence_text(Match("d", "a", 1, 0.0)) == (
        "mots en commun : aucun ; thèmes en commun : aucun ; indice le plus fort : aucun")


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


# --- reviewers in the report (testers' seventh round) -------------------------------------------

DETAIL = ("Un observatoire des usages numériques suit chaque année l'équipement des ménages, "
          "la fréquentation des lieux de médiation et les démarches en ligne. " * 4).strip()



def test_html_and_markdown_say_the_same_of_reviewers_work():
    # fake_run: d2 validated by a reviewer, d3's decision to review again (its texts changed)
    sentences = ["1 statut validé par un relecteur.", "1 décision à revoir (textes modifiés depuis)."]
    page, md = render_html(fake_run(), LABELS), render_markdown(fake_run(), LABELS)
    assert "<p>Ces statuts sont calculés automatiquement en comparant les textes : ce sont des suggestions à " \
           "vérifier, pas un jugement. " + " ".join(sentences) + "</p>" in page
    assert "\n".join(sentences) in md
    none = fake_run(coverage=tuple(Coverage(c.demand_id, c.status, c.best_action_id, c.score) for c in fake_run().coverage))
    assert all(s not in render_html(none, LABELS) + render_markdown(none, LABELS) for s in sentences)

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
