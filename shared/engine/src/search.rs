//! Search, facets with counts, ranges, sorting and pagination over one kind of record.
//!
//! An [`Index`] is built once per pack (lower-cased texts, facet values, numbers); every
//! keystroke or click then runs [`Index::run`]: one scan of the text columns per search term,
//! then one pass over the entries. Rules:
//! - search terms are AND-ed; a Chinese term matches by substring (低空物流 finds 低空物流配送),
//!   a Latin term by case-insensitive word prefix, and an id only exactly;
//! - values of one facet are OR-ed, facets and ranges AND-ed;
//! - a facet value's count is the number of results that picking it *instead of* the facet's
//!   current selection would give, so a count never promises results that are not there.

use std::collections::HashMap;

use crate::order::{day, desc, num, sorted_by};
use crate::pack::Kind;
use crate::query::{Bounds, Facet, ListQuery, Measure, Sort, PAGE_SIZE};
use crate::searchable::display_rank;
pub use crate::searchable::{Context, Searchable, DUE_WINDOWS};
use crate::values::{Date, Text};

/// One record, prepared for searching: what scoring and sorting read of it. Its facet values
/// and numbers are in the index's columns ([`Codes`], `numbers`).
struct Entry {
    id: String,
    newest: Date,
    deadline: Option<Date>,
}

/// One facet's values for every entry, as positions in the facet's universe, end to end:
/// entry `i`'s are `codes[starts[i]..starts[i + 1]]`. A query compares and counts numbers,
/// not strings (no hashing on a keystroke), and one flat array per facet, not a vector per
/// entry, is read in one sweep of memory (at 100,000 records the vectors were scattered over
/// it, and a click cost 15 times what it did at 10,000).
#[derive(Default)]
struct Codes {
    starts: Vec<u32>,
    codes: Vec<u32>,
}

impl Codes {
    fn of(&self, i: usize) -> &[u32] {
        &self.codes[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}

/// A record's span (low, high) of one measure; `None`: the record does not have that number.
type Span = Option<(f64, f64)>;
/// One measure for every entry.
type Numbers = Vec<Span>;

/// Entry `i`'s span in one measure's column (an empty column: the section has no such measure).
fn span_at(column: &[Span], i: usize) -> Span {
    column.get(i).copied().flatten()
}

/// A kind of record prepared for searching; built once per pack.
pub struct Index {
    entries: Vec<Entry>,
    /// Lower-cased titles, both languages joined, of every entry in order, one column.
    titles: Column,
    /// Lower-cased other texts (including the zone's names), the same way.
    bodies: Column,
    today: Date,
    /// Every value each facet takes in the data, in display order.
    universe: Vec<(Facet, Vec<String>)>,
    /// Per facet of `universe`, in the same order: every entry's values.
    codes: Vec<Codes>,
    /// Per measure of the section: every entry's number.
    numbers: Vec<(Measure, Numbers)>,
}

/// The outcome of a query.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// Positions (in the indexed slice) of all matching records, in order.
    pub hits: Vec<usize>,
    /// Positions of the records on the requested page.
    pub page_hits: Vec<usize>,
    /// The page shown (the requested one, clamped to what exists).
    pub page: usize,
    pub pages: usize,
    /// For each facet of the section: every value with its count.
    pub facet_counts: Vec<(Facet, Vec<(String, usize)>)>,
}

fn lower_join(texts: &[&Text]) -> String {
    let mut s = String::new();
    for t in texts {
        s.push_str(&t.zh.to_ascii_lowercase());
        s.push('\n');
        s.push_str(&t.en.to_ascii_lowercase());
        s.push('\n');
    }
    s
}

/// One text per entry, stored end to end in one string: a search term is looked for in one
/// scan of the whole column, not in one small string per record (on 100,000 records those are
/// scattered over memory, and each search sets up its matcher again). Every text ends with a
/// line break, which no term contains (terms are split on white space), so a match never
/// spans two entries, and the character before an entry's first one is a line break, as if
/// the text began there.
#[derive(Default)]
struct Column {
    text: String,
    /// Where each entry's text starts in `text`; one more at the end.
    starts: Vec<usize>,
}

impl Column {
    fn push(&mut self, text: &str) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.text.push_str(text);
        if !text.ends_with('\n') {
            self.text.push('\n');
        }
        self.starts.push(self.text.len());
    }

    /// Sets `marks[i]` to `mark` for every entry `i` whose text holds `term`: anywhere for a
    /// term with non-ASCII characters (Chinese), at the start of a word for a Latin one.
    fn mark(&self, term: &str, marks: &mut [u8], mark: u8) {
        let (latin, mut entry) = (term.is_ascii(), 0);
        for at in memchr::memmem::find_iter(self.text.as_bytes(), term.as_bytes()) {
            if latin && !word_start(&self.text, at) {
                continue;
            }
            while self.starts[entry + 1] <= at {
                entry += 1;
            }
            marks[entry] = mark;
        }
    }
}

