//! Bad input the other test files do not try yet, each checked for the error the user gets
//! (its code and reason, which the UI turns into words) and for what stays as it was.
//! docs/bad-input.md lists every class of bad input with its test, here or elsewhere.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common;
use crate::dossier_support;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use crate::common::{day, files_under, pdf, write};
use postulo_core::dossier::{self, SizeMode};
use postulo_core::error::Invalid;
use postulo_core::model::{
    ApplicationInput, ChecklistItemInput, ChecklistStage, DocumentKind, Language,
};
use postulo_core::posting::{draft_from_file, draft_from_text, parse_posting};
use postulo_core::{ApiError, Error, ErrorCode, Store};

struct Env {
    dir: tempfile::TempDir,
    data: PathBuf,
    files: PathBuf,
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
        dir,
    }
}

fn invalid(err: &Error) -> Option<(&'static str, Invalid)> {
    match err {
        Error::Validation { field, reason } => Some((field, *reason)),
        _ => None,
    }
}

const POSTINGS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/postings");

impl Env {
    /// Adds `bytes` as the candidate's CV, attaches it to a new application's CV item and
    /// exports that application's dossier into an empty folder: the error, and the folder
    /// checked to be still empty.
    fn export_with_cv(&self, name: &str, bytes: &[u8], title: &str) -> (i64, Error) {
        let source = write(&self.files, name, bytes);
        let doc = self
            .store
            .add_document(&source, DocumentKind::Cv, title, None)
            .unwrap()
            .document;
        let err = self.export_with(doc.id);
        (doc.id, err)
    }

    fn export_with(&self, document_id: i64) -> Error {
        let app = self
            .store
            .create_application_with_checklist(
                common::application("Comptable", "PNUD", Some("2026-03-01")),
                vec![ChecklistItemInput::new(
                    DocumentKind::Cv,
                    ChecklistStage::Now,
                )],
            )
            .unwrap();
        let today = day("2026-01-10");
        let item = self.store.checklist(app.id, today).unwrap().entries[0]
            .item
            .id;
        self.store.attach_document(item, document_id).unwrap();
        let input = self
            .store
            .dossier_input(app.id, Language::Fr, today)
            .unwrap();
        let out = self.dir.path().join(format!("export-{}", app.id));
        std::fs::create_dir(&out).unwrap();
        let err = dossier::export(
            &input,
            &out.join("dossier.pdf"),
            SizeMode::Lossless,
            &mut |_| {},
            &AtomicBool::new(false),
        )
        .unwrap_err();
        assert!(files_under(&out).is_empty(), "{:?}", files_under(&out));
        err
    }
}

fn document_error(err: &Error) -> (Option<i64>, String, Invalid) {
    match err {
        Error::Document { document, reason } => (document.id, document.title.clone(), *reason),
        other => panic!("expected a document error, got {other:?}"),
    }
}

// ---- Documents: damaged files are kept as the candidate's, and the dossier names them ----

/// Puts `bytes` in place of a document's stored file, as a failing disk or another program
/// would: what the vault checked on the way in no longer holds.
fn damage_stored(env: &Env, id: i64, bytes: &[u8]) {
    let stored = env.store.document_file(id).unwrap();
    let mut perms = std::fs::metadata(&stored).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&stored, perms).unwrap();
    std::fs::write(&stored, bytes).unwrap();
}

