"""What a question is about, as typed slots: the group of people, the kind of institution, the
type of care, the scheme or fund, a local place, and the kind of figure it asks for.

The answer step uses them for the subject check: a sentence that names another value of a
slot the question fills ("grassroots institutions" for a question about tertiary hospitals,
"urban employees" for one about residents) is a near miss, not an answer, and so is a passage
that never names the value asked. The vocabularies are the general words of medical-insurance
policy in both languages (not any one corpus's), so a user's own documents are read the same way.
"""
from __future__ import annotations

import re
from functools import lru_cache

# kind -> value -> (English pattern, Chinese pattern). English patterns are matched on lower-cased
# text at word starts; Chinese ones anywhere. A value is named when either matches.
# "Tier 2" is a kind of hospital when a hospital follows, maybe after the rest of a list ("Tier 1,
# Tier 2 and Tier 3 hospitals"); "the tier-one plan" of a contribution scheme is not one
_TIER_HEAD = (r"(?=(?:(?:,|,? and|,? or) tier[- ]?(?:[123]|i{1,3}|one|two|three)\b)*\s+(?:designated\s+|internet\s+|online\s+|public\s+)?"
              r"(?:hospital|institution|medical|facilit|clinic|level))")

VOCABULARY: dict[str, dict[str, tuple[str, str]]] = {
    "group": {
        "employees": (r"(?:urban )?employees?\b|(?:in-service|working) (?:staff|employees)|\bworkers?'? (?:medical|basic)"
                      # (a reader says they still work: "I'm still working", "I'm in work")
                      r"|\b(?:still|currently) (?:working|employed)\b|\b(?:I'm|I am|she's|he's|she is|he is) in work\b"
                      r"|(?<!self-)(?<!self )(?<!un)(?<!flexibly )\bemployed (?:and [a-z]+ )?members\b",
                      # (a reader says where they work: 在单位上班, 单位给交)
                      r"职工|在职(?!业)|(?:在|进)(?:单位|厂|工厂|公司|企业)里?(?:上班|工作)|单位(?:给|帮)我?交"),
        "residents": (r"(?<!long-term )(?<!long term )(?<!permanent )(?<!foreign )(?:urban and rural |rural |urban )?residents?\b"
                      # (not who lives in a care home: "residents of care homes who already receive long-term care benefits")
                      r"(?! (?:of|in|at) (?:a |the )?(?:care|nursing|residential|old people's) homes?)"
                      r"|\bresidents'", r"城乡居民|居民医保|城镇居民|新农合"
                      # (bare 居民 where it names the insured: "职工75%，居民65%", 居民长期护理保险; not 居民收入)
                      r"|(?<!城乡)(?<!城镇)居民(?=[:：为]?\s*\d|长期护理|长护|参保|基本医疗|大病|个人缴|每人)"),
        "retirees": (r"retirees?\b|retired\b|retirement|pensioners?\b", r"退休"),
        "students": (r"(?:college |university |primary and secondary |school )?students?\b|pupils?\b", r"学生|在校生|(?:读|上|念)(?:大学|大专|高中|初中|小学)"),
        # (a question names the child as a parent does: "my 8-year-old", 我家孩子5岁)
        "children": (r"child(?:ren)?\b(?!'s (?:hospital|medical|health))|minors?\b|infants?\b|kids?\b|(?:[1-9]|1[0-7])-year-olds?\b"
                     # ("members under 18 years of age"; not "under 5 days" or "under 10%")
                     r"|(?:under|below) (?:the age of )?(?:1[0-8]|[1-9])\b(?!\s*(?:%|percent|yuan|days?|months?|weeks?|hours?"
                     r"|sessions?|visits?|times|per\b|[.,]\d))",
                     # (孩子 with its age or a parent's word, not 生完孩子 of a mother's benefit)
                     r"儿童(?!医院|专科医院|医学中心)|少儿|未成年|小孩|孩子(?=\s*[\d一二三四五六七八九十]+\s*周?岁)|(?<=[家我])孩子"
                     r"|(?<!\d)(?:1[0-8]|[1-9])\s*周?岁(?:以下|以内)|未满\s*(?:1[0-8]|[1-9])\s*周?岁"),
        "newborns": (r"new-?borns?\b|neonat", r"新生儿"),
        "elderly": (r"elderly\b|older (?:people|adults|persons)|senior citizens|aged (?:over|above) \d+", r"老年人|(?<!我家)(?<!家里)(?<!家中)(?<!家的)老人|高龄"),  # (我家老人: who it is for, a family's elder)
        # (members who pay their own contributions, as an English notice's member types name them)
        "flexible workers": (r"flexibl[ey] (?:employ|work)|self-employed|self-funded (?:members?|contributors?|participants?)"
                             r"|gig workers|freelanc", r"灵活就业|个体工商户|新就业形态"),
        # Social assistance tells three groups apart, each with its own figures (特困 the destitute,
        # 低保 those on the minimum living allowance, 低收入 the low-income above it) ...
        "destitute": (r"extreme(?:ly)?[- ]poor|extreme[- ]poverty|destitute", r"特困|五保"),
        # (orphans and unsupported children: a notice may list them with the destitute or leave them to rules of their own)
        "orphans": (r"orphan(?![- ](?:drugs?|medicines?|medicinal|diseases?|products?))|unsupported children", r"孤儿|事实无人抚养"),
        # (the dibao line is where the low-income begin: "just above the dibao line", 收入比低保线高一点)
        "dibao": (r"(?:subsistence[- ]allowance|minimum living (?:allowance|security|guarantee)|dibao)(?![- ](?:line|threshold|standard))",
                  r"低保(?!边缘|线|标准)|最低生活保障(?!边缘|线|标准)"),
        "low-income": (r"low-income|marginal households?|edge of the (?:subsistence|minimum)"
                       r"|above the (?:dibao|subsistence[- ]allowance|minimum living (?:allowance|security)) (?:line|threshold|standard)",
                       r"低收入|低保边缘"),
        # (those a notice watches so that heavy medical bills do not push them back into poverty, 防止返贫)
        "at-risk": (r"(?:falling|sliding|returning|going|slipping) back into poverty|risk of returning to poverty"
                    r"|at-risk (?:households?|famil|groups?|persons?|people)|poverty[- ]return|monitored (?:households?|famil|people|persons)",
                    r"(?<!因病致贫)返贫(?!致贫)"),
        # (... apart from those who have already fallen back into poverty, 返贫致贫人口, whom a notice names beside
        # the destitute with figures of their own, where the at-risk ones it watches get none: 防止返贫监测对象)
        "fallen into poverty": (r"(?:fallen|fell|returned) (?:back )?(?:in)?to poverty", r"返贫致贫"),
        # ... and names them together as the needy: a general word, a question about it takes any of them.
        "needy": (r"needy|vulnerable groups|people in difficulty|disadvantaged|poor people|the poor\b|families in (?:financial )?difficulty",
                  r"困难群众|困难群体|救助对象|困难人员|贫困人口|困难家庭"),
        # (people with a disability, 残疾人; not the level of care need a long-term care notice grades:
        # 重度失能, "level-3 severe disability" is a degree, read under "severity")
        "disabled": (r"(?<!severe )(?<!severely )(?<!moderate )(?<!moderately )(?<!mild )(?<!mildly )"
                     r"(?:disabled(?! (?:veterans?|vets?|ex-servicem[ae]n|servicem[ae]n|soldiers?)\b)|disabilit(?!y (?:level|grade|assessment|rating|(?:or [a-z]+ )?certificates?\b)))",
                     r"残疾(?!军人)"),
        # (a disabled veteran, 残疾军人, is of the veterans' group: the notices on entitled groups grade their figures)
        # (nor the office that serves veterans, "veterans affairs bureau", 退役军人事务局: whoever deals with it)
        "migrant workers": (r"migrant workers?", r"农民工|外来务工"),
        "veterans": (r"veterans?\b(?! affairs)|vets?\b(?! (?:clinic|surgery|bill|fees?)s?\b)|servicemen|military|\barmy\b|entitled (?:groups?|persons?)|special care recipients?", r"退役军人(?!事务)|优抚|残疾军人|伤残军人|老兵|参战|烈士"
                     # (a reader's own words for service: "从部队退役", "当了8年兵", 军龄)
                     r"|从部队|部队里|退伍|当[了过]?[\d一二三四五六七八九十几]*年的?兵|军龄"),
        # (a standard group of enrolment rules: released from prison, 刑满释放人员, with their own deadline)
        "released prisoners": (r"released (?:from )?(?:prison|jail|custody)|(?:former|released) prisoners|ex-prisoners|ex-offenders"
                               r"|(?:just )?(?:got |been )?out of (?:prison|jail)", r"刑满释放|出狱|释放人员"),
        "civil servants": (r"civil servants?", r"公务员"),
        # (the women, not "per pregnancy" or 怀孕满4个月 of a rule for every insured woman)
        "pregnant women": (r"pregnant (?:women|woman|employees|workers|mothers)|expectant mothers", r"孕妇|孕产妇"),
        "retired cadres": (r"retired cadres|veteran cadres", r"离休"),
    },
    "institution": {
        "grassroots": (r"grass-?roots|primary(?:-level| level| medical| care| health| (?:designated )?(?:institution|hospital|facilit|clinic))|community (?:health|clinics?|hospitals?)|township health|village clinics?"
                       r"|grade[- ](?:i|1) (?:hospital|medical|institution|designated)|tier[- ]?(?:1|i|one)\b" + _TIER_HEAD,
                       r"基层|一级医|一级定点|(?<=是)一级(?=的|[，。？?,；;]|$)|社区卫生|乡镇卫生院|村卫生室|一级及以下|一级(?=(?:[:：为是]|报销|支付|报)?(?:\d|百分之))|一级(?!以上|以下|及|和|或|与|至)[\u4e00-\u9fff]{1,4}?(?:医院|医疗机构)"),
        "secondary": (r"secondary(?:-level| level)? (?:hospital|medical|institution)|second-level|level[- ](?:2|ii) (?!severe|moderate|mild|disab|care|nursing|depend)|grade[- ](?:ii|2) (?:hospital|medical|institution|designated)|tier[- ]?(?:2|ii|two)\b" + _TIER_HEAD,
                      r"(?<=[（(])二级(?=[）)])|(?<=级别)二级|(?<=等级)二级|(?<=级别为)二级|二级医|二级及|二级定点|二级(?=(?:[:：为是]|报销|支付|报)?(?:\d|百分之))|(?<=是)二级(?=的|[，。？?,；;]|$)|二级(?!以上|以下|及|和|或|与|至)[\u4e00-\u9fff]{1,4}?(?:医院|医疗机构)"),
        "tertiary": (r"tertiary|third-level|level[- ](?:3|iii) (?!severe|moderate|mild|disab|care|nursing|depend)|grade[- ](?:iii|3)(?:[- ]?[a-c])? (?:hospital|medical|institution|designated)|top-tier hospitals?|tier[- ]?(?:3|iii|three)\b" + _TIER_HEAD, r"(?<=[（(])三级(?=[）)])|(?<=级别)三级|(?<=等级)三级|(?<=级别为)三级|三级医|三甲|三级定点|三级及|三级(?=(?:[:：为是]|报销|支付|报)?(?:\d|百分之))|(?<=是)三级(?=的|[，。？?,；;]|$)|三级(?!以上|以下|及|和|或|与|至)[\u4e00-\u9fff]{1,4}?(?:医院|医疗机构)"),
        "county": (r"county-level (?:hospital|medical|institution)|county (?:(?:or|and) [\w-]+ )?(?:people's |general )?hospitals?",
                   r"县级医|县级定点|县域|县(?:人民|中)?医院|县级(?:或|和|及|、)[\u4e00-\u9fff]{1,4}?医院"),
        "pharmacies": (r"pharmac(?:y|ies)\b|drugstores?", r"药店|药房"),
        # (not "clinics and hospitals", 医院和诊所: a reader's words for any medical institution)
        "hospitals": (r"(?<!to )(?<!in )(?<!clinics and )(?<!clinics or )(?<!clinics, )hospitals?\b(?!,? (?:and|or) clinics)",
                      r"(?<!诊所和)(?<!诊所、)(?<!诊所或)医院(?![和、或]诊所)"),
        # (with a kind or a gloss between: "private psychiatric hospitals", "private (non-public) hospitals")
        # (any privately run place of care, as a reader says it: "a private rehab centre", 私立的康复中心, 民办康复机构)
        "private": (r"(?:private|privately[- ]run|non-public)(?: \([\w -]+\))?(?: [\w-]+)? (?:hospital|clinic|medical|institution"
                    r"|cent(?:re|er)|facilit|provider)",
                    r"(?:民营|民办|私立|私营|私人|非公立)的?[\u4e00-\u9fff]{0,4}?(?:医|机构|中心|诊所|门诊)"),
        "tcm hospitals": (r"(?:traditional chinese medicine|tcm) hospitals?", r"中医院|中医医院|中医医疗机构"),
        "psychiatric hospitals": (r"psychiatric|mental (?:health|illness) (?:hospital|institution|centre|center)s?",
                                  r"精神专科|精神病医院|精神卫生中心|精神科"),
        "maternal and child hospitals": (r"maternal and child (?:health|care)", r"妇幼保健"),
    },
    # (a stay ruled out is none: 在门诊打碎石不住院 asks the outpatient figure alone)
    "care": {
        "outpatient": (r"out-?patients?\b|outpatient|clinic visits?", r"门诊|门急诊"),
        # (a discharge ends a stay: "出院之日起6个月内" is about inpatient costs)
        "inpatient": (r"in-?patients?\b|inpatient|hospitali[sz]|hospital stays?|stays? in hospital|admi(?:ssions?|tted) to hospital|in hospital"
                      r"|discharged? from hospital|(?:after|on|of|upon|before) (?:the patient's |their |his |her )?(?:discharge|admission)\b", r"(?<![不没未])(?<!不用|无需|不需|没有|不必)住院|出院"),
        "emergency": (r"emergenc(?:y|ies) (?:care|treatment|department|room)", r"急诊|急救"),
    },
    "scheme": {
        "basic medical insurance": (r"basic medical insurance", r"基本医疗保险|基本医保"),
        "critical illness insurance": (r"critical[- ]illness insurance|serious[- ]illness insurance|major[- ]illness insurance",
                                       r"大病保险|大病医疗保险"),
        "medical assistance": (r"medical (?:assistance|aid|relief)", r"医疗救助"),
        "long-term care insurance": (r"long-?term care", r"长期护理|长护险|长护保险"),
        "maternity insurance": (r"maternity insurance|maternity allowance|maternity benefit|childbirth allowance",
                                r"生育保险|生育津贴|生育医疗费"),
        "commercial insurance": (r"commercial (?:health |medical |supplementary )?insurance|inclusive (?:commercial )?insurance|huimin",
                                 r"商业(?:健康|补充|医疗)?保险|惠民保|普惠型"),
        # (and the injury itself, as a reader tells it: "an accident at the factory where I work", 上班时摔伤: work injury
        # insurance pays for it, under its own rules)
        "work injury insurance": (r"work(?:-related)? injury|occupational injur|work injuries|(?:injur(?:ed|y|ies)|hurt|accident) "
                                  r"(?:at|on) (?:work|the job)\b|accident (?:at|in) the (?:factory|plant|workplace|mine|warehouse|building site)"
                                  r"|(?:factory|plant|workplace|site) where (?:I|he|she|we) work",
                                  r"工伤|(?:上班|干活|工作)(?:时|的时候|中)[^，。？?]{0,6}?(?:受伤|伤了|摔|砸|撞|扭伤|烫伤)"),
        # employees' top-up schemes above the basic pool's cap, each with its own figures
        "large medical expense subsidy": (r"large(?:-amount| amount)? medical (?:expenses?|costs?|bills?) (?:subsid|insurance|mutual|aid)"
                                          r"|supplementary large", r"大额医疗|大额补充|大额互助"),
        "civil servant medical subsidy": (r"civil servants?'? medical (?:subsid|allowance|benefit)", r"公务员医疗补助"),
    },
    # Where the care is had, by the province line: a notice gives care outside the province (省外, 跨省) its own
    # ratios, and care elsewhere inside it (省内异地) others or none. Only a contrast: most sentences name neither.
    "reach": {
        "in-province": (r"(?:within|inside|in) (?:the same|the|this|our|my|your|their) province\b|same province\b|in-province\b"
                        r"|elsewhere in the province|(?:another|other|a different) (?:city|cities|prefecture) (?:in|of|within) the province",
                        r"省内|同省|同一个?省|本省(?:内|范围内)?(?:其他|别的|另一个?)?(?:市|地|城市)"),
        "out-of-province": (r"(?:outside|out of|beyond) (?:the|this|our|my|your|their|his|her) province\b|out-of-province|"
                            r"(?:other|another|a different|different) (?:(?:city|prefecture|county|region) or )?provinces?\b|cross-provinc|inter-provinc|trans-provinc",
                            r"省外|外省|跨省|异省|其他省份?|别的省"),
        # (the reader is insured by another area's fund and treated here: "insured in the next prefecture", 在外地参保)
        "insured-elsewhere": (r"(?:insured|enrolled|covered) (?:in|by|with|under) (?:the next|another|a different|a neighbou?ring|the neighbou?ring|other)"
                              r" (?:prefecture|city|county|province|area|region|district)s?\b|insured elsewhere",
                              r"(?:外地|外市|外省|外县|外州|外地州|其他(?:地市|城市|地区|统筹地区|州|县|省)|别的(?:市|地方|州|县|省)|异地)参保"
                              r"|参保地(?:不在|在外)"),
    },
    # Expenses inside the insurance catalogue (the policy scope) and outside it have their own figures.
    "scope": {
        "in-catalogue": (r"in-catalogue|in-list\b|within the (?:basic medical insurance |medical insurance |drug )?(?:catalogue|catalog|list|policy scope)"
                         r"|policy[- ]scope", r"目录内|政策范围内|目录范围内"),
        "out-of-catalogue": (r"out-of-catalogue|out-of-list\b|non-catalogue|outside the (?:basic medical insurance |medical insurance |drug )?"
                             r"(?:catalogue|catalog|list|policy scope)|beyond the (?:catalogue|list)"
                             # (as a reader or a notice says it: "not on the list", 不在目录里的那种, 没进医保目录)
                             r"|not (?:yet )?(?:on|in) the (?:[\w'’-]+ ){0,3}?(?:list|catalogue|catalog)\b",
                             r"目录外|政策范围外|目录范围外|不在(?:医保)?(?:药品)?目录|(?:没|未)(?:进|纳入|列入|在)(?:医保)?(?:药品)?目录|目录里(?:没有|没)"),
    },
    # How grave a condition is: a notice grading care needs or illness gives each degree its own figures
    # (重度失能 and 中度失能, "severe" and "moderate" disability).
    "severity": {
        "mild": (r"mild(?:ly)?\b", r"轻度"),
        "moderate": (r"moderate(?:ly)?\b", r"中度"),
        "severe": (r"severe(?:ly)?\b", r"重度"),
    },
    # The unit a figure is counted per: a monthly cap is no fee per visit, a daily rate no annual limit.
    "per": {
        "hour": (r"per hour\b|hourly\b|each hour\b|(?<!within )(?<!in )(?<!for )an hour\b", r"每小时|每个小时|按小时|/小时|/时"),
        "week": (r"per week\b|weekly\b|each week\b|(?<!within )(?<!in )(?<!for )a week\b", r"每周|每星期|每个星期|按周|/周"),
        "day": (r"per (?:bed-?)?day\b|\bbed-days?\b|daily\b|each day\b|per diem|\d (?:yuan |pounds |dollars |euros )?a day\b", r"每日|每天|按日|床日|日均|/日|/天|一天(?=按|多少|给|能|报|付|补)"),
        "month": (r"per (?:calendar )?month\b|monthly\b|each month\b|\d (?:yuan |pounds |dollars |euros )?a month\b",
                  r"每月|每个月|按月|月度|/月|单月|(?<![\d一二三四五六七八九十两近前后满头第])一个月(?=(?:医保|的)?(?:能|可以|可|最多|最高|一共|总共|多少|给|报|领|补|花))"),
        "year": (r"per (?:calendar )?year\b|annual(?:ly)?\b|yearly\b|each year\b|\d (?:yuan )?a year\b",
                 # (and as a reader asks it: "一年能领多少补贴", 一年最多给报多少)
                 r"每年|每个?年度|按年|(?<!上)(?<!上一)年度|/年|(?<![\d一二三四五六七八九十两近前后满头第])一年(?=(?:医保|的)?(?:能|可以|可|最多|最高|一共|总共|多少|给|报|领|补|花))"),
        "visit": (r"per (?:[a-z-]+ )?(?:visit|session|treatment|injection|jab|shot|dose)\b|each (?:[a-z-]+ )?(?:visit|session|treatment|injection|jab|shot|dose)\b",
                  r"每次|按次|次均|/次|每人次|每(?:打)?一?针|每注射一次|每(?:做|洗|透|去|看|打|换|治|查|用)一次"),
        # (a bed period, a treatment cycle: "6,000 yuan per bed period" is no daily fee)
        "period": (r"per (?:[a-z-]+ )?(?:period|cycle)\b|each (?:[a-z-]+ )?(?:period|cycle)\b", r"每个?(?:治疗|取卵)?周期|按(?:治疗)?周期"),
    },
    # What a sum of money is: the deductible a patient pays before the fund pays, or the most the fund
    # pays (a cap). Every notice gives both, and one is no answer to the other; most sentences name neither.
    "measure": {
        "deductible": (r"deductibles?\b|starting (?:payment )?(?:line|point|threshold)|payment thresholds?|(?:minimum|starting) "
                       r"payment (?:line|standard)"
                       # (as a reader says it: "how much do I pay myself before the pool starts paying / assistance kicks in")
                       r"|\b(?:pay|spend) (?:for it )?(?:myself|ourselves|yourself|themselves|himself|herself|out of (?:my|our|your|his|her|their) own pockets?|on (?:my|our|your|his|her|their) own)"
                       r"\b[^?.]{0,40}?\bbefore\b",
                       r"起付线|起付标准|起付金额|起付点|免赔额|自己(?:要|得|需要|必须)?先?(?:掏|付|出|垫|花)[^，。？?]{0,8}?(?:(?:以后|之后)才?|才)(?:开始|能|可以)?(?:报|报销|支付|赔|管)"
                       # (or the other way round: "医保开始报之前自己先得掏多少钱")
                       r"|开始(?:报|报销|支付|赔|管)(?:之前|以前|前)[^。？?]{0,10}?先[^。？?]{0,3}?(?:掏|付|出|垫|花)"),
        "cap": (r"caps?\b|capped\b|ceilings?\b|(?:annual|yearly|maximum|payment|reimbursement|benefit) limits?\b|upper limits?\b"
                r"|\bup to [\d,.]+ (?:yuan|euros?|pounds|dollars) (?:a|per|each) (?:calendar )?year\b"
                r"|maximum (?:annual )?(?:payment|reimbursement|benefit)s?\b|the most (?:[a-z'-]+ ){0,6}?(?:pay|pays|paid|reimburses?|covers?)\b"
                # (as a notice words it: "the fund pays at most the following amounts per calendar year")
                r"|\b(?:pays?|paid|reimburses?|covers?) (?:at most|no more than)\b",
                r"封顶线|封顶|最高支付限额|支付限额|年度限额|最高限额|限额|最高(?:支付|报销|赔付)|最多(?:支付|报销|赔付|能报|可报|报多少)"),
        # (a whole case paid at one fixed sum, which no deductible or cap answers: 白内障日间手术一例打包按多少钱结;
        # not "up to 30,000 yuan per case", a cap counted by the case)
        "bundled": (r"\bbundled (?:payments?|rates?|prices?|fees?|sums?)\b|\bper[- ]case (?:payments?|rates?|prices?|fees?|tariffs?)\b|\bcase-based\b|\blump[- ]sum\b",
                    r"打包|按病种(?:付费|支付|结算)|每例|定额(?:支付|付费|结算|标准|包干)|包干"),
    },
    # Who provides a service: a fee or a rule for physicians is none for pharmacists. Most sentences name no one.
    "staff": {
        "physicians": (r"physicians?\b|doctors?\b|surgeons?\b", r"医师|医生|大夫"),
        "pharmacists": (r"pharmacists?\b", r"药师|药剂师"),
        "nurses": (r"nurses?\b", r"护士"),
    },
    # A class of drugs a policy gives its own figures or list for: another class is another subject.
    "drug": {
        "rare-disease drugs": (r"rare[- ]disease (?:drugs?|medicines?|medications?)|orphan drugs?", r"罕见病(?:用药|药品|药物|治疗药)"),
        "anticancer drugs": (r"anti-?cancer|anti-?tumou?r|cancer (?:drugs?|medicines?|medications?)|oncology (?:drugs?|medicines?)",
                             r"抗肿瘤|抗癌"),
        "paediatric drugs": (r"p(?:a)?ediatric (?:drugs?|medicines?|medications?|formulations?)|children's (?:drugs?|medicines?|medications?)",
                             r"儿童用药|儿童药|儿科用药"),
        "chronic-disease drugs": (r"chronic[- ]disease (?:drugs?|medicines?|medications?)", r"慢性病用药|慢病用药|慢性病药"),
        "tcm drugs": (r"(?:traditional )?chinese (?:patent|herbal) medicines?|proprietary chinese medicines?|tcm (?:drugs?|medicines?|granules)"
                      r"|herbal (?:formula )?granules|decoction pieces", r"中成药|中药饮片|中药配方颗粒|中药制剂"),
    },
}

