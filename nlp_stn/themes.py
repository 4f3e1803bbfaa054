"""Themes of local digital policy, from the lexicon in ``models/themes.toml``.

The lexicon is data: themes (key -> French label), each with concepts (groups of synonyms,
multi-word terms and abbreviations). A text gets every theme one of whose terms it contains.
Matching works on folded words (lower case, no accents, final plural "s"/"x" removed,
hyphens/apostrophes/dots as spaces), longest term first, so "données libres" is read as one
term and its "libres" does not also count as "libre".
"""
from __future__ import annotations

import functools
import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Sequence

from .errors import ModelError
from .settings import DEFAULT_MODELS_DIR

LEXICON_FILE = "themes.toml"
_REBUILD = "restaurez le fichier d'origine du projet (models/themes.toml) ou corrigez-le"

_WORD = re.compile(r"[a-z0-9&]+")


@dataclass(frozen=True)
class Concept:
    """One idea of a theme written several ways; ``id`` is "<theme>.<n>"."""

    id: str
    theme: str
    name: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """The themes (ordered key -> French label), their concepts and the file's version."""

    themes: Mapping[str, str]
    concepts: tuple[Concept, ...]
    version: str
    path: str
    # term index: first folded word -> ((words, concept index), ...), longest first
    _exact: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]]
    # wildcard terms whose first word is a prefix: first 3 letters -> ((words, concept), ...)
    _prefix: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]]

    def __hash__(self):
        return hash(self.version)

    def __eq__(self, other):
        return isinstance(other, Lexicon) and other.version == self.version


def fold(text: str) -> str:
    """Lower case without accents; œ/æ spelled out; typographic apostrophes as spaces."""
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


def _strip_plural(word: str) -> str:
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Folded words of ``text`` with a final plural mark removed."""
    return [_strip_plural(w) for w in _WORD.findall(fold(text))]


def _term_words(term: str) -> tuple[str, ...]:
    """Folded words of a lexicon entry; a final "*" marks the last word as a prefix."""
    wildcard = term.rstrip().endswith("*")
    raw = _WORD.findall(fold(term.rstrip().rstrip("*")))
    if not raw:
        return ()
    out = [_strip_plural(w) for w in raw[:-1]]
    out.append(raw[-1] + "*" if wildcard else _strip_plural(raw[-1]))
    return tuple(out)


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return pattern == word


def default_path() -> Path:
    return DEFAULT_MODELS_DIR / LEXICON_FILE


def load_lexicon(path: Optional[str | Path] = None) -> Lexicon:
    """Read and index the lexicon (cached per file content)."""
    path = Path(path) if path is not None else default_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ModelError(f"lexique des thèmes introuvable : {_REBUILD}.", path=path) from None
    except OSError as err:
        raise ModelError(f"lexique des thèmes illisible ({err.strerror}) : {_REBUILD}.", path=path) from None
    return _parse(str(path), data)


@functools.lru_cache(maxsize=8)
def _parse(path: str, data: bytes) -> Lexicon:
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ModelError(f"lexique des thèmes au format TOML invalide ({err}) : {_REBUILD}.", path=path) from None
    themes_table = doc.get("themes")
    if not isinstance(themes_table, dict) or not themes_table:
        raise ModelError(f"le lexique ne contient aucune table [themes.<clé>] : {_REBUILD}.", path=path)
    themes: dict[str, str] = {}
    concepts: list[Concept] = []
    exact: dict[str, list] = {}
    prefix: dict[str, list] = {}
    for key, table in themes_table.items():
        if not isinstance(table, dict) or not isinstance(table.get("label"), str):
            raise ModelError(f"le thème « {key} » doit avoir un libellé `label` (texte) : {_REBUILD}.", path=path)
        groups = table.get("concepts")
        if not isinstance(groups, list) or not groups or not all(
            isinstance(g, list) and g and all(isinstance(t, str) for t in g) for g in groups
        ):
            raise ModelError(
                f"le thème « {key} » doit avoir `concepts` : une liste de listes de termes : {_REBUILD}.",
                path=path,
            )
        themes[key] = table["label"]
        for n, group in enumerate(groups):
            index = len(concepts)
            concepts.append(Concept(f"{key}.{n}", key, group[0], tuple(group)))
            for term in group:
                tw = _term_words(term)
                if not tw:
                    continue
                if tw[0].endswith("*"):
                    if len(tw[0]) < 4:
                        raise ModelError(
                            f"terme « {term} » du thème « {key} » : un préfixe suivi de * doit avoir au "
                            f"moins 3 lettres : {_REBUILD}.",
                            path=path,
                        )
                    prefix.setdefault(tw[0][:3], []).append((tw, index))
                else:
                    exact.setdefault(tw[0], []).append((tw, index))
    order = lambda items: tuple(sorted(set(items), key=lambda it: (-len(it[0]), it[0], it[1])))  # noqa: E731
    return Lexicon(
        themes=themes,
        concepts=tuple(concepts),
        version=hashlib.sha256(data).hexdigest()[:12],
        path=path,
        _exact={k: order(v) for k, v in exact.items()},
        _prefix={k: order(v) for k, v in prefix.items()},
    )


def _match_at(ws: Sequence[str], i: int, lexicon: Lexicon) -> tuple[int, int]:
    """(length, concept index) of the longest term starting at word ``i``; (0, -1) if none."""
    best = (0, -1)
    candidates = lexicon._exact.get(ws[i], ()) + lexicon._prefix.get(ws[i][:3], ())
    for tw, concept in candidates:
        n = len(tw)
        if n <= best[0] or i + n > len(ws):
            continue
        if all(_word_matches(p, w) for p, w in zip(tw, ws[i : i + n])):
            best = (n, concept)
    return best


def concepts_in(text: str, lexicon: Optional[Lexicon] = None) -> list[str]:
    """Concept ids found in ``text``, in reading order (repeats kept)."""
    lexicon = lexicon or load_lexicon()
    ws = words(text)
    out = []
    i = 0
    while i < len(ws):
        n, concept = _match_at(ws, i, lexicon)
        if n:
            out.append(lexicon.concepts[concept].id)
            i += n
        else:
            i += 1
    return out


def themes_of_concepts(concept_ids: Sequence[str], lexicon: Lexicon) -> tuple[str, ...]:
    """Theme keys (in lexicon order) of some concept ids."""
    found = {c.split(".", 1)[0] for c in concept_ids}
    return tuple(k for k in lexicon.themes if k in found)


def assign(texts: Sequence[str], lexicon: Optional[Lexicon] = None) -> list[tuple[str, ...]]:
    """Theme keys of each text, in the lexicon's order."""
    lexicon = lexicon or load_lexicon()
    return [themes_of_concepts(concepts_in(t, lexicon), lexicon) for t in texts]
