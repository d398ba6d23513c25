//! UI strings in Chinese (first) and English. Each language is one `Strings` value, so a string
//! missing in one language is a compile error, not a blank on screen.

use crate::model::{
    IncentiveCategory, IncentiveStatus, Industry, LandUse, Membership, ParcelStatus, Party,
    ProjectKind, ProjectStage, ProjectStatus, Province, ScenarioStatus, Seeking, Track, Utility,
};

use crate::kind::RecordKind;
use crate::query::{Facet, Measure, Sort};

pub use crate::lang::Lang;

impl Lang {
    /// Every fixed string of the interface in this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// Picks one interface string for a language, e.g. `|l| l.strings().zone`.
pub type StringOf = fn(Lang) -> &'static str;

/// Every fixed string of the interface.
pub struct Strings {
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_scenarios: &'static str,
    pub nav_projects: &'static str,
    pub nav_parcels: &'static str,
    pub nav_incentives: &'static str,
    pub nav_river_air: &'static str,
    pub nav_zones: &'static str,
    pub nav_alliance: &'static str,
    pub switch_language: &'static str,
    pub menu: &'static str,
    pub loading: &'static str,
    pub sample_notice: &'static str,
    pub sample_badge: &'static str,
    pub home_title: &'static str,
    pub home_lead: &'static str,
    pub fig_zones: &'static str,
    pub fig_provinces: &'static str,
    pub fig_open_scenarios: &'static str,
    pub fig_scenario_budget: &'static str,
    pub fig_river_projects: &'static str,
    pub fig_air_projects: &'static str,
    pub fig_project_investment: &'static str,
    pub fig_parcels: &'static str,
    pub fig_parcel_area: &'static str,
    pub fig_incentives: &'static str,
    pub unit_mu: &'static str,
    pub unit_ha: &'static str,
    pub unit_km: &'static str,
    pub data_updated: &'static str,
    pub pack_version: &'static str,
    pub guest: &'static str,
    pub member: &'static str,
    pub explore: &'static str,
    pub results: &'static str,
    pub zone: &'static str,
    pub status: &'static str,
    pub deadline: &'static str,
    pub budget: &'static str,
    pub investment: &'static str,
    pub area: &'static str,
    pub price: &'static str,
    pub plot_ratio: &'static str,
    pub land_use: &'static str,
    pub category: &'static str,
    pub valid_until: &'static str,
    pub industry: &'static str,
    pub track: &'static str,
    pub contact: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub website: &'static str,
    pub verified: &'static str,
    pub sources: &'static str,
    pub requirements: &'static str,
    pub seeking: &'static str,
    pub stage: &'static str,
    pub utilities: &'static str,
    pub distances: &'static str,
    pub policy: &'static str,
    pub eligibility: &'static str,
    pub national_since: &'static str,
    pub leading_industries: &'static str,
    pub coords_city: &'static str,
    pub low_confidence: &'static str,
    pub translation_missing: &'static str,
    pub back_to_list: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub record_not_found: &'static str,
    pub go_home: &'static str,
    pub error_title: &'static str,
    pub error_lead: &'static str,
    pub error_file: &'static str,
    pub error_where: &'static str,
    pub error_found: &'static str,
    pub error_expected: &'static str,
    pub retry: &'static str,
    pub show_valid_anyway: &'static str,
    pub warnings: &'static str,
    pub crash_title: &'static str,
    pub crash_body: &'static str,
    pub reload: &'static str,
    pub alliance_founded: &'static str,
    pub alliance_secretariat: &'static str,
    pub alliance_directions: &'static str,
    pub alliance_milestones: &'static str,
    pub river_air_lead: &'static str,
    pub more_in_list: &'static str,
    pub none_yet: &'static str,
    pub footer_data: &'static str,
    pub projects_count: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub filters: &'static str,
    pub clear_all: &'static str,
    pub sort_by: &'static str,
    pub no_results: &'static str,
    pub prev_page: &'static str,
    pub next_page: &'static str,
    pub pagination: &'static str,
    pub ignored_notice: &'static str,
    pub unknown_key: &'static str,
    pub bad_value: &'static str,
    pub range_min: &'static str,
    pub range_max: &'static str,
    pub apply: &'static str,
    pub remove: &'static str,
    pub active_filters: &'static str,
    pub incentives_applying: &'static str,
    pub if_investing: &'static str,
    pub could_host: &'static str,
    pub parcels_applying: &'static str,
    pub zones_applying: &'static str,
    pub similar_elsewhere: &'static str,
    pub in_this_zone: &'static str,
    pub river_activity: &'static str,
    pub air_activity: &'static str,
    pub chart_table: &'static str,
    pub charts: &'static str,
    pub map_title: &'static str,
    pub map_hint: &'static str,
    pub map_as_table: &'static str,
    pub map_layers: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub map_no_data: &'static str,
    pub basemap_failed: &'static str,
    pub map_source: &'static str,
    pub map_schematic: &'static str,
    pub river_here: &'static str,
    pub air_here: &'static str,
    pub no_contact: &'static str,
    pub supports: &'static str,
    pub official_name: &'static str,
    pub english_name_note: &'static str,
    pub see_filtered: &'static str,
    pub amount: &'static str,
    pub rate: &'static str,
    pub cap: &'static str,
    pub timeline: &'static str,
    pub months: &'static str,
    pub location: &'static str,
    pub min_investment: &'static str,
    pub validity: &'static str,
    pub dist_port: &'static str,
    pub dist_airport: &'static str,
    pub dist_expressway: &'static str,
    pub dist_rail: &'static str,
}

pub static ZH: Strings = Strings {
    app_name: "科创淮河 · 投资机会",
    app_tagline: "淮河生态经济带高新区产业科技创新战略联盟",
    skip_to_content: "跳到正文",
    nav_label: "主导航",
    nav_home: "首页",
    nav_scenarios: "场景开放",
    nav_projects: "内河+低空项目",
    nav_parcels: "园区用地",
    nav_incentives: "优惠政策",
    nav_river_air: "内河+低空",
    nav_zones: "高新区",
    nav_alliance: "联盟",
    switch_language: "English",
    menu: "菜单",
    loading: "正在加载数据…",
    sample_notice: "场景、项目、用地和政策条目为演示用的虚构示例，不是正式发布的招商信息；高新区和联盟信息来自公开资料并注明出处。",
    sample_badge: "示例数据",
    home_title: "淮河沿线高新区的投资机会，一处可查",
    home_lead: "场景开放需求、内河与低空项目、园区用地和优惠政策，双语呈现，可分享，可嵌入。",
    fig_zones: "家高新区",
    fig_provinces: "个省份",
    fig_open_scenarios: "项开放场景",
    fig_scenario_budget: "开放场景预算上限合计",
    fig_river_projects: "个内河项目",
    fig_air_projects: "个低空项目",
    fig_project_investment: "项目总投资",
    fig_parcels: "宗可供地块",
    fig_parcel_area: "可供用地面积",
    fig_incentives: "项有效政策",
    unit_mu: "亩",
    unit_ha: "公顷",
    unit_km: "公里",
    data_updated: "数据更新于",
    pack_version: "数据版本",
    guest: "特邀",
    member: "成员",
    explore: "查看",
    results: "条",
    zone: "高新区",
    status: "状态",
    deadline: "截止日期",
    budget: "预算",
    investment: "总投资",
    area: "面积",
    price: "价格",
    plot_ratio: "容积率",
    land_use: "用地性质",
    category: "类别",
    valid_until: "有效期至",
    industry: "产业",
    track: "赛道",
    contact: "联系人",
    phone: "电话",
    email: "邮箱",
    website: "网址",
    verified: "最近核实",
    sources: "来源",
    requirements: "对投标方的要求",
    seeking: "寻求合作方式",
    stage: "阶段",
    utilities: "配套条件",
    distances: "交通距离",
    policy: "政策文件",
    eligibility: "适用条件",
    national_since: "升级国家级",
    leading_industries: "主导产业",
    coords_city: "位置为所在城市（县）中心，并非园区边界。",
    low_confidence: "可信度较低",
    translation_missing: "（暂无中文，显示英文）",
    back_to_list: "返回列表",
    not_found_title: "页面不存在",
    not_found_body: "这个链接没有对应的页面，可能已经失效或输入有误。",
    record_not_found: "没有找到这条记录，它可能已被移除或编号有误。",
    go_home: "回到首页",
    error_title: "数据未能加载",
    error_lead: "数据文件有问题，下面列出了每一处：",
    error_file: "文件",
    error_where: "位置",
    error_found: "实际值",
    error_expected: "应为",
    retry: "重试",
    show_valid_anyway: "仍然显示有效的记录",
    warnings: "提示",
    crash_title: "程序出错了",
    crash_body: "很抱歉，页面遇到意外错误。您的链接和设置都还在，重新加载即可继续。",
    reload: "重新加载",
    alliance_founded: "成立",
    alliance_secretariat: "秘书处",
    alliance_directions: "五个工作方向",
    alliance_milestones: "大事记",
    river_air_lead: "“内河+低空”双轮驱动：沿淮港口航运与低空经济项目。",
    more_in_list: "查看全部",
    none_yet: "暂无",
    footer_data: "静态数据包，可由各高新区自行更新。",
    projects_count: "项目数",
    search_label: "搜索",
    search_placeholder: "输入关键词，如 低空、港口、drone",
    filters: "筛选",
    clear_all: "清除全部筛选",
    sort_by: "排序",
    no_results: "没有符合条件的结果。",
    prev_page: "上一页",
    next_page: "下一页",
    pagination: "分页",
    ignored_notice: "链接中有无法识别的条件，已忽略：",
    unknown_key: "未知参数",
    bad_value: "无效取值",
    range_min: "最低",
    range_max: "最高",
    apply: "应用",
    remove: "移除",
    active_filters: "当前筛选",
    incentives_applying: "适用的优惠政策",
    if_investing: "投资额不低于",
    could_host: "可承载的场景与项目",
    parcels_applying: "适用的地块",
    zones_applying: "适用的高新区",
    similar_elsewhere: "其他联盟园区的类似机会",
    in_this_zone: "本园区的机会",
    river_activity: "内河动态（据公开资料）",
    air_activity: "低空动态（据公开资料）",
    chart_table: "以表格查看图表数据",
    charts: "图表",
    map_title: "淮河生态经济带示意图",
    map_hint: "圆点大小表示所选图层的开放机会数量；点击园区查看详情。",
    map_as_table: "以表格查看",
    map_layers: "图层",
    zoom_in: "放大地图",
    zoom_out: "缩小地图",
    map_no_data: "数据包中没有高新区，地图无从绘制。",
    basemap_failed: "底图无法加载，下表仍列出各高新区：",
    map_source: "底图",
    map_schematic: "示意图，不含行政区界线",
    river_here: "本园区的内河项目",
    air_here: "本园区的低空项目",
    no_contact: "本数据包尚未收录该园区招商部门的公开联系方式。",
    supports: "支持",
    official_name: "正式名称",
    english_name_note: "英文名称为译名，来源可信度低",
    see_filtered: "在列表中查看",
    amount: "补助金额",
    rate: "比例",
    cap: "上限",
    timeline: "建设周期",
    months: "个月",
    location: "位置",
    min_investment: "最低投资额",
    validity: "有效期",
    dist_port: "港口",
    dist_airport: "机场",
    dist_expressway: "高速入口",
    dist_rail: "铁路站场",
};

pub static EN: Strings = Strings {
    app_name: "Sci-Tech Huaihe · Investment Explorer",
    app_tagline: "Huaihe Eco-Economic Belt High-tech Zone Industrial Sci-Tech Innovation Alliance",
    skip_to_content: "Skip to content",
    nav_label: "Main navigation",
    nav_home: "Home",
    nav_scenarios: "Open scenarios",
    nav_projects: "River & air projects",
    nav_parcels: "Land parcels",
    nav_incentives: "Incentives",
    nav_river_air: "River + low-altitude",
    nav_zones: "Zones",
    nav_alliance: "Alliance",
    switch_language: "中文",
    menu: "Menu",
    loading: "Loading data…",
    sample_notice: "The scenarios, projects, parcels and incentives are illustrative examples, not published offers. Zone and alliance facts come from public sources, which are cited.",
    sample_badge: "Sample data",
    home_title: "Investment opportunities of the Huaihe high-tech zones, in one place",
    home_lead: "Open application scenarios, inland-river and low-altitude projects, land and incentives — bilingual, shareable, embeddable.",
    fig_zones: "high-tech zones",
    fig_provinces: "provinces",
    fig_open_scenarios: "open scenarios",
    fig_scenario_budget: "combined top budget of open scenarios",
    fig_river_projects: "inland-river projects",
    fig_air_projects: "low-altitude projects",
    fig_project_investment: "total project investment",
    fig_parcels: "parcels available",
    fig_parcel_area: "land available",
    fig_incentives: "active incentives",
    unit_mu: "mu",
    unit_ha: "ha",
    unit_km: "km",
    data_updated: "Data updated",
    pack_version: "Data version",
    guest: "Guest",
    member: "Member",
    explore: "Explore",
    results: "results",
    zone: "Zone",
    status: "Status",
    deadline: "Deadline",
    budget: "Budget",
    investment: "Total investment",
    area: "Area",
    price: "Price",
    plot_ratio: "Plot ratio",
    land_use: "Permitted use",
    category: "Category",
    valid_until: "Valid until",
    industry: "Industry",
    track: "Track",
    contact: "Contact",
    phone: "Phone",
    email: "Email",
    website: "Website",
    verified: "Last verified",
    sources: "Sources",
    requirements: "Requirements for bidders",
    seeking: "Seeking",
    stage: "Stage",
    utilities: "Utilities ready",
    distances: "Distances",
    policy: "Policy document",
    eligibility: "Eligibility",
    national_since: "National since",
    leading_industries: "Leading industries",
    coords_city: "Location is the city (or county) seat, not the zone boundary.",
    low_confidence: "low confidence",
    translation_missing: "(no English yet, shown in Chinese)",
    back_to_list: "Back to the list",
    not_found_title: "Page not found",
    not_found_body: "This link does not lead to a page. It may be outdated or mistyped.",
    record_not_found: "This record was not found. It may have been removed, or the id is wrong.",
    go_home: "Go to the home page",
    error_title: "The data could not be loaded",
    error_lead: "Something is wrong with the data files. Every problem is listed below:",
    error_file: "File",
    error_where: "Where",
    error_found: "Found",
    error_expected: "Expected",
    retry: "Try again",
    show_valid_anyway: "Show the valid records anyway",
    warnings: "Notes",
    crash_title: "Something went wrong",
    crash_body: "Sorry, the page hit an unexpected error. Your link and settings are kept; reload to carry on.",
    reload: "Reload",
    alliance_founded: "Founded",
    alliance_secretariat: "Secretariat",
    alliance_directions: "Five working directions",
    alliance_milestones: "Milestones",
    river_air_lead: "The \"inland river + low-altitude\" dual-wheel drive: port and shipping projects along the Huaihe, and the low-altitude economy.",
    more_in_list: "See all",
    none_yet: "None yet",
    footer_data: "A static data pack that each zone can update itself.",
    projects_count: "Projects",
    search_label: "Search",
    search_placeholder: "Keywords, e.g. drone, port, 低空",
    filters: "Filters",
    clear_all: "Clear all filters",
    sort_by: "Sort by",
    no_results: "Nothing matches these filters.",
    prev_page: "Previous",
    next_page: "Next",
    pagination: "Pages",
    ignored_notice: "Parts of this link were not understood and were left out:",
    unknown_key: "unknown setting",
    bad_value: "invalid value",
    range_min: "Min",
    range_max: "Max",
    apply: "Apply",
    remove: "Remove",
    active_filters: "Active filters",
    incentives_applying: "Incentives that apply",
    if_investing: "if investing at least",
    could_host: "Scenarios and projects it could host",
    parcels_applying: "Parcels where it applies",
    zones_applying: "Zones where it applies",
    similar_elsewhere: "Similar in other alliance zones",
    in_this_zone: "Offers in this zone",
    river_activity: "Inland-river activity (from public sources)",
    air_activity: "Low-altitude activity (from public sources)",
    chart_table: "Show the chart as a table",
    charts: "Charts",
    map_title: "Schematic map of the Huaihe belt",
    map_hint: "Dots are sized by the open offers in the chosen layers; select a zone to open it.",
    map_as_table: "Show as a table",
    map_layers: "Layers",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    map_no_data: "The data pack holds no zones, so there is nothing to map.",
    basemap_failed: "The base map could not be loaded; the zones are listed below:",
    map_source: "Base map",
    map_schematic: "schematic, without administrative boundaries",
    river_here: "Inland-river projects in this zone",
    air_here: "Low-altitude projects in this zone",
    no_contact: "This data pack holds no published contact for the zone's investment office yet.",
    supports: "supports",
    official_name: "Official name",
    english_name_note: "the English name is a translation; low confidence",
    see_filtered: "See them in the list",
    amount: "Amount",
    rate: "Rate",
    cap: "Cap",
    timeline: "Timeline",
    months: "months",
    location: "Location",
    min_investment: "Minimum investment",
    validity: "Valid",
    dist_port: "port",
    dist_airport: "airport",
    dist_expressway: "expressway",
    dist_rail: "rail freight",
};

/// A closed vocabulary with a label in each language.
pub trait Label: Copy {
    fn label(self, lang: Lang) -> &'static str;
}

macro_rules! labels {
    ($ty:ty { $( $variant:ident => $zh:literal, $en:literal; )* }) => {
        impl Label for $ty {
            fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( (<$ty>::$variant, Lang::Zh) => $zh, (<$ty>::$variant, Lang::En) => $en, )*
                }
            }
        }
    };
}

