import json
Q="tanping-suishi-anbingzhong-fufei.txt"; P="osterbrook-home-cpap-faq.txt"
rows=[
# Tanping, answerable, zh
("zh","我妈左边腰子里长了块石头，在县里的二级医院第一次打碎石，医保那边总共按多少钱给医院结算？",["2,680元"],True,"table-only: payment standard, first kidney-stone session, tier-two hospital",["肾结石首次碎石｜2,150元｜2,680元｜3,240元"],[],Q),
("zh","我交的是城乡居民医保，输尿管卡了块石头，在区里的二级医院打的碎石，统筹那块能报百分之多少？",["72%"],True,"table-only: resident-scheme pooling ratio, tier-two hospital",["城乡居民医保统筹支付比例｜80%｜72%｜64%"],[],Q),
("zh","同一块石头打了一回没打干净，前前后后最多能打几回？再打不掉是不是就得开刀了？",["三次"],True,"cap on sessions for the same stone, first session included",["同一侧结石累计碎石（含首次）不得超过三次"],[],Q),
("zh","我是上班交职工医保的，在门诊打碎石不住院，每回自己先得掏多少医保才开始报？",["二百元"],True,"outpatient deductible per session, employee scheme (Chinese-style number)",["职工医保参保人员门诊碎石每次起付标准为二百元"],[],Q),
# Tanping, answerable, en
("en","My wife is on the residents' scheme and had her stone broken up with shock waves at our community hospital, which is a tier-one place. What percentage does insurance cover?",["80%"],True,"table-only: resident-scheme pooling ratio, tier-one hospital",["城乡居民医保统筹支付比例｜80%｜72%｜64%"],[],Q),
("en","The first session didn't clear my kidney stone, so I'm going back to the same big tertiary hospital for another go two months later. How much is that second session paid at?",["1,420元"],True,"table-only: repeat session for the same stone within three months, tier-three hospital",["同一结石再次碎石（每次）｜960元｜1,170元｜1,420元"],[],Q),
("en","I had a CT scan at the hospital's outpatient clinic a few days before my lithotripsy. How far back can scans be and still get folded into the package price?",["7日"],True,"window for pre-treatment tests counted in the package",["参保人员碎石前7日内在同一定点医疗机构门诊发生的泌尿系CT、B超、尿常规等检查费用，并入当次碎石支付标准"],[],Q),
("en","I do the admin at a county hospital that wants to start offering shock-wave stone treatment on insurance. How many trained doctors do we need on staff?",["2名"],True,"minimum number of certified lithotripsy doctors (clerk question)",["至少配备2名取得碎石操作培训合格证明的执业医师"],[],Q),
# Osterbrook, answerable, en
("en","I'm on the employee scheme and the sleep doctor wants me on the basic machine that just blows at one set pressure all night. How much will insurance put toward it?",["1,800 yuan"],True,"machine subsidy, standard machine, employees",["Standard fixed-pressure CPAP machine: 1,800 yuan for employees"],[],P),
("en","My sleep test counted how many times I stop breathing each hour. What number do I have to reach to qualify if I've got no other health problems?",["15 events per hour"],True,"AHI threshold that qualifies on its own",["An apnoea-hypopnoea index (AHI) of 15 events per hour or more qualifies on its own"],[],P),
("en","I got my breathing machine through insurance last year. How long before they'll chip in for another one?",["5 years"],True,"replacement cycle for the machine subsidy",["The machine subsidy can be used once every 5 years"],[],P),
("en","The supplier's computer was down so I paid for my machine in full. How long have I got to put in the claim?",["90 days"],True,"manual claim deadline after a system fault",["claim within 90 days of the purchase"],[],P),
# Osterbrook, answerable, zh
("zh","我交的城乡居民医保，医生让我用那种能自己调压力的呼吸机，医保能补多少钱？",["1,700 yuan"],True,"machine subsidy, auto-adjusting machine, residents",["Auto-adjusting CPAP machine: 2,500 yuan for employees and 1,700 yuan for residents"],[],P),
("zh","呼吸机的面罩、管子用一阵子就得换，医保一年给补多少？",["300 yuan"],True,"yearly allowance for masks, tubing and filters",["Masks, tubing and filters: up to 300 yuan a year"],[],P),
("zh","我去年做过一次睡眠监测，现在想申请买呼吸机，报告得是多长时间以内的才算数？",["12 months"],True,"maximum age of the sleep study report",["The sleep study report must be no more than 12 months old"],[],P),
("zh","全州能刷医保买呼吸机的定点店一共有多少家？",["42"],True,"number of designated device suppliers",["one of the 42 designated medical device suppliers"],[],P),
# near misses, Tanping
("zh","我爸是膀胱里长了结石，在二级医院打碎石，医保按多少钱一次给结算？",[],False,"bladder-stone lithotripsy payment set separately (按项目付费 meanwhile); tempting 2,680元 or 2,360元 (tier-two kidney / ureter stone standards in the table)",[],[],Q),
("en","My 9-year-old son has a kidney stone and the tier-three children's ward wants to break it up with shock waves. What flat amount does insurance pay the hospital for his first session?",[],False,"children under fourteen: payment standard set separately; tempting 3,240元 (adult first kidney-stone session, tier-three hospital)",[],[],Q),
("zh","医生说我这个石头建议做输尿管软镜，在三级医院做的话医保按多少钱打包结算？",[],False,"flexible ureteroscopy follows existing DRG rules, no figure here; tempting 2,870元 (shock-wave ureter stone, tier-three) or 1,420元",[],[],Q),
("zh","我是职工医保，石头引起发烧住院了，在病房里打的碎石，住院这次的起付线是多少钱？",[],False,"inpatient lithotripsy uses the city's existing inpatient deductible, no figure here; tempting 二百元 (outpatient deductible, employees)",[],[],Q),
("en","There's a new private urology clinic near me that hasn't been given a hospital grade yet. How much does insurance pay for a first kidney-stone session there?",[],False,"ungraded private hospitals: standard fixed separately, not in per-case payment until then; tempting 2,150元 (tier-one first kidney-stone session)",[],[],Q),
# near misses, Osterbrook
("en","My dad has COPD and his lung doctor prescribed a bi-level breathing machine for home. He's a retired employee. How much will insurance put toward it?",[],False,"bi-level / home ventilators under existing rules, subsidy set separately; tempting 2,500 yuan (auto-adjusting CPAP, employees) or 1,800 yuan",[],[],P),
("zh","我戴面罩实在睡不着，牙医说可以做个下颌前移的止鼾牙套，我是职工医保，能补多少钱？",[],False,"oral appliances to be decided separately; tempting 1,800 yuan (standard CPAP, employees)",[],[],P),
("en","My mouth gets really dry with the mask. If I buy a separate heated humidifier to clip onto the machine, how much does insurance give me for it?",[],False,"add-on heated humidifiers announced separately and not in the mask allowance; tempting 300 yuan (masks, tubing and filters)",[],[],P),
("zh","我闺女8岁，查出来睡眠呼吸暂停，专科医生说要上呼吸机，我们是居民医保，买机器能补多少？",[],False,"children under 14: subsidy set separately; tempting 1,200 yuan (standard CPAP, residents) or 1,700 yuan",[],[],P),
("en","Someone broke into my car and took my CPAP machine. I only got it two years ago through insurance. How much will they put toward a replacement?",[],False,"lost or stolen machines before the 5-year cycle: rules published separately; tempting 1,800 yuan / 2,500 yuan or the 5 years cycle",[],[],P),
# follow-ups
("zh","那报上去以后，医保多长时间内把钱拨下来呢？",["25个工作日"],True,"follow-up: time for the agency to review and pay the hospital",["经办机构自收到清单之日起25个工作日内完成审核并拨付"],["我们医院做碎石的，每个月要在几号之前把上个月的结算清单报给医保？"],Q),
("en","And at a tier-three hospital?",["82%"],True,"follow-up: table-only: employee-scheme pooling ratio, tier-three hospital",["职工医保统筹支付比例｜90%｜86%｜82%"],["My dad's on the employee scheme and had lithotripsy for a kidney stone at a tier-two hospital. What share does insurance cover?"],Q),
("en","And on how many of those nights do I actually have to wear it?",["70%"],True,"follow-up: share of trial nights with enough use",["at least 4 hours a night on at least 70% of the nights"],["My doctor says I have to try out a rented breathing machine at home before I buy one. How long does the trial last?"],P),
("zh","那交上去以后多久能到账呢？",["15 working days"],True,"follow-up: payment time for a manual claim",["The Bureau pays the money into your bank account within 15 working days of accepting a complete claim"],["我爸的呼吸机是自己先垫钱买的，发票要在多少天内交上去报销？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r31-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
