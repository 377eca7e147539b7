"""The bilingual glossary of policy terms, and expanding a question with it.

The glossary is ``qa/data/glossary.tsv`` (one ``中文<TAB>english|variant`` a line): general
医保 terms that any policy document uses. A corpus may carry its own phrasings in a
``glossary.tsv`` at the top of its folder (it is not indexed as a document): the engine of
that corpus expands questions with it too. A user adds a file of their own with
``QA_GLOSSARY``. Reading order: bundled, the corpus's, the user's. Chinese words for jieba
(and so the index's tokens) come from the bundled and the user's files only, so a corpus
glossary never changes how documents are cut into words. A Chinese question gains the English terms it contains, so that it
can find English passages; an English question gains the Chinese terms, for Chinese
documents.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

BUNDLED_GLOSSARY = Path(__file__).parent / "data" / "glossary.tsv"
CORPUS_GLOSSARY = "glossary.tsv"  # a corpus's own terms, at the top of its folder


@dataclass(frozen=True)
class Expansion:
    """What a question gained: (term found in it, terms in the other language) pairs."""

    matches: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (Chinese term found, the glossary's other Chinese terms for its English ones): 长护险 ->
    # 长期护理保险 ("long-term care insurance"), so a question's short form meets a notice's full one
    synonyms: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def added_terms(self) -> list[str]:
        return [t for _, terms in self.matches for t in terms]

    def text(self) -> str:
        return " ".join(self.added_terms)


@dataclass
class Glossary:
    zh_to_en: dict[str, list[str]] = field(default_factory=dict)
    en_to_zh: dict[str, list[str]] = field(default_factory=dict)

    def add(self, zh: str, english: list[str]) -> None:
        known = self.zh_to_en.setdefault(zh, [])
        for en in english:
            if en not in known:
                known.append(en)
            zhs = self.en_to_zh.setdefault(en.lower(), [])
            if zh not in zhs:
                zhs.append(zh)
        self._patterns = None

    def zh_terms(self) -> list[str]:
        return list(self.zh_to_en)

    def expand(self, question: str) -> Expansion:
        """Glossary matches in ``question``, longest first and without overlaps.

        >>> g = Glossary(); g.add("报销", ["reimbursement"]); g.add("报销比例", ["reimbursement ratio"])
        >>> g.expand("山东报销比例是多少").added_terms
        ['reimbursement ratio']
        >>> g.add("长期护理保险", ["long-term care insurance"]); g.add("长护险", ["long-term care insurance"])
        >>> g.expand("长护险怎么交").synonyms
        (('长护险', ('长期护理保险',)),)
        """
        matches, synonyms = [], []
        taken = [False] * len(question)
        zh_re, en_re = self._compiled()
        for regex, table in ((zh_re, self.zh_to_en), (en_re, self.en_to_zh)):
            if regex is None:
                continue
            for m in regex.finditer(question):
                if any(taken[m.start():m.end()]):
                    continue
                for i in range(m.start(), m.end()):
                    taken[i] = True
                key = m.group(0) if table is self.zh_to_en else m.group(0).lower()
                matches.append((m.group(0), tuple(table[key])))
                if table is self.zh_to_en:
                    same = [z for en in table[key] for z in self.en_to_zh.get(en.lower(), ()) if z != key]
                    if same:
                        synonyms.append((key, tuple(dict.fromkeys(same))))
        return Expansion(tuple(matches), tuple(synonyms))

    def _compiled(self):
        if getattr(self, "_patterns", None) is None:
            # Longest alternatives first so that 报销比例 wins over 报销.
            zh = sorted(self.zh_to_en, key=len, reverse=True)
            en = sorted(self.en_to_zh, key=len, reverse=True)
            self._patterns = (
                re.compile("|".join(map(re.escape, zh))) if zh else None,
                re.compile(r"\b(?:" + "|".join(map(re.escape, en)) + r")\b", re.IGNORECASE) if en else None,
            )
        return self._patterns


def parse_glossary(lines, into: Glossary | None = None, origin: str = "glossary") -> Glossary:
    glossary = into or Glossary()
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        zh, sep, en = line.partition("\t")
        variants = [v.strip() for v in en.split("|") if v.strip()]
        if not sep or not zh.strip() or not variants:
            raise ValueError(f"{origin} line {number}: expected '中文<TAB>english|variant', got {line!r}")
        glossary.add(zh.strip(), variants)
    return glossary


def glossary_files(corpus_dir=None) -> list[Path]:
    """The glossary files in use, in reading order: bundled, the corpus's own (when a corpus
    folder is given and has one), the user's."""
    files = [BUNDLED_GLOSSARY]
    if corpus_dir is not None and (Path(corpus_dir) / CORPUS_GLOSSARY).is_file():
        files.append(Path(corpus_dir) / CORPUS_GLOSSARY)
    if os.environ.get("QA_GLOSSARY"):
        files.append(Path(os.environ["QA_GLOSSARY"]))
    return files


def load_glossary(corpus_dir=None) -> Glossary:
    """The glossary of ``glossary_files(corpus_dir)`` (cached while the files and their times stay the same)."""
    key = []
    for path in glossary_files(corpus_dir):
        try:
            key.append((str(path), path.stat().st_mtime_ns))
        except OSError:
            key.append((str(path), None))
    return _load(tuple(key))


@lru_cache(maxsize=4)
def _load(files: tuple[tuple[str, int | None], ...]) -> Glossary:
    glossary = Glossary()
    for path, stamp in files:
        if stamp is None:
            if path == str(BUNDLED_GLOSSARY):
                continue
            raise ValueError(f"glossary file {path} cannot be read: check QA_GLOSSARY")
        with open(path, encoding="utf-8") as f:
            parse_glossary(f, glossary, path)
    return glossary
