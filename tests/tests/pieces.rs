//! What a public-sector posting asks of each piece, in the real app: the criminal record
//! « copie certifiée conforme · de moins de 3 mois » says the attached extract is too old on
//! the deadline; the candidate sets a piece's form in its dialog; then « Un fichier par
//! pièce… » lists each file, shrunk under 2 MB, ready to write.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use postulo_core::model::{
    ApplicationInput, ApplyMethod, ChecklistItemInput, ChecklistStage, Deadline, DocumentKind,
    DocumentUpdate, MaxAge, PieceForm, PieceRequirements, Profile,
};
use postulo_core::Store;
use postulo_e2e::{app_binary, wait_for, Environment, Session};

use crate::files::write_pdf;

const TITLE: &str = "Juriste – Direction des affaires civiles";

#[test]
fn pieces_as_the_posting_asks_them_and_one_file_each() {
    let app = app_binary();
    let env = Environment::start();
    let root = postulo_e2e::fresh_dir("pieces");
    let data = root.join("data");
    let scans = root.join("scans");
    for dir in [&data, &scans] {
        std::fs::create_dir_all(dir).unwrap();
    }
    seed(&data, &scans);

    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    wait_for("the seeded row", Duration::from_secs(10), || {
        (ui.texts("[data-testid='application-title']") == [TITLE]).then_some(())
    });
    ui.click(&ui.find("[data-testid='application-title']"));
    let asked = wait_for(
        "what the record is asked as",
        Duration::from_secs(10),
        || ui.texts("[data-testid='item-asked']").into_iter().next(),
    );
    assert_eq!(
        asked.replace('\u{a0}', " "),
        "Copie certifiée conforme · 2 exemplaires · de moins de 3 mois"
    );
    let problem = ui
        .texts("[data-testid='item-problem']")
        .into_iter()
        .next()
        .unwrap_or_default()
        .replace('\u{a0}', " ");
    assert!(
        problem.starts_with("Certifié le 1 déc. 2026 : trop ancien à la date limite"),
        "{problem}"
    );
    env.screenshot("70-piece-requirements");

    // The CV is asked as an original: set in the piece's dialog, shown under its name.
    // The CV is the first piece of the list.
    ui.click(&ui.find("[data-testid='checklist-row'] [data-testid='row-menu']"));
    ui.click(&ui.find("[data-testid='menu-edit']"));
    ui.find("[data-testid='item-dialog']");
    ui.set_value("[data-testid='item-form']", "original");
    env.screenshot("71-piece-dialog");
    ui.click(&ui.find("[data-testid='item-submit']"));
    wait_for(
        "the CV asked as an original",
        Duration::from_secs(10),
        || {
            ui.texts("[data-testid='item-asked']")
                .into_iter()
                .find(|t| t == "Original")
        },
    );

    // One file per piece, each under 2 MB.
    ui.click(&ui.find("[data-testid='export-dossier']"));
    let go_on = wait_for(
        "the preflight or the options",
        Duration::from_secs(20),
        || {
            ui.try_find("[data-testid='preflight-continue']")
                .or_else(|| ui.try_find("[data-testid='open-pieces']"))
        },
    );
    ui.click(&go_on);
    ui.click(&ui.find("[data-testid='open-pieces']"));
    let files = wait_for("the files and their sizes", Duration::from_secs(60), || {
        let files = ui.texts("[data-testid='pieces-file'] code");
        (files.len() == 2).then_some(files)
    });
    assert_eq!(
        files,
        [
            "01_CV_TRAORE_Aissata.pdf",
            "02_Extrait-de-casier-judiciaire_TRAORE_Aissata.pdf"
        ]
    );
    env.screenshot("72-pieces-dialog");
    // Writing the files goes through GTK's folder chooser, which xdotool cannot drive
    // without a window manager (its « Open » stays greyed); the core's and postulo-cli's
    // tests write and check the pieces, Vitest the dialog's steps after the chooser.
    let disabled = ui.execute(
        "return document.querySelector(\"[data-testid='pieces-export']\").disabled;",
        serde_json::json!([]),
    );
    assert_eq!(
        disabled,
        serde_json::json!(false),
        "every piece fits: it can be written"
    );
}

/// The candidate, a ministry's posting (deadline 31 March 2030), a CV and a photographed
/// certified copy of the criminal record, stamped on 1 December 2026 — too old for « moins
/// de 3 mois » on the deadline.
fn seed(data: &Path, scans: &Path) {
    let store = Store::open_in(data).unwrap();
    store
        .update_profile(Profile {
            first_name: "Aïssata".into(),
            last_name: "Traoré".into(),
            email: None,
            phone: None,
            postal_address: None,
        })
        .unwrap();
    let application = store
        .create_application(ApplicationInput {
            title: TITLE.into(),
            organization: "Ministère de la Justice".into(),
            organization_type: None,
            reference: None,
            location: Some("Bamako".into()),
            contract: None,
            source_url: None,
            apply_method: Some(ApplyMethod::InPerson),
            apply_email: None,
            apply_subject: None,
            apply_cc: Vec::new(),
            apply_url: None,
            apply_address: None,
            deadline: Some(Deadline {
                date: NaiveDate::from_ymd_opt(2030, 3, 31).unwrap(),
                time: None,
                timezone: "Africa/Bamako".into(),
            }),
            notes: None,
        })
        .unwrap();
    let cv = scans.join("CV.pdf");
    write_pdf(&cv, 1);
    let record = scans.join("casier.jpg");
    write_photo(&record);
    let cv = store
        .add_document(&cv, DocumentKind::Cv, "CV Aïssata Traoré", None)
        .unwrap()
        .document;
    let record = store
        .add_document(
            &record,
            DocumentKind::CriminalRecord,
            "Casier judiciaire",
            None,
        )
        .unwrap()
        .document;
    store
        .update_document(
            record.id,
            DocumentUpdate {
                kind: DocumentKind::CriminalRecord,
                title: "Casier judiciaire".into(),
                issued_on: NaiveDate::from_ymd_opt(2026, 11, 2),
                valid_until: None,
                certified_on: NaiveDate::from_ymd_opt(2026, 12, 1),
            },
        )
        .unwrap();
    let today = chrono::Local::now().date_naive();
    let checklist = store.checklist(application.id, today).unwrap();
    let letter = checklist.entries[1].item.id;
    store
        .attach_document(checklist.entries[0].item.id, cv.id)
        .unwrap();
    store.remove_checklist_item(letter).unwrap();
    let item = store
        .add_checklist_item(
            application.id,
            ChecklistItemInput {
                kind: DocumentKind::CriminalRecord,
                label: None,
                stage: ChecklistStage::Now,
                requirements: PieceRequirements {
                    form: Some(PieceForm::CertifiedCopy),
                    copies: Some(2),
                    max_age: Some(MaxAge::months(3)),
                    handwritten: false,
                },
            },
        )
        .unwrap();
    store.attach_document(item.id, record.id).unwrap();
}

/// A phone photo of a page: grainy paper and lines of ink, which JPEG cannot squeeze much
/// (a few megabytes, so that the 2 MB limit makes the export shrink it).
fn write_photo(path: &Path) {
    let mut x: u32 = 2_654_435_761;
    let img = image::RgbImage::from_fn(1800, 2500, |_, y| {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let grain = (x % 60) as u8;
        let ink = if (y / 40) % 3 == 0 && y > 200 { 90 } else { 0 };
        let v = 235u8.saturating_sub(grain).saturating_sub(ink);
        image::Rgb([v, v.saturating_sub(4), v.saturating_sub(12)])
    });
    img.save(path).unwrap();
}
