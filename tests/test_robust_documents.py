"""Robustness on documents shaped like the ones users bring (tests/data/robust/, written for
the tests): a DOCX opinion and its PDF, an ODT strategy, an HTML strategy page, and edge
cases (a table alone, Word automatic numbering three levels deep, an empty heading, a page
furniture to drop, a document made of questions, a 50-sentence paragraph)."""
from __future__ import annotations

from pathlib import Path

import pytest

from nlp_stn.extract import extract
from nlp_stn.extract.base import TextBuilder
from nlp_stn.model import DocMeta, Document
from nlp_stn.segment import _Language, segment
from nlp_stn.settings import Settings

DATA = Path(__file__).resolve().parent / "data" / "robust"


def units(path, meta=DocMeta()):
    doc = extract(path, doc_id=Path(path).name, meta=meta)
    return summary(segment(doc))


def summary(segments):
    """(kind, label, heading, parent's label or text, role, text) of each unit."""
    by_id = {s.id: s for s in segments}
    out = []
    for s in segments:
        parent = (by_id[s.parent].label or by_id[s.parent].text) if s.parent else ""
        out.append((s.kind, s.label, s.heading, parent, s.role, s.text))
    return out


# --- the DOCX opinion and its PDF ------------------------------------------------------------

AVIS = "Avis du conseil de développement sur la stratégie numérique de l'agglomération"
S1 = f"{AVIS} > 1. Un numérique accessible à toutes et tous"
S21 = f"{AVIS} > 2. Former et accompagner > 2.1 Les jeunes et les familles"
S22 = f"{AVIS} > 2. Former et accompagner > 2.2 Les associations"
S3 = f"{AVIS} > 3. Gouvernance de la stratégie"
AVIS_UNITS = [
    ("recommendation", "Préconisation 1", S1, "", "",
     "Créer un réseau de points d'accueil numérique dans les mairies annexes et les centres sociaux."),
    ("recommendation", "Préconisation 2", S1, "", "",
     "Garantir le maintien d'un accueil physique et téléphonique pour chaque démarche dématérialisée."),
    ("recommendation", "", S1, "", "", "former les agents d'accueil à l'accompagnement des usagers ;"),
    ("recommendation", "", S1, "", "", "financer des permanences de médiateurs numériques dans les quartiers prioritaires."),
    ("recommendation", "Recommandation n° 3", S21, "", "",
     "Intégrer l'éducation critique aux écrans dans les projets éducatifs de territoire."),
    ("recommendation", "Recommandation n° 4", S21, "", "",
     "Ouvrir les espaces numériques des collèges aux familles le samedi matin."),
    ("recommendation", "1", S22, "", "", "Proposer un cycle de formations gratuites aux bénévoles associatifs."),
    # its "a) avec ..." / "b) avec ..." sub-items complete it: they are not units
    ("recommendation", "2", S22, "", "",
     "Mettre à disposition des associations une suite bureautique libre hébergée localement :"),
    ("recommendation", "", S3, "", "", "Le conseil demande que la stratégie soit évaluée chaque année avec les habitants."),
    ("recommendation", "1", S3, "", "", "Associer le conseil de développement au comité de pilotage de la stratégie."),
    ("recommendation", "2", S3, "", "", "Publier chaque année un bilan des actions engagées en données ouvertes."),
    # the table: the "Actions proposées" column; pilots (names) and dates are not units
    ("recommendation", "", f"{S3} > Actions attendues", "", "action", "Créer un annuaire en ligne des lieux de médiation numérique"),
    ("recommendation", "", f"{S3} > Actions attendues", "", "action", "Lancer un budget participatif consacré au numérique"),
    ("recommendation", "", f"{S3} > Actions attendues", "", "action", "Équiper les bibliothèques de postes en libre accès"),
    ("question", "", f"{AVIS} > Questions au conseil communautaire", "", "",
     "Comment les communes rurales seront-elles associées au déploiement des points d'accueil ?"),
    ("question", "", f"{AVIS} > Questions au conseil communautaire", "", "",
     "Quel budget sera consacré à la médiation numérique après 2026 ?"),
]


def test_docx_opinion_units_are_exact():
    assert units(DATA / "avis-conseil-developpement.docx") == AVIS_UNITS


