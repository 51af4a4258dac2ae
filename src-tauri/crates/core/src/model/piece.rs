//! What a posting asks of a piece beyond its kind: its form (« copie certifiée conforme »),
//! how many copies, and how old it may be (« de moins de 3 mois »); and whether the vault
//! document attached to it meets that.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Invalid, Result};

/// In what form a piece is asked. Administrations keep these apart: a « copie simple » is
/// refused where a « copie certifiée conforme » (stamped by a town hall or a court) is asked,
/// and a « copie légalisée » carries the signature's legalization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PieceForm {
    Original,
    SimpleCopy,
    CertifiedCopy,
    LegalizedCopy,
    CertifiedTranslation,
}

impl PieceForm {
    pub const ALL: [PieceForm; 5] = [
        Self::Original,
        Self::SimpleCopy,
        Self::CertifiedCopy,
        Self::LegalizedCopy,
        Self::CertifiedTranslation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Original => "original",
            Self::SimpleCopy => "simple_copy",
            Self::CertifiedCopy => "certified_copy",
            Self::LegalizedCopy => "legalized_copy",
            Self::CertifiedTranslation => "certified_translation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// A form that an authority stamps on a given day: that day, not the original's, is
    /// what « de moins de 3 mois » and « certifiée depuis moins de 6 mois » measure.
    pub fn is_certified(self) -> bool {
        matches!(
            self,
            Self::CertifiedCopy | Self::LegalizedCopy | Self::CertifiedTranslation
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AgeUnit {
    Days,
    Months,
}

impl AgeUnit {
    pub const ALL: [AgeUnit; 2] = [Self::Days, Self::Months];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Days => "days",
            Self::Months => "months",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|u| u.as_str() == s)
    }
}

/// « de moins de 3 mois », "not older than 90 days". Months stay months, so that
/// « moins de 3 mois » on 31 March means issued on 31 December or later, as an official
/// counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct MaxAge {
    pub count: u16,
    pub unit: AgeUnit,
}

/// Longest age a posting gives that we keep: « moins de 999 jours » is already a typo.
pub const MAX_AGE_COUNT: u16 = 999;
/// Most copies of one piece a posting asks (« en 3 exemplaires »); more is a typo.
pub const MAX_COPIES: u8 = 20;

impl MaxAge {
    pub fn months(count: u16) -> Self {
        Self {
            count,
            unit: AgeUnit::Months,
        }
    }

    pub fn days(count: u16) -> Self {
        Self {
            count,
            unit: AgeUnit::Days,
        }
    }

    /// The oldest date a piece may carry to be accepted on `reference`: « de moins de
    /// 3 mois » on 2026-03-31 accepts 2025-12-31 and later. `None` when out of the calendar.
    pub fn oldest_accepted(self, reference: NaiveDate) -> Option<NaiveDate> {
        match self.unit {
            AgeUnit::Months => reference.checked_sub_months(Months::new(u32::from(self.count))),
            AgeUnit::Days => reference.checked_sub_days(Days::new(u64::from(self.count))),
        }
    }
}

/// What a posting asks of one piece beyond its kind. Every field `None` when it says nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct PieceRequirements {
    pub form: Option<PieceForm>,
    /// « en 3 exemplaires ». `None` is one, or not said.
    pub copies: Option<u8>,
    pub max_age: Option<MaxAge>,
    /// « une demande manuscrite », « lettre de motivation manuscrite »: written by hand,
    /// then scanned or photographed; a typed letter will not do.
    pub handwritten: bool,
}

impl PieceRequirements {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    pub(crate) fn validated(self) -> Result<Self> {
        if let Some(copies) = self.copies {
            if copies == 0 || copies > MAX_COPIES {
                return Err(Error::invalid("copies", Invalid::OutOfRange));
            }
        }
        if let Some(age) = self.max_age {
            if age.count == 0 || age.count > MAX_AGE_COUNT {
                return Err(Error::invalid("max_age", Invalid::OutOfRange));
            }
        }
        Ok(self)
    }

