//! Land parcels offered to investors. Each zone's first parcel is a 40–60 亩 industrial one for
//! its first leading industry (a user story looks for "a 50-亩 industrial parcel").

use shared::model::{Distances, Industry, LandParcel, LandUse, ParcelStatus, ProjectKind, Utility};
use shared::values::{Km, Lat, Lon, Mu, Range, Text, Wan};

use crate::util::{date_between, dn, nice_wan, round_to, verified, Ctx, Desk, Rng};

const NUMERALS: [(&str, &str); 9] = [
    ("一", "yi"),
    ("二", "er"),
    ("三", "san"),
    ("四", "si"),
    ("五", "wu"),
    ("六", "liu"),
    ("七", "qi"),
    ("八", "ba"),
    ("九", "jiu"),
];

/// Named roads that many zones have, for the second half of a location.
const NAMED_ROADS: [(&str, &str); 8] = [
    ("科技大道", "Keji Avenue"),
    ("创新大道", "Chuangxin Avenue"),
    ("高新大道", "Gaoxin Avenue"),
    ("创业路", "Chuangye Road"),
    ("工业大道", "Gongye Avenue"),
    ("学府路", "Xuefu Road"),
    ("智造大道", "Zhizao Avenue"),
    ("兴业路", "Xingye Road"),
];

/// The park a parcel lies in, by land use and (for industrial land) industry.
fn park(land_use: LandUse, industry: Industry, river: bool) -> (&'static str, &'static str) {
    use Industry::*;
    match land_use {
        LandUse::Research => ("科创研发基地", "Sci-Tech R&D Base"),
        LandUse::NewIndustrial => ("科技创新城", "Sci-Tech Innovation City"),
        LandUse::Commercial => ("科技商务区", "Sci-Tech Business District"),
        LandUse::Logistics if river => ("临港物流园", "Port Logistics Park"),
        LandUse::Logistics => ("现代物流园", "Modern Logistics Park"),
        LandUse::Industrial => match industry {
            Electronics => ("电子信息产业园", "Electronic Information Industrial Park"),
            Equipment => ("高端装备产业园", "Advanced Equipment Industrial Park"),
            NewEnergy => ("新能源产业园", "New Energy Industrial Park"),
            NewMaterials => ("新材料产业园", "New Materials Industrial Park"),
            Biomedicine => ("生物医药产业园", "Biomedicine Industrial Park"),
            Vehicles => ("汽车零部件产业园", "Auto Parts Industrial Park"),
            Safety => ("安全应急产业园", "Safety and Emergency Industrial Park"),
            Digital => ("数字经济产业园", "Digital Economy Industrial Park"),
            GreenFood => ("绿色食品产业园", "Green Food Industrial Park"),
            Chemicals => ("化工新材料园区", "Chemical New Materials Park"),
            LowAltitude => ("低空经济产业园", "Low-Altitude Economy Industrial Park"),
            Logistics => ("智能制造产业园", "Smart Manufacturing Industrial Park"),
        },
    }
}

/// `n` parcels of one zone.
pub fn generate(ctx: &Ctx, n: usize, width_total: usize) -> Vec<LandParcel> {
    let mut rng = Rng::for_stream(3, ctx.index);
    (0..n)
        .map(|i| build(ctx, i, width_total, &mut rng))
        .collect()
}

