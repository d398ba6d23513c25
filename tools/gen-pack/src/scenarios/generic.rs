//! Scenario templates usable in any zone: by industry (a zone gets those of its own sectors),
//! low-altitude ones (any zone) and inland-river ones (zones on a navigable waterway).

use super::Tpl;
use shared::model::{Industry, Party, Track};

pub static SECTOR: &[Tpl] = &[
    sc! { [] Electronics none Enterprise 60 - 200
    "电子元器件仓库AGV与智能仓储改造"
    / "AGVs and smart warehousing for an electronic-components store"
    "区内电子企业原材料品种多、出入库频繁，人工拣料差错率高。拟引入AGV搬运和智能料架，与MES系统联动，实现按工单自动配料。"
    / "An electronics company in the zone stocks many kinds of materials with frequent receipts and issues, and manual picking causes errors. It wants AGVs and smart racks linked to the MES so that materials are kitted automatically for each work order."
    "具备电子行业智能仓储项目案例"
    / "Smart-warehousing references in the electronics industry" },
    sc! { [] Electronics none Government 100 - 300
    "电子信息产业链供需对接数字化平台"
    / "Digital supply-and-demand matching platform for the electronics chain"
    "为提高本地配套率，{z}拟建设电子信息产业链供需对接平台，汇集区内企业的采购需求和产品能力。平台应支持智能匹配和线上对接活动。"
    / "To raise local sourcing, {z} plans a supply-and-demand matching platform for its electronics chain that gathers the purchasing needs and product capabilities of companies in the zone. It must support smart matching and online matchmaking events."
    "具备产业互联网平台建设运营经验"
    / "Experience building and running industrial internet platforms" },
    sc! { [] Equipment none Enterprise 80 - 250
    "关键零部件精密加工质量在线检测"
    / "In-process quality inspection for precision-machined components"
    "区内装备制造企业关键零部件加工精度要求高，目前依赖三坐标离线抽检，质量反馈滞后。拟引入在机测量与在线检测系统，实现加工误差实时补偿。"
    / "An equipment maker in the zone machines key parts to tight tolerances but relies on offline CMM sampling, so quality feedback comes late. It wants on-machine measurement and in-line inspection that compensate machining errors in real time."
    "检测精度达到微米级"
    / "Measurement accuracy at micrometre level" },
    sc! { [] Equipment none Enterprise 100 - 300
    "焊接机器人工作站柔性化改造"
    / "Flexible robotic welding cells"
    "区内企业结构件品种多、批量小，现有焊接机器人示教编程耗时。拟引入视觉引导和离线编程技术实现免示教焊接，提高小批量订单的自动化率。"
    / "A company in the zone welds many kinds of structural parts in small batches, and teaching its welding robots takes too long. It wants vision guidance and offline programming for teach-free welding, automating more small-batch orders."
    "具备焊接机器人系统集成经验"
    / "Experience integrating robotic welding systems" },
    sc! { [] Equipment none Government 150 - 400
    "装备制造企业智能化改造数字化转型诊断服务"
    / "Smart-manufacturing and digital-transformation diagnostics for equipment makers"
    "{z}拟为区内规模以上装备制造企业提供智能化改造和数字化转型免费诊断服务，每家企业形成诊断报告和改造路线图。服务周期一年，覆盖企业不少于30家。"
    / "{z} will give its larger equipment makers free diagnostics for smart manufacturing and digital transformation, each receiving a report and an upgrade roadmap. The service runs for one year and covers at least 30 companies."
    "入选省级智能制造诊断服务机构名单"
    / "Listed as a provincial smart-manufacturing diagnostic provider" },
    sc! { [] NewEnergy none Enterprise 100 - 300
    "厂房屋顶分布式光伏与储能一体化项目"
    / "Rooftop solar with storage on factory roofs"
    "区内企业拟利用约3万平方米厂房屋顶建设分布式光伏并配建储能，采用合同能源管理模式。由投资方负责建设运营，企业按优惠电价购电。"
    / "A company in the zone offers about 30,000 m² of factory roofs for distributed solar with storage under an energy performance contract. The investor builds and operates the system, and the company buys the power at a discounted tariff."
    "具备分布式光伏投资运营经验"
    / "Experience investing in and operating distributed solar" },
    sc! { [] NewEnergy none Government 200 - 500
    "园区虚拟电厂聚合平台建设"
    / "Virtual power plant platform for the zone"
    "{z}拟建设虚拟电厂聚合平台，聚合企业可调节负荷、储能和充电桩资源参与电力需求响应。平台需与电网调度系统对接，提升园区用能灵活性。"
    / "{z} plans a virtual power plant that aggregates flexible loads, storage and EV chargers of companies for demand response. The platform must connect to grid dispatch and make the zone's energy use more flexible."
    "具备负荷聚合商资质或合作资源"
    / "Registered as a load aggregator or partnered with one" },
    sc! { [] NewMaterials none Enterprise 100 - 350
    "新材料中试放大工艺合作"
    / "Scale-up partnership for a new material"
    "区内新材料企业已完成实验室小试，需要合作方提供中试放大、工艺包开发和产品验证服务。合作方式可为技术服务或联合开发。"
    / "A new-materials company in the zone has finished lab-scale trials and needs a partner for pilot scale-up, process-package development and product validation, either as a technical service or as joint development."
    "具备新材料中试放大经验"
    / "Experience scaling up new materials" },
    sc! { [] NewMaterials none Government 80 - 250
    "新材料检测分析共享服务引进"
    / "Shared testing and analysis services for new materials"
    "区内新材料企业对成分、结构和性能测试需求频繁，自建实验室成本高。{z}拟引入第三方检测机构入驻园区，提供共享检测和快速出具报告服务。"
    / "New-materials companies in the zone need frequent composition, structure and performance tests, and their own labs are costly. {z} wants a third-party testing body to set up in the zone and provide shared testing with quick reports."
    "具备检验检测机构资质认定（CMA）"
    / "Accredited as an inspection and testing body (CMA)" },
    sc! { [] Biomedicine none Enterprise 100 - 300
    "药品质量管理体系数字化升级"
    / "Digital upgrade of pharmaceutical quality management"
    "区内制药企业拟将偏差、变更、纠正和预防措施等质量流程由纸质升级为电子化管理。系统需满足药品GMP及数据完整性要求，并支持电子签名。"
    / "A drug maker in the zone wants to move deviations, change control, corrective and preventive actions and other quality processes from paper to an electronic system that meets GMP and data-integrity requirements and supports electronic signatures."
    "具备医药行业质量管理系统实施案例"
    / "References implementing quality management systems in pharma" },
    sc! { [] Biomedicine none Government 150 - 400
    "生物医药专业孵化器委托运营"
    / "Operating a specialised biomedicine incubator"
    "{z}拟引入专业机构运营生物医药孵化器，提供GMP标准厂房、共享实验室和注册申报辅导服务。运营方需在三年内导入不少于10个项目。"
    / "{z} wants a specialist to run its biomedicine incubator, offering GMP-standard facilities, shared labs and coaching on regulatory filings. The operator must bring in at least ten projects within three years."
    "具备生物医药孵化器运营经验"
    / "Experience running biomedicine incubators" },
    sc! { [] Vehicles none Enterprise 80 - 250
    "汽车零部件单件级质量追溯系统"
    / "Part-level quality traceability for an auto-parts line"
    "整车客户要求零部件实现单件级追溯。区内汽车零部件企业拟建设覆盖原材料、加工和装配的追溯系统，支持激光打码和数据实时上传。"
    / "Car-maker customers require part-level traceability. An auto-parts company in the zone plans a traceability system covering materials, machining and assembly, with laser marking and real-time data upload."
    "具备IATF 16949体系下追溯项目经验"
    / "Traceability projects under IATF 16949" },
    sc! { [] Vehicles none Government 150 - 400
    "新能源商用车充换电站建设运营"
    / "Charging and battery-swap stations for new-energy commercial vehicles"
    "{z}物流车和专用车电动化加快，现有充电设施不足。拟引入运营商在园区建设充换电站，采用特许经营模式，经营期10年。"
    / "Logistics and special vehicles in {z} are going electric quickly and charging capacity is short. The zone wants an operator to build charging and battery-swap stations under a ten-year concession."
    "具备充换电站投资运营经验"
    / "Experience investing in and running charging and swap stations" },
    sc! { [] Safety none Enterprise 80 - 250
    "企业安全生产风险智能感知预警"
    / "Smart risk sensing and early warning for workplace safety"
    "区内企业拟对有限空间、动火作业和危险区域实施智能视频监控，自动识别未佩戴防护用品、违规闯入等行为并实时报警。系统需与企业安全管理平台对接，形成隐患整改闭环。"
    / "A company in the zone wants smart video monitoring of confined spaces, hot work and hazardous areas that detects missing protective equipment, unauthorised entry and similar violations and raises alarms at once. It must connect to the company's safety management platform and close the loop on hazard rectification."
    "具备安全生产AI视频分析案例"
    / "References in AI video analytics for workplace safety" },
    sc! { [] Safety none Government 100 - 300
    "应急物资智能仓储与调度系统"
    / "Smart storage and dispatch of emergency supplies"
    "{z}应急物资储备库品类多，账实核对和调拨效率低。拟建设智能仓储和调度系统，实现物资实时盘点、有效期预警和一键调拨。"
    / "The emergency supplies depot of {z} holds many kinds of items, and stock checks and transfers are slow. It plans smart warehousing and dispatch with real-time stocktaking, expiry alerts and one-click allocation."
    "具备应急物资管理系统建设经验"
    / "Experience building emergency-supplies management systems" },
    sc! { [] Digital none Government 150 - 400
    "工业互联网标识解析应用推广"
    / "Rolling out industrial internet identifier resolution"
    "{z}拟推动区内企业接入工业互联网标识解析二级节点，在产品追溯、供应链管理等场景开展应用。服务方需完成不少于50家企业接入。"
    / "{z} wants companies in the zone to connect to a secondary node of the industrial internet identifier resolution system and use it for product traceability and supply-chain management. The provider must connect at least 50 companies."
    "具备标识解析二级节点建设或运营经验"
    / "Experience building or running a secondary identifier node" },
    sc! { [] Digital none Enterprise 100 - 300
    "算力资源调度与租赁服务平台"
    / "Computing-power scheduling and leasing platform"
    "区内数据中心拟建设算力调度平台，将闲置GPU资源以按需租赁方式提供给区内人工智能企业，并支持计量计费。平台需支持多租户隔离和安全审计。"
    / "A data centre in the zone plans a platform to lease idle GPU capacity on demand to AI companies in the zone, with metering and billing. It must support multi-tenant isolation and security audits."
    "具备算力调度平台开发经验"
    / "Experience developing computing-power scheduling platforms" },
    sc! { [] GreenFood none Enterprise 60 - 200
    "农产品冷库温湿度物联网监控"
    / "IoT temperature and humidity monitoring for farm-produce cold stores"
    "区内食品企业冷库分布分散，温湿度依靠人工记录。拟部署物联网监控系统，实现异常报警和数据追溯，满足食品安全监管要求。"
    / "A food company in the zone has scattered cold stores whose temperature and humidity are logged by hand. It wants IoT monitoring with alarms and traceable data that meets food-safety rules."
    "具备冷链物联网项目案例"
    / "Cold-chain IoT references" },
    sc! { [] GreenFood none Government 100 - 300
    "食品安全快检与追溯公共服务平台"
    / "Public rapid testing and traceability platform for food safety"
    "{z}拟建设食品安全快检与追溯公共服务平台，为区内中小食品企业提供农药残留、兽药残留快速检测和产品追溯码服务，降低企业合规成本。"
    / "{z} plans a public platform for rapid food-safety testing and traceability, giving small food companies quick pesticide and veterinary-drug residue tests and product trace codes at lower compliance cost."
    "具备食品检验检测机构资质"
    / "Accredited as a food testing body" },
    sc! { [] Chemicals none Government 150 - 400
    "化工园区VOCs在线监测与溯源"
    / "On-line VOC monitoring and source tracing in the chemical park"
    "{z}化工园区拟在边界和重点企业布设VOCs在线监测站点，结合气象数据实现污染溯源和预警。项目包括设备采购、平台建设和三年运维。"
    / "The chemical park of {z} plans on-line VOC monitoring stations along its boundary and at key companies, combined with weather data to trace sources and warn of pollution. The project covers equipment, a platform and three years of maintenance."
    "监测设备通过环境保护产品认证"
    / "Monitors certified as environmental protection products" },
    sc! { [] Chemicals none Enterprise 100 - 300
    "精细化工装置自动化控制升级"
    / "Automation upgrade of a fine-chemical unit"
    "区内化工企业部分间歇反应装置仍有人工操作环节。拟实施DCS改造并配置安全仪表系统（SIS），实现关键工序全流程自动化控制。"
    / "Some batch reactors at a chemical company in the zone still involve manual steps. It plans a DCS upgrade and a safety instrumented system (SIS) so that key processes are fully automated."
    "具备化工装置自动化改造资质和案例"
    / "Qualified for, and experienced in, automating chemical units" },
];

