#!/usr/bin/env python3
"""Generate snapcrawl's bundled demo news site (three hosts) and its truth.json,
then validate the result.

    python3 make_site.py            # regenerate everything, then run the checks
    python3 make_site.py --check    # only run the checks on the files on disk

Python 3.11+ standard library only; deterministic (same script, same bytes).
It rewrites `zh-gbk/`, `zh-utf8/`, `en/` and `truth.json` next to this script
and leaves every other file alone. All people, organisations, figures and
events in the articles are fictional.
"""
import html
import json
import os
import shutil
import sys
import tomllib
import urllib.parse
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
U = "http://{{HOST}}"  # the server replaces {{HOST}} with host:port in text files

# --------------------------------------------------------------------------
# Content. Each article: id, section, path, title, published (ISO, the truth),
# shown (the publish time as the page displays it), source, author, editor,
# paras (body paragraphs), cap (figure caption), rel (related ids).
# --------------------------------------------------------------------------

GBK_ARTICLES = [
    dict(id="1002", sec="guonei", path="/guonei/2023-07-14/1002.html",
         title="高校毕业生求职季 多地推出“送岗上门”服务",
         published="2023-07-14T10:30:00+08:00", shown="2023-07-14 10:30",
         source="东方快讯", author="李堃", byline="记者 李堃", editor="周明",
         cap="毕业生在招聘会现场咨询岗位信息。", rel=["1004", "1003", "1007"],
         paras=[
             "本报讯 七月是高校毕业生离校求职的集中期。记者近日走访多个城市发现，各地人社部门纷纷把招聘会搬进校园和社区，通过“送岗上门”“直播带岗”等方式，帮助尚未落实去向的毕业生尽快找到合适岗位。",
             "在一场面向应届生的专场招聘会上，八十余家企业提供了一千二百多个岗位，涵盖智能制造、软件开发、医疗护理等领域。刚刚毕业的小陈投出了三份简历，当场就有两家企业约她参加复试。“岗位信息比网上更具体，还能和人事面对面交流。”她说。",
             "除了线下招聘，线上渠道也越来越受欢迎。一些城市的公共就业服务平台开设了“毕业生专区”，求职者可以按专业、地区和薪资筛选岗位，还能预约职业指导老师进行一对一咨询。",
             "针对离校未就业的毕业生，不少地方建立了实名台账，由街道和社区工作人员逐一联系，了解求职意向，提供岗位推荐、技能培训和见习机会。对于家庭困难的毕业生，还将优先推荐岗位并落实求职补贴。",
             "业内人士分析，今年企业招聘更加看重实践能力和岗位匹配度，毕业生在求职时应尽早明确方向，主动参加实习实训，不断提升自身竞争力。",
             "据悉，相关部门将持续开展系列招聘服务活动至年底，确保有就业意愿的毕业生都能获得就业服务。",
         ]),
    dict(id="1003", sec="guonei", path="/guonei/2023-07-13/1003.html",
         title="暑期文旅消费持续升温 热门博物馆预约“一票难求”",
         published="2023-07-13T09:12:00+08:00", shown="2023/07/13 09:12",
         source="江城晚报", author=None, byline=None, editor="周明",
         cap="游客在博物馆参观。（资料图）", rel=["1002", "1004"],
         paras=[
             "暑期到来，各地文旅市场迎来消费高峰。记者从多家在线旅游平台获悉，七月以来，亲子游、研学游相关产品的搜索量明显上涨，热门城市的博物馆、科技馆门票预约持续火爆，部分场馆周末时段一放票即被约满。",
             "为缓解预约压力，不少博物馆延长了开放时间，并增加了每日预约名额。一家省级博物馆工作人员介绍，馆方在暑期推出夜场开放，每周五、周六延时至晚上九点，同时增设讲解场次，尽量满足观众需求。",
             "与此同时，一些“小众”目的地也受到关注。古村落、非遗工坊、乡村民宿等新兴业态吸引了大批年轻游客，不少人选择错峰出行，避开热门景区的人流高峰。",
             "文旅部门提醒，游客出行前应提前查询景区预约和限流信息，合理安排行程；对于通过非官方渠道高价倒卖门票的行为，可向有关部门举报。",
         ]),
    dict(id="1004", sec="guonei", path="/guonei/2023-07-16/1004.html",
         title="科技小院扎根田间 农业专家手把手教种植",
         published="2023-07-16T16:40:00+08:00", shown="2023年07月16日 16:40",
         source="东方快讯", author="张晓帆", byline="记者 张晓帆", editor="刘成",
         cap="驻村研究生在田间查看玉米长势。", rel=["1002", "1003", "1005"],
         paras=[
             "盛夏时节，在北方某县的玉米种植基地，几名研究生正蹲在地头查看作物长势。他们是当地“科技小院”的驻村学生，每年有大半时间生活在村里，和农户一起解决生产中遇到的实际问题。",
             "“以前施肥全凭经验，现在按照测土配方来，每亩地能省下几十元化肥钱，产量还提高了。”种植大户老赵一边说，一边翻开手机里记录的田间数据。他告诉记者，小院的学生几乎每天都会到地里转一圈，发现病虫害苗头就第一时间提醒。",
             "据介绍，科技小院由高校与地方政府共建，导师团队定期下乡开展技术培训，学生则长期驻扎，把课堂搬到田间地头。近三年来，该县的科技小院累计举办培训班六十余期，推广节水灌溉、绿色防控等技术二十余项。",
             "一位驻村研究生说，在村里待久了，对农业的理解也更深了，“论文要写在大地上，这句话我现在有了切身体会”。",
             "当地农业部门表示，将进一步扩大科技小院覆盖范围，推动更多科研成果在基层转化落地。",
         ]),
    dict(id="1005", sec="shehui", path="/shehui/2023-07-12/1005.html",
         title="老旧小区加装电梯提速 居民“爬楼难”逐步缓解",
         published="2023-07-12T07:45:00+08:00", shown="2023-07-12 07:45:00",
         source="东方快讯", author="王喆", byline="记者 王喆", editor="陈静",
         cap="工人正在老旧小区安装电梯。（资料图）", rel=["1007", "1006", "1002"],
         paras=[
             "本报讯 “以前下楼买个菜要歇好几回，现在按一下按钮就到家了。”家住某老旧小区六楼的刘阿姨今年七十八岁，说起新装好的电梯，脸上满是笑意。",
             "记者从住建部门了解到，今年以来，当地把既有住宅加装电梯列为民生实事项目，简化审批流程，推行“一站式”服务，截至六月底已完成加装电梯三百二十余台，另有一百多台正在施工。",
             "加装电梯难，难在协调。不同楼层住户的需求和意见往往不一，低层住户担心采光和噪音，高层住户则急于改善出行。为此，不少社区引入了“居民议事会”机制，由社区工作者、设计单位和居民代表坐下来一起商量方案。",
             "在资金方面，除了财政补贴，部分地区还允许居民提取住房公积金用于加装电梯，并探索“分期付费”“按次付费”等模式，减轻居民一次性出资压力。",
             "住建部门相关负责人表示，下一步将继续加大政策支持力度，同步做好电梯后期维保管理，让老旧小区居民住得更舒心。",
         ]),
    dict(id="1006", sec="shehui", path="/shehui/2023-07-11/1006.html",
         title="高温下的户外劳动者：“爱心驿站”送去清凉",
         published="2023-07-11T18:20:00+08:00", shown="2023年07月11日18:20",
         meta_time=True,
         source="北岸晨报", author="吴佳", byline="作者：吴佳", editor="陈静",
         cap="户外劳动者在爱心驿站休息。", rel=["1005", "1007", "1002"],
         paras=[
             "连日来，多地出现三十五摄氏度以上的高温天气。环卫工人、快递员、建筑工人等户外劳动者顶着烈日坚守岗位，他们的防暑降温问题牵动人心。",
             "在城区一处路口，一间由闲置岗亭改造而成的“爱心驿站”格外显眼。驿站里配备了冰箱、微波炉、饮水机和常用药品，户外劳动者可以随时进来歇脚、喝水、给手机充电。",
             "“中午最热的时候进来坐一会儿，喝口凉水，感觉舒服多了。”正在送餐途中的骑手小王说。据了解，这样的驿站在当地已有一百多个，大多设在银行网点、商场和社区服务中心内。",
             "人社部门提醒，用人单位应合理调整高温时段作业时间，按规定发放高温津贴，日最高气温达到四十摄氏度以上时应当停止当日室外露天作业。",
             "有关部门还将开展专项检查，督促企业落实防暑降温措施，切实保障劳动者的身体健康和合法权益。",
         ]),
    dict(id="1007", sec="shehui", path="/shehui/2023-07-10/1007.html",
         title="社区食堂开进老街巷 老人吃饭有了“好去处”",
         published="2023-07-10T12:00:00+08:00", shown="2023/07/10 12:00",
         source="东方快讯", author="李堃", byline="记者 李堃", editor="陈静",
         cap="老人在社区食堂就餐。", rel=["1005", "1006"],
         paras=[
             "中午十一点，位于老城区一条巷子里的社区食堂已经坐满了就餐的老人。两荤两素一汤，六十岁以上老人凭卡就餐只需十二元，八十岁以上还能再享受额外补贴。",
             "“家里就我们老两口，做饭麻烦，吃不完还浪费。在这里吃饭，菜品天天换，价格也实惠。”七十二岁的张大爷是食堂的常客，他说，吃完饭还能和老邻居聊聊天，日子过得挺热闹。",
             "据介绍，这家社区食堂由街道提供场地，引入专业餐饮企业运营，食材统一配送，后厨全程可视。对于行动不便的老人，食堂还提供送餐上门服务，由志愿者按时把饭菜送到家中。",
             "民政部门表示，将结合老年人口分布情况，继续新建一批社区食堂和老年助餐点，力争让更多老人在家门口吃上“热乎饭”。",
         ]),
]

