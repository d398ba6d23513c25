//! The kinds of record a pack holds, declared once.
//!
//! `record_kinds!` is the one list. Everything that has a part per kind is generated from it:
//! the [`RecordKind`] enum (the data file's kind, the explorer's URL slug), the total map
//! [`KindMap`], the pack's record lists (`Pack`, in the pack module), and the `with_kind!`
//! dispatcher that the loader, the checks, the engine, the screens and the app use to reach a
//! kind's record type.
//!
//! Adding a kind: add its line below and its record type in `model.rs`; the compiler then lists
//! every trait the new type still has to implement (`Record`, `Searchable`, `Present`, …), each
//! in the file of the floor it belongs to. See README "Architecture".

/// Calls `$callback!` with `[args]` and then, per kind: variant, pack field, slug (file kind
/// and URL), record type (a struct of the model module).
#[macro_export]
#[doc(hidden)]
macro_rules! record_kinds {
    ($callback:ident $(, $($args:tt)*)?) => {
        $crate::$callback! { [$($($args)*)?]
            Zones zones "zones" Zone,
            Scenarios scenarios "scenarios" Scenario,
            Projects projects "projects" Project,
            Parcels parcels "parcels" LandParcel,
            Incentives incentives "incentives" Incentive,
        }
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! __declare_kinds {
    ([] $($variant:ident $field:ident $slug:literal $ty:ident,)*) => {
        $crate::str_enum! {
            /// A kind of record: what a data file holds and what an explorer lists. Its text is
            /// the file kind in `manifest.json` and the explorer's path (`#/parcels`).
            pub enum RecordKind { $( $variant = $slug, )* }
        }

        /// One value per record kind: a total map, so that a new kind cannot be silently
        /// left out of a count or a list (positional arrays zipped together could).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub struct KindMap<T> { $( pub $field: T, )* }

        impl<T> KindMap<T> {
            /// A map with `f(kind)` for every kind.
            pub fn from_fn(mut f: impl FnMut(RecordKind) -> T) -> KindMap<T> {
                KindMap { $( $field: f(RecordKind::$variant), )* }
            }

            pub fn get(&self, kind: RecordKind) -> &T {
                match kind { $( RecordKind::$variant => &self.$field, )* }
            }

            pub fn get_mut(&mut self, kind: RecordKind) -> &mut T {
                match kind { $( RecordKind::$variant => &mut self.$field, )* }
            }

            /// Every kind with its value, in declaration order.
            pub fn iter(&self) -> impl Iterator<Item = (RecordKind, &T)> {
                [ $( (RecordKind::$variant, &self.$field), )* ].into_iter()
            }
        }
    };
}

record_kinds!(__declare_kinds);

impl RecordKind {
    /// The URL path segment of this kind's explorer (the same text as in `manifest.json`).
    pub fn slug(self) -> &'static str {
        self.as_str()
    }

    /// The kinds that belong to a zone (every kind but the zones themselves).
    pub fn listings() -> impl Iterator<Item = RecordKind> {
        RecordKind::ALL
            .iter()
            .copied()
            .filter(|k| *k != RecordKind::Zones)
    }
}
