//! The document vault through the store: adding files, refusing bad ones, sharing content,
//! validity, and deleting without leaving a checklist item pointing to nothing.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use crate::common::{
    application, day, docx, files_under, jpeg, odt, pdf, png, png_claiming, write, zip,
};
use postulo_core::error::Invalid;
use postulo_core::model::{
    document_status, DocumentKind, DocumentUpdate, ItemState, Status, Validity,
};
use postulo_core::{Error, ErrorCode, Store};

struct Env {
    _dir: tempfile::TempDir,
    data: std::path::PathBuf,
    files: std::path::PathBuf,
    store: Store,
}

fn env() -> Env {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let files = dir.path().join("Téléchargements");
    std::fs::create_dir_all(&files).unwrap();
    let store = Store::open_in(&data).unwrap();
    Env {
        data,
        files,
        store,
        _dir: dir,
    }
}

impl Env {
    fn vault_files(&self) -> Vec<std::path::PathBuf> {
        files_under(&self.data.join("vault"))
    }

    fn content_files(&self) -> Vec<std::path::PathBuf> {
        self.vault_files()
            .into_iter()
            .filter(|p| !p.starts_with(self.data.join("vault/thumbs")))
            .collect()
    }

    fn assert_nothing_stored(&self) {
        assert!(self.vault_files().is_empty(), "{:?}", self.vault_files());
        assert!(self.store.documents(day("2026-01-01")).unwrap().is_empty());
    }
}

fn invalid(err: &Error) -> Option<(&'static str, Invalid)> {
    match err {
        Error::Validation { field, reason } => Some((field, *reason)),
        _ => None,
    }
}

#[test]
fn a_pdf_is_copied_by_content_with_its_pages_and_a_thumbnail() {
    let env = env();
    let source = write(&env.files, "CV Aïssata 2025.pdf", &pdf(3, 0));
    let added = env
        .store
        .add_document(&source, DocumentKind::Cv, "", None)
        .unwrap();
    assert!(!added.already_in_vault);
    let doc = added.document;
    assert_eq!(doc.title, "CV Aïssata 2025");
    assert_eq!(doc.original_name, "CV Aïssata 2025.pdf");
    assert_eq!(doc.mime, "application/pdf");
    assert_eq!(doc.page_count, Some(3));
    assert_eq!(doc.size_bytes, pdf(3, 0).len() as i64);
    assert_eq!(
        doc.stored_file,
        format!("{}/{}.pdf", &doc.sha256[..2], doc.sha256)
    );
    assert_eq!(doc.valid_until, None);

    let stored = env.store.document_file(doc.id).unwrap();
    assert!(stored.starts_with(env.data.join("vault")));
    assert_eq!(std::fs::read(&stored).unwrap(), pdf(3, 0));
    // The thumbnail of page 1, rendered by hayro.
    assert!(doc.has_thumbnail, "PDF thumbnail expected");
    let thumb = env.store.document_thumbnail(doc.id).unwrap().unwrap();
    let (w, h) = image::image_dimensions(&thumb).unwrap();
    assert!(w < h && (250..=256).contains(&h), "{w}x{h}");
    // Nothing left in staging.
    assert!(files_under(&env.data.join("vault/tmp")).is_empty());
    // The source is untouched.
    assert_eq!(std::fs::read(&source).unwrap(), pdf(3, 0));

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in env.vault_files() {
            let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", file.display());
        }
        let mode = std::fs::metadata(env.data.join("vault"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700);
    }
}