UTF8_ARTICLES = [
    dict(id="2001", sec="guonei", path="/guonei/202307/t20230714_2001.html",
         title="城西科创大走廊新添一批创新平台 数字经济项目加速落地",
         published="2023-07-14T22:23:00+08:00", shown="2023-07-14 22:23:00",
         source="杭州网", author=None, editor="张琳",
         cap="城西科创大走廊核心区一景。（资料图）", rel=["2002", "3001", "2003", "3003"],
         paras=[
             "本网讯 7月13日下午，城西科创大走廊重点项目集中签约活动在未来科技城举行。二十二个数字经济和智能制造项目现场签约，总投资超过一百六十亿元，涉及工业软件、智能传感器、生物医药等多个领域。",
             "走进位于走廊核心区的一家工业软件企业，工程师们正在调试一套面向中小工厂的生产管理系统。企业负责人介绍，这套系统可以把设备运行、订单排产和质量检测数据汇总到一张屏上，“一家几十人规模的工厂，部署下来只要两周时间”。",
             "近年来，这里持续引育创新平台，已集聚省级以上重点实验室、新型研发机构等各类平台四十余家。平台与企业之间的联系也越来越紧密，不少科研成果在实验室里完成验证后，很快就能在周边找到落地转化的企业。",
             "人才是创新最关键的要素。当地相关负责人表示，走廊今年计划新建人才公寓三千余套，并推出面向青年科研人员的租房补贴和子女入学服务，让人才“引得进、留得住”。",
             "业内专家认为，科创走廊的发展关键在于形成“基础研究—技术攻关—成果转化—产业集聚”的完整链条，下一步要在开放合作、体制机制创新上下更大功夫。",
             "据悉，未来三年，走廊将聚焦人工智能、高端装备和生命健康三大方向，再布局建设一批重大科技基础设施和产业化项目。",
         ]),
    dict(id="2002", sec="guonei", path="/guonei/202307/t20230713_2002.html",
         title="县域医共体建设提速 群众在家门口看上“好医生”",
         published="2023-07-13T09:30:00+08:00", shown="2023-07-13 09:30:00",
         source="浙东日报", author="陈思远", editor="张琳",
         cap="县医院专家在乡镇卫生院坐诊。", rel=["2001", "2003", "3002"],
         paras=[
             "本网讯 “以前看专科要跑到市里，来回大半天。现在县里的专家每周都来卫生院坐诊，挂号、拿药都在镇上。”在某县一家乡镇卫生院，前来复诊的患者老周感慨道。",
             "记者了解到，当地自组建县域医疗卫生服务共同体以来，县级医院与乡镇卫生院实现了人员、技术、管理的统一调配。县医院每年选派一百余名骨干医生下沉基层，带动乡镇卫生院开展新技术新项目五十余项。",
             "在信息化方面，医共体建立了远程影像、远程心电和检验中心，乡镇拍的片子、做的心电图可以实时传到县医院，由专家出具诊断报告。“基层检查、上级诊断”的模式，让不少常见病在基层就能得到明确诊断。",
             "数据显示，去年该县县域内就诊率达到百分之九十以上，基层医疗机构门急诊人次同比增长百分之十二。",
             "下一步，当地将继续完善分级诊疗制度，加强家庭医生签约服务，推动优质医疗资源持续向基层延伸。",
         ]),
    dict(id="2003", sec="guonei", path="/guonei/202307/t20230712_2003.html",
         title="夏粮收购进度过半 多地优质优价政策落地见效",
         published="2023-07-12T16:05:00+08:00", shown="2023-07-12 16:05:00",
         source="钱塘资讯网", author="林晓", editor="赵敏",
         cap="收储企业工作人员检测小麦质量。", rel=["3002", "2002", "2001"],
         paras=[
             "本网讯 记者从粮食和物资储备部门获悉，今年夏粮收购工作开展以来，主产区收购进度已经过半，市场运行总体平稳，农民售粮顺畅。",
             "在一家粮食收储企业的收购现场，满载小麦的农用车排成一列，检验员逐车扦样检测水分和容重。“今年麦子品质好，按质论价能多卖不少钱。”一位种粮大户拿着结算单说，他家两百多亩小麦已经全部售出。",
             "为保护种粮农民利益，多地鼓励收储企业实行优质优价收购，并延长收购时间、增设收购网点，为农民提供预约售粮、上门收购等服务，减少排队等待。",
             "业内人士表示，随着收购进度推进，市场购销将逐步趋于活跃，各地需继续加强市场监测，防止出现“卖粮难”。",
         ]),
    dict(id="3001", sec="caijing", path="/caijing/202307/t20230714_3001.html",
         title="上半年跨境电商进出口保持增长 中小卖家加快开拓新兴市场",
         published="2023-07-14T11:00:00+08:00", shown="2023-07-14 11:00", meta_time=True,
         source="江南经济报", author="周立", editor="孙悦",
         cap="主播在直播间介绍出口商品。", rel=["3002", "2001", "3003"],
         paras=[
             "本网讯 今年上半年，跨境电商继续保持较快增长势头。记者从海关部门获悉，上半年本地区跨境电商进出口额同比增长百分之十六以上，其中出口增速快于进口。",
             "在一家跨境电商产业园内，直播间里的主播正用英语向海外消费者介绍一款便携式储能电源。园区负责人告诉记者，园区目前入驻企业三百余家，今年以来新增的商家中，有不少是从传统外贸转型而来的中小工厂。",
             "与以往主要面向欧美市场不同，越来越多的卖家开始布局东南亚、中东和拉美等新兴市场。一位从事家居用品出口的卖家说，新兴市场消费增长快，平台佣金相对较低，“去年试水了一个东南亚站点，今年订单已经翻了一番”。",
             "海外仓建设也在加快推进。业内人士介绍，海外仓可以把配送时间从半个月缩短到三五天，还能提供退换货服务，显著改善海外消费者的购物体验。",
             "有关部门表示，将继续优化跨境电商通关监管模式，支持企业建设海外仓和品牌，推动外贸新业态高质量发展。",
         ]),
    dict(id="3002", sec="caijing", path="/caijing/202307/t20230713_3002.html",
         title="新能源汽车下乡活动启动 多款车型推出专属购车优惠",
         published="2023-07-13T15:40:00+08:00", shown="2023年07月13日 15:40",
         source="钱塘资讯网", author="林晓", editor="孙悦",
         cap="村民在展销现场了解新能源汽车。", rel=["3001", "3003", "2003"],
         paras=[
             "本网讯 新一轮新能源汽车下乡活动日前启动。记者了解到，本次活动将持续至年底，共有数十家车企的上百款车型参加，覆盖轿车、SUV和微型车等多个品类，不少车型推出了购车补贴、免费安装充电桩等专属优惠。",
             "在活动首站的展销现场，前来看车的村民络绎不绝。一位来自邻镇的果农说，他平时要开车往返县城送货，“算了一下，换成电车每个月能省好几百元油钱”。",
             "充电设施是农村用户最关心的问题之一。据介绍，当地今年计划在乡镇新建公共充电桩五百余个，实现乡镇充电设施全覆盖，并鼓励有条件的村庄建设集中充电站。",
             "业内人士认为，农村市场潜力巨大，车企应针对农村道路条件和使用习惯开发适销对路的产品，同时完善售后服务网络，打消消费者的后顾之忧。",
             "商务部门表示，将联合相关企业持续开展系列促消费活动，进一步释放农村汽车消费潜力。",
         ]),
    dict(id="3003", sec="caijing", path="/caijing/202307/t20230710_3003.html",
         title="小微企业首贷户数量增加 金融机构创新推出信用贷款产品",
         published="2023-07-10T10:15:00+08:00", shown="2023-07-10 10:15:00",
         source="江南经济报", author="周立", editor="孙悦",
         cap="银行工作人员上门走访小微企业。", rel=["3001", "3002"],
         paras=[
             "本网讯 记者从金融监管部门获悉，今年以来，辖内银行机构持续加大对小微企业的信贷支持力度，上半年新增小微企业首贷户四千余户，普惠型小微企业贷款余额同比增长百分之二十以上。",
             "“没有抵押物，以前贷款很难。这次凭着纳税记录和用电数据，三天就拿到了五十万元信用贷款。”一家小型机械配件厂的负责人说，这笔钱正好用来采购原材料，解了燃眉之急。",
             "据了解，不少银行依托政务数据共享平台，将企业的纳税、社保、水电等信息纳入授信模型，推出了一批纯信用、线上化的贷款产品，企业在手机上即可完成申请和提款。",
             "监管部门相关负责人表示，下一步将引导银行机构继续加大首贷、信用贷投放，优化尽职免责机制，提升小微企业金融服务的覆盖面和便利度。",
         ]),
]

