"""Consultation exports: CSV, JSON, JSONL, XLS, XLSX, ODS -> one record block per row."""
from __future__ import annotations

import json

import pytest

from nlp_stn.errors import InputError
from nlp_stn.extract import extract
from nlp_stn.extract.tables import classify, find_records, html_to_text, readable, split_rows
from nlp_stn.segment import segment
from nlp_stn.settings import Settings

from conftest import CORPUS, DATA

FIXTURES = DATA / "extract"
TABLES = DATA / "tables"


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
    # its « Titre » beside « Priorité », « Exemples pilotes », « Exemples indicateurs »: the 59
    # practices, each followed by its example indicators (134)
    practices = [r for r in records(doc) if r["kind"] == "action"]
    assert len(practices) == 59 and len(doc.blocks) == 59 + 134
    assert practices[1] == {
        "id": "a.2",
        "title": "Définir et mettre en place un plan d’action",
        "body": "",
        "category": "Stratégie et gouvernance",
        "kind": "action",
    }
    assert [r["title"] or r["body"] for r in records(doc) if r["id"] == "a.2"][1:] == [
        "Plan d’action validé et communiqué dans l’organisation : OUI/NON",
        "Liste des actions : libellé, niveau d’engagement (réalisation, expérimentation, réflexion), état "
        "d’avancement (à faire, en cours, fini), date d’identification de l’action, date de mise en œuvre etc.",
        "Fréquence des comités de pilotage"]
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


def test_a_cell_of_translations_keyed_by_language_reads_as_its_french_text():
    # a platform's multilingual field exported as JSON in a cell (CitizenLab / Go Vocal)
    assert readable('{"fr-FR": "Des bancs au square"}') == "Des bancs au square"
    assert readable('{"en": "Benches", "fr-BE": "<p>Des bancs <b>au</b> square</p>"}') == "Des bancs au square"
    assert readable('{"nl-BE": "", "en": "Benches"}') == "Benches"
    assert readable({"fr": "Wifi", "en": "Wifi access"}) == "Wifi"
    # an object whose keys are not languages stays as it was read
    assert readable('{"quartier": "Nord"}') == '{"quartier": "Nord"}'
    assert readable({"nom": "Nord", "code": "N"}) == "Nord\nN"


def test_a_platforms_test_row_and_thanks_for_being_consulted_give_no_proposal(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "ID,Title,Description\n1,Test,test\n2,Bravo !,Merci à la commune de nous consulter. Continuez ainsi !\n"
        "3,Des bancs,Merci d'installer des bancs au square.\n",
        encoding="utf-8",
    )
    assert [b.text for b in extract(path).blocks] == ["Des bancs\nMerci d'installer des bancs au square."]


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
    assert info.value.message == (
        "aucune liste d'objets dans ce JSON : il faut une liste d'objets, un par proposition (au premier niveau "
        'ou imbriquée, par ex. {"data": {"proposals": [...]}}), ou un objet d\'objets.'
    )


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


# --- exports of other platforms: header below explanations, words of column names, HTML, statuses


def test_header_below_explanation_rows_and_left_out_statuses():
    # cp1252, ";" : two lines of explanations (one holding ";") and a blank line above the header
    doc = extract(TABLES / "export-explications.csv")
    assert records(doc) == [
        {"id": "C-1", "title": "Des arceaux à vélos devant la gare",
         "body": "Installer une vingtaine d'arceaux couverts, le parking actuel est saturé.", "category": "Mobilité"},
        # "Non retenue" stays, with that fate as its state; "Texte de la réponse" is not a body
        # column even when the body is empty ("Publiée" states no fate: no state)
        {"id": "C-2", "title": "Navette le dimanche", "body": "", "category": "Mobilité", "state": "Non retenue"},
        {"id": "C-4", "title": "Planter des haies",
         "body": "Replanter des haies le long des chemins communaux ;\nassocier les écoles aux plantations.",
         "category": "Environnement"},
    ]  # 2 of 5 rows left out: "Retirée par l'auteur" (C-3) and "Modérée" (C-5)


def test_the_fate_published_with_each_proposal_is_its_state(tmp_path):
    # « Statut » and « Réponse officielle » are not text; the answer's opening wins when it
    # states a fate more precisely than the status cell
    path = tmp_path / "export.csv"
    path.write_text(
        "Identifiant;Titre;Contenu;Statut;Réponse officielle\n"
        "1;Wifi au parc;Un accès gratuit près du kiosque.;Retenue;Retenue partiellement : le parc seulement.\n"
        "2;Parking;Payer le stationnement en ligne.;Non retenue;Le contrat court jusqu'en 2028.\n"
        "3;Portail;Un portail famille sur mobile.;Publiée;Merci pour votre idée !\n"
        "4;Skatepark;Un skatepark au bord du lac.;Non retenu;\n"
        "5;Bornes;Des bornes de recharge.;accepted;Retenue. Elles seront posées en mai.\n", encoding="utf-8")
    # a refusal with no answer is a vote's result (no fate stated by the authority); the status
    # cell wins over an answer opening with no more precise fate
    assert [(r["id"], r.get("state", "")) for r in records(extract(path))] == [
        ("1", "Retenue partiellement"), ("2", "Non retenue"), ("3", ""), ("4", ""), ("5", "accepted")]
    assert all("Merci" not in r["body"] and "Retenue" not in r["body"] for r in records(extract(path)))


def test_a_status_every_proposal_shares_with_no_answer_is_no_fate(tmp_path):
    # « Accepted » on every proposal kept (the moderated-out one left out): it says they passed
    # moderation, not what the authority does with any of them
    path = tmp_path / "export.csv"
    path.write_text(
        "proposal_id,content,votes_agree,status\n"
        "p1,Il faut un guichet numérique à la mairie.,12,Accepted\n"
        "p2,Il faut des ateliers pour les seniors.,30,Accepted\n"
        "p3,Il faut tester.,0,Refused\n", encoding="utf-8")
    assert [(r["id"], r.get("state", "")) for r in records(extract(path))] == [("p1", ""), ("p2", "")]
    # statuses that tell proposals apart are fates (a refusal with no answer is a vote's result)
    path.write_text(
        "proposal_id,content,status\n"
        "p1,Il faut un guichet numérique à la mairie.,Accepted\n"
        "p2,Il faut des ateliers pour les seniors.,Rejected\n", encoding="utf-8")
    assert [(r["id"], r.get("state", "")) for r in records(extract(path))] == [("p1", "Accepted"), ("p2", "")]
    # the same status on every proposal, with the authority's answers, is their fate
    path.write_text(
        "proposal_id,content,status,answer\n"
        "p1,Il faut un guichet numérique à la mairie.,Accepted,Le guichet ouvrira en mai.\n"
        "p2,Il faut des ateliers pour les seniors.,Accepted,Les ateliers commencent en juin.\n", encoding="utf-8")
    assert [r.get("state", "") for r in records(extract(path))] == ["Accepted", "Accepted"]


def test_excel_sep_line_names_the_delimiter():
    assert records(extract(TABLES / "export-sep.csv")) == [
        {"id": "7", "title": "Wifi dans les médiathèques",
         "body": "Étendre la connexion aux annexes, avec un code simple.", "category": "Numérique"},
        {"id": "8", "title": "Ateliers seniors", "body": "Organiser des ateliers hebdomadaires, gratuits.",
         "category": "Inclusion"},
    ]


def test_nested_json_html_bodies_and_per_row_category():
    doc = extract(TABLES / "propositions-imbriquees.json")
    assert [dict(b.fields) for b in doc.blocks if b.kind == "record"] == [
        {"id": "1", "title": "Trois idées pour le collège",
         "body": "Nous proposons :\ndes ateliers sur le cyberharcèlement ;\nun prêt d'ordinateurs.",
         "category": "Éducation"},  # « evaluating »: the decision is pending, no fate
        # "category": null in this object only: the others keep category/name/fr; "rejected" stays
        # (with no answer published, no fate: a refusal counts with the authority's answer)
        {"id": "2", "title": "Sobriété des serveurs",
         "body": "Mesurer la consommation des serveurs.\nPublier un bilan & le commenter.", "category": ""},
        {"id": "4", "title": "Un fablab itinérant", "body": "Un camion aménagé, une fois par mois.",
         "category": "Tiers-lieux", "state": "accepted"},
    ]  # 1 of 4 left out ("withdrawn"); the 5 comments of the first proposal are not rows:
    # they are read under it (« +1 » says nothing), and none asks anything
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == ["Bonne idée", "D'accord", "Oui", "Et au lycée ?"]
    # the first proposal is only a list under « Nous proposons : »: one demand per line
    assert [(u.label, u.kind) for u in segment(doc)] == [("1", "recommendation"), ("1", "recommendation"),
                                                         ("2", "recommendation"), ("4", "recommendation")]
    assert doc.blocks[0].text == (
        "Trois idées pour le collège\nNous proposons :\ndes ateliers sur le cyberharcèlement ;\nun prêt d'ordinateurs."
    )


def test_find_records_depth_first_largest_list():
    row = {"titre": "a"}
    assert find_records({"meta": {"n": 1}, "data": {"proposals": [row, row]}, "authors": [{"id": 1}] * 3}) == [row, row]
    assert find_records([{"export": "x", "rows": [row, row, row]}]) == [row, row, row]  # one wrapper object
    assert find_records({"a": [row], "b": [{"titre": "b"}, {"titre": "c"}]}) == [{"titre": "b"}, {"titre": "c"}]
    assert find_records({"0": row, "1": row}) == [row, row]  # an object of objects (Decidim)
    assert find_records({"data": [1, 2], "meta": {"count": 2}}) is None


def test_open_data_records_wrap_their_fields(tmp_path):
    # an open-data portal's export: each record's fields sit in its « fields » object, beside
    # the dataset's and the record's ids; a GeoJSON feature's in « properties »; a plan's
    # records keep their status column
    path = tmp_path / "plan.json"
    path.write_text(json.dumps([
        {"datasetid": "plan-velo", "recordid": "9f3a", "record_timestamp": "2025-02-03T10:00:00+01:00",
         "fields": {"libelle": "Abris à vélos sécurisés", "axe": "Mobilités", "description": "Pose de 12 abris aux gares.",
                    "statut": "En cours", "cout_eur": 40000, "porteur": "Voirie"}},
        {"datasetid": "plan-velo", "recordid": "7b21", "record_timestamp": "2025-02-03T10:00:00+01:00",
         "fields": {"libelle": "Carte des pistes en ligne", "axe": "Information", "description": "Publiée sur le site.",
                    "statut": "Réalisé", "cout_eur": 2000, "porteur": "Communication"}},
    ]), encoding="utf-8")
    assert [(u.kind, u.text, u.heading, u.state) for u in segment(extract(path))] == [
        ("action", "Abris à vélos sécurisés\nPose de 12 abris aux gares.", "Mobilités", "En cours"),
        ("action", "Carte des pistes en ligne\nPubliée sur le site.", "Information", "Réalisé"),
    ]
    features = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-3.1, 47.6]},
         "properties": {"titre": "Borne wifi du port", "commune": "Locmaria"}}]}
    assert find_records(features) == [
        {"titre": "Borne wifi du port", "commune": "Locmaria", "type": "Feature",
         "geometry": {"type": "Point", "coordinates": [-3.1, 47.6]}}]
    nested = [{"links": [], "record": {"id": "c4", "fields": {"intitule": "Guichet unique", "axe": "Accueil"}}}]
    assert find_records(nested) == [{"intitule": "Guichet unique", "axe": "Accueil", "id": "c4", "links": []}]


def _workbook(path, sheets):
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows, merged in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in merged:
            sheet.merge_cells(cells)
    book.save(path)


def test_xlsx_explanation_row_and_legend_sheet(tmp_path):
    path = tmp_path / "export.xlsx"
    _workbook(path, [
        ("Légende", [["Statut", "Signification"], ["Modérée", "Masquée par la modération"]], []),
        ("Propositions", [
            ["Export du 12/04/2024 : les votes sont cumulés ; les propositions modérées sont incluses.", None, None,
             None, None],
            ["Identifiant", "Thème", "Titre de la proposition", "Description", "Statut"],
            ["P-1", "Inclusion", "Ateliers <b>seniors</b>", "<p>Des ateliers gratuits&nbsp;;</p><p>un transport.</p>",
             "Déposée"],
            ["P-2", "Numérique", "Test", "test", "Modérée"],
            ["P-3", None, "Accueil physique", None, "Retenue"],
        ], ["A1:E1"]),
    ])
    assert records(extract(path)) == [
        {"id": "P-1", "title": "Ateliers seniors", "body": "Des ateliers gratuits ;\nun transport.", "category": "Inclusion"},
        {"id": "P-3", "title": "Accueil physique", "body": "", "category": "", "state": "Retenue"},
    ]  # 1 of 3 left out ("Modérée"); the legend sheet is not read; « Déposée » states no fate


def test_xlsx_without_recognised_header_names_the_columns(tmp_path):
    path = tmp_path / "export.xlsx"
    _workbook(path, [
        ("Feuil1", [["Extraction du 3 mai"], ["Auteur", "Date", "Avis"], ["Ana", "2024", "Plus de bus."]], []),
        ("Légende", [["Statut", "Signification"]], []),
    ])
    with pytest.raises(InputError) as info:
        extract(path)
    assert str(info.value) == (
        f"{path} : aucune colonne de titre ni de texte reconnue (colonnes trouvées : Auteur, Date, Avis) : "
        "indiquez-les avec --title-column et --body-column."
    )
    assert records(extract(path, Settings(body_column="avis"))) == [
        {"id": "", "title": "", "body": "Plus de bus.", "category": ""}
    ]


@pytest.mark.parametrize("name, field", [
    ("Titre de la proposition", "title"), ("Titre", "title"), ("Intitulé", "title"), ("Libellé", "title"),
    ("Nom de la proposition", "title"), ("title/fr", "title"), ("title/en", "title"),
    ("Description", "body"), ("Texte", "body"), ("Contenu", "body"), ("Corps", "body"), ("Détail", "body"),
    ("Description de la proposition", "body"), ("Votre contribution", "body"), ("description/fr", "body"),
    ("body/fr", "body"), ("Thème", "category"), ("Catégorie", "category"), ("Rubrique", "category"),
    ("Axe", "category"), ("Nom du thème", "category"), ("category/name/fr", "category"),
    ("Thème / Catégorie", "category"), ("Identifiant", "id"), ("N°", "id"), ("Numéro", "id"),
    ("Référence", "id"), ("ID", "id"), ("Statut", "status"), ("state", "status"),
    ("category/id", None), ("author/name", None), ("Texte de la réponse", None), ("Date de dépôt", None),
    ("Nombre de votes", None), ("Identifiant de l'auteur", None), ("title/machine_translations/en", None),
    ("Sous-thème", None), ("Export de la plateforme : description des colonnes et des statuts retenus", None),
])
def test_column_names_by_their_words(name, field):
    assert (classify(name) or (None,))[0] == field


