//! « Statistiques »: counted in one pass over one query of the applications (their
//! milestones kept on each row), so that 10,000 applications and 100,000 status changes
//! stay well under the 30 ms the view allows itself.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};

use super::reminders::parse_instant;
use super::rows::parse_status;
use super::settings::read_reminder_settings;
use super::Store;
use crate::error::{Error, Result};
use crate::model::{
    median, no_response, source_site, GroupCount, MonthCount, OrganizationType, Statistics,
    StatsPeriod, Status, StatusCount,
};

/// One application as the statistics see it.
struct Facts {
    status: Status,
    started: NaiveDate,
    organization_type: Option<OrganizationType>,
    source: Option<String>,
    sent: Option<DateTime<Utc>>,
    answered: Option<DateTime<Utc>>,
    interviews: u32,
    silent: bool,
}

#[derive(Default)]
struct Tally {
    applications: u32,
    sent: u32,
    answered: u32,
}

impl Tally {
    fn add(&mut self, facts: &Facts) {
        self.applications += 1;
        self.sent += u32::from(facts.sent.is_some());
        self.answered += u32::from(facts.sent.is_some() && facts.answered.is_some());
    }

    fn group<K>(self, key: Option<K>) -> GroupCount<K> {
        GroupCount {
            key,
            applications: self.applications,
            sent: self.sent,
            answered: self.answered,
            response_rate: rate(self.answered, self.sent),
        }
    }
}

impl Store {
    /// The statistics of the applications started within `period` (the candidate's
    /// calendar, in the computer's time zone).
    pub fn statistics(&self, period: StatsPeriod) -> Result<Statistics> {
        if let (Some(from), Some(to)) = (period.from, period.to) {
            if from > to {
                return Err(Error::invalid("period", crate::error::Invalid::Date));
            }
        }
        let now = self.now();
        let zone = crate::clock::local_time_zone();
        let conn = self.conn();
        let threshold = read_reminder_settings(&conn)?.no_response_days;
        // The milestones are kept on each row by schema 5's triggers: one row read per
        // application, no search of the timeline.
        let mut stmt = conn.prepare_cached(
            "SELECT a.status, a.created_at, a.organization_type, a.source_url,
                a.sent_at, a.first_answer_at, a.last_status_at, a.last_follow_up_at,
                (SELECT count(*) FROM interviews i WHERE i.application_id = a.id),
                a.reached_interview
             FROM applications a",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, Option<String>>(7)?,
                r.get::<_, u32>(8)?,
                r.get::<_, bool>(9)?,
            ))
        })?;
        let mut all = Vec::new();
        for row in rows {
            let (
                status,
                created,
                org_type,
                source,
                sent,
                answered,
                last_status,
                last_follow_up,
                interviews,
                reached,
            ) = row?;
            let status = parse_status(&status)?;
            let started = parse_instant(&created)?.with_timezone(&zone).date_naive();
            if period.from.is_some_and(|from| started < from)
                || period.to.is_some_and(|to| started > to)
            {
                continue;
            }
            all.push(Facts {
                status,
                started,
                organization_type: org_type.as_deref().and_then(OrganizationType::parse),
                source: source.as_deref().and_then(source_site),
                sent: sent.as_deref().map(parse_instant).transpose()?,
                answered: answered.as_deref().map(parse_instant).transpose()?,
                interviews: if interviews == 0 && reached {
                    1
                } else {
                    interviews
                },
                silent: no_response(
                    status,
                    last_status.as_deref(),
                    last_follow_up.as_deref(),
                    now,
                    threshold,
                )
                .is_some(),
            });
        }
        Ok(summarize(period, &all, zone))
    }
}

fn summarize(period: StatsPeriod, all: &[Facts], zone: chrono_tz::Tz) -> Statistics {
    let mut total = Tally::default();
    let mut interviews = 0;
    let mut silent = 0;
    let mut by_status: HashMap<Status, u32> = HashMap::new();
    let mut by_month: BTreeMap<String, MonthCount> = BTreeMap::new();
    let mut by_type: BTreeMap<Option<OrganizationType>, Tally> = BTreeMap::new();
    let mut by_source: HashMap<Option<String>, Tally> = HashMap::new();
    let mut days_to_answer = Vec::new();
    let month = |d: NaiveDate| d.format("%Y-%m").to_string();
    for facts in all {
        total.add(facts);
        *by_status.entry(facts.status).or_default() += 1;
        by_type
            .entry(facts.organization_type)
            .or_default()
            .add(facts);
        by_source
            .entry(facts.source.clone())
            .or_default()
            .add(facts);
        month_entry(&mut by_month, month(facts.started)).started += 1;
        if let Some(sent) = facts.sent {
            interviews += facts.interviews;
            silent += u32::from(facts.silent);
            month_entry(&mut by_month, month(sent.with_timezone(&zone).date_naive())).sent += 1;
            if let Some(answered) = facts.answered {
                month_entry(
                    &mut by_month,
                    month(answered.with_timezone(&zone).date_naive()),
                )
                .answered += 1;
                days_to_answer.push((answered - sent).num_days().max(0));
            }
        }
    }
    // Unknown type last, after the four kinds in their declared order.
    let unknown_type = by_type.remove(&None);
    let mut by_organization_type: Vec<_> = by_type
        .into_iter()
        .map(|(key, tally)| tally.group(key))
        .collect();
    by_organization_type.extend(unknown_type.map(|t| t.group(None)));
    let unknown_source = by_source.remove(&None);
    let mut by_source: Vec<_> = by_source
        .into_iter()
        .map(|(key, tally)| tally.group(key))
        .collect();
    by_source.sort_by(|a, b| {
        b.applications
            .cmp(&a.applications)
            .then_with(|| a.key.cmp(&b.key))
    });
    by_source.extend(unknown_source.map(|t| t.group(None)));
    Statistics {
        period,
        applications: total.applications,
        sent: total.sent,
        answered: total.answered,
        response_rate: rate(total.answered, total.sent),
        interviews,
        interviews_per_sent: rate(interviews, total.sent),
        median_days_to_answer: median(&mut days_to_answer),
        no_response: silent,
        by_status: Status::ALL
            .into_iter()
            .map(|status| StatusCount {
                status,
                count: by_status.get(&status).copied().unwrap_or(0),
            })
            .collect(),
        by_month: by_month.into_values().collect(),
        by_organization_type,
        by_source,
    }
}

fn month_entry(months: &mut BTreeMap<String, MonthCount>, key: String) -> &mut MonthCount {
    months.entry(key.clone()).or_insert_with(|| MonthCount {
        month: key,
        started: 0,
        sent: 0,
        answered: 0,
    })
}

fn rate(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| f64::from(part) / f64::from(whole))
}
