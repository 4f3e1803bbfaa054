"""Sentence vectors: shape, normalisation and the on-disk cache (numpy + JSON, no pickle)."""
import numpy as np

from nlp_stn import embed
from nlp_stn.settings import Settings


def test_encode_shapes_and_norms(tmp_path):
    settings = Settings(cache_dir=str(tmp_path))
    vecs = embed.encode(["Développer la fibre optique", "Créer des tiers-lieux", "Développer la fibre optique"], settings)
    assert vecs.shape == (3, 512) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vecs[0], vecs[2])
    assert embed.encode([], settings).shape == (0, 512)


def test_second_run_reads_the_cache_and_never_pickles(tmp_path, monkeypatch):
    settings = Settings(cache_dir=str(tmp_path))
    first = embed.encode(["Ouvrir les données publiques"], settings)
    files = sorted(p.name.split("-")[0] for p in (tmp_path / "use").iterdir())
    assert files == ["keys", "vectors"]
    embed._cache_for.cache_clear()  # a new process: only the files remain

    def no_encoder(threads):
        raise AssertionError("the text was encoded again")

    monkeypatch.setattr(embed, "_encoder", no_encoder)
    again = embed.encode(["Ouvrir les données publiques"], settings)
    assert np.array_equal(first, again)
    vec_file = next((tmp_path / "use").glob("vectors-*.npy"))
    assert np.load(vec_file, allow_pickle=False).shape == (1, 512)


def test_damaged_shard_is_ignored(tmp_path):
    settings = Settings(cache_dir=str(tmp_path))
    cache_dir = tmp_path / "use"
    cache_dir.mkdir()
    (cache_dir / "keys-bad.json").write_text("[not json", encoding="utf-8")
    (cache_dir / "vectors-bad.npy").write_bytes(b"garbage")
    embed._cache_for.cache_clear()
    vecs = embed.encode(["Former les agents"], settings)
    assert vecs.shape == (1, 512)
    assert len(embed._cache_for(str(cache_dir))) == 1
