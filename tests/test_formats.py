"""Document formats (HTML, PDF, Word, Markdown front matter), in-file metadata and region inference.

Every file is generated here, in a temporary folder: no binary fixtures. One corpus holding
every format is indexed once with the real model and shared by the tests that need an index.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import qa
from qa.corpus import infer_region, load_corpus
from qa.index import build_index, load_index
from qa.readers import normalize_date, parse_front_matter, read_html, read_pdf
from qa.settings import Settings


def write_pdf(path: Path, pages: list[list[str]], password: str | None = None, title: str = "") -> Path:
    """A real PDF whose pages hold these lines of text (Helvetica, a hand-written content stream)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page.replace_contents(stream)
    if title:
        writer.add_metadata({"/Title": title, "/CreationDate": "D:20230501120000+08'00'"})
    if password:
        writer.encrypt(user_password=password)
    with open(path, "wb") as f:
        writer.write(f)
    return path


# Each page is longer than a chunk (800 characters), so page 2 has chunks of its own.
PAGE_1 = ["Hospital stays in Examplia are reimbursed at 75% within the policy scope."] + [
    f"Rule {i} on hospital stays: the deductible for ward {i} is {700 + 10 * i} yuan per year." for i in range(14)]
PAGE_2 = ["Dental implants in Examplia are covered at 40% from March 2024."] + [
    f"Dental rule {i}: an implant of grade {i} costs at most {3000 + 100 * i} yuan, of which 40% is covered."
    for i in range(12)]

HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>Examplia eye care notice</title>
<meta name="PubDate" content="2023-07-15 09:30"><link rel="canonical" href="https://example.org/eye-care">
<script>var tracker = "SCRIPTTEXT";</script><style>.menu { color: red }</style></head>
<body><header><h1>Examplia Healthcare Security Administration</h1></header>
<nav><ul><li>Home NAVTEXT</li><li>News</li></ul></nav>
<article><h1>Eye care coverage</h1>
<p>Cataract surgery in Examplia is reimbursed at 70% of the cost.<br>Glasses are not covered.</p>
<p>The rule applies from <b>1 August 2023</b>.</p></article>
<aside>Related: ASIDETEXT</aside><footer>Copyright FOOTERTEXT</footer><script>alert("SCRIPT2")</script>
</body></html>"""

FRONT_MATTER_MD = """---
title: Examplia maternity benefits
date: 2022-11-03
url: https://example.org/maternity
---
# A heading that is not the title

Maternity benefits in Examplia pay 3,000 yuan per birth.
"""

SHANDONG_TXT = ("Shandong medical insurance notice\n\n"
                "Outpatient chronic disease treatment is reimbursed at 60% for residents of the province.")


@pytest.fixture(scope="module")
def formats_settings(tmp_path_factory, embedder):
    """A corpus of every supported format plus broken files, indexed once with the real model."""
    import docx

    root = tmp_path_factory.mktemp("formats")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "eye-care.html").write_text(HTML, encoding="utf-8")
    write_pdf(corpus / "implants.pdf", [PAGE_1, PAGE_2], title="Examplia hospital and dental notice")
    document = docx.Document()
    document.add_heading("Examplia hearing aid subsidy", 0)
    document.add_paragraph("Hearing aids for children in Examplia are subsidised with 6,000 yuan each.")
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Group", (0, 1): "Subsidy", (1, 0): "Children", (1, 1): "6,000 yuan"}.items():
        table.cell(r, c).text = text
    document.save(corpus / "hearing.docx")
    write_pdf(corpus / "locked.pdf", [["A secret page about reimbursement."]], password="s3cret")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage with no xref")
    (corpus / "broken.docx").write_bytes(b"PK\x03\x04 this is not a real zip archive")
    (corpus / "maternity.md").write_text(FRONT_MATTER_MD, encoding="utf-8")
    (corpus / "shandong.txt").write_text(SHANDONG_TXT, encoding="utf-8")
    settings = Settings.from_env(corpus_dir=corpus, index_dir=root / "index")
    report = build_index(settings, embedder=embedder)
    # qa.retrieve(**locations) uses the shared engine for equal settings: give it the loaded model.
    qa.get_engine(settings)._embedder = embedder
    return settings, report


def _loc(settings):
    return {"corpus_dir": settings.corpus_dir, "index_dir": settings.index_dir}


def _chunks_of(settings, source):
    return "\n".join(c.text for c in load_index(settings).chunks if c.source == source)


def test_html_keeps_only_the_article_text(formats_settings):
    """An HTML page is indexed without scripts, styles, navigation, header, aside or footer; its
    <title>, date and canonical URL become the document's metadata."""
    settings, _ = formats_settings
    text = _chunks_of(settings, "eye-care.html")
    assert "Cataract surgery in Examplia is reimbursed at 70% of the cost." in text
    assert "1 August 2023" in text and "Glasses are not covered." in text
    for noise in ("SCRIPTTEXT", "SCRIPT2", "color: red", "NAVTEXT", "ASIDETEXT", "FOOTERTEXT", "Administration"):
        assert noise not in text
    meta = load_index(settings).documents["eye-care.html"]
    assert meta["title"] == "Examplia eye care notice"
    assert meta["date"] == "2023-07-15"
    assert meta["url"] == "https://example.org/eye-care"