# How a value is shown to a reader, in English and Chinese.
LABELS: dict[str, tuple[str, str]] = {
    "national": ("the whole country", "全国"), "own area": ("your own city or county", "本市（县）"),
    "employees": ("employees", "职工"), "residents": ("urban and rural residents", "城乡居民"),
    "retirees": ("retirees", "退休人员"), "students": ("students", "学生"), "children": ("children", "儿童"),
    "newborns": ("newborns", "新生儿"), "elderly": ("the elderly", "老年人"),
    "flexible workers": ("flexibly employed people", "灵活就业人员"), "low-income": ("low-income people", "低收入人口"),
    "destitute": ("people in extreme poverty", "特困人员"), "dibao": ("minimum living allowance recipients", "低保对象"),
    "needy": ("people in need", "困难群众"), "orphans": ("orphans", "孤儿"), "at-risk": ("people at risk of returning to poverty", "防返贫监测对象"),
    "fallen into poverty": ("people who have fallen back into poverty", "返贫致贫人口"),
    "disabled": ("disabled people", "残疾人"), "migrant workers": ("migrant workers", "农民工"),
    "veterans": ("veterans", "退役军人和优抚对象"), "released prisoners": ("people released from prison", "刑满释放人员"), "civil servants": ("civil servants", "公务员"),
    "pregnant women": ("pregnant women", "孕产妇"), "retired cadres": ("retired cadres", "离休人员"),
    "grassroots": ("grassroots (primary-level) institutions", "基层医疗机构"), "secondary": ("secondary hospitals", "二级医院"),
    "tertiary": ("tertiary hospitals", "三级医院"), "county": ("county-level hospitals", "县级医院"),
    "pharmacies": ("pharmacies", "药店"), "hospitals": ("hospitals", "医院"), "private": ("private hospitals", "民营医院"),
    "outpatient": ("outpatient care", "门诊"), "inpatient": ("inpatient care", "住院"), "emergency": ("emergency care", "急诊"),
    "critical illness insurance": ("critical illness insurance", "大病保险"), "medical assistance": ("medical assistance", "医疗救助"),
    "long-term care insurance": ("long-term care insurance", "长期护理保险"), "maternity insurance": ("maternity insurance", "生育保险"),
    "commercial insurance": ("commercial insurance", "商业保险"), "work injury insurance": ("work injury insurance", "工伤保险"),
    "basic medical insurance": ("basic medical insurance", "基本医疗保险"), "tcm hospitals": ("TCM hospitals", "中医医院"),
    "psychiatric hospitals": ("psychiatric hospitals", "精神专科医院"),
    "maternal and child hospitals": ("maternal and child health institutions", "妇幼保健机构"),
    "rare-disease drugs": ("rare-disease drugs", "罕见病用药"), "anticancer drugs": ("anticancer drugs", "抗肿瘤药"),
    "paediatric drugs": ("paediatric drugs", "儿童用药"), "chronic-disease drugs": ("chronic-disease drugs", "慢性病用药"),
    "tcm drugs": ("traditional Chinese medicines", "中成药和中药饮片"),
    "large medical expense subsidy": ("the large medical expense subsidy", "大额医疗费用补助"),
    "in-province": ("care elsewhere within the province", "省内异地就医"), "out-of-province": ("care outside the province", "省外就医"),
    "in-catalogue": ("expenses within the catalogue", "目录内费用"), "out-of-catalogue": ("expenses outside the catalogue", "目录外费用"),
    "civil servant medical subsidy": ("the civil servant medical subsidy", "公务员医疗补助"),
    "physicians": ("physicians", "医师"), "pharmacists": ("pharmacists", "药师"), "nurses": ("nurses", "护士"),
    "deductible": ("the deductible", "起付线"), "cap": ("the cap on payments", "支付限额"),
    "mild": ("mild", "轻度"), "moderate": ("moderate", "中度"), "severe": ("severe", "重度"),
    "hour": ("per hour", "每小时"), "week": ("per week", "每周"), "day": ("per day", "每日"), "month": ("per month", "每月"), "year": ("per year", "每年"), "visit": ("per visit", "每次"), "period": ("per period or cycle", "每个周期"),
    "apply": ("the time to apply or submit", "申请、提交的期限"), "decide": ("the time to decide or pay", "审核、办理的时限"),
    "review": ("the time to decide a review or appeal", "复核、复议的时限"),
    "insured-elsewhere": ("people insured in another area", "在外地参保的人员"),
    "pre-approval": ("the time to decide a prior approval", "事前审批的时限"),
}