def test_docx_opinion_with_its_manifest_kind_gives_the_same_units():
    assert units(DATA / "avis-conseil-developpement.docx", DocMeta(kind="avis")) == AVIS_UNITS


def test_pdf_of_the_opinion_gives_the_same_units_with_pages():
    """The PDF printed from the DOCX: numbered titles in a larger font are headings (not list
    items), the ruled table gives cells, every unit keeps its page."""
    path = DATA / "avis-conseil-developpement.pdf"
    assert units(path) == AVIS_UNITS
    doc = extract(path, doc_id="avis.pdf", meta=DocMeta())
    assert [s.page for s in segment(doc)] == [1] * 6 + [2] * 10
    headings = [(b.text, b.level, b.marker) for b in doc.blocks if b.kind == "heading"]
    assert headings[:5] == [
        (AVIS, 1, ""),
        ("Préambule", 2, ""),
        ("1. Un numérique accessible à toutes et tous", 2, "1"),
        ("2. Former et accompagner", 2, "2"),
        ("2.1 Les jeunes et les familles", 3, "2.1"),
    ]


def test_docx_title_style_tops_the_heading_levels():
    doc = extract(DATA / "avis-conseil-developpement.docx", doc_id="avis.docx", meta=DocMeta())
    headings = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert headings[:4] == [(AVIS, 1), ("Préambule", 2), ("1. Un numérique accessible à toutes et tous", 2),
                            ("2. Former et accompagner", 2)]


# --- the ODT strategy ------------------------------------------------------------------------

T = "Stratégie numérique territoriale 2025-2030"
AX1 = f"{T} > Axe 1 : Inclusion numérique"
AX2 = f"{T} > Axe 2 : Sobriété et souveraineté numériques"
O11 = f"{AX1} > Objectif 1.1 : Accompagner les publics éloignés du numérique"
O12 = f"{AX1} > Objectif 1.2 : Simplifier l'accès aux services publics"
O21 = f"{AX2} > Objectif 2.1 : Réduire l'empreinte environnementale du numérique"
O22 = f"{AX2} > Objectif 2.2 : Maîtriser les données du territoire"
STRATEGY_UNITS = [
    ("objective", "Axe 1", T, "", "", "Inclusion numérique"),
    ("objective", "Objectif 1.1", AX1, "Axe 1", "", "Accompagner les publics éloignés du numérique"),
    ("action", "Action 1.1.1", O11, "Objectif 1.1", "", "Déployer des conseillers numériques itinérants"),
    ("indicator", "", f"{O11} > Action 1.1.1 : Déployer des conseillers numériques itinérants", "Action 1.1.1", "",
     "Nombre de permanences tenues"),
    ("indicator", "", f"{O11} > Action 1.1.1 : Déployer des conseillers numériques itinérants", "Action 1.1.1", "",
     "Nombre de personnes accompagnées"),
    ("action", "Action 1.1.2", O11, "Objectif 1.1", "", "Créer un fonds d'équipement solidaire"),
    ("indicator", "", f"{O11} > Action 1.1.2 : Créer un fonds d'équipement solidaire", "Action 1.1.2", "",
     "Nombre d'équipements distribués"),
    ("objective", "Objectif 1.2", AX1, "Axe 1", "", "Simplifier l'accès aux services publics"),
    ("action", "Action 1.2.1", O12, "Objectif 1.2", "", "Ouvrir un guichet unique des démarches en ligne"),
    ("objective", "Axe 2", T, "", "", "Sobriété et souveraineté numériques"),
    ("objective", "Objectif 2.1", AX2, "Axe 2", "", "Réduire l'empreinte environnementale du numérique"),
    # "Moyens mobilisés :" lists resources, not units
    ("action", "Action 2.1.1", O21, "Objectif 2.1", "", "Allonger la durée d'usage des équipements à six ans"),
    ("action", "Action 2.1.2", O21, "Objectif 2.1", "", "Former les agents à l'écoconception des services"),
    ("indicator", "", f"{O21} > Action 2.1.2 : Former les agents à l'écoconception des services", "Action 2.1.2", "",
     "Part des agents formés"),
    ("indicator", "", f"{O21} > Action 2.1.2 : Former les agents à l'écoconception des services", "Action 2.1.2", "",
     "Poids moyen des pages du site"),
    ("objective", "Objectif 2.2", AX2, "Axe 2", "", "Maîtriser les données du territoire"),
    ("action", "Action 2.2.1", O22, "Objectif 2.2", "", "Adopter une politique de données ouvertes"),
]