@pytest.mark.parametrize("name, field", [
    ("Vos suggestions pour les services publics en ligne de la vallée", "body"),
    ("Votre idée pour rendre les démarches plus simples à la mairie", "body"),
    ("Vos réponses sur les usages du numérique dans la commune", None),
    ("Votre commune de résidence dans le département du Cher", None),
    ("Description des services publics en ligne de notre vallée", None),
])
def test_survey_column_named_by_its_head_word_whatever_its_length(name, field):
    assert (classify(name) or (None,))[0] == field


def test_long_survey_header_names_the_text_and_leaves_the_remarks_aside(tmp_path):
    path = tmp_path / "reponses.csv"
    path.write_text(
        "Horodatage;Vos propositions pour les services publics en ligne de notre vallée;Autre remarque\n"
        "2026-02-11;Des permanences pour aider aux démarches à la mairie;Le wifi de la médiathèque coupe souvent.\n"
        "2026-02-12;Un vrai réseau mobile dans les hameaux;\n",
        encoding="utf-8",
    )
    assert [(b.kind, b.text) for b in extract(path).blocks] == [
        ("record", "Des permanences pour aider aux démarches à la mairie"),
        ("paragraph", "Le wifi de la médiathèque coupe souvent."),
        ("record", "Un vrai réseau mobile dans les hameaux"),
    ]


def test_french_title_before_other_languages_row_by_row(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps([
        {"id": 1, "title": {"en": "Bus", "fr": "Bus de nuit"}, "body": {"fr": "Le samedi."}},
        {"id": 2, "title": {"en": "Bikes", "fr": ""}, "body": {"fr": "Des vélos."}},
    ]), encoding="utf-8")
    assert [(r["title"], r["body"]) for r in records(extract(path))] == [("Bus de nuit", "Le samedi."), ("Bikes", "Des vélos.")]