def slot_names(values, lang: str) -> str:
    """Slot values (or place names, years) as a reader's phrase: "retirees and students", "退休人员、学生".

    >>> slot_names(["retirees", "students"], "en"), slot_names(["tertiary"], "zh"), slot_names(["2019"], "zh")
    ('retirees and students', '三级医院', '2019年')
    """
    shown = []
    for v in values:
        label = LABELS.get(v)
        if label:
            shown.append(label[lang == "zh"])
        elif lang == "zh" and re.fullmatch(r"(?:19|20)\d\d", v):
            shown.append(v + "年")
        else:
            shown.append(v)
    if lang == "zh":
        return "、".join(shown)
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


_ZH_NUMERAL = "一二三四五六七八九十两百千万亿"
# A notice grading care need (失能, 伤残 and 残疾 levels) writes "三级" of a person, not of a hospital.
_CARE_GRADE = re.compile(r"失能|伤残|残疾|护理等级|照护等级")
_MEDICAL_PLACE = re.compile(r"医院|医疗机构|卫生院|定点医疗|医疗服务机构")
_BARE_LEVEL = re.compile(r"[一二三四五六](?=级)")
_LEVEL_LIST = re.compile(r"([一二三])级(?=(?:[、和与及或至到]|以及)[一二三]级)")