#[test]
fn pictures_get_one_page_and_a_small_thumbnail_whatever_their_extension() {
    let env = env();
    // A JPEG saved with a .png name is still a JPEG: the content decides.
    let photo = write(&env.files, "photo.png", &jpeg(600, 800));
    let doc = env
        .store
        .add_document(&photo, DocumentKind::IdPhoto, "Photo d'identité", None)
        .unwrap()
        .document;
    assert_eq!(doc.mime, "image/jpeg");
    assert!(doc.stored_file.ends_with(".jpg"));
    assert_eq!(doc.page_count, Some(1));
    let thumb = env.store.document_thumbnail(doc.id).unwrap().unwrap();
    assert_eq!(image::image_dimensions(&thumb).unwrap(), (192, 256));

    let scan = write(&env.files, "scan", &png(1000, 300));
    let doc = env
        .store
        .add_document(&scan, DocumentKind::DiplomaCopies, "Master", None)
        .unwrap()
        .document;
    assert_eq!(doc.mime, "image/png");
    let thumb = env.store.document_thumbnail(doc.id).unwrap().unwrap();
    assert_eq!(image::image_dimensions(&thumb).unwrap(), (256, 77));
}

#[test]
fn word_processor_files_are_kept_and_other_zips_refused() {
    let env = env();
    let letter = write(&env.files, "lettre.docx", &docx());
    let doc = env
        .store
        .add_document(&letter, DocumentKind::CoverLetter, "Lettre", None)
        .unwrap()
        .document;
    assert!(doc.mime.contains("wordprocessingml"));
    assert_eq!(doc.page_count, None);
    assert!(!doc.has_thumbnail);

    let odt_file = write(&env.files, "lettre.odt", &odt());
    let doc = env
        .store
        .add_document(&odt_file, DocumentKind::CoverLetter, "Lettre ODT", None)
        .unwrap()
        .document;
    assert_eq!(doc.mime, "application/vnd.oasis.opendocument.text");

    let archive = write(&env.files, "pieces.docx", &zip(&[("a.txt", b"hello")]));
    let err = env
        .store
        .add_document(&archive, DocumentKind::Other, "Archive", None)
        .unwrap_err();
    assert_eq!(invalid(&err), Some(("file", Invalid::FileType)));
}

#[test]
fn the_same_content_is_stored_once() {
    let env = env();
    let first = write(&env.files, "casier.pdf", &pdf(1, 7));
    let again = write(&env.files, "casier (copie).pdf", &pdf(1, 7));
    let a = env
        .store
        .add_document(&first, DocumentKind::CriminalRecord, "Casier", None)
        .unwrap();
    let b = env
        .store
        .add_document(&again, DocumentKind::CriminalRecord, "Autre titre", None)
        .unwrap();
    // Same content, same kind: the same document, nothing new stored.
    assert!(b.already_in_vault);
    assert_eq!(b.document, a.document);
    assert_eq!(env.content_files().len(), 1);

    // Same content, another kind (one scan holding two pieces): a second row, one file.
    let c = env
        .store
        .add_document(&again, DocumentKind::Attestations, "Attestations", None)
        .unwrap();
    assert!(!c.already_in_vault);
    assert_ne!(c.document.id, a.document.id);
    assert_eq!(c.document.stored_file, a.document.stored_file);
    assert_eq!(env.content_files().len(), 1);
    assert_eq!(env.store.documents(day("2026-01-01")).unwrap().len(), 2);

    // A file deleted from the vault behind our back is put back by adding it again.
    std::fs::remove_file(env.store.document_file(a.document.id).unwrap()).unwrap();
    let d = env
        .store
        .add_document(&first, DocumentKind::CriminalRecord, "", None)
        .unwrap();
    assert!(d.already_in_vault);
    assert!(env.store.document_file(a.document.id).unwrap().exists());
}

