"""Follow-up questions in a chat: "And in Shandong?" read through the previous question.

A short follow-up names only a new place or a new year ("What about Guangxi?",
"那山东呢？", "How about in 2023?"), or a new qualifier of what is measured: the level of
care ("What about at tertiary hospitals?", "二级医院呢？"), the type of care ("And for
inpatient care?", "门诊呢？") or the people and scheme ("And for urban employees?",
"那职工医保呢？"). It is rewritten into the previous question with that one thing
swapped in (or added, where the previous question had none), so the measure asked
about is kept, retrieval sees a whole question and the chat can show what it
understood. Anything longer is a question of its own and left as it is.
"""
from __future__ import annotations

import re

from qa.places import places_in
from qa.slots import slots_in
from qa.qualifiers import add_qualifier, qualifier_only, swap_qualifier
from qa.tokenization import cjk_share

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_YEAR_ONLY = re.compile(r"^(?:(?:the )?year )?((?:19|20)\d\d)(?:年|年度)?$", re.IGNORECASE)

# Openers and closers of a follow-up, stripped before asking "is only a place or a year left?".
_EN_LEAD = re.compile(
    r"^(?:(?:and|but|ok|okay|so|then|also)\s*,?\s+)*"
    r"(?:(?:what|how)\s+about|what\s+if|same\s+(?:question\s+)?for|and)?\s*"
    r"(?:(?:in|for|at|of|under|among|with)\s+)?(?:(?:the|an?)\s+)?",
    re.IGNORECASE,
)
_EN_TAIL = re.compile(r"\s*(?:then|instead|too|as well)$", re.IGNORECASE)
_ZH_LEAD = re.compile(r"^(?:那么|那|还有|换成|改成|如果是|如果|要是)?(?:在|对于|对)?(?:参加|参保|加入)?")
_ZH_TAIL = re.compile(r"(?:的情况|的话|来说|怎么样|如何|又如何|呢|的(?:参保)?人员?|的参保人|的)*$")
# Who a follow-up is about, before what it names: "(for) someone on the resident scheme", "people in tier-2
# hospitals", "those insured as residents"
_EN_PERSON = re.compile(r"^(?:someone|somebody|anyone|people|persons?|those|a person|members|patients|insured persons?)\s+"
                        r"(?:who\s+(?:is|are)\s+)?(?:on|in|under|with|at|covered by|insured (?:as|under|in|with|by))\s+(?:(?:the|an?)\s+)?",
                        re.IGNORECASE)
_PLACE_SUFFIX = re.compile(r"(?:\s+province|\s+city|省|市|自治区|地区)$", re.IGNORECASE)
_PUNCT = "?？。.!！,，、 \t\n"


def _follow_up_target(question: str) -> tuple[str, object] | None:
    """("place", spellings), ("year", "2023") or ("qualifier", Qualifier) when the question is
    only that, else None."""
    core = question.strip().strip(_PUNCT)
    if not core or len(core) > 60:
        return None
    if cjk_share(core) > 0:
        core = _ZH_TAIL.sub("", _ZH_LEAD.sub("", core, count=1), count=1)
    else:
        core = _EN_PERSON.sub("", _EN_TAIL.sub("", _EN_LEAD.sub("", core, count=1), count=1), count=1)
    core = core.strip().strip(_PUNCT)
    if not core:
        return None
    year = _YEAR_ONLY.match(core)
    if year:
        return "year", year.group(1)
    name = _PLACE_SUFFIX.sub("", core)
    for candidate in (name, name.title()):
        places = places_in(candidate)
        if len(places) == 1 and places[0][0] == candidate:
            return "place", places[0]
    qualifier = qualifier_only(core)
    return ("qualifier", qualifier) if qualifier else None


def _spelling(names: tuple[str, ...], chinese: bool) -> str:
    """The place's name in the language of the question it goes into."""
    for name in names:
        if (not name.isascii()) == chinese:
            return name
    return names[0]


def _replace_name(text: str, old: str, new: str) -> str:
    if old.isascii():
        return re.sub(r"\b" + re.escape(old) + r"\b", new, text)
    return text.replace(old, new)


def _add_to(previous: str, chinese: bool, english_phrase: str, chinese_prefix: str) -> str:
    """The previous question with a place or year added where it reads naturally."""
    if chinese:
        # A Chinese question puts the place or year first: "山东门诊报销比例是多少？".
        return chinese_prefix + previous
    body = previous.rstrip()
    end = ""
    while body and body[-1] in "?？.!":
        end = body[-1] + end
        body = body[:-1]
    return f"{body.rstrip()} {english_phrase}{end}"


def rewrite_followup(question: str, history: list[str]) -> str:
    """The question made whole when it is a short follow-up to the last one, else unchanged.

    >>> rewrite_followup("And in Shandong?", ["What is the outpatient ratio in Shanxi?"])
    'What is the outpatient ratio in Shandong?'
    >>> rewrite_followup("那我爸呢？他已经退休了。", ["我在公司上班，住院能报多少？"])
    '我退休，住院能报多少？'
    >>> rewrite_followup("And for my dad, who's retired?", ["I'm still working. What share of the ambulance trip is paid?"])
    "I'm retired. What share of the ambulance trip is paid?"
    """
    if not history or not isinstance(question, str):
        return question
    previous = next((h for h in reversed(history) if isinstance(h, str) and h.strip()), "")
    if not previous:
        return question
    target = _follow_up_target(question)
    told = _ZH_ABOUT_SOMEONE.match(question)
    if told and cjk_share(previous) > 0.3:
        # "那我爸呢？他已经退休了。": the person is who it is for; what the reader then says of them is what changes
        swapped = swap_slot_value(told.group(1), previous.strip())
        if swapped:
            return swapped
    told = _EN_ABOUT_SOMEONE.match(question)
    if told and cjk_share(previous) <= 0.3:
        # ... and in English: "And for my dad, who's retired?" after "I'm still working. ..."
        swapped = swap_slot_value_en(told.group(1), previous.strip())
        if swapped:
            return swapped
    myself = the_reader_instead(question, previous.strip()) or someone_else_instead(question, previous.strip())
    if myself:
        return myself
    told = _ZH_THEN_TOLD.match(question) if cjk_share(previous) > 0.3 else _EN_THEN_TOLD.match(question)
    if told:
        # "那转到县医院住呢？县医院是二级的。": the follow-up first, then what the reader says of what it names
        asked = rewrite_followup(told.group(1), history)
        if asked != told.group(1):
            return told_level(told.group(2), asked) or f"{asked.rstrip()} {told.group(2).strip()}"
    if target is None:
        kept = keep_situation(question, previous.strip())
        if kept != question:
            return kept
        swapped = swap_unit(question, previous.strip()) or swap_phrase(question, previous.strip())
        if swapped != question:
            return swapped
        kept = keep_place(question, previous.strip())
        kept = kept if kept != question else keep_subject(question, previous.strip())
        kept = kept if kept != question else keep_topic(question, previous.strip())
        kept = kept if kept != question else situation_with_new_ask(question, previous.strip())
        return kept if kept != question else kind_with_new_ask(question, previous.strip())
    previous = previous.strip()
    chinese = cjk_share(previous) > 0.3
    kind, value = target
    if kind == "qualifier":
        return swap_qualifier(previous, value, chinese) or add_qualifier(previous, value, chinese)
    if kind == "place":
        new = _spelling(value, chinese)
        old_places = places_in(previous)
        if old_places:
            # places_in gives each place as written first; the first place named is the subject.
            return _replace_name(previous, old_places[0][0], new)
        return _add_to(previous, chinese, f"in {new}", new)
    year = str(value)
    old_year = _YEAR.search(previous)
    if old_year:
        return previous[: old_year.start()] + year + previous[old_year.end():]
    return _add_to(previous, chinese, f"in {year}", f"{year}年")


# A follow-up naming something outside the vocabularies ("And for out-of-catalogue expenses?"):
# the phrase it names takes the place of the previous question's phrase with the same head word,
# or of the object of the same preposition ("... rate for specified drugs" -> "... rate for people
# with pre-existing conditions"), so the measure asked about is kept.
_EN_PHRASE = re.compile(r"^\s*(?:and|but|what about|how about)\s*,?\s+(?:(for|in|at|of|under|among|with|on)\s+)?(.+?)\s*[?？.!]*\s*$",
                        re.IGNORECASE)
_PHRASE_STOP = frozenset("a an the what which how is are was were be been do does did get gets have has had can will would "
                         "for in at of under among with on by from to per after before within during and or than".split())
_ZH_PHRASE = re.compile(r"^\s*(?:那么|那|还有)\s*(.{2,12}?)(?:的情况|的话|怎么样|又如何|呢)\s*[?？。]*\s*$")


_EN_PER_ASKED = re.compile(r"^\s*(?:and|but|what about|how about)?\s*,?\s*(?:per|a|each|every|for a|for the)\s+(day|week|month|year)\s*[?？.!]*\s*$"
                           r"|^\s*(?:and|but)?\s*,?\s*(daily|weekly|monthly|yearly|annually)\s*[?？.!]*\s*$", re.IGNORECASE)
