"""Fit the matcher's weights on labelled pairs (gold links and/or reviewers' decisions).

Labelled pairs come in groups: a set of demands compared with a set of candidate actions
(e.g. a citizen council's demands against a strategy's actions). Features are computed for
every (demand, candidate) cell of a group, so per-demand normalisations see the same
candidates as at matching time. The model is a logistic regression; its quality is measured
by cross-validation grouped by demand (GroupKFold: a demand's own links never help score it).
Thresholds are calibrated on the out-of-fold scores, for two different uses:
- the status of a demand ("addressed" / "partial"): pair-level thresholds on every labelled
  pair (is this action relevant / the same demand?), which its best action is compared with;
- the comparison of territories ("same_idea" / "close_idea"), pair by pair, in the groups
  where demands meet other territories' units.
Their F1 at the chosen thresholds is optimistic (chosen on the same scores); a nested
estimate (thresholds chosen without the judged demands) is reported beside it.
"""
from __future__ import annotations

import csv
import platform
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from .errors import InputError, UsageError
from .features import FEATURE_NAMES, FEATURES_VERSION, iter_blocks, prepare
from .match import MATCHER_FORMAT, Matcher, now_iso
from .model import ACTION_KINDS, DEMAND_KINDS, ProgressFn, Segment, no_progress
from .settings import Settings
from .themes import load_lexicon

# Hyper-parameters of the logistic regression (fixed, not tuned per pair).
DEFAULT_PARAMS = {"C": 0.03, "class_weight": None}
STRONG_WEIGHT = 2.0  # sample weight of "same demand" (relevance 2) pairs
N_FOLDS = 5


@dataclass(frozen=True)
class LabelledPair:
    """A demand, a candidate action and the relevance (0, 1 partly, 2 same demand).

    Pairs of one ``group`` share their candidate set: every (demand, action) of the group is
    scored; cells without a pair are unlabelled (not used for fitting or measuring).
    """

    demand: Segment
    action: Segment
    relevance: int
    group: str


def _unit(doc: str, uid: str, kind: str, text: str, heading: str = "") -> Segment:
    return Segment(id=uid, doc=doc, kind=kind, label="", heading=heading, parent="", role="", page=None,
                   start=0, end=0, text=text)


def _read_csv(path: Path, columns: Sequence[str]) -> list[dict]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(
                    f"colonnes manquantes : {', '.join(missing)} (attendues : {', '.join(columns)}).", path=path
                )
            return list(reader)
    except FileNotFoundError:
        raise InputError(
            "fichier d'annotations introuvable : donnez le dossier qui contient units.csv et links.csv.", path=path
        ) from None
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise InputError(f"fichier d'annotations illisible ({err}).", path=path) from None


def _territory(doc: str) -> str:
    return doc.split("/", 1)[0] if "/" in doc else ""


def _doc_label(doc: str) -> str:
    return Path(doc).stem


def _rest_of(text: str, excerpt: str) -> str:
    """``text`` without the part that best aligns with ``excerpt`` (white space collapsed)."""
    from rapidfuzz import fuzz

    flat = " ".join(text.split())
    al = fuzz.partial_ratio_alignment(excerpt, flat)
    if al is None:
        return flat
    return " ".join((flat[:al.dest_start] + " " + flat[al.dest_end:]).split()).strip(" .;:,-–")


