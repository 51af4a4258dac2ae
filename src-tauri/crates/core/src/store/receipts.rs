//! The receipt of a paper file handed in (« récépissé »): kept with the application, which
//! moves to « Envoyée » on the day the file was handed in.

use rusqlite::OptionalExtension;

use super::rows::day_text;
use super::Store;
use crate::error::{Error, Invalid, Result};
use crate::model::{Receipt, ReceiptInput, Status};

impl Store {
    /// The receipt recorded for an application, if any.
    pub fn receipt(&self, application_id: i64) -> Result<Option<Receipt>> {
        let conn = self.conn();
        let row = conn
            .prepare_cached(
                "SELECT handed_in_on, place, number, document_id FROM receipts
                 WHERE application_id = ?1",
            )?
            .query_row([application_id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                ))
            })
            .optional()?;
        row.map(|(day, place, number, document_id)| {
            Ok(Receipt {
                application_id,
                handed_in_on: day
                    .parse()
                    .map_err(|_| Error::Corrupt(format!("receipt day {day:?}")))?,
                place,
                number,
                document_id,
            })
        })
        .transpose()
    }

    /// Records (or corrects) the receipt of a paper file handed in. An application not yet
    /// sent moves to « Envoyée » dated the day it was handed in (see [`Store::moment_of_day`]); one already further along keeps its status.
    ///
    /// An application Postulo marked « Expirée » on its own goes back to « Envoyée » too:
    /// the receipt proves the file was handed in.
    ///
    /// Refused, with nothing changed: a day in the future, a day before the application's
    /// last step, a photo that is not in the vault.
    pub fn record_receipt(&self, application_id: i64, input: ReceiptInput) -> Result<Receipt> {
        let input = input.normalized()?;
        if input.handed_in_on > self.today() {
            return Err(Error::invalid("handed_in_on", Invalid::InFuture));
        }
        let at = self.moment_of_day(input.handed_in_on);
        let mut conn = self.conn();
        // One transaction: the status moves and the receipt is kept together, or neither.
        let tx = super::write_transaction(&mut conn)?;
        let mut status = super::applications::get(&tx, application_id)?.status;
        if let Some(document_id) = input.document_id {
            super::documents::get_document(&tx, document_id)?;
        }
        // Expired by Postulo while it had in fact been handed in: the receipt proves it.
        if status == Status::Expired
            && super::pipeline::withdraw_automatic_expiry(&tx, application_id)?
        {
            status = super::applications::get(&tx, application_id)?.status;
        }
        if matches!(status, Status::ToPrepare | Status::Ready) {
            self.move_status(&tx, application_id, Status::Sent, None, Some(at))
                .map_err(|e| match e {
                    Error::Validation { reason, .. } => Error::invalid("handed_in_on", reason),
                    other => other,
                })?;
        }
        tx.execute(
            "INSERT INTO receipts (application_id, handed_in_on, place, number, document_id,
                                   recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (application_id) DO UPDATE SET
                 handed_in_on = excluded.handed_in_on, place = excluded.place,
                 number = excluded.number, document_id = excluded.document_id,
                 recorded_at = excluded.recorded_at",
            (
                application_id,
                day_text(input.handed_in_on),
                &input.place,
                &input.number,
                input.document_id,
                self.now_stamp(),
            ),
        )?;
        tx.commit()?;
        Ok(Receipt {
            application_id,
            handed_in_on: input.handed_in_on,
            place: input.place,
            number: input.number,
            document_id: input.document_id,
        })
    }
}