EN_ARTICLES = [
    dict(id="e2", sec="world", path="/2024/03/05/world/river-city-votes-to-reopen-old-mill-bridge/",
         title="River city votes to reopen historic bridge to cyclists and pedestrians",
         dek="The 140-year-old crossing will be open to people on foot and on bikes from May.",
         published="2024-03-05T18:40:00-05:00", shown="March 5, 2024 at 6:40 p.m. EST",
         style="byline", source=None, author="Jane Doe", editor="Nina Park",
         cap="The Old Mill Bridge has been closed to all traffic since 2021.",
         rel=["e3", "e4", "e6"],
         paras=[
             "After nearly three years of closures and public hearings, the city council voted 7-2 on Tuesday night to reopen the Old Mill Bridge to cyclists and pedestrians, ending a debate that had divided neighbourhoods on both banks of the river.",
             "The 140-year-old iron bridge was closed in 2021 when inspectors found corrosion in several of its support beams. Repairs completed last autumn strengthened the structure enough for light traffic, but not for cars, engineers told the council.",
             "Supporters packed the public gallery for the vote, many of them wearing cycling helmets. \"This bridge is how a lot of us got to school and to work,\" said Priya Desai, a nurse who crosses the river twice a day. \"Having it back changes the whole shape of the neighbourhood.\"",
             "Opponents, including two councillors, had argued that the money set aside for maintenance would be better spent on bus services. The approved plan includes a review after one year to measure how many people use the crossing.",
             "The bridge is expected to reopen in early May, after new lighting and railings are installed.",
         ]),
    dict(id="e3", sec="world", path="/2024/02/27/world/glacier-team-returns-with-record-ice-cores/",
         title="Glacier researchers return with the longest ice cores drilled in the region",
         dek="The six-week expedition drilled more than 600 metres into the ice.",
         published="2024-02-27T08:00:00+01:00", shown="February 27, 2024",
         style="timetag", source="Northern Wire Service", author="Elin Berg", editor="Tom Reyes",
         cap="Researchers pack ice cores into insulated boxes before the voyage home.",
         rel=["e2", "e7"],
         paras=[
             "A team of glaciologists returned to port on Monday with ice cores drilled more than 600 metres into a glacier in the far north, the deepest samples ever recovered from the region and a record that researchers say could hold a climate history stretching back tens of thousands of years.",
             "The cores, packed in insulated boxes and kept at minus 25 degrees Celsius, will be shipped to a laboratory where scientists will analyse tiny bubbles of ancient air trapped in the ice.",
             "\"Every layer is like a page in a diary,\" said Lars Nyberg, who led the six-week expedition. \"Some pages are smudged and some are missing, but together they tell us how the atmosphere has changed.\"",
             "The expedition faced temperatures as low as minus 40 degrees and two storms that halted drilling for several days. Team members said the hardest part was keeping the equipment running: diesel generators had to be wrapped in blankets overnight.",
             "Initial results are expected by the end of the year. The researchers plan to share the data with partners working on similar cores from other polar regions.",
         ]),
    dict(id="e4", sec="world", path="/2024/03/01/world/night-trains-return-to-cross-border-routes/",
         title="Night trains make a comeback on cross-border routes",
         dek="Operators bet that travellers will trade a few hours for a bed and a city-centre arrival.",
         published="2024-03-01T14:30:00+00:00", shown="1 March 2024",
         style="metaonly", source=None, author=None, editor="Nina Park",
         cap="A sleeper carriage waits at the platform before departure.",
         rel=["e2", "e3", "e5"],
         paras=[
             "Overnight rail services are returning to routes that had not seen a sleeper carriage in more than a decade, as operators bet that travellers tired of airport queues will trade a few extra hours for a bed and a morning arrival in the city centre.",
             "Three new services launched this winter, and booking data shared by operators suggests that most trains have been more than 80 per cent full at weekends. Midweek demand has been weaker, particularly on the longest routes.",
             "Rail analysts caution that the economics remain difficult. Sleeper carriages carry far fewer passengers than ordinary coaches, track access charges vary widely between countries, and rolling stock is expensive to build in small numbers.",
             "Still, passengers interviewed at a central station on Thursday evening were enthusiastic. \"I get on after dinner, I sleep, and I'm there for breakfast,\" said Tomasz Wójcik, a software developer travelling to a conference. \"It's the most relaxing way I've found to travel.\"",
             "Operators plan to add two further routes next year, subject to agreements on timetable slots.",
         ]),
    dict(id="e5", sec="business", path="/2024/03/04/business/small-bakeries-squeezed-by-flour-and-energy-costs/",
         title="Small bakeries feel the squeeze as flour and energy costs stay high",
         dek="Independent bakers say rising bills are forcing shorter hours and higher prices.",
         published="2024-03-04T07:30:00-05:00", shown="March 4, 2024 at 7:30 a.m. EST",
         updated="2024-03-05T10:00:00-05:00", updated_shown="March 5, 2024 at 10:00 a.m. EST",
         style="jsonld", source="The Harbour Courier", author="Rosa Delgado", editor="Tom Reyes",
         cap="Loaves cool on racks at Kessler's Bakery.",
         rel=["e6", "e7", "e4"],
         paras=[
             "For more than thirty years, the ovens at Kessler's Bakery have been lit by 4 a.m. These days, owner Paul Kessler says, the hardest part of the job is not the early start but the monthly bills.",
             "Wholesale flour prices remain about a fifth higher than they were three years ago, and the bakery's electricity costs have nearly doubled over the same period. Kessler has raised the price of a loaf twice since last spring and cut his opening hours on Mondays.",
             "He is far from alone. A survey of independent bakers released last week by a national trade group found that more than half had reduced staff hours in the past year, and one in ten said they were considering closing within twelve months.",
             "Some are finding ways to adapt. Bakeries in several cities have begun sharing delivery vans and buying flour together to win better prices from mills. Others are shifting toward higher-margin products such as pastries and cakes for events.",
             "Economists expect input prices to ease gradually through the year as energy markets settle. For owners working on thin margins, however, that may not be fast enough. \"We're not asking for miracles,\" Kessler said. \"Just a year where the numbers add up.\"",
         ]),
    dict(id="e6", sec="business", path="/2024/03/06/business/port-approves-400-million-terminal-expansion/",
         title="Port authority approves $400 million terminal expansion",
         dek="Two new berths and a rail spur will double the port's capacity by 2030.",
         published="2024-03-06T11:05:00-05:00", shown="March 6, 2024 at 11:05 a.m. EST",
         style="byline_meta", source=None, author="Michael Chen", editor="Nina Park",
         cap="Container cranes at the port's existing terminal.",
         rel=["e5", "e2", "e7"],
         paras=[
             "The regional port authority on Wednesday approved a $400 million expansion of its container terminal, a project officials say will double the port's capacity by the end of the decade and create hundreds of construction jobs.",
             "The plan includes two new deep-water berths, electric cranes and a rail spur that will allow containers to move directly from ships to freight trains without passing through city streets.",
             "\"Trucks on our roads are the number one complaint we hear from residents,\" said board chair Linda Osei. \"Moving more cargo by rail is good for the port and good for the neighbourhood.\"",
             "Environmental groups welcomed the commitment to electric equipment but raised concerns about dredging in the harbour, which they say could disturb seagrass beds that shelter young fish. The authority said it would publish a full environmental assessment before work begins.",
             "Construction is scheduled to start next spring, with the first berth expected to open in 2027.",
         ]),
    dict(id="e7", sec="business", path="/2024/02/29/business/community-solar-coops-sign-up-record-households/",
         title="Community solar co-ops sign up a record number of households",
         dek="Falling panel prices and new grid rules are bringing renters into local projects.",
         published="2024-02-29T16:45:00+00:00", jsonld_date="2024-02-29T16:45:00Z",
         shown="Feb. 29, 2024 4:45 p.m. UTC",
         style="jsonld", source="The Harbour Courier", author="Aisha Rahman", editor="Tom Reyes",
         cap="Panels on the roof of a cooperative-owned warehouse.",
         rel=["e5", "e3"],
         paras=[
             "Community solar cooperatives signed up a record number of households last year, as falling panel prices and new rules on shared grid connections made it easier for renters and apartment dwellers to buy into local projects.",
             "Under the cooperative model, members pay an upfront share or a monthly subscription for part of a solar array built on a warehouse roof, a school or a disused field. The electricity it generates is credited against their power bills.",
             "\"Most of our members could never put panels on their own roof,\" said Owen Price, treasurer of a cooperative that now has more than 900 members. \"This gives them a way in.\"",
             "Industry figures show that the number of households in such schemes rose by roughly 40 per cent in 2023. Growth has been fastest in towns where local councils have offered public buildings for installations.",
             "Analysts say the next challenge is storage. Without batteries, most of the power is generated in the middle of the day, when many members are at work and demand is lower.",
         ]),
]

HOSTS = {
    "zh-gbk": dict(
        name="东方快讯", lang="zh", enc="gbk", charset_header="gbk",
        sections=[("guonei", "国内"), ("shehui", "社会")],
        page2="index_2.html", articles=GBK_ARTICLES,
        dup={"1005": "/mobile/2023-07-12/1005.html"},   # no canonical on the copy
        alias={"/a/1002": "1002"},
        broken="/shehui/2023-07-01/0998.html",
        wrong_meta="1004",                              # meta says utf-8, bytes are GBK
    ),
    "zh-utf8": dict(
        name="钱塘资讯网", lang="zh", enc="utf-8", charset_header="utf-8",
        sections=[("guonei", "国内"), ("caijing", "财经")],
        page2="index_1.html", articles=UTF8_ARTICLES,
        dup={"2001": "/m/202307/t20230714_2001.html"},  # canonical points at itself
        alias={"/a/2003": "2003"},
        broken="/caijing/202306/t20230630_2999.html",
    ),
    "en": dict(
        name="The Harbour Courier", lang="en", enc="utf-8", charset_header=None,
        sections=[("world", "World"), ("business", "Business")],
        page2="page/2/", articles=EN_ARTICLES,
        dup={"e2": "/amp/river-city-votes-to-reopen-old-mill-bridge.html"},  # self canonical
        alias={"/a/4821": "e6", "/world": None},        # None: /world -> /world/
        broken="/2024/01/15/world/ferry-service-suspended/",
    ),
}
PAGE_SIZE = 2

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def ymd(a):
    return a["published"][:10]


def hm(a):
    return a["published"][11:16]


def en_date(a, short=False):
    y, m, d = a["published"][:10].split("-")
    name = MONTHS[int(m) - 1]
    return f"{name[:3] if short else name} {int(d)}, {y}"


def strip_lead(p):
    for lead in ("本报讯 ", "本网讯 "):
        if p.startswith(lead):
            return p[len(lead):]
    return p


def cut(text, n):
    return text if len(text) <= n else text[:n] + "…"


def excerpt(a, n=None):
    if a.get("dek"):
        return a["dek"]
    return cut(strip_lead(a["paras"][0]), n or 40)


def mid_excerpt(a, n=45):
    """Seed-style related excerpt: '...' + a slice from the second paragraph."""
    return "..." + a["paras"][1][6:6 + n]


def sec_articles(host, sec):
    arts = [a for a in host["articles"] if a["sec"] == sec]
    return sorted(arts, key=lambda a: a["published"], reverse=True)


def all_by_date(host):
    return sorted(host["articles"], key=lambda a: a["published"], reverse=True)


def more_of(host, a):
    if host["enc"] == "gbk" or host["lang"] == "en":   # "更多新闻" / "More news": latest site-wide
        return [b for b in all_by_date(host) if b is not a][:4]
    return [b for b in sec_articles(host, a["sec"]) if b is not a]  # 更多关于X的资讯: same category


def sec_name(host, sec):
    return dict(host["sections"])[sec]


def sec_pages(host, sec):
    arts = sec_articles(host, sec)
    return [arts[i:i + PAGE_SIZE] for i in range(0, len(arts), PAGE_SIZE)]


def sec_page_path(host, sec, n):
    return f"/{sec}/" if n == 1 else f"/{sec}/{host['page2']}"


def rel_link(frm, to):
    """Relative href from page path frm to path to (old-portal style)."""
    base = frm.rsplit("/", 1)[0]
    return os.path.relpath(to, base) if not to.endswith("/") else to


