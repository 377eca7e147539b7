import json
Q="hexi-gerenzhanghu-gongji.txt"; P="pellbrook-medical-assistance.txt"
rows=[
# Hexi, answerable, zh
("zh","我想把我老婆、我爸妈和两个孩子都绑到我的职工医保个人账户上，一个人最多能绑几个家里人？",["5名"],True,"maximum number of close relatives bound to one employee's account",["每名参保职工最多可绑定5名近亲属"],[],Q),
("zh","我是跑到医保窗口去办的给我妈绑个人账户，要等几天才能办好？",["3个工作日"],True,"counter binding processing time (question says 窗口/等几天)",["经办机构应在受理之日起3个工作日内办结"],[],Q),
("zh","我绑了我爸，后来又想换成我妈，一年里最多能解绑几次？",["2次"],True,"unbinding limit per calendar year",["每个自然年度申请解除绑定不超过2次"],[],Q),
("zh","我还在上班，门诊看病走统筹，一年最多能给我报多少钱？",["2500元"],True,"annual outpatient pooling cap, in-work employees",["门诊统筹基金最高支付限额在职职工为2500元"],[],Q),
# Hexi, answerable, en
("en","I added my mum (she's 62) to my medical account on the app. How many days does she have to confirm it before the request gets cancelled?",["15天"],True,"adult relative's confirmation window",["应在参保职工提交绑定申请之日起15天内"],[],Q),
("en","I'm still working and I see a doctor at a big top-tier hospital as an outpatient, no referral. What percentage does the outpatient pool pay?",["50%"],True,"outpatient ratio, tertiary hospital, in-work, no referral",["三级定点医疗机构：在职职工50%"],[],Q),
("en","My wife and I just got divorced. How long do I have to take her off my medical account?",["30日"],True,"deadline to unbind a spouse after divorce",["应在解除婚姻关系之日起30日内申请解除绑定"],[],Q),
("en","My son has no job and is on the resident scheme. If I pay his 2027 health insurance out of my account, how much is it?",["400元"],True,"2027 resident individual contribution, payable from the account",["2027年度城乡居民医保个人缴费标准为每人每年400元"],[],Q),
# Pellbrook, answerable, en
("en","We're on dibao. How much of our resident health insurance contribution does the government cover?",["70%"],True,"contribution subsidy, subsistence-allowance households (question says dibao)",["(b) subsistence-allowance households: 70% of the individual contribution"],[],P),
("en","Our income is just above the dibao line, so we're a low-income marginal family. If my wife goes into hospital, how much do we pay ourselves before medical assistance kicks in?",["1,500 yuan"],True,"inpatient deductible, low-income marginal households",["(c) low-income marginal households: deductible of 1,500 yuan; 65%"],[],P),
("en","My dad's hospital bill wasn't settled with the assistance when he left hospital. How long after he got out do we have to apply at the township?",["3 months"],True,"manual application deadline after discharge",["applies to the township government within 3 months after discharge"],[],P),
("en","Once the county approves someone for assistance, how many days does their name stay posted up in the village?",["7 days"],True,"public posting period",["Approved cases are posted publicly in the village for 7 days"],[],P),
# Pellbrook, answerable, zh
("zh","我是特困供养人员，住院医保报完剩下的钱，医疗救助还能再报百分之几？",["90%"],True,"inpatient assistance ratio, extremely poor persons",["(a) extremely poor persons: no deductible; 90% of the remaining eligible costs"],[],P),
("zh","我们家收入比低保线高一点，算低收入边缘户，我爸看慢性病门诊，医保报完后救助能报多少？",["55%"],True,"chronic outpatient assistance ratio, low-income marginal households",["70% for subsistence-allowance households and 55% for low-income marginal households"],[],P),
("zh","救助申请材料交到乡镇以后，县医保局要多少个工作日内给结果？",["15 working days"],True,"county decision time",["which decides within 15 working days"],[],P),
("zh","家里看病花了很多钱，一年里医保和救助报完后自己还要掏的钱超过多少，才能有大病倾斜救助？",["20,000 yuan"],True,"threshold for tilted assistance",["exceed 20,000 yuan in a calendar year"],[],P),
# near misses, Hexi
("zh","我爸已经退休了，他的医保个人账户每个月会打进来多少钱？",[],False,"retirees' monthly amount left to be published later; tempting 2% which is the in-work employee's own contribution rate",[],[],Q),
("en","I'm a working employee and I fill my hospital prescription at a pharmacy that's in the outpatient pooling scheme. What percentage does the pool pay for medicine bought there?",[],False,"pharmacy ratio to be set later by the bureau; tempting 75%/60%/50% (in-work ratios by hospital level) or 3天 (prescription validity)",[],[],Q),
("zh","我是以灵活就业身份交的职工医保，个人账户最多能绑几个家里人？",[],False,"binding number for flexible workers to be set separately; tempting 5名 which is for employees in general",[],[],Q),
("en","My dad is retired and gets outpatient treatment for an approved chronic illness (high blood pressure) at the community health centre. What percentage does insurance pay for those visits?",[],False,"chronic/special-disease outpatient follows the existing separate rules, no figure; tempting 85% (retirees, primary-level general outpatient) or 300元 deductible",[],[],Q),
("zh","我想用个人账户给我妈交2028年的居民医保，那年一个人要交多少钱？",[],False,"2028 and later contribution standards to be published by the province; tempting 400元 which is the 2027 standard",[],[],Q),
# near misses, Pellbrook
("en","My household was identified as at risk of falling back into poverty because of medical bills. What percentage of our resident insurance contribution gets subsidised?",[],False,"at-risk group's subsidy decided by each county; tempting 50% (low-income marginal) or 70% (subsistence allowance)",[],[],P),
("zh","我们家是因病返贫风险户，我妈慢性病门诊，医保报完后救助能报百分之几？",[],False,"at-risk chronic outpatient ratio set by the county bureau; tempting 55% (marginal, chronic outpatient) or 60% (at-risk, inpatient)",[],[],P),
("en","I look after my orphaned nephew. After insurance, what percentage of his hospital bill does medical assistance pay?",[],False,"orphans covered by separate rules to be issued; tempting 90% (extremely poor, inpatient)",[],[],P),
("zh","我是低保户，去外省住院没有办异地备案，救助比例要降多少？",[],False,"out-of-province without registration handled under provincial rules; tempting 10 percentage points which is for registered out-of-province treatment",[],[],P),
("en","We're an at-risk household and this year we still owe over 20,000 yuan after insurance and assistance. What percentage of the extra does the catastrophic-cost top-up pay?",[],False,"tilted assistance for the at-risk group decided case by case; tempting 40% (low-income marginal) or 50% (extremely poor and subsistence allowance)",[],[],P),
# follow-ups
("zh","那退休的人呢？",["85%"],True,"follow-up: primary-level outpatient ratio for retirees",["在职职工75%，退休人员85%"],["我还在上班，在家门口的社区卫生服务中心看门诊，门诊统筹报百分之几？"],Q),
("en","And for retirees?",["300元"],True,"follow-up: outpatient pooling deductible for retirees",["退休人员起付标准为300元"],["I'm still working. How much do I have to pay myself each year before the outpatient pooling starts paying?"],Q),
("en","And for a low-income marginal family?",["65%"],True,"follow-up: inpatient assistance ratio, low-income marginal households",["(c) low-income marginal households: deductible of 1,500 yuan; 65%"],["We're on dibao. After insurance pays, what share of a hospital bill does medical assistance cover?"],P),
("zh","那低保户呢？",["60,000 yuan"],True,"follow-up: annual assistance cap, subsistence-allowance households",["60,000 yuan for subsistence-allowance households"],["特困人员住院加上慢性病门诊，医疗救助一年最多给多少钱？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r14-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
