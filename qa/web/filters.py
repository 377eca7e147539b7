"""The page's filter fields (region, from date, to date) as the engine's ``where``.

Dates are read by the one date normaliser of the document readers
(``qa.readers.normalize_date``), so "2023/6", "2023年6月" and "2023-06" all mean June 2023,
exactly as a document dated that way is indexed.
"""
from __future__ import annotations

import re
from datetime import date

from qa.index import IndexNotUsable
from qa.readers import normalize_date
from qa.retrieval import matches_filter
from qa.web.strings import ui_strings

#: The region dropdown's "no region filter" value; no document's region is "*".
ALL_REGIONS = "*"

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def typed_date(text: str) -> str | None:
    """A typed date as the index writes dates ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), or None
    when it is not a real date. The filter compares dates as string prefixes, so "2023-6"
    must become "2023-06".

    >>> typed_date("2023/6"), typed_date("2023年6月"), typed_date("2023/13"), typed_date("last year")
    ('2023-06', '2023-06', None, None)
    """
    iso = normalize_date(text or "")
    match = _ISO.fullmatch(iso)
    if not match:
        return None
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return iso


def parse_filter(region: str | None, date_from: str | None, date_to: str | None,
                 lang: str = "en") -> tuple[dict | None, str | None]:
    """The page's filter fields as ``(where, None)`` for the engine (``where`` None when
    nothing is set), or ``(None, message)`` saying in ``lang`` what is wrong and what to type.

    >>> parse_filter("Guangxi", "2023", "", "en")
    ({'region': 'Guangxi', 'date_from': '2023'}, None)
    """
    ui = ui_strings(lang)
    where: dict[str, str] = {}
    region = (region or "").strip()
    if region and region != ALL_REGIONS:
        where["region"] = region
    for key, typed in (("date_from", date_from), ("date_to", date_to)):
        typed = (typed or "").strip()
        if not typed:
            continue
        iso = typed_date(typed)
        if iso is None:
            return None, ui["bad_date"].format(field=ui[key], value=typed)
        where[key] = iso
    # The range is empty when the start, cut to the end's precision, comes after the end
    # ("2023-06" to "2023" is June to December; "2024" to "2023-06" is nothing).
    if "date_from" in where and "date_to" in where and where["date_from"][:len(where["date_to"])] > where["date_to"]:
        return None, ui["bad_range"].format(date_from=where["date_from"], date_to=where["date_to"])
    return where or None, None


def describe_filter(where: dict, lang: str = "en") -> str:
    """The filter in words.

    >>> describe_filter({"region": "Guangxi", "date_from": "2025"})
    'region Guangxi, from 2025'
    """
    ui = ui_strings(lang)
    parts = [ui[f"filter_{name}"].format(where[key])
             for key, name in (("region", "region"), ("date_from", "from"), ("date_to", "to")) if where.get(key)]
    return ui["filter_join"].join(parts)


def filter_regions(engine) -> list[str]:
    """The regions of the loaded index's documents, sorted, one spelling each (the filter
    ignores case); [] while the index cannot be loaded (the first question says why)."""
    try:
        documents = engine.retriever.index.documents
    except IndexNotUsable:
        return []
    regions: dict[str, str] = {}
    for meta in documents.values():
        region = (meta.get("region") or "").strip()
        regions.setdefault(region.casefold(), region)
    return sorted((r for r in regions.values() if r), key=str.casefold)


def region_choices(regions: list[str], lang: str = "en") -> list[tuple[str, str]]:
    """The region dropdown's (label, value) choices: "All regions" first."""
    return [(ui_strings(lang)["all_regions"], ALL_REGIONS), *((r, r) for r in regions)]


def filter_matches_any(engine, where: dict) -> bool:
    """Whether any indexed document passes the filter (the engine's own test)."""
    return any(matches_filter(meta, where) for meta in engine.retriever.index.documents.values())