def tiny_jpeg(gray):
    """A valid 8x8 baseline greyscale JPEG of one flat colour (stdlib only)."""
    def seg(marker, payload):
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    dc = 8 * (gray - 128)                   # flat block, all quantisers 1
    cat = abs(dc).bit_length()
    bits_val = dc if dc >= 0 else dc + (1 << cat) - 1
    bits = "0" + (format(bits_val, f"0{cat}b") if cat else "") + "0"  # DC code, value, EOB
    bits += "1" * (-len(bits) % 8)
    data = int(bits, 2).to_bytes(len(bits) // 8, "big").replace(b"\xff", b"\xff\x00")
    return (b"\xff\xd8"
            + seg(0xDB, b"\x00" + bytes([1] * 64))
            + seg(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")
            + seg(0xC4, b"\x00" + bytes([1] + [0] * 15) + bytes([cat]))
            + seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
            + seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
            + data + b"\xff\xd9")


ROBOTS = """# robots.txt for the snapcrawl demo site ({key})
User-agent: *
Disallow: /private/
Allow: /private/press/
Disallow: /*?print=
Disallow: /search

User-agent: BadBot
Disallow: /
"""

# --------------------------------------------------------------------------
# zh-gbk: an old-style portal (table layout, #endText, ideographic indents)
# --------------------------------------------------------------------------

GBK_META = {
    "charset": '<meta charset="gb2312">',
    "http-equiv": '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    "none": "",
    "wrong": '<meta charset="utf-8">',
}


def gbk_head(host, meta, title, canonical=None, extra=""):
    out = ["<!DOCTYPE html>", "<html>", "<head>"]
    if GBK_META[meta]:
        out.append(GBK_META[meta])
    out.append(f"<title>{esc(title)}</title>")
    out.append('<meta name="keywords" content="东方快讯,新闻,国内,社会">')
    if canonical:
        out.append(f'<link rel="canonical" href="{U}{canonical}">')
    if extra:
        out.append(extra)
    out += ['<link rel="stylesheet" type="text/css" href="/css/dfkx.css">',
            '<script type="text/javascript">var staffEntry = "/private/login.html?from=js"; var pv = 0;</script>',
            "</head>", "<body>",
            '<div id="topbar"><a href="/">东方快讯首页</a> | <a href="/about.html">关于我们</a> | '
            '<a href="/private/login.html" rel="nofollow">采编登录</a></div>',
            '<div id="logo_nav"><a href="/" class="logo">东方快讯</a>',
            '<ul id="nav"><li><a href="/">首页</a></li><li><a href="/guonei/">国内</a></li>'
            '<li><a href="/shehui/">社会</a></li></ul>',
            '<form id="sform" action="/search" method="get"><input type="text" name="q"> '
            '<input type="submit" value="搜索"></form>',
            "</div>"]
    return out


def gbk_foot():
    return ['<div id="footer">',
            '<p><a href="/about.html">关于我们</a> | <a href="/archive?page=1">往期回顾</a> | '
            '<a href="/private/press/release.html">新闻发布</a> | <a href="/private/login.html">内部通道</a></p>',
            "<p>Copyright &copy; 2023 东方快讯 All Rights Reserved. 版权所有 未经授权禁止转载</p>",
            "</div>", "</body>", "</html>"]


def gbk_rank(host, me=None):
    out = ['<div class="rank"><h3>24小时排行</h3><ol>']
    for i, b in enumerate([b for b in all_by_date(host) if b is not me][:4]):
        href = b["path"] + ("#comments" if i == 2 else "")
        out.append(f'<li><a href="{href}">{esc(b["title"])}</a></li>')
    out.append("</ol></div>")
    return out


def gbk_article(host, a, idx, path, meta):
    name = host["name"]
    secname = sec_name(host, a["sec"])
    extra = ""
    if a.get("meta_time"):
        extra = f'<meta property="article:published_time" content="{a["published"]}">'
    canonical = a["path"] if path == a["path"] else None   # the /mobile/ copy has none
    out = gbk_head(host, meta, f'{a["title"]} - {name}', canonical, extra)
    src = ('<a href="/" class="ep-source">东方快讯</a>' if a["source"] == name
           else f'<span class="ep-source">{esc(a["source"])}</span>')
    info = f'<span class="ep-time">{a["shown"]}</span>　来源：{src}'
    if a["byline"]:
        info += f'　<span class="ep-author">{esc(a["byline"])}</span>'
    out += ['<table class="main" width="960" cellspacing="0" cellpadding="0"><tr>',
            '<td class="col_l" valign="top">',
            f'<div id="position">您的位置：<a href="/">首页</a> &gt; <a href="/{a["sec"]}/">{secname}</a> &gt; 正文</div>',
            '<div class="endContent">',
            f'<h1 id="h1title">{esc(a["title"])}</h1>',
            f'<div class="ep-info">{info}</div>',
            f'<div class="ep-tools"><a href="{a["path"]}?print=1" target="_blank">打印本页</a> | '
            '<a href="#comments">我要评论</a> | 字号：<a href="javascript:setFont(18)">大</a> '
            '<a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></div>',
            '<div id="endText">']
    for i, p in enumerate(a["paras"]):
        out.append(f"<p>　　{esc(p)}</p>")
        if i == 1:
            out.append(f'<div class="img_wrapper"><img src="/img/{a["id"]}.jpg" alt="">'
                       f'<span class="img_descr">{esc(a["cap"])}</span></div>')
        if i == 2:
            out.append('<div class="gg_inline"><span class="gg_tag">广告</span>'
                       '<a href="javascript:void(0)">夏季家电焕新季 爆款低至五折</a></div>')
    out += ["</div>",
            f'<div class="ep-editor">责任编辑：{esc(a["editor"])}</div>',
            '<div class="ep-share">分享到：<a href="javascript:void(0)" class="s_wx">微信</a> '
            '<a href="javascript:void(0)" class="s_wb">微博</a> <a href="mailto:?subject=share">邮件</a></div>',
            "</div>",
            '<div class="xgyd"><h3>相关阅读</h3><ul>']
    by = {b["id"]: b for b in host["articles"]}
    for j, rid in enumerate(a["rel"]):
        b = by[rid]
        href = rel_link(a["path"], b["path"]) if a["sec"] == "guonei" else b["path"]
        if j == 1 and idx % 2 == 0:
            href += "?spm=a.b.c"
        out.append(f'<li><a href="{href}" target="_blank">{esc(b["title"])}</a> '
                   f'<span class="time">{ymd(b)[5:]} {hm(b)}</span></li>')
    out += ["</ul></div>",
            f'<div class="more_list"><div class="tit">更多新闻</div><ul>']
    for j, b in enumerate(more_of(host, a)):
        href = b["path"]
        if j == 0 and idx % 2 == 1:
            href += "#comments"
        if j == 1:
            href = U + href
        out.append(f'<li><a href="{href}">{esc(b["title"])}</a><p>{esc(excerpt(b))}</p><em>{ymd(b)}</em></li>')
    out += ["</ul></div>",
            '<div id="comments" class="cmt_box"><div class="cmt_tit">网友评论</div>'
            '<div class="cmt_list">评论加载中……</div></div>',
            "</td>", '<td class="col_r" valign="top">']
    out += gbk_rank(host, a)
    out += ["</td></tr></table>"]
    out += gbk_foot()
    return out


def gbk_section(host, sec, n, meta):
    secname = sec_name(host, sec)
    pages = sec_pages(host, sec)
    title = f"{secname}新闻" + ("" if n == 1 else f"_第{n}页") + " - 东方快讯"
    out = gbk_head(host, meta, title, sec_page_path(host, sec, n))
    out += ['<table class="main" width="960" cellspacing="0" cellpadding="0"><tr>',
            '<td class="col_l" valign="top">',
            f'<div id="position">您的位置：<a href="/">首页</a> &gt; {secname}</div>',
            f'<div class="list_box"><h2 class="col_tit">{secname}新闻</h2>',
            '<ul class="list_ul">']
    for b in pages[n - 1]:
        out.append(f'<li><span class="date">{ymd(b)} {hm(b)}</span>'
                   f'<a href="{b["path"]}" target="_blank">{esc(b["title"])}</a>'
                   f'<p class="summary">{esc(excerpt(b, 60))}</p></li>')
    out.append("</ul>")
    if n == 1:
        out.append(f'<div class="pages"><span class="cur">1</span> <a href="{host["page2"]}">2</a> '
                   f'<a href="{host["page2"]}">下一页</a> <a href="{host["page2"]}">尾页</a></div>')
    else:
        out.append('<div class="pages"><a href="index.html">首页</a> <a href="index.html">上一页</a> '
                   '<a href="index.html">1</a> <span class="cur">2</span></div>')
    out += ["</div>", "</td>", '<td class="col_r" valign="top">']
    out += gbk_rank(host)
    out += ["</td></tr></table>"]
    out += gbk_foot()
    return out


def gbk_front(host, meta):
    by = {b["id"]: b for b in host["articles"]}
    top = by["1004"]
    out = gbk_head(host, meta, "东方快讯 - 权威资讯 快速到达", "/")
    out += ['<div id="focus">',
            f'<h2 class="headline"><a href="{top["path"]}?utm_source=wx&amp;utm_medium=share">{esc(top["title"])}</a></h2>',
            f'<p class="headline_sum">{esc(excerpt(top, 70))} <a href="{top["path"]}">[详细]</a></p>',
            "</div>",
            '<table class="main" width="960" cellspacing="0" cellpadding="0"><tr>',
            '<td class="col_l" valign="top">']
    for sec, secname in host["sections"]:
        out.append(f'<div class="blk"><div class="blk_tit"><a href="/{sec}/">{secname}</a>'
                   f'<a class="more" href="/{sec}/">更多&gt;&gt;</a></div><ul>')
        for j, b in enumerate(sec_pages(host, sec)[0]):
            href = b["path"]
            if sec == "guonei" and j == 1:
                href = U + href
            if sec == "shehui" and j == 1:
                href += "#comments"
            out.append(f'<li><a href="{href}">{esc(b["title"])}</a> <span>{ymd(b)[5:]}</span></li>')
        out.append("</ul></div>")
    out += ["</td>", '<td class="col_r" valign="top">',
            '<div class="rank"><h3>热门排行</h3><ol>',
            f'<li><a href="/a/1002">{esc(by["1002"]["title"])}</a></li>',
            f'<li><a href="{by["1007"]["path"]}">{esc(by["1007"]["title"])}</a></li>',
            f'<li><a href="{by["1006"]["path"]}?spm=a.b.c">{esc(by["1006"]["title"])}</a></li>',
            f'<li><a href="{host["broken"]}">城区部分路段夜间施工 市民出行请注意绕行</a></li>',
            "</ol></div>",
            '<div class="mobile_zone"><h3>手机看快讯</h3><ul>',
            f'<li><a href="{host["dup"]["1005"]}">{esc(by["1005"]["title"])}</a></li>',
            "</ul></div>"]
    words = ["暴雨", "高考志愿", "高温津贴"]
    hot = " ".join(f'<a href="/search?q={urllib.parse.quote(w.encode("gbk"))}">{w}</a>' for w in words)
    out += [f'<div class="hotword">热搜：{hot}</div>',
            '<!-- 旧版入口已下线 <a href="/old/index.html">旧版首页</a> -->',
            "</td></tr></table>"]
    out += gbk_foot()
    return out


def gbk_static(host, path, meta):
    if path == "/about.html":
        out = gbk_head(host, meta, "关于我们 - 东方快讯", "/about.html")
        out += ['<div class="static_page"><h1>关于我们</h1>',
                "<p>东方快讯是一家综合性新闻资讯网站，提供国内、社会等领域的新闻报道。</p>",
                "<p>新闻热线：010-00000000　投稿邮箱：tougao@example.invalid</p>",
                '<p><a href="/">返回首页</a></p></div>']
    elif path == "/private/login.html":
        out = gbk_head(host, meta, "采编系统登录 - 东方快讯", None,
                       '<meta name="robots" content="noindex, nofollow">')
        out += ['<div class="login"><h1>采编系统登录</h1>',
                '<form action="/private/login.html" method="post"><input name="user"> '
                '<input name="pass" type="password"> <input type="submit" value="登录"></form>',
                "<p>本页面仅供内部人员使用。</p></div>"]
    else:
        out = gbk_head(host, meta, "东方快讯关于启用新版网站的公告 - 东方快讯", path)
        out += ['<div class="static_page"><h1>东方快讯关于启用新版网站的公告</h1>',
                "<p>发布日期：2023-07-01</p>",
                "<p>为更好地服务读者，东方快讯新版网站将于近日正式上线，旧版页面将逐步停止更新。感谢广大读者长期以来的关注和支持。</p>",
                '<p><a href="/">返回首页</a></p></div>']
    out += gbk_foot()
    return out

# --------------------------------------------------------------------------
# zh-utf8: modern layout close to the seed record (类别/发布时间/来源 line,
# 相关新闻 with excerpt + date, 更多关于X的资讯)
# --------------------------------------------------------------------------

def u8_head(host, title, canonical, extra=""):
    out = ["<!doctype html>", '<html lang="zh-CN">', "<head>", '<meta charset="UTF-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{esc(title)}</title>"]
    if canonical:
        out.append(f'<link rel="canonical" href="{U}{canonical}">')
    out.append('<link rel="alternate" type="application/rss+xml" title="钱塘资讯网" href="/rss.xml">')
    if extra:
        out.append(extra)
    out += ['<link rel="stylesheet" href="/static/css/style.css">', "</head>", "<body>",
            '<header class="site-hd">',
            '<div class="hd-top"><a class="logo" href="/">钱塘资讯网</a>'
            '<span class="hd-links"><a href="/about.html">关于本站</a> · '
            '<a class="staff" href="/private/login.html">编辑登录</a></span></div>',
            '<ul class="menu"><li><a href="/">首页</a></li><li><a href="/guonei/">国内</a></li>'
            '<li><a href="/caijing/">财经</a></li></ul>',
            "</header>"]
    return out


def u8_foot():
    return ['<footer class="site-ft">',
            '<nav><a href="/about.html">关于本站</a> · <a href="/archive?page=1">历史资讯</a> · '
            '<a href="/rss.xml">RSS订阅</a> · <a href="/private/press/release.html">媒体通告</a></nav>',
            "<p>&copy; 2023 钱塘资讯网 版权所有 本站所有资讯均为演示内容</p>",
            "</footer>", "</body>", "</html>"]


def u8_article(host, a, idx, path):
    name = host["name"]
    secname = sec_name(host, a["sec"])
    extra = ""
    if a.get("meta_time"):
        extra = f'<meta property="article:published_time" content="{a["published"]}">'
    out = u8_head(host, f'{a["title"]} - {name}', path, extra)   # the /m/ copy: self canonical
    info = (f'类别：<a href="/{a["sec"]}/">{secname}</a>&nbsp;&nbsp;'
            f'发布时间：<span class="pubtime">{a["shown"]}</span>&nbsp;&nbsp;'
            f'来源：<span class="laiyuan">{esc(a["source"])}</span>')
    if a["author"]:
        info += f'&nbsp;&nbsp;作者：<span class="zuozhe">{esc(a["author"])}</span>'
    out += [f'<div class="crumb">• <a href="/">我的订阅</a> • <a href="/{a["sec"]}/">{secname}</a></div>',
            '<div class="detail">',
            f'<h1 class="detail-title">{esc(a["title"])}</h1>',
            f'<div class="detail-info">{info}</div>',
            '<div class="detail-tools"><a href="?print=1" rel="nofollow">打印</a> <a href="#comments">评论</a></div>',
            '<div class="detail-content" id="content">']
    for i, p in enumerate(a["paras"]):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0:
            out.append('<div class="ad-slot"><span class="ad-label">推广</span>理财小课堂：三分钟读懂基金定投</div>')
        if i == 2:
            out.append(f'<figure class="pic"><img src="/static/img/{a["id"]}.jpg" alt="">'
                       f'<figcaption>{esc(a["cap"])}</figcaption></figure>')
    out += ["</div>",
            f'<p class="bianji">【责任编辑：{esc(a["editor"])}】</p>',
            '<div class="share-bar">分享：<button data-share="wechat">微信</button> '
            '<button data-share="weibo">微博</button> <a href="javascript:;" class="copy-link">复制链接</a></div>',
            "</div>",
            '<div class="xgxw"><h3>相关新闻</h3><ul>']
    by = {b["id"]: b for b in host["articles"]}
    for j, rid in enumerate(a["rel"]):
        b = by[rid]
        href = b["path"]
        if j == 0 and idx % 2 == 1:
            href += "?utm_source=wx&amp;utm_medium=share"
        date = f'<span class="sj">{ymd(b)} {hm(b)}:00</span>'
        if j % 2 == 0:   # with a title
            out.append(f'<li><a class="bt" href="{href}">{esc(b["title"])}</a>'
                       f'<p class="zy">{esc(mid_excerpt(b))}</p>{date}</li>')
        else:            # excerpt only, like the seed's untitled items
            out.append(f'<li><a class="zy" href="{href}">{esc(mid_excerpt(b))}</a>{date}</li>')
    out += ["</ul></div>",
            f'<div class="more-zx"><h3>更多关于{secname}的资讯：</h3><dl>']
    for j, b in enumerate(more_of(host, a)):
        href = U + b["path"]
        if j == 1 and idx % 2 == 0:
            href = b["path"] + "#pinglun"
        out.append(f'<dd><a href="{href}">{esc(b["title"])}</a><p>{esc(cut(strip_lead(b["paras"][0]), 45))}</p>'
                   f'<time>{ymd(b)} {hm(b)}:00</time></dd>')
    out += ["</dl></div>",
            '<div id="comments" class="pinglun"><h3>网友评论</h3><p class="loading">评论加载中…</p></div>']
    out += u8_foot()
    return out


def u8_section(host, sec, n):
    secname = sec_name(host, sec)
    pages = sec_pages(host, sec)
    title = f"{secname} - 钱塘资讯网" if n == 1 else f"{secname}（第{n}页） - 钱塘资讯网"
    out = u8_head(host, title, sec_page_path(host, sec, n))
    out += [f'<div class="crumb">• <a href="/">首页</a> • {secname}</div>',
            f'<section class="news-list"><h2>{secname}</h2>']
    for b in pages[n - 1]:
        out.append(f'<article class="item"><h3><a href="{b["path"]}">{esc(b["title"])}</a></h3>'
                   f'<p>{esc(excerpt(b, 70))}</p><span class="item-time">{ymd(b)} {hm(b)}:00</span></article>')
    if n == 1:
        out.append(f'<nav class="pager"><span class="on">1</span> <a href="{host["page2"]}">2</a> '
                   f'<a class="next" href="{host["page2"]}">下一页</a></nav>')
    else:
        out.append('<nav class="pager"><a class="prev" href="./">上一页</a> <a href="./">1</a> '
                   '<span class="on">2</span></nav>')
    out.append("</section>")
    out += u8_foot()
    return out


def u8_front(host):
    by = {b["id"]: b for b in host["articles"]}
    top = by["2001"]
    out = u8_head(host, "钱塘资讯网 - 身边的新闻", "/")
    out += ['<div class="focus-news">',
            f'<a class="focus-title" href="{top["path"]}">{esc(top["title"])}</a>',
            f'<p>{esc(excerpt(top, 80))}</p>', "</div>"]
    for sec, secname in host["sections"]:
        out.append(f'<div class="col-box" id="col-{sec}"><div class="col-hd"><h2>{secname}</h2>'
                   f'<a href="/{sec}/">更多</a></div><ul class="col-list">')
        for j, b in enumerate(sec_pages(host, sec)[0]):
            href = b["path"]
            if sec == "caijing" and j == 0:
                href = "//{{HOST}}" + href                     # protocol-relative
            if sec == "guonei" and j == 1:
                href += "?utm_source=wx&amp;utm_medium=share&amp;utm_campaign=zt"
            out.append(f'<li><a href="{href}">{esc(b["title"])}</a><span>{ymd(b)[5:]}</span></li>')
        out.append("</ul></div>")
    out += ['<div class="rank-box"><h2>热点排行</h2><ol>',
            f'<li><a href="/a/2003">{esc(by["2003"]["title"])}</a></li>',
            f'<li><a href="{by["3002"]["path"]}?spm=a.b.c">{esc(by["3002"]["title"])}</a></li>',
            f'<li><a href="{host["broken"]}">六月份本地CPI数据发布 食品价格环比回落</a></li>',
            f'<li><a href="{by["2002"]["path"]}#comments">{esc(by["2002"]["title"])}</a></li>',
            "</ol></div>",
            f'<div class="m-box">手机版精选：<a href="{host["dup"]["2001"]}">{esc(top["title"])}</a></div>',
            '<div class="hot-words">热词：<a href="/search?q=科创走廊">科创走廊</a> '
            '<a href="/search?q=%E5%8F%A3%E8%A2%8B%E5%85%AC%E5%9B%AD">口袋公园</a> '
            '<a href="/search?q=跨境电商&amp;page=1">跨境电商</a></div>']
    out += u8_foot()
    return out


def u8_static(host, path):
    if path == "/about.html":
        out = u8_head(host, "关于本站 - 钱塘资讯网", path)
        out += ['<div class="static"><h1>关于本站</h1>',
                "<p>钱塘资讯网汇集国内、财经等领域的新闻资讯，内容均为演示用途。</p>",
                '<p>联系邮箱：contact@example.invalid</p></div>']
    elif path == "/private/login.html":
        out = u8_head(host, "编辑登录 - 钱塘资讯网", None, '<meta name="robots" content="noindex">')
        out += ['<div class="static"><h1>编辑登录</h1>',
                '<form method="post" action="/private/login.html"><input name="u"> '
                '<input name="p" type="password"> <button>登录</button></form></div>']
    else:
        out = u8_head(host, "关于开通RSS订阅服务的通告 - 钱塘资讯网", path)
        out += ['<div class="static"><h1>关于开通RSS订阅服务的通告</h1>',
                "<p>2023年7月1日</p>",
                "<p>即日起，钱塘资讯网开通RSS订阅服务，读者可通过订阅地址获取本站最新资讯。</p></div>"]
    out += u8_foot()
    return out


def u8_rss(host):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>",
           "<title>钱塘资讯网</title>", f"<link>{U}/</link>",
           "<description>钱塘资讯网最新资讯</description>", "<language>zh-cn</language>"]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    import datetime
    for i, b in enumerate(all_by_date(host)):
        d = datetime.datetime.fromisoformat(b["published"])
        pub = f'{days[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} {d:%H:%M:%S} +0800'
        desc = esc(excerpt(b, 60))
        if i == 0:
            desc = f"<![CDATA[<p>{excerpt(b, 60)}</p>]]>"
        out += ["<item>", f"<title>{esc(b['title'])}</title>", f"<link>{U}{b['path']}</link>",
                f'<guid isPermaLink="true">{U}{b["path"]}</guid>',
                f"<category>{sec_name(host, b['sec'])}</category>",
                f"<pubDate>{pub}</pubDate>", f"<description>{desc}</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return out

# --------------------------------------------------------------------------
# en: a modern English paper (JSON-LD on some stories, bylines and <time> on others)
# --------------------------------------------------------------------------

def en_head(host, title, canonical, extra=(), body_class="page"):
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{esc(title)}</title>"]
    if canonical:
        out.append(f'<link rel="canonical" href="{U}{canonical}">')
    out += list(extra)
    out += ['<link rel="stylesheet" href="/assets/courier.css">', "</head>",
            f'<body class="{body_class}">',
            '<a class="skip-link" href="#main">Skip to content</a>',
            '<header class="masthead">',
            '<a class="brand" href="/">The Harbour Courier</a>',
            '<nav class="sections" aria-label="Sections"><a href="/">Home</a> <a href="/world/">World</a> '
            '<a href="/business/">Business</a> <a href="/about.html">About</a></nav>',
            '<form class="site-search" role="search" action="/search"><input type="search" name="q" '
            'placeholder="Search"><button type="submit">Go</button></form>',
            '<a class="staff" href="/private/login.html">Staff sign-in</a>',
            "</header>"]
    return out


def en_foot():
    return ['<footer class="colophon">',
            '<ul><li><a href="/about.html">About us</a></li><li><a href="/archive?page=1">Archive</a></li>'
            '<li><a href="/sitemap.xml">Sitemap</a></li><li><a href="/private/press/release.html">Press office</a></li></ul>',
            "<p>&copy; 2024 The Harbour Courier. All rights reserved.</p>",
            "</footer>", "</body>", "</html>"]


def en_jsonld(host, a):
    secname = sec_name(host, a["sec"])
    d = {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": a["title"], "description": a["dek"],
         "datePublished": a.get("jsonld_date", a["published"])}
    if a.get("updated"):
        d["dateModified"] = a["updated"]
    d["author"] = {"@type": "Person", "name": a["author"]}
    d["publisher"] = {"@type": "Organization", "name": host["name"],
                      "logo": {"@type": "ImageObject", "url": f"{U}/assets/logo.jpg"}}
    d["articleSection"] = secname
    d["mainEntityOfPage"] = U + a["path"]
    d["image"] = [f'{U}/assets/img/{a["id"]}.jpg']
    return ('<script type="application/ld+json">'
            + json.dumps(d, ensure_ascii=False) + "</script>")


def en_article(host, a, idx, path):
    secname = sec_name(host, a["sec"])
    extra = [f'<meta name="description" content="{attr(a["dek"])}">',
             '<meta property="og:type" content="article">',
             f'<meta property="og:title" content="{attr(a["title"])}">']
    st = a["style"]
    if st in ("metaonly", "byline_meta"):
        extra.append(f'<meta property="article:published_time" content="{a["published"]}">')
    if st == "jsonld":
        extra.append(en_jsonld(host, a))
    out = en_head(host, f'{a["title"]} - {host["name"]}', path, extra, "page-story")
    out += ['<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
            f'<li><a href="/{a["sec"]}/">{secname}</a></li></ol></nav>',
            '<main id="main">', '<article class="story">', '<header class="story-head">',
            f'<p class="kicker"><a href="/{a["sec"]}/">{secname}</a></p>',
            f'<h1 class="headline">{esc(a["title"])}</h1>',
            f'<p class="dek">{esc(a["dek"])}</p>']
    if a["author"]:
        if a["id"] in ("e2", "e5"):
            out.append(f'<div class="byline">By <a rel="author" href="/about.html#staff">{esc(a["author"])}</a></div>')
        else:
            out.append(f'<div class="byline">By <span class="author-name">{esc(a["author"])}</span></div>')
    if st == "timetag":
        out.append(f'<div class="source-line">Source: {esc(a["source"])}</div>')
        out.append(f'<p class="timestamp"><time datetime="{a["published"]}">{a["shown"]}</time></p>')
    elif a.get("updated"):
        out.append(f'<p class="timestamp">Updated <time datetime="{a["updated"]}">{a["updated_shown"]}</time>'
                   f'<span class="sep"> | </span>Published <time datetime="{a["published"]}">{a["shown"]}</time></p>')
    else:
        out.append(f'<p class="timestamp"><span class="date">{a["shown"]}</span></p>')
    out += ["</header>", '<div class="story-body">']
    for i, p in enumerate(a["paras"]):
        out.append(f"<p>{esc(p)}</p>")
        if i == 1:
            out.append('<aside class="ad-unit" aria-label="Advertisement"><p class="ad-label">Advertisement</p>'
                       "<p>Spring sale: 30 per cent off garden furniture at Harbour Home.</p></aside>")
        if i == 2:
            out.append(f'<figure class="story-figure"><img src="/assets/img/{a["id"]}.jpg" alt="">'
                       f'<figcaption>{esc(a["cap"])} <span class="credit">Courier photo</span></figcaption></figure>')
    out += ["</div>",
            f'<p class="editor-credit">Editing by {esc(a["editor"])}</p>',
            '<div class="share-tools"><a href="mailto:?subject=From%20The%20Harbour%20Courier">Email</a> '
            '<button type="button" data-share="copy">Copy link</button> '
            f'<a href="{a["path"]}?print=1" rel="nofollow">Print</a></div>',
            "</article>",
            '<aside class="related-stories"><h2>Related stories</h2><ul>']
    by = {b["id"]: b for b in host["articles"]}
    for j, rid in enumerate(a["rel"]):
        b = by[rid]
        href = b["path"]
        if j == 2 and idx % 2 == 0:
            href += "?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=am"
        out.append(f'<li><a href="{href}">{esc(b["title"])}</a><p>{esc(b["dek"])}</p>'
                   f'<time datetime="{ymd(b)}">{en_date(b, short=True)}</time></li>')
    out += ["</ul></aside>",
            '<section class="more-news"><h2>More news</h2><div class="card-grid">']
    for j, b in enumerate(more_of(host, a)):
        href = b["path"] + ("#comments" if j == 0 and idx % 3 == 1 else "")
        out.append(f'<div class="card"><h3><a href="{href}">{esc(b["title"])}</a></h3>'
                   f'<span class="card-date">{en_date(b)}</span></div>')
    out += ["</div></section>",
            '<section id="comments" class="comments"><h2>Comments</h2><p>Comments are loading…</p></section>',
            "</main>"]
    out += en_foot()
    return out


def en_section(host, sec, n):
    secname = sec_name(host, sec)
    pages = sec_pages(host, sec)
    title = f"{secname} - {host['name']}" if n == 1 else f"{secname}, page {n} - {host['name']}"
    out = en_head(host, title, sec_page_path(host, sec, n), (), "page-section")
    out += ['<main id="main">', f'<h1 class="section-title">{secname}</h1>', '<ol class="river">']
    for b in pages[n - 1]:
        out.append(f'<li class="river-item"><a class="river-link" href="{b["path"]}">{esc(b["title"])}</a>'
                   f'<p>{esc(b["dek"])}</p><time datetime="{b["published"]}">{en_date(b)}</time></li>')
    out.append("</ol>")
    if n == 1:
        out.append(f'<nav class="pagination"><a rel="next" href="/{sec}/page/2/">Older stories</a></nav>')
    else:
        out.append(f'<nav class="pagination"><a rel="prev" href="/{sec}/">Newer stories</a></nav>')
    out.append("</main>")
    out += en_foot()
    return out


def en_front(host):
    by = {b["id"]: b for b in host["articles"]}
    top = by["e6"]
    out = en_head(host, "The Harbour Courier - News from the coast and beyond", "/", (), "page-home")
    out += ['<main id="main">', '<section class="lead-story">',
            f'<h2><a href="{top["path"]}">{esc(top["title"])}</a></h2>',
            f'<p>{esc(top["dek"])}</p>', "</section>"]
    for sec, secname in host["sections"]:
        out.append(f'<section class="rail rail-{sec}"><h2><a href="/{sec}/">{secname}</a></h2><ul>')
        for j, b in enumerate(sec_pages(host, sec)[0]):
            href = b["path"]
            if sec == "world" and j == 1:
                href = U + href
            if sec == "business" and j == 1:
                href += "?utm_source=homepage&amp;utm_medium=web"
            out.append(f'<li><a href="{href}">{esc(b["title"])}</a> <time datetime="{ymd(b)}">{en_date(b, True)}</time></li>')
        more_href = "/world" if sec == "world" else f"/{sec}/"
        out.append(f'</ul><a class="rail-more" href="{more_href}">All {secname.lower()} news</a></section>')
    out += ['<aside class="most-read"><h2>Most read</h2><ol>',
            f'<li><a href="/a/4821">{esc(top["title"])}</a></li>',
            f'<li><a href="{by["e5"]["path"]}#comments">{esc(by["e5"]["title"])}</a></li>',
            f'<li><a href="{host["broken"]}">Ferry service suspended after engine failure</a></li>',
            f'<li><a href="{by["e7"]["path"]}?utm_source=twitter">{esc(by["e7"]["title"])}</a></li>',
            "</ol></aside>",
            '<section class="lite-edition"><h2>Lite edition</h2>',
            f'<p><a href="{host["dup"]["e2"]}">{esc(by["e2"]["title"])}</a></p></section>',
            '<p class="trending">Trending: <a href="/search?q=spring+tides">spring tides</a> '
            '<a href="/search?q=night%20trains">night trains</a></p>',
            '<!-- <p><a href="/2024/01/02/world/draft-story-do-not-publish/">draft</a></p> -->',
            "</main>"]
    out += en_foot()
    return out


def en_static(host, path):
    if path == "/about.html":
        out = en_head(host, "About us - The Harbour Courier", path)
        out += ['<main id="main"><h1>About us</h1>',
                "<p>The Harbour Courier is a demonstration newspaper. Every story on this site is fictional.</p>",
                '<h2 id="staff">Staff</h2><p>Jane Doe, Elin Berg, Rosa Delgado, Michael Chen, '
                "Aisha Rahman. Editors: Tom Reyes, Nina Park.</p></main>"]
    elif path == "/private/login.html":
        out = en_head(host, "Staff sign-in - The Harbour Courier", None,
                      ['<meta name="robots" content="noindex">'])
        out += ['<main id="main"><h1>Staff sign-in</h1>',
                '<form method="post" action="/private/login.html"><input name="user"> '
                '<input name="password" type="password"> <button>Sign in</button></form></main>']
    else:
        out = en_head(host, "Press release: The Courier launches a lite edition - The Harbour Courier", path)
        out += ['<main id="main"><h1>The Courier launches a lite edition</h1>',
                "<p>February 20, 2024</p>",
                "<p>The Harbour Courier today launched a lite edition of its website for readers on slow connections.</p>",
                "</main>"]
    out += en_foot()
    return out


def en_sitemap(host):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
           f"<url><loc>{U}/</loc><changefreq>hourly</changefreq></url>"]
    for sec, _ in host["sections"]:
        out.append(f"<url><loc>{U}/{sec}/</loc><changefreq>hourly</changefreq></url>")
    for b in all_by_date(host):
        out.append(f"<url><loc>{U}{b['path']}</loc><lastmod>{b['published']}</lastmod></url>")
    out.append("</urlset>")
    return out

# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

CSS = {
    "zh-gbk": ("/css/dfkx.css", "body{font:12px/1.8 SimSun,serif;margin:0}#endText p{font-size:16px}"
               ".gg_inline{border:1px dashed #ccc;color:#999}.img_wrapper{text-align:center}\n"),
    "zh-utf8": ("/static/css/style.css", "body{font:16px/1.75 sans-serif;max-width:60em;margin:auto}"
                ".ad-slot{background:#f6f6f6}.xgxw li,.more-zx dd{margin:.5em 0}\n"),
    "en": ("/assets/courier.css", "body{font:18px/1.6 Georgia,serif;max-width:42em;margin:auto}"
           ".ad-unit{background:#eee;font:12px sans-serif}.dek{color:#555}\n"),
}


def file_for(path):
    """URL path -> file path relative to files/ (index.html serves '/' and '<dir>/')."""
    return path.lstrip("/") + ("index.html" if path.endswith("/") else "")


def build():
    for key in HOSTS:
        shutil.rmtree(os.path.join(ROOT, key), ignore_errors=True)
    truth = []
    for key, host in HOSTS.items():
        files = {}                      # URL path -> str (text) or bytes
        by = {a["id"]: a for a in host["articles"]}
        arts = host["articles"]
        if key == "zh-gbk":
            # Half of the pages declare gb2312 (two spellings), half declare
            # nothing; 1004 wrongly declares utf-8; the /mobile/ copy mirrors 1005.
            order = (["/"] + [sec_page_path(host, s, n) for s, _ in host["sections"] for n in (1, 2)]
                     + [a["path"] for a in arts if a["id"] != host["wrong_meta"]]
                     + ["/about.html", "/private/login.html", "/private/press/release.html"])
            cycle = ["charset", "none", "http-equiv", "none"]
            meta = {p: cycle[i % 4] for i, p in enumerate(order)}
            meta[by[host["wrong_meta"]]["path"]] = "wrong"
            files["/"] = gbk_front(host, meta["/"])
            for s, _ in host["sections"]:
                for n in (1, 2):
                    p = sec_page_path(host, s, n)
                    files[p] = gbk_section(host, s, n, meta[p])
            for i, a in enumerate(arts):
                files[a["path"]] = gbk_article(host, a, i, a["path"], meta[a["path"]])
            for aid, dpath in host["dup"].items():
                i = arts.index(by[aid])
                files[dpath] = gbk_article(host, by[aid], i, dpath, meta[by[aid]["path"]])
            for p in ("/about.html", "/private/login.html", "/private/press/release.html"):
                files[p] = gbk_static(host, p, meta[p])
            for a in arts:
                files[f'/img/{a["id"]}.jpg'] = tiny_jpeg(150)
        elif key == "zh-utf8":
            files["/"] = u8_front(host)
            for s, _ in host["sections"]:
                for n in (1, 2):
                    files[sec_page_path(host, s, n)] = u8_section(host, s, n)
            for i, a in enumerate(arts):
                files[a["path"]] = u8_article(host, a, i, a["path"])
            for aid, dpath in host["dup"].items():
                files[dpath] = u8_article(host, by[aid], arts.index(by[aid]), dpath)
            for p in ("/about.html", "/private/login.html", "/private/press/release.html"):
                files[p] = u8_static(host, p)
            files["/rss.xml"] = u8_rss(host)
            for a in arts:
                files[f'/static/img/{a["id"]}.jpg'] = tiny_jpeg(170)
        else:
            files["/"] = en_front(host)
            for s, _ in host["sections"]:
                for n in (1, 2):
                    files[sec_page_path(host, s, n)] = en_section(host, s, n)
            for i, a in enumerate(arts):
                files[a["path"]] = en_article(host, a, i, a["path"])
            for aid, dpath in host["dup"].items():
                files[dpath] = en_article(host, by[aid], arts.index(by[aid]), dpath)
            for p in ("/about.html", "/private/login.html", "/private/press/release.html"):
                files[p] = en_static(host, p)
            files["/sitemap.xml"] = en_sitemap(host)
            for a in arts:
                files[f'/assets/img/{a["id"]}.jpg'] = tiny_jpeg(110)
            files["/assets/logo.jpg"] = tiny_jpeg(60)
        robots = ROBOTS.format(key=key)
        if key == "en":
            robots += "\nSitemap: http://{{HOST}}/sitemap.xml\n"
        files["/robots.txt"] = robots
        css_path, css = CSS[key]
        files[css_path] = css

        for path, content in sorted(files.items()):
            if isinstance(content, list):
                content = "\n".join(content) + "\n"
            if isinstance(content, str):
                enc = host["enc"] if path.endswith(".html") or path.endswith("/") else "utf-8"
                content = content.encode(enc)          # strict: fails on any non-GBK char
            fp = os.path.join(ROOT, key, "files", file_for(path))
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, "wb") as f:
                f.write(content)

        toml = [f'name = "{host["name"]}"']
        if host["charset_header"]:
            toml.append(f'charset_header = "{host["charset_header"]}"')
        nohdr = [by[host["wrong_meta"]]["path"]] if host.get("wrong_meta") else []
        toml.append("no_header_charset = [" + ", ".join(f'"{p}"' for p in nohdr) + "]")
        toml += ["", "[redirects]"]
        for src, aid in host["alias"].items():
            toml.append(f'"{src}" = "{by[aid]["path"] if aid else src + "/"}"')
        with open(os.path.join(ROOT, key, "host.toml"), "w", encoding="utf-8") as f:
            f.write("\n".join(toml) + "\n")

        dup_of = {aid: p for aid, p in host["dup"].items()}
        for a in arts:
            truth.append({
                "host": key, "path": a["path"], "title": a["title"],
                "category": sec_name(host, a["sec"]), "published": a["published"],
                "source": a["source"], "author": a["author"], "editor": a["editor"],
                "body_first": a["paras"][0], "body_last": a["paras"][-1],
                "paragraphs": len(a["paras"]),
                "related": [by[r]["path"] for r in a["rel"]],
                "more": [b["path"] for b in more_of(host, a)],
                "duplicate_paths": [dup_of[a["id"]]] if a["id"] in dup_of else [],
            })
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(t, ensure_ascii=False) for t in truth) + "\n]\n")


