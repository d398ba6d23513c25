//! Incentive offers. Each zone's first two offers (a land offer, then an investment subsidy or a
//! loan interest subsidy) apply to its 40–60 亩 industrial parcel, so that matching parcels to
//! incentives finds something everywhere.

use shared::model::{
    Eligibility, Incentive, IncentiveCategory, IncentiveStatus, Industry, LandUse, Membership,
    Policy, Track, Zone,
};
use shared::values::{Amount, Mu, Wan};

use crate::util::{date_of, dn, month_start, verified, Ctx, Desk, Rng};

#[derive(Clone, Copy)]
pub enum Inds {
    Any,
    /// The issuing zone's sectors.
    Sectors,
    Fixed(&'static [Industry]),
}

#[derive(Clone, Copy, PartialEq)]
pub enum Scope {
    /// The issuing zone only.
    Own,
    /// Every other zone of the pack as well (alliance-wide offer).
    Alliance,
    /// These other zones as well.
    Zones(&'static [&'static str]),
}

pub struct Tpl {
    pub category: IncentiveCategory,
    pub amount: Option<f64>,
    pub rate: Option<f64>,
    pub cap: Option<f64>,
    pub land_uses: &'static [LandUse],
    pub industries: Inds,
    pub min_investment: Option<f64>,
    pub min_area: Option<f64>,
    pub scope: Scope,
    pub title: (&'static str, &'static str),
    pub summary: (&'static str, &'static str),
    pub policy: (&'static str, &'static str),
}

macro_rules! inc {
    (@o -) => { None };
    (@o $v:literal) => { Some($v as f64) };
    ($cat:ident amount $a:tt rate $r:tt cap $c:tt
     uses [$($lu:ident)*] inds $inds:expr, min_inv $mi:tt min_area $ma:tt scope $scope:expr,
     $tz:literal / $te:literal
     $sz:literal / $se:literal
     policy $pz:literal / $pe:literal) => {
        Tpl {
            category: IncentiveCategory::$cat,
            amount: inc!(@o $a),
            rate: inc!(@o $r),
            cap: inc!(@o $c),
            land_uses: &[$(LandUse::$lu),*],
            industries: $inds,
            min_investment: inc!(@o $mi),
            min_area: inc!(@o $ma),
            scope: $scope,
            title: ($tz, $te),
            summary: ($sz, $se),
            policy: ($pz, $pe),
        }
    };
}

mod templates;
use templates::*;

/// The order in which a zone uses templates: a land offer, an offer for industrial projects,
/// the zone's special offers, then a rotating pool filtered by what fits the zone.
fn sequence(ctx: &Ctx) -> Vec<&'static Tpl> {
    let k = ctx.index;
    let mut seq = vec![&LAND[k % LAND.len()], &INDUSTRIAL[k % INDUSTRIAL.len()]];
    match ctx.id() {
        "yancheng" => seq.push(&ALLIANCE_TRANSFER),
        "bengbu" => seq.push(&RIVER_ROUTES_SHARED),
        _ => {}
    }
    let air = ctx.profile.air_push
        || ctx
            .profile
            .kinds
            .iter()
            .any(|k| k.track() == Track::LowAltitude);
    let mut pool: Vec<&Tpl> = POOL.iter().collect();
    if ctx.sectors.iter().any(|s| {
        matches!(
            s,
            Industry::Equipment | Industry::Safety | Industry::Vehicles
        )
    }) {
        pool.push(&FIRST_SET);
    }
    if air {
        pool.push(&AIR_SUBSIDY);
    }
    if ctx.profile.river() && ctx.id() != "bengbu" {
        pool.push(&RIVER_ROUTES);
    }
    let len = pool.len();
    pool.rotate_left((k * 3) % len);
    seq.extend(pool);
    seq.extend(
        LAND.iter()
            .filter(|t| !seq.iter().any(|s| std::ptr::eq(*s, *t)))
            .collect::<Vec<_>>(),
    );
    seq.extend(
        INDUSTRIAL
            .iter()
            .filter(|t| !seq.iter().any(|s| std::ptr::eq(*s, *t)))
            .collect::<Vec<_>>(),
    );
    seq
}

/// `n` incentives of one zone. `all_zones` is needed for offers that reach other zones.
pub fn generate(ctx: &Ctx, n: usize, width_total: usize, all_zones: &[Zone]) -> Vec<Incentive> {
    let mut rng = Rng::for_stream(4, ctx.index);
    let seq = sequence(ctx);
    (0..n)
        .map(|i| {
            let t = seq[i % seq.len()];
            // The first offers, and the shared ones, stay active for the matching stories.
            let keep_active = i % seq.len() < 2 || t.scope != Scope::Own;
            build(ctx, t, i, width_total, all_zones, keep_active, &mut rng)
        })
        .collect()
}

fn build(
    ctx: &Ctx,
    t: &Tpl,
    i: usize,
    width_total: usize,
    all_zones: &[Zone],
    keep_active: bool,
    rng: &mut Rng,
) -> Incentive {
    let life = if keep_active {
        rng.weighted(&[55, 45, 0, 0, 0])
    } else {
        rng.weighted(&[45, 30, 12, 8, 5])
    };
    let (until, status) = match life {
        0 => (dn(2027, 12, 31), IncentiveStatus::Active),
        1 => (dn(2028, 12, 31), IncentiveStatus::Active),
        2 => (dn(2026, 12, 31), IncentiveStatus::Active),
        3 => (dn(2026, 6, 30), IncentiveStatus::Expired),
        _ => (dn(2027, 12, 31), IncentiveStatus::Suspended),
    };
    let from = if status == IncentiveStatus::Expired {
        month_start(2024, 1, rng.int(0, 17))
    } else {
        month_start(2024, 7, rng.int(0, 24))
    };
    let zones = match t.scope {
        Scope::Own => Vec::new(),
        // Alliance-wide: the other members (not guest zones).
        Scope::Alliance => all_zones
            .iter()
            .filter(|z| z.membership == Membership::Member && z.id.as_str() != ctx.id())
            .map(|z| z.id.clone())
            .collect(),
        Scope::Zones(ids) => all_zones
            .iter()
            .filter(|z| ids.contains(&z.id.as_str()))
            .map(|z| z.id.clone())
            .collect(),
    };
    let industries = match t.industries {
        Inds::Any => Vec::new(),
        Inds::Sectors => ctx.sectors.clone(),
        Inds::Fixed(list) => list.to_vec(),
    };
    Incentive {
        id: ctx.record_id("in", i + 1, width_total),
        zone: ctx.zone.id.clone(),
        title: ctx.fill(t.title.0, t.title.1),
        summary: ctx.fill(t.summary.0, t.summary.1),
        category: t.category,
        amount_wan: t.amount.map(Wan),
        rate_percent: t.rate.map(Amount),
        cap_wan: t.cap.map(Wan),
        eligibility: Eligibility {
            zones,
            land_uses: t.land_uses.to_vec(),
            industries,
            min_investment: t.min_investment.map(Wan),
            min_area_mu: t.min_area.map(Mu),
        },
        valid_from: date_of(from),
        valid_until: date_of(until),
        policy: Policy {
            title: ctx.fill(t.policy.0, t.policy.1),
            number: None,
            url: None,
        },
        status,
        contact: ctx.contact(Desk::Incentives),
        verified: verified(rng, 0),
        sources: Vec::new(),
    }
}
