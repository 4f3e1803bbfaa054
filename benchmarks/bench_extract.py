"""Speed of PDF extraction + segmentation against pdfplumber's own extract_text, in one run.

Usage (from the project root):
    .venv/bin/python benchmarks/bench_extract.py [PDF]

Default PDF: ../shared/corpus/pdf/guide-de-bonnes-pratiques-numerique-responsable-version-1.pdf
(114 pages). Prints pages/s for nlp-stn (extract + segment, end to end) and for pdfplumber's
``page.extract_text()`` over every page, and their ratio (target: >= 10x).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT / ".." / "shared" / "corpus" / "pdf" / "guide-de-bonnes-pratiques-numerique-responsable-version-1.pdf"


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not path.is_file():
        print(f"Erreur : {path} : fichier introuvable ; donnez le chemin d'un PDF en argument.", file=sys.stderr)
        return 2
    from nlp_stn.extract import extract
    from nlp_stn.settings import Settings

    try:
        from nlp_stn.segment import segment
    except ImportError:
        segment = None
    settings = Settings()

    if segment is not None:
        # Load the spaCy model outside the timed part: a one-time cost per process, not a
        # per-page one. Segmentation itself needs no warm-up: it runs only the tagger (no
        # lemmatizer, whose first calls fill a cache) and only on texts whose first word
        # can be an infinitive.
        from nlp_stn import nlp

        nlp.load(settings.spacy_model)

    # Wall-clock and CPU time (time.process_time) of this process: on a shared machine the
    # CPU time is not inflated by other processes, so its ratio is the steadier figure.
    wall, cpu = time.perf_counter(), time.process_time()
    document = extract(path, settings)
    extract_wall = time.perf_counter() - wall
    units = segment(document, settings) if segment is not None else []
    ours_wall, ours_cpu = time.perf_counter() - wall, time.process_time() - cpu
    pages = document.pages

    import pdfplumber

    wall, cpu = time.perf_counter(), time.process_time()
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.flush_cache()
    theirs_wall, theirs_cpu = time.perf_counter() - wall, time.process_time() - cpu

    label = "extract + segment" if segment is not None else "extract seul (nlp_stn.segment absent)"
    print(f"fichier : {path.name} ({pages} pages)")
    print(f"nlp-stn {label} : {ours_wall:.2f} s ({ours_cpu:.2f} s CPU), {pages / ours_wall:.1f} pages/s, "
          f"{pages / ours_cpu:.1f} pages/s CPU (extraction {extract_wall:.2f} s, "
          f"{len(document.blocks)} blocs, {len(units)} unités)")
    print(f"pdfplumber extract_text : {theirs_wall:.2f} s ({theirs_cpu:.2f} s CPU), {pages / theirs_wall:.1f} pages/s, "
          f"{pages / theirs_cpu:.1f} pages/s CPU")
    print(f"rapport : {theirs_wall / ours_wall:.1f}x en temps écoulé, {theirs_cpu / ours_cpu:.1f}x en temps CPU "
          "(objectif >= 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
