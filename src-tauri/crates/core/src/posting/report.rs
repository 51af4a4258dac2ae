//! The `expected.json` record format: what a careful reader takes from a posting, one flat
//! record per file. Owns converting a [`ParsedPosting`] to that record and comparing a
//! parsed record with an expected one field by field (`notes` is free text, never compared).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::ParsedPosting;
use crate::model::PieceRequirements;

/// One posting as written in `expected.json`. Keys and their order follow that file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpectedRecord {
    /// File name of the posting.
    pub file: String,
    /// "fr" or "en".
    pub language: String,
    /// Title of the post.
    pub title: Option<String>,
    /// Other acceptable forms of the title (verbatim too): in capitals, with « (H/F) »,
    /// the other posts of an announcement for several.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub title_also: Vec<String>,
    /// Hiring organization.
    pub organization: Option<String>,
    /// Other acceptable forms of the organization (acronym, other spellings).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organization_also: Vec<String>,
    /// Duty station.
    pub location: Option<String>,
    /// Other acceptable forms of the duty station.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub location_also: Vec<String>,
    /// The posting's reference.
    pub reference: Option<String>,
    /// Contract type and length.
    #[serde(default)]
    pub contract: Option<String>,
    /// "YYYY-MM-DDTHH:MM", or "YYYY-MM-DD" when no hour is given.
    pub deadline: Option<String>,
    /// IANA zone of the deadline.
    #[serde(default)]
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
    #[serde(default)]
    pub documents_required_now: Vec<String>,
    /// Document codes asked only from shortlisted candidates, in order of appearance.
    #[serde(default)]
    pub documents_required_later: Vec<String>,
    /// What the posting asks of a piece beyond its kind, keyed by its code in the two
    /// lists above; written only for the pieces it says something of.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub document_requirements: BTreeMap<String, RequirementRecord>,
    /// Free text for humans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// What a posting asks of one piece, as written in `expected.json`: `form` as
/// [`crate::model::PieceForm::as_str`], `max_age` as `"3 months"` or `"90 days"`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequirementRecord {
    pub form: Option<String>,
    pub copies: Option<u8>,
    pub max_age: Option<String>,
    /// « une demande manuscrite »: written only when true.
    #[serde(default, skip_serializing_if = "is_false")]
    pub handwritten: bool,
}

impl RequirementRecord {
    pub fn of(r: &PieceRequirements) -> Self {
        Self {
            form: r.form.map(|f| f.as_str().to_string()),
            copies: r.copies,
            // Always the plural: a stable code, not a sentence (« 1 months »).
            max_age: r
                .max_age
                .map(|a| format!("{} {}", a.count, a.unit.as_str())),
            handwritten: r.handwritten,
        }
    }

    /// (attribute, value) of each attribute given.
    fn items(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(f) = &self.form {
            out.push(("form", f.clone()));
        }
        if let Some(c) = self.copies {
            out.push(("copies", c.to_string()));
        }
        if let Some(a) = &self.max_age {
            out.push(("max_age", a.clone()));
        }
        if self.handwritten {
            out.push(("handwritten", "true".to_owned()));
        }
        out
    }
}

/// The attributes of [`RequirementRecord`], in the order of [`requirement_counts`].
pub const REQUIREMENT_ATTRIBUTES: [&str; 4] = ["form", "copies", "max_age", "handwritten"];

/// For each of [`REQUIREMENT_ATTRIBUTES`]: true positives, found and expected, counting
/// one per (piece, attribute) given. A piece is matched by [`document_class`], so that
/// `diplomas` and `diploma_copies` are one piece and every `other:…` is « other ».
pub fn requirement_counts(
    found: &BTreeMap<String, RequirementRecord>,
    expected: &BTreeMap<String, RequirementRecord>,
) -> [(usize, usize, usize); 4] {
    let items = |m: &BTreeMap<String, RequirementRecord>| -> Vec<(String, &'static str, String)> {
        m.iter()
            .flat_map(|(code, r)| {
                let class = document_class(code);
                r.items()
                    .into_iter()
                    .map(move |(attr, v)| (class.clone(), attr, v))
            })
            .collect()
    };
    let mut left = items(expected);
    let mut out = [(0, 0, 0); 4];
    for (i, attr) in REQUIREMENT_ATTRIBUTES.iter().enumerate() {
        out[i].2 = left.iter().filter(|e| e.1 == *attr).count();
    }
    for f in items(found) {
        let Some(i) = REQUIREMENT_ATTRIBUTES.iter().position(|a| *a == f.1) else {
            continue;
        };
        out[i].1 += 1;
        if let Some(k) = left.iter().position(|e| *e == f) {
            left.swap_remove(k);
            out[i].0 += 1;
        }
    }
    out
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
            title_also: Vec::new(),
            organization: text(&self.organization),
            organization_also: Vec::new(),
            location: text(&self.location),
            location_also: Vec::new(),
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
            document_requirements: self
                .documents_now
                .iter()
                .chain(&self.documents_later)
                .filter(|d| !d.value.requirements.is_empty())
                .map(|d| (d.value.code(), RequirementRecord::of(&d.value.requirements)))
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

/// Compares every field but `file` and `notes`. Lists are compared in order; the title,
/// the organization and the duty station as [`same_name`] against the expected value and
/// its accepted alternatives.
pub fn compare(actual: &ExpectedRecord, expected: &ExpectedRecord) -> Vec<FieldResult> {
    let (expected_record, actual_record) = (expected, actual);
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
            let matched = match field {
                "title" | "organization" | "location" => {
                    field_verdict(actual_record, expected_record, field) == Verdict::Right
                }
                _ => expected == actual,
            };
            FieldResult {
                field,
                matched,
                expected,
                actual,
            }
        })
        .collect()
}

