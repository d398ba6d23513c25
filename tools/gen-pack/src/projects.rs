//! Inland-river and low-altitude investment projects. Each zone gets the project kinds its river
//! and low-altitude notes make plausible (see `profiles.rs`).

use shared::model::{Project, ProjectKind, ProjectStage, ProjectStatus, Seeking};
use shared::values::{Mu, Wan};

use crate::util::{date_between, dn, nice_wan, verified, Ctx, Desk, Rng};

pub struct Tpl {
    /// Zones this template was written for (they get it first); empty means any zone.
    pub zones: &'static [&'static str],
    pub kind: ProjectKind,
    /// Total investment range in 万元.
    pub investment: (f64, f64),
    pub land_mu: Option<(f64, f64)>,
    pub months: (u32, u32),
    /// What the project may seek, most likely first.
    pub seeking: &'static [Seeking],
    pub title: (&'static str, &'static str),
    pub summary: (&'static str, &'static str),
}

macro_rules! pj {
    (@land none) => { None };
    (@land $lo:literal - $hi:literal) => { Some(($lo as f64, $hi as f64)) };
    ([$($z:literal),*] $kind:ident inv $ilo:literal - $ihi:literal land [$($land:tt)*] months $mlo:literal - $mhi:literal
     seek [$($seek:ident)+]
     $tz:literal / $te:literal
     $sz:literal / $se:literal) => {
        Tpl {
            zones: &[$($z),*],
            kind: ProjectKind::$kind,
            investment: ($ilo as f64, $ihi as f64),
            land_mu: pj!(@land $($land)*),
            months: ($mlo, $mhi),
            seeking: &[$(Seeking::$seek),+],
            title: ($tz, $te),
            summary: ($sz, $se),
        }
    };
}

