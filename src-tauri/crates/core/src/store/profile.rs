//! The candidate's profile: a single row, empty until first saved.

use rusqlite::OptionalExtension;

use super::{now_utc, Store};
use crate::error::Result;
use crate::model::Profile;

impl Store {
    pub fn profile(&self) -> Result<Profile> {
        let profile = self
            .conn()
            .query_row(
                "SELECT first_name, last_name, email, phone, postal_address FROM profile
                 WHERE id = 1",
                [],
                |r| {
                    Ok(Profile {
                        first_name: r.get(0)?,
                        last_name: r.get(1)?,
                        email: r.get(2)?,
                        phone: r.get(3)?,
                        postal_address: r.get(4)?,
                    })
                },
            )
            .optional()?;
        Ok(profile.unwrap_or_default())
    }

    pub fn update_profile(&self, profile: Profile) -> Result<Profile> {
        let p = profile.normalized()?;
        self.conn().execute(
            "INSERT INTO profile (id, first_name, last_name, email, phone, postal_address,
                updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name,
                last_name = excluded.last_name, email = excluded.email,
                phone = excluded.phone, postal_address = excluded.postal_address,
                updated_at = excluded.updated_at",
            (
                &p.first_name,
                &p.last_name,
                &p.email,
                &p.phone,
                &p.postal_address,
                now_utc(),
            ),
        )?;
        self.profile()
    }
}