def test_per_row_fallback_and_explicit_column(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Titre;Description;Détail\nA;Texte A.;Détail A.\nB;;Détail B.\n", encoding="utf-8")
    assert [r["body"] for r in records(extract(path))] == ["Texte A.", "Détail B."]
    # a column named explicitly is the only one used
    assert [r["body"] for r in records(extract(path, Settings(body_column="description")))] == ["Texte A.", ""]


def test_explicit_columns_find_the_header_below_explanations(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Consultation sur les mobilités\nsujet;avis;auteur\nBus;Plus de bus le soir.;Ana\n", encoding="utf-8")
    settings = Settings(title_column="sujet", body_column="avis")
    assert records(extract(path, settings)) == [{"id": "", "title": "Bus", "body": "Plus de bus le soir.", "category": ""}]


def test_unknown_columns_below_explanations_are_listed(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Export du 3 mai\nauteur;date;avis\nAna;2024;Plus de bus.\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        extract(path)
    assert info.value.message == (
        "aucune colonne de titre ni de texte reconnue (colonnes trouvées : auteur, date, avis) : "
        "indiquez-les avec --title-column et --body-column."
    )


def test_html_cells_become_lines(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        'id;titre;corps\n'
        '1;"Tiers-lieu &amp; fablab";"<p>Créer un tiers-lieu &amp; un fablab.</p>\n<ul>\n<li>un</li>\n<li>deux &#8211; trois</li></ul>"\n'
        '2;Texte échappé;"&lt;p&gt;Premier&lt;/p&gt;&lt;p&gt;Second&lt;br/&gt;suite&lt;/p&gt;"\n'
        '3;Sans HTML;"3 < 4 et 5 > 2\nligne 2"\n',
        encoding="utf-8",
    )
    assert [(r["title"], r["body"]) for r in records(extract(path))] == [
        ("Tiers-lieu & fablab", "Créer un tiers-lieu & un fablab.\nun\ndeux – trois"),
        ("Texte échappé", "Premier\nSecond\nsuite"),
        ("Sans HTML", "3 < 4 et 5 > 2\nligne 2"),
    ]


def test_html_to_text():
    assert html_to_text('<div class="x">Un <a href="/p/1">lien</a><br>et <strong>du</strong> gras</div>') == (
        "Un lien\net du gras"
    )
    assert html_to_text("<p>a</p><!-- note --><script>alert(1)</script><p>b</p>") == "a\nb"
    assert html_to_text("R&D sans entité") == "R&D sans entité"


def test_withdrawn_flag_column(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text(
        '{"id": 1, "body": "Premier.", "withdrawn": false}\n{"id": 2, "body": "Retiré.", "withdrawn": true}\n'
        '{"id": 3, "body": "Troisième.", "state": "hidden"}\n{"id": 4, "body": "Quatrième.", "state": "not_answered"}\n',
        encoding="utf-8",
    )
    assert [r["id"] for r in records(extract(path))] == ["1", "4"]


def test_header_with_a_single_known_column_below_a_short_explanation_row(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Export;03/05/2024\nIntitulé;Auteur;Date\nPlus de bus le soir;Ana;2024\n", encoding="utf-8")
    assert records(extract(path)) == [{"id": "", "title": "Plus de bus le soir", "body": "", "category": ""}]


def test_xlsx_legend_sheet_first_and_a_partly_known_header(tmp_path):
    path = tmp_path / "export.xlsx"
    _workbook(path, [
        ("Légende", [["Statut", "Signification"], ["Retirée", "Retirée par son auteur"]], []),
        ("Données", [["Intitulé", "Auteur"], ["Plus de bus le soir", "Ana"]], []),
    ])
    assert records(extract(path)) == [{"id": "", "title": "Plus de bus le soir", "body": "", "category": ""}]


def test_a_sheet_of_notes_before_the_data_sheet(tmp_path):
    # two sentences on a first sheet name no column (« Les propositions … » is no « Proposition » column)
    path = tmp_path / "export.xlsx"
    _workbook(path, [
        ("Infos", [["Fichier extrait de la plateforme le 2 mai, à usage interne seulement."], [],
                   ["Les propositions en double ont été fusionnées."]], []),
        ("Export", [["N°", "Proposition", "Quartier"], ["1", "Un composteur partagé au square", "Centre"],
                    ["2", "Des bancs le long du canal", "Port"]], []),
    ])
    assert [b.text for b in extract(path).blocks] == ["Un composteur partagé au square", "Des bancs le long du canal"]


def test_survey_answers_to_a_question_asking_for_proposals(tmp_path):
    # the proposals column is a question; answers that say nothing are no contribution
    path = tmp_path / "questionnaire.csv"
    path.write_text(
        "Horodateur;Vous êtes;Que proposeriez-vous à la communauté de communes ?;Commentaire libre\n"
        "12/03/2025;Habitant;Des ateliers contre les arnaques en ligne;le car du matin passe trop tôt\n"
        "12/03/2025;Élu;NSP;\n"
        "13/03/2025;Habitant;-;\n"
        "13/03/2025;Habitante;Je ne sais pas.;\n"
        "14/03/2025;Habitant;Un bus numérique dans les hameaux;\n",
        encoding="utf-8-sig",
    )
    doc = extract(path, Settings())
    # the free comment column is read as a paragraph after its row's proposal
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("record", "Des ateliers contre les arnaques en ligne"), ("paragraph", "le car du matin passe trop tôt"),
        ("record", "Un bus numérique dans les hameaux")]


def test_rows_taken_down_by_moderation_are_left_out(tmp_path):
    # a "Refused" status (moderation) or a moderation reason: taken down; "rejected" stays
    path = tmp_path / "propositions.json"
    path.write_text(json.dumps({"proposals": [
        {"id": 1, "content": "Il faut former les aidants numériques", "status": "Accepted"},
        {"id": 2, "content": "Il faut acheter mes ordinateurs sur mon site", "status": "Refused"},
        {"id": 3, "content": "Il faut virer les élus", "status": "Accepted", "refusalReason": "insultant"},
        {"id": 4, "content": "Il faut ouvrir les données des bus", "status": "Rejected", "refusalReason": ""},
    ]}), encoding="utf-8")
    doc = extract(path, Settings())
    assert [b.text for b in doc.blocks] == ["Il faut former les aidants numériques", "Il faut ouvrir les données des bus"]


def test_an_action_plan_kept_as_a_spreadsheet(tmp_path):
    # a title line above the header names the document; the "Action" column names the rows;
    # an axis written once holds for the rows below it; the indicators are their own records;
    # the TOTAL line is no action
    from nlp_stn.segment import document_prior, segment

    path = tmp_path / "plan.csv"
    path.write_text(
        "Plan d'actions numérique 2025-2027;;;;\n"
        "N°;Axe;Action;Description;Indicateur de suivi\n"
        "1.1;Axe 1 – Connecter;Finaliser la fibre dans les hameaux;Avec le syndicat mixte.;Nombre de prises\n"
        "1.2;;Équiper les salles des fêtes d'un wifi public;;\n"
        "TOTAL;;;;\n",
        encoding="cp1252",
    )
    doc = extract(path, Settings())
    assert doc.title == "Plan d'actions numérique 2025-2027"
    assert [(b.text, b.fields["id"], b.fields["category"], b.fields["kind"]) for b in doc.blocks] == [
        ("Finaliser la fibre dans les hameaux\nAvec le syndicat mixte.", "1.1", "Axe 1 – Connecter", "action"),
        ("Nombre de prises", "1.1", "Axe 1 – Connecter", "indicator"),
        ("Équiper les salles des fêtes d'un wifi public", "1.2", "Axe 1 – Connecter", "action"),
    ]
    assert document_prior(doc) == "action"
    units = segment(doc)
    by_id = {u.id: u for u in units}
    # the labelled axis is an objective, the parent of its actions
    assert [(u.kind, u.label, by_id[u.parent].label if u.parent else "") for u in units] == [
        ("objective", "Axe 1", ""), ("action", "1.1", "Axe 1"), ("indicator", "1.1", "1.1"), ("action", "1.2", "Axe 1")]


def test_questionnaire_answers_nested_as_question_value_pairs(tmp_path):
    # a Cap Collectif-like export: each reply holds a list of {question: {title}, value}
    replies = [
        {"id": "r1", "responses": [
            {"question": {"title": "Quels services numériques souhaiteriez-vous ?"}, "value": "La prise de rendez-vous en ligne"},
            {"question": {"title": "Votre commune"}, "value": "Vernoux"},
            {"question": {"title": "Avez-vous des remarques ?"}, "value": "Quand la fibre arrivera-t-elle ?"}]},
        {"id": "r2", "responses": [
            {"question": {"title": "Quels services numériques souhaiteriez-vous ?"}, "value": "non"},
            {"question": {"title": "Votre commune"}, "value": "Lamastre"},
            {"question": {"title": "Avez-vous des remarques ?"}, "value": ""}]},
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"data": {"questionnaire": {"title": "Consultation", "replies": replies}}}), encoding="utf-8")
    doc = extract(path, Settings())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("record", "La prise de rendez-vous en ligne"), ("paragraph", "Quand la fibre arrivera-t-elle ?")]


def test_an_axis_merged_down_its_rows_names_each_of_them(tmp_path):
    path = tmp_path / "plan.xlsx"
    _workbook(path, [("Plan", [
        ["Axe", "N°", "Intitulé de l'action", "Porteur"],
        ["Axe 1 – Liaisons maritimes", "1.1", "Billetterie en ligne des traversées", "Régie"],
        [None, "1.2", "Stationnement à la gare maritime", "Commune"],
        ["Axe 2 – Connectivité", "2.1", "Liaison de secours du câble sous-marin", "SDE"],
    ], ["A2:A3"])])
    assert [(r["category"], r["title"] or r["body"]) for r in records(extract(path))] == [
        ("Axe 1 – Liaisons maritimes", "Billetterie en ligne des traversées"),
        ("Axe 1 – Liaisons maritimes", "Stationnement à la gare maritime"),
        ("Axe 2 – Connectivité", "Liaison de secours du câble sous-marin"),
    ]


def _ods(path, rows, spans=(), trailing=True):
    """An ODS workbook written with odfpy as LibreOffice Calc writes one: a cell's lines as
    paragraphs, numbers typed, a cell merged down a column followed by covered cells, and
    the sheet's empty remainder as repeated rows and columns."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    book = OpenDocumentSpreadsheet()
    table = Table(name="Réponses")
    for r, row in enumerate(rows):
        tr = TableRow()
        for c, value in enumerate(row):
            span = dict(spans).get((r, c))
            if value == "covered":
                tr.addElement(CoveredTableCell())
                continue
            if value is None:
                tr.addElement(TableCell())
                continue
            attrs = {"numberrowsspanned": span} if span else {}
            if isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=value, **attrs)
                cell.addElement(P(text=str(value)))
            else:
                cell = TableCell(valuetype="string", **attrs)
                for line in value.split("\n"):
                    cell.addElement(P(text=line))
            tr.addElement(cell)
        if trailing:
            tr.addElement(TableCell(numbercolumnsrepeated=16384 - len(row)))
        table.addElement(tr)
    if trailing:
        filler = TableRow(numberrowsrepeated=1048576 - len(rows))
        filler.addElement(TableCell(numbercolumnsrepeated=16384))
        table.addElement(filler)
    book.spreadsheet.addElement(table)
    book.save(str(path))


def test_ods_questionnaire_with_a_title_row_merged_cells_and_an_empty_remainder(tmp_path):
    path = tmp_path / "reponses.ods"
    _ods(path, [
        ["Consultation « Numérique et vie quotidienne » – export du 3 mars 2026"],
        [],
        ["Horodatage", "Commune", "Tranche d'âge", "Vos propositions pour le numérique", "Autre remarque"],
        ["2026-02-11 09:14", "Lanvaux", "60-74 ans",
         "Des permanences pour aider aux démarches en ligne à la mairie.\nLe samedi matin si possible.", "RAS"],
        ["2026-02-11 10:02", "Lanvaux", "75 ans et +", None, None],
        ["2026-02-12 18:40", "Saint-Brieuc-des-Prés", "30-44 ans", "Un vrai réseau mobile dans les hameaux",
         "La 4G coupe entre le bourg et la gare."],
        ["2026-02-13 08:05", "covered", 45, "Former les secrétaires de mairie à la cybersécurité"],
    ], spans=[((5, 1), 2)])
    doc = extract(path)
    assert doc.title == "Consultation « Numérique et vie quotidienne » – export du 3 mars 2026"
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("record", "Des permanences pour aider aux démarches en ligne à la mairie.\nLe samedi matin si possible."),
        ("record", "Un vrai réseau mobile dans les hameaux"),
        ("paragraph", "La 4G coupe entre le bourg et la gare."),
        ("record", "Former les secrétaires de mairie à la cybersécurité"),
    ]


def test_ods_plan_axis_merged_down_its_rows_names_each_action(tmp_path):
    path = tmp_path / "plan.ods"
    _ods(path, [
        ["Axe", "N°", "Intitulé de l'action", "Porteur"],
        ["Axe 1 – Liaisons maritimes", 1.1, "Billetterie en ligne des traversées", "Régie"],
        ["covered", 1.2, "Stationnement à la gare maritime", "Commune"],
        ["Axe 2 – Connectivité", 2.1, "Liaison de secours du câble sous-marin", "SDE"],
    ], spans=[((1, 0), 2)], trailing=False)
    assert [(r["id"], r["category"], r["title"] or r["body"]) for r in records(extract(path))] == [
        ("1.1", "Axe 1 – Liaisons maritimes", "Billetterie en ligne des traversées"),
        ("1.2", "Axe 1 – Liaisons maritimes", "Stationnement à la gare maritime"),
        ("2.1", "Axe 2 – Connectivité", "Liaison de secours du câble sous-marin"),
    ]


def test_corrupt_ods_says_to_save_it_again(tmp_path):
    from nlp_stn.errors import ExtractionError
    path = tmp_path / "reponses.ods"
    path.write_bytes(b"PK\x03\x04 pas un classeur")
    with pytest.raises(ExtractionError) as err:
        extract(path)
    assert str(err.value) == (
        f"{path} : classeur ODS illisible ou endommagé : ouvrez-le dans un tableur et enregistrez-le à nouveau.")


@pytest.mark.parametrize("answer, empty", [
    ("Rien à signaler.", True), ("RAS", True), ("Pas de remarques", True), ("Aucune remarque !", True),
    ("Non, merci.", True), ("Néant", True), ("Sans objet", True), ("Pas de commentaire", True),
    ("Rien à signaler sur le wifi, mais il faudrait des bornes", False), ("Des remarques sur le site", False),
    # thanks, wishes, greetings and « I don't know » alone say nothing; with a request they do
    ("Merci pour cette enquête !", True), ("Bonne continuation à toute l'équipe", True), ("j'sais pas trop", True),
    ("Non merci, et bon courage à vous.", True), ("Bravo pour cette initiative, cordialement", True),
    ("Continuez comme ça", True), ("Pas de difficulté", True),
    ("Merci de remettre un banc devant la poste", False), ("Merci pour l'enquête, mais le wifi coupe tout le temps", False),
    ("Bon courage pour trouver un médecin", False),
    # glad to be asked, alone or with praise; with a complaint it says something
    ("Enfin on nous demande notre avis. Bravo aux élus !", True), ("Enfin une concertation !", True),
    ("Vous nous demandez enfin nos avis, merci", True),
    ("On nous demande notre avis mais le bus ne passe plus le dimanche", False),
    # the consultation praised, wishes to the elected and the staff together
    ("Merci de nous écouter, c'est une très bonne démarche. Bon courage aux agents et aux élus !", True),
    ("C'est une belle initiative, bravo à tous", True),
    ("C'est une bonne initiative de rouvrir la piscine", False),
    # a plan's field left to fill in later
    ("À définir", True), ("à préciser", True), ("Non défini", True), ("En cours de définition", True),
    ("Définir les horaires avec les communes", False),
    # content with what is or with the staff, after « rien de particulier » or alone; with a request
    # or a complaint it says something
    ("Rien de particulier, le car me convient et le chauffeur est très aimable.", True),
    ("Tout me va très bien, merci", True), ("Je suis plutôt satisfaite", True),
    ("La navette me convient mais elle devrait passer le dimanche", False),
    ("Le chauffeur est très aimable mais le car est toujours en retard", False),
])
def test_answers_that_say_nothing(answer, empty):
    from nlp_stn.extract.tables import says_nothing

    assert says_nothing(answer) is empty


def test_a_remark_beside_an_empty_proposal_is_still_read(tmp_path):
    path = tmp_path / "questionnaire.csv"
    path.write_text("Commune;Vos propositions;Autre remarque\n"
                    "Lanvern;Un atelier pour les démarches en ligne;RAS\n"
                    "Kerlaz;;Il faudrait que le portail famille marche aussi sur le téléphone.\n", encoding="utf-8")
    assert [(b.kind, b.text) for b in extract(path).blocks] == [
        ("record", "Un atelier pour les démarches en ligne"),
        ("paragraph", "Il faudrait que le portail famille marche aussi sur le téléphone."),
    ]


def test_a_plans_indicators_on_a_sheet_of_their_own(tmp_path):
    path = tmp_path / "bilan.xlsx"
    _workbook(path, [
        ("Actions", [["N°", "Axe", "Action", "Avancement"],
                     ["1.1", "Axe 1 – Connecter", "Publier la carte de la fibre", "Réalisée"],
                     ["TOTAL", None, "1 action", None]], []),
        ("Indicateurs", [["Indicateurs de suivi du plan"], [None],
                         ["Indicateur", "Valeur 2023", "Cible 2028"],
                         ["Part des locaux raccordables", "61 %", "100 %"],
                         ["Part des locaux raccordables", "61 %", "100 %"],
                         ["Nombre d'élus formés", "12", "250"]], []),
    ])
    assert [(r.get("kind"), r.get("state", ""), r["body"] or r["title"]) for r in records(extract(path))] == [
        ("action", "Réalisée", "Publier la carte de la fibre"),
        ("indicator", "", "Part des locaux raccordables"),
        ("indicator", "", "Nombre d'élus formés"),
    ]


ACCOUNTABILITY = (
    "id;category/id;category/name/fr;parent/id;title/fr;description/fr;start_date;end_date;status/id;"
    "status/key;status/name/fr;progress;url;proposal_urls\n"
    "501;3;Mobilités;;Se déplacer autrement;<p>Projet n°1 : les mobilités douces.</p>;2025-01-01;2027-12-31;2;"
    "ongoing;En cours;30;https://x/results/501;\n"
    "502;3;Mobilités;501;Abris vélos sécurisés aux arrêts de car;<p>Huit abris.</p>;2025-03-01;2026-06-30;3;"
    "done;Terminé;100;https://x/results/502;https://x/proposals/77, https://x/proposals/79\n"
    "503;3;Mobilités;501;Application de covoiturage communale;<p>Abandonnée au budget 2026.</p>;2025-03-01;"
    "2026-12-31;4;abandoned;Abandonné;0;https://x/results/503;https://x/proposals/78\n"
)


def test_a_follow_up_of_results_is_a_plan_with_projects_and_stated_fates(tmp_path):
    # a participation platform's « Suivi » (accountability) export: a status and a progress
    # column, results grouped in projects by « parent/id »
    from nlp_stn.segment import document_prior, segment

    path = tmp_path / "resultats.csv"
    path.write_text(ACCOUNTABILITY, encoding="utf-8")
    doc = extract(path)
    assert [(r["id"], r["kind"], r["category"], r.get("state", "")) for r in records(doc)] == [
        ("501", "objective", "Mobilités", "En cours"),
        ("502", "action", "Se déplacer autrement", "Terminé"),
        ("503", "action", "Se déplacer autrement", "Abandonné"),
    ]
    assert document_prior(doc) == "action"
    # the proposals each result answers, from their addresses
    assert [(u.kind, u.label, u.state, u.answers, u.text.split("\n")[0]) for u in segment(doc)] == [
        ("objective", "501", "", "", "Se déplacer autrement"),
        ("action", "502", "Terminé", "77 79", "Abris vélos sécurisés aux arrêts de car"),
        ("action", "503", "Abandonné", "78", "Application de covoiturage communale"),
    ]


def test_a_project_titled_as_an_axis_is_one_objective_the_parent_of_its_results(tmp_path):
    # « Axe 2 - … » as a project's title: its row is the objective (not a second one made from
    # the title its results show as their category), and every result naming it by « parent/id »
    # is under it, also one listed before it or after a result of another project
    from nlp_stn.segment import segment

    path = tmp_path / "resultats.csv"
    path.write_text(
        "id;category/name/fr;parent/id;title/fr;description/fr;status/name/fr;progress;proposal_urls\n"
        "602;Mobilités;601;Abris vélos aux arrêts de car;<p>Huit abris.</p>;En cours;30;https://x/proposals/77\n"
        "601;Mobilités;;Axe 2 - Se déplacer autrement;<p>Les mobilités douces.</p>;En cours;20;\n"
        "603;Culture;;Numériser les archives;<p>Les registres.</p>;En cours;10;\n"
        "604;Mobilités;601;Covoiturage communal;<p>Une application.</p>;En projet;0;\n",
        encoding="utf-8")
    units = segment(extract(path))
    labels = {u.id: u.label for u in units}
    assert [(u.kind, u.label, labels.get(u.parent, "")) for u in units] == [
        ("action", "602", "601"),
        ("objective", "601", ""),
        ("action", "603", ""),
        ("action", "604", "601"),
    ]


def test_linked_numbers_of_a_results_proposals_column():
    from nlp_stn.extract.tables import linked_numbers

    assert linked_numbers("https://x.fr/p/f/41/proposals/101 https://x.fr/p/f/41/proposals/104") == "101 104"
    assert linked_numbers("12, 15 ; 18") == "12 15 18"
    assert linked_numbers("https://x.fr/p/41/results/3") == ""  # an address, but no proposal's
    assert linked_numbers("") == ""


def test_a_survey_with_long_questions_as_header_and_an_elided_remarks_column(tmp_path):
    import openpyxl

    path = tmp_path / "questionnaire.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "Auteur", "Quelles actions la commune devrait-elle mener en priorité ?",
                  "Sur une échelle de 1 à 5, comment jugez-vous l'accès au numérique dans votre quartier aujourd'hui ?",
                  "Avez-vous d’autres remarques ?"])
    sheet.append([1, "Enzo", "Du wifi dans les cars", 4, "-"])
    sheet.append([2, "Léa", "Former les aides à domicile", 2, "Ne pas fermer l'accueil de la mairie !"])
    book.save(path)
    assert [(b.kind, b.text) for b in extract(path).blocks] == [
        ("record", "Du wifi dans les cars"),
        ("record", "Former les aides à domicile"),
        ("paragraph", "Ne pas fermer l'accueil de la mairie !"),
    ]


PLAN_HEADER = ["N°", "Intitulé", "Description", "Pilote", "Échéance", "Indicateur"]


def test_a_plan_kept_with_one_sheet_per_axis(tmp_path):
    # sheets with the same header are one table continued: each sheet's axis is its title line
    # (else its name), the line above the header of every sheet names the document; a summary
    # sheet repeating the actions and a legend sheet give nothing
    from nlp_stn.segment import document_prior, segment

    path = tmp_path / "plan.xlsx"
    _workbook(path, [
        ("Mobilités", [["Schéma des mobilités 2027-2030"], ["AXE 1 – SE DÉPLACER SANS VOITURE"], PLAN_HEADER,
                       ["1.1", "Navette des hameaux", "Deux allers-retours par jour.", "Service transports", "2027",
                        "Nombre de voyageurs"],
                       ["1.2", "Abris vélos aux arrêts de car", None, "Voirie", "2028", "Nombre d'abris"]],
         ["A1:F1", "A2:F2"]),
        ("Axe 2 Numérique", [["Schéma des mobilités 2027-2030"], PLAN_HEADER,
                             ["2.1", "Horaires en temps réel", "Sur le site et aux arrêts.", "Service transports",
                              "2029", "Taux de disponibilité"]], []),
        ("Récapitulatif", [["N°", "Action", "Axe", "Coût (€)"], ["1.1", "Navette des hameaux", "Axe 1", 90000],
                           ["1.2", "Abris vélos aux arrêts de car", "Axe 1", 12000],
                           ["2.1", "Horaires en temps réel", "Axe 2", 30000], ["TOTAL", None, None, 132000]], []),
        ("Légende", [["Sigle", "Signification"], ["CCAS", "Centre communal d'action sociale"]], []),
    ])
    doc = extract(path)
    assert doc.title == "Schéma des mobilités 2027-2030"
    assert [(r["id"], r["kind"], r["category"], r["title"] or r["body"]) for r in records(doc)] == [
        ("1.1", "action", "AXE 1 – SE DÉPLACER SANS VOITURE", "Navette des hameaux"),
        ("1.1", "indicator", "AXE 1 – SE DÉPLACER SANS VOITURE", "Nombre de voyageurs"),
        ("1.2", "action", "AXE 1 – SE DÉPLACER SANS VOITURE", "Abris vélos aux arrêts de car"),
        ("1.2", "indicator", "AXE 1 – SE DÉPLACER SANS VOITURE", "Nombre d'abris"),
        ("2.1", "action", "Axe 2 Numérique", "Horaires en temps réel"),
        ("2.1", "indicator", "Axe 2 Numérique", "Taux de disponibilité"),
    ]
    assert document_prior(doc) == "action"
    units = segment(doc)
    by_id = {u.id: u for u in units}
    assert [(u.kind, u.label, by_id[u.parent].label if u.parent else "") for u in units] == [
        ("objective", "Axe 1", ""), ("action", "1.1", "Axe 1"), ("indicator", "1.1", "1.1"),
        ("action", "1.2", "Axe 1"), ("indicator", "1.2", "1.2"),
        ("objective", "Axe 2", ""), ("action", "2.1", "Axe 2"), ("indicator", "2.1", "2.1")]


def test_sheets_continuing_a_table_win_over_a_summary_sheet_before_them(tmp_path):
    # no line common to the sheets: the title lines are axes, the document keeps its file name
    path = tmp_path / "plan-actions.xlsx"
    _workbook(path, [
        ("Synthèse", [["N°", "Action", "Axe", "Budget"], ["1.1", "Navette des hameaux", "Axe 1", 90000],
                      ["2.1", "Horaires en temps réel", "Axe 2", 30000]], []),
        ("Feuil2", [["Axe 1 – Se déplacer sans voiture"], PLAN_HEADER,
                    ["1.1", "Navette des hameaux", "Deux allers-retours par jour.", "Service transports", "2027", None]],
         []),
        ("Feuil3", [["Axe 2 – Informer les voyageurs"], PLAN_HEADER,
                    ["2.1", "Horaires en temps réel", None, "Service transports", "2029", None]], []),
    ])
    doc = extract(path)
    assert doc.title == "plan-actions"
    assert [(r["id"], r["kind"], r["category"], r["title"]) for r in records(doc)] == [
        ("1.1", "action", "Axe 1 – Se déplacer sans voiture", "Navette des hameaux"),
        ("2.1", "action", "Axe 2 – Informer les voyageurs", "Horaires en temps réel"),
    ]


def test_a_summary_sheet_alone_with_a_plan_header_is_read(tmp_path):
    path = tmp_path / "plan.xlsx"
    _workbook(path, [
        ("Synthèse", [["N°", "Action", "Axe", "Budget"], ["1.1", "Navette des hameaux", "Axe 1", 90000],
                      ["TOTAL", None, None, 90000]], []),
        ("Légende", [["Sigle", "Signification"], ["CCAS", "Centre communal d'action sociale"]], []),
    ])
    assert [(r["id"], r["kind"], r["category"], r["title"]) for r in records(extract(path))] == [
        ("1.1", "action", "Axe 1", "Navette des hameaux")]


def test_a_consultation_export_with_one_sheet_per_theme(tmp_path):
    # each sheet's name is the category of its proposals; a sheet copied to filter it adds nothing
    path = tmp_path / "export.xlsx"
    rows = [["Titre", "Description"], ["Bus le soir", "Un bus après 21 h."], ["Pistes cyclables", None]]
    _workbook(path, [
        ("Mobilités", rows, []),
        ("Numérique", [["Titre", "Description"], ["Wifi au parc", "Près du kiosque."]], []),
        ("Mobilités (filtre)", rows[:2], []),
    ])
    assert [(r["category"], r["title"]) for r in records(extract(path))] == [
        ("Mobilités", "Bus le soir"), ("Mobilités", "Pistes cyclables"), ("Numérique", "Wifi au parc")]
    # sheets named « Feuil1 », « Sheet2 »: no category
    _workbook(path, [("Feuil1", rows, []), ("Sheet2", [["Titre", "Description"], ["Wifi au parc", None]], [])])
    assert [(r["category"], r["title"]) for r in records(extract(path))] == [
        ("", "Bus le soir"), ("", "Pistes cyclables"), ("", "Wifi au parc")]


def test_a_plan_whose_actions_are_named_by_an_intitule_column(tmp_path):
    # « Intitulé de l'action » beside columns of a plan of two kinds (who carries it, when,
    # indicator, cost): the rows are actions and the indicators theirs
    path = tmp_path / "plan.csv"
    path.write_text(
        "N°;Intitulé de l'action;Partenaires;Calendrier;Indicateur\n"
        "1;Créer un guichet numérique;CCAS;2027;Nombre de personnes reçues\n",
        encoding="utf-8",
    )
    assert [(r["id"], r["kind"], r["title"] or r["body"]) for r in records(extract(path))] == [
        ("1", "action", "Créer un guichet numérique"), ("1", "indicator", "Nombre de personnes reçues")]
    # one plan column, or an author and votes beside them: a table of proposals
    for header in ("N°;Libellé;Porteur;Description", "N°;Intitulé;Auteur;Budget;Calendrier"):
        path.write_text(f"{header}\n1;Créer un guichet numérique;CCAS;2027\n", encoding="utf-8")
        assert [r.get("kind") for r in records(extract(path))] == [None]


def test_a_plan_whose_actions_are_named_by_a_titre_column_beside_three_plan_columns(tmp_path):
    # « Titre » beside who carries it, when and its indicators, every field quoted and lists
    # written « ["…","…"] » (an action plan's export): the rows are actions, each indicator
    # of a list one unit, a stray escaped quote at an item's end dropped
    path = tmp_path / "plan.csv"
    path.write_text(
        '"Id","Titre","Thème","Porteurs","Calendrier","Indicateurs","Url",\n'
        '"1.1","Planter des haies bocagères","Paysage",["Service environnement"],"2027",'
        '["Linéaire de haies plantées (km)","Nombre d\'agriculteurs engagés\\""],"https://exemple.fr/1-1",\n'
        '"1.2","Restaurer la mare communale","Paysage",[],"2028",[],"https://exemple.fr/1-2",\n',
        encoding="utf-8",
    )
    assert [(r["id"], r["kind"], r["title"] or r["body"]) for r in records(extract(path))] == [
        ("1.1", "action", "Planter des haies bocagères"),
        ("1.1", "indicator", "Linéaire de haies plantées (km)"),
        ("1.1", "indicator", "Nombre d'agriculteurs engagés"),
        ("1.2", "action", "Restaurer la mare communale")]
    # a « Titre » beside two plan columns only: a table of proposals, as before
    path.write_text("Id;Titre;Porteur;Calendrier\n1;Planter des haies;Collectif;2027\n", encoding="utf-8")
    assert [r.get("kind") for r in records(extract(path))] == [None]


def test_a_plan_exported_with_example_columns_and_a_priority(tmp_path):
    # a framework's layout (« Exemples pilotes », « Exemples d'indicateurs ») beside a « Titre »
    # and a « Priorité »: the example columns are the pilots' and the indicators' columns, the
    # priority a third kind of plan column; each indicator of a list one unit
    path = tmp_path / "plan.csv"
    path.write_text(
        '"Id","Titre","Thématique","Priorité","Exemples pilotes","Exemples d\'indicateurs","Url",\n'
        '"a.1","Créer un jardin partagé","Nature en ville","Prioritaire",["Service espaces verts"],'
        '["Nombre de parcelles attribuées","Jardin ouvert : oui / non"],"https://exemple.fr/a-1",\n'
        '"a.2","Planter un verger","Nature en ville","Aller plus loin",[],[],"https://exemple.fr/a-2",\n',
        encoding="utf-8",
    )
    assert [(r["id"], r["kind"], r["title"] or r["body"]) for r in records(extract(path))] == [
        ("a.1", "action", "Créer un jardin partagé"),
        ("a.1", "indicator", "Nombre de parcelles attribuées"),
        ("a.1", "indicator", "Jardin ouvert : oui / non"),
        ("a.2", "action", "Planter un verger")]
    # without the priority, two kinds beside a « Titre »: a table of proposals, as before
    path.write_text('"Id","Titre","Exemples pilotes","Exemples indicateurs"\n"1","Planter un verger",[],[]\n',
                    encoding="utf-8")
    assert [r.get("kind") for r in records(extract(path))] == [None]


def test_a_plans_priority_column_saying_dropped_or_studied_is_the_actions_state(tmp_path):
    # « Non retenue » or « À l'étude » in a plan's « Priorité » column is what the plan says of
    # the action's fate; a rank (« Prioritaire », « Haute ») says none. The row turned down is the
    # authority's decision (see test_a_plan_row_whose_status_turns_it_down_is_a_decision)
    path = tmp_path / "plan.csv"
    path.write_text(
        "N°;Intitulé de l'action;Priorité;Pilote;Échéance\n"
        "1;Créer un guichet numérique;Prioritaire;CCAS;2027\n"
        "2;Ouvrir une salle de sport connectée;Non retenue;Sports;\n"
        "3;Couvrir les tribunes du stade;À l'étude;Sports;2029\n"
        "4;Rénover le gymnase;Haute;Sports;2028\n",
        encoding="utf-8",
    )
    assert [(r["id"], r.get("state", "")) for r in records(extract(path))] == [
        ("1", ""), ("2", "Non retenue"), ("3", "À l'étude"), ("4", "")]
    units = segment(extract(path))
    assert [(u.label, u.kind, u.state) for u in units] == [
        ("1", "action", ""), ("2", "decision", "Non retenue"), ("3", "action", "À l'étude"), ("4", "action", "")]


SURVEY = (
    "Horodateur,Votre commune ?,Souhaitez-vous être recontacté ?,Services utilisés,"
    "Que vous manque-t-il le plus au quotidien ?,Qu'attendez-vous de la future médiathèque ?,Adresse e-mail\n"
    "02/04/2026 08:10:00,Vernoux,Oui,Banque;Impôts,Une boulangerie ouverte le lundi,Des horaires le dimanche,a@b.fr\n"
    "02/04/2026 09:25:13,Lamastre,Non,Impôts,,Un coin pour les ados,\n"
    "02/04/2026 11:02:40,Vernoux,Oui,Banque,Merci pour le questionnaire,je sais pas,\n"
    "03/04/2026 17:45:09,Alboussière,Oui,Banque;CAF,un médecin,un médecin,c@d.fr\n"
    "03/04/2026 18:00:00,Lamastre,Oui,CAF,Le bus du samedi,RAS,\n"
)


def test_each_open_question_of_a_survey_is_read_and_its_answers_labelled_by_row(tmp_path):
    # questions on what people lack and expect ask for demands, each answered one read (the
    # same words twice: once); closed answers (« Oui », options « A;B ») and e-mails are no
    # text; without an id column, each answer is « réponse n », its row in the export
    path = tmp_path / "reponses.csv"
    path.write_text(SURVEY, encoding="utf-8")
    assert [(b.fields["id"], b.text) for b in extract(path).blocks] == [
        ("réponse 1", "Une boulangerie ouverte le lundi"), ("réponse 1", "Des horaires le dimanche"),
        ("réponse 2", "Un coin pour les ados"),
        ("réponse 4", "un médecin"),
        ("réponse 5", "Le bus du samedi"),
    ]
    # no question, no timestamp: a platform's proposals without ids stay unlabelled, and its body
    # column and their fallback are read as before
    path = tmp_path / "export.csv"
    path.write_text("Titre;Description;Détail\nBus;Plus de bus le soir.;\nVélo;;Des arceaux.\n", encoding="utf-8")
    assert [(r["id"], r["body"]) for r in records(extract(path))] == [("", "Plus de bus le soir."), ("", "Des arceaux.")]


def test_a_closed_question_asking_a_wish_gives_no_text(tmp_path):
    from nlp_stn.extract.tables import closed_answers

    assert closed_answers(["Oui", "Non", "Oui", "Oui", "", "Oui"])
    assert closed_answers(["Banque;Impôts", "Impôts", "Banque", "CAF;Banque", "CAF"])
    assert not closed_answers(["Du wifi", "Un bus le samedi", "RAS", "Du wifi", "La fibre"])
    assert not closed_answers(["Oui", "Oui"])  # too few to tell
    path = tmp_path / "reponses.csv"
    path.write_text("N°;Souhaitez-vous être recontacté ?;Vos propositions\n1;Oui;Un marché le soir\n"
                    "2;Oui;\n3;Non;Des bancs\n4;Oui;\n", encoding="utf-8")
    assert [(r["id"], r["body"]) for r in records(extract(path))] == [("1", "Un marché le soir"), ("3", "Des bancs")]



def _consultation_with_arguments(path, arguments_first=False):
    proposals = ("Propositions", [
        ["N°", "Titre", "Description", "Thème", "Votes", "Statut"],
        ["C-7", "Un marché le soir", "Les actifs rentrent tard. Organiser un marché de producteurs le jeudi soir.",
         "Commerce", 12, "Publiée"],
        ["C-8", "Des bancs au cimetière", "Installer des bancs dans les allées du cimetière.", "Cadre de vie", 4,
         "Publiée"],
        ["C-9", "Vente de vélos", "Achetez mes vélos d'occasion !", "Commerce", 0, "Masquée"],
    ], [])
    arguments = ("Arguments", [
        ["Référence proposition", "Type", "Argument"],
        ["C-7", "Pour", "Tout à fait d'accord"],
        ["C-7", "Pour", "Oui, et prévoir des places de stationnement pour les camions des producteurs."],
        ["C-7", "Contre",
         "Il faudrait laisser la rue ouverte aux voitures ce soir-là, les riverains doivent pouvoir rentrer."],
        ["C-8", "Contre", "Le cimetière est trop petit, ce n'est pas la priorité."],
        ["C-9", "Pour", "Il faudrait aussi des vélos électriques."],
        ["C-7", "Pour", "-"],
    ], [])
    comments = ("Commentaires", [
        ["ID de la proposition", "Commentaire", "Statut"],
        ["C-8", "Et aussi remettre un point d'eau près de l'entrée.", "Publié"],
        ["C-8", "Il faut virer le maire", "Masqué"],
    ], [])
    _workbook(path, [arguments, proposals, comments] if arguments_first else [proposals, arguments, comments])


def test_arguments_and_comments_on_a_sheet_of_their_own_are_read_under_their_proposal(tmp_path):
    # a sheet keyed by a proposal's id (« Référence proposition », « ID de la proposition ») is a
    # child table, never the sheet read even before it: each of its rows is a paragraph under its
    # proposal, labelled by its side (« Pour » / « Contre ») and the proposal's id, in its
    # category; rows that say nothing, moderated ones and those of a hidden proposal are left out
    path = tmp_path / "export.xlsx"
    for arguments_first in (False, True):
        _consultation_with_arguments(path, arguments_first)
        doc = extract(path)
        assert [(b.kind, b.fields["id"], b.text, b.fields["category"], b.fields.get("parent")) for b in doc.blocks] == [
            ("record", "C-7", "Un marché le soir\nLes actifs rentrent tard. Organiser un marché de producteurs le "
             "jeudi soir.", "Commerce", None),
            ("paragraph", "Argument pour C-7", "Tout à fait d'accord", "Commerce", "C-7"),
            ("paragraph", "Argument pour C-7", "Oui, et prévoir des places de stationnement pour les camions des "
             "producteurs.", "Commerce", "C-7"),
            ("paragraph", "Argument contre C-7", "Il faudrait laisser la rue ouverte aux voitures ce soir-là, les riverains "
             "doivent pouvoir rentrer.", "Commerce", "C-7"),
            ("record", "C-8", "Des bancs au cimetière\nInstaller des bancs dans les allées du cimetière.",
             "Cadre de vie", None),
            ("paragraph", "Argument contre C-8", "Le cimetière est trop petit, ce n'est pas la priorité.",
             "Cadre de vie", "C-8"),
            ("paragraph", "Commentaire sur C-8", "Et aussi remettre un point d'eau près de l'entrée.", "Cadre de vie",
             "C-8"),
        ]


def test_arguments_that_ask_something_are_demands_under_their_proposal(tmp_path):
    # by their words: an agreement or an objection asks nothing; « Oui, et » or « Et aussi »
    # and an infinitive adds a demand, as does « Il faudrait … » (an argument against asks too)
    from nlp_stn.segment import segment

    path = tmp_path / "consultation.xlsx"
    _consultation_with_arguments(path)
    units = segment(extract(path))
    labels = {u.id: u.label for u in units}
    assert [(u.kind, u.label, u.heading, labels.get(u.parent, ""), u.text) for u in units] == [
        ("recommendation", "C-7", "Commerce", "", "Un marché le soir\nLes actifs rentrent tard. Organiser un marché "
         "de producteurs le jeudi soir."),
        ("recommendation", "Argument pour C-7", "Commerce", "C-7", "Oui, et prévoir des places de stationnement pour "
         "les camions des producteurs."),
        ("recommendation", "Argument contre C-7", "Commerce", "C-7", "Il faudrait laisser la rue ouverte aux voitures ce "
         "soir-là, les riverains doivent pouvoir rentrer."),
        ("recommendation", "C-8", "Cadre de vie", "", "Des bancs au cimetière\nInstaller des bancs dans les allées du "
         "cimetière."),
        ("recommendation", "Commentaire sur C-8", "Cadre de vie", "C-8", "Et aussi remettre un point d'eau près de "
         "l'entrée."),
    ]


def test_a_sheet_keyed_by_ids_it_does_not_share_is_no_child(tmp_path):
    # keys that are not all the proposals' ids (another numbering): the sheet is a side table, unread
    path = tmp_path / "export.xlsx"
    _workbook(path, [
        ("Propositions", [["N°", "Titre"], ["1", "Un marché le soir"], ["2", "Des bancs"]], []),
        ("Arguments", [["N° proposition", "Argument"], ["1", "Et aussi le samedi matin."],
                       ["5", "Il faut des poubelles."]], []),
    ])
    assert [(b.kind, b.text) for b in extract(path).blocks] == [("record", "Un marché le soir"), ("record", "Des bancs")]


def test_references_name_another_records_id():
    from nlp_stn.extract.tables import references

    assert [references(n) for n in ("Référence proposition", "ID de la proposition", "proposal_id", "parent/id",
                                    "N° de l'idée", "Référence", "N°", "Titre de la proposition", "Proposition")] == [
        True, True, True, True, True, False, False, False, False]


def test_a_json_list_of_comments_beside_the_proposals_is_read_under_them(tmp_path):
    # the comments, more numerous and with a « body », are not the rows: keyed by « proposal_id »,
    # each is read under its proposal, labelled by its list's name
    path = tmp_path / "export.json"
    path.write_text(json.dumps({
        "proposals": [{"id": 1, "title": "Bus le soir", "body": "Un bus après 21 h.", "category": "Mobilité"},
                      {"id": 2, "title": "Wifi", "body": "Du wifi au parc.", "category": "Numérique"}],
        "comments": [{"id": 10, "proposal_id": 1, "body": "Et aussi prolonger la ligne jusqu'à la gare."},
                     {"id": 11, "proposal_id": 2, "body": "Il faudrait aussi des prises pour recharger."},
                     {"id": 12, "proposal_id": 2, "body": "RAS"}],
    }), encoding="utf-8")
    assert [(b.kind, b.fields["id"], b.text, b.fields.get("parent")) for b in extract(path).blocks] == [
        ("record", "1", "Bus le soir\nUn bus après 21 h.", None),
        ("paragraph", "Commentaire sur 1", "Et aussi prolonger la ligne jusqu'à la gare.", "1"),
        ("record", "2", "Wifi\nDu wifi au parc.", None),
        ("paragraph", "Commentaire sur 2", "Il faudrait aussi des prises pour recharger.", "2"),
    ]


def test_a_survey_topic_named_in_a_few_words_is_the_context_of_the_respondents_proposals(tmp_path):
    # « Voirie », « le stationnement » name a topic, not a demand: the category of the row's other
    # answers, dropped when alone; « un médecin » names a thing wanted and stays; a cell of dash
    # lines, or « A / B » of two proposals, gives one record each (« sport / fitness » stays whole);
    # a remark opening with an infinitive is a proposal of the respondent, labelled by his row
    path = tmp_path / "enquete.csv"
    path.write_text(
        "Nº;Quels sujets vous semblent prioritaires ?;Quelles idées proposez-vous ?;Commentaire libre\n"
        "1;Voirie;Réparer les trottoirs de la rue haute / élargir la piste cyclable;\n"
        "2;le stationnement !!;;\n"
        '3;un médecin;"- une navette le samedi matin\n- des bancs au parc public";\n'
        "4;Sport;Une salle de sport / fitness près du collège;\n"
        "5;Jeunesse;;Ouvrir la salle des jeunes le dimanche.\n"
        "6;;;C'est bien compliqué.\n",
        encoding="utf-8")
    blocks = extract(path).blocks
    assert [(b.kind, b.fields.get("id") if b.fields else None, b.fields.get("category") if b.fields else None, b.text)
            for b in blocks] == [
        ("record", "1", "Voirie", "Réparer les trottoirs de la rue haute"),
        ("record", "1", "Voirie", "élargir la piste cyclable"),
        ("record", "3", "", "un médecin"),
        ("record", "3", "", "une navette le samedi matin"),
        ("record", "3", "", "des bancs au parc public"),
        ("record", "4", "Sport", "Une salle de sport / fitness près du collège"),
        ("record", "5", "Jeunesse", "Ouvrir la salle des jeunes le dimanche."),
        ("paragraph", "6", None, "C'est bien compliqué."),
    ]


def test_comments_nested_in_each_proposal_as_a_graphql_connection_are_read_under_it(tmp_path):
    # Cap Collectif's GraphQL API: the proposals in « edges » / « node », each with its own
    # comments as a connection; the comments are read under their proposal like a list of
    # comments beside the proposals; a proposal marked « Doublon » or « Hors sujet » by the
    # platform is left out, « Non retenue » stays
    path = tmp_path / "export.json"

    def node(pid, title, body, status, comments=()):
        return {"node": {"id": pid, "title": title, "body": f"<p>{body}</p>", "status": {"name": status},
                         "votes": {"totalCount": 3}, "author": {"username": "x"},
                         "comments": {"totalCount": len(comments),
                                      "edges": [{"node": {"body": f"<p>{c}</p>", "author": {"username": "y"}}}
                                                for c in comments]}}}
    path.write_text(json.dumps({"data": {"node": {"proposals": {"totalCount": 4, "edges": [
        node("UHJvcDox", "Bancs au parc", "Installer des bancs au parc du moulin.", "Retenue",
             ["Il faudrait aussi une fontaine à eau."]),
        node("UHJvcDoy", "Bancs", "Des bancs au parc.", "Doublon"),
        node("UHJvcDoz", "Trottoirs", "Refaire le trottoir de la rue basse.", "Hors sujet"),
        node("UHJvcDo0", "Piscine", "Ouvrir la piscine le dimanche.", "Non retenue"),
    ]}}}}), encoding="utf-8")
    assert [(b.kind, b.text, (b.fields or {}).get("parent")) for b in extract(path).blocks] == [
        ("record", "Bancs au parc\nInstaller des bancs au parc du moulin.", None),
        ("paragraph", "Il faudrait aussi une fontaine à eau.", "UHJvcDox"),
        ("record", "Piscine\nOuvrir la piscine le dimanche.", None),
    ]


def _forum_topic(posts):
    """A forum topic as Discourse's JSON API returns it (invented content)."""
    return {"id": 77, "title": "Idées pour la bibliothèque : à vous la parole", "post_stream": {"posts": [
        {"id": 300 + n, "post_number": n, "username": user, "cooked": cooked, "reply_to_post_number": reply,
         "topic_id": 77, "topic_slug": "idees-pour-la-bibliotheque", "actions_summary": [{"id": 2, "count": 3}],
         "staff": user == "equipe", "moderator": user == "equipe", "admin": False, "hidden": False,
         "user_deleted": user == "parti", **({"action_code": "closed.enabled"} if not cooked else {})}
        for n, (user, cooked, reply) in enumerate(posts, 1)]}}


def test_forum_topic_posts_are_read_as_prose(tmp_path):
    # a Discourse topic: each post's paragraphs and list items are blocks of prose; the quote of
    # an earlier post and a link's preview (asides) are left out, as are the organisers' posts
    # (staff), a post withdrawn by its author and the closing small action (no text)
    path = tmp_path / "sujet.json"
    path.write_text(json.dumps(_forum_topic([
        ("equipe", "<p>Bienvenue ! Une proposition par message.</p>", None),
        ("lina", "<p>Bonjour,</p>\n<p>Il faudrait ouvrir la salle le dimanche.</p>", None),
        ("marc", '<aside class="quote no-group" data-username="lina" data-post="2"><div class="title">lina:</div>'
                 "<blockquote><p>Il faudrait ouvrir la salle le dimanche.</p></blockquote></aside>\n"
                 "<p>Deux idées :</p><ol><li>Un coin pour les ados.</li><li>Des jeux de société.</li></ol>"
                 '<aside class="onebox"><h3><a href="https://exemple.fr">exemple.fr</a></h3></aside>', 2),
        ("parti", "<p>(message retiré par l’auteur)</p>", None),
        ("equipe", "", None),
    ])), encoding="utf-8")
    doc = extract(path)
    assert doc.title == "Idées pour la bibliothèque : à vous la parole"
    assert [(b.kind, b.text, b.fields["id"], b.fields["category"]) for b in doc.blocks] == [
        ("paragraph", "Bonjour,", "302", ""),
        ("paragraph", "Il faudrait ouvrir la salle le dimanche.", "302", ""),
        ("paragraph", "Deux idées :", "303", ""),
        ("list_item", "Un coin pour les ados.", "303", ""),
        ("list_item", "Des jeux de société.", "303", ""),
    ]


DECIDIM_COMMENTS = (
    "id;created_at;body/fr;locale;author/id;author/name;alignment;depth;user_group/id;user_group/name;"
    "commentable_id;commentable_type;root_commentable_url\n"
    '11;2027-03-02 10:12:33 +0100;"Je soutiens, le réseau ne passe pas au bourg.";fr;8;Lou;1;0;;;41;'
    "Decidim::Proposals::Proposal;https://exemple.fr/proposals/41\n"
    '12;2027-03-02 11:40:02 +0100;"<p>Il faudrait aussi ouvrir le samedi matin.</p><p>Merci</p>";fr;9;Max;0;0;;;42;'
    "Decidim::Proposals::Proposal;https://exemple.fr/proposals/42\n"
    "13;2027-03-03 09:05:47 +0100;D'accord avec Max.;fr;7;Zoé;1;1;;;12;Decidim::Comments::Comment;"
    "https://exemple.fr/proposals/42\n"
)


def test_a_comments_export_is_read_as_the_turns_of_a_discussion(tmp_path):
    # Decidim's comments export (« commentable_id », what each row comments on): each comment is
    # a message read as prose, paragraph by paragraph, not a proposal card
    path = tmp_path / "commentaires.csv"
    path.write_text(DECIDIM_COMMENTS, encoding="utf-8")
    assert [(b.kind, b.text, b.fields["id"]) for b in extract(path).blocks] == [
        ("paragraph", "Je soutiens, le réseau ne passe pas au bourg.", "11"),
        ("paragraph", "Il faudrait aussi ouvrir le samedi matin.", "12"),
        ("paragraph", "Merci", "12"),
        ("paragraph", "D'accord avec Max.", "13"),
    ]


def test_codes_slugs_summaries_and_ids_of_a_theme_name_no_field():
    # « action_code » is not an action plan's column, « topic_slug » / « topic_id » not a category
    assert [classify(n) for n in ("action_code", "actions_summary", "topic_slug", "topic_id", "theme_id")] == [None] * 5
    assert classify("cooked") == ("body", (0, 15, 1))  # a forum post's rendered text
    assert classify("topic")[0] == "category" and classify("proposal_id")[0] == "id"


def test_flags_that_leave_a_row_out():
    from nlp_stn.extract.tables import skip_flag
    assert [skip_flag(n) for n in ("hidden", "is_hidden", "user_deleted", "staff", "moderator", "admin")] == [True] * 6
    assert [skip_flag(n) for n in ("deleted_at", "user_id", "staff_note", "trust_level")] == [False] * 4


def test_export_title_is_the_title_over_the_records_never_a_records():
    from nlp_stn.extract.tables import export_title
    assert export_title({"data": {"node": {"title": "Budget participatif 2027", "proposals": {"edges": []}}}}) == \
        "Budget participatif 2027"
    assert export_title({"posts": [{"title": "Un banc"}]}) == ""
    assert export_title({"title": "x" * 151, "rows": []}) == ""


def _fiche(number, title, axis, description, indicator, extra=()):
    return [["PROGRAMME LOCAL DE L'HABITAT 2026-2031"], [f"FICHE N° {number}", None, "Version 2"],
            ["Intitulé de l'action", title], ["Axe", axis], ["Objectifs", "- Loger les jeunes actifs"],
            ["Description", description], [None, None], *extra, ["Pilote", "Service habitat"],
            ["Calendrier", "2026-2028"], ["Budget", "40 000 €"], ["Indicateurs", indicator],
            ["Dernière mise à jour : 03/02/2026"]]


def test_a_plan_kept_as_one_fiche_per_sheet_reads_each_fiche_as_a_row(tmp_path):
    # each sheet one record laid out vertically (labels in column A, values beside them): the
    # fiches are one table continued, read instead of the summary sheet listing them; a label
    # of one fiche only (« Partenaires ») is a column of all, empty in the others; an objective
    # the second fiche shares with the first is read once
    path = tmp_path / "fiches.xlsx"
    _workbook(path, [
        ("Sommaire", [["Programme local de l'habitat – fiches"], ["N°", "Intitulé de la fiche", "Pilote"],
                      ["Axe A – Produire des logements abordables"], ["1", "Racheter des logements vacants", "Service habitat"],
                      ["2", "Créer une résidence pour apprentis", "Service habitat"]], ["A3:C3"]),
        ("Fiche 1", _fiche(1, "Racheter des logements vacants", "Axe A – Produire des logements abordables",
                           "Dix logements vacants du centre seront rachetés et rénovés.", "Nombre de logements rachetés"),
         ["B6:C7", "A6:A7", "B3:C3"]),
        ("Fiche 2", _fiche(2, "Créer une résidence pour apprentis", "Axe A – Produire des logements abordables",
                           "Une résidence de vingt chambres ouvrira en 2028.", "Taux d'occupation",
                           extra=[["Partenaires", "Bailleur social"]]), []),
    ])
    doc = extract(path)
    assert doc.title == "PROGRAMME LOCAL DE L'HABITAT 2026-2031"
    assert [(r["kind"], r["category"], r["title"] or r["body"], r["body"]) for r in records(doc)] == [
        ("action", "Axe A – Produire des logements abordables", "Racheter des logements vacants",
         "Dix logements vacants du centre seront rachetés et rénovés."),
        ("indicator", "Axe A – Produire des logements abordables", "Nombre de logements rachetés",
         "Nombre de logements rachetés"),
        ("objective", "Axe A – Produire des logements abordables", "Loger les jeunes actifs", "Loger les jeunes actifs"),
        ("action", "Axe A – Produire des logements abordables", "Créer une résidence pour apprentis",
         "Une résidence de vingt chambres ouvrira en 2028."),
        ("indicator", "Axe A – Produire des logements abordables", "Taux d'occupation", "Taux d'occupation"),
    ]


def test_form_sheets_leave_tables_and_short_forms_as_they_are():
    from nlp_stn.extract.tables import form_fields, form_sheets

    fiche = [["Fiche 3"], ["Intitulé", "Navette"], ["Description", "Deux allers-retours."], ["Pilote", "Transports"],
             ["Budget", "9 000 €"], ["Note : chiffrage provisoire."]]
    assert form_fields(fiche) == ([["Fiche 3"]], [("Intitulé", "Navette"), ("Description", "Deux allers-retours."),
                                                  ("Pilote", "Transports"), ("Budget", "9 000 €")])
    # (« Fiche 3 » above the form numbers it: its id)
    assert form_sheets([fiche]) == [[["N°", "Intitulé", "Description", "Pilote", "Budget"],
                                     ["3", "Navette", "Deux allers-retours.", "Transports", "9 000 €"]]]
    # a table of three columns (its header names known columns), three labels only, no title
    # nor text among the labels, a sentence as a label: no form
    table = [["Titre", "Description", "Pilote"], ["Navette", "Deux allers-retours.", "Transports"]]
    three = [["Intitulé", "Navette"], ["Description", "Deux allers-retours."], ["Pilote", "Transports"]]
    no_text = [["Axe", "Mobilités"], ["Pilote", "Transports"], ["Calendrier", "2027"], ["Budget", "9 000 €"]]
    inside = fiche[:3] + [["Budget", "2026", "2027"]] + fiche[3:]
    assert [form_fields(rows) for rows in (table, three, no_text, inside)] == [None] * 4
    assert form_sheets([table, three]) == [table, three]


def test_a_plans_objectives_column_and_indicators_one_per_line(tmp_path):
    # « Objectifs » beside a plan's actions: one objective record per line (bullets removed); an
    # indicator cell of several lines, each opened by a capital: one indicator each, all under the
    # row's action; a line going on after a comma continues the one above
    path = tmp_path / "plan.csv"
    path.write_text(
        "Action;Objectifs;Pilote;Indicateurs\n"
        '"Ouvrir une ludothèque";"- Rompre l\'isolement des familles\n- Prêter des jeux";Culture;'
        '"Nombre d\'adhérents\nNombre de jeux prêtés"\n'
        '"Créer un jardin partagé";Créer du lien entre voisins;Espaces verts;"Nombre de parcelles,\nen fin d\'année"\n',
        encoding="utf-8")
    doc = extract(path)
    assert [(r["kind"], r["title"] or r["body"]) for r in records(doc)] == [
        ("action", "Ouvrir une ludothèque"),
        ("indicator", "Nombre d'adhérents"),
        ("indicator", "Nombre de jeux prêtés"),
        ("objective", "Rompre l'isolement des familles"),
        ("objective", "Prêter des jeux"),
        ("action", "Créer un jardin partagé"),
        ("indicator", "Nombre de parcelles,\nen fin d'année"),
        ("objective", "Créer du lien entre voisins"),
    ]
    units = segment(doc)
    by_id = {u.id: u for u in units}
    assert [(u.kind, by_id[u.parent].text if u.parent else "") for u in units if u.kind == "indicator"] == [
        ("indicator", "Ouvrir une ludothèque"), ("indicator", "Ouvrir une ludothèque"),
        ("indicator", "Créer un jardin partagé")]


def test_a_form_sheet_with_an_empty_margin_column():
    from nlp_stn.extract.tables import form_fields

    fiche = [[None, "Fiche 3"], [None, "Intitulé :", "Navette"], [None, "Description :", None, "Deux allers-retours."],
             [None, "Pilote :", "Transports"], [None, "Budget :", "9 000 €"]]
    assert form_fields(fiche) == ([["Fiche 3"]], [("Intitulé :", "Navette"), ("Description :", "Deux allers-retours."),
                                                  ("Pilote :", "Transports"), ("Budget :", "9 000 €")])


def test_a_single_form_sheet_describing_the_workbook_does_not_hide_its_table(tmp_path):
    # one sheet of key/value rows before the table: it describes the export, the table is read;
    # alone in its workbook, a form is the record read
    path = tmp_path / "export.xlsx"
    about = [["Titre", "Budget participatif 2026"], ["Description", "Export des idées déposées"],
             ["Thème", "Tous"], ["Statut", "Clos"], ["Responsable", "Service démocratie locale"]]
    _workbook(path, [("À propos", about, []),
                     ("Idées", [["N°", "Titre", "Description"], [1, "Bancs", "Des bancs au parc."],
                                [2, "Abri vélo", "Un abri à la gare."]], [])])
    assert [r["title"] for r in records(extract(path))] == ["Bancs", "Abri vélo"]
    alone = tmp_path / "fiche.xlsx"
    _workbook(alone, [("Fiche", [["Intitulé", "Navette"], ["Description", "Deux allers-retours."],
                                 ["Pilote", "Transports"], ["Budget", "9 000 €"]], [])])
    assert [(r["kind"], r["title"], r["body"]) for r in records(extract(alone))] == [
        ("action", "Navette", "Deux allers-retours.")]


def test_a_plans_objective_merged_down_over_its_actions_is_one_objective(tmp_path):
    path = tmp_path / "plan.xlsx"
    _workbook(path, [("Plan", [["Objectif", "Action", "Pilote", "Échéance"],
                               ["Réduire l'usage de la voiture", "Navette du marché", "Transports", "2027"],
                               [None, "Abris vélos à la gare", "Voirie", "2028"]], ["A2:A3"])])
    assert [(r["kind"], r["title"] or r["body"]) for r in records(extract(path))] == [
        ("action", "Navette du marché"), ("objective", "Réduire l'usage de la voiture"),
        ("action", "Abris vélos à la gare")]


def test_a_budget_annex_with_yearly_amounts_is_a_plan_without_its_sums(tmp_path):
    # « Libellé » beside amounts dated by their year (« Montant 2029 », « Montant 2030 »): a budget
    # annex, its rows the authority's operations; the rows of sums (« Sous-total … », « TOTAL … »)
    # are no operation
    path = tmp_path / "annexe.xlsx"
    _workbook(path, [
        ("Dépenses", [["Code", "Libellé", "Montant 2029", "Montant 2030", "Observations"],
                      ["OP-1", "Rénovation du préau de l'école des Saules", 12000, None, "Travaux l'été"],
                      ["OP-2", "Achat de vélos électriques pour les agents", 4000, 2000, None],
                      [None, "Sous-total chapitre 23", 16000, 2000, None],
                      [None, "TOTAL GÉNÉRAL", 16000, 2000, None]], []),
    ])
    assert [(r.get("kind"), r["title"]) for r in records(extract(path))] == [
        ("action", "Rénovation du préau de l'école des Saules"),
        ("action", "Achat de vélos électriques pour les agents")]
    # one undated amount beside the label: a table of proposals, as before
    path = tmp_path / "projets.csv"
    path.write_text("N°;Libellé;Montant;Quartier\n1;Un banc au square;800;Nord\n", encoding="utf-8")
    assert [r.get("kind") for r in records(extract(path))] == [None]


def test_a_plans_sheet_of_notes_reads_as_paragraphs_under_its_title(tmp_path):
    # a sheet of one-cell lines beside the plan (« Notes » : a title, numbered notes): its title a
    # heading, each note a paragraph with its number as marker; a table's sheet is not notes
    path = tmp_path / "annexe.xlsx"
    _workbook(path, [
        ("Dépenses", [["Code", "Libellé", "Montant 2029", "Montant 2030"],
                      ["OP-1", "Rénovation du préau de l'école des Saules", 12000, None]], []),
        ("Notes", [["Précisions sur l'annexe"], [None],
                   ["1. Les montants sont indiqués hors taxes."],
                   ["2) La piscine couverte demandée par le comité de quartier n'est pas retenue."]], []),
        ("Lexique", [["Sigle", "Signification"], ["BP", "Budget primitif"], ["TTC", "Toutes taxes comprises"]], []),
    ])
    assert [(b.kind, b.marker, b.text) for b in extract(path).blocks if b.kind != "record"] == [
        ("heading", "", "Précisions sur l'annexe"),
        ("paragraph", "1", "Les montants sont indiqués hors taxes."),
        ("paragraph", "2", "La piscine couverte demandée par le comité de quartier n'est pas retenue."),
    ]
    assert [(u.kind, u.text) for u in segment(extract(path)) if u.kind != "action"] == [
        ("decision", "La piscine couverte demandée par le comité de quartier n'est pas retenue.")]


def test_an_answer_grid_workbook_is_read_as_a_table(tmp_path):
    # a list's or an authority's answers to demands, line by line, in sentences: a table whose
    # answers are the units, each with the fate its « Engagement » column states; a theme merged
    # across the grid is the context of its rows; another sheet is read as a table after its title
    import openpyxl
    from nlp_stn.segment import document_prior

    path = tmp_path / "grille.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Réponses de la liste « Vivre ensemble » aux demandes du collectif"])
    sheet.merge_cells("A1:D1")
    sheet.append(["N°", "Demande", "Engagement", "Réponse de la liste"])
    sheet.append(["Mobilités"])
    sheet.merge_cells("A3:D3")
    sheet.append([1, "Une navette pour les hameaux", "Oui", "Une navette desservira les hameaux chaque mercredi dès 2027."])
    sheet.append([2, "Des bancs sur le chemin de halage", "Non",
                  "Nous ne poserons pas de bancs : le chemin est inondable une partie de l'année."])
    extra = book.create_sheet("En plus")
    extra.append(["Nos engagements en plus"])
    extra.append(["N°", "Action", "Calendrier"])
    extra.append(["A", "Ouvrir une maison du vélo", "2028"])
    book.save(path)
    doc = extract(path)
    assert [(b.kind, b.row, b.col, b.header, b.marker, b.text) for b in doc.blocks[:10]] == [
        ("heading", None, None, "", "", "Réponses de la liste « Vivre ensemble » aux demandes du collectif"),
        ("table_cell", 0, 0, "", "", "N°"),
        ("table_cell", 0, 1, "", "", "Demande"),
        ("table_cell", 0, 2, "", "", "Engagement"),
        ("table_cell", 0, 3, "", "", "Réponse de la liste"),
        ("table_cell", 1, 0, "", "", "Mobilités"),
        ("table_cell", 2, 0, "N°", "", "1"),
        ("table_cell", 2, 1, "Demande", "1", "Une navette pour les hameaux"),
        ("table_cell", 2, 2, "Engagement", "1", "Oui"),
        ("table_cell", 2, 3, "Réponse de la liste", "1", "Une navette desservira les hameaux chaque mercredi dès 2027."),
    ]
    assert doc.title == "Réponses de la liste « Vivre ensemble » aux demandes du collectif"
    assert document_prior(doc) == "action"
    assert [(u.kind, u.state, u.text) for u in segment(doc)] == [
        ("action", "Oui", "Une navette desservira les hameaux chaque mercredi dès 2027."),
        ("decision", "Non", "Nous ne poserons pas de bancs : le chemin est inondable une partie de l'année."),
        ("action", "", "Ouvrir une maison du vélo"),
    ]


