"""nlp_stn.report.page: the HTML page (escaping, self-contained, figures, links)."""
import re

from nlp_stn.report import render_html

from report_helpers import LABELS, fake_run


def test_html_escapes_everything_and_is_self_contained():
    page = render_html(fake_run(), LABELS)
    assert "<script>" not in page and 'alert("x")' not in page
    assert "Éviter &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; les &#x27;guillemets&#x27;" in page
    assert "http" not in page  # no external resource, no namespace URL
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert not re.search(r"\bsrc\s*=", page)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page


def test_html_headline_figures_and_marks():
    page = render_html(fake_run(), LABELS)
    # one demand in each status: 33 % each, in French
    assert page.count('<span class="num">33&nbsp;%</span>') == 3
    for status in ("pris en compte", "partiellement", "non pris en compte"):
        assert f'<span class="lbl">{status}</span>' in page
    assert "Sur <strong>3</strong> demandes citoyennes, comparées à <strong>2</strong> actions" in page
    assert "produite le 26/11/2026 à 10:15 UTC" in page
    assert "Demandes citoyennes : <strong>L&#x27;avis du conseil</strong>." in page
    assert "Comparées aux actions de : <strong>Stratégie</strong>." in page  # the unreadable one is left out
    assert '<span class="tag valid">validé</span>' in page
    assert '<span class="tag review">à revoir</span>' in page
    assert "quasi ex aequo avec une autre candidate" in page
    assert 'Score 0,30 · <span class="badge st-non">trop éloignée pour y répondre</span>' in page
    assert "Demandes non prises en compte (1)" in page
    # citizens' text quoted exactly, apart from the tool's analysis
    assert '<blockquote class="citizen">Créer un réseau de tiers lieux</blockquote>' in page
    assert page.count("Analyse automatique (à vérifier)") == 3
    # failed documents are listed; chart labels are the lexicon's French labels
    assert "/corpus/casse.pdf : PDF chiffré" in page
    assert ">Tiers-lieux et coworking</text>" in page and ">Sans thème</text>" in page


def test_html_links_are_relative_to_the_report_with_pdf_pages(tmp_path):
    page = render_html(fake_run(), LABELS, base_dir=tmp_path)
    import os
    rel = os.path.relpath("/corpus/strategie.pdf", tmp_path)
    assert f'href="{rel}#page=4">Stratégie, p. 4</a>' in page
    assert f'href="{os.path.relpath("/corpus/avis.txt", tmp_path)}"' in page
