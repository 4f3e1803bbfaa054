"""nlp_stn.textio: the one decoder, delimiter guess and JSONL reader shared by every table/text reader."""
import pytest

from nlp_stn.errors import InputError, ReviewError
from nlp_stn.textio import decode_bytes, header_delimiter, jsonl_objects

TEXT = "Élus, tiers-lieux ; « œuvre » à Brest\n"


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("cp1252"),
        TEXT.encode("utf-16"),  # BOM written by the codec (spreadsheets' "Texte Unicode")
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_decode_bytes_every_encoding_gives_the_same_text(raw):
    assert decode_bytes(raw) == TEXT


def test_decode_bytes_bom_is_dropped_before_the_cp1252_fallback():
    assert decode_bytes(b"\xef\xbb\xbf" + "été".encode("cp1252")) == "été"


def test_decode_bytes_broken_utf16_bom_falls_back():
    assert decode_bytes(b"\xff\xfeA") == "ÿþA"  # odd length: not UTF-16, read as cp1252


def test_decode_bytes_latin1_for_bytes_undefined_in_cp1252():
    assert decode_bytes(b"a\x81b") == "a\x81b"


def test_decode_bytes_typed_error_when_latin1_refused(tmp_path):
    path = tmp_path / "revue.csv"
    with pytest.raises(ReviewError) as info:
        decode_bytes(b"a\x81b", path, latin1=False, error_cls=ReviewError, message="encodage inconnu.")
    assert str(info.value) == f"{path} : encodage inconnu."
    with pytest.raises(InputError) as info:
        decode_bytes(b"\x9d", latin1=False)
    assert info.value.message == "encodage non reconnu (ni UTF-8 ni Windows-1252) : enregistrez le fichier en UTF-8."


@pytest.mark.parametrize(
    "text, candidates, default, expected",
    [
        ("id;text;title\n1,2,3,4", (",", ";"), ",", ";"),  # only the first line counts
        ("id;text,title", (",", ";"), ",", ","),  # tie: the earlier candidate
        ("id", (",", ";"), ",", ","),
        ("pair_id,decision", (";", ",", "\t"), ";", ","),
        ("pair_id\tdecision\tcomment", (";", ",", "\t"), ";", "\t"),
        ("pair_id;decision,x", (";", ",", "\t"), ";", ";"),
        ("decision", (";", ",", "\t"), ";", ";"),
    ],
)
def test_header_delimiter(text, candidates, default, expected):
    assert header_delimiter(text, candidates, default) == expected


def test_jsonl_objects_line_numbers_skip_blank_lines(tmp_path):
    text = '{"id": "a"}\n\n  \n{"id": "b", "n": [1]}\n'
    assert jsonl_objects(text) == [(1, {"id": "a"}), (4, {"id": "b", "n": [1]})]


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"id": "a"}\n{"id": ', "ligne 2 : JSON invalide ; corrigez cette ligne."),
        ('{"id": "a"}\n\n[1, 2]', "ligne 3 : chaque ligne doit être un objet JSON."),
    ],
)
def test_jsonl_objects_errors_name_the_line_and_file(tmp_path, text, message):
    path = tmp_path / "unites.jsonl"
    with pytest.raises(InputError) as info:
        jsonl_objects(text, path)
    assert str(info.value) == f"{path} : {message}"
    with pytest.raises(ReviewError):
        jsonl_objects(text, path, error_cls=ReviewError)