labels!(Province {
    Jiangsu => "江苏", "Jiangsu";
    Anhui => "安徽", "Anhui";
    Shandong => "山东", "Shandong";
    Henan => "河南", "Henan";
    Hubei => "湖北", "Hubei";
    Shaanxi => "陕西", "Shaanxi";
});

labels!(crate::model::Confidence {
    High => "高", "high";
    Medium => "中", "medium";
    Low => "低", "low";
});

labels!(Membership {
    Member => "联盟成员", "Alliance member";
    Guest => "特邀园区", "Guest zone";
});

labels!(Industry {
    Electronics => "电子信息", "Electronics & IT";
    Equipment => "高端装备", "Advanced equipment";
    NewEnergy => "新能源", "New energy";
    NewMaterials => "新材料", "New materials";
    Biomedicine => "生物医药", "Biomedicine";
    Vehicles => "汽车及专用车", "Vehicles";
    Safety => "安全应急", "Safety & emergency";
    Digital => "数字经济", "Digital economy";
    GreenFood => "绿色食品", "Green food";
    Chemicals => "新型化工", "Chemicals";
    Logistics => "现代物流", "Logistics";
    LowAltitude => "低空经济", "Low-altitude economy";
});

labels!(Track {
    InlandRiver => "内河", "Inland river";
    LowAltitude => "低空", "Low altitude";
});