def test_an_answer_grid_wins_over_a_legend_sheet_which_is_left_out(tmp_path):
    # a follow-up table quoting each recommendation beside what was done, and a sheet explaining
    # the values of its column of states, put first: the grid is read, the legend answers nothing
    import openpyxl

    path = tmp_path / "suivi.xlsx"
    book = openpyxl.Workbook()
    legend = book.active
    legend.title = "Légende"
    legend.append(["Légende des états"])
    legend.append(["Fait", "L'action est terminée."])
    legend.append(["Abandonné", "La recommandation ne sera pas suivie."])
    grid = book.create_sheet("Suivi")
    grid.append(["Suivi des recommandations du conseil des sages"])
    grid.append(["N°", "Rappel de la recommandation", "Suite donnée par la ville", "État"])
    grid.append(["R1", "Des bancs au parc", "Six bancs ont été posés le long de l'allée centrale au printemps.", "Fait"])
    grid.append(["R2", "Un abri à vélos", "Non retenu, car le parvis de la gare en compte déjà un de quarante places.",
                 "Abandonné"])
    book.save(path)
    doc = extract(path)
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "table_cell" or b.col == 2] == [
        ("heading", "Suivi des recommandations du conseil des sages"),
        ("table_cell", "Suite donnée par la ville"),
        ("table_cell", "Six bancs ont été posés le long de l'allée centrale au printemps."),
        ("table_cell", "Non retenu, car le parvis de la gare en compte déjà un de quarante places."),
    ]


