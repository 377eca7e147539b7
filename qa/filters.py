"""Checking a ``where`` filter before it is used, so a mistake is an error, not a silent miss.

``qa.retrieval.matches_filter`` compares metadata as text: an unknown key or a number
would match nothing and a date typed as "yesterday" would match everything, without a word.
``check_where`` accepts only the keys the index has, with the types and dates they take, and
says what was wrong and what to write instead.
"""
from __future__ import annotations

import datetime as _dt
import re

#: Metadata keys matched exactly (ignoring case) against the document's value.
TEXT_KEYS = ("region", "title", "url")
#: Date bounds, matched as prefixes: date_to "2023" includes all of 2023.
DATE_KEYS = ("date_from", "date_to")
KEYS = TEXT_KEYS + DATE_KEYS
EXAMPLE = '{"region": "Shandong", "date_from": "2023", "date_to": "2024-06"}'
DATE_FORMS = 'a year "2023", a month "2023-06" or a day "2023-06-15" (text), or a datetime.date'

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_where(where) -> dict | None:
    """``where`` as the retriever takes it (None for no filter), or ValueError naming the key
    and the allowed forms.

    >>> check_where({"region": "Shandong", "date_to": _dt.date(2023, 6, 1)})
    {'region': 'Shandong', 'date_to': '2023-06-01'}
    >>> check_where({"date_to": "yesterday"})
    Traceback (most recent call last):
    ValueError: where["date_to"] must be a year "2023", a month "2023-06" or a day "2023-06-15" (text), or a datetime.date; got 'yesterday'
    """
    if where is None:
        return None
    if not isinstance(where, dict):
        raise ValueError(f"where must be a dict of document metadata such as {EXAMPLE}; "
                         f"got {type(where).__name__} {_shown(where)}")
    checked = {}
    for key, value in where.items():
        if key in DATE_KEYS:
            checked[key] = _check_date(key, value)
        elif key in TEXT_KEYS:
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f'where["{key}"] must be non-empty text, e.g. {{"region": "Shandong"}}; '
                                 f"got {type(value).__name__} {_shown(value)}")
            checked[key] = value.strip()
        else:
            raise ValueError(f"where has an unknown key {_shown(key)}; the keys are {', '.join(KEYS)} "
                             f"(e.g. {EXAMPLE})")
    return checked or None


def _check_date(key: str, value) -> str:
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = value.strip() if isinstance(value, str) else None
    match = _DATE.fullmatch(text) if text else None
    if match:
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            _dt.date(year, month or 1, day or 1)  # a real month and day: not 2023-13 or 2023-02-30
            return text
        except ValueError:
            pass
    raise ValueError(f'where["{key}"] must be {DATE_FORMS}; got {_shown(value)}')


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
