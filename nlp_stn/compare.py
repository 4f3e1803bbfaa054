"""Compare territories side by side: shared ideas, unique ideas and theme profiles.

A territory is a set of documents (a folder, a list of files or a territory of the corpus
manifest). The units compared are the recommendations and the actions whose role is "" or
"action" (the obstacles, levers and cooperations of planning tables are left out).

For every ordered pair of territories (A, B), the units of A are scored against the units of
B with the matcher (:func:`nlp_stn.match.match_units`, top-k per unit). A pair is kept when its
score reaches the "idée proche" threshold, and called "même idée" from the higher threshold
(``Settings.same_idea`` / ``close_idea``; by default the matcher's calibrated thresholds
"addressed" / "partial"). A unit may have several partners; the two directions of a pair are
merged (best score kept) and listed once, oriented from the territory given first.

Pure functions; :func:`write_comparison` writes the files of a comparison (rendered by
:mod:`nlp_stn.compare_report`) into a temporary folder renamed at the end, so a failed run
never leaves a folder that looks complete.
"""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
import tempfile
import uuid
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, Optional, Sequence

from ._version import __version__
from .errors import CompareError, UsageError
from .model import ProgressFn, Segment, no_progress, threshold_value
from .settings import Settings
from .textio import keep_foreign_files

RELATION_SAME = "même idée"
RELATION_CLOSE = "idée proche"
COMPARED_KINDS = ("recommendation", "action")
COMPARED_ROLES = ("", "action")
NO_THEME = "sans_theme"
NO_THEME_LABEL = "Sans thème reconnu"
UNIT_MAP_LIMIT = 200  # the unit-by-unit heat map is drawn when there are fewer units than this
MAX_TOP_K = 100

PAIR_COLUMNS = ("unit_a", "territory_a", "text_a", "unit_b", "territory_b", "text_b", "score", "relation")
UNIQUE_COLUMNS = ("territory", "unit", "text", "themes")
THEME_COLUMNS = ("territory", "theme", "label", "units", "share")
OUTPUT_FILES = ("pairs.csv", "unique.csv", "themes.csv", "compare.html", "compare.md", "compare.json", "settings.json")

# Letters (accented too), digits, "-" and "_": safe in file names on every system.
_NAME = re.compile(r"^[^\W_]([\w-]*)$")


# --------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class Pair:
    """Two units of different territories that express the same or a close idea."""

    unit_a: str
    territory_a: str
    unit_b: str
    territory_b: str
    score: float
    relation: str


@dataclass(frozen=True)
class TerritoryFigures:
    """How many of a territory's units have a counterpart elsewhere (any relation / same idea),
    overall and per other territory."""

    territory: str
    units: int
    found: int
    same: int
    found_in: Mapping[str, int]
    same_in: Mapping[str, int]

    @property
    def unique(self) -> int:
        return self.units - self.found

    def share(self, other: Optional[str] = None) -> float:
        count = self.found if other is None else self.found_in.get(other, 0)
        return count / self.units if self.units else 0.0


@dataclass(frozen=True)
class ThemeCount:
    territory: str
    theme: str
    label: str
    units: int
    share: float


@dataclass(frozen=True)
class ThemeSimilarity:
    """Mean best-partner score (in the other territories) of a territory's units of a theme;
    ``score`` is None when the territory has no unit of that theme."""

    territory: str
    theme: str
    units: int
    score: Optional[float]


@dataclass(frozen=True)
class Comparison:
    """Everything a comparison found; ``units`` holds the compared units of each territory in
    document order; ``scores`` maps (unit id, unit id) with the first id of the territory given
    first to the best score known for the pair (all pairs scored when the unit map is drawn,
    else each unit's top-k)."""

    territories: tuple[str, ...]
    units: Mapping[str, tuple[Segment, ...]]
    pairs: tuple[Pair, ...]
    unique: Mapping[str, tuple[str, ...]]
    figures: tuple[TerritoryFigures, ...]
    unit_themes: Mapping[str, tuple[str, ...]]
    theme_labels: Mapping[str, str]
    theme_counts: tuple[ThemeCount, ...]
    theme_similarity: tuple[ThemeSimilarity, ...]
    best_scores: Mapping[str, float]
    scores: Mapping[tuple[str, str], float]
    thresholds: Mapping[str, float]
    settings: Mapping[str, object] = field(default_factory=dict)
    versions: Mapping[str, str] = field(default_factory=dict)
    documents: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    failures: tuple[tuple[str, str], ...] = ()

    @property
    def unit_map(self) -> bool:
        """Whether the unit-by-unit heat map is part of the comparison."""
        return sum(len(u) for u in self.units.values()) < UNIT_MAP_LIMIT


