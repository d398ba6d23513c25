//! Small deterministic helpers: a seeded PRNG, calendar arithmetic, rounding and the per-zone
//! context that fills `{z}` / `{c}` / `{port}` / `{w}` placeholders and builds contacts.

use shared::model::{Contact, Zone};
use shared::values::{Date, Id, Text};

use crate::profiles::Profile;

/// splitmix64: tiny, fast and good enough for varied sample numbers. Never seeded from the OS.
pub struct Rng(u64);

impl Rng {
    /// A generator for one (kind, zone) pair, so each zone's records do not depend on the others.
    pub fn for_stream(kind: u64, zone_index: usize) -> Self {
        let mut r = Rng(0x4855_4149_4845_2026 ^ kind.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.0 ^= (zone_index as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED03);
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next_u64() % ((hi - lo + 1) as u64)) as i64
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn float(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Index chosen by integer weights.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn day_number(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` days after 1970-01-01.
pub fn date_of(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date::from_ymd(y as i32, m as u8, d as u8).expect("a valid calendar date")
}

/// Day number of `y-m-d`.
pub fn dn(y: i64, m: i64, d: i64) -> i64 {
    day_number(y, m, d)
}

/// A date uniformly between two day numbers (inclusive).
pub fn date_between(rng: &mut Rng, lo: i64, hi: i64) -> Date {
    date_of(rng.int(lo, hi.max(lo)))
}

/// The first day of a month `offset` months after `y-m`.
pub fn month_start(y: i64, m: i64, offset: i64) -> i64 {
    let idx = y * 12 + (m - 1) + offset;
    day_number(idx.div_euclid(12), idx.rem_euclid(12) + 1, 1)
}

/// Data were last checked between 2026-10-01 and the pack date 2026-11-27, never before `after`.
pub fn verified(rng: &mut Rng, after: i64) -> Date {
    let lo = dn(2026, 10, 1).max(after);
    date_between(rng, lo, dn(2026, 11, 27).max(lo))
}

/// Rounds to a "nice" step for money in 万元: 5 below 200, 10 below 1,000, 50 below 10,000,
/// 100 above.
pub fn nice_wan(x: f64) -> f64 {
    let step = if x < 200.0 {
        5.0
    } else if x < 1_000.0 {
        10.0
    } else if x < 10_000.0 {
        50.0
    } else {
        100.0
    };
    ((x / step).round() * step).max(step)
}

pub fn round_to(x: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (x * f).round() / f
}

/// A zone with its profile: everything a template needs to become a record of that zone.
pub struct Ctx<'a> {
    pub zone: &'a Zone,
    pub profile: &'a Profile,
    pub index: usize,
    /// What the zone's sample listings are about (`profiles::sample_sectors`).
    pub sectors: Vec<shared::model::Industry>,
}

impl Ctx<'_> {
    pub fn id(&self) -> &str {
        self.zone.id.as_str()
    }

    /// Replaces `{z}` (zone short name), `{c}` (city), `{port}` and `{w}` (waterway).
    pub fn fill(&self, zh: &str, en: &str) -> Text {
        let p = self.profile;
        let (port_zh, port_en) = p.port.unwrap_or(("港区", "the port"));
        let (w_zh, w_en) = p.waterway.unwrap_or(("内河航道", "the inland waterway"));
        let zh = zh
            .replace("{z}", &self.zone.short_name.zh)
            .replace("{c}", p.city.0)
            .replace("{port}", port_zh)
            .replace("{w}", w_zh);
        let en = en
            .replace("{z}", &self.zone.short_name.en)
            .replace("{c}", p.city.1)
            .replace("{port}", port_en)
            .replace("{w}", w_en);
        Text::new(zh, en)
    }

    /// A record id such as `sc-yancheng-007`.
    pub fn record_id(&self, prefix: &str, n: usize, total: usize) -> Id {
        let width = if total > 999 { 4 } else { 3 };
        Id::try_from(format!("{prefix}-{}-{:0width$}", self.id(), n))
            .expect("ids are built from lowercase zone ids and digits")
    }

    /// A fictional desk of the zone: the phone number after the real area code starts with 0,
    /// so it can never be a real line; the e-mail is at the reserved example.org domain.
    pub fn contact(&self, desk: Desk) -> Contact {
        let (zh, en, local, k) = match desk {
            Desk::Scenarios => (
                "科技创新局 场景开放专班",
                "Science and Technology Innovation Bureau, Scenario Desk",
                "scenario",
                1,
            ),
            Desk::Projects => (
                "投资促进局 招商一部",
                "Investment Promotion Bureau, Desk 1",
                "invest",
                2,
            ),
            Desk::Parcels => (
                "投资促进局 招商二部",
                "Investment Promotion Bureau, Desk 2",
                "land",
                3,
            ),
            Desk::Incentives => (
                "经济发展局 惠企政策服务窗口",
                "Economic Development Bureau, Business Policy Desk",
                "policy",
                4,
            ),
        };
        let number = (self.index as u64 * 2_654_435 + k * 1_234_567 + 3_141_592) % 10_000_000;
        Contact {
            name: Text::new(
                format!("{}{zh}", self.zone.short_name.zh),
                format!("{} {en}", self.zone.short_name.en),
            ),
            phone: Some(format!("{}-0{number:07}", self.profile.area_code)),
            email: Some(format!("{local}-{}@example.org", self.id())),
            url: None,
        }
    }
}

#[derive(Clone, Copy)]
pub enum Desk {
    Scenarios,
    Projects,
    Parcels,
    Incentives,
}
