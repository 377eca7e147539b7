import json
H="heshan_zh.txt"; T="tallowmere_en.txt"
Q=[]
def nm(doc,lang,kind,q,note):
    Q.append(dict(doc=doc,lang=lang,question=q,answers=[],answerable=False,kind=kind,note=note,evidence=[],history=[]))
def ok(doc,lang,kind,q,ans,ev,note,twin):
    Q.append(dict(doc=doc,lang=lang,question=q,answers=ans,answerable=True,kind=kind,note=note,evidence=ev,history=[],twin_of=twin))
# ---- Heshan near misses (n5-01..12)
nm(H,"zh","place","青岚县参保居民在本县域内一级定点医疗机构就诊的，门诊统筹支付比例提高几个百分点？",
   "只有杉溪县、白渚县获得提高5个百分点（65%）；青岚县虽被列入适用范围，但文件未给出任何提高幅度。")
nm(H,"en","place","Under the Heshan notice, what reimbursement ratio applies when an in-service employee gets outpatient care at a tier-three hospital in Wuling (梧岭市)?",
   "Wuling is named only as an example of other cities in the province, where the provincial cross-region rules apply; the notice gives no ratio for it (50% is the local tier-three figure).")
nm(H,"zh","institution","城乡居民在村卫生室就诊，普通门诊统筹的支付比例是多少？",
   "文件明确村卫生室、社区卫生服务站的支付比例另行制定；60%只适用于一级定点医疗机构。")
nm(H,"en","institution","In Heshan, what share of the cost does general outpatient pooling pay when an insured person buys medicine at a designated retail pharmacy (定点零售药店) with an outside prescription?",
   "The notice says pharmacy purchases are within the pooling scope but the payment method will be set separately by the municipal medical security bureau; no ratio is given.")
nm(H,"zh","group","学生儿童普通门诊统筹的年度起付线是多少元？",
   "学生儿童的起付线由各县区自行确定；200元是城乡居民的起付线，500元是学生儿童的年度最高支付限额。")
nm(H,"en","group","What annual cap on general outpatient pooling does the Heshan notice set for retired cadres (离休干部)?",
   "Retired cadres' outpatient benefits are handled through the original channel and the notice does not apply to them; 4000元 is the retiree (退休人员) cap for 2025.")
nm(H,"zh","year","2027年度城乡居民普通门诊统筹年度最高支付限额是多少元？",
   "文件只给出2025年度600元、2026年度800元，2027年度及以后的标准另行公布。")
nm(H,"en","year","What was the annual cap on general outpatient pooling for in-service employees in Heshan in 2024?",
   "The notice starts on 1 January 2025; 2024 costs follow the former policy, for which no figure is given (3000元 is the 2025 cap).")
nm(H,"zh","measure","血液透析门诊治疗的起付线是多少元？",
   "血液透析只给出年度最高支付限额60000元，文件未规定其起付线。")
nm(H,"en","measure","What deductible applies to outpatient radiotherapy and chemotherapy for malignant tumours under Heshan's chronic and special disease cover?",
   "Only an annual cap (80000元) is given for outpatient cancer radio/chemotherapy; no deductible is stated for chronic and special diseases.")
nm(H,"zh","item","器官移植术后抗排异治疗的门诊年度最高支付限额是多少元？",
   "该项目已纳入门诊慢特病保障范围，但具体支付标准另行制定；60000元、80000元分别属于血液透析和恶性肿瘤放化疗。")
nm(H,"en","item","What reimbursement ratio does the Heshan notice set for outpatient rehabilitation therapy (门诊康复治疗)?",
   "Outpatient rehabilitation is to be brought into cover gradually, with the specific method set separately; no ratio is given.")
# ---- Heshan twins (n5-13..18)
ok(H,"zh","place","杉溪县参保居民在本县域内一级定点医疗机构就诊的，门诊统筹支付比例是多少？",["65%"],
   ["杉溪县、白渚县参保居民在本县域内一级定点医疗机构就诊的，支付比例提高5个百分点，即65%"],"杉溪县被明确给出提高后的支付比例。","n5-01")
ok(H,"en","institution","In Heshan, what reimbursement ratio applies to an in-service employee's policy-covered outpatient costs at a tier-three designated medical institution?",["50%"],
   ["在三级定点医疗机构，在职职工为50%"],"Tier-three ratio for in-service employees is stated.","n5-04")
ok(H,"en","group","What annual cap on general outpatient pooling does the Heshan notice set for students and children?",["500元"],
   ["学生儿童年度最高支付限额为500元"],"The cap (not the deductible) for students and children is stated.","n5-05")
ok(H,"zh","year","2026年度城乡居民普通门诊统筹年度最高支付限额是多少元？",["800元"],
   ["城乡居民2025年度为600元，2026年度为800元"],"2026年度标准明确给出。","n5-07")
ok(H,"en","measure","What is the annual maximum payment for outpatient haemodialysis under the Heshan notice?",["60000元"],
   ["血液透析年度最高支付限额为60000元"],"The cap for haemodialysis is stated.","n5-09")
ok(H,"zh","item","恶性肿瘤门诊放化疗的年度最高支付限额是多少元？",["80000元"],
   ["恶性肿瘤门诊放化疗年度最高支付限额为80000元"],"恶性肿瘤门诊放化疗的限额明确给出。","n5-11")
