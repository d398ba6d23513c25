//! The links that make the data one model: which incentives apply to a parcel, which scenarios
//! and projects a parcel could host, and similar records in other alliance zones.

use crate::model::{
    Incentive, IncentiveStatus, LandParcel, Project, ProjectStatus, Scenario, ScenarioStatus,
};
use crate::order::{desc, sorted_by};
use crate::pack::Pack;

/// How an incentive applies to a parcel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Applies {
    /// Any project the parcel admits qualifies.
    Yes,
    /// Only a project investing at least this much (万元) qualifies: more than the parcel's own
    /// minimum.
    IfInvesting(f64),
}

/// Whether an incentive applies to a parcel (a rule of the engine, asked of the data).
pub trait IncentiveRules {
    /// Whether this incentive applies to `parcel`: active; issued by the parcel's zone or
    /// extended to it; for the parcel's permitted use and (when both name industries) one of
    /// its industries; and the parcel large enough. An investment threshold above what the
    /// parcel already demands makes it conditional.
    fn applies_to(&self, parcel: &LandParcel) -> Option<Applies>;
}

impl IncentiveRules for Incentive {
    fn applies_to(&self, parcel: &LandParcel) -> Option<Applies> {
        // The status first: it sits in the record itself, where the zone ids are strings
        // elsewhere in memory (on 100,000 records, reading them is what the matching costs).
        if self.status != IncentiveStatus::Active {
            return None;
        }
        let e = &self.eligibility;
        let zone_ok = self.zone == parcel.zone || e.zones.contains(&parcel.zone);
        let use_ok = e.land_uses.is_empty() || e.land_uses.contains(&parcel.land_use);
        let industry_ok = e.industries.is_empty()
            || parcel.industries.is_empty()
            || e.industries.iter().any(|i| parcel.industries.contains(i));
        let area_ok = e.min_area_mu.is_none_or(|m| parcel.area_mu.0 >= m.0);
        if !(zone_ok && use_ok && industry_ok && area_ok) {
            return None;
        }
        let required = e.min_investment.map_or(0.0, |m| m.0);
        let assured = parcel.min_investment.map_or(0.0, |m| m.0);
        Some(if required > assured {
            Applies::IfInvesting(required)
        } else {
            Applies::Yes
        })
    }
}

/// The records linked to a record: what makes the data one model.
pub trait Related {
    /// Incentives that apply to a parcel, unconditional ones first.
    fn incentives_for(&self, parcel: &LandParcel) -> Vec<(&Incentive, Applies)>;

    /// Parcels an incentive applies to.
    fn parcels_for(&self, incentive: &Incentive) -> Vec<(&LandParcel, Applies)>;

    /// Open scenarios in the parcel's zone in an industry the parcel is meant for.
    fn scenarios_for(&self, parcel: &LandParcel) -> Vec<&Scenario>;

    /// Open projects in the parcel's zone whose land need fits on it.
    fn projects_for(&self, parcel: &LandParcel) -> Vec<&Project>;

    /// Scenarios in other zones with the same industry or track, closest first.
    fn similar_scenarios(&self, s: &Scenario, limit: usize) -> Vec<&Scenario>;

    /// Projects in other zones of the same sub-type, or else of the same track.
    fn similar_projects(&self, p: &Project, limit: usize) -> Vec<&Project>;
}

impl Related for Pack {
    fn incentives_for(&self, parcel: &LandParcel) -> Vec<(&Incentive, Applies)> {
        let list: Vec<_> = self
            .incentives
            .iter()
            .filter_map(|i| i.applies_to(parcel).map(|a| (i, a)))
            .collect();
        sorted_by(list, |(_, a)| {
            [u64::from(matches!(a, Applies::IfInvesting(_))), 0]
        })
    }

    fn parcels_for(&self, incentive: &Incentive) -> Vec<(&LandParcel, Applies)> {
        self.parcels
            .iter()
            .filter_map(|p| incentive.applies_to(p).map(|a| (p, a)))
            .collect()
    }

    fn scenarios_for(&self, parcel: &LandParcel) -> Vec<&Scenario> {
        self.scenarios
            .iter()
            .filter(|s| {
                s.zone == parcel.zone
                    && s.status == ScenarioStatus::Open
                    && (parcel.industries.is_empty() || parcel.industries.contains(&s.industry))
            })
            .collect()
    }

    fn projects_for(&self, parcel: &LandParcel) -> Vec<&Project> {
        self.projects
            .iter()
            .filter(|p| {
                p.zone == parcel.zone
                    && p.status == ProjectStatus::Open
                    && p.land_mu.is_none_or(|m| m.0 <= parcel.area_mu.0)
            })
            .collect()
    }

    fn similar_scenarios(&self, s: &Scenario, limit: usize) -> Vec<&Scenario> {
        let list: Vec<(u8, &Scenario)> = self
            .scenarios
            .iter()
            .filter(|o| o.zone != s.zone)
            .filter_map(|o| {
                let industry = o.industry == s.industry;
                let track = s.track.is_some() && o.track == s.track;
                let score = u8::from(industry) + u8::from(track);
                (score > 0).then_some((score, o))
            })
            .collect();
        best(list, limit)
    }

    fn similar_projects(&self, p: &Project, limit: usize) -> Vec<&Project> {
        let list: Vec<(u8, &Project)> = self
            .projects
            .iter()
            .filter(|o| o.zone != p.zone && o.kind.track() == p.kind.track())
            .map(|o| (u8::from(o.kind == p.kind), o))
            .collect();
        best(list, limit)
    }
}

/// The `limit` records with the highest score, ties in data order.
fn best<T>(scored: Vec<(u8, T)>, limit: usize) -> Vec<T> {
    sorted_by(scored, |(score, _)| [desc(u64::from(*score)), 0])
        .into_iter()
        .take(limit)
        .map(|(_, o)| o)
        .collect()
}
