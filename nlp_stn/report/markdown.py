"""The report as Markdown (report.md): the same content as the HTML page, for a wiki or an email."""
from __future__ import annotations

import re
from typing import Mapping, Optional, Sequence

from ..model import Decision, STATUS_NOT, STATUSES, Coverage, Match, MatchRun, Segment
from ..review import DISPUTED, french_date, verdict_text
from .common import (DETAIL_LEAD, NO_LABELS, REVIEWER_PAIR_LABELS, SUGGESTIONS_NOTE, UNMATCHED_INTRO, UNMATCHED_TITLE,
                     _unmatched_parts, action_ref, demand_ref, demand_title, evidence_text, french_score, pair_label,
                     percent, published_note, review_notes, run_date, short_detail, theme_label)
from .index import _Index, _location, _opinion, _titles


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&])")


def md_escape(text: str) -> str:
    """Backslash-escape Markdown/HTML-sensitive characters so text shows as written."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def _md_code(text: str) -> str:
    """Inline code span (ids, paths) so underscores and stars need no escaping."""
    text = str(text)
    return f"`{text}`" if "`" not in text else md_escape(text)


def _md_quote(text: str) -> str:
    return "\n".join("> " + md_escape(line) if line.strip() else ">" for line in text.splitlines() or [""])


def render_markdown(run: MatchRun, labels: Mapping[str, str] = NO_LABELS, unmatched: Sequence[Decision] = ()) -> str:
    """The report as Markdown (same content as the HTML page)."""
    index = _Index(run, labels)
    counts = index.counts()
    total = len(run.demands)
    date = run_date(run.run_id)
    out = [
        "# Ce que les citoyens ont demandé, et ce que la stratégie en a pris en compte",
        "",
        f"Demandes citoyennes : **{md_escape(_titles(index, 'demands'))}**.  ",
        f"Comparées aux actions de : **{md_escape(_titles(index, 'actions'))}**.",
        "",
        f"Analyse n° {md_escape(run.run_id)}" + (f", produite le {date}" if date else "") + ".",
        "",
        "## En bref",
        "",
        f"Sur {total} demande{'s' if total > 1 else ''} citoyenne{'s' if total > 1 else ''}, "
        f"comparée{'s' if total > 1 else ''} à {len(run.actions)} action{'s' if len(run.actions) > 1 else ''} :",
        "",
    ]
    for status in STATUSES:
        out.append(f"- **{status}** : {percent(counts[status], total)} ({counts[status]} sur {total})")
    validated = sum(1 for c in run.coverage if c.validated)
    to_review = sum(1 for c in run.coverage if c.to_review)
    out += ["", SUGGESTIONS_NOTE, "",
            "**Pris en compte** : une action de la stratégie répond à la demande. **Partiellement** : une "
            "action s'en approche sans y répondre entièrement. **Non pris en compte** : aucune action "
            "proche n'a été trouvée."]
    out += review_notes(run, index, unmatched)
    out += ["", "## Prise en compte par thème", "",
            "| Thème | " + " | ".join(STATUSES) + " | Total |", "|---|---:|---:|---:|---:|"]
    for label, c in index.theme_rows():
        out.append(f"| {md_escape(label)} | " + " | ".join(str(c[s]) for s in STATUSES) + f" | {sum(c.values())} |")
    not_done = [d for d in run.demands if index.status(d.id) == STATUS_NOT]
    out += ["", f"## Demandes non prises en compte ({len(not_done)})", ""]
    positions = {d.id: i for i, d in enumerate(run.demands, start=1)}
    for d in not_done:
        out.append(f"- « {md_escape(' '.join(d.text.split()))} » ({md_escape(_location(d, index))}, "
                   f"{md_escape(demand_ref(d, positions[d.id]))})")
    if not not_done:
        out.append("Toutes les demandes trouvent au moins une action proche.")
    out += ["", "## Documents comparés", "", "Demandes citoyennes :", ""]
    out += [f"- {md_escape(index.doc_title(d))} ({_md_code(d)})" for d in index.documents("demands")]
    out += ["", "Actions de la stratégie :", ""]
    out += [f"- {md_escape(index.doc_title(d))} ({_md_code(d)})" for d in index.documents("actions")]
    failures = index.failures()
    if failures:
        out += ["", "Documents ignorés (illisibles ou sans unité reconnue) :", ""]
        out += [f"- {md_escape(p)} : {md_escape(msg)}" for p, msg in failures]
    if unmatched:
        out += ["", f"## {UNMATCHED_TITLE} ({len(unmatched)})", "", UNMATCHED_INTRO, ""]
        for d in unmatched:
            demand, action, verdict = _unmatched_parts(d)
            doc = getattr(d, "demand_doc", "")
            item = f"- décision sans unité correspondante : demande « {md_escape(demand)} »"
            if doc:
                item += f" ({_md_code(doc)})"
            item += f", action « {md_escape(action)} »" if action else ", « aucune action ne répond »"
            out.append(item + f" — {md_escape(verdict)}")
    out += ["", "## Détail, demande par demande", ""]
    for position, d in enumerate(run.demands, start=1):
        cov = index.coverage.get(d.id)
        status = index.status(d.id)
        marks = []
        if index.disputed(d.id):
            marks.append(DISPUTED)
        elif cov is not None and cov.validated:
            marks.append("validé")
        if cov is not None and cov.to_review:
            marks.append("à revoir")
        head = f"### {md_escape(demand_title(d, position, total))} : {status}"
        if marks:
            head += " (" + ", ".join(marks) + ")"
        themes = [theme_label(t, labels) for t in run.themes.get(d.id, ())]
        out += [head, "", "Texte de la demande (citation exacte) :", "", _md_quote(d.text), "",
                f"Source : {md_escape(_location(d, index))}" + (f" — {md_escape(d.heading)}" if d.heading else ""),
                ""]
        out += _md_reviewers(d, index)
        out += ["**Analyse automatique (à vérifier)**", "",
                f"Thèmes : {md_escape(', '.join(themes)) if themes else 'aucun thème reconnu'}", ""]
        if d.state.strip():
            out += [md_escape(published_note(d.state)), ""]
        matches = index.matches.get(d.id, [])
        if not matches:
            out.append("Aucune action candidate.")
        chosen = index.chosen_matches(d.id)
        if chosen:
            out += ["Choisie par les relecteurs :", ""]
            for m in chosen:
                out += _md_match(m, index, cov, bullet="-")
            out.append("")
            if len(chosen) < len(matches):
                out += ["Autres actions proposées par l'outil :", ""]
        chosen_ids = {m.action_id for m in chosen}
        for m in matches:
            if m.action_id not in chosen_ids:
                out += _md_match(m, index, cov, bullet=f"{m.rank}.")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _md_match(m: Match, index: _Index, cov: Optional[Coverage], bullet: str) -> list[str]:
    """Lines of one candidate action in the Markdown report."""
    action = index.actions.get(m.action_id)
    text = " ".join(action.text.split()) if action else m.action_id
    ref = action_ref(action) if action else ""
    lead = f"{md_escape(ref)} – " if ref else ""
    mark = index.reviewer_mark(m)
    flags = []
    if cov is not None and cov.validated and cov.best_action_id == m.action_id:
        flags.append("validé")
    if m.near_tie:
        flags.append("quasi ex aequo avec une autre candidate")
    where = f" ({md_escape(_location(action, index))})" if action else ""
    if index.added(m):
        figures = f"{mark} (l'outil ne l'avait pas proposée)"
    elif mark == REVIEWER_PAIR_LABELS["non"]:
        figures = f"score {french_score(m.score)}, {mark}"
    elif mark == DISPUTED:
        figures = f"score {french_score(m.score)}, {pair_label(index.pair_status(m), index.lowered(m), index.capped(m))}, {mark}"
    elif mark:
        figures = f"{mark}, proposée par l'outil au rang {m.rank}, score {french_score(m.score)}"
    else:
        figures = f"score {french_score(m.score)}, {pair_label(index.pair_status(m), index.lowered(m), index.capped(m))}"
    lines = [f"{bullet} {lead}« {md_escape(text)} »{where} — {figures}" + (f" ({', '.join(flags)})" if flags else "")]
    indent = " " * (len(bullet) + 1)
    if not index.added(m):
        lines.append(f"{indent}{md_escape(evidence_text(m, index.labels, action.state if action else ''))}")
    if action is not None and action.detail.strip():
        lines.append(f"{indent}*{md_escape(DETAIL_LEAD.rstrip(' :'))}* : {md_escape(short_detail(action.detail))}")
    return lines


def _md_reviewers(d: Segment, index: _Index) -> list[str]:
    """The reviewers' section of a demand in the Markdown report ([] when they said nothing)."""
    review = index.review(d.id)
    if review is None:
        return []
    items = []
    for p in review.disputed:
        opinions = " ; ".join(_opinion(x, index) for x in p.decisions if x.decision != "incertain")
        items.append(f"- {DISPUTED} sur {md_escape(index.action_name(p.action_id))} : {md_escape(opinions)}")
    for who, action_id, comment in review.comments:
        items.append(f"- Commentaire du relecteur {md_escape(who)} ({md_escape(index.action_name(action_id))}) : "
                     f"« {md_escape(' '.join(comment.split()))} »")
    for x in review.previous:
        when = french_date(x.time)
        item = (f"- À revoir : décision précédente de {md_escape(x.reviewer or 'relecteur inconnu')}"
                f"{' le ' + when if when else ''} : {md_escape(verdict_text(x))}")
        if x.comment.strip():
            item += f" — commentaire : « {md_escape(' '.join(x.comment.split()))} »"
        items.append(item)
    return ["**Relecture humaine**", "", *items, ""] if items else []
