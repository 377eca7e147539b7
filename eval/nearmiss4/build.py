"""Writes questions.jsonl (n4-01..n4-36) by hand-written content."""
import json

ZH = "fengzhu_zh.txt"
EN = "kestrelvale_en.txt"

NM = [
 # ---- place
 ("en", "place", "How much does Wangchuan District put into medical assistance per resident from its own budget in 2025?",
  "Fengzhu doc gives own-budget funding per resident only for 青篁县/栖梧县 (8元) and 漱石市 (11元); for 临渚区 and 望川区 it says only that city and district share it 6:4, amount 另行核定. No Wangchuan figure."),
 ("zh", "place", "漱石市的倾斜救助一年最多能救助多少钱？",
  "Fengzhu doc: 倾斜救助 年度限额 60000元 applies to the 2025 pilot counties 青篁县、栖梧县 only; 其他县（市、区）的实施时间和年度限额 待试点评估后另行明确. 漱石市 appears (scope list, 11元 funding) but with no 倾斜救助 cap."),
 ("en", "place", "I live on Marrow Point. If I need the air ambulance, what's my co-payment per flight?",
  "Kestrelvale doc: air ambulance co-payment £250 per flight on the mainland districts, £35 per flight for Saltholm Isles residents; Marrow Point air transfers are 'not covered by this notice' and are set out in separate Notice KRHF 2026/07. No Marrow Point figure."),
 ("zh", "place", "被转到Orrisdale那边的医院，出了边界以后每英里要自己付多少钱？",
  "Kestrelvale doc: Dunmarsh region, beyond the border you pay £1.20 per mile; Orrisdale transfers are under the reciprocal agreement (Notice 14), 'its terms are not reproduced here'. No Orrisdale rate."),
 # ---- institution
 ("en", "institution", "In Fengzhu, how many working days does a designated retail pharmacy have to upload medical assistance settlement data?",
  "Fengzhu doc: 定点医院 3个工作日, 乡镇卫生院、社区卫生服务中心 5个工作日; 定点零售药店 only has to post the policy and hotline 12393 and serve patients 按医保服务协议有关规定. No pharmacy deadline."),
 ("zh", "institution", "枫渚这边村卫生室给救助对象看病，政策范围外费用占比要控制在多少以内？",
  "Fengzhu doc: 政策范围外费用占比 三级定点医院10%、二级8%、一级定点医院及乡镇卫生院、社区卫生服务中心5%; 村卫生室的费用控制要求由各县（市、区）医保部门另行制定. No village-clinic figure."),
 ("en", "institution", "If patient transport takes me to a hospice, how much of the fare do I have to pay?",
  "Kestrelvale doc: NEPT to a public hospital outpatient clinic co-payment 0%, to a private clinic 50% of the fare (max £40 per journey); hospice transfers 'decided case by case by the Fund's Clinical Panel'. No hospice figure."),
 ("zh", "institution", "从医院出院转到养老院（residential care home），这趟转运要付多少钱？",
  "Kestrelvale doc: discharge home counts as NEPT (0% to public clinics, 50% to private clinics); discharge to a residential care home is 'charged under the home's own contract with the hospital; those charges are not covered by this notice'. No amount."),
 # ---- group
 ("en", "group", "What percentage of hospital bills does Fengzhu's medical assistance cover for people with severe disabilities?",
  "Fengzhu doc: 住院救助比例 一类90%、二类75%、三类65%、四类60%; 重度残疾人 appears once: their 医疗救助待遇 由市民政局会同市残联、市卫生健康委另行制定，本细则暂不作规定. No figure for them."),
 ("zh", "group", "枫渚市低保边缘家庭的成员参加居民医保，个人缴费能资助多少钱？",
  "Fengzhu doc: 参保资助 特困全额、低保对象280元、返贫致贫人口190元、监测对象120元; 低保边缘家庭成员的参保资助标准由各县（市、区）结合本地财力自行确定. No figure."),
 ("en", "group", "What co-payment do seasonal workers on a temporary membership pay for an ambulance journey?",
  "Kestrelvale doc: standard call-out fee £60 and 20% of mileage; students capped at £15 per journey; seasonal workers' 'cover and co-payments are set by their employer's group plan'. No figure."),
 ("zh", "group", "退伍军人叫救护车送医院，自己要掏多少钱？",
  "Kestrelvale doc: call-out fee £60 per conveyance, children under 16 no call-out fee, students capped at £15; veterans' ambulance charges 'are met under the Veterans' Travel Scheme, whose rates are published by the Veterans' Office'. No figure."),
 # ---- year
 ("en", "year", "How much did Fengzhu spend on medical assistance in 2023?",
  "Fengzhu doc: 2024年全市医疗救助资金支出2.86亿元 (and the province's 2024 38.6亿元); no 2023 figure and no growth rate from which to derive it."),
 ("zh", "year", "枫渚2026年返贫致贫人口参加居民医保，每人能资助多少？",
  "Fengzhu doc: 返贫致贫人口每人每年190元 (2025), 2024年度为170元; 2026年度起的各类资助标准……另行公布. No 2026 figure."),
 ("en", "year", "What was the annual transport limit on Essential cover back in the 2024 benefit year?",
  "Kestrelvale doc: Essential £4,000 for the 2026 benefit year, £3,500 for 2025; 2024 never given (the replaced Notice KRHF 2025/04 is named only)."),
 ("zh", "year", "2027年度30岁左右的会员每月要交多少会费？",
  "Kestrelvale doc: 2026 benefit year, age 25 to 49: £11.20 per month; contributions for the 2027 benefit year 'will be announced by 31 January 2027'. No 2027 figure."),
 # ---- tier
 ("en", "tier", "Under Fengzhu's tilted (extra) assistance, what percentage is paid on the part of out-of-pocket costs above 100,000 yuan?",
  "Fengzhu doc: 倾斜救助 20000–50000元 40%, 50000–100000元 50%; 100000元以上的部分 由县级医疗救助工作联席会议'一事一议'研究确定. No ratio."),
 ("zh", "tier", "枫渚市四类救助对象的普通门诊救助，一年限额是多少？",
  "Fengzhu doc: 普通门诊救助 年度限额 一类1500元、二类1000元、三类500元; 四类救助对象的普通门诊救助由县级医保部门自行确定是否开展及年度限额. No figure."),
 ("en", "tier", "I'm 70. What's my monthly contribution for the Fund's transport cover?",
  "Kestrelvale doc: under 25 £6.50, 25 to 49 £11.20, 50 to 64 £14.80; age 65 and over covered under the Senior Plan, 'priced separately (see its leaflet)'. No figure."),
 ("zh", "tier", "Premier档次的年度转运限额是多少？",
  "Kestrelvale doc: Essential £4,000 (2026), Plus £7,500; Premier 'to be launched in October 2026; its limits will be published at launch'. No figure."),
 # ---- fund / service
 ("en", "fund", "In Fengzhu, what's the most temporary assistance a family can get if the bills are still too heavy after medical assistance?",
  "Fengzhu doc: 医疗救助 年度限额 80000/50000/40000元, 倾斜救助 60000元; 临时救助 appears only as 由民政部门按临时救助有关规定给予救助. No amount."),
 ("zh", "fund", "在枫渚，低保户参加的是职工医保，职工大额医疗费用补助的报销比例能提高几个百分点？",
  "Fengzhu doc: the 提高5个百分点 (and 起付标准降低50%, 取消限额) is for 居民大病保险; 职工大额医疗费用补助 appears only as paying 按规定 before 医疗救助. No figure for it."),
 ("en", "fund", "What's the waiting period before the Travel Emergency Add-on kicks in?",
  "Kestrelvale doc: waiting periods none (emergency road ambulance), 90 days (NEPT), 6 months (planned transfers); the Add-on's 'price, limits and waiting period are described in its own product leaflet'. No figure."),
 ("zh", "service", "救护车来了只在现场处理、没有拉去医院，这种情况收多少钱？",
  "Kestrelvale doc: call-out fee £60 per conveyance to hospital; treat-and-release charge 'will be confirmed in the 2026 Schedule of Charges, due in July 2026'. No figure."),
]