pub static TEMPLATES: &[Tpl] = &[
    pj! { [] PortTerminal inv 60000 - 200000 land [150 - 400] months 24 - 36
    seek [Equity Epc Operator]
    "{port}集装箱作业区扩建工程"
    / "Container terminal expansion at {port}"
    "拟新建千吨级集装箱泊位及配套堆场、闸口和生产辅助设施，提升{w}沿线集装箱水运能力。项目建成后将服务{z}及周边企业的集装箱进出口运输。"
    / "New 1,000-tonne-class container berths with yard, gate and support facilities will add container capacity on the {w}. Once built the terminal will serve the container imports and exports of {z} and nearby companies." },
    pj! { [] PortTerminal inv 15000 - 60000 land [none] months 12 - 24 seek [Epc Operator]
    "{port}多用途码头智慧化改造"
    / "Smart upgrade of the multipurpose terminal at {port}"
    "对现有多用途码头实施装卸设备自动化、远程操控和智慧调度改造，同步建设港口生产管理系统。改造后码头作业效率预计提升20%以上。"
    / "The existing multipurpose terminal gets automated handling equipment, remote control and smart dispatch, together with a terminal operating system. Productivity is expected to rise by more than 20%." },
    pj! { [] PortTerminal inv 40000 - 150000 land [100 - 300] months 24 - 36
    seek [JointVenture Epc Equity]
    "{port}临港散货及件杂货码头工程"
    / "Bulk and general-cargo terminal at {port}"
    "拟建设千吨级散货和件杂货泊位及配套仓储设施，重点服务建材、钢材和装备制造产品的水路运输。项目采用封闭式输送和堆存，满足绿色港口建设要求。"
    / "Planned 1,000-tonne-class berths for bulk and general cargo with storage, mainly for building materials, steel and machinery. Enclosed conveying and storage will meet green-port standards." },
    pj! { ["xinyang", "bengbu", "huainan", "suqian", "jining"] Shipping
    inv 5000 - 20000 land [none] months 6 - 18
    seek [Operator JointVenture Equity]
    "{w}集装箱班轮航线加密运营合作"
    / "More sailings on container liner services along the {w}"
    "拟与航运企业合资组建航线运营公司，加密{port}至长江下游主要港口的集装箱班轮航线，逐步实现天天班。项目需投入新建或租赁的内河集装箱船舶。"
    / "A joint venture with a shipping company will add sailings on container services from {port} to the main ports of the lower Yangtze, working towards daily departures. The venture will need new or chartered inland container ships." },
    pj! { [] Shipping inv 8000 - 30000 land [none] months 12 - 24 seek [Operator Equity]
    "{w}江海河联运航线开发"
    / "River–sea through services on the {w}"
    "依托{w}高等级航道，开发内河港口与沿海港口之间的江海河联运航线，配置适航的江海直达船舶。项目由运营方组建船队并负责揽货和航线运营。"
    / "Using the high-class {w}, the project develops through services between inland and coastal ports with suitable river–sea ships. The operator assembles the fleet, sources cargo and runs the services." },
    pj! { [] WaterwayLogistics inv 30000 - 120000 land [150 - 400] months 24 - 36
    seek [Equity JointVenture Operator]
    "{c}临港多式联运物流园"
    / "{c} port-side multimodal logistics park"
    "项目毗邻{port}，规划建设集装箱堆场、保税仓储、冷链仓库和公铁水联运设施。建成后将为{z}企业提供门到港一体化物流服务。"
    / "Next to {port}, the park will have a container yard, bonded warehousing, cold stores and road–rail–water transfer facilities. It will give companies in {z} integrated door-to-port logistics." },
    pj! { [] WaterwayLogistics inv 20000 - 80000 land [100 - 250] months 18 - 30
    seek [JointVenture Operator]
    "{w}沿线大宗物资水运集散中心"
    / "Bulk cargo hub on the {w}"
    "整合区域内煤炭、建材、粮食等大宗物资运输需求，建设水运集散和配送中心，推动大宗货物运输“公转水”。项目包括仓储堆场、装卸设备和物流信息平台。"
    / "Bundling regional demand for shipping coal, building materials, grain and other bulk goods, the hub moves bulk freight from road to water. It includes storage yards, handling equipment and a logistics information platform." },
    pj! { ["yancheng"] Shipbuilding inv 20000 - 80000 land [60 - 150] months 18 - 30
    seek [Equity JointVenture]
    "内河新能源船舶动力电池及电推系统产业化项目"
    / "Batteries and electric propulsion for new-energy inland ships"
    "依托{z}新能源产业基础，建设船用动力电池系统和电力推进系统生产线，面向内河纯电动、混合动力船舶市场。项目达产后年产船用电池系统约500兆瓦时。"
    / "Building on the new-energy industry of {z}, the project sets up production of marine battery systems and electric propulsion for battery-electric and hybrid inland ships. At full capacity it will make about 500 MWh of marine battery systems a year." },
    pj! { [] Shipbuilding inv 30000 - 150000 land [100 - 300] months 24 - 36
    seek [Equity JointVenture Epc]
    "内河绿色智能船舶研发制造基地"
    / "R&D and manufacturing base for green, smart inland ships"
    "建设内河标准化船型研发中心和分段制造、总装生产线，重点生产LNG动力、纯电动和智能航行集装箱船。项目选址临近{w}，便于新船下水和试航。"
    / "An R&D centre for standard inland ship types with block-fabrication and assembly lines, focused on LNG-powered, battery-electric and smart-navigation container ships. The site lies near the {w} for easy launching and trial runs." },
    pj! { [] WaterServices inv 5000 - 20000 land [20 - 60] months 12 - 24 seek [Operator Epc]
    "{w}水上绿色综合服务区"
    / "Green waterborne service area on the {w}"
    "建设集LNG加注、岸电、船舶污染物接收和船员生活补给于一体的水上综合服务区。项目采用建设加运营模式，运营期不少于15年。"
    / "A waterborne service area combining LNG bunkering, shore power, reception of ship waste and crew supplies, built and operated by the investor for at least 15 years." },
    pj! { [] WaterServices inv 6000 - 25000 land [15 - 40] months 12 - 18
    seek [Operator JointVenture]
    "内河电动船舶换电站及智慧运维中心"
    / "Battery-swap station and smart maintenance centre for electric inland ships"
    "面向{w}电动船舶建设标准化电池箱换电站和运维中心，提供换电、充电和电池检测服务。项目可与船舶电池租赁业务结合，降低船东购置成本。"
    / "For electric ships on the {w}, a station swapping standard battery containers and a maintenance centre offering swapping, charging and battery testing. Combined with battery leasing, it lowers shipowners' purchase costs." },
    pj! { [] Drones inv 20000 - 80000 land [50 - 150] months 18 - 30 seek [Equity JointVenture]
    "工业级无人机整机及核心部件生产基地"
    / "Production base for industrial drones and core components"
    "建设工业级多旋翼和垂直起降固定翼无人机整机生产线，配套电机、电调和复合材料机体部件制造。产品面向电力巡检、应急救援和测绘等行业市场。"
    / "Assembly lines for industrial multirotor and VTOL fixed-wing drones, with production of motors, speed controllers and composite airframe parts, for power-line inspection, emergency rescue, surveying and similar markets." },
    pj! { [] Drones inv 8000 - 40000 land [30 - 80] months 12 - 24 seek [Equity]
    "无人机飞控与动力系统产业化项目"
    / "Industrialisation of drone flight controllers and propulsion"
    "引进无人机飞控、导航和动力系统研发团队，建设研发中心和中试生产线。项目与{z}装备制造企业形成配套，推动关键部件本地化。"
    / "Brings in a team developing drone flight controllers, navigation and propulsion systems, with an R&D centre and a pilot production line. It will supply equipment makers in {z} and localise key components." },
    pj! { ["zaozhuang"] Drones inv 30000 - 80000 land [80 - 150] months 18 - 30
    seek [Equity JointVenture]
    "重载无人机总装及试飞基地"
    / "Assembly and flight-test base for heavy-lift drones"
    "建设重载无人机总装线、试飞场和维修保障中心，产品最大起飞重量覆盖百公斤级至吨级。产品服务应急救援、电力施工和物流运输等场景。"
    / "An assembly line, flight-test field and maintenance centre for heavy-lift drones with maximum take-off weights from about 100 kg to over a tonne, for emergency rescue, power-line construction and freight." },
    pj! { [] DroneLogistics inv 2000 - 10000 land [none] months 6 - 18 seek [Operator Equity]
    "{c}城乡无人机物流配送网络"
    / "{c} urban–rural drone delivery network"
    "以{z}为枢纽，建设无人机物流起降点和航线网络，覆盖周边乡镇的快递、生鲜和医药配送。项目分期建设，一期开通航线不少于5条。"
    / "With {z} as the hub, a network of drone landing points and routes for parcels, fresh food and medicines to surrounding towns. It will be built in phases, with at least five routes in phase one." },
    pj! { ["taizhou"] DroneLogistics inv 2000 - 8000 land [none] months 6 - 12
    seek [Operator JointVenture]
    "{c}医药物资无人机配送航线"
    / "{c} drone delivery routes for medical supplies"
    "连接区内医药企业、物流中心和{c}主要医院，开通医药物资与检验样本无人机配送航线，配套温控货箱和专用起降场。项目由运营方投资建设并负责日常运营。"
    / "Drone routes for medical supplies and lab samples will link pharmaceutical companies and the logistics centre in the zone with the main hospitals of {c}, with temperature-controlled boxes and dedicated landing pads. The operator invests in and runs the service." },
    pj! { [] Evtol inv 30000 - 80000 land [60 - 150] months 18 - 36 seek [Equity JointVenture]
    "eVTOL关键部件制造项目"
    / "Key components for eVTOL aircraft"
    "建设eVTOL用高功率密度电机、电驱系统和航空动力电池生产线，为整机企业提供配套。项目分两期建设，一期建设研发中心和中试线。"
    / "Production lines for high power-density motors, electric drives and aviation batteries for eVTOL aircraft, supplying airframe makers. It will be built in two phases, starting with an R&D centre and a pilot line." },
    pj! { [] Evtol inv 20000 - 60000 land [50 - 120] months 18 - 30 seek [Equity JointVenture]
    "eVTOL复合材料结构件生产基地"
    / "Composite structures for eVTOL aircraft"
    "建设碳纤维复合材料机身、旋翼和短舱结构件生产线，并按适航要求建立质量管理体系。项目面向国内主要eVTOL整机企业配套供货。"
    / "Production lines for carbon-fibre fuselage, rotor and nacelle structures, with a quality system built to airworthiness standards. The plant will supply China's main eVTOL makers." },
    pj! { ["lianyungang", "yangzhou", "chuzhou", "pingdingshan", "nanyang", "linyi"] Airport
    inv 20000 - 60000 land [300 - 600] months 24 - 36
    seek [Equity Epc Operator]
    "{c}通用机场建设项目"
    / "{c} general airport"
    "按A类通用机场标准规划建设800米跑道及航站楼、机库和固定运营基地，服务短途运输、航空培训、应急救援和低空旅游。项目建成后将纳入省级通用机场布局。"
    / "A Class A general airport with an 800-metre runway, terminal, hangars and a fixed-base operation, serving short-haul flights, flight training, emergency rescue and low-altitude tourism. Once complete it will join the provincial network of general airports." },
    pj! { ["suizhou"] Airport inv 8000 - 30000 land [60 - 150] months 12 - 24
    seek [Operator Equity Epc]
    "{c}通用机场改扩建及低空运营保障基地"
    / "{c} general airport extension and low-altitude operations base"
    "依托{c}现有通用机场，扩建机库、维修车间和航油设施，建设面向无人机和通用航空器的运营保障基地。项目同步引入飞行培训和航空应急救援业务。"
    / "Building on the existing general airport of {c}, the project extends hangars, maintenance workshops and fuel facilities and sets up an operations base for drones and general aviation. Flight training and air emergency rescue will be brought in as well." },
    pj! { [] Airport inv 3000 - 15000 land [none] months 12 - 24 seek [Epc Operator]
    "{c}城市低空起降点与垂直起降场网络"
    / "{c} network of urban landing points and vertiports"
    "在{z}及{c}主城区布设无人机起降点和eVTOL垂直起降场，配套充电、气象和通信设施。项目建成后将形成城市低空交通基础网络。"
    / "Drone landing points and eVTOL vertiports across {z} and central {c}, with charging, weather and communications facilities, forming the base network for urban low-altitude traffic." },
    pj! { [] LowAltitudeServices inv 3000 - 12000 land [10 - 30] months 6 - 18
    seek [Operator JointVenture]
    "{c}无人机巡检服务中心"
    / "{c} drone inspection service centre"
    "建设集无人机调度指挥、数据处理和维修保障于一体的巡检服务中心，承接电力、管网、水利和交通设施巡检业务。项目可同步开展无人机飞手培训。"
    / "An inspection service centre combining drone dispatch and command, data processing and maintenance, serving power, pipeline, water and transport infrastructure. Pilot training can run alongside." },
    pj! { ["xuzhou", "bengbu", "huainan"] LowAltitudeServices
    inv 5000 - 20000 land [15 - 40] months 12 - 24
    seek [Operator JointVenture]
    "{c}无人机应急救援服务基地"
    / "{c} drone emergency-rescue base"
    "建设无人机应急救援装备库、训练场和指挥中心，面向{c}及周边提供森林防火、防汛抢险和城市消防等应急飞行服务。"
    / "A drone emergency-rescue base with an equipment store, training ground and command centre, flying forest-fire prevention, flood rescue and urban firefighting missions for {c} and its surroundings." },
    pj! { ["linyi"] LowAltitudeServices inv 2000 - 10000 land [20 - 60] months 12 - 18
    seek [Operator Equity]
    "{c}低空文旅观光项目"
    / "{c} low-altitude sightseeing"
    "依托{c}山水与人文资源，开发直升机观光、热气球和无人机表演等低空旅游产品，建设游客中心和起降场地。运营方需具备通用航空经营许可。"
    / "Drawing on the landscapes and heritage of {c}, the project develops helicopter sightseeing, hot-air balloons, drone shows and other low-altitude tourism, with a visitor centre and landing sites. The operator must hold a general-aviation licence." },
];

