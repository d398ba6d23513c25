//! The investor's shortlist (issue 14): records starred from cards and detail pages, kept in the
//! browser and sent to another device as a link, without an account.
//!
//! One written form serves both: `scenarios:sc-yancheng-001,parcels:pa-bengbu-003`, the items in
//! the order they were added. In a link it is the `items` value (`#/shortlist?items=…`); in
//! storage it carries its version in front (`v1|…`), so that a value written by another version
//! is migrated or reset with a notice instead of being misread. Reading never fails: what cannot
//! be read is dropped and said ([`Read`]).

use crate::kind::RecordKind;
use crate::pack::Pack;

/// The storage format written now.
pub const VERSION: u32 = 1;

/// The most items a shortlist keeps (site selectors keep 1–5 locations; a few hundred is
/// already a corrupt or hostile value, and a link must stay short enough to send).
pub const MAX_ITEMS: usize = 200;

/// Stored values longer than this are not read at all (a full localStorage quota of junk).
pub const MAX_STORED: usize = 16 * 1024;

/// One starred record.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Item {
    pub kind: RecordKind,
    pub id: String,
}

impl Item {
    pub fn new(kind: RecordKind, id: impl Into<String>) -> Item {
        Item {
            kind,
            id: id.into(),
        }
    }

    fn parse(text: &str) -> Option<Item> {
        let (kind, id) = text.trim().split_once(':')?;
        let kind = RecordKind::parse(kind)?;
        plain_id(id).then(|| Item::new(kind, id))
    }

    fn write(&self) -> String {
        format!("{}:{}", self.kind.slug(), self.id)
    }

    /// Whether the pack still lists this record.
    pub fn is_listed(&self, pack: &Pack) -> bool {
        crate::with_kind!(self.kind, T => T::list(pack).iter().any(|r| r.id().as_str() == self.id))
    }
}

/// Record ids as the packs write them: letters, digits, `-`, `_`, `.`.
fn plain_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// The starred records, in the order they were added, each once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shortlist {
    items: Vec<Item>,
}

/// What reading a stored value or a link found, besides the shortlist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Written by an older version and read into today's form.
    Migrated,
    /// Written by a newer version of the explorer: not read, so as not to misread it.
    Newer,
    /// Not a shortlist at all (junk, a cut-off value): started afresh.
    Corrupt,
    /// Longer than a shortlist can be: started afresh.
    Oversized,
    /// Some items could not be read (an unknown kind, a malformed id) and were left out.
    Dropped(usize),
    /// More than [`MAX_ITEMS`]: the first ones kept.
    Truncated(usize),
}

/// A shortlist read from storage or a link, and what the reader should be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read {
    pub shortlist: Shortlist,
    pub notices: Vec<Notice>,
}

impl Shortlist {
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn contains(&self, item: &Item) -> bool {
        self.items.contains(item)
    }

    /// Adds `item` at the end; `false` when it was there already or the list is full.
    pub fn add(&mut self, item: Item) -> bool {
        if self.contains(&item) || self.items.len() >= MAX_ITEMS {
            return false;
        }
        self.items.push(item);
        true
    }

    pub fn remove(&mut self, item: &Item) {
        self.items.retain(|i| i != item);
    }

    /// Adds `item` if it is not there, removes it if it is; whether it is there now.
    pub fn toggle(&mut self, item: Item) -> bool {
        if self.contains(&item) {
            self.remove(&item);
            false
        } else {
            self.add(item)
        }
    }

    pub fn clear(&mut self) {
        self.items.clear();
    }

    /// This list, then the items of `other` it does not have yet (a shared link merged into
    /// the one kept on this device: nothing of either is lost, up to [`MAX_ITEMS`]).
    pub fn merged(&self, other: &Shortlist) -> Shortlist {
        let mut out = self.clone();
        for item in &other.items {
            out.add(item.clone());
        }
        out
    }

    /// The items of `kind`, in the order they were added.
    pub fn of_kind(&self, kind: RecordKind) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(move |i| i.kind == kind)
    }

    /// The items grouped by kind (in the order of [`RecordKind::ALL`]), with whether the pack still
    /// lists each (a record gone from the pack is shown as "no longer listed", never dropped
    /// silently).
    pub fn grouped<'a>(&'a self, pack: &Pack) -> Vec<(RecordKind, Vec<(&'a Item, bool)>)> {
        RecordKind::ALL
            .iter()
            .copied()
            .filter_map(|kind| {
                let items: Vec<_> = self.of_kind(kind).map(|i| (i, i.is_listed(pack))).collect();
                (!items.is_empty()).then_some((kind, items))
            })
            .collect()
    }

    /// The `items` value of a link (`scenarios:sc-1,parcels:pa-2`).
    pub fn to_param(&self) -> String {
        self.items
            .iter()
            .map(Item::write)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads a link's `items` value; unreadable items are dropped and counted.
    pub fn from_param(text: &str) -> Read {
        let mut shortlist = Shortlist::default();
        let mut notices = Vec::new();
        let mut dropped = 0;
        let mut over = 0;
        for part in text.split(',').filter(|p| !p.trim().is_empty()) {
            match Item::parse(part) {
                Some(item) if shortlist.items.len() >= MAX_ITEMS && !shortlist.contains(&item) => {
                    over += 1
                }
                Some(item) => {
                    shortlist.add(item);
                }
                None => dropped += 1,
            }
        }
        if dropped > 0 {
            notices.push(Notice::Dropped(dropped));
        }
        if over > 0 {
            notices.push(Notice::Truncated(over));
        }
        Read { shortlist, notices }
    }

    /// The value kept in storage: the version, then the items.
    pub fn to_stored(&self) -> String {
        format!("v{VERSION}|{}", self.to_param())
    }

    /// Reads a stored value. Version 0 (the bare list of items, before the version was
    /// written in front) is migrated; a newer version, junk or an oversized value starts an
    /// empty shortlist, each with its notice.
    pub fn from_stored(text: &str) -> Read {
        let fresh = |notice| Read {
            shortlist: Shortlist::default(),
            notices: vec![notice],
        };
        if text.len() > MAX_STORED {
            return fresh(Notice::Oversized);
        }
        let text = text.trim();
        if text.is_empty() {
            return Read {
                shortlist: Shortlist::default(),
                notices: Vec::new(),
            };
        }
        let Some((version, items)) = text.split_once('|') else {
            // Version 0: items only.
            let mut read = Shortlist::from_param(text);
            if read.shortlist.is_empty() {
                return fresh(Notice::Corrupt);
            }
            read.notices.insert(0, Notice::Migrated);
            return read;
        };
        match version
            .strip_prefix('v')
            .and_then(|v| v.parse::<u32>().ok())
        {
            Some(VERSION) => Shortlist::from_param(items),
            Some(v) if v > VERSION => fresh(Notice::Newer),
            _ => fresh(Notice::Corrupt),
        }
    }
}
