//! The candidate: the name printed on the dossier and used to name its file.

use serde::{Deserialize, Serialize};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::application::{looks_like_email, optional, MAX_LINE, MAX_TEXT};
use super::contact::normalized_phone;
use crate::error::{Error, Invalid, Result};

/// One per installation. Every field may be empty until the candidate fills it in.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Profile {
    pub first_name: String,
    /// Kept apart from the first name: the dossier is named `NOM_Prenom_…`.
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub postal_address: Option<String>,
}

impl Profile {
    pub(crate) fn normalized(mut self) -> Result<Self> {
        self.first_name = name("first_name", &self.first_name)?;
        self.last_name = name("last_name", &self.last_name)?;
        self.email = optional("email", self.email, MAX_LINE)?;
        self.phone = normalized_phone("phone", self.phone)?;
        self.postal_address = optional("postal_address", self.postal_address, MAX_TEXT)?;
        if let Some(email) = &self.email {
            if !looks_like_email(email) {
                return Err(Error::invalid("email", Invalid::Email));
            }
        }
        Ok(self)
    }

    /// `TRAORE_Aissata` for Aïssata Traoré: the start of the dossier's file name. Accents
    /// are dropped because recruiters' mail and HR systems still mangle them; spaces and
    /// punctuation become `-`. `None` while the last name is empty.
    pub fn file_name_prefix(&self) -> Option<String> {
        let last = ascii_part(&self.last_name).to_uppercase();
        if last.is_empty() {
            return None;
        }
        let first = ascii_part(&self.first_name);
        Some(if first.is_empty() {
            last
        } else {
            format!("{last}_{first}")
        })
    }
}

fn name(field: &'static str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.chars().count() > MAX_LINE {
        return Err(Error::invalid(field, Invalid::TooLong));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::invalid(field, Invalid::FileName));
    }
    Ok(value.to_owned())
}

/// Letters and digits without accents, words joined by `-`.
fn ascii_part(s: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    for c in s.nfd().filter(|c| !is_combining_mark(*c)) {
        let mapped: &str = match c {
            'œ' => "oe",
            'Œ' => "OE",
            'æ' => "ae",
            'Æ' => "AE",
            _ => "",
        };
        if !mapped.is_empty() || c.is_ascii_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            if mapped.is_empty() {
                out.push(c);
            } else {
                out.push_str(mapped);
            }
        } else {
            pending_dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(first: &str, last: &str) -> Profile {
        Profile {
            first_name: first.into(),
            last_name: last.into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_file_name_prefix_is_nom_prenom_without_accents() {
        assert_eq!(
            profile("Aïssata", "Traoré").file_name_prefix().as_deref(),
            Some("TRAORE_Aissata")
        );
        assert_eq!(
            profile("Jean Marie", "N'Diaye")
                .file_name_prefix()
                .as_deref(),
            Some("N-DIAYE_Jean-Marie")
        );
        assert_eq!(profile("Aïssata", " ").file_name_prefix(), None);
    }

    #[test]
    fn the_profile_checks_email_and_phone() {
        let mut p = profile("Aïssata", "Traoré");
        p.email = Some("aissata@example".into());
        assert!(matches!(
            p.clone().normalized(),
            Err(Error::Validation { field: "email", .. })
        ));
        p.email = Some("aissata@example.org".into());
        p.phone = Some("+223 76 12 34 56".into());
        assert!(p.normalized().is_ok());
    }
}