labels!(Party {
    Government => "政府需求", "Government need";
    Enterprise => "企业需求", "Company need";
});

labels!(ScenarioStatus {
    Open => "征集中", "Open";
    Matching => "对接中", "Matching";
    Awarded => "已揭榜", "Awarded";
    Closed => "已关闭", "Closed";
});

labels!(ProjectKind {
    PortTerminal => "港口码头", "Ports & terminals";
    Shipping => "内河航运", "Shipping";
    WaterwayLogistics => "水运物流", "Waterway logistics";
    Shipbuilding => "船舶制造与绿色船舶", "Shipbuilding & green ships";
    WaterServices => "水运服务", "Water transport services";
    Drones => "无人机制造", "Drones";
    DroneLogistics => "无人机物流", "Drone logistics";
    Evtol => "电动垂直起降", "eVTOL";
    Airport => "通用机场与起降点", "Airports & vertiports";
    LowAltitudeServices => "低空文旅与巡检服务", "Low-altitude tourism & inspection";
});

labels!(ProjectStage {
    Planning => "谋划中", "Planning";
    Approved => "已立项", "Approved";
    UnderConstruction => "在建", "Under construction";
    Operating => "已运营", "Operating";
});

labels!(Seeking {
    Equity => "股权投资", "Equity";
    JointVenture => "合资合作", "Joint venture";
    Operator => "运营方", "Operator";
    Epc => "工程总承包", "EPC";
});

