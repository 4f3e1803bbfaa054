"""The run directory: :func:`write_report` writes every file of a run (tables, pages, JSON,
settings.json)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping, Optional, Sequence

from ..model import Decision, MatchRun
from .as_json import render_json
from .common import NO_LABELS, run_date
from .markdown import render_markdown
from .page import render_html
from .tables import write_coverage_csv, write_matches_csv, write_units_jsonl


def settings_record(run: MatchRun) -> dict:
    """Content of settings.json."""
    return {"run_id": run.run_id, "date": run_date(run.run_id), "settings": dict(run.settings),
            "versions": dict(run.versions)}


def write_report(run: MatchRun, out_dir: Path, labels: Mapping[str, str] = NO_LABELS,
                 links_from: Optional[Path] = None, unmatched: Sequence[Decision] = ()) -> Path:
    """Write every file of a run directory into ``out_dir`` (created if needed).

    ``links_from`` is the folder the report will finally live in (links to the source
    documents are relative to it; default ``out_dir``). ``unmatched``: stored decisions
    without a matching unit (see the package doc, nlp_stn/report/__init__.py).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_matches_csv(run, out_dir / "matches.csv", labels)
    write_coverage_csv(run, out_dir / "coverage.csv")
    write_units_jsonl(run, out_dir / "units.jsonl")
    base = Path(links_from) if links_from is not None else out_dir
    (out_dir / "report.html").write_text(render_html(run, labels, base, unmatched), encoding="utf-8")
    (out_dir / "report.md").write_text(render_markdown(run, labels, unmatched), encoding="utf-8")
    _write_json(out_dir / "report.json", render_json(run, labels, unmatched))
    _write_json(out_dir / "settings.json", settings_record(run))
    return out_dir


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