#[test]
fn bad_files_are_refused_and_nothing_is_half_written() {
    let env = env();
    let store = &env.store;
    let add = |path: &Path| store.add_document(path, DocumentKind::Cv, "CV", None);

    let empty = write(&env.files, "vide.pdf", b"");
    assert_eq!(
        invalid(&add(&empty).unwrap_err()),
        Some(("file", Invalid::FileEmpty))
    );

    let fake = write(
        &env.files,
        "cv.pdf",
        b"MZ\x90\x00 this is a program, renamed .pdf",
    );
    assert_eq!(
        invalid(&add(&fake).unwrap_err()),
        Some(("file", Invalid::FileType))
    );
    let text = write(
        &env.files,
        "notes.pdf",
        "Lettre de motivation en texte brut".as_bytes(),
    );
    assert_eq!(
        invalid(&add(&text).unwrap_err()),
        Some(("file", Invalid::FileType))
    );

    // Vanished before reading.
    let gone = write(&env.files, "parti.pdf", &pdf(1, 1));
    std::fs::remove_file(&gone).unwrap();
    assert_eq!(
        invalid(&add(&gone).unwrap_err()),
        Some(("file", Invalid::FileMissing))
    );

    // Unreadable: a path through a regular file (ENOTDIR), unreadable even for root.
    let file = write(&env.files, "fichier.pdf", &pdf(1, 2));
    assert_eq!(
        invalid(&add(&file.join("dedans.pdf")).unwrap_err()),
        Some(("file", Invalid::FileUnreadable))
    );
    // A folder is not a document.
    assert_eq!(
        invalid(&add(&env.files).unwrap_err()),
        Some(("file", Invalid::FileType))
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = write(&env.files, "verrouillé.pdf", &pdf(1, 3));
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads anything: only check when permissions actually apply.
        if std::fs::File::open(&locked).is_err() {
            assert_eq!(
                invalid(&add(&locked).unwrap_err()),
                Some(("file", Invalid::FileUnreadable))
            );
        }
    }

    // Over 100 MB (sparse: nothing is really written).
    let huge = env.files.join("énorme.pdf");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(100 * 1024 * 1024 + 1).unwrap();
    assert_eq!(
        invalid(&add(&huge).unwrap_err()),
        Some(("file", Invalid::FileTooLarge))
    );

    // A picture claiming 20,000 × 20,000 pixels is refused before decoding.
    let bomb = write(&env.files, "bombe.png", &png_claiming(20_000, 20_000));
    assert_eq!(
        invalid(&add(&bomb).unwrap_err()),
        Some(("file", Invalid::ImageTooLarge))
    );

    // A path ending in `..` names no file.
    assert_eq!(
        invalid(&add(&env.files.join("..")).unwrap_err()),
        Some(("file", Invalid::FileName))
    );

    env.assert_nothing_stored();
}

#[test]
fn titles_that_look_like_paths_or_are_too_long_are_refused() {
    let env = env();
    let source = write(&env.files, "cv.pdf", &pdf(1, 0));
    for title in ["../../etc/passwd", "CV/2025", "CV\\2025", "..", "a\nb"] {
        let err = env
            .store
            .add_document(&source, DocumentKind::Cv, title, None)
            .unwrap_err();
        assert_eq!(
            invalid(&err),
            Some(("title", Invalid::FileName)),
            "{title:?}"
        );
    }
    let err = env
        .store
        .add_document(&source, DocumentKind::Cv, &"é".repeat(251), None)
        .unwrap_err();
    assert_eq!(invalid(&err), Some(("title", Invalid::TooLong)));
    env.assert_nothing_stored();
}

#[test]
fn file_names_are_cleaned_for_display() {
    let env = env();
    // 251 characters + ".pdf" = 255 bytes, the longest name Linux allows.
    let long = format!("{}.pdf", "a".repeat(251));
    let source = write(&env.files, &long, &pdf(1, 0));
    let doc = env
        .store
        .add_document(&source, DocumentKind::Cv, "", None)
        .unwrap()
        .document;
    assert_eq!(doc.original_name.chars().count(), 250);
    assert!(doc.title.chars().count() <= 250);

    #[cfg(unix)]
    {
        let odd = write(&env.files, "..\\..\\CV\u{7}..2025.pdf", &pdf(1, 1));
        let doc = env
            .store
            .add_document(&odd, DocumentKind::Cv, "", None)
            .unwrap()
            .document;
        assert_eq!(doc.original_name, "CV.2025.pdf");
        assert_eq!(doc.title, "CV.2025");
    }
}

