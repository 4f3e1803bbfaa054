"""Benchmark of the matcher: 1k, 5k and 10k demands against 500 actions.

Demands and actions are built by sampling and recombining real sentences of the bundled
corpus (corpus/), with a fixed seed. A first pass fills the caches (spaCy lemmas, sentence
vectors) in a temporary folder; the timed runs then measure matching with embeddings
cached. Prints units/s (demand x action pairs per second) for each signal and in total,
the ratio time(n) / time(first size) (linear growth: ~ n / first size) and that ratio per
demand (linear growth: ~ 1).

    .venv/bin/python benchmarks/bench_match.py [--demands 1000,5000,10000] [--actions 500]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp_stn.match import match_units  # noqa: E402
from nlp_stn.model import Segment  # noqa: E402
from nlp_stn.settings import Settings  # noqa: E402

_SENT = re.compile(r"(?<=[.!?;:])\s+|\n+")


def corpus_sentences(root: Path) -> list[str]:
    out = []
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in (".txt", ".md", ".csv") or path.name.startswith(("LICENSE", "SOURCES")):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for s in _SENT.split(text):
            words = s.split()
            if 5 <= len(words) <= 40:
                out.append(" ".join(words))
    return sorted(set(out))


def build_units(sentences: list[str], n: int, prefix: str, rng: random.Random) -> list[Segment]:
    """n distinct texts: a sentence, or the start of one joined to the end of another."""
    units, seen = [], set()
    while len(units) < n:
        a = rng.choice(sentences).split()
        if rng.random() < 0.7:
            b = rng.choice(sentences).split()
            text = " ".join(a[: max(3, len(a) // 2)] + b[len(b) // 2 :])
        else:
            text = " ".join(a)
        if text in seen:
            continue
        seen.add(text)
        i = len(units)
        units.append(Segment(id=f"{prefix}{i}", doc=f"bench/{prefix}", kind="recommendation", label="",
                             heading="", parent="", role="", page=None, start=0, end=0, text=text))
    return units


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demands", default="1000,5000,10000")
    parser.add_argument("--actions", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.demands.split(",")]
    rng = random.Random(args.seed)
    sentences = corpus_sentences(ROOT / "corpus")
    demands = build_units(sentences, max(sizes), "d", rng)
    actions = build_units(sentences, args.actions, "a", rng)
    print(f"{len(sentences)} phrases du corpus ; {max(sizes)} demandes et {len(actions)} actions construites.")
    with tempfile.TemporaryDirectory() as cache:
        settings = Settings(cache_dir=cache)
        t0 = time.perf_counter()
        match_units(demands[:1], actions, settings)  # warm: lemmas, vectors of all actions
        match_units(demands, actions[:1], settings)  # warm: lemmas, vectors of all demands
        print(f"remplissage des caches (lemmes spaCy, vecteurs USE) : {time.perf_counter() - t0:.1f} s\n")
        base = first = None
        first_n = sizes[0]
        for n in sizes:
            timings: dict = {}
            t0 = time.perf_counter()
            result = match_units(demands[:n], actions, settings, timings=timings)
            total = time.perf_counter() - t0
            pairs = n * len(actions)
            base = base or total / n
            first = first or total
            print(f"== {n} demandes x {len(actions)} actions = {pairs:,} paires : {total:.1f} s, "
                  f"{pairs / total:,.0f} paires/s, temps({n}) / temps({first_n}) = {total / first:.2f} "
                  f"(linéaire : {n / first_n:.2f}), par demande {total / n / base:.2f} "
                  f"({len(result.matches)} correspondances)")
            for name, sec in sorted(timings.items(), key=lambda kv: -kv[1]):
                rate = f"{pairs / sec:,.0f} paires/s" if sec > 0 else "-"
                print(f"   {name:<28} {sec:7.2f} s  {rate}")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