/// How a found name compares with the expected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The expected value or one of its alternatives (or both empty).
    Right,
    /// Nothing found where the posting says it.
    Empty,
    /// A value found that is not the expected one, or a value where the posting says none.
    Wrong,
}

fn expected_rec<'a>(r: &'a ExpectedRecord, field: &str) -> (Option<&'a String>, &'a [String]) {
    match field {
        "title" => (r.title.as_ref(), &r.title_also),
        "organization" => (r.organization.as_ref(), &r.organization_also),
        _ => (r.location.as_ref(), &r.location_also),
    }
}

fn expected_names<'a>(e: (Option<&'a String>, &'a [String])) -> Option<Vec<&'a str>> {
    let (main, also) = e;
    main.map(|m| {
        std::iter::once(m.as_str())
            .chain(also.iter().map(String::as_str))
            .collect()
    })
}

/// The verdict for `found` against the expected names (`None`: the posting does not say).
pub fn verdict(expected: Option<Vec<&str>>, found: Option<&str>) -> Verdict {
    match (expected, found) {
        (None, None) => Verdict::Right,
        (None, Some(_)) => Verdict::Wrong,
        (Some(_), None) => Verdict::Empty,
        (Some(names), Some(f)) => {
            if names.iter().any(|n| same_name(n, f)) {
                Verdict::Right
            } else {
                Verdict::Wrong
            }
        }
    }
}

/// The verdict on one ranked field of a parsed record.
pub fn field_verdict(found: &ExpectedRecord, expected: &ExpectedRecord, field: &str) -> Verdict {
    let f = match field {
        "title" => found.title.as_deref(),
        "organization" => found.organization.as_deref(),
        _ => found.location.as_deref(),
    };
    let names = expected_names(expected_rec(expected, field));
    let v = verdict(names.clone(), f);
    // "Première Urgence Internationale (PUI)" names the employer as well as either half.
    if field == "organization" && v == Verdict::Wrong {
        if let Some((name, rest)) = f.and_then(|f| f.rsplit_once(" (")) {
            let acronym = rest.trim_end_matches(')');
            if [name, acronym]
                .iter()
                .any(|part| verdict(names.clone(), Some(part)) == Verdict::Right)
            {
                return Verdict::Right;
            }
        }
    }
    v
}

/// Two names are the same when their words are, ignoring case, accents, punctuation,
/// « (H/F) » and the order of comma-separated parts ("Bamako, Mali" / "MALI, BAMAKO").
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

fn name_key(s: &str) -> Vec<String> {
    let folded = super::pattern::fold(s);
    let mut parts: Vec<String> = folded
        .split([',', ';'])
        .map(|p| {
            p.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .map(|p| {
            p.replace("h f", "")
                .replace("f h", "")
                .replace("m f", "")
                .trim()
                .to_string()
        })
        .filter(|p| !p.is_empty())
        .collect();
    parts.sort();
    parts
}

/// The code a document is compared by: the corpus writes some kinds two ways
/// (`diplomas` / `diploma_copies`), and a document of no listed kind is compared as
/// `other` whatever its words. A record's `other:<words>` whose words name one of the
/// app's kinds (`other:certificat de bonne vie et mœurs`, the criminal record of
/// Senegal and Mali) is that kind: the checklist files it there.
pub fn document_class(code: &str) -> String {
    if let Some(words) = code.strip_prefix("other:") {
        if let Some(kind) = super::documents::classify(words).filter(|k| !k.starts_with("other:")) {
            return document_class(&kind);
        }
    }
    match code {
        "diplomas" | "diploma_copies" => "diploma_copies".into(),
        "attestations" | "other:attestations" => "other:attestations".into(),
        c if c.starts_with("other:") => "other".into(),
        c => c.to_string(),
    }
}

/// True positives, found and expected counts of documents, each list a multiset.
pub fn document_counts(found: &[String], expected: &[String]) -> (usize, usize, usize) {
    let mut left: Vec<String> = expected.iter().map(|c| document_class(c)).collect();
    let mut tp = 0;
    for f in found {
        let f = document_class(f);
        if let Some(i) = left.iter().position(|e| *e == f) {
            left.swap_remove(i);
            tp += 1;
        }
    }
    (tp, found.len(), expected.len())
}
