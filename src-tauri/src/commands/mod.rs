//! The commands the UI calls. Each one takes the managed state, calls one core function
//! and maps the error to `{ code, message, field, reason }`. No logic lives here.

pub mod applications;
pub mod backup;
pub mod checklist;
pub mod documents;
pub mod dossier;
pub mod exports;
pub mod letters;
pub mod people;
pub mod posting;
pub mod reminders;
pub mod settings;
pub mod startup;
pub mod tracking;
pub mod views;

/// A command as the window calls it, declared by `#[postulo_command::command]` on its
/// function: its arguments (the names Tauri takes, their TypeScript types), its result's
/// TypeScript type, and the exported types these name. Written by the `generated` test.
#[cfg(test)]
pub struct Signature {
    pub name: &'static str,
    pub args: &'static [(&'static str, &'static str)],
    pub result: &'static str,
    pub types: &'static [&'static str],
}

/// Declares the commands of `list.rs`: their names, their signatures and Tauri's handler.
macro_rules! commands {
    ($($module:ident::$name:ident),* $(,)?) => {
        /// Every command the window may call, by the name it calls (written for the
        /// interface and the capability by the `generated` test).
        #[cfg(test)]
        pub const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Their signatures, in the same order: the window's typed client.
        #[cfg(test)]
        pub const SIGNATURES: &[Signature] = &[$($module::$name::SIGNATURE),*];

        /// What Tauri calls for each of them.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($module::$name),*]
        }
    };
}

include!("list.rs");

#[cfg(test)]
mod generated;

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