@pytest.mark.parametrize("name", ["strategie-territoriale.odt", "strategie-territoriale.pdf"])
@pytest.mark.parametrize("meta", [DocMeta(), DocMeta(kind="strategy")], ids=["no-manifest", "strategy"])
def test_odt_strategy_and_its_pdf_units_are_exact(meta, name):
    """No unit from the introduction's "il faut", the "Pilote :"/"Calendrier :" lines, the
    "Moyens mobilisés :" list or the calendar table; the PDF printed from the ODT gives the
    same units."""
    assert units(DATA / name, meta) == STRATEGY_UNITS


# --- the HTML strategy page ------------------------------------------------------------------

F = "Feuille de route numérique 2025 – 2028"
OR1 = f"{F} > Orientation 1 – Des services publics proches des habitants"
OR2 = f"{F} > Orientation 2 – Une culture numérique partagée"
FA1 = f"{OR1} > Fiche action n°1 : Ouvrir des espaces France services itinérants"
FA3 = f"{OR2} > Fiche action n°3 : Créer un réseau de tiers-lieux"
HTML_UNITS = [
    ("objective", "Orientation 1", F, "", "", "Des services publics proches des habitants"),
    ("action", "Fiche action n° 1", OR1, "Orientation 1", "", "Ouvrir des espaces France services itinérants"),
    ("action", "1", FA1, "Fiche action n° 1", "", "Acquérir et équiper le véhicule."),
    ("action", "2", FA1, "Fiche action n° 1", "", "Recruter deux agents d’accueil polyvalents."),
    ("action", "Fiche action n° 2", OR1, "Orientation 1", "", "Dématérialiser les demandes d'urbanisme"),
    ("objective", "Orientation 2", F, "", "", "Une culture numérique partagée"),
    ("action", "Fiche action n° 3", OR2, "Orientation 2", "", "Créer un réseau de tiers-lieux"),
    ("objective", "", FA3, "Fiche action n° 3", "", "Mailler le territoire d'ici 2027 ;"),
    ("objective", "", FA3, "Fiche action n° 3", "", "Soutenir les associations qui animent ces lieux."),
    # a strategy (labelled actions, no labelled recommendation): its table rows are actions
    ("action", "", f"{F} > Tableau de suivi", "", "action", "Organiser un forum annuel des usages numériques"),
    ("action", "", f"{F} > Tableau de suivi", "", "action", "Publier les délibérations en données ouvertes"),
]


def test_html_strategy_units_are_exact():
    assert units(DATA / "feuille-de-route.html") == HTML_UNITS


def test_html_page_furniture_is_dropped():
    """nav, header, footer, aside (and what lies outside <main>) give no block."""
    doc = extract(DATA / "feuille-de-route.html", doc_id="f.html", meta=DocMeta())
    assert doc.blocks[0].text == F
    assert len(doc.blocks) == 24
    for furniture in ("Accueil", "Agenda", "Nous contacter", "portail des habitants", "À lire aussi",
                      "mutualisation", "Mentions légales", "dataLayer"):
        assert furniture not in doc.text


def test_html_header_inside_an_article_is_kept(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><header><p>Logo de la ville</p></header>"
        "<article><header><h1>Plan numérique</h1></header><p>Développer le wifi public.</p>"
        "<footer>Publié le 3 mai</footer></article></body></html>",
        encoding="utf-8",
    )
    doc = extract(path, doc_id="page.html", meta=DocMeta())
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", "Plan numérique"), ("paragraph", "Développer le wifi public.")]


