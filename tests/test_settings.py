import json

import pytest

from nlp_stn.errors import UsageError
from nlp_stn.settings import Settings


def test_defaults_are_valid_and_serialisable():
    s = Settings()
    assert s.top_k == 5
    assert json.loads(json.dumps(s.to_dict()))["spacy_model"] == "fr_core_news_md"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"top_k": 0}, "top_k doit être entre 1 et 100 (reçu 0)."),
        ({"spacy_model": "en_core_web_sm"},
         "modèle spaCy inconnu « en_core_web_sm » : choisissez parmi fr_core_news_md, fr_core_news_sm."),
        ({"max_file_mb": 0}, "max_file_mb doit être positif (reçu 0)."),
        ({"threshold_addressed": 0.3, "threshold_partial": 0.5},
         "threshold_partial doit être inférieur ou égal à threshold_addressed (reçu 0.5 > 0.3)."),
    ],
)
def test_invalid_settings_say_what_to_do(changes, message):
    with pytest.raises(UsageError) as err:
        Settings(**changes)
    assert str(err.value) == message


def test_replace_validates_and_rejects_unknown_fields():
    assert Settings().replace(top_k=3).top_k == 3
    with pytest.raises(UsageError, match="réglage inconnu : colour."):
        Settings().replace(colour="red")
    with pytest.raises(UsageError):
        Settings().replace(top_k=1000)


def test_cache_path_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("NLP_STN_CACHE", str(tmp_path / "env"))
    assert Settings(cache_dir=str(tmp_path / "explicit")).cache_path == tmp_path / "explicit"
    assert Settings().cache_path == tmp_path / "env"
    monkeypatch.delenv("NLP_STN_CACHE")
    assert Settings(models_dir=str(tmp_path / "models")).cache_path == tmp_path / ".nlp-stn" / "cache"