labels!(ProjectStatus {
    Open => "招商中", "Open";
    Negotiating => "洽谈中", "Negotiating";
    Signed => "已签约", "Signed";
    Closed => "已关闭", "Closed";
});

labels!(LandUse {
    Industrial => "工业用地", "Industrial";
    NewIndustrial => "新型产业用地(M0)", "New industrial (M0)";
    Logistics => "物流仓储用地", "Logistics & warehousing";
    Research => "科研用地", "Research";
    Commercial => "商服用地", "Commercial";
});

labels!(ParcelStatus {
    Available => "可供应", "Available";
    Reserved => "已预留", "Reserved";
    Transferred => "已出让", "Transferred";
});

labels!(Utility {
    Road => "通路", "Road";
    Water => "通水", "Water";
    Power => "通电", "Power";
    Gas => "通气", "Gas";
    Sewage => "通排水", "Sewage";
    Heat => "通热", "Heat";
    Telecom => "通信", "Telecom";
    Levelled => "场地平整", "Site levelled";
});

labels!(IncentiveCategory {
    Land => "土地", "Land";
    Tax => "税收", "Tax";
    Subsidy => "补贴", "Subsidy";
    Rent => "租金", "Rent";
    Talent => "人才", "Talent";
    Finance => "金融", "Finance";
});

