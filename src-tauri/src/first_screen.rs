//! The first screen, handed to the page with its window: the candidate's settings and the
//! first rows of the list, read from the store (a few milliseconds) before the window is
//! asked for, and given to the page in the window's initialization script. The page then
//! draws its first screen without waiting for a trip through the IPC, which it would make
//! while busy mounting itself (issue 19: that trip cost 60 ms whatever the list's size).
//! Everything after the first screen goes through the commands as usual.

use postulo_core::model::{ApplicationPage, ApplicationQuery, Settings};
use postulo_core::Store;
use serde::Serialize;

/// The list's first page: `PAGE_ROWS` of ui/src/lib/views/listStore.svelte.ts. The page
/// takes what it is handed only if it holds that many rows (or the whole list).
const FIRST_ROWS: u32 = 60;

/// Where the page finds it (ui/src/lib/firstScreen.ts).
const GLOBAL: &str = "__POSTULO_FIRST_SCREEN__";

#[derive(Serialize)]
struct FirstScreen {
    settings: Settings,
    /// The question the page was answered: the list as it opens (everything, by deadline).
    query: ApplicationQuery,
    page: ApplicationPage,
}

/// The initialization script that hands the first screen over, or `None` if the store
/// could not answer (the page then asks through the commands, and says why if it fails).
pub fn script(store: &Store) -> Option<String> {
    // As the list's first page does through its command: deadlines passed since the last
    // look are marked first.
    store.expire_overdue(store.now()).ok()?;
    let query = ApplicationQuery::default();
    let screen = FirstScreen {
        settings: store.settings().ok()?,
        page: store.list_page(&query, 0, FIRST_ROWS).ok()?,
        query,
    };
    // JSON is a JavaScript expression: the script only assigns it.
    let json = serde_json::to_string(&screen).ok()?;
    Some(format!("window.{GLOBAL} = {json};"))
}
