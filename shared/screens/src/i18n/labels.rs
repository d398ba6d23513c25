//! The names of every vocabulary in both languages: the model's enums (provinces, statuses,
//! land uses …), the facets and measures of the explorers, sort orders and explorer titles.

use crate::i18n::UiStrings as _;
use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::model::{
    Confidence, IncentiveCategory, IncentiveStatus, Industry, LandUse, Membership, ParcelStatus,
    Party, ProjectKind, ProjectStage, ProjectStatus, Province, ScenarioStatus, Seeking, SourceKind,
    Track, Utility,
};
use crate::query::{Facet, Measure, Sort};

/// One of two words, for the language.
fn pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// A closed vocabulary with a label in each language (`labels!`: each value's two words side
/// by side).
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

labels!(Confidence {
    High => "高", "high";
    Medium => "中", "medium";
    Low => "低", "low";
});

labels!(SourceKind {
    Official => "官方发布", "official";
    News => "新闻媒体", "news outlet";
    Copy => "转载副本", "copy";
    Unlinked => "无网址", "no link";
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
    Vehicles => "汽车及专用车", "Automotive & special-purpose vehicles";
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
    Matching => "对接中", "In talks";
    Awarded => "已揭榜", "Awarded";
    Closed => "已结束", "Closed";
});

labels!(ProjectKind {
    PortTerminal => "港口码头", "Ports & terminals";
    Shipping => "内河航运", "Inland shipping";
    WaterwayLogistics => "水运物流", "Waterway logistics";
    Shipbuilding => "船舶制造与绿色船舶", "Shipbuilding & green ships";
    WaterServices => "水运服务", "Water transport services";
    Drones => "无人机制造", "Drone manufacturing";
    DroneLogistics => "无人机物流", "Drone logistics";
    Evtol => "电动垂直起降飞行器（eVTOL）", "eVTOL aircraft";
    Airport => "通用机场与起降点", "General aviation airfields & vertiports";
    LowAltitudeServices => "低空文旅与巡检服务", "Low-altitude tourism & inspection";
});

labels!(ProjectStage {
    Planning => "谋划中", "Planning";
    Approved => "已立项", "Approved";
    UnderConstruction => "在建", "Under construction";
    Operating => "运营中", "Operating";
});

labels!(Seeking {
    Equity => "股权投资", "Equity investment";
    JointVenture => "合资合作", "Joint venture";
    Operator => "引进运营方", "Operator";
    Epc => "工程总承包", "EPC";
});

labels!(ProjectStatus {
    Open => "招商中", "Open";
    Negotiating => "洽谈中", "In negotiation";
    Signed => "已签约", "Signed";
    Closed => "已结束", "Closed";
});

labels!(LandUse {
    Industrial => "工业用地", "Industrial";
    NewIndustrial => "新型产业用地（M0）", "New industrial (M0)";
    Logistics => "物流仓储用地", "Logistics & warehousing";
    Research => "科研用地", "Research";
    Commercial => "商服用地", "Commercial";
});

labels!(ParcelStatus {
    Available => "可供应", "Available";
    Reserved => "已预留", "Reserved";
    Transferred => "已出让", "Granted";
});

labels!(Utility {
    Road => "通路", "Road";
    Water => "通水", "Water";
    Power => "通电", "Power";
    Gas => "通气", "Gas";
    Sewage => "通排水", "Drainage";
    Heat => "通热", "Heating";
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
    Suspended => "暂停执行", "Suspended";
});

labels!(Facet {
    Zone => "高新区", "Zone";
    Province => "省份", "Province";
    Industry => "产业", "Industry";
    Track => "赛道", "Track";
    Kind => "项目类型", "Type";
    Party => "需求类型", "Need type";
    Status => "状态", "Status";
    Stage => "阶段", "Stage";
    Due => "截止日期", "Deadline";
    LandUse => "用地性质", "Permitted use";
    Category => "类别", "Category";
    Membership => "联盟身份", "Membership";
});

