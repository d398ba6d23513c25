//! Open application scenarios (场景开放): templates and how they become records of a zone.

use shared::model::{Industry, Party, Province, Scenario, ScenarioStatus, Track};
use shared::values::{Range, Text};

use crate::util::{date_between, dn, nice_wan, verified, Ctx, Desk, Rng};

/// A scenario template; `{z}`, `{c}`, `{port}` and `{w}` are filled per zone.
pub struct Tpl {
    /// Zones this template was written for; empty means "any zone that fits".
    pub zones: &'static [&'static str],
    pub industry: Industry,
    pub track: Option<Track>,
    pub party: Party,
    /// Typical budget in 万元 (min, max) before variation.
    pub budget: (f64, f64),
    pub title: (&'static str, &'static str),
    pub need: (&'static str, &'static str),
    /// Requirements specific to this need; general ones are added.
    pub req: &'static [(&'static str, &'static str)],
}

/// `sc! { [zones] Industry none|air|river Party min - max  "title" / "title"  "need" / "need"
/// "requirement" / "requirement" … }`
macro_rules! sc {
    (@track none) => { None };
    (@track air) => { Some(Track::LowAltitude) };
    (@track river) => { Some(Track::InlandRiver) };
    ([$($z:literal),*] $ind:ident $track:ident $party:ident $lo:literal - $hi:literal
     $tz:literal / $te:literal
     $nz:literal / $ne:literal
     $($rz:literal / $re:literal)*) => {
        Tpl {
            zones: &[$($z),*],
            industry: Industry::$ind,
            track: sc!(@track $track),
            party: Party::$party,
            budget: ($lo as f64, $hi as f64),
            title: ($tz, $te),
            need: ($nz, $ne),
            req: &[$(($rz, $re)),*],
        }
    };
}

mod generic;
mod zones_a;
mod zones_b;
mod zones_c;

const GENERAL_REQ: &[(&str, &str)] = &[
    (
        "具有独立法人资格，近三年无重大违法违规记录",
        "An independent legal entity with no serious violations of law in the past three years",
    ),
    (
        "近三年具有不少于2个同类项目业绩",
        "At least two similar projects completed in the past three years",
    ),
    (
        "能够在园区设立项目团队或服务网点",
        "Able to station a project team or service point in the zone",
    ),
    (
        "方案包含不少于6个月的试运行期",
        "The proposal includes a trial-operation period of at least six months",
    ),
    (
        "数据存储与处理符合国家网络安全和数据安全要求",
        "Data storage and processing comply with national cybersecurity and data-security rules",
    ),
    (
        "接受分阶段验收、按里程碑付款",
        "Accepts staged acceptance and payment by milestones",
    ),
    (
        "提供不少于2年的免费质保和运维服务",
        "Provides at least two years of free warranty and maintenance",
    ),
    (
        "淮河高新区联盟成员园区企业同等条件下优先",
        "Companies from alliance member zones are preferred on equal terms",
    ),
];

const AIR_REQ: &[(&str, &str)] = &[
    (
        "持有民用无人驾驶航空器运营合格证，飞手持有有效执照",
        "Holds a civil drone operating certificate; pilots hold valid licences",
    ),
    (
        "飞行活动依规申报空域，并投保第三者责任险",
        "Files airspace requests as required and carries third-party liability insurance",
    ),
];

const RIVER_REQ: &[(&str, &str)] = &[
    (
        "港区及水上作业遵守港口和水上交通安全管理规定",
        "Work in the port and on the water follows port and waterborne traffic safety rules",
    ),
    (
        "熟悉内河港航业务流程",
        "Familiar with inland port and shipping operations",
    ),
];

/// The order in which a zone uses templates: its own first, then its sectors interleaved with
/// low-altitude (and, on a waterway, inland-river) ones, then general ones.
fn sequence(ctx: &Ctx) -> Vec<&'static Tpl> {
    let id = ctx.id();
    let own: Vec<&Tpl> = [zones_a::TEMPLATES, zones_b::TEMPLATES, zones_c::TEMPLATES]
        .into_iter()
        .flatten()
        .filter(|t| t.zones.contains(&id))
        .collect();
    // Round-robin over the zone's sectors so that every leading industry shows up early.
    let per_sector: Vec<Vec<&Tpl>> = ctx
        .sectors
        .iter()
        .map(|s| {
            generic::SECTOR
                .iter()
                .filter(|t| t.industry == *s)
                .collect()
        })
        .collect();
    let mut sector = Vec::new();
    for round in 0..4 {
        for list in &per_sector {
            if round < list.len() {
                sector.push(list[(round + ctx.index) % list.len()]);
            }
        }
        if per_sector.iter().all(|l| round + 1 >= l.len()) {
            break;
        }
    }
    let mut tracks: Vec<&Tpl> = generic::AIR.iter().collect();
    let len = tracks.len();
    tracks.rotate_left(ctx.index % len);
    if ctx.profile.river() {
        let mut river: Vec<&Tpl> = generic::RIVER.iter().collect();
        let len = river.len();
        river.rotate_left(ctx.index % len);
        tracks = interleave(&river, &tracks);
    }
    let mut seq = own;
    seq.extend(interleave(&sector, &tracks));
    seq.extend(generic::GENERAL.iter());
    seq
}

