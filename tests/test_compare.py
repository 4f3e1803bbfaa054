"""Comparison of territories (nlp_stn.compare, nlp_stn.compare_report) with a small fake
matcher and lexicon."""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest

from nlp_stn import compare as cmp
from nlp_stn import compare_report as rep
from nlp_stn.errors import CompareError, UsageError
from nlp_stn.model import Match, Segment, segment_id
from nlp_stn.settings import Settings

THEMES = {"mobilite": "Mobilité", "donnees": "Données ouvertes"}
KEYWORDS = {"covoiturage": "mobilite", "vélo": "mobilite", "données": "donnees"}
LEXICON = SimpleNamespace(themes=THEMES, version="lex-test")


@dataclass(frozen=True)
class FakeResult:
    matches: tuple
    coverage: tuple = ()
    themes: dict = field(default_factory=dict)
    thresholds: dict = field(default_factory=lambda: {"addressed": 0.6, "partial": 0.3})
    versions: dict = field(default_factory=lambda: {"matcher": "fake-1"})


def words(text: str) -> set[str]:
    return {w.strip(".,;:!?«»").lower() for w in text.split() if len(w) > 3}


def fake_matcher(demands, actions, settings, progress=None, context_units=()):
    """Asymmetric score: share of the demand's words found in the action."""
    matches = []
    for d in demands:
        wd = words(d.text)
        scored = sorted(
            ((len(wd & words(a.text)) / len(wd) if wd else 0.0, i, a) for i, a in enumerate(actions)),
            key=lambda t: (-t[0], t[1]),
        )[: settings.top_k]
        matches += [Match(d.id, a.id, rank, round(s, 4)) for rank, (s, _, a) in enumerate(scored, start=1)]
    themes = {
        u.id: tuple(sorted({KEYWORDS[w] for w in words(u.text) if w in KEYWORDS})) for u in (*demands, *actions)
    }
    return FakeResult(matches=tuple(matches), themes=themes)


def unit(doc: str, text: str, kind: str = "recommendation", role: str = "") -> Segment:
    return Segment(segment_id(doc, text), doc, kind, "", "", "", role, None, 0, 0, text)


BREST = [
    unit("brest/a.txt", "Créer un réseau local de covoiturage solidaire"),
    unit("brest/a.txt", "Ouvrir les données publiques des transports"),
    unit("brest/a.txt", "Manque de moyens humains", kind="recommendation", role="obstacle"),
    unit("brest/a.txt", "Organiser des ateliers de programmation pour enfants"),
    unit("brest/a.txt", "Objectif général de la métropole", kind="objective"),
]
LORIENT = [
    unit("lorient/b.txt", "Développer un réseau local de covoiturage solidaire en zone rurale", kind="action", role="action"),
    unit("lorient/b.txt", "Publier les données publiques des transports scolaires"),
    unit("lorient/b.txt", "Soutenir la pratique du vélo électrique"),
]


def run(territories=None, settings=Settings(), **kw):
    territories = territories or {"brest": BREST, "lorient": LORIENT}
    return cmp.compare(territories, settings, matcher=fake_matcher, lexicon=LEXICON, **kw)


def test_pairs_are_scored_thresholded_deduplicated_and_oriented():
    result = run()
    b, l = BREST, LORIENT
    # brest -> lorient scores 4/5 and 3/4 (share of the brest unit's words); the reverse
    # direction gives 4/7 and 3/5: each pair is listed once with the higher score.
    assert [(p.unit_a, p.unit_b, p.score, p.relation) for p in result.pairs] == [
        (b[0].id, l[0].id, 0.8, "même idée"),
        (b[1].id, l[1].id, 0.75, "même idée"),
    ]
    assert all(p.territory_a == "brest" and p.territory_b == "lorient" for p in result.pairs)
    assert result.thresholds == {"same_idea": 0.6, "close_idea": 0.3}
    # given in the other order: oriented from lorient, same (best) scores
    swapped = run({"lorient": LORIENT, "brest": BREST})
    assert [(p.unit_a, p.territory_a, p.unit_b, p.score) for p in swapped.pairs] == [
        (l[0].id, "lorient", b[0].id, 0.8),
        (l[1].id, "lorient", b[1].id, 0.75),
    ]


