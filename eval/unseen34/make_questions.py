import json
Q="tangyuan-ertong-xianxinbing-chunelie.html"; P="corrowby-stop-smoking-cover.md"
# Evidence from a table row is written with the cells joined by " | " (see README); validate.py checks it within one row.
rows=[
# Tangyuan, answerable, zh
("zh","我家孩子快13岁了，体检查出来有先心病要做手术，这个救治项目孩子最大到多少岁还能参加？",["14周岁"],True,"age limit, congenital heart disease",["先心病患儿须未满14周岁"],[],Q),
("zh","孩子室间隔缺损，医生说可以微创封堵不用开胸，这种手术专项里一例定额是多少钱？",["31,000"],True,"table: fixed payment, VSD catheter closure (介入封堵术)",["室间隔缺损 | 介入封堵术 | 31,000"],[],Q),
("zh","我们家是低保户，孩子做完唇裂手术，剩下自己要掏的那部分，救助能给报百分之多少？",["百分之八十"],True,"medical assistance share of the family's part, 低保对象",["低保对象由医疗救助支付百分之八十"],[],Q),
("zh","我们住县里，孩子在市儿童医院住院开刀，我在旁边陪床，住宿一天能补多少？",["80元"],True,"accommodation subsidy per day for the one carer",["按每天80元给予住宿补助"],[],Q),
# Tangyuan, answerable, en
("en","My baby girl has a cleft palate and is booked in for the repair. How much does the charity fund put in for that operation?",["1,300"],True,"table: charity fund grant, cleft palate repair",["腭裂 | 腭裂修复术 | 13,800 | 1,300"],[],Q),
("en","We handed in the forms at the hospital and they passed the first check. How long does the county insurance office then take to approve it?",["十个工作日"],True,"approval time at the county agency after the hospital's first check",["在收到初审材料后十个工作日内完成审批"],[],Q),
("en","Our son got approved for the programme in March. How long does the hospital have to do the surgery before we'd need to apply all over again?",["6个月"],True,"time limit to operate after eligibility is confirmed",["在救治资格确认之日起6个月内安排手术"],[],Q),
("en","For these kids' heart or cleft operations, what chunk of the fixed price does ordinary basic medical insurance cover?",["百分之七十"],True,"basic insurance share of the fixed payment",["基本医保基金支付百分之七十"],[],Q),
# Corrowby, answerable, en
("en","I'm retired and want to quit with patches. What cut of the cost would I have to cover myself?",["15%"],True,"self-paid share, retirees",["15% for retirees"],[],P),
("en","My doctor wants to put me on varenicline. What's the most the insurance will put towards one course?",["860 yuan"],True,"table: payment limit per course, varenicline",["Varenicline | Tablets | 12 weeks | 860 yuan"],[],P),
("en","I tried quitting through the scheme in February and slipped up. How many goes at it can I get in one year?",["2 courses"],True,"course limit per calendar year",["up to 2 courses of treatment per calendar year"],[],P),
("en","They turned down my claim for nicotine gum and I think they got it wrong. How long do I have to ask them to look at it again?",["30 days"],True,"deadline to ask for review of a refused claim",["review the decision within 30 days of receiving the decision"],[],P),
# Corrowby, answerable, zh
("zh","我还在上班，戒烟门诊开的药，医保报完以后我自己要出百分之几？",["20%"],True,"self-paid share, in-work employees",["20% for in-work employees"],[],P),
("zh","我怀孕了但还是戒不掉烟，戒烟咨询一个疗程最多能做几次？",["10"],True,"counselling sessions per course, pregnant smokers",["up to 10 counselling sessions per course"],[],P),
("zh","我想嚼尼古丁口香糖戒烟，一个疗程医保最多给出多少钱？",["420 yuan"],True,"table: payment limit per course, nicotine gum",["Nicotine gum | 2 mg or 4 mg pieces | 12 weeks | 420 yuan"],[],P),
("zh","药店系统坏了我自己全掏了钱，回头申请报销，批下来以后多久能到账？",["15 working days"],True,"payment time for approved manual claims",["Approved claims are paid within 15 working days"],[],P),
# near misses, Tangyuan
("zh","医生说我儿子是大动脉转位，要做大手术，专项救治一例的定额是多少？",[],False,"complex CHD (大动脉转位) is paid by item under existing rules, no fixed payment; tempting 76,000 (法洛四联症 根治术)",[],[],Q),
("zh","我今年20岁，小时候做过唇裂手术，现在想做二期修复，这个专项能给定额多少钱？",[],False,"second-stage repair for cleft patients aged 18+ to be set separately (另行制定); tempting 9,200 or 12,400 (primary lip repair, under 18)",[],[],Q),
("zh","孩子腭裂已经补好了，现在医生说还得做牙槽突裂植骨，这个手术定额多少？",[],False,"alveolar cleft bone graft payment to be set separately (另行制定); tempting 13,800 (腭裂修复术)",[],[],Q),
("en","Our daughter's VSD closure is planned for spring 2027. What will the fixed payment be for it then?",[],False,"fixed payments from 2027 to be adjusted and published separately; tempting 31,000 (2026 table, 室间隔缺损 介入封堵术)",[],[],Q),
("en","We're taking our son to a children's hospital in another province for his heart surgery. What share will basic insurance pay there?",[],False,"out-of-province treatment follows the provincial out-of-area rules (现行规定), no figure; tempting 百分之七十 (basic share in the programme) or 百分之十 (cut for self-referral within the province)",[],[],Q),
# near misses, Corrowby
("en","I'm breastfeeding my 3-month-old and still smoke. How many counselling sessions can I get?",[],False,"breastfeeding mothers: arrangements set separately; tempting 10 (pregnant smokers) or 6 (face-to-face sessions, general)",[],[],P),
("en","My son is 17 and hooked on cigarettes. How many counselling sessions would the insurance cover for him?",[],False,"cover for under-18s to be set separately; tempting 6 face-to-face sessions / 4 telephone calls (adults 18+)",[],[],P),
("en","My GP suggested the nicotine mouth spray. What's the payment limit for a course of that?",[],False,"mouth spray payment limit to be set separately; tempting 420 yuan (gum), 380 yuan (lozenge) or 540 yuan (patch)",[],[],P),
("zh","我打算2028年再用伐尼克兰戒一次烟，到时候一个疗程医保最多付多少？",[],False,"payment limits for 2028 and later to be announced separately; tempting 860 yuan (varenicline, until 31 December 2027)",[],[],P),
("zh","我在隔壁州参的医保，人住在Corrowby，在这边戒烟门诊开药自己要付百分之几？",[],False,"persons insured in another prefecture follow provincial cross-region rules; tempting 20% / 15% / 30% (local self-paid shares)",[],[],P),
# follow-ups
("zh","那要是医生让转到省儿童医院去做呢？",["1,200元"],True,"follow-up: travel subsidy for referral to a provincial hospital outside the city",["每例给予一次性交通补助1,200元"],["孩子在市儿童医院做心脏手术，我们住在县里，来回路费能补多少？"],Q),
("en","And if it's really bad, how long before that hospital can apply to be in the programme again?",["3年"],True,"follow-up: bar on reapplying after designation is removed",["3年内不得重新申请"],["If a hospital makes families pay the part above the fixed price, how big is the fine?"],Q),
("en","And how long can a course of it run?",["9 weeks"],True,"follow-up: table: maximum course length, bupropion",["Bupropion | Sustained-release tablets | 9 weeks | 310 yuan"],["I've been prescribed bupropion. What's the most the fund pays for one course?"],P),
("zh","那它的医保直接结算会停多久？",["4 months"],True,"follow-up: settlement suspension for a clinic recording sessions that did not take place",["the clinic's direct settlement is suspended for 4 months"],["戒烟门诊要是虚报咨询次数被查出来，会被罚多少？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r34-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