# --------------------------------------------------------------------------------------------
# Territories from the command line


def check_name(name: str) -> str:
    """A territory name usable in file names, else a UsageError."""
    if not _NAME.match(name):
        raise UsageError(
            f"nom de territoire « {name} » invalide : utilisez seulement des lettres, des chiffres, "
            "« - » et « _ » (il commence par une lettre ou un chiffre)."
        )
    return name


def resolve_territories(specs: Sequence[str], corpus_root) -> dict[str, list]:
    """Sources of each territory, in the order given.

    A spec is ``name=PATH`` (a folder, or files separated by commas) or a bare territory name
    of the manifest of ``corpus_root``. Refuses fewer than two territories, unsafe or repeated
    names, unknown manifest territories, a folder or document given for two territories.
    """
    from . import corpus

    if len(specs) < 2:
        raise UsageError(
            f"une comparaison demande au moins deux territoires (reçu {len(specs)}) : "
            "ajoutez une option --territory nom=dossier par territoire."
        )
    result: dict[str, list] = {}
    given: dict[Path, str] = {}
    manifest_groups: Optional[dict] = None
    for spec in specs:
        name, sep, value = spec.partition("=")
        name = unicodedata.normalize("NFC", name.strip())
        if not sep and not _NAME.match(name):
            # « --territory corpus/brest »: a folder without its name, not a manifest name
            folder = Path(name.rstrip("/\\")).name
            example = f"{folder}={name}" if _NAME.match(folder) else "brest=corpus/brest"
            raise UsageError(
                f"« {name} » n'a pas de nom de territoire : écrivez --territory nom=dossier "
                f"(par exemple --territory {example})."
            )
        check_name(name)
        if name in result:
            raise UsageError(f"le territoire « {name} » est donné deux fois : donnez à chaque territoire un nom différent.")
        if sep:
            paths = [p.strip() for p in value.split(",") if p.strip()]
            if not paths:
                raise UsageError(f"aucun dossier ni fichier après « {name}= » : écrivez --territory {name}=DOSSIER.")
            for raw in paths:
                path = Path(raw)
                if not path.exists():
                    raise UsageError(
                        f"fichier ou dossier introuvable pour le territoire « {name} » : vérifiez le chemin.",
                        path=raw,
                    )
                key = path.resolve()
                if key in given:
                    raise UsageError(
                        f"ce dossier ou fichier est donné deux fois (territoires « {given[key]} » et « {name} ») : "
                        "donnez-le une seule fois.",
                        path=raw,
                    )
                given[key] = name
            result[name] = corpus.collect(paths)
        else:
            if manifest_groups is None:
                root = Path(corpus_root)
                manifest_groups = corpus.territories(corpus.collect([root])) if root.is_dir() else {}
            if name not in manifest_groups or not name:
                known = ", ".join(k for k in manifest_groups if k) or "aucun"
                raise UsageError(
                    f"territoire « {name} » inconnu du manifeste (territoires connus : {known}) : "
                    f"donnez son dossier avec --territory {name}=DOSSIER.",
                    path=Path(corpus_root) / corpus.MANIFEST,
                )
            result[name] = list(manifest_groups[name])
    owner: dict[Path, str] = {}
    for name, sources in result.items():
        if not sources:
            raise CompareError(
                f"aucun document à lire pour le territoire « {name} » : donnez un dossier qui contient "
                "des documents (texte, PDF, HTML, bureautique, tableaux).",
            )
        for source in sources:
            key = Path(source.path).resolve()
            if key in owner and owner[key] != name:
                raise UsageError(
                    f"ce document appartient à deux territoires (« {owner[key]} » et « {name} ») : "
                    "donnez des dossiers qui ne se recouvrent pas.",
                    path=source.path,
                )
            owner[key] = name
    return result


def load_units(
    sources: Mapping[str, Sequence],
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
) -> tuple[dict[str, list[Segment]], list[tuple[str, str]]]:
    """Extract and segment each territory's documents. Returns the segments per territory and
    the documents that could not be read (path, message); the comparison goes on without them."""
    from .extract import extract_many
    from .segment import segment_many

    segments: dict[str, list[Segment]] = {}
    failures: list[tuple[str, str]] = []
    for name, items in sources.items():
        docs, failed = extract_many(list(items), settings, progress)
        failures.extend((f.path, f.message) for f in failed)
        segments[name] = list(segment_many(docs, settings, progress))
    return segments, failures