#[test]
fn a_criminal_record_is_valid_three_months_and_flagged_before_a_deadline() {
    let env = env();
    let source = write(&env.files, "casier.pdf", &pdf(1, 0));
    let doc = env
        .store
        .add_document(
            &source,
            DocumentKind::CriminalRecord,
            "Casier judiciaire",
            Some(day("2025-10-15")),
        )
        .unwrap()
        .document;
    assert_eq!(doc.valid_until, Some(day("2026-01-14")));
    assert_eq!(document_status(&doc, day("2025-11-01")), Validity::Valid);
    assert_eq!(
        document_status(&doc, day("2026-01-01")),
        Validity::ExpiringSoon
    );
    assert_eq!(document_status(&doc, day("2026-01-15")), Validity::Expired);

    // Used by an application due after the document's last day: flagged on its item.
    let late = env
        .store
        .create_application(application("Coordinateur", "COOPI", Some("2026-01-20")))
        .unwrap();
    let early = env
        .store
        .create_application(application("Logisticien", "PUI", Some("2026-01-10")))
        .unwrap();
    for app in [&late, &early] {
        let item = env
            .store
            .add_checklist_item(
                app.id,
                postulo_core::model::ChecklistItemInput::new(
                    DocumentKind::CriminalRecord,
                    postulo_core::model::ChecklistStage::Now,
                ),
            )
            .unwrap();
        env.store.attach_document(item.id, doc.id).unwrap();
    }
    let checklist = env.store.checklist(late.id, day("2025-12-01")).unwrap();
    let entry = checklist.entries.last().unwrap();
    assert!(entry.expires_before_deadline);
    assert_eq!(entry.document.as_ref().unwrap().validity, Validity::Valid);
    let checklist = env.store.checklist(early.id, day("2025-12-01")).unwrap();
    assert!(!checklist.entries.last().unwrap().expires_before_deadline);

    let listed = env.store.documents(day("2025-12-01")).unwrap();
    assert_eq!(listed.len(), 1);
    let uses: Vec<_> = listed[0]
        .used_by
        .iter()
        .map(|u| (u.application.id, u.expires_before_deadline))
        .collect();
    assert_eq!(uses, [(early.id, false), (late.id, true)]);

    // The user can set another end date, or go back to the rule.
    let edit = DocumentUpdate {
        kind: DocumentKind::CriminalRecord,
        title: "Casier judiciaire".into(),
        issued_on: Some(day("2025-10-15")),
        valid_until: Some(day("2026-03-01")),
        certified_on: None,
    };
    let edited = env.store.update_document(doc.id, edit.clone()).unwrap();
    assert_eq!(edited.valid_until, Some(day("2026-03-01")));
    let ruled = env
        .store
        .update_document(
            doc.id,
            DocumentUpdate {
                valid_until: None,
                ..edit
            },
        )
        .unwrap();
    assert_eq!(ruled.valid_until, Some(day("2026-01-14")));
}