def recover_context(units: Sequence[Segment], corpus_dir: Path, settings: Settings) -> tuple[list[Segment], bool]:
    """Give each unit the heading (and parent text) of the best-matching segment of its
    document, found by fuzzy alignment of the texts. A unit annotated as an excerpt of a
    longer segment (a proposal's title, a cell's first sentence) also gets the rest of that
    segment as context. Needs nlp_stn.extract and nlp_stn.segment; returns the units
    unchanged and False when they are unavailable."""
    try:
        from .extract import extract
        from .segment import segment
    except ImportError:
        return list(units), False
    from rapidfuzz import fuzz, process

    from .features import context_prefix
    from .themes import fold

    out = []
    by_doc: dict[str, list] = {}
    used = False
    for doc in sorted({u.doc for u in units}):
        path = Path(corpus_dir) / doc
        if not path.exists():
            continue
        try:
            segs = segment(extract(path, settings, doc_id=doc), settings)
        except Exception:  # noqa: BLE001 - context is optional; a failing reader only loses it
            continue
        by_doc[doc] = segs
    for u in units:
        segs = by_doc.get(u.doc)
        if not segs:
            out.append(u)
            continue
        seg_by_id = {s.id: s for s in segs}
        # a title whose label went to the label column is also compared with its label
        # ("Proposition 1 : un comptoir…", as annotators copy it)
        folded = [fold(f"{s.label} : {s.text}") if s.label[:1].isalpha() else fold(s.text) for s in segs]
        target = fold(u.text)
        hit = process.extractOne(target, folded, scorer=fuzz.ratio)
        plain = process.extractOne(target, [fold(s.text) for s in segs], scorer=fuzz.ratio)
        if plain is not None and (hit is None or plain[1] > hit[1]):
            hit = plain
        rest = ""
        if hit is None or hit[1] < 80:
            # an excerpt of a longer unit (a proposal's title, a cell's first sentence): the
            # rest of that unit is its context, as a reader sees it
            hit = process.extractOne(target, folded, scorer=fuzz.partial_ratio) if len(target) >= 15 else None
            if hit is None or hit[1] < 95 or len(folded[hit[2]]) <= len(target):
                out.append(u)
                continue
            rest = _rest_of(segs[hit[2]].text, u.text)
        seg = segs[hit[2]]
        # the same context the matcher uses at run time (nearest title ; parent text), kept
        # as a one-level heading
        prefix = " ; ".join(p for p in (context_prefix(seg, seg_by_id).replace(" > ", " - "), rest) if p)
        if prefix:
            used = True
        # with the segment's number, the fate its document states (« Abandonnée », « Non
        # retenue ») and the demands it says it answers (see nlp_stn.match)
        out.append(replace(_unit(u.doc, u.id, u.kind, u.text, heading=prefix), state=seg.state,
                           label=seg.label, answers=seg.answers))
    return out, used


def default_corpus(gold_dir: str | Path) -> Optional[Path]:
    """The documents of an annotation folder when none are given: the folder ``corpus`` beside
    it (``…/gold`` and ``…/corpus``, as in the shared data and the tests' matching checks),
    None when there is none."""
    sibling = Path(gold_dir).resolve().parent / "corpus"
    return sibling if sibling.is_dir() else None


def set_name(gold_dir: str | Path) -> str:
    """A short name for an annotation folder: its own name, or its parent's when it is called
    ``gold`` (``../shared/gold`` -> "shared", ``matching-checks/valombre/gold`` -> "valombre")."""
    path = Path(gold_dir).resolve()
    return path.parent.name if path.name == "gold" and path.parent.name else path.name