@pytest.mark.parametrize("header, answers, expected", [
    (["N°", "Proposition", "Engagement", "Commentaire de la liste"], ["Une étude sera lancée en 2027 sur ce point."], True),
    (["Recommandation du conseil", "Réponse"], ["La commune ouvrira le service en mars prochain."], True),
    # a column recalling the demands (« Rappel de la recommandation ») beside what was done, by whom
    (["N°", "Rappel de la recommandation", "Suite donnée par la commune"], ["Une étude sera lancée en 2027 sur ce point."],
     True),
    (["Texte de la proposition", "Réponse apportée par la ville"], ["La ville ouvrira le service en mars prochain."], True),
    (["Rappel", "Suite donnée par la commune"], ["Une étude sera lancée en 2027 sur ce point."], False),
    # an answer column of short fates only, or no column quoting the demands: no grid
    (["N°", "Proposition", "Réponse de la commune"], ["Retenue"], False),
    (["N°", "Action", "Commentaire du pilote"], ["Le service ouvrira en mars prochain, comme prévu."], False),
    # an export of contributions with the authority's answer: contributions
    (["Titre", "Proposition", "Auteur", "Réponse"], ["La commune ouvrira le service en mars prochain."], False),
    (["Proposition", "Date de dépôt", "Réponse"], ["La commune ouvrira le service en mars prochain."], False),
    (["Proposition", "Réponse officielle"], ["La commune ouvrira le service en mars prochain."], False),
])
def test_answer_grid(header, answers, expected):
    from nlp_stn.extract.tables import answer_grid

    rows = [[f"x{i}" for i in range(len(header) - 1)] + [a] for a in answers]
    assert answer_grid(header, rows) is expected


