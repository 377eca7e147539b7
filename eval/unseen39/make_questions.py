#!/usr/bin/env python3
"""Writes questions.jsonl (r39-01..r39-30). Evidence for the PDF is quoted from pdf-source.txt.orig,
the exact text put into lanyi-niaoduzheng-menzhen-touxi.pdf."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
Q = "lanyi-niaoduzheng-menzhen-touxi.pdf"; P = "wyndlecote-children-hearing-cover.txt"
R1 = "职工医保    三级    88%    410元    5,600元"
R4 = "居民医保    二级及以下    83%    360元    4,900元"
R3 = "居民医保    三级    78%    395元    5,100元"
T1 = "Under 3 years    90%                 7,200 yuan                80%             135,000 yuan"
T2 = "3 to 6 years     82%                 6,400 yuan                76%             128,000 yuan"
T3 = "7 to 17 years    72%                 5,500 yuan                66%             110,000 yuan"
rows = [
# Lanyi (PDF, zh), answerable, zh
("zh", "我爸每周去市里三甲医院洗肾三次，他还在上班，单位给交的医保，每洗一次医保最多给报多少钱？", ["410元"], True,
 "table only: per-session hemodialysis cap, 职工医保 at a 三级 hospital", [R1], [], Q),
("zh", "我妈交的是城乡居民医保，在家自己做腹透，药和透析液都是县医院（二级）配的，一个月医保最多出多少？", ["4,900元"], True,
 "table only: monthly peritoneal dialysis cap, 居民医保 at 二级及以下", [R4], [], Q),
("zh", "单位交的医保，洗肾一年下来医保总共最多能报多少？", ["14万元"], True,
 "annual cap for outpatient dialysis, 职工医保 (万元 amount)", ["职工医保为14万元"], [], Q),
("zh", "我舅舅上周突然不行了先紧急透析了，透析的待遇这周才批下来，之前那几次能往前算几天？", ["15日"], True,
 "look-back period for emergency dialysis before recognition (days)", ["追溯期最长不超过15日"], [], Q),
# Lanyi (PDF, zh), answerable, en
("en", "My dad is on the residents' insurance and his kidney dialysis bills went past the yearly limit. How much of the extra does the serious illness insurance pay?", ["百分之八十五"], True,
 "major-illness insurance share above the annual cap, residents (Chinese-numeral percentage)", ["由城乡居民大病保险按百分之八十五的比例支付"], [], Q),
("en", "My mum goes for blood dialysis on the kidney machine. How many times a week will the insurance normally cover?", ["3次"], True,
 "hemodialysis sessions per week", ["血液透析原则上每周不超过3次"], [], Q),
("en", "The hospital's computer was down so my uncle paid for his dialysis in cash. How long has he got to claim the money back?", ["180日"], True,
 "deadline for a manual claim after a system failure", ["在费用发生之日起180日内持票据和透析记录申请手工报销"], [], Q),
("en", "My grandma has the residents' scheme and does dialysis at a big top-tier city hospital. What percentage does the fund pay?", ["78%"], True,
 "table only: fund share, 居民医保 at a 三级 hospital", [R3], [], Q),
# Wyndlecote (en), answerable, en
("en", "My 4-year-old just got a cochlear implant. What percentage of the implant does insurance pay?", ["76%"], True,
 "table only: implant fund share, age band 3 to 6", [T2], [], P),
("en", "How much do we get for the little batteries in my son's hearing aid?", ["25 yuan"], True,
 "battery allowance per device per month", ["battery allowance of 25 yuan per month"], [], P),
("en", "My daughter does speech lessons at the rehab centre after her implant. How many lessons a year does the insurance pay for?", ["96 sessions"], True,
 "face-to-face therapy sessions per year", ["The Fund pays for up to 96 sessions a year"], [], P),
("en", "My kid's implant processor is 6 years old and can't be fixed any more. What's the most the fund pays for a new one?", ["42,000 yuan"], True,
 "cap on a replacement external sound processor", ["up to 42,000 yuan"], [], P),
# Wyndlecote (en), answerable, zh
("zh", "我女儿两岁，两只耳朵都要戴助听器，医保每只耳朵最多能报多少钱？", ["7,200 yuan"], True,
 "table only: hearing aid cap per ear, under 3 years", [T1], [], P),
("zh", "我儿子十二岁，听力不好要配助听器，医保能报百分之几？", ["72%"], True,
 "table only: hearing aid fund share, age band 7 to 17", [T3], [], P),
("zh", "孩子的助听器用了两年多，能不能换个新的？医保多少年才给换一次？", ["4 years"], True,
 "replacement interval for a hearing aid", ["once every 4 years per ear"], [], P),
("zh", "我把孩子配助听器的发票交上去申请报销了，县里多少天能审完？", ["15 working days"], True,
 "review time for a claim (working days)", ["The county office reviews the claim within 15 working days"], [], P),
# near misses, Lanyi
("zh", "我儿子今年9岁，尿毒症在三甲医院做血透，交的是居民医保，每次透析医保最多报多少钱？", [], False,
 "children's dialysis rates are to be set separately (另行制定); tempting 395元 / 78% which are the 居民医保 三级 row of 表1 for patients in general", [], [], Q),
("zh", "我老公前年换了肾，现在每个月要吃抗排异的药，职工医保能报百分之几？", [], False,
 "after a kidney transplant the 门诊慢特病 rules apply, no figure here; tempting 88% / 92% (职工医保 dialysis shares in 表1) or 14万元", [], [], Q),
("zh", "医生说我妈除了血透还要做血液灌流，一个月最多能做几次医保给报？", [], False,
 "血液灌流 rules are 另行规定, no figure; tempting 4次 which is the monthly limit for 血液透析滤过 (or 3次 per week for hemodialysis)", [], [], Q),
("en", "My dad is insured in Lanyi but will stay with my sister in another province for a few months and do his dialysis there. What percentage will be covered?", [], False,
 "dialysis elsewhere follows 沣岭省 异地就医 rules, no figure; tempting the local 表1 shares 88% / 92% / 78% / 83%", [], [], Q),
("en", "We want to rent one of those automatic night-time machines for my wife's home dialysis. How much a month does insurance put towards the rent?", [], False,
 "buying or renting an automatic peritoneal dialysis machine is not covered; tempting 5,600元 / 5,300元 / 5,100元 / 4,900元 (monthly peritoneal dialysis caps in 表1)", [], [], Q),
# near misses, Wyndlecote
("en", "I'm 35 and my own hearing has got bad. What share of a hearing aid does the fund pay for me?", [], False,
 "adults' hearing aid cover is set separately; tempting 72% (7 to 17 years) from Table 1", [], [], P),
("en", "My son has one of those bone-anchored hearing aids that clips onto a screw in his head. What's the most insurance pays for it?", [], False,
 "bone-anchored devices are not covered; tempting 5,500 yuan / 6,400 yuan / 7,200 yuan (hearing aid caps per ear) from Table 1", [], [], P),
("en", "We're insured in the next prefecture but live in Wyndlecote now. What share do we get for our daughter's hearing aids here?", [], False,
 "children insured elsewhere follow the provincial cross-region rules; tempting the local Table 1 shares 90% / 82% / 72%", [], [], P),
("zh", "孩子一只耳朵已经装了人工耳蜗，医生建议另一只耳朵也装一个，第二个耳蜗医保最多报多少？", [], False,
 "a second implant is to be announced separately; tempting 135,000 yuan / 128,000 yuan / 110,000 yuan (implant system caps) from Table 1", [], [], P),
("zh", "我们住得远，孩子在家用手机视频上语言康复课，每节课医保给多少钱？", [], False,
 "online or video therapy is to be set separately; tempting 160 yuan (face-to-face session cap) or 75%", [], [], P),
# follow-ups
("zh", "那他退休以后呢，能多报几个点？", ["2个百分点"], True,
 "follow-up: extra share for retired 职工医保 members", ["提高2个百分点"],
 ["我爸在三甲医院洗肾，单位交的医保还在上班，医保给报百分之几？"], Q),
("en", "And the filtration kind, how many a month?", ["4次"], True,
 "follow-up: monthly limit for hemodiafiltration",
 ["血液透析滤过每月不超过4次"], ["How long does each kidney dialysis session have to last for insurance to pay?"], Q),
("en", "And for the processor?", ["1,500 yuan"], True,
 "follow-up: yearly repair cap for the implant sound processor", ["paid at up to 1,500 yuan per child per year"],
 ["What's the most insurance pays each year to fix my daughter's hearing aid once the warranty's run out?"], P),
("zh", "那头一年过了以后，每年还能调几次？", ["3 mapping sessions"], True,
 "follow-up: mapping sessions a year after the first 12 months", ["up to 3 mapping sessions a year after that"],
 ["孩子人工耳蜗刚开机，头一年医保能给报几次调机？"], P),
]
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for i, (lang, q, a, ok, note, ev, hist, doc) in enumerate(rows, 1):
        f.write(json.dumps(dict(id=f"r39-{i:02d}", lang=lang, question=q, answers=a, answerable=ok, note=note,
                                evidence=ev, history=hist, doc=doc), ensure_ascii=False) + "\n")
print(len(rows))
