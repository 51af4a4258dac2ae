//! Finding an application the candidate already has, before saving a new one.

use super::Store;
use crate::error::Result;
use crate::model::{ApplicationRef, PostKeys};

impl Store {
    /// The existing applications that are the same post as this title, organization and
    /// reference (see `model::PostKeys::same_post`), newest first; `except` leaves out the
    /// application being edited.
    pub fn find_duplicates(
        &self,
        title: &str,
        organization: &str,
        reference: Option<&str>,
        except: Option<i64>,
    ) -> Result<Vec<ApplicationRef>> {
        let wanted = PostKeys::of(title, organization, reference);
        let conn = self.conn();
        // Every application is compared: small spelling differences in the organization
        // rule out an index lookup, and 10,000 short comparisons take a few milliseconds.
        let mut stmt = conn.prepare_cached(
            "SELECT id, title, organization, reference FROM applications
             ORDER BY created_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        let mut found = Vec::new();
        for row in rows {
            let (id, other_title, other_org, other_ref) = row?;
            if Some(id) == except {
                continue;
            }
            if wanted.same_post(&PostKeys::of(
                &other_title,
                &other_org,
                other_ref.as_deref(),
            )) {
                found.push(ApplicationRef {
                    id,
                    title: other_title,
                    organization: other_org,
                });
            }
        }
        Ok(found)
    }
}
