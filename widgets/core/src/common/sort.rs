//! One stable sort for the whole kit. `slice::sort*` is generic, so every element type and
//! key closure got its own copy of the standard library's sort (kilobytes each in the wasm);
//! here only a short permutation step is per type, and the merge sort itself exists once.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order (like `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => Ordering::Equal,
    });
    permute(items, &order);
}

/// Sorts `items` by a key, keeping equal items in their order (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..n` in sorted order: a bottom-up merge sort, stable.
fn sorted_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged: Vec<usize> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        merged.clear();
        for run in order.chunks(width * 2) {
            let (left, right) = run.split_at(width.min(run.len()));
            let (mut l, mut r) = (left.iter().peekable(), right.iter().peekable());
            loop {
                let take_right = match (l.peek(), r.peek()) {
                    (Some(&&a), Some(&&b)) => cmp(b, a) == Ordering::Less,
                    (None, Some(_)) => true,
                    (_, None) => false,
                };
                let next = if take_right { r.next() } else { l.next() };
                match next {
                    Some(&i) => merged.push(i),
                    None => break,
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Rearranges `items` so that position `i` holds what was at `order[i]`.
fn permute<T>(items: &mut [T], order: &[usize]) {
    for (i, &from) in order.iter().enumerate() {
        // Earlier swaps moved the item that was at `from`; follow it to where it is now.
        let mut j = from;
        while j < i {
            j = order.get(j).copied().unwrap_or(i);
        }
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let mut seed = 7u32;
        for n in 0..70 {
            let items: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = items.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std);
            let mut rev = items.clone();
            sort_by(&mut rev, |a, b| b.cmp(a));
            let mut std_rev = items;
            std_rev.sort_by(|a, b| b.cmp(a));
            assert_eq!(rev, std_rev);
        }
    }
}
