"""`nlp-stn compare`: summary lines, exact error messages and exit codes, no partial output.

Extraction/segmentation and the matcher are replaced by small fakes (see test_compare.py),
so these tests exercise the command's own logic quickly."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

import nlp_stn.compare as cmp
import nlp_stn.match
import nlp_stn.themes
from nlp_stn.cli import main

from test_compare import BREST, LEXICON, LORIENT, fake_matcher, unit

UNITS = {"brest": BREST, "lorient": LORIENT, "vide": [unit("vide/a.txt", "Manque de moyens", role="obstacle")]}


@pytest.fixture
def fakes(monkeypatch):
    def load_units(sources, settings, progress):
        return {name: UNITS[Path(items[0].path).parent.name] for name, items in sources.items()}, []

    monkeypatch.setattr(cmp, "load_units", load_units)
    monkeypatch.setattr(nlp_stn.match, "match_units", fake_matcher)
    monkeypatch.setattr(nlp_stn.match, "load_model", lambda settings=None: SimpleNamespace(thresholds={}))
    monkeypatch.setattr(nlp_stn.themes, "load_lexicon", lambda path=None: LEXICON)


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    for name in ("brest", "lorient", "vide"):
        (root / name).mkdir(parents=True)
        (root / name / "doc.txt").write_text("texte", encoding="utf-8")
    (root / "corpus.toml").write_text('[[document]]\npath = "brest/doc.txt"\nterritory = "brest"\n', encoding="utf-8")
    return root


def invoke(*args):
    return CliRunner().invoke(main, ["compare", *map(str, args)])


def test_compare_writes_files_and_summary(fakes, corpus, tmp_path):
    out = tmp_path / "cmp"
    result = invoke("-q", "-t", f"brest={corpus / 'brest'}", "--territory", f"lorient={corpus / 'lorient'}", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"Comparaison de 2 territoires écrite dans {out}",
        "  brest : 3 idées ; même idée ailleurs : 2, idée proche : 0, sans équivalent : 1",
        "  lorient : 3 idées ; même idée ailleurs : 2, idée proche : 0, sans équivalent : 1",
        f"  rapprochements : 2 (dont « même idée » : 2). Page : {out / 'compare.html'}",
    ]
    assert sorted(p.name for p in out.iterdir()) == sorted(cmp.OUTPUT_FILES)
    again = invoke("-q", "-t", f"brest={corpus / 'brest'}", "-t", f"lorient={corpus / 'lorient'}", "-o", out)
    assert again.stdout.splitlines()[0] == (
        f"Comparaison de 2 territoires écrite dans {out} (elle remplace la comparaison précédente de ce dossier)")


def test_manifest_territory_and_threshold_options(fakes, corpus, tmp_path):
    out = tmp_path / "cmp"
    result = invoke(
        "-q", "--corpus", corpus, "-t", "brest", "-t", f"lorient={corpus / 'lorient'}",
        "--same-idea", "0.9", "--close-idea", "0.5", "-o", out,
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == f"  rapprochements : 2 (dont « même idée » : 0). Page : {out / 'compare.html'}"


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["-t", "brest={c}/brest"], 2,
         "une comparaison demande au moins deux territoires (reçu 1) : ajoutez une option --territory nom=dossier par territoire."),
        (["-t", "brest={c}/brest", "-t", "lorient={c}/brest"], 2,
         "{c}/brest : ce dossier ou fichier est donné deux fois (territoires « brest » et « lorient ») : donnez-le une seule fois."),
        (["-t", "brest={c}/brest", "-t", "pays/lorient={c}/lorient"], 2,
         "nom de territoire « pays/lorient » invalide : utilisez seulement des lettres, des chiffres, « - » et « _ » "
         "(il commence par une lettre ou un chiffre)."),
        (["-t", "brest={c}/brest", "-t", "{c}/lorient"], 2,
         "« {c}/lorient » n'a pas de nom de territoire : écrivez --territory nom=dossier "
         "(par exemple --territory lorient={c}/lorient)."),
        (["-t", "brest={c}/brest", "-t", "{c}/lorient/doc.txt"], 2,
         "« {c}/lorient/doc.txt » n'a pas de nom de territoire : écrivez --territory nom=dossier "
         "(par exemple --territory brest=corpus/brest)."),
        (["-t", "brest={c}/brest", "-t", "quimper", "--corpus", "{c}"], 2,
         "{c}/corpus.toml : territoire « quimper » inconnu du manifeste (territoires connus : brest, lorient, vide) : "
         "donnez son dossier avec --territory quimper=DOSSIER."),
        (["-t", "brest={c}/brest", "-t", "vide={c}/vide"], 1,
         "aucune recommandation ni action trouvée pour le territoire « vide » (documents lus : vide/a.txt) : "
         "donnez des documents qui en contiennent, ou retirez ce territoire."),
        (["-t", "brest={c}/brest", "-t", "lorient={c}/lorient", "--same-idea", "1.5"], 2,
         "--same-idea doit être entre 0 et 1 (reçu 1.5)."),
    ],
)
def test_bad_input_messages_and_no_output(fakes, corpus, tmp_path, args, code, message):
    out = tmp_path / "cmp"
    result = invoke("-q", *[a.format(c=corpus) for a in args], "-o", out)
    assert result.exit_code == code
    assert result.stderr == f"Erreur : {message.format(c=corpus)}\n"
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["corpus"]  # no temporary folder left either


def test_output_inside_a_territory_folder_is_refused(fakes, corpus):
    out = corpus / "brest" / "sortie"
    result = invoke("-q", "-t", f"brest={corpus / 'brest'}", "-t", f"lorient={corpus / 'lorient'}", "-o", out)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Erreur : {out} : le dossier de sortie est dans un dossier lu pour le territoire « brest » : "
        "ses fichiers seraient lus comme des documents ; choisissez un dossier ailleurs avec -o.\n"
    )
    assert not out.exists()


def test_missing_output_option(fakes, corpus):
    result = invoke("-t", f"brest={corpus / 'brest'}", "-t", f"lorient={corpus / 'lorient'}")
    assert result.exit_code == 2
    assert result.stderr == "Erreur : indiquez le dossier de sortie avec -o DOSSIER.\n"


def test_existing_foreign_output_folder_is_refused_before_work(fakes, corpus, tmp_path):
    out = tmp_path / "notes"
    out.mkdir()
    (out / "a.txt").write_text("garder", encoding="utf-8")
    result = invoke("-q", "-t", f"brest={corpus / 'brest'}", "-t", f"lorient={corpus / 'lorient'}", "-o", out)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Erreur : {out} : ce dossier existe, n'est pas vide et ne contient pas de comparaison précédente : "
        "choisissez un dossier nouveau ou vide avec -o.\n"
    )
    assert [p.name for p in out.iterdir()] == ["a.txt"]


def test_real_pipeline_on_bundled_corpus(tmp_path):
    """No fakes: extraction, segmentation, the trained matcher, the lexicon and the charts on
    two territories of the bundled corpus. Asserts invariants, not scores."""
    import csv
    import json

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    out = tmp_path / "cmp"
    result = invoke("-q", "-t", f"brest={corpus / 'brest'}", "-t", f"national={corpus / 'contributions'}", "-o", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(cmp.OUTPUT_FILES)
    data = json.loads((out / "compare.json").read_text(encoding="utf-8"))
    texts = {u["id"]: (t, u["text"]) for t, units in data["units"].items() for u in units}
    assert {t for t, _ in texts.values()} == {"brest", "national"}
    same, close = data["thresholds"]["same_idea"], data["thresholds"]["close_idea"]
    with open(out / "pairs.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows, "the two territories share at least one idea"
    for row in rows:
        score = float(row["score"])
        assert (row["territory_a"], row["territory_b"]) == ("brest", "national")
        assert texts[row["unit_a"]] == ("brest", row["text_a"]) and texts[row["unit_b"]] == ("national", row["text_b"])
        assert close <= score <= 1 and row["relation"] == ("même idée" if score >= same else "idée proche")
    found = {r["unit_a"] for r in rows} | {r["unit_b"] for r in rows}
    with open(out / "unique.csv", encoding="utf-8-sig", newline="") as fh:
        unique = {r["unit"] for r in csv.DictReader(fh)}
    assert unique == set(texts) - found  # every unit is either shared or unique
    page = (out / "compare.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 3 and "Ce qui rapproche et ce qui distingue Brest et National" in page


def test_evaluate_compare_against_reference_links(tmp_path):
    cmp.write_comparison(cmp.compare({"brest": BREST, "lorient": LORIENT}, matcher=fake_matcher, lexicon=LEXICON), tmp_path / "cmp")
    gold = tmp_path / "gold"
    gold.mkdir()
    units = [("brest/a.txt", f"B{i}", BREST[i].text) for i in (0, 1, 3)]
    units += [("lorient/b.txt", f"L{i}", LORIENT[i].text) for i in (0, 1, 2)]
    units.append(("ailleurs/x.txt", "X1", "Une unité d'un autre document"))
    (gold / "units.csv").write_text(
        "doc,unit,kind,text\n" + "".join(f'{d},{u},recommendation,"{t}"\n' for d, u, t in units), encoding="utf-8"
    )
    # B0-L0 found by the tool; B3-L2 missed; the tool's B1-L1 pair is not in the reference
    (gold / "links.csv").write_text("unit_a,unit_b,relevance\nB0,L0,2\nB3,L2,1\nB0,X1,1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "compare", str(tmp_path / "cmp"), "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:12] == [
        "Unités de référence retrouvées dans la comparaison : 6 sur 7.",
        "Liens de référence entre territoires (entre unités retrouvées) : 2.",
        "Rapprochements (seuil « idée proche » 0,30) : 2 jugés, précision 0,50, rappel 0,50, F1 0,50.",
        "« Même idée » (seuil 0,60) : 2 jugés, précision 0,50, rappel 0,50.",
        "« Même idée » face aux seuls liens de même demande (pertinence 2) : précision 0,50 (1 sur 2), rappel 1,00 (1 sur 1).",
        "Meilleur partenaire correct (P@1) : 2 sur 4 (0,50).",
        "",
        "territoire        unités  retrouvées (réf.)  retrouvées (outil)  précision  rappel",
        "brest                  3               67 %                67 %       0,50    0,50",
        "lorient                3               67 %                67 %       0,50    0,50",
        "",
        "Seuil « idée proche » (toutes les paires notées, sans limite top-k) :",
    ]
    assert "  0,70       2       0,50    0,50  0,50  brest 67 %, lorient 67 %" in lines
    assert len(lines) == 13 + 9  # 13 lines of figures and headers, one per swept threshold


def _evaluate_with_docs(tmp_path, compared: dict, gold_docs: dict):
    """compare.json of units recorded under ``compared`` doc names ({territory: doc}), gold
    units of the same texts under ``gold_docs`` ({territory: doc}); the command's result."""
    from dataclasses import replace

    units = {t: [replace(u, doc=compared[t]) for u in us] for t, us in (("brest", BREST), ("lorient", LORIENT))}
    cmp.write_comparison(cmp.compare(units, matcher=fake_matcher, lexicon=LEXICON), tmp_path / "cmp")
    gold = tmp_path / "gold"
    gold.mkdir()
    rows = [(gold_docs["brest"], f"B{i}", BREST[i].text) for i in (0, 1)]
    rows += [(gold_docs["lorient"], f"L{i}", LORIENT[i].text) for i in (0, 1)]
    (gold / "units.csv").write_text(
        "doc,unit,kind,text\n" + "".join(f'{d},{u},recommendation,"{t}"\n' for d, u, t in rows), encoding="utf-8"
    )
    (gold / "links.csv").write_text("unit_a,unit_b,relevance\nB0,L0,2\n", encoding="utf-8")
    return CliRunner().invoke(main, ["evaluate", "compare", str(tmp_path / "cmp"), "--gold", str(gold)]), gold


