//! How an application's files must be sent: read from the posting at import, set by the
//! candidate, and what the export starts from.

use rusqlite::{Connection, OptionalExtension};

use super::Store;
use crate::error::{Error, Result};
use crate::model::{
    KeptSendingRules, PieceFormat, PieceLimits, RulesSource, SendingLayout, SendingRules,
};

impl Store {
    /// The sending rules of an application: the defaults (one PDF, no limit) when nothing
    /// was stated.
    pub fn sending_rules(&self, application_id: i64) -> Result<KeptSendingRules> {
        let conn = self.conn();
        super::rows::require_application(&conn, application_id)?;
        let row = conn
            .prepare_cached(
                "SELECT layout, format, per_piece_bytes, total_bytes, source FROM sending_rules
                 WHERE application_id = ?1",
            )?
            .query_row([application_id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })
            .optional()?;
        let Some((layout, format, per_piece, total, source)) = row else {
            return Ok(KeptSendingRules {
                rules: SendingRules::default(),
                source: None,
            });
        };
        let corrupt = |what: &str| Error::Corrupt(format!("sending rules: {what}"));
        let bytes = |b: Option<i64>| b.and_then(|b| u64::try_from(b).ok());
        Ok(KeptSendingRules {
            rules: SendingRules {
                layout: SendingLayout::parse(&layout).ok_or_else(|| corrupt(&layout))?,
                pieces: PieceLimits {
                    per_piece_bytes: bytes(per_piece),
                    total_bytes: bytes(total),
                    format: PieceFormat::parse(&format).ok_or_else(|| corrupt(&format))?,
                },
            },
            source: Some(match source.as_str() {
                "posting" => RulesSource::Posting,
                "candidate" => RulesSource::Candidate,
                other => return Err(corrupt(other)),
            }),
        })
    }

    /// Sets the sending rules the candidate chose. Limits outside 100 KB – 1 GB are refused
    /// with nothing changed.
    pub fn set_sending_rules(
        &self,
        application_id: i64,
        rules: SendingRules,
    ) -> Result<KeptSendingRules> {
        let rules = rules.normalized()?;
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        super::rows::require_application(&tx, application_id)?;
        put(&tx, application_id, rules, RulesSource::Candidate)?;
        tx.commit()?;
        Ok(KeptSendingRules {
            rules,
            source: Some(RulesSource::Candidate),
        })
    }
}

/// Keeps `rules` for the application, replacing what was there.
pub(super) fn put(
    conn: &Connection,
    application_id: i64,
    rules: SendingRules,
    source: RulesSource,
) -> Result<()> {
    let bytes = |b: Option<u64>| b.and_then(|b| i64::try_from(b).ok());
    conn.execute(
        "INSERT INTO sending_rules (application_id, layout, format, per_piece_bytes,
                                    total_bytes, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (application_id) DO UPDATE SET
             layout = excluded.layout, format = excluded.format,
             per_piece_bytes = excluded.per_piece_bytes, total_bytes = excluded.total_bytes,
             source = excluded.source",
        (
            application_id,
            rules.layout.as_str(),
            rules.pieces.format.as_str(),
            bytes(rules.pieces.per_piece_bytes),
            bytes(rules.pieces.total_bytes),
            source.as_str(),
        ),
    )?;
    Ok(())
}
