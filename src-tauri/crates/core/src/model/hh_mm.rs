//! An hour on the wire: `"17:00"`, as the interface's time inputs give it (minutes, never
//! seconds; `"17:00:00"` is read too). One format for deadlines, interviews and reminders.

use chrono::NaiveTime;
use serde::{Deserialize, Deserializer, Serializer};

const FORMAT: &str = "%H:%M";

fn parse(raw: &str) -> Result<NaiveTime, chrono::ParseError> {
    NaiveTime::parse_from_str(raw, FORMAT).or_else(|_| NaiveTime::parse_from_str(raw, "%H:%M:%S"))
}

pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.format(FORMAT).to_string())
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
    let raw = String::deserialize(d)?;
    parse(raw.trim()).map_err(serde::de::Error::custom)
}

/// The same for an hour that may be absent (a deadline "at the end of the day"): `null`
/// or `""` is none.
pub mod optional {
    use super::*;

    pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        let raw: Option<String> = Option::deserialize(d)?;
        match raw.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(s) => parse(s).map(Some).map_err(serde::de::Error::custom),
        }
    }
}
