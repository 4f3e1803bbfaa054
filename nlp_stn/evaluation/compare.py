"""Quality of a comparison of territories against reference links (gold ``units.csv`` +
``links.csv``).

Each gold unit is aligned with the compared unit of the same document whose text matches it
best (rapidfuzz ``fuzz.ratio`` >= 90 on any of the forms used by the segmentation
evaluation). The gold ``doc`` is a path under the corpus (« lorient/avis.pdf ») or under
the territory's folder, as compare.json records it (« avis.pdf »): one that ends with the
other names the same document. No gold unit aligned is an error naming both sides'
documents. Gold links between aligned units of different territories are the reference
(relevance 2 = same idea, 1 = related idea; unlisted pairs are unrelated). Only pairs between
aligned units are judged.

Figures:

- pairs: precision and recall of the pairs of ``pairs.csv`` (any relation) and of the pairs
  called "même idée", against every gold link; the pairs called "même idée" are also judged
  against the links of the same demand only (relevance 2), what "même idée" claims;
- units: per territory, the share of aligned units that have a counterpart elsewhere in the
  gold and in the comparison, with the precision and recall of "found elsewhere";
- best partner: for each aligned unit and each other territory where the gold gives it a
  counterpart, whether the best-scored unit there is one (P@1; all pairs are scored when the
  comparison has a ``unit_map``, else only the pairs of ``pairs.csv`` are known);
- a sweep of the "idée proche" threshold over all scored pairs (``unit_map`` of
  ``compare.json``, present for small comparisons), to help calibrate it.
"""
from __future__ import annotations

import csv
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Sequence, Union

from ..errors import InputError
from .segments import THRESHOLD, normalise, read_gold, variants

SWEEP = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True)
class PairFigures:
    pairs: int  # pairs between aligned units (judged)
    correct: int
    gold: int  # gold links between aligned units of different territories
    found: int

    @property
    def precision(self) -> Optional[float]:
        return self.correct / self.pairs if self.pairs else None

    @property
    def recall(self) -> Optional[float]:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> Optional[float]:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


@dataclass(frozen=True)
class TerritoryShare:
    territory: str
    aligned: int
    gold_found: int
    predicted_found: int
    both: int


@dataclass(frozen=True)
class CompareEvaluation:
    aligned: int
    gold_units: int
    pairs: PairFigures
    same_idea: PairFigures
    # "même idée" pairs against the gold links of the same demand only (relevance 2)
    same_idea_strict: PairFigures
    territories: tuple[TerritoryShare, ...]
    best_partner_hits: int
    best_partner_total: int
    thresholds: Mapping[str, float]
    sweep: tuple[tuple[float, PairFigures, Mapping[str, float]], ...]


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            "compare.json introuvable : donnez le dossier écrit par `nlp-stn compare -o DOSSIER`.", path=path
        ) from None
    except (ValueError, UnicodeDecodeError) as err:
        raise InputError(f"compare.json illisible ({err}) : relancez `nlp-stn compare`.", path=path) from None


def _read_links(path: Path) -> list[tuple[str, str, int]]:
    if not path.is_file():
        raise InputError("fichier de liens introuvable : vérifiez le chemin (--gold).", path=path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("unit_a", "unit_b", "relevance") if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"colonnes manquantes : {', '.join(missing)} (attendu : unit_a, unit_b, relevance).", path=path)
        try:
            return [(r["unit_a"], r["unit_b"], int(r["relevance"])) for r in reader]
        except ValueError as err:
            raise InputError(f"relevance doit être un entier ({err}).", path=path) from None


DocKey = Union[str, tuple[str, str]]


def _path(name: str) -> str:
    name = unicodedata.normalize("NFC", name.replace("\\", "/")).strip()
    while name.startswith("./"):
        name = name[2:]
    return name


def _doc_level(gold_doc: str, key: DocKey) -> int:
    """How surely a gold ``doc`` names a compared document ((territory, doc) as compare.json
    records it, the doc relative to the territory's folder): 3 the same path, alone or after the
    territory (« lorient/avis.pdf »); 2 a path ending with the territory and the doc
    (« corpus/lorient/avis.pdf »); 1 one path ends with the other (« avis.pdf » and
    « 2019/avis.pdf », either way); 0 another document."""
    territory, doc = ("", key) if isinstance(key, str) else key
    gold_doc, doc = _path(gold_doc), _path(doc)
    qualified = f"{territory}/{doc}" if territory else doc
    if gold_doc in (doc, qualified):
        return 3
    if territory and gold_doc.endswith("/" + qualified):
        return 2
    if gold_doc.endswith("/" + doc) or doc.endswith("/" + gold_doc):
        return 1
    return 0


def matching_docs(gold_doc: str, keys: Sequence[DocKey]) -> list[DocKey]:
    """The compared documents a gold ``doc`` names: those of the surest level (see
    :func:`_doc_level`), several when only the file names agree."""
    levels = [(_doc_level(gold_doc, key), key) for key in keys]
    best = max((level for level, _ in levels), default=0)
    return [key for level, key in levels if level == best] if best else []