labels!(IncentiveStatus {
    Active => "有效", "Active";
    Expired => "已失效", "Expired";
    Suspended => "暂停", "Suspended";
});

labels!(RecordKind {
    Zones => "高新区", "Zones";
    Scenarios => "场景", "Scenarios";
    Projects => "项目", "Projects";
    Parcels => "地块", "Parcels";
    Incentives => "政策", "Incentives";
});

/// Money given in 万元, written the way each language reads sums: 万元 / 亿元 in Chinese,
/// thousand / million / billion yuan in English (1 万元 = 10,000 yuan).
pub fn format_wan(wan: f64, lang: Lang) -> String {
    match lang {
        Lang::Zh if wan >= 10_000.0 => format!("{} 亿元", format_number(wan / 10_000.0, 2)),
        Lang::Zh => format!("{} 万元", format_number(wan, 1)),
        Lang::En => {
            let yuan = wan * 10_000.0;
            if yuan >= 1e9 {
                format!("{} bn yuan", format_number(yuan / 1e9, 2))
            } else if yuan >= 1e6 {
                format!("{} million yuan", format_number(yuan / 1e6, 1))
            } else {
                format!("{} thousand yuan", format_number(yuan / 1e3, 0))
            }
        }
    }
}

/// A money range in 万元, e.g. 130–350 万元 / 1.3–3.5 million yuan.
pub fn format_wan_range(min: f64, max: f64, lang: Lang) -> String {
    let upper = format_wan(max, lang);
    let lower = format_wan(min, lang);
    // Drop the unit of the lower bound when both share it: "130–350 万元".
    match (lower.split_once(' '), upper.split_once(' ')) {
        (Some((n, unit_lo)), Some((_, unit_hi))) if unit_lo == unit_hi => format!("{n}–{upper}"),
        _ => format!("{lower} – {upper}"),
    }
}

