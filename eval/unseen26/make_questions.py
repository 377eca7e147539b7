import json
Q="cenxi-ertong-baixuebing-xianxinbing.txt"; P="thistlecombe-emergency-relief-fund.txt"
rows=[
# Cenxi, answerable, zh
("zh","我女儿6岁，刚查出急性淋巴细胞白血病，医生说是标危的，马上要开始第一阶段的化疗，这一段医保按多少钱定额？",["6万元"],True,"fixed amount, ALL standard-risk, induction stage (question says 第一阶段的化疗)",["诱导缓解阶段6万元"],[],Q),
("zh","孩子心脏有个洞，查出来是房间隔缺损，医生说可以做微创介入不用开胸，这个医保定额是多少钱？",["3万元"],True,"fixed amount, atrial septal defect, catheter (interventional) closure",["房间隔缺损：介入治疗3万元"],[],Q),
("zh","孩子白血病没走临床路径，在县人民医院住院，这家是二级医院，我们自己先要掏多少起付线？",["300元"],True,"inpatient deductible, non-fixed-payment treatment at a level-2 hospital",["二级医院300元"],[],Q),
("zh","孩子看病的钱是我们自己先垫的，出院以后多长时间内得去医保报销？",["6个月"],True,"deadline for claiming costs the family paid up front",["应在出院之日起6个月内申请零星报销"],[],Q),
# Cenxi, answerable, en
("en","My son is 10 and has tetralogy of Fallot. He needs the full repair operation. What's the fixed amount the scheme sets for it?",["7万元"],True,"fixed amount, tetralogy of Fallot, corrective surgery",["法洛四联症：根治手术7万元"],[],Q),
("en","We're on dibao (the minimum living allowance). After basic insurance and critical illness insurance, what share of my daughter's leukaemia bills does medical assistance pay?",["80%"],True,"medical assistance ratio, dibao (低保) families",["低保对象救助80%"],[],Q),
("en","The hospital here couldn't treat my kid, so we got a referral and registered to go to a hospital in Beijing, which is in another province. What percentage does basic insurance pay there?",["55%"],True,"basic insurance ratio, registered referral outside the province",["经备案转往省外医疗机构治疗的，基本医保支付比例为55%"],[],Q),
("en","My daughter was diagnosed at 17 and will turn 18 halfway through her chemo. How long can she keep the special cover after her birthday?",["24个月"],True,"extension for children who turn 18 during treatment",["延续期最长不超过24个月"],[],Q),
# Thistlecombe, answerable, en
("en","The ER admitted a man with no ID last night. He's unconscious and nobody knows who he is. What's the most the fund will pay for his case?",["30,000 yuan"],True,"per-case cap, unidentified patients",["up to 30,000 yuan per case"],[],P),
("en","I do billing at a county hospital. After a patient who couldn't pay is discharged, how long do we have to send the paperwork to the fund?",["30 days"],True,"hospital application deadline after the end of treatment",["within 30 days of the end of emergency treatment"],[],P),
("en","We admitted a woman with no ID and she can't tell us her name. How soon do we have to tell the police?",["24 hours"],True,"deadline to report an unidentified patient to the police",["within 24 hours of admission"],[],P),
("en","We found out who our unidentified patient was, and it turns out he had medical insurance all along. How long does the hospital have to pay the fund back?",["20 working days"],True,"refund to the Fund once a patient is identified as insured",["refunds the Fund within 20 working days"],[],P),
# Thistlecombe, answerable, zh
("zh","急诊收了个病人，有身份证，但是没钱也没医保，这种情况基金最多给医院付多少钱？",["20,000 yuan"],True,"per-case cap, identified patients unable to pay",["up to 20,000 yuan per case"],[],P),
("zh","有个病人特别重，抢救一共花了8万多，我们申请了特殊审核，基金这一个病人总共最多能付多少？",["60,000 yuan"],True,"overall cap per case after special review (costs over 50,000 yuan)",["total payment for one case may not exceed 60,000 yuan"],[],P),
("zh","叫120救护车把一个身上没钱的病人拉到医院，救护车这笔钱基金最多出多少？",["800 yuan"],True,"ambulance (pre-hospital transport) cap per case",["up to 800 yuan per case"],[],P),
("zh","我们医院把申请材料都交齐了，医保那边多久能审完？",["15 working days"],True,"Service Centre review time for a complete application",["within 15 working days of receiving a complete application"],[],P),
# near misses, Cenxi
("zh","我儿子9岁，确诊的是急性髓系白血病，化疗这块医保定额多少钱？",[],False,"acute myeloid leukaemia and other types: 另行规定, no figure; tempting 6万元 (ALL induction) or 8万元 (APL whole course)",[],[],Q),
("zh","孩子白血病复发了，医生建议做骨髓移植，骨髓移植这一项医保定额是多少钱？",[],False,"haematopoietic stem cell transplant: 另行制定, no figure; tempting 8万元 (APL) or 30万元 (annual cap)",[],[],Q),
("en","We got a referral to the big children's hospital in the provincial capital, same province but a different city. What percentage does insurance pay there?",[],False,"registered referral inside the province but outside the city follows provincial cross-region rules, no figure; tempting 55% which is for registered referral outside the province",[],[],Q),
("en","My son is covered under my employee insurance through work, not the resident scheme. He has leukaemia. What share of the fixed amount does insurance pay?",[],False,"children in employee insurance: 按现行规定执行, no figure; tempting 70% which is the resident-scheme share of the fixed amount",[],[],Q),
("zh","我家宝宝查出来是完全性大动脉转位，要做大手术，医保定额多少？",[],False,"complex congenital heart disease such as transposition of the great arteries: 另行规定, no figure; tempting 7万元 (tetralogy of Fallot) or 4.5万元 (VSD surgery)",[],[],Q),
# near misses, Thistlecombe
("en","A tourist from abroad collapsed in the street and can't pay. What's the most the fund will cover for him?",[],False,"foreign nationals handled under existing rules, no figure; tempting 20,000 yuan which is for identified patients unable to pay",[],[],P),
("zh","一个没身份的病人抢救无效去世了，遗体存放和火化的费用能给解决多少钱？",[],False,"funeral, cremation and body storage handled by civil affairs under existing rules (and not paid by the Fund), no figure; tempting 30,000 yuan (unidentified cap) or 800 yuan (ambulance)",[],[],P),
("en","Police brought a man having a psychotic episode into our ER and he can't pay. What share of his emergency bill does the fund pay?",[],False,"emergency care for severe mental disorders set separately, no figure; tempting 80% (identified unable to pay) or 90% (unidentified)",[],[],P),
("zh","我们是民营医院，收治了付不起钱的急诊病人，基金按百分之几给我们报？",[],False,"share for non-public (private) hospitals set separately, no figure; tempting 80% or 90%",[],[],P),
("en","I'm on the hospital finance team planning next year. How much is the prefecture budget putting into the relief fund for 2027?",[],False,"2027 and later allocations announced separately, no figure; tempting 9.6 million yuan which is the 2026 allocation",[],[],P),
# follow-ups
("zh","那转到县医院住呢？县医院是二级的。",["75%"],True,"follow-up: non-fixed-payment ratio, level-2 hospital (first turn: level-3, 65%)",["二级医院支付75%"],["孩子白血病在市儿童医院住院，这是三级医院，没走定额，起付线以上医保报百分之几？"],Q),
("en","And if it's a hole between the lower chambers of the heart (VSD), closed by catheter?",["3.5万元"],True,"follow-up: fixed amount, ventricular septal defect, catheter closure (first turn: APL, 8万元)",["室间隔缺损：介入治疗3.5万元"],["My son has acute promyelocytic leukaemia. What's the fixed payment for his whole course of treatment?"],Q),
("en","And if we know who he is but he just can't pay?",["80%"],True,"follow-up: Fund share, identified patients unable to pay (first turn: unidentified, 90%)",["the Fund pays 80% of eligible costs"],["For an unidentified patient, what share of the eligible bill does the fund pay?"],P),
("zh","那抢救完收进病房住院呢，最多算几天？",["7 days"],True,"follow-up: inpatient stabilisation days covered (first turn: emergency department care, 72 hours)",["for no more than 7 days after admission from the emergency department"],["没身份的病人在急诊抢救，基金管到医院后多少小时以内的急诊治疗？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r26-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