pub static AIR: &[Tpl] = &[
    sc! { [] LowAltitude air Government 80 - 250
    "园区无人机综合巡查服务"
    / "Drone patrols of the zone"
    "{z}拟采购无人机综合巡查服务，对园区安全生产、环境保护、违法建设和土地利用情况开展定期巡查。服务方需建立问题台账，并按月提交巡查报告。"
    / "{z} wants a drone patrol service that regularly checks workplace safety, environmental protection, illegal construction and land use across the zone. The provider will keep a log of issues and submit monthly reports." },
    sc! { [] LowAltitude air Enterprise 60 - 200
    "厂区输配电线路无人机自主巡检"
    / "Autonomous drone inspection of on-site power lines"
    "区内企业自有110千伏变电站及较长的厂区输配电线路，人工巡检存在登高风险。拟部署无人机机场实现自主巡检，自动识别绝缘子破损、异物悬挂等缺陷。"
    / "A company in the zone owns a 110 kV substation and long on-site power lines, and manual inspection means working at height. It wants drone docks for autonomous inspection that detect damaged insulators, foreign objects and other defects." },
    sc! { [] LowAltitude air Government 150 - 500
    "无人机应急救援与物资投送能力建设"
    / "Drone capability for emergency rescue and supply drops"
    "为提升突发事件处置能力，{z}拟组建无人机应急救援分队，配备侦察、照明、喊话和物资投送等多型无人机。服务方负责装备配置、人员培训和日常值守。"
    / "To respond better to emergencies, {z} plans a drone emergency-rescue unit with drones for reconnaissance, lighting, loudspeaker and supply drops. The provider will supply equipment, train staff and keep the unit on standby." },
    sc! { [] LowAltitude air Government 100 - 350
    "园区实景三维建模与无人机测绘"
    / "Drone surveying and 3D reality modelling of the zone"
    "{z}拟开展全域无人机倾斜摄影测量，建立厘米级实景三维模型，服务规划审批、招商展示和地下管网管理。成果需接入园区数字孪生平台。"
    / "{z} plans oblique drone photogrammetry of its whole area to build a centimetre-level 3D reality model for planning approval, investor presentations and underground utility management. The results must feed the zone's digital-twin platform."
    "具备乙级及以上测绘资质"
    / "Holds a surveying and mapping qualification of Grade B or above" },
    sc! { [] LowAltitude air Government 200 - 600
    "低空飞行服务站建设运营"
    / "Building and operating a low-altitude flight service station"
    "随着辖区无人机应用增多，飞行计划申报和空域协调需求明显增加。{c}拟依托高新区建设低空飞行服务站，提供飞行计划受理、气象情报和监视告警服务。"
    / "As drone use grows locally, so do flight-plan filings and airspace coordination. {c} plans a low-altitude flight service station based in the zone, handling flight plans, weather information and surveillance alerts." },
    sc! { [] Logistics air Enterprise 80 - 250
    "园区无人机即时配送试点"
    / "Pilot on-demand drone delivery in the zone"
    "区内企业分布分散，零部件和样品急件配送依赖同城快递。拟在园区试点无人机即时配送，连接主要企业和物流中心，单程配送时间控制在15分钟以内。"
    / "Companies in the zone are spread out, and urgent parts and samples go by local courier. A pilot of on-demand drone delivery will link the main companies and the logistics centre, with one-way delivery within 15 minutes." },
];

