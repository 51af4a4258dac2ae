//! The exit codes of `postulo-cli`: what a script or a scheduled task can test.
//!
//! They are part of the program's interface, listed in its help (`texts.rs`, "Codes de
//! sortie") and in the README: never renumber one.

/// Done.
pub const OK: u8 = 0;
/// The command line cannot be understood: unknown command or option, a missing argument,
/// text where a number is expected.
pub const USAGE: u8 = 1;
/// What was named does not exist: an application, a vault document, a checklist piece of
/// that kind; or nothing to put in the calendar.
pub const NOT_FOUND: u8 = 2;
/// A value was understood but refused: an unknown status or kind, a date or time zone that
/// does not exist, a bad e-mail address, a file that is not a PDF or a picture, a document
/// that cannot go into the dossier.
pub const INVALID: u8 = 3;
/// The data folder or the database cannot be used: cannot be created or opened, written by a
/// newer Postulo, busy (another program held it too long), damaged.
pub const DATA: u8 = 4;
/// `reminders due --notify`: no notification service answered. The reminders were printed
/// instead (and are marked shown).
pub const NOTIFY: u8 = 5;
/// A file named on the command line cannot be read, or the output file cannot be written.
pub const FILE: u8 = 6;
/// `export --email-size`: the dossier was written but is larger than the limit even with
/// the scans shrunk as far as they go.
pub const TOO_LARGE: u8 = 7;