#[test]
fn a_damaged_pdf_is_mended_or_refused_on_the_way_in_and_one_damaged_since_is_named_by_the_dossier()
{
    let env = env();
    let add = |name: &str, bytes: &[u8], title: &str| {
        let source = write(&env.files, name, bytes);
        env.store
            .add_document(&source, DocumentKind::Cv, title, None)
    };
    // Cut short: what can be read is kept, and the candidate is told (see the dossier
    // tests for the pages lost).
    let whole = pdf(3, 4);
    let cut = add("cv-coupé.pdf", &whole[..whole.len() / 2], "CV coupé").unwrap();
    assert!(
        matches!(
            cut.fixed,
            Some(postulo_core::dossier::PdfFix::Repaired { .. })
        ),
        "{:?}",
        cut.fixed
    );
    // Nothing to read: refused at once, nothing kept.
    let junk = add(
        "faux.pdf",
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n",
        "Faux PDF",
    );
    assert_eq!(
        invalid(&junk.unwrap_err()),
        Some(("file", Invalid::FileCorrupt))
    );
    assert_eq!(env.store.documents(day("2026-01-10")).unwrap().len(), 1);

    // A sound CV damaged in the vault afterwards: the dossier names it, and leaves it be.
    let sound = add("cv.pdf", &pdf(2, 5), "CV").unwrap().document;
    damage_stored(&env, sound.id, &whole[..whole.len() / 2]);
    let err = env.export_with(sound.id);
    assert_eq!(err.code(), ErrorCode::Validation);
    assert_eq!(
        document_error(&err),
        (Some(sound.id), "CV".to_owned(), Invalid::FileCorrupt)
    );
    let api = ApiError::from(err);
    assert_eq!(
        (api.field.as_deref(), api.reason),
        (Some("document"), Some(Invalid::FileCorrupt))
    );
    let stored = env.store.document_file(sound.id).unwrap();
    assert_eq!(std::fs::read(stored).unwrap(), &whole[..whole.len() / 2]);
}

#[test]
fn a_pdf_that_needs_a_password_is_asked_for_it_on_the_way_in_and_named_by_the_dossier() {
    let env = env();
    let locked = std::fs::read(format!("{POSTINGS}/files/encrypted.pdf")).unwrap();
    let source = write(&env.files, "casier.pdf", &locked);
    let refused = env.store.add_document(
        &source,
        DocumentKind::CriminalRecord,
        "Casier protégé",
        None,
    );
    assert_eq!(
        invalid(&refused.unwrap_err()),
        Some(("file", Invalid::FileEncrypted))
    );
    assert!(env.store.documents(day("2026-01-10")).unwrap().is_empty());

    // Protected in the vault by another program since: the dossier names it.
    let sound = write(&env.files, "cv.pdf", &pdf(1, 6));
    let doc = env
        .store
        .add_document(&sound, DocumentKind::Cv, "Casier protégé", None)
        .unwrap()
        .document;
    damage_stored(&env, doc.id, &locked);
    let err = env.export_with(doc.id);
    assert_eq!(
        document_error(&err),
        (
            Some(doc.id),
            "Casier protégé".to_owned(),
            Invalid::FileEncrypted
        )
    );
}

#[test]
fn truncated_pictures_are_kept_and_named_by_the_dossier() {
    let env = env();
    let photo = dossier_support::marked_jpeg(300, 200);
    let (id, err) = env.export_with_cv("photo.jpg", &photo[..photo.len() / 2], "Photo coupée");
    assert_eq!(
        document_error(&err),
        (Some(id), "Photo coupée".to_owned(), Invalid::FileCorrupt)
    );
    let scan = dossier_support::grey_png(120, 90);
    let (id, err) = env.export_with_cv("scan.png", &scan[..scan.len() - 40], "Scan coupé");
    assert_eq!(
        document_error(&err),
        (Some(id), "Scan coupé".to_owned(), Invalid::FileCorrupt)
    );
}

#[test]
fn cmyk_sixteen_bit_and_transparent_pictures_enter_the_vault_with_a_thumbnail() {
    let env = env();
    let cmyk = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dossier/cmyk-adobe.jpg"),
    )
    .unwrap();
    let pictures: [(&str, Vec<u8>, &str); 4] = [
        ("attestation-cmjn.jpg", cmyk, "image/jpeg"),
        (
            "carte-16-bits.png",
            dossier_support::grey_alpha_16_png(120, 80),
            "image/png",
        ),
        (
            "photo-16-bits.png",
            dossier_support::rgb16_png(60, 80),
            "image/png",
        ),
        (
            "signature-transparente.png",
            dossier_support::alpha_png(200, 80),
            "image/png",
        ),
    ];
    for (name, bytes, mime) in pictures {
        let source = write(&env.files, name, &bytes);
        let doc = env
            .store
            .add_document(&source, DocumentKind::Other, "", None)
            .unwrap()
            .document;
        assert_eq!(
            (doc.mime.as_str(), doc.page_count),
            (mime, Some(1)),
            "{name}"
        );
        assert!(doc.has_thumbnail, "{name}: no thumbnail");
        let thumb = env.store.document_thumbnail(doc.id).unwrap().unwrap();
        let (w, h) = image::image_dimensions(&thumb).unwrap();
        assert!(w.max(h) <= 256 && w.min(h) > 0, "{name}: {w}x{h}");
    }
}

