"""SVG charts (nlp_stn.charts): deterministic, self-contained, French labels."""
from __future__ import annotations

import re

import pytest

from nlp_stn import charts

TERRITORIES = ["Brest", "Lorient"]
THEMES = ["Inclusion et médiation numérique", "Mobilité", "Sans thème reconnu"]
SHARES = [[0.25, 0.5], [0.0, 0.125], [0.75, 0.375]]


def test_french_numbers():
    assert charts.french_number(0.617) == "0,62"
    assert charts.french_number(0.5) == "0,50"
    assert charts.french_number(1 / 3, 1) == "0,3"
    assert charts.french_percent(0.254) == "25\u202f%"
    assert charts.french_percent(1.0) == "100\u202f%"


def test_theme_profile_is_deterministic_inline_svg_with_french_labels():
    first = charts.theme_profile_svg(TERRITORIES, THEMES, SHARES)
    second = charts.theme_profile_svg(TERRITORIES, THEMES, SHARES)
    assert first == second
    assert first.startswith('<svg role="img" aria-label="Part des idées de chaque territoire, par thème" ')
    assert first.rstrip().endswith("</svg>")
    assert "<?xml" not in first and "<metadata>" not in first and "<!DOCTYPE" not in first
    for text in ("Inclusion et médiation", "Mobilité", "Brest", "Lorient", "part des idées du territoire (%)", "25 %", "75 %"):
        assert text in first, text
    # a zero share gets no value label
    assert ">0 %<" not in first


def test_theme_profile_changes_with_data():
    other = [[0.25, 0.5], [0.0, 0.125], [0.75, 0.4]]
    assert charts.theme_profile_svg(TERRITORIES, THEMES, SHARES) != charts.theme_profile_svg(TERRITORIES, THEMES, other)


def test_heatmap_annotations_and_missing_cells():
    svg = charts.heatmap_svg(
        ["Mobilité", "Santé"],
        TERRITORIES,
        [[0.615, None], [0.1, 1.0]],
        counts=[[3, 0], [1, 2]],
        title="Ressemblance par thème",
        colorbar_label="score moyen (0 à 1)",
    )
    assert svg == charts.heatmap_svg(
        ["Mobilité", "Santé"], TERRITORIES, [[0.615, None], [0.1, 1.0]], counts=[[3, 0], [1, 2]],
        title="Ressemblance par thème", colorbar_label="score moyen (0 à 1)",
    )
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    joined = " ".join(texts)
    assert "—" in texts
    for expected in ("0,10", "1,00", "n = 3", "n = 1", "n = 2", "Ressemblance par thème", "score moyen (0 à 1)"):
        assert expected in joined, expected
    assert "n = 0" not in joined  # missing cells show a dash only


@pytest.mark.parametrize(
    "call",
    [
        lambda: charts.theme_profile_svg(TERRITORIES, THEMES, SHARES[:2]),
        lambda: charts.theme_profile_svg(TERRITORIES, THEMES, [[0.1], [0.2], [0.3]]),
        lambda: charts.heatmap_svg(["a"], ["x", "y"], [[0.1]]),
        lambda: charts.unit_heatmap_svg([[None, 0.1]], ["a"], [0], ["x"]),
    ],
)
def test_shape_mismatch_is_refused(call):
    with pytest.raises(ValueError):
        call()


def test_block_labels_skip_crowded_runs():
    groups = ["a", "a", "a", "a", "b", "c", "c", "c", "c", "c"]
    bounds, labels = charts._block_labels(groups, min_gap=2.0)
    assert bounds == [3.5, 4.5]
    # "b" (centre 4) is 2.5 rows from "a" (1.5): kept; "c" (centre 7) kept
    assert labels == [(1.5, "a"), (4.0, "b"), (7.0, "c")]
    bounds, labels = charts._block_labels(groups, min_gap=3.0)
    assert labels == [(1.5, "a"), (7.0, "c")]


def test_unit_heatmap_is_deterministic_and_labelled():
    groups = ["Mobilité"] * 3 + ["Santé"] * 3
    territory_of = [0, 1, 1, 0, 0, 1]
    values = [[None if territory_of[i] == territory_of[j] else (i + j) / 10 for j in range(6)] for i in range(6)]
    svg = charts.unit_heatmap_svg(values, groups, territory_of, TERRITORIES, title="Idée par idée")
    assert svg == charts.unit_heatmap_svg(values, groups, territory_of, TERRITORIES, title="Idée par idée")
    assert svg.startswith('<svg role="img" aria-label="Idée par idée" ')
    for text in ("Mobilité", "Santé", "Brest", "Lorient", "les mêmes idées, dans le même ordre"):
        assert text in svg, text
