//! Postulo's core: everything that can be done and tested without a window.
//!
//! The desktop shell (`postulo`) and any other front end only translate between their
//! world and the functions here; the rules about applications, deadlines and documents
//! live in this crate so that they are tested once, headless.

pub mod atomic_write;
pub mod backup;
pub mod clock;
pub mod countdown;
pub mod data_dir;
pub mod dossier;
pub mod error;
pub mod export;
pub mod format;
pub mod ics;
pub mod labels;
pub mod letter;
// Read by both the dossier (to embed pictures as they are) and the vault (to tell a JPEG
// variant from a damaged file).
pub(crate) mod jpeg;
pub mod mail;
pub mod model;
pub mod notify;
pub mod ocr;
pub mod posting;
// The one resampler and JPEG encoder (dossier e-mail mode, straightened photos).
pub(crate) mod raster;
pub mod reminders;
pub mod search;
pub mod store;
pub mod vault;

#[cfg(test)]
mod bindings;

pub use error::{ApiError, Error, ErrorCode, Result};
pub use store::Store;