/// The title of a facet.
pub fn facet_title(facet: Facet, lang: Lang) -> &'static str {
    facet.label(lang)
}

/// The label of a facet value of `kind`'s explorer, other than a zone (zones are named from
/// the pack). Unknown values are shown as they are.
pub fn facet_value_label(kind: RecordKind, facet: Facet, value: &str, lang: Lang) -> String {
    fn of<T: Label>(v: Option<T>, lang: Lang) -> Option<&'static str> {
        v.map(|v| v.label(lang))
    }
    let label = match facet {
        Facet::Province => of(Province::parse(value), lang),
        Facet::Industry => of(Industry::parse(value), lang),
        Facet::Track => of(Track::parse(value), lang),
        Facet::Kind => of(ProjectKind::parse(value), lang),
        Facet::Party => of(Party::parse(value), lang),
        Facet::Stage => of(ProjectStage::parse(value), lang),
        Facet::LandUse => of(LandUse::parse(value), lang),
        Facet::Category => of(IncentiveCategory::parse(value), lang),
        Facet::Membership => of(Membership::parse(value), lang),
        // The word of the kind's own badge: a project is 招商中 where a scenario is 征集中.
        Facet::Status => match kind {
            RecordKind::Scenarios => of(ScenarioStatus::parse(value), lang),
            RecordKind::Projects => of(ProjectStatus::parse(value), lang),
            RecordKind::Parcels => of(ParcelStatus::parse(value), lang),
            RecordKind::Incentives => of(IncentiveStatus::parse(value), lang),
            RecordKind::Zones => None,
        },
        Facet::Due => {
            let (zh, en) = match value {
                "week" => ("7 天内", "Within 7 days"),
                "month" => ("30 天内", "Within 30 days"),
                "quarter" => ("90 天内", "Within 90 days"),
                "later" => ("90 天以后", "Later"),
                "passed" => ("已截止", "Passed"),
                _ => return value.to_string(),
            };
            Some(pick(lang, zh, en))
        }
        Facet::Zone => None,
    };
    label.map_or_else(|| value.to_string(), str::to_string)
}

labels!(Measure {
    Budget => "预算（万元）", "Budget (million yuan)";
    Investment => "总投资（万元）", "Total investment (million yuan)";
    Area => "面积（亩）", "Area (mu)";
    Price => "地价（万元/亩）", "Land price (thousand yuan/mu)";
    PlotRatio => "容积率", "Plot ratio";
    PortKm => "距港口（公里）", "To a port (km)";
    AirportKm => "距机场（公里）", "To an airport (km)";
    ExpresswayKm => "距高速出入口（公里）", "To an expressway entrance (km)";
    RailKm => "距铁路货运站（公里）", "To a rail freight yard (km)";
    Amount => "金额或上限（万元）", "Amount or cap (million yuan)";
    Offers => "开放机会（个）", "Open opportunities";
});

/// What a range filter compares, said under it: a record with a range of its own (a budget,
/// a plot ratio) is kept when its range overlaps the bounds; a single value when it lies
/// between them.
pub fn range_rule(measure: Measure, lang: Lang) -> &'static str {
    match measure {
        Measure::Budget => pick(
            lang,
            "预算区间与所填范围有交集即列出",
            "Lists scenarios whose budget range overlaps these bounds",
        ),
        Measure::PlotRatio => pick(
            lang,
            "容积率区间与所填范围有交集即列出",
            "Lists parcels whose plot-ratio range overlaps these bounds",
        ),
        Measure::Amount => pick(
            lang,
            "按金额，无金额时按上限",
            "By the amount, or the cap where there is no fixed amount",
        ),
        _ => pick(lang, "含两端数值", "Bounds included"),
    }
}

/// How many of a measure's stored units (万元, 亩, km) one unit shown in its filter is: money in
/// million yuan and land prices in thousand yuan per mu in English, as the lists show them;
/// everything else as stored. Links keep the stored unit, so they mean the same in both
/// languages.
pub fn shown_unit(measure: Measure, lang: Lang) -> f64 {
    match measure {
        Measure::Budget | Measure::Investment | Measure::Amount => {
            crate::i18n::wan_per_money_unit(lang)
        }
        Measure::Price => crate::i18n::wan_per_price_unit(lang),
        _ => 1.0,
    }
}

