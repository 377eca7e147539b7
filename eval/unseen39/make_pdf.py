#!/usr/bin/env python3
"""Builds lanyi-niaoduzheng-menzhen-touxi.pdf from pdf-source.txt.orig (needs reportlab).

Run with a throwaway venv, e.g.  python3 -m venv /tmp/v && /tmp/v/bin/pip install reportlab pypdf
&& /tmp/v/bin/python make_pdf.py
Uses reportlab's built-in CID font STSong-Light, so no font file is needed.
Table rows in the source are the lines whose columns are separated by 4 spaces;
they are drawn as a grid with one text object per row (see GridTable).
"""
import os, re
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Flowable

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pdf-source.txt.orig")
OUT = os.path.join(HERE, "lanyi-niaoduzheng-menzhen-touxi.pdf")

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
title = ParagraphStyle("t", fontName=F, fontSize=16, leading=24, alignment=TA_CENTER, wordWrap="CJK")
center = ParagraphStyle("c", fontName=F, fontSize=11, leading=18, alignment=TA_CENTER, wordWrap="CJK")
body = ParagraphStyle("b", fontName=F, fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK")
plain = ParagraphStyle("p", fontName=F, fontSize=11, leading=18, wordWrap="CJK")
head = ParagraphStyle("h", fontName=F, fontSize=12, leading=20, spaceBefore=6, wordWrap="CJK")
cap = ParagraphStyle("cap", parent=center, keepWithNext=1)
right = ParagraphStyle("r", fontName=F, fontSize=11, leading=18, alignment=TA_RIGHT, wordWrap="CJK")

lines = [l.rstrip("\n") for l in open(SRC, encoding="utf-8")]
story, table = [], []
class GridTable(Flowable):
    """Table drawn by hand: grid lines, and one text object per row so that text
    extractors keep each row on one line (cells at the same baseline)."""
    def __init__(self, rows, widths, size=10, rowh=20):
        super().__init__(); self.rows, self.widths, self.size, self.rowh = rows, widths, size, rowh
        self.width, self.height = sum(widths), rowh * len(rows)
    def draw(self):
        c = self.canv; c.setLineWidth(0.5)
        xs = [0]
        for w in self.widths: xs.append(xs[-1] + w)
        for i in range(len(self.rows) + 1): c.line(0, i * self.rowh, self.width, i * self.rowh)
        for x in xs: c.line(x, 0, x, self.height)
        for r, row in enumerate(self.rows):
            y = self.height - (r + 1) * self.rowh + (self.rowh - self.size) / 2 + 1.5
            t = c.beginText(); t.setFont(F, self.size)
            for k, txt in enumerate(row):
                w = pdfmetrics.stringWidth(txt, F, self.size)
                t.setTextOrigin(xs[k] + (self.widths[k] - w) / 2, y); t.textOut(txt)
            c.drawText(t)

def flush_table():
    if not table: return
    story.extend([GridTable(list(table), [22*mm, 30*mm, 30*mm, 42*mm, 42*mm]), Spacer(1, 6)]); table.clear()

nonblank = [l for l in lines if l.strip()]
for i, l in enumerate(lines):
    if not l.strip(): continue
    cols = re.split(r" {4,}", l.strip())
    if len(cols) == 5:                      # a table row
        table.append(cols); continue
    flush_table()
    if l == nonblank[0]: story.append(Paragraph(l, title))
    elif re.fullmatch(r"澜医保发〔\d{4}〕\d+号", l): story.append(Paragraph(l, center)); story.append(Spacer(1, 6))
    elif l.startswith("表1"): story.append(Paragraph(l.replace("  ", " "), cap))
    elif re.match(r"^[一二三四五六七八九]、", l): story.append(Paragraph(l, head))
    elif l.endswith("："): story.append(Paragraph(l, plain))
    elif l in nonblank[-2:]: story.append(Paragraph(l.replace("    ", "　　"), right))
    else: story.append(Paragraph(l, body))
flush_table()
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=20*mm, bottomMargin=20*mm,
                        title="澜漪市尿毒症门诊透析医疗保障通知", author="澜漪市医疗保障局")
doc.build(story)
print("wrote", OUT)