_EN_PER_SAID = re.compile(r"\b(?:a|per|each|every) (day|week|month|year)\b|\b(daily|weekly|monthly|yearly|annually)\b", re.IGNORECASE)
_ZH_PER_ASKED = re.compile(r"^\s*(?:那么?|还有)?\s*(?:一|每)(?:个)?(天|周|月|年)(?:的话)?(?:呢)?\s*[?？。]*\s*$")
_ZH_PER_SAID = re.compile(r"(?:一|每)(?:个)?(天|周|月|年)")
_EN_ADVERB = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year"}


def swap_unit(question: str, previous: str) -> str:
    """The previous question asked per the unit the follow-up names ("And per year?" after "What's the most it pays a
    month?"; "那一年呢？" after "一个月最多能报多少？"), or "" when it names none or the previous question says none.

    >>> swap_unit("And per year?", "What's the most insurance pays a month for her formula?")
    "What's the most insurance pays a year for her formula?"
    >>> swap_unit("那一年呢？", "特殊奶粉一个月医保最多能报多少钱？"), swap_unit("And per year?", "What's the deductible?")
    ('特殊奶粉一年医保最多能报多少钱？', '')
    """
    if cjk_share(question) > 0:
        m, said = _ZH_PER_ASKED.match(question), _ZH_PER_SAID.search(previous)
        if not m or not said or said.group(1) == m.group(1):
            return ""
        return previous[:said.start()] + said.group(0)[0] + m.group(1) + previous[said.end():]
    m, said = _EN_PER_ASKED.match(question), _EN_PER_SAID.search(previous)
    if not m or not said:
        return ""
    unit = m.group(1) or _EN_ADVERB[m.group(2).lower()]
    was = said.group(1) or _EN_ADVERB[said.group(2).lower()]
    if unit.lower() == was.lower():
        return ""
    written = f"{said.group(0).split()[0]} {unit.lower()}" if said.group(1) else \
        {"day": "daily", "week": "weekly", "month": "monthly", "year": "yearly"}[unit.lower()]
    return previous[:said.start()] + written + previous[said.end():]


# A phrase naming a kind of institution or group by its head ("a county hospital", "retirees"), not a measure of one
# ("tertiary care rates": a question of its own)
_SLOT_HEAD = re.compile(r"\b(?:hospitals?|cent(?:re|er)s?|clinics?|institutions?|facilit(?:y|ies)|pharmac(?:y|ies)|retirees|"
                        r"students|children|kids|employees|residents|workers)$", re.IGNORECASE)


def swap_phrase(question: str, previous: str) -> str:
    """The previous question with the phrase a short follow-up names put in place of its like, or
    the question unchanged when no place for it is found.

    >>> swap_phrase("And for out-of-catalogue expenses?", "What is the deductible for in-catalogue hospital expenses?")
    'What is the deductible for out-of-catalogue expenses?'
    >>> swap_phrase("And for people with pre-existing conditions?", "What is the rate for specified drugs under Xunkang Bao?")
    'What is the rate for people with pre-existing conditions under Xunkang Bao?'
    >>> swap_phrase("And at a tier-2 hospital?", "What's the fixed payment for cataract surgery at a tier-3 hospital?")
    "What's the fixed payment for cataract surgery at a tier-2 hospital?"
    >>> swap_phrase("那重度失能二级呢？", "居家上门护理，重度失能一级每月最高支付多少？")
    '居家上门护理，重度失能二级每月最高支付多少？'
    >>> swap_phrase("那一档退休人员呢？", "选择一档的在职人员看门诊，支付比例是多少？")
    '选择一档的退休人员看门诊，支付比例是多少？'
    """
    from qa.tokenization import tokenize

    if cjk_share(question) > 0:
        m = _ZH_PHRASE.match(question)
        if not m or cjk_share(previous) <= 0.3:
            return question
        new = m.group(1)
        # the longest run of the previous question that the new phrase starts with ("重度失能" of 重度失能二级)
        for size in range(len(new) - 1, 1, -1):
            at = previous.find(new[:size])
            rest = len(new) - size
            if at >= 0 and rest <= 3 and not re.search(r"[，。？?、；\s]", previous[at + size:at + size + rest]):
                return previous[:at] + new + previous[at + size + rest:]
        return swap_place_of_care(new, previous) or swap_slot_value(new, previous) or undone_swapped(new, previous) \
            or done_undone(new, previous) or swap_area(new, previous) \
            or swap_same_head(new, previous) or swap_illness(new, previous) or swap_thing(new, previous) \
            or swap_shared_part(new, previous) or added_phrase(new, previous, True) or question
    m = _EN_PHRASE.match(question)
    if not m or cjk_share(previous) > 0.3:
        return question
    preposition, new = m.group(1), m.group(2).strip()
    if not preposition and re.match(r"(?:if|when|where)\s", new, re.IGNORECASE) and len(new.split()) <= 12:
        # a condition naming another level, group or care than the previous question's ("And if a secondary hospital
        # opens the bed?" after a community health centre) swaps it in, keeping the rest of the situation
        # ("my dad is on employee insurance"); another condition narrows the previous question's last sentence
        # ("And if they come to our home instead?")
        return swap_slot_value_en(new, previous) or if_clause_added(new, previous)
    if not new or len(new.split()) > 6 or (preposition or "").lower() == "in" or _EN_WHOLE.match(f"and {new}"):
        # (nor is "And how many hospitals joined?": a question of its own)
        # "And in Atlantis?": a place the vocabularies do not know is left to be asked whole
        return question
    words = list(re.finditer(r"[\w'-]+", previous))
    head = tokenize(new.split()[-1])
    for i in range(len(words) - 1, -1, -1):
        if head and tokenize(words[i].group(0)) == head:
            first = i
            while first > 0 and words[first - 1].group(0).lower() not in _PHRASE_STOP:
                first -= 1
            if first > 0 and words[first - 1].group(0).lower() in ("a", "an", "the"):
                new = re.sub(r"^(?:a|an|the)\s+", "", new, flags=re.IGNORECASE)  # (one article: "at a tier-2 hospital")
            return previous[:words[first].start()] + new + previous[words[i].end():]
    acronym = swap_acronym(new, previous)
    if acronym:
        return acronym
    # (another level of institution or group than the previous one's, under another head: "And at a county hospital?"
    # after "the tertiary wound centre")
    slot = swap_slot_value_en(new, previous) if _SLOT_HEAD.search(new) else ""
    if slot:
        return slot
    if preposition:
        objects = [i for i, w in enumerate(words) if w.group(0).lower() == preposition.lower() and i + 1 < len(words)]
        if objects:
            first = last = objects[-1] + 1
            while last + 1 < len(words) and words[last + 1].group(0).lower() not in _PHRASE_STOP:
                last += 1
            return previous[:words[first].start()] + new + previous[words[last].end():]
    return the_thing_instead(new, previous) or added_phrase(f"{preposition or 'for'} {new}", previous, False) or question


def the_thing_instead(new: str, previous: str) -> str:
    """The previous English question with the one specific thing it names (a device, a treatment: its glossary term)
    replaced by the follow-up's ("And for the processor?" after "… to fix my daughter's hearing aid …"); "" otherwise.

    >>> the_thing_instead("the processor", "What's the most it pays each year to fix my daughter's hearing aid?")
    "What's the most it pays each year to fix my daughter's processor?"
    """
    from qa.answering import english_dictionary_forms, specific_terms
    from qa.retrieval import analyse_question

    query = analyse_question(previous)
    terms = [found for found, _ in specific_terms(query)]
    terms += [word for word, _ in english_dictionary_forms(previous, tuple(found for found, _ in query.expansion.matches))
              if not any(word in t or t in word for t in terms)]
    terms = list(dict.fromkeys(t.strip() for t in terms))
    # (the one the reader owns: "my daughter's hearing aid", not "the warranty")
    terms = [t for t in terms if re.search(rf"\b(?:my|our|his|her|their|[a-z]+['’]s)\s+{re.escape(t)}", previous, re.IGNORECASE)]
    thing = re.sub(r"^(?:the|a|an|my|our|his|her|their)\s+", "", new, flags=re.IGNORECASE)
    if len(terms) != 1 or len(thing.split()) > 3 or not re.fullmatch(r"[A-Za-z][A-Za-z -]*", thing):
        return ""
    at = re.search(rf"\b{re.escape(terms[0])}s?\b", previous, re.IGNORECASE)
    return f"{previous[:at.start()]}{thing}{previous[at.end():]}" if at else ""


# A name written with two or more capitals (CPAP, BiPAP, PET-CT, HbA1c): a device, test or illness by its acronym
_ACRONYM = re.compile(r"(?<![\w-])(?=[\w-]*[A-Z][\w-]*[A-Z])[A-Za-z][\w-]*[A-Za-z0-9](?![\w-])")


