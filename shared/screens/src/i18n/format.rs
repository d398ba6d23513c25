//! Numbers, money, areas and days as each language writes them.

use crate::i18n::UiStrings as _;
use crate::lang::Lang;

/// 万元 in one shown unit of money: 万元 in Chinese (with 亿元 for the large ones, as Chinese
/// writes them), a million yuan (100 万元) in English — one unit for every amount, in lists,
/// filters and charts alike.
pub fn wan_per_money_unit(lang: Lang) -> f64 {
    match lang {
        Lang::Zh => 1.0,
        Lang::En => 100.0,
    }
}

/// 万元 in one shown unit of a land price: 万元/亩 in Chinese, a thousand yuan per mu
/// (0.1 万元) in English.
pub fn wan_per_price_unit(lang: Lang) -> f64 {
    match lang {
        Lang::Zh => 1.0,
        Lang::En => 0.1,
    }
}

pub fn format_wan(wan: f64, lang: Lang) -> String {
    match lang {
        Lang::Zh if wan >= 10_000.0 => format!("{} 亿元", format_number(wan / 10_000.0, 2)),
        Lang::Zh => format!("{} 万元", format_number(wan, 1)),
        Lang::En => format!(
            "{} million yuan",
            format_number(wan / wan_per_money_unit(lang), 2)
        ),
    }
}

pub fn format_wan_range(min: f64, max: f64, lang: Lang) -> String {
    let upper = format_wan(max, lang);
    let lower = format_wan(min, lang);
    // Drop the unit of the lower bound when both share it: "130–350 万元".
    match (lower.split_once(' '), upper.split_once(' ')) {
        (Some((n, unit_lo)), Some((_, unit_hi))) if unit_lo == unit_hi => format!("{n}–{upper}"),
        _ => format!("{lower} – {upper}"),
    }
}

pub fn format_price_per_mu(wan: f64, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}/{}", format_wan(wan, lang), lang.strings().unit_mu),
        Lang::En => format!(
            "{} thousand yuan/mu",
            format_number(wan * (1.0 / wan_per_price_unit(lang)), 0)
        ),
    }
}

pub fn format_days_left(days: i64, lang: Lang) -> String {
    match (lang, days >= 0) {
        (Lang::Zh, true) => format!("剩余 {days} 天"),
        (Lang::Zh, false) => format!("已过期 {} 天", -days),
        (Lang::En, true) if days == 1 => "1 day left".into(),
        (Lang::En, true) => format!("{days} days left"),
        (Lang::En, false) => format!("closed {} days ago", -days),
    }
}

/// `value` with `decimals` places at most (trailing zeros dropped) and thousands grouped:
/// `12,345.6`. Rounds half away from zero, as people do. Done in integers: core's float printing
/// would otherwise be linked into the app's wasm only for this (about 16 KB before compression).
pub fn format_number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    decimal(value, decimals, true)
}

/// `value` to two decimals at most, trailing zeros dropped and no grouping ("250", "12.5",
/// "-0.25"), for SVG attributes and CSS lengths.
pub fn svg_number(value: f64) -> String {
    decimal(value.clamp(-1e9, 1e9), 2, false)
}

/// A CSS percentage with two decimals at most (`12.34%`, `100%`).
pub fn css_percent(share: f64) -> String {
    format!("{}%", svg_number(share))
}

/// `value` rounded to `decimals` places (at most 6), trailing zeros dropped, thousands grouped
/// with commas when `group`; "-" only before a number that is not zero once rounded.
fn decimal(value: f64, decimals: usize, group: bool) -> String {
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals as u32);
    // Beyond 2^53 an f64 holds no fraction anyway; the cast saturates far past any figure here.
    let scaled = (value.abs() * scale as f64).round() as u64;
    let (int, frac) = (scaled / scale, scaled % scale);
    let digits = int.to_string();
    let mut text = String::with_capacity(digits.len() + digits.len() / 3 + decimals + 2);
    if value < 0.0 && scaled > 0 {
        text.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if group && i > 0 && (digits.len() - i) % 3 == 0 {
            text.push(',');
        }
        text.push(c);
    }
    if frac > 0 {
        let frac = format!("{frac:0decimals$}");
        text.push('.');
        text.push_str(frac.trim_end_matches('0'));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_numbers_are_short() {
        assert_eq!(svg_number(250.0), "250");
        assert_eq!(svg_number(12.5), "12.5");
        assert_eq!(svg_number(7.8125), "7.81");
        assert_eq!(svg_number(0.05), "0.05");
        assert_eq!(svg_number(-0.25), "-0.25");
        assert_eq!(svg_number(-0.004), "0");
        assert_eq!(svg_number(1234.5), "1234.5");
    }

    /// What core's float printing writes, trimmed and grouped as `format_number` does: the
    /// reference the integer version must agree with.
    fn reference(value: f64, decimals: usize) -> String {
        let text = format!("{:.*}", decimals, value.abs());
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let frac = frac.trim_end_matches('0');
        let mut grouped = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let zero = int.chars().all(|c| c == '0') && frac.is_empty();
        let sign = if value < 0.0 && !zero { "-" } else { "" };
        if frac.is_empty() {
            format!("{sign}{grouped}")
        } else {
            format!("{sign}{grouped}.{frac}")
        }
    }

    #[test]
    fn groups_thousands_and_drops_trailing_zeros() {
        assert_eq!(format_number(1234567.0, 0), "1,234,567");
        assert_eq!(format_number(1234.5, 2), "1,234.5");
        assert_eq!(format_number(0.0, 1), "0");
        assert_eq!(format_number(-0.04, 1), "0");
        assert_eq!(format_number(-1500.25, 1), "-1,500.3");
        assert_eq!(format_number(999.96, 1), "1,000");
        assert_eq!(format_number(2.5, 0), "3");
        assert_eq!(format_number(f64::NAN, 1), "–");
    }

    #[test]
    fn percentages_keep_two_places() {
        assert_eq!(css_percent(12.345_6), "12.35%");
        assert_eq!(css_percent(100.0), "100%");
        assert_eq!(css_percent(0.0), "0%");
        assert_eq!(css_percent(12.5), "12.5%");
        assert_eq!(css_percent(3.0 / 7.0 * 100.0), "42.86%");
    }

    proptest::proptest! {
        /// Agrees with core's printing everywhere but at exact halves, where core rounds to
        /// even and people (and this) round away from zero.
        #[test]
        fn agrees_with_float_printing(
            value in proptest::prop_oneof![-1e9f64..1e9, -100f64..100.0],
            decimals in 0usize..4,
        ) {
            let scaled = value.abs() * 10f64.powi(decimals as i32);
            let near_half = (scaled.fract() - 0.5).abs() < 1e-15 * scaled.max(1e6);
            proptest::prop_assume!(!near_half);
            proptest::prop_assert_eq!(format_number(value, decimals), reference(value, decimals));
        }
    }
}