def test_only_recommendations_and_actions_with_plain_or_action_role_are_compared():
    result = run()
    assert [s.text for s in result.units["brest"]] == [BREST[0].text, BREST[1].text, BREST[3].text]
    assert len(result.units["lorient"]) == 3


def test_figures_unique_and_theme_profiles():
    result = run()
    brest, lorient = result.figures
    assert (brest.units, brest.found, brest.same, brest.unique, dict(brest.found_in)) == (3, 2, 2, 1, {"lorient": 2})
    assert (lorient.units, lorient.found, lorient.unique) == (3, 2, 1)
    assert round(brest.share(), 4) == 0.6667 and lorient.share("brest") == 2 / 3
    assert result.unique == {"brest": (BREST[3].id,), "lorient": (LORIENT[2].id,)}
    rows = [(c.territory, c.theme, c.units, c.share) for c in result.theme_counts]
    assert rows == [
        ("brest", "mobilite", 1, 0.3333),
        ("brest", "donnees", 1, 0.3333),
        ("brest", cmp.NO_THEME, 1, 0.3333),
        ("lorient", "mobilite", 2, 0.6667),
        ("lorient", "donnees", 1, 0.3333),
        ("lorient", cmp.NO_THEME, 0, 0.0),
    ]
    sim = {(s.territory, s.theme): s.score for s in result.theme_similarity}
    assert sim[("brest", "mobilite")] == 0.8
    assert sim[("lorient", cmp.NO_THEME)] is None


def test_close_idea_between_thresholds_and_settings_override():
    workshops = unit("lorient/b.txt", "Des ateliers numériques pour tous")
    territories = {"brest": BREST, "lorient": LORIENT + [workshops]}
    # 2 shared words of 4 (lorient side) = 0.5: between 0.3 and 0.6
    default = {(p.unit_a, p.unit_b): (p.score, p.relation) for p in run(territories).pairs}
    assert default[(BREST[3].id, workshops.id)] == (0.5, "idée proche")
    strict = run(territories, settings=Settings(same_idea=0.9, close_idea=0.55))
    assert strict.thresholds == {"same_idea": 0.9, "close_idea": 0.55}
    assert [(p.score, p.relation) for p in strict.pairs] == [(0.8, "idée proche"), (0.75, "idée proche")]


def test_calibrated_comparison_thresholds_are_preferred():
    def matcher(*args, **kw):
        result = fake_matcher(*args, **kw)
        thresholds = {"addressed": 0.6, "partial": 0.3, "same_idea": 0.78, "close_idea": 0.76}
        return FakeResult(matches=result.matches, themes=result.themes, thresholds=thresholds)

    result = cmp.compare({"brest": BREST, "lorient": LORIENT}, Settings(), matcher=matcher, lexicon=LEXICON)
    assert result.thresholds == {"same_idea": 0.78, "close_idea": 0.76}
    assert [(p.score, p.relation) for p in result.pairs] == [(0.8, "même idée")]


def test_one_to_many_pairs_are_kept():
    lorient = LORIENT + [unit("lorient/c.txt", "Créer un réseau local de covoiturage solidaire pour les salariés")]
    result = run({"brest": BREST, "lorient": lorient})
    partners = [(p.unit_b, p.score) for p in result.pairs if p.unit_a == BREST[0].id]
    # best partner first: 5/5 words of the brest unit found in the new unit, 4/5 in the other
    assert partners == [(lorient[3].id, 1.0), (LORIENT[0].id, 0.8)]


def test_page_lists_strongest_shared_ideas_first_csv_keeps_document_order():
    twin = unit("lorient/c.txt", "Ouvrir les données publiques des transports")
    result = run({"brest": BREST, "lorient": LORIENT + [twin]})
    assert [(p.unit_a, p.unit_b, p.score) for p in result.pairs] == [
        (BREST[0].id, LORIENT[0].id, 0.8),
        (BREST[1].id, twin.id, 1.0),
        (BREST[1].id, LORIENT[1].id, 0.75),
    ]
    [(a, b, shown)] = rep._pair_groups(result)
    assert (a, b) == ("brest", "lorient")
    assert [(p.unit_a, p.score) for p in shown] == [(BREST[1].id, 1.0), (BREST[1].id, 0.75), (BREST[0].id, 0.8)]
    md = rep.render_markdown(result)
    assert md.index(f"« {twin.text} »") < md.index(f"« {LORIENT[0].text} »")


