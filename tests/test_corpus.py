"""Corpus manifest, file collection and metadata inference."""
from __future__ import annotations

import pytest

from nlp_stn.corpus import collect, infer_meta, load_manifest, source_for, territories
from nlp_stn.errors import InputError
from nlp_stn.model import DocMeta

from conftest import CORPUS


def test_bundled_corpus_is_collected_with_manifest_metadata():
    sources = collect([CORPUS])
    assert [s.doc_id for s in sources] == [
        "brest/2016-03-05_reunion-tous-publics_compte-rendu.txt",
        "contributions/liste-des-contributions.txt",
        "decidim/subset_raw_data.csv",
        "lorient/2019-02-20_cdpl-groupe-travail_compte-rendu.txt",
        "lorient/2019-03_cdpl_avis-schema-territorial-numerique.txt",
        "lorient/2019-04-16_cdpl-groupe-travail_compte-rendu.txt",
        "national/guide-bonnes-pratiques-numerique-responsable-export-version-v1.csv",
        "national/strategie-numerique-responsable-collectivites/1-commande-publique.md",
        "national/strategie-numerique-responsable-collectivites/2-gestion-durable-et-proximite.md",
        "national/strategie-numerique-responsable-collectivites/3-ecoconception-services-numeriques.md",
        "national/strategie-numerique-responsable-collectivites/4-sensibilisation-elus-et-agents-publics.md",
        "national/strategie-numerique-responsable-collectivites/5-sensibilisation-citoyens.md",
        "national/strategie-numerique-responsable-collectivites/6-territoire-connecte-et-durable.md",
        "pdf/FDR-NE-Bilan-mesure-MTE.pdf",
    ]
    avis = sources[4]
    assert avis.role == "demands"
    assert avis.meta == DocMeta(
        territory="lorient",
        kind="avis",
        date="2019-03",
        title="Schéma territorial de développement du numérique : l'avis du CDPL",
        source="Conseil de développement du Pays de Lorient (CDPL), document public",
    )


def test_a_subfolder_keeps_ids_relative_to_the_manifest_root():
    sources = collect([CORPUS / "lorient"])
    assert [s.doc_id for s in sources][0] == "lorient/2019-02-20_cdpl-groupe-travail_compte-rendu.txt"
    assert source_for(CORPUS / "pdf" / "FDR-NE-Bilan-mesure-MTE.pdf").meta.kind == "strategy"


def test_territories_group_sources():
    groups = territories(collect([CORPUS]))
    assert list(groups) == ["brest", "decidim", "lorient", "national"]
    assert len(groups["lorient"]) == 3


def test_inferred_metadata_without_manifest(tmp_path):
    (tmp_path / "quimper").mkdir()
    (tmp_path / "quimper" / "2021-06-03_conseil-citoyen_avis.txt").write_text("Texte.", encoding="utf-8")
    (tmp_path / "quimper" / ".brouillon.txt").write_text("caché", encoding="utf-8")
    (tmp_path / "README.md").write_text("notes", encoding="utf-8")
    (tmp_path / "note-2020.md").write_text("# Note", encoding="utf-8")
    sources = collect([tmp_path])
    assert [(s.doc_id, s.meta.territory, s.meta.date) for s in sources] == [
        ("note-2020.md", "", ""),
        ("quimper/2021-06-03_conseil-citoyen_avis.txt", "quimper", "2021-06-03"),
    ]


def test_single_file_outside_a_corpus(tmp_path):
    folder = tmp_path / "rennes"
    folder.mkdir()
    path = folder / "2019-11_strategie.md"
    path.write_text("# Stratégie", encoding="utf-8")
    source = collect([path])[0]
    assert (source.doc_id, source.meta.territory, source.meta.date) == ("rennes/2019-11_strategie.md", "rennes", "2019-11")


def test_infer_meta():
    assert infer_meta("brest/2016-03-05_reunion.txt") == DocMeta(territory="brest", date="2016-03-05")
    assert infer_meta("2016-031_x.txt") == DocMeta()


