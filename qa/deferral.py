"""Sentences that leave a figure to be set elsewhere: 另行制定, "priced separately", "decided case by case".

A notice that names a subject only to say its figure is set by someone else, later or in another text
(村卫生室的费用控制要求由各县医保部门另行制定; "the Add-on's limits are described in its own leaflet")
tells the reader that it gives no figure for that subject. Such a sentence beside a figure for another
subject is the honest answer to a question about the first: not found, with the sentence quoted.
"""
from __future__ import annotations

import re

_ZH = (r"另行(?:制定|规定|确定|核定|公布|通知|发文|明确|研究)"
       r"|(?:自行|研究|自主|统一)(?:确定|决定)"
       r"|一事一议"
       r"|按(?:照)?[^，。；,;]{0,20}(?:有关|相关)规定(?:执行|办理|给予|处理|确定)?"  # "按临时救助有关规定给予救助"
       r"|参照[^，。；,;]{0,12}执行"
       r"|另文(?:规定|明确|下达)"
       r"|暂不(?:纳入|开展|实行|执行|支付|设定|设置)"
       r"|(?:尚未|暂未)(?:确定|明确|公布|出台)"
       r"|由[^，。；,;]{2,24}(?:确定|制定|核定|决定|公布)(?=[，。；,;]|$)"
       r"|按(?:照)?现行[^，。；,;]{0,20}(?:执行|收费|结算)"
       r"|按(?:照)?[^，。；,;]{1,24}现行(?:规定|政策|办法)(?:执行|办理|结算|支付)"  # "按我市…集中参保期外参保的现行规定执行"
       r"|不适用本(?:细则|通知|办法|方案|规定|意见)"  # "…按本市现行DRG付费规定结算，不适用本细则的支付标准": another rule's figure
       r"|按(?:照)?(?:国家|省级|省|上级|全省)[^，。；,;]{0,16}(?:目录|结果|规定|政策|办法|标准)[^，。；,;]{0,4}(?:执行|确定)(?=[，。；,;]|$)")  # "按省级医保药品目录调整结果执行": a higher level's list  # "按现行医疗服务价格项目收费": the price list's, not the notice's
_EN = (r"\b(?:priced|set|published|decided|determined|agreed|announced|fixed|assessed|handled|settled) separately\b"
       r"|\bcase[- ]by[- ]case\b"
       r"|\b(?:will|shall|are to|is to) be (?:published|announced|set|decided|determined|confirmed|issued|agreed)\b"
       r"|\b(?:yet )?to be (?:announced|published|set|decided|determined|confirmed|agreed|issued)\b"
       r"|\b(?:are|is) (?:set|decided|determined|published|fixed|agreed) by\b"
       r"|\bwhose (?:rates?|prices?|limits?|amounts?|fees?|charges?) (?:are|is) (?:set|published|decided|determined) by\b"
       r"|\b(?:described|set out|listed|given) in (?:its|their) own\b"
       r"|\bsee (?:its|their) (?:own )?(?:leaflet|rules|notice|guide|schedule)\b"
       r"|\bat launch\b"
       # "Hospice units in elderly care homes follow the existing long-term care insurance rules."
       r"|\bfollows? (?:the )?(?:existing|current|general|ordinary|provincial|national)\b[^.;]{0,50}?\b(?:rules|regulations|policy|policies)\b"
       r"|\bnot (?:yet )?(?:been )?(?:set|decided|determined|published|announced)\b(?! within\b)"
       r"|\b(?:in|by|under) (?:a )?separate (?:[a-z-]+ )?(?:notice|document|circular|rule|regulation)s?\b"
       # "charged according to the current medical service price catalogue": another list's price, not the notice's
       r"|\b(?:charged|priced|paid|billed|reimbursed) (?:according to|under|in line with|in accordance with) (?:the )?"
       r"(?:current|existing|prevailing|applicable|relevant|local|general|ordinary|usual)\b"
       # "… are paid under the general outpatient pooling rules, not under this section": another part's figure
       r"|\bnot (?:under|covered by|within|part of) this (?:section|notice|scheme|programme|program|policy)\b")
DEFERS = re.compile(f"{_ZH}|{_EN}", re.IGNORECASE)


def defers(text: str) -> bool:
    """Whether ``text`` leaves a figure to be set elsewhere or later.

    >>> defers("村卫生室的费用控制要求由各县（市、区）医保部门另行制定。"), defers("100000元以上的部分，由县级联席会议一事一议研究确定。")
    (True, True)
    >>> defers("Age 65 and over: covered under the Senior Plan, which is priced separately (see its leaflet).")
    True
    >>> defers("Hospice transfers are decided case by case by the Fund's Clinical Panel.")
    True
    >>> defers("Its limits will be published at launch."), defers("由民政部门按临时救助有关规定给予救助。")
    (True, True)
    >>> defers("Bone grafting is not included in the all-in price and is charged according to the current price catalogue.")
    True
    >>> defers("Full-arch dentures are outside the scope of this notice and will be addressed in a separate notice.")
    True
    >>> defers("Medicines for depression are paid under the general outpatient pooling rules, not under this section.")
    True
    >>> defers("Care for persons under 18 will be covered by separate rules on child mental health, to be issued by the Bureau.")
    True
    >>> defers("（三）1周岁以后参保的，按我市居民医保集中参保期外参保的现行规定执行。")
    True
    >>> defers("陪舱人员的费用，按本市现行规定结算。"), defers("输尿管软镜碎石按DRG付费规定结算，不适用本细则的支付标准。")
    (True, True)
    >>> defers("Hospice units in elderly care homes follow the existing long-term care insurance rules.")
    True
    >>> defers("Contributions shall be paid according to the standard of not less than 35 yuan per person per year.")
    False
    >>> defers("一级定点医疗机构支付比例为60%。"), defers("The fund pays 70% of the cost, up to 300 yuan a year.")
    (False, False)
    >>> defers("促排卵药物是否纳入支付范围，按省级医保药品目录调整结果执行。"), defers("按国家统一部署执行，支付比例为70%。")
    (True, False)
    >>> defers("根据国家和省有关规定，结合我市实际，现就有关事项通知如下。"), defers("The ratio set by the province is 70%.")
    (False, False)
    """
    return bool(DEFERS.search(text))