def test_an_issue_tracker_s_export_numbers_its_records_by_the_issue_id(tmp_path):
    # GitLab's issues CSV: « Issue ID » is the number the answers cite (« #7 »), not the URL
    assert classify("Issue ID")[0] == "id" and classify("Ticket ID")[0] == "id" and classify("issue_id")[0] == "id"
    assert classify("Issue") is None
    path = tmp_path / "issues.csv"
    path.write_text(
        "Title,Description,Issue ID,URL,State,Author\n"
        "Bancs au parc,Il faudrait deux bancs près du kiosque.,7,https://forge.example.org/-/issues/7,opened,Lou\n"
        "Ombre,Planter des arbres dans la cour de l'école.,9,https://forge.example.org/-/issues/9,closed,Max\n",
        encoding="utf-8")
    assert [(r["id"], r["title"]) for r in records(extract(path))] == [("7", "Bancs au parc"), ("9", "Ombre")]


def test_a_plans_axis_code_column_makes_each_axis_an_objective(tmp_path):
    # an open data plan giving each row its axis's code and name (« theme_code » « T1 » beside
    # « theme_libelle »): the plan numbers its axes, each axis is one objective, the parent of
    # its actions, labelled by its code
    path = tmp_path / "plan.csv"
    path.write_text(
        "num;theme_code;theme_libelle;libelle;statut;service_pilote;echeance\n"
        "1;T1;Mobilités douces;Créer une piste cyclable vers la gare;EN_COURS;Voirie;2027\n"
        "2;T1;Mobilités douces;Installer des arceaux à vélos;REALISE;Voirie;2026\n"
        "3;T2;Alimentation locale;Ouvrir une halle de producteurs;NON_DEMARRE;Commerce;2028\n",
        encoding="utf-8")
    units = segment(extract(path))
    by_id = {u.id: u for u in units}
    assert [(u.kind, u.label, u.text, by_id[u.parent].text if u.parent else "") for u in units] == [
        ("objective", "T1", "Mobilités douces", ""),
        ("action", "1", "Créer une piste cyclable vers la gare", "Mobilités douces"),
        ("action", "2", "Installer des arceaux à vélos", "Mobilités douces"),
        ("objective", "T2", "Alimentation locale", ""),
        ("action", "3", "Ouvrir une halle de producteurs", "Alimentation locale"),
    ]