@lru_cache(maxsize=None)
def _compiled() -> dict[str, dict[str, tuple[re.Pattern, re.Pattern]]]:
    return {kind: {value: (re.compile(r"(?<![a-z])(?:" + en + ")"), re.compile(zh)) for value, (en, zh) in values.items()}
            for kind, values in VOCABULARY.items()}


def read_by_slot(term: str, text: str) -> bool:
    """Whether a slot's value names more than ``term`` around it where ``text`` writes it: 罕见病 in 罕见病用药 (a class
    of drugs), whose check says what a notice gives instead. (Not a term the value is no more than: "maternity
    allowance", which no document naming it is better told as such.)

    >>> read_by_slot("罕见病", "罕见病用药有多少种？"), read_by_slot("罕见病", "得了罕见病能报多少？")
    (True, False)
    >>> read_by_slot("maternity allowance", "How much maternity allowance can I get?")
    False
    """
    lower = text.lower()
    at = lower.find(term.lower())
    if at < 0:
        return False
    end = at + len(term)
    return any(m.start() <= at and end <= m.end() and m.end() - m.start() > len(term)
               for values in _compiled().values() for en, zh in values.values()
               for m in (*zh.finditer(text), *en.finditer(lower)))


def slots_in(text: str) -> dict[str, frozenset[str]]:
    """The slot values ``text`` names, by kind (kinds it names nothing of are left out).

    >>> slots_in("Retirees pay no premium at grassroots institutions; 住院报销比例")
    {'group': frozenset({'retirees'}), 'institution': frozenset({'grassroots'}), 'care': frozenset({'inpatient'})}
    >>> slots_in("What is the per-case payment?")["measure"], slots_in("白内障手术一例打包多少钱")["measure"]
    (frozenset({'bundled'}), frozenset({'bundled'}))
    """
    return dict(_slots_in(text))


