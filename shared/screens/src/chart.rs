//! Chart data: what each chart shows, as rows of stacked horizontal bars plus the same figures as
//! a table (the accessible alternative). Every number is computed here, from the records the
//! chart is asked about (so a chart in an explorer follows its filters), and so is the drawing's
//! geometry ([`Chart::axis`], [`Chart::bars`]): the app, its prerender and the static
//! floor page (app/prerender) all draw the bars as HTML boxes sized in percent of the axis.
//!
//! Over ~400 lines with its tests (a third of the file): the chart type, its geometry and the
//! six charts, each a short function of the records it is given.

use std::collections::BTreeMap;

use crate::i18n::UiStrings as _;
use crate::i18n::{format_number, wan_per_money_unit, wan_per_price_unit, Label};
use crate::model::{
    Incentive, IncentiveCategory, Industry, LandParcel, ParcelStatus, Project, ProjectKind,
    Scenario, Track,
};
use crate::{Glance, Lang, Pack};

/// What a series' bars are coloured by: the same colours as the badges and the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    River,
    Air,
    Brand,
    /// Not drawn: the offset of a floating bar (a price range starts at its minimum).
    Hidden,
}

impl Tone {
    /// The CSS class that colours a bar or swatch of this tone (style/main.css), in the app and
    /// on the static floor page alike.
    pub fn class(self) -> &'static str {
        match self {
            Tone::River => "tone-river",
            Tone::Air => "tone-air",
            Tone::Brand => "tone-brand",
            Tone::Hidden => "tone-gap",
        }
    }
}

/// One series: a value per row.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub tone: Tone,
    pub values: Vec<f64>,
}

/// A chart: rows (categories) of stacked bars, and its table.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub title: String,
    /// Unit of the bars' axis.
    pub unit: String,
    pub rows: Vec<String>,
    pub series: Vec<Series>,
    pub table_head: Vec<String>,
    pub table: Vec<Vec<String>>,
}

impl Chart {
    /// The largest stacked total, for the axis.
    pub fn max(&self) -> f64 {
        (0..self.rows.len())
            .map(|i| self.series.iter().map(|s| s.values[i]).sum::<f64>())
            .fold(0.0, f64::max)
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The axis: its end, a round number at or above [`Chart::max`], and the ticks from 0 to
    /// it in round steps (1, 2 or 5 times a power of ten; about four of them).
    pub fn axis(&self) -> (f64, Vec<f64>) {
        let max = self.max();
        if max <= 0.0 || !max.is_finite() {
            return (1.0, vec![0.0, 1.0]);
        }
        let rough = max / 4.0;
        let power = 10f64.powi(rough.log10().floor() as i32);
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| m * power)
            .find(|s| *s >= rough)
            .unwrap_or(10.0 * power);
        let steps = (max / step).ceil().max(1.0) as usize;
        let ticks = (0..=steps).map(|i| i as f64 * step).collect();
        (steps as f64 * step, ticks)
    }

    /// Row `row`'s stacked bar as (tone, value, share of the axis in percent) per series, in
    /// series order; a [`Tone::Hidden`] part is the gap before a floating bar. A floating bar of
    /// no length (a price range of one price) is drawn as a mark of [`POINT_SHARE`]: a chart
    /// never hides a row that its table shows.
    pub fn bars(&self, row: usize) -> Vec<(Tone, f64, f64)> {
        let (end, _) = self.axis();
        let mut after_gap = false;
        let mut bars: Vec<(Tone, f64, f64)> = self
            .series
            .iter()
            .map(|s| {
                let v = s.values.get(row).copied().unwrap_or(0.0).max(0.0);
                let mut share = v / end * 100.0;
                if s.tone == Tone::Hidden {
                    after_gap = v > 0.0;
                } else if after_gap && v == 0.0 {
                    share = POINT_SHARE;
                }
                (s.tone, v, share)
            })
            .collect();
        // The mark stays inside the track.
        let total: f64 = bars.iter().map(|b| b.2).sum();
        if total > 100.0 {
            if let Some(gap) = bars.iter_mut().find(|b| b.0 == Tone::Hidden) {
                gap.2 = (gap.2 - (total - 100.0)).max(0.0);
            }
        }
        bars
    }
}

