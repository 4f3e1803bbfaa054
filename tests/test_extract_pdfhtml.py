"""HTML made from a PDF by pdf2htmlEX, read as the PDF's lines (nlp_stn.extract.pdfhtml)."""
from nlp_stn.extract import html, pdfhtml
from nlp_stn.extract.pdf import Line
from nlp_stn.settings import Settings

STYLE = """<style type="text/css">
.ff1{font-family:ff1;font-style:normal;font-weight:normal;visibility:visible;}
.ff2{font-family:ff2;font-style:normal;font-weight:normal;visibility:visible;}
.m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}
.fs1{font-size:48.000000px;}
.fs2{font-size:64.000000px;}
._1{width:1.000000px;}
._4{width:14.000000px;}
.x1{left:80.000000px;}
.x2{left:96.000000px;}
.x3{left:110.000000px;}
.x9{left:700.000000px;}
.y1{bottom:1080.000000px;}
.y2{bottom:1000.000000px;}
.y3{bottom:980.000000px;}
.y4{bottom:960.000000px;}
.y5{bottom:930.000000px;}
.y6{bottom:910.000000px;}
.y7{bottom:890.000000px;}
.y8{bottom:40.000000px;}
.h0{height:1120.000000px;}
.w0{width:794.000000px;}
@media print{.x1{left:60.000000pt;}.fs1{font-size:36.000000pt;}}
</style>"""


def _div(x: str, y: str, text: str, font: str = "ff1", size: str = "fs1") -> str:
    return f'<div class="t m0 {x} h2 {y} {font} {size} fc0 sc0 ls0 ws0">{text}</div>'


def _page(n: int, body: str) -> str:
    return (f'<div id="pf{n}" class="pf w0 h0" data-page-no="{n}"><div class="pc pc{n} w0 h0">'
            + _div("x1", "y1", "Lettre de l&#39;association des Amis du Pré – 2026")
            + body + _div("x1", "y8", "Association des Amis du Pré") + _div("x9", "y8", str(n)) + "</div></div>")


def _document(*pages: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"/><meta name="generator" content="pdf2htmlEX"/>'
            + STYLE + '<title>Lettre ouverte</title></head><body><div id="page-container">'
            + "".join(pages) + "</div></body></html>")


PAGE_1 = _page(1, _div("x1", "y2", "Nos propositions", "ff2", "fs2")
               + _div("x1", "y3", "Nous demandons que la passerelle du moulin soit rou<span class=\"_ _1\"></span>verte avant l&#39;été, et que les bancs du quai<span class=\"_ _4\"></span>soient répa-")
               + _div("x1", "y4", "rés par la commune.")
               + _div("x1", "y5", "Nous proposons aussi :")
               + _div("x2", "y6", "•") + _div("x3", "y6", "un composteur partagé au square ;")
               + _div("x2", "y7", "•") + _div("x3", "y7", "une boîte à livres devant l&#39;école."))
PAGE_2 = _page(2, _div("x1", "y2", "Notre calendrier", "ff2", "fs2")
               + _div("x1", "y3", "Nous reviendrons vers le conseil municipal en septembre pour faire le point sur"
                                  " ces trois demandes."))


def test_a_pdf2htmlex_page_is_known_by_its_page_container_and_placed_line_divs():
    assert pdfhtml.is_pdf2htmlex(_document(PAGE_1))
    assert not pdfhtml.is_pdf2htmlex('<html><body><div id="page-container"><p>Texte</p></div></body></html>')
    assert not pdfhtml.is_pdf2htmlex('<html><body><div class="pf"><div class="t">Texte</div></div></body></html>')


def test_class_rules_keep_the_first_rule_of_a_class():
    rules = pdfhtml.class_rules(_document(PAGE_1))
    assert rules["x1"] == {"left": "80.000000px"}
    assert rules["fs1"] == {"font-size": "48.000000px"}
    assert rules["m0"]["transform"].startswith("matrix(0.25")


def test_heading_fonts_are_the_other_fonts_printing_short_lines_that_end_no_sentence():
    divs = [(["t", "ff1"], "Une phrase du texte courant qui se termine."), (["t", "ff1"], "Une autre ligne du texte"),
            (["t", "ff2"], "Nos propositions"), (["t", "ff2"], "Notre calendrier"),
            (["t", "ff3"], "Une ligne en italique qui fait une phrase entière."), (["t", "ff3"], "Note")]
    assert pdfhtml.heading_fonts(divs) == {"ff2"}
    assert pdfhtml.heading_fonts([(["t", "ff1"], "Texte"), (["t", "ff1"], "Titre")]) == set()


def test_a_bullet_div_on_the_baseline_of_its_text_opens_it():
    bullet = Line(text="•", page=1, x0=96, x1=102, top=130, bottom=142, size=12, bold=False, baseline=140)
    item = Line(text="un composteur partagé ;", page=1, x0=110, x1=250, top=130, bottom=142, size=12, bold=False,
                baseline=140)
    below = Line(text="la suite", page=1, x0=80, x1=140, top=150, bottom=162, size=12, bold=False, baseline=160)
    got = pdfhtml.join_baselines([bullet, item, below])
    assert [(l.text, l.x0, l.baseline) for l in got] == [("• un composteur partagé ;", 96, 140),
                                                         ("la suite", 80, 160)]


def test_lines_take_their_place_and_scaled_size_from_the_classes_and_gaps_their_spaces(tmp_path):
    pages, heights = pdfhtml.page_lines(_document(PAGE_1))
    assert heights == [1120.0]
    first = pages[0][2]
    assert first.text == ("Nous demandons que la passerelle du moulin soit rouverte avant l'été, et que les bancs"
                          " du quai soient répa-")
    assert (first.x0, first.baseline, first.size, first.bold) == (80.0, 140.0, 12.0, False)
    assert (pages[0][1].text, pages[0][1].size, pages[0][1].bold) == ("Nos propositions", 16.0, True)


def test_a_pdf2htmlex_page_reads_as_the_pdf_it_was_made_from(tmp_path):
    path = tmp_path / "lettre.html"
    path.write_text(_document(PAGE_1, PAGE_2), encoding="utf-8")
    ex = html.read(path, Settings())
    assert ex.title == "Lettre ouverte"
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("heading", "Nos propositions"),
        ("paragraph", "Nous demandons que la passerelle du moulin soit rouverte avant l'été, et que les bancs du"
                      " quai soient réparés par la commune."),
        ("paragraph", "Nous proposons aussi :"),
        ("list_item", "un composteur partagé au square ;"),
        ("list_item", "une boîte à livres devant l'école."),
        ("heading", "Notre calendrier"),
        ("paragraph", "Nous reviendrons vers le conseil municipal en septembre pour faire le point sur ces trois"
                      " demandes."),
    ]