#[test]
fn each_application_keeps_the_exact_version_it_used() {
    let env = env();
    let store = &env.store;
    let today = day("2026-01-01");
    let old_cv = store
        .add_document(
            &write(&env.files, "CV 2025.pdf", &pdf(2, 0)),
            DocumentKind::Cv,
            "CV 2025",
            None,
        )
        .unwrap()
        .document;
    let sent = store
        .create_application(application("Logisticien", "MSF", Some("2026-02-01")))
        .unwrap();
    let cv_item = |app: i64| store.checklist(app, today).unwrap().entries[0].item.clone();
    store
        .attach_document(cv_item(sent.id).id, old_cv.id)
        .unwrap();

    // A new CV comes in, under the same name, for the next application.
    let new_cv = store
        .add_document(
            &write(&env.files, "CV 2025.pdf", &pdf(3, 1)),
            DocumentKind::Cv,
            "CV 2026",
            None,
        )
        .unwrap()
        .document;
    assert_ne!(new_cv.sha256, old_cv.sha256);
    let next = store
        .create_application(application("Comptable", "UNICEF", Some("2026-03-01")))
        .unwrap();
    store
        .attach_document(cv_item(next.id).id, new_cv.id)
        .unwrap();

    // The first application still points to the 2-page CV it was prepared with, whose
    // file is intact; the second has the 3-page one.
    assert_eq!(cv_item(sent.id).document_id, Some(old_cv.id));
    assert_eq!(cv_item(next.id).document_id, Some(new_cv.id));
    let old_file = std::fs::read(store.document_file(old_cv.id).unwrap()).unwrap();
    assert_eq!(old_file, pdf(2, 0));
    assert_eq!(store.document(old_cv.id).unwrap().page_count, Some(2));
    assert_eq!(store.document(new_cv.id).unwrap().page_count, Some(3));
    // The vault says which application uses which version.
    let listed = store.documents(today).unwrap();
    let users = |id: i64| -> Vec<i64> {
        listed
            .iter()
            .find(|d| d.document.id == id)
            .unwrap()
            .used_by
            .iter()
            .map(|u| u.application.id)
            .collect()
    };
    assert_eq!(users(old_cv.id), vec![sent.id]);
    assert_eq!(users(new_cv.id), vec![next.id]);
}

#[test]
fn deleting_a_document_in_use_asks_first_then_resets_the_items() {
    let env = env();
    let store = &env.store;
    let source = write(&env.files, "diplome.pdf", &pdf(2, 0));
    let diploma = store
        .add_document(&source, DocumentKind::DiplomaCopies, "Master", None)
        .unwrap()
        .document;
    // The same file also registered as attestations: the two rows share one file.
    let shared = store
        .add_document(&source, DocumentKind::Attestations, "Attestation", None)
        .unwrap()
        .document;
    let app = store
        .create_application(application(
            "Chargé de programme",
            "UNICEF",
            Some("2026-03-01"),
        ))
        .unwrap();
    let cv_item = store.checklist(app.id, day("2026-01-01")).unwrap().entries[0]
        .item
        .clone();
    store.attach_document(cv_item.id, diploma.id).unwrap();

    // Without force: a typed error naming the application, and nothing changes.
    let err = store.delete_document(diploma.id, false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InUse);
    match &err {
        Error::InUse { applications, .. } => {
            assert_eq!(applications.len(), 1);
            assert_eq!(applications[0].id, app.id);
            assert_eq!(applications[0].title, "Chargé de programme");
        }
        other => panic!("expected InUse, got {other:?}"),
    }
    let api = postulo_core::ApiError::from(err);
    assert_eq!(api.in_use_by.as_ref().map(Vec::len), Some(1));
    assert!(store.document(diploma.id).is_ok());
    let item = &store.checklist(app.id, day("2026-01-01")).unwrap().entries[0].item;
    assert_eq!(item.state, ItemState::Ready);

    // With force: the item goes back to missing, the row goes, the shared file stays.
    store.delete_document(diploma.id, true).unwrap();
    let item = &store.checklist(app.id, day("2026-01-01")).unwrap().entries[0].item;
    assert_eq!((item.state, item.document_id), (ItemState::Missing, None));
    assert!(matches!(
        store.document(diploma.id),
        Err(Error::NotFound { .. })
    ));
    let file = store.document_file(shared.id).unwrap();
    assert!(file.exists());

    // The last row using the content goes: so do the file and its thumbnail.
    store.delete_document(shared.id, false).unwrap();
    assert!(!file.exists());
    assert!(env.vault_files().is_empty(), "{:?}", env.vault_files());
    assert!(matches!(
        store.delete_document(shared.id, false),
        Err(Error::NotFound { .. })
    ));
}

