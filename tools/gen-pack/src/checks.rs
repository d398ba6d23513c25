//! Rules the generated listings must keep beyond the schema (which serde and the `validate`
//! command enforce): unique ids, plausible values, and the data the user stories rely on.

use std::collections::HashSet;

use shared::model::{
    Incentive, IncentiveStatus, LandParcel, LandUse, ParcelStatus, ProjectKind, Province,
    ScenarioStatus, Track,
};

use crate::util::{date_of, dn, Ctx};
use crate::Generated;

/// Whether `inc` applies to every project on `parcel`: same or listed zone, land use, industry,
/// area, and a parcel minimum investment at or above the offer's threshold.
pub fn applies(inc: &Incentive, parcel: &LandParcel) -> bool {
    let e = &inc.eligibility;
    inc.status == IncentiveStatus::Active
        && (inc.zone == parcel.zone || e.zones.contains(&parcel.zone))
        && (e.land_uses.is_empty() || e.land_uses.contains(&parcel.land_use))
        && (e.industries.is_empty()
            || parcel.industries.is_empty()
            || e.industries.iter().any(|i| parcel.industries.contains(i)))
        && e.min_area_mu.is_none_or(|m| parcel.area_mu.0 >= m.0)
        && e.min_investment
            .is_none_or(|m| parcel.min_investment.is_some_and(|p| p.0 >= m.0))
}

/// Every broken rule, in words; empty when the pack is fine. `bundled` adds the minimum
/// counts of the bundled pack.
pub fn check(ctxs: &[Ctx], pack: &Generated, bundled: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    let all_ids = pack
        .scenarios
        .iter()
        .map(|r| &r.id)
        .chain(pack.projects.iter().map(|r| &r.id))
        .chain(pack.parcels.iter().map(|r| &r.id))
        .chain(pack.incentives.iter().map(|r| &r.id));
    for id in all_ids {
        if !ids.insert(id) {
            out.push(format!("duplicate id {id}"));
        }
    }

    for s in &pack.scenarios {
        let b = s.budget;
        if !(30.0..=3000.0).contains(&b.min) || !(30.0..=3000.0).contains(&b.max) || b.min > b.max {
            out.push(format!(
                "{}: budget {}–{} out of 30–3000 万元",
                s.id, b.min, b.max
            ));
        }
        let (first, last) = (date_of(dn(2026, 1, 1)), date_of(dn(2026, 11, 30)));
        if s.published < first || s.published > last || s.deadline < s.published {
            out.push(format!("{}: dates {} → {}", s.id, s.published, s.deadline));
        }
        if !(2..=4).contains(&s.requirements.len()) {
            out.push(format!("{}: {} requirements", s.id, s.requirements.len()));
        }
    }
    for p in &pack.projects {
        let (lo, hi) = match p.kind.track() {
            Track::InlandRiver => (5_000.0, 300_000.0),
            Track::LowAltitude => (2_000.0, 80_000.0),
        };
        if !(lo..=hi).contains(&p.investment.0) || p.seeking.is_empty() || p.seeking.len() > 3 {
            out.push(format!(
                "{}: investment {} or seeking {:?}",
                p.id, p.investment.0, p.seeking
            ));
        }
    }
    for l in &pack.parcels {
        if !(10.0..=300.0).contains(&l.area_mu.0) || l.plot_ratio.min > l.plot_ratio.max {
            out.push(format!("{}: area {} or plot ratio", l.id, l.area_mu.0));
        }
    }

    for ctx in ctxs {
        let z = &ctx.zone.id;
        let river_projects = pack
            .projects
            .iter()
            .filter(|p| &p.zone == z && p.kind.track() == Track::InlandRiver)
            .count();
        if !ctx.profile.river() && river_projects > 0 {
            out.push(format!(
                "{z}: inland-river projects in a zone without a waterway"
            ));
        }
        let fifty: Vec<&LandParcel> = pack
            .parcels
            .iter()
            .filter(|l| {
                &l.zone == z
                    && l.land_use == LandUse::Industrial
                    && l.status == ParcelStatus::Available
                    && (40.0..=60.0).contains(&l.area_mu.0)
            })
            .collect();
        if fifty.is_empty() {
            out.push(format!("{z}: no available 40–60 亩 industrial parcel"));
        }
        // Two offers must apply (every offer, in a tiny pack with fewer per zone).
        let offers = pack.incentives.iter().filter(|i| &i.zone == z).count();
        for parcel in fifty {
            let n = pack
                .incentives
                .iter()
                .filter(|i| applies(i, parcel))
                .count();
            if n < offers.min(2) {
                out.push(format!("{}: only {n} incentives apply", parcel.id));
            }
        }
        if ctx.zone.province == Province::Anhui {
            let found = pack.scenarios.iter().any(|s| {
                &s.zone == z
                    && s.status == ScenarioStatus::Open
                    && s.track == Some(Track::LowAltitude)
                    && s.budget.max > 500.0
            });
            if !found {
                out.push(format!("{z}: no open low-altitude scenario over 500 万元"));
            }
        }
        let has = |n: usize| n > 0;
        let counts = [
            pack.scenarios.iter().filter(|r| &r.zone == z).count(),
            pack.projects.iter().filter(|r| &r.zone == z).count(),
            pack.parcels.iter().filter(|r| &r.zone == z).count(),
            pack.incentives.iter().filter(|r| &r.zone == z).count(),
        ];
        if !counts.into_iter().all(has) {
            out.push(format!("{z}: missing a kind of record {counts:?}"));
        }
    }

    if bundled {
        for kind in ProjectKind::ALL {
            if !pack.projects.iter().any(|p| p.kind == *kind) {
                out.push(format!("no project of kind {}", kind.as_str()));
            }
        }
        let minimum = [
            ("scenarios", pack.scenarios.len(), 120),
            ("projects", pack.projects.len(), 40),
            ("parcels", pack.parcels.len(), 80),
            ("incentives", pack.incentives.len(), 50),
        ];
        for (what, n, min) in minimum {
            if n < min {
                out.push(format!("{n} {what}, fewer than {min}"));
            }
        }
    }
    out
}