def test_page_folds_secondary_close_ideas():
    twin = unit("lorient/c.txt", "Créer un réseau local de covoiturage solidaire pour les salariés")
    result = run({"brest": BREST, "lorient": LORIENT + [twin]}, settings=Settings(same_idea=0.9, close_idea=0.3))
    page = rep.render_html(result)
    row = page[page.index(f"<tr><td><blockquote>{BREST[0].text}") :]
    row = row[: row.index("</tr>")]
    assert row.index(twin.text) < row.index("<details><summary>1 autre idée proche</summary>") < row.index(LORIENT[0].text)
    # a unit without any "même idée" shows its best close idea unfolded
    row1 = page[page.index(f"<tr><td><blockquote>{BREST[1].text}") :]
    row1 = row1[: row1.index("</tr>")]
    assert "<details>" not in row1 and LORIENT[1].text in row1


def test_three_territories_order_and_shares():
    national = [unit("national/n.txt", "Ouvrir les données publiques des transports régionaux")]
    result = run({"brest": BREST, "lorient": LORIENT, "national": national})
    assert result.territories == ("brest", "lorient", "national")
    pairs = {(p.territory_a, p.territory_b) for p in result.pairs}
    assert ("national", "brest") not in pairs and ("brest", "national") in pairs
    brest = result.figures[0]
    assert dict(brest.found_in) == {"lorient": 2, "national": 1}
    assert brest.found == 2  # a unit found in both territories counts once


def test_territory_without_units_is_refused():
    only_obstacles = [unit("x/a.txt", "Manque de moyens", role="obstacle")]
    with pytest.raises(CompareError) as err:
        run({"brest": BREST, "vide": only_obstacles})
    assert str(err.value) == (
        "aucune recommandation ni action trouvée pour le territoire « vide » (documents lus : x/a.txt) : "
        "donnez des documents qui en contiennent, ou retirez ce territoire."
    )


def test_one_territory_is_refused():
    with pytest.raises(UsageError) as err:
        run({"brest": BREST})
    assert str(err.value) == (
        "une comparaison demande au moins deux territoires (reçu 1) : "
        "ajoutez une option --territory nom=dossier par territoire."
    )


def test_inconsistent_thresholds_are_refused():
    with pytest.raises(UsageError) as err:
        run(settings=Settings(same_idea=0.2, close_idea=0.5))
    assert str(err.value) == (
        "le seuil « idée proche » (0.5) dépasse le seuil « même idée » (0.2) : "
        "donnez --close-idea inférieur ou égal à --same-idea."
    )


@pytest.mark.parametrize("name", ["brest", "Saint-Brieuc", "pays_de_lorient", "Montréal2", "ÎleDeFrance"])
def test_safe_names(name):
    assert cmp.check_name(name) == name


@pytest.mark.parametrize("name", ["", "a/b", "../x", "a b", "-x", "_x", "a.b", "x*", "é:"])
def test_unsafe_names(name):
    with pytest.raises(UsageError) as err:
        cmp.check_name(name)
    assert str(err.value) == (
        f"nom de territoire « {name} » invalide : utilisez seulement des lettres, des chiffres, "
        "« - » et « _ » (il commence par une lettre ou un chiffre)."
    )


# ------------------------------------------------------------------ files