def swap_acronym(new: str, previous: str) -> str:
    """The previous question with the one acronym it names replaced by the follow-up's ("And for the BiPAP?" after a
    question about a CPAP), or "" where the follow-up is no lone acronym or the previous question names none or several.

    >>> swap_acronym("the BiPAP", "My dad rents a CPAP. What purchase amount does insurance go by?")
    'My dad rents a BiPAP. What purchase amount does insurance go by?'
    >>> swap_acronym("retirees", "What does a CPAP cost?"), swap_acronym("CT", "Is an MRI or a PET covered?")
    ('', '')
    """
    new = re.sub(r"^(?:a|an|the)\s+", "", new, flags=re.IGNORECASE)
    if not _ACRONYM.fullmatch(new):
        return ""
    found = {m.group(0) for m in _ACRONYM.finditer(previous)}
    if len(found) != 1 or new in found:
        return ""
    old = found.pop()
    return re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", new, previous)


# The head noun after a kind of institution's level or a group's word ("community health *centre*", "secondary *hospital*")
_EN_HEAD_AFTER = re.compile(r"[\w-]*(?:['’]s?)?(?:\s+(?:health\s+)?(?:centres?|centers?|clinics?|hospitals?|institutions?|facilities|facility|"
                            r"scheme|insurance|members?))?", re.IGNORECASE)


def swap_slot_value_en(clause: str, previous: str) -> str:
    """The previous English question with the one group, level of institution or type of care it names replaced by the
    one the follow-up's condition names, articles kept; "" when there is no such single pair.

    >>> swap_slot_value_en("if a secondary hospital opens the bed",
    ...                    "My dad is on employee insurance and the community health centre opened a bed. What percentage is paid?")
    'My dad is on employee insurance and a secondary hospital opened a bed. What percentage is paid?'
    >>> swap_slot_value_en("if they come to our home instead", "The doctor sees her at the centre. How much is paid per visit?")
    ''
    """
    from qa.slots import _compiled

    for kind in ("institution", "group", "care"):
        values = _compiled()[kind]
        asked = [(v, m) for v, (en, _) in values.items() if v != "hospitals" and (m := en.search(clause.lower()))]
        if len(asked) != 1:
            continue
        before = [(v, m) for v, (en, _) in values.items() if v != "hospitals" and v != asked[0][0] and (m := en.search(previous.lower()))]
        if len(before) != 1:
            continue
        new_match, old_match = asked[0][1], before[0][1]
        if re.search(r"\s\w", _EN_HEAD_AFTER.match(previous, old_match.end()).group(0)):
            # (the previous question names the group by its scheme, "the residents' scheme": so does the one put in its
            # place, where the clause names it so too, "still working and on the employee scheme")
            headed = [m for m in values[asked[0][0]][0].finditer(clause.lower())
                      if re.search(r"\s\w", _EN_HEAD_AFTER.match(clause, m.end()).group(0))]
            new_match = headed[0] if headed else new_match
        new_end = new_match.end() + _EN_HEAD_AFTER.match(clause, new_match.end()).end() - new_match.end()
        new_start = new_match.start()
        article = re.search(r"(?:\b(?:a|an|the)\s+)$", clause[:new_start], re.IGNORECASE)
        phrase = clause[article.start() if article else new_start:new_end]
        old_end = old_match.end() + _EN_HEAD_AFTER.match(previous, old_match.end()).end() - old_match.end()
        old_start = old_match.start()
        old_article = re.search(r"(?:\b(?:a|an|the|my|our|his|her|their)\s+)$", previous[:old_start], re.IGNORECASE)
        if article and old_article:
            old_start = old_article.start()
        return previous[:old_start] + phrase + previous[old_end:]
    return ""


def if_clause_added(clause: str, previous: str) -> str:
    """The previous English question's asking sentence with the follow-up's condition after it.

    >>> if_clause_added("if they come to our home instead", "The doctor sees her at the centre. How much is paid per visit?")
    'How much is paid per visit if they come to our home instead?'
    >>> if_clause_added("if their contract gets cancelled, how long before they can apply again",
    ...                 "If a hospital fakes treatments, how big is the fine?")
    'If a hospital fakes treatments and their contract gets cancelled, how long before they can apply again?'
    """
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", previous.strip()) if s]
    asking = next((s for s in reversed(sentences) if s.endswith("?")), sentences[-1] if sentences else previous)
    own = _OWN_ASK.match(clause.strip())
    if own:
        # (a condition with a question of its own: that question is asked, in the earlier situation with the new
        # condition added to it; not the earlier question's "how big is the fine")
        situation = _EN_IF_CLAUSE.match(asking)
        told = " ".join(s for s in sentences if s is not asking)
        if situation:
            asked = f"{situation.group(1)} and {own.group(2)}, {own.group(3).rstrip(_PUNCT)}?"
        else:
            asked = f"{own.group(1)[:1].upper()}{own.group(1)[1:]} {own.group(2)}, {own.group(3).rstrip(_PUNCT)}?"
        return f"{told} {asked}".strip()
    body = asking.rstrip(_PUNCT)
    return f"{body} {clause.rstrip(_PUNCT)}?"


# "if their contract gets cancelled, how long before they can apply again": a condition, then its own question
_OWN_ASK = re.compile(r"^(if|when|where|once)\s+([^,?]{4,}?),\s*((?:how|what|which|when|is|are|does|do|can|will|would)\b.+)$",
                      re.IGNORECASE)


_ZH_NOT_DONE = re.compile(r"(?:没有|没|未)(?:办理|办|做|进行)?([\u4e00-\u9fff]{2,4}?)(?=[，。？?、；]|的|就|便|而|时|$)")


# Where a move or a stay is from or to, as a reader contrasts it: within the province or from outside it
_ZH_AREAS = (("省内", "本省"), ("外省", "省外", "跨省"))


def swap_area(new: str, previous: str) -> str:
    """The previous Chinese question with its side of the province line (省内) replaced by the follow-up's (外省);
    "" when they do not name the two sides.

    >>> swap_area("从外省转过来的", "我从省内别的市调到霜屿工作，医保转过来全部办完最多要多少个工作日？")
    '我从外省别的市调到霜屿工作，医保转过来全部办完最多要多少个工作日？'
    >>> swap_area("外省", "门诊报销比例是多少？")
    ''
    """
    for ours, theirs in (_ZH_AREAS, _ZH_AREAS[::-1]):
        said = next((w for w in theirs if w in new), None)
        old = next((w for w in ours if w in previous), None)
        if said and old and not any(w in previous for w in theirs) and not any(w in new for w in ours):
            return previous.replace(old, said, 1)
    return ""


def swap_same_head(new: str, previous: str) -> str:
    """The previous Chinese question with the noun phrase that ends like the follow-up's (普通肺结核, 耐药结核: 结核)
    replaced by it, with the words that qualify it; "" when no such single phrase is found, or the follow-up's phrase
    is a situation (从…, 在…) rather than a kind of the same thing.

    >>> swap_same_head("耐药结核", "我确诊了普通肺结核，在门诊治疗，一年医保最多能报多少？")
    '我确诊了耐药结核，在门诊治疗，一年医保最多能报多少？'
    >>> swap_same_head("从外省转过来的", "医保转过来要多少个工作日？"), swap_same_head("起付线", "报销比例是多少？")
    ('', '')
    """
    from qa.answering import chinese_filler
    from qa.tokenization import _jieba

    new = new.removesuffix("的")
    # (a move to another place for the same care names the place: "转到县医院住" is 县医院)
    moved = re.fullmatch(r"(?:转院到|转到|转去|换到|改到|改去|换成)([\u4e00-\u9fff]{2,}?)(?:去)?(?:住院|住|看病|看|治疗|治)?", new)
    if moved and len(moved.group(1)) >= 2:
        new = moved.group(1)
    if len(new) < 3 or re.match(r"[从在到去往由]", new) or not re.fullmatch(r"[\u4e00-\u9fff]+", new):
        return ""
    for size in range(len(new) - 1, 1, -1):
        head = new[-size:]
        # (not a level's hospital, 三级医院, which the reader says of the place: "在市儿童医院住院，这是三级医院")
        places = [m.start() for m in re.finditer(re.escape(head), previous) if not previous[:m.start()].endswith("级")]
        if len(places) != 1 or head in new[:-size]:
            continue
        at = places[0]
        # the words up to the head's end, back over the words that qualify it (普通, 肺) to a filler or a verb (了)
        words, end = [], 0
        for word in _jieba().lcut(previous):
            words.append((end, word))
            end += len(word)
        start = next((s for s, w in words if s <= at < s + len(w)), at)
        stop = next((s + len(w) for s, w in words if s < at + size <= s + len(w)), at + size)
        for s, w in reversed([(s, w) for s, w in words if s < start]):
            if (chinese_filler(w) and w not in "市县区省镇乡村") or not re.fullmatch(r"[\u4e00-\u9fff]+", w) \
                    or re.search(r"[了是在得有]$", w):
                break  # (a place's level, 市 of 市儿童医院, qualifies it)
            start = s
        if previous[start:stop] == new:
            return ""
        return previous[:start] + new + previous[stop:]
    return ""