def test_html_page_made_only_of_furniture_keeps_its_text(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<nav><ul><li>Créer un compte citoyen</li></ul></nav>", encoding="utf-8")
    doc = extract(path, doc_id="menu.html", meta=DocMeta())
    assert [(b.kind, b.text) for b in doc.blocks] == [("list_item", "Créer un compte citoyen")]


def test_html_list_nested_three_levels(tmp_path):
    path = tmp_path / "liste.html"
    path.write_text(
        "<h2>Nos propositions</h2><ol start='3'><li>Renforcer la médiation numérique"
        "<ul><li>Recruter des médiateurs<ul><li>dans les quartiers prioritaires</li>"
        "<li>dans les bourgs ruraux</li></ul></li><li>Former les secrétaires de mairie</li></ul></li>"
        "<li>Ouvrir les données des transports</li></ol>",
        encoding="utf-8",
    )
    doc = extract(path, doc_id="liste.html", meta=DocMeta())
    assert [(b.text, b.level, b.marker) for b in doc.blocks if b.kind == "list_item"] == [
        ("Renforcer la médiation numérique", 0, "3"),
        ("Recruter des médiateurs", 1, ""),
        ("dans les quartiers prioritaires", 2, ""),
        ("dans les bourgs ruraux", 2, ""),
        ("Former les secrétaires de mairie", 1, ""),
        ("Ouvrir les données des transports", 0, "4"),
    ]
    assert summary(segment(doc)) == [
        ("recommendation", "3", "Nos propositions", "", "", "Renforcer la médiation numérique"),
        ("recommendation", "", "Nos propositions", "3", "", "Recruter des médiateurs"),
        ("recommendation", "", "Nos propositions", "3", "", "Former les secrétaires de mairie"),
        ("recommendation", "4", "Nos propositions", "", "", "Ouvrir les données des transports"),
    ]


# --- DOCX edge cases -------------------------------------------------------------------------


def test_docx_with_only_a_table():
    doc = extract(DATA / "tableau-seul.docx", doc_id="t.docx", meta=DocMeta())
    assert doc.title == "tableau-seul"
    assert [b.kind for b in doc.blocks] == ["table_cell"] * 6
    # the partners' column holds names: not units
    assert summary(segment(doc)) == [
        ("recommendation", "", "", "", "action", "Installer des bornes d'accès à internet dans les gares"),
        ("recommendation", "", "", "", "action", "Développer une application de covoiturage solidaire"),
    ]


def test_word_automatic_numbering_three_levels_and_an_empty_heading():
    """Items numbered by Word (w:numPr, no typed marker): their depth and number come from
    the numbering; the empty heading gives no block; sub-items are their item's details and
    complements ("dans les ...") are not units."""
    doc = extract(DATA / "numerotation-automatique.docx", doc_id="n.docx", meta=DocMeta())
    assert [(b.kind, b.text, b.level, b.marker) for b in doc.blocks] == [
        ("heading", "Nos propositions", 1, ""),
        ("paragraph", "Les membres de l'atelier proposent de :", 0, ""),
        ("list_item", "Renforcer la médiation numérique", 0, "1"),
        ("list_item", "Recruter des médiateurs", 1, "•"),
        ("list_item", "dans les quartiers prioritaires", 2, "•"),
        ("list_item", "dans les bourgs ruraux", 2, "•"),
        ("list_item", "Former les secrétaires de mairie", 1, "•"),
        ("list_item", "Ouvrir les données des transports en temps réel", 0, "2"),
    ]
    assert summary(segment(doc)) == [
        ("recommendation", "1", "Nos propositions", "", "", "Renforcer la médiation numérique"),
        ("recommendation", "", "Nos propositions", "1", "", "Recruter des médiateurs"),
        ("recommendation", "", "Nos propositions", "1", "", "Former les secrétaires de mairie"),
        ("recommendation", "2", "Nos propositions", "", "", "Ouvrir les données des transports en temps réel"),
    ]


def test_document_made_only_of_questions(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Pourquoi la fibre n'arrive-t-elle pas dans les hameaux ?")
    d.add_paragraph("Qui accompagnera les personnes âgées ? Et avec quels moyens ?")
    d.add_paragraph("Les données des habitants seront-elles hébergées en France ?")
    path = tmp_path / "questions.docx"
    d.save(path)
    assert units(path) == [
        ("question", "", "", "", "", "Pourquoi la fibre n'arrive-t-elle pas dans les hameaux ?"),
        ("question", "", "", "", "", "Qui accompagnera les personnes âgées ?"),
        ("question", "", "", "", "", "Et avec quels moyens ?"),
        ("question", "", "", "", "", "Les données des habitants seront-elles hébergées en France ?"),
    ]


def test_docx_table_of_contents_tracked_changes_and_content_controls(tmp_path):
    """TOC entries are dropped; tracked insertions are read, deletions are not; paragraphs
    inside a content control (w:sdt) are read."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_paragraph("Propositions 4", style=d.styles.add_style("TOC 1", 1))
    p = d.add_paragraph("Créer un ")
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="A"><w:r><w:t>fonds </w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="A"><w:r><w:delText>caché </w:delText></w:r></w:del>'))
    p.add_run("de soutien aux associations.")
    d.element.body.insert(len(d.element.body) - 1, parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Ouvrir un tiers-lieu.</w:t></w:r></w:p>'
        "</w:sdtContent></w:sdt>"))
    path = tmp_path / "suivi.docx"
    d.save(path)
    doc = extract(path, doc_id="suivi.docx", meta=DocMeta())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Créer un fonds de soutien aux associations."),
        ("paragraph", "Ouvrir un tiers-lieu."),
    ]


# --- segmentation edge cases -----------------------------------------------------------------

TOPICS = ["la médiation numérique", "le très haut débit", "les données ouvertes", "les tiers-lieux",
          "la formation des agents", "l'accueil des usagers", "la sobriété numérique", "les logiciels libres",
          "la participation citoyenne", "la cybersécurité"]


def _html(tmp_path, body: str):
    path = tmp_path / "page.html"
    path.write_text(body, encoding="utf-8")
    return extract(path, doc_id="page.html", meta=DocMeta())


def test_fifty_sentence_paragraph_gives_its_demand_sentences(tmp_path):
    sentences = []
    for i in range(50):
        topic = TOPICS[i % 10]
        if i % 5 == 4:
            sentences.append(f"Le conseil demande que {topic} fasse l'objet d'un bilan public n° {i + 1}.")
        else:
            sentences.append(f"Les membres ont débattu de {topic} lors de la séance n° {i + 1}.")
    doc = _html(tmp_path, f"<h1>Avis</h1><p>{' '.join(sentences)}</p>")
    segments = segment(doc)
    assert [(s.kind, s.heading, s.text) for s in segments] == [
        ("recommendation", "Avis", sentences[i]) for i in range(4, 50, 5)
    ]
    assert all(doc.text[s.start:s.end] == s.text for s in segments)


def test_fifty_sentence_paragraph_of_proposals_is_not_one_unit(tmp_path):
    sentences = [f"Développer {TOPICS[i % 10]} dans le quartier n° {i + 1}." if i % 2 == 0
                 else f"Cette mesure concerne {TOPICS[i % 10]} depuis {2000 + i}." for i in range(50)]
    doc = _html(tmp_path, f"<h1>Propositions</h1><p>{' '.join(sentences)}</p>")
    assert [(s.kind, s.text) for s in segment(doc)] == [("recommendation", sentences[i]) for i in range(0, 50, 2)]


def _document(blocks):
    builder = TextBuilder()
    for kind, text, level, marker in blocks:
        builder.add(kind, text, level=level, marker=marker)
    ex = builder.build()
    return Document(id="d.txt", path="d.txt", format="txt", title="", text=ex.text, blocks=ex.blocks, meta=DocMeta())


def test_typed_letters_after_an_item_ending_with_a_colon_are_its_sub_items():
    doc = _document([
        ("heading", "Propositions", 1, ""),
        ("list_item", "Créer une maison du numérique :", 0, "1"),
        ("list_item", "ouvrir le samedi", 0, "a"),
        ("list_item", "avec des bénévoles formés", 0, "b"),
        ("list_item", "Soutenir les associations de médiation", 0, "2"),
    ])
    assert summary(segment(doc)) == [
        ("recommendation", "1", "Propositions", "", "", "Créer une maison du numérique :"),
        ("recommendation", "a", "Propositions", "1", "", "ouvrir le samedi"),
        ("recommendation", "2", "Propositions", "", "", "Soutenir les associations de médiation"),
    ]


def test_numbered_chapter_with_units_before_its_actions_section_is_not_an_objective():
    doc = _document([
        ("heading", "3. Gouvernance", 1, "3"),
        ("paragraph", "Le conseil demande que la stratégie soit évaluée chaque année.", 0, ""),
        ("heading", "Actions attendues", 2, ""),
        ("list_item", "Publier un bilan annuel des actions", 0, "•"),
    ])
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("recommendation", "", "Le conseil demande que la stratégie soit évaluée chaque année."),
        ("action", "", "Publier un bilan annuel des actions"),  # announced by its section
    ]


@pytest.mark.parametrize("text, expected", [
    ("Créer un réseau de tiers-lieux", True),  # spaCy tags a capitalised "Créer" as a noun
    ("Mailler le territoire d'ici 2027", True),
    ("Savoir-faire local et artisanat", False),  # a hyphenated noun
    ("Centre de santé", False),
    ("Dossier de presse", False),
])
def test_capitalised_infinitives(text, expected):
    assert _Language(Settings()).infinitive(text) is expected


@pytest.mark.parametrize("suffix, name", [(".docx", "DOCX"), (".odt", "ODT")])
def test_office_document_without_text_is_refused(tmp_path, suffix, name):
    from nlp_stn.errors import InputError

    path = tmp_path / f"vide{suffix}"
    if suffix == ".docx":
        import docx

        d = docx.Document()
        d.add_paragraph("   ")
        d.save(path)
    else:
        from odf.opendocument import OpenDocumentText

        OpenDocumentText().save(str(path))
    with pytest.raises(InputError) as err:
        extract(path, doc_id=path.name, meta=DocMeta())
    assert str(err.value) == (
        f"{path} : aucun texte trouvé dans ce document {name} : vérifiez qu'il n'est pas vide ou fait "
        "seulement d'images (un document numérisé doit d'abord passer par une reconnaissance de caractères)."
    )


def test_actions_asked_for_by_an_opinion_are_its_demands():
    """Without a manifest, a document with labelled recommendations and no labelled action
    is an opinion: the items of its "Actions attendues" section are recommendations."""
    doc = _document([
        ("heading", "Avis", 1, ""),
        ("paragraph", "Préconisation 1 : Garantir un accès internet de qualité partout.", 0, ""),
        ("paragraph", "Préconisation 2 : Former les aidants numériques.", 0, ""),
        ("heading", "Actions attendues", 2, ""),
        ("list_item", "Publier un bilan annuel des actions", 0, "•"),
    ])
    assert [(s.kind, s.label, s.text) for s in segment(doc)] == [
        ("recommendation", "Préconisation 1", "Garantir un accès internet de qualité partout."),
        ("recommendation", "Préconisation 2", "Former les aidants numériques."),
        ("recommendation", "", "Publier un bilan annuel des actions"),
    ]


def test_html_list_written_with_line_breaks(tmp_path):
    doc = _html(tmp_path, "<p>Nos idées :<br>• Créer un réseau de tiers-lieux<br>• Former les agents d'accueil</p>"
                          "<p>Une phrase<br>sur deux lignes.</p>")
    assert [(b.kind, b.text, b.marker) for b in doc.blocks] == [
        ("paragraph", "Nos idées :", ""),
        ("list_item", "Créer un réseau de tiers-lieux", "•"),
        ("list_item", "Former les agents d'accueil", "•"),
        ("paragraph", "Une phrase sur deux lignes.", ""),
    ]


def test_opinion_recommendations_written_as_titles_of_their_explanation():
    """Bold titles (headings) that start with an infinitive, in an opinion or a section of
    proposals, are recommendations; their explanation gives no further unit; a noun title
    is a section."""
    doc = _document([
        ("heading", "Nos propositions", 1, ""),
        ("heading", "Garantir un accès internet de qualité partout", 2, ""),
        ("paragraph", "Les zones blanches persistent. Il faut que les opérateurs rendent compte.", 0, ""),
        ("heading", "Créer un fonds pour la médiation numérique", 2, ""),
        ("paragraph", "Ce fonds soutiendrait les associations.", 0, ""),
        ("heading", "Le cas des communes rurales", 2, ""),
        ("paragraph", "Le conseil demande que chaque mairie dispose d'un point d'accès.", 0, ""),
    ])
    assert summary(segment(doc)) == [
        ("recommendation", "", "Nos propositions", "", "", "Garantir un accès internet de qualité partout"),
        ("recommendation", "", "Nos propositions", "", "", "Créer un fonds pour la médiation numérique"),
        ("recommendation", "", "Nos propositions > Le cas des communes rurales", "", "",
         "Le conseil demande que chaque mairie dispose d'un point d'accès."),
    ]