# ---- Tallowmere near misses (n5-19..30)
nm(T,"en","place","What flat-rate payment does the Tallowmere Fund make to an employee member registered in Quarrington for a Tier 2 vaginal delivery?",
   "Quarrington members remain under their former arrangements until a transition notice; 4,000 yuan applies only within the Fund area.")
nm(T,"zh","place","Tallowmere 社区健康基金对居住在 Northwick 镇的居民参保人在二级医院分娩的费用报销比例是多少？",
   "Northwick 在通知中从未出现；基金区域只包括 Tallowmere、Brackenford 和 Ellisby（60% 为区域内二级医院比例）。")
nm(T,"en","institution","What share of delivery costs does the Tallowmere Fund reimburse for a resident member who gives birth at a private maternity clinic?",
   "Births at private maternity clinics are not covered; emergency-claim rules are set out separately; no rate is given.")
nm(T,"zh","institution","职工参保人在助产士主导的分娩中心（midwife-led birth centre）顺产，Tallowmere 基金支付多少定额分娩费？",
   "通知从未提及助产士主导的分娩中心，定额分娩费只针对获批的一、二、三级医院。")
nm(T,"en","group","How much prenatal allowance does the Tallowmere Fund pay for the spouse of an employee member when the spouse is not a Fund member?",
   "Cover for non-member spouses of employee members will be set out separately; 1,200 yuan is for employee members themselves.")
nm(T,"zh","group","Tallowmere 基金向灵活就业（自雇）参保人每次妊娠支付的产前补贴是多少？",
   "通知只区分职工参保人和居民参保人，从未提及自雇或灵活就业人员。")
nm(T,"en","year","What is the annual maximum for resident members' delivery reimbursement under the Tallowmere Fund in 2027?",
   "Only 2025 (4,000 yuan) and 2026 (4,500 yuan) are given; 2027 amounts are to be announced by 31 October 2026.")
nm(T,"zh","year","2024年在三级医院剖宫产的职工参保人，Tallowmere 基金的定额分娩费是多少？",
   "2025年3月1日前的分娩按 Notice No. 2023-11 处理，本通知未给出其金额（8,000 yuan 为本通知下的标准）。")
nm(T,"en","measure","What deductible applies to newborn inpatient care under the Tallowmere Fund?",
   "Newborn care has reimbursement rates and an annual maximum (20,000 yuan) only; the 500 yuan deductible applies to resident delivery costs.")
nm(T,"zh","measure","Tallowmere 基金职工参保人产假津贴的最高金额是多少元？",
   "通知只规定158天及按平均日缴费工资计发，未规定任何金额上限。")
nm(T,"en","item","At what rate does the Tallowmere Fund reimburse neonatal intensive care unit charges?",
   "NICU charges fall under the general inpatient scheme with rates set out separately; 80%/70% are the newborn inpatient rates.")
nm(T,"zh","item","Tallowmere 基金对产后康复服务报销多少元？",
   "产后康复和月子中心服务明确不在保障范围，通知未给出金额（100 yuan 为产后检查）。")
# ---- Tallowmere twins (n5-31..36)
ok(T,"en","place","What flat-rate payment does the Tallowmere Fund make to an employee member in Brackenford for a Tier 2 vaginal delivery?",["4,000 yuan"],
   ["The Fund area covers the towns of Tallowmere, Brackenford and Ellisby.","At Tier 2 hospitals the Fund pays 4,000 yuan for a vaginal delivery"],
   "Brackenford is inside the Fund area, so the Tier 2 flat rate applies.","n5-19")
ok(T,"zh","institution","居民参保人在一级医院分娩，Tallowmere 基金的分娩费用报销比例是多少？",["70%"],
   ["reimbursed at 70% at Tier 1 hospitals"],"一级医院的居民报销比例明确给出。","n5-21")
ok(T,"zh","group","Tallowmere 基金向职工参保人每次妊娠支付的产前补贴是多少？",["1,200 yuan"],
   ["The Fund pays a fixed prenatal allowance of 1,200 yuan per pregnancy to employee members"],"职工参保人的产前补贴明确给出。","n5-24")
ok(T,"en","year","What is the annual maximum for resident members' delivery reimbursement under the Tallowmere Fund in 2026?",["4,500 yuan"],
   ["The annual maximum for resident members' delivery reimbursement is 4,000 yuan in 2025 and 4,500 yuan in 2026."],"2026 amount is stated.","n5-25")
ok(T,"zh","measure","Tallowmere 基金新生儿住院治疗的年度最高支付限额是多少？",["20,000 yuan"],
   ["The annual maximum for newborn inpatient care is 20,000 yuan per newborn."],"新生儿住院的年度限额明确给出。","n5-27")
ok(T,"en","item","How much does the Tallowmere Fund pay for newborn hearing screening?",["150 yuan"],
   ["The Fund pays 150 yuan for newborn hearing screening."],"Hearing screening amount is stated.","n5-29")
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,q in enumerate(Q,1):
        rec={"id":f"n5-{i:02d}"}; rec.update(q)
        f.write(json.dumps(rec,ensure_ascii=False)+"\n")
print(len(Q))