def read_csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for spreadsheets
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_write_comparison_files(tmp_path):
    result = run()
    out = cmp.write_comparison(result, tmp_path / "cmp")
    assert sorted(p.name for p in out.iterdir()) == sorted(cmp.OUTPUT_FILES)
    assert [p.name for p in tmp_path.iterdir()] == ["cmp"]  # no temporary folder left
    pairs = read_csv(out / "pairs.csv")
    assert pairs[0] == list(cmp.PAIR_COLUMNS)
    assert pairs[1] == [BREST[0].id, "brest", BREST[0].text, LORIENT[0].id, "lorient", LORIENT[0].text, "0.8000", "même idée"]
    unique = read_csv(out / "unique.csv")
    assert unique == [
        list(cmp.UNIQUE_COLUMNS),
        ["brest", BREST[3].id, BREST[3].text, ""],
        ["lorient", LORIENT[2].id, LORIENT[2].text, "Mobilité"],
    ]
    themes = read_csv(out / "themes.csv")
    assert themes[0] == list(cmp.THEME_COLUMNS)
    assert themes[1] == ["brest", "mobilite", "Mobilité", "1", "0.3333"]
    data = json.loads((out / "compare.json").read_text(encoding="utf-8"))
    assert data["territories"][0]["share_found_elsewhere"] == 0.6667
    assert len(data["pairs"]) == 2 and data["pairs"][0]["text_b"] == LORIENT[0].text
    assert data["unit_map"]["units"][0] == BREST[0].id
    settings = json.loads((out / "settings.json").read_text(encoding="utf-8"))
    assert settings["thresholds"] == {"same_idea": 0.6, "close_idea": 0.3}
    assert settings["versions"]["matcher"] == "fake-1"
    md = (out / "compare.md").read_text(encoding="utf-8")
    assert md.startswith("# Ce qui rapproche et ce qui distingue Brest et Lorient\n")
    assert "| Brest | 3 | 2 (67\u202f%) | 2 | 1 | — | 67\u202f% |" in md


def test_html_page_is_french_self_contained_and_escaped(tmp_path):
    hostile = unit("lorient/b.txt", "Refuser <script>alert('x')</script> & les données fermées")
    result = run({"brest": BREST, "lorient": LORIENT + [hostile]})
    page = rep.render_html(result)
    assert page.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert "<script>" not in page
    assert "Refuser &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; les données fermées" in page
    assert "<h1>Ce qui rapproche et ce qui distingue Brest et Lorient</h1>" in page
    assert page.count("<svg") == 3  # profiles, theme heat map, unit heat map
    assert re.search(r'(src|href)="(?!#|data:)', page) is None  # nothing loaded from elsewhere
    assert "<metadata>" not in page
    # key figures come before the charts
    assert page.index('class="card"') < page.index("<svg")
    md = rep.render_markdown(result)
    assert "Refuser &lt;script&gt;alert('x')&lt;/script&gt; &amp; les données fermées" in md
    assert "d'un territoire" in md  # apostrophes stay readable in Markdown


def test_key_figures_per_territory_in_page():
    page = rep.render_html(run())
    brest_card = page[page.index('<section class="card"') : page.index("</section>")]
    assert '<h2>Brest <span class="count">3 idées</span></h2>' in brest_card
    rows = re.findall(r'<tr><td class="num"><span class="key (\w+)"></span>(\d+)</td><td class="num pct">([^<]+)</td><td>([^<]+)</td></tr>', brest_card)
    assert rows == [
        ("same", "2", "67\u202f%", "la même idée existe ailleurs"),
        ("close", "0", "0\u202f%", "une idée proche existe ailleurs"),
        ("none", "1", "33\u202f%", "sans équivalent : propre à Brest"),
    ]
    assert "Même idée ou idée proche retrouvée chez Lorient 67\u202f%" in brest_card


def test_unit_heat_map_only_for_small_comparisons(monkeypatch):
    monkeypatch.setattr(cmp, "UNIT_MAP_LIMIT", 6)
    result = run()
    assert not result.unit_map
    assert set(rep.chart_svgs(result)) == {"profiles", "themes"}
    assert "unit_map" not in rep.to_dict(result)


def test_unit_order_groups_by_theme_then_territory():
    result = run()
    texts = [t for t in (s.text for segs in result.units.values() for s in segs)]
    index = {s.id: s.text for segs in result.units.values() for s in segs}
    assert len(texts) == 6
    assert [index[u] for u in rep.unit_order(result)] == [
        BREST[0].text,  # mobilite, brest
        LORIENT[0].text,  # mobilite, lorient
        LORIENT[2].text,
        BREST[1].text,  # donnees
        LORIENT[1].text,
        BREST[3].text,  # no theme last
    ]