def align(gold, units_by_doc: Mapping[DocKey, Sequence[Mapping]]) -> dict[str, str]:
    """Gold unit id -> compared unit id (best fuzz.ratio over the unit's forms, >= 90), among
    the units of the documents its ``doc`` names (:func:`matching_docs`)."""
    from rapidfuzz import fuzz

    out = {}
    keys = list(units_by_doc)
    docs: dict[str, list] = {}
    for g in gold:
        if g.doc not in docs:
            docs[g.doc] = matching_docs(g.doc, keys)
        text = normalise(g.text)
        best = (0.0, "")
        for key in docs[g.doc]:
            for unit in units_by_doc[key]:
                forms = variants(unit["text"], unit.get("detail") or "", unit.get("label") or "")
                score = max(fuzz.ratio(text, form) for form in forms)
                if score > best[0]:
                    best = (score, unit["id"])
        if best[0] >= THRESHOLD:
            out[g.unit] = best[1]
    return out


def _names(names: Sequence[str], most: int = 6) -> str:
    shown = [f"« {n} »" for n in names[:most]]
    return ", ".join(shown) + (f" et {len(names) - most} autres" if len(names) > most else "")


def _nothing_aligned(gold, keys: Sequence[tuple[str, str]], path: Path) -> InputError:
    """The error when no gold unit is found in the comparison: which documents the gold names,
    which ones the comparison holds."""
    expected = sorted({g.doc for g in gold})
    found = sorted(f"{t}/{d}" for t, d in keys)
    common = sorted({g for g in expected if matching_docs(g, keys)})
    if not common:
        return InputError(
            f"aucune unité de référence retrouvée : la colonne doc nomme {_names(expected)}, la comparaison "
            f"a lu {_names(found)} (territoire/document). Écrivez dans doc le chemin du document sous "
            "le dossier du corpus (« territoire/document ») ou sous le dossier du territoire.",
            path=path,
        )
    return InputError(
        f"aucune unité de référence retrouvée : aucun texte de référence des documents {_names(common)} ne "
        f"correspond à une unité de la comparaison (documents lus : {_names(found)}). Vérifiez que units.csv "
        "annote ces documents et relancez `nlp-stn compare` sur leur version annotée.",
        path=path,
    )


def _pair_figures(keys: set, gold: Mapping[frozenset, int], aligned: set, min_relevance: int = 1) -> PairFigures:
    judged = [k for k in keys if k <= aligned]
    relevant = {k for k, v in gold.items() if v >= min_relevance}
    return PairFigures(
        pairs=len(judged),
        correct=sum(1 for k in judged if k in relevant),
        gold=len(relevant),
        found=sum(1 for k in relevant if k in keys),
    )


def evaluate_comparison(compare_dir: Path | str, gold_dir: Path | str, sweep: Sequence[float] = SWEEP) -> CompareEvaluation:
    compare_dir, gold_dir = Path(compare_dir), Path(gold_dir)
    data = _read_json(compare_dir / "compare.json")
    gold_units = read_gold(gold_dir / "units.csv")
    links = _read_links(gold_dir / "links.csv")
    territory = {u["id"]: t for t, units in data["units"].items() for u in units}
    by_doc: dict[tuple[str, str], list] = {}
    for t, units in data["units"].items():
        for u in units:
            by_doc.setdefault((t, u["doc"]), []).append(u)
    mapping = align(gold_units, by_doc)
    if gold_units and not mapping:
        raise _nothing_aligned(gold_units, list(by_doc), gold_dir / "units.csv")
    aligned = set(mapping.values())
    gold: dict[frozenset, int] = {}
    for a, b, relevance in links:
        ua, ub = mapping.get(a), mapping.get(b)
        if ua and ub and territory[ua] != territory[ub] and relevance >= 1:
            key = frozenset((ua, ub))
            gold[key] = max(gold.get(key, 0), relevance)
    pairs = {frozenset((p["unit_a"], p["unit_b"])) for p in data["pairs"]}
    same = {frozenset((p["unit_a"], p["unit_b"])) for p in data["pairs"] if p["relation"] == "même idée"}

    def found_sets(keys) -> dict[str, set]:
        out: dict[str, set] = {}
        for k in keys:
            a, b = tuple(k)
            out.setdefault(a, set()).add(territory[b])
            out.setdefault(b, set()).add(territory[a])
        return out

    gold_found, predicted = found_sets(gold), found_sets(pairs)
    shares = []
    for t in data["units"]:
        members = [u for u in aligned if territory[u] == t]
        shares.append(
            TerritoryShare(
                territory=t,
                aligned=len(members),
                gold_found=sum(1 for u in members if u in gold_found),
                predicted_found=sum(1 for u in members if u in predicted),
                both=sum(1 for u in members if u in gold_found and u in predicted),
            )
        )

    scores: dict[frozenset, float] = {}
    unit_map = data.get("unit_map")
    if unit_map:
        ids = unit_map["units"]
        for i, a in enumerate(ids):
            for j, b in enumerate(ids):
                value = unit_map["scores"][i][j]
                if value is not None and i < j:
                    scores[frozenset((a, b))] = value
    else:
        for p in data["pairs"]:
            scores[frozenset((p["unit_a"], p["unit_b"]))] = p["score"]
    hits = total = 0
    for u in sorted(aligned):
        for other in sorted(gold_found.get(u, ())):
            candidates = [(scores.get(frozenset((u, v)), 0.0), v) for v in sorted(territory) if territory[v] == other]
            score, best = max(candidates, key=lambda c: c[0])
            total += 1
            hits += score > 0 and frozenset((u, best)) in gold  # no score at all is a miss
    swept = []
    if unit_map:
        for threshold in sweep:
            keys = {k for k, v in scores.items() if v >= threshold}
            found = found_sets(keys)
            share = {
                t: round(sum(1 for u in data["units"][t] if u["id"] in found) / len(data["units"][t]), 4)
                for t in data["units"]
            }
            swept.append((threshold, _pair_figures(keys, gold, aligned), share))
    return CompareEvaluation(
        aligned=len(mapping),
        gold_units=len(gold_units),
        pairs=_pair_figures(pairs, gold, aligned),
        same_idea=_pair_figures(same, gold, aligned),
        same_idea_strict=_pair_figures(same, gold, aligned, min_relevance=2),
        territories=tuple(shares),
        best_partner_hits=hits,
        best_partner_total=total,
        thresholds=dict(data.get("thresholds", {})),
        sweep=tuple(swept),
    )


