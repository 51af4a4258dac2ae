//! Where an application stands in the pipeline.

use serde::{Deserialize, Serialize};

/// The pipeline: à préparer → prêt → envoyée → présélectionné → entretien → offre →
/// acceptée; or refusée, abandonnée, expirée (deadline passed, never sent).
///
/// The snake_case names are stored in the database: never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    ToPrepare,
    Ready,
    Sent,
    Shortlisted,
    Interview,
    Offer,
    Accepted,
    Rejected,
    Withdrawn,
    Expired,
}

impl Status {
    pub const ALL: [Status; 10] = [
        Self::ToPrepare,
        Self::Ready,
        Self::Sent,
        Self::Shortlisted,
        Self::Interview,
        Self::Offer,
        Self::Accepted,
        Self::Rejected,
        Self::Withdrawn,
        Self::Expired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ToPrepare => "to_prepare",
            Self::Ready => "ready",
            Self::Sent => "sent",
            Self::Shortlisted => "shortlisted",
            Self::Interview => "interview",
            Self::Offer => "offer",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
            Self::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Still to be sent: the deadline matters and the application can expire.
    pub fn is_before_sending(self) -> bool {
        matches!(self, Self::ToPrepare | Self::Ready)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for st in Status::ALL {
            assert_eq!(Status::parse(st.as_str()), Some(st));
            let json = serde_json::to_string(&st).unwrap();
            assert_eq!(json, format!("\"{}\"", st.as_str()));
        }
        assert_eq!(Status::parse("envoyee"), None);
    }
}