// ---- File names ----

#[test]
fn reserved_windows_names_are_harmless_in_the_vault_and_avoided_in_the_dossier_name() {
    let env = env();
    for (name, title) in [("CON.pdf", "CON"), ("NUL", "nul"), ("com1.pdf", "LPT1")] {
        let source = write(&env.files, name, &pdf(1, name.len() as u32));
        let doc = env
            .store
            .add_document(&source, DocumentKind::Cv, title, None)
            .unwrap()
            .document;
        // Shown as it was named; stored under the hash of its content.
        assert_eq!(
            (doc.original_name.as_str(), doc.title.as_str()),
            (name, title)
        );
        assert_eq!(
            doc.stored_file,
            format!("{}/{}.pdf", &doc.sha256[..2], doc.sha256)
        );
    }
    // A post called "Con", a candidate without a name: the dossier is not named CON.pdf.
    let app = env
        .store
        .create_application(common::application("Con", "AUX", None))
        .unwrap();
    for (rule, expected) in [
        ("{Poste}", "Con_.pdf"),
        ("{Organisation}", "AUX_.pdf"),
        ("{NOM}{Prenom}{Poste}", "Con_.pdf"),
        ("../{Poste}/..", "Con_.pdf"),
    ] {
        let name = env
            .store
            .dossier_file_name(app.id, Some(rule), Language::Fr)
            .unwrap();
        assert_eq!(name, expected, "{rule}");
    }
}

// ---- A vault file deleted behind the app's back ----

#[test]
fn a_vault_file_deleted_behind_the_apps_back_is_named_and_can_be_put_back() {
    let env = env();
    let source = write(&env.files, "casier.pdf", &pdf(1, 9));
    let doc = env
        .store
        .add_document(&source, DocumentKind::Cv, "Casier de mai", None)
        .unwrap()
        .document;
    let stored = env.store.document_file(doc.id).unwrap();
    std::fs::remove_file(&stored).unwrap();

    // The list still shows it; the dossier names it as gone.
    assert_eq!(env.store.documents(day("2026-01-10")).unwrap().len(), 1);
    let err = env.export_with(doc.id);
    assert_eq!(
        document_error(&err),
        (
            Some(doc.id),
            "Casier de mai".to_owned(),
            Invalid::FileMissing
        )
    );
    // The preflight before an export says the same thing.
    let app = env.store.list_applications().unwrap()[0].id;
    let preflight = env.store.dossier_preflight(app, day("2026-01-10")).unwrap();
    let vanished: Vec<_> = preflight
        .vanished
        .iter()
        .map(|v| (v.document.id, v.document.title.as_str()))
        .collect();
    assert_eq!(vanished, [(Some(doc.id), "Casier de mai")]);

    // Adding the same file again puts it back, under the same document.
    let again = env
        .store
        .add_document(&source, DocumentKind::Cv, "", None)
        .unwrap();
    assert!(again.already_in_vault);
    assert_eq!(again.document.id, doc.id);
    assert_eq!(std::fs::read(&stored).unwrap(), pdf(1, 9));

    // Or deleting it works even with the file gone.
    std::fs::remove_file(&stored).unwrap();
    env.store.delete_document(doc.id, true).unwrap();
    assert!(env.store.documents(day("2026-01-10")).unwrap().is_empty());
}

// ---- A data folder that cannot be written ----

#[test]
fn a_vault_that_cannot_be_written_refuses_the_document_and_changes_nothing() {
    let env = env();
    // The staging folder is in the way (a file where a folder must be): no account,
    // root included, can write there, as on a read-only disk.
    let tmp = env.data.join("vault").join("tmp");
    std::fs::create_dir_all(tmp.parent().unwrap()).unwrap();
    std::fs::write(&tmp, b"not a folder").unwrap();
    let source = write(&env.files, "cv.pdf", &pdf(2, 0));
    let err = env
        .store
        .add_document(&source, DocumentKind::Cv, "CV", None)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io, "{err:?}");
    assert!(env.store.documents(day("2026-01-10")).unwrap().is_empty());
    let vault_files: Vec<_> = files_under(&env.data.join("vault"))
        .into_iter()
        .filter(|p| p != &tmp)
        .collect();
    assert!(vault_files.is_empty(), "{vault_files:?}");
    assert_eq!(std::fs::read(&tmp).unwrap(), b"not a folder");
    assert_eq!(std::fs::read(&source).unwrap(), pdf(2, 0));
}