fn plan(ctx: &Ctx, i: usize, rng: &mut Rng) -> (LandUse, Vec<Industry>, f64) {
    let sectors = &ctx.sectors;
    let sector = |k: usize| sectors[k % sectors.len()];
    let air_maker = ctx
        .profile
        .kinds
        .iter()
        .any(|k| matches!(k, ProjectKind::Drones | ProjectKind::Evtol));
    let round = i / 5;
    match i % 5 {
        0 => {
            // Several exactly 50 亩, the rest 40–60 亩.
            let area = if (ctx.index + round).is_multiple_of(3) {
                50.0
            } else {
                round_to(rng.float(40.0, 60.0), 1)
            };
            (LandUse::Industrial, vec![sector(round)], area)
        }
        1 => {
            let inds = vec![sector(round + 1), sector(round + 2)];
            (
                LandUse::Industrial,
                dedup(inds),
                round_to(rng.float(60.0, 220.0), 1),
            )
        }
        2 if air_maker && round.is_multiple_of(2) => (
            LandUse::Industrial,
            vec![Industry::LowAltitude, Industry::Equipment],
            round_to(rng.float(50.0, 150.0), 1),
        ),
        2 if (round + ctx.index) % 3 == 1 => (
            LandUse::NewIndustrial,
            dedup(vec![sector(round), Industry::Digital]),
            round_to(rng.float(15.0, 45.0), 1),
        ),
        2 => (
            LandUse::Industrial,
            vec![sector(round + 2)],
            round_to(rng.float(25.0, 120.0), 1),
        ),
        3 if ctx.profile.river() || rng.chance(0.3) => (
            LandUse::Logistics,
            vec![Industry::Logistics],
            round_to(rng.float(60.0, 300.0), 1),
        ),
        3 => (
            LandUse::Research,
            vec![sector(round)],
            round_to(rng.float(10.0, 40.0), 1),
        ),
        _ if rng.chance(0.2) => (
            LandUse::Commercial,
            Vec::new(),
            round_to(rng.float(10.0, 35.0), 1),
        ),
        _ => (
            LandUse::Industrial,
            vec![sector(round + 1)],
            round_to(rng.float(20.0, 300.0), 1),
        ),
    }
}

fn dedup(mut v: Vec<Industry>) -> Vec<Industry> {
    v.dedup();
    v
}

fn build(ctx: &Ctx, i: usize, width_total: usize, rng: &mut Rng) -> LandParcel {
    let (land_use, industries, area) = plan(ctx, i, rng);
    let river = ctx.profile.river();
    let (park_zh, park_en) = park(
        land_use,
        industries.first().copied().unwrap_or(Industry::Equipment),
        river,
    );
    // A block letter and a plot number, unique within the zone for up to 780 parcels.
    let letter = (b'A' + ((i / 30 + ctx.index) % 26) as u8) as char;
    let block = format!("{letter}-{:02}", ((i % 30) * 7 + ctx.index * 3) % 30 + 1);
    let name = Text::new(
        format!("{}{park_zh}{block}地块", ctx.zone.short_name.zh),
        format!("{} {park_en}, Plot {block}", ctx.zone.short_name.en),
    );
    let status = if i.is_multiple_of(5) {
        ParcelStatus::Available
    } else {
        [
            ParcelStatus::Available,
            ParcelStatus::Reserved,
            ParcelStatus::Transferred,
        ][rng.weighted(&[76, 15, 9])]
    };
    let (plot_lo, plot_hi): (&[f64], &[f64]) = match land_use {
        LandUse::Industrial => (&[1.0, 1.2], &[1.5, 2.0, 2.5]),
        LandUse::Logistics => (&[0.8, 1.0], &[1.2, 1.5]),
        LandUse::Research | LandUse::NewIndustrial => (&[1.5, 2.0], &[2.5, 3.0, 3.5]),
        LandUse::Commercial => (&[1.5, 2.0], &[2.5, 3.0]),
    };
    let plot_ratio = Range {
        min: *rng.pick(plot_lo),
        max: *rng.pick(plot_hi),
    };
    let factor = match land_use {
        LandUse::Industrial => 1.0,
        LandUse::Logistics => 1.1,
        LandUse::Research => 1.3,
        LandUse::NewIndustrial => 1.5,
        LandUse::Commercial => rng.float(3.0, 4.5),
    };
    let price = round_to(ctx.profile.land_price * factor * rng.float(0.85, 1.2), 1);
    let intensity = match land_use {
        LandUse::Industrial | LandUse::NewIndustrial => {
            Some(ctx.profile.land_price * rng.float(15.0, 25.0))
        }
        LandUse::Logistics => Some(ctx.profile.land_price * rng.float(7.0, 12.0)),
        LandUse::Research => Some(ctx.profile.land_price * rng.float(12.0, 20.0)),
        LandUse::Commercial => None,
    };
    let min_investment = intensity
        .filter(|_| {
            matches!(land_use, LandUse::Industrial | LandUse::NewIndustrial) || rng.chance(0.7)
        })
        .map(|per_mu| Wan(nice_wan(per_mu * area)));
    let available_from = match status {
        ParcelStatus::Available if rng.chance(0.55) => None,
        ParcelStatus::Available => Some(date_between(rng, dn(2026, 3, 1), dn(2027, 3, 31))),
        ParcelStatus::Reserved => Some(date_between(rng, dn(2027, 3, 1), dn(2027, 12, 31))),
        ParcelStatus::Transferred => None,
    };
    let lat = round_to(ctx.zone.lat.0 + rng.float(-0.12, 0.12), 4);
    let lon = round_to(ctx.zone.lon.0 + rng.float(-0.12, 0.12), 4);
    LandParcel {
        id: ctx.record_id("lp", i + 1, width_total),
        zone: ctx.zone.id.clone(),
        name,
        location: location(rng),
        area_mu: Mu(area),
        land_use,
        plot_ratio,
        price_wan_per_mu: Wan(price),
        status,
        available_from,
        utilities: utilities(land_use, status, rng),
        distances: distances(ctx, rng),
        industries,
        min_investment,
        lat: Lat(lat),
        lon: Lon(lon),
        contact: ctx.contact(Desk::Parcels),
        verified: verified(rng, 0),
        sources: Vec::new(),
    }
}

