import json
Q="fengzhu-chengxiang-dabing-baoxian.txt"; P="quillhaven-prosthetic-orthopaedic-devices.txt"
rows=[
# Fengzhu, answerable, zh
("zh","我妈今年住了两次院，医保报完自己还掏了两万多，大病保险是自己花到多少钱以后才开始管？",["1.6万元"],True,"critical-illness deductible (起付线), ordinary residents",["大病保险起付线为1.6万元"],[],Q),
("zh","我爸癌症住院一年花了好几十万，自己掏的部分超过20万了，超出20万的那块大病保险能报几成？",["80%"],True,"ratio for the band above 20万元",["20万元以上的部分，支付80%"],[],Q),
("zh","出院那天系统坏了没能直接结算，钱是我自己先垫上的，最晚多久之内得去把报销手续办了？",["6个月"],True,"deadline to apply for manual reimbursement after discharge",["参保人员应在出院结算之日起6个月内申请手工报销"],[],Q),
("zh","我是特困供养的五保户，大病保险一年最多能给我报多少钱？",["50万元"],True,"annual cap for 特困人员/低保对象/返贫致贫人口",["年度最高支付限额为50万元"],[],Q),
# Fengzhu, answerable, en
("en","My grandma gets dibao, the minimum living allowance. How much does she have to pay out of her own pocket before the critical illness cover starts paying?",["8,000元"],True,"reduced deductible for 低保对象 (and 特困人员/返贫致贫人口)",["特困人员、低保对象和返贫致贫人口的起付线降低50%，为8,000元"],[],Q),
("en","After basic insurance my dad still owes about 150,000 for his hospital stays this year. For the bit over 100,000, what share does the big-illness insurance pick up?",["70%"],True,"ratio for the 10万元-20万元 band",["10万元以上至20万元（含）的部分，支付70%"],[],Q),
("en","I'm just a regular member of the residents' scheme. What's the most the critical illness insurance will ever pay me in one year?",["40万元"],True,"annual cap, ordinary residents",["大病保险年度最高支付限额为每人40万元"],[],Q),
("en","I'm a village insurance helper and people keep asking if they pay extra for the big-illness cover. How much per person goes into it this year, 2026?",["72元"],True,"2026 financing per person (drawn from the resident fund, no personal payment)",["2026年我市大病保险筹资标准为每人每年72元"],[],Q),
# Quillhaven, answerable, en
("en","My dad lost his leg below the knee after diabetes surgery. What's the most the insurance will count for the new leg?",["12,000 yuan"],True,"price cap, below-knee prosthesis",["below-knee prosthesis, 12,000 yuan"],[],P),
("en","I'm 45 and got my artificial leg a few years back, it's wearing out. How often can I get a new one on the insurance?",["4 years"],True,"replacement interval, lower-limb prostheses (adult)",["lower-limb prostheses, once every 4 years"],[],P),
("en","My wife needs a back brace and a new leg in the same year. Is there a limit on how much the fund pays for all her devices in a year?",["30,000 yuan"],True,"annual limit for all devices per person",["The fund pays at most 30,000 yuan per person per year"],[],P),
("en","The fitting centre's system was down so I paid for my brace in full. How long have I got to claim the money back?",["90 days"],True,"claim deadline after networked settlement fails",["they may claim within 90 days of delivery"],[],P),
# Quillhaven, answerable, zh
("zh","我爸截肢了要装假肢，他交的是城乡居民医保，医保能给报百分之几？",["60%"],True,"payment ratio, residents",["60% for residents"],[],P),
("zh","我坐轮椅好几年了，医保给配的那种手推轮椅，多久能换一辆新的？",["6 years"],True,"replacement interval, manual wheelchairs",["manual wheelchairs, once every 6 years"],[],P),
("zh","我女儿12岁，去年装了假肢，孩子个子长得快，多久能给她换一次？",["12 months"],True,"replacement interval for insured persons under 18",["at most once every 12 months"],[],P),
("zh","我们想开一家假肢矫形器装配中心申请医保定点，装配训练室最少要多大面积？",["60 square metres"],True,"minimum fitting and gait-training room size for designation (clerk/business question)",["at least 60 square metres"],[],P),
# near misses, Fengzhu
("zh","我弟家是防返贫监测户，今年住院花了不少，他的大病保险起付线是多少？",[],False,"防止返贫监测对象 follow provincial rules, no figure; tempting 8,000元 (特困/低保/返贫致贫) or 1.6万元 (ordinary)",[],[],Q),
("zh","我在村里帮忙收医保，有人问明年2027年大病保险每个人的筹资标准是多少钱？",[],False,"2027 and later financing to be published later; tempting 72元 which is the 2026 figure",[],[],Q),
("en","My son has a rare disease and his medicine costs a fortune. What percentage does the critical illness insurance pay for rare-disease drugs?",[],False,"rare-disease drugs and high-value consumables: special ratio set separately; tempting 60% / 70% / 80% (the ordinary bands)",[],[],Q),
("en","I work for a company and I'm on the employee scheme. After a huge hospital bill, what's the most the extra big-bill cover pays me in a year?",[],False,"职工大额医疗费用补助 follows existing rules, notice does not apply to employees; tempting 40万元 which is the residents' cap",[],[],Q),
("zh","我家是低保户，大病保险报完以后自己还得掏不少，医疗救助一年最多能给救助多少？",[],False,"医疗救助 ratio and annual limit follow provincial rules; tempting 50万元 which is the 大病保险 cap for 低保对象",[],[],Q),
# near misses, Quillhaven
("en","My dad lost his whole leg right at the hip joint. What's the price cap for that kind of artificial leg?",[],False,"hip disarticulation prosthesis cap set separately; tempting 25,000 yuan which is the above-knee cap",[],[],P),
("en","My mum can't push herself in a manual chair any more, she needs an electric wheelchair. What's the price cap for a powered one?",[],False,"powered wheelchair cap announced separately; tempting 1,500 yuan which is the manual wheelchair cap",[],[],P),
("en","I lost my arm in an accident at the factory where I work. What percentage of my new arm does the fund pay?",[],False,"work-injury limb loss goes to work-injury insurance under existing rules; tempting 70% (in-work employees)",[],[],P),
("zh","我哥想装那种用肌电控制、手指能动的智能假手，医保最高按多少钱算？",[],False,"myoelectric prosthetic hand cap set separately; tempting 8,000 yuan (below-elbow) or 15,000 yuan (above-elbow)",[],[],P),
("zh","我的假肢接受腔磨坏了，只想修一修、换个接受腔，这个修理费医保能报百分之几？",[],False,"repairs and socket/liner replacement paid under rules set separately; tempting 70% / 80% / 60% (device ratios)",[],[],P),
# follow-ups
("zh","那要是低保户呢，能多报多少？",["5个百分点"],True,"follow-up: extra ratio for 低保对象 (and 特困人员/返贫致贫人口)",["在上述各段支付比例基础上提高5个百分点"],["普通老百姓住院，大病保险超过起付线到10万以内的那部分报多少？"],Q),
("en","And if their contract gets cancelled, how long before they can apply again?",["3年"],True,"follow-up: bar on reapplying after the agreement is terminated",["3年内不得重新申请"],["If a hospital makes up treatments to get critical illness insurance money, how big is the fine?"],Q),
("en","And for a manual wheelchair?",["1,500 yuan"],True,"follow-up: price cap, manual wheelchair",["manual wheelchair, 1,500 yuan"],["My mum needs an ankle-foot brace for her drop foot. What's the price cap on that?"],P),
("zh","那我爸呢？他已经退休了。",["80%"],True,"follow-up: payment ratio, retirees",["80% for retirees"],["我在厂里上班，截肢了要装假肢，医保给报百分之几？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r20-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