# --------------------------------------------------------------------------
# Checks (read only what is on disk)
# --------------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children
                       if isinstance(c, str) or c.tag not in ("script", "style"))

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag=None, **kw):
        out = []
        for n in self.iter():
            if tag and n.tag != tag:
                continue
            ok = True
            for k, v in kw.items():
                k = "class" if k == "cls" else k
                have = n.attrs.get(k) or ""
                if k == "class" and v not in have.split() or k != "class" and have != v:
                    ok = False
            if ok:
                out.append(n)
        return out

    def find(self, tag=None, **kw):
        r = self.find_all(tag, **kw)
        return r[0] if r else None


class Dom(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def robots_rules(text):
    groups, cur, rules_started = {}, [], False
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        k, v = (s.strip() for s in line.split(":", 1))
        k = k.lower()
        if k == "user-agent":
            if rules_started:
                cur, rules_started = [], False
            cur.append(v.lower())
            groups.setdefault(v.lower(), [])
        elif k in ("allow", "disallow"):
            rules_started = True
            for ua in cur:
                groups[ua].append((k == "allow", v))
    return groups


def robots_allowed(rules, path_query):
    import re
    best = None
    for allow, pat in rules:
        if not pat:
            continue
        rx = "".join(".*" if ch == "*" else "$" if ch == "$" and i == len(pat) - 1 else re.escape(ch)
                     for i, ch in enumerate(pat))
        if re.match(rx, path_query):
            cand = (len(pat), allow)
            if best is None or cand > best:
                best = cand
    return True if best is None else best[1]


def parse_published(dom, lang):
    import re
    for s in dom.find_all("script", type="application/ld+json"):
        d = json.loads(s.text())
        if d.get("datePublished"):
            return d["datePublished"].replace("Z", "+00:00")
    m = dom.find("meta", property="article:published_time")
    if m:
        return m.attrs["content"]
    text = " ".join(dom.text().split())
    if lang == "zh":
        r = re.search(r"(\d{4})[年/-](\d{2})[月/-](\d{2})日?\s*(\d{2}):(\d{2})(?::(\d{2}))?", text)
        if r:
            y, mo, d, h, mi, s = r.groups()
            return f"{y}-{mo}-{d}T{h}:{mi}:{s or '00'}+08:00"
    else:
        t = dom.find("time")
        ts = dom.find(cls="timestamp")
        if ts and ts.find("time") and ts.find("time").attrs.get("datetime", "").count(":") >= 2:
            return ts.find("time").attrs["datetime"]
        r = re.search(r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4}),? (?:at )?(\d{1,2}):(\d{2}) ([ap])\.m\. ([A-Z]{3})",
                      ts.text() if ts else text)
        if r:
            mon, d, y, h, mi, ap, tz = r.groups()
            mo = [m[:3] for m in MONTHS].index(mon[:3]) + 1
            h = int(h) % 12 + (12 if ap == "p" else 0)
            off = {"EST": "-05:00", "EDT": "-04:00", "UTC": "+00:00", "GMT": "+00:00"}[tz]
            return f"{y}-{mo:02d}-{int(d):02d}T{h:02d}:{mi}:00{off}"
    return None


