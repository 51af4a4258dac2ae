//! Every date option of the command line (`--on`, `--date`, `--from`, `--to`, `--issued`,
//! `--certified`, `--valid-until`, the day of `--deadline`) read by one parser, so a date
//! accepted by one command is accepted by all.

use chrono::NaiveDate;

use super::Ctx;
use crate::error::{CliError, CliResult};
use crate::texts::fill;

/// The ways a day may be typed: ISO 8601, or day/month/year as French speakers write it.
const DAY_FORMATS: [&str; 2] = ["%Y-%m-%d", "%d/%m/%Y"];

/// `2026-05-17` or `17/05/2026`. A day that does not exist (31/02/2026) is `None`, never
/// moved to the next month.
pub fn read_day(text: &str) -> Option<NaiveDate> {
    let trimmed = text.trim();
    DAY_FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(trimmed, f).ok())
}

/// A day option, refused with the option's name and the accepted forms.
pub fn parse_day(ctx: &Ctx, option: &str, text: &str) -> CliResult<NaiveDate> {
    read_day(text).ok_or_else(|| CliError::Invalid(fill(ctx.t().bad_date, &[&option, &text])))
}

/// `--from` and `--to` of one period: both valid days, but the first after the last is
/// said as such rather than as a bad date.
pub fn check_period(ctx: &Ctx, from: Option<NaiveDate>, to: Option<NaiveDate>) -> CliResult<()> {
    match (from, to) {
        (Some(from), Some(to)) if from > to => Err(CliError::Invalid(if ctx.fr() {
            format!(
                "--from {} est après --to {} : la période est vide (inversez les deux dates)",
                crate::words::date(from, ctx.lang),
                crate::words::date(to, ctx.lang)
            )
        } else {
            format!(
                "--from {} is after --to {}: the period is empty (swap the two dates)",
                crate::words::date(from, ctx.lang),
                crate::words::date(to, ctx.lang)
            )
        })),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

    use super::*;

    #[test]
    fn both_ways_of_writing_a_day_are_read_and_impossible_days_refused() {
        let day = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        assert_eq!(read_day("2026-09-01"), Some(day));
        assert_eq!(read_day(" 01/09/2026 "), Some(day));
        assert_eq!(read_day("31/02/2026"), None);
        assert_eq!(read_day("2026-02-31"), None);
        assert_eq!(read_day("sept. 2026"), None);
    }
}
