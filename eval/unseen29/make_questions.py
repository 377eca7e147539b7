import json
Q="yanlai-dengdaiqi-lianxu-canbao.txt"; P="hollowmere-stoma-continence-supplies.txt"
rows=[
# Yanlai, answerable, zh
("zh","我去年没交居民医保，今年3月才想起来去补办参保，钱交上以后要等多久看病才能报？",["3个月"],True,"fixed waiting period for enrolment outside the enrolment window (one missed year adds no variable months)",["自缴费到账之日起设置3个月固定待遇等待期"],[],Q),
("zh","我儿子今年9月去上大专，在学校这边办居民医保，开学以后多少天之内交上钱，就能马上报销不用等？",["60日"],True,"deadline for new students to enrol without a waiting period",["新入学的大中专学生在入学之日起60日内参保缴费的"],[],Q),
("zh","我从2024年开始每年都交居民医保，一年没断过，每年也都看病报过销，到2028年那年大病保险的封顶线是多少？",["42万元"],True,"worked example: serious-illness cap after 5 consecutive years",["2028年度最高支付限额为42万元"],[],Q),
("zh","我中间断了三年没交，现在想把断掉的那几年补上，还想让补的年份也算进连着交的年数里，补一年得交多少钱？",["1,090元"],True,"full back payment (individual + subsidy) that also counts as continuous years",["每个年度1,090元"],[],Q),
# Yanlai, answerable, en
("en","My dad hasn't paid for resident medical insurance in over ten years. If he signs up again now, what's the most the extra waiting time can add on top of the basic wait?",["9个月"],True,"cap on the variable waiting period",["变动待遇等待期累计最长不超过9个月"],[],Q),
("en","My wife didn't claim anything at all on her resident insurance this year and she's renewing for next year. How much extra does she get on her serious illness limit just for not claiming?",["1万元"],True,"zero-claim incentive on the serious-illness cap",["大病保险年度最高支付限额另外提高1万元"],[],Q),
("en","I paid my premium late, after the sign-up window closed. How many working days until the insurance office tells me when my waiting period ends?",["5个工作日"],True,"time for the office to set and notify the waiting period",["医保经办机构应在5个工作日内核定其待遇等待期"],[],Q),
("en","I skipped a couple of years and just signed up again. Once my waiting time is over, what's the serious illness limit for my first year back?",["36万元"],True,"reduced serious-illness cap in the first benefit year after a break",["按基础限额的90%即36万元执行"],[],Q),
# Hollowmere, answerable, en
("en","My husband had a colostomy last year and uses the closed bags. How many can he get on insurance each month?",["90"],True,"monthly limit, closed ostomy bags",["closed ostomy bags: 90 per month"],[],P),
("en","I'm retired and use stoma supplies every day. What's the most insurance will pay towards them in a year?",["7,500 yuan"],True,"annual cap, retirees",["retirees: 7,500 yuan"],[],P),
("en","The chemist's computer was down so I paid full price for my catheters. How long have I got to send the receipt in and get the money back?",["90 days"],True,"claim deadline after a system failure",["within 90 days of the purchase"],[],P),
("en","I bought a box of bags, never opened it, and it turns out it's the wrong type. How long do I have to take it back?",["14 days"],True,"return period for unopened supplies",["may be returned within 14 days of purchase"],[],P),
# Hollowmere, answerable, zh
("zh","我还在上班，交的职工医保，做了造口以后买造口袋，医保能报百分之几？",["70%"],True,"fund share, in-work employees",["in-work employees: 70%"],[],P),
("zh","我爸用的是那种带亲水涂层的一次性导尿管，医保按一根多少钱来算？",["12 yuan"],True,"standard price, hydrophilic-coated intermittent catheter",["hydrophilic-coated intermittent catheter: 12 yuan"],[],P),
("zh","医生给我开了造口用品的单子，我得在多少天之内去拿，不然就作废了？",["30 days"],True,"prescription validity",["A prescription is valid for 30 days from the date of issue"],[],P),
("zh","我儿子10岁，做了肠造口手术，他的造口用品一年医保最多报多少钱？",["5,000 yuan"],True,"annual cap, children under 18",["children and students under 18: 5,000 yuan"],[],P),
# near misses, Yanlai
("zh","我是香港人，在琰濑工作生活，错过了集中参保期，现在交了居民医保，要等几个月才能报销？",[],False,"Hong Kong/Macao/Taiwan residents and foreigners: waiting period set separately; tempting 3个月 (fixed waiting period) or 6个月 (residence-permit holders)",[],[],Q),
("zh","我老公在部队，我是随军家属，来这边参加居民医保，多少天之内交了就不用等待期？",[],False,"military dependants follow existing rules; tempting 90日 which is for veterans leaving service",[],[],Q),
("zh","我在外省交了8年居民医保，一年没断，现在搬到琰濑来，之前那些年能算几年连续参保？",[],False,"years transferred from another province follow provincial rules; tempting 60日 / full merging which apply to transfers within the province",[],[],Q),
("en","We just got dibao status. How much of my mum's resident insurance premium will the government pay for us?",[],False,"premium subsidy for dibao/extreme-poverty households follows existing rules; tempting 390元 (individual premium), 700元 (general fiscal subsidy) or 30日 (enrolment deadline for new dibao households)",[],[],Q),
("en","I'm planning to sign up for resident insurance in 2028, outside the enrolment window. How much will I pay for that year?",[],False,"2028 and later premiums to be published later; tempting 390元 which is the 2027 premium",[],[],Q),
# near misses, Hollowmere
("en","My newborn son has a stoma and uses the tiny baby pouches. What price per pouch does the insurance go by?",[],False,"paediatric and neonatal pouch prices announced separately; tempting 14 yuan (drainable bag) or 9.50 yuan (closed bag)",[],[],P),
("en","My dad uses barrier paste and adhesive remover spray with his two-piece stoma bags. How many of those can he get each month on insurance?",[],False,"accessories such as rings, paste and adhesive removers set separately; tempting 15 per month which is for skin barriers",[],[],P),
("en","My uncle uses sheath catheters instead of a Foley. How many a month will insurance cover?",[],False,"penile sheaths (external catheters) quantity set separately; tempting 2 per month (indwelling catheters) or 150 (intermittent catheters)",[],[],P),
("zh","我爸是伤残军人，算优抚对象，买造口袋和护肤底盘医保能报百分之几？",[],False,"special-care entitled persons follow existing rules; tempting 90% which is for minimum-living-allowance recipients and extreme poverty",[],[],P),
("zh","我妈结肠造口要灌洗，想买个电动灌洗泵，医保按多少钱的标准来报？",[],False,"electric irrigation pumps set separately; tempting 380 yuan which is the irrigation set price",[],[],P),
# follow-ups
("zh","那刚出狱的人呢？",["6个月"],True,"follow-up: enrolment deadline without waiting period, released prisoners",["刑满释放人员在释放之日起6个月内参保缴费的"],["我刚从部队退伍回家，多少天之内交居民医保，交完第二天就能报销？"],Q),
("en","And for a newborn baby?",["90日"],True,"follow-up: enrolment deadline for newborns to be covered from birth",["新生儿在出生之日起90日内参保缴费的"],["My daughter was just approved for dibao. How many days do we have to sign her up so she's covered from the day she was approved?"],Q),
("en","What if they're for my 12-year-old?",["75%"],True,"follow-up: fund share, children under 18 insured as residents",["children and students under 18 insured as residents: 75%"],["I'm 45, on the resident scheme, and I use incontinence pads. What share of the price does insurance pay?"],P),
("zh","那纸尿垫呢？",["120"],True,"follow-up: monthly limit, absorbent pads and pull-up pants",["absorbent pads and pull-up pants: 120 per month in total"],["我在用间歇导尿管，医保一个月最多给报多少根？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r29-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