/// An application with the given status whose first item (the CV) holds `document`.
fn holding(store: &Store, title: &str, document: i64, status: Status) -> (i64, i64) {
    let app = store
        .create_application(application(title, "ONG", Some("2026-03-01")))
        .unwrap();
    let item = store.checklist(app.id, day("2026-01-01")).unwrap().entries[0]
        .item
        .id;
    store.attach_document(item, document).unwrap();
    if status != Status::ToPrepare {
        store.set_status(app.id, status, None).unwrap();
    }
    (app.id, item)
}

fn held(store: &Store, application: i64) -> Option<(i64, bool)> {
    store
        .checklist(application, day("2026-01-01"))
        .unwrap()
        .entries[0]
        .document
        .as_ref()
        .map(|d| (d.id, d.archived))
}

#[test]
fn a_sent_application_keeps_the_pieces_it_was_sent_with() {
    let env = env();
    let store = &env.store;
    let source = write(&env.files, "cv.pdf", &pdf(1, 7));
    let cv = store
        .add_document(&source, DocumentKind::Cv, "CV 2025", None)
        .unwrap()
        .document;
    let (preparing, _) = holding(store, "En préparation", cv.id, Status::ToPrepare);
    let (sent, _) = holding(store, "Envoyée", cv.id, Status::Sent);

    // Only the application being prepared would lose it: it alone is named.
    match store.delete_document(cv.id, false).unwrap_err() {
        Error::InUse { applications, .. } => {
            let ids: Vec<i64> = applications.iter().map(|a| a.id).collect();
            assert_eq!(ids, [preparing]);
        }
        other => panic!("expected InUse, got {other:?}"),
    }
    store.delete_document(cv.id, true).unwrap();
    assert_eq!(held(store, preparing), None);
    // The sent one still holds it, marked as gone from the vault; its file is there (its
    // dossier can be exported again), but the vault no longer lists it.
    assert_eq!(held(store, sent), Some((cv.id, true)));
    let item = &store.checklist(sent, day("2026-01-01")).unwrap().entries[0].item;
    assert_eq!(item.state, ItemState::Ready);
    assert!(store.document_file(cv.id).unwrap().exists());
    assert!(store.documents(day("2026-01-01")).unwrap().is_empty());

    // With the last application that holds it, it goes for good, file included.
    store.delete_application(sent).unwrap();
    assert!(matches!(store.document(cv.id), Err(Error::NotFound { .. })));
    assert!(env.vault_files().is_empty(), "{:?}", env.vault_files());
}

#[test]
fn a_document_only_sent_applications_hold_leaves_the_vault_without_asking() {
    let env = env();
    let store = &env.store;
    let source = write(&env.files, "casier.pdf", &pdf(1, 8));
    let record = store
        .add_document(&source, DocumentKind::CriminalRecord, "Casier", None)
        .unwrap()
        .document;
    let (rejected, item) = holding(store, "Refusée", record.id, Status::Sent);
    store.set_status(rejected, Status::Rejected, None).unwrap();
    store.delete_document(record.id, false).unwrap();
    assert_eq!(held(store, rejected), Some((record.id, true)));
    // Replacing the piece by hand lets the archived one go.
    let other = write(&env.files, "casier-2026.pdf", &pdf(1, 9));
    let newer = store
        .add_document(&other, DocumentKind::CriminalRecord, "Casier 2026", None)
        .unwrap()
        .document;
    store.attach_document(item, newer.id).unwrap();
    assert!(matches!(
        store.document(record.id),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(
        env.vault_files()
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "pdf"))
            .count(),
        1
    );
}

