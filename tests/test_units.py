"""Reading tables of already segmented units."""
import pytest

from nlp_stn.errors import InputError
from nlp_stn.units import read_units


def test_csv_with_semicolons_bom_and_title(tmp_path):
    path = tmp_path / "demandes.csv"
    path.write_bytes("\ufeffid;title;text;heading\nd1;Mobilité;Créer un réseau de covoiturage;Transports\n;;;\n".encode("utf-8"))
    units = read_units(path)
    assert len(units) == 1
    u = units[0]
    assert (u.id, u.doc, u.text, u.heading, u.page, u.start) == (
        "d1", "demandes.csv", "Mobilité\nCréer un réseau de covoiturage", "Transports", None, 0)


def test_cp1252_csv_with_commas(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("id,text,page\na1,Développer la fibre,3\n".encode("cp1252"))
    [u] = read_units(path)
    assert (u.text, u.page) == ("Développer la fibre", 3)


def test_jsonl(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a1", "text": "Ouvrir les données", "doc": "x/y.txt"}\n\n{"id": 2, "text": "Former"}\n',
                    encoding="utf-8")
    units = read_units(path)
    assert [(u.id, u.doc, u.text) for u in units] == [("a1", "x/y.txt", "Ouvrir les données"), ("2", "a.jsonl", "Former")]


def test_missing_text_column(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_units(path)
    assert str(err.value) == (
        f"{path} : colonne(s) manquante(s) : text ; le tableau doit avoir au moins les colonnes id et text "
        "(colonnes trouvées : id, body)."
    )


def test_duplicate_ids(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,text\n1,x\n2,y\n1,z\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_units(path)
    assert str(err.value) == (
        f"{path} : identifiant « 1 » en double (lignes 2 et 4) : chaque unité doit avoir un id unique."
    )


def test_empty_text_and_bad_page(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,text\n1,\n", encoding="utf-8")
    with pytest.raises(InputError, match="ligne 2 : texte vide pour l'unité « 1 »"):
        read_units(path)
    path.write_text("id,text,page\n1,x,deux\n", encoding="utf-8")
    with pytest.raises(InputError, match="ligne 2 : la colonne page doit être un nombre entier"):
        read_units(path)


def test_unknown_extension_and_missing_file(tmp_path):
    with pytest.raises(InputError, match="format de tableau non reconnu « .txt »"):
        read_units(tmp_path / "a.txt")
    with pytest.raises(InputError) as err:
        read_units(tmp_path / "absent.csv")
    assert str(err.value) == f"{tmp_path / 'absent.csv'} : fichier introuvable : vérifiez le chemin."


def test_bad_jsonl_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "1", "text": "x"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(InputError, match="ligne 2 : chaque ligne doit être un objet JSON"):
        read_units(path)


def test_utf16_csv_from_a_spreadsheet(tmp_path):
    path = tmp_path / "unites.csv"
    path.write_bytes("id;text\nd1;Créer une maison de santé\n".encode("utf-16"))  # "Texte Unicode" export
    [u] = read_units(path)
    assert (u.id, u.text) == ("d1", "Créer une maison de santé")


def test_tab_separated_units_table(tmp_path):
    path = tmp_path / "unites.tsv.csv"
    path.write_text("id\ttext\nd1\tDévelopper le télétravail\nd2\tCréer un tiers-lieu\n", encoding="utf-8")
    units = read_units(path)
    assert [(u.id, u.text) for u in units] == [("d1", "Développer le télétravail"), ("d2", "Créer un tiers-lieu")]


def test_read_run_units_splits_demands_and_actions(tmp_path):
    import json

    from nlp_stn.units import read_run_units

    rows = [
        {"id": "d1", "doc": "avis.txt", "kind": "recommendation", "text": "Développer le télétravail", "side": "demand"},
        {"id": "a1", "doc": "stn.txt", "kind": "action", "text": "Ouvrir des tiers-lieux", "side": "action"},
    ]
    (tmp_path / "units.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    demands, actions = read_run_units(tmp_path)
    assert [(u.id, u.doc, u.text) for u in demands.values()] == [("d1", "avis.txt", "Développer le télétravail")]
    assert list(actions) == ["a1"]


def test_read_run_units_without_units_file_says_what_to_give(tmp_path):
    from nlp_stn.units import read_run_units

    with pytest.raises(InputError) as err:
        read_run_units(tmp_path)
    assert str(err.value) == (
        f"{tmp_path / 'units.jsonl'} : unités du run introuvables (units.jsonl) : donnez avec --run le dossier "
        "d'un run produit par `nlp-stn match` ou `nlp-stn run`."
    )