/// How wide a floating bar of no length is drawn, in percent of the track.
pub const POINT_SHARE: f64 = 0.8;

crate::strings! {
    /// Chart titles, units and table heads.
    pub struct ChartWords {
        offers_by_zone: "各园区开放的内河与低空机会" | "Open inland-river and low-altitude opportunities by zone",
        unit_offers: "个" | "opportunities",
        count_scenarios: "场景数" | "Scenarios",
        count_incentives: "政策数" | "Incentives",
        land_by_zone: "各园区可供用地面积" | "Land available by zone",
        price_by_zone: "各园区用地价格区间" | "Land price range by zone",
        unit_wan_per_mu: "万元/亩" | "thousand yuan/mu",
        lowest: "最低价" | "Lowest",
        highest: "最高价" | "Highest",
        budgets_by_industry: "各产业场景预算（上限合计）" | "Scenario budgets by industry (sum of maximum budgets)",
        unit_wan: "万元" | "million yuan",
        incentives_by_category: "各类别优惠政策数量" | "Incentives by category",
        unit_incentives: "项" | "incentives",
        investment_by_kind: "内河与低空项目总投资（按类型）" | "River and low-altitude: investment by project type",
        kind: "类型" | "Type",
        track: "赛道" | "Track",
        zone_offers: "本园区当前开放的机会" | "What this zone offers now",
        category: "类别" | "Kind",
        number: "数量" | "Number",
    }
}

fn whole(v: f64) -> String {
    format_number(v, 0)
}

/// Open inland-river and low-altitude projects and open scenarios with a track, per zone, in
/// zones.json order; zones with none are left out. Drawn from the pack's glance, as the home
/// page is.
pub fn offers_by_zone_and_track(glance: &Glance, lang: Lang) -> Chart {
    let c = ChartWords::of(lang);
    let (river, air) = (
        Track::InlandRiver.label(lang),
        Track::LowAltitude.label(lang),
    );
    let mut rows = Vec::new();
    let (mut r, mut a) = (Vec::new(), Vec::new());
    for z in &glance.zones {
        if z.river_offers + z.air_offers > 0 {
            rows.push(z.short_name.get(lang).text.to_string());
            r.push(z.river_offers as f64);
            a.push(z.air_offers as f64);
        }
    }
    let table = rows
        .iter()
        .zip(r.iter().zip(&a))
        .map(|(n, (x, y))| vec![n.clone(), whole(*x), whole(*y)])
        .collect();
    Chart {
        title: c.offers_by_zone.into(),
        unit: c.unit_offers.into(),
        table_head: vec![lang.strings().zone.into(), river.into(), air.into()],
        rows,
        series: vec![
            Series {
                name: river.into(),
                tone: Tone::River,
                values: r,
            },
            Series {
                name: air.into(),
                tone: Tone::Air,
                values: a,
            },
        ],
        table,
    }
}