fn interleave<'a>(a: &[&'a Tpl], b: &[&'a Tpl]) -> Vec<&'a Tpl> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        for _ in 0..2 {
            if i < a.len() {
                out.push(a[i]);
                i += 1;
            }
        }
        if j < b.len() {
            out.push(b[j]);
            j += 1;
        }
    }
    out
}

/// `n` scenarios of one zone.
pub fn generate(ctx: &Ctx, n: usize, width_total: usize) -> Vec<Scenario> {
    let mut rng = Rng::for_stream(1, ctx.index);
    let seq = sequence(ctx);
    (0..n)
        .map(|i| build(ctx, seq[i % seq.len()], i, width_total, &mut rng))
        .collect()
}

fn build(ctx: &Ctx, t: &Tpl, i: usize, width_total: usize, rng: &mut Rng) -> Scenario {
    // The user story "open low-altitude scenarios in Anhui over 500 万元" must find the zones'
    // own low-altitude needs open.
    let anhui_air = ctx.zone.province == Province::Anhui
        && t.track == Some(Track::LowAltitude)
        && !t.zones.is_empty();
    let status = if anhui_air {
        ScenarioStatus::Open
    } else {
        [
            ScenarioStatus::Open,
            ScenarioStatus::Matching,
            ScenarioStatus::Awarded,
            ScenarioStatus::Closed,
        ][rng.weighted(&[64, 15, 13, 8])]
    };
    let f = rng.float(0.85, 1.2);
    let min = nice_wan(t.budget.0 * f).clamp(30.0, 3000.0);
    let max = nice_wan(t.budget.1 * f).clamp(min, 3000.0);
    let (published, deadline) = match status {
        ScenarioStatus::Open => {
            let p = rng.int(dn(2026, 6, 1), dn(2026, 11, 20));
            (p, rng.int(dn(2026, 12, 5), dn(2027, 6, 30)))
        }
        ScenarioStatus::Matching => {
            let p = rng.int(dn(2026, 3, 1), dn(2026, 8, 31));
            (p, (p + rng.int(45, 90)).min(dn(2026, 11, 25)))
        }
        ScenarioStatus::Awarded => {
            let p = rng.int(dn(2026, 1, 5), dn(2026, 7, 15));
            (p, p + rng.int(30, 75))
        }
        ScenarioStatus::Closed => {
            let p = rng.int(dn(2026, 1, 5), dn(2026, 6, 30));
            (p, p + rng.int(30, 60))
        }
    };
    Scenario {
        id: ctx.record_id("sc", i + 1, width_total),
        zone: ctx.zone.id.clone(),
        title: ctx.fill(t.title.0, t.title.1),
        need: ctx.fill(t.need.0, t.need.1),
        party: t.party,
        industry: t.industry,
        track: t.track,
        budget: Range { min, max },
        status,
        published: date_between(rng, published, published),
        deadline: date_between(rng, deadline, deadline),
        requirements: requirements(ctx, t, rng),
        contact: ctx.contact(Desk::Scenarios),
        verified: verified(rng, published),
        sources: Vec::new(),
    }
}

/// 2–4 requirements: the template's own, one for the track, then general ones.
fn requirements(ctx: &Ctx, t: &Tpl, rng: &mut Rng) -> Vec<Text> {
    let mut reqs: Vec<(&str, &str)> = t.req.iter().take(2).copied().collect();
    match t.track {
        Some(Track::LowAltitude) => reqs.push(*rng.pick(AIR_REQ)),
        Some(Track::InlandRiver) => reqs.push(*rng.pick(RIVER_REQ)),
        None => {}
    }
    let extra = if reqs.len() >= 3 || rng.chance(0.5) {
        1
    } else {
        2
    };
    let target = (reqs.len() + extra).clamp(2, 4);
    while reqs.len() < target {
        let r = *rng.pick(GENERAL_REQ);
        if !reqs.contains(&r) {
            reqs.push(r);
        }
    }
    reqs.into_iter().map(|(zh, en)| ctx.fill(zh, en)).collect()
}