def _fr(value: Optional[float]) -> str:
    return "—" if value is None else f"{value:.2f}".replace(".", ",")


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "—"


def format_evaluation(ev: CompareEvaluation) -> list[str]:
    """French summary lines."""
    th = ev.thresholds
    lines = [
        f"Unités de référence retrouvées dans la comparaison : {ev.aligned} sur {ev.gold_units}.",
        f"Liens de référence entre territoires (entre unités retrouvées) : {ev.pairs.gold}.",
        f"Rapprochements (seuil « idée proche » {_fr(th.get('close_idea'))}) : {ev.pairs.pairs} jugés, "
        f"précision {_fr(ev.pairs.precision)}, rappel {_fr(ev.pairs.recall)}, F1 {_fr(ev.pairs.f1)}.",
        f"« Même idée » (seuil {_fr(th.get('same_idea'))}) : {ev.same_idea.pairs} jugés, "
        f"précision {_fr(ev.same_idea.precision)}, rappel {_fr(ev.same_idea.recall)}.",
        f"« Même idée » face aux seuls liens de même demande (pertinence 2) : précision "
        f"{_fr(ev.same_idea_strict.precision)} ({ev.same_idea_strict.correct} sur {ev.same_idea_strict.pairs}), "
        f"rappel {_fr(ev.same_idea_strict.recall)} ({ev.same_idea_strict.found} sur {ev.same_idea_strict.gold}).",
        f"Meilleur partenaire correct (P@1) : {ev.best_partner_hits} sur {ev.best_partner_total} "
        f"({_fr(ev.best_partner_hits / ev.best_partner_total if ev.best_partner_total else None)}).",
        "",
        f"{'territoire':<16} {'unités':>7} {'retrouvées (réf.)':>18} {'retrouvées (outil)':>19} {'précision':>10} {'rappel':>7}",
    ]
    for s in ev.territories:
        precision = s.both / s.predicted_found if s.predicted_found else None
        recall = s.both / s.gold_found if s.gold_found else None
        lines.append(
            f"{s.territory:<16} {s.aligned:>7} {_pct(s.gold_found, s.aligned):>18} {_pct(s.predicted_found, s.aligned):>19} "
            f"{_fr(precision):>10} {_fr(recall):>7}"
        )
    if ev.sweep:
        names = [s.territory for s in ev.territories]
        lines += [
            "",
            "Seuil « idée proche » (toutes les paires notées, sans limite top-k) :",
            f"{'seuil':>6} {'paires':>7} {'précision':>10} {'rappel':>7} {'F1':>5}  part des idées retrouvées ailleurs",
        ]
        for threshold, figures, share in ev.sweep:
            lines.append(
                f"{_fr(threshold):>6} {figures.pairs:>7} {_fr(figures.precision):>10} {_fr(figures.recall):>7} "
                f"{_fr(figures.f1):>5}  " + ", ".join(f"{n} {round(100 * share[n])} %" for n in names)
            )
    return lines


def to_dict(ev: CompareEvaluation) -> dict:
    def pf(f: PairFigures) -> dict:
        return {**f.__dict__, "precision": f.precision, "recall": f.recall, "f1": f.f1}

    return {
        "aligned": ev.aligned,
        "gold_units": ev.gold_units,
        "pairs": pf(ev.pairs),
        "same_idea": pf(ev.same_idea),
        "same_idea_strict": pf(ev.same_idea_strict),
        "territories": [s.__dict__ for s in ev.territories],
        "best_partner": {"hits": ev.best_partner_hits, "total": ev.best_partner_total},
        "thresholds": dict(ev.thresholds),
        "sweep": [{"threshold": t, **pf(f), "share_found": dict(s)} for t, f, s in ev.sweep],
    }