/// Available land (亩) and its price range (万元/亩) per zone, from the given parcels.
pub fn land_by_zone(pack: &Pack, parcels: &[&LandParcel], lang: Lang) -> (Chart, Chart) {
    let c = ChartWords::of(lang);
    let s = lang.strings();
    let mut area: Vec<(String, f64)> = Vec::new();
    let mut price: Vec<(String, f64, f64)> = Vec::new();
    for z in &pack.zones {
        let mine: Vec<_> = parcels
            .iter()
            .filter(|p| p.zone == z.id && p.status == ParcelStatus::Available)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let name = z.short_name.get(lang).text.to_string();
        area.push((name.clone(), mine.iter().map(|p| p.area_mu.0).sum()));
        // In the unit the lists show prices in (thousand yuan/mu in English).
        let per_wan = 1.0 / wan_per_price_unit(lang);
        let lo = mine
            .iter()
            .map(|p| p.price_wan_per_mu.0 * per_wan)
            .fold(f64::INFINITY, f64::min);
        let hi = mine
            .iter()
            .map(|p| p.price_wan_per_mu.0 * per_wan)
            .fold(0.0, f64::max);
        price.push((name, lo, hi));
    }
    let area_chart = Chart {
        title: c.land_by_zone.into(),
        unit: s.unit_mu.into(),
        table_head: vec![s.zone.into(), s.area.into()],
        table: area
            .iter()
            .map(|(n, v)| vec![n.clone(), format_number(*v, 1)])
            .collect(),
        rows: area.iter().map(|(n, _)| n.clone()).collect(),
        series: vec![Series {
            name: s.area.into(),
            tone: Tone::Brand,
            values: area.iter().map(|(_, v)| *v).collect(),
        }],
    };
    let price_chart = Chart {
        title: c.price_by_zone.into(),
        unit: c.unit_wan_per_mu.into(),
        table_head: vec![s.zone.into(), c.lowest.into(), c.highest.into()],
        table: price
            .iter()
            .map(|(n, lo, hi)| vec![n.clone(), format_number(*lo, 1), format_number(*hi, 1)])
            .collect(),
        rows: price.iter().map(|(n, _, _)| n.clone()).collect(),
        series: vec![
            Series {
                name: String::new(),
                tone: Tone::Hidden,
                values: price.iter().map(|(_, lo, _)| *lo).collect(),
            },
            Series {
                name: s.price.into(),
                tone: Tone::Brand,
                values: price.iter().map(|(_, lo, hi)| hi - lo).collect(),
            },
        ],
    };
    (area_chart, price_chart)
}

/// Upper budgets of the given scenarios summed by industry (万元), largest first.
pub fn budgets_by_industry(scenarios: &[&Scenario], lang: Lang) -> Chart {
    let c = ChartWords::of(lang);
    let s = lang.strings();
    let mut by: BTreeMap<usize, (Industry, f64, usize)> = BTreeMap::new();
    for sc in scenarios {
        let pos = Industry::ALL
            .iter()
            .position(|i| *i == sc.industry)
            .unwrap_or(usize::MAX);
        let e = by.entry(pos).or_insert((sc.industry, 0.0, 0));
        e.1 += sc.budget.max / wan_per_money_unit(lang);
        e.2 += 1;
    }
    let mut list: Vec<_> = by.into_values().collect();
    list.sort_by(|a, b| b.1.total_cmp(&a.1));
    Chart {
        title: c.budgets_by_industry.into(),
        unit: c.unit_wan.into(),
        table_head: vec![s.industry.into(), s.budget.into(), c.count_scenarios.into()],
        table: list
            .iter()
            .map(|(i, b, n)| vec![i.label(lang).into(), whole(*b), n.to_string()])
            .collect(),
        rows: list
            .iter()
            .map(|(i, _, _)| i.label(lang).to_string())
            .collect(),
        series: vec![Series {
            name: s.budget.into(),
            tone: Tone::Brand,
            values: list.iter().map(|(_, b, _)| *b).collect(),
        }],
    }
}

