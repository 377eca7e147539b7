import json
D = "lingxiu-zhongliu-menzhen-fanghualiao.docx"; H = "quillhaven-memory-clinic-dementia-cover.html"
rows = [
# Lingxiu (docx, zh), answerable, zh
("zh","我妈已经退休了，现在每个礼拜去医院门诊打化疗，医保能给报百分之多少？",["90%"],True,"outpatient cancer treatment ratio, employee scheme retirees",["退休人员为90%"],[],D),
("zh","我爸肺癌，医生说要在门诊做调强放疗，一个疗程医保按多少钱给算？",["4.3万元"],True,"per-course payment standard for IMRT/stereotactic radiotherapy (table only)",["每疗程4.3万元"],[],D),
("zh","我交的是城乡居民医保，在县医院门诊化疗，一年里头自己得先掏多少钱医保才开始报？",["500元"],True,"yearly deductible for resident-scheme members",["居民医保参保人员每个待遇年度的起付标准为500元"],[],D),
("zh","我老公吃口服靶向药，在定点药店拿药，一次最多能开多少天的量？",["56日"],True,"maximum supply per prescription, oral targeted drugs (table only)",["每次处方不超过56日用量"],[],D),
# Lingxiu, answerable, en
("en","My dad is on PD-1 immunotherapy as an outpatient. What's the most the insurance will count for it each month?",["8,400元"],True,"monthly payment ceiling for PD-1/PD-L1 immunotherapy (table only)",["每月最高8,400元"],[],D),
("en","I'm still working and having chemo as an outpatient. What share of the bill does my insurance cover?",["85%"],True,"outpatient cancer treatment ratio, in-work employees",["职工医保在职职工的支付比例为85%"],[],D),
("en","During chemo I also get anti-sickness drugs and injections to bring my white cells up. How much of that can insurance pay in a year?",["6,000元"],True,"yearly fund cap on supportive drugs (anti-emetics, white-cell boosters, liver protection)",["辅助治疗药品费用每个待遇年度纳入基金支付的金额最高为6,000元"],[],D),
("en","The hospital's system was down so I paid for my radiotherapy out of pocket. How long do I have to claim the money back?",["90日"],True,"deadline for a manual claim after a system failure",["参保人员可以在费用发生之日起90日内"],[],D),
# Quillhaven (html, en), answerable, en
("en","My dad's 74 and his GP wants him checked at the memory clinic. What does the proper memory check-up cost under the insurance?",["680 yuan"],True,"payment standard for a full memory assessment (table only)",["Full memory assessment per assessment 680 yuan 80% 65% once in 12 months"],[],H),
("en","My wife has mild dementia and goes to a brain-training group at the clinic. How many classes a year will insurance pay for?",["28 sessions"],True,"yearly limit on cognitive stimulation therapy sessions (table only)",["Cognitive stimulation therapy per session 95 yuan 70% 70% 28 sessions a year"],[],H),
("en","My mum's retired and takes donepezil for her dementia. What percentage of the tablets does insurance pay?",["85%"],True,"dementia medicine ratio, retirees",["85% for retirees"],[],H),
("en","The clinic's system went down and I had to pay the whole bill myself. How long have I got to send in the claim?",["45 days"],True,"deadline for a manual claim after a system failure",["within 45 days of the visit or purchase"],[],H),
# Quillhaven, answerable, zh
("zh","我爸退休了，确诊老年痴呆，一直在吃美金刚，一年下来医保最多能给报多少药钱？",["3,600 yuan"],True,"annual cap on dementia medicines, employee scheme (retirees included)",["3,600 yuan for employee scheme members"],[],H),
("zh","我奶奶交的是城乡居民医保，吃治痴呆的药，过了起付线医保报百分之几？",["55%"],True,"dementia medicine ratio, resident scheme",["55% for resident scheme members"],[],H),
("zh","我妈最近老忘事，想去记忆门诊做个评估走医保，她得满多少岁才行？",["aged 60 or over"],True,"age threshold for memory clinic services",["who are aged 60 or over and are referred by a family doctor"],[],H),
("zh","医生刚给我爸确诊痴呆，第一次开药最多能开几周的？",["4 weeks"],True,"maximum supply on the first prescription after diagnosis",["The first prescription after a diagnosis may cover up to 4 weeks' supply"],[],H),
# near misses, Lingxiu
("zh","我爸的医生建议他做质子重离子放疗，在门诊做的话医保一个疗程按多少钱算？",[],False,"proton/heavy-ion radiotherapy: payment policy 另行制定; tempting 4.3万元 (IMRT/stereotactic course) or 2.6万元 (conventional course)",[],[],D),
("en","My 12-year-old has a bone tumour and gets outpatient chemo on the resident scheme. How many extra percentage points do kids get on top of the normal rate?",[],False,"children's preferential policy 另行制定; tempting 5个百分点 (resident members aged 70 and over) or 65%/70%",[],[],D),
("zh","我人在外省，在当地医院门诊做化疗，报销比例比在本市要降多少？",[],False,"cross-provincial outpatient chemo follows national cross-provincial rules; tempting 10个百分点 / 20个百分点 (other cities in the province)",[],[],D),
("en","The oncologist wants a gene test on my tumour to see if a targeted drug will work. How much will insurance pay towards the test?",[],False,"companion diagnostic gene tests: inclusion 另行研究, no figure; tempting 6,000元 (supportive drugs cap)",[],[],D),
("zh","我妈是淋巴瘤，医生建议做CAR-T，这个医保能报多少钱？",[],False,"CAR-T and other cell therapies are outside this notice (national/provincial rules); tempting 40万元 (employee annual cap) or 85%/90%",[],[],D),
# near misses, Quillhaven
("en","The memory clinic doctor wants my mum to have an amyloid PET scan. How much will insurance pay for it?",[],False,"amyloid PET and CSF biomarker tests decided separately; tempting 420 yuan (brain MRI) or 80%",[],[],H),
("en","My husband's neurologist mentioned lecanemab. What's the yearly cap the insurance pays for it?",[],False,"anti-amyloid antibodies set separately; tempting 3,600 yuan / 2,400 yuan (caps for the other dementia medicines)",[],[],H),
("zh","我老公才56岁，医生怀疑是早发性痴呆，去记忆门诊做评估医保按多少钱算？",[],False,"young-onset (below 60) assessment standards set separately; tempting 680 yuan (full assessment for 60 or over) or 80%",[],[],H),
("zh","我妈在记忆门诊参加音乐治疗，一年医保能报几次？",[],False,"music and reminiscence therapy not covered / considered separately; tempting 28 sessions (cognitive stimulation therapy)",[],[],H),
("en","My dad can't leave the house anymore. If a memory nurse comes to see him at home, how much does insurance pay per visit?",[],False,"memory nurse home visits: rules issued separately; tempting 160 yuan (clinic follow-up review visit)",[],[],H),
# follow-ups
("zh","那没办备案呢？",["20个百分点"],True,"follow-up: ratio cut for treatment elsewhere in the province without registration",["未办理备案的，降低20个百分点"],["我在省里别的市门诊做化疗，办了异地备案，报销比例要降多少？"],D),
("en","And how long is the hospital cut off from insurance settlement?",["6个月"],True,"follow-up: settlement suspension for hospitals that fake courses",["暂停其肿瘤门诊待遇医保结算6个月"],["If a hospital fakes radiotherapy courses to claim from the insurance fund, how big is the fine?"],D),
("en","And what's the most it'll pay out in a year?",["2,400 yuan"],True,"follow-up: annual cap on dementia medicines, resident scheme",["2,400 yuan for resident scheme members"],["My husband is on the resident scheme and takes memantine. How much do we have to pay ourselves each year before the cover starts?"],H),
("zh","那复诊一次按多少钱算？",["160 yuan"],True,"follow-up: payment standard per follow-up review visit (table only)",["Follow-up review visit per visit 160 yuan 90% 70% 2 visits a year"],["我爸在记忆门诊确诊以后，复诊一年能报几次？"],H),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r37-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
