import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
Q="lanxi-jingshen-mantebing.docx"; P="corrowmere-anti-vegf-injections.txt"
rows=[
# Lanxi (Chinese .docx), answerable, zh
("zh","我哥是精神分裂症，交的是职工医保，一年在门诊看病拿药最多能给报多少钱？",["9,600元"],True,"annual limit, schizophrenia, employee scheme (table only)",["精神分裂症","9,600元"],[],Q),
("zh","我妈是居民医保，抑郁症办了慢病，在区里的二级医院开药能报百分之几？",["70%"],True,"ratio, resident scheme, grade-2 hospital",["城乡居民医保在一级及以下定点医疗机构报销80%，二级报销70%"],[],Q),
("zh","慢病认定的材料已经交上去了，一般要等多久才出结果？",["十五个工作日"],True,"time limit for 认定 (ordinary case)",["认定机构自受理之日起十五个工作日内"],[],Q),
("zh","我这个抑郁症的慢病办下来能管几年？到期是不是还得重新弄？",["2年"],True,"validity of 认定 for depression",["抑郁症、强迫症有效期为2年"],[],Q),
# Lanxi, answerable, en
("en","My dad has schizophrenia and gets the long-acting jab. He's on the employee scheme. What's the yearly cap just for the injections?",["18,000元"],True,"separate annual limit for long-acting injections, employee scheme (table only)",["长效针剂（单独计算）","18,000元"],[],Q),
("en","I'm on employee insurance and get my bipolar meds at a big grade-3 hospital. What percentage gets reimbursed?",["百分之七十五"],True,"ratio, employee scheme, grade-3 hospital",["三级定点医疗机构报销百分之七十五"],[],Q),
("en","My son's application got sent to the expert panel for a group review. What's the longest the decision can take now?",["三十个工作日"],True,"extended time limit when the expert panel reviews",["需要专家组集体复核的，时限延长至三十个工作日"],[],Q),
("en","My brother takes clozapine. How much of it can the doctor put on one prescription?",["2周"],True,"prescription quantity for drugs needing blood monitoring (clozapine)",["每张处方用量不超过2周"],[],Q),
# Corrowmere (English .txt), answerable, en
("en","My mum's just been told she has wet macular degeneration. Is there a minimum age before the eye injections are covered?",["50"],True,"minimum age for nAMD",["he or she is aged 50 or over"],[],P),
("en","After the first year, how many jabs in the eye will insurance pay for each year?",["6 injections"],True,"injections per eye in later approval years",["In each later approval year, at most 6 injections per eye are covered"],[],P),
("en","My doctor wants to switch me to faricimab. What share of the cost do I have to pay myself before insurance starts paying?",["20%"],True,"self-paid first share, Tier 3 (faricimab)",["Tier 3: faricimab and aflibercept 8 mg","0% for Tier 1, 10% for Tier 2 and 20% for Tier 3"],[],P),
("en","The hospital's system was down so I paid the whole bill for my eye injection. How long have I got to put in a claim?",["90 days"],True,"claim deadline after a system failure",["within 90 days of the injection"],[],P),
# Corrowmere, answerable, zh
("zh","我在单位上班交的职工医保，眼底打抗VEGF的针，医保给报多少比例？",["75%"],True,"fund ratio, employees",["the fund pays 75% of the remaining amount for employees"],[],P),
("zh","医生说打针之前要先报医保审批，医保局那边多久能批下来？",["5 working days"],True,"prior approval decision time",["decides within 5 working days of receiving a complete application"],[],P),
("zh","我爸打的是康柏西普，每打一针医保最多按多少钱给算？",["1,800 yuan"],True,"payment standard per injection, Tier 1 (conbercept)",["Tier 1: conbercept and ranibizumab biosimilars","1,800 yuan for Tier 1"],[],P),
("zh","同一只眼睛打完一针，最快隔多久再打下一针医保还能报？",["28 days"],True,"minimum interval between injections in the same eye",["Two injections in the same eye must be given at least 28 days apart"],[],P),
# near misses, Lanxi
("zh","我儿子是孤独症（自闭症），能不能按精神类慢病报？一年能报多少钱？",[],False,"autism spectrum disorder is named as not yet included, arrangements 另行制定; tempting 6,000元 / 4,500元 (精神发育迟滞伴发精神障碍) or 3,600元",[],[],Q),
("zh","我现在都是在互联网医院上复诊开抗抑郁的药，职工医保能报多少比例？",[],False,"internet-hospital follow-up prescriptions: ratio 另行制定; tempting 百分之九十 / 百分之八十五 / 百分之七十五 (employee ratios by hospital grade)",[],[],Q),
("en","I'm on the resident scheme and have schizophrenia. What will my annual limit be in 2027?",[],False,"limits for 2027 and later 另行公布; tempting 7,200元 (current resident limit for schizophrenia)",[],[],Q),
("en","I'm going to work in another province for a few months and haven't registered there. How much lower is my reimbursement if I see a psychiatrist there?",[],False,"temporary care outside the province follows national cross-province rules; tempting 10个百分点 which is for other cities inside the province",[],[],Q),
("zh","医生让我做一对一的心理治疗，这个能按慢病报多少？",[],False,"psychotherapy (个体心理治疗) scope and standard 另行制定; tempting the ratios by hospital grade or the depression limit 4,800元",[],[],Q),
# near misses, Corrowmere
("en","My dad has swelling at the back of his eye from a blocked vein in the retina. How many injections a year does insurance cover?",[],False,"retinal vein occlusion macular oedema to be set separately; tempting 9 injections (first year) or 6 injections (later years) for nAMD/DMO",[],[],P),
("zh","我是高度近视，眼底长了新生血管，打抗VEGF针职工医保能报百分之几？",[],False,"choroidal neovascularisation due to pathological myopia to be set separately; tempting 75% (employees, nAMD/DMO)",[],[],P),
("en","What's the payment per injection for a Tier 2 drug going to be in 2028?",[],False,"payment standards from 1 January 2028 to be published separately; tempting 2,600 yuan (Tier 2 until 31 December 2027)",[],[],P),
("zh","医生说要在我眼睛里放个地塞米松缓释植入剂，这个要先自付多少比例？",[],False,"sustained-release implants such as dexamethasone: payment set separately; tempting 0% / 10% / 20% (anti-VEGF tiers)",[],[],P),
("en","I'm insured in the prefecture next door but I get my eye injections at a Corrowmere centre. What percentage will I get back?",[],False,"persons insured in another prefecture follow the provincial cross-region settlement rules; tempting 75% / 60% (Corrowmere insured)",[],[],P),
# follow-ups
("zh","那要是他交的是居民医保呢？",["6,300元"],True,"follow-up: annual limit, bipolar disorder, resident scheme (table only)",["双相情感障碍","6,300元"],["我爸是双相情感障碍，职工医保，一年最多能报多少？"],Q),
("en","And how early can she apply to renew it?",["60日"],True,"follow-up: renewal (复审) window before the 认定 expires",["有效期满前60日内"],["My sister has schizophrenia and got approved for the chronic disease cover. How long is the approval good for?"],Q),
("en","And how long does that approval last before it has to be renewed?",["12 months"],True,"follow-up: validity of a prior approval",["An approval covers one eye and is valid for 12 months"],["In the first year of treatment, how many injections per eye will they pay for?"],P),
("zh","那要是打雷珠单抗原研药，得先自己掏多少？",["10%"],True,"follow-up: self-paid first share, Tier 2 (originator ranibizumab)",["Tier 2: ranibizumab (originator) and aflibercept 2 mg","0% for Tier 1, 10% for Tier 2 and 20% for Tier 3"],["我是居民医保，眼睛打抗VEGF的针，医保能报多少？"],P),
]
with open(os.path.join(HERE,"questions.jsonl"),"w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r33-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