#[test]
fn renewing_moves_the_chosen_applications_to_the_new_version_and_no_other() {
    let env = env();
    let store = &env.store;
    let old_file = write(&env.files, "casier-2025.pdf", &pdf(1, 10));
    let old = store
        .add_document(
            &old_file,
            DocumentKind::CriminalRecord,
            "Casier judiciaire",
            Some(day("2025-10-01")),
        )
        .unwrap()
        .document;
    let (a, _) = holding(store, "A", old.id, Status::ToPrepare);
    let (b, _) = holding(store, "B", old.id, Status::Ready);
    let (sent, _) = holding(store, "Envoyée", old.id, Status::Sent);
    let new_file = write(&env.files, "casier-2026.pdf", &pdf(1, 11));

    // A sent application cannot be given the new version; nothing changes.
    let refused = store.renew_document(old.id, &new_file, Some(day("2026-01-05")), &[a, sent]);
    assert_eq!(refused.unwrap_err().code(), ErrorCode::Validation);
    assert_eq!(held(store, a), Some((old.id, false)));
    assert_eq!(store.documents(day("2026-01-05")).unwrap().len(), 1);
    // The same file again is not a new version.
    let same = store.renew_document(old.id, &old_file, None, &[a]);
    assert_eq!(
        invalid(&same.unwrap_err()),
        Some(("file", Invalid::Duplicate))
    );

    let added = store
        .renew_document(old.id, &new_file, Some(day("2026-01-05")), &[a])
        .unwrap()
        .document;
    assert_eq!(added.kind, DocumentKind::CriminalRecord);
    assert_eq!(added.title, "Casier judiciaire");
    assert_eq!(added.issued_on, Some(day("2026-01-05")));
    // Three months from its own issue date, as any criminal record.
    assert_eq!(added.valid_until, Some(day("2026-04-04")));
    assert_eq!(held(store, a), Some((added.id, false)));
    assert_eq!(held(store, b), Some((old.id, false)));
    assert_eq!(held(store, sent), Some((old.id, false)));
    assert_eq!(store.document(old.id).unwrap().replaced_by, Some(added.id));
    // Renewed: the old version no longer calls for renewal on the dashboard.
    let now = chrono::DateTime::parse_from_rfc3339("2026-02-01T09:00:00Z")
        .unwrap()
        .to_utc();
    let alerts = store.dashboard(now, day("2026-02-01")).unwrap().documents;
    assert!(
        alerts.iter().all(|alert| alert.document.id != old.id),
        "{alerts:?}"
    );
}

#[test]
fn a_document_removed_behind_our_back_leaves_the_item_missing_not_dangling() {
    let env = env();
    let source = write(&env.files, "cni.jpg", &jpeg(40, 30));
    let doc = env
        .store
        .add_document(&source, DocumentKind::IdDocument, "CNI", None)
        .unwrap()
        .document;
    let app = env
        .store
        .create_application(application("Comptable", "PNUD", None))
        .unwrap();
    let item = env
        .store
        .checklist(app.id, day("2026-01-01"))
        .unwrap()
        .entries[0]
        .item
        .clone();
    env.store.attach_document(item.id, doc.id).unwrap();
    // Another process (or a repair by hand) deletes the row directly.
    let conn = rusqlite::Connection::open(env.data.join("postulo.sqlite3")).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
    conn.execute("DELETE FROM documents WHERE id = ?1", [doc.id])
        .unwrap();
    let item = &env
        .store
        .checklist(app.id, day("2026-01-01"))
        .unwrap()
        .entries[0]
        .item;
    assert_eq!((item.state, item.document_id), (ItemState::Missing, None));
}

#[test]
fn an_in_memory_store_has_no_vault() {
    let store = Store::open_in_memory().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let source = write(dir.path(), "cv.pdf", &pdf(1, 0));
    let err = store
        .add_document(&source, DocumentKind::Cv, "CV", None)
        .unwrap_err();
    assert!(matches!(err, Error::NoVault));
}