/// `n` projects of one zone, cycling through the zone's kinds and each kind's templates.
pub fn generate(ctx: &Ctx, n: usize, width_total: usize) -> Vec<Project> {
    let mut rng = Rng::for_stream(2, ctx.index);
    let kinds = ctx.profile.kinds;
    (0..n)
        .map(|i| {
            let kind = kinds[i % kinds.len()];
            // The zone's own templates of this kind first, then the general ones.
            let mut of_kind: Vec<&Tpl> = TEMPLATES
                .iter()
                .filter(|t| t.kind == kind && (t.zones.is_empty() || t.zones.contains(&ctx.id())))
                .collect();
            of_kind.sort_by_key(|t| t.zones.is_empty());
            let offset = if of_kind[0].zones.is_empty() {
                ctx.index
            } else {
                0
            };
            let t = of_kind[(i / kinds.len() + offset) % of_kind.len()];
            build(ctx, t, i, width_total, &mut rng)
        })
        .collect()
}

fn build(ctx: &Ctx, t: &Tpl, i: usize, width_total: usize, rng: &mut Rng) -> Project {
    use ProjectStage::*;
    let drawn = [Planning, Approved, UnderConstruction, Operating][rng.weighted(&[32, 30, 26, 12])];
    // Only services, routes and (expanding) drone plants may already be operating; new
    // terminals, parks, shipyards, eVTOL plants and airports are not.
    let may_operate = matches!(
        t.kind,
        ProjectKind::Shipping
            | ProjectKind::WaterServices
            | ProjectKind::Drones
            | ProjectKind::DroneLogistics
            | ProjectKind::LowAltitudeServices
    );
    let stage = if drawn == Operating && !may_operate {
        Approved
    } else {
        drawn
    };
    let status = [
        ProjectStatus::Open,
        ProjectStatus::Negotiating,
        ProjectStatus::Signed,
        ProjectStatus::Closed,
    ][rng.weighted(&[70, 18, 8, 4])];
    let investment = nice_wan(rng.float(t.investment.0, t.investment.1));
    let investment = if investment >= 50_000.0 {
        (investment / 1_000.0).round() * 1_000.0
    } else {
        investment
    };
    let start = match stage {
        Planning if rng.chance(0.5) => None,
        Planning => Some(rng.int(dn(2027, 3, 1), dn(2027, 12, 1))),
        Approved => Some(rng.int(dn(2026, 12, 1), dn(2027, 6, 30))),
        UnderConstruction => Some(rng.int(dn(2025, 6, 1), dn(2026, 9, 30))),
        Operating => Some(rng.int(dn(2023, 6, 1), dn(2025, 6, 30))),
    };
    let months = rng.int(i64::from(t.months.0), i64::from(t.months.1)) as u32;
    let duration = match stage {
        Operating if rng.chance(0.5) => None,
        _ if rng.chance(0.1) => None,
        _ => Some((months / 3).max(2) * 3),
    };
    let land = t
        .land_mu
        .filter(|_| rng.chance(0.85))
        .map(|(lo, hi)| Mu(rng.float(lo, hi).round()));
    // A project already operating no longer needs an EPC contractor.
    let options: Vec<Seeking> = t
        .seeking
        .iter()
        .copied()
        .filter(|s| stage != Operating || *s != Seeking::Epc)
        .collect();
    let mut seeking = vec![options.first().copied().unwrap_or(Seeking::Operator)];
    for s in options.iter().skip(1) {
        if seeking.len() < 3 && rng.chance(0.55) {
            seeking.push(*s);
        }
    }
    Project {
        id: ctx.record_id("pj", i + 1, width_total),
        zone: ctx.zone.id.clone(),
        title: ctx.fill(t.title.0, t.title.1),
        summary: ctx.fill(t.summary.0, t.summary.1),
        kind: t.kind,
        stage,
        investment: Wan(investment),
        seeking,
        land_mu: land,
        start: start.map(|d| date_between(rng, d, d)),
        duration_months: duration,
        status,
        contact: ctx.contact(Desk::Projects),
        verified: verified(rng, 0),
        sources: Vec::new(),
    }
}