/// Search terms of a text: lower-cased, split on white space.
///
/// Case folding is ASCII only: Chinese has no case, the English texts are ASCII, and Unicode
/// case tables would add ~20 KB to the wasm.
pub fn terms(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether byte `at` of `hay` starts a word (no letter or digit just before it).
fn word_start(hay: &str, at: usize) -> bool {
    hay[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_ascii_alphanumeric())
}

impl Index {
    /// Prepares `records` for searching with the facets and measures of their kind (the
    /// explorer's own lists, so a range filter always finds the numbers it filters on).
    pub fn build<T: Searchable + Kind>(records: &[T], ctx: &Context) -> Index {
        let (kind, facets, measures) = (
            T::KIND,
            Facet::for_section(T::KIND),
            Measure::for_section(T::KIND),
        );
        let (mut titles, mut bodies) = (Column::default(), Column::default());
        // Per facet, every record's values as strings (only while building).
        let mut values: Vec<Vec<Vec<String>>> =
            vec![Vec::with_capacity(records.len()); facets.len()];
        let mut numbers: Vec<(Measure, Numbers)> = measures
            .iter()
            .map(|m| (*m, Vec::with_capacity(records.len())))
            .collect();
        let entries: Vec<Entry> = records
            .iter()
            .map(|r| {
                let texts = r.texts();
                let (title, rest) = texts.split_first().map_or((&[][..], &[][..]), |(t, rest)| {
                    (std::slice::from_ref(t), rest)
                });
                let mut body = lower_join(rest);
                if let Some(z) = ctx.zone_names(r.zone_id()) {
                    body.push_str(&lower_join(&[z]));
                }
                titles.push(&lower_join(title));
                bodies.push(&body);
                for (f, column) in facets.iter().zip(&mut values) {
                    column.push(r.facet_values(*f, ctx));
                }
                for (m, column) in &mut numbers {
                    column.push(r.measure_in(*m, ctx));
                }
                Entry {
                    id: r.key().to_string(),
                    newest: r.newest(),
                    deadline: r.deadline(),
                }
            })
            .collect();
        let universe = facets
            .iter()
            .zip(&values)
            .map(|(f, column)| {
                let all: Vec<String> = column.iter().flatten().cloned().collect();
                let mut all = sorted_by(all, |v| [display_rank(kind, *f, v, ctx), 0]);
                all.dedup();
                (*f, all)
            })
            .collect::<Vec<(Facet, Vec<String>)>>();
        let codes = universe
            .iter()
            .zip(&values)
            .map(|((_, all), column)| {
                let pos: HashMap<&str, u32> = all
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (v.as_str(), i as u32))
                    .collect();
                let mut out = Codes::default();
                out.starts.push(0);
                for vals in column {
                    out.codes
                        .extend(vals.iter().filter_map(|v| pos.get(v.as_str()).copied()));
                    out.starts.push(out.codes.len() as u32);
                }
                out
            })
            .collect();
        Index {
            entries,
            titles,
            bodies,
            today: ctx.today,
            universe,
            codes,
            numbers,
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Runs a query: matches, counts, order and the requested page of [`PAGE_SIZE`].
    pub fn run(&self, query: &ListQuery) -> Results {
        self.run_paged(query, PAGE_SIZE)
    }

    /// [`Index::run`] with `per_page` records a page (an embed's `limit`; at least 1).
    pub fn run_paged(&self, query: &ListQuery, per_page: usize) -> Results {
        let per_page = per_page.max(1);
        let terms = terms(&query.text);
        let found = self.found(&terms);
        // Selected values as positions; a value the data never has matches nothing.
        let selected: Vec<(usize, Vec<u32>)> = query
            .facets
            .iter()
            .filter_map(|(f, vals)| {
                let slot = self.facet_slot(*f)?;
                let all = &self.universe[slot].1;
                let codes = vals
                    .iter()
                    .filter_map(|v| all.iter().position(|u| u == v).map(|i| i as u32))
                    .collect();
                Some((slot, codes))
            })
            .collect();
        let mut counts: Vec<Vec<usize>> = self
            .universe
            .iter()
            .map(|(_, values)| vec![0; values.len()])
            .collect();
        // The numbers each range reads; a measure the section does not index matches nothing.
        let ranges: Vec<(&[Span], &Bounds)> = query
            .ranges
            .iter()
            .map(|(m, b)| (self.numbers_of(*m), b))
            .collect();
        let mut hits: Vec<(usize, u32)> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            let in_ranges = ranges
                .iter()
                .all(|(column, b)| span_at(column, i).is_some_and(|(lo, hi)| b.overlaps(lo, hi)));
            if !in_ranges {
                continue;
            }
            // Which facet selections this entry fails; more than one rules it out everywhere.
            let mut failed = None;
            let mut fails = 0;
            for (slot, codes) in &selected {
                if !self.codes[*slot].of(i).iter().any(|c| codes.contains(c)) {
                    fails += 1;
                    failed = Some(*slot);
                }
            }
            if fails > 1 {
                continue;
            }
            // Text last: it is the dearest test.
            let Some(score) = e.score(&terms, &found, i) else {
                continue;
            };
            match (fails, failed) {
                (0, _) => {
                    hits.push((i, score));
                    for (slot, column) in self.codes.iter().enumerate() {
                        for c in column.of(i) {
                            counts[slot][*c as usize] += 1;
                        }
                    }
                }
                (1, Some(slot)) => {
                    for c in self.codes[slot].of(i) {
                        counts[slot][*c as usize] += 1;
                    }
                }
                _ => {}
            }
        }
        let hits: Vec<usize> = self
            .sort(hits, query.effective_sort())
            .into_iter()
            .map(|(i, _)| i)
            .collect();
        let pages = hits.len().div_ceil(per_page).max(1);
        let page = query.page.clamp(1, pages);
        let page_hits = hits
            .iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .copied()
            .collect();
        let facet_counts = self
            .universe
            .iter()
            .zip(counts)
            .map(|((f, values), counts)| (*f, values.iter().cloned().zip(counts).collect()))
            .collect();
        Results {
            hits,
            page_hits,
            page,
            pages,
            facet_counts,
        }
    }

    /// For each term, how well each entry holds it: 3 in the title, 1 elsewhere, 0 not at all.
    fn found(&self, terms: &[String]) -> Vec<Vec<u8>> {
        terms
            .iter()
            .map(|t| {
                let mut marks = vec![0; self.entries.len()];
                self.bodies.mark(t, &mut marks, 1);
                self.titles.mark(t, &mut marks, 3);
                marks
            })
            .collect()
    }

    fn numbers_of(&self, m: Measure) -> &[Span] {
        self.numbers
            .iter()
            .find(|(k, _)| *k == m)
            .map_or(&[][..], |(_, v)| v.as_slice())
    }

    fn facet_slot(&self, facet: Facet) -> Option<usize> {
        self.universe.iter().position(|(f, _)| *f == facet)
    }

    /// Orders hits `(position, score)`; ties fall back to the order of the data file.
    fn sort(&self, hits: Vec<(usize, u32)>, sort: Sort) -> Vec<(usize, u32)> {
        let today = day(self.today);
        // The column a sort by number reads, found once, not once per hit.
        let column = match sort {
            Sort::Asc(m) | Sort::Desc(m) => self.numbers_of(m),
            _ => &[],
        };
        sorted_by(hits, |&(i, score)| {
            let e = &self.entries[i];
            match sort {
                Sort::Relevance => [desc(u64::from(score)), desc(day(e.newest))],
                Sort::Newest => [desc(day(e.newest)), 0],
                // Upcoming deadlines first, nearest first; passed ones after, latest first.
                Sort::Deadline => match e.deadline.map(day) {
                    Some(d) if d >= today => [0, d],
                    Some(d) => [1, desc(d)],
                    None => [2, 0],
                },
                // Records without the number go last either way.
                Sort::Asc(_) => span_at(column, i).map_or([1, 0], |(lo, _)| [0, num(lo)]),
                Sort::Desc(_) => span_at(column, i).map_or([1, 0], |(_, hi)| [0, desc(num(hi))]),
            }
        })
    }
}

impl Entry {
    /// Relevance of entry `i` (this one) for all terms, or `None` when a term is not found:
    /// 100 for its exact id, else what [`Index::found`] marked (3 in the title, 1 elsewhere).
    fn score(&self, terms: &[String], found: &[Vec<u8>], i: usize) -> Option<u32> {
        let mut score = 0;
        for (t, marks) in terms.iter().zip(found) {
            score += match marks[i] {
                _ if *t == self.id => 100,
                0 => return None,
                m => u32::from(m),
            };
        }
        Some(score)
    }
}

/// Splits `text` into runs that match one of `terms` (true) or not (false), for highlighting.
pub fn highlight(text: &str, terms: &[String]) -> Vec<(String, bool)> {
    let lower = text.to_ascii_lowercase();
    if terms.is_empty() {
        return vec![(text.to_string(), false)];
    }
    let mut marked = vec![false; text.len()];
    for t in terms.iter().filter(|t| !t.is_empty()) {
        for (i, _) in lower.match_indices(t.as_str()) {
            marked[i..i + t.len()].iter_mut().for_each(|m| *m = true);
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    for (i, c) in text.char_indices() {
        let m = marked[i];
        match out.last_mut() {
            Some((s, last)) if *last == m => s.push(c),
            _ => out.push((c.to_string(), m)),
        }
    }
    out
}
