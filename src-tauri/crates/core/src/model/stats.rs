//! « Statistiques »: how the search is going, over a chosen period.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{OrganizationType, Status};

/// The period: applications started (created, or dated back to their first step) on or
/// after `from` and on or before `to`, both in the candidate's calendar; either open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct StatsPeriod {
    #[cfg_attr(test, ts(type = "string | null"))]
    pub from: Option<NaiveDate>,
    #[cfg_attr(test, ts(type = "string | null"))]
    pub to: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Statistics {
    pub period: StatsPeriod,
    /// Applications in the period.
    pub applications: u32,
    /// Of them, sent (see the `application_milestones` view).
    pub sent: u32,
    /// Of the sent ones, those that got any answer: shortlisted, interview, offer, refusal.
    pub answered: u32,
    /// `answered / sent`, 0 to 1; `None` when nothing was sent.
    pub response_rate: Option<f64>,
    /// Interviews (each recorded one, or one for reaching « Entretien » without any).
    pub interviews: u32,
    /// `interviews / sent`; `None` when nothing was sent.
    pub interviews_per_sent: Option<f64>,
    /// Median whole days from sending to the first answer; `None` without any answer.
    pub median_days_to_answer: Option<f64>,
    /// Sent and still without news for the settings' number of days.
    pub no_response: u32,
    /// Every status, in pipeline order, with how many applications are there now.
    pub by_status: Vec<StatusCount>,
    /// Every month of the period that has something, oldest first.
    pub by_month: Vec<MonthCount>,
    /// ONG, Nations unies, public, privé, then unknown (`key` null); only non-empty groups.
    pub by_organization_type: Vec<GroupCount<OrganizationType>>,
    /// Where the postings were found (the source link's site, `www.` dropped), most
    /// applications first, then unknown (`key` null).
    pub by_source: Vec<GroupCount<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct StatusCount {
    pub status: Status,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    /// Applications started that month.
    pub started: u32,
    /// Applications sent that month.
    pub sent: u32,
    /// First answers received that month.
    pub answered: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct GroupCount<K> {
    pub key: Option<K>,
    pub applications: u32,
    pub sent: u32,
    pub answered: u32,
    /// `answered / sent`; `None` when nothing was sent.
    pub response_rate: Option<f64>,
}

/// The site a source link points to, for grouping: `https://www.reliefweb.int/job/1` →
/// `reliefweb.int`. `None` for text that is not a web address.
pub fn source_site(url: &str) -> Option<String> {
    let rest = url.trim();
    let rest = rest
        .split_once("://")
        .map(|(scheme, rest)| {
            (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"))
                .then_some(rest)
        })
        .unwrap_or(Some(rest))?;
    let host = rest.split(['/', '?', '#']).next()?;
    // An e-mail address or a `mailto:` is not where a posting was found.
    if host.contains('@') {
        return None;
    }
    let host = host.split(':').next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    (host.contains('.') && !host.starts_with('.') && !host.ends_with('.')).then_some(host)
}

/// The median of whole-day counts; `None` for none.
pub(crate) fn median(values: &mut [i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid] as f64
    } else {
        (values[mid - 1] + values[mid]) as f64 / 2.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_sites_are_the_host_without_www() {
        assert_eq!(
            source_site("https://www.ReliefWeb.int/job/123?x=1").as_deref(),
            Some("reliefweb.int")
        );
        assert_eq!(
            source_site("http://emploi.ci:8080/offre").as_deref(),
            Some("emploi.ci")
        );
        assert_eq!(
            source_site("careers.un.org/jobs").as_deref(),
            Some("careers.un.org")
        );
        assert_eq!(source_site("Journal Fraternité Matin"), None);
        assert_eq!(source_site("mailto:rh@ong.org"), None);
        assert_eq!(source_site(""), None);
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [9, 1, 5]), Some(5.0));
        assert_eq!(median(&mut [10, 2, 4, 30]), Some(7.0));
    }
}