/// A hint when a number typed into a money field is far larger than any such offer: most
/// likely yuan typed where 万元 (or, in English, million yuan) is asked for. Says what was typed
/// means, and what was probably meant. `typed` is in the field's shown unit.
pub fn range_hint(measure: Measure, typed: f64, lang: Lang) -> Option<String> {
    let money = matches!(
        measure,
        Measure::Budget | Measure::Investment | Measure::Amount | Measure::Price
    );
    let unit = shown_unit(measure, lang);
    let wan = typed * unit;
    // 1,000,000 万元 is 100 亿元: more than any one offer of a zone.
    if !money || wan < 1_000_000.0 {
        return None;
    }
    // Typed as yuan, it would be this many of the field's units.
    let meant = crate::i18n::format_number(typed / (unit * 10_000.0), 2);
    let yuan = crate::i18n::format_number(typed, 0);
    Some(match lang {
        Lang::Zh => format!(
            "所填为 {}。本栏单位是万元：若想填 {yuan} 元，请填 {meant}。",
            crate::i18n::format_wan(wan, lang)
        ),
        Lang::En => {
            let (that, field) = if measure == Measure::Price {
                (
                    crate::i18n::format_price_per_mu(wan, lang),
                    "thousand yuan/mu",
                )
            } else {
                (crate::i18n::format_wan(wan, lang), "million yuan")
            };
            format!("That is {that}. This field is in {field}: for {yuan} yuan, type {meant}.")
        }
    })
}

/// The label of a range filter, with its unit.
pub fn measure_label(measure: Measure, lang: Lang) -> &'static str {
    measure.label(lang)
}

/// The label of a sort order.
pub fn sort_label(kind: RecordKind, sort: Sort, lang: Lang) -> String {
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
        Sort::Relevance => pick(lang, "相关度", "Best match").into(),
        Sort::Newest => pick(lang, "最新", "Newest").into(),
        // A policy has a period of validity, not a deadline.
        Sort::Deadline if kind == RecordKind::Incentives => {
            pick(lang, "有效期最先届满", "Expiring soonest").into()
        }
        Sort::Deadline => pick(lang, "截止日期最近", "Nearest deadline").into(),
        Sort::Asc(m) if m.is_distance() => {
            let place = match m {
                Measure::PortKm => pick(lang, "港口", "a port"),
                Measure::AirportKm => pick(lang, "机场", "an airport"),
                Measure::ExpresswayKm => pick(lang, "高速出入口", "an expressway entrance"),
                _ => pick(lang, "铁路货运站", "a rail freight yard"),
            };
            match lang {
                Lang::Zh => format!("离{place}最近"),
                Lang::En => format!("Closest to {place}"),
            }
        }
        // Chinese says 大/小 of an area and 多/少 of a count, 高/低 of the rest.
        Sort::Desc(Measure::Area) if zh => format!("{}从大到小", name(Measure::Area)),
        Sort::Desc(Measure::Offers) if zh => format!("{}从多到少", name(Measure::Offers)),
        Sort::Desc(m) if zh => format!("{}从高到低", name(m)),
        Sort::Asc(m) if zh => format!("{}从低到高", name(m)),
        Sort::Desc(m) => format!("{}: high to low", name(m)),
        Sort::Asc(m) => format!("{}: low to high", name(m)),
    }
}

/// The name of an explorer (and of its kind of record) in `lang`.
pub fn section_title(section: RecordKind, lang: Lang) -> &'static str {
    let s = lang.strings();
    match section {
        RecordKind::Scenarios => s.nav_scenarios,
        RecordKind::Projects => s.nav_projects,
        RecordKind::Parcels => s.nav_parcels,
        RecordKind::Incentives => s.nav_incentives,
        RecordKind::Zones => s.nav_zones,
    }
}