# A clause naming the payers that came before ("经基本医保、大病保险报销后，…由医疗救助按80%给予补助",
# "after basic insurance has paid, medical assistance covers 80%") names a step, not whose figure follows.
_PAID_BEFORE = re.compile(r"经[^，。；,;]{2,30}?(?:报销|支付|补偿|保障|结算)后"
                          r"|\bafter (?:the )?[a-z' -]{3,80}? ha(?:ve|s) (?:paid|reimbursed|covered|settled)\b", re.IGNORECASE)

_SHARE_BEFORE = re.compile(r"\b(?:what|which) (?:share|percentage|proportion|part|portion|per ?cent)\b[^?.]{0,60}?\bbefore\b", re.IGNORECASE)

# Whose deadline a time limit is: the insured's, to apply or submit something, or the office's, to decide
# or pay. A notice gives both ("may be lodged within 30 days"; "decides within 15 working days"), and one
# is no answer to the other.
_TIME_LIMIT_EN = re.compile(r"\bwithin (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|sixty|ninety)\b"
                            r"[^.;?]{0,20}?\b(?:days?|weeks?|months?|years?)\b", re.IGNORECASE)
_TIME_ASKED_EN = re.compile(r"\bhow (?:long|soon|quickly|early|many (?:\w+ )?(?:days|weeks|months))\b|\b(?:deadline|time limit)s?\b"
                            r"|\bthe (?:longest|shortest)\b(?= (?:\w+ ){0,4}?(?:take|takes|last|lasts|wait|be)\b)",
                            re.IGNORECASE)
_TIME_LIMIT_ZH = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)个?(?:工作|自然)?(?:日|天|周|月|年)(?:内|以内)")
_TIME_ASKED_ZH = re.compile(r"多久|多长时间|几天|多少天|几个工作日|多少个工作日|时间限制|期限|时限|截止")
# A count per period, asked right after "how many days" or around 几天: "a month", "per year", 每月, 一年
_PER_PERIOD = re.compile(r"^\s*(?:a|an|per|each|every|in a|in one)\s+(?:month|year|week|calendar year)\b"
                         r"|(?:每|一)个?(?:月|年|周|星期)(?:最多|最高|一共|总共|能|可以)?[^，。？?]{0,6}(?:几天|多少天)", re.IGNORECASE)