/// A land price given in 万元 per 亩.
pub fn format_price_per_mu(wan: f64, lang: Lang) -> String {
    format!("{}/{}", format_wan(wan, lang), lang.strings().unit_mu)
}

/// Days left until a deadline, or days past it.
pub fn format_days_left(days: i64, lang: Lang) -> String {
    match (lang, days >= 0) {
        (Lang::Zh, true) => format!("剩余 {days} 天"),
        (Lang::Zh, false) => format!("已过期 {} 天", -days),
        (Lang::En, true) if days == 1 => "1 day left".into(),
        (Lang::En, true) => format!("{days} days left"),
        (Lang::En, false) => format!("closed {} days ago", -days),
    }
}

/// The title of a facet.
pub fn facet_title(facet: Facet, lang: Lang) -> &'static str {
    let zh = lang == Lang::Zh;
    match facet {
        Facet::Zone => {
            if zh {
                "高新区"
            } else {
                "Zone"
            }
        }
        Facet::Province => {
            if zh {
                "省份"
            } else {
                "Province"
            }
        }
        Facet::Industry => {
            if zh {
                "产业"
            } else {
                "Industry"
            }
        }
        Facet::Track => {
            if zh {
                "赛道"
            } else {
                "Track"
            }
        }
        Facet::Kind => {
            if zh {
                "项目类型"
            } else {
                "Type"
            }
        }
        Facet::Party => {
            if zh {
                "需求方"
            } else {
                "Published by"
            }
        }
        Facet::Status => {
            if zh {
                "状态"
            } else {
                "Status"
            }
        }
        Facet::Stage => {
            if zh {
                "阶段"
            } else {
                "Stage"
            }
        }
        Facet::Due => {
            if zh {
                "截止时间"
            } else {
                "Deadline"
            }
        }
        Facet::LandUse => {
            if zh {
                "用地性质"
            } else {
                "Permitted use"
            }
        }
        Facet::Category => {
            if zh {
                "类别"
            } else {
                "Category"
            }
        }
    }
}

