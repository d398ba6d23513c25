//! Numbers, money, areas and days as each language writes them.

use crate::i18n::UiStrings as _;
use crate::lang::Lang;

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
    format!("{}/{}", format_wan(wan, lang), lang.strings().unit_mu)
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
