"""Reading one file of a given format into plain text and the metadata it carries.

One function per format, each returning an ``Extracted`` record: the text to index,
and whatever title, date, region and source URL the file itself states (HTML
``<title>`` and ``<meta>``, PDF document info, a Markdown front-matter block). A PDF
also gives the character offset where each page begins, so a passage can cite its page.

Every failure is a ``ValueError`` whose message says what is wrong with the file
(damaged, encrypted, scanned, ...): the corpus loader lists it and goes on. A file past one
of the size limits (``qa.settings.Limits``: file size, a .docx's unpacked size, part count
and compression ratio, PDF pages, extracted characters) raises ``LimitExceeded``, a
``ValueError`` too, checked before the expensive parse wherever the size is known up front:
a zip bomb is refused from its directory, never inflated.
"""
from __future__ import annotations

import codecs
import logging
import re
import struct
import zipfile
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

from qa.settings import Limits
from qa.tables import _cells, spell_out_tables

MB = 1024 * 1024
#: A part this small is harmless whatever its ratio (a page of repeated table rows packs well).
RATIO_MIN_BYTES = 1 * MB


class LimitExceeded(ValueError):
    """A file refused because reading it would pass one of ``Limits``; the message gives the
    size found, the limit and the variable that raises it. The upload path refuses such a file
    instead of saving it into the corpus."""


@dataclass(frozen=True)
class Extracted:
    """The text of one file and the metadata found in it ("" where the file says nothing)."""

    text: str
    title: str = ""
    date: str = ""
    region: str = ""
    url: str = ""
    #: For a PDF, the offset in ``text`` where each page begins (page 1 first); None otherwise.
    page_starts: tuple[int, ...] | None = None


# Longest first: the UTF-32 little-endian BOM begins with the UTF-16 one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(raw: bytes) -> str:
    """UTF-16 or UTF-32 with a byte-order mark, UTF-8 (with or without BOM), else GB18030
    (a superset of GBK and GB2312).

    Raises ValueError when the bytes are none of these, or look binary.

    >>> decode_text("医保 text".encode("utf-16")), decode_text("医保".encode("gbk"))
    ('医保 text', '医保')
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                raise ValueError(f"text starts with a {encoding.upper()} byte-order mark but is not "
                                 f"{encoding.upper()}; save it as UTF-8") from None
    if b"\x00" in raw[:4096]:
        raise ValueError("looks like a binary file, not text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("text is neither UTF-8 nor GBK/GB18030; save it as UTF-8")


def normalize_date(value: str) -> str:
    """A date as ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``) when it reads as one, else as given.

    >>> normalize_date("D:20230501120000+08'00'"), normalize_date("2023年5月1日")
    ('2023-05-01', '2023-05-01')
    """
    value = (value or "").strip()
    if value.startswith("D:"):  # PDF date strings: D:YYYYMMDDHHmmSS...
        m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", value)
        if m:
            return "-".join(part for part in m.groups() if part)
    m = re.match(r"(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?", value)
    if m:
        year, month, day = m.groups()
        return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    m = re.match(r"(\d{4})(\d{2})(\d{2})\b", value)
    if m:
        return "-".join(m.groups())
    m = re.match(r"(\d{4})(?:\b|年)", value)
    if m:
        return m.group(1)
    return value


# ---------------------------------------------------------------- text and Markdown


def _read_text_bytes(path: Path, limits: Limits | None) -> bytes:
    """A text file's bytes, refused unread when they must hold more characters than allowed
    (a character takes at most 4 bytes in any encoding read here)."""
    limits = limits or Limits.from_env()
    size = Path(path).stat().st_size
    if size > 4 * limits.max_document_chars:
        raise LimitExceeded(f"the text is {_size(size)}, more than {limits.max_document_chars:,} characters; "
                            f"limit {limits.max_document_chars:,} (QA_MAX_DOCUMENT_CHARS)")
    return Path(path).read_bytes()


def read_txt(path: Path, limits: Limits | None = None) -> Extracted:
    """A plain-text file, exactly as it is."""
    return Extracted(decode_text(_read_text_bytes(path, limits)))


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FRONT_MATTER_KEYS = {"title": "title", "date": "date", "region": "region", "province": "region",
                      "url": "url", "source_url": "url", "source": "url"}


def parse_front_matter(text: str) -> tuple[dict, str]:
    """The ``key: value`` pairs of a leading ``---`` block, and the text after it.

    Only simple one-line pairs are read (no YAML library); text without such a block
    comes back unchanged with an empty dict.

    >>> parse_front_matter("---\\ntitle: Notice\\ndate: 2023-05\\n---\\nBody")
    ({'title': 'Notice', 'date': '2023-05'}, 'Body')
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        pair = re.match(r"\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", line)
        if not pair:
            continue
        key = _FRONT_MATTER_KEYS.get(pair.group(1).lower())
        value = pair.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if key and value and key not in meta:
            meta[key] = value
    if not meta and m.group(1).strip():
        return {}, text  # a leading rule, not metadata
    return meta, text[m.end():]