def test_html_block_structure_becomes_line_breaks(tmp_path):
    """Paragraphs and <br> become line breaks, not run-together words."""
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    text = read_html(path).text
    assert "70% of the cost.\nGlasses" in text
    assert "Eye care coverage\n\nCataract" in text


def test_html_in_declared_gbk_is_decoded(tmp_path):
    """A Chinese page saved as GBK and declaring charset=gb2312 is read correctly."""
    path = tmp_path / "gbk.html"
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">' \
           "<title>山东医保通知</title></head><body><p>门诊报销比例提高到65%。</p></body></html>"
    path.write_bytes(page.encode("gbk"))
    found = read_html(path)
    assert found.title == "山东医保通知" and found.text == "门诊报销比例提高到65%。"


def test_pdf_passage_cites_its_page(formats_settings):
    """A passage from page 2 of a PDF carries page == 2 (and one from page 1, page == 1)."""
    settings, report = formats_settings
    assert "implants.pdf" in report.added
    meta = load_index(settings).documents["implants.pdf"]
    assert meta["title"] == "Examplia hospital and dental notice" and meta["date"] == "2023-05-01"
    page_2 = meta["page_starts"][1]
    passages = qa.retrieve("How much of a dental implant is covered in Examplia?", k=3, **_loc(settings))
    top = passages[0]
    assert top.source == "implants.pdf" and top.start >= page_2 and "Dental rule" in top.text
    assert top.page == 2
    hospital = qa.retrieve("deductible for hospital stays in a ward", k=1, **_loc(settings))[0]
    assert hospital.source == "implants.pdf" and hospital.start < page_2 and hospital.page == 1


def test_pdf_pages_are_joined_with_their_starts(tmp_path):
    """The PDF reader joins pages with a blank line and records where each page begins."""
    found = read_pdf(write_pdf(tmp_path / "two.pdf", [["First page."], ["Second page."]]))
    assert found.text == "First page.\n\nSecond page."
    assert found.page_starts == (0, len("First page.\n\n"))


def test_docx_is_indexed(formats_settings):
    """A Word document's paragraphs and table cells are indexed and retrievable."""
    settings, report = formats_settings
    assert "hearing.docx" in report.added
    text = _chunks_of(settings, "hearing.docx")
    # (the table's row is read beside its column's name, qa/tables.py)
    assert "Hearing aids for children" in text and "Children: Subsidy 6,000 yuan." in text
    assert load_index(settings).documents["hearing.docx"]["title"] == "Examplia hearing aid subsidy"
    top = qa.retrieve("hearing aid subsidy for children", k=1, **_loc(settings))[0]
    assert top.source == "hearing.docx" and top.page is None


def test_encrypted_corrupt_files_are_skipped_with_reasons(formats_settings):
    """An encrypted PDF, a corrupt PDF and a corrupt .docx are listed with a reason; the rest are indexed."""
    settings, report = formats_settings
    skipped = dict(report.skipped)
    assert "encrypted" in skipped["locked.pdf"]
    assert "PDF cannot be read" in skipped["broken.pdf"]
    assert "Word file cannot be read" in skipped["broken.docx"]
    assert sorted(report.added) == ["eye-care.html", "hearing.docx", "implants.pdf", "maternity.md", "shandong.txt"]
    assert "skipped locked.pdf: the PDF is encrypted" in report.summary()


