import json
Q="liyuan-zuidi-jiaofei-nianxian.txt"; P="thistlemoor-pharmacy-outpatient-cover.txt"
rows=[
# Liyuan, answerable, zh
("zh","我爸明年退休，职工医保才交了22年，男的要交够多少年退休后才不用再交？",["25年"],True,"minimum cumulative contribution years, men",["男性满25年、女性满20年"],[],Q),
("zh","我前面十几年在外地交的医保，后来回栎垣上班了，在栎垣本地至少得交满几年？",["10年"],True,"minimum years actually paid locally (question says 本地)",["在本市的实际缴费年限不得少于10年"],[],Q),
("zh","我妈退休的时候医保年限不够，差的几年要补钱，补的钱是按百分之几算的？",["9%"],True,"back-payment contribution rate",["补缴费率为9%"],[],Q),
("zh","我妈差好几年，算下来要补两万多块，一下子拿不出来，最多能分几次交？",["3期"],True,"maximum number of instalments for a back payment over 2万元",["最多分3期缴清"],[],Q),
# Liyuan, answerable, en
("en","My mum retires this year. How many years of employee medical insurance does a woman need so she doesn't have to keep paying after she retires?",["20年"],True,"minimum cumulative contribution years, women",["男性满25年、女性满20年"],[],Q),
("en","I went to the counter to pay for the years I'm missing and they've told me how much I owe. How many working days do I have to pay it?",["10个工作日"],True,"deadline to pay after the assessment notice",["应在收到核定通知之日起10个工作日内缴费"],[],Q),
("en","My dad is 7 years short and is paying them all off in one go. How long does he have to wait before insurance covers his medical bills?",["6个月"],True,"waiting period when more than 5 years are back-paid",["自缴清之日起设置6个月待遇等待期"],[],Q),
("en","I retire in 2026 and have to pay for the years I'm missing. What monthly wage figure do they use to work out how much I owe?",["4350元"],True,"2026-2027 monthly back-payment base",["补缴基数为每月4350元"],[],Q),
# Thistlemoor, answerable, en
("en","The doctor sent me an e-prescription on Monday. How long is my script good for at the pharmacy?",["3 days"],True,"electronic prescription validity",["An electronic prescription is valid for 3 days from the day it is issued."],[],P),
("en","My dad's retired and picks up his meds at a pharmacy that's in the scheme. What percent does insurance cover once he's past the deductible?",["65%"],True,"pharmacy pooling rate, retirees",["55% of eligible drug costs for in-work employees, 65% for retirees"],[],P),
("en","I've got a bad chest infection and the doctor is sending the prescription to the pharmacy. What's the most days of pills it can be for?",["7 days"],True,"maximum supply for an acute condition",["A prescription for an acute condition may cover no more than 7 days of supply."],[],P),
("en","The pharmacy's system was down so I had to pay full price for my medicine. How long do I have to claim the money back?",["3 months"],True,"manual claim deadline after a system failure",["within 3 months after the purchase"],[],P),
# Thistlemoor, answerable, zh
("zh","我还在上班，平时拿着医生开的方子去药店拿药，一年最多能给我报多少钱？",["1,800 yuan"],True,"annual pharmacy pooling cap, in-work employees",["1,800 yuan for in-work employees"],[],P),
("zh","我妈有高血压，病情稳定，医生一次最多能给她开多长时间的药去药店拿？",["12 weeks"],True,"maximum supply of a long prescription for a stable chronic condition",["may cover no more than 12 weeks of supply"],[],P),
("zh","我们家交的是城乡居民医保，去药店买处方药，一年里自己先要掏多少钱才开始报？",["100 yuan"],True,"pharmacy deductible, residents",["100 yuan per year for residents"],[],P),
("zh","我家附近的药店不知道能不能走门诊统筹，全市现在一共有几家药店能报？",["186"],True,"number of designated pharmacies in outpatient pooling",["186 designated retail pharmacies in the prefecture have joined outpatient pooling"],[],P),
# near misses, Liyuan
("zh","我是打零工的，一直以灵活就业身份交职工医保，男的退休时要交够多少年才不用再交？",[],False,"flexible workers' minimum years to be set separately (另行制定); tempting 25年 which is the general figure for men",[],[],Q),
("zh","我爸年轻时当过兵，部队里的军龄最多能算几年医保缴费年限？",[],False,"military service years follow provincial rules (按省级规定执行); tempting 10年 (local years) or the 1999年1月 start of the scheme for 连续工龄",[],[],Q),
("en","I'll retire in 2028 and need to pay for my missing years. What monthly base will they use to calculate my back payment?",[],False,"2028 and later base to be published separately (另行公布); tempting 4350元 which is the 2026-2027 base",[],[],Q),
("en","I paid medical insurance for 12 years in another province before moving here. How many of those years get counted toward my total?",[],False,"out-of-province years follow national and provincial rules; tempting 15个工作日 (in-province transfer check) or 10年 (local minimum)",[],[],Q),
("zh","我爸已经退休、在享受退休待遇了，他的医保个人账户每个月能划进来多少钱？",[],False,"retirees' account amount follows existing rules (按现行规定执行); tempting 9% (back-payment rate) or 4350元 (back-payment base)",[],[],Q),
# near misses, Thistlemoor
("en","I order my blood pressure pills from an online pharmacy that delivers to my door. What percent does insurance pay?",[],False,"online pharmacies to be set separately; tempting 55%/65%/50% (rates at designated retail pharmacies)",[],[],P),
("zh","我去药店抓中药饮片，医保能报百分之几？",[],False,"TCM decoction pieces rate to be set separately; tempting 55%/65%/50% (general pharmacy rates)",[],[],P),
("en","My son has a rare disease and his very expensive drug is supplied through the pharmacy. What's the most insurance will pay for it in a year?",[],False,"rare-disease and high-cost drugs under existing rules; tempting 1,800 yuan / 2,600 yuan / 500 yuan (general pharmacy caps)",[],[],P),
("en","My insurance is with a different prefecture but I live in Thistlemoor now. What percent gets paid when I fill my prescription at a local pharmacy?",[],False,"insured in another prefecture follow provincial cross-region rules; tempting 55% or 65% (local employee rates)",[],[],P),
("zh","我有糖尿病，经常在药店买血糖试纸，一年最多能报多少钱？",[],False,"devices and consumables such as test strips are not covered, arrangements announced separately; tempting 1,800 yuan or 2,600 yuan (drug caps)",[],[],P),
# follow-ups
("zh","那分期的话，最长多久要全部交完？",["24个月"],True,"follow-up: maximum period to finish instalment payments",["全部缴清期限不得超过24个月"],["我差几年医保要补钱，补多少钱以上才可以分期交？"],Q),
("en","And if I miss that, how long after retiring can I still apply?",["90日"],True,"follow-up: application window after retirement",["或退休之日起90日内"],["I'm retiring in March. How early before retirement can I apply to pay for my missing years?"],Q),
("en","And what's the most it'll pay in a year if I'm retired?",["2,600 yuan"],True,"follow-up: annual pharmacy pooling cap, retirees",["2,600 yuan for retirees"],["I'm still working. What percent does the pharmacy pooling pay for my prescriptions?"],P),
("zh","那我要是把医保卡借给别人用呢？会停多久？",["6 months"],True,"follow-up: suspension of direct settlement for lending a card",["shall have direct settlement suspended for 6 months"],["药店拿医保卡给人换日用品，第一次被查到要停多久结算？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r19-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