def swap_thing(new: str, previous: str) -> str:
    """The previous Chinese question with the one thing it names (a device, a supply, a drug, a treatment: a glossary
    term read as a specific noun) replaced by the thing the follow-up names; "" where either names none, or the
    previous question names more than one.

    >>> swap_thing("纸尿垫", "我在用间歇导尿管，医保一个月最多给报多少根？")
    '我在用纸尿垫，医保一个月最多给报多少根？'
    >>> swap_thing("起付线", "我在用间歇导尿管，医保一个月最多给报多少根？"), swap_thing("纸尿垫", "住院报多少？")
    ('', '')
    """
    from qa.answering import _MEASURE_WORDS, is_specific_noun, names_a_thing
    from qa.glossary import load_glossary

    def thing(term: str) -> bool:
        return len(term) >= 2 and cjk_share(term) > 0.5 and not _MEASURE_WORDS.search(term) \
            and (is_specific_noun(term) or names_a_thing(term)) and not slots_in(term)

    if not thing(new):
        return ""
    named = list(dict.fromkeys(found for found, _ in load_glossary().expand(previous).matches if thing(found)))
    if len(named) != 1 or named[0] in new or new in named[0]:
        return ""
    return previous.replace(named[0], new, 1)


_NOUN_FLAGS_ZH = ("n", "vn", "nz", "ng", "eng", "j")


def swap_shared_part(new: str, previous: str) -> str:
    """The previous Chinese question with the noun phrase that shares a part of three or more characters with the
    follow-up's (破伤风免疫球蛋白, 马破伤风抗毒素: 破伤风) replaced by it: two things of one kind named by a common part
    that neither ends with; "" when no such part occurs once in a noun phrase of the previous question.

    >>> swap_shared_part("马破伤风抗毒素", "脚被铁钉扎了，医生说要打破伤风免疫球蛋白，医保一针按多少钱算？")
    '脚被铁钉扎了，医生说要打马破伤风抗毒素，医保一针按多少钱算？'
    >>> swap_shared_part("退休职工", "在职职工住院报多少？"), swap_shared_part("职工医保", "我是职工医保，住院报多少？")
    ('', '')
    """
    from jieba import posseg

    from qa.answering import _MEASURE_WORDS, chinese_filler
    from qa.dictionary import english_of
    from qa.glossary import load_glossary

    glossary_terms = set(load_glossary().zh_terms())
    new = new.removesuffix("的")
    if len(new) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", new) or new in previous:
        return ""
    words, end = [], 0
    for w in posseg.lcut(previous):
        words.append((end, w.word, w.flag))
        end += len(w.word)

    def cjk(i: int) -> bool:
        return not chinese_filler(words[i][1]) and bool(re.fullmatch(r"[\u4e00-\u9fff]+", words[i][1]))

    def noun(i: int) -> bool:
        return words[i][2].startswith(_NOUN_FLAGS_ZH) and cjk(i)

    def known(term: str) -> bool:
        return len(term) >= 2 and (bool(english_of(term)) or term in glossary_terms) and not _MEASURE_WORDS.search(term)

    for size in range(len(new) - 1, 2, -1):
        for i in range(len(new) - size + 1):
            part = new[i:i + size]
            if previous.count(part) != 1:
                continue
            at = previous.find(part)
            # the words the part lies in, widened over the nouns next to them (免疫 球蛋白), not over a verb (打)
            inside = [j for j, (s, w, _) in enumerate(words) if s < at + size and s + len(w) > at]
            if not inside or words[inside[0]][0] != at or not all(cjk(j) for j in inside):
                continue
            first, last = inside[0], inside[-1]
            while first > 0 and noun(first - 1):
                first -= 1
            # (forward over the nouns the dictionary or glossary knows: 免疫 球蛋白, not 报 or 多少钱)
            while last + 1 < len(words) and cjk(last + 1) and known(words[last + 1][1]):
                last += 1
            start, stop = words[first][0], words[last][0] + len(words[last][1])
            if stop - start <= size:
                continue  # (the part is the whole phrase: the follow-up qualifies it, which other rules read)
            return previous[:start] + new + previous[stop:]
    return ""


# An illness as written: Chinese names end in 病, 症, 炎, 癌 or 瘤 (糖尿病, 肺结核病, 乙肝 aside), or are a common acronym
_ILLNESS_END = re.compile(r"(?:病|症|炎|癌|瘤|结核|艾滋|乙肝|丙肝)$")
_ILLNESS_ACRONYM = re.compile(r"(?<![A-Za-z])(?:HIV|AIDS|TB|MDR-TB|COPD|HBV|HCV)(?![A-Za-z])")


def swap_illness(new: str, previous: str) -> str:
    """The previous Chinese question with the one illness it names replaced by the follow-up's ("那结核病呢？" after
    "HIV门诊一年最多报多少钱？"); "" when the follow-up names no illness or the previous question names none or several.

    >>> swap_illness("结核病", "HIV门诊一年最多报多少钱？"), swap_illness("高血压", "糖尿病门诊能报多少？")
    ('结核病门诊一年最多报多少钱？', '')
    >>> swap_illness("糖尿病", "我妈有高血压病，门诊用药能报多少？")
    '我妈有糖尿病，门诊用药能报多少？'
    """
    from qa.tokenization import _jieba

    new = new.removesuffix("的")
    if not (_ILLNESS_END.search(new) or _ILLNESS_ACRONYM.fullmatch(new)):
        return ""
    spans = [m.span() for m in _ILLNESS_ACRONYM.finditer(previous)]
    at = 0
    for word in _jieba().lcut(previous):
        if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", word) and _ILLNESS_END.search(word):
            spans.append((at, at + len(word)))
        at += len(word)
    if len(spans) != 1 or previous[spans[0][0]:spans[0][1]] == new:
        return ""
    start, end = spans[0]
    return previous[:start] + new + previous[end:]


_CARE_PLACE_HEAD = r"(?:医院|卫生院|卫生室|服务中心|服务站|诊所|药店|医疗机构)"
# (and the places of a kind of care a notice tiers by its own names: 康复中心, 社区康复站, 康复机构, 透析中心)
_CARE_PLACE_HEAD_WIDE = r"(?:医院|卫生院|卫生室|中心|站|诊所|药店|机构|门诊部)"
_NOT_CARE_PLACE = re.compile(r"经办机构|金融机构|中心城区|市中心|车站")
_CARE_PLACE_LEVEL = re.compile(r"[一二三]级|[一二三][甲乙]|县级?|市级?|省级?|区级?|社区|乡镇|村|(?:市|县|镇|村|城)里|镇上")


def swap_place_of_care(new: str, previous: str) -> str:
    """The previous Chinese question with the one place of care it names replaced by the one the follow-up goes to
    ("那要是去二级医院呢？" after "我在乡镇卫生院看门诊，每次得先自己出多少钱才开始报？"); "" where the follow-up names no
    such place or the previous question names none or several.

    >>> swap_place_of_care("要是去二级医院", "我在乡镇卫生院看门诊，每次得先自己出多少钱才开始报？")
    '我在二级医院看门诊，每次得先自己出多少钱才开始报？'
    >>> swap_place_of_care("去三甲医院", "在县医院住院报多少？"), swap_place_of_care("二级医院", "门诊报多少？")
    ('在三甲医院住院报多少？', '')
    >>> swap_place_of_care("社区康复站", "孩子在一级（Tier A）康复中心做言语训练，医保按每次多少钱算？")
    '孩子在社区康复站做言语训练，医保按每次多少钱算？'
    >>> swap_place_of_care("医保经办机构", "孩子在康复中心训练，医保按每次多少钱算？")
    ''
    """
    from qa.slots import slots_in
    from qa.tokenization import _jieba

    core = re.sub(r"^(?:要是|如果|假如|万一)?(?:去|到|在|换到|转到|换去|转去)?", "", new)
    named = re.fullmatch(rf"[\u4e00-\u9fff]{{1,8}}{_CARE_PLACE_HEAD}", core) and "institution" in slots_in(core)
    # (one of a notice's own tiers, 社区康复站 after "一级（Tier A）康复中心": a place of care by its head word alone)
    own_tier = re.fullmatch(rf"[\u4e00-\u9fff]{{2,8}}{_CARE_PLACE_HEAD_WIDE}", core) and not _NOT_CARE_PLACE.search(core)
    if not (named or own_tier):
        return ""
    head = _CARE_PLACE_HEAD if named else _CARE_PLACE_HEAD_WIDE
    words, at, found = _jieba().lcut(previous), 0, []
    for i, word in enumerate(words):
        if re.fullmatch(rf"[\u4e00-\u9fff]*{head}", word) and not _NOT_CARE_PLACE.search(word):
            # (its level before it, past an aside: "一级（Tier A）康复中心")
            j = i - 1
            if j >= 2 and words[j] in "）)":
                j = next((k - 1 for k in range(j - 1, max(-1, j - 8), -1) if words[k] in "（("), -1)
            start = sum(len(w) for w in words[:j]) if j >= 0 and _CARE_PLACE_LEVEL.fullmatch(words[j]) else at
            found.append((start, at + len(word)))
        at += len(word)
    if len(found) != 1 or previous[found[0][0]:found[0][1]] == core:
        return ""
    start, end = found[0]
    return previous[:start] + core + previous[end:]


