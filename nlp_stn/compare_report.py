"""Rendering of a comparison of territories: the French page (compare.html), the same
content in Markdown (compare.md) and as JSON data (compare.json).

Pure functions from a :class:`nlp_stn.compare.Comparison` to text; charts come from
:mod:`nlp_stn.charts`. All document text is HTML-escaped (also in Markdown).
"""
from __future__ import annotations

import re

from html import escape
from typing import Mapping, Optional, Sequence

from . import charts
from .compare import (
    NO_THEME,
    NO_THEME_LABEL,
    RELATION_SAME,
    Comparison,
    Pair,
    TerritoryFigures,
)
from .model import Segment, shown_score

# --------------------------------------------------------------------------------------------
# Views shared by the HTML, Markdown and JSON outputs


_SMALL_WORDS = frozenset("de du des la le les sur sous en et aux au d l".split())


def display(name: str) -> str:
    """A territory name as shown to readers, each word of a place name capitalised except
    small words ("brest" -> "Brest", "saint-ferréol" -> "Saint-Ferréol", "pays de lorient" ->
    "Pays de Lorient"); a name already written with capitals is kept."""
    if name != name.lower():
        return name[:1].upper() + name[1:]
    parts = re.split(r"([-\s'’]+)", name)
    out = []
    for i, part in enumerate(parts):
        small = part in _SMALL_WORDS and i > 0
        out.append(part if small or not part else part[:1].upper() + part[1:])
    return "".join(out)


def _join_names(names: Sequence[str]) -> str:
    names = [display(n) for n in names]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " et " + names[-1]


def _unit_index(comparison: Comparison) -> dict[str, Segment]:
    return {seg.id: seg for units in comparison.units.values() for seg in units}


def _theme_names(comparison: Comparison, unit_id: str) -> list[str]:
    keys = comparison.unit_themes.get(unit_id, ())
    return [comparison.theme_labels.get(k, k) for k in keys] or [NO_THEME_LABEL]


def _primary_theme(comparison: Comparison, unit_id: str) -> str:
    keys = comparison.unit_themes.get(unit_id, ())
    return keys[0] if keys else NO_THEME


def unit_order(comparison: Comparison) -> list[str]:
    """All units ordered by primary theme (lexicon order, no theme last), territory, position."""
    theme_rank = {k: i for i, k in enumerate(comparison.theme_labels)}
    rows = []
    for t, name in enumerate(comparison.territories):
        for i, seg in enumerate(comparison.units[name]):
            rows.append((theme_rank.get(_primary_theme(comparison, seg.id), len(theme_rank)), t, i, seg.id))
    return [r[-1] for r in sorted(rows)]


def pair_score(comparison: Comparison, a: str, b: str) -> Optional[float]:
    return comparison.scores.get((a, b), comparison.scores.get((b, a)))


def _profile_matrix(comparison: Comparison) -> tuple[list[str], list[list[float]]]:
    keys = list(comparison.theme_labels)
    by = {(c.territory, c.theme): c for c in comparison.theme_counts}
    return keys, [[by[(t, k)].share for t in comparison.territories] for k in keys]


def _similarity_matrix(comparison: Comparison):
    keys = list(comparison.theme_labels)
    by = {(s.territory, s.theme): s for s in comparison.theme_similarity}
    values = [[by[(t, k)].score for t in comparison.territories] for k in keys]
    counts = [[by[(t, k)].units for t in comparison.territories] for k in keys]
    return keys, values, counts