def comparable_units(segments: Sequence[Segment]) -> list[Segment]:
    """The units compared: recommendations and actions with role "" or "action". The same
    text met again (the same id, or the same document in two formats, "avis.docx" and
    "avis.pdf", within one territory) is kept once: the first."""
    from .model import normalise_for_id

    seen: set[str] = set()
    texts: set[str] = set()
    out = []
    for seg in segments:
        if seg.kind in COMPARED_KINDS and seg.role in COMPARED_ROLES and seg.text.strip() and seg.id not in seen:
            seen.add(seg.id)
            key = normalise_for_id(seg.text)
            if key in texts:
                continue
            texts.add(key)
            out.append(seg)
    return out


# --------------------------------------------------------------------------------------------
# Comparison


def _thresholds(settings: Settings, calibrated: Mapping[str, float]) -> dict[str, float]:
    """Thresholds of the settings, else the calibrated "same_idea" / "close_idea" when the
    matcher's model has them, else its "addressed" / "partial" thresholds."""
    same = threshold_value(settings.same_idea if settings.same_idea >= 0 else calibrated.get("same_idea", calibrated["addressed"]))
    close = threshold_value(settings.close_idea if settings.close_idea >= 0 else calibrated.get("close_idea", calibrated["partial"]))
    if close > same:
        raise UsageError(
            f"le seuil « idée proche » ({close:g}) dépasse le seuil « même idée » ({same:g}) : "
            "donnez --close-idea inférieur ou égal à --same-idea."
        )
    return {"same_idea": same, "close_idea": close}


