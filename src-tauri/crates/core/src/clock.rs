//! The clock the scheduling logic reads, and the user's time zone.
//!
//! Nothing that decides when a reminder is due calls `Utc::now()` itself: the store asks
//! its [`Clock`], so tests can stop time, move it across a daylight-saving change or "close
//! the app" for a week, and production simply uses the system clock.

use std::fmt;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

/// A source of "now". Cheap to clone; every clone reads the same source.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>);

impl Clock {
    /// The computer's clock.
    pub fn system() -> Self {
        Self(Arc::new(Utc::now))
    }

    /// A clock stopped at `at` forever.
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self(Arc::new(move || at))
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.0)()
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Clock({})", self.now().to_rfc3339())
    }
}

/// A clock that tests set and move by hand; [`ManualClock::clock`] gives the [`Clock`] to
/// hand to a store.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<Mutex<DateTime<Utc>>>);

impl ManualClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        Self(Arc::new(Mutex::new(at)))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.lock() = at;
    }

    pub fn advance(&self, by: Duration) {
        let mut at = self.lock();
        *at += by;
    }

    pub fn now(&self) -> DateTime<Utc> {
        *self.lock()
    }

    pub fn clock(&self) -> Clock {
        let shared = self.clone();
        Clock(Arc::new(move || shared.now()))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, DateTime<Utc>> {
        // A value copied in and out: a panic elsewhere cannot leave it half-written.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The zone this computer's clock is set to, the one the candidate lives by; UTC when the
/// system does not say (or names a zone this build does not know).
pub fn local_time_zone() -> Tz {
    iana_time_zone::get_timezone()
        .ok()
        .and_then(|name| name.parse().ok())
        .unwrap_or(Tz::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_is_shared_by_its_clones() {
        let t0 = DateTime::parse_from_rfc3339("2026-03-28T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let manual = ManualClock::new(t0);
        let clock = manual.clock();
        manual.advance(Duration::hours(3));
        assert_eq!(clock.now(), t0 + Duration::hours(3));
        assert_eq!(Clock::fixed(t0).now(), t0);
    }
}