def undone_swapped(new: str, previous: str) -> str:
    """The previous Chinese question with a step it says was not done (没办备案) taken out, and the follow-up's
    phrase that says it was (备案了的临时外出) put first; "" when the follow-up names no step the previous one negates.

    >>> undone_swapped("备案了的临时外出", "去外省住院没办备案，报销比例要降多少？")
    '备案了的临时外出，去外省住院，报销比例要降多少？'
    >>> undone_swapped("没备案的", "去外省住院没办备案，报销比例要降多少？"), undone_swapped("退休人员", "没办备案，降多少？")
    ('', '')
    """
    m = _ZH_NOT_DONE.search(previous)
    if not m or m.group(1) not in new or re.search(r"没|未|不", new):
        return ""
    rest = re.sub(r"^[，、\s]+", "", previous[m.end():]) if m.start() == 0 else previous[m.end():]
    return f"{new}，{previous[:m.start()]}{rest}"


def done_undone(new: str, previous: str) -> str:
    """The previous Chinese question with the clause saying a step was done (办了异地备案) replaced by the follow-up's
    saying it was not (没办备案); "" when the follow-up negates no step that a clause before the asking one names.

    >>> done_undone("没办备案", "我在省里别的市门诊做化疗，办了异地备案，报销比例要降多少？")
    '我在省里别的市门诊做化疗，没办备案，报销比例要降多少？'
    >>> done_undone("没办备案", "办了备案报销比例降多少？"), done_undone("退休人员", "我办了备案，降多少？")
    ('', '')
    """
    m = _ZH_NOT_DONE.fullmatch(new.strip())
    if not m or not re.match(r"没|未", new.strip()):
        return ""
    step = m.group(1)
    clauses = re.split(r"(?<=[，,])", previous)
    for i, clause in enumerate(clauses[:-1]):
        if step in clause and not re.search(r"没|未|不", clause):
            return "".join([*clauses[:i], new.strip() + clause[-1], *clauses[i + 1:]])
    return ""


def added_phrase(phrase: str, previous: str, chinese: bool) -> str:
    """The previous question narrowed by a phrase it has no like of ("那内部人员举报呢？" after a question on
    the highest reward: "内部人员举报，...最高是多少？"; "And for insiders?": "... for insiders?"), so what was
    measured is kept and the answer must be about the phrase too; "" when the phrase names a measure of its
    own ("那起付线呢？": another question, asked as typed) or a place no list knows ("And in Atlantis?").

    >>> added_phrase("内部人员举报", "单起案件的奖励最高是多少？", True)
    '内部人员举报，单起案件的奖励最高是多少？'
    >>> added_phrase("for insiders", "What is the highest reward for one case?", False)
    'What is the highest reward for one case for insiders?'
    >>> added_phrase("起付线", "门诊报销比例是多少？", True), added_phrase("for the deductible", "What is the ratio?", False)
    ('', '')
    """
    from qa.answering import _MEASURE_WORDS
    from qa.slots import slots_in

    # a level, group or type of care with more beside it ("And tertiary care rates?") is a question of its own
    if _MEASURE_WORDS.search(phrase) or any(slots_in(phrase).values()) or place_of(phrase if chinese else f"x {phrase}") \
            or (cjk_share(previous) > 0.3) != chinese or len(phrase) > (12 if chinese else 60):
        return ""
    return f"{phrase}，{previous}" if chinese else _add_to(previous, False, phrase, "")


# A follow-up about someone else, then what is true of them: "那我爸呢？他已经退休了。"
_ZH_ABOUT_SOMEONE = re.compile(r"^\s*(?:那么?|还有)?\s*(?:我|我的|我家)?(?:爸|妈|爸爸|妈妈|父亲|母亲|爷爷|奶奶|姥姥|姥爷|外公|外婆|老公|老婆"
                               r"|丈夫|妻子|爱人|儿子|女儿|孩子|哥|弟|姐|妹|哥哥|弟弟|姐姐|妹妹|他|她)呢\s*[?？]\s*"
                               r"(?:他|她|我|我们)?\s*(.{2,20}?)\s*[。.!！]*\s*$")

# ... and in English: "And for my dad, who's retired?", "What about my wife? She's on the resident scheme."
_EN_ABOUT_SOMEONE = re.compile(r"^\s*(?:and|but)?\s*,?\s*(?:(?:what|how)\s+about\s+|for\s+)?(?:(?:my|our|his|her)\s+[a-z]+(?:[- ]in[- ]law)?"
                               r"|someone|somebody|anyone|a person|people|those)"
                               r"\s*(?:,\s*|\?\s*)?(?:who(?:'s|’s|\s+is|\s+are)|(?:he|she)(?:'s|’s|\s+is))\s+(.{2,40}?)\s*[?.!]*\s*$",
                               re.IGNORECASE)


# The reader asking for themselves, with their age: "And for me? I'm 40.", "那我呢？我40岁。"
_EN_FOR_ME = re.compile(r"^\s*(?:(?:and|but)\s*,?\s*)?(?:(?:what|how)\s+about\s+|for\s+)?me\s*\?\s*(?:I'm|I’m|I am)\s+(\d{1,3})"
                        r"(?:\s*(?:years old|years|yrs))?\b[^?]{0,40}?[.!]*\s*$", re.IGNORECASE)
_ZH_FOR_ME = re.compile(r"^\s*(?:那么?|还有)?\s*我(?:自己)?呢\s*[?？]\s*我(?:今年|现在)?(\d{1,3})\s*(?:周?岁)[^？?]{0,20}?[。.!！]*\s*$")
_EN_PERSON_AGE = re.compile(r"\b(?:my|our) (?:[a-z]+-)?[a-z]+(?:[- ]in[- ]law)? (?:is|was|'s|’s|has just turned|just turned|turned) "
                            r"(?:just |only |now )?\d{1,3}(?: years old)?\b", re.IGNORECASE)
_ZH_PERSON_AGE = re.compile(r"我(?:的|家)?(?:爸爸?|妈妈?|父亲|母亲|爷爷|奶奶|姥姥|姥爷|外公|外婆|老公|老婆|丈夫|妻子|爱人|儿子|女儿|孩子)"
                            r"(?:今年|现在)?(?:已经)?\d{1,3}\s*周?岁了?")
_EN_THIRD = {"his": "my", "her": "my", "him": "me", "he's": "I'm", "she's": "I'm", "he": "I", "she": "I"}


def the_reader_instead(question: str, previous: str) -> str:
    """The previous question asked for the reader, with the age they tell in place of the other person's ("And for
    me? I'm 40." after "My grandad is 75. What's the most the scheme will pay for his outpatient visits?"); "" where
    the follow-up is no such one or the previous question gives no one's age.

    >>> the_reader_instead("And for me? I'm 40.", "My grandad is 75. What's the most the scheme will pay for his visits?")
    "I'm 40. What's the most the scheme will pay for my visits?"
    >>> the_reader_instead("那我呢？我40岁。", "我爷爷75岁了，他看门诊一年最多报多少？")
    '我40岁，我看门诊一年最多报多少？'
    """
    chinese = cjk_share(previous) > 0.3
    told = (_ZH_FOR_ME if chinese else _EN_FOR_ME).match(question)
    person = (_ZH_PERSON_AGE if chinese else _EN_PERSON_AGE).search(previous) if told else None
    if not person:
        return ""
    rest = previous[person.end():]
    if chinese:
        rest = re.sub(r"[他她]", "我", rest)
        return f"{previous[:person.start()]}我{told.group(1)}岁{rest}"
    rest = re.sub(r"\b(?:his|her|him|he's|she's|he|she)\b", lambda m: _EN_THIRD[m.group(0).lower()], rest, flags=re.IGNORECASE)
    return f"{previous[:person.start()]}I'm {told.group(1)}{rest}"


# Someone else asked for in the reader's place, with their age: "What if they're for my 12-year-old?", "And for my son?
# He's 12.", "那我儿子呢？他12岁。"
_EN_FOR_OTHER = re.compile(r"^\s*(?:(?:and|but)\s*,?\s*)?(?:what if (?:it's|it’s|it is|they're|they’re|they are|these are|this is)\s+"
                           r"|(?:what|how)\s+about\s+)?(?:for\s+)?my\s+(?:(\d{1,2})-year-old(?:\s+([a-z]+))?|([a-z]+)\s*[?,]\s*"
                           r"(?:he's|he’s|she's|she’s|he is|she is|who's|who’s|who is)\s+(\d{1,2})(?:\s+years old)?)\s*[?.!]*\s*$",
                           re.IGNORECASE)
