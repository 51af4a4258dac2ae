//! The commands the UI calls. Each one takes the managed state, calls one core function
//! and maps the error to `{ code, message, field, reason }`. No logic lives here.

pub mod applications;
pub mod backup;
pub mod checklist;
pub mod documents;
pub mod dossier;
pub mod people;
pub mod posting;
pub mod reminders;
pub mod settings;
pub mod startup;
pub mod views;

#[cfg(test)]
include!("names.rs");

type CommandResult<T> = Result<T, postulo_core::ApiError>;

/// An error of our own making (a worker thread that died), never the user's input.
fn internal(message: String) -> postulo_core::ApiError {
    postulo_core::ApiError {
        code: postulo_core::ErrorCode::Internal,
        message,
        field: None,
        reason: None,
        in_use_by: None,
        document: None,
    }
}
