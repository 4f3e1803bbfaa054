"""nlp_stn.report.markdown: the Markdown report, and what it says as the HTML page does."""
from nlp_stn.model import Coverage
from nlp_stn.report import md_escape, render_html, render_markdown

from report_helpers import LABELS, fake_run


def test_markdown_escapes_and_quotes():
    md = render_markdown(fake_run(), LABELS)
    assert "> Éviter \\<script\\>alert(\"x\")\\</script\\> \\& les 'guillemets'" in md
    assert "<script>" not in md
    assert "- **pris en compte** : 33 % (1 sur 3)" in md
    assert "### Demande 2 sur 3 — n° 2 dans le document : partiellement (validé)" in md
    assert "### Demande 3 sur 3 — n° 3 dans le document : non pris en compte (à revoir)" in md
    assert "| Tiers-lieux et coworking | 1 | 0 | 0 | 1 |" in md
    # each candidate says how close it is to the demand, not a status of its own
    assert "1. « Soutenir les tiers-lieux du territoire » (Stratégie, p. 4) — score 0,81, y répond" in md
    assert "— score 0,30, trop éloignée pour y répondre" in md
    assert "— score 0,40, y répond en partie (validé)" in md
    assert md_escape("a*b_[c]|#") == "a\\*b\\_\\[c\\]\\|\\#"


def test_html_and_markdown_say_the_same_of_reviewers_work():
    # fake_run: d2 validated by a reviewer, d3's decision to review again (its texts changed)
    sentences = ["1 statut validé par un relecteur.", "1 décision à revoir (textes modifiés depuis)."]
    page, md = render_html(fake_run(), LABELS), render_markdown(fake_run(), LABELS)
    assert "<p>Ces statuts sont calculés automatiquement en comparant les textes : ce sont des suggestions à " \
           "vérifier, pas un jugement. " + " ".join(sentences) + "</p>" in page
    assert "\n".join(sentences) in md
    none = fake_run(coverage=tuple(Coverage(c.demand_id, c.status, c.best_action_id, c.score) for c in fake_run().coverage))
    assert all(s not in render_html(none, LABELS) + render_markdown(none, LABELS) for s in sentences)
