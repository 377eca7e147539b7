import json
Q="lipu-yiwai-shanghai-yibao.txt"; W="wrenholm-entitled-groups-medical-subsidy.txt"
rows=[
# Lipu, answerable, zh
("zh","我妈是退休职工，在家洗澡滑了一跤把腿摔断了，送到市里的三甲医院住院，医保开始报之前自己先得掏多少钱？",["900元"],True,"accident-injury inpatient deductible at a grade-3 hospital (question says 三甲)",["三级900元"],[],Q),
("zh","我交的是居民医保，骑电动车自己摔沟里了，没撞到别人，住院花的钱医保能报几成？",["65%"],True,"accident-injury inpatient ratio, resident scheme (single-vehicle non-motor accident is covered)",["居民医保支付65%"],[],Q),
("zh","我老公干活的时候受了伤，人社那边说不算工伤，那还能走医保报吗？得在多少天之内去办？",["60日"],True,"deadline to claim from basic insurance after a decision that the injury is not a work injury",["可自收到决定书之日起60日内"],[],Q),
("zh","我爸住院时签了那个意外伤害承诺书，后来医保查出来他是跟人打架受的伤，发通知让退钱，要在几天之内退？",["15个工作日"],True,"deadline to repay wrongly paid funds after the recovery notice",["应自收到追回通知书之日起15个工作日内退回"],[],Q),
# Lipu, answerable, en
("en","I slipped on the ice and have been back to the emergency room several times for the wound. I have employee insurance through my job. Once I'm past the yearly threshold, what share of the ER bills does insurance pay?",["60%"],True,"accident-injury outpatient/emergency ratio, employee scheme",["起付标准以上部分职工医保支付60%"],[],Q),
("en","I fell off a ladder at home and the hospital's system was down when I was discharged, so I paid the whole bill myself. How long do I have to hand in the receipts and claim it back?",["6个月"],True,"deadline for a manual claim when direct settlement failed",["应在出院或者就诊之日起6个月内"],[],Q),
("en","My grandad broke his hip falling in the park and the hospital bill is about 30,000 yuan. The insurance office says they have to look into how it happened. How many working days does that take?",["10个工作日"],True,"investigation period for injury stays of 2万元 or more",["调查工作在10个工作日内完成"],[],Q),
("en","I'm on the resident scheme. If I end up in hospital after an accident, what's the most the fund will pay for that in one year?",["6万元"],True,"annual cap on accident-injury inpatient costs, resident scheme",["居民医保为6万元"],[],Q),
# Wrenholm, answerable, en
("en","My dad lost two fingers in the army and has a grade 4 disability card. After the regular insurance pays, how much of the rest of his hospital bill does the veterans' subsidy cover?",["100%"],True,"inpatient subsidy ratio, grade 1-4 disabled ex-servicemen",["100% for grade 1 to 4 disabled ex-servicemen"],[],W),
("en","My mum gets a pension as a martyr's widow. What's the most the subsidy will pay for her hospital stays in a year?",["40,000 yuan"],True,"annual inpatient subsidy cap, other entitled persons",["40,000 yuan for other entitled persons"],[],W),
("en","Dad's a grade 8 disabled veteran. He had a heart attack and was rushed to a hospital that isn't on the list, so we paid everything ourselves. How long after he's discharged do we have to put the claim in?",["90 days"],True,"deadline to claim the subsidy when one-stop settlement was not possible",["within 90 days of discharge"],[],W),
("en","I'm a disabled vet. How much do I have to pay out of my own pocket for GP and clinic visits each year before the subsidy starts?",["200 yuan"],True,"annual outpatient deductible",["an annual deductible of 200 yuan"],[],W),
# Wrenholm, answerable, zh
("zh","我爸是七级残疾军人，住院医保报完以后自己还要掏一部分，优抚补助能再报百分之几？",["80%"],True,"inpatient subsidy ratio, grade 7-10 disabled ex-servicemen",["80% for grade 7 to 10 disabled ex-servicemen"],[],W),
("zh","我爷爷是参战老兵，今年82岁了，住院补助能比一般人多报几个点？",["5 percentage points"],True,"extra inpatient ratio for entitled persons aged 80 or over",["receive an additional 5 percentage points"],[],W),
("zh","我妈是烈士遗属，每个月领抚恤金，平时看门诊自己掏的那部分钱，补助能报百分之几？",["50%"],True,"outpatient subsidy ratio, other entitled persons",["50% for other entitled persons"],[],W),
("zh","我帮我爸把优抚医疗补助的报销材料交到县退役军人事务局了，他们多久能审完？",["15 working days"],True,"review period for a subsidy claim",["complete its review within 15 working days"],[],W),
# near misses, Lipu
("zh","我是职工医保，前几天在街上帮人抓小偷被划伤住院了，这种情况医保能报百分之多少？",[],False,"injuries while acting bravely (见义勇为) are covered by separate rules (另行规定), no figure; tempting 80% which is the employee inpatient ratio for ordinary accidental injuries",[],[],Q),
("zh","我交的居民医保，在小区被流浪狗咬了一口，去打狂犬疫苗，疫苗的钱医保能报几成？",[],False,"rabies vaccine and other preventive costs follow existing rules (按现行规定执行), no figure; tempting 50% which is the resident outpatient/emergency ratio, or the 300元 outpatient deductible",[],[],Q),
("zh","我是职工医保，周末回省里另一个市的老家，在那边摔伤了住院，报销比例会比在栎浦少多少？",[],False,"injuries in another city of the same province follow provincial rules, no figure; tempting 10个百分点 which is the cut for out-of-province emergency care without filing",[],[],Q),
("en","A cyclist knocked me down on the pavement and rode off, and the police can't trace him. I'm on employee insurance and spent a week in hospital. What percentage will the insurance pay up front while nobody's been found?",[],False,"advance payment where the third party cannot be found is to be set separately (另行制定), no figure; tempting 80% which is the employee inpatient ratio for accidents without a third party",[],[],Q),
("en","My 8-year-old fell off the climbing frame at school and broke his arm. The school's liability insurance paid part of the bill. We're on resident insurance. What percentage of the rest will it cover?",[],False,"in-school injuries of pupils after school liability insurance are to be set separately (另行制定), no figure; tempting 65% (resident inpatient ratio) or 50% (resident outpatient ratio)",[],[],Q),
# near misses, Wrenholm
("zh","我爷爷是三级残疾军人，当年打仗留下的老伤又犯了，得住院，这种补助能报百分之几？",[],False,"recurrence of old wounds is paid under existing old-wound rules, no figure; tempting 100% or 100,000 yuan which are the grade 1-4 inpatient ratio and cap",[],[],W),
("zh","我妈是烈士遗属，户口还在老家，人已经搬到外省跟我一起住了，在外省住院补助能报多少比例？",[],False,"entitled persons living outside the province follow provincial cross-province rules, no figure; tempting 70% (other entitled persons) or 10 percentage points lower (outside the prefecture without referral)",[],[],W),
("en","My dad is a grade 5 disabled veteran and needs a new artificial leg. What percentage of the cost does the subsidy cover?",[],False,"prosthetic limbs and assistive devices are set separately, no figure; tempting 90% which is the grade 5-6 inpatient ratio",[],[],W),
("en","My gran gets a martyr's widow pension and is moving into a care home for long-term nursing care. What's the yearly cap on the subsidy for that?",[],False,"long-term care subsidies to be announced separately, no figure; tempting 40,000 yuan (inpatient cap, other entitled persons) or 2,000 yuan (outpatient cap)",[],[],W),
("en","My uncle has a grade 8 disability from his army days and goes for kidney dialysis three times a week as an outpatient. What share of the dialysis does the subsidy pay?",[],False,"chronic and special disease outpatient costs, including dialysis, follow existing rules, no figure; tempting 70% (disabled outpatient ratio) or 80% (grade 7-10 inpatient ratio)",[],[],W),
# follow-ups
("zh","那后来医生让我住院了，住院之前多少天里的急诊费用能算进这次住院？",["7日"],True,"follow-up: emergency costs before admission merged into the stay",["入院前7日内同一伤情的急诊费用并入本次住院费用计算"],["我摔伤了先去急诊看的，门急诊一年的起付线是多少？"],Q),
("en","And next time he gets hurt, for how long is he barred from just signing the form and gets investigated every time instead?",["3年"],True,"follow-up: period without the promise system after a false promise",["3年内发生的外伤医疗费用不再适用承诺制"],["My neighbour signed the accident form saying nobody else was involved, but really a car hit him. If that comes out, how big can the fine be?"],Q),
("en","And what's the most it'll pay him in a year?",["80,000 yuan"],True,"follow-up: annual inpatient subsidy cap, grade 5-6 disabled ex-servicemen",["80,000 yuan for grade 5 and 6 disabled ex-servicemen"],["My uncle is a grade 6 disabled veteran. What percentage of his leftover hospital costs does the subsidy pay?"],W),
("zh","那他要是没转诊，自己跑到外地大医院住院，补助比例会少多少？",["10 percentage points"],True,"follow-up: ratio cut for inpatient care outside the prefecture without referral",["receive a ratio 10 percentage points lower"],["我爸是残疾军人，门诊补助一年最多能报多少？"],W),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r24-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