/// The label of a facet value of `kind`'s explorer, other than a zone (zones are named from
/// the pack). Unknown values are shown as they are.
pub fn facet_value_label(kind: RecordKind, facet: Facet, value: &str, lang: Lang) -> String {
    fn of<T: Label>(v: Option<T>, lang: Lang) -> Option<&'static str> {
        v.map(|v| v.label(lang))
    }
    let zh = lang == Lang::Zh;
    let label = match facet {
        Facet::Province => of(Province::parse(value), lang),
        Facet::Industry => of(Industry::parse(value), lang),
        Facet::Track => of(Track::parse(value), lang),
        Facet::Kind => of(ProjectKind::parse(value), lang),
        Facet::Party => of(Party::parse(value), lang),
        Facet::Stage => of(ProjectStage::parse(value), lang),
        Facet::LandUse => of(LandUse::parse(value), lang),
        Facet::Category => of(IncentiveCategory::parse(value), lang),
        // The word of the kind's own badge: a project is 招商中 where a scenario is 征集中.
        Facet::Status => match kind {
            RecordKind::Scenarios => of(ScenarioStatus::parse(value), lang),
            RecordKind::Projects => of(ProjectStatus::parse(value), lang),
            RecordKind::Parcels => of(ParcelStatus::parse(value), lang),
            RecordKind::Incentives => of(IncentiveStatus::parse(value), lang),
            RecordKind::Zones => None,
        },
        Facet::Due => match value {
            "week" => Some(if zh { "7 天内" } else { "Within 7 days" }),
            "month" => Some(if zh { "30 天内" } else { "Within 30 days" }),
            "quarter" => Some(if zh { "90 天内" } else { "Within 90 days" }),
            "later" => Some(if zh { "90 天以后" } else { "Later" }),
            "passed" => Some(if zh { "已截止" } else { "Passed" }),
            _ => None,
        },
        Facet::Zone => None,
    };
    label.map_or_else(|| value.to_string(), str::to_string)
}

/// The label of a range filter, with its unit.
pub fn measure_label(measure: Measure, lang: Lang) -> &'static str {
    let zh = lang == Lang::Zh;
    match measure {
        Measure::Budget => {
            if zh {
                "预算（万元）"
            } else {
                "Budget (10k yuan)"
            }
        }
        Measure::Investment => {
            if zh {
                "总投资（万元）"
            } else {
                "Total investment (10k yuan)"
            }
        }
        Measure::Area => {
            if zh {
                "面积（亩）"
            } else {
                "Area (mu)"
            }
        }
        Measure::Price => {
            if zh {
                "价格（万元/亩）"
            } else {
                "Price (10k yuan per mu)"
            }
        }
        Measure::PlotRatio => {
            if zh {
                "容积率"
            } else {
                "Plot ratio"
            }
        }
        Measure::Amount => {
            if zh {
                "金额或上限（万元）"
            } else {
                "Amount or cap (10k yuan)"
            }
        }
        Measure::Offers => {
            if zh {
                "开放机会（项）"
            } else {
                "Open offers"
            }
        }
    }
}

