//! RFC 5545 content lines: escaping of text values, folding at 75 octets, CRLF.

use std::fmt::Write as _;

use chrono::{DateTime, Duration, NaiveDate, Utc};

/// Longest line before folding, in octets, CRLF excluded (RFC 5545 §3.1).
const MAX_OCTETS: usize = 75;

/// A calendar being written, one content line at a time.
#[derive(Debug, Default)]
pub(super) struct Lines(String);

impl Lines {
    /// `NAME:value` with `value` already in its property's syntax.
    pub fn raw(&mut self, name: &str, value: &str) {
        self.fold(&format!("{name}:{value}"));
    }

    /// A TEXT property: commas, semicolons, backslashes and line breaks escaped.
    pub fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &escape(value));
    }

    /// A UTC date-time: `20260517T170000Z`.
    pub fn instant(&mut self, name: &str, at: DateTime<Utc>) {
        self.raw(name, &at.format("%Y%m%dT%H%M%SZ").to_string());
    }

    /// A DATE value: `DTSTART;VALUE=DATE:20260517`.
    pub fn date(&mut self, name: &str, day: NaiveDate) {
        self.raw(
            &format!("{name};VALUE=DATE"),
            &day.format("%Y%m%d").to_string(),
        );
    }

    pub fn finish(self) -> String {
        self.0
    }

    /// Splits after at most 75 octets, never inside a UTF-8 sequence; each continuation
    /// line starts with one space, which counts toward its 75.
    fn fold(&mut self, line: &str) {
        let mut room = MAX_OCTETS;
        let mut used = 0;
        for ch in line.chars() {
            let len = ch.len_utf8();
            if used + len > room {
                self.0.push_str("\r\n ");
                room = MAX_OCTETS - 1;
                used = 0;
            }
            self.0.push(ch);
            used += len;
        }
        self.0.push_str("\r\n");
    }
}

/// TEXT escaping (RFC 5545 §3.3.11). A lone CR is dropped: line breaks are `\n`.
pub(super) fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for ch in value.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A DURATION value (RFC 5545 §3.3.6), e.g. `-P2D`, `-PT3H`, `PT20H59M59S`. Weeks are
/// never mixed with days: the grammar does not allow it.
pub(super) fn duration(d: Duration) -> String {
    let sign = if d < Duration::zero() { "-" } else { "" };
    let total = d.num_seconds().unsigned_abs();
    let (days, rest) = (total / 86_400, total % 86_400);
    let (hours, minutes, seconds) = (rest / 3600, rest % 3600 / 60, rest % 60);
    let mut out = format!("{sign}P");
    if days > 0 {
        let _ = write!(out, "{days}D");
    }
    if rest > 0 {
        out.push('T');
        if hours > 0 {
            let _ = write!(out, "{hours}H");
        }
        // The grammar reaches seconds only through minutes once hours are given.
        if minutes > 0 || (hours > 0 && seconds > 0) {
            let _ = write!(out, "{minutes}M");
        }
        if seconds > 0 {
            let _ = write!(out, "{seconds}S");
        }
    }
    if total == 0 {
        out.push_str("T0S");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut lines = Lines::default();
        let text = "é".repeat(100);
        lines.text("SUMMARY", &text);
        let out = lines.finish();
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{text}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne".to_owned());
    }

    #[test]
    fn durations_follow_the_grammar() {
        assert_eq!(duration(Duration::days(-2)), "-P2D");
        assert_eq!(duration(Duration::hours(-3)), "-PT3H");
        assert_eq!(duration(Duration::hours(-47)), "-P1DT23H");
        assert_eq!(duration(Duration::seconds(20 * 3600 + 59)), "PT20H0M59S");
        assert_eq!(duration(Duration::seconds(75_599)), "PT20H59M59S");
        assert_eq!(duration(Duration::zero()), "PT0S");
    }
}