def check():
    errors = []

    def err(msg):
        errors.append(msg)

    with open(os.path.join(ROOT, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    want_keys = ["host", "path", "title", "category", "published", "source", "author", "editor",
                 "body_first", "body_last", "paragraphs", "related", "more", "duplicate_paths"]
    for t in truth:
        if list(t) != want_keys:
            err(f"truth keys {list(t)}")
    summary = []
    for key, host in HOSTS.items():
        base = os.path.join(ROOT, key, "files")
        with open(os.path.join(ROOT, key, "host.toml"), "rb") as f:
            conf = tomllib.load(f)
        extra = set(conf) - {"name", "charset_header", "no_header_charset", "redirects"}
        if extra:
            err(f"{key}: unexpected host.toml keys {extra}")
        redirects = conf.get("redirects", {})
        no_hdr = set(conf.get("no_header_charset", []))
        enc = "gbk" if key == "zh-gbk" else "utf-8"

        def exists(p):
            return os.path.isfile(os.path.join(base, file_for(p)))

        for src, dst in redirects.items():
            if exists(src) or not exists(dst):
                err(f"{key}: redirect {src} -> {dst} broken")
        for p in no_hdr:
            if not exists(p):
                err(f"{key}: no_header_charset {p} missing")

        pages, metas = {}, {}
        for dirpath, _, names in os.walk(base):
            for nm in names:
                fp = os.path.join(dirpath, nm)
                rel = "/" + os.path.relpath(fp, base).replace(os.sep, "/")
                raw = open(fp, "rb").read()
                if nm.endswith(".jpg"):
                    if not raw.startswith(b"\xff\xd8") or not raw.endswith(b"\xff\xd9"):
                        err(f"{key}{rel}: not a JPEG")
                    continue
                if nm.endswith(".html"):
                    try:
                        text = raw.decode(enc)
                    except UnicodeDecodeError as e:
                        err(f"{key}{rel}: does not decode as {enc}: {e}")
                        continue
                    if "\ufffd" in text:
                        err(f"{key}{rel}: U+FFFD")
                    if enc == "gbk":
                        try:
                            raw.decode("utf-8")
                            err(f"{key}{rel}: GBK file is also valid UTF-8 (no Chinese?)")
                        except UnicodeDecodeError:
                            pass
                        if raw.count(b"{{HOST}}") != text.count("{{HOST}}"):
                            err(f"{key}{rel}: {{{{HOST}}}} byte/char mismatch")
                        if raw.replace(b"{{HOST}}", b"127.0.0.1:54321").decode("gbk") != \
                                text.replace("{{HOST}}", "127.0.0.1:54321"):
                            err(f"{key}{rel}: substitution changes the text")
                        head = text[:text.find("</head>")]
                        metas[rel] = ("utf-8 (wrong)" if 'charset="utf-8"' in head
                                      else "gb2312" if "gb2312" in head else "none")
                else:
                    text = raw.decode("utf-8")
                if text.replace("{{HOST}}", "").find("{{") >= 0:
                    err(f"{key}{rel}: stray {{{{")
                url_path = rel[:-len("index.html")] if rel.endswith("/index.html") else rel
                if rel.endswith(".html"):
                    pages[url_path] = Dom(text.replace("{{HOST}}", "demo.test")).root
                    if rel.endswith("/index.html"):
                        pages[rel] = pages[url_path]
                else:
                    pages.setdefault("#text", {})[url_path] = text

        rules = robots_rules(pages["#text"]["/robots.txt"])
        if rules.get("badbot") != [(False, "/")]:
            err(f"{key}: BadBot group wrong")
        star = rules["*"]
        for must, pq in ((False, "/private/login.html"), (True, "/private/press/release.html"),
                         (False, "/search?q=x"), (False, "/a.html?print=1"), (True, "/a.html?x=1&print=1")):
            if robots_allowed(star, pq) != must:
                err(f"{key}: robots decision for {pq} should be {must}")
        if "crawl-delay" in pages["#text"]["/robots.txt"].lower():
            err(f"{key}: Crawl-delay present")

        kinds = {"ok": 0, "disallowed": set(), "redirect": set(), "broken": set(), "trap": set()}

        def classify(page, href):
            if href.startswith(("mailto:", "javascript:")) or href.startswith("#"):
                return None, None
            u = urllib.parse.urlsplit(urllib.parse.urljoin("http://demo.test" + page, href))
            if u.netloc != "demo.test":
                err(f"{key}{page}: off-site link {href}")
                return None, None
            pq = u.path + ("?" + u.query if u.query else "")
            if u.path == "/archive":
                return "trap", pq
            if not robots_allowed(star, urllib.parse.quote(pq, safe="/?=&%:*$;+")):
                return "disallowed", pq
            if u.path in redirects:
                return "redirect", u.path
            if exists(u.path):
                return "ok", u.path
            if u.path == host["broken"]:
                return "broken", u.path
            err(f"{key}{page}: link to missing {href}")
            return None, None

        for page, dom in pages.items():
            if page == "#text":
                continue
            for n in dom.iter():
                for at in ("href", "src", "action"):
                    if at in n.attrs and n.tag in ("a", "link", "img", "form"):
                        kind, target = classify(page, n.attrs[at])
                        if kind == "ok":
                            kinds["ok"] += 1
                        elif kind:
                            kinds[kind].add(target)

        # Crawl from "/" like a polite crawler would: all articles must be reachable.
        seen, queue = {"/"}, ["/"]
        while queue:
            p = queue.pop()
            for n in pages[p].find_all("a"):
                kind, target = classify(p, n.attrs.get("href", ""))
                if kind == "redirect":
                    target = redirects[target]
                    kind = "ok"
                if kind == "ok" and target in pages and target not in seen:
                    seen.add(target)
                    queue.append(target)
        tr = [t for t in truth if t["host"] == key]
        for t in tr:
            for p in [t["path"]] + t["duplicate_paths"]:
                if p not in seen:
                    err(f"{key}: {p} not reachable from /")
        if "/private/press/release.html" not in seen:
            err(f"{key}: press release not reachable")
        for feed in ("/rss.xml", "/sitemap.xml"):
            if feed in pages["#text"]:
                body = pages["#text"][feed]
                for t in tr:
                    if f"http://{{{{HOST}}}}{t['path']}<" not in body:
                        err(f"{key}: {feed} misses {t['path']}")

        # truth vs pages
        name = conf["name"]
        sel = {"zh-gbk": (("div", {"id": "endText"}), ("div", {"cls": "xgyd"}), ("div", {"cls": "more_list"})),
               "zh-utf8": (("div", {"id": "content"}), ("div", {"cls": "xgxw"}), ("div", {"cls": "more-zx"})),
               "en": (("div", {"cls": "story-body"}), ("aside", {"cls": "related-stories"}),
                      ("section", {"cls": "more-news"}))}[key]

        def paras(dom):
            box = dom.find(sel[0][0], **sel[0][1])
            return [c.text().strip() for c in box.children if isinstance(c, Node) and c.tag == "p"]

        def hrefs(dom, path, s):
            box = dom.find(s[0], **s[1])
            out = []
            for a in box.find_all("a"):
                u = urllib.parse.urlsplit(urllib.parse.urljoin("http://demo.test" + path, a.attrs["href"]))
                out.append(u.path)
            return out

        for t in tr:
            dom = pages.get(t["path"])
            if dom is None:
                err(f"{key}: truth path {t['path']} has no page")
                continue
            where = f"{key}{t['path']}"
            h1 = dom.find("h1").text().strip()
            if h1 != t["title"]:
                err(f"{where}: h1 {h1!r}")
            if dom.find("title").text() != f"{t['title']} - {name}":
                err(f"{where}: <title> suffix")
            can = dom.find("link", rel="canonical")
            if not can or can.attrs["href"] != "http://demo.test" + t["path"]:
                err(f"{where}: canonical")
            ps = paras(dom)
            if len(ps) != t["paragraphs"] or ps[0] != t["body_first"] or ps[-1] != t["body_last"]:
                err(f"{where}: body {len(ps)} paragraphs, first {ps[0][:20]!r}")
            if not 4 <= len(ps) <= 8:
                err(f"{where}: {len(ps)} paragraphs")
            if hrefs(dom, t["path"], sel[1]) != t["related"]:
                err(f"{where}: related {hrefs(dom, t['path'], sel[1])}")
            if hrefs(dom, t["path"], sel[2]) != t["more"]:
                err(f"{where}: more {hrefs(dom, t['path'], sel[2])}")
            pub = parse_published(dom, "zh" if key.startswith("zh") else "en")
            if pub != t["published"]:
                err(f"{where}: published parsed {pub} != {t['published']}")
            txt = " ".join(dom.text().split())
            for field in ("category", "source", "author"):
                if t[field] and t[field] not in txt:
                    err(f"{where}: {field} {t[field]!r} not on page")
            ed = f"责任编辑：{t['editor']}" if key.startswith("zh") else f"Editing by {t['editor']}"
            if ed not in txt:
                err(f"{where}: editor line")
            for d in t["duplicate_paths"]:
                dd = pages[d]
                if paras(dd) != ps or dd.find("h1").text() != h1:
                    err(f"{where}: duplicate {d} differs")
                c2 = dd.find("link", rel="canonical")
                if c2 and c2.attrs["href"] != "http://demo.test" + d:
                    err(f"{where}: duplicate {d} canonical points elsewhere")
            for trap in ("?print=1",):
                if not any(trap in (a.attrs.get("href") or "") for a in dom.find_all("a")):
                    err(f"{where}: no print link")
        if not any(t["author"] is None for t in tr):
            err(f"{key}: no article without author")

        if metas:
            c = {}
            for v in metas.values():
                c[v] = c.get(v, 0) + 1
            if abs(c.get("gb2312", 0) - c.get("none", 0)) > 1 or c.get("utf-8 (wrong)") != 1:
                err(f"{key}: meta charset split {c}")
            summary.append(f"  {key} meta declarations: {c}")
        summary.append(f"  {key}: {len(tr)} articles, {len([p for p in pages if p != '#text'])} html paths, "
                       f"reachable {len(seen)}, ok links {kinds['ok']}, disallowed {sorted(kinds['disallowed'])}, "
                       f"aliases {sorted(kinds['redirect'])}, broken {sorted(kinds['broken'])}, "
                       f"trap {sorted(kinds['trap'])}")
        for want in ("disallowed", "redirect", "broken", "trap"):
            if not kinds[want]:
                err(f"{key}: no {want} link")

    total = 0
    for dirpath, _, names in os.walk(ROOT):
        if "__pycache__" in dirpath:
            continue
        total += sum(os.path.getsize(os.path.join(dirpath, n)) for n in names)
    summary.append(f"  folder size: {total} bytes")
    if total > 300 * 1024:
        err(f"folder is {total} bytes (> 300 KiB)")
    print("\n".join(summary))
    for e in errors:
        print("ERROR:", e)
    print("check:", "FAILED" if errors else "ok", f"({len(truth)} articles)")
    return not errors


if __name__ == "__main__":
    if "--check" not in sys.argv[1:]:
        build()
    sys.exit(0 if check() else 1)
