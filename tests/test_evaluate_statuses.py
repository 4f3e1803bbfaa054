"""`nlp-stn evaluate statuses`: statuses from the documents, each expected demand found by its text."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nlp_stn.cli import main
from nlp_stn.errors import InputError
from nlp_stn.evaluation.statuses import NOT_FOUND, closest, evaluate_statuses, format_statuses

AVIS = """Avis du conseil de développement sur la stratégie numérique

Recommandations

1. Raccorder à la fibre optique tous les hameaux de la commune avant 2028.
2. Ouvrir un espace public numérique avec un médiateur dans chaque mairie annexe.
3. Publier en données ouvertes les horaires de tous les équipements sportifs.
"""
STRATEGIE = """Stratégie numérique de la commune 2026-2030

Action 1 : Raccorder à la fibre optique tous les hameaux de la commune d'ici fin 2027.
Action 2 : Recruter deux conseillers numériques pour la médiation à la médiathèque.
Action 3 : Rénover l'éclairage public des parkings.
"""
UNITS = """doc,unit,kind,text
x/avis.txt,D-1,recommendation,Raccorder à la fibre optique tous les hameaux de la commune avant 2028.
x/avis.txt,D-2,recommendation,Ouvrir un espace public numérique avec un médiateur dans chaque mairie annexe.
x/avis.txt,D-3,recommendation,Publier en données ouvertes les horaires de tous les équipements sportifs.
x/avis.txt,D-4,recommendation,Créer un budget participatif consacré aux projets des associations.
x/strategie.txt,A-1,action,Raccorder à la fibre optique tous les hameaux de la commune d'ici fin 2027.
x/strategie.txt,A-2,action,Recruter deux conseillers numériques pour la médiation à la médiathèque.
x/strategie.txt,A-3,action,Rénover l'éclairage public des parkings.
"""
EXPECTED = """unit,expected_status,note
D-1,pris en compte,A-1
D-2,partiellement,"A-2 : un médiateur, pas dans chaque mairie"
D-3,non pris en compte,
D-4,non pris en compte,absente du document : la lecture ne peut pas la trouver
"""


@pytest.fixture
def pair(tmp_path):
    (tmp_path / "corpus" / "x").mkdir(parents=True)
    (tmp_path / "corpus" / "x" / "avis.txt").write_text(AVIS, encoding="utf-8")
    (tmp_path / "corpus" / "x" / "strategie.txt").write_text(STRATEGIE, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "units.csv").write_text(UNITS, encoding="utf-8")
    (gold / "links.csv").write_text("unit_a,unit_b,relevance\nD-1,A-1,2\nD-2,A-2,1\n", encoding="utf-8")
    (gold / "expected_status.csv").write_text(EXPECTED, encoding="utf-8")
    return tmp_path


def test_closest_takes_the_nearest_text_from_80():
    found = ["Ouvrir un espace numérique", "Raccorder à la fibre optique tous les hameaux avant 2028."]
    assert closest("Raccorder à la fibre optique tous les hameaux de la commune avant 2028.", found)[0] == 1
    assert closest("Rénover l'éclairage public", found)[0] is None
    # an annotated excerpt of a longer demand (title and body read together) is found
    assert closest("tous les hameaux de la commune", ["La fibre. Raccorder tous les hameaux de la commune."])[0] == 0


def test_closest_finds_a_short_title_read_over_its_body():
    # a contribution read as its title line over its body, annotated by its title alone
    found = ["Bancs publics\nIl manque des bancs le long du canal pour les personnes âgées.",
             "Éclairage\nÉteindre l'éclairage public la nuit dans les lotissements."]
    assert closest("Bancs publics", found) == (0, 100.0)
    assert closest("éclairage", found)[0] == 1
    # the title line counts only for a text of several lines, and still from 80
    assert closest("Bancs", ["Bancs publics le long du canal"])[0] is None
    assert closest("Des arbres", found)[0] is None


def test_statuses_from_the_documents(pair):
    report = evaluate_statuses(pair / "gold")
    assert report["set"] == pair.name
    assert [(r["unit"], r["expected"], r["found"]) for r in report["rows"]] == [
        ("D-1", "pris en compte", "pris en compte"),
        ("D-2", "partiellement", "pris en compte"),
        ("D-3", "non pris en compte", "non pris en compte"),
        ("D-4", "non pris en compte", NOT_FOUND),
    ]
    assert (report["demands"], report["agree"], report["not_found"]) == (4, 2, 1)
    assert report["by_status"] == {"pris en compte": [1, 1], "partiellement": [0, 1], "non pris en compte": [1, 2]}
    assert report["rows"][0]["best_action"] == "Raccorder à la fibre optique tous les hameaux de la commune d'ici fin 2027."
    text = format_statuses([report], details=True).splitlines()
    assert text[0] == (f"{pair.name} : 2/4 statuts attendus (pris en compte 1/1, partiellement 0/1, "
                       "non pris en compte 1/2 ; 1 non retrouvée(s))")
    assert text[1].startswith("  D-2 : attendu « partiellement », obtenu « pris en compte » (meilleure action : Recruter")
    assert text[2] == "  D-4 : attendu « non pris en compte », obtenu « (demande non retrouvée) »"


def test_reviewers_decisions_are_not_applied(pair, tmp_path, monkeypatch):
    # a decisions database in the project folder must not change what the tool alone gives
    from nlp_stn.settings import Settings

    db = tmp_path / "decisions.sqlite"
    db.write_bytes(b"not a database")
    report = evaluate_statuses(pair / "gold", settings=Settings(decisions_db=str(db)))
    assert report["agree"] == 2


@pytest.mark.parametrize("change, message", [
    (lambda g: (g / "expected_status.csv").unlink(),
     "expected_status.csv absent ou vide : écrivez pour chaque demande (colonne unit) le statut attendu "
     "(colonne expected_status)."),
    (lambda g: (g / "expected_status.csv").write_text("unit,expected_status\nD-9,pris en compte\n", encoding="utf-8"),
     "demande(s) D-9 absente(s) de units.csv : chaque ligne de expected_status.csv doit nommer une unité de units.csv."),
    (lambda g: (g.parent / "corpus" / "x" / "strategie.txt").unlink(),
     "document « x/strategie.txt » de units.csv introuvable dans le corpus : donnez avec --corpus le dossier qui "
     "le contient."),
])
def test_bad_annotations_say_what_to_do(pair, change, message):
    change(pair / "gold")
    with pytest.raises(InputError) as err:
        evaluate_statuses(pair / "gold")
    assert err.value.message == message


def test_cli_prints_one_line_per_set_and_the_total(pair):
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", "statuses", "--gold", str(pair / "gold"), "--gold", str(pair / "gold")],
                           prog_name="nlp-stn")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines[-2] == "Total : 4/8 statuts attendus sur 2 jeux ; 2 demande(s) non retrouvée(s) dans les documents lus."
    as_json = runner.invoke(main, ["evaluate", "statuses", "--gold", str(pair / "gold"), "--json"], prog_name="nlp-stn")
    assert json.loads(as_json.stdout)["agree"] == 2


def test_cli_wants_one_corpus_per_gold(pair):
    result = CliRunner().invoke(main, ["evaluate", "statuses", "--gold", str(pair / "gold"), "--gold",
                                       str(pair / "gold"), "--corpus", str(pair / "corpus")], prog_name="nlp-stn")
    assert result.exit_code != 0
    assert "1 --corpus pour 2 --gold : donnez un --corpus par --gold" in result.output