def compare(
    territories: Mapping[str, Sequence[Segment]],
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
    *,
    matcher: Optional[Callable] = None,
    lexicon=None,
) -> Comparison:
    """Compare the units of two or more territories (name -> segments, in the order given).

    ``matcher`` defaults to :func:`nlp_stn.match.match_units` and ``lexicon`` to the themes
    lexicon of ``settings.models_dir`` (both injectable for tests).
    """
    model_thresholds: Mapping[str, float] = {}
    if matcher is None:
        from .match import load_model
        from .match import match_units as matcher

        model_thresholds = load_model(settings=settings).thresholds
    if lexicon is None:
        from .themes import LEXICON_FILE, load_lexicon

        path = Path(settings.models_dir) / LEXICON_FILE
        lexicon = load_lexicon(path if path.is_file() else None)

    names = tuple(territories)
    if len(names) < 2:
        raise UsageError(
            f"une comparaison demande au moins deux territoires (reçu {len(names)}) : "
            "ajoutez une option --territory nom=dossier par territoire."
        )
    for name in names:
        check_name(name)
    units = {name: tuple(comparable_units(territories[name])) for name in names}
    for name in names:
        if not units[name]:
            docs = sorted({s.doc for s in territories[name]})
            where = f" (documents lus : {', '.join(docs)})" if docs else ""
            raise CompareError(
                f"aucune recommandation ni action trouvée pour le territoire « {name} »{where} : "
                "donnez des documents qui en contiennent, ou retirez ce territoire."
            )
    owner: dict[str, str] = {}
    position: dict[str, int] = {}
    for name in names:
        for i, seg in enumerate(units[name]):
            if seg.id in owner:
                raise CompareError(
                    f"l'unité {seg.id} apparaît dans deux territoires (« {owner[seg.id]} » et « {name} ») : "
                    "donnez des documents différents à chaque territoire."
                )
            owner[seg.id] = name
            position[seg.id] = i
    order = {name: i for i, name in enumerate(names)}
    total_units = len(owner)
    dense = total_units < UNIT_MAP_LIMIT
    top_k = settings.top_k

    def oriented(a: str, b: str) -> tuple[str, str]:
        return (a, b) if order[owner[a]] < order[owner[b]] else (b, a)

    scores: dict[tuple[str, str], float] = {}  # every score seen (oriented key, best of both directions)
    kept: dict[tuple[str, str], float] = {}  # candidates within each unit's top-k
    best: dict[str, float] = {u: 0.0 for u in owner}
    unit_themes: dict[str, tuple[str, ...]] = {}
    calibrated: Optional[Mapping[str, float]] = None
    versions: dict[str, str] = {}
    ordered_pairs = [(a, b) for a in names for b in names if a != b]
    progress("comparaison", 0, len(ordered_pairs))
    for done, (a, b) in enumerate(ordered_pairs, start=1):
        k = min(MAX_TOP_K, max(top_k, len(units[b]))) if dense else top_k
        context = [s for s in (*territories[a], *territories[b]) if s.id not in owner]
        result = matcher(list(units[a]), list(units[b]), settings.replace(top_k=k), context_units=context)
        if calibrated is None:
            calibrated = {**model_thresholds, **result.thresholds}
            versions.update(result.versions)
        for unit_id, keys in result.themes.items():
            unit_themes.setdefault(unit_id, tuple(keys))
        for m in result.matches:
            if m.demand_id not in owner or m.action_id not in owner:
                continue
            # the precision pairs.csv writes: a relation is decided on the score it shows
            score = round(min(1.0, max(0.0, float(m.score))), 4)
            key = oriented(m.demand_id, m.action_id)
            scores[key] = max(scores.get(key, 0.0), score)
            best[m.demand_id] = max(best[m.demand_id], score)
            best[m.action_id] = max(best[m.action_id], score)
            if m.rank <= top_k:
                kept[key] = max(kept.get(key, 0.0), score)
        progress("comparaison", done, len(ordered_pairs))
    thresholds = _thresholds(settings, calibrated or {})

    missing = [u for u in owner if u not in unit_themes]
    if missing:
        from .themes import assign

        texts = {seg.id: seg.text for name in names for seg in units[name]}
        for unit_id, keys in zip(missing, assign([texts[u] for u in missing], lexicon)):
            unit_themes[unit_id] = tuple(keys)
    unit_themes = {u: tuple(k for k in lexicon.themes if k in unit_themes[u]) for u in owner}

    pairs = []
    for (a, b), _ in kept.items():
        score = scores[(a, b)]
        if score < thresholds["close_idea"]:
            continue
        relation = RELATION_SAME if score >= thresholds["same_idea"] else RELATION_CLOSE
        pairs.append(Pair(a, owner[a], b, owner[b], round(score, 4), relation))
    pairs.sort(key=lambda p: (order[p.territory_a], position[p.unit_a], -p.score, order[p.territory_b], position[p.unit_b]))

    found_in: dict[str, dict[str, set]] = {n: {m: set() for m in names if m != n} for n in names}
    same_in: dict[str, dict[str, set]] = {n: {m: set() for m in names if m != n} for n in names}
    for p in pairs:
        found_in[p.territory_a][p.territory_b].add(p.unit_a)
        found_in[p.territory_b][p.territory_a].add(p.unit_b)
        if p.relation == RELATION_SAME:
            same_in[p.territory_a][p.territory_b].add(p.unit_a)
            same_in[p.territory_b][p.territory_a].add(p.unit_b)
    figures = []
    unique = {}
    for name in names:
        found = set().union(*found_in[name].values())
        same = set().union(*same_in[name].values())
        figures.append(
            TerritoryFigures(
                territory=name,
                units=len(units[name]),
                found=len(found),
                same=len(same),
                found_in={m: len(s) for m, s in found_in[name].items()},
                same_in={m: len(s) for m, s in same_in[name].items()},
            )
        )
        unique[name] = tuple(seg.id for seg in units[name] if seg.id not in found)

    labels = dict(lexicon.themes)
    theme_keys = [k for k in labels if any(k in unit_themes[u] for u in owner)]
    if any(not unit_themes[u] for u in owner):
        theme_keys.append(NO_THEME)
        labels[NO_THEME] = NO_THEME_LABEL
    counts, similarity = [], []
    for name in names:
        n = len(units[name])
        for key in theme_keys:
            members = [s.id for s in units[name] if (key in unit_themes[s.id] if key != NO_THEME else not unit_themes[s.id])]
            counts.append(ThemeCount(name, key, labels[key], len(members), round(len(members) / n, 4)))
            mean = round(sum(best[u] for u in members) / len(members), 4) if members else None
            similarity.append(ThemeSimilarity(name, key, len(members), mean))

    return Comparison(
        territories=names,
        units=units,
        pairs=tuple(pairs),
        unique=unique,
        figures=tuple(figures),
        unit_themes=unit_themes,
        theme_labels={k: labels[k] for k in theme_keys},
        theme_counts=tuple(counts),
        theme_similarity=tuple(similarity),
        best_scores={u: round(s, 4) for u, s in best.items()},
        scores={k: round(v, 4) for k, v in scores.items()},
        thresholds=thresholds,
        settings=settings.to_dict(),
        versions={"nlp-stn": __version__, "themes": lexicon.version, **versions},
        documents={name: tuple(sorted({s.doc for s in territories[name]})) for name in names},
    )


