"""Plain-text tables spelled out row by row, so each row reads as a sentence.

A policy's payment standards often sit in a table: a header of columns (一级医院｜二级医院｜
三级医院) and rows of figures. Quoted as it stands, a row ("肾结石首次碎石｜2,150元｜2,680元｜
3,240元") does not say which figure belongs to which column, so neither the answer step nor a
reader can tell the tier-two price. Each data row is rewritten with its column names beside its
figures ("肾结石首次碎石：一级医院2,150元，二级医院2,680元，三级医院3,240元。"); the header row
stays as it is. Figures and words are kept exactly; only separators change.

A table is two or more consecutive lines that split into the same number (two or more) of cells
on ``｜``, ``|`` (Markdown's outer pipes and ``---`` rule allowed) or a tab, as the Word and HTML
readers write table cells. A lone line with a pipe ("Author | Jiang") is left alone.
"""
from __future__ import annotations

import re

_CJK = re.compile(r"[\u4e00-\u9fff]")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")  # Markdown's |---|:--:|
_FIGURE = re.compile(r"\d")
# A cell's value, not a column's name: an amount, a share ("Tier 1", 2026年 name columns)
_VALUE = re.compile(r"\d[\d,.]*\s*(?:%|％|元|万|千|yuan|dollars?|pounds?|euros?|per ?cent)|[¥€£$]\s?\d|\d,\d{3}", re.IGNORECASE)


# Columns a plain-text table lines up with runs of spaces ("Under 3 years    90%    7,200 yuan"); a Chinese PDF's
# table rows come out with one space between cells ("职工医保 三级 88% 410元"), where Chinese prose has none.
_SPACED = re.compile(r"\s{2,}")
SPACED_MIN_CELLS = 3
SPACED_CELL_MAX = 16  # a cell of a table spaced with single spaces is a few words, not a clause


def _cells(line: str) -> list[str] | None:
    """The cells of a table line, or None for a line that is not one.

    >>> _cells("7 to 17 years    72%    5,500 yuan"), _cells(" 职工医保 三级 88% 410元")
    (['7 to 17 years', '72%', '5,500 yuan'], ['职工医保', '三级', '88%', '410元'])
    >>> _cells("The Fund pays  60% of it."), _cells("澜漪市医疗保障局 澜漪市卫生健康委员会关于做好尿毒症门诊透")
    (None, None)
    """
    for sep in ("｜", "\t", "|"):
        if sep in line:
            body = line.strip()
            if sep == "|":
                body = body.strip("|")
            cells = [c.strip() for c in body.split(sep)]
            return cells if len(cells) >= 2 else None
    body = line.strip()
    if _SPACED.search(body):
        cells = _SPACED.split(body)
    elif _CJK.search(body) and " " in body:
        cells = body.split(" ")
        if any(len(c) > SPACED_CELL_MAX for c in cells):
            return None
    else:
        return None
    return cells if len(cells) >= SPACED_MIN_CELLS else None


def is_header_row(line: str) -> bool:
    """Whether ``line`` names a table's columns (cells, no figures): the rows below read with it.

    >>> is_header_row("项目｜一级医院｜二级医院"), is_header_row("碎石｜2,680元｜3,240元"), is_header_row("A tier")
    (True, False, False)
    """
    cells = _cells(line)
    return bool(cells) and not any(_VALUE.search(c) for c in cells[1:])


#: A row as ``spell_out_tables`` writes it: its label, a colon, then its cells with figures.
SPELLED_ROW = re.compile(r"^[^：:。.]{1,60}[：:]\s?\S.*\d")


# A row label that is a span of figures ("3 to 6 years", "Under 3 years", 未满6周岁), not a row number ("1")
_SPAN_LABEL = re.compile(r"^(?:\d+\s*\D|(?:under|over|below|above|up to|from)\s+\d|[不未]满\d)", re.IGNORECASE)


def _spell_row(header: list[str] | None, cells: list[str]) -> str:
    chinese = bool(_CJK.search("".join(cells) + "".join(header or [])))
    label, values = cells[0], cells[1:]
    if header and header[0] and _SPAN_LABEL.match(label) and header[0] not in label:
        # (a label of figures is read with its column's name: "3 to 6 years" is an age band, not how long something lasts)
        label = f"{header[0]}{label}" if chinese else f"{header[0]} {label}"
    if header:
        names = header[1:]
        pairs = [(f"{n}{v}" if chinese else f"{n} {v}") if n else v for n, v in zip(names, values) if v]
    else:
        pairs = [v for v in values if v]
    joined = ("，" if chinese else ", ").join(pairs)
    if not label:
        row = joined
    else:
        row = f"{label}：{joined}" if chinese else f"{label}: {joined}"
    end = "。" if chinese else "."
    return row if row.endswith(("。", ".", "；", ";")) else row + end


def spell_out_tables(text: str) -> str:
    """``text`` with each table's data rows written out beside their column names.

    >>> print(spell_out_tables("费用如下：\\n项目｜二级医院｜三级医院\\n碎石｜2,680元｜3,240元\\n比例｜86%｜82%\\n其他。"))
    费用如下：
    项目｜二级医院｜三级医院
    碎石：二级医院2,680元，三级医院3,240元。
    比例：二级医院86%，三级医院82%。
    其他。
    >>> print(spell_out_tables("| Item | Employees | Residents |\\n|---|---|---|\\n| CPAP | 1,800 yuan | 1,200 yuan |"))
    | Item | Employees | Residents |
    CPAP: Employees 1,800 yuan, Residents 1,200 yuan.
    >>> spell_out_tables("Author |Jiang\\n\\n* |China Medical Insurance.")  # lone lines: not a table
    'Author |Jiang\\n\\n* |China Medical Insurance.'
    >>> spell_out_tables("一、\\t总则\\n二、\\t范围")  # cells without figures: not a table of figures
    '一、\\t总则\\n二、\\t范围'
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        if cells is None:
            out.append(lines[i])
            i += 1
            continue
        # the block: consecutive lines with as many cells (a Markdown rule line may follow the header)
        block = [(lines[i], cells)]
        j = i + 1
        while j < len(lines):
            if _RULE.match(lines[j]) and len(block) == 1:
                block.append((lines[j], None))
                j += 1
                continue
            more = _cells(lines[j])
            if more is None or len(more) != len(cells):
                break
            block.append((lines[j], more))
            j += 1
        rows = [(line, c) for line, c in block if c is not None]
        with_figures = sum(any(_FIGURE.search(v) for v in c[1:]) for _, c in rows[1:])
        if len(rows) < 2 or with_figures * 2 < len(rows) - 1:  # a table of words ("1.\tFoo") is left as it is
            out.extend(line for line, _ in block)
            i = j
            continue
        # the first row names the columns unless it already carries figures (a table without a header)
        header = rows[0][1] if not any(_VALUE.search(c) for c in rows[0][1][1:]) else None
        out.append(rows[0][0] if header else _spell_row(None, rows[0][1]))
        out.extend(_spell_row(header, c) for _, c in rows[1:])
        i = j
    return "\n".join(out)
