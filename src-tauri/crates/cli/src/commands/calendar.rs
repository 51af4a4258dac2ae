//! `ics [ID] [-o FILE]`: the calendar of deadlines and interviews.

use std::path::Path;

use clap::ArgMatches;

use super::{text, write_file, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;

pub fn ics(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let calendar = match m.get_one::<i64>("id").copied() {
        Some(id) => ctx.store.application_calendar_ics(id, ctx.lang, ctx.now)?,
        None => ctx.store.calendar_ics(ctx.lang, ctx.now)?,
    };
    let Some(calendar) = calendar else {
        return Err(CliError::NotFound(
            ctx.say(
                "aucune date limite ni aucun entretien à mettre au calendrier",
                "no deadline or interview to put in the calendar",
            )
            .to_owned(),
        ));
    };
    match text(m, "output") {
        Some(path) if path != "-" => {
            let path = Path::new(path);
            write_file(path, calendar.as_bytes())?;
            let line = if ctx.fr() {
                format!("Calendrier écrit : {}", path.display())
            } else {
                format!("Calendar written: {}", path.display())
            };
            ctx.line(line);
        }
        // The calendar's own CRLF lines go out as they are.
        _ => ctx.out.push_str(&calendar),
    }
    Ok(exit::OK)
}