def chart_svgs(comparison: Comparison) -> dict[str, str]:
    """The page's charts as inline SVG: "profiles", "themes" and, for small comparisons, "units"."""
    names = [display(t) for t in comparison.territories]
    keys, shares = _profile_matrix(comparison)
    labels = [comparison.theme_labels[k] for k in keys]
    out = {
        "profiles": charts.theme_profile_svg(names, labels, shares, title="Part des idées de chaque territoire, par thème"),
    }
    keys, values, counts = _similarity_matrix(comparison)
    out["themes"] = charts.heatmap_svg(
        labels,
        names,
        values,
        counts=counts,
        title="Ressemblance avec les autres territoires, par thème",
        colorbar_label="ressemblance moyenne avec l'idée la plus proche ailleurs (0 à 1)",
    )
    if comparison.unit_map:
        ids = unit_order(comparison)
        index = {u: comparison.territories.index(t) for t in comparison.territories for u in (s.id for s in comparison.units[t])}
        values = [[None if index[a] == index[b] else (pair_score(comparison, a, b) or 0.0) for b in ids] for a in ids]
        out["units"] = charts.unit_heatmap_svg(
            values,
            [comparison.theme_labels.get(_primary_theme(comparison, u), NO_THEME_LABEL) for u in ids],
            [index[u] for u in ids],
            names,
            title="Ressemblance idée par idée (rangées par thème)",
            colorbar_label="score (0 à 1) ; gris : même territoire",
        )
    return out


def to_dict(comparison: Comparison) -> dict:
    """The comparison as plain JSON-ready data (compare.json)."""
    index = _unit_index(comparison)

    def unit(seg: Segment) -> dict:
        return {
            "id": seg.id,
            "doc": seg.doc,
            "kind": seg.kind,
            "label": seg.label,
            "heading": seg.heading,
            "page": seg.page,
            "text": seg.text,
            "themes": list(comparison.unit_themes.get(seg.id, ())),
            "best_score": comparison.best_scores.get(seg.id, 0.0),
        }

    data = {
        "territories": [
            {
                "name": f.territory,
                "documents": list(comparison.documents.get(f.territory, ())),
                "units": f.units,
                "found_elsewhere": f.found,
                "share_found_elsewhere": round(f.share(), 4),
                "same_idea_elsewhere": f.same,
                "found_in": dict(f.found_in),
                "share_found_in": {o: round(f.share(o), 4) for o in f.found_in},
                "same_idea_in": dict(f.same_in),
                "unique": f.unique,
            }
            for f in comparison.figures
        ],
        "compared_units": "recommandations et actions (rôle vide ou « action »)",
        "thresholds": dict(comparison.thresholds),
        "themes": {k: v for k, v in comparison.theme_labels.items()},
        "theme_profiles": [c.__dict__.copy() for c in comparison.theme_counts],
        "theme_similarity": [s.__dict__.copy() for s in comparison.theme_similarity],
        "pairs": [
            dict(p.__dict__, text_a=index[p.unit_a].text, text_b=index[p.unit_b].text) for p in comparison.pairs
        ],
        "unique": {t: [unit(index[u]) for u in ids] for t, ids in comparison.unique.items()},
        "units": {t: [unit(s) for s in segs] for t, segs in comparison.units.items()},
        "failures": [{"path": p, "message": m} for p, m in comparison.failures],
        "versions": dict(comparison.versions),
    }
    if comparison.unit_map:
        ids = unit_order(comparison)
        owner = {s.id: t for t, segs in comparison.units.items() for s in segs}
        data["unit_map"] = {
            "units": ids,
            "scores": [
                [None if owner[a] == owner[b] else (pair_score(comparison, a, b) or 0.0) for b in ids] for a in ids
            ],
        }
    return data


# --------------------------------------------------------------------------------------------
# HTML