def test_previous_comparison_is_replaced_keeping_the_users_files_and_other_folders_refused(tmp_path):
    out = tmp_path / "cmp"
    cmp.write_comparison(run(), out)
    (out / "compare.md").write_text("old", encoding="utf-8")
    (out / "notes.txt").write_text("à relire", encoding="utf-8")  # saved there by a user
    cmp.write_comparison(run(), out)
    assert (out / "compare.md").read_text(encoding="utf-8") != "old"
    assert (out / "notes.txt").read_text(encoding="utf-8") == "à relire"
    assert sorted(p.name for p in out.iterdir()) == sorted(cmp.OUTPUT_FILES + ("notes.txt",))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no hidden leftover
    other = tmp_path / "docs"
    other.mkdir()
    (other / "note.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(UsageError) as err:
        cmp.write_comparison(run(), other)
    assert str(err.value) == (
        f"{other} : ce dossier existe, n'est pas vide et ne contient pas de comparaison précédente : "
        "choisissez un dossier nouveau ou vide avec -o."
    )
    assert (other / "note.txt").read_text(encoding="utf-8") == "keep"


def test_failure_while_writing_leaves_no_partial_output(tmp_path, monkeypatch):
    def boom(comparison):
        raise RuntimeError("disk full")

    monkeypatch.setattr(rep, "render_markdown", boom)
    with pytest.raises(RuntimeError):
        cmp.write_comparison(run(), tmp_path / "cmp")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ territories from specs


def make_corpus(root: Path) -> Path:
    (root / "brest").mkdir(parents=True)
    (root / "lorient").mkdir()
    (root / "brest" / "a.txt").write_text("x", encoding="utf-8")
    (root / "lorient" / "b.txt").write_text("y", encoding="utf-8")
    (root / "lorient" / "c.txt").write_text("z", encoding="utf-8")
    (root / "corpus.toml").write_text(
        '[[document]]\npath = "lorient/b.txt"\nterritory = "pays_lorient"\n', encoding="utf-8"
    )
    return root


def test_resolve_folders_files_and_manifest_names(tmp_path):
    root = make_corpus(tmp_path / "corpus")
    got = cmp.resolve_territories(
        [f"brest={root / 'brest'}", f"autre={root / 'lorient' / 'c.txt'}", "pays_lorient"], root
    )
    assert list(got) == ["brest", "autre", "pays_lorient"]
    assert [[s.doc_id for s in v] for v in got.values()] == [["brest/a.txt"], ["lorient/c.txt"], ["lorient/b.txt"]]


def test_resolve_refuses_same_folder_twice(tmp_path):
    root = make_corpus(tmp_path / "corpus")
    with pytest.raises(UsageError) as err:
        cmp.resolve_territories([f"a={root / 'brest'}", f"b={root / 'brest'}/"], root)
    assert str(err.value) == (
        f"{root / 'brest'}/ : ce dossier ou fichier est donné deux fois (territoires « a » et « b ») : donnez-le une seule fois."
    )


def test_resolve_refuses_overlapping_folders(tmp_path):
    root = make_corpus(tmp_path / "corpus")
    with pytest.raises(UsageError) as err:
        cmp.resolve_territories([f"tout={root}", f"brest={root / 'brest'}"], root)
    assert str(err.value) == (
        f"{root / 'brest' / 'a.txt'} : ce document appartient à deux territoires (« tout » et « brest ») : "
        "donnez des dossiers qui ne se recouvrent pas."
    )


def test_resolve_refuses_unknown_manifest_territory(tmp_path):
    root = make_corpus(tmp_path / "corpus")
    with pytest.raises(UsageError) as err:
        cmp.resolve_territories(["brest", "quimper"], root)
    # lorient/c.txt is not in the manifest: its territory is inferred from its folder
    assert str(err.value) == (
        f"{root / 'corpus.toml'} : territoire « quimper » inconnu du manifeste (territoires connus : "
        "brest, lorient, pays_lorient) : donnez son dossier avec --territory quimper=DOSSIER."
    )


def test_resolve_refuses_one_territory_repeated_name_and_missing_path(tmp_path):
    root = make_corpus(tmp_path / "corpus")
    with pytest.raises(UsageError, match=r"au moins deux territoires \(reçu 1\)"):
        cmp.resolve_territories([f"brest={root / 'brest'}"], root)
    with pytest.raises(UsageError) as err:
        cmp.resolve_territories([f"brest={root / 'brest'}", f"brest={root / 'lorient'}"], root)
    assert str(err.value) == "le territoire « brest » est donné deux fois : donnez à chaque territoire un nom différent."
    with pytest.raises(UsageError) as err:
        cmp.resolve_territories([f"brest={root / 'brest'}", f"x={root / 'nulle-part'}"], root)
    assert str(err.value) == (
        f"{root / 'nulle-part'} : fichier ou dossier introuvable pour le territoire « x » : vérifiez le chemin."
    )


def test_resolve_refuses_empty_folder(tmp_path):
    root = make_corpus(tmp_path / "corpus")
    (tmp_path / "vide").mkdir()
    with pytest.raises(CompareError) as err:
        cmp.resolve_territories([f"brest={root / 'brest'}", f"vide={tmp_path / 'vide'}"], root)
    assert str(err.value) == (
        "aucun document à lire pour le territoire « vide » : donnez un dossier qui contient "
        "des documents (texte, PDF, HTML, bureautique, tableaux)."
    )


def test_a_document_in_two_formats_counts_its_ideas_once():
    from nlp_stn.compare import comparable_units
    from nlp_stn.model import Segment

    def unit(uid, doc, text, kind="recommendation", role=""):
        return Segment(id=uid, doc=doc, kind=kind, label="", heading="", parent="", role=role, page=None,
                       start=0, end=len(text), text=text)

    units = [unit("a1", "avis.docx", "Créer un tiers-lieu"), unit("a2", "avis.docx", "Former les élus"),
             unit("p1", "avis.pdf", "Créer un  tiers-lieu"), unit("p2", "avis.pdf", "Ouvrir les données"),
             unit("p3", "avis.pdf", "Région, SNCF", role="cooperation")]
    assert [u.id for u in comparable_units(units)] == ["a1", "a2", "p2"]


def test_territory_names_are_shown_as_place_names():
    from nlp_stn.compare_report import display

    assert [display(n) for n in ("brest", "saint-ferréol", "pays de lorient", "val-d'ombre", "Lorient Agglo")] == [
        "Brest", "Saint-Ferréol", "Pays de Lorient", "Val-d'Ombre", "Lorient Agglo"]


def test_a_territory_card_says_what_its_ideas_are_made_of():
    from nlp_stn.compare_report import composition

    def unit(uid, kind):
        return Segment(id=uid, doc="d.txt", kind=kind, label="", heading="", parent="", role="", page=None,
                       start=0, end=0, text=uid)

    assert composition([unit("a", "recommendation"), unit("b", "recommendation"), unit("c", "action")]) == (
        "dont 2 demandes citoyennes et 1 action ou objectif de la collectivité")
    assert composition([unit("a", "recommendation")]) == ""


def test_gold_units_align_with_titles_whose_label_is_in_its_column():
    from nlp_stn.evaluation.compare import align
    from nlp_stn.evaluation.segments import GoldUnit

    gold = [GoldUnit("b.txt", "B-1", "recommendation", "Proposition 1 : un comptoir de l'innovation sociale")]
    units = {"b.txt": [{"id": "u1", "text": "un comptoir de l'innovation sociale", "label": "Proposition 1"},
                       {"id": "u2", "text": "un plan de formation global", "label": "Proposition 2"}]}
    assert align(gold, units) == {"B-1": "u1"}


def test_a_gold_doc_names_the_compared_documents_it_ends_with_the_territory_first():
    from nlp_stn.evaluation.compare import matching_docs

    keys = [("brest", "avis.md"), ("lorient", "avis.md"), ("lorient", "2019/cr.md")]
    assert matching_docs("brest/avis.md", keys) == [("brest", "avis.md")]
    assert matching_docs("corpus/lorient/avis.md", keys) == [("lorient", "avis.md")]
    assert matching_docs("avis.md", keys) == [("brest", "avis.md"), ("lorient", "avis.md")]
    assert matching_docs("cr.md", keys) == [("lorient", "2019/cr.md")]
    assert matching_docs(".\\lorient\\2019\\cr.md", keys) == [("lorient", "2019/cr.md")]
    assert matching_docs("lorient/cr.md", keys) == []  # another folder: not the same file
    assert matching_docs("brest/bavis.md", keys) == []  # a name ending with another is no path ending