/// True when the file owner's permission bits actually stop this process (false for root,
/// or any account allowed to override them).
#[cfg(unix)]
fn permissions_apply(read_only_file: &Path) -> bool {
    std::fs::OpenOptions::new()
        .append(true)
        .open(read_only_file)
        .is_err()
}

#[cfg(unix)]
const AS_NOBODY: &str = "POSTULO_TEST_AS_NOBODY";

/// A database file the user can no longer write (a read-only disk, a file left by
/// `sudo postulo`, a backup restored read-only): refused at start with an I/O error naming
/// it, and left exactly as it was.
#[cfg(unix)]
fn read_only_database_scenario() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    {
        let store = Store::open_in(&data).unwrap();
        store
            .create_application(common::application("Comptable", "PNUD", None))
            .unwrap();
    }
    let db = data.join("postulo.sqlite3");
    let before = std::fs::read(&db).unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o400)).unwrap();
    if !permissions_apply(&db) {
        panic!("running as {AS_NOBODY} but file permissions do not apply");
    }

    let err = Store::open_in(&data).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io, "{err:?}");
    assert!(err.to_string().contains("postulo.sqlite3"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), before);
    let mut left: Vec<_> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["postulo.sqlite3"], "nothing created beside it");
    println!("read-only database checked as an account bound by permissions");
}

#[cfg(unix)]
#[test]
fn a_read_only_database_is_refused_at_start_and_left_untouched() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    use std::os::unix::process::CommandExt;

    let probe_dir = tempfile::tempdir().unwrap();
    let probe = probe_dir.path().join("probe");
    std::fs::write(&probe, b"x").unwrap();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o400)).unwrap();
    if permissions_apply(&probe) || std::env::var_os(AS_NOBODY).is_some() {
        read_only_database_scenario();
        return;
    }
    // Root writes through any permission: run this same test again as `nobody`, whose
    // writes the permissions do stop, and check it really ran.
    assert_eq!(
        std::fs::metadata(&probe).unwrap().uid(),
        0,
        "permissions do not apply, yet this is not root"
    );
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            // The name as the test binary knows it: its module, then the function.
            "bad_input::a_read_only_database_is_refused_at_start_and_left_untouched",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(AS_NOBODY, "1")
        .env("TMPDIR", std::env::temp_dir())
        .uid(65534)
        .gid(65534)
        .output()
        .expect("run the test again as nobody");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success()
            && stdout.contains("read-only database checked as an account bound by permissions"),
        "as nobody: {}\n{stdout}\n{stderr}",
        output.status
    );
}

#[cfg(target_os = "linux")]
const ON_SMALL_DISK: &str = "POSTULO_TEST_SMALL_DISK";
#[cfg(target_os = "linux")]
const SOURCE_FILES: &str = "POSTULO_TEST_SOURCE_FILES";
#[cfg(target_os = "linux")]
const FULL_DISK_CHECKED: &str = "full disk checked on a 4 MB tmpfs";

