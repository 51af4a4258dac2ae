//! The `expected.json` record format: what a careful reader takes from a posting, one flat
//! record per file. Owns converting a [`ParsedPosting`] to that record and comparing a
//! parsed record with an expected one field by field (`notes` is free text, never compared).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::ParsedPosting;

/// One posting as written in `expected.json`. Keys and their order follow that file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpectedRecord {
    /// File name of the posting.
    pub file: String,
    /// "fr" or "en".
    pub language: String,
    /// Title of the post.
    pub title: Option<String>,
    /// Hiring organization.
    pub organization: Option<String>,
    /// Duty station.
    pub location: Option<String>,
    /// The posting's reference.
    pub reference: Option<String>,
    /// Contract type and length.
    pub contract: Option<String>,
    /// "YYYY-MM-DDTHH:MM", or "YYYY-MM-DD" when no hour is given.
    pub deadline: Option<String>,
    /// IANA zone of the deadline.
    pub deadline_timezone: Option<String>,
    /// The deadline as written (the source span's text).
    pub deadline_text: Option<String>,
    /// True when part of the deadline was deduced; written only when true.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deadline_inferred: bool,
    /// Where to e-mail the application.
    pub apply_email: Option<String>,
    /// Where to drop a paper application.
    pub apply_address: Option<String>,
    /// The required subject line.
    pub email_subject: Option<String>,
    /// Document codes needed now, in order of appearance.
    pub documents_required_now: Vec<String>,
    /// Document codes asked only from shortlisted candidates, in order of appearance.
    pub documents_required_later: Vec<String>,
    /// Free text for humans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl ParsedPosting {
    /// This result in the `expected.json` format.
    pub fn to_expected(&self, file: &str) -> ExpectedRecord {
        let text = |f: &Option<super::Found<String>>| f.as_ref().map(|f| f.value.clone());
        let deadline = self.deadline.as_ref();
        ExpectedRecord {
            file: file.to_string(),
            language: match self.language {
                super::Language::Fr => "fr".into(),
                super::Language::En => "en".into(),
            },
            title: text(&self.title),
            organization: text(&self.organization),
            location: text(&self.location),
            reference: text(&self.reference),
            contract: text(&self.contract),
            deadline: deadline.map(|d| match d.value.time {
                Some(t) => format!("{}T{}", d.value.date.format("%Y-%m-%d"), t.format("%H:%M")),
                None => d.value.date.format("%Y-%m-%d").to_string(),
            }),
            deadline_timezone: deadline.and_then(|d| d.value.timezone.clone()),
            deadline_text: self.deadline_text.clone(),
            deadline_inferred: deadline.is_some_and(|d| d.inferred),
            apply_email: text(&self.apply_email),
            apply_address: text(&self.apply_address),
            email_subject: text(&self.email_subject),
            documents_required_now: self.documents_now.iter().map(|d| d.value.code()).collect(),
            documents_required_later: self
                .documents_later
                .iter()
                .map(|d| d.value.code())
                .collect(),
            notes: None,
        }
    }
}

/// The outcome for one field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldResult {
    /// The key in `expected.json`.
    pub field: &'static str,
    /// Whether the parsed value equals the expected one.
    pub matched: bool,
    /// The expected value.
    pub expected: Value,
    /// The parsed value.
    pub actual: Value,
}

/// Compares every field but `file` and `notes`. Lists are compared in order.
pub fn compare(actual: &ExpectedRecord, expected: &ExpectedRecord) -> Vec<FieldResult> {
    let a = serde_json::to_value(actual).unwrap_or(Value::Null);
    let e = serde_json::to_value(expected).unwrap_or(Value::Null);
    const FIELDS: &[&str] = &[
        "language",
        "title",
        "organization",
        "location",
        "reference",
        "contract",
        "deadline",
        "deadline_timezone",
        "deadline_text",
        "deadline_inferred",
        "apply_email",
        "apply_address",
        "email_subject",
        "documents_required_now",
        "documents_required_later",
    ];
    FIELDS
        .iter()
        .map(|&field| {
            // `deadline_inferred` is absent when false.
            let get = |v: &Value| match v.get(field) {
                Some(x) => x.clone(),
                None if field == "deadline_inferred" => Value::Bool(false),
                None => Value::Null,
            };
            let (expected, actual) = (get(&e), get(&a));
            FieldResult {
                field,
                matched: expected == actual,
                expected,
                actual,
            }
        })
        .collect()
}
