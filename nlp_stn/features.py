"""Signals for every (demand, action) pair, computed block by block.

``prepare(demands, actions, settings)`` analyses every unit once (spaCy lemmas and
sentence vectors, both cached by text hash; lexicon concepts and themes) and fits the
unsupervised vectorisers on the texts of the run. ``FeatureSpace.block(rows)`` then gives
the feature array of some demands against all actions, shape (rows, actions, features):
memory stays bounded by the block size, never demands x actions.

Signals (all in [0, 1] except the z-scores):
- ``tfidf``: cosine of TF-IDF vectors over content lemmas (no stop words);
- ``tfidf_lex``: the same with the lexicon's concepts added as tokens, so synonyms and
  abbreviations ("THD", "fibre", "très haut débit") meet;
- ``char``: cosine of character 3-5-gram TF-IDF vectors (spelling variants, typos);
- ``fuzz``: rapidfuzz token-set ratio of the folded texts (0-1), computed for a whole block
  at once with ``rapidfuzz.process.cdist`` (all cores): high when one text's words are
  (nearly) all in the other, whatever the word order;
- ``use``: cosine of multilingual Universal Sentence Encoder vectors;
- ``theme``: Jaccard overlap of the two units' themes;
- ``cover``: share of the demand's content words and concepts (IDF-weighted) that the
  action contains (asymmetric: a short demand fully answered inside a long action scores 1);
- ``bm25_ctx``: Okapi BM25 of the action (with its context) for the demand's words and
  concepts as a query, divided by its maximum for that query (so in [0, 1]);
- ``*_ctx``: the same with each unit's context (heading and parent unit text) prepended.

Each signal is an absolute similarity of the pair. Versions up to 4 also gave each signal as a
z-score among the demand's candidates; fitted on the shared gold, several of them got negative
weights (the action that stood out lexically was pushed down), and without them the matcher
ranks documents it never saw better (P@1 0.87 -> 0.93 on six testers' pairs) for the same
cross-validated figures on the gold.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Optional, Sequence

import numpy as np
from scipy import sparse
from rapidfuzz import fuzz, process
from sklearn.feature_extraction.text import TfidfVectorizer

from . import nlp
from .model import ProgressFn, Segment, no_progress
from .settings import Settings
from .themes import Lexicon, _strip_plural, concepts_in, fold, load_lexicon, themes_of_concepts

FEATURES_VERSION = "5"
LEMMA_VERSION = "1"

BASE_SIGNALS = (
    "tfidf",
    "tfidf_lex",
    "char",
    "fuzz",
    "use",
    "theme",
    "cover",
    "tfidf_ctx",
    "use_ctx",
    "theme_ctx",
    "cover_ctx",
    "bm25_ctx",
)
FEATURE_NAMES = BASE_SIGNALS
FRENCH_SIGNAL_NAMES = {
    "tfidf": "mots communs (TF-IDF)",
    "tfidf_lex": "mots et synonymes communs",
    "char": "fragments de mots communs",
    "fuzz": "ressemblance des textes (rapidfuzz)",
    "use": "sens proche (vecteurs de phrases)",
    "theme": "thèmes communs",
    "cover": "mots de la demande repris par l'action",
    "tfidf_ctx": "mots communs avec la section",
    "use_ctx": "sens proche avec la section",
    "theme_ctx": "thèmes communs avec la section",
    "cover_ctx": "mots de la demande repris par l'action ou sa section",
    "bm25_ctx": "pertinence BM25 de l'action et de sa section pour la demande",
}

_SPLIT = re.compile(r"[-_.'’/]+")
_WORDY = re.compile(r"[a-z0-9]")


# ---------------------------------------------------------------- lemmas (cached)
def normalise_lemma(lemma: str) -> list[str]:
    """A spaCy lemma as comparable words: folded, split on hyphens/dots, plural removed."""
    out = []
    for part in _SPLIT.split(fold(lemma)):
        part = part.strip()
        if len(part) < 2 or not _WORDY.search(part):
            continue
        out.append(_strip_plural(part))
    return out


class _JsonShardCache:
    """Text-hash -> JSON value store in a folder of shards (``shard-<id>.json``)."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.values: dict[str, object] = {}
        if self.directory.is_dir():
            for f in sorted(self.directory.glob("shard-*.json")):
                try:
                    data = json.loads(f.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    continue
                if isinstance(data, dict):
                    self.values.update(data)

    def add(self, new: Mapping[str, object]) -> None:
        self.values.update(new)
        if not new:
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            shard = uuid.uuid4().hex[:12]
            tmp = self.directory / f".shard-{shard}.json.tmp"
            tmp.write_text(json.dumps(dict(new), ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.directory / f"shard-{shard}.json")
        except OSError:
            pass


_LEMMA_CACHES: dict[str, _JsonShardCache] = {}


def lemmas(texts: Sequence[str], settings: Settings = Settings(), progress: ProgressFn = no_progress) -> list[list[str]]:
    """Normalised content lemmas of each text (spaCy, batched; cached on disk by text hash)."""
    directory = str(settings.cache_path / f"lemmas-{settings.spacy_model}-v{LEMMA_VERSION}")
    cache = _LEMMA_CACHES.get(directory)
    if cache is None:
        cache = _LEMMA_CACHES[directory] = _JsonShardCache(Path(directory))
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    todo: dict[str, str] = {}
    for k, t in zip(keys, texts):
        if k not in cache.values and k not in todo:
            todo[k] = t
    if todo:
        new = {}
        items = list(todo.items())
        for i, doc in enumerate(nlp.parse([t for _, t in items], settings.spacy_model, batch_size=128)):
            words: list[str] = []
            for lemma in nlp.content_lemmas(doc):
                words.extend(normalise_lemma(lemma))
            new[items[i][0]] = words
            if (i + 1) % 256 == 0 or i + 1 == len(items):
                progress("lemmes", i + 1, len(items))
        cache.add(new)
    return [list(cache.values[k]) for k in keys]


# ---------------------------------------------------------------- acronyms
# "transport à la demande (TAD)", "maisons de santé pluriprofessionnelles (MSP)": an acronym
# defined in parentheses after its long form
_ACRONYM = re.compile(r"\(\s*([A-Z]{2,6})\s*\)")


def long_form(acronym: str, before: str) -> str:
    """The long form of ``acronym`` at the end of ``before`` (Schwartz and Hearst's rule: its
    letters in order from the end, the first one opening a word, within min(n + 5, 2n)
    words), "" when none.

    >>> long_form("TAD", "créer une centrale de réservation du transport à la demande")
    'transport à la demande'
    >>> long_form("RSSI", "un responsable de la sécurité des systèmes d'information")
    "responsable de la sécurité des systèmes d'information"
    >>> long_form("ENT", "un accès simple")
    ''
    """
    n = len(acronym)
    words = before.split()[-min(n + 5, 2 * n):]
    text = fold(" ".join(words))
    letters = fold(acronym)
    i, j = len(letters) - 1, len(text) - 1
    while i >= 0:
        c = letters[i]
        while j >= 0 and (text[j] != c or (i == 0 and j > 0 and text[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return ""
        i -= 1
        j -= 1
    start = text.rfind(" ", 0, j + 1) + 1
    found = " ".join(words)[start:] if len(" ".join(words)) == len(text) else ""
    return found if len(found.split()) >= 2 else ""


def acronym_definitions(texts: Sequence[str]) -> dict[str, str]:
    """Acronym (folded, lower case) -> its long form, from the definitions found in ``texts``
    (the first definition of an acronym wins)."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _ACRONYM.finditer(text):
            key = fold(m.group(1))
            if key not in out:
                form = long_form(m.group(1), text[max(0, m.start() - 200):m.start()])
                if form:
                    out[key] = form
    return out


def _expand(lists: Sequence[list[str]], expansions: Mapping[str, list[str]]) -> list[list[str]]:
    """Each lemma list with the lemmas of the long form of the acronyms it holds."""
    if not expansions:
        return [list(x) for x in lists]
    out = []
    for words in lists:
        extra = [w for a in dict.fromkeys(words) if a in expansions for w in expansions[a] if w not in words]
        out.append(list(words) + extra)
    return out


# ---------------------------------------------------------------- units and context
def context_prefix(unit: Segment, by_id: Mapping[str, Segment]) -> str:
    """A unit's context: its nearest section title, its parent unit's text and the
    paragraphs that explain it (its ``detail``), "" when none.

    Only the nearest title of the section path is kept: upper levels ("Part A > ...") are
    shared by many units and say little about any one of them."""
    parts = []
    nearest = unit.heading.rsplit(" > ", 1)[-1].strip() if unit.heading else ""
    if nearest and fold(nearest) != fold(unit.text):
        parts.append(nearest)
    parent = by_id.get(unit.parent) if unit.parent else None
    if parent is not None and parent.text and parent.text not in unit.heading:
        parts.append(parent.text)
    if unit.detail:
        parts.append(unit.detail)
    return " ; ".join(parts)


@dataclass
class Side:
    """Everything known about the units of one side (demands or actions)."""

    ids: list[str]
    texts: list[str]
    ctx_texts: list[str]
    lemmas: list[list[str]]
    ctx_lemmas: list[list[str]]
    own_lemmas: list[list[str]]  # the unit's text and its description (detail), no section title
    concepts: list[list[str]]
    ctx_concepts: list[list[str]]
    themes: list[tuple[str, ...]]
    ctx_themes: list[tuple[str, ...]]


# "installer des bornes d'accueil plutôt que des cabines automatisées", "au lieu de créer un
# nouveau site, …", "des formations en présentiel et non en ligne": what follows is what the
# text turns down, up to the end of its clause ("non seulement", "et non plus" are not refusals)
_REJECTED = re.compile(
    r"\b(?:plut[ôo]t\s+qu(?:e\b|['’])|au\s+lieu\s+d(?:e\b|['’])|et\s+non(?:\s+pas)?\b(?!\s+(?:seulement|uniquement|plus|moins)\b))"
    r"[^,;:.!?()\n]*",
    re.IGNORECASE,
)
# "des ateliers pour les aînés, mais pas à la salle du chef-lieu": « mais pas » turns an
# alternative down too, unless it only qualifies ("mais pas seulement", "mais pas que", "mais pas
# forcément", "mais pas trop cher")
_BUT_NOT = re.compile(
    r"\bmais\s+(?:surtout\s+)?pas\b(?!\s+(?:seulement|uniquement|exclusivement|que\b|qu['’]|forc[ée]ment"
    r"|n[ée]cessairement|toujours|encore|assez|trop|tous|toutes|tout|partout|non\s+plus|plus|moins)\b)"
    r"[^,;:.!?()\n]*",
    re.IGNORECASE,
)
# ... unless the clause before it states a fact: "la fibre arrive au bourg mais pas dans les
# hameaux", "on a la 4G mais pas la fibre" say what is missing, which is what is asked
_STATED = re.compile(
    r"\b(?:est|sont|[ée]tait|[ée]taient|a|ont|avait|avaient|existe|existent|arrive|arrivent|passe|passent|marche"
    r"|marchent|fonctionne|fonctionnent|couvre|couvrent|capte|captent|dessert|desservent|sait|sais|savent|peut"
    r"|peux|peuvent|re[çc]oit|re[çc]oivent)\b|\b(?:je|j['’]|on|nous)\s+(?!voudr|souhait|aimer|demand|propos|pr[ée]f[ée]r)",
    re.IGNORECASE,
)


def _turned_down(m: re.Match) -> str:
    """The « mais pas … » part left out, unless its clause states a fact (see _STATED)."""
    clause = re.split(r"[.;:!?\n]", m.string[:m.start()])[-1]
    return m.group(0) if _STATED.search(clause) else " "


def without_rejected(text: str) -> str:
    """``text`` without what it turns down: the words of an alternative it rejects ("plutôt que
    des cabines automatisées", "mais pas à la salle du chef-lieu") are not what it asks for, so they are
    left out of its lemmas, concepts and themes (its quoted text is unchanged).

    >>> without_rejected("Installer des bornes d'accueil humain plutôt que des cabines automatisées.")
    "Installer des bornes d'accueil humain ."
    >>> without_rejected("Au lieu de créer un nouveau portail, améliorer le site existant")
    ', améliorer le site existant'
    >>> without_rejected("Former non seulement les agents mais aussi les élus")
    'Former non seulement les agents mais aussi les élus'
    >>> without_rejected("Des ateliers pour les aînés, mais pas à la mairie annexe du bourg")
    'Des ateliers pour les aînés,'
    >>> without_rejected("Des ateliers pour les aînés, mais pas seulement à la mairie")
    'Des ateliers pour les aînés, mais pas seulement à la mairie'
    """
    out = _REJECTED.sub(" ", text)
    out = _BUT_NOT.sub(_turned_down, out)
    return " ".join(out.split()) if out != text else text


def _side(units: Sequence[Segment], by_id, settings, lexicon, progress, expansions=None) -> Side:
    texts = [u.text for u in units]
    prefixes = [context_prefix(u, by_id) for u in units]
    ctx_texts = [f"{p} : {t}" if p else t for p, t in zip(prefixes, texts)]
    expansions = expansions or {}
    asked = [without_rejected(t) for t in texts]
    lem = _expand(lemmas(asked, settings, progress), expansions)
    pre_lem = _expand(lemmas([p for p in prefixes], settings, progress), expansions)
    detail_lem = _expand(lemmas([u.detail for u in units], settings, progress), expansions)
    concepts = [concepts_in(t, lexicon) for t in asked]
    pre_concepts = [concepts_in(p, lexicon) if p else [] for p in prefixes]
    return Side(
        ids=[u.id for u in units],
        texts=texts,
        ctx_texts=ctx_texts,
        lemmas=lem,
        ctx_lemmas=[a + b for a, b in zip(pre_lem, lem)],
        own_lemmas=[a + b for a, b in zip(lem, detail_lem)],
        concepts=concepts,
        ctx_concepts=[a + b for a, b in zip(pre_concepts, concepts)],
        themes=[themes_of_concepts(c, lexicon) for c in concepts],
        ctx_themes=[themes_of_concepts(a + b, lexicon) for a, b in zip(pre_concepts, concepts)],
    )


def _identity(tokens):
    return tokens


def _tfidf(**kw) -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=_identity, sublinear_tf=True, norm="l2", **kw)


def _lex_tokens(lem: list[str], concepts: list[str]) -> list[str]:
    """Lemmas plus one token per lexicon concept and per theme found (synonyms meet)."""
    themes = sorted({c.split(".", 1)[0] for c in concepts})
    return lem + [f"@{c}" for c in concepts] + [f"#{t}" for t in themes]


def _theme_matrix(themes: Sequence[tuple[str, ...]], keys: Sequence[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(keys)}
    m = np.zeros((len(themes), len(keys)), dtype=np.float32)
    for r, ts in enumerate(themes):
        for t in ts:
            m[r, index[t]] = 1.0
    return m


def _jaccard(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    inter = a @ b.T
    union = a.sum(1)[:, None] + b.sum(1)[None, :] - inter
    return np.where(union > 0, inter / np.maximum(union, 1.0), 0.0).astype(np.float32)


BM25_K1 = 1.2
BM25_B = 0.75


def _bm25(queries, docs, ones: TfidfVectorizer, q_bin):
    """Okapi BM25 as sparse matrices: (binary queries, weighted docs, per-query maximum).

    score(q, d) = q_bin @ W[d] where W[d, t] = idf(t) * f (k1 + 1) / (f + k1 (1 - b + b |d| / avg|d|));
    the maximum for a query is the sum over its words of idf(t) (k1 + 1)."""
    counts = TfidfVectorizer(analyzer=_identity, use_idf=False, norm=None, vocabulary=ones.vocabulary_)
    tf = counts.fit_transform(docs).tocsr().astype(np.float64)
    n_docs = max(len(docs) + len(queries), 1)
    df = np.asarray((ones.transform(list(queries) + list(docs)) > 0).sum(axis=0)).ravel()
    idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
    lengths = np.asarray(tf.sum(axis=1)).ravel()
    avg = lengths.mean() if len(lengths) and lengths.mean() > 0 else 1.0
    rows = np.repeat(np.arange(tf.shape[0]), np.diff(tf.indptr))
    f = tf.data
    tf.data = idf[tf.indices] * f * (BM25_K1 + 1) / (f + BM25_K1 * (1 - BM25_B + BM25_B * lengths[rows] / avg))
    norm = np.asarray(q_bin @ (idf * (BM25_K1 + 1))).ravel()
    norm[norm == 0] = 1.0
    return q_bin.tocsr(), tf, norm


_SURFACE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def display_forms(texts: Sequence[str]) -> dict[str, str]:
    """Folded singular word (as in lemmas) -> its most frequent written form in ``texts``,
    lower case with accents ("economie" -> "économie"). A form written in the singular is
    preferred ("donnée" if any text has it, else "données"); ties go to the alphabetically
    first form."""
    counts: dict[str, dict[str, list[int]]] = {}
    for text in texts:
        for token in _SURFACE.findall(text):
            surface = token.lower()
            for part in _SPLIT.split(surface):
                folded = fold(part)
                if len(folded) < 2:
                    continue
                key = _strip_plural(folded)
                slot = counts.setdefault(key, {}).setdefault(part, [0, 0])
                slot[0] = 1 if folded == key else 0
                slot[1] += 1
    return {
        key: min(forms.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[0]
        for key, forms in counts.items()
    }


# Lemmas of French support-verb constructions, never shown as evidence (see shared_lemmas).
SUPPORT_WORDS = frozenset({"mettre", "place", "œuvre", "oeuvre", "permettre", "faire", "sorte"})


# Verbs saying how a thing is done, not what: shared alone, they tie no action to a demand
INCIDENTAL_VERBS = frozenset({"publier", "diffuser", "creer", "installer", "proposer", "developper", "organiser",
                              "ameliorer", "prevoir", "pouvoir", "avoir", "etre", "mettre", "place"})

# A place a text names after a preposition of place (« dans le parc des Ravelins », « sur le
# site de la commune », « devant la poste »; not « à », which also brings what is asked: « inscrire
# à la cantine »): up to the next punctuation or conjunction, at most six words
_PLACE = re.compile(r"\b(?:dans|sur|devant|pres\s+d[eu]|autour\s+d[eu]|chez)\s+"
                    r"((?:(?!(?:et|ou|pour|afin|qui|que|qu|ou|avec|mais|car)\b)[\w'-]+\s*){1,6})")


def place_words(text: str) -> set[str]:
    """The words (folded, singular) of the places ``text`` names after a preposition of place.

    >>> sorted(place_words("Plus de bancs dans le parc des Ravelins, et des poubelles"))
    ['parc', 'ravelin']
    >>> sorted(place_words("Que la carte soit publiée sur le site de la commune."))
    ['commune', 'site']
    """
    out = set()
    for m in _PLACE.finditer(fold(text)):
        for w in re.findall(r"[^\W\d_][\w-]{2,}", m.group(1)):
            if w not in {"les", "des", "une", "aux", "du", "la", "le"}:
                out.add(_strip_plural(w))
    return out


@dataclass
class FeatureSpace:
    """Analysed demands and actions; ``block(rows)`` gives their features against all actions."""

    demands: Side
    actions: Side
    lexicon: Lexicon
    settings: Settings
    idf: Mapping[str, float]
    _mats: dict = field(default_factory=dict)
    timings: dict = field(default_factory=dict)

    @property
    def n_demands(self) -> int:
        return len(self.demands.ids)

    @property
    def n_actions(self) -> int:
        return len(self.actions.ids)

    def _tick(self, name: str, start: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start

    def block(self, start: int, stop: int) -> np.ndarray:
        """Features of demands ``start:stop`` against every action: (rows, actions, features)."""
        m = self._mats
        rows = slice(start, stop)
        b, n = stop - start, self.n_actions
        out = np.zeros((b, n, len(FEATURE_NAMES)), dtype=np.float32)
        col = {name: i for i, name in enumerate(FEATURE_NAMES)}

        def sparse_cos(name, dm, am):
            t0 = time.perf_counter()
            out[:, :, col[name]] = (dm[rows] @ am.T).toarray()
            self._tick(name, t0)

        sparse_cos("tfidf", m["tfidf_d"], m["tfidf_a"])
        sparse_cos("tfidf_lex", m["lex_d"], m["lex_a"])
        sparse_cos("char", m["char_d"], m["char_a"])
        sparse_cos("tfidf_ctx", m["ctx_d"], m["ctx_a"])
        t0 = time.perf_counter()
        out[:, :, col["fuzz"]] = process.cdist(
            m["fold_d"][start:stop], m["fold_a"], scorer=fuzz.token_set_ratio, dtype=np.float32, workers=-1
        ) / 100.0
        self._tick("fuzz", t0)
        t0 = time.perf_counter()
        out[:, :, col["bm25_ctx"]] = (m["bm25_q"][rows] @ m["bm25_a"].T).toarray() / m["bm25_norm"][rows, None]
        self._tick("bm25_ctx", t0)

        t0 = time.perf_counter()
        if m["use_d"] is None:
            out[:, :, col["use"]] = np.nan
            out[:, :, col["use_ctx"]] = np.nan
        else:
            out[:, :, col["use"]] = m["use_d"][rows] @ m["use_a"].T
            out[:, :, col["use_ctx"]] = m["usectx_d"][rows] @ m["usectx_a"].T
        self._tick("use", t0)

        t0 = time.perf_counter()
        out[:, :, col["theme"]] = _jaccard(m["theme_d"][rows], m["theme_a"])
        out[:, :, col["theme_ctx"]] = _jaccard(m["themectx_d"][rows], m["themectx_a"])
        self._tick("theme", t0)

        t0 = time.perf_counter()
        dw = m["cover_d"][rows]
        total = np.asarray(dw.sum(axis=1)).ravel()
        total[total == 0] = 1.0
        out[:, :, col["cover"]] = (dw @ m["bin_a"].T).toarray() / total[:, None]
        out[:, :, col["cover_ctx"]] = (dw @ m["binctx_a"].T).toarray() / total[:, None]
        self._tick("cover", t0)
        return out

    def shared_lemmas(self, d: int, a: int, limit: int = 8) -> tuple[str, ...]:
        """Content words of demand ``d`` also in action ``a`` (its text and its description,
        not its section title: a word shared with the section only is no evidence the action
        itself answers), rarest first.

        Words of French support-verb constructions ("mettre en place", "mettre en œuvre",
        "permettre de", "faire en sorte") are left out: shown as evidence, they say nothing
        about the topic. Scores are not affected."""
        shared = (set(self.demands.lemmas[d]) & set(self.actions.own_lemmas[a])) - SUPPORT_WORDS
        words = sorted(shared, key=lambda w: (-self.idf.get(w, 0.0), w))[:limit]
        forms = self._display_forms()
        return tuple(forms.get(w, w) for w in words)

    def related(self, d: int, a: int) -> bool:
        """Whether action ``a`` shares a content word with demand ``d`` (not a word of a support-verb
        construction, see :meth:`shared_lemmas`) in its text, its description or its context (its
        section title, its parent unit): a candidate sharing none, only a concept or a theme of the
        lexicon (« FALC » and « RGAA », both accessibility), is ranked by them but does not answer
        the demand."""
        return bool(self._shared_in_context(d, a))

    def _shared_in_context(self, d: int, a: int) -> set[str]:
        """The content words (not of a support-verb construction) demand ``d`` shares with action
        ``a``'s text, description or context (section title, parent unit)."""
        words = set(self.demands.lemmas[d]) - SUPPORT_WORDS
        return words & (set(self.actions.own_lemmas[a]) | set(self.actions.ctx_lemmas[a]))

    def incidental(self, d: int, a: int) -> bool:
        """Whether every content word action ``a`` shares with demand ``d`` (its text, description,
        section title or parent) only says where the demand wants its thing (« au parc des
        Ravelins », « sur le site de la commune », see :func:`place_words`) or how it is done (a
        light verb, see INCIDENTAL_VERBS), and it shares no theme of its own text with it: the
        thing asked is nowhere in the action (« Plus de bancs dans le parc … » and « Le wifi public
        au parc … »). A demand's place words are cached per demand."""
        shared = self._shared_in_context(d, a)
        if not shared:
            return False
        places = self._mats.setdefault("places", {})
        if d not in places:
            places[d] = place_words(self.demands.texts[d])
        if set(self.demands.themes[d]) & set(self.actions.themes[a]):
            return False  # a theme of its own, the concept of the thing may be there
        return shared <= (places[d] | INCIDENTAL_VERBS)

    def _display_forms(self) -> Mapping[str, str]:
        """Folded word -> how the run's texts write it (accents restored: "economie" ->
        "économie"), for evidence shown to readers. Built once, from every text of the run."""
        forms = self._mats.get("display_forms")
        if forms is None:
            forms = self._mats["display_forms"] = display_forms(
                self.demands.ctx_texts + self.actions.ctx_texts
            )
        return forms


def prepare(
    demands: Sequence[Segment],
    actions: Sequence[Segment],
    settings: Settings = Settings(),
    lexicon: Optional[Lexicon] = None,
    progress: ProgressFn = no_progress,
    context_units: Sequence[Segment] = (),
) -> FeatureSpace:
    """Analyse both sides once; ``context_units`` are extra units that may be parents."""
    lexicon = lexicon or load_lexicon(settings.models_path / "themes.toml")
    timings: dict[str, float] = {}
    by_id = {u.id: u for u in list(context_units) + list(demands) + list(actions)}
    t0 = time.perf_counter()
    # acronyms defined on either side ("transport à la demande (TAD)") count as their long form
    definitions = acronym_definitions([t for u in by_id.values() for t in (u.text, u.detail) if "(" in t])
    forms = lemmas(list(definitions.values()), settings, progress) if definitions else []
    expansions = {k: v for k, v in zip(definitions, forms) if v}
    d = _side(demands, by_id, settings, lexicon, progress, expansions)
    a = _side(actions, by_id, settings, lexicon, progress, expansions)
    timings["analyse (lemmes, thèmes)"] = time.perf_counter() - t0
    mats: dict = {}

    t0 = time.perf_counter()
    vec = _tfidf().fit(d.lemmas + a.lemmas)
    mats["tfidf_d"], mats["tfidf_a"] = vec.transform(d.lemmas).tocsr(), vec.transform(a.lemmas).tocsr()
    idf = dict(zip(vec.get_feature_names_out(), vec.idf_))
    d_lex = [_lex_tokens(x, c) for x, c in zip(d.lemmas, d.concepts)]
    a_lex = [_lex_tokens(x, c) for x, c in zip(a.lemmas, a.concepts)]
    vec = _tfidf().fit(d_lex + a_lex)
    mats["lex_d"], mats["lex_a"] = vec.transform(d_lex).tocsr(), vec.transform(a_lex).tocsr()
    d_ctx = [_lex_tokens(x, c) for x, c in zip(d.ctx_lemmas, d.ctx_concepts)]
    a_ctx = [_lex_tokens(x, c) for x, c in zip(a.ctx_lemmas, a.ctx_concepts)]
    vec = _tfidf().fit(d_ctx + a_ctx)
    mats["ctx_d"], mats["ctx_a"] = vec.transform(d_ctx).tocsr(), vec.transform(a_ctx).tocsr()
    # coverage: IDF-weighted binary demand words against binary action words (same vocabulary)
    binvec = TfidfVectorizer(analyzer=_identity, use_idf=True, binary=True, norm=None).fit(d_ctx + a_ctx)
    weights = sparse.diags(binvec.idf_.astype(np.float64))
    ones = TfidfVectorizer(analyzer=_identity, use_idf=False, binary=True, norm=None, vocabulary=binvec.vocabulary_)
    d_bin = ones.fit_transform(d_lex)
    mats["cover_d"] = (d_bin @ weights).tocsr()
    mats["bin_a"] = ones.transform(a_lex).tocsr()
    mats["binctx_a"] = ones.transform(a_ctx).tocsr()
    mats["bm25_q"], mats["bm25_a"], mats["bm25_norm"] = _bm25(d_lex, a_ctx, ones, d_bin)
    timings["tfidf (ajustement)"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    d_fold = [fold(t) for t in d.texts]
    a_fold = [fold(t) for t in a.texts]
    cvec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=np.float32)
    cvec.fit(d_fold + a_fold)
    mats["char_d"], mats["char_a"] = cvec.transform(d_fold).tocsr(), cvec.transform(a_fold).tocsr()
    mats["fold_d"], mats["fold_a"] = d_fold, a_fold
    timings["char (ajustement)"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    if settings.use_embeddings:
        from . import embed

        texts = d.texts + a.texts + d.ctx_texts + a.ctx_texts
        vecs = embed.encode(texts, settings, progress)
        nd, na = len(d.texts), len(a.texts)
        mats["use_d"], mats["use_a"] = vecs[:nd], vecs[nd : nd + na]
        mats["usectx_d"], mats["usectx_a"] = vecs[nd + na : 2 * nd + na], vecs[2 * nd + na :]
    else:
        mats["use_d"] = mats["use_a"] = mats["usectx_d"] = mats["usectx_a"] = None
    timings["use (encodage)"] = time.perf_counter() - t0

    keys = list(lexicon.themes)
    mats["theme_d"], mats["theme_a"] = _theme_matrix(d.themes, keys), _theme_matrix(a.themes, keys)
    mats["themectx_d"], mats["themectx_a"] = _theme_matrix(d.ctx_themes, keys), _theme_matrix(a.ctx_themes, keys)
    return FeatureSpace(demands=d, actions=a, lexicon=lexicon, settings=settings, idf=idf, _mats=mats, timings=timings)


def iter_blocks(space: FeatureSpace, block_size: int):
    """(start, stop, features) for consecutive blocks of demands."""
    for start in range(0, space.n_demands, block_size):
        stop = min(start + block_size, space.n_demands)
        yield start, stop, space.block(start, stop)