/// A picture of noise, which no encoder can shrink: about `3 * side²` bytes as a PNG.
#[cfg(target_os = "linux")]
fn noise_png(side: u32) -> Vec<u8> {
    let mut seed = 0x2545_f491_u32;
    let picture = image::RgbImage::from_fn(side, side, |_, _| {
        // xorshift: fast and good enough to defeat deflate.
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let [r, g, b, _] = seed.to_le_bytes();
        image::Rgb([r, g, b])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// On a real 4 MB disk (a tmpfs): a document larger than the room left is refused with an
/// I/O error and leaves nothing in the vault; then, the disk filled to the last byte,
/// SQLite's writes fail cleanly, and once room is made everything saved before is there,
/// the database sound.
#[cfg(target_os = "linux")]
fn full_disk_scenario(disk: &Path, files: &Path) {
    use std::io::Write;

    let data = disk.join("data");
    let store = Store::open_in(&data).unwrap();
    let app = store
        .create_application(common::application("Comptable", "PNUD", None))
        .unwrap();
    let cv = write(files, "cv.pdf", &pdf(2, 0));
    store
        .add_document(&cv, DocumentKind::Cv, "CV", None)
        .unwrap();
    let vault_before = files_under(&data.join("vault"));

    // A 6 MB scan on a disk with less than 4 MB free.
    let scan = write(files, "diplomes.png", &noise_png(1450));
    assert!(std::fs::metadata(&scan).unwrap().len() > 6_000_000);
    let err = store
        .add_document(&scan, DocumentKind::DiplomaCopies, "Diplômes", None)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io, "{err:?}");
    assert_eq!(store.documents(day("2026-01-01")).unwrap().len(), 1);
    assert_eq!(
        files_under(&data.join("vault")),
        vault_before,
        "nothing half-written in the vault"
    );

    // Now fill the disk to the last byte, and write to the database until it refuses.
    let filler_path = disk.join("filler");
    let mut filler = std::fs::File::create(&filler_path).unwrap();
    let chunk = vec![0x5a_u8; 64 * 1024];
    let small = [0x5a_u8; 512];
    loop {
        if filler.write_all(&chunk).is_err() {
            while filler.write_all(&small).is_ok() {}
            break;
        }
    }
    let _ = filler.sync_all();
    let mut saved = vec![app.id];
    let mut refusal = None;
    for i in 0..500 {
        let mut input = common::application(&format!("Poste {i}"), "ONG Sahel", None);
        input.notes = Some("Notes longues. ".repeat(2000));
        match store.create_application(input) {
            Ok(app) => saved.push(app.id),
            Err(err) => {
                refusal = Some(err);
                break;
            }
        }
    }
    let refusal = refusal.expect("a full disk must refuse a write");
    // `storage`: the window says to check the space left on the disk.
    assert_eq!(refusal.code(), ErrorCode::Storage, "{refusal:?}");

    // Room again: everything saved before the refusal is there, and the store works.
    drop(filler);
    std::fs::remove_file(&filler_path).unwrap();
    drop(store);
    let store = Store::open_in(&data).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let mut ids: Vec<i64> = store
        .list_applications()
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, saved);
    assert_eq!(store.check_vault().unwrap(), Default::default());
    store
        .create_application(common::application("Logisticien", "MSF", None))
        .unwrap();
    println!("{FULL_DISK_CHECKED}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_refuses_the_write_and_keeps_what_was_saved() {
    if let (Some(disk), Some(files)) = (
        std::env::var_os(ON_SMALL_DISK),
        std::env::var_os(SOURCE_FILES),
    ) {
        full_disk_scenario(Path::new(&disk), Path::new(&files));
        return;
    }
    // This same test again, in its own user and mount namespaces where it may mount a
    // 4 MB tmpfs: a real disk that fills, without privileges or a loop device.
    let outside = tempfile::tempdir().unwrap();
    let disk = outside.path().join("disque");
    let files = outside.path().join("Téléchargements");
    std::fs::create_dir_all(&disk).unwrap();
    std::fs::create_dir_all(&files).unwrap();
    let output = std::process::Command::new("unshare")
        .args([
            "--user",
            "--map-root-user",
            "--mount",
            "sh",
            "-c",
            r#"mount -t tmpfs -o size=4m tmpfs "$POSTULO_TEST_SMALL_DISK" && exec "$0" "$@""#,
        ])
        .arg(std::env::current_exe().unwrap())
        .args([
            "bad_input::a_full_disk_refuses_the_write_and_keeps_what_was_saved",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(ON_SMALL_DISK, &disk)
        .env(SOURCE_FILES, &files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run unshare (util-linux): {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.contains(FULL_DISK_CHECKED),
        "on a 4 MB tmpfs: {}\n{stdout}\n{stderr}",
        output.status
    );
}

// ---- Postings ----

/// Why reading the posting at `path` failed (never the draft itself: it may be 10 MB).
fn file_reason(path: &Path) -> Option<(&'static str, Invalid)> {
    match draft_from_file(path, "Africa/Bamako") {
        Ok(draft) => panic!(
            "{} read: {} bytes of text",
            path.display(),
            draft.text.len()
        ),
        Err(err) => invalid(&err),
    }
}

#[test]
fn posting_files_that_cannot_be_read_say_why() {
    let env = env();
    let fixture = |name: &str| std::fs::read(format!("{POSTINGS}/{name}")).unwrap();
    let core = fixture("files/core.pdf");
    let cases: Vec<(&str, Vec<u8>, Invalid)> = vec![
        (
            "annonce.pdf",
            fixture("files/encrypted.pdf"),
            Invalid::FileEncrypted,
        ),
        // A PDF without a text layer is read as pictures now: a blank one holds no text.
        (
            "scan.pdf",
            fixture("files/blank.pdf"),
            Invalid::NoTextRecognized,
        ),
        ("vide.txt", Vec::new(), Invalid::NoText),
        ("vide.pdf", Vec::new(), Invalid::FileCorrupt),
        (
            "coupé.pdf",
            b"%PDF-1.4\n1 0 obj <<".to_vec(),
            Invalid::FileCorrupt,
        ),
        (
            "ancien.doc.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old Word".to_vec(),
            Invalid::FileCorrupt,
        ),
        (
            "binaire.txt",
            (0u8..=255).cycle().take(4096).collect(),
            Invalid::FileCorrupt,
        ),
        // A picture is read by text recognition: a grey square has no text.
        (
            "photo.png",
            dossier_support::grey_png(10, 10),
            Invalid::NoTextRecognized,
        ),
    ];
    for (name, bytes, reason) in cases {
        let path = write(&env.files, name, &bytes);
        assert_eq!(file_reason(&path), Some(("file", reason)), "{name}");
    }
    // A truncated PDF is damaged or, cut before any text, holds none.
    let cut = write(&env.files, "tronqué.pdf", &core[..core.len() / 3]);
    assert!(matches!(
        file_reason(&cut),
        Some((
            "file",
            Invalid::FileCorrupt | Invalid::NoText | Invalid::NoTextRecognized
        ))
    ));
    // Over 20 MB (sparse: nothing is really written), refused before it is read.
    let huge = env.files.join("énorme.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(20 * 1024 * 1024 + 1)
        .unwrap();
    assert_eq!(file_reason(&huge), Some(("file", Invalid::FileTooLarge)));
    assert_eq!(
        file_reason(&env.files.join("absente.txt")),
        Some(("file", Invalid::FileMissing))
    );
    assert_eq!(
        file_reason(&env.files),
        Some(("file", Invalid::FileUnreadable))
    );
}

const POSTING: &str = "Avis de recrutement\nIntitulé du poste : Comptable\n\
    Organisation : PNUD\nLieu d'affectation : Bamako\n\
    Les dossiers sont à envoyer à recrutement@pnud.org au plus tard le 26 décembre 2026.\n";

#[test]
fn a_ten_megabyte_posting_file_is_read_and_kept_and_a_longer_one_refused_when_read() {
    let env = env();
    // 10 MB of text, in Windows-1252 (é is one byte there, two once decoded).
    let mut text = POSTING.to_owned();
    while text.len() < 10_000_000 {
        text.push_str("Expérience souhaitée : cinq ans au moins dans un poste similaire.\n");
    }
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    let path = write(&env.files, "annonce.txt", &latin1);
    let draft = draft_from_file(&path, "Africa/Bamako").unwrap();
    assert_eq!(draft.text, text);
    assert_eq!(draft.input.organization, "PNUD");
    let app = env
        .store
        .create_application_from_posting(draft.input, draft.checklist, &draft.text)
        .unwrap();
    assert_eq!(
        env.store.posting_text(app.id).unwrap().unwrap().len(),
        text.len()
    );

    // 8 MB on disk, but 16 MB once decoded: more than an application keeps. Refused when
    // the file is read, with the words of a file too large, rather than after the review.
    let accents = "é".repeat(8_000_000);
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(&accents);
    assert!(latin1.len() < 20 * 1024 * 1024);
    let path = write(&env.files, "accents.txt", &latin1);
    assert_eq!(file_reason(&path), Some(("file", Invalid::FileTooLarge)));

    // Text pasted past the limit is refused when saved, and nothing is created.
    let pasted = "a".repeat(10 * 1024 * 1024 + 1);
    let err = env
        .store
        .create_application_from_posting(
            common::application("Comptable", "PNUD", None),
            Vec::new(),
            &pasted,
        )
        .unwrap_err();
    assert_eq!(invalid(&err), Some(("posting_text", Invalid::TooLong)));
    assert_eq!(env.store.list_applications().unwrap().len(), 1);
}

#[test]
fn an_impossible_date_is_never_moved_to_another_day() {
    // In a posting: no deadline is proposed rather than 3 March.
    for written in [
        "au plus tard le 31/02/2026",
        "au plus tard le 30 février 2026",
        "no later than February 31, 2026",
        "avant le 31.04.2026 à 17h00",
    ] {
        let text = format!("Poste : Comptable\nLes candidatures sont reçues {written}.\n");
        let parsed = parse_posting(&text);
        assert!(
            parsed.deadline.is_none(),
            "{written}: {:?}",
            parsed.deadline
        );
        assert!(draft_from_text(&text, "UTC").input.deadline.is_none());
    }
    // From the window (a form bypassing its own check): the date cannot even be read, so
    // nothing reaches the database.
    for date in ["2026-02-31", "2026-02-29", "2026-13-01", "31/02/2026"] {
        let json = format!(
            r#"{{"title":"T","organization":"O","reference":null,"location":null,
            "contract":null,"source_url":null,"apply_method":null,"apply_email":null,
            "apply_subject":null,"apply_url":null,"apply_address":null,
            "deadline":{{"date":"{date}","time":null,"timezone":"Africa/Bamako"}},
            "notes":null}}"#
        );
        assert!(
            serde_json::from_str::<ApplicationInput>(&json).is_err(),
            "{date}"
        );
    }
    // An hour that does not exist either.
    let json = r#"{"date":"2026-02-27","time":"24:30","timezone":"Africa/Bamako"}"#;
    assert!(serde_json::from_str::<postulo_core::model::Deadline>(json).is_err());
}

#[test]
fn a_dossier_that_cannot_be_written_where_asked_is_an_io_error_and_leaves_nothing() {
    let env = env();
    let source = write(&env.files, "cv.pdf", &pdf(2, 3));
    let doc = env
        .store
        .add_document(&source, DocumentKind::Cv, "CV", None)
        .unwrap()
        .document;
    let app = env
        .store
        .create_application(common::application("Comptable", "PNUD", None))
        .unwrap();
    let today = day("2026-01-10");
    let item = env.store.checklist(app.id, today).unwrap().entries[0]
        .item
        .id;
    env.store.attach_document(item, doc.id).unwrap();
    let input = env
        .store
        .dossier_input(app.id, Language::Fr, today)
        .unwrap();
    let export = |dest: &Path| {
        dossier::export(
            &input,
            dest,
            SizeMode::Lossless,
            &mut |_| {},
            &AtomicBool::new(false),
        )
    };

    // A "folder" that is a file (a removed USB stick's mount point, a read-only place).
    let not_a_folder = write(&env.files, "pas-un-dossier", b"x");
    let err = export(&not_a_folder.join("dossier.pdf")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io, "{err:?}");

    // The name chosen is a folder: everything is written, then cannot take its place.
    let out = env.dir.path().join("out");
    let taken = out.join("dossier.pdf");
    std::fs::create_dir_all(taken.join("dedans")).unwrap();
    let err = export(&taken).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io, "{err:?}");
    assert!(taken.join("dedans").is_dir());
    let left: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, ["dossier.pdf"], "the temporary file was removed");
}

#[test]
fn a_twelve_bit_or_lossless_jpeg_is_kept_in_the_vault_and_named_by_the_dossier() {
    let env = env();
    let photo = dossier_support::marked_jpeg(64, 48);
    let sof = photo
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline JPEG");
    // Extended sequential with 12-bit samples; lossless.
    let mut twelve_bit = photo.clone();
    twelve_bit[sof + 1] = 0xC1;
    twelve_bit[sof + 4] = 12;
    let mut lossless = photo.clone();
    lossless[sof + 1] = 0xC3;
    for (name, bytes) in [("12-bits.jpg", twelve_bit), ("sans-perte.jpg", lossless)] {
        // The vault keeps it (a viewer may show it), without a thumbnail: never decoded.
        let kept = env
            .store
            .add_document(
                &write(&env.files, name, &bytes),
                DocumentKind::Other,
                "",
                None,
            )
            .unwrap()
            .document;
        assert_eq!(
            (kept.mime.as_str(), kept.has_thumbnail),
            ("image/jpeg", false)
        );
        let (id, err) = env.export_with_cv(name, &bytes, name);
        assert_eq!(
            document_error(&err),
            (Some(id), name.to_owned(), Invalid::ImageUnsupported)
        );
    }
}