# (verbs, not the nouns a decision is about: "the Office decides appeals within 20 days")
_APPLY_VERB = re.compile(r"\b(?:ask(?:s|ed|ing)?(?: (?!for\b)\S+){0,3}? for\b|ask(?:s|ed|ing)? (?:\w+ ){0,2}?to (?:review|reconsider|re-?assess|re-?examine|look)\b|lodg|submit|send|sent\b|fil(?:e|ed|ing)\b|appl(?:y|ied)|claim(?!s\b)|regist|request(?!s\b)|notif"
                         r"|appeal(?!s\b)|renew|repay|pay (?:it |them |the money |this )?back|return (?:the|that) money"
                         # (the insured's own payment: "how many working days do I have to pay it", 20个工作日内足额缴费)
                         r"|(?:have|has|need|needs) to pay\b|\b(?:I|we) pay\b)|缴费|缴纳|补缴|交费|交钱|申请|提交|提出|报送|申报|递交|上传|备案|续备|报销|登记|上诉|复议"
                         # (and money the insured must give back: "自收到追回通知书之日起15个工作日内退回", "要在几天之内退")
                         r"|退回|退还|退钱|缴回|还钱|退(?=[？?。]|$)"
                         # (a claim as a reader says it, the verb alone at the end: "多少天之内拿票去医保报？")
                         r"|(?:去|找|拿去|拿到)[^，。？?]{0,4}报(?=[？?。]|$)", re.IGNORECASE)
_DECIDE_VERB = re.compile(r"\b(?:get(?:s|ting)? (?:\w+ ){0,3}?back\b|receiv(?:e|es|ed|ing) (?:the |my |your |their )?(?:money|payment|refund)|decid|decision|(?<!for a )(?<!for an )(?<!for the )review|process|(?<!for )(?<!for prior )(?<!for advance )(?<!for the )approv|assess(?!ments?\b)|complet|settl|respond|repl(?:y|ies|ied)|reimburs(?!ement)"
                          r"|answer|look(?:s|ed|ing)? (?:at|into|over)\b|sort(?:s|ed|ing)? (?:\w+ )?out\b|rul(?:e|es|ing) on|hear(?:s|ing)? (?:the |an |my |your )?appeal|give (?:\w+ ){0,2}(?:verdict|ruling|response|result)"
                          r"|(?<!have to )(?<!has to )(?<!need to )(?<!\bI )(?<!\bwe )pa(?:y|id|ys)\b|issu|refund|verif|audit|check(?:s|ed|ing)?\b|finish)|审核|审批|办结|作出|答复|拨付|拨下来|拨到|拨给|结算|复核|核定|受理|到账|审完|审好|批下来|出结果|办好|办完"
                          # (an office's recognition or assessment: "经办机构在10个工作日内完成认定")
                          r"|完成认定|予以认定|作出认定|认定完|鉴定|评定|审定|核准|批准"
                          # (the money arriving, as a reader says it: "until the money reaches my account", 把钱打给我)
                          r"|\b(?:money|payment|refund|reimbursement)\s+(?:\w+\s+){0,2}?(?:reach|arriv|come|land|get(?:s)? (?:to|into))"
                          r"|(?:钱|款)[^，。？?]{0,4}?(?:打给|打到|打进|转给|转到)|拿到钱|收到钱", re.IGNORECASE)


def _actor(before: str, after: str, prefer_after: bool | None) -> str:
    """"apply" or "decide": the verb of a time limit, the first one after it (``prefer_after``), the last
    one before it, or (None) the nearer of the two."""
    back = [("apply", m.start()) for m in _APPLY_VERB.finditer(before)] + [("decide", m.start()) for m in _DECIDE_VERB.finditer(before)]
    ahead = [("apply", m.start()) for m in _APPLY_VERB.finditer(after)] + [("decide", m.start()) for m in _DECIDE_VERB.finditer(after)]
    last = max(back, key=lambda v: v[1], default=None)
    first = min(ahead, key=lambda v: v[1], default=None)
    if last and first:
        if prefer_after is None:  # a Chinese question: the nearer one ("申请后多久能审核完": 审核)
            return first[0] if (len(before) - last[1]) >= first[1] else last[0]
        return first[0] if prefer_after else last[0]
    return (first or last or ("", 0))[0]


# Whose duty a time limit is, by the subject of its clause: an office or an institution ("经办机构应", "the bureau
# shall") or the insured ("参保人员应", "the insured person must")
_DUTY_OF = re.compile(r"(?:(?P<insured>参保人员|参保人|患者|申请人|当事人)|(?:经办机构|医疗机构|定点医院|医院|医疗保障局|医疗保障部门|医保部门"
                      r"|税务部门|卫生健康部门|转出地|转入地))(?:[^，。；]{0,8}?)(?:应当?|须|必须)(?:自|在|于|从)"
                      r"|\b(?:(?P<insured_en>(?:the )?(?:insured (?:person|people|persons|members?)|patients?|applicants?|claimants?))"
                      r"|(?:the |a |each |every )?(?:[A-Z][a-z]+ )*(?:county |prefecture |municipal |city )?"
                      r"(?:bureau|office|hospital|institution|agency|department|centre|center|counter|panel|insurer)s?)"
                      r" (?:shall|must|will|(?!(?:is|was|does|lists|sets|applies|claims)\b)[a-z]{3,}s)\b", re.IGNORECASE)


# Money given back to the fund, by whoever holds it: a repayment, whose time limit is the payer's, not the office's.
_TO_THE_FUND = re.compile(r"\b(?:refund|repay|reimburse|return)(?:s|ed|ing)?\s+(?:the\s+money\s+to\s+|it\s+to\s+)?(?:the|to the)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:fund|pool)\b|(?:退回|退还|返还|归还|缴回)(?:医保|医疗保障|统筹)?基金", re.IGNORECASE)


# A question on how long something stays valid, not on how long a step may take
_VALIDITY_Q = re.compile(r"\b(?:is|are|be|stays?|remains?)\s+(?:\w+\s+){0,3}?(?:good|valid)\b|\bvalid for\b|\bexpir"
                         r"|\bhow long (?:\w+ ){0,5}?(?:last|lasts|remain|remains|stay|stays)\b|有效期|管(?:几|多)(?:年|久|长)", re.IGNORECASE)


