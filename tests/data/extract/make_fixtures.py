"""Rebuilds the PDF fixtures of this folder (run once from the project root; reads ../shared).

    .venv/bin/python tests/data/extract/make_fixtures.py
"""
from pathlib import Path

import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[3] / "shared" / "corpus" / "pdf"


def subset(source: str, pages: list[int], target: str) -> None:
    src = pdfium.PdfDocument(str(SHARED / source))
    out = pdfium.PdfDocument.new()
    out.import_pages(src, pages)
    out.save(str(HERE / target))


def scanned(target: str, pages: int = 1, stamp: bool = False) -> None:
    """Pages holding only an image (no text layer), like a scan; ``stamp`` adds "Page N"."""
    pdf = pdfium.PdfDocument.new()
    for number in range(1, pages + 1):
        _scanned_page(pdf, f"Page {number}" if stamp else "")
    pdf.save(str(HERE / target))


def _scanned_page(pdf, stamp: str) -> None:
    import ctypes

    raw = pdfium.raw
    page = pdf.new_page(200, 200)
    bitmap = pdfium.PdfBitmap.new_native(20, 20, pdfium.raw.FPDFBitmap_BGR)
    bitmap.fill_rect((128, 128, 128, 255), 0, 0, 20, 20)
    image = pdfium.PdfImage.new(pdf)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(200, 200))
    page.insert_obj(image)
    if stamp:
        text = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(10))
        encoded = (stamp + "\x00").encode("utf-16-le")
        raw.FPDFText_SetText(text, ctypes.cast(ctypes.c_char_p(encoded), ctypes.POINTER(raw.FPDF_WCHAR)))
        raw.FPDFPageObj_Transform(text, 1, 0, 0, 1, 80, 10)
        raw.FPDFPage_InsertObject(page.raw, text)
    page.gen_content()


def encrypted(target: str) -> None:
    """A one-page PDF protected by a user password (standard security handler, RC4 40 bits)."""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>",
        b"<</Filter/Standard/V 1/R 2/O<" + b"11" * 32 + b">/U<" + b"22" * 32 + b">/P -44>>",
    ]
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        data += b"%010d 00000 n \n" % offset
    data += b"trailer\n<</Size %d/Root 1 0 R/Encrypt 4 0 R/ID[<" % (len(objects) + 1)
    data += b"ab" * 16 + b"><" + b"ab" * 16 + b">]>>\nstartxref\n%d\n%%%%EOF\n" % xref
    (HERE / target).write_bytes(bytes(data))


if __name__ == "__main__":

    subset("guide-de-bonnes-pratiques-numerique-responsable-version-1.pdf", [10, 11, 12], "guide-pages-11-13.pdf")
    scanned("scanned.pdf")
    scanned("scanned-stamped.pdf", pages=3, stamp=True)
    encrypted("encrypted.pdf")
    (HERE / "corrupt.pdf").write_bytes((SHARED / "discoursPM.pdf").read_bytes()[:3000])
