//! People named in a posting or met along the way: the recruiter, a panel member.

use serde::{Deserialize, Serialize};

use super::application::{looks_like_email, optional, required, MAX_LINE};
use crate::error::{Error, Invalid, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Contact {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(test, ts(type = "number"))]
    pub application_id: i64,
    pub name: String,
    /// "Responsable RH", "Chef de mission".
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ContactInput {
    pub name: String,
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl ContactInput {
    pub(crate) fn normalized(mut self) -> Result<Self> {
        self.name = required("name", &self.name)?;
        self.role = optional("role", self.role, MAX_LINE)?;
        self.email = optional("email", self.email, MAX_LINE)?;
        self.phone = normalized_phone("phone", self.phone)?;
        if let Some(email) = &self.email {
            if !looks_like_email(email) {
                return Err(Error::invalid("email", Invalid::Email));
            }
        }
        Ok(self)
    }
}

/// Longest phone number we accept, with spaces and an international prefix.
const MAX_PHONE: usize = 40;

/// Loose on purpose: "+223 76 12 34 56", "(00223) 20.22.33.44", "76-12-34-56 / 66 …". Only
/// digits and the usual separators, and at least a few digits.
pub(crate) fn normalized_phone(
    field: &'static str,
    phone: Option<String>,
) -> Result<Option<String>> {
    let Some(phone) = optional(field, phone, MAX_PHONE)? else {
        return Ok(None);
    };
    let allowed = |c: char| c.is_ascii_digit() || " +()-./".contains(c);
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if !phone.chars().all(allowed) || digits < 4 {
        return Err(Error::invalid(field, Invalid::Phone));
    }
    Ok(Some(phone))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_checked_loosely() {
        for ok in [
            "+223 76 12 34 56",
            "(00223) 20.22.33.44",
            "76-12-34-56 / 66",
        ] {
            assert!(normalized_phone("phone", Some(ok.into())).is_ok(), "{ok}");
        }
        for bad in [
            "appelez-moi",
            "12",
            "+223 76 12 34 56 78 90 12 34 56 78 90 12 34",
        ] {
            assert!(
                normalized_phone("phone", Some(bad.into())).is_err(),
                "{bad}"
            );
        }
        assert_eq!(normalized_phone("phone", Some("  ".into())).unwrap(), None);
    }

    #[test]
    fn a_contact_needs_a_name_and_a_plausible_email() {
        let c = ContactInput {
            name: " ".into(),
            ..Default::default()
        };
        assert!(matches!(
            c.normalized(),
            Err(Error::Validation { field: "name", .. })
        ));
        let c = ContactInput {
            name: "Mme Koné".into(),
            email: Some("rh at ong.org".into()),
            ..Default::default()
        };
        assert!(matches!(
            c.normalized(),
            Err(Error::Validation { field: "email", .. })
        ));
    }
}