def load_gold(
    gold_dir: str | Path, corpus_dir: Optional[str | Path] = None, settings: Settings = Settings(),
    prefix: str = "",
) -> tuple[list[LabelledPair], bool]:
    """Labelled pairs from units.csv + links.csv, and whether context was recovered.

    ``prefix`` (when several annotation sets are read together) is put before every unit id
    (``"valombre:R-01"``) and group name, so the sets' ids and documents never mix.

    Groups: the demands of one document against the units of the documents its demands are
    linked to, split into documents of the same territory (its own strategy) and documents of
    other territories. Every (demand, candidate) pair of a group is labelled; unlisted = 0.

    A link goes from the demand (``unit_a``) to what answers it (``unit_b``). A link written
    the other way round (an action or objective as ``unit_a``, a recommendation as
    ``unit_b``) is read as its reverse. The demands of a document are its units of a demand
    kind (recommendations) and any other unit that starts a link (a question, an objective
    compared with other units).
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise UsageError("dossier d'annotations introuvable : donnez le dossier qui contient units.csv et links.csv.",
                         path=gold_dir)
    rows = _read_csv(gold_dir / "units.csv", ("doc", "unit", "kind", "text"))
    links = _read_csv(gold_dir / "links.csv", ("unit_a", "unit_b", "relevance"))
    units = [_unit(r["doc"], r["unit"], r["kind"], " ".join(r["text"].split())) for r in rows]
    context = False
    if corpus_dir is not None:
        units, context = recover_context(units, Path(corpus_dir), settings)
    if prefix:
        units = [replace(u, id=f"{prefix}:{u.id}") for u in units]
    by_id = {u.id: u for u in units}
    relevance: dict[tuple[str, str], int] = {}
    sources: set[str] = set()  # units that start a link: demands even when of another kind
    groups: dict[tuple[str, bool], set[str]] = {}
    for i, link in enumerate(links, start=2):
        raw_a, raw_b = link["unit_a"].strip(), link["unit_b"].strip()
        a, b = (f"{prefix}:{raw_a}", f"{prefix}:{raw_b}") if prefix else (raw_a, raw_b)
        if a not in by_id or b not in by_id:
            raise InputError(f"ligne {i} : unité inconnue ({raw_a if a not in by_id else raw_b}) absente de units.csv.",
                             path=gold_dir / "links.csv")
        try:
            value = float(link["relevance"].strip().replace(",", "."))  # "1", "1.0", "1,0"
            if value != int(value) or value < 0:
                raise ValueError
            rel = int(value)
        except (ValueError, OverflowError):
            raise InputError(f"ligne {i} : relevance « {link['relevance']} » n'est pas 0, 1 ou 2.",
                             path=gold_dir / "links.csv") from None
        if by_id[a].kind not in DEMAND_KINDS and by_id[b].kind in DEMAND_KINDS:
            a, b = b, a
        relevance[(a, b)] = max(rel, relevance.get((a, b), 0))
        sources.add(a)
        da, db = by_id[a].doc, by_id[b].doc
        groups.setdefault((da, _territory(da) == _territory(db)), set()).add(db)
    pairs = []
    for (ddoc, same), adocs in sorted(groups.items()):
        name = f"{_doc_label(ddoc)} ↔ {', '.join(_doc_label(d) for d in sorted(adocs))}"
        if prefix:
            name = f"{prefix} · {name}"
        demands = [u for u in units if u.doc == ddoc and (u.kind in DEMAND_KINDS or u.id in sources)]
        actions = candidates([u for u in units if u.doc in adocs])
        for d in demands:
            for a in actions:
                pairs.append(LabelledPair(d, a, relevance.get((d.id, a.id), 0), name))
    return pairs, context


def candidates(units: Sequence[Segment]) -> list[Segment]:
    """The annotated units of the answering documents that matching offers as answers, as
    :func:`nlp_stn.pipeline.run` does: kinds of :data:`nlp_stn.model.ACTION_KINDS` (not
    indicators nor questions), and in a document that has actions, not its objectives (the
    axes the actions sit in)."""
    with_actions = {u.doc for u in units if u.kind == "action"}
    return [u for u in units if u.kind in ACTION_KINDS and not (u.kind == "objective" and u.doc in with_actions)]


def gold_pairs(gold_dir: str | Path, corpus_dir: Optional[str | Path] = None, settings: Settings = Settings()) -> list[LabelledPair]:
    """Labelled pairs from the gold annotations (see :func:`load_gold`)."""
    return load_gold(gold_dir, corpus_dir, settings)[0]


@dataclass
class GroupData:
    name: str
    demands: list[Segment]
    actions: list[Segment]
    X: np.ndarray  # (demands, actions, features)
    Y: np.ndarray  # (demands, actions) relevance, -1 = unlabelled
    # True when the demands are compared with other territories' units (not with their own
    # territory's strategy): such groups calibrate the comparison thresholds of territories
    cross_territory: bool = False


def build_groups(pairs: Sequence[LabelledPair], settings: Settings = Settings(), progress: ProgressFn = no_progress) -> list[GroupData]:
    """Features of every (demand, candidate) cell of each group."""
    lexicon = load_lexicon(settings.models_path / "themes.toml")
    order: dict[str, list[LabelledPair]] = {}
    for p in pairs:
        order.setdefault(p.group, []).append(p)
    out = []
    for name, items in order.items():
        demands = list({p.demand.id: p.demand for p in items}.values())
        actions = list({p.action.id: p.action for p in items}.values())
        di = {u.id: i for i, u in enumerate(demands)}
        ai = {u.id: i for i, u in enumerate(actions)}
        Y = np.full((len(demands), len(actions)), -1, dtype=np.int64)
        for p in items:
            Y[di[p.demand.id], ai[p.action.id]] = max(Y[di[p.demand.id], ai[p.action.id]], p.relevance)
        space = prepare(demands, actions, settings, lexicon, progress)
        X = np.concatenate([blk for _, _, blk in iter_blocks(space, settings.block_size)], axis=0)
        cross = all(_territory(a.doc) != _territory(d.doc) for d in demands for a in actions)
        out.append(GroupData(name, demands, actions, X, Y, cross_territory=bool(cross and demands)))
    return out


def _design(groups: Sequence[GroupData]):
    """Flattened labelled cells: X, relevance, demand id, (group index, row, col)."""
    Xs, ys, gs, where = [], [], [], []
    for g, data in enumerate(groups):
        r, c = np.nonzero(data.Y >= 0)
        Xs.append(data.X[r, c])
        ys.append(data.Y[r, c])
        gs.extend(data.demands[i].id for i in r)
        where.extend((g, int(i), int(j)) for i, j in zip(r, c))
    F = len(FEATURE_NAMES)
    X = np.concatenate(Xs) if Xs else np.zeros((0, F))
    y = np.concatenate(ys) if ys else np.zeros(0, dtype=int)
    return X, y, np.asarray(gs), where


def _fit(X, y, settings: Settings, params: dict) -> Matcher:
    weights = np.where(y >= 2, STRONG_WEIGHT, 1.0)
    return Matcher(random_state=settings.random_state, **params).fit(X, (y >= 1).astype(int), sample_weight=weights)


def _eval_rows(groups: Sequence[GroupData], scores: Sequence[np.ndarray]):
    """Per group: (scores of a demand's candidates, relevance) for fully labelled, scored demands."""
    per_group = []
    for data, S in zip(groups, scores):
        rows = []
        for i in range(len(data.demands)):
            if (data.Y[i] < 0).any() or np.isnan(S[i]).any():
                continue
            rows.append((S[i].tolist(), data.Y[i].tolist()))
        per_group.append(rows)
    return per_group


def _pair_thresholds(sc: np.ndarray, rel: np.ndarray) -> dict:
    """The status thresholds of :func:`_pair_cuts`, as stored (4 decimals)."""
    partial, addressed = _pair_cuts(sc, rel)
    return {"addressed": round(addressed, 4), "partial": round(partial, 4)}


def _status_thresholds(groups: Sequence[GroupData], scores: Sequence[np.ndarray]) -> dict:
    """Pair-level thresholds on every labelled pair of every group: "partial" maximises the F1
    of "this action is relevant to this demand" (relevance >= 1), "addressed" the F1 of "it
    answers the same demand" (relevance 2), never below "partial". A demand's status compares
    its best action with them. Calibrated on pairs (thousands, a hundred relevant), not on
    each demand's best score (a few dozen demands, whose best score also grows with the
    number of candidate actions), they carry over to documents with more or fewer actions."""
    sc, rel, _ = _labelled_cells(groups, scores)
    if not len(sc):
        return {"addressed": 0.5, "partial": 0.5}
    return _pair_thresholds(sc, rel)


def _measure(groups, scores) -> tuple[dict, dict]:
    """Figures per group and overall, with status thresholds calibrated on ``scores``."""
    from .evaluation.matches import figures

    per_group = _eval_rows(groups, scores)
    all_rows = [r for rows in per_group for r in rows]
    thresholds = _status_thresholds(groups, scores)
    t_partial = thresholds["partial"]
    out = {g.name: figures(rows, t_partial).as_dict() for g, rows in zip(groups, per_group)}
    out["overall"] = figures(all_rows, t_partial).as_dict()
    return out, thresholds


def _labelled_cells(groups: Sequence[GroupData], scores: Sequence[np.ndarray],
                    chosen: Optional[Sequence[int]] = None):
    """Labelled, scored cells of the ``chosen`` groups (every group by default): (scores,
    relevance, demand keys "group\x1fdemand id")."""
    sc, rel, keys = [], [], []
    for i in range(len(groups)) if chosen is None else chosen:
        g, S = groups[i], scores[i]
        r, c = np.nonzero((g.Y >= 0) & ~np.isnan(S))
        sc.extend(S[r, c].tolist())
        rel.extend(g.Y[r, c].tolist())
        keys.extend(f"{g.name}\x1f{g.demands[k].id}" for k in r)
    return np.asarray(sc, dtype=np.float64), np.asarray(rel, dtype=np.int64), keys


def _pair_cells(groups: Sequence[GroupData], scores: Sequence[np.ndarray]):
    """Labelled, scored cells of the cross-territory groups (every group when none)."""
    chosen = [i for i, g in enumerate(groups) if g.cross_territory] or list(range(len(groups)))
    return _labelled_cells(groups, scores, chosen)


def _pair_cuts(sc: np.ndarray, rel: np.ndarray) -> tuple[float, float]:
    """Pair-level thresholds: (F1-best for "relevant", relevance >= 1; F1-best for "same
    demand", relevance 2, never below the first)."""
    from .evaluation.matches import best_threshold

    low = best_threshold(sc.tolist(), (rel >= 1).tolist())
    return low, max(best_threshold(sc.tolist(), (rel >= 2).tolist()), low)


def comparison_thresholds(groups: Sequence[GroupData], scores: Sequence[np.ndarray], folds: int = N_FOLDS) -> dict:
    """Pair-level thresholds for comparing territories, calibrated on the cross-territory
    groups: "close_idea" maximises the F1 of "pair is relevant" (relevance >= 1), "same_idea"
    the F1 of "same demand" (relevance 2), never below "close_idea". Also the F1 at those
    thresholds (optimistic: chosen on the same scores) and their nested estimate (each fold
    of demands judged with thresholds chosen on the other folds)."""
    from .evaluation.matches import f1, nested_f1

    sc, rel, units = _pair_cells(groups, scores)
    if not len(sc):
        return {}
    close_truth = (rel >= 1).tolist()
    same_truth = (rel >= 2).tolist()
    close, same = _pair_cuts(sc, rel)
    return {
        "same_idea": round(same, 4),
        "close_idea": round(close, 4),
        "pairs": len(sc),
        "close_idea_f1": round(f1([s >= close for s in sc], close_truth), 4),
        "same_idea_f1": round(f1([s >= same for s in sc], same_truth), 4),
        "close_idea_f1_nested": round(nested_f1(sc, close_truth, units, folds), 4),
        "same_idea_f1_nested": round(nested_f1(sc, same_truth, units, folds), 4),
    }


def status_f1_nested(groups: Sequence[GroupData], scores: Sequence[np.ndarray], folds: int = N_FOLDS) -> dict:
    """Nested estimate of the status F1: the demands are split into folds; each fold's demands
    are judged (best score against "has a relevant action" / "has an action of relevance 2")
    with the pair-level thresholds chosen on the other folds' pairs only."""
    from .evaluation.matches import f1

    sc, rel, keys = _labelled_cells(groups, scores)
    # fully labelled, scored demands (as in _eval_rows), with their key
    demands = [(f"{g.name}\x1f{d.id}", float(S[i].max()), bool((g.Y[i] >= 1).any()), bool((g.Y[i] >= 2).any()))
               for g, S in zip(groups, scores) for i, d in enumerate(g.demands)
               if not (g.Y[i] < 0).any() and not np.isnan(S[i]).any()]
    names = sorted({d[0] for d in demands})
    out = {"partial_demands": len(demands), "addressed_demands": len(demands),
           "partial_f1_nested": 0.0, "addressed_f1_nested": 0.0}
    if len(names) < 2:
        return out
    folds = min(folds, len(names))
    fold_of = {n: i % folds for i, n in enumerate(names)}
    pair_fold = np.asarray([fold_of.get(k, -1) for k in keys])
    predicted = {1: [], 2: []}
    truth = {1: [], 2: []}
    for f in range(folds):
        train = pair_fold != f
        if not train.any():
            continue
        th = _pair_thresholds(sc[train], rel[train])
        for key, best, partly, fully in demands:
            if fold_of[key] != f:
                continue
            predicted[1].append(best >= th["partial"])
            truth[1].append(partly)
            predicted[2].append(best >= th["addressed"])
            truth[2].append(fully)
    out["partial_f1_nested"] = round(f1(predicted[1], truth[1]), 4)
    out["addressed_f1_nested"] = round(f1(predicted[2], truth[2]), 4)
    return out


def out_of_fold(groups: Sequence[GroupData], settings: Settings, params: dict, folds: int = N_FOLDS) -> list[np.ndarray]:
    """Scores of every cell by a model fitted without its demand (GroupKFold by demand id)."""
    from sklearn.model_selection import GroupKFold

    X, y, gids, _ = _design(groups)
    oof = [np.full(g.Y.shape, np.nan) for g in groups]
    for train_idx, test_idx in GroupKFold(n_splits=folds).split(X, y, gids):
        if len(set((y[train_idx] >= 1).tolist())) < 2:
            continue
        model = _fit(X[train_idx], y[train_idx], settings, params)
        test_demands = set(gids[test_idx].tolist())
        for g, data in enumerate(groups):
            rows = [i for i, d in enumerate(data.demands) if d.id in test_demands]
            if rows:
                blk = data.X[rows]
                oof[g][rows] = model.score_pairs(blk.reshape(-1, blk.shape[-1])).reshape(len(rows), -1)
    return oof


def signal_ceiling(groups: Sequence[GroupData], scores: Sequence[np.ndarray]) -> dict:
    """The ceiling of :func:`nlp_stn.evaluation.matches.ceiling` over ``scores`` (the combined
    matcher's out-of-fold scores) and each signal alone, on the demands ``scores`` ranks: what
    choosing, for each demand and after the fact, the combined score or one signal would give."""
    from .evaluation.matches import ceiling

    kept = [(g, i) for g, (data, S) in enumerate(zip(groups, scores)) for i in range(len(data.demands))
            if not (data.Y[i] < 0).any() and not np.isnan(S[i]).any()]
    signals = [scores] + [[data.X[:, :, k].astype(np.float64) for data in groups] for k in range(len(FEATURE_NAMES))]
    scorings = []
    for S_list in signals:
        rows = []
        for g, i in kept:
            row = S_list[g][i]
            rows.append((None if np.isnan(row).any() else row.tolist(), groups[g].Y[i].tolist()))
        scorings.append(rows)
    return ceiling(scorings)


def cross_validate(groups: Sequence[GroupData], settings: Settings = Settings(), params: Optional[dict] = None) -> dict:
    """Figures of the combined matcher's out-of-fold scores and of TF-IDF alone."""
    params = dict(DEFAULT_PARAMS if params is None else params)
    X, y, gids, where = _design(groups)
    uniq = np.unique(gids)
    if len(uniq) < 2 or len(set((y >= 1).tolist())) < 2:
        raise UsageError("pas assez de paires annotées pour une validation croisée : il faut au moins deux "
                         "demandes et des paires pertinentes et non pertinentes.")
    folds = min(N_FOLDS, len(uniq))
    oof = out_of_fold(groups, settings, params, folds)
    combined, thresholds = _measure(groups, oof)
    comparison = comparison_thresholds(groups, oof, folds)
    nested = status_f1_nested(groups, oof, folds)
    limit = signal_ceiling(groups, oof)
    ti = FEATURE_NAMES.index("tfidf")
    tfidf, tfidf_thresholds = _measure(groups, [g.X[:, :, ti].astype(np.float64) for g in groups])
    return {
        "groups": [g.name for g in groups],
        "combined": combined,
        "tfidf": tfidf,
        "thresholds": thresholds,
        "comparison": comparison,
        "status_nested": nested,
        "ceiling": limit,
        "tfidf_thresholds": tfidf_thresholds,
        "pairs": int(len(y)),
        "folds": folds,
        "params": params,
    }


SET_SEPARATOR = " · "  # between an annotation set's name and its group's name (see load_gold)


def set_of(group_name: str) -> str:
    """The annotation set of a group read with a prefix ("valombre · avis ↔ plan" -> "valombre"), "" without."""
    return group_name.split(SET_SEPARATOR, 1)[0] if SET_SEPARATOR in group_name else ""


def leave_one_set_out(groups: Sequence[GroupData], settings: Settings = Settings(),
                      params: Optional[dict] = None) -> dict:
    """Figures of each annotation set scored by a model fitted on the other sets only (weights
    and status thresholds learned without any of its documents): how the matcher does on
    documents it was not trained on. {} with fewer than two sets."""
    from .evaluation.matches import figures

    params = dict(DEFAULT_PARAMS if params is None else params)
    names = list(dict.fromkeys(set_of(g.name) for g in groups))
    if len(names) < 2 or "" in names:
        return {}
    ti = FEATURE_NAMES.index("tfidf")
    out = {}
    for name in names:
        test = [g for g in groups if set_of(g.name) == name]
        rest = [g for g in groups if set_of(g.name) != name]
        X, y, _, _ = _design(rest)
        if len(set((y >= 1).tolist())) < 2:
            continue
        model = _fit(X, y, settings, params)
        scores = [model.score_pairs(g.X.reshape(-1, g.X.shape[-1])).reshape(g.Y.shape) for g in test]
        partial = _status_thresholds(
            rest, [model.score_pairs(g.X.reshape(-1, g.X.shape[-1])).reshape(g.Y.shape) for g in rest]
        )["partial"]
        rows = [r for group_rows in _eval_rows(test, scores) for r in group_rows]
        tfidf, _ = _measure(test, [g.X[:, :, ti].astype(np.float64) for g in test])
        out[name] = {"combined": figures(rows, partial).as_dict(), "tfidf": tfidf["overall"]}
    return out


def score_with(model: Matcher, groups: Sequence[GroupData]) -> dict:
    """Figures of fixed weights (no refit) on the groups, thresholds calibrated on them."""
    scores = [model.score_pairs(g.X.reshape(-1, g.X.shape[-1])).reshape(g.Y.shape) for g in groups]
    figs, thresholds = _measure(groups, scores)
    return {"groups": [g.name for g in groups], "combined": figs, "thresholds": thresholds}


def fit_matcher(
    pairs: Sequence[LabelledPair],
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
    params: Optional[dict] = None,
    sources: Optional[dict] = None,
    groups: Optional[Sequence[GroupData]] = None,
) -> dict:
    """The content of models/matcher.json: weights fitted on all pairs, thresholds calibrated
    on cross-validated scores, the cross-validated figures and a summary of the data."""
    import sklearn

    params = dict(DEFAULT_PARAMS if params is None else params)
    groups = list(groups) if groups is not None else build_groups(pairs, settings, progress)
    report = cross_validate(groups, settings, params)
    by_set = leave_one_set_out(groups, settings, params)
    X, y, gids, _ = _design(groups)
    model = _fit(X, y, settings, params)
    lexicon = load_lexicon(settings.models_path / "themes.toml")
    th = report["thresholds"]
    comparison = report["comparison"] or {"same_idea": th["addressed"], "close_idea": th["partial"]}
    data = {
        "format": MATCHER_FORMAT,
        "version": "",
        "features_version": FEATURES_VERSION,
        "feature_names": list(FEATURE_NAMES),
        "model": model.to_dict(),
        "thresholds": {
            "addressed": th["addressed"],
            "partial": th["partial"],
            "same_idea": comparison["same_idea"],
            "close_idea": comparison["close_idea"],
        },
        "fitted": {
            "method": "régression logistique (scikit-learn LogisticRegression, variables standardisées)",
            "params": params,
            "strong_pair_weight": STRONG_WEIGHT,
            "label": "pertinent = relevance >= 1",
            "thresholds": "calibrés sur les scores hors échantillon. Statut (pris en compte / partiellement) : F1 "
                          "maximal par paire sur toutes les paires annotées (« partiellement » : l'action est "
                          "pertinente, relevance >= 1 ; « pris en compte » : même demande, relevance 2) ; une "
                          "demande compare sa meilleure action à ces seuils. Comparaison de territoires (même idée / idée proche) : F1 "
                          "maximal par paire sur les groupes entre territoires différents (« idée proche » : "
                          "relevance >= 1 ; « même idée » : relevance 2).",
            "cross_validation": f"GroupKFold par demande, {report['folds']} plis",
            "random_state": settings.random_state,
            "date": now_iso(),
            "scikit_learn": sklearn.__version__,
            "python": platform.python_version(),
            "lexicon_version": lexicon.version,
            "use_embeddings": settings.use_embeddings,
        },
        "training_data": {
            "sources": sources or {},
            "groups": {g.name: {"demands": len(g.demands), "actions": len(g.actions),
                                "labelled_pairs": int((g.Y >= 0).sum()),
                                "relevant": int((g.Y >= 1).sum()), "same_demand": int((g.Y >= 2).sum())}
                       for g in groups},
            "pairs": int(len(y)),
            "relevant": int((y >= 1).sum()),
            "demands": int(len(np.unique(gids))),
        },
        "cross_validated": {"combined": report["combined"], "tfidf": report["tfidf"],
                            "status_nested": report["status_nested"], "comparison": report["comparison"],
                            "leave_one_set_out": by_set},
    }
    import hashlib
    import json

    data["version"] = hashlib.sha256(
        json.dumps([data["model"], data["thresholds"], data["features_version"]], sort_keys=True).encode()
    ).hexdigest()[:12]
    return data
