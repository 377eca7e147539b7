import json
Q="qiaolan-dae-buzhu.txt"; F="ferrow-foreign-nationals-enrolment.txt"
rows=[
# Qiaolan, answerable, zh
("zh","我已经退休了，养老金里每年扣的那笔大额医疗的钱是多少？",["180元"],True,"2027 contribution, retirees (question says 养老金里扣的那笔)",["退休人员每人每年180元"],[],Q),
("zh","我自己交灵活就业的医保，今年头一回交大额补助，交了以后要等多久才能用上？",["6个月"],True,"waiting period for first-time flexible workers",["自缴费到账次月起设置6个月等待期"],[],Q),
("zh","我爸今年住院花了好几十万，基本医保已经报到顶了，超出来的钱里自己要先垫多少，大额才开始报？",["2000元"],True,"personal amount above the basic pool's cap before the subsidy pays",["先由个人负担2000元"],[],Q),
("zh","我妈在外地住院没能直接结算，回来要拿单子去医保报销，出院以后最晚多少天内得交？",["90天"],True,"deadline for manual claims after discharge",["应在出院结算之日起90天内向参保地经办机构提出申请"],[],Q),
# Qiaolan, answerable, en
("en","I'm still working and my cancer treatment this year went way over what basic insurance covers. For the part of the extra bill above 100,000 yuan, what share does the big-bill top-up pay?",["90%"],True,"payment ratio above 10万元, in-work employee",["10万元以上的部分，支付90%"],[],Q),
("en","What's the most the big-bill top-up will pay out for one person in a single year?",["50万元"],True,"annual cap of the subsidy",["大额补助年度最高支付限额为50万元"],[],Q),
("en","My neighbour got caught using his brother's insurance card for a hospital stay. For how long will they stop him using direct billing for the top-up?",["6个月"],True,"suspension of direct settlement after fraud by an insured person",["并暂停其大额补助联网结算6个月"],[],Q),
("en","I handed my hospital receipts in at the insurance office for a refund from the top-up. How long do they take to finish checking them?",["20个工作日"],True,"review time for manual claims",["经办机构应在受理之日起20个工作日内完成审核"],[],Q),
# Ferrow, answerable, en
("en","I'm from Germany and just moved here for work. How long does my residence permit need to still be valid for me to sign up for local health insurance?",["6 months"],True,"minimum remaining validity of the residence permit",["with a remaining validity of at least 6 months"],[],F),
("en","My husband and I moved here from Canada and I don't work. How much do I pay for a year of health insurance in 2027?",["1,020 yuan"],True,"2027 resident contribution for a non-working foreigner",["the individual contribution for 2027 is 1,020 yuan per person per year"],[],F),
("en","I'm on a work contract with a local company. What percentage of my pay do they take off for health insurance?",["2%"],True,"employee's contribution rate in the employee scheme",["the employee pays 2% of the contribution base"],[],F),
("en","I'm leaving China for good. Once I ask for it, how soon do I get back the money left on my medical account?",["15 working days"],True,"refund of the personal account balance on leaving",["refunded in one payment within 15 working days of the application"],[],F),
# Ferrow, answerable, zh
("zh","我是外国留学生，在这边大学读书，2027年的居民医保一年要交多少钱？",["400 yuan"],True,"2027 reduced contribution for full-time students",["reduced contribution of 400 yuan per person per year for 2027"],[],F),
("zh","我们公司请了几个外国员工，给他们交医保，公司那部分按工资基数的百分之几交？",["7.5%"],True,"employer's rate in the employee scheme",["the employer pays 7.5% of the contribution base"],[],F),
("zh","我是外国人，错过了年底缴费期，刚来时也没在规定时间里交，现在才交居民医保，要等多久才能报销？",["90 days"],True,"waiting period for enrolment outside the collection periods",["a waiting period of 90 days from the date of payment"],[],F),
("zh","我是外籍的，参加的是居民医保，住院的话一年最多能报多少钱？",["250,000 yuan"],True,"annual inpatient cap, resident scheme",["The annual inpatient cap is 250,000 yuan."],[],F),
# near misses, Qiaolan
("zh","我今年7月份才进单位参保，今年的大额补助要交多少钱？",[],False,"mid-year joiners' prorated amount left to the service centre; tempting 120元 which is the full-year in-work contribution",[],[],Q),
("zh","我是离休干部，每年大额补助要交多少钱？",[],False,"离休人员 left to later rules; tempting 180元 which is the retirees' contribution",[],[],Q),
("en","I'm a civil servant. After the big-bill top-up has paid its share, what percentage does the civil servants' medical subsidy cover on top?",[],False,"公务员医疗补助 linkage left to later rules; tempting 85% or 90% (the subsidy's own payment ratios)",[],[],Q),
("en","I'm retired. How much will I have to pay for the big-bill top-up in 2028?",[],False,"2028 contribution to be set later; tempting 180元 which is the 2027 retirees' contribution",[],[],Q),
("en","I also bought the commercial top-up insurance the city promotes. Once the big-bill top-up hits its limit, what share of the rest does that commercial policy pay?",[],False,"commercial supplementary insurance linkage and payment standard left to later rules; tempting 90% or 50万元 (the subsidy's ratio and cap)",[],[],Q),
# near misses, Ferrow
("zh","我是外国人，想给跟我一起来的8岁孩子上居民医保，孩子一年交多少？",[],False,"children under 18 set in separate rules; tempting 1,020 yuan (adult resident) or 400 yuan (students)",[],[],F),
("zh","我是外籍员工，跟着公司参加的职工医保，住院一年最多能报多少钱？",[],False,"employee-scheme cap follows existing employee rules, no figure; tempting 250,000 yuan which is the resident scheme's inpatient cap",[],[],F),
("zh","我是外籍居民医保参保人，有糖尿病，门诊看慢性病能报百分之几？",[],False,"chronic and special diseases follow existing rules, no figure; tempting 50% (ordinary outpatient pooling)",[],[],F),
("en","I'm an international student on the resident scheme. What's the most I can claim for outpatient visits in a year?",[],False,"students' outpatient cap set by each university; tempting 1,500 yuan which is the general outpatient cap",[],[],F),
("en","I'm a foreign employee here. What percentage of my wages goes to long-term care insurance?",[],False,"long-term care contributions for foreign employees to be set later; tempting 2% (employee medical insurance rate) or 7.5%",[],[],F),
# follow-ups
("zh","那我自己交灵活就业的呢？",["240元"],True,"follow-up: 2027 contribution, flexible workers",["灵活就业人员每人每年240元"],["我在单位上班，每年交的大额医疗补助是多少钱？"],Q),
("en","And if I were retired, how much higher would that be?",["3个百分点"],True,"follow-up: retirees' increase over the band ratios",["退休人员在上述各段支付比例的基础上提高3个百分点"],["I'm still working. Once my bill passes the basic insurance cap and the 2,000 I pay myself, what share of the next part, up to 100,000, does the top-up cover?"],Q),
("en","And at a big tertiary hospital?",["50%"],True,"follow-up: inpatient ratio at tertiary hospitals, resident scheme",["50% at tertiary hospitals"],["I'm a foreigner on the resident scheme. If I get admitted to a small community-level hospital, what percentage do they reimburse?"],F),
("zh","那一年最多能报多少钱？",["20,000 yuan"],True,"follow-up: annual cap for emergency inpatient treatment abroad",["up to 20,000 yuan a year"],["我出国玩了两个星期，在国外急诊住院了，回来医保能报多少比例？"],F),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r16-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