def test_an_axis_code_column_is_named_by_its_code_not_a_database_key():
    from nlp_stn.extract.tables import AXIS_CODE, normalise_name

    names = ("axe_code", "Code de l'axe", "N° thème", "num_axe", "axe_id", "category/id", "Code postal", "Axe")
    assert [bool(AXIS_CODE.match(normalise_name(n))) for n in names] == [True, True, True, True, False, False,
                                                                          False, False]


def test_without_an_axis_code_column_a_plans_theme_stays_a_context(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text(
        "num;theme;libelle;statut;service_pilote;echeance\n"
        "1;Mobilités douces;Créer une piste cyclable vers la gare;EN_COURS;Voirie;2027\n",
        encoding="utf-8")
    assert [(u.kind, u.text) for u in segment(extract(path))] == [
        ("action", "Créer une piste cyclable vers la gare")]


def test_a_programme_of_credited_actions_is_a_plan_its_objectives_their_descriptions(tmp_path):
    # a yearly programme of a town's policy: « Intitulé de l'action » beside who carries it and the
    # credits of each funder (« Crédits État (€) »: a cost column); no description column, so the
    # « Objectifs » cell of each row, one line of its own, says what the action does; the
    # « Sous-total » row is a sum, « Statut » the action's state
    path = tmp_path / "programmation.ods"
    _ods(path, [
        ["N° fiche", "Intitulé de l'action", "Porteur", "Objectifs", "Crédits État (€)", "Crédits Ville (€)", "Statut"],
        ["A-01", "Ludothèque itinérante", "Centre social", "Deux après-midi de jeux par mois au pied des immeubles",
         3000, 1500, "Reconduite"],
        ["A-02", "Ateliers d'écriture", "Médiathèque", "Un cycle de huit séances pour les collégiens", 0, 2000, "Nouvelle"],
        ["A-03", "Vidéoprotection du parking", "Police municipale", "Non retenue : un diagnostic de sûreté d'abord",
         0, 0, "Non retenue"],
        [None, "Sous-total", None, None, 3000, 3500, None],
    ], trailing=False)
    assert [(r["kind"], r["id"], r["title"], r["body"], r.get("state")) for r in records(extract(path))] == [
        ("action", "A-01", "Ludothèque itinérante", "Deux après-midi de jeux par mois au pied des immeubles",
         "Reconduite"),
        ("action", "A-02", "Ateliers d'écriture", "Un cycle de huit séances pour les collégiens", "Nouvelle"),
        ("action", "A-03", "Vidéoprotection du parking", "Non retenue : un diagnostic de sûreté d'abord",
         "Non retenue"),
    ]


def test_objectives_beside_actions_named_by_their_verb_stay_objectives(tmp_path):
    from nlp_stn.extract.tables import described_by_objectives, find_columns
    from nlp_stn.settings import Settings

    header = ["Intitulé de l'action", "Porteur", "Objectifs", "Crédits (€)"]
    columns = find_columns(header, Settings(), tmp_path / "p.csv")
    assert columns.plan and columns.objective == (2,) and columns.fields["body"] == ()
    nouns = [["Ludothèque itinérante", "CCAS", "Des jeux au pied des immeubles", "900"],
             ["Chantiers d'été", "Mission locale", "Douze jeunes rémunérés en juillet", "4000"]]
    assert described_by_objectives(columns, nouns).fields["body"] == (2,)
    assert described_by_objectives(columns, nouns).objective == ()
    # actions named by an infinitive: their « Objectifs » are the aims they serve
    verbs = [["Ouvrir une ludothèque", "CCAS", "Rompre l'isolement", "900"],
             ["Créer des chantiers d'été", "Mission locale", "Donner un premier emploi", "4000"]]
    assert described_by_objectives(columns, verbs) == columns
    # one objective for two actions (merged down, or written again), or a list of lines: objectives
    shared = [nouns[0], [*nouns[1][:2], nouns[0][2], "4000"]]
    assert described_by_objectives(columns, shared) == columns
    listed = [nouns[0], [*nouns[1][:2], "- Former\n- Rémunérer", "4000"]]
    assert described_by_objectives(columns, listed) == columns


def test_a_plans_row_merged_across_its_columns_names_a_section_an_objective(tmp_path):
    # « Pilier 2 – Cadre de vie » and « 2.1 Espaces publics » in the first cell of rows of their
    # own (merged across the columns): objectives, once each; not a note under the table, nor a
    # budget's accounting chapter, nor a sum
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    book = OpenDocumentSpreadsheet()
    table = Table(name="Cadre de vie")

    def add(values, span=0):
        tr = TableRow()
        for value in values:
            cell = TableCell(valuetype="string") if value is not None else TableCell()
            if value is not None:
                cell.addElement(P(text=value))
            tr.addElement(cell)
        if span:
            tr.firstChild.setAttribute("numbercolumnsspanned", str(span))
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        table.addElement(tr)

    add(["N°", "Intitulé de l'action", "Porteur", "Crédits (€)"])
    add(["Pilier 2 – Cadre de vie"], span=4)
    add(["2.1 Espaces publics"], span=4)
    add(["CV-1", "Éclairage du parking", "Services techniques", "12 000"])
    add(["Chapitre 21 — Immobilisations corporelles"], span=4)
    add(["CV-2", "Bancs du square", "Services techniques", "3 000"])
    add([None, "Sous-total 2.1", None, "15 000"])
    add(["* Montants indicatifs, sous réserve du vote du budget primitif de l'année."], span=4)
    book.spreadsheet.addElement(table)
    path = tmp_path / "programmation.ods"
    book.save(str(path))
    assert [(r["kind"], r["title"] or r["body"]) for r in records(extract(path))] == [
        ("objective", "Pilier 2 – Cadre de vie"),
        ("objective", "2.1 Espaces publics"),
        ("action", "Éclairage du parking"),
        ("action", "Bancs du square"),
    ]


def test_a_percentage_column_comes_after_the_state_in_words(tmp_path):
    from nlp_stn.extract.tables import find_columns, measured_in_percent

    header = ["N°", "Action", "Pilote", "État d'avancement", "Avancement (%)", "Bilan de l'année"]
    columns = find_columns(header, Settings(), tmp_path / "p.csv")
    assert columns.status == (3, 4)
    assert measured_in_percent("Taux de réalisation (%)") and not measured_in_percent("Suite donnée")
    path = tmp_path / "suivi.csv"
    path.write_text("N°;Action;Pilote;État d'avancement;Avancement (%);Bilan de l'année\n"
                    "1;Ouvrir une ludothèque itinérante;CCAS;Abandonnée;0;\n"
                    "2;Créer des jardins partagés;Service espaces verts;En cours;40;Deux jardins ont été ouverts.\n",
                    encoding="utf-8")
    assert [(r["title"], r.get("state")) for r in records(extract(path))] == [
        ("Ouvrir une ludothèque itinérante", "Abandonnée"), ("Créer des jardins partagés", "En cours")]


def test_a_kanban_board_export_gives_one_record_per_open_card(tmp_path):
    # Trello's JSON: the cards are the rows (name the title, desc and checklist items the body, the
    # list's name the category), comments in « actions » are read under their card; archived cards,
    # cards of an archived list and of a list setting cards aside (« Doublons ») are left out
    path = tmp_path / "board.json"
    path.write_text(json.dumps({
        "name": "Boîte à idées du quartier", "desc": "Postez vos idées.",
        "lists": [{"id": "L1", "name": "Propositions", "closed": False},
                  {"id": "L2", "name": "Doublons", "closed": False},
                  {"id": "L3", "name": "Vieilles idées", "closed": True}],
        "cards": [{"id": "C1", "name": "Bancs", "desc": "Installer des bancs le long du canal.", "idList": "L1",
                   "closed": False, "badges": {"votes": 3, "description": True}, "idChecklists": ["K1"]},
                  {"id": "C2", "name": "Bancs bis", "desc": "Pareil.", "idList": "L2", "closed": False},
                  {"id": "C3", "name": "Fontaine", "desc": "Remettre en eau la fontaine.", "idList": "L1",
                   "closed": True},
                  {"id": "C4", "name": "Potager", "desc": "Créer un potager partagé.", "idList": "L3",
                   "closed": False},
                  {"id": "C5", "name": "Lumière", "desc": "Éclairer le passage sous le pont.", "idList": "L1"}],
        "checklists": [{"id": "K1", "idCard": "C1", "name": "Détails",
                        "checkItems": [{"name": "Avec un dossier", "state": "incomplete"}]}],
        "actions": [{"type": "commentCard", "data": {"text": "Il faudrait aussi une poubelle à côté.",
                                                     "card": {"id": "C1", "name": "Bancs"}}},
                    {"type": "updateCard", "data": {"card": {"id": "C2"}, "text": "déplacée"}}],
    }), encoding="utf-8")
    blocks = [b for b in extract(path).blocks if b.kind in ("record", "paragraph") and b.fields.get("id")]
    assert [(b.kind, b.fields["id"], b.text, b.fields.get("category")) for b in blocks] == [
        ("record", "C1", "Bancs\nInstaller des bancs le long du canal.\nDétails :\n- Avec un dossier", "Propositions"),
        ("paragraph", "Commentaire sur C1", "Il faudrait aussi une poubelle à côté.", "Propositions"),
        ("record", "C5", "Lumière\nÉclairer le passage sous le pont.", "Propositions"),
    ]
SOCIAL_COMMENTS = (
    "\ufeff"
    '"id","parent_id","auteur","date","commentaire","reactions"\r\n'
    '"501","","Lucie Marchand","2026-05-02 18:00:00","Des bancs le long du canal stp, on peut pas s\'asseoir","12"\r\n'
    '"502","501","Paul Ferrand","2026-05-02 18:20:00","@Lucie Marchand bien d\'accord","2"\r\n'
    '"503","","Rémi Gautier","2026-05-03 09:00:00","Bonjour, deux idees :\n- un abri velo a la gare\n- une fontaine au parc","4"\r\n'
)


def test_a_social_network_s_comments_export_reads_its_comments_and_their_replies(tmp_path):
    # a page's comments exported with « commentaire » and « parent_id » columns, no title nor
    # body column: each comment is a record, each reply is said of the comment it answers
    path = tmp_path / "commentaires-page.csv"
    path.write_text(SOCIAL_COMMENTS, encoding="utf-8")
    blocks = extract(path).blocks
    assert [(b.kind, b.text, b.fields["id"], b.fields.get("parent", "")) for b in blocks] == [
        ("record", "Des bancs le long du canal stp, on peut pas s'asseoir", "501", ""),
        ("paragraph", "@Lucie Marchand bien d'accord", "502", "501"),
        ("record", "Bonjour, deux idees :\n- un abri velo a la gare\n- une fontaine au parc", "503", ""),
    ]


def test_the_comment_column_is_the_text_only_when_no_other_column_is():
    from nlp_stn.extract.tables import comment_column, find_columns
    assert comment_column(["id", "texte du commentaire", "comment body", "nombre de commentaires", "commentateur"]) == (1, 2)
    columns = find_columns(["id", "parent_id", "auteur", "commentaire"], Settings(), "x.csv")
    assert columns.fields["body"] == (3,) and columns.comments == (1,)
    # a proposals' export with a « Commentaire » column beside its text keeps its text
    columns = find_columns(["id", "titre", "description", "commentaire"], Settings(), "x.csv")
    assert columns.fields["title"] == (1,) and columns.fields["body"] == (2,) and columns.comments == ()
    # a plan's « Commentaire » of progress is no comment of a post
    columns = find_columns(["N°", "Action", "Statut", "Commentaire"], Settings(), "x.csv")
    assert columns.fields["title"] == (1,) and columns.comments == ()


def test_xlsx_one_sheet_per_question_of_a_live_voting_tool(tmp_path):
    # a public meeting's answers sent from phones: a summary sheet, then one sheet per question,
    # the question on its first line, its type, a header over the answers; polls as tallies
    path = tmp_path / "resultats-seance.xlsx"
    _workbook(path, [
        ("Synthèse", [["Export des résultats"], ["Session", "Atelier jeunesse"], ["Participants", 31],
                      ["N°", "Question", "Type"], [1, "Que faut-il changer au skatepark ?", "Question ouverte"]], []),
        ("1 - Question ouverte", [
            ["Que faut-il changer au skatepark ?", None, None], ["Question ouverte"],
            ["Nom", "Réponse", "Heure"],
            ["Inès", "Un point d'eau potable près des rampes", "18:02:11"],
            ["Anonyme", "+1", "18:02:30"],
            ["Tom", "Merci !", "18:03:02"],
            ["Anonyme", "Refaire le béton qui est tout fissuré", "18:03:40"],
        ], ["A1:C1"]),
        ("2 - Sondage", [
            ["Quel projet mettre en priorité ? (1 choix)", None], ["Sondage"],
            ["Option", "Votes"],
            ["Éclairer le terrain de basket le soir", 14], ["Un abri avec des bancs", 9], ["Autre", 2],
            ["Nombre total de votants", 25],
        ], ["A1:B1"]),
        ("3 - Sondage", [["Venez-vous au skatepark ?", None], ["Sondage"], ["Option", "Votes"],
                         ["Chaque semaine", 12], ["Jamais", 8]], []),
        ("4 - Nuage de mots", [["Le skatepark en un mot ?", None], ["Mot", "Occurrences"], ["bruyant", 4],
                               ["sale", 3]], []),
        ("Participants", [["Nom", "Q1", "Q2"], ["Inès", "✓", "✓"], ["Tom", "✓", ""]], []),
    ])
    doc = extract(path)
    assert doc.title == "Export des résultats"
    assert [(b.fields["category"], b.fields["body"]) for b in doc.blocks] == [
        ("Que faut-il changer au skatepark ?", "Un point d'eau potable près des rampes"),
        ("Que faut-il changer au skatepark ?", "Refaire le béton qui est tout fissuré"),
        ("Quel projet mettre en priorité ? (1 choix)", "Éclairer le terrain de basket le soir"),
        ("Quel projet mettre en priorité ? (1 choix)", "Un abri avec des bancs"),
    ]  # « +1 » and thanks say nothing; « Autre » and the voters' count are no option asked;
    # the poll of habits, the word cloud, the summary and the participants ask for nothing
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("recommendation", "Un point d'eau potable près des rampes"),
        ("recommendation", "Refaire le béton qui est tout fissuré"),
        ("recommendation", "Éclairer le terrain de basket le soir"),
        ("recommendation", "Un abri avec des bancs"),
    ]