# --------------------------------------------------------------------------------------------
# Files


def check_output_dir(out_dir) -> Path:
    """Refuse an output folder that exists and is not empty nor a previous comparison."""
    out = Path(out_dir)
    if out.exists():
        if not out.is_dir():
            raise UsageError("la sortie existe et n'est pas un dossier : choisissez un autre nom avec -o.", path=out)
        if any(out.iterdir()) and not (out / "compare.json").is_file():
            raise UsageError(
                "ce dossier existe, n'est pas vide et ne contient pas de comparaison précédente : "
                "choisissez un dossier nouveau ou vide avec -o.",
                path=out,
            )
    return out


def check_output_location(out_dir, specs: Sequence[str], corpus_root) -> None:
    """Refuse an output folder inside a folder read as a territory: its files would be read
    as documents by the next comparison."""
    out = Path(out_dir).resolve()
    for spec in specs:
        name, sep, value = spec.partition("=")
        folders = [Path(p.strip()) for p in value.split(",") if p.strip()] if sep else [Path(corpus_root)]
        for folder in folders:
            if folder.is_dir() and out.is_relative_to(folder.resolve()):
                raise UsageError(
                    f"le dossier de sortie est dans un dossier lu pour le territoire « {name.strip()} » : "
                    "ses fichiers seraient lus comme des documents ; choisissez un dossier ailleurs avec -o.",
                    path=out_dir,
                )


def _write_csv(path: Path, columns: Sequence[str], rows) -> None:
    # UTF-8 with a byte-order mark, like the run's CSVs, so that spreadsheet software shows accents
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)


def write_comparison(comparison: Comparison, out_dir) -> Path:
    """Write pairs.csv, unique.csv, themes.csv, compare.html, compare.md, compare.json and
    settings.json into ``out_dir`` (through a temporary folder renamed at the end; a previous
    comparison there is replaced, the other files of its folder are kept)."""
    out = check_output_dir(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()  # (not mkdtemp: the folder gets the user's usual permissions)
    try:
        from . import compare_report as report

        index = {seg.id: seg for units in comparison.units.values() for seg in units}
        _write_csv(
            tmp / "pairs.csv",
            PAIR_COLUMNS,
            (
                (p.unit_a, p.territory_a, index[p.unit_a].text, p.unit_b, p.territory_b, index[p.unit_b].text, f"{p.score:.4f}", p.relation)
                for p in comparison.pairs
            ),
        )
        labels = {c.theme: c.label for c in comparison.theme_counts}
        _write_csv(
            tmp / "unique.csv",
            UNIQUE_COLUMNS,
            (
                # theme labels, as in themes.csv (a spreadsheet user reads them)
                (t, u, index[u].text, " ; ".join(labels.get(k, k) for k in comparison.unit_themes.get(u, ())))
                for t in comparison.territories
                for u in comparison.unique[t]
            ),
        )
        _write_csv(
            tmp / "themes.csv",
            THEME_COLUMNS,
            ((c.territory, c.theme, c.label, c.units, f"{c.share:.4f}") for c in comparison.theme_counts),
        )
        (tmp / "compare.html").write_text(report.render_html(comparison), encoding="utf-8")
        (tmp / "compare.md").write_text(report.render_markdown(comparison), encoding="utf-8")
        (tmp / "compare.json").write_text(json.dumps(report.to_dict(comparison), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        settings = {
            "settings": dict(comparison.settings),
            "thresholds": dict(comparison.thresholds),
            "territories": {t: list(comparison.documents.get(t, ())) for t in comparison.territories},
            "versions": dict(comparison.versions),
        }
        (tmp / "settings.json").write_text(json.dumps(settings, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.replace(out, old / "previous")
        os.replace(tmp, out)
        # the files a user saved in the previous comparison's folder (notes, a marked-up copy)
        # move to the new one; if one cannot, the previous folder stays, hidden beside it
        if old is not None and keep_foreign_files(old / "previous", out, OUTPUT_FILES):
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out