def read_markdown(path: Path, limits: Limits | None = None) -> Extracted:
    """A Markdown file; a leading front-matter block gives its metadata and is left out of the text."""
    meta, text = parse_front_matter(decode_text(_read_text_bytes(path, limits)))
    return Extracted(text, meta.get("title", ""), normalize_date(meta.get("date", "")), meta.get("region", ""),
                     meta.get("url", ""))


# ---------------------------------------------------------------- HTML

# Content that is not the document's text: code, styling, site navigation and page furniture.
_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg",
              "iframe", "button", "select"}  # not <form>: ASP.NET pages wrap the whole body in one
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SKIP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu"}
_PARAGRAPH_TAGS = {"p", "div", "section", "article", "main", "blockquote", "pre", "table", "ul", "ol", "dl",
                   "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "address", "details"}
_LINE_TAGS = {"br", "li", "tr", "dt", "dd", "summary", "caption"}
_CELL_TAGS = {"td", "th"}
_DATE_META = {"date", "publishdate", "pubdate", "publish_date", "publication_date", "article:published_time",
              "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "citation_date", "citation_publication_date"}


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip: list = []  # [tag, depth] of the outermost element being skipped
        self.in_title = False
        self.in_h1 = False
        self.title = ""
        self.og_title = ""
        self.h1 = ""
        self.date = ""
        self.url = ""

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            self.url = self.url or attrs.get("href", "").strip()
            return
        if self.skip:
            if tag == self.skip[0]:
                self.skip[1] += 1
            return
        if tag not in _VOID_TAGS and (tag in _SKIP_TAGS or attrs.get("role", "").lower() in _SKIP_ROLES
                                      or "hidden" in attrs or attrs.get("aria-hidden") == "true"):
            self.skip = [tag, 1]
            return
        if tag == "title":
            self.in_title = True
        elif tag == "h1" and not self.h1:
            self.in_h1 = True
        self._break(tag)

    def handle_startendtag(self, tag, attrs):
        # <br/>, <meta/>: no content, so no end tag to balance a skip.
        if tag in ("meta", "link"):
            self.handle_starttag(tag, attrs)
        elif not self.skip and tag not in _SKIP_TAGS:
            self._break(tag)

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[0]:
                self.skip[1] -= 1
                if self.skip[1] <= 0:
                    self.skip = []
            return
        if tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        self._break(tag)

    def handle_data(self, data):
        if self.skip:
            return
        if self.in_title:
            self.title += data
            return
        if self.in_h1:
            self.h1 += data
        self.parts.append(data)

    def _break(self, tag):
        if tag in _PARAGRAPH_TAGS:
            self.parts.append("\n\n")
        elif tag in _LINE_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append("\t")

    def _meta(self, attrs):
        name = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content", "").strip()
        if not content:
            return
        if name == "og:title":
            self.og_title = self.og_title or content
        elif name in _DATE_META:
            self.date = self.date or content
        elif name == "og:url":
            self.url = self.url or content

    def text(self) -> str:
        raw = "".join(self.parts).replace("\xa0", " ")
        # a tab stays between table cells (qa/tables.py spells the rows out); other runs of space fold
        lines = [re.sub(r" *\t[ \t]*", "\t", re.sub(r"[ \r\f\v]+", " ", line)).strip(" \t") for line in raw.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        # (a table's rows, each opened and closed by a line break, stay one block of lines)
        return re.sub(r"(?m)^([^\n]*\t[^\n]*)\n\n(?=[^\n]*\t)", r"\1\n", text)


def _decode_html(raw: bytes) -> str:
    declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", raw[:4096], re.I)
    if declared:
        name = declared.group(1).decode("ascii").lower()
        if name in ("gb2312", "gbk", "gb_2312-80"):
            name = "gb18030"  # pages that say GB2312 often use GBK characters
        try:
            codecs.lookup(name)
            return raw.decode(name).lstrip("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back to detection
    return decode_text(raw)


def read_html(path: Path, limits: Limits | None = None) -> Extracted:
    """The visible text of a web page (no scripts, styles or navigation), its title, date and URL."""
    parser = _HTMLText()
    try:
        parser.feed(_decode_html(Path(path).read_bytes()))
        parser.close()
    except AssertionError as exc:  # html.parser's way of giving up on malformed markup
        raise ValueError(f"the HTML cannot be parsed ({exc})") from exc
    text = parser.text()
    if not text:
        raise ValueError("the HTML page has no text outside scripts, styles and navigation")
    title = " ".join((parser.title.strip() or parser.og_title or parser.h1.strip()).split())
    return Extracted(text, title[:200], normalize_date(parser.date), "", parser.url)


# ---------------------------------------------------------------- PDF and Word

# Titles that tools write by themselves, not the document's title.
_JUNK_TITLE = re.compile(r"^(untitled|microsoft (word|powerpoint) - |word document$)|\.(docx?|pdf|wps|txt)$", re.I)


def _real_title(value) -> str:
    title = " ".join(str(value or "").split())
    return "" if not title or _JUNK_TITLE.search(title) else title[:200]


def _check_not_empty(path: Path) -> None:
    if Path(path).stat().st_size == 0:
        raise ValueError("the file is empty")


def read_pdf(path: Path, limits: Limits | None = None) -> Extracted:
    """The text of a PDF, page after page, with where each page starts and the PDF's title and date.

    Raises ValueError for a damaged or password-protected PDF, or one with no text layer
    (scanned pages: there is no OCR); LimitExceeded past ``max_pdf_pages`` pages or
    ``max_document_chars`` characters (counted as the pages are read, so it stops there).
    """
    _check_not_empty(path)
    # pypdf logs a warning for every repairable flaw, common in real PDFs; the reason for a
    # file that cannot be read is in the ValueError instead.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        return _read_pdf(path, limits or Limits.from_env())
    finally:
        pypdf_log.setLevel(level)


def _read_pdf(path: Path, limits: Limits) -> Extracted:
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise ValueError(f"the PDF cannot be read, it may be damaged ({type(exc).__name__}: {exc})") from exc
    if reader.is_encrypted:
        try:
            unlocked = reader.decrypt("")  # only an owner password (print/copy restrictions): readable
        except Exception as exc:
            raise ValueError(f"the PDF is encrypted and cannot be opened ({exc}); save an unencrypted copy") from exc
        if not unlocked:
            raise ValueError("the PDF is encrypted: it needs a password to open; save an unencrypted copy")
    try:
        count = len(reader.pages)
        if count > limits.max_pdf_pages:
            raise LimitExceeded(f"the PDF has {count:,} pages; limit {limits.max_pdf_pages:,} (QA_MAX_PDF_PAGES)")
        pages = list(reader.pages)
    except LimitExceeded:
        raise
    except Exception as exc:
        raise ValueError(f"the PDF cannot be read, it may be damaged ({type(exc).__name__}: {exc})") from exc
    if not pages:
        raise ValueError("the PDF has no pages")
    texts, failures, chars = [], 0, 0
    for number, page in enumerate(pages, 1):
        try:
            texts.append((page.extract_text() or "").replace("\x00", "").strip())
        except Exception:
            failures += 1  # one bad page should not cost the others
            texts.append("")
        chars += len(texts[-1])
        if chars > limits.max_document_chars:
            raise LimitExceeded(f"the PDF's text passes {limits.max_document_chars:,} characters by page {number} "
                                f"of {len(pages)}; limit {limits.max_document_chars:,} (QA_MAX_DOCUMENT_CHARS)")
    if failures == len(pages):
        raise ValueError("the PDF cannot be read, it may be damaged (no page could be decoded)")
    if not any(texts):
        count = f"{len(pages)} page" + ("s" if len(pages) > 1 else "")
        raise ValueError(f"the PDF has no extractable text ({count}): it may be scanned images, "
                         "and there is no OCR; add a text version of it instead")
    # (each page's lines made whole and its tables spelled out before the page offsets are taken, so they still hold)
    texts = [spell_out_tables(join_wrapped_lines(text)) for text in texts]
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 2
    info = _pdf_info(reader)
    return Extracted("\n\n".join(texts), info["title"], info["date"], "", info["url"], tuple(starts))


# A line that starts an item of its own: （一）, (2), 一、, 第三条, 1. / 1、, a bullet, 表1, 附件
_ITEM_START = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百\d]+[条章节]"
                         r"|\d{1,2}(?:\.\d{1,2})*[.、)]\s|\d{1,2}(?:\.\d{1,2})+\s|[-•*·▪]\s|表\s?\d|附件|Table\s\d|Article\s\d|Section\s\d)")
_LINE_END = re.compile(r"[。！？；：.!?;:]\s*$")
_CJK_EDGE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
FULL_LINE_SHARE = 0.75  # a line this long against the page's long lines reached the right margin


def join_wrapped_lines(page: str) -> str:
    r"""A PDF page's text with the line breaks its layout put inside sentences removed: a line that runs to the right
    margin without ending its sentence goes on in the next one ("追溯期最长不超过15" / "日，追溯期内…" is "15日").
    Chinese lines join with nothing between them, others with a space (a hyphen at the break is dropped); a line
    that starts an item (（二）, 3.) or ends a clause stays apart, as do short lines (titles, table rows).

    >>> join_wrapped_lines("（一）参保人员在定点机构透析的，追溯期最长不超过15\n日，追溯期内的费用按本通知结算。\n（二）短行。")
    '（一）参保人员在定点机构透析的，追溯期最长不超过15日，追溯期内的费用按本通知结算。\n（二）短行。'
    >>> join_wrapped_lines("The Fund pays for up to eight mapping sessions in the first\ntwelve months after the switch-on of the\nimplant.")
    'The Fund pays for up to eight mapping sessions in the first twelve months after the switch-on of the implant.'
    """
    lines = page.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < 2:
        return page
    full = lengths[int(0.9 * (len(lengths) - 1))]  # the page's long lines: its text width
    out = [lines[0]]
    for line in lines[1:]:
        before, now = out[-1].rstrip(), line.lstrip()
        if before and now and len(before.strip()) >= FULL_LINE_SHARE * full and not _LINE_END.search(before) \
                and not _ITEM_START.match(now) and _cells(before) is None:
            if _CJK_EDGE.match(before[-1]) or _CJK_EDGE.match(now[0]):
                out[-1] = before + now
            elif before.endswith("-") and now[:1].islower():
                out[-1] = before[:-1] + now
            else:
                out[-1] = f"{before} {now}"
            continue
        out.append(line)
    return "\n".join(out)


def _pdf_info(reader) -> dict:
    try:
        info = reader.metadata or {}
        get = lambda key: str(info.get(key) or "")  # noqa: E731
        return {"title": _real_title(get("/Title")),
                "date": normalize_date(get("/CreationDate") or get("/ModDate")),
                "url": get("/URL") or get("/SourceURL")}
    except Exception:  # a damaged info dictionary loses the metadata, not the text
        return {"title": "", "date": "", "url": ""}


def check_zip_archive(path: Path, limits: Limits | None = None, kind: str = "zip package") -> None:
    """Refuse a zip-based file (.docx; any future .xlsx, .odt, .epub reader calls this too)
    whose directory promises too many parts, too many unpacked bytes or a bomb's compression
    ratio, before anything is inflated. The directory's sizes bound what is inflated later:
    zipfile stops at a part's stated size and a part that lies fails its CRC check.

    Raises LimitExceeded with what was found and the limit; ValueError for a file that is
    not a zip archive at all.
    """
    limits = limits or Limits.from_env()
    count = _zip_entry_count(path)  # from the end record: a directory of millions is never loaded
    if count is not None and count > limits.max_archive_entries:
        shown = f"{count:,}" if count < 0xFFFF else "more than 65,534"
        raise LimitExceeded(f"the archive holds {shown} parts; limit {limits.max_archive_entries:,} "
                            "(QA_MAX_ARCHIVE_ENTRIES)")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ValueError(f"the {kind} cannot be read, it may be damaged or not a {Path(path).suffix or '.zip'} "
                         f"({type(exc).__name__}: {exc})") from exc
    if len(entries) > limits.max_archive_entries:
        raise LimitExceeded(f"the archive holds {len(entries):,} parts; limit {limits.max_archive_entries:,} "
                            "(QA_MAX_ARCHIVE_ENTRIES)")
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > RATIO_MIN_BYTES and ratio > limits.max_compression_ratio:
            raise LimitExceeded(f"{_printable(entry.filename)} inflates to {_size(entry.file_size)} from "
                                f"{_size(entry.compress_size)} ({ratio:,.0f}:1), a zip bomb's ratio; limit "
                                f"{limits.max_compression_ratio:,.0f}:1 (QA_MAX_COMPRESSION_RATIO)")
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits.max_unpacked_mb * MB:
        largest = max(entries, key=lambda e: e.file_size)
        raise LimitExceeded(f"it inflates to {_size(unpacked)} ({_printable(largest.filename)}: "
                            f"{_size(largest.file_size)}); limit {limits.max_unpacked_mb:g} MB (QA_MAX_UNPACKED_MB)")


def _zip_entry_count(path: Path) -> int | None:
    """The part count stated by a zip file's end-of-central-directory record (None when absent:
    zipfile then says the file is damaged). 0xFFFF means a zip64 file with at least that many."""
    with open(path, "rb") as f:
        f.seek(0, 2)
        size = f.tell()
        f.seek(max(0, size - (22 + 0xFFFF)))  # the record, after a comment of at most 64 KB
        tail = f.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return None
    return struct.unpack("<H", tail[at + 10:at + 12])[0]


def _size(n: float) -> str:
    """A byte count for a message: "150 MB", "230 KB", "512 bytes"."""
    if n >= MB:
        return f"{n / MB:,.0f} MB" if n >= 10 * MB else f"{n / MB:.1f} MB"
    return f"{n / 1024:,.0f} KB" if n >= 1024 else f"{n:,.0f} bytes"


def _printable(name: str) -> str:
    """A name from inside a file, safe to print (control characters escaped)."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in name)[:120]


def read_docx(path: Path, limits: Limits | None = None) -> Extracted:
    """The body text of a Word document (paragraphs and tables, in order) and its title.

    The file's dates are not used: Word stamps creation and template times, not the
    policy's date, which belongs in a sidecar. The package is checked first
    (``check_zip_archive``): python-docx inflates and parses every part in memory.
    """
    _check_not_empty(path)
    check_zip_archive(path, limits, kind="Word file")
    import docx
    from docx.table import Table

    try:
        document = docx.Document(str(path))
        blocks = []  # paragraphs and tables, a blank line between them as in the HTML reader
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                blocks.append("\n".join(_table_lines(block)))
            else:
                blocks.append(block.text.strip())
        title = _real_title(document.core_properties.title)
        url = (document.core_properties.identifier or "").strip()
    except Exception as exc:  # not a zip, not a Word package, damaged XML
        raise ValueError(f"the Word file cannot be read, it may be damaged or not a .docx "
                         f"({type(exc).__name__}: {exc})") from exc
    text = "\n\n".join(b for b in blocks if b)
    if not text:
        raise ValueError("the Word document has no text")
    return Extracted(text, title, "", "", url if url.startswith(("http://", "https://")) else "")


def _table_lines(table) -> list[str]:
    lines = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        if cells:
            lines.append("\t".join(cells))
    return lines


#: The reader for each supported file suffix (lower case).
READERS = {
    ".txt": read_txt,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}


def read_file(path: Path, limits: Limits | None = None, suffix: str | None = None) -> Extracted:
    """The text and metadata of a file of any supported format (by ``suffix``, default the
    path's own), within ``limits`` (default: from the environment).

    Raises LimitExceeded for a file over a limit: too big to open, a .docx that would
    inflate too far, too many PDF pages, or more text than ``max_document_chars``.

    >>> read_file(Path("corpus/notice.pdf")).page_starts  # doctest: +SKIP
    (0, 2381, 4790)
    """
    path = Path(path)
    limits = limits or Limits.from_env()
    suffix = (suffix or path.suffix).lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise ValueError(f"unsupported file type {suffix or '(none)'}")
    size = path.stat().st_size
    if size > limits.max_file_mb * MB:
        raise LimitExceeded(f"the file is {_size(size)}; limit {limits.max_file_mb:g} MB (QA_MAX_FILE_MB)")
    found = reader(path, limits)
    if found.page_starts is None:  # (a PDF's page offsets would shift; its tables come out as plain runs of words)
        found = replace(found, text=spell_out_tables(found.text))
    if len(found.text) > limits.max_document_chars:
        raise LimitExceeded(f"it extracts to {len(found.text):,} characters; limit {limits.max_document_chars:,} "
                            "(QA_MAX_DOCUMENT_CHARS)")
    return found
