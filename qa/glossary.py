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

from qa.tokenization import american

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

    # an English term in its matching form (see english_form) -> its Chinese terms
    en_forms: dict[str, list[str]] = field(default_factory=dict)
    # the English terms as written, in American spelling -> their Chinese terms: a match in another number is read
    # with care, and a match as written takes only the Chinese of that number ("hospital" 医院, not "hospitals" 医疗机构)
    en_written: dict[str, list[str]] = field(default_factory=dict)

    def add(self, zh: str, english: list[str]) -> None:
        known = self.zh_to_en.setdefault(zh, [])
        for en in english:
            if en not in known:
                known.append(en)
            for table, key in ((self.en_to_zh, en.lower()), (self.en_forms, english_form(en)), (self.en_written, _american_text(en))):
                zhs = table.setdefault(key, [])
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
        >>> g.add("乡镇卫生院", ["township health centers"]); g.expand("the township health centre's rate").matches
        (('township health centre', ('乡镇卫生院',)),)
        >>> g.add("村卫生室", ["village clinics"]); g.expand("the village clinic list").matches, g.expand("a village clinic").matches
        ((), (('village clinic', ('村卫生室',)),))
        >>> g.add("长期护理保险", ["long-term care insurance"]); g.add("长护险", ["long-term care insurance"])
        >>> g.expand("长护险怎么交").synonyms
        (('长护险', ('长期护理保险',)),)
        """
        matches, synonyms = [], []
        taken = [False] * len(question)
        zh_re, en_re = self._compiled()
        # English is matched in its matching form (plural, British spelling and case set aside),
        # each position of which maps back to the question's own span
        english, spans = _english_forms(question)
        for regex, table, text in ((zh_re, self.zh_to_en, question), (en_re, self.en_forms, english)):
            if regex is None:
                continue
            for m in regex.finditer(text):
                start, end = (m.start(), m.end()) if text is question else (spans[m.start()][0], spans[m.end() - 1][1])
                if any(taken[start:end]):
                    continue
                if text is not question and _modifier(question, start, end, self.en_written):
                    continue
                for i in range(start, end):
                    taken[i] = True
                written = self.en_written.get(_american_text(question[start:end])) if text is not question else None
                matches.append((question[start:end], tuple(written or table[m.group(0)])))
                if table is self.zh_to_en:
                    key = m.group(0)
                    same = [z for en in table[key] for z in self.en_to_zh.get(en.lower(), ()) if z != key]
                    if same:
                        synonyms.append((key, tuple(dict.fromkeys(same))))
        return Expansion(tuple(matches), tuple(synonyms))

    def _compiled(self):
        if getattr(self, "_patterns", None) is None:
            # Longest alternatives first so that 报销比例 wins over 报销.
            zh = sorted(self.zh_to_en, key=len, reverse=True)
            en = sorted(self.en_forms, key=len, reverse=True)
            self._patterns = (
                re.compile("|".join(map(re.escape, zh))) if zh else None,
                re.compile(r"\b(?:" + "|".join(map(re.escape, en)) + r")\b") if en else None,
            )
        return self._patterns


_LATIN = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _american_text(text: str) -> str:
    return _LATIN.sub(lambda m: american(m.group(0).lower()), text)


# Nouns a term stands before as a modifier ("drug list", "clinic fees"); after any other word it is the term itself
# ("if a village clinic fakes visits": a verb, which no list of words could tell from a noun in general)
_COMPOUND_HEADS = frozenset(
    "list lists catalogue catalog catalogues catalogs price prices cost costs fee fees bill bills rate rates ratio ratios "
    "card cards scheme schemes system systems policy policies fund funds category categories type types level levels "
    "limit limits cap caps standard standards service services staff doctor doctors number numbers budget budgets "
    "expenses spending coverage cover benefit benefits plan plans program programs programme programmes project projects "
    "reform reforms management procurement use market sales data directory directories".split())


_EVERYDAY_ADJECTIVES = frozenset("new old other same each every any all some certain such this that".split())


def _modifier(question: str, start: int, end: int, written: dict[str, list[str]]) -> bool:
    """Whether a term met in another number than the glossary writes it is no use of it: a single word, or a phrase
    before a noun it qualifies: "new
    drug list" is not "new drugs" (新药), though "the village clinic in our town" is "village clinics"."""
    if _american_text(question[start:end]) in written:
        return False
    if not _NEXT_WORD.search(question[start:end]):
        return True  # (and a single word in another number is another word: "supply" (of drugs) is not "supplies", 耗材)
    if question[start:end].split()[0].lower() in _EVERYDAY_ADJECTIVES:
        return True  # (nor is an everyday adjective's noun: "a new drug gets added" is no 新药, "new drugs")
    after = _NEXT_WORD.match(question, end)
    return bool(after) and after.group(1).lower() in _COMPOUND_HEADS

# words whose final s is no plural
_NOT_PLURAL = re.compile(r"(?:ss|us|is|news|means|series|species|diabetes|rabies|herpes|measles|mumps|physics|economics|politics"
                         r"|statistics|logistics|ethics|genetics|p(?:a)?ediatrics|orthop(?:a)?edics|geriatrics|obstetrics|diagnostics"
                         r"|therapeutics|mathematics)$")


def _singular(word: str) -> str:
    if len(word) < 4 or not word.endswith("s") or _NOT_PLURAL.search(word):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y" if len(word) > 4 else word
    return word[:-2] if re.search(r"(?:ch|sh|x|ses)es$", word) else word[:-1]


def _english_forms(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each English word lower-cased, in American spelling and singular; and for each
    position of that text, the span of ``text`` it comes from (a rewritten word maps to the whole word)."""
    out, spans, pos = [], [], 0
    for m in _LATIN.finditer(text):
        out.append(text[pos:m.start()])
        spans.extend((i, i + 1) for i in range(pos, m.start()))
        word = _singular(american(m.group(0).lower()))
        out.append(word)
        spans.extend([(m.start(), m.end())] * len(word))
        pos = m.end()
    out.append(text[pos:])
    spans.extend((i, i + 1) for i in range(pos, len(text)))
    return "".join(out), spans


def english_form(term: str) -> str:
    """How an English term is matched: case, plural and British spelling set aside.

    >>> english_form("Township Health Centres"), english_form("policies"), english_form("diabetes"), english_form("village clinics")
    ('township health center', 'policy', 'diabetes', 'village clinic')
    """
    return _english_forms(term)[0]


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