_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:1180px;margin:0 auto;padding:24px 28px;color:#1a1a1a;line-height:1.45}
h1{font-size:1.75em;margin:0 0 .3em}
h2{font-size:1.3em;margin-top:2em;border-bottom:2px solid #0072B2;padding-bottom:.2em}
h3{font-size:1.1em;margin-top:1.6em}
.lead{font-size:1.12em;margin:.2em 0 1em}
.cards{display:flex;flex-wrap:wrap;gap:14px;margin:1em 0}
.card{flex:1 1 240px;border:1px solid #ccc;border-top:6px solid var(--c);border-radius:6px;padding:12px 16px;background:#fafafa}
.card h2{border:none;margin:0;font-size:1.15em;padding:0}
.card .count{font-weight:normal;color:#444;font-size:.85em}
.card p{margin:.3em 0}
.bar{display:flex;height:18px;border:1px solid #888;border-radius:3px;overflow:hidden;margin:.5em 0;background:#fff}
.bar span,.key,.rel{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.key{display:inline-block;width:.8em;height:.8em;margin-right:.35em;border:1px solid #888;vertical-align:-.05em}
span.same{background:#08306b}span.close{background:#9ecae1}span.none{background:#fff}
table.fig{width:auto;margin:.2em 0}table.fig td{border:none;padding:1px 6px 1px 0;font-size:1.02em}
table.fig td.num{font-weight:bold}table.fig td.pct{font-weight:normal;color:#555}
.small,.note{color:#444;font-size:.92em}
.note{background:#f3f6fa;border-left:4px solid #0072B2;padding:8px 12px}
table{border-collapse:collapse;width:100%;margin:.6em 0}
th,td{border:1px solid #ccc;padding:6px 8px;vertical-align:top;text-align:left}
th{background:#eef2f6}
td.num{text-align:right;white-space:nowrap}
blockquote{margin:0;padding:2px 0 2px 10px;border-left:3px solid #999;font-style:italic;font-family:Georgia,"DejaVu Serif",serif}
.src{font-size:.8em;color:#555;margin-top:3px;font-style:normal}
.rel{display:inline-block;padding:1px 7px;border-radius:10px;font-size:.85em;white-space:nowrap}
.rel.same{background:#08306b;color:#fff}.rel.close{background:#9ecae1;color:#08306b}
figure{margin:1em 0;page-break-inside:avoid}
figure svg{max-width:100%;height:auto}
figcaption{font-size:.92em;color:#333}
.partner{margin:0 0 .7em}.partner blockquote{margin-top:.2em}
details summary{cursor:pointer;color:#0b4f7a;font-size:.9em;margin-bottom:.4em}
ul.quotes{list-style:none;padding:0}
ul.quotes li{margin:.6em 0;page-break-inside:avoid}
.tags{font-size:.8em;color:#0b4f7a}
@media print{body{max-width:none;padding:0;font-size:10pt}h2{page-break-after:avoid}tr{page-break-inside:avoid}.card{background:none}}
"""


def _pct(share: float) -> str:
    return charts.french_percent(share)


def _score(value: float) -> str:
    return charts.french_number(shown_score(value))


def _source_line(seg: Segment) -> str:
    parts = [seg.doc]
    if seg.page:
        parts.append(f"p. {seg.page}")
    if seg.label:
        parts.append(seg.label)
    return " · ".join(parts)


def _quote_html(seg: Segment) -> str:
    return f'<blockquote>{escape(seg.text)}</blockquote><div class="src">{escape(_source_line(seg))}</div>'


def _partner_html(p: Pair, index: Mapping[str, Segment]) -> str:
    cls = "same" if p.relation == RELATION_SAME else "close"
    return (
        f'<div class="partner"><span class="rel {cls}">{escape(p.relation)}</span> '
        f'<span class="small">score {escape(_score(p.score))}</span>{_quote_html(index[p.unit_b])}</div>'
    )


def _pair_groups(comparison: Comparison) -> list[tuple[str, str, list[Pair]]]:
    """Pairs of each couple of territories, for reading: the units with the strongest link
    first (so "même idée" comes before "idée proche"), each unit's partners best first."""
    groups = []
    names = comparison.territories
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            pairs = [p for p in comparison.pairs if p.territory_a == a and p.territory_b == b]
            best: dict[str, float] = {}
            for p in pairs:
                best[p.unit_a] = max(best.get(p.unit_a, 0.0), p.score)
            first = {}
            for n, p in enumerate(pairs):
                first.setdefault(p.unit_a, n)
            pairs.sort(key=lambda p: (-best[p.unit_a], first[p.unit_a], -p.score))
            groups.append((a, b, pairs))
    return groups


def _n(count: int, singular: str, plural: str) -> str:
    """A count with its noun: 1 idée, 2 idées (0 and 1 take the singular in French)."""
    return f"{count} {singular if count <= 1 else plural}"


def composition(units: Sequence[Segment]) -> str:
    """What a territory's ideas are: "dont 41 demandes citoyennes et 17 actions" ("" when
    they are all of one side)."""
    demands = sum(1 for u in units if u.kind == "recommendation")
    others = len(units) - demands
    if not demands or not others:
        return ""
    return (f"dont {_n(demands, 'demande citoyenne', 'demandes citoyennes')} et "
            f"{_n(others, 'action ou objectif de la collectivité', 'actions ou objectifs de la collectivité')}")


def _card_html(f: TerritoryFigures, colour: str, made_of: str = "") -> str:
    close = f.found - f.same
    share = lambda k: k / f.units if f.units else 0.0  # noqa: E731
    rows = [
        ("same", f.same, "la même idée existe ailleurs"),
        ("close", close, "une idée proche existe ailleurs"),
        ("none", f.unique, f"sans équivalent : propre à {display(f.territory)}"),
    ]
    others = " · ".join(f"{display(o)} {_pct(f.share(o))}" for o in f.found_in)
    out = [
        f'<section class="card" style="--c:{colour}">',
        f"<h2>{escape(display(f.territory))} <span class=\"count\">{escape(_n(f.units, 'idée', 'idées'))}</span></h2>",
        f'<p class="small">{escape(made_of)}</p>' if made_of else "",
        '<div class="bar" aria-hidden="true">'
        + "".join(f'<span class="{cls}" style="width:{100 * share(k):.1f}%"></span>' for cls, k, _ in rows if k)
        + "</div>",
        '<table class="fig">',
    ]
    for cls, k, text in rows:
        out.append(
            f'<tr><td class="num"><span class="key {cls}"></span>{k}</td><td class="num pct">{escape(_pct(share(k)))}</td>'
            f"<td>{escape(text)}</td></tr>"
        )
    out.append("</table>")
    out.append(f'<p class="small">{escape("Même idée ou idée proche retrouvée chez " + others)}</p>')
    out.append("</section>")
    return "".join(out)


def render_html(comparison: Comparison) -> str:
    names = comparison.territories
    index = _unit_index(comparison)
    svgs = chart_svgs(comparison)
    th = comparison.thresholds
    total = sum(f.units for f in comparison.figures)
    n_same = sum(1 for p in comparison.pairs if p.relation == RELATION_SAME)
    out = [
        "<!DOCTYPE html>",
        '<html lang="fr"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape('Comparaison des territoires : ' + _join_names(names))}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{escape('Ce qui rapproche et ce qui distingue ' + _join_names(names))}</h1>",
        '<p class="lead">'
        + escape(
            f"Cette page compare les idées (recommandations et actions) de {len(names)} territoires : "
            "pour chaque idée d'un territoire, l'outil cherche la même idée, ou une idée proche, "
            "dans les documents des autres territoires."
        )
        + "</p>",
        '<div class="cards">',
    ]
    out += [_card_html(f, charts.colour_for(t), composition(comparison.units.get(f.territory, ())))
            for t, f in enumerate(comparison.figures)]
    out.append("</div>")
    out.append(
        '<p class="note">'
        + escape(
            f"{total} idées comparées, {len(comparison.pairs)} rapprochements trouvés dont {n_same} « même idée ». "
            "L'outil donne à chaque rapprochement une note de ressemblance, de 0 (rien en commun) à 1 (même "
            f"sujet, mêmes mots) : « même idée » à partir de {_score(th['same_idea'])}, « idée proche » à partir "
            f"de {_score(th['close_idea'])}. Il rapproche des idées qui parlent du même sujet et peut se tromper : "
            "les textes cités sont les phrases exactes des documents, lisez-les avant de conclure."
        )
        + "</p>"
    )
    if comparison.failures:
        out.append("<h3>Documents non lus</h3><ul>")
        out += [f"<li>{escape(p)} : {escape(m)}</li>" for p, m in comparison.failures]
        out.append("</ul>")

    out.append("<h2>Les thèmes de chaque territoire</h2>")
    out.append(
        "<p>"
        + escape(
            "Chaque idée reçoit un ou plusieurs thèmes d'après ses mots (lexique des politiques numériques "
            "territoriales). Une barre longue indique un thème où le territoire concentre ses idées."
        )
        + "</p>"
    )
    out.append(f"<figure>{svgs['profiles']}<figcaption>{escape('Part des idées de chaque territoire qui portent chaque thème (une idée peut avoir plusieurs thèmes).')}</figcaption></figure>")
    out.append("<h2>Où les territoires se ressemblent</h2>")
    out.append(
        f"<figure>{svgs['themes']}<figcaption>"
        + escape(
            "Pour les idées d'un territoire sur un thème : ressemblance moyenne (de 0 à 1) avec l'idée la plus "
            "proche dans les autres territoires (foncé = idées semblables ailleurs ; n = nombre d'idées ; — = "
            "aucune idée sur ce thème)."
        )
        + "</figcaption></figure>"
    )
    if "units" in svgs:
        out.append(
            f"<figure>{svgs['units']}<figcaption>"
            + escape(
                "Chaque ligne et chaque colonne est une idée, rangée par thème (les thèmes trop petits pour être "
                "nommés sont seulement délimités par un trait) ; les bandes de couleur indiquent son territoire. "
                "Une case foncée relie deux idées semblables de territoires différents ; gris : même territoire."
            )
            + "</figcaption></figure>"
        )

    out.append("<h2>Les idées partagées</h2>")
    for a, b, group in _pair_groups(comparison):
        out.append(f"<h3>{escape(f'{display(a)} et {display(b)} : ' + _n(len(group), 'rapprochement', 'rapprochements'))}</h3>")
        if not group:
            out.append(f"<p>{escape('Aucune idée commune trouvée.')}</p>")
            continue
        out.append(
            f"<table><thead><tr><th>{escape(display(a))} (citation exacte)</th>"
            f"<th>{escape(display(b))} (citation exacte)</th></tr></thead><tbody>"
        )
        i = 0
        while i < len(group):
            j = i
            while j < len(group) and group[j].unit_a == group[i].unit_a:
                j += 1
            # shown: every "même idée" partner, else the best one; the other close ideas fold away
            shown = [p for p in group[i:j] if p.relation == RELATION_SAME] or [group[i]]
            folded = [p for p in group[i:j] if p not in shown]
            cell = "".join(_partner_html(p, index) for p in shown)
            if folded:
                cell += (
                    f"<details><summary>{escape(_n(len(folded), 'autre idée proche', 'autres idées proches'))}</summary>"
                    + "".join(_partner_html(p, index) for p in folded)
                    + "</details>"
                )
            out.append(f"<tr><td>{_quote_html(index[group[i].unit_a])}</td><td>{cell}</td></tr>")
            i = j
        out.append("</tbody></table>")

    out.append("<h2>Les idées propres à chaque territoire</h2>")
    out.append(f"<p>{escape('Idées sans équivalent trouvé dans les autres territoires, rangées par thème.')}</p>")
    order = unit_order(comparison)
    rank = {u: i for i, u in enumerate(order)}
    for name in names:
        ids = sorted(comparison.unique[name], key=rank.__getitem__)
        out.append(f"<h3>{escape(f'{display(name)} : ' + _n(len(ids), 'idée propre', 'idées propres'))}</h3>")
        if not ids:
            out.append(f"<p>{escape('Toutes ses idées ont un équivalent ailleurs.')}</p>")
            continue
        out.append('<ul class="quotes">')
        for u in ids:
            out.append(
                f"<li>{_quote_html(index[u])}"
                f'<div class="tags">{escape("Thèmes : " + ", ".join(_theme_names(comparison, u)))}</div></li>'
            )
        out.append("</ul>")

    out.append("<h2>Réglages</h2>")
    out.append(
        f'<p class="small">{escape("Documents : " + " ; ".join(f"{display(t)} : {len(comparison.documents.get(t, ()))}" for t in names))}. '
        + escape("Versions (pour refaire la même comparaison) : " + ", ".join(f"{k} {v}" for k, v in sorted(comparison.versions.items())))
        + ".</p>"
    )
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# Markdown


def _md(text: str) -> str:
    """Text safe in a Markdown table cell or line (HTML-escaped, pipes and line breaks neutralised)."""
    return escape(" ".join(text.split()), quote=False).replace("|", "\\|")


def render_markdown(comparison: Comparison) -> str:
    names = comparison.territories
    index = _unit_index(comparison)
    th = comparison.thresholds
    lines = [
        f"# Ce qui rapproche et ce qui distingue {_md(_join_names(names))}",
        "",
        _md(
            f"Cette page compare les idées (recommandations et actions) de {len(names)} territoires : "
            "pour chaque idée d'un territoire, l'outil cherche la même idée, ou une idée proche, "
            "dans les documents des autres territoires."
        ),
        "",
        "| Territoire | Idées | Retrouvées ailleurs | dont même idée | Idées propres | "
        + " | ".join(f"chez {_md(display(n))}" for n in names)
        + " |",
        "|---|---:|---:|---:|---:|" + "---:|" * len(names),
    ]
    for f in comparison.figures:
        cells = [_pct(f.share(o)) if o in f.found_in else "—" for o in names]
        lines.append(
            f"| {_md(display(f.territory))} | {f.units} | {f.found} ({_pct(f.share())}) | {f.same} | {f.unique} | "
            + " | ".join(cells)
            + " |"
        )
    lines += [
        "",
        _md(
            f"Note de ressemblance de 0 à 1 : « même idée » à partir de {_score(th['same_idea'])} ; « idée proche » "
            f"à partir de {_score(th['close_idea'])}. Les textes cités sont les phrases exactes des documents : "
            "lisez-les avant de conclure."
        ),
        "",
        "## Les thèmes de chaque territoire",
        "",
        "Part des idées de chaque territoire qui portent chaque thème (nombre d'idées entre parenthèses).",
        "",
        "| Thème | " + " | ".join(_md(display(n)) for n in names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    by = {(c.territory, c.theme): c for c in comparison.theme_counts}
    for key, label in comparison.theme_labels.items():
        lines.append(
            f"| {_md(label)} | " + " | ".join(f"{_pct(by[(n, key)].share)} ({by[(n, key)].units})" for n in names) + " |"
        )
    lines += [
        "",
        "## Où les territoires se ressemblent",
        "",
        "Score moyen (0 à 1) de l'idée la plus proche dans les autres territoires, pour les idées de chaque thème.",
        "",
        "| Thème | " + " | ".join(_md(display(n)) for n in names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    sim = {(s.territory, s.theme): s for s in comparison.theme_similarity}
    for key, label in comparison.theme_labels.items():
        cells = [_score(sim[(n, key)].score) if sim[(n, key)].score is not None else "—" for n in names]
        lines.append(f"| {_md(label)} | " + " | ".join(cells) + " |")
    lines += ["", "## Les idées partagées", ""]
    for a, b, group in _pair_groups(comparison):
        lines += [f"### {_md(display(a))} et {_md(display(b))} : {_n(len(group), 'rapprochement', 'rapprochements')}", ""]
        if not group:
            lines += ["Aucune idée commune trouvée.", ""]
            continue
        lines += [f"| {_md(display(a))} (citation exacte) | {_md(display(b))} (citation exacte) | Lien |", "|---|---|---|"]
        previous = None
        for p in group:
            left = "〃" if p.unit_a == previous else f"« {_md(index[p.unit_a].text)} » ({_md(_source_line(index[p.unit_a]))})"
            previous = p.unit_a
            lines.append(
                f"| {left} | « {_md(index[p.unit_b].text)} » ({_md(_source_line(index[p.unit_b]))}) | "
                f"{_md(p.relation)} ({_score(p.score)}) |"
            )
        lines.append("")
    lines += ["## Les idées propres à chaque territoire", ""]
    rank = {u: i for i, u in enumerate(unit_order(comparison))}
    for name in names:
        ids = sorted(comparison.unique[name], key=rank.__getitem__)
        lines += [f"### {_md(display(name))} : {_n(len(ids), 'idée propre', 'idées propres')}", ""]
        for u in ids:
            lines.append(
                f"- « {_md(index[u].text)} » ({_md(_source_line(index[u]))}) — thèmes : "
                f"{_md(', '.join(_theme_names(comparison, u)))}"
            )
        lines.append("")
    if comparison.failures:
        lines += ["## Documents non lus", ""]
        lines += [f"- {_md(p)} : {_md(m)}" for p, m in comparison.failures]
        lines.append("")
    lines.append("Versions (pour refaire la même comparaison) : " + _md(", ".join(f"{k} {v}" for k, v in sorted(comparison.versions.items()))) + ".")
    return "\n".join(lines) + "\n"