/// A location such as 「纬三路以南、经五路以东」 / "South of Weisan Road, east of Jingwu Road".
fn location(rng: &mut Rng) -> Text {
    let (wz, we) = *rng.pick(&NUMERALS);
    let (ns_zh, ns_en) = *rng.pick(&[("以南", "South"), ("以北", "North")]);
    let (ew_zh, ew_en) = *rng.pick(&[("以东", "east"), ("以西", "west")]);
    if rng.chance(0.6) {
        let (jz, je) = *rng.pick(&NUMERALS);
        Text::new(
            format!("纬{wz}路{ns_zh}、经{jz}路{ew_zh}"),
            format!("{ns_en} of Wei{we} Road, {ew_en} of Jing{je} Road"),
        )
    } else {
        let (rz, re) = *rng.pick(&NAMED_ROADS);
        Text::new(
            format!("纬{wz}路{ns_zh}、{rz}{ew_zh}"),
            format!("{ns_en} of Wei{we} Road, {ew_en} of {re}"),
        )
    }
}

fn utilities(land_use: LandUse, status: ParcelStatus, rng: &mut Rng) -> Vec<Utility> {
    use Utility::*;
    let mut have: Vec<Utility> = if status == ParcelStatus::Reserved && rng.chance(0.6) {
        vec![Road, Water, Power]
    } else {
        vec![Road, Water, Power, Sewage, Telecom, Levelled]
    };
    if land_use != LandUse::Commercial && rng.chance(0.15) {
        have.retain(|u| *u != Levelled);
    }
    if rng.chance(0.6) {
        have.push(Gas);
    }
    if land_use == LandUse::Industrial && rng.chance(0.25) {
        have.push(Heat);
    }
    // Keep the canonical order of the vocabulary.
    Utility::ALL
        .iter()
        .copied()
        .filter(|u| have.contains(u))
        .collect()
}

fn distances(ctx: &Ctx, rng: &mut Rng) -> Distances {
    let p = ctx.profile;
    let mut km = |r: Option<(f64, f64)>| r.map(|(lo, hi)| Km(round_to(rng.float(lo, hi), 1)));
    Distances {
        port_km: km(p.port_km),
        airport_km: km(p.airport_km),
        expressway_km: km(Some((1.0, 8.0))),
        rail_km: km(Some(p.rail_km)),
    }
}
