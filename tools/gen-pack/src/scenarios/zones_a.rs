//! Zone-specific scenario templates for the Jiangsu zones, written from each zone's real leading
//! industries and its river and low-altitude notes. `{z}` is the zone, `{c}` the city, `{port}`
//! and `{w}` its port and waterway.

use super::Tpl;
use shared::model::{Industry, Party, Track};

pub static TEMPLATES: &[Tpl] = &[
    // Yancheng: smart terminals, high-end equipment, energy storage; secretariat of the alliance.
    sc! { ["yancheng"] NewEnergy none Enterprise 150 - 400
    "储能电池簇热失控早期预警系统联合验证"
    / "Joint validation of an early-warning system for thermal runaway in storage battery clusters"
    "区内一家储能系统集成企业拟在出厂测试线和用户侧储能电站部署电池簇热失控早期预警系统。系统需融合气体、温度、电压等多源数据，在热失控发生前10分钟以上发出预警。现征集具备算法与硬件一体化能力的合作方开展联合验证。"
    / "An energy-storage system integrator in the zone plans to deploy early warning of thermal runaway in battery clusters on its end-of-line test line and at customer-side storage stations. The system must fuse gas, temperature and voltage data and raise an alarm at least ten minutes before thermal runaway. Partners able to supply both the algorithms and the hardware are invited to a joint validation."
    "具备电化学储能安全监测产品及第三方检测报告"
    / "A safety-monitoring product for electrochemical storage, with third-party test reports"
    "可提供不少于3个储能电站的应用案例"
    / "References from at least three storage stations" },
    sc! { ["yancheng"] Electronics none Enterprise 80 - 260
    "智能终端SMT产线AI视觉缺陷检测改造"
    / "AI visual defect inspection for a smart-terminal SMT line"
    "园区智能终端企业现有SMT贴片产线依赖人工目检，漏检率偏高、人力成本上升。拟引入基于深度学习的AOI复判系统，覆盖焊点、极性、偏移等主要缺陷类型，目标将误报率降至5%以下。"
    / "A smart-terminal maker in the zone still relies on manual visual checks on its SMT lines, with too many escapes and rising labour costs. It wants a deep-learning AOI re-judgement system covering solder joints, polarity, offset and other main defect types, cutting false calls to below 5%."
    "具备3C电子行业AOI项目实施经验"
    / "Experience delivering AOI projects in consumer electronics"
    "支持与现有MES系统数据对接"
    / "Data interface to the existing MES" },
    sc! { ["yancheng"] NewEnergy none Government 200 - 600
    "零碳园区能碳管理平台建设"
    / "Energy and carbon management platform for a zero-carbon park"
    "{z}正在创建零碳园区，需要建设覆盖重点用能企业的能碳管理平台。平台应实现电、气、热分项计量接入、碳排放核算和绿电交易数据统计，并为企业提供减排诊断服务。"
    / "{z} is working towards a zero-carbon park and needs an energy and carbon management platform covering its major energy users. The platform must take in sub-metered electricity, gas and heat data, account for carbon emissions and track green-power trading, and offer companies emission-reduction diagnostics."
    "熟悉温室气体核算相关国家标准"
    / "Familiar with the national standards for greenhouse-gas accounting"
    "具备省级及以上园区能碳平台建设案例"
    / "Has built an energy and carbon platform for a park at provincial level or above" },
    // Xuzhou: safety technology and equipment; drone service firms in the safety-tech park.
    sc! { ["xuzhou"] Safety none Government 300 - 900
    "安全应急装备实战化测试验证场景开放"
    / "Live-condition test scenarios for safety and emergency equipment"
    "{z}依托国家安全科技产业园，拟向企业开放矿山救援、危化品泄漏处置、高层建筑灭火等实战化测试场景。入选企业可在真实或模拟环境中开展装备测试并形成第三方测试报告，支撑产品定型和市场推广。"
    / "Drawing on the national safety technology industrial park, {z} will open live-condition test scenarios to companies: mine rescue, hazardous-chemical spill response and high-rise firefighting. Selected companies can test equipment in real or simulated settings and obtain third-party test reports to support product finalisation and marketing."
    "产品属于安全应急装备重点领域"
    / "The product belongs to a key field of safety and emergency equipment"
    "具备样机并通过基本型式试验"
    / "A prototype that has passed basic type tests" },
    sc! { ["xuzhou"] Safety none Enterprise 200 - 500
    "煤矿井下智能巡检机器人应用示范"
    / "Demonstration of intelligent inspection robots in an underground coal mine"
    "区内矿山装备企业计划在合作矿井开展带式输送机、井下变电所等场所的机器人巡检示范。机器人需具备防爆认证，能识别托辊异响、温度异常和皮带跑偏等故障，并与矿井综合监控系统联动。"
    / "A mining-equipment company in the zone plans a demonstration of robotic inspection of belt conveyors and underground substations at a partner mine. The robots must be explosion-proof certified, detect idler noise, overheating and belt misalignment, and work with the mine's integrated monitoring system."
    "取得矿用产品安全标志证书"
    / "Holds the mining product safety mark certificate"
    "具备井下复杂环境导航定位能力"
    / "Navigation and positioning in complex underground conditions" },
    sc! { ["xuzhou"] LowAltitude air Government 100 - 300
    "安科园无人机消防救援协同演练服务"
    / "Drone support for joint fire-rescue drills in the safety technology park"
    "为检验无人机在火灾侦察、高空抛投和通信中继中的实战能力，{z}拟组织年度无人机消防救援协同演练。服务方需提供多型无人机、飞手及指挥调度系统，并形成演练评估报告。"
    / "To test drones in fire reconnaissance, high-altitude dropping and communications relay, {z} will organise an annual joint fire-rescue drill. The provider must supply several types of drones, pilots and a command-and-dispatch system, and deliver an evaluation report afterwards."
    "具备消防或应急救援无人机服务经验"
    / "Experience providing drones for firefighting or emergency rescue" },
    // Lianyungang: equipment, biomedicine, software, new materials; Suqian–Lianyungang channel.
    sc! { ["lianyungang"] Biomedicine none Enterprise 150 - 400
    "创新药研发数据管理与电子实验记录本系统"
    / "Data management and electronic lab notebook for innovative drug R&D"
    "园区一家创新药企业研发管线快速增长，现有纸质记录与分散存储难以满足数据完整性要求。拟建设电子实验记录本（ELN）与研发数据管理平台，并满足GxP合规审计要求。"
    / "An innovative-drug company in the zone has a fast-growing pipeline, and paper records with scattered storage no longer meet data-integrity requirements. It plans an electronic lab notebook (ELN) and an R&D data-management platform that pass GxP compliance audits."
    "具备医药行业计算机化系统验证（CSV）经验"
    / "Experience in computerised system validation (CSV) in pharma"
    "支持私有化部署"
    / "Supports on-premises deployment" },
    sc! { ["lianyungang"] NewMaterials none Enterprise 300 - 800
    "碳纤维复合材料构件自动铺放产线改造"
    / "Automated fibre placement line for carbon-fibre composite parts"
    "区内复合材料企业拟将风电叶片和轨道交通构件的手工铺层工序改造为自动铺放产线。需提供铺放设备、工艺软件及在线质量监测的整体方案，单件铺层效率提升50%以上。"
    / "A composites company in the zone wants to replace hand lay-up of wind-blade and rail-transit parts with an automated fibre placement line. The solution must cover placement equipment, process software and in-line quality monitoring, and raise lay-up productivity by at least 50%."
    "具备复合材料自动铺放设备交付案例"
    / "Has delivered automated fibre placement equipment before"
    "提供工艺调试与操作人员培训"
    / "Provides process commissioning and operator training" },
    sc! { ["lianyungang"] Logistics air Government 120 - 350
    "跨省无人机物流航线常态化运营服务"
    / "Regular operation of a cross-provincial drone logistics route"
    "{c}已开通至山东临沭的跨省无人机物流航线，拟在高新区周边增设起降点并实现常态化运营。服务方负责航线运营、货物装卸和安全管理，日均飞行不少于10架次。"
    / "{c} has opened a cross-provincial drone logistics route to Linshu in Shandong and plans to add landing points around the zone and fly it on a regular schedule. The provider will operate the route and handle loading, unloading and safety, with at least ten flights a day."
    "具备物流无人机运营资质及跨区域航线运营经验"
    / "Licensed to operate logistics drones, with experience of cross-regional routes" },
    // Huai'an: electronics, high-end equipment, NEV parts; Huai'an New Port on the Grand Canal.
    sc! { ["huaian"] Vehicles none Enterprise 200 - 500
    "新能源汽车零部件产线数字孪生改造"
    / "Digital-twin upgrade of an NEV components line"
    "区内新能源汽车零部件企业拟对电驱壳体加工产线进行数字孪生改造，实现设备状态、节拍和质量数据的实时映射。改造后需支持产线虚拟调试和换型仿真，换型时间缩短30%。"
    / "A new-energy vehicle parts maker in the zone plans a digital twin of its e-drive housing machining line, mirroring equipment status, takt and quality data in real time. After the upgrade the twin must support virtual commissioning and changeover simulation, cutting changeover time by 30%."
    "具备汽车零部件行业数字孪生项目案例"
    / "Digital-twin references in the auto-parts industry"
    "符合IATF 16949质量体系要求"
    / "Compliant with IATF 16949" },
    sc! { ["huaian"] Electronics none Enterprise 60 - 180
    "半导体封测车间洁净环境智能监测"
    / "Smart cleanroom monitoring for a semiconductor packaging and test plant"
    "园区封测企业需对洁净车间的粒子数、温湿度、压差和静电进行连续监测。系统应支持超限自动报警和历史数据追溯，满足客户审核要求。"
    / "A packaging and test company in the zone needs continuous monitoring of particle counts, temperature, humidity, pressure differentials and static in its cleanrooms. The system must raise alarms on limit breaches and keep traceable history for customer audits."
    "传感器具备有效计量校准证书"
    / "Sensors with valid calibration certificates"
    "具备电子洁净厂房项目经验"
    / "Experience in electronics cleanroom projects" },
    sc! { ["huaian"] Logistics river Enterprise 150 - 400
    "{port}集装箱堆场智能理货系统"
    / "Smart tallying for the container yard at {port}"
    "{port}集装箱吞吐量持续增长，堆场理货仍以人工抄录为主。拟建设基于视觉识别的箱号、箱型与残损自动识别系统，并与港口生产管理系统对接，实现理货无纸化。"
    / "Container volumes at {port} keep growing while yard tallying is still done by hand. The port wants vision-based recognition of container numbers, types and damage, connected to its terminal operating system, to make tallying paperless."
    "具备港口集装箱箱号识别项目经验"
    / "Experience with container-number recognition at ports"
    "识别准确率不低于99%"
    / "Recognition accuracy of at least 99%" },
    // Taizhou Medical HTZ: vaccines, diagnostics and devices, biologics, modern TCM.
    sc! { ["taizhou"] Biomedicine none Enterprise 120 - 350
    "疫苗冷链全程温控追溯平台"
    / "End-to-end temperature traceability for the vaccine cold chain"
    "区内疫苗生产企业需要对从成品库到疾控机构的全程冷链进行温度监控和追溯。平台须对接国家疫苗追溯协同服务平台，实现温度超限实时预警和责任追溯。"
    / "A vaccine maker in the zone needs temperature monitoring and traceability across the whole cold chain from its finished-goods store to disease-control centres. The platform must connect to the national vaccine traceability platform, raise real-time alarms on temperature excursions and trace responsibility."
    "具备医药冷链信息化项目经验"
    / "Experience in pharmaceutical cold-chain IT"
    "温度记录设备符合药品经营质量管理规范（GSP）要求"
    / "Temperature loggers that comply with Good Supply Practice (GSP)" },
    sc! { ["taizhou"] Biomedicine none Government 300 - 800
    "医疗器械注册检验公共服务平台能力提升"
    / "Capacity upgrade of the public testing platform for medical-device registration"
    "{z}拟提升医疗器械公共检验平台能力，新增电磁兼容和有源器械安全检测项目。现征集具备资质的检测机构或设备供应商参与共建运营，缩短区内企业注册检验周期。"
    / "{z} plans to expand its public testing platform for medical devices with electromagnetic-compatibility and active-device safety testing. Accredited testing bodies or equipment suppliers are invited to co-build and operate it, shortening registration testing times for companies in the zone."
    "具备CMA/CNAS资质或可协助取得"
    / "Holds CMA/CNAS accreditation or can help obtain it"
    "承诺在园区设立服务团队"
    / "Commits to a service team in the zone" },
    sc! { ["taizhou"] Biomedicine none Enterprise 400 - 1200
    "生物药连续化生产工艺开发与验证"
    / "Development and validation of a continuous bioprocess"
    "园区一家生物药CDMO企业拟将单抗下游纯化由批次工艺升级为连续流工艺。需合作方提供工艺开发、设备集成和工艺验证服务，满足中美欧申报要求。"
    / "A biologics CDMO in the zone plans to move downstream purification of monoclonal antibodies from batch to continuous processing. The partner will provide process development, equipment integration and process validation that meet filing requirements in China, the US and the EU."
    "具备连续层析等连续化工艺项目经验"
    / "Experience with continuous chromatography or similar continuous processes" },
    sc! { ["taizhou"] Logistics air Government 80 - 250
    "医疗物资无人机院际配送试点"
    / "Pilot drone delivery of medical supplies between hospitals"
    "为缩短检验样本和急救血液的转运时间，{c}拟在高新区及周边医疗机构之间开通无人机配送航线。服务方需提供专用医疗配送无人机、温控货箱和航线运营服务。"
    / "To shorten transfer times for lab samples and emergency blood, {c} plans drone delivery routes between medical institutions in and around the zone. The provider must supply medical delivery drones, temperature-controlled boxes and route operations."
    "货箱具备温度记录与生物安全防护功能"
    / "Boxes with temperature logging and biosafety protection" },
    // Suqian: machinery, food and beverages, film materials; Suqian Canal Port.
    sc! { ["suqian"] NewMaterials none Enterprise 100 - 300
    "功能性薄膜在线缺陷检测系统"
    / "In-line defect inspection for functional films"
    "区内薄膜材料企业生产BOPP、BOPET功能膜，幅宽大、车速高，人工抽检难以发现晶点、划伤等缺陷。拟引入在线表面缺陷检测系统，实现缺陷自动分类和位置标记。"
    / "A film maker in the zone produces BOPP and BOPET functional films at wide widths and high line speeds, where manual sampling misses gels, scratches and similar defects. It wants in-line surface inspection that classifies defects automatically and marks their positions."
    "系统适应8米以上幅宽、400米/分钟以上车速"
    / "Handles widths above 8 m and line speeds above 400 m/min" },
    sc! { ["suqian"] GreenFood none Enterprise 150 - 450
    "饮料包装线柔性化智能改造"
    / "Flexible smart upgrade of a beverage packaging line"
    "园区食品饮料企业产品规格多、小批量订单增加，现有包装线换型耗时长。拟实施柔性化改造，实现多规格快速切换和视觉检测，换型时间控制在20分钟以内。"
    / "A food and beverage company in the zone has many product sizes and more small-batch orders, and its packaging line takes too long to change over. It plans a flexible upgrade with quick multi-format changeover and vision inspection, keeping changeovers under 20 minutes."
    "设备符合食品接触材料卫生要求"
    / "Equipment meets hygiene requirements for food-contact materials" },
    sc! { ["suqian"] Logistics river Government 200 - 500
    "{port}多式联运信息平台建设"
    / "Multimodal information platform for {port}"
    "为提升{port}集装箱水铁公联运效率，{c}拟建设多式联运信息平台，打通港口、铁路货场和园区企业之间的订舱、调度与结算数据。平台上线后应支持“一单制”全程运输服务。"
    / "To speed up container transfers between water, rail and road at {port}, {c} plans a multimodal information platform linking booking, dispatch and settlement data between the port, rail freight yards and companies in the zone. Once live, it must support single-document through transport."
    "具备多式联运或港口物流信息化项目经验"
    / "Experience in multimodal or port logistics IT" },
    // Yangzhou: CNC forming machines, biotechnology, optoelectronics.
    sc! { ["yangzhou"] Equipment none Enterprise 120 - 350
    "数控成形机床远程运维与预测性维护平台"
    / "Remote and predictive maintenance platform for CNC forming machines"
    "区内数控成形机床企业的设备销往全国，售后响应依赖工程师现场服务。拟建设设备远程运维平台，采集主电机、液压系统和滑块运行数据，实现故障预测和远程诊断。"
    / "A CNC forming-machine maker in the zone has machines installed across China, and after-sales response still depends on engineers on site. It plans a remote maintenance platform that collects main-motor, hydraulic and slide data for failure prediction and remote diagnosis."
    "具备工业设备物联网平台项目经验"
    / "Experience with industrial IoT platforms for machinery"
    "支持边缘计算网关部署"
    / "Supports edge-computing gateways" },
    sc! { ["yangzhou"] Electronics none Enterprise 60 - 200
    "光电器件可靠性加速老化测试服务"
    / "Accelerated ageing tests for optoelectronic devices"
    "园区光电企业开发的新型LED与光通信器件需进行高温高湿、温度循环等可靠性验证。拟采购第三方加速老化测试服务，并建立器件寿命预测模型。"
    / "An optoelectronics company in the zone needs reliability tests, such as damp heat and temperature cycling, for new LEDs and optical-communication devices. It wants third-party accelerated ageing tests and a lifetime prediction model."
    "测试机构具备CNAS认可资质"
    / "The test laboratory is CNAS-accredited" },
    sc! { ["yangzhou"] Biomedicine none Government 150 - 400
    "生物技术公共实验平台共享服务运营"
    / "Operating the shared biotechnology laboratory platform"
    "{z}建有生物技术公共实验平台，现有细胞培养、分子检测等设备利用率不高。拟引入专业运营团队，面向区内初创企业提供设备共享、委托实验和技术培训服务。"
    / "{z} runs a public biotechnology laboratory whose cell-culture and molecular-testing equipment is under-used. It wants a professional operator to offer equipment sharing, contract experiments and training to start-ups in the zone."
    "具备科研仪器共享平台运营经验"
    / "Experience operating shared research-instrument platforms" },
];