/// The given incentives counted by category.
pub fn incentives_by_category(incentives: &[&Incentive], lang: Lang) -> Chart {
    let c = ChartWords::of(lang);
    let s = lang.strings();
    let counts: Vec<(IncentiveCategory, usize)> = IncentiveCategory::ALL
        .iter()
        .map(|c| (*c, incentives.iter().filter(|i| i.category == *c).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    Chart {
        title: c.incentives_by_category.into(),
        unit: c.unit_incentives.into(),
        table_head: vec![s.category.into(), c.count_incentives.into()],
        table: counts
            .iter()
            .map(|(c, n)| vec![c.label(lang).into(), n.to_string()])
            .collect(),
        rows: counts
            .iter()
            .map(|(c, _)| c.label(lang).to_string())
            .collect(),
        series: vec![Series {
            name: s.nav_incentives.into(),
            tone: Tone::Brand,
            values: counts.iter().map(|(_, n)| *n as f64).collect(),
        }],
    }
}

/// The two tracks side by side: total investment (万元) of the given projects per sub-type,
/// river sub-types in the river colour, low-altitude ones in the air colour.
pub fn investment_by_kind(projects: &[&Project], lang: Lang) -> Chart {
    let c = ChartWords::of(lang);
    let s = lang.strings();
    let kinds: Vec<(ProjectKind, f64, usize)> = ProjectKind::ALL
        .iter()
        .map(|k| {
            let mine: Vec<_> = projects.iter().filter(|p| p.kind == *k).collect();
            let sum: f64 = mine.iter().map(|p| p.investment.0).sum();
            (*k, sum / wan_per_money_unit(lang), mine.len())
        })
        .filter(|(_, _, n)| *n > 0)
        .collect();
    let series = [Track::InlandRiver, Track::LowAltitude]
        .into_iter()
        .map(|t| Series {
            name: t.label(lang).into(),
            tone: if t == Track::InlandRiver {
                Tone::River
            } else {
                Tone::Air
            },
            values: kinds
                .iter()
                .map(|(k, v, _)| if k.track() == t { *v } else { 0.0 })
                .collect(),
        })
        .collect();
    Chart {
        title: c.investment_by_kind.into(),
        unit: c.unit_wan.into(),
        table_head: vec![
            c.kind.into(),
            c.track.into(),
            s.investment.into(),
            s.projects_count.into(),
        ],
        table: kinds
            .iter()
            .map(|(k, v, n)| {
                vec![
                    k.label(lang).into(),
                    k.track().label(lang).into(),
                    whole(*v),
                    n.to_string(),
                ]
            })
            .collect(),
        rows: kinds
            .iter()
            .map(|(k, _, _)| k.label(lang).to_string())
            .collect(),
        series,
    }
}

/// One zone's offers open now, by kind: open scenarios, open river and low-altitude projects,
/// available parcels, active incentives.
pub fn zone_offers(pack: &Pack, zone: &crate::model::Zone, lang: Lang) -> Chart {
    let c = ChartWords::of(lang);
    let st = lang.strings();
    let crate::pack::OpenNow {
        scenarios: sc,
        river,
        air,
        parcels,
        incentives,
    } = pack.open_now(&zone.id);
    let rows: Vec<(String, usize, Tone)> = vec![
        (st.nav_scenarios.into(), sc, Tone::Brand),
        (Track::InlandRiver.label(lang).into(), river, Tone::River),
        (Track::LowAltitude.label(lang).into(), air, Tone::Air),
        (st.nav_parcels.into(), parcels, Tone::Brand),
        (st.nav_incentives.into(), incentives, Tone::Brand),
    ];
    // One series per tone so that river and low-altitude rows keep their colours. No legend:
    // each row names its kind, and a legend's blue 内河 would claim the scenarios' blue bars.
    let series = [Tone::Brand, Tone::River, Tone::Air]
        .into_iter()
        .map(|tone| Series {
            name: String::new(),
            tone,
            values: rows
                .iter()
                .map(|(_, n, t)| if *t == tone { *n as f64 } else { 0.0 })
                .collect(),
        })
        .collect();
    Chart {
        title: c.zone_offers.into(),
        unit: c.unit_offers.into(),
        table_head: vec![c.category.into(), c.number.into()],
        table: rows
            .iter()
            .map(|(n, v, _)| vec![n.clone(), v.to_string()])
            .collect(),
        rows: rows.into_iter().map(|(n, _, _)| n).collect(),
        series,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_floating_bar_keeps_its_offset_out_of_the_maximum_only_by_stacking() {
        let c = Chart {
            title: String::new(),
            unit: String::new(),
            rows: vec!["a".into(), "b".into()],
            series: vec![
                Series {
                    name: String::new(),
                    tone: Tone::Hidden,
                    values: vec![10.0, 1.0],
                },
                Series {
                    name: "x".into(),
                    tone: Tone::Brand,
                    values: vec![5.0, 2.0],
                },
            ],
            table_head: vec![],
            table: vec![],
        };
        assert_eq!(c.max(), 15.0);
        let (end, ticks) = c.axis();
        assert_eq!(end, 15.0);
        assert_eq!(ticks, vec![0.0, 5.0, 10.0, 15.0]);
        // The floating bar of row a: a gap of 10 of 15, then 5 of 15.
        let bars = c.bars(0);
        assert_eq!(bars[0].0, Tone::Hidden);
        assert!((bars[0].2 - 200.0 / 3.0).abs() < 1e-9 && (bars[1].2 - 100.0 / 3.0).abs() < 1e-9);
    }
}
