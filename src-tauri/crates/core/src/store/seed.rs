//! Synthetic data for benchmarks and tests: many applications with checklists, fast.

use chrono::{Duration, NaiveDate, NaiveTime, SecondsFormat};

use super::rows::day_text;
use super::{now_utc, Store};
use crate::error::Result;
use crate::model::{Deadline, DocumentKind, Status};
use crate::search;

const TITLES: [&str; 10] = [
    "Chargé(e) de suivi-évaluation",
    "Coordinateur(trice) Protection",
    "Responsable WASH",
    "Assistant(e) administratif(ve) et financier(e)",
    "Médecin superviseur",
    "Chef de projet Éducation",
    "Spécialiste en nutrition",
    "Logisticien(ne)",
    "Évaluateur(trice) externe",
    "Chargé(e) de programme Cœur de métier",
];

const ORGANIZATIONS: [&str; 8] = [
    "COOPI",
    "Première Urgence Internationale",
    "UNICEF",
    "Save the Children",
    "Médecins du Monde",
    "PNUD",
    "Action contre la Faim",
    "Ministère de la Santé",
];

const PLACES: [&str; 8] = [
    "Bamako",
    "Ségou",
    "Mopti",
    "Kayes",
    "Gao",
    "Tombouctou",
    "Sikasso",
    "Kidal",
];

/// A small deterministic generator: the same seed gives the same data on every machine.
#[derive(Debug)]
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

impl Store {
    /// Adds `applications` applications with `items_per_application` checklist items each,
    /// in one transaction (10,000 × 5 takes well under a second). Titles, organizations,
    /// places carry accents; deadlines spread over 2025–2027 (one in ten has none);
    /// statuses and item states vary. Deterministic for a given `seed`.
    pub fn seed_benchmark_data(
        &self,
        applications: usize,
        items_per_application: usize,
        seed: u64,
    ) -> Result<()> {
        let mut rng = Lcg(seed);
        let now = now_utc();
        let first_day = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        {
            let mut app = tx.prepare(
                "INSERT INTO applications (title, organization, reference, location,
                    deadline_date, deadline_time, deadline_tz, deadline_utc, status,
                    created_at, updated_at, search_text, title_key, organization_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12, ?13)",
            )?;
            let mut event = tx.prepare(
                "INSERT INTO status_events (application_id, at, from_status, to_status)
                 VALUES (?1, ?2, NULL, ?3)",
            )?;
            let mut item = tx.prepare(
                "INSERT INTO checklist_items (application_id, kind, label, stage, state,
                    position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for n in 0..applications {
                let title = TITLES[rng.below(TITLES.len())];
                let organization = ORGANIZATIONS[rng.below(ORGANIZATIONS.len())];
                let place = PLACES[rng.below(PLACES.len())];
                let reference = format!("REF-{n:05}/{}", 2025 + rng.below(3));
                let deadline = (rng.below(10) != 0).then(|| Deadline {
                    date: first_day + Duration::days(rng.below(1000) as i64),
                    time: (rng.below(2) == 0)
                        .then(|| NaiveTime::from_hms_opt(17, 0, 0))
                        .flatten(),
                    timezone: "Africa/Bamako".to_owned(),
                });
                let deadline_utc = match &deadline {
                    Some(d) => Some(d.instant_utc()?.to_rfc3339_opts(SecondsFormat::Secs, true)),
                    None => None,
                };
                let status = Status::ALL[rng.below(Status::ALL.len())];
                app.execute((
                    title,
                    organization,
                    &reference,
                    place,
                    deadline.as_ref().map(|d| day_text(d.date)),
                    deadline
                        .as_ref()
                        .and_then(|d| d.time)
                        .map(|t| t.format("%H:%M").to_string()),
                    deadline.as_ref().map(|d| d.timezone.as_str()),
                    deadline_utc,
                    status.as_str(),
                    &now,
                    search::search_text(&[
                        Some(title),
                        Some(organization),
                        Some(&reference),
                        Some(place),
                        None,
                    ]),
                    search::fold(title),
                    search::fold(organization),
                ))?;
                let id = tx.last_insert_rowid();
                event.execute((id, &now, status.as_str()))?;
                for position in 0..items_per_application {
                    let kind = DocumentKind::ALL[position % DocumentKind::ALL.len()];
                    let label = (kind == DocumentKind::Other).then_some("Plan de travail");
                    // The last piece of a long list is often asked only of the shortlisted.
                    let stage = if position >= 2 && position + 1 == items_per_application {
                        "if_shortlisted"
                    } else {
                        "now"
                    };
                    let state = ["missing", "missing", "ready", "ready", "waived"][rng.below(5)];
                    item.execute((id, kind.as_str(), label, stage, state, position as i64))?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Adds `per_application` status changes to every application (the statistics'
    /// benchmark: 10,000 applications, 100,000 changes), spread over 2025–2026 in pipeline
    /// order, and a follow-up to one sent application in five. Deterministic for a given
    /// `seed`.
    pub fn seed_benchmark_history(&self, per_application: usize, seed: u64) -> Result<()> {
        let mut rng = Lcg(seed);
        let start = chrono::DateTime::parse_from_rfc3339("2025-01-01T09:00:00Z")
            .map(|d| d.to_utc())
            .unwrap_or_default();
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        {
            let ids: Vec<i64> = tx
                .prepare("SELECT id FROM applications")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut event = tx.prepare(
                "INSERT INTO status_events (application_id, at, from_status, to_status)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            let mut follow_up =
                tx.prepare("INSERT INTO follow_ups (application_id, at) VALUES (?1, ?2)")?;
            let stamp =
                |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(SecondsFormat::Millis, true);
            for id in ids {
                let mut at = start + Duration::days(rng.below(600) as i64);
                tx.execute(
                    "UPDATE applications SET created_at = ?2 WHERE id = ?1",
                    (id, stamp(at)),
                )?;
                tx.execute(
                    "UPDATE status_events SET at = ?2 WHERE application_id = ?1",
                    (id, stamp(at)),
                )?;
                let mut from = Status::ToPrepare;
                for step in 0..per_application {
                    at += Duration::days(1 + rng.below(20) as i64);
                    let to = Status::ALL[(step + rng.below(3)) % Status::ALL.len()];
                    event.execute((id, stamp(at), from.as_str(), to.as_str()))?;
                    if to == Status::Sent && rng.below(5) == 0 {
                        follow_up.execute((id, stamp(at + Duration::days(15))))?;
                    }
                    from = to;
                }
                tx.execute(
                    "UPDATE applications SET status = ?2 WHERE id = ?1",
                    (id, from.as_str()),
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}