def test_pdf_without_text_says_it_may_be_scanned(tmp_path):
    """A PDF with no text layer is refused with a message about scanned pages and OCR."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.write(tmp_path / "scan.pdf")
    docs, skipped = load_corpus(tmp_path)
    assert docs == [] and "scanned" in dict(skipped)["scan.pdf"]


def test_empty_pdf_and_docx_are_reported_empty(tmp_path):
    """Zero-byte .pdf and .docx files are skipped as empty."""
    (tmp_path / "a.pdf").write_bytes(b"")
    (tmp_path / "b.docx").write_bytes(b"")
    _, skipped = load_corpus(tmp_path)
    assert dict(skipped) == {"a.pdf": "the file is empty", "b.docx": "the file is empty"}


def test_markdown_front_matter_gives_metadata(formats_settings):
    """A Markdown front-matter block sets title, date and URL and is not indexed as text."""
    settings, _ = formats_settings
    meta = load_index(settings).documents["maternity.md"]
    assert (meta["title"], meta["date"], meta["url"]) == (
        "Examplia maternity benefits", "2022-11-03", "https://example.org/maternity")
    text = _chunks_of(settings, "maternity.md")
    assert "title:" not in text and text.startswith("# A heading")


def test_front_matter_parsing_edge_cases():
    """Quoted values are unquoted; a leading rule followed by prose is not taken for front matter."""
    meta, rest = parse_front_matter('---\ntitle: "Quoted: title"\nregion: Hunan\n---\nBody')
    assert meta == {"title": "Quoted: title", "region": "Hunan"} and rest == "Body"
    text = "---\nJust a rule above some prose.\n---\nMore prose."
    assert parse_front_matter(text) == ({}, text)


def test_sidecar_wins_over_in_file_metadata(tmp_path):
    """A sidecar's title and date replace the HTML's own; what the sidecar leaves out still comes from the file."""
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "page.meta.json").write_text('{"title": "Sidecar title", "date": "2024"}', encoding="utf-8")
    (doc,), _ = load_corpus(tmp_path)
    assert (doc.title, doc.date, doc.url) == ("Sidecar title", "2024", "https://example.org/eye-care")


def test_region_inferred_from_title_is_filterable(formats_settings):
    """A title naming one province sets the region, and where={'region': ...} filters on it."""
    settings, _ = formats_settings
    docs = load_index(settings).documents
    assert docs["shandong.txt"]["region"] == "Shandong"
    assert docs["eye-care.html"]["region"] == ""
    passages = qa.retrieve("reimbursed", k=5, where={"region": "Shandong"}, **_loc(settings))
    assert passages and {p.source for p in passages} == {"shandong.txt"}
    assert all(p.region == "Shandong" for p in passages)


def test_region_inference_rules():
    """Text dominated by one province gives it; a close second, a title with two, or few mentions give ""."""
    sichuan = "Sichuan expanded coverage. " * 6 + "Unlike Yunnan, 四川 raised subsidies."
    assert infer_region("Provincial notice", sichuan) == "Sichuan"
    assert infer_region("Provincial notice", "Sichuan. " * 6 + "Yunnan. " * 3) == ""
    assert infer_region("Provincial notice", "Sichuan. " * 4) == ""
    assert infer_region("Guangxi and Yunnan cooperation", "Guangxi. " * 10) == ""
    assert infer_region("Jinan city notice", "Jinan. " * 10) == ""  # a city is not a province
    assert infer_region("山东省医疗保障局关于门诊的通知", "") == "Shandong"
    assert infer_region("National medical insurance notice", "China. " * 10) == ""  # never "national" by inference


def test_sidecar_region_is_not_overridden_by_inference(tmp_path):
    """A region given in a sidecar (even "national") stays, whatever the title names."""
    (tmp_path / "a.txt").write_text(SHANDONG_TXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"region": "national"}', encoding="utf-8")
    (doc,), _ = load_corpus(tmp_path)
    assert doc.region == "national"


def test_dates_are_normalised():
    """PDF, Chinese and ISO timestamps become YYYY-MM-DD; partial dates keep their precision."""
    assert normalize_date("D:20230501120000+08'00'") == "2023-05-01"
    assert normalize_date("2023年5月1日") == "2023-05-01"
    assert normalize_date("2023-07-15T09:30:00+08:00") == "2023-07-15"
    assert normalize_date("2022-11") == "2022-11" and normalize_date("2021") == "2021"