_ZH_FOR_OTHER = re.compile(r"^\s*(?:那么?|还有)?\s*(?:给|要是)?我(?:家)?(儿子|女儿|孩子|爸|妈|爸爸|妈妈|老公|老婆|爷爷|奶奶)(?:用)?呢\s*[?？]\s*"
                           r"(?:他|她)?(?:今年|现在)?(\d{1,3})\s*周?岁了?\s*[。.!！]*\s*$")
_EN_READER_AGE = re.compile(r"\b(?:I'm|I’m|I am)\s+(\d{1,3})(?:\s+years old)?\b")
_ZH_READER_AGE = re.compile(r"我(?:今年|现在)?(?:已经)?(\d{1,3})\s*周?岁了?")


def someone_else_instead(question: str, previous: str) -> str:
    """The previous question asked for someone else of the age the follow-up tells, in place of the reader's own age
    ("What if they're for my 12-year-old?" after "I'm 45, on the resident scheme, and I use incontinence pads. What
    share …?"); "" where the follow-up is no such one or the previous question gives no age of the reader's.

    >>> someone_else_instead("What if they're for my 12-year-old?", "I'm 45 and I use pads. What share is paid?")
    'My child is 12 and I use pads. What share is paid?'
    >>> someone_else_instead("那我儿子呢？他12岁。", "我45岁，用纸尿垫，医保报百分之几？")
    '我儿子12岁，用纸尿垫，医保报百分之几？'
    """
    chinese = cjk_share(previous) > 0.3
    if chinese:
        told = _ZH_FOR_OTHER.match(question)
        reader = _ZH_READER_AGE.search(previous) if told else None
        if not reader:
            return ""
        return f"{previous[:reader.start()]}我{told.group(1)}{told.group(2)}岁{previous[reader.end():]}"
    told = _EN_FOR_OTHER.match(question)
    reader = _EN_READER_AGE.search(previous) if told else None
    if not reader:
        return ""
    age = told.group(1) or told.group(4)
    who = (told.group(2) or told.group(3) or "child").lower()
    who = who if who in ("son", "daughter", "child", "kid", "boy", "girl", "dad", "mum", "mom", "father", "mother",
                         "husband", "wife", "grandad", "grandma", "grandmother", "grandfather") else "child"
    lead = "My" if reader.start() == 0 or previous[:reader.start()].rstrip().endswith((".", "?", "!")) else "my"
    return f"{previous[:reader.start()]}{lead} {who} is {age}{previous[reader.end():]}"


# A follow-up, then one sentence telling something of what it names ("那转到县医院住呢？县医院是二级的。",
# "And at the county hospital? It's a level-2 one.")
_ZH_THEN_TOLD = re.compile(r"^\s*((?:那么|那|还有)[^？?。]{1,16}?呢\s*[？?])\s*([^？?]{2,30}?)[。.!！]*\s*$")
_EN_THEN_TOLD = re.compile(r"^\s*((?:and|but|what about|how about)\b[^?]{2,60}\?)\s*((?:it|it's|it’s|that|that's|which|they|they're|"
                           r"he|he's|she|she's|this)\b[^?]{2,80}?)[.!]*\s*$", re.IGNORECASE)
_ZH_LEVEL = re.compile(r"[一二三]级")
_EN_LEVEL = re.compile(r"\b(?:level|grade|tier)[- ]?(?:[123]|iii|ii|i|one|two|three)\b|\b(?:primary|secondary|tertiary)\b", re.IGNORECASE)


def told_level(told: str, question: str) -> str:
    """``question`` with the one hospital level it names replaced by the level ``told`` says a hospital is;
    "" when either names none, or ``told`` says another thing.

    >>> told_level("县医院是二级的", "孩子在县医院住院，这是三级医院，起付线以上医保报百分之几？")
    '孩子在县医院住院，这是二级医院，起付线以上医保报百分之几？'
    >>> told_level("It's a level-2 hospital", "What share is paid at a level 3 hospital?")
    'What share is paid at a level-2 hospital?'
    """
    chinese = cjk_share(told) > 0.3
    said = (re.search(r"是(?:一家|一个|个|家|所)?([一二三]级)", told) if chinese
            else re.search(r"\b(?:is|it's|it’s|that's|which is|'s)\s+(?:a|an)\s+(" + _EN_LEVEL.pattern + ")", told, re.IGNORECASE))
    if not said:
        return ""
    levels = list((_ZH_LEVEL if chinese else _EN_LEVEL).finditer(question))
    if len({m.group(0).lower() for m in levels}) != 1 or levels[0].group(0).lower() == said.group(1).lower():
        return ""
    old = levels[0]
    return question[:old.start()] + said.group(1) + question[old.end():]


_SCHEMES = ("employees", "residents")


def swap_slot_value(new: str, previous: str) -> str:
    """The previous Chinese question with the group, level or care it names replaced by the one
    ``new`` names (退休 for 在职 of "一档退休人员"), when the rest of ``new`` is filler or already in it; "" otherwise.

    >>> swap_slot_value("我自己交灵活就业的", "我在单位上班，每年交的大额医疗补助是多少钱？")
    '我灵活就业，每年交的大额医疗补助是多少钱？'

    >>> swap_slot_value("要是在医院里用", "我是职工医保，拿处方去双通道药店买谈判药，医保报百分之几？")
    '我是职工医保，拿处方去医院买谈判药，医保报百分之几？'
    >>> swap_slot_value("要是居民医保", "我们俩都是职工医保，取卵能报百分之几？")
    '我们俩都是居民医保，取卵能报百分之几？'
    >>> swap_slot_value("刚出狱的人", "我刚从部队退伍回家，多少天之内交居民医保，交完第二天就能报销？")
    '刚出狱的人，多少天之内交居民医保，交完第二天就能报销？'
    """
    from qa.answering import chinese_filler
    from qa.slots import _compiled
    from qa.tokenization import tokenize

    for kind, values in _compiled().items():
        asked = [(v, m) for v, (_, zh) in values.items() if (m := zh.search(new))]
        if len(asked) != 1:
            continue
        value, match = asked[0]
        named = [(v, m) for v, (_, zh) in values.items() if v != value and (m := zh.search(previous))]
        if len(named) > 1 and kind == "group" and value not in _SCHEMES:
            # (the scheme the reader is in stays: "我刚从部队退伍回家，…交居民医保" is a veteran's question, 居民 its scheme)
            named = [(v, m) for v, m in named if v not in _SCHEMES]
        before = [m for _, m in named]
        if len(before) != 1:
            continue
        old = before[0]
        start = old.start()
        clause = re.match(r"我[^，,。？?]*[，,]", previous)
        if kind == "group" and clause and start < clause.end() and "我" not in new and re.search(r"(?:人|人员|者|的)$", new) \
                and value not in _SCHEMES and named[0][0] not in _SCHEMES:
            # the reader's own situation told of someone else: the clause is theirs ("我刚从部队退伍回家，" -> "刚出狱的人，")
            return f"{new.removesuffix('的')}，{previous[clause.end():]}"
        if kind == "institution":
            # (with the words that qualify the old one: 双通道药店 becomes 医院, not 双通道医院; up to a filler such as 去)
            from qa.tokenization import _jieba

            for word in reversed(_jieba().lcut(previous[:start])):
                if chinese_filler(word) or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
                    break
                start -= len(word)
        after = previous[old.end():]
        # (what the new value ends with and the old one's sentence goes on with is written once: 职工 -> 居民医保 in
        # "都是职工医保" gives 居民医保, not 居民医保医保)
        overlap = next((k for k in range(len(match.group(0)), 1, -1) if after.startswith(match.group(0)[-k:])), 0)
        swapped = previous[:start] + match.group(0) + after[overlap:]
        rest = (new[:match.start()] + new[match.end():]).strip("的人员")
        # (the rest already in it, or a reader's filler around the value: "要是在医院里用" swaps 药店 for 医院)
        if rest in swapped or all(chinese_filler(t) or t in previous for t in tokenize(rest)):
            return swapped
    return ""


_EN_NAME = re.compile(r"(?<=\s)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)*")
_NOT_PLACES = frozenset("Tier Level Grade January February March April May June July August September October "
                        "November December Monday Friday NHSA".split())


def place_of(question: str) -> str:
    """The place a question is about, as written, or "": a province (places_in), a city or county
    with its mark (青川市, "Harbourview City"), a name jieba reads as a place (桥宁), or a capitalised
    name inside an English question ("in Qiaoning")."""
    from qa.slots import local_places

    known = places_in(question) or local_places(question)
    if known:
        return known[0][0]
    if cjk_share(question) > 0.3:
        from jieba import posseg

        from qa.glossary import load_glossary

        # Not a part of a glossary term the question uses: 安宁 in 安宁病房 (hospice ward) is no place.
        terms = [t for t in load_glossary().zh_terms() if len(t) > 2 and t in question]
        return next((w.word for w in posseg.lcut(question) if w.flag == "ns" and len(w.word) >= 2
                     and not any(w.word in t for t in terms)), "")
    return next((m.group(0) for m in _EN_NAME.finditer(question) if m.group(0).split()[0] not in _NOT_PLACES
                 and not _SENTENCE_END.search(question[:m.start()])), "")


