import json
Q="tangpu-jujia-yiliao-fuwu.txt"; P="harrowmere-pelvic-floor-physio.txt"
rows=[
# Tangpu, answerable, zh
("zh","我奶奶今年78了，腿脚不好出不了门，社区医生上门给她换个小伤口的药，医保按一次多少钱算？",["45"],True,"per-visit payment standard, small dressing change (figure only in the table)",["上门换药（小换药）｜45｜8｜创面直径小于5厘米"],[],Q),
("zh","我爸退休好几年了，现在瘫在床上，请护士到家里护理，医保能给报百分之几？",["80%"],True,"fund share, employee-scheme retirees",["退休人员支付80%"],[],Q),
("zh","我妈交的是城乡居民医保，让医生护士上门看病护理，一年下来医保最多能给报多少钱？",["3,000元"],True,"annual cap, resident scheme",["每年最高支付3,000元"],[],Q),
("zh","家庭医生上门一趟，路费最多能收我多少？我家离社区医院也就两三公里。",["15元"],True,"transport fee ceiling within the normal service radius (not paid by the fund)",["服务机构可以按每次不超过15元的标准向参保人员收取"],[],Q),
# Tangpu, answerable, en
("en","My grandpa is 76 and can barely walk. He only just signed up with a family doctor. How long does he have to be signed up before home visits are covered?",["3个月"],True,"minimum family-doctor contract period",["参保人员家庭医生签约时间须满3个月"],[],Q),
("en","My dad has a urinary catheter and a nurse comes round to change it. How much does the insurance count for each of those visits?",["60"],True,"per-visit payment standard, home catheterisation (figure only in the table)",["上门导尿｜60｜4｜含更换导尿管"],[],Q),
("en","I do the billing at a township health centre. By what day each month do we have to send in last month's home-visit charges?",["10日"],True,"provider monthly submission deadline (clerk question)",["服务机构应当于每月10日前向医疗保障经办机构申报上月费用"],[],Q),
("en","The home-visit app went down so we paid the nurse the whole amount. How long have we got to claim it back?",["90日"],True,"manual claim deadline after a system failure",["在服务发生之日起90日内"],[],Q),
# Harrowmere, answerable, en
("en","Had my baby by C-section 4 months ago and I still leak when I sneeze. How many physio sessions will insurance pay for?",["12 sessions"],True,"sessions per course",["Each course covers up to 12 sessions of individual physiotherapy"],[],P),
("en","My husband had his prostate out. If he does the pelvic floor physio at our local community health centre, how much is each session worth on the insurance?",["70 yuan"],True,"payment standard per session, community health centres",["community health service centres and township health centres: 70 yuan per session"],[],P),
("en","The gynae gave me a referral for physio yesterday. How long before it runs out if I don't start?",["30 days"],True,"referral validity",["is valid for 30 days"],[],P),
("en","I'm on the resident scheme and going to the big city hospital for pelvic floor physio. What cut of each session do I pay myself?",["35%"],True,"self-paid share, resident scheme (tertiary hospital, no reduction)",["35% for members of the resident scheme"],[],P),
# Harrowmere, answerable, zh
("zh","我老婆生完孩子老漏尿，医生让买个在家用的生物反馈训练仪，医保最多能给报多少钱？",["600 yuan"],True,"cap on fund payment for buying a home biofeedback trainer",["up to a maximum of 600 yuan"],[],P),
("zh","做盆底康复的时候没能走医保直接结算，钱先自己垫了，得在多长时间内去报？",["90 days"],True,"claim deadline for sessions paid in full",["within 90 days of the session date"],[],P),
("zh","我是单位交的职工医保，在社区卫生服务中心做盆底康复，每次自己要掏百分之几？",["10%"],True,"self-paid share, employee scheme at community health centres",["to 10% for the employee scheme"],[],P),
("zh","我爸做了前列腺电切，术后小便控制不住，手术以后多长时间以内去做康复医保才管？",["18 months"],True,"eligibility window after prostate surgery",["within the past 18 months"],[],P),
# near misses, Tangpu
("zh","我妈一个人住，身体还行就是出门不方便。独居老人从多少岁起可以申请家庭医生上门？",[],False,"age condition for people living alone to be set separately; tempting 75周岁 which is the general age threshold",[],[],Q),
("zh","我爸医保是在外市交的，现在跟我在棠浦住，请社区医生上门看病，医保能报百分之几？",[],False,"people insured elsewhere follow provincial cross-region rules; tempting 70% / 80% / 60% (local fund shares)",[],[],Q),
("zh","我们家住在山里，医生上门要走很远，路费政府有没有补贴？能补多少？",[],False,"transport subsidy for remote mountain areas to be set separately; tempting 15元 or 25元 (transport fee ceilings)",[],[],Q),
("en","What will the insurance rate for a basic home nursing visit be in 2027?",[],False,"2027 payment standards to be published later; tempting 80 (2026 basic home nursing) or 120 (special nursing)",[],[],Q),
("en","A nurse comes to the house to change my mum's feeding tube. How much per visit does the insurance count for that?",[],False,"feeding-tube change payment standard to be set separately, not yet covered; tempting 60 (catheter change) or 120 (special nursing incl. tube feeding care)",[],[],Q),
# near misses, Harrowmere
("en","My mum's 56, no babies for decades, but she's started leaking since menopause. How many physio sessions would insurance cover for her?",[],False,"incontinence not linked to childbirth: rules to be set separately; tempting 12 sessions",[],[],P),
("en","The hospital has one of those magnetic stimulation chairs for the pelvic floor. What does insurance allow per session on that?",[],False,"magnetic stimulation chair payment standard to be set separately; tempting 110 / 90 / 70 yuan (ordinary sessions)",[],[],P),
("en","What will a physio session at a tertiary hospital be worth on the insurance in 2028?",[],False,"2028 and later standards to be announced separately; tempting 110 yuan (current tertiary standard)",[],[],P),
("zh","我老公做的是直肠癌手术，术后也漏尿，做盆底康复医保能报几次？",[],False,"men after other pelvic operations: rules to be set separately; tempting 12 sessions or 18 months (prostate surgery)",[],[],P),
("zh","我的医保是在外省老家交的，现在在Harrowmere做产后盆底康复，自己要付百分之几？",[],False,"persons insured elsewhere follow provincial cross-region rules; tempting 20% / 35% / 10% / 25% (local self-paid shares)",[],[],P),
# follow-ups
("zh","那一次按多少钱算？",["50"],True,"follow-up: per-visit payment standard, family doctor home consultation (figure only in the table)",["家庭医生上门诊查｜50｜4｜含一般体格检查和用药指导"],["请家庭医生上门看病，一个月最多能来几次还能报销？"],Q),
("en","And how long can they be cut off from billing insurance for home visits?",["6个月"],True,"follow-up: settlement suspension for providers in serious cases",["暂停其居家医疗服务医保结算6个月"],["If a clinic fakes home visits to bill the insurance, how big is the fine?"],Q),
("en","And for how many days at most?",["60 days"],True,"follow-up: maximum rental days for a biofeedback trainer",["for at most 60 days"],["If I rent the biofeedback trainer instead of buying one, how much does insurance chip in per day?"],P),
("zh","那一个按多少钱算？",["150 yuan"],True,"follow-up: payment standard per pessary",["a payment standard of 150 yuan each"],["子宫托医保一年能报几个？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r35-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
