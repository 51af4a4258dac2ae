//! The window with a real mouse (issue 20, items 1 and 2), through WebDriver actions: input
//! the engine dispatches as it would a user's (pointer move, down, up, the wheel), so focus
//! moves and scrolling happen as they do for the candidate, which events made by a script
//! in the page do not show.
//!
//! - Every screen keeps its document exactly the window's height, also on the import
//!   review with its pieces editor; the wheel over the sidebar or past the end of the form
//!   never scrolls the window itself (it used to leave it blank grey).
//! - The list's « Statut » filter: clicking its check boxes (or their words) ticks them and
//!   filters, and the panel stays open until a click elsewhere.
//!
//! Screenshots in target/e2e-screenshots/ (30-…).

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::time::Duration;

use postulo_core::model::{ApplicationInput, Status};
use postulo_core::Store;
use postulo_e2e::{app_binary, fresh_dir, wait_for, Environment, Session};
use serde_json::json;

/// The laptops the app is made for: 1280×720 is the smallest.
const WIDTH: i64 = 1280;
const HEIGHT: i64 = 720;

/// (document height, window height, window scroll) as the page measures them.
fn heights(ui: &Session) -> (i64, i64, i64) {
    let v = ui.execute(
        "return [document.documentElement.scrollHeight, window.innerHeight,
                 Math.round(window.scrollY)];",
        json!([]),
    );
    let n = |i: usize| v[i].as_i64().unwrap_or_else(|| panic!("bad measure {v}"));
    (n(0), n(1), n(2))
}

fn assert_window_height(ui: &Session, screen: &str) {
    let (document, window, scrolled) = heights(ui);
    assert_eq!(
        (document, scrolled),
        (window, 0),
        "{screen}: the document is {document} px tall in a {window} px window, scrolled by \
         {scrolled} px"
    );
}

fn main_scroll(ui: &Session) -> i64 {
    let v = ui.execute(
        "return Math.round(document.getElementById('main').scrollTop);",
        json!([]),
    );
    v.as_i64().unwrap_or_default()
}

fn start(env: &Environment, data: &Path) -> Session {
    let ui = Session::start(env, &app_binary(), data);
    ui.set_window_rect(0, 0, WIDTH, HEIGHT);
    ui.find("[data-ready='true']");
    ui
}