# A capital that only starts a sentence ("I work at the city office. How many ...") names no place.
_SENTENCE_END = re.compile(r"(?:^|[.!?:;])\s*$")


def keep_place(question: str, previous: str) -> str:
    """A follow-up asked as a whole question ("那到2027年底，目标是多少家？") that names no place keeps
    the previous question's ("桥宁到2027年底，目标是多少家？"); any other question is left as it is.

    >>> keep_place("那到2027年底，目标是多少家？", "截至2026年10月底，青川市有多少家定点医院？")
    '青川市到2027年底，目标是多少家？'
    >>> keep_place("And what is the target for 2027?", "How many hospitals were connected in Qiaoning?")
    'And what is the target for 2027 in Qiaoning?'
    >>> keep_place("What is the target for 2027?", "How many hospitals were connected in Qiaoning?")
    'What is the target for 2027?'
    """
    chinese = cjk_share(question) > 0
    whole = _ZH_WHOLE if chinese else _EN_WHOLE  # a question of its own, not "那一档退休人员呢？"
    if not whole.search(question) or place_of(question):
        return question
    place = place_of(previous)
    if not place or (cjk_share(previous) > 0.3) != chinese:
        return question
    if chinese:
        return place + _ZH_LEAD_WORD.sub("", question, count=1)
    body = question.rstrip(_PUNCT)
    return f"{body} in {place}{question[len(body):]}"


# What a follow-up asks that names no subject: a measure, a period, a question word ("那一年最多能报多少钱？", "And what's
# the yearly cap?")
_ASKING_ONLY = re.compile(r"^(?:一年|每年|一个?月|每月|每次|一次|最多能?|最少|最高|最低|多少钱|多少|几|几次|多少次|几回|几天|多少天|总共|一共|报销?|能报|可以报|交|缴|付"
                          r"|annual|yearli|year|month|monthli|most|maximum|minimum|much|mani|total|get|claim|back"
                          r"|first|next|whole|entir|pay|paid|cover)$")


def keep_subject(question: str, previous: str) -> str:
    """A follow-up asked as a whole question that names no subject of its own, only what it measures ("那一年最多能报
    多少钱？"), read with the previous question's situation: its clauses (sentences) before the one that asked.

    >>> keep_subject("那一年最多能报多少钱？", "我在国外急诊住院了，回来医保能报多少比例？")
    '我在国外急诊住院了，一年最多能报多少钱？'
    >>> keep_subject("And what's the yearly cap?", "I was admitted abroad in an emergency. What share is paid?")
    "I was admitted abroad in an emergency. What's the yearly cap?"
    >>> keep_subject("那门诊慢特病怎么报？", "我在国外急诊住院了，回来医保能报多少比例？")
    '那门诊慢特病怎么报？'
    >>> keep_subject("And how long do they lose insurance settlement?", "If a hospital is caught billing for care it never gave, how big is the fine?")
    'If a hospital is caught billing for care it never gave, how long do they lose insurance settlement?'
    >>> keep_subject("And how long is the hospital cut off from settlement?", "If a hospital fakes courses, how big is the fine?")
    'If a hospital fakes courses, how long is the hospital cut off from settlement?'
    >>> keep_subject("那复诊一次按多少钱算？", "我爸确诊以后，复诊一年能报几次？")
    '我爸确诊以后，复诊一次按多少钱算？'
    """
    from qa.answering import _MEASURE_WORDS, chinese_filler
    from qa.tokenization import tokenize

    chinese = cjk_share(question) > 0
    whole = _ZH_WHOLE if chinese else _EN_WHOLE
    if not whole.search(question) or (cjk_share(previous) > 0.3) != chinese:
        return question
    body = _ZH_LEAD_WORD.sub("", question, count=1) if chinese else re.sub(r"^\s*(?:and|but)\s*,?\s+", "", question, flags=re.I)
    earlier = set(tokenize(previous))
    own = [t for t in tokenize(body)
           if not (_ASKING_ONLY.match(t) or _MEASURE_WORDS.search(t) or (chinese and (chinese_filler(t) or _ONE_OF.match(t))))]
    # (what the earlier question named, named again, points back at it too: "the hospital" after "if a hospital
    # fakes …"; 复诊 in "那复诊一次按多少钱算？" after "…确诊以后，复诊一年能报几次？")
    again = all(t in earlier for t in own) if chinese else any(
        t in earlier for m in _EN_THE.finditer(body) for t in tokenize(m.group(1)))
    if own and not (_ZH_BACK if chinese else _EN_BACK).search(body) and not again:
        return question  # it names something of its own, and points back at nothing: asked as it stands
    if chinese:
        clauses = [c for c in re.split(r"[，,]", previous) if c.strip()]
        if len(clauses) > 1:
            return f"{'，'.join(clauses[:-1])}，{body.strip()}"
        # (a question of one clause: the words it opens with, before it asks, name its thing: "子宫托医保一年能报几个？"
        # then "那一个按多少钱算？" asks 子宫托一个按多少钱算)
        lead = _ZH_OPENING.match(previous.strip())
        return f"{lead.group(1)}{body.strip()}" if lead and re.search(r"[\u4e00-\u9fff]{2}", lead.group(1)) else question
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", previous) if x.strip()]
    body = body.strip()
    if len(sentences) == 1 and (clause := _EN_IF_CLAUSE.match(previous.strip())):
        # (a question of one sentence whose situation is its if-clause: "If a hospital is caught billing for clotting
        # factor it never gave, how big is the fine?" then "And how long do they lose insurance settlement?")
        return f"{clause.group(1)}, {body[:1].lower() + body[1:]}"
    return " ".join([*sentences[:-1], body[:1].upper() + body[1:]]) if len(sentences) > 1 else question


_EN_IF_CLAUSE = re.compile(r"^((?:If|When|Where|Once|After)\b[^,?]{8,}),\s*(?:how|what|which|when|is|are|does|do|can|will)\b",
                           re.IGNORECASE)


_ZH_LEAD_WORD = re.compile(r"^\s*(?:那么|那|还有)")
# One of what the earlier question counted ("那一个按多少钱算？" after "能报几个"): no thing of its own
_ONE_OF = re.compile(r"^(?:[一每][个次张盒支台件套副只]|[算报给付收花做用拿领买换])$")  # (... nor the verbs of paying: 按多少钱算;
# nor of doing or getting: "那一年最多能做几次？" asks of what the earlier question named)
# The opening words of a one-clause question, before it asks (医保, 能, 一年, 多少 …)
_ZH_OPENING = re.compile(r"^(.{2,12}?)(?=医保|能|可以|可|一年|每年|一个月|每月|每次|一次|最多|最高|多少|几|怎么|是否|有没有)")
# A word that points back at the thing the previous question was about ("renew it", "that approval", 它, 这个待遇):
# whatever else the follow-up names, it is asked in that question's situation
# (not "those", "them": a set the earlier question counted, "how many of those have a NICU", is asked of as it stands)
_EN_BACK = re.compile(r"\b(?:it|its|they)\b|\b(?:that|this) (?!is\b|was\b|will\b|would\b|can\b|does\b|do\b)[a-z]+", re.IGNORECASE)
_ZH_BACK = re.compile(r"它|这个|这项|该项|那个(?!月)")
# "the hospital": a thing named with "the" is the one the earlier question named, where it did
_EN_THE = re.compile(r"\bthe ([a-z][a-z-]+)\b", re.IGNORECASE)
# How long or when a next step takes: "那交上去以后多久能到账呢？"
_ZH_TIME_ASK = re.compile(r"多久|多长时间|几天|几个工作日|多少天|多少个工作日|什么时候|哪天")
# Nouns any step of any claim names, which make no subject of their own
_STEP_NOUNS_ZH = frozenset("医保 医保局 医院 经办机构 材料 手续 钱款 款项".split())


def keep_situation(question: str, previous: str) -> str:
    """A follow-up asking how long or when a next step takes ("那交上去以后多久能到账呢？"), naming no thing of its
    own, read with the previous question's situation: its clauses before the one that asked.

    >>> keep_situation("那交上去以后多久能到账呢？", "我爸的呼吸机是自己先垫钱买的，发票要在多少天内交上去报销？")
    '我爸的呼吸机是自己先垫钱买的，交上去以后多久能到账？'
    >>> keep_situation("那异地就医多久能报下来呢？", "我爸的呼吸机是自己先垫钱买的，发票要在多少天内交上去报销？")
    '那异地就医多久能报下来呢？'
    """
    from jieba import posseg

    from qa.answering import _MEASURE_WORDS, chinese_filler

    if not cjk_share(question) or cjk_share(previous) <= 0.3 or not _ZH_LEAD_WORD.match(question) \
            or not _ZH_TIME_ASK.search(question):
        return question
    body = re.sub(r"呢\s*([?？]?)\s*$", r"\1", _ZH_LEAD_WORD.sub("", question, count=1).strip())
    for w in posseg.lcut(body):
        if w.flag.startswith(("n", "j")) and len(w.word) >= 2 and not (
                _MEASURE_WORDS.search(w.word) or chinese_filler(w.word) or w.word in _STEP_NOUNS_ZH or _ZH_TIME_ASK.search(w.word)):
            return question  # it names something of its own (异地就医): other rules read it
    clauses = [c for c in re.split(r"[，,]", previous) if c.strip()]
    return f"{'，'.join(clauses[:-1])}，{body}" if len(clauses) > 1 else question
