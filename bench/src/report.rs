//! What a benchmark hands back: a Markdown section of tables and notes.
//!
//! Markdown because the results go into `artifacts/bench/results.md` and,
//! copied by hand, into docs/PERFORMANCE.md; a person reads them, so they
//! say what was measured and how, next to the figures.

/// One benchmark's results.
pub struct Section {
    pub title: String,
    /// How it was measured, in a sentence or two.
    pub method: String,
    pub tables: Vec<Table>,
    pub notes: Vec<String>,
}

/// A table with a header row.
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new<S: Into<String>>(header: impl IntoIterator<Item = S>) -> Table {
        Table {
            header: header.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    /// The table of goals: each a ratio to a floor and the most it may be.
    pub fn goals() -> Table {
        Table::new(["goal", "ratio (medians)", "at most", "met"])
    }

    /// Adds a goal row: `value` is Etapp's figure divided by the floor's.
    pub fn goal(&mut self, what: &str, value: f64, at_most: f64) {
        let met = if value <= at_most { "yes" } else { "**no**" };
        self.row([
            what.to_owned(),
            format!("{value:.2}×"),
            format!("{at_most:.2}×"),
            met.to_owned(),
        ]);
    }

    fn to_markdown(&self) -> String {
        let line = |cells: &[String]| format!("| {} |\n", cells.join(" | "));
        let mut s = line(&self.header);
        s.push_str(&line(&vec!["---".to_owned(); self.header.len()]));
        for r in &self.rows {
            s.push_str(&line(r));
        }
        s
    }
}

impl Section {
    pub fn to_markdown(&self) -> String {
        let mut s = format!("## {}\n\n{}\n\n", self.title, self.method);
        for t in &self.tables {
            s.push_str(&t.to_markdown());
            s.push('\n');
        }
        for n in &self.notes {
            s.push_str(&format!("- {n}\n"));
        }
        if !self.notes.is_empty() {
            s.push('\n');
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_tables_and_goals() {
        let mut t = Table::goals();
        t.goal("start", 1.25, 1.3);
        t.goal("binary", 1.9, 1.5);
        let s = Section {
            title: "T".into(),
            method: "M.".into(),
            tables: vec![t],
            notes: vec!["n".into()],
        };
        assert_eq!(
            s.to_markdown(),
            "## T\n\nM.\n\n\
             | goal | ratio (medians) | at most | met |\n\
             | --- | --- | --- | --- |\n\
             | start | 1.25× | 1.30× | yes |\n\
             | binary | 1.90× | 1.50× | **no** |\n\n\
             - n\n\n"
        );
    }
}