    /// What is wrong with the document attached to this piece, if anything. The age is
    /// counted back from the application's `deadline` (the day the recruiter judges the
    /// file), or from `today` when the posting gives none. `issued_on` and `certified_on`
    /// are the document's.
    pub fn check(
        &self,
        issued_on: Option<NaiveDate>,
        certified_on: Option<NaiveDate>,
        deadline: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Option<PieceProblem> {
        let certified = self.form.is_some_and(PieceForm::is_certified);
        if certified && certified_on.is_none() {
            return Some(PieceProblem::NotCertified);
        }
        if let (Some(on), Some(deadline)) = (certified_on.filter(|_| certified), deadline) {
            if on > deadline {
                return Some(PieceProblem::CertifiedAfterDeadline { certified_on: on });
            }
        }
        let reference = deadline.unwrap_or(today);
        let age = self.max_age?;
        // A certified copy is as old as its stamp; anything else as old as its issue.
        let dated_on = if certified { certified_on } else { issued_on };
        let Some(dated_on) = dated_on else {
            return Some(PieceProblem::Undated);
        };
        let oldest = age.oldest_accepted(reference)?;
        (dated_on < oldest).then_some(PieceProblem::TooOld {
            dated_on,
            oldest_accepted: oldest,
            on_deadline: deadline.is_some(),
        })
    }
}

/// Why the document attached to a piece will not be accepted as the posting asks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum PieceProblem {
    /// A certified (or legalized, or translated) copy is asked, and the document has no
    /// certification date: it is probably a plain scan.
    NotCertified,
    /// The certification date falls after the application's deadline.
    CertifiedAfterDeadline {
        #[cfg_attr(test, ts(type = "string"))]
        certified_on: NaiveDate,
    },
    /// An age limit is asked and the document has no date to check it against.
    Undated,
    /// Older than the posting accepts on the deadline (or today, when there is none).
    TooOld {
        #[cfg_attr(test, ts(type = "string"))]
        dated_on: NaiveDate,
        #[cfg_attr(test, ts(type = "string"))]
        oldest_accepted: NaiveDate,
        /// Counted from the deadline; false: from today, the application having none.
        on_deadline: bool,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn months_are_counted_on_the_calendar() {
        let three = MaxAge::months(3);
        assert_eq!(
            three.oldest_accepted(day("2026-03-31")),
            Some(day("2025-12-31"))
        );
        // 31 May minus 3 months has no 31 February: the last day of February.
        assert_eq!(
            three.oldest_accepted(day("2026-05-31")),
            Some(day("2026-02-28"))
        );
        assert_eq!(
            MaxAge::days(90).oldest_accepted(day("2026-03-31")),
            Some(day("2025-12-31"))
        );
    }

    #[test]
    fn a_piece_of_less_than_three_months() {
        let req = PieceRequirements {
            max_age: Some(MaxAge::months(3)),
            ..Default::default()
        };
        let deadline = day("2026-03-31");
        assert_eq!(
            req.check(Some(day("2025-12-31")), None, Some(deadline), deadline),
            None
        );
        assert_eq!(
            req.check(Some(day("2025-12-30")), None, Some(deadline), deadline),
            Some(PieceProblem::TooOld {
                dated_on: day("2025-12-30"),
                oldest_accepted: day("2025-12-31"),
                on_deadline: true,
            })
        );
        assert_eq!(
            req.check(None, None, Some(deadline), deadline),
            Some(PieceProblem::Undated)
        );
        // Without a deadline the age counts from today, and says so.
        assert_eq!(
            req.check(Some(day("2025-12-30")), None, None, deadline),
            Some(PieceProblem::TooOld {
                dated_on: day("2025-12-30"),
                oldest_accepted: day("2025-12-31"),
                on_deadline: false,
            })
        );
        // A certification date does not make a plain piece younger.
        assert!(req
            .check(
                Some(day("2020-01-01")),
                Some(day("2026-03-01")),
                Some(deadline),
                deadline
            )
            .is_some());
    }

    #[test]
    fn a_certified_copy_is_as_old_as_its_stamp() {
        let req = PieceRequirements {
            form: Some(PieceForm::CertifiedCopy),
            max_age: Some(MaxAge::months(6)),
            ..Default::default()
        };
        let deadline = day("2026-06-30");
        // A 2015 diploma, certified in March: accepted.
        assert_eq!(
            req.check(
                Some(day("2015-07-01")),
                Some(day("2026-03-02")),
                Some(deadline),
                deadline
            ),
            None
        );
        assert_eq!(
            req.check(Some(day("2015-07-01")), None, Some(deadline), deadline),
            Some(PieceProblem::NotCertified)
        );
        assert_eq!(
            req.check(
                Some(day("2015-07-01")),
                Some(day("2025-11-02")),
                Some(deadline),
                deadline
            ),
            Some(PieceProblem::TooOld {
                dated_on: day("2025-11-02"),
                oldest_accepted: day("2025-12-30"),
                on_deadline: true,
            })
        );
        assert_eq!(
            req.check(None, Some(day("2026-07-01")), Some(deadline), deadline),
            Some(PieceProblem::CertifiedAfterDeadline {
                certified_on: day("2026-07-01")
            })
        );
    }

    #[test]
    fn nothing_asked_nothing_wrong() {
        let req = PieceRequirements::default();
        assert!(req.is_empty());
        assert_eq!(
            req.check(None, None, Some(day("2026-01-01")), day("2026-01-01")),
            None
        );
        let original = PieceRequirements {
            form: Some(PieceForm::Original),
            copies: Some(3),
            max_age: None,
            handwritten: false,
        };
        assert_eq!(
            original.check(None, None, Some(day("2026-01-01")), day("2026-01-01")),
            None
        );
    }

    #[test]
    fn out_of_range_is_refused() {
        for bad in [
            PieceRequirements {
                copies: Some(0),
                ..Default::default()
            },
            PieceRequirements {
                copies: Some(21),
                ..Default::default()
            },
            PieceRequirements {
                max_age: Some(MaxAge::days(0)),
                ..Default::default()
            },
            PieceRequirements {
                max_age: Some(MaxAge::months(1000)),
                ..Default::default()
            },
        ] {
            assert!(bad.validated().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn names_round_trip() {
        for f in PieceForm::ALL {
            assert_eq!(PieceForm::parse(f.as_str()), Some(f));
        }
        for u in AgeUnit::ALL {
            assert_eq!(AgeUnit::parse(u.as_str()), Some(u));
        }
    }
}
