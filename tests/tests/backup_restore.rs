//! Backups in the real app: "Sauvegardes…" in the settings → "Exporter une sauvegarde…" →
//! the native save dialog → the .zip; then, the data having changed (postulo-cli, say),
//! "Restaurer une sauvegarde…" → the native file chooser → what the backup holds →
//! "Restaurer" → the app shows the restored data, and the replaced data was saved first.

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::time::Duration;

use postulo_core::model::{ApplicationInput, DocumentKind};
use postulo_core::Store;
use postulo_e2e::{app_binary, crash::pdf_bytes, wait_for, Environment, Session};

const TITLE: &str = "Chargé(e) de programme éducation";

fn seed(data: &Path, scans: &Path) {
    let store = Store::open_in(data).unwrap();
    store
        .create_application(ApplicationInput {
            title: TITLE.into(),
            organization: "UNICEF Niger".into(),
            ..Default::default()
        })
        .unwrap();
    let cv = scans.join("CV.pdf");
    std::fs::write(&cv, pdf_bytes(2, 7)).unwrap();
    store
        .add_document(&cv, DocumentKind::Cv, "CV Aïssata", None)
        .unwrap();
}

#[test]
fn back_up_then_restore_from_the_settings() {
    let app = app_binary();
    let env = Environment::start();
    let root = postulo_e2e::fresh_dir("backup");
    let data = root.join("data");
    let scans = root.join("scans");
    let out = root.join("Mes sauvegardes");
    for dir in [&data, &scans, &out] {
        std::fs::create_dir_all(dir).unwrap();
    }
    seed(&data, &scans);

    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    wait_for("the seeded row", Duration::from_secs(10), || {
        (ui.texts("[data-testid='application-title']") == [TITLE]).then_some(())
    });

    // Export a backup where the candidate chooses.
    ui.click(&ui.find("[data-testid='settings-menu']"));
    ui.click(&ui.find("[data-testid='backup-open']"));
    ui.find("[data-testid='backup-main']");
    env.screenshot("50-backups-dialog");
    let archive = out.join("sauvegarde.zip");
    ui.click(&ui.find("[data-testid='backup-export']"));
    env.save_file_in_native_dialog("Enregistrer la sauvegarde", &archive, "51-backup-save");
    let saved = wait_for("the backup to be written", Duration::from_secs(30), || {
        if let Some(error) = ui.texts("[data-testid='backup-error']").into_iter().next() {
            panic!("the backup failed: {error}");
        }
        ui.texts("[data-testid='backup-saved']").into_iter().next()
    });
    assert!(saved.contains("1 candidature"), "{saved}");
    env.screenshot("52-backup-saved");
    let info = Store::inspect_backup(&archive).unwrap();
    assert_eq!((info.applications, info.documents), (1, 1));
    ui.click(&ui.find("[data-testid='backup-close']"));

    // Meanwhile the data changes (another program on the same folder).
    let other = Store::open_in(&data).unwrap();
    other
        .create_application(ApplicationInput {
            title: "Ajoutée après la sauvegarde".into(),
            organization: "PAM".into(),
            ..Default::default()
        })
        .unwrap();
    drop(other);

    // Restore it: the chooser, what it holds, the confirmation.
    ui.click(&ui.find("[data-testid='settings-menu']"));
    ui.click(&ui.find("[data-testid='backup-open']"));
    ui.click(&ui.find("[data-testid='backup-restore-file']"));
    env.choose_file_in_dialog_titled("sauvegarde", &archive, "53-restore-chooser");
    let holds = wait_for("what the backup holds", Duration::from_secs(20), || {
        ui.texts("[data-testid='backup-confirm-holds']")
            .into_iter()
            .next()
    });
    assert!(
        holds.contains("1 candidature") && holds.contains("1 document"),
        "{holds}"
    );
    env.screenshot("54-restore-confirm");
    ui.click(&ui.find("[data-testid='backup-confirm-restore']"));

    // The app comes back with the restored data only.
    wait_for("the restored list", Duration::from_secs(30), || {
        (ui.texts("[data-testid='application-title']") == [TITLE]).then_some(())
    });
    env.screenshot("55-after-restore");
    ui.quit();

    let store = Store::open_in(&data).unwrap();
    let titles: Vec<String> = store
        .list_applications()
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect();
    assert_eq!(titles, [TITLE]);
    assert_eq!(store.check_vault().unwrap(), Default::default());
    // The replaced data (two applications) was saved before the restore.
    let before: Vec<_> = store
        .backup_overview()
        .unwrap()
        .backups
        .into_iter()
        .filter(|b| b.kind == "before_restore")
        .collect();
    assert_eq!(before.len(), 1);
    let saved = Store::inspect_backup(Path::new(&before[0].path)).unwrap();
    assert_eq!(saved.applications, 2);
    let _ = std::fs::remove_dir_all(&root);
}
