//! The receipt of a paper file handed in at an office (« récépissé », « accusé de
//! réception »): the proof the candidate keeps that the file arrived before the deadline.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::application::{optional, MAX_LINE};
use crate::error::Result;

/// A receipt as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Receipt {
    #[cfg_attr(test, ts(type = "number"))]
    pub application_id: i64,
    /// The day the file was handed in, on the candidate's calendar.
    pub handed_in_on: NaiveDate,
    /// Where: the office, the desk (« Bureau du courrier, DRH »).
    pub place: Option<String>,
    /// The receipt's number (« N° 2026/0457 »).
    pub number: Option<String>,
    /// Its photo, in the vault.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub document_id: Option<i64>,
}

/// What the candidate records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ReceiptInput {
    pub handed_in_on: NaiveDate,
    pub place: Option<String>,
    pub number: Option<String>,
    #[cfg_attr(test, ts(type = "number | null"))]
    pub document_id: Option<i64>,
}

impl ReceiptInput {
    /// Trimmed, empty texts as none, each within a line's length.
    pub(crate) fn normalized(mut self) -> Result<Self> {
        self.place = optional("place", self.place, MAX_LINE)?;
        self.number = optional("number", self.number, MAX_LINE)?;
        Ok(self)
    }
}