@pytest.mark.parametrize("gold_docs", [
    {"brest": "brest/avis.md", "lorient": "lorient/avis.md"},  # under the corpus, as the shared gold writes them
    {"brest": "corpus/brest/avis.md", "lorient": "corpus/lorient/avis.md"},
    {"brest": "avis.md", "lorient": "avis.md"},  # the file name alone
])
def test_evaluate_compare_aligns_a_gold_doc_that_ends_with_the_compared_doc(tmp_path, gold_docs):
    """compare.json records each doc under its territory's folder (« avis.md »); the gold may
    name it from the corpus (« brest/avis.md »). Two territories' files of the same name are
    told apart by the territory in the gold path."""
    result, _ = _evaluate_with_docs(tmp_path, {"brest": "avis.md", "lorient": "avis.md"}, gold_docs)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == [
        "Unités de référence retrouvées dans la comparaison : 4 sur 4.",
        "Liens de référence entre territoires (entre unités retrouvées) : 1.",
    ]


def test_evaluate_compare_names_both_sides_documents_when_no_gold_unit_aligns(tmp_path):
    result, gold = _evaluate_with_docs(tmp_path, {"brest": "avis.md", "lorient": "cr.md"},
                                       {"brest": "brest/autre.md", "lorient": "lorient/cr-2.md"})
    assert result.exit_code == 2
    assert result.stderr == (
        f"Erreur : {gold / 'units.csv'} : aucune unité de référence retrouvée : la colonne doc nomme "
        "« brest/autre.md », « lorient/cr-2.md », la comparaison a lu « brest/avis.md », « lorient/cr.md » "
        "(territoire/document). Écrivez dans doc le chemin du document sous le dossier du corpus "
        "(« territoire/document ») ou sous le dossier du territoire.\n"
    )


