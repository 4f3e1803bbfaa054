"""Consultation exports: CSV, JSON, JSONL, XLS, XLSX -> one record block per row."""
from __future__ import annotations

import json

import pytest

from nlp_stn.errors import InputError
from nlp_stn.extract import extract
from nlp_stn.extract.tables import readable, split_rows
from nlp_stn.settings import Settings

from conftest import CORPUS, DATA

FIXTURES = DATA / "extract"


def records(doc):
    return [dict(b.fields) for b in doc.blocks]


def test_decidim_csv_export():
    doc = extract(CORPUS / "decidim" / "subset_raw_data.csv")
    assert len(doc.blocks) == 268
    assert {b.kind for b in doc.blocks} == {"record"}
    second = doc.blocks[1]
    assert dict(second.fields) == {
        "id": "3930",
        "title": 'Instaurer un indicateur "CO2 Score"',
        "body": "Introduire un indicateur sur le bilan carbone des produits à l'achat, mais aussi des services , "
        "sur le modèle du nutriscore. Ces indicateurs devraient permettre au citoyen de choisir "
        '"rapidement " vers quel produit ou service s\'orienter.',
        "category": "consommer",
    }
    assert second.text == second.fields["title"] + "\n" + second.fields["body"]
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text


def test_decidim_json_object_of_objects():
    doc = extract(FIXTURES / "decidim-3.json")
    assert [(r["id"], r["category"], r["title"]) for r in records(doc)] == [
        ("77", "consommer", "L'autoconsommation solaire"),
        ("3930", "consommer", 'Instaurer un indicateur "CO2 Score"'),
        ("50", "consommer", "Réglementer les tarifs des assurances auto"),
    ]


def test_legacy_decidim_xls():
    doc = extract(FIXTURES / "subset_FEAMP.xls")
    assert len(doc.blocks) == 408
    assert records(doc)[1] == {
        "id": "2803",
        "title": "Lutte contre la pêche illégale",
        "body": "Quels moyens vont être affectés à la lutte contre la pêche illégale, notamment dans les "
        "régions ultrapériphériques ?",
        "category": "",
    }


def test_guide_csv_with_unquoted_json_lists():
    doc = extract(CORPUS / "national" / "guide-bonnes-pratiques-numerique-responsable-export-version-v1.csv")
    assert len(doc.blocks) == 59
    assert records(doc)[1] == {
        "id": "a.2",
        "title": "Définir et mettre en place un plan d’action",
        "body": "",
        "category": "Stratégie et gouvernance",
    }
    assert [r["id"] for r in records(doc)][-1] == "i.8"


def test_split_rows_keeps_bracketed_lists_whole():
    text = 'Id,Pilotes,Url\n"a.2",["Direction générale","Délégué"],"https://x"\n'
    assert split_rows(text, ",") == [["Id", "Pilotes", "Url"], ["a.2", '["Direction générale","Délégué"]', "https://x"]]


def test_readable_values():
    assert readable('["Direction générale","Délégué au numérique responsable"]') == (
        "Direction générale\nDélégué au numérique responsable"
    )
    assert readable(1047.0) == "1047"
    assert readable(None) == ""
    assert readable("[pas une liste") == "[pas une liste"
    assert readable("a\n\n\nb") == "a\nb"


def test_semicolon_cp1252_csv_with_decidim_language_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(
        "ID;Title/fr;Body/fr;Category/name/fr\n1;Créer un tiers-lieu;Ouvrir un lieu à Saint-Brieuc.;Inclusion\n"
        .encode("cp1252")
    )
    doc = extract(path)
    assert records(doc) == [
        {"id": "1", "title": "Créer un tiers-lieu", "body": "Ouvrir un lieu à Saint-Brieuc.", "category": "Inclusion"}
    ]
    assert doc.blocks[0].text == "Créer un tiers-lieu\nOuvrir un lieu à Saint-Brieuc."


