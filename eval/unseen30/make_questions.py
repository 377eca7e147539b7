import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
C="chenglan-baineizhang-rengong-jingti.txt"; Q="quillhaven-rabies-tetanus-exposure-cover.txt"
rows=[
# Chenglan (cataract), answerable, zh
("zh","我妈七十多了，退休前是厂里的职工，现在眼睛看不清要做白内障，当天做完当天回家那种，医保能给报百分之几？",["90%"],True,"fund share for day surgery, employee-scheme retirees",["退休人员90%"],[],C),
("zh","我爸想换个好点的晶体，说是能顺便治散光的那种，医院一个最多能收多少钱？",["5,600元"],True,"price cap for a toric (astigmatism-correcting) lens",["散光矫正型（Toric）人工晶体，每枚限价5,600元"],[],C),
("zh","我在医院没办成直接报销，钱都是自己先垫的，出院以后最晚多少天之内得拿材料去医保那边报？",["180日"],True,"deadline to claim after discharge when direct settlement failed",["应当在出院之日起180日内"],[],C),
("zh","我是市里一家三甲医院管医保结算的，一只眼的白内障日间手术，打包一例按多少钱结？",["3,600元"],True,"bundled payment per case, level-3 hospitals (clerk question)",["三级定点医疗机构每例3,600元"],[],C),
# Chenglan (cataract), answerable, en
("en","My grandma is on the residents' scheme and needs her cataract done. How much does she have to pay out of her own pocket before the insurance starts paying anything?",["200元"],True,"deductible for cataract day surgery, resident scheme",["居民医保200元"],[],C),
("en","My dad had one eye done last week and the other one is bad too. How long does he have to wait before they can do the second eye?",["14日"],True,"minimum interval between the two eyes",["两次手术间隔不少于14日"],[],C),
("en","My aunt gets dibao, the minimum living allowance, and she's on the residents' scheme. What share of her cataract op does the insurance fund pay?",["80%"],True,"fund share for minimum-living-allowance recipients on the resident scheme",["居民医保参保的最低生活保障对象（以下简称低保对象）基金支付比例提高到80%"],[],C),
("en","I still work and I'm on the employee scheme. I'm getting a new lens put in my eye. What's the most insurance will put towards one lens?",["2,000元"],True,"fund payment cap per lens, employee scheme",["每枚医保支付上限为职工医保2,000元"],[],C),
# Quillhaven (rabies/tetanus), answerable, en
("en","My kid got bitten by the neighbour's dog yesterday. He's 9 and on the resident scheme. What percentage of the jabs and stuff does insurance pay?",["70%"],True,"fund share for children under 14 on the resident scheme (not the general 65%)",["for children under 14 years of age on the resident scheme it pays 70%"],[],Q),
("en","I'm retired and got scratched by a stray cat, so I'm doing the whole rabies course. What's the most the insurance will pay for this in a year?",["3,000 yuan"],True,"annual cap for exposure treatment, employees incl. retirees",["3,000 yuan per person for employees, in work or retired"],[],Q),
("en","The clinic couldn't take my insurance card so I paid for everything myself. How long have I got after the last jab to put in a claim?",["90 days"],True,"claim deadline after the last dose",["the person may claim within 90 days of the last dose"],[],Q),
("en","Really deep dog bite on my leg and the doctor says I need the immunoglobulin shot as well. How much does insurance allow per vial of that?",["190 yuan"],True,"payment standard for human rabies immunoglobulin per vial",["190 yuan per 200 IU vial"],[],Q),
# Quillhaven (rabies/tetanus), answerable, zh
("zh","我被狗咬了，诊所给我打的是人二倍体的狂犬疫苗，医保每一针按多少钱给算？",["280 yuan"],True,"payment standard per dose, human diploid cell vaccine",["280 yuan for human diploid cell vaccine"],[],Q),
("zh","伤口被咬得挺烂，医生说要做复杂清创，这个医保一次按多少钱算？",["180 yuan"],True,"payment standard per visit, complex debridement",["180 yuan per visit for complex debridement"],[],Q),
("zh","我想知道全州一共有几家能打狂犬疫苗、医保能直接结算的定点门诊？",["38"],True,"number of designated rabies exposure clinics in the first batch",["38 designated rabies exposure clinics"],[],Q),
("zh","我妈被狗咬了以后拖了好几天才去打针，被咬以后多少天之内开始打第一针，医保才管？",["14 days"],True,"time limit from exposure to starting the course",["begun within 14 days of the exposure"],[],Q),
# near misses, Chenglan
("zh","我家孩子是先天性白内障，矫正视力要低到多少才能按这个文件做手术报销？",[],False,"congenital cataract follows existing rules (按现行规定执行), no vision threshold given; tempting 0.5 which is for age-related cataract",[],[],C),
("zh","我妈想装那种多焦点的晶体，看远看近都清楚的，医院一个最多能收多少钱？",[],False,"multifocal / extended-depth lens price cap 另行规定; tempting 5,600元 (toric) or 2,800元 (aspheric)",[],[],C),
("zh","我们是乡镇卫生院，一级的，白内障日间手术一例打包按多少钱结？",[],False,"level-1 and below bundled rate 另行规定; tempting 3,100元 which is for level-2 hospitals",[],[],C),
("en","My mum's on the list of households at risk of falling back into poverty, and she's on the residents' scheme. What share of her cataract op does the fund pay?",[],False,"fund share for 防返贫监测对象 按现行规定执行; tempting 80% which is for minimum-living-allowance recipients",[],[],C),
("en","My dad had his cataract surgery in another province, where my brother lives. How many percentage points lower is his reimbursement than at home?",[],False,"cross-province treatment follows national cross-province rules; tempting 5个百分点 which is for other areas within the province",[],[],C),
# near misses, Quillhaven
("en","I'm a vet and want to get my rabies jabs before anything happens. How much per dose will the insurance cover?",[],False,"pre-exposure vaccination for high-risk occupations set separately; tempting 95 yuan or 280 yuan which are post-exposure per-dose standards",[],[],Q),
("en","The doctor wants to use the monoclonal antibody instead of the usual immunoglobulin for my son's bite. What's the most insurance pays for that?",[],False,"rabies monoclonal antibody payment standard set separately; tempting 190 yuan per vial which is for human rabies immunoglobulin",[],[],Q),
("en","My dad gets extreme-poverty support and is on the resident scheme. What's his yearly cap for dog-bite treatment?",[],False,"annual cap for persons in extreme poverty set by medical assistance rules; tempting 2,000 yuan (residents) or 3,000 yuan (employees)",[],[],Q),
("zh","我去年打完了全程狂犬疫苗，过了大半年又被狗咬了，这次医保能给报几针？",[],False,"re-exposure more than 3 months after a full course follows existing rules; tempting 2 booster doses which is for re-exposure within 3 months",[],[],Q),
("zh","我在工地干活的时候被狗咬了，单位给交了工伤保险，这种情况报销比例是多少？",[],False,"bites at work under work-injury insurance follow work-injury rules; tempting 80% which is the in-work employees' medical insurance share",[],[],Q),
# follow-ups
("zh","那非球面的呢？",["2,800元"],True,"follow-up: price cap for an aspheric monofocal lens",["单焦点非球面人工晶体，每枚限价2,800元"],["我妈做白内障想装个最便宜的球面晶体，医院一个最多能收多少钱？"],C),
("en","And for someone who's still working and on the employee scheme?",["85%"],True,"follow-up: fund share for in-work employees",["职工医保在职职工85%"],["My dad is on the residents' scheme and is having cataract day surgery. What share does the insurance fund pay?"],C),
("en","And for my mum? She's on the residents' scheme.",["65%"],True,"follow-up: fund share for residents (adults; changes the scheme from in-work employee)",["65% for residents"],["I'm working and on the employee scheme. Got bitten by a dog and need the rabies jabs. What share does insurance pay?"],Q),
("zh","那马破伤风抗毒素呢？",["25 yuan"],True,"follow-up: payment standard for equine tetanus antitoxin",["1,500 IU at 25 yuan per dose"],["脚被铁钉扎了，医生说要打破伤风免疫球蛋白，医保一针按多少钱算？"],Q),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r30-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
