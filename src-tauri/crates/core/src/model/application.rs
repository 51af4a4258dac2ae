//! A job application: what the posting asked for, and where the candidate stands.

use serde::{Deserialize, Serialize};

use super::{Deadline, Status};
use crate::error::{Error, Invalid, Result};

/// How the posting says to apply. Stored by these snake_case names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ApplyMethod {
    Email,
    Portal,
    InPerson,
    Post,
}

impl ApplyMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Portal => "portal",
            Self::InPerson => "in_person",
            Self::Post => "post",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Email, Self::Portal, Self::InPerson, Self::Post]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

/// The kind of employer, for the statistics: « ONG », « Nations unies », « public »,
/// « privé ». Stored by these snake_case names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum OrganizationType {
    Ngo,
    Un,
    Public,
    Private,
}

impl OrganizationType {
    pub const ALL: [OrganizationType; 4] = [Self::Ngo, Self::Un, Self::Public, Self::Private];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ngo => "ngo",
            Self::Un => "un",
            Self::Public => "public",
            Self::Private => "private",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Application {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    pub title: String,
    pub organization: String,
    pub organization_type: Option<OrganizationType>,
    pub reference: Option<String>,
    pub location: Option<String>,
    pub contract: Option<String>,
    pub source_url: Option<String>,
    pub apply_method: Option<ApplyMethod>,
    pub apply_email: Option<String>,
    /// The exact subject line the posting requires, kept byte for byte.
    pub apply_subject: Option<String>,
    /// Addresses the posting asks to put in copy (« en copie »), in its order.
    pub apply_cc: Vec<String>,
    pub apply_url: Option<String>,
    pub apply_address: Option<String>,
    pub deadline: Option<Deadline>,
    pub status: Status,
    pub notes: Option<String>,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

#[cfg(test)]
impl Application {
    /// An application with only a title, an organization and maybe a reference: for the
    /// core's unit tests.
    pub(crate) fn sample(title: &str, organization: &str, reference: Option<&str>) -> Self {
        Self {
            id: 1,
            title: title.into(),
            organization: organization.into(),
            organization_type: None,
            reference: reference.map(Into::into),
            location: None,
            contract: None,
            source_url: None,
            apply_method: None,
            apply_email: None,
            apply_subject: None,
            apply_cc: Vec::new(),
            apply_url: None,
            apply_address: None,
            deadline: None,
            status: Status::ToPrepare,
            notes: None,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }
}

/// What the candidate types in the form, for both creating and editing.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ApplicationInput {
    pub title: String,
    pub organization: String,
    /// Absent in what older clients send: unknown.
    #[serde(default)]
    #[cfg_attr(test, ts(optional = nullable))]
    pub organization_type: Option<OrganizationType>,
    pub reference: Option<String>,
    pub location: Option<String>,
    pub contract: Option<String>,
    pub source_url: Option<String>,
    pub apply_method: Option<ApplyMethod>,
    pub apply_email: Option<String>,
    pub apply_subject: Option<String>,
    /// Absent in what older clients send: none.
    #[serde(default)]
    #[cfg_attr(test, ts(as = "Option<Vec<String>>", optional))]
    pub apply_cc: Vec<String>,
    pub apply_url: Option<String>,
    pub apply_address: Option<String>,
    pub deadline: Option<Deadline>,
    pub notes: Option<String>,
}

/// Longest single-line field we accept: a title or an address, with room to spare.
pub(crate) const MAX_LINE: usize = 500;
/// Longest free text: notes or a pasted address block.
pub(crate) const MAX_TEXT: usize = 100_000;

impl ApplicationInput {
    /// Trims every field, turns blank optional fields into `None` and checks the rest.
    /// The subject line is not trimmed inside: recruiters filter on the exact text.
    pub fn normalized(mut self) -> Result<Self> {
        self.title = required("title", &self.title)?;
        self.organization = required("organization", &self.organization)?;
        self.reference = optional("reference", self.reference, MAX_LINE)?;
        self.location = optional("location", self.location, MAX_LINE)?;
        self.contract = optional("contract", self.contract, MAX_LINE)?;
        self.source_url = optional("source_url", self.source_url, MAX_LINE)?;
        self.apply_email = optional("apply_email", self.apply_email, MAX_LINE)?;
        self.apply_subject = optional("apply_subject", self.apply_subject, MAX_LINE)?;
        self.apply_url = optional("apply_url", self.apply_url, MAX_LINE)?;
        self.apply_address = optional("apply_address", self.apply_address, MAX_TEXT)?;
        self.notes = optional("notes", self.notes, MAX_TEXT)?;

        if let Some(email) = &self.apply_email {
            if !looks_like_email(email) {
                return Err(Error::invalid("apply_email", Invalid::Email));
            }
        }
        self.apply_cc = normalized_cc(self.apply_cc, self.apply_email.as_deref())?;
        for (field, url) in [
            ("source_url", &self.source_url),
            ("apply_url", &self.apply_url),
        ] {
            if let Some(url) = url {
                if !looks_like_web_address(url) {
                    return Err(Error::invalid(field, Invalid::Url));
                }
            }
        }
        if let Some(deadline) = &mut self.deadline {
            deadline.timezone = deadline.timezone.trim().to_owned();
            deadline.instant_utc()?;
        }
        Ok(self)
    }
}

/// At most this many addresses in copy: postings name one or two; more is a paste gone wrong.
pub(crate) const MAX_CC: usize = 10;

/// The addresses in copy, each once (the recipient itself is not repeated in copy), in the
/// order given, each checked. An entry may hold several, as typed in one field or one
/// command-line option: « a@x.org, b@y.org; c@z.org ».
fn normalized_cc(cc: Vec<String>, to: Option<&str>) -> Result<Vec<String>> {
    let mut kept: Vec<String> = Vec::new();
    let typed = cc
        .iter()
        .flat_map(|entry| entry.split([',', ';', ' ', '\n', '\t']));
    for address in typed {
        let address = address.trim();
        if address.is_empty() {
            continue;
        }
        if address.chars().count() > MAX_LINE {
            return Err(Error::invalid("apply_cc", Invalid::TooLong));
        }
        if !looks_like_email(address) {
            return Err(Error::invalid("apply_cc", Invalid::Email));
        }
        let same = |other: &str| other.eq_ignore_ascii_case(address);
        if !kept.iter().any(|k| same(k)) && !to.is_some_and(same) {
            kept.push(address.to_owned());
        }
    }
    if kept.len() > MAX_CC {
        return Err(Error::invalid("apply_cc", Invalid::TooLong));
    }
    Ok(kept)
}

/// How the addresses in copy are stored in one column, and read back.
pub(crate) const CC_SEPARATOR: &str = ", ";

pub(crate) fn cc_column(cc: &[String]) -> Option<String> {
    (!cc.is_empty()).then(|| cc.join(CC_SEPARATOR))
}

pub(crate) fn cc_from_column(column: Option<String>) -> Vec<String> {
    column
        .map(|c| {
            c.split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn required(field: &'static str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid(field, Invalid::Required));
    }
    if value.chars().count() > MAX_LINE {
        return Err(Error::invalid(field, Invalid::TooLong));
    }
    Ok(value.to_owned())
}

pub(crate) fn optional(
    field: &'static str,
    value: Option<String>,
    max: usize,
) -> Result<Option<String>> {
    let Some(value) = value else { return Ok(None) };
    let value = value.trim();
    if value.chars().count() > max {
        return Err(Error::invalid(field, Invalid::TooLong));
    }
    Ok((!value.is_empty()).then(|| value.to_owned()))
}

/// A deliberately loose check: one `@`, something on each side, a dot in the domain (not
/// first, not last), no spaces. Real validation is the recruiter's mail server; we only
/// catch typing slips. The interface checks the same cases (catalogue/validation-cases.json).
pub(crate) fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
}

/// Only web addresses: `http://` or `https://` and a host with a dot in it (not first,
/// not last), no spaces. A `javascript:` or `file:` link in a posting must never be
/// opened. The interface checks the same cases (catalogue/validation-cases.json).
pub(crate) fn looks_like_web_address(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Cases {
        emails: ValidInvalid,
        links: ValidInvalid,
    }

    #[derive(serde::Deserialize)]
    struct CopyCase {
        typed: String,
        to: Option<String>,
        kept: Option<Vec<String>>,
    }

    /// The same cases as the interface's field of addresses in copy (form.test.ts).
    #[test]
    fn addresses_in_copy_are_kept_as_the_shared_cases_say() {
        #[derive(serde::Deserialize)]
        struct Copies {
            copies: Vec<CopyCase>,
        }
        let cases: Copies = serde_json::from_str(include_str!(
            "../../../../../catalogue/validation-cases.json"
        ))
        .unwrap();
        assert!(cases.copies.len() >= 5);
        for case in cases.copies {
            let kept = normalized_cc(vec![case.typed.clone()], case.to.as_deref()).ok();
            assert_eq!(kept, case.kept, "{:?}", case.typed);
        }
    }

    #[derive(serde::Deserialize)]
    struct ValidInvalid {
        valid: Vec<String>,
        invalid: Vec<String>,
    }

    /// The same cases as the interface's form (ui/src/tests/form.test.ts).
    #[test]
    fn e_mail_addresses_and_links_are_judged_as_the_shared_cases_say() {
        let cases: Cases = serde_json::from_str(include_str!(
            "../../../../../catalogue/validation-cases.json"
        ))
        .unwrap();
        for e in &cases.emails.valid {
            assert!(looks_like_email(e), "{e:?} should be accepted");
        }
        for e in &cases.emails.invalid {
            assert!(!looks_like_email(e), "{e:?} should be refused");
        }
        for l in &cases.links.valid {
            assert!(looks_like_web_address(l), "{l:?} should be accepted");
        }
        for l in &cases.links.invalid {
            assert!(!looks_like_web_address(l), "{l:?} should be refused");
        }
    }

    fn input() -> ApplicationInput {
        ApplicationInput {
            title: "  Coordinateur Protection  ".into(),
            organization: "COOPI".into(),
            reference: Some("   ".into()),
            apply_method: Some(ApplyMethod::Email),
            apply_email: Some("assist.admin.bamako@coopi.org".into()),
            apply_subject: Some("REF N°013/12/CPSM-SP/BKO/2025".into()),
            apply_cc: Vec::new(),
            ..Default::default()
        }
    }

    #[test]
    fn trims_and_blanks_become_none() {
        let n = input().normalized().unwrap();
        assert_eq!(n.title, "Coordinateur Protection");
        assert_eq!(n.reference, None);
        assert_eq!(
            n.apply_subject.as_deref(),
            Some("REF N°013/12/CPSM-SP/BKO/2025")
        );
    }

    #[test]
    fn refuses_missing_title_and_organization() {
        let mut i = input();
        i.title = " ".into();
        assert!(matches!(
            i.normalized(),
            Err(Error::Validation {
                field: "title",
                reason: Invalid::Required
            })
        ));
        let mut i = input();
        i.organization = String::new();
        assert!(matches!(
            i.normalized(),
            Err(Error::Validation {
                field: "organization",
                reason: Invalid::Required
            })
        ));
    }

    #[test]
    fn refuses_bad_email_url_and_overlong_title() {
        let mut i = input();
        i.apply_email = Some("recrutement at coopi.org".into());
        assert!(matches!(
            i.normalized(),
            Err(Error::Validation {
                field: "apply_email",
                ..
            })
        ));
        let mut i = input();
        i.source_url = Some("javascript:alert(1)".into());
        assert!(matches!(
            i.normalized(),
            Err(Error::Validation {
                field: "source_url",
                reason: Invalid::Url
            })
        ));
        let mut i = input();
        i.title = "é".repeat(501);
        assert!(matches!(
            i.normalized(),
            Err(Error::Validation {
                field: "title",
                reason: Invalid::TooLong
            })
        ));
    }

    #[test]
    fn method_names_round_trip() {
        for m in [
            ApplyMethod::Email,
            ApplyMethod::Portal,
            ApplyMethod::InPerson,
            ApplyMethod::Post,
        ] {
            assert_eq!(ApplyMethod::parse(m.as_str()), Some(m));
        }
    }
}
