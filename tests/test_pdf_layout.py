"""The one page flow and the one text wrap that every PDF uses (reports/page_flow.py,
reports/pdf_common.wrap_text), read back from real PDFs."""

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.reports.page_flow import PageFlow
from hat_desktop.reports.pdf_common import FONT, register_fonts, wrap_text

WIDTH, HEIGHT = A4


def pages(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


def text(words: str) -> tuple[float, object]:
    def draw(c: Canvas, y: float) -> None:
        c.setFont(FONT, 10)
        c.drawString(20 * mm, y, words)

    return 10 * mm, draw


def test_wrapped_lines_fit_and_keep_every_word_and_paragraph():
    register_fonts()
    words = "the controlled drugs register can only be added to, never changed " * 4
    lines = wrap_text(f"{words}\nA second paragraph", FONT, 10, 60 * mm)
    assert all(stringWidth(line, FONT, 10) <= 60 * mm for line in lines)
    assert " ".join(lines[:-1]).split() == words.split()
    assert lines[-1] == "A second paragraph"
    assert wrap_text("fits", FONT, 10, 60 * mm) == ["fits"]
    assert wrap_text("", FONT, 10, 60 * mm) == [""]


def test_a_cut_always_shows():
    register_fonts()
    words = " ".join(f"word{i}" for i in range(60))
    lines = wrap_text(words, FONT, 10, 40 * mm, max_lines=3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(stringWidth(line, FONT, 10) <= 40 * mm for line in lines)
    one_word = wrap_text("x" * 200, FONT, 10, 40 * mm)
    assert len(one_word) == 1 and one_word[0].endswith("…")


def test_pages_break_repeat_their_header_and_count_themselves():
    def furniture(c: Canvas, _page: int) -> None:
        c.setFont(FONT, 8)
        c.drawString(20 * mm, 10 * mm, "FOOT")
        flow.page_number(c, WIDTH - 50 * mm, 10 * mm, 8)

    flow = PageFlow(A4, "test", top=HEIGHT - 20 * mm, bottom=20 * mm, demo=True,
                    furniture=furniture)
    header = text("HEADER")
    flow.add(*header)
    for i in range(60):
        flow.add(*text(f"item {i:02d}"), header)
    assert flow.finish() == 3
    found = pages(flow.pdf)
    assert len(found) == 3
    for number, page in enumerate(found, start=1):
        assert f"Page {number} of 3" in page and "FOOT" in page and "DEMO" in page
        assert page.count("HEADER") == 1
    assert [f"item {i:02d}" in "".join(found) for i in range(60)] == [True] * 60


def test_room_kept_at_the_foot_moves_an_item_to_the_next_page():
    """Footnotes take room from the bottom of their page: an item whose footnote would
    not fit goes to the next page with it (the register's corrections)."""
    placed: list[tuple[int, float]] = []
    flow = PageFlow(A4, "test", top=200 * mm, bottom=20 * mm, demo=False,
                    footnote_gap=3 * mm)

    def item(n: int) -> object:
        return lambda _c, y: placed.append((n, y))

    for n in range(17):  # 170 mm of the 180 mm: room for one more 10 mm item...
        flow.add(10 * mm, item(n))
    flow.add(10 * mm, item(17), reserve=5 * mm)  # ...but not with its footnote
    flow.finish()
    assert flow.page == 2
    assert placed[-1] == (17, 200 * mm)
