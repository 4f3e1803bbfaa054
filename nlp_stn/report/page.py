"""The report as one self-contained French HTML page (report.html): inline CSS and SVG chart,
no script."""
from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Mapping, Optional, Sequence
from urllib.parse import quote

from ..model import Decision, STATUS_ADDRESSED, STATUS_NOT, STATUSES, Coverage, Match, MatchRun, Segment
from ..review import DISPUTED, french_date, verdict_text
from .common import (DETAIL_LEAD, NO_LABELS, REVIEWER_PAIR_LABELS, STATUS_CLASSES, STATUS_COLOURS, SUGGESTIONS_NOTE,
                     UNMATCHED_INTRO, UNMATCHED_TITLE, _unmatched_parts, action_ref, demand_ref, demand_title,
                     evidence_text, french_score, pair_label, percent, published_note, review_notes, run_date,
                     short_detail, theme_label)
from .index import _Index, _location, _opinion, _titles


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:60rem;
padding:1rem 1.5rem;color:#1d1d1d;line-height:1.45}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #ddd}
h3{font-size:1.05rem;margin:.2rem 0}
.meta{color:#444;font-size:.95rem}.meta p{margin:.2rem 0}
.figures{display:flex;gap:.8rem;flex-wrap:wrap;margin:1rem 0}
.figure{flex:1 1 10rem;border:1px solid #ccc;border-left:.6rem solid #999;padding:.5rem .8rem;border-radius:.3rem}
.figure .num{font-size:2rem;font-weight:700;display:block}.figure .lbl{font-size:1rem}
.figure.st-oui{border-left-color:#1f6fb2}.figure.st-partiel{border-left-color:#8fbfe0}
.figure.st-non{border-left-color:#e07b39}
.lead{font-size:1.05rem}.defs{font-size:.92rem;color:#333}
.demand{border:1px solid #ccc;border-radius:.3rem;padding:.6rem .9rem;margin:1rem 0;break-inside:avoid}
.tag{display:inline-block;font-size:.85rem;padding:0 .4rem;border-radius:.2rem;border:1px solid #888;margin-left:.3rem}
.st-oui .badge,.badge.st-oui{background:#1f6fb2;color:#fff}.badge.st-partiel{background:#8fbfe0;color:#000}
.badge.st-non{background:#e07b39;color:#000}
.badge{display:inline-block;padding:0 .45rem;border-radius:.2rem;font-weight:600}
.valid{background:#e6f4ea;border-color:#2e7d32}.review{background:#fff4d6;border-color:#a66d00}
blockquote.citizen{margin:.5rem 0;padding:.4rem .8rem;border-left:.35rem solid #555;background:#f4f4f4;
white-space:pre-wrap;font-style:normal}
.quote-label{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:#555;margin:.4rem 0 0}
.analysis{border:1px dashed #777;border-radius:.3rem;padding:.4rem .8rem;margin-top:.5rem;background:#fbfbfb}
.analysis-title{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:#555;margin:0 0 .3rem}
.analysis ol{padding-left:1.3rem;margin:.3rem 0}.analysis li{margin:.4rem 0}
q{quotes:"« " " »"}q.action{white-space:pre-wrap}
.evidence{font-size:.88rem;color:#333}.src{font-size:.88rem}
.tie{font-size:.85rem;font-weight:600;color:#6a3d00}
a{color:#0b57a0}
table.docs{border-collapse:collapse;font-size:.9rem}table.docs td{padding:.1rem .5rem;vertical-align:top}
.legend span{display:inline-block;margin-right:1rem}.sw{display:inline-block;width:.9rem;height:.9rem;
vertical-align:middle;margin-right:.3rem;border:1px solid #555}
ul.notdone li{margin:.5rem 0}
.reviewers{border:1px solid #2e7d32;border-radius:.3rem;padding:.4rem .8rem;margin-top:.5rem;background:#f3faf4}
.reviewers ul{margin:.2rem 0;padding-left:1.2rem}q.reviewer{font-style:italic}
.tag.rejected{background:#f3f3f3;border-color:#777;color:#333}.tag.dispute{background:#fde8e8;border-color:#b3261e}
.ref{font-weight:600}
.detail{font-size:.85rem;color:#444;border-left:.2rem dotted #999;padding-left:.5rem;margin:.2rem 0}
ul.chosen{padding-left:1.3rem;margin:.3rem 0}
@media print{body{max-width:none;font-size:10.5pt}a{color:#000}details{display:block}
.figure,.badge,.sw{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _href(doc_id: str, page: Optional[int], index: _Index, base_dir: Optional[Path]) -> str:
    """Relative link to a source document (with #page=N for PDFs), '' when unknown."""
    info = index.run.documents.get(doc_id, {})
    path = str(info.get("path") or "")
    if not path:
        return ""
    p = Path(path)
    if base_dir is not None and p.is_absolute():
        try:
            rel = os.path.relpath(p, Path(base_dir).resolve())
        except ValueError:  # other drive (Windows)
            return p.as_uri()
        link = quote(Path(rel).as_posix())
    elif p.is_absolute():
        link = p.as_uri()
    else:
        link = quote(p.as_posix())
    if page and p.suffix.lower() == ".pdf":
        link += f"#page={page}"
    return link


def _source_html(seg: Segment, index: _Index, base_dir: Optional[Path]) -> str:
    text = _e(_location(seg, index))
    href = _href(seg.doc, seg.page, index, base_dir)
    if href:
        text = f'<a href="{_e(href)}">{text}</a>'
    extra = f" — {_e(seg.heading)}" if seg.heading else ""
    return f'<span class="src">Source : {text}{extra}</span>'


def _status_badge(status: str) -> str:
    return f'<span class="badge {STATUS_CLASSES.get(status, "")}">{_e(status or "sans statut")}</span>'


def _pair_badge(status: str, lowered: bool = False, capped: bool = False) -> str:
    return f'<span class="badge {STATUS_CLASSES.get(status, "")}">{_e(pair_label(status, lowered, capped))}</span>'


def _chart_svg(rows: list[tuple[str, dict[str, int]]]) -> str:
    """Horizontal stacked bars (one per theme) with counts written on them."""
    if not rows:
        return "<p>Aucun thème n'a été reconnu dans les demandes.</p>"
    label_w, bar_w, row_h, top = 280, 380, 30, 6
    width = label_w + bar_w + 90
    height = top + row_h * len(rows) + 4
    biggest = max(sum(c.values()) for _, c in rows) or 1
    parts = [
        f'<svg role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="chart-title" style="max-width:100%;height:auto">',
        '<title id="chart-title">Prise en compte des demandes par thème</title>',
    ]
    for i, (label, counts) in enumerate(rows):
        y = top + i * row_h
        total = sum(counts.values())
        short = label if len(label) <= 38 else label[:36] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" font-size="14" fill="#1d1d1d">'
            f"{_e(short)}</text>"
        )
        x = float(label_w)
        for status in STATUSES:
            n = counts[status]
            if not n:
                continue
            w = bar_w * n / biggest
            colour = STATUS_COLOURS[status]
            ink = "#fff" if status == STATUS_ADDRESSED else "#000"
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{colour}" '
                f'stroke="#333" stroke-width="0.5"><title>{_e(label)} : {n} {_e(status)}</title></rect>'
            )
            if w >= 16:
                parts.append(
                    f'<text x="{x + w / 2:.1f}" y="{y + 17}" text-anchor="middle" font-size="12" '
                    f'fill="{ink}">{n}</text>'
                )
            x += w
        parts.append(
            f'<text x="{x + 6:.1f}" y="{y + 17}" font-size="12" fill="#444">'
            f'{total} demande{"s" if total > 1 else ""}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _legend() -> str:
    return '<p class="legend">' + "".join(
        f'<span><span class="sw" style="background:{STATUS_COLOURS[s]}"></span>{_e(s)}</span>' for s in STATUSES
    ) + "</p>"


def _coverage_note(cov: Optional[Coverage], disputed: bool = False) -> str:
    if cov is None:
        return ""
    notes = []
    if disputed:
        notes.append(f'<span class="tag dispute">{_e(DISPUTED)}</span>')
    elif cov.validated:
        notes.append('<span class="tag valid">validé</span> par un relecteur')
    if cov.to_review:
        notes.append(
            '<span class="tag review">à revoir</span> une décision existe mais un des textes a changé depuis'
        )
    return " ".join(notes)


def _action_quote_html(action: Optional[Segment], action_id: str) -> str:
    """'<span class="ref">Action 2.1 –</span> <q>…</q>': the action's label, then its exact text."""
    if action is None:
        return f'<q class="action">{_e(action_id)}</q>'
    ref = action_ref(action)
    lead = f'<span class="ref">{_e(ref)} –</span> ' if ref else ""
    return f'{lead}<q class="action">{_e(action.text)}</q>'


def _detail_html(action: Optional[Segment]) -> str:
    if action is None or not action.detail.strip():
        return ""
    return f'<p class="detail">{_e(DETAIL_LEAD + short_detail(action.detail))}</p>'


def _match_html(m: Match, index: _Index, base_dir: Optional[Path]) -> str:
    action = index.actions.get(m.action_id)
    status = index.pair_status(m)
    cov = index.coverage.get(m.demand_id)
    src = _source_html(action, index, base_dir) if action else ""
    tie = ' <span class="tie">quasi ex aequo avec une autre candidate</span>' if m.near_tie else ""
    mark = index.reviewer_mark(m)
    valid = ""
    if cov is not None and cov.validated and cov.best_action_id == m.action_id:
        valid = ' <span class="tag valid">validé</span>'
    if index.added(m):
        figures = '<span class="tag valid">' + _e(mark) + "</span> (l'outil ne l'avait pas proposée)" + valid
    elif mark == REVIEWER_PAIR_LABELS["non"]:
        figures = f'Score {french_score(m.score)} · <span class="tag rejected">{_e(mark)}</span>{tie}'
    elif mark == DISPUTED:
        figures = (f"Score {french_score(m.score)} · {_pair_badge(status, index.lowered(m), index.capped(m))} "
                   f'<span class="tag dispute">{_e(mark)}</span>{tie}')
    elif mark:
        figures = (f'<span class="tag valid">{_e(mark)}</span>{valid} · proposée par l\'outil au rang {m.rank}, '
                   f"score {french_score(m.score)}{tie}")
    else:
        figures = f"Score {french_score(m.score)} · {_pair_badge(status, index.lowered(m), index.capped(m))}{valid}{tie}"
    evidence = ("" if index.added(m) else
                f'<br><span class="evidence">{_e(evidence_text(m, index.labels, action.state if action else ""))}</span>')
    value = "" if mark in (REVIEWER_PAIR_LABELS["oui"], REVIEWER_PAIR_LABELS["partiel"]) else f' value="{m.rank}"'
    return (
        f"<li{value}>{_action_quote_html(action, m.action_id)}<br>{src}<br>"
        f"{figures}{evidence}{_detail_html(action)}</li>"
    )


def _reviewers_html(d: Segment, index: _Index) -> str:
    """The reviewers' box of a demand: disagreements, comments (quoted, with their author),
    decisions waiting for a new review; '' when reviewers said nothing about it."""
    review = index.review(d.id)
    if review is None:
        return ""
    items = []
    for p in review.disputed:
        opinions = " ; ".join(_opinion(x, index) for x in p.decisions if x.decision != "incertain")
        items.append(f'<li><span class="tag dispute">{_e(DISPUTED)}</span> sur {_e(index.action_name(p.action_id))} '
                     f": {_e(opinions)}</li>")
    for who, action_id, comment in review.comments:
        items.append(f"<li>Commentaire du relecteur {_e(who)} ({_e(index.action_name(action_id))}) : "
                     f'<q class="reviewer">{_e(comment)}</q></li>')
    for x in review.previous:
        when = french_date(x.time)
        items.append(f"<li>À revoir : décision précédente de {_e(x.reviewer or 'relecteur inconnu')}"
                     f"{_e(' le ' + when if when else '')} : {_e(verdict_text(x))}"
                     + (f' — commentaire : <q class="reviewer">{_e(x.comment.strip())}</q>' if x.comment.strip() else "")
                     + "</li>")
    if not items:
        return ""
    return ('<div class="reviewers"><p class="analysis-title">Relecture humaine</p><ul>' + "".join(items)
            + "</ul></div>")


def _demand_html(d: Segment, position: int, index: _Index, base_dir: Optional[Path]) -> str:
    cov = index.coverage.get(d.id)
    status = index.status(d.id)
    themes = [theme_label(t, index.labels) for t in index.run.themes.get(d.id, ())]
    title = _e(demand_title(d, position, len(index.run.demands))) + " "
    shown, rest = index.shown_matches(d.id)
    out = [
        f'<section class="demand" id="d-{_e(d.id)}">',
        f"<h3>{title}{_status_badge(status)} {_coverage_note(cov, index.disputed(d.id))}</h3>",
        '<p class="quote-label">Texte de la demande (citation exacte)</p>',
        f'<blockquote class="citizen">{_e(d.text)}</blockquote>',
        _source_html(d, index, base_dir),
    ]
    reviewers = _reviewers_html(d, index)
    if reviewers:
        out.append(reviewers)
    out += [
        '<div class="analysis"><p class="analysis-title">Analyse automatique (à vérifier)</p>',
        f"<p>Thèmes : {_e(', '.join(themes) if themes else 'aucun thème reconnu')}</p>",
    ]
    if d.state.strip():
        out.append(f"<p>{_e(published_note(d.state))}</p>")
    chosen = index.chosen_matches(d.id)
    if chosen:
        out.append('<p>Choisie par les relecteurs :</p><ul class="chosen">')
        out.extend(_match_html(m, index, base_dir) for m in chosen)
        out.append("</ul>")
    if shown:
        heading = "Autres actions proposées par l'outil" if chosen else "Actions les plus proches"
        out.append(f"<p>{heading} :</p><ol>")
        out.extend(_match_html(m, index, base_dir) for m in shown)
        out.append("</ol>")
    elif not chosen:
        out.append("<p>Aucune action candidate.</p>")
    if rest:
        out.append(
            f"<details><summary>{len(rest)} autre{'s' if len(rest) > 1 else ''} action"
            f"{'s' if len(rest) > 1 else ''} candidate{'s' if len(rest) > 1 else ''}, plus éloignée"
            f"{'s' if len(rest) > 1 else ''}</summary><ol start=\"{rest[0].rank}\">"
        )
        out.extend(_match_html(m, index, base_dir) for m in rest)
        out.append("</ol></details>")
    out.append("</div></section>")
    return "\n".join(out)


def render_html(run: MatchRun, labels: Mapping[str, str] = NO_LABELS, base_dir: Optional[Path] = None,
                unmatched: Sequence[Decision] = ()) -> str:
    """The report as one self-contained French HTML page (inline CSS and SVG, no script).

    ``base_dir`` is the folder the page will be written to: links to source documents are
    made relative to it.
    """
    index = _Index(run, labels)
    counts = index.counts()
    total = len(run.demands)
    date = run_date(run.run_id)
    t_addressed, t_partial = index.t_addressed, index.t_partial

    def doc_list(role: str) -> str:
        items = []
        for doc_id in index.documents(role):
            href = _href(doc_id, None, index, base_dir)
            title = _e(index.doc_title(doc_id))
            name = f'<a href="{_e(href)}">{title}</a>' if href else title
            n = sum(1 for u in (run.demands if role == "demands" else run.actions) if u.doc == doc_id)
            items.append(f"<li>{name} <small>({_e(doc_id)}, {n} unité{'s' if n > 1 else ''})</small></li>")
        return "<ul>" + "".join(items) + "</ul>" if items else "<p>aucun</p>"

    out = [
        "<!DOCTYPE html>",
        '<html lang="fr"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Prise en compte des demandes citoyennes — {_e(run.run_id)}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<header>",
        "<h1>Ce que les citoyens ont demandé, et ce que la stratégie en a pris en compte</h1>",
        '<div class="meta">',
        f"<p>Demandes citoyennes : <strong>{_e(_titles(index, 'demands'))}</strong>.<br>"
        f"Comparées aux actions de : <strong>{_e(_titles(index, 'actions'))}</strong>.</p>",
        f"<p>Analyse n° <strong>{_e(run.run_id)}</strong>" + (f", produite le {_e(date)}" if date else "") + ".</p>",
        "</div></header>",
        "<main>",
        '<section aria-labelledby="h-summary"><h2 id="h-summary">En bref</h2>',
        f'<p class="lead">Sur <strong>{total}</strong> demande{"s" if total > 1 else ""} citoyenne'
        f'{"s" if total > 1 else ""}, comparée{"s" if total > 1 else ""} à <strong>{len(run.actions)}</strong> '
        f"action{'s' if len(run.actions) > 1 else ''} :</p>",
        '<div class="figures">',
    ]
    for status in STATUSES:
        n = counts[status]
        out.append(
            f'<div class="figure {STATUS_CLASSES[status]}"><span class="num">{percent(n, total).replace(" ", "&nbsp;")}'
            f'</span><span class="lbl">{_e(status)}</span><br><small>{n} demande{"s" if n > 1 else ""} sur {total}</small></div>'
        )
    out.append("</div>")
    notes = [SUGGESTIONS_NOTE, *review_notes(run, index, unmatched)]
    out.append("<p>" + " ".join(_e(n) for n in notes) + "</p>")
    out.append(
        '<p class="defs"><strong>Pris en compte</strong> : une action de la stratégie répond à la demande. '
        "<strong>Partiellement</strong> : une action s'en approche sans y répondre entièrement. "
        "<strong>Non pris en compte</strong> : aucune action proche n'a été trouvée.</p>"
    )
    out.append("</section>")

    out.append('<section aria-labelledby="h-themes"><h2 id="h-themes">Prise en compte par thème</h2>')
    out.append(
        "<p>Nombre de demandes par thème et par statut (une demande peut relever de plusieurs thèmes).</p>"
    )
    out.append(_legend())
    out.append(_chart_svg(index.theme_rows()))
    out.append("</section>")

    not_done = [d for d in run.demands if index.status(d.id) == STATUS_NOT]
    out.append(
        f'<section aria-labelledby="h-not"><h2 id="h-not">Demandes non prises en compte ({len(not_done)})</h2>'
    )
    if not_done:
        out.append('<ul class="notdone">')
        positions = {d.id: i for i, d in enumerate(run.demands, start=1)}
        for d in not_done:
            out.append(
                f'<li><q>{_e(d.text)}</q> <small>({_e(_location(d, index))}, '
                f'<a href="#d-{_e(d.id)}">{_e(demand_ref(d, positions[d.id]))}</a>)</small></li>'
            )
        out.append("</ul>")
    else:
        out.append("<p>Toutes les demandes trouvent au moins une action proche.</p>")
    out.append("</section>")

    out.append('<section aria-labelledby="h-docs"><h2 id="h-docs">Documents comparés</h2>')
    out.append("<p><strong>Demandes citoyennes</strong> :</p>" + doc_list("demands"))
    out.append("<p><strong>Actions de la stratégie</strong> :</p>" + doc_list("actions"))
    failures = index.failures()
    if failures:
        out.append("<p><strong>Documents ignorés</strong> (illisibles ou sans unité reconnue) :</p><ul>")
        out.extend(f"<li>{_e(p)} : {_e(msg)}</li>" for p, msg in failures)
        out.append("</ul>")
    out.append("</section>")

    if unmatched:
        out.append(f'<section aria-labelledby="h-unmatched"><h2 id="h-unmatched">{_e(UNMATCHED_TITLE)} '
                   f"({len(unmatched)})</h2>")
        out.append(f"<p>{_e(UNMATCHED_INTRO)}</p><ul>")
        for d in unmatched:
            demand, action, verdict = _unmatched_parts(d)
            doc = getattr(d, "demand_doc", "")
            item = f"<li>décision sans unité correspondante : demande <q>{_e(demand)}</q>"
            if doc:
                item += f" <small>({_e(doc)})</small>"
            item += f", action <q>{_e(action)}</q>" if action else ", « aucune action ne répond »"
            out.append(item + f" — {_e(verdict)}</li>")
        out.append("</ul></section>")

    out.append('<section aria-labelledby="h-detail"><h2 id="h-detail">Détail, demande par demande</h2>')
    out.append(
        "<p>Chaque demande est citée telle qu'écrite par les citoyens, puis suivie de l'analyse "
        "automatique : les actions les plus proches avec leur score (de 0 à 1), leur statut et les "
        "indices qui les relient.</p>"
    )
    out.extend(_demand_html(d, i, index, base_dir) for i, d in enumerate(run.demands, start=1))
    out.append("</section>")

    how = (
        "Seuils utilisés : « pris en compte » à partir d'un score de "
        f"{french_score(t_addressed)}, « partiellement » à partir de {french_score(t_partial)}."
        if t_addressed >= 0 and t_partial >= 0 else ""
    )
    versions = ", ".join(f"{k} {v}" for k, v in run.versions.items())
    out.append('<footer class="meta"><h2>Méthode</h2>')
    if how:
        out.append(f"<p>{_e(how)}</p>")
    out.append(
        "<p>Fichiers de cette analyse : coverage.csv (une ligne par demande), matches.csv (actions "
        "candidates), report.json, settings.json.</p>"
    )
    if versions:
        out.append(f"<p>Versions : {_e(versions)}.</p>")
    out.append("</footer></main></body></html>")
    return "\n".join(out) + "\n"
