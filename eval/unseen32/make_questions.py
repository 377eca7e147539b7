import json
Q="chengyi-zhuyuan-chuangweifei.html"; P="hollowmere-burns-skin-graft-cover.md"
rows=[
# Chengyi (bed fees), answerable, zh
("zh","我妈今年12月住进了市里一家三级医院，住的是普通病房，床位费医保一天最多按多少钱给算？",["55元"],True,"table-only: payment standard, general ward, third-level institutions (2026 rate; the 2027 rate is in the text)",["三级医疗机构｜55元｜70元｜280元"],[],Q),
("zh","我家孩子才8岁，住院住在儿科病房，床位费能报的标准比大人高多少？",["百分之二十"],True,"uplift for children under 14 in paediatric wards",["上浮百分之二十"],[],Q),
("zh","我爸住院快三个月了还出不了院，听说在一家医院住太久，床位费能报的标准会往下降，是从第几天开始降？",["第九十一日"],True,"day from which the long-stay reduction applies",["自第九十一日起"],[],Q),
("zh","我在医院医保办上班，院里打算调一下床位收费，得提前多久去医保分局备案？",["15个工作日"],True,"advance filing period before a hospital changes its bed charges (clerk question)",["应当提前15个工作日向所在区县医疗保障分局备案"],[],Q),
# Chengyi, answerable, en
("en","My granny is staying in a two-bed room at our township health centre. What daily bed rate does the insurance go by for her?",["32元"],True,"table-only: payment standard, double room, community health centres / township health centres",["社区卫生服务中心、乡镇卫生院｜24元｜32元｜不设"],[],Q),
("en","A hospital in our district got caught padding patients' days in bed. For how long can its insurance settlement be stopped?",["三个月"],True,"settlement suspension for serious bed-fee violations",["暂停其医保结算三个月"],[],Q),
("en","My aunt is going into a big top-level (third-level) hospital next spring, in 2027, on a normal ward. What will the daily bed rate be that the insurance counts?",["62元"],True,"2027 payment standard, general ward, third-level institutions",["三级医疗机构普通病房支付标准提高至每床日62元"],[],Q),
("en","My dad has been in the same hospital for more than 100 days now. After the long-stay cut kicks in, what share of the normal bed rate does the insurance still count?",["百分之八十"],True,"long-stay reduced payment standard",["床位费支付标准按对应标准的百分之八十执行"],[],Q),
# Hollowmere (burns), answerable, en
("en","My 9-year-old got scalded by a pot of boiling soup. How much of a kid's body has to be burned for him to count as a severe burn case?",["10%"],True,"severe-burn threshold for children under 14",["covering 10% or more of TBSA in a child under 14"],[],P),
("en","The surgeon wants to put that artificial under-skin layer stuff on my husband's arm before grafting. How much per 100 square cm will the insurance go by?",["4,200 yuan"],True,"table-only: payment standard, acellular dermal matrix",["Acellular dermal matrix, per 100 cm²|4,200 yuan|30%"],[],P),
("en","The hospital's insurance link was down when my mum left the burn unit, so we paid the whole bill ourselves. How long have we got to claim it back?",["180 days"],True,"manual claim deadline after discharge",["within 180 days of discharge"],[],P),
("en","My wife is home from the burns ward but keeps going back to the same hospital's clinic to get her dressings changed. For how long are those visits paid like a hospital stay?",["90 days"],True,"outpatient dressing changes at inpatient ratio after discharge",["for 90 days after discharge"],[],P),
# Hollowmere, answerable, zh
("zh","我老公在厂里上班，在家被开水烫得挺重，住进了烧伤中心，医保在能报的范围里报百分之多少？",["90%"],True,"severe-burn inpatient ratio, employees (burn at home, so not work injury)",["the medical insurance fund pays 90% for employees"],[],P),
("zh","孩子烧伤出院了，医生让穿那种压力衣，一套医保按多少钱算？",["1,100 yuan"],True,"table-only: payment standard, pressure garment",["Pressure garment, per set|1,100 yuan|40%"],[],P),
("zh","州里现在第一批能走这个烧伤政策的医院一共有几家？",["9"],True,"number of designated burn treatment centres in the first batch",["The first batch comprises 9 hospitals"],[],P),
("zh","我烧伤以后留了疤，受伤后多长时间以内去做疤痕修复手术，还能按住院来报？",["2 years"],True,"window for scar revision surgery to count as the same episode",["within 2 years of the injury"],[],P),
# near misses, Chengyi
("zh","我半夜去医院看急诊，医生让先在观察床上躺着观察，这个床位费医保一天按多少钱算？",[],False,"emergency observation beds: standard to be set separately (另行制定); tempting the general-ward figures in the table, e.g. 55元 or 42元",[],[],Q),
("zh","我刚生完孩子，宝宝跟我一起住在母婴同室的病房里，宝宝的床位费医保按多少算？",[],False,"newborns in mother-and-baby rooms follow provincial rules, no figure; tempting 百分之二十 (children's uplift) or the table's ward figures",[],[],Q),
("zh","我爸中风以后转到一家康复医院住着做康复，床位费医保一天按多少钱给算？",[],False,"rehabilitation hospitals and nursing homes: standard to be set separately; tempting the table's general-ward figures, e.g. 42元 or 30元",[],[],Q),
("en","My mum is in a small private hospital that hasn't been given a grade yet. What daily bed rate does the insurance use for her ward?",[],False,"ungraded private institutions are assessed one by one, no figure; tempting 30元 (first-level) or 24元 (community/township)",[],[],Q),
("en","If my operation gets pushed back to 2028, what daily rate will the insurance count for a normal ward bed at a third-level hospital then?",[],False,"2028 and later standards to be published later; tempting 62元 (2027) or 55元 (2026)",[],[],Q),
# near misses, Hollowmere
("zh","我脸上烧伤留了疤，想去做激光祛疤，医保一次能按多少钱给算？",[],False,"laser scar treatment: standard to be set separately; tempting 1,100 yuan (pressure garment) or 90% (inpatient ratio)",[],[],P),
("zh","我的医保是在隔壁州交的，现在在这边的烧伤中心住院，算重度烧伤，能报百分之多少？",[],False,"persons insured in another prefecture follow provincial cross-region rules; tempting 90% (employees) or 80% (residents)",[],[],P),
("en","The doctors say they can grow my son's own skin cells in a lab and put them back on his burns. How much per 100 square cm will insurance count for that?",[],False,"cultured epidermal autografts: to be announced separately; tempting 950 yuan (donor skin) or 4,200 yuan (acellular dermal matrix)",[],[],P),
("en","I got badly burned by hot metal on my shift at the foundry. What percentage of my hospital bill does the medical insurance pay?",[],False,"work-related burns go to work-injury insurance, no ratio here; tempting 90% (employees)",[],[],P),
("en","My dad is lying on one of those special air beds in the burns ward. How much a day does the insurance allow for the bed?",[],False,"air-fluidised beds: daily fee to be set separately; tempting 260 yuan (negative-pressure wound therapy per day)",[],[],P),
# follow-ups
("zh","那最多能按这个标准算多少天呢？",["四十五日"],True,"follow-up: maximum days per stay at the laminar-flow room rate",["每次住院最长计算四十五日"],["我弟得了血液病，住进了层流洁净病房，床位费医保一天最多按多少算？"],Q),
("en","And at a second-level hospital?",["210元"],True,"follow-up, table-only: payment standard, intensive care bed, second-level institutions",["二级医疗机构｜42元｜56元｜210元"],["My dad is in intensive care at a third-level hospital. What daily bed rate does the insurance go by?"],Q),
("en","And for donor skin from the skin bank, per 100 square cm?",["950 yuan"],True,"follow-up, table-only: payment standard, donor (allogeneic) skin",["Donor (allogeneic) skin, per 100 cm²|950 yuan|15%"],["My daughter's burns are on a vacuum dressing. How much a day does the insurance go by for that?"],P),
("zh","那烧伤重症监护的床位至少要几张？",["4"],True,"follow-up: minimum burn intensive care beds for a designated centre (clerk question)",["at least 4 burn intensive care beds"],["我们医院想申请烧伤救治定点，烧伤病房至少得有多少张床？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r32-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