def test_evaluate_compare_says_when_the_documents_agree_but_no_text_does(tmp_path):
    result, gold = _evaluate_with_docs(tmp_path, {"brest": "avis.md", "lorient": "cr.md"},
                                       {"brest": "brest/avis.md", "lorient": "lorient/cr.md"})
    assert result.exit_code == 0
    (gold / "units.csv").write_text("doc,unit,kind,text\nbrest/avis.md,B9,recommendation,Un texte absent\n",
                                    encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "compare", str(tmp_path / "cmp"), "--gold", str(gold)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Erreur : {gold / 'units.csv'} : aucune unité de référence retrouvée : aucun texte de référence des "
        "documents « brest/avis.md » ne correspond à une unité de la comparaison (documents lus : "
        "« brest/avis.md », « lorient/cr.md »). Vérifiez que units.csv annote ces documents et relancez "
        "`nlp-stn compare` sur leur version annotée.\n"
    )


def test_evaluate_compare_missing_folder(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", "compare", str(tmp_path / "nulle-part"), "--gold", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Erreur : {tmp_path / 'nulle-part' / 'compare.json'} : compare.json introuvable : "
        "donnez le dossier écrit par `nlp-stn compare -o DOSSIER`.\n"
    )


def test_unreadable_documents_are_reported_and_the_comparison_goes_on(fakes, corpus, tmp_path, monkeypatch):
    def load_units(sources, settings, progress):
        return {"brest": BREST, "lorient": LORIENT}, [("lorient/abime.pdf", "PDF chiffré : fournissez une version sans mot de passe.")]

    monkeypatch.setattr(cmp, "load_units", load_units)
    out = tmp_path / "cmp"
    result = invoke("-q", "-t", f"brest={corpus / 'brest'}", "-t", f"lorient={corpus / 'lorient'}", "-o", out)
    assert result.exit_code == 0
    assert result.stderr == "Attention : document non lu : lorient/abime.pdf : PDF chiffré : fournissez une version sans mot de passe.\n"
    page = (out / "compare.html").read_text(encoding="utf-8")
    assert "<h3>Documents non lus</h3><ul>\n<li>lorient/abime.pdf : PDF chiffré : fournissez une version sans mot de passe.</li>" in page
