import json
Q="shuangyu-guanxi-zhuanyi.txt"; P="kestrelwick-tb-hiv-cover.txt"
rows=[
# Shuangyu, answerable, zh
("zh","我之前在厂里交职工医保，辞职后断了半年没交，现在重新交上了，要等多久才能刷医保看病？",["6个月"],True,"waiting period after an employee-scheme gap of more than 3 months (but not over 2 years)",["职工医保断缴超过3个月的，自再次缴费之月起设置6个月待遇等待期"],[],Q),
("zh","我从外省调到霜屿上班，原来医保卡里还有几千块钱，这钱能带过来吗？转过来以后几天能到我卡上？",["5个工作日"],True,"personal account balance credited after the transfer-in office receives it",["转入地经办机构在收到划转资金后5个工作日内记入本人个人账户"],[],Q),
("zh","我妈在霜屿交了十几年城乡居民医保，今年找了工作开始交职工医保，以前交的居民医保最多能抵几年职工医保？",["3年"],True,"cap on resident-scheme years converted into employee years (in-province, 4:1)",["最多折算3年"],[],Q),
("zh","我家一直交居民医保没断过，已经连着交了5年，听说再多交一年大病能多报一些，每年能多多少？",["2,000元"],True,"yearly rise in the critical-illness cap for continuous resident insurance after 4 years",["大病保险最高支付限额提高2,000元"],[],Q),
# Shuangyu, answerable, en
("en","I do gig work and pay into the employee scheme myself as a flexible worker. What contribution rate do I pay?",["8%"],True,"contribution rate for flexible workers",["费率为8%"],[],Q),
("en","My baby was born last month. How soon do we have to sign her up for resident insurance so she's covered right from birth?",["90日"],True,"newborn enrolment window with cover from birth",["新生儿在出生后90日内参加居民医保的，自出生之日起享受待遇"],[],Q),
("en","After my insurance moved over from my old city, the years on my record look wrong. Once I ask them to fix it, how long does the office take?",["10个工作日"],True,"time limit to check and correct record errors",["经办机构应在10个工作日内核实并更正"],[],Q),
("en","I ended up paying employee insurance in two cities for the same months. Once I ask for the extra back, how long does the tax office have to refund it?",["20个工作日"],True,"refund time limit for duplicate employee contributions",["税务部门应在收到退费申请后20个工作日内办结"],[],Q),
# Kestrelwick, answerable, en
("en","My brother just got diagnosed with TB. He's on the resident scheme. What share of his costs at the TB clinic does insurance cover?",["70%"],True,"outpatient ratio, residents (ordinary TB)",["70% for residents"],[],P),
("en","My wife's TB hospital bill wasn't settled directly so we paid it all and sent in the receipts. How long do they take to look at the claim?",["15 working days"],True,"claim review time",["The county bureau reviews a claim within 15 working days"],[],P),
("en","My partner is HIV positive and isn't happy with his ART clinic. How often is he allowed to switch to a different one?",["6 months"],True,"how often a patient may change designated outpatient institution",["may change it once every 6 months"],[],P),
("en","My uncle has multidrug-resistant TB and the doctors say treatment takes nearly two years. How long does his special disease approval last before he has to renew it?",["24 months"],True,"validity of special outpatient disease recognition, drug-resistant TB",["24 months for drug-resistant TB"],[],P),
# Kestrelwick, answerable, zh
("zh","我爸已经退休了，刚查出肺结核，在结核病门诊看病，医保能报百分之几？",["85%"],True,"outpatient ratio, retirees (ordinary TB)",["85% for retirees"],[],P),
("zh","我哥得了肺结核要住院，住在州里的传染病医院，住一次院起付线是多少？",["700 yuan"],True,"inpatient deductible per admission at the Prefecture Infectious Disease Hospital",["700 yuan at the Prefecture Infectious Disease Hospital"],[],P),
("zh","我妈得了结核，没开转诊单就自己跑去省结核病中心看了，报销比例要降多少？",["20 percentage points"],True,"ratio cut for going to a provincial hospital without referral",["Without a referral, they are reduced by 20 percentage points"],[],P),
("zh","我儿子得了结核，每天要去村卫生室当着医生面吃药，要是一直没去，连着多少天不去就会被停掉门诊待遇？",["30 consecutive days"],True,"DOT missed-days threshold for suspending recognition",["misses DOT for more than 30 consecutive days"],[],P),
# near misses, Shuangyu
("zh","我刚从部队退役回霜屿，当了8年兵，部队那几年最多能折算几年医保缴费年限？",[],False,"military service years follow national rules, no figure; tempting 3年 which is the cap on converted resident-scheme years",[],[],Q),
("zh","我在外省老家交了12年城乡居民医保，现在来霜屿上班交职工医保，那12年能折算成几年？",[],False,"out-of-province resident-scheme years follow 沅璋省 rules; tempting 3年 (cap) or the 4:1 rate which are for in-province resident years",[],[],Q),
("en","I'm pregnant and just moved to Shuangyu for a new job; my payments stopped for 4 months in between. How long do I wait before I can get maternity benefits?",[],False,"maternity insurance conditions and waiting period follow existing rules; tempting 6个月 which is the employee-scheme waiting period after a gap of over 3 months",[],[],Q),
("en","I'm emigrating abroad for good and want to cash out my medical insurance account. How many working days does that take?",[],False,"time limit for cashing out on emigration to be set separately; tempting 5个工作日 which is for crediting a transferred balance",[],[],Q),
("zh","我妈在老家交了长期护理保险，跟我来霜屿住了，她的长护险转过来要多少个工作日？",[],False,"long-term care insurance transfer rules to be made separately; tempting 15个工作日 or 30个工作日 which are for basic medical insurance transfers",[],[],Q),
# near misses, Kestrelwick
("en","My daughter tested positive for latent TB and the doctor wants her on preventive pills. She's on the resident scheme. What percentage does insurance cover?",[],False,"latent TB preventive treatment set separately; tempting 70% which is the residents' outpatient ratio for active TB",[],[],P),
("zh","我男朋友是HIV阳性，我想吃暴露前预防的药（PrEP），我交的是职工医保，能报百分之几？",[],False,"PrEP arrangements set separately; tempting 80% which is the in-work employees' outpatient ratio for HIV/AIDS treatment",[],[],P),
("en","I'm insured in Kestrelwick but working in another province now. If I get my TB treated there, how much lower is my reimbursement ratio?",[],False,"out-of-province treatment follows provincial cross-region rules; tempting 5 or 20 percentage points which are for referrals within the province",[],[],P),
("zh","我老公是艾滋病合并乙肝，乙肝的抗病毒药在门诊一年医保最多报多少？",[],False,"hepatitis B/C co-infection follows existing chronic and special disease rules; tempting 7,000 yuan which is the HIV/AIDS outpatient cap",[],[],P),
("en","My brother is an employee and needs lung surgery for his TB. What share of the surgery bill does insurance pay?",[],False,"thoracic surgery for TB paid under existing inpatient rules; tempting 90% which is the employees' inpatient ratio for TB admissions",[],[],P),
# follow-ups
("zh","那从外省转过来的呢？",["30个工作日"],True,"follow-up: total time limit for an inter-provincial transfer",["跨省转移不超过30个工作日"],["我从省内别的市调到霜屿工作，医保转过来全部办完最多要多少个工作日？"],Q),
("en","And for my mum?",["25年"],True,"follow-up: minimum cumulative years for women to stop paying after retirement",["女性满25年"],["My dad is about to retire. How many years in total does a man need to have paid so he doesn't have to keep paying after retiring?"],Q),
("en","And for inpatient stays?",["90%"],True,"follow-up: inpatient ratio, employees (TB admissions)",["the fund pays 90% for employees"],["I'm still working and on employee insurance. What share of my TB outpatient costs does insurance pay?"],P),
("zh","那耐药结核呢？",["60,000 yuan"],True,"follow-up: combined annual cap for drug-resistant TB",["combined annual cap of 60,000 yuan per person"],["我确诊了普通肺结核，在门诊治疗，一年医保最多能报多少？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r25-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
