//! Zone-specific scenario templates for the Anhui, Henan, Shandong, Hubei and Shaanxi zones.

use super::Tpl;
use shared::model::{Industry, Party, Track};

pub static TEMPLATES: &[Tpl] = &[
    // Bengbu: silicon-based materials, electronics, smart equipment; Bengbu Port on the Huaihe.
    sc! { ["bengbu"] NewMaterials none Enterprise 200 - 600
    "超薄电子玻璃表面缺陷智能检测"
    / "Smart surface defect inspection for ultra-thin electronic glass"
    "区内硅基材料企业生产0.1毫米级超薄电子玻璃，对气泡、结石和划伤等微小缺陷的检测要求高。拟引入高分辨率在线检测设备和AI分类算法，实现全幅面检测。"
    / "A silicon-based materials company in the zone makes ultra-thin electronic glass around 0.1 mm thick and must catch tiny bubbles, stones and scratches. It wants high-resolution in-line inspection with AI classification covering the full width."
    "最小可检缺陷尺寸不大于10微米"
    / "Detects defects down to 10 µm"
    "具备玻璃或显示行业检测项目案例"
    / "Inspection references in the glass or display industry" },
    sc! { ["bengbu"] LowAltitude air Government 300 - 800
    "淮河{c}段无人机防汛巡查与应急监测服务"
    / "Drone flood patrols and emergency monitoring on the {c} reach of the Huaihe"
    "汛期淮河{c}段堤防巡查任务重，人工巡查覆盖不足。拟采购无人机巡查服务，对重点堤段和涵闸开展常态化巡飞和险情识别，并在应急状态下提供24小时影像回传。"
    / "In the flood season the Huaihe embankments in {c} need heavy patrolling that foot patrols cannot fully cover. The city wants a drone patrol service flying regular sorties over key embankments and sluices to spot hazards, with round-the-clock live video in emergencies."
    "具备水利或防汛无人机巡查项目经验"
    / "Experience in drone patrols for water management or flood control"
    "具备夜间及复杂气象条件飞行能力"
    / "Able to fly at night and in difficult weather" },
    sc! { ["bengbu"] NewMaterials none Government 500 - 1500
    "硅基新材料中试基地共享服务运营"
    / "Operating the shared pilot base for silicon-based materials"
    "{z}建设的硅基新材料中试基地即将投用，需引入专业运营机构。运营方负责中试线管理、对外承接中试项目，并为区内企业提供工艺放大服务。"
    / "The pilot base for silicon-based materials built by {z} is about to open and needs a professional operator. The operator will run the pilot lines, take in outside pilot projects and provide scale-up services to companies in the zone."
    "具备新材料中试平台运营经验"
    / "Experience running pilot platforms for new materials"
    "组建不少于10人的专职运营团队"
    / "A dedicated operating team of at least ten people" },
    sc! { ["bengbu"] Logistics river Enterprise 200 - 500
    "{port}集装箱码头智能闸口改造"
    / "Smart gate upgrade at the container terminal of {port}"
    "{port}集装箱码头闸口车辆排队时间长，人工核验效率低。拟建设智能闸口系统，实现车牌、箱号、铅封自动识别和无人化放行，单车通行时间缩短至30秒以内。"
    / "Trucks queue for long at the container terminal gate of {port}, where checks are done by hand. It plans a smart gate that reads plates, container numbers and seals automatically and lets trucks through unattended in under 30 seconds each."
    "具备港口智能闸口项目交付经验"
    / "Has delivered smart port gates" },
    // Chuzhou: new materials, new energy (PV), instruments; named by Anhui for low-altitude manufacturing.
    sc! { ["chuzhou"] LowAltitude air Government 600 - 1800
    "低空装备制造中试验证平台共建"
    / "Co-building a pilot and verification platform for low-altitude equipment"
    "安徽省低空经济实施方案将{c}列为低空制造配套城市。{z}拟共建低空装备中试验证平台，提供动力系统测试、结构强度试验和试飞场地，现征集共建运营合作方。"
    / "Anhui's plan for the low-altitude economy names {c} as a supporting city for low-altitude manufacturing. {z} plans a pilot and verification platform for low-altitude equipment with propulsion testing, structural strength tests and a flight-test field, and invites partners to co-build and operate it."
    "具备航空器或无人机试验验证能力"
    / "Able to test and verify aircraft or drones"
    "承诺在{z}注册运营主体"
    / "Commits to registering the operating company in {z}" },
    sc! { ["chuzhou"] NewEnergy none Enterprise 100 - 300
    "光伏组件EL与外观缺陷AI检测系统"
    / "AI detection of EL and visual defects in PV modules"
    "区内光伏组件企业产能扩张，层压前后的EL检测仍需人工复判。拟引入AI检测系统，自动识别隐裂、虚焊、黑片等缺陷，复判人力减少70%以上。"
    / "A PV module maker in the zone is expanding and still re-checks EL images by hand before and after lamination. It wants an AI system that finds micro-cracks, cold solder joints, dark cells and other defects automatically, cutting re-check staff by over 70%."
    "具备光伏组件EL检测项目案例"
    / "References in EL inspection of PV modules" },
    sc! { ["chuzhou"] NewEnergy air Enterprise 200 - 650
    "光伏电站无人机智能巡检与清洗服务"
    / "Drone inspection and cleaning for solar power plants"
    "区内企业在{c}及周边运营多座分布式与集中式光伏电站，人工巡检效率低。拟采购无人机红外巡检和清洗服务，自动识别热斑与遮挡并生成运维工单。"
    / "A company in the zone runs several distributed and utility-scale PV plants in and around {c}, and manual inspection is slow. It wants drone infrared inspection and cleaning that detect hot spots and shading automatically and raise maintenance work orders."
    "具备光伏电站无人机巡检案例"
    / "References in drone inspection of PV plants" },
    sc! { ["chuzhou"] Equipment none Government 150 - 400
    "智能仪器仪表计量校准数字化服务平台"
    / "Digital calibration service platform for smart instruments"
    "{z}仪器仪表企业集聚，产品出厂校准和计量溯源需求量大。拟建设数字化计量校准服务平台，提供在线预约、远程校准和电子证书服务。"
    / "{z} has a cluster of instrument makers with heavy demand for factory calibration and metrological traceability. It plans a digital calibration platform offering online booking, remote calibration and electronic certificates."
    "具备计量技术机构资质或合作资源"
    / "Accredited as a metrology body or partnered with one" },
    // Huainan: big data, NEV parts, new displays, life sciences; Yangtze–Huaihe Canal.
    sc! { ["huainan"] LowAltitude air Government 350 - 900
    "采煤沉陷区无人机遥感监测与生态修复评估"
    / "Drone remote sensing of coal-mining subsidence areas and restoration assessment"
    "{c}采煤沉陷区面积大，水域变化和生态修复成效需要持续监测。拟采购无人机航测与多光谱遥感服务，按季度生成沉陷区地形、水域和植被变化报告。"
    / "{c} has large coal-mining subsidence areas whose water bodies and ecological restoration need continuous monitoring. It wants drone surveying and multispectral remote sensing with quarterly reports on changes in terrain, water and vegetation."
    "具备乙级及以上测绘资质"
    / "Holds a surveying and mapping qualification of Grade B or above" },
    sc! { ["huainan"] Digital none Enterprise 300 - 900
    "数据中心液冷改造与能效优化"
    / "Liquid-cooling retrofit and energy optimisation of a data centre"
    "区内大数据中心部分机房PUE偏高，高密度算力机柜散热压力大。拟对部分机房实施液冷改造并部署智能能效管理系统，目标PUE降至1.25以下。"
    / "Some halls of a big-data centre in the zone run at a high PUE, and high-density compute racks are hard to cool. It plans a liquid-cooling retrofit of part of the halls and a smart energy-management system, targeting a PUE below 1.25."
    "具备数据中心液冷项目交付经验"
    / "Has delivered liquid-cooling projects in data centres"
    "改造期间保障业务不中断"
    / "Keeps services running during the retrofit" },
    sc! { ["huainan"] LowAltitude air Government 800 - 2500
    "低空智联网数字底座建设"
    / "Digital infrastructure for a connected low-altitude network"
    "{z}拟建设低空智联网数字底座，整合通信、导航、监视和气象感知能力，为无人机物流、巡检等应用提供统一的飞行服务保障。项目分两期实施，一期覆盖高新区全域。"
    / "{z} plans digital infrastructure for a connected low-altitude network, combining communications, navigation, surveillance and weather sensing to provide common flight services for drone logistics, inspection and other uses. It will be built in two phases, the first covering the whole zone."
    "具备低空飞行服务或空管相关系统建设经验"
    / "Experience building low-altitude flight-service or air-traffic systems"
    "方案须符合国家低空空域管理要求"
    / "The design complies with national rules on low-altitude airspace" },
    sc! { ["huainan"] Electronics none Enterprise 150 - 400
    "新型显示面板生产数据治理平台"
    / "Production data governance for a new-type display plant"
    "园区新型显示企业各工序系统独立、数据口径不一，难以支撑良率分析。拟建设生产数据治理平台，统一数据标准并实现良率根因分析。"
    / "A new-type display company in the zone runs separate systems in each process step with inconsistent data definitions, which hampers yield analysis. It plans a production data governance platform that unifies data standards and supports root-cause analysis of yield."
    "具备面板或半导体行业数据平台项目经验"
    / "Data-platform experience in the panel or semiconductor industry" },
    // Pingdingshan: electrical equipment, new chemicals, nylon; Sha River navigation restored.
    sc! { ["pingdingshan"] Equipment none Enterprise 100 - 300
    "高压开关设备局部放电在线监测系统"
    / "On-line partial-discharge monitoring for high-voltage switchgear"
    "区内电气装备企业拟在新一代GIS产品中集成局部放电在线监测功能。需合作方提供特高频传感器、信号处理算法和后台诊断软件，实现缺陷类型识别。"
    / "An electrical-equipment maker in the zone plans to build on-line partial-discharge monitoring into its next-generation GIS products. The partner will supply UHF sensors, signal-processing algorithms and diagnostic software that identify defect types."
    "具备电力设备状态监测产品"
    / "Has condition-monitoring products for power equipment" },
    sc! { ["pingdingshan"] NewMaterials none Enterprise 150 - 400
    "尼龙66切片生产过程质量大数据分析"
    / "Quality analytics for nylon 66 chip production"
    "园区尼龙新材料企业聚合工序参数多、批次间质量波动大。拟建设生产过程大数据分析系统，建立关键参数与相对黏度、端氨基等指标的关联模型，提升批次一致性。"
    / "A nylon materials company in the zone runs a polymerisation process with many parameters and noticeable batch-to-batch variation. It plans process analytics that link key parameters to relative viscosity, amine end groups and other indicators, to make batches more consistent."
    "具备化工或高分子行业工艺建模经验"
    / "Process-modelling experience in chemicals or polymers" },
    sc! { ["pingdingshan"] Chemicals none Government 200 - 500
    "化工园区危险化学品运输车辆智能监管"
    / "Smart supervision of hazardous-chemical vehicles in the chemical park"
    "为加强化工园区封闭化管理，{z}拟建设危险化学品运输车辆智能监管系统。系统需实现车辆预约入园、路径跟踪、停车场监控和异常报警。"
    / "To tighten closed management of its chemical park, {z} plans a smart supervision system for hazardous-chemical vehicles, with booked entry, route tracking, parking monitoring and alarms on anomalies."
    "具备化工园区智慧安监平台建设经验"
    / "Experience building smart safety-supervision platforms for chemical parks" },
    sc! { ["pingdingshan"] Logistics river Enterprise 150 - 400
    "{port}散货装卸作业自动化改造"
    / "Automation of bulk handling at {port}"
    "沙河复航后{port}散货运量增长，现有装卸设备自动化程度低、粉尘治理压力大。拟实施装船机自动化和封闭式输送改造，兼顾效率提升与环保达标。"
    / "Since navigation on the Sha River was restored, bulk volumes at {port} have grown, but the handling equipment is barely automated and dust is hard to control. It plans automated ship loaders and enclosed conveyors to raise efficiency and meet environmental standards."
    "具备港口散货装卸自动化项目经验"
    / "Experience automating bulk handling at ports" },
    // Xinyang: electronics, equipment, steel processing; Huaibin port on the upper Huaihe.
    sc! { ["xinyang"] NewMaterials none Enterprise 80 - 250
    "钢材精深加工车间智能排产系统"
    / "Smart scheduling for a steel deep-processing workshop"
    "区内钢材精深加工企业订单品种多、交期紧，人工排产难以兼顾设备负荷和交付。拟引入高级计划与排程（APS）系统，与ERP和MES集成，使订单准时交付率提升至95%以上。"
    / "A steel deep-processing company in the zone handles many product types on tight lead times, and manual scheduling cannot balance machine load and delivery. It wants an advanced planning and scheduling (APS) system integrated with ERP and MES, lifting on-time delivery above 95%."
    "具备钢铁或金属加工行业APS实施案例"
    / "APS references in steel or metalworking" },
    sc! { ["xinyang"] Electronics none Government 400 - 1000
    "电子信息产业园公共测试实验室共建运营"
    / "Co-building and operating a public test lab in the electronics park"
    "{z}电子信息企业以中小企业为主，产品可靠性和电磁兼容测试需送外地检测。拟共建公共测试实验室，由合作方投入设备并负责运营，区内企业享受优惠检测价格。"
    / "Electronics companies in {z} are mostly small and have to send products elsewhere for reliability and EMC testing. The zone plans a public test lab co-built with a partner who invests in the equipment and runs it, with discounted testing for companies in the zone."
    "具备检测实验室运营经验和CNAS资质"
    / "Experience running test labs, with CNAS accreditation" },
    sc! { ["xinyang"] Logistics river Government 100 - 300
    "{port}江淮运河集装箱航线货源组织服务"
    / "Cargo sourcing for Yangtze–Huaihe Canal container services at {port}"
    "{port}已开通经江淮运河的集装箱航线，但回程货源不足。拟委托专业机构开展货源组织，对接{c}电子信息、装备制造企业的进出口物流需求，提高航线班期密度。"
    / "{port} has opened container services via the Yangtze–Huaihe Canal but lacks backhaul cargo. A specialist will be commissioned to organise cargo from the import and export flows of electronics and equipment companies in {c}, so that sailings can become more frequent."
    "具备内河集装箱货代或航运经营资质"
    / "Licensed as an inland container forwarder or shipping operator" },
];
