//! The few statistics the benchmarks print, in one place.

/// The median of `values` (sorted in place); NaN when there are none.
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The `p`-th percentile (nearest rank, rounded up); 0 when there are no values.
pub fn percentile(values: &[f64], p: usize) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) * p).div_ceil(100);
    sorted.get(i).copied().unwrap_or(0.0)
}

/// Every run, as printed beside a median: "512, 498, 530".
pub fn runs_ms(values: &[f64]) -> String {
    values
        .iter()
        .map(|v| format!("{v:.0}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_percentiles_of_a_few_runs() {
        let mut v = [5.0, 1.0, 3.0, 2.0, 4.0];
        assert_eq!(median(&mut v), 3.0);
        assert_eq!(percentile(&v, 95), 5.0);
        assert_eq!(percentile(&v, 50), 3.0);
        assert!(median(&mut []).is_nan());
        assert_eq!(runs_ms(&[1.2, 30.0]), "1, 30");
    }
}