pub static RIVER: &[Tpl] = &[
    sc! { [] Logistics river Government 200 - 600
    "港区船舶岸电设施建设运营"
    / "Shore power for ships in the port area"
    "为减少靠港船舶燃油污染，{c}拟在{port}及锚地建设船舶岸电设施，并引入运营商负责设施运维和收费结算。系统需兼容低压和高压岸电接口。"
    / "To cut fuel pollution from ships at berth, {c} plans shore power at {port} and its anchorages, with an operator to maintain the facilities and handle billing. The system must support both low-voltage and high-voltage connections."
    "具备岸电工程施工及运维经验"
    / "Experience building and maintaining shore-power installations" },
    sc! { [] Logistics river Enterprise 150 - 500
    "内河船舶电动化改造技术服务"
    / "Electric-propulsion retrofits of inland vessels"
    "区内航运企业拟对部分{w}营运散货船实施纯电或混合动力改造，需合作方提供电池系统、电力推进和船舶设计送审服务。改造船舶须通过船舶检验机构检验。"
    / "A shipping company in the zone plans battery-electric or hybrid retrofits of some bulk carriers on the {w}. The partner will supply battery systems, electric propulsion and design work for approval; retrofitted ships must pass survey."
    "船用设备取得船级社或船检认可"
    / "Marine equipment approved by a classification society or the ship survey authority" },
    sc! { [] Logistics river Government 80 - 250
    "航道水下地形多波束测量服务"
    / "Multibeam bathymetric survey of the waterway"
    "为掌握{w}相关航段的通航条件，{c}拟开展年度多波束水下地形测量，识别浅点和碍航物。服务方需提交测量成果并提出航道维护建议。"
    / "To keep track of navigation conditions on the {w}, {c} will commission an annual multibeam bathymetric survey to find shoals and obstructions. The provider will deliver the survey data and recommend maintenance."
    "具备水下地形测量资质"
    / "Qualified for underwater topographic surveys" },
    sc! { [] Logistics river Enterprise 100 - 300
    "内河集装箱航线数字化订舱平台"
    / "Digital booking platform for inland container services"
    "区内外贸企业经{port}出运的集装箱逐年增加，但订舱、报关和拖车环节信息分散。拟建设数字化订舱平台，实现一站式下单和全程跟踪。"
    / "Exporters in the zone ship more containers through {port} every year, but booking, customs and trucking information is scattered. A digital booking platform will offer one-stop ordering and end-to-end tracking." },
];

pub static GENERAL: &[Tpl] = &[sc! { [] Logistics none Government 100 - 300
"园区公共仓储数字化管理平台"
/ "Digital platform for the zone's public warehouses"
"{z}公共仓储设施由多家主体运营，可用库容信息不透明。拟建设公共仓储数字化管理平台，发布可用库容并提供线上预约和租赁服务，提高仓储设施利用率。"
/ "Public warehouses in {z} are run by several operators and free capacity is hard to see. A digital platform will publish available space and offer online booking and leasing, raising utilisation." }];