def test_tab_separated_utf8_bom_with_french_headers(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes("\ufeffIdentifiant\tIntitulé\tContenu\tThématique\nP7\tFibre\tDéployer la fibre.\tRéseaux\n".encode("utf-8"))
    assert records(extract(path)) == [
        {"id": "P7", "title": "Fibre", "body": "Déployer la fibre.", "category": "Réseaux"}
    ]


def test_explicit_columns_override_recognition(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("num,sujet,avis,title\n3,Mobilité,Plus de bus le soir.,ignoré\n", encoding="utf-8")
    settings = Settings(id_column="num", title_column="sujet", body_column="Avis")
    assert records(extract(path, settings)) == [
        {"id": "3", "title": "Mobilité", "body": "Plus de bus le soir.", "category": ""}
    ]


def test_missing_explicit_column(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("id,titre\n1,a\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        extract(path, Settings(body_column="texte_complet"))
    assert info.value.message == (
        "la colonne « texte_complet » (--body-column) est absente ; colonnes trouvées : id, titre."
    )


def test_missing_title_and_body_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("numéro,auteur,date\n1,Ana,2024\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        extract(path)
    assert str(info.value) == (
        f"{path} : aucune colonne de titre ni de texte reconnue (colonnes trouvées : numéro, auteur, date) : "
        "indiquez-les avec --title-column et --body-column."
    )
    assert info.value.exit_code == 2


def test_unknown_delimiter(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("id|titre|texte\n1|a|b\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        extract(path)
    assert info.value.message == (
        "séparateur de colonnes non reconnu (ni virgule, ni point-virgule, ni tabulation) : "
        "enregistrez le tableau en CSV séparé par des virgules ou des points-virgules."
    )


def test_json_list_and_nested_language_fields(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps([{"id": 5, "title": {"fr": "Wifi public"}, "body": {"fr": "Dans les parcs."},
                     "category": {"name": {"fr": "Réseaux"}}}]),
        encoding="utf-8",
    )
    assert records(extract(path)) == [
        {"id": "5", "title": "Wifi public", "body": "Dans les parcs.", "category": "Réseaux"}
    ]


def test_jsonl(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text('{"id": 1, "texte": "Premier."}\n\n{"id": 2, "texte": "Second."}\n', encoding="utf-8")
    assert [b.text for b in extract(path).blocks] == ["Premier.", "Second."]


def test_jsonl_bad_line(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text('{"id": 1, "texte": "ok"}\n{"id": 2,\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        extract(path)
    assert info.value.message == "ligne 2 : JSON invalide ; corrigez cette ligne."


def test_json_of_the_wrong_shape(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('["a", "b"]', encoding="utf-8")
    with pytest.raises(InputError) as info:
        extract(path)
    assert info.value.message == "le JSON doit être une liste d'objets (un par proposition) ou un objet d'objets."


def test_xlsx(tmp_path):
    import openpyxl

    path = tmp_path / "export.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "category", "title", "body"])
    sheet.append([12, "Mobilité", "Vélos partagés", "Étendre le réseau aux communes voisines."])
    sheet.append([None, None, None, None])
    sheet.append([13, "Inclusion", "Ateliers", None])
    book.save(path)
    assert records(extract(path)) == [
        {"id": "12", "title": "Vélos partagés", "body": "Étendre le réseau aux communes voisines.", "category": "Mobilité"},
        {"id": "13", "title": "Ateliers", "body": "", "category": "Inclusion"},
    ]


def test_utf16_csv_with_a_long_body(tmp_path):
    path = tmp_path / "export.csv"
    body = "Déployer la fibre. " * 10_000  # longer than the csv module's default field limit
    path.write_bytes(f'titre,texte\nFibre,"{body}"\n'.encode("utf-16"))
    assert records(extract(path)) == [{"id": "", "title": "Fibre", "body": body.strip(), "category": ""}]
