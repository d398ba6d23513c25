//! The two languages of the interface and of every bilingual text: Chinese first, English.
//! A leaf: the model, routes and strings all name a language, so it depends on nothing.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// Code used in URLs, storage and the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// BCP 47 tag for `<html lang>`.
    pub fn html_tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh-hans" | "cn" => Some(Lang::Zh),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// Declares a group of interface strings, each written once with its two languages side by side:
///
/// ```ignore
/// strings! { pub struct Explorer { search_label: "搜索" | "Search", } }
/// let s = Explorer::of(lang);   // s.search_label
/// ```
#[macro_export]
macro_rules! strings {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $( $field:ident: $zh:literal | $en:literal, )* }
    ) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name { $( pub $field: &'static str, )* }

        impl $name {
            const ZH: $name = $name { $( $field: $zh, )* };
            const EN: $name = $name { $( $field: $en, )* };

            /// The group in `lang`.
            pub fn of(lang: $crate::lang::Lang) -> &'static $name {
                match lang {
                    $crate::lang::Lang::Zh => &Self::ZH,
                    $crate::lang::Lang::En => &Self::EN,
                }
            }
        }
    };
}