TW = [  # (lang, kind, question, answers, evidence, doc, pair id number, note)
 ("en", "place", "How much per resident does Shushi city set aside for medical assistance in its own 2025 budget?",
  ["11"], ["漱石市按每人每年11元安排"], 1, "Shushi = 漱石市, 11元 per resident (青篁县/栖梧县 8元)."),
 ("zh", "place", "住在Saltholm群岛的会员，坐空中救护转运每次自付多少？",
  ["35"], ["Co-payment: £35 per flight"], 3, "Saltholm Isles residents £35 per flight (mainland £250)."),
 ("en", "institution", "For patients on medical assistance at tertiary hospitals in Fengzhu, what's the cap on out-of-policy costs as a share of the total bill?",
  ["10%"], ["三级定点医院不超过10%"], 6, "三级定点医院 10% (二级 8%, 一级 5%)."),
 ("zh", "institution", "用非急诊转运（NEPT）去私立诊所看病，车费自己要付多少比例？",
  ["50%"], ["To a private clinic: Co-payment: 50% of the fare"], 7, "private clinic 50%, max £40 per journey."),
 ("zh", "group", "枫渚返贫致贫人口参加2025年度居民医保，每人资助多少钱？",
  ["190"], ["返贫致贫人口每人每年190元"], 10, "返贫致贫人口 190元 (2024年度 170元)."),
 ("en", "group", "Is there a cap on what a full-time student pays per ambulance journey?",
  ["15"], ["Full-time students aged 16 to 24: co-payment capped at £15 per journey"], 11, "students aged 16 to 24 capped at £15 per journey."),
 ("zh", "year", "Essential档2025年度的年度转运限额是多少？",
  ["3,500"], ["(2025 benefit year: £3,500)"], 15, "2025 benefit year £3,500 (2026: £4,000)."),
 ("en", "year", "How much did Fengzhu put toward a dibao recipient's resident insurance premium for 2024?",
  ["260"], ["低保对象每人每年280元（2024年度为260元）"], 14, "低保对象 2024年度 260元 (2025: 280元)."),
 ("zh", "tier", "枫渚市三类救助对象普通门诊一年最多能救助多少钱？",
  ["500"], ["年度救助限额：一类1500元，二类1000元，三类500元"], 18, "三类 500元 per year."),
 ("en", "tier", "How much is the monthly contribution for a 30-year-old on Essential cover this benefit year?",
  ["11.20"], ["Age 25 to 49: £11.20"], 19, "age 25 to 49 £11.20 per month (2026 benefit year)."),
 ("en", "fund", "For dibao recipients in Fengzhu, how much lower is the deductible under residents' critical illness insurance?",
  ["50%"], ["一类、二类救助对象参加居民大病保险的，起付标准降低50%"], 22, "低保对象 are 二类; 居民大病保险 起付标准降低50%."),
 ("zh", "service", "叫救护车送医院，出车费（call-out fee）一次多少钱？",
  ["60"], ["Call-out fee (paid by the member): £60 per conveyance to hospital"], 24, "call-out fee £60 per conveyance."),
]

rows = []
for i, (lang, kind, q, note) in enumerate(NM, 1):
    rows.append(dict(id=f"n4-{i:02d}", lang=lang, question=q, answers=[], answerable=False,
                     kind=kind, note=note, evidence=[], history=[]))
for j, (lang, kind, q, ans, ev, pair, note) in enumerate(TW, len(NM) + 1):
    assert NM[pair - 1][1] == kind, (j, pair)
    rows.append(dict(id=f"n4-{j:02d}", lang=lang, question=q, answers=ans, answerable=True,
                     kind=kind, note=f"twin of n4-{pair:02d}: {note}", evidence=ev, history=[]))
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