def test_ignored_files_and_manifest_fields(tmp_path):
    (tmp_path / "corpus.toml").write_text(
        '[[document]]\npath = "a/avis.txt"\nkind = "avis"\nrole = "demands"\ntitle = "Avis"\n\n'
        '[[document]]\npath = "a/brouillon.txt"\nignore = true\n',
        encoding="utf-8",
    )
    (tmp_path / "a").mkdir()
    for name in ("avis.txt", "brouillon.txt"):
        (tmp_path / "a" / name).write_text("x", encoding="utf-8")
    sources = collect([tmp_path])
    assert [(s.doc_id, s.role, s.meta.kind, s.meta.territory, s.meta.title) for s in sources] == [
        ("a/avis.txt", "demands", "avis", "a", "Avis")
    ]
    assert set(load_manifest(tmp_path)) == {"a/avis.txt", "a/brouillon.txt"}


def test_invalid_toml_names_the_line(tmp_path):
    manifest = tmp_path / "corpus.toml"
    manifest.write_text('[[document]]\npath = "a.txt"\ntitle = "sans fin\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_manifest(tmp_path)
    assert info.value.path == str(manifest)
    assert info.value.message.startswith("manifeste TOML invalide (ligne 3 : ")
    assert info.value.message.endswith(") : corrigez cette ligne.")


@pytest.mark.parametrize(
    "entry, message",
    [
        ('kind = "rapport"', "[[document]] n° 1 (a.txt) : kind « rapport » inconnu ; valeurs possibles : "
                             "avis, strategy, minutes, contributions, framework, consultation, other."),
        ('role = "demande"', "[[document]] n° 1 (a.txt) : role « demande » inconnu ; valeurs possibles : demands, actions."),
        ('titre = "x"', "[[document]] n° 1 (a.txt) : champ inconnu « titre » ; champs possibles : "
                        "path, territory, kind, date, title, source, role, ignore."),
        ("date = 2019-03-01", "[[document]] n° 1 (a.txt) : le champ « date » doit être une chaîne entre guillemets."),
    ],
)
def test_invalid_manifest_entries(tmp_path, entry, message):
    (tmp_path / "corpus.toml").write_text(f'[[document]]\npath = "a.txt"\n{entry}\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_manifest(tmp_path)
    assert info.value.message == message


def test_missing_input(tmp_path):
    with pytest.raises(InputError) as info:
        collect([tmp_path / "absent"])
    assert str(info.value) == f"{tmp_path / 'absent'} : fichier ou dossier introuvable : vérifiez le chemin."


def test_folder_expansion_skips_formats_that_are_not_documents(tmp_path):
    (tmp_path / "avis.txt").write_text("Développer le télétravail.", encoding="utf-8")
    (tmp_path / "make_documents.py").write_text("print('x')", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    assert [s.doc_id for s in collect([tmp_path])] == ["avis.txt"]
    # Named explicitly, an unsupported file is kept so that extraction can say why it fails.
    assert [s.path.name for s in collect([tmp_path / "logo.png"])] == ["logo.png"]


def test_folder_expansion_skips_results_written_into_it(tmp_path):
    (tmp_path / "avis.txt").write_text("Développer le télétravail.", encoding="utf-8")
    for folder, mark in (("resultats", "report.json"), ("comparaison", "compare.json")):
        out = tmp_path / folder
        out.mkdir()
        for name in ("settings.json", mark, "report.md", "units.jsonl", "pairs.csv"):
            (out / name).write_text("{}", encoding="utf-8")
    # a folder that only happens to hold a settings.json is read as usual
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "settings.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes" / "compte-rendu.md").write_text("# Compte rendu", encoding="utf-8")
    assert [s.doc_id for s in collect([tmp_path])] == ["avis.txt", "notes/compte-rendu.md", "notes/settings.json"]
