import json
Q="hengchuan-jumin-menzhen-tongchou.txt"; P="corranby-insulin-pump-cgm-cover.txt"
rows=[
# Hengchuan, answerable, zh
("zh","我妈今年七十了，平时就在村里卫生室看看小毛病，一年下来医保最多能给她报多少钱？",["1,300元"],True,"annual limit, insured persons aged 60 or over",["60周岁及以上参保人员年度支付限额提高到1,300元"],[],Q),
("zh","小区门口那个社区卫生服务中心，去看个感冒拿点药，医保给报百分之几？",["60%"],True,"ratio at community health service centres and township health centres",["社区卫生服务中心、乡镇卫生院：每次起付标准20元，支付比例60%"],[],Q),
("zh","我是村医，病人来村卫生室看一次，收的一般诊疗费里医保给付多少钱？",["7元"],True,"fund share of the general consultation fee at village clinics (clerk question)",["村卫生室、社区卫生服务站一般诊疗费标准为每人次8元，医保基金支付7元"],[],Q),
("zh","我高血压吃药好多年了，签了家庭医生，现在让家庭医生开药一次最多能开多长时间的？",["12周"],True,"long prescription written by the contracted family doctor",["由签约家庭医生开具的，可延长至12周"],[],Q),
# Hengchuan, answerable, en
("en","I skipped my local clinic and went straight to the big tertiary hospital in town without a referral. How much lower does my reimbursement rate go?",["10个百分点"],True,"ratio cut at tertiary hospitals without a referral",["未经转诊直接到三级定点医疗机构就诊的，支付比例降低10个百分点"],[],Q),
("en","I do the books at a township health centre. By what day each month do we have to send in last month's outpatient bills?",["10日"],True,"monthly claim deadline for designated clinics (clerk question)",["定点医疗机构应于每月10日前向经办机构申报上月费用"],[],Q),
("en","My son is in primary school. When we take him to the local clinic, how much higher is his reimbursement rate than an adult's?",["3个百分点"],True,"ratio increase for pupils and children under 18 at primary-level clinics",["支付比例提高3个百分点"],[],Q),
("en","The computer system at the clinic was down so I paid everything myself. How long do I have to get the money back?",["3个月"],True,"manual claim deadline after a system failure",["参保人员可在就诊之日起3个月内持有效票据到参保地经办机构申请手工报销"],[],Q),
# Corranby, answerable, en
("en","My son has type 1 and just turned 3. How old does a kid have to be before the bureau pays for an insulin pump?",["4 years"],True,"minimum age for pump eligibility",["Persons with type 1 diabetes aged 4 years or older are eligible if they were diagnosed at least 6 months earlier"],[],P),
("en","I'm still working and my doctor wants to put me on a pump. What share of it does the insurance pay?",["70%"],True,"fund share, in-work employees",["70% for in-work employees"],[],P),
("en","How many of those little tubing sets for the pump will they cover each month?",["10 sets"],True,"monthly quantity of infusion sets",["at most 10 sets a month"],[],P),
("en","The supplier couldn't put it through the system, so I paid for the sensors myself. How long do I have to send in the claim?",["90 days"],True,"claim deadline after paying in full",["claims within 90 days of purchase"],[],P),
# Corranby, answerable, zh
("zh","我爸已经退休了，胳膊上戴着那个动态血糖仪，一年医保最多能给他报多少钱？",["5,000 yuan"],True,"annual CGM cap, employee scheme (retirees)",["5,000 yuan a year for members of the employee scheme, both in-work employees and retirees"],[],P),
("zh","我儿子1型糖尿病，胰岛素泵已经用了好些年了，医保隔多少年才给换一台新的？",["6 years"],True,"pump replacement interval",["The fund pays for a new pump once every 6 years"],[],P),
("zh","我们是供货商，病人的泵送来维修，得在多长时间内借给人家一台备用泵？",["48 hours"],True,"supplier's loan-pump deadline (supplier clerk question)",["lend a replacement pump within 48 hours when a pump is sent for repair"],[],P),
("zh","我们家是低保户，孩子用动态血糖的探头，医保能报百分之几？",["90%"],True,"fund share, minimum living allowance recipients",["90% for recipients of the minimum living allowance and persons in extreme poverty, whatever their scheme"],[],P),
# near misses, Hengchuan
("zh","我在镇上一家私人诊所看病，听说现在也能刷医保了，看一次能报百分之几？",[],False,"private (民营) clinics' ratio and deductible to be set separately (另行规定); tempting 65% (village clinics) or 60% (township health centres)",[],[],Q),
("zh","我女儿在蘅川读大学，参加的是这边的居民医保，她看门诊的报销比例能比一般人高几个百分点？",[],False,"university students' benefits to be set separately (另行规定); tempting 3个百分点 which is for pupils and children under 18",[],[],Q),
("zh","我妈是低保户，普通门诊报完以后自己掏的那部分，医疗救助还能再给报百分之几？",[],False,"medical assistance ratio follows existing assistance rules (按现行医疗救助规定执行); tempting 10个百分点 (the low-income ratio increase) or 1,600元",[],[],Q),
("en","Our family doctor offered us a personalised service package on top of the basic sign-up. How much does that package cost a year?",[],False,"personalised package fees to be announced separately (另行公布); tempting 40元 (basic sign-up fee) or 30元 (fund share)",[],[],Q),
("en","What will the yearly limit for outpatient visits be in 2028 for someone under 60?",[],False,"2028 and later limits to be announced separately (另行公布); tempting 1,000元 which applies to 2026 and 2027",[],[],Q),
# near misses, Corranby
("en","My dad has type 2 and only takes one long-acting insulin shot a day. What HbA1c does he need to get the glucose sensors covered?",[],False,"type 2 on basal insulin alone: criteria set separately; tempting 8.5% which is for type 2 on multiple daily injections",[],[],P),
("en","What's the payment standard for the insulin reservoirs that go in the pump?",[],False,"reservoirs and batteries announced separately; tempting 35 yuan which is for infusion sets",[],[],P),
("en","Our endocrinologist suggested one of those pump-and-sensor systems that dose insulin automatically. What's the payment standard for that?",[],False,"hybrid closed-loop systems set separately; tempting 18,000 yuan which is the standard for an ordinary pump",[],[],P),
("zh","我儿子上学路上把胰岛素泵弄丢了，丢了的话医保要隔多久才能再给配一台？",[],False,"lost/stolen/misused pump replacement handled under rules issued separately; tempting 6 years which is the normal replacement interval",[],[],P),
("zh","我的医保是在外省交的，现在住在科兰比州，在这边的定点供货商买血糖探头能报百分之几？",[],False,"persons insured elsewhere follow provincial cross-region rules; tempting 70% / 80% / 60% (local shares)",[],[],P),
# follow-ups
("zh","那要是去二级医院呢？",["100元"],True,"follow-up: per-visit deductible at secondary hospitals",["二级定点医疗机构：每次起付标准100元"],["我在乡镇卫生院看门诊，每次得先自己出多少钱才开始报？"],Q),
("en","And for me? I'm 40.",["1,000元"],True,"follow-up: ordinary annual limit (under 60)",["普通门诊统筹年度最高支付限额为每人每年1,000元"],["My grandad is 75. What's the most the scheme will pay for his outpatient visits in a year?"],Q),
("en","And for me? I'm 40, on the same scheme.",["60%"],True,"follow-up: fund share, residents aged 18 or over",["60% for residents aged 18 or over"],["My daughter is 12 and we're on the resident scheme. What share of her CGM sensors does the fund pay?"],P),
("zh","那胰岛素泵呢？",["15 days"],True,"follow-up: return period for a pump with its factory seal unbroken",["a pump with its factory seal unbroken may be returned within 15 days of delivery"],["我们买的动态血糖探头还没拆封，送来以后多少天内能退？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r28-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
