//! Sorting with one key type.
//!
//! Each distinct comparison closure given to `sort_by` instantiates the standard library's sort
//! again, 10–20 KB of wasm every time (measured with twiggy: five closures cost ~40 KB). All
//! orderings here map records to a `[u64; 2]` key instead, and one `sort_unstable` on
//! `([u64; 3], usize)` does the work; the original position breaks ties, so the result is
//! deterministic.

/// A sort key: compared element by element.
pub type Key = [u64; 2];

/// `items` ordered by `key`, ties kept in their original order.
pub fn sorted_by<T>(items: Vec<T>, key: impl Fn(&T) -> Key) -> Vec<T> {
    let mut keyed: Vec<([u64; 3], usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let [a, b] = key(item);
            ([a, b, i as u64], i)
        })
        .collect();
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    keyed
        .into_iter()
        .filter_map(|(_, i)| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// A number as a key that sorts like the number (total order; NaN last).
pub fn num(v: f64) -> u64 {
    let bits = v.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

/// The reverse of a key component: larger first.
pub fn desc(k: u64) -> u64 {
    u64::MAX - k
}

/// A date as a key.
pub fn day(d: crate::values::Date) -> u64 {
    // Julian day numbers are positive for every date a pack can hold.
    d.0.to_julian_day().max(0) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_sort_like_numbers() {
        let v = sorted_by(vec![3.5, -1.0, 0.0, 1e9, -7.25], |x| [num(*x), 0]);
        assert_eq!(v, [-7.25, -1.0, 0.0, 3.5, 1e9]);
        let v = sorted_by(vec![3.5, -1.0, 1e9], |x| [desc(num(*x)), 0]);
        assert_eq!(v, [1e9, 3.5, -1.0]);
    }

    #[test]
    fn ties_keep_their_order() {
        let v = sorted_by(vec![("b", 1), ("a", 0), ("c", 1), ("d", 0)], |x| [x.1, 0]);
        assert_eq!(v, [("a", 0), ("d", 0), ("b", 1), ("c", 1)]);
    }
}