/// The label of a sort order.
pub fn sort_label(sort: Sort, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let name = |m: Measure| {
        measure_label(m, lang)
            .split(['（', '('])
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    };
    match sort {
        Sort::Relevance => (if zh { "相关度" } else { "Best match" }).into(),
        Sort::Newest => (if zh { "最新" } else { "Newest" }).into(),
        Sort::Deadline => (if zh {
            "截止日期最近"
        } else {
            "Nearest deadline"
        })
        .into(),
        Sort::Desc(m) if zh => format!("{}从高到低", name(m)),
        Sort::Asc(m) if zh => format!("{}从低到高", name(m)),
        Sort::Desc(m) => format!("{}: high to low", name(m)),
        Sort::Asc(m) => format!("{}: low to high", name(m)),
    }
}

/// A number with thousands separators and at most `decimals` decimals (trailing zeros dropped).
pub fn format_number(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), f.trim_end_matches('0').to_string()),
        None => (text.clone(), String::new()),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", int.as_str()),
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// The name of an explorer (and of its kind of record) in `lang`.
pub fn section_title(section: RecordKind, lang: Lang) -> &'static str {
    use crate::kind::RecordKind;
    let s = lang.strings();
    match section {
        RecordKind::Scenarios => s.nav_scenarios,
        RecordKind::Projects => s.nav_projects,
        RecordKind::Parcels => s.nav_parcels,
        RecordKind::Incentives => s.nav_incentives,
        RecordKind::Zones => s.nav_zones,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_trimmed() {
        assert_eq!(format_number(1234567.0, 0), "1,234,567");
        assert_eq!(format_number(12.50, 2), "12.5");
        assert_eq!(format_number(-1000.0, 0), "-1,000");
        assert_eq!(format_number(999.0, 0), "999");
    }

    #[test]
    fn sums_read_naturally_in_each_language() {
        assert_eq!(format_wan(25_000.0, Lang::Zh), "2.5 亿元");
        assert_eq!(format_wan(800.0, Lang::Zh), "800 万元");
        assert_eq!(format_wan(800.0, Lang::En), "8 million yuan");
        assert_eq!(format_wan(35.0, Lang::En), "350 thousand yuan");
        assert_eq!(format_wan(1_159_200.0, Lang::En), "11.59 bn yuan");
    }

    #[test]
    fn ranges_share_their_unit() {
        assert_eq!(format_wan_range(130.0, 350.0, Lang::Zh), "130–350 万元");
        assert_eq!(
            format_wan_range(130.0, 350.0, Lang::En),
            "1.3–3.5 million yuan"
        );
        assert_eq!(
            format_wan_range(50.0, 350.0, Lang::En),
            "500 thousand yuan – 3.5 million yuan"
        );
    }

    #[test]
    fn facet_and_sort_labels() {
        assert_eq!(
            facet_value_label(RecordKind::Projects, Facet::Track, "low_altitude", Lang::Zh),
            "低空"
        );
        assert_eq!(
            facet_value_label(RecordKind::Parcels, Facet::Status, "available", Lang::En),
            "Available"
        );
        assert_eq!(
            facet_value_label(RecordKind::Scenarios, Facet::Due, "week", Lang::Zh),
            "7 天内"
        );
        assert_eq!(
            sort_label(Sort::Desc(Measure::Budget), Lang::Zh),
            "预算从高到低"
        );
        assert_eq!(
            sort_label(Sort::Asc(Measure::PlotRatio), Lang::En),
            "Plot ratio: low to high"
        );
    }

    #[test]
    fn land_prices_per_mu() {
        assert_eq!(format_price_per_mu(18.9, Lang::Zh), "18.9 万元/亩");
        assert_eq!(format_price_per_mu(18.9, Lang::En), "189 thousand yuan/mu");
    }

    #[test]
    fn days_left_and_overdue() {
        assert_eq!(format_days_left(157, Lang::Zh), "剩余 157 天");
        assert_eq!(format_days_left(-3, Lang::En), "closed 3 days ago");
        assert_eq!(format_days_left(1, Lang::En), "1 day left");
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse("fr"), None);
    }
}
