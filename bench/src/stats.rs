//! Summaries of repeated measurements.
//!
//! Medians rather than means: a start-up or a key derivation is now and
//! then slowed by something else on a two-core machine, and one such run
//! should not move the figure. The spread is reported as the full range
//! (min–max), so nothing is hidden.

/// Repeated measurements of one quantity, in one unit.
#[derive(Clone, Debug, Default)]
pub struct Samples(Vec<f64>);

impl Samples {
    pub fn new() -> Samples {
        Samples(Vec::new())
    }

    pub fn push(&mut self, value: f64) {
        self.0.push(value);
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    fn sorted(&self) -> Vec<f64> {
        let mut v = self.0.clone();
        v.sort_by(f64::total_cmp);
        v
    }

    /// The middle value (the mean of the two middle ones for an even count).
    pub fn median(&self) -> f64 {
        let v = self.sorted();
        match v.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => v[n / 2],
            n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
        }
    }

    pub fn min(&self) -> f64 {
        self.0.iter().copied().fold(f64::INFINITY, f64::min)
    }

    pub fn max(&self) -> f64 {
        self.0.iter().copied().fold(f64::NEG_INFINITY, f64::max)
    }

    /// "median (min–max)" with `decimals` places, e.g. `812 (790–850)`.
    pub fn cell(&self, decimals: usize) -> String {
        if self.0.is_empty() {
            return "–".to_owned();
        }
        format!(
            "{:.d$} ({:.d$}–{:.d$})",
            self.median(),
            self.min(),
            self.max(),
            d = decimals
        )
    }
}

impl FromIterator<f64> for Samples {
    fn from_iter<I: IntoIterator<Item = f64>>(iter: I) -> Samples {
        Samples(iter.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        let odd: Samples = [3.0, 1.0, 2.0].into_iter().collect();
        assert_eq!(odd.median(), 2.0);
        let even: Samples = [4.0, 1.0, 3.0, 2.0].into_iter().collect();
        assert_eq!(even.median(), 2.5);
        assert!(Samples::new().median().is_nan());
    }

    #[test]
    fn a_cell_shows_median_and_range() {
        let s: Samples = [812.4, 790.0, 850.2].into_iter().collect();
        assert_eq!(s.cell(0), "812 (790–850)");
        assert_eq!(Samples::new().cell(1), "–");
    }
}