_ZH_THEN_ASK = re.compile(r"^\s*(?:那么?|还有)\s*([^，,。？?]{1,12}?)呢\s*[，,]\s*([^，,。]{2,20}[？?]?)\s*$")


def situation_with_new_ask(question: str, previous: str) -> str:
    """A follow-up naming a change and asking its own figure of nothing it names ("那他退休以后呢，能多报几个点？"), read
    with the previous question's situation: its clauses before the one that asked, then the change and the new ask.

    >>> situation_with_new_ask("那他退休以后呢，能多报几个点？", "我爸在三甲医院洗肾，单位交的医保还在上班，医保给报百分之几？")
    '我爸在三甲医院洗肾，单位交的医保还在上班，他退休以后，能多报几个点？'
    >>> situation_with_new_ask("那异地就医呢，住院费能报多少？", "我爸在三甲医院洗肾，医保给报百分之几？")
    '那异地就医呢，住院费能报多少？'
    """
    from jieba import posseg

    from qa.answering import _MEASURE_WORDS, chinese_filler

    m = _ZH_THEN_ASK.match(question)
    if not m or cjk_share(previous) <= 0.3:
        return question
    change, ask = m.group(1), m.group(2)
    for w in posseg.lcut(ask):
        if w.flag.startswith(("n", "j")) and len(w.word) >= 2 and not (_MEASURE_WORDS.search(w.word) or chinese_filler(w.word)):
            return question  # (the ask names its own subject: it is read as it stands)
    clauses = [c for c in re.split(r"[，,]", previous) if c.strip()]
    if len(clauses) < 2:
        return question
    return f"{'，'.join(clauses[:-1])}，{change}，{ask}"


_EN_THEN_ASK = re.compile(r"^\s*(?:and|but|what about)\s+(?:for\s+)?((?:the|a|an)\s+[^,?]{2,40}?)\s*,\s*((?:how|what|which)\b[^?]{3,60})\?*\s*$",
                          re.IGNORECASE)


def kind_with_new_ask(question: str, previous: str) -> str:
    """An English follow-up naming another kind of the previous question's subject and asking its own figure ("And the
    filtration kind, how many a month?"), made whole with that subject, its specific term.

    >>> kind_with_new_ask("And the filtration kind, how many a month?", "How long does each kidney dialysis session have to last?")
    'How many a month for the filtration kind of kidney dialysis?'
    """
    from qa.answering import specific_terms
    from qa.retrieval import analyse_question

    m = _EN_THEN_ASK.match(question)
    if not m or cjk_share(previous) > 0.3:
        return question
    change, ask = m.group(1), m.group(2).strip()
    terms = [found for found, _ in specific_terms(analyse_question(previous)) if found.lower() not in question.lower()]
    if not terms:
        return question
    change = re.sub(r"^(?:the|a|an)\s+", "the ", change, flags=re.IGNORECASE)
    return f"{ask[0].upper()}{ask[1:]} for {change} of {max(terms, key=len)}?"


# A follow-up that changes the situation ("那要是被解除协议了，…？", "And what if they lose the contract?")
_ZH_WHAT_IF = re.compile(r"^\s*(?:那么?|还有)?\s*(?:要是|如果|假如|万一)")
_EN_WHAT_IF = re.compile(r"^\s*(?:and|but)?\s*,?\s*(?:what if|and if|if)\b", re.IGNORECASE)


def subject_nouns(text: str) -> list[str]:
    """The glossary terms of ``text`` that name a specific subject, a rare noun naming a thing (安宁病房, "hospice
    ward"; not 定点 or 解除协议), as written."""
    from qa.answering import _MEASURE_WORDS, is_specific_noun, names_a_thing
    from qa.glossary import load_glossary

    found = []
    for term, translations in load_glossary().expand(text).matches:
        chinese = [t for t in (term, *translations) if cjk_share(t) > 0.5]
        if chinese and not _MEASURE_WORDS.search(" ".join((term, *translations))) \
                and all(is_specific_noun(t) and names_a_thing(t) for t in chinese):
            found.append(term)
    return found


def keep_topic(question: str, previous: str) -> str:
    """A follow-up that changes the situation and names no subject of its own ("那要是被解除协议了，多少年内不能再
    申请定点？" after a question on 安宁病房) is asked about the previous question's subject, named before it.

    >>> keep_topic("那要是被解除协议了，多少年内不能再申请定点？", "安宁病房的医院要是造假评估，被医保局查到了罚多少？")
    '安宁病房：要是被解除协议了，多少年内不能再申请定点？'
    >>> keep_topic("那要是被解除协议了，多少年内不能再申请定点？", "医院要是造假，罚多少？")
    '那要是被解除协议了，多少年内不能再申请定点？'
    """
    chinese = cjk_share(question) > 0
    if not (_ZH_WHAT_IF if chinese else _EN_WHAT_IF).search(question) or (cjk_share(previous) > 0.3) != chinese:
        return question
    if subject_nouns(question):
        return question  # it names its own subject
    earlier = [t for t in subject_nouns(previous) if t.lower() not in question.lower()]
    if not earlier:
        return question
    if chinese:
        return f"{'、'.join(earlier)}：{_ZH_LEAD_WORD.sub('', question, count=1).strip()}"
    body = re.sub(r"^\s*(?:and|but)\s*,?\s+", "", question, flags=re.IGNORECASE).strip()
    return f"{', '.join(earlier)}: {body[:1].upper()}{body[1:]}"


_ZH_WHOLE = re.compile(r"^\s*(?:那么|那|还有)(?!.*呢\s*[?？]?\s*$).*(?:多少|几|什么|哪|是否|吗|怎么|如何)")
_EN_WHOLE = re.compile(r"^\s*(?:and|but)\s*,?\s+(?:what|how|which|when|who|is|are|does|do|can)\b", re.IGNORECASE)


# What marks a question as a follow-up rather than a bare search for a place ("Guangxi").
_EN_FOLLOW = re.compile(r"^\s*(?:and|but|what about|how about|same (?:question )?for)\b", re.IGNORECASE)
_ZH_FOLLOW = re.compile(r"^\s*(?:那么?|还有|换成|改成)|呢\s*[?？]?\s*$")

NOTHING_TO_FOLLOW = {
    "en": "This reads as a follow-up ({question}), but there is no earlier question in this conversation to "
          "follow. Ask the whole question, saying what you want to know about {target}.",
    "zh": "这像是一个追问（{question}），但本次对话中没有可接续的上一个问题。请完整地提问，说明想了解{target}的哪一项内容。",
}


def orphan_followup(question: str, history: list[str] | None) -> str | None:
    """The message for a follow-up ("And in Guangxi?", "广西呢？") with no earlier question to
    follow, in the question's language; None for anything else.

    >>> orphan_followup("And in Guangxi?", []) is not None, orphan_followup("Guangxi", []) is None
    (True, True)
    >>> orphan_followup("And in Guangxi?", ["What is the ratio in Shandong?"]) is None
    True
    """
    if not isinstance(question, str) or any(isinstance(h, str) and h.strip() for h in history or []):
        return None
    target = _follow_up_target(question)
    chinese = cjk_share(question) > 0
    if target is None or not (_ZH_FOLLOW if chinese else _EN_FOLLOW).search(question.strip()):
        return None
    kind, value = target
    if kind == "qualifier":
        name = value.typed
    elif kind == "place":
        name = _spelling(value, chinese)
    else:
        name = f"{value}年" if chinese else str(value)
    return NOTHING_TO_FOLLOW["zh" if chinese else "en"].format(question=question.strip(), target=name)


def understood_question(question: str, history: list[str] | None) -> str:
    """The question as it will be answered, read through a conversation's earlier questions
    (oldest first). Earlier follow-ups are read through their own predecessors first, so a
    history of questions as typed works as well as one of questions as understood.

    >>> understood_question("And in 2023?", ["What is the outpatient ratio in Shanxi?", "And in Shandong?"])
    'What is the outpatient ratio in Shandong in 2023?'
    """
    if not isinstance(question, str):
        return question
    if history is not None and (isinstance(history, str) or not all(isinstance(h, str) for h in history)):
        raise ValueError("history must be a list of the earlier questions (strings), oldest first")
    understood: list[str] = []
    for earlier in history or []:
        understood.append(rewrite_followup(earlier, understood))
    return rewrite_followup(question.strip(), understood)