#[test]
fn every_screen_keeps_the_document_the_window_height() {
    let posting =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/postings/coopi-bamako-2025.txt");
    let text = std::fs::read_to_string(&posting).unwrap_or_else(|e| {
        panic!(
            "{} (shared/ must sit beside the repository): {e}",
            posting.display()
        )
    });
    let env = Environment::start();
    let data = fresh_dir("layout");
    Store::open_in(&data)
        .unwrap()
        .create_application(ApplicationInput {
            title: "Chargé de suivi-évaluation".into(),
            organization: "UNICEF Mali".into(),
            ..Default::default()
        })
        .unwrap();
    let ui = start(&env, &data);

    for key in ["dashboard", "board", "stats", "vault", "profile", "list"] {
        ui.pointer_click(&ui.find(&format!("[data-testid='nav-{key}']")));
        ui.find(&format!("#main[data-view='{key}']"));
        assert_window_height(&ui, key);
    }

    // The import review: the posting on one side, the fields and the pieces on the other.
    ui.pointer_click(&ui.find("[data-testid='import-posting-nav']"));
    ui.set_value("textarea[name='posting-text']", &text);
    ui.pointer_click(&ui.find("[data-testid='analyse-posting']"));
    ui.find("[data-testid='checklist-item']");
    wait_for("the review to be laid out", Duration::from_secs(10), || {
        (!ui.texts("[data-testid='checklist-item']").is_empty()).then_some(())
    });
    assert_window_height(&ui, "import review");

    // Item 9: the selects are drawn by the app (WebKitGTK's own forces a « normal » line
    // height and clipped « À joindre maintenant » to « A joindre… »).
    let native = ui.execute(
        "return Array.from(document.querySelectorAll('select'))
           .filter(s => getComputedStyle(s).appearance !== 'none').map(s => s.id || s.name);",
        json!([]),
    );
    assert_eq!(native, json!([]), "selects drawn by the toolkit");
    env.screenshot("30a-import-review-selects");

    // The wheel over the sidebar: nothing to scroll, the window stays where it is.
    let (x, y) = ui.centre(&ui.find("[data-testid='sidebar'] nav"));
    let (wx, wy, _, _) = ui.window_rect();
    env.wheel(wx + x, wy + y, 20);
    std::thread::sleep(Duration::from_millis(500));
    assert_window_height(&ui, "import review, after the wheel over the sidebar");

    // The wheel over the form (the right-hand column; the posting on the left scrolls on
    // its own), well past its end: the review scrolls, not the window.
    let point = ui.execute(
        "const r = document.getElementById('main').getBoundingClientRect();
         return [Math.round(r.left + r.width * 0.75), Math.round(r.top + r.height / 2)];",
        json!([]),
    );
    let (x, y) = (point[0].as_i64().unwrap(), point[1].as_i64().unwrap());
    env.wheel(wx + x, wy + y, 50);
    wait_for(
        "the review to scroll under the wheel",
        Duration::from_secs(5),
        || (main_scroll(&ui) > 0).then_some(()),
    );
    std::thread::sleep(Duration::from_millis(500));
    assert_window_height(
        &ui,
        "import review, after the wheel past the end of the form",
    );
    env.screenshot("30-import-review-wheel-past-the-end");

    // The hidden « Quand fournir « CV » » labels are placed in the region that scrolls, not
    // against the page (which made the document 1,636 px tall).
    let outside = ui.execute(
        "const main = document.getElementById('main');
         return Array.from(document.querySelectorAll(
             \"[data-testid='checklist-item'] label.visually-hidden\"))
           .filter(l => !main.contains(l.offsetParent)).length;",
        json!([]),
    );
    assert_eq!(outside, json!(0));
    ui.quit();
}

#[test]
fn status_filter_works_with_the_mouse() {
    let env = Environment::start();
    let data = fresh_dir("status-filter");
    {
        let store = Store::open_in(&data).unwrap();
        for (title, organization) in [
            ("Comptable principal", "OIM"),
            ("Logisticien", "Croix-Rouge"),
            ("Chauffeur", "PAM"),
        ] {
            store
                .create_application(ApplicationInput {
                    title: title.into(),
                    organization: organization.into(),
                    ..Default::default()
                })
                .unwrap();
        }
        let first = store.list_applications().unwrap()[0].id;
        store.set_status(first, Status::Sent, None).unwrap();
    }
    let ui = start(&env, &data);
    let rows = || ui.find_all("[data-testid='application-row']").len();
    wait_for("the three rows", Duration::from_secs(10), || {
        (rows() == 3).then_some(())
    });

    ui.pointer_click(&ui.find("[data-testid='status-filter']"));
    ui.find("#status-filter-panel");

    // A click on the box itself: WebKit does not focus a check box, the panel stays open.
    ui.pointer_click(&ui.find("[data-testid='status-sent']"));
    wait_for(
        "the list of sent applications",
        Duration::from_secs(10),
        || (rows() == 1).then_some(()),
    );
    assert!(
        ui.try_find("#status-filter-panel").is_some(),
        "the panel closed on a click on a check box"
    );
    let ticked = ui.execute(
        "return document.querySelector(\"[data-testid='status-sent']\").checked;",
        json!([]),
    );
    assert_eq!(ticked, json!(true));
    env.screenshot("31-status-filter-one-ticked");

    // A click on the words beside a box ticks it too.
    ui.pointer_click(
        &ui.find("#status-filter-panel label:has([data-testid='status-to_prepare']) span"),
    );
    wait_for("both statuses listed", Duration::from_secs(10), || {
        (rows() == 3).then_some(())
    });
    assert!(ui.try_find("#status-filter-panel").is_some());
    let summary = ui.texts("#status-filter-summary");
    assert_eq!(summary, vec!["2 choisis".to_owned()]);

    // A click elsewhere closes it, and keeps the choice.
    ui.pointer_click(&ui.find("#applications-heading"));
    wait_for("the panel to close", Duration::from_secs(5), || {
        ui.try_find("#status-filter-panel").is_none().then_some(())
    });
    assert_eq!(
        ui.texts("#status-filter-summary"),
        vec!["2 choisis".to_owned()]
    );
    env.screenshot("32-status-filter-closed");
    ui.quit();
}
