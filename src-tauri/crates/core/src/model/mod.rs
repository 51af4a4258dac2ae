//! The candidate's data as the rest of the program sees it.

mod application;
mod deadline;
mod settings;
mod status;

pub use application::{Application, ApplicationInput, ApplyMethod};
pub use deadline::Deadline;
pub use settings::{Language, Settings};
pub use status::Status;