def deadline_actors(text: str, question: bool = False) -> frozenset[str]:
    """Whose time limits ``text`` states (a question: asks for): "apply" (the insured's, to lodge, submit
    or claim) and/or "decide" (the office's, to decide, review or pay).

    >>> sorted(deadline_actors("Appeals may be lodged within 30 days of the decision letter."))
    ['apply']
    >>> sorted(deadline_actors("The Office decides appeals within 20 working days."))
    ['decide']
    >>> sorted(deadline_actors("应在费用发生之日起180日内申请零星报销，经办机构应在20个工作日内完成审核拨付。"))
    ['apply', 'decide']
    >>> sorted(deadline_actors("If I appeal a refusal, how many days does the Office have to decide the appeal?", question=True))
    ['decide']
    >>> sorted(deadline_actors("自己先垫钱买了药，回来找医保报销有没有时间限制？", question=True))
    ['apply']
    >>> sorted(deadline_actors("我自己先垫钱买的药，要在多少天之内拿票去医保报？", question=True))
    ['apply']
    >>> sorted(deadline_actors("I lodged an appeal last week. How many days does the panel have to give me its answer?", question=True))
    ['decide']
    >>> sorted(deadline_actors("He may apply for a review to the Centre within 60 days of the decision."))
    ['apply']
    >>> sorted(deadline_actors("A member who disagrees with a decision may ask for a review by writing to the Office within 30 days."))
    ['apply']
    >>> sorted(deadline_actors("A person may ask the Bureau for a review within 60 days after receiving the decision."))
    ['apply']
    >>> sorted(deadline_actors("Once I ask for it, how soon do I get back the money left on my account?", question=True))
    ['decide']
    >>> sorted(deadline_actors("The assessment must have been carried out within 60 days before the application is submitted."))
    ['apply']
    >>> sorted(deadline_actors("Once identified as insured, the hospital settles the costs and refunds the Fund within 20 working days."))
    ['apply']
    >>> sorted(deadline_actors("家长应在确诊之日起60日内申请待遇资格认定，经办机构在10个工作日内完成认定。"))
    ['apply', 'decide']
    >>> sorted(deadline_actors("We pay by bank transfer within 15 working days of receiving a complete claim."))
    ['decide']
    >>> sorted(deadline_actors("How many days a month will insurance pay for?", question=True)), deadline_actors("每个月最多报几天？", question=True)
    ([], frozenset())
    """
    if question and _VALIDITY_Q.search(text):
        return frozenset()  # how long something stays valid ("how long is the approval good for"): no step's time limit
    found = set()
    zh = bool(re.search(r"[\u4e00-\u9fff]", text))
    if not question and not zh:
        # (in a notice "we" is its issuer: "We pay by bank transfer within 15 working days of receiving a complete claim")
        text = re.sub(r"\b[Ww]e (?=pay|refund|reimburse|decide|review|process)", "the office ", text)
    pattern = (_TIME_ASKED_ZH if zh else _TIME_ASKED_EN) if question else (_TIME_LIMIT_ZH if zh else _TIME_LIMIT_EN)
    for m in pattern.finditer(text):
        if question and _PER_PERIOD.search(text[max(0, m.start() - 8):m.end() + 20] if zh else text[m.end():m.end() + 20]):
            continue  # "how many days a month does it pay for", 每月最多几天: a count per period, no deadline
        if zh:  # a Chinese clause: "应在20个工作日内完成审核", "报销有没有时间限制"
            before = re.split(r"[。；;，,]", text[max(0, m.start() - 15):m.start()])[-1]
            after = re.split(r"[。；;？?]", text[m.end():m.end() + 30])[0]
            if not question:
                after = after.split("，")[0] if _APPLY_VERB.search(after.split("，")[0]) or _DECIDE_VERB.search(after.split("，")[0]) else after
            actor = _actor(before, after, prefer_after=None if question else True)
            subject = re.split(r"[。；;，,]", text[max(0, m.start() - 40):m.start()])[-1]
        else:  # "may be lodged within 30 days"; "how many days does the Office have to decide"
            before = re.split(r"[.;?]", text[max(0, m.start() - 100):m.start()])[-1]  # (a long office name between)
            after = re.split(r"[.;?]", text[m.end():m.end() + 80])[0]
            # (a question asks "how long ... to decide"; a sentence says "may be lodged within 30 days")
            actor = _actor(before, after, prefer_after=question)
            subject = before
        if not question and _TO_THE_FUND.search(before[-50:] + " " + after[:50]):
            actor = "apply"  # money given back to the fund ("the hospital … refunds the Fund within 20 working days"), as one repays
        elif not question and (who := _DUTY_OF.search(subject)):
            # whose duty the clause says it is decides, whatever the verb: "定点医疗机构应在入院之日起3个工作日内填写"
            # is the hospital's step, not the insured's; "参保人员应自收到通知书之日起15个工作日内退回" the insured's
            insured = who.group("insured") or who.group("insured_en")
            # (a hospital that submits its claim to the office within 30 days applies, as the insured do: the relief fund's
            # hospitals are its applicants)
            applies = actor == "apply" and re.search(r"hospital|institution|医院|医疗机构", who.group(0), re.IGNORECASE) \
                and re.search(r"\b(?:submit|appl(?:y|ies)|lodg|send|file)|提交|申报|报送|申请", before + " " + after, re.IGNORECASE)
            actor = "apply" if insured or applies else "decide"
        if actor:
            found.add(actor)
    return frozenset(found)


_ASIDE = re.compile(r"\s?\([^()]{1,20}\)(?=\s?[A-Za-z])")
# The person someone cares for is not whose figure is asked: 照顾老人的家属 are the carers, "a stand-in for
# looking after my elderly mother" pays the stand-in; the group word after a verb of caring is its object.
_CARED_FOR = re.compile(r"(?:照顾|照料|照护|看护|陪护|护理|赡养|伺候|陪伴|陪同)(?:家里的?|家中的?|生病的|失能的?|高龄的?)?"
                        r"(?:老年人|老人|孩子|儿童|小孩|残疾人)"
                        r"|\b(?:car(?:e|es|ing|ed) for|look(?:s|ing|ed)? after|carers? (?:of|for)|caregivers? (?:of|for)"
                        r"|sit(?:s|ting)? with) (?:an? |the |my |our |their |his |her )?(?:elderly|older|aged|disabled|sick)?"
                        r"(?: (?:people|persons?|relatives?|parents?|mother|father|mum|mom|dad|child|children|kids?))?\b", re.IGNORECASE)


# A level and those above it: "二级及以上", "secondary or higher"
_AND_ABOVE = re.compile(r"二级(?:及|或)?以上|\bsecondary(?:-level)? (?:and|or) (?:above|higher)\b|\bsecondary (?:level )?(?:or|and) tertiary",
                        re.IGNORECASE)


@lru_cache(maxsize=65536)  # the same sentences are read question after question
def _slots_in(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    deadline = deadline_actors(text, question=text.rstrip().endswith(("?", "？")))
    # "What share do I pay myself before the reimbursement is worked out": a share paid first (先自付), not the deductible
    text = _SHARE_BEFORE.sub(lambda m: m.group(0)[: -len("before")] + "ahead of", text)
    text = _PAID_BEFORE.sub("", text)
    text = _CARED_FOR.sub("", text)
    text = re.sub(r"非(?:急诊|急救|住院|门诊)", "非", text)  # 非急诊转运 names no emergency care ("non-emergency")
    if _CARE_GRADE.search(text) and not _MEDICAL_PLACE.search(text):
        text = _BARE_LEVEL.sub("等", text)  # 重度失能三级…，二级…: grades of care need, not hospital levels
    # "一级、二级、三级定点医疗机构": every level of a list shares the head word written after the last
    text = _LEVEL_LIST.sub(r"\1级医", text)
    # "a secondary (tier-2) hospital": a short aside between a word and its head is read past as well
    text = text + " " + _ASIDE.sub("", text) if _ASIDE.search(text) else text
    lower = text.lower()
    found = []
    for kind, values in _compiled().items():
        named = frozenset(v for v, (en, zh) in values.items() if en.search(lower) or zh.search(text))
        if kind == "group" and {"disabled", "veterans"} <= named:
            named -= {"disabled"}  # (a veteran with a disability card is a disabled veteran: of the veterans' group)
        if kind == "institution" and "secondary" in named and _AND_ABOVE.search(text):
            named |= {"tertiary"}  # ("经二级及以上定点医疗机构确诊": tertiary hospitals are of those)
        if named:
            found.append((kind, named))
    if deadline:
        found.append(("deadline", deadline))
    return tuple(found)


# A local place a list cannot hold: 青川市, 柏川县, "Harbourview City". Chinese names are read from
# jieba's segmentation: the two or three characters before 市/县 must start at a word boundary and
# hold no function word (在, 几个, 的), and a 市 inside a longer word must end a place name (城市,
# 市场 are not places).
_ZH_MARK = re.compile(r"[市县](?![级场民区内域长委政外直属份际])")
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nz", "j"})
_FUNCTION_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "t", "m", "p", "uj", "ul", "uz", "ug", "uv", "c", "d", "r", "q", "f", "y", "e", "u", "x"})
_NOT_NAMES = frozenset({"大城", "小城", "中小城", "城乡", "乡镇"})
_MARKED_WORDS = frozenset({"城市", "都市", "超市", "县城"})  # ordinary words ending in the mark: "试点城市" names no city
_EN_NOT_NAMES = frozenset("The This That Each Every Our A An In At For Of From To And Or What Which How Does Do Is "
                          "Are Was Were Did Can".split())
