"""Lists of hospital levels read in pairs with the figures listed for them.

Notices list figures apart from the levels they are for: "the deductibles at Tier 1, Tier 2 and Tier 3
hospitals are 400 yuan, 800 yuan and 1,200 yuan", "一级、二级、三级医院报销比例分别为90%、85%、80%". The
answer quotes such a sentence whole (a clause of it would pair a figure with the wrong level); this
module reads which figure is the asked level's, so the answer can say it beside the quote. It pairs only
what it can count: as many levels, one after another, as the figures that follow them.
"""
from __future__ import annotations

import re

# A hospital level as the documents write it, and the slot value it is (qa/slots.py's names).
_LEVEL = re.compile(
    r"(?P<en>\b(?:tier|level|grade)[- ]?(?P<n>[123]|iii|ii|i|one|two|three)\b"
    r"|\b(?P<word>primary|secondary|tertiary)\b)"
    r"|(?P<zh>(?P<zn>[一二三])级(?:及以下|及以上|以下)?)",
    re.IGNORECASE)
_VALUES = {"1": "grassroots", "i": "grassroots", "one": "grassroots", "primary": "grassroots", "一": "grassroots",
           "2": "secondary", "ii": "secondary", "two": "secondary", "secondary": "secondary", "二": "secondary",
           "3": "tertiary", "iii": "tertiary", "three": "tertiary", "tertiary": "tertiary", "三": "tertiary"}
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:%|％|percent|万元|元|yuan|days?|天)?", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b|分别|依次", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")  # "2026, 2027": years, not figures for levels
# what may stand between two items of one list: "Tier 1, Tier 2 and Tier 3", "一级、二级和三级", "85%, 80% and 75%"
_BETWEEN = re.compile(r"^\s*(?:,|，|、|and|or|和|及|与|或|,\s*and|,\s*or)\s*$", re.IGNORECASE)


def _runs(matches: list[re.Match]) -> list[list[re.Match]]:
    """Consecutive matches with only a list separator between them."""
    runs: list[list[re.Match]] = []
    for m in matches:
        if runs and _BETWEEN.match(m.string[runs[-1][-1].end():m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _level(m: re.Match) -> str:
    key = (m.group("n") or m.group("word") or m.group("zn") or "").lower()
    return _VALUES.get(key, "")


def level_figures(sentence: str) -> list[dict[str, str]]:
    """Per list of figures that follows a list of as many levels in ``sentence``: level -> figure.

    >>> level_figures("the deductibles at Tier 1, Tier 2 and Tier 3 hospitals are 400 yuan, 800 yuan and "
    ...               "1,200 yuan, and the ratios are 85%, 80% and 75% respectively.")
    [{'grassroots': '400 yuan', 'secondary': '800 yuan', 'tertiary': '1,200 yuan'}, {'grassroots': '85%', 'secondary': '80%', 'tertiary': '75%'}]
    >>> level_figures("在一级、二级、三级定点医疗机构的报销比例分别为88%、78%、68%。")
    [{'grassroots': '88%', 'secondary': '78%', 'tertiary': '68%'}]
    >>> level_figures("Stays are reimbursed at 60% in tertiary hospitals and 72% in secondary ones.")
    []
    """
    return [{value: figure for value, _, figure in pairs} for pairs in _paired(sentence)]


def _paired(sentence: str) -> list[list[tuple[str, str, str]]]:
    """Per list of figures paired with a list of levels: (level, the level as written, figure)."""
    levels = [run for run in _runs([m for m in _LEVEL.finditer(sentence) if _level(m)]) if len(run) >= 2]
    figures = [run for run in _runs([m for m in _FIGURE.finditer(sentence) if not _YEAR_ONLY.fullmatch(m.group(0).strip())])
               if len(run) >= 2]
    out = []
    for run in figures:
        before = [lv for lv in levels if lv[-1].end() <= run[0].start()]
        if not before:
            continue
        items = before[-1]  # the nearest list of levels before the figures
        values = [_level(m) for m in items]
        if len(items) != len(run) or len(set(values)) != len(values):
            continue
        out.append([(v, m.group(0), f.group(0).strip()) for v, m, f in zip(values, items, run)])
    return out


def asked_figures(sentence: str, levels: set[str], before: str = "") -> list[tuple[str, list[str]]]:
    """For each asked level the sentence lists: the level as the sentence writes it, and its figures.
    A sentence that names no level and ends its one list of figures with "respectively" ("Retirees
    receive higher rates of 80%, 71% and 61% respectively") is read with the levels ``before`` it names,
    in their order, when there are as many.

    >>> asked_figures("At Tier 1, Tier 2 and Tier 3 hospitals the ratio is 90%, 87% and 85% respectively.", {"secondary"})
    [('Tier 2', ['87%'])]
    >>> asked_figures("Retirees receive higher rates of 80%, 71% and 61% respectively.", {"secondary"},
    ...               before="Employees get 70% at Tier 1 institutions, 60% at Tier 2 hospitals and 50% at Tier 3 hospitals.")
    [('Tier 2', ['71%'])]
    """
    paired = _paired(sentence)
    if not paired and before and _RESPECTIVELY.search(sentence) and not any(_level(m) for m in _LEVEL.finditer(sentence)):
        named: dict[str, str] = {}
        for m in _LEVEL.finditer(before):
            if _level(m):
                named.setdefault(_level(m), m.group(0))
        runs = [run for run in _runs([m for m in _FIGURE.finditer(sentence) if not _YEAR_ONLY.fullmatch(m.group(0).strip())])
                if len(run) >= 2]
        if len(runs) == 1 and len(runs[0]) == len(named):
            paired = [[(v, w, f.group(0).strip()) for (v, w), f in zip(named.items(), runs[0])]]
    out: dict[str, tuple[str, list[str]]] = {}
    for pairs in paired:
        for value, written, figure in pairs:
            if value in levels:
                out.setdefault(value, (written, []))[1].append(figure)
    return [out[v] for v in sorted(out)]