def test_an_answer_grid_beside_action_fiches_is_read_after_the_plan(tmp_path):
    # a plan kept as one action fiche per sheet, and a sheet answering the proposals the plan
    # does not take up (« Demande | Réponse du syndicat »): the fiches are the plan, the grid
    # does not take the workbook over; its answers are read after the fiches' actions
    import openpyxl

    path = tmp_path / "fiches.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Fiche 1"
    for number, sheet in enumerate((first, book.create_sheet("Fiche 2")), 1):
        sheet.append([f"FICHE N° {number}"])
        sheet.append(["Intitulé", ("Créer une navette vers la gare", "Rénover l'abri du port")[number - 1]])
        sheet.append(["Description", ("Deux allers-retours le samedi.", "Toiture et bancs neufs.")[number - 1]])
        sheet.append(["Pilote", "Service transports"])
        sheet.append(["Échéance", "2028"])
    refused = book.create_sheet("Refusées")
    refused.append(["Demandes non retenues"])
    refused.append(["Demande", "Réponse du syndicat"])
    refused.append(["Un parking au port", "Le parking du port n'est pas retenu : le terrain est inondable chaque hiver."])
    refused.append(["Un téléphérique", "Le téléphérique n'est pas retenu, son coût dépasse le budget annuel du syndicat."])
    book.save(path)
    doc = extract(path)
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "table_cell" or b.col == 1] == [
        ("record", "Créer une navette vers la gare\nDeux allers-retours le samedi."),
        ("record", "Rénover l'abri du port\nToiture et bancs neufs."),
        ("heading", "Demandes non retenues"),
        ("table_cell", "Réponse du syndicat"),
        ("table_cell", "Le parking du port n'est pas retenu : le terrain est inondable chaque hiver."),
        ("table_cell", "Le téléphérique n'est pas retenu, son coût dépasse le budget annuel du syndicat."),
    ]
    assert [(u.kind, u.text) for u in segment(doc)] == [
        ("action", "Créer une navette vers la gare\nDeux allers-retours le samedi."),
        ("action", "Rénover l'abri du port\nToiture et bancs neufs."),
        ("decision", "Le parking du port n'est pas retenu : le terrain est inondable chaque hiver."),
        ("decision", "Le téléphérique n'est pas retenu, son coût dépasse le budget annuel du syndicat."),
    ]


def test_a_fiche_field_left_to_define_gives_no_unit(tmp_path):
    # « Indicateurs : À définir » on an action fiche: no indicator yet, so no unit
    import openpyxl

    path = tmp_path / "fiches.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    for number, sheet in enumerate((first, book.create_sheet("Fiche 2")), 1):
        sheet.append(["Intitulé", ("Créer une navette vers la gare", "Rénover l'abri du port")[number - 1]])
        sheet.append(["Description", "Travaux en 2028."])
        sheet.append(["Pilote", "Service transports"])
        sheet.append(["Indicateurs", ("À définir", "Nombre de voyageurs par samedi")[number - 1]])
    book.save(path)
    assert [(u.kind, u.text) for u in segment(extract(path))] == [
        ("action", "Créer une navette vers la gare\nTravaux en 2028."),
        ("action", "Rénover l'abri du port\nTravaux en 2028."),
        ("indicator", "Nombre de voyageurs par samedi"),
    ]


def test_a_column_of_comments_beside_the_proposals_is_read_under_each(tmp_path):
    # a board's export keeping each post-it's comments in one cell, one per line, each opened by
    # its author and date: each comment is read under its proposal, a unit when it asks more
    path = tmp_path / "mur.csv"
    path.write_text(
        "ID;Contenu;Auteur;Commentaires\r\n"
        '7f;Un abri à vélos devant la gare;Paul R.;"Léa M. (02/03/2027 10:12) : +1\n'
        'Yves T. (02/03/2027 10:15) : et installer des arceaux au marché aussi"\r\n'
        "8a;Des bancs au parc des Saules;Anonyme;2\r\n",
        encoding="utf-8-sig")
    doc = extract(path)
    assert [(b.kind, b.text, dict(b.fields).get("parent", "")) for b in doc.blocks] == [
        ("record", "Un abri à vélos devant la gare", ""),
        ("paragraph", "et installer des arceaux au marché aussi", "7f"),
        ("record", "Des bancs au parc des Saules", ""),
    ]
    assert [(u.kind, u.label, u.text) for u in segment(doc)] == [
        ("recommendation", "7f", "Un abri à vélos devant la gare"),
        ("recommendation", "Commentaire sur 7f", "et installer des arceaux au marché aussi"),
        ("recommendation", "8a", "Des bancs au parc des Saules"),
    ]


@pytest.mark.parametrize("lane, kept", [
    ("Parking", False), ("PARKING (hors sujet)", False), ("Hors sujet", False), ("Propositions", True),
    ("Parkings et stationnement", True),
])
def test_a_boards_items_set_aside_in_its_parking_are_left_out(tmp_path, lane, kept):
    # a workshop's board exported with the area of each item (« Zone »): the « Parking » is where
    # the facilitator sets aside what is outside the subject; a category named so, too
    path = tmp_path / "atelier.csv"
    path.write_text("ID;Contenu;Zone\r\n"
                    "1;Des arceaux à vélos devant la médiathèque;Propositions\r\n"
                    f"2;Le café était froid, il faudrait une bouilloire;{lane}\r\n", encoding="utf-8")
    assert [b.text for b in extract(path).blocks] == ["Des arceaux à vélos devant la médiathèque"] + (
        ["Le café était froid, il faudrait une bouilloire"] if kept else [])
    path.write_text("ID;Contenu;Catégorie\r\n"
                    "1;Des arceaux à vélos devant la médiathèque;Mobilités\r\n"
                    f"2;Le café était froid, il faudrait une bouilloire;{lane}\r\n", encoding="utf-8")
    assert len(extract(path).blocks) == (2 if kept else 1)


def test_a_boards_pictures_shapes_and_arrows_are_left_out(tmp_path):
    # a whiteboard's export lists every item with its « Type »: a picture's row names its file, a
    # shape's row is empty; only the notes hold participants' words
    path = tmp_path / "tableau.csv"
    path.write_text("ID;Type;Contenu\r\n"
                    "1;Note;Un composteur collectif au jardin partagé\r\n"
                    "2;Image;photo-tableau-groupe-2.png\r\n"
                    "3;Forme;\r\n"
                    "4;Flèche;de 1 vers 5\r\n"
                    "5;Idée;Des toilettes publiques au parc\r\n", encoding="utf-8")
    assert [b.text for b in extract(path).blocks] == ["Un composteur collectif au jardin partagé",
                                                     "Des toilettes publiques au parc"]


def test_an_action_fiche_numbered_above_its_form_gives_its_number_as_the_label(tmp_path):
    # « FICHE ACTION N° 2.1 » over each fiche's form, the axis below it: the number labels the
    # fiche's action, the axis stays its category
    import openpyxl

    path = tmp_path / "fiches.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    for number, sheet in zip(("1.1", "2.1"), (first, book.create_sheet("Fiche 2.1"))):
        sheet.append([f"FICHE ACTION N° {number}"])
        sheet.append([{"1.1": "Axe 1 – Se déplacer autrement dans tout le bourg", "2.1": "Axe 2 – Se retrouver dans les lieux publics"}[number]])
        sheet.append(["Intitulé", {"1.1": "Créer une navette vers la gare", "2.1": "Rénover l'abri du port"}[number]])
        sheet.append(["Description", "Travaux en 2028."])
        sheet.append(["Pilote", "Service transports"])
        sheet.append(["Échéance", "2028"])
    book.save(path)
    doc = extract(path)
    assert [(dict(b.fields)["id"], dict(b.fields)["category"]) for b in doc.blocks] == [
        ("1.1", "Axe 1 – Se déplacer autrement dans tout le bourg"), ("2.1", "Axe 2 – Se retrouver dans les lieux publics")]
    assert [(u.label, u.text) for u in segment(doc) if u.kind == "action"] == [
        ("1.1", "Créer une navette vers la gare\nTravaux en 2028."), ("2.1", "Rénover l'abri du port\nTravaux en 2028.")]


def test_a_base_exported_with_its_name_column_linked_rows_and_an_archive_checkbox(tmp_path):
    """An Airtable-like export of a plan: « Nom » (the primary field) names each row beside the
    plan's columns, « Actions liées » (linked records) names other rows, not the row, and a row
    whose « Archivé » box is ticked (« checked ») is left out."""
    path = tmp_path / "Actions-Grid view.csv"
    path.write_text(
        "\ufeffNom,Axe,Description,Statut,Pilote,Échéance,Actions liées,Indicateurs,Archivé\r\n"
        "Ouvrir une halte-garderie à Kerlann,1. Petite enfance,\"Ouverture en **septembre 2027**.\n\nDix places.\","
        "En cours,Anne Morel,01/09/2027,Recruter deux auxiliaires,- Nombre de places,\r\n"
        "Recruter deux auxiliaires,1. Petite enfance,Deux postes ouverts au budget 2027.,À lancer,Anne Morel,"
        "01/06/2027,Ouvrir une halte-garderie à Kerlann,,\r\n"
        "Ouvrir une crèche de 40 places,1. Petite enfance,Hypothèse abandonnée.,Abandonnée,Anne Morel,,,,checked\r\n",
        encoding="utf-8")
    got = [(b.fields.get("kind"), b.fields["title"], b.fields["body"]) for b in extract(path).blocks]
    assert got == [
        ("action", "Ouvrir une halte-garderie à Kerlann", "Ouverture en **septembre 2027**.\nDix places."),
        ("indicator", "", "Nombre de places"),
        ("action", "Recruter deux auxiliaires", "Deux postes ouverts au budget 2027."),
    ]


def test_a_name_column_beside_a_first_name_is_a_surname_not_a_title(tmp_path):
    path = tmp_path / "inscriptions.csv"
    path.write_text("Nom,Prénom,Votre idée,Pilote,Échéance\nMorel,Anne,Ouvrir une halte-garderie le samedi,,\n",
                    encoding="utf-8")
    got = [(b.fields["title"], b.fields["body"]) for b in extract(path).blocks]
    assert got == [("", "Ouvrir une halte-garderie le samedi")]


def test_a_template_row_tagged_in_brackets_is_no_row(tmp_path):
    path = tmp_path / "Plan-Grid view.csv"
    path.write_text(
        "Nom,Description,Statut,Pilote,Échéance\n"
        "[MODÈLE] Nouvelle action - dupliquer cette ligne,Décrire l'action en une phrase.,,,\n"
        "(exemple) Rénover le lavoir,Texte d'exemple.,,,\n"
        "Rénover le préau de l'école,Travaux pendant l'été 2027.,À lancer,Services techniques,08/2027\n"
        "[2027] Ouvrir la ludothèque,Le samedi matin.,En cours,Médiathèque,2027\n",
        encoding="utf-8")
    got = [b.fields["title"] for b in extract(path).blocks]
    assert got == ["Rénover le préau de l'école", "[2027] Ouvrir la ludothèque"]


PADLET_WALL = (
    "\ufeffSubject,Body,Attachment,Author,Created At,Updated At,Section,Comments,Reactions\r\n"
    'Bancs,"Des bancs au parc, les anciens n\'ont nulle part où s\'asseoir.",,Anonyme,2026-05-02 18:00:00 UTC,'
    '2026-05-02 18:00:00 UTC,Idées,"Paul F.: Et ajouter une poubelle à côté.\nAnonyme: Oui !!",4\r\n'
    'Le parc,Le parc est sale le lundi.,,Léa,2026-05-02 18:05:00 UTC,2026-05-02 18:05:00 UTC,Constats,'
    '"Jean-Marc Roux (élu): Pourquoi ne pas passer la balayeuse le lundi matin ?",2\r\n'
)


def test_the_comments_posted_under_a_card_are_read_under_it(tmp_path):
    # a board's export (Padlet's CSV) whose « Comments » cell lists the comments under each card,
    # one per line opened by its author: each is a paragraph said of the card, the author left out,
    # a unit only when its words ask something
    path = tmp_path / "mur.csv"
    path.write_text(PADLET_WALL, encoding="utf-8")
    blocks = extract(path).blocks
    assert [(b.kind, b.text, b.fields.get("category"), b.fields.get("parent", "")) for b in blocks] == [
        ("record", "Bancs\nDes bancs au parc, les anciens n'ont nulle part où s'asseoir.", "Idées", ""),
        ("paragraph", "Et ajouter une poubelle à côté.", "Idées", "Bancs"),
        ("paragraph", "Oui !!", "Idées", "Bancs"),
        ("record", "Le parc\nLe parc est sale le lundi.", "Constats", ""),
        ("paragraph", "Pourquoi ne pas passer la balayeuse le lundi matin ?", "Constats", "Le parc"),
    ]
    assert [(u.kind, u.text, u.heading) for u in segment(extract(path))] == [
        ("recommendation", "Bancs\nDes bancs au parc, les anciens n'ont nulle part où s'asseoir.", "Idées"),
        ("recommendation", "Et ajouter une poubelle à côté.", "Idées"),
        ("recommendation", "Le parc\nLe parc est sale le lundi.", "Constats"),
        ("recommendation", "Pourquoi ne pas passer la balayeuse le lundi matin ?", "Constats"),
    ]


def test_a_single_comment_column_beside_the_text_is_no_list_of_comments(tmp_path):
    # « Commentaire » (singular) beside a proposal is one remark on the row, not comments under it
    path = tmp_path / "propositions.csv"
    path.write_text("id,titre,description,commentaire\n1,Bancs,Des bancs au parc.,Il faudrait voir avec le service.\n",
                    encoding="utf-8")
    assert [b.kind for b in extract(path).blocks] == ["record"]