_EN_LOCAL = re.compile(r"\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?) (City|County|Prefecture)\b")


def _romanised(name: str) -> str:
    """青川 -> "Qingchuan": how an English document spells a Chinese place name."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name)).capitalize()


def _zh_local_places(text: str) -> list[tuple[str, str, str]]:
    from jieba import posseg

    found = []
    for run in re.finditer(r"[\u4e00-\u9fff]{3,}", text):
        chunk = run.group(0)
        if not _ZH_MARK.search(chunk):
            continue
        tokens, offset = [], 0
        for word, tag in posseg.lcut(chunk):
            tokens.append((offset, offset + len(word), word, tag))
            offset += len(word)
        starts = {t[0] for t in tokens}
        for m in _ZH_MARK.finditer(chunk):
            i = m.start()
            holder = next(t for t in tokens if t[0] <= i < t[1])
            if holder[1] - holder[0] > 1 and (not (holder[3] in _NAME_TAGS and holder[1] == i + 1) or holder[2] in _MARKED_WORDS):
                continue  # 城市, 市场, 县级: the mark is part of an ordinary word (jieba tags 城市 as a place)
            for size in (2, 3):
                begin = i - size
                if begin < 0 or begin not in starts:
                    continue
                inside = [t for t in tokens if t[0] < i and t[1] > begin]
                name = chunk[begin:i]
                if any(t[3] in _FUNCTION_TAGS for t in inside) or name[-1] in "省市县区" or name in _NOT_NAMES:
                    continue
                found.append((chunk[begin:i + 1], name, _romanised(name)))
                break
    return found


@lru_cache(maxsize=4096)  # a passage's sentences and titles come back with every question about them
def local_places(text: str) -> tuple[tuple[str, ...], ...]:
    """Local places named by their administrative mark, each as its spellings (the name as written,
    without the mark, and for a Chinese name its pinyin, as an English document writes it).

    >>> local_places("青川市的起付线；有几个省份；全国住院费用跨省联网；各市县；试点城市已达49个；Harbourview City")
    (('青川市', '青川', 'Qingchuan'), ('Harbourview City', 'Harbourview'))
    """
    found = _zh_local_places(text) if re.search(r"[市县]", text) else []
    for m in _EN_LOCAL.finditer(text):
        words = m.group(1).split()
        if words[0] in _EN_NOT_NAMES:  # "In Qinghe County": the preposition that opens a question
            words = words[1:]
        if words:
            name = " ".join(words)
            found.append((f"{name} {m.group(2)}", name))
    return tuple(dict.fromkeys(found))


# What kind of figure a question asks for. "Money": an amount of money (a deductible, a price, a
# premium, a subsidy); asked for, it is answered only by a sentence stating one.
_MONEY_Q = re.compile(
    r"\bhow much (?:money|does [\w\s-]+ cost)|\bcost of\b|\bdeductible|\bpremium\b|"
    r"\b(?:annual|maximum|payment) (?:limit|cap|ceiling)\b|\bhow many yuan\b|"
    r"\bhow much\b[^?.]*\bper (?:[a-z-]+ )?(?:visit|session|treatment|day|month|year|person|time)\b|"  # a sum per unit
    r"\bhow much (?:a|an|each) (?:day|night|visit|session|treatment|month|year)\b|"  # ... and "how much a day does it allow"
    r"\b(?:total |annual |fund )?(?<!low-)(?<!middle-)(?<!high-)(?:income|revenue|expenditure|spending)\b|(?<![低高中家])收入(?!水平|比|线|标准|超过|低于|高于|不)|(?<!人均)支出|"  # a fund's money
    r"\bhow much (?:[\w-]+ ){0,3}?(?:allowance|subsid\w*|grant|fee|fees|price|charge|refund|compensation|stipend)\b|"  # a sum named
    r"\bwhat (?:[\w-]+ )?(?:fees?|prices?|charges?)\s+(?:do|does|did|is|are|will|would|must|should|can)\b|"  # "what fee does X charge"
    r"\bwhat (?:does|do|did|will|would|should) (?:[\w'’-]+ ){1,10}?cost\b|"  # "what does the check-up cost"
    r"多少钱|多少[\u4e00-\u9fff]钱|多少元|几元|金额|费用是多少|起付线|起付标准|缴费标准|缴多少|交多少|补助(?:标准)?是?多少|补贴(?:标准)?是?多少|能补(?:贴|助)?多少"
    r"|限额|封顶线|最高支付"
    r"|多少(?:(?![日天月年周次个内时岁人家倍])[\u4e00-\u9fff]){0,5}?(?:津贴|补贴|补助金|奖励|奖金|工资|保费|护理费|生活费|押金)(?![比的]例)",  # 领多少护理者津贴: a sum named
    re.IGNORECASE)
# ... unless it asks how much something changed: a price "fell by how much" is answered by a share too.
_CHANGE_Q = re.compile(r"\b(?:fall|fell|drop|decreas|reduc|cut|rise|rose|increas|rais|grow|grew|sav)\w*|下降|降低|降幅|减少|"
                       r"提高|增加|增长|上涨|涨幅|节约|节省|减轻", re.IGNORECASE)
MONEY = re.compile(r"\d\s*(?:(?:hundred |thousand |million |billion |trillion )?(?:yuan|rmb|dollars?|pounds?|euros?|usd|gbp|eur)\b|元|万元|亿元|万|亿)"
                    r"|(?:rmb|¥|￥|\$|£|€|usd|gbp|eur)\s*\d|[一二三四五六七八九十两百千万亿]+元"
                    # (a table's column that names its unit: "定额标准（元/例）31,000", "Limit (yuan) 420")
                    r"|[（(](?:元|万元|yuan|rmb)(?:\s*/\s*[^）)]{1,6})?[）)]\s*[:：]?\s*\d", re.IGNORECASE)


def asks_for_money(question: str) -> bool:
    """Whether the question asks for an amount of money (not how much one changed).

    >>> asks_for_money("What is the deductible for inpatients in Beijing?"), asks_for_money("住院起付线是多少？")
    (True, True)
    >>> asks_for_money("How much did the price of stents fall?"), asks_for_money("How much battery allowance does he get?")
    (False, True)
    >>> asks_for_money("How much a day does the insurance allow for the bed?")
    True
    """
    return bool(_MONEY_Q.search(question)) and not _CHANGE_Q.search(question)


def states_money(text: str) -> bool:
    """Whether ``text`` states an amount of money.

    >>> states_money("the subsidy rose to 610 yuan"), states_money("起付标准为400元"), states_money("110 hospitals")
    (True, True, False)
    >>> states_money("a cap of £2,400"), states_money("€35 per visit"), states_money("£45 per session")
    (True, True, True)
    """
    return bool(MONEY.search(text))
