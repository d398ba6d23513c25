//! The interface in Chinese (first) and English, grouped by what uses it, so that a page links
//! the strings it shows and no others:
//! - [`strings`]: the shell, navigation, units and what records say (every page);
//! - [`explorer`], [`home`], [`errors`]: one page or panel each;
//! - [`labels`]: the names of every vocabulary (`Label`);
//! - [`format`]: numbers, money and days as each language writes them.
//!
//! One way to write a string: inside `strings!`, Chinese and English side by side, so a missing
//! translation is a compile error; a vocabulary's words inside `labels!`; a sentence with values
//! in it is a function of the language (`format`, `crate::expected`).

pub mod embed;
pub mod errors;
pub mod explorer;
pub mod format;
pub mod home;
pub mod labels;
pub mod strings;

pub use crate::lang::Lang;
pub use format::{
    css_percent, format_days_left, format_number, format_price_per_mu, format_wan,
    format_wan_range, wan_per_money_unit, wan_per_price_unit,
};
pub use labels::{
    facet_title, facet_value_label, measure_label, range_hint, range_rule, section_title,
    shown_unit, sort_label, Label,
};
pub use strings::Strings;

/// `lang.strings()`: the strings every page uses, in that language.
pub trait UiStrings {
    fn strings(self) -> &'static Strings;
}

impl UiStrings for Lang {
    fn strings(self) -> &'static Strings {
        Strings::of(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::RecordKind;
    use crate::query::{Facet, Measure, Sort};

    #[test]
    fn a_yuan_amount_typed_into_a_wan_field_gets_a_hint() {
        // 5,000,000 typed as a budget: 500 亿元, surely 500 万元 (5 million yuan) meant.
        let zh = range_hint(Measure::Budget, 5_000_000.0, Lang::Zh).unwrap();
        assert!(zh.contains("500 亿元") && zh.contains("请填 500"), "{zh}");
        // In English the field is in million yuan: 5,000,000 of them is 5 trillion yuan;
        // 5,000,000 yuan is 5 million.
        let en = range_hint(Measure::Budget, 5_000_000.0, Lang::En).unwrap();
        assert!(
            en.contains("in million yuan") && en.contains("type 5."),
            "{en}"
        );
        assert_eq!(range_hint(Measure::Budget, 5_000.0, Lang::Zh), None);
        assert_eq!(range_hint(Measure::Budget, 5_000.0, Lang::En), None);
        // A price in thousand yuan per mu, typed as yuan per mu.
        let en = range_hint(Measure::Price, 156_000_000.0, Lang::En).unwrap();
        assert!(
            en.contains("thousand yuan/mu") && en.contains("type 156,000."),
            "{en}"
        );
        // Not a money field: no hint.
        assert_eq!(range_hint(Measure::Area, 5_000_000.0, Lang::Zh), None);
        assert!(range_rule(Measure::Budget, Lang::En).contains("overlaps"));
    }

    #[test]
    fn numbers_are_grouped_and_trimmed() {
        assert_eq!(format_number(1234567.0, 0), "1,234,567");
        assert_eq!(format_number(12.50, 2), "12.5");
        assert_eq!(format_number(-1000.0, 0), "-1,000");
        assert_eq!(format_number(999.0, 0), "999");
    }

    #[test]
    fn sums_read_naturally_in_each_language() {
        assert_eq!(format_wan(25_000.0, Lang::Zh), "2.5 亿元");
        assert_eq!(format_wan(800.0, Lang::Zh), "800 万元");
        // English: one unit for every amount, the one its filters and charts use.
        assert_eq!(format_wan(800.0, Lang::En), "8 million yuan");
        assert_eq!(format_wan(35.0, Lang::En), "0.35 million yuan");
        assert_eq!(format_wan(1_159_200.0, Lang::En), "11,592 million yuan");
    }

    #[test]
    fn ranges_share_their_unit() {
        assert_eq!(format_wan_range(130.0, 350.0, Lang::Zh), "130–350 万元");
        assert_eq!(
            format_wan_range(130.0, 350.0, Lang::En),
            "1.3–3.5 million yuan"
        );
        assert_eq!(
            format_wan_range(50.0, 350.0, Lang::En),
            "0.5–3.5 million yuan"
        );
    }

    #[test]
    fn facet_and_sort_labels() {
        assert_eq!(
            facet_value_label(RecordKind::Projects, Facet::Track, "low_altitude", Lang::Zh),
            "低空"
        );
        assert_eq!(
            facet_value_label(RecordKind::Parcels, Facet::Status, "available", Lang::En),
            "Available"
        );
        assert_eq!(
            facet_value_label(RecordKind::Scenarios, Facet::Due, "week", Lang::Zh),
            "7 天内"
        );
        assert_eq!(
            sort_label(RecordKind::Scenarios, Sort::Desc(Measure::Budget), Lang::Zh),
            "预算从高到低"
        );
        assert_eq!(
            sort_label(RecordKind::Parcels, Sort::Asc(Measure::PlotRatio), Lang::En),
            "Plot ratio: low to high"
        );
    }

    #[test]
    fn a_filter_is_typed_in_the_unit_its_list_shows() {
        for lang in [Lang::Zh, Lang::En] {
            // The budget typed in a box, stored in 万元, reads back as the list writes it.
            let typed = 5.2;
            let wan = typed * shown_unit(Measure::Budget, lang);
            let shown = format_wan(wan, lang);
            assert!(shown.starts_with("5.2 "), "{shown}");
            let unit = &shown["5.2 ".len()..];
            assert!(
                measure_label(Measure::Budget, lang).contains(unit),
                "{unit}"
            );
            let price = format_price_per_mu(156.0 * shown_unit(Measure::Price, lang), lang);
            assert!(price.starts_with("156 "), "{price}");
        }
        assert_eq!(shown_unit(Measure::Area, Lang::En), 1.0);
    }

    #[test]
    fn land_prices_per_mu() {
        assert_eq!(format_price_per_mu(18.9, Lang::Zh), "18.9 万元/亩");
        assert_eq!(format_price_per_mu(18.9, Lang::En), "189 thousand yuan/mu");
    }

    #[test]
    fn days_left_and_overdue() {
        assert_eq!(format_days_left(157, Lang::Zh), "剩余 157 天");
        assert_eq!(format_days_left(-3, Lang::En), "closed 3 days ago");
        assert_eq!(format_days_left(1, Lang::En), "1 day left");
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse("fr"), None);
    }
}
