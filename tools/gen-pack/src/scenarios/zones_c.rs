//! Zone-specific scenario templates for Nanyang, Jining, Zaozhuang, Linyi, Suizhou and Sanyuan.

use super::Tpl;
use shared::model::{Industry, Party, Track};

pub static TEMPLATES: &[Tpl] = &[
    // Nanyang: optical components, explosion-proof electric drives; south-west Henan airports.
    sc! { ["nanyang"] Electronics none Enterprise 200 - 600
    "光学镜头自动化装调与检测设备研制"
    / "Automated assembly, alignment and test equipment for optical lenses"
    "区内光学元器件企业车载与安防镜头产量大，装调和MTF检测仍以人工为主。拟联合研制自动化装调检测设备，单线效率提升一倍，良率稳定在98%以上。"
    / "An optical-component maker in the zone produces automotive and security lenses in volume, with alignment and MTF testing still largely manual. It wants to co-develop automated alignment and test equipment that doubles line output and holds yield above 98%."
    "具备光学检测设备研发能力"
    / "Able to develop optical test equipment" },
    sc! { ["nanyang"] Equipment none Enterprise 300 - 800
    "防爆电机智能制造车间数字化升级"
    / "Digital upgrade of an explosion-proof motor plant"
    "区内防爆电机企业拟对定子绕线、浸漆和总装工序实施数字化升级。需建设覆盖全工序的制造执行系统（MES），并实现防爆合格证信息的全程追溯。"
    / "An explosion-proof motor maker in the zone plans a digital upgrade of stator winding, varnish impregnation and final assembly. It needs a manufacturing execution system (MES) covering all processes, with full traceability of explosion-proof certificates."
    "具备电机行业MES实施案例"
    / "MES references in the motor industry" },
    sc! { ["nanyang"] LowAltitude air Government 150 - 400
    "伏牛山低空文旅航线策划与运营"
    / "Planning and operating low-altitude sightseeing routes in the Funiu Mountains"
    "河南省通用航空规划将南阳、平顶山的通用机场列为豫西南集群，服务伏牛山低空旅游。{c}拟征集运营方，策划直升机与固定翼观光航线并开展市场推广。"
    / "Henan's general-aviation plan groups the general airports of Nanyang and Pingdingshan into a south-west Henan cluster serving low-altitude tourism in the Funiu Mountains. {c} is looking for an operator to design helicopter and fixed-wing sightseeing routes and market them."
    "具备通用航空经营许可证"
    / "Holds a general-aviation operating licence" },
    // Jining: construction machinery, medicine, materials and energy, IT; shipping industry brain.
    sc! { ["jining"] Logistics river Government 300 - 800
    "内河航运产业大脑船舶能效监测模块建设"
    / "Ship energy-efficiency module for the inland-shipping industry brain"
    "{z}的工程机械与现代内河航运产业大脑入选省级试点。拟新增船舶能效监测模块，接入{w}济宁段营运船舶的油耗、航速和载货数据，为船舶更新改造和绿色航运提供数据支撑。"
    / "The construction machinery and modern inland shipping industry brain of {z} was selected as a provincial pilot. It will add a ship energy-efficiency module taking in fuel use, speed and cargo data from vessels on the Jining section of the {w}, to inform fleet renewal and greener shipping."
    "具备航运或船舶信息化项目经验"
    / "Experience in shipping or vessel IT"
    "数据接口符合产业大脑技术规范"
    / "Data interfaces conform to the industry-brain specification" },
    sc! { ["jining"] Equipment none Enterprise 150 - 400
    "工程机械再制造件质量检测与溯源"
    / "Quality testing and traceability for remanufactured construction-machinery parts"
    "区内工程机械企业开展液压件、发动机再制造业务，需建立再制造件无损检测和全生命周期溯源体系。拟引入检测设备与溯源平台，支撑再制造产品认证。"
    / "A construction-machinery company in the zone remanufactures hydraulic components and engines and needs non-destructive testing and life-cycle traceability for the parts. It plans test equipment and a traceability platform to support certification of remanufactured products."
    "具备无损检测或再制造领域项目经验"
    / "Experience in non-destructive testing or remanufacturing" },
    sc! { ["jining"] Biomedicine none Enterprise 100 - 300
    "原料药车间连续流反应工艺改造"
    / "Continuous-flow reaction retrofit in an API workshop"
    "区内医药企业部分原料药合成步骤放热剧烈、收率偏低。拟引入微通道连续流反应技术，提升本质安全水平和产品收率。"
    / "At a pharmaceutical company in the zone, some API synthesis steps are strongly exothermic and give low yields. It wants microchannel continuous-flow reactors to improve inherent safety and yield."
    "具备连续流工艺开发及工程放大案例"
    / "References in continuous-flow development and scale-up" },
    // Zaozhuang: lithium batteries (leading industry), new medicine; low-altitude power valley.
    sc! { ["zaozhuang"] NewEnergy none Enterprise 150 - 400
    "锂电池极片涂布缺陷在线检测"
    / "In-line defect inspection for lithium-battery electrode coating"
    "区内锂电企业扩产后，极片涂布工序对漏箔、划痕、气泡等缺陷的检测要求提高。拟引入在线视觉检测和面密度测量系统，实现缺陷闭环控制。"
    / "After expanding capacity, a lithium-battery maker in the zone needs better detection of bare foil, scratches, bubbles and similar defects in electrode coating. It wants in-line vision inspection and areal-density measurement with closed-loop defect control."
    "具备锂电行业视觉检测项目案例"
    / "Vision-inspection references in the lithium-battery industry" },
    sc! { ["zaozhuang"] LowAltitude air Enterprise 300 - 800
    "山区输电线路施工无人直升机物资吊运服务"
    / "Unmanned-helicopter lifting for power-line construction in hilly terrain"
    "区内电力工程企业承建的山区输电线路施工点多、道路条件差，塔材运输依赖索道和人力。拟采购重载无人直升机吊运服务，单次吊运能力不低于200公斤，缩短施工周期。"
    / "A power-engineering company in the zone is building transmission lines in hilly terrain with many sites and poor roads, where tower parts are carried by ropeway and by hand. It wants a heavy-lift unmanned-helicopter service lifting at least 200 kg per sortie, to shorten construction."
    "具备重载无人机吊运作业经验"
    / "Experience with heavy-lift drone operations" },
    sc! { ["zaozhuang"] NewEnergy none Government 100 - 300
    "退役动力电池梯次利用检测评估服务"
    / "Testing and grading of retired traction batteries for second-life use"
    "依托锂电首位产业，{z}拟建设退役动力电池梯次利用检测评估中心。需合作方提供快速检测设备、健康状态评估模型和溯源管理服务。"
    / "Building on its leading lithium-battery industry, {z} plans a centre to test and grade retired traction batteries for second-life use. The partner will supply rapid testing equipment, state-of-health models and traceability management."
    "符合新能源汽车动力蓄电池回收利用管理要求"
    / "Complies with the rules on recycling of EV traction batteries" },
    sc! { ["zaozhuang"] Logistics river Enterprise 100 - 300
    "{port}件杂货码头智慧调度系统"
    / "Smart dispatch for the general-cargo terminal at {port}"
    "{port}件杂货作业船型多、货类杂，泊位与装卸机械调度依赖经验。拟建设智慧调度系统，实现船舶计划、泊位分配和装卸机械的协同调度。"
    / "The general-cargo terminal at {port} handles many ship types and cargo kinds, and berth and equipment dispatch depends on experience. It plans a smart dispatch system that coordinates ship schedules, berth allocation and handling equipment."
    "具备港口生产调度系统实施经验"
    / "Experience implementing port operations systems" },
    // Linyi: magnetic electronics, health, equipment; city plan for drone logistics routes.
    sc! { ["linyi"] Logistics air Government 200 - 600
    "城乡低空物流配送航线运营"
    / "Operating urban–rural low-altitude logistics delivery routes"
    "临沂市低空经济三年行动方案提出建设不少于10条无人机物流航线。{z}拟以园区为枢纽，开通至周边乡镇的无人机配送航线，服务电商快递和医药配送。"
    / "Linyi's three-year action plan for the low-altitude economy calls for at least ten drone logistics routes. {z} plans to act as the hub for drone delivery routes to surrounding towns, serving e-commerce parcels and medicines."
    "具备物流无人机运营合格证"
    / "Holds an operating certificate for logistics drones" },
    sc! { ["linyi"] Electronics none Enterprise 100 - 300
    "磁性材料烧结工序能耗优化"
    / "Energy optimisation of sintering for magnetic materials"
    "区内磁性材料企业的烧结窑炉能耗占总能耗的六成以上。拟引入窑炉燃烧优化与余热回收方案，在保证磁性能一致性的前提下使单位产品能耗下降10%。"
    / "Sintering kilns account for more than 60% of the energy used by a magnetic-materials company in the zone. It wants combustion optimisation and waste-heat recovery that cut energy per unit by 10% without affecting the consistency of magnetic properties."
    "具备工业窑炉节能改造案例"
    / "References in energy-saving retrofits of industrial kilns" },
    sc! { ["linyi"] LowAltitude air Government 300 - 700
    "低空数字化起降平台建设与运营"
    / "Building and operating digital take-off and landing platforms"
    "{z}拟在园区及周边布设一批数字化起降平台，具备自动换电、气象监测和远程值守功能。项目采用“建设+运营”模式，运营期不少于5年。"
    / "{z} plans a set of digital take-off and landing platforms in and around the park, with automatic battery swapping, weather monitoring and remote supervision. The project follows a build-and-operate model with at least five years of operation."
    "具备无人机机场（机巢）产品及部署案例"
    / "Drone dock products with deployment references" },
    // Suizhou: special and emergency vehicles, electronics, bio-agriculture; Hubei low-altitude pilot.
    sc! { ["suizhou"] LowAltitude air Government 120 - 350
    "高新区供热管网无人机智能巡检服务"
    / "Smart drone inspection of the zone's heat-supply network"
    "{z}集中供热管网覆盖主要工业企业，人工巡线难以及时发现保温层破损和泄漏点。拟采购无人机红外巡检服务，定期识别管网热损异常并生成维修工单，供热期加密巡检。"
    / "The district heating network of {z} serves its main industrial users, and foot patrols are slow to find damaged insulation and leaks. It wants a drone infrared inspection service that regularly detects abnormal heat loss and raises repair orders, flying more often in the heating season."
    "具备管网红外巡检项目经验"
    / "Experience in infrared pipeline inspection" },
    sc! { ["suizhou"] Vehicles none Enterprise 150 - 400
    "应急专用车辆远程监控与调度平台"
    / "Remote monitoring and dispatch platform for special emergency vehicles"
    "区内专用汽车企业生产的移动应急装备销往全国，用户希望实时掌握车辆状态和作业情况。拟建设车联网监控与调度平台，支持上装设备数据采集、远程诊断和应急调度。"
    / "A special-vehicle maker in the zone sells mobile emergency equipment nationwide, and customers want to see vehicle status and operations in real time. It plans a connected-vehicle monitoring and dispatch platform with data from mounted equipment, remote diagnosis and emergency dispatch."
    "符合车载终端相关国家标准"
    / "Complies with national standards for on-board terminals" },
    sc! { ["suizhou"] Safety none Government 200 - 600
    "移动应急装备实景测试场景开放"
    / "Real-world test scenarios for mobile emergency equipment"
    "{z}拟利用园区道路、厂房和训练场地，为移动应急装备提供野外供电、应急通信、移动指挥等实景测试场景。入选企业可获得测试数据和应用推荐。"
    / "{z} will use roads, buildings and training grounds in the zone as real-world test settings for mobile emergency equipment: field power supply, emergency communications and mobile command. Selected companies receive test data and recommendations for adoption."
    "产品已完成样车或样机试制"
    / "A prototype vehicle or unit has been built" },
    sc! { ["suizhou"] GreenFood none Enterprise 80 - 250
    "香菇精深加工生产线智能化改造"
    / "Smart upgrade of a shiitake processing line"
    "区内生物农业企业以香菇等食用菌精深加工为主，分拣、烘干工序用工多、品质波动大。拟引入视觉分级和智能烘干控制系统，提升产品一致性和出口合格率。"
    / "A bio-agriculture company in the zone processes shiitake and other edible fungi, with labour-intensive, uneven sorting and drying. It wants vision-based grading and smart drying control to make products more consistent and raise the export pass rate."
    "设备符合食品生产许可相关要求"
    / "Equipment meets food-production licensing requirements" },
    // Sanyuan (guest): green food, new manufacturing, biomedicine; robot innovation institute.
    sc! { ["sanyuan"] GreenFood none Government 50 - 150
    "食品企业产品碳足迹核算与认证服务"
    / "Product carbon footprints and certification for food companies"
    "{z}为企业提供ISO认证、碳核算等一站式服务，拟为区内绿色食品企业开展产品碳足迹核算。服务方需完成核算、出具报告并协助企业取得相关认证。"
    / "{z} offers one-stop services such as ISO certification and carbon accounting and now plans product carbon footprints for green-food companies in the zone. The provider will do the accounting, issue reports and help companies obtain certification."
    "具备碳足迹核算或认证机构资质"
    / "Qualified as a carbon-footprint verifier or certification body" },
    sc! { ["sanyuan"] Equipment none Enterprise 150 - 400
    "工业机器人在食品包装产线的示范应用"
    / "Industrial robots on a food packaging line"
    "区内食品企业拟在装箱、码垛工序引入工业机器人，替代高强度人工作业。现征集机器人集成商提供整体方案，并可联合园区智能机器人创新研究院开展验证。"
    / "A food company in the zone wants industrial robots for case packing and palletising to replace heavy manual work. Robot integrators are invited to propose complete solutions, which can be validated with the zone's intelligent robot innovation institute."
    "具备食品行业机器人集成案例"
    / "Robot-integration references in the food industry" },
    sc! { ["sanyuan"] Biomedicine none Enterprise 80 - 250
    "中药饮片生产过程质量追溯系统"
    / "Production quality traceability for TCM decoction pieces"
    "区内中药企业拟建设覆盖药材采购、炮制、包装全过程的质量追溯系统。系统应实现批次赋码和关键工艺参数记录，满足药品追溯监管要求。"
    / "A traditional Chinese medicine company in the zone plans quality traceability covering sourcing, processing and packaging of herbs. The system must assign batch codes and record critical process parameters, meeting regulatory traceability requirements for medicines."
    "具备药品追溯系统实施案例"
    / "References in medicine traceability systems" },
    sc! { ["sanyuan"] GreenFood air Enterprise 60 - 200
    "植保无人机统防统治服务"
    / "Drone crop-protection services"
    "区内农业龙头企业在周边流转的粮食和果园基地需开展病虫害统防统治。拟采购植保无人机飞防服务，覆盖面积约2万亩，并提供作业轨迹和用药记录。"
    / "A leading agricultural company in the zone needs unified pest and disease control on the grain fields and orchards it farms nearby. It wants drone spraying over about 20,000 mu, with flight tracks and pesticide records."
    "飞手持有植保无人机操作证书"
    / "Pilots certified for crop-protection drones" },
];
