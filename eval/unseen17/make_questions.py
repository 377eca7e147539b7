import json
Q="lanfeng-fuzhu-shengzhi.txt"; P="corvane-home-hospital-beds.txt"
rows=[
# Lanfeng, answerable, zh
("zh","我老婆今年44了，我们想做试管走医保，女方年龄最大能到多少岁？",["45周岁"],True,"upper age limit for the woman",["女方年龄在20周岁以上、45周岁以下（含45周岁）"],[],Q),
("zh","我们两口子做试管，医保一共能给报几次取卵？",["3个"],True,"cumulative egg-retrieval cycles paid by insurance (question says 几次取卵)",["每对夫妇享受医保支付的取卵周期累计不超过3个"],[],Q),
("zh","做试管那阵子医院系统出问题没能直接结算，钱是我先垫的，要在多长时间里去报？",["6个月"],True,"manual claim deadline after the treatment cycle ends (question says 先垫)",["应在治疗周期结束之日起6个月内向参保地经办机构申请报销"],[],Q),
("zh","我老婆单位交的职工医保，打算在市中西医结合医院做人工授精，听说那是二级医院，医保能报几成？",["75%"],True,"employee scheme ratio at a secondary designated institution",["在二级定点医疗机构支付75%"],[],Q),
# Lanfeng, answerable, en
("en","For our IVF my husband's sperm has to be washed and prepared. What's the most insurance will pay for that each time?",["650元"],True,"per-time cap for sperm preparation (精子优选处理)",["精子优选处理每次650元"],[],Q),
("en","My wife only started paying into medical insurance recently. How long does she have to be insured before IVF is covered?",["6个月"],True,"woman's continuous contribution period before the first cycle",["女方在首个治疗周期开始前连续参保缴费满6个月"],[],Q),
("en","I registered on the app so our IVF would be covered. How many working days until they finish checking it?",["3个工作日"],True,"review time for the registration (备案)",["经办机构应在受理之日起3个工作日内完成审核"],[],Q),
("en","We're starting IVF this year, 2026. Altogether, what's the most insurance pays for one egg-retrieval cycle?",["12000元"],True,"2026 per-cycle cap",["2026年度医保基金对每个取卵周期的最高支付限额为12000元"],[],Q),
# Corvane, answerable, en
("en","My mum is 78 and bedridden after a stroke. Once we apply for a home bed, how long until someone comes round to assess her?",["3 working days"],True,"home assessment time after the application",["to assess the person at home within 3 working days of receiving the application"],[],P),
("en","How long can my dad keep a home bed before it has to be renewed?",["60 days"],True,"maximum length of a bed period",["A bed period lasts at most 60 days"],[],P),
("en","My mum's on the resident scheme and the local community clinic set up her home bed. How much of the bill do we get back?",["80%"],True,"resident scheme ratio at a primary institution (question says community clinic)",["resident scheme: 80% at primary institutions"],[],P),
("en","The system was down when my gran's home bed was closed, so nothing was settled and we paid. How long do we have to claim?",["3 months"],True,"manual claim deadline after the bed is closed",["within 3 months after the bed is closed"],[],P),
# Corvane, answerable, zh
("zh","我爸在社区卫生服务中心建了家庭病床，每个周期自己要先掏多少钱医保才开始报？",["300 yuan"],True,"deductible per bed period, primary institution",["300 yuan when the bed is opened by a primary institution"],[],P),
("zh","家庭病床医生上门看一次，医保最多按多少钱付上门费？",["35 yuan"],True,"home visit fee per visit",["a home visit fee of up to 35 yuan per visit"],[],P),
("zh","我奶奶腿脚不好一直躺床上，没什么大病，要多大岁数才能申请家庭病床？",["65 or over"],True,"age condition for persons without a listed disease",["the person is aged 65 or over"],[],P),
("zh","我妈家庭病床到期了又续，一年里最多能建几次？",["3 bed periods"],True,"bed periods per calendar year",["no more than 3 bed periods in a calendar year"],[],P),
# near misses, Lanfeng
("zh","我们做试管剩下的胚胎想冻起来，冷冻这一项医保最多给报多少钱？",[],False,"embryo freezing and storage cap to be set separately; tempting 1500元 (冻融胚胎复苏) or 2600元 (胚胎移植术)",[],[],Q),
("zh","我和现在的老婆都是二婚，她以前跟前夫做试管用过一次医保，我们俩还能报几个取卵周期？",[],False,"counting rule for remarried couples to be set separately; tempting 3个 (cumulative cycles for couples in general) or 2",[],[],Q),
("en","We're planning to start IVF in 2027. What will be the most insurance pays for one egg-retrieval cycle then?",[],False,"2027 and later per-cycle caps to be published later; tempting 12000元 which is the 2026 cap",[],[],Q),
("en","There's a private fertility hospital the city has approved for IVF. If my wife goes there on employee insurance, what percentage does insurance pay?",[],False,"ratio at private designated institutions to be set separately; tempting 70% (employee, tertiary) or 75% (employee, secondary)",[],[],Q),
("en","We're insured in Lanfeng but want to do IVF at a big hospital in another city. What percentage will insurance pay there?",[],False,"treatment outside the city follows the existing cross-region rules, no figure; tempting 70% or 50% (in-city tertiary ratios)",[],[],Q),
# near misses, Corvane
("zh","我爸的家庭病床是市里三甲医院给建的，职工医保能报百分之几？",[],False,"tertiary-hospital rate to be set separately; tempting 85% (employee, secondary) or 90% (employee, primary)",[],[],P),
("zh","我妈癌症晚期在家做安宁疗护，建了家庭病床，一个周期最长能有多少天？",[],False,"bed-period length for hospice and palliative care to be set separately; tempting 60 days (ordinary bed period)",[],[],P),
("zh","我爸建了家庭病床，在家要长期吸氧，吸氧的钱医保能报百分之几？",[],False,"home oxygen therapy paid under the existing oxygen rules, no figure here; tempting 90% (employee, primary) or 80%",[],[],P),
("en","Besides the doctor's visits, is there a daily fee for the home bed itself? How much does insurance pay per day for it?",[],False,"daily bed management fee standard to be published separately; tempting 35 yuan (home visit fee)",[],[],P),
("en","My dad's insurance is from another prefecture, but he lives with us in Corvane now. If he gets a home bed here, what percentage is reimbursed?",[],False,"persons insured elsewhere follow provincial cross-region rules; tempting 90% or 80% (Corvane primary-level rates)",[],[],P),
# follow-ups
("zh","那要是居民医保呢？",["50%"],True,"follow-up: resident scheme ratio at a tertiary designated institution",["城乡居民医保在三级定点医疗机构支付50%"],["我老婆在市妇幼做试管，那是三级医院，我们俩都是职工医保，取卵这些医保能报百分之几？"],Q),
("en","And for the embryo transfer?",["2600元"],True,"follow-up: per-time cap for embryo transfer",["胚胎移植术每次2600元"],["My wife is having her eggs retrieved for IVF. What's the most insurance will pay for one egg retrieval?"],Q),
("en","And if a secondary hospital opens the bed?",["85%"],True,"follow-up: employee scheme rate at a secondary institution",["employee scheme: 90% at primary institutions and 85% at secondary institutions"],["My dad is on employee insurance and the community health centre opened a home bed for him. What percentage does insurance pay?"],P),
("zh","那居民医保呢？",["12,000 yuan"],True,"follow-up: annual home bed cap, resident scheme",["12,000 yuan per person under the resident scheme"],["我爸是职工医保，家里建了家庭病床，一年最多能报多少钱？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r17-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
