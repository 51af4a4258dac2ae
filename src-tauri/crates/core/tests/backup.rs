//! Backups and restores (issue 7): the archive's contents and manifest, a restore into an
//! empty folder that finds everything, archives refused before anything is replaced, the
//! copy of the current data kept before a restore, and the daily automatic backups.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::{Duration, TimeZone, Utc};
use postulo_core::clock::ManualClock;
use postulo_core::model::{DocumentKind, Status};
use postulo_core::{Error, ErrorCode, Store};
use sha2::{Digest, Sha256};

type Rows = BTreeMap<String, Vec<Vec<String>>>;

/// Every row of every table, as text, for "the data is exactly the same".
fn dump(store_dir: &Path) -> Rows {
    let conn = rusqlite::Connection::open(store_dir.join("postulo.sqlite3")).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = Rows::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1"))
            .unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>())
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        out.insert(table, rows);
    }
    out
}

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A store with two applications, a PDF and a JPEG in the vault, one attached, a
/// status change, a contact and a profile.
fn filled_store(dir: &Path) -> (Store, Vec<u8>, Vec<u8>) {
    let store = Store::open_in(dir).unwrap();
    let files = tempfile::tempdir().unwrap();
    let pdf = common::pdf(3, 1);
    let jpeg = common::jpeg(400, 300);
    let cv = store
        .add_document(
            &common::write(files.path(), "CV été.pdf", &pdf),
            DocumentKind::Cv,
            "",
            None,
        )
        .unwrap()
        .document;
    store
        .add_document(
            &common::write(files.path(), "casier.jpg", &jpeg),
            DocumentKind::CriminalRecord,
            "Casier judiciaire",
            Some(common::day("2026-11-01")),
        )
        .unwrap();
    let app = store
        .create_application(common::application(
            "Chargé(e) de suivi-évaluation",
            "ONG Sahel",
            Some("2026-12-15"),
        ))
        .unwrap();
    store
        .create_application(common::application("Assistant RH", "PNUD", None))
        .unwrap();
    let checklist = store.checklist(app.id, common::day("2026-11-23")).unwrap();
    store
        .attach_document(checklist.entries[0].item.id, cv.id)
        .unwrap();
    store
        .set_status(app.id, Status::Ready, Some("tout est prêt « enfin »"))
        .unwrap();
    (store, pdf, jpeg)
}

fn vault_files(dir: &Path) -> Vec<PathBuf> {
    common::files_under(&dir.join("vault"))
        .into_iter()
        .filter(|p| !p.starts_with(dir.join("vault/tmp")))
        .collect()
}

#[test]
fn a_backup_restored_into_an_empty_folder_gives_back_every_row_and_file() {
    // Data folders under a user name with accents and spaces, as %APPDATA% often is on
    // Windows (C:\Users\Aïssata Traoré\AppData\Roaming\Postulo\data).
    let home_tmp = tempfile::tempdir().unwrap();
    let home = home_tmp.path().join("Aïssata Traoré").join("App Data");
    let (store, pdf, jpeg) = filled_store(&home);
    let archive = home.join("ma sauvegarde.zip");
    let mut steps = Vec::new();
    let info = store
        .create_backup(&archive, &mut |p| steps.push(p))
        .unwrap();
    assert_eq!((info.applications, info.documents, info.files), (2, 2, 2));
    assert!(!steps.is_empty() && steps.last().unwrap().done == steps.last().unwrap().total);

    let other_tmp = tempfile::tempdir().unwrap();
    let other = other_tmp.path().join("Données de Fatou Ndiaye");
    let fresh = Store::open_in(&other).unwrap();
    let restored = fresh.restore_backup(&archive, &mut |_| {}).unwrap();
    assert_eq!(restored, Store::inspect_backup(&archive).unwrap());

    assert_eq!(dump(&other), dump(&home));
    // Same files, same bytes, each under its hash; thumbnails made again.
    let docs = fresh.documents(common::day("2026-11-23")).unwrap();
    assert_eq!(docs.len(), 2);
    for doc in &docs {
        let path = fresh
            .vault()
            .unwrap()
            .file_path(&doc.document.stored_file)
            .unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes == pdf || bytes == jpeg);
        assert_eq!(sha(&bytes), doc.document.sha256);
        assert!(
            fresh
                .vault()
                .unwrap()
                .thumbnail_path(&doc.document.sha256)
                .unwrap()
                .exists(),
            "thumbnail of {}",
            doc.document.title
        );
    }
    assert_eq!(fresh.check_vault().unwrap(), Default::default());
}

#[test]
fn the_archive_holds_a_manifest_with_the_hash_of_every_part() {
    let home = tempfile::tempdir().unwrap();
    let (store, pdf, jpeg) = filled_store(home.path());
    let archive = home.path().join("backup.zip");
    store.create_backup(&archive, &mut |_| {}).unwrap();

    let mut zip = zip::ZipArchive::new(std::fs::File::open(&archive).unwrap()).unwrap();
    let mut manifest = String::new();
    zip.by_name("manifest.json")
        .unwrap()
        .read_to_string(&mut manifest)
        .unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    assert_eq!(manifest["format"], "postulo-backup");
    assert_eq!(
        manifest["schema_version"],
        postulo_core::store::LATEST_VERSION
    );
    let mut parts = vec![manifest["database"].clone()];
    parts.extend(manifest["files"].as_array().unwrap().iter().cloned());
    assert_eq!(parts.len(), 3);
    for part in parts {
        let mut bytes = Vec::new();
        zip.by_name(part["path"].as_str().unwrap())
            .unwrap()
            .read_to_end(&mut bytes)
            .unwrap();
        assert_eq!(part["sha256"].as_str().unwrap(), sha(&bytes));
        assert_eq!(part["size"].as_u64().unwrap(), bytes.len() as u64);
    }
    let file_hashes: Vec<&str> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["sha256"].as_str().unwrap())
        .collect();
    assert!(file_hashes.contains(&sha(&pdf).as_str()));
    assert!(file_hashes.contains(&sha(&jpeg).as_str()));

    // The database part is a complete database on its own (no WAL beside it).
    let db = tempfile::tempdir().unwrap();
    let db_path = db.path().join("copy.sqlite3");
    let mut bytes = Vec::new();
    zip.by_name("postulo.sqlite3")
        .unwrap()
        .read_to_end(&mut bytes)
        .unwrap();
    std::fs::write(&db_path, bytes).unwrap();
    let conn = rusqlite::Connection::open(&db_path).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let n: i64 = conn
        .query_row("SELECT count(*) FROM applications", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 2);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&archive).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a backup holds the candidate's ID scans");
    }
}

#[test]
fn a_snapshot_taken_while_another_process_writes_is_consistent() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::open_in(home.path()).unwrap();
    let writer_dir = home.path().to_path_buf();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let other = Store::open_in(&writer_dir).unwrap();
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let app = other
                    .create_application(common::application(&format!("Poste {n}"), "X", None))
                    .unwrap();
                assert!(app.id > 0);
                n += 1;
            }
            n
        })
    };
    let mut archives = Vec::new();
    for i in 0..5 {
        let path = home.path().join(format!("b{i}.zip"));
        store.create_backup(&path, &mut |_| {}).unwrap();
        archives.push(path);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let written = writer.join().unwrap();
    assert!(written > 0);
    for archive in archives {
        let dir = tempfile::tempdir().unwrap();
        let fresh = Store::open_in(dir.path()).unwrap();
        let info = fresh.restore_backup(&archive, &mut |_| {}).unwrap();
        // An application and its first checklist items are written in one transaction:
        // a snapshot has both or neither.
        let apps = fresh.list_applications().unwrap();
        assert_eq!(apps.len() as i64, info.applications);
        for app in apps {
            let checklist = fresh.checklist(app.id, common::day("2026-11-23")).unwrap();
            assert_eq!(checklist.entries.len(), 2, "{}", app.title);
        }
    }
}

/// Rewrites an archive entry by entry, letting `edit` change an entry's bytes.
fn rewrite(archive: &Path, out: &Path, edit: impl Fn(&str, Vec<u8>) -> Option<Vec<u8>>) {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(archive).unwrap()).unwrap();
    let mut writer = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if let Some(bytes) = edit(&name, bytes) {
            writer
                .start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            writer.write_all(&bytes).unwrap();
        }
    }
    writer.finish().unwrap();
}

fn refused(store: &Store, archive: &Path) -> Error {
    store.restore_backup(archive, &mut |_| {}).unwrap_err()
}

fn reason(err: &Error) -> String {
    let api = postulo_core::ApiError::from(
        // ApiError consumes the error; rebuild from its text-free parts.
        match err {
            Error::Validation { field, reason } => Error::Validation {
                field,
                reason: *reason,
            },
            other => panic!("expected a validation error, got {other}"),
        },
    );
    serde_json::to_value(api.reason)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_damaged_or_foreign_archive_is_refused_and_the_current_data_stays() {
    let home = tempfile::tempdir().unwrap();
    let (store, pdf, _) = filled_store(home.path());
    let good = home.path().join("good.zip");
    store.create_backup(&good, &mut |_| {}).unwrap();

    // The data the candidate has now, different from the backup.
    let target = tempfile::tempdir().unwrap();
    let (current, _, _) = filled_store(target.path());
    current
        .create_application(common::application("Dernière candidature", "UNICEF", None))
        .unwrap();
    let before = dump(target.path());
    let files_before = vault_files(target.path());
    let work = tempfile::tempdir().unwrap();
    let path = |name: &str| work.path().join(name);

    // One flipped byte in a vault file.
    rewrite(&good, &path("flipped.zip"), |name, mut bytes| {
        if name.starts_with("vault/") && bytes == pdf {
            let last = bytes.len() - 20;
            bytes[last] ^= 0x55;
        }
        Some(bytes)
    });
    // A vault file left out.
    rewrite(&good, &path("missing.zip"), |name, bytes| {
        (!(name.starts_with("vault/") && bytes == pdf)).then_some(bytes)
    });
    // The database altered after the manifest was written.
    rewrite(&good, &path("db-altered.zip"), |name, mut bytes| {
        if name == "postulo.sqlite3" {
            bytes[200] ^= 1;
        }
        Some(bytes)
    });
    // The manifest claims a newer format.
    rewrite(&good, &path("newer.zip"), |name, bytes| {
        if name == "manifest.json" {
            let mut m: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            m["format_version"] = 99.into();
            return Some(serde_json::to_vec(&m).unwrap());
        }
        Some(bytes)
    });
    // A vault name that tries to leave the vault.
    rewrite(&good, &path("escape.zip"), |name, bytes| {
        if name == "manifest.json" {
            let text = String::from_utf8(bytes).unwrap();
            let m: serde_json::Value = serde_json::from_str(&text).unwrap();
            let first = m["files"][0]["path"].as_str().unwrap().to_owned();
            return Some(text.replace(&first, "vault/../../evil.pdf").into_bytes());
        }
        Some(bytes)
    });
    // The manifest gone: some other zip.
    rewrite(&good, &path("no-manifest.zip"), |name, bytes| {
        (name != "manifest.json").then_some(bytes)
    });
    // Cut in half, like a download that stopped.
    let bytes = std::fs::read(&good).unwrap();
    std::fs::write(path("truncated.zip"), &bytes[..bytes.len() / 2]).unwrap();
    std::fs::write(path("empty.zip"), b"").unwrap();
    std::fs::write(path("cv.pdf"), &pdf).unwrap();

    let cases = [
        ("flipped.zip", "backup_damaged"),
        ("missing.zip", "backup_damaged"),
        ("db-altered.zip", "backup_damaged"),
        ("newer.zip", "backup_newer"),
        ("escape.zip", "backup_damaged"),
        ("no-manifest.zip", "not_a_backup"),
        ("truncated.zip", "not_a_backup"),
        ("empty.zip", "not_a_backup"),
        ("cv.pdf", "not_a_backup"),
        ("absent.zip", "file_missing"),
    ];
    for (file, expected) in cases {
        let err = refused(&current, &path(file));
        assert_eq!(err.code(), ErrorCode::Validation, "{file}: {err}");
        assert_eq!(reason(&err), expected, "{file}");
        assert_eq!(dump(target.path()), before, "{file} changed the data");
        assert_eq!(
            vault_files(target.path()),
            files_before,
            "{file} changed the vault"
        );
    }
    assert!(!work.path().parent().unwrap().join("evil.pdf").exists());
    // Nothing left over in the data folder either (no extracted database, no staging).
    let leftovers: Vec<_> = std::fs::read_dir(target.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".restore-") || n.starts_with(".backup-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(common::files_under(&target.path().join("vault/tmp")).is_empty());
}

#[test]
fn a_restore_first_saves_the_current_data_which_can_be_restored_back() {
    let home = tempfile::tempdir().unwrap();
    let (store, _, _) = filled_store(home.path());
    let archive = home.path().join("old.zip");
    store.create_backup(&archive, &mut |_| {}).unwrap();

    let target = tempfile::tempdir().unwrap();
    let current = Store::open_in(target.path()).unwrap();
    let files = tempfile::tempdir().unwrap();
    current
        .create_application(common::application("Seulement ici", "OMS", None))
        .unwrap();
    current
        .add_document(
            &common::write(files.path(), "diplome.pdf", &common::pdf(1, 77)),
            DocumentKind::DiplomaCopies,
            "",
            None,
        )
        .unwrap();
    let before = dump(target.path());

    current.restore_backup(&archive, &mut |_| {}).unwrap();
    assert_eq!(dump(target.path()), dump(home.path()));
    // The diploma only the replaced data used has left the vault.
    assert_eq!(current.check_vault().unwrap(), Default::default());
    assert_eq!(
        vault_files(target.path())
            .iter()
            .filter(|p| !p.starts_with(target.path().join("vault/thumbs")))
            .count(),
        2
    );

    let overview = current.backup_overview().unwrap();
    let saved: Vec<_> = overview
        .backups
        .iter()
        .filter(|b| b.kind == "before_restore")
        .collect();
    assert_eq!(saved.len(), 1);
    current
        .restore_backup(Path::new(&saved[0].path), &mut |_| {})
        .unwrap();
    let mut after = dump(target.path());
    let mut expected = before;
    // Only the settings differ: none here, the two stores never changed them.
    after.remove("settings");
    expected.remove("settings");
    assert_eq!(after, expected);
}

#[test]
fn a_failure_inside_the_replacement_leaves_the_old_data_whole() {
    let home = tempfile::tempdir().unwrap();
    let (store, _, _) = filled_store(home.path());
    let snapshot = home.path().join("snap.sqlite3");
    let other = tempfile::tempdir().unwrap();
    let (current, _, _) = filled_store(other.path());
    current
        .create_application(common::application("En plus", "X", None))
        .unwrap();
    let before = dump(other.path());
    store.snapshot_database(&snapshot).unwrap();
    let err = current
        .replace_all_data(&snapshot, || Err(Error::Corrupt("disk gone".into())))
        .unwrap_err();
    assert!(err.to_string().contains("disk gone"));
    assert_eq!(dump(other.path()), before);
    // And the store still works.
    current
        .create_application(common::application("Après", "X", None))
        .unwrap();
}

#[test]
fn orphan_files_are_swept_and_referenced_ones_kept() {
    let home = tempfile::tempdir().unwrap();
    let (store, _, _) = filled_store(home.path());
    let orphan_sha = sha(b"orphan");
    let orphan = format!("{}/{orphan_sha}.pdf", &orphan_sha[..2]);
    let path = store.vault().unwrap().file_path(&orphan).unwrap();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, b"orphan").unwrap();
    let thumb = store.vault().unwrap().thumbnail_path(&orphan_sha).unwrap();
    std::fs::write(&thumb, b"png").unwrap();
    // A file of the user's own in the vault folder is not ours to judge.
    std::fs::write(home.path().join("vault/notes.txt"), b"mine").unwrap();

    let report = store.check_vault().unwrap();
    assert_eq!(report.orphans, vec![orphan.clone()]);
    assert!(report.missing.is_empty());
    assert_eq!(store.sweep_vault_orphans().unwrap(), 1);
    assert!(!path.exists() && !thumb.exists());
    assert!(home.path().join("vault/notes.txt").exists());
    assert_eq!(store.check_vault().unwrap(), Default::default());
    assert_eq!(store.documents(common::day("2026-11-23")).unwrap().len(), 2);
}

#[test]
fn a_vault_file_gone_behind_the_apps_back_stops_the_backup_and_names_the_document() {
    let home = tempfile::tempdir().unwrap();
    let (store, _, _) = filled_store(home.path());
    let doc = store
        .documents(common::day("2026-11-23"))
        .unwrap()
        .into_iter()
        .find(|d| d.document.kind == DocumentKind::Cv)
        .unwrap();
    let file = store
        .vault()
        .unwrap()
        .file_path(&doc.document.stored_file)
        .unwrap();
    std::fs::remove_file(&file).unwrap();
    let dest = home.path().join("b.zip");
    let err = store.create_backup(&dest, &mut |_| {}).unwrap_err();
    match err {
        Error::Document { document, reason } => {
            assert_eq!(document.id, Some(doc.document.id));
            assert_eq!(format!("{reason:?}"), "FileMissing");
        }
        other => panic!("{other}"),
    }
    assert!(!dest.exists());
    assert_eq!(
        store.check_vault().unwrap().missing,
        vec![doc.document.stored_file]
    );
    // A damaged copy (changed bytes) is refused the same way, never carried silently.
    std::fs::write(&file, b"%PDF-1.4 not the same").unwrap();
    let err = store.create_backup(&dest, &mut |_| {}).unwrap_err();
    assert!(matches!(err, Error::Document { .. }), "{err}");
    assert!(!dest.exists());
    let partials: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(partials.is_empty());
}

#[test]
fn a_backup_a_day_is_made_and_the_last_seven_kept() {
    let home = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap());
    let store = Store::open_in(home.path())
        .unwrap()
        .with_clock(clock.clock());
    // Nothing to lose yet: no backup.
    assert_eq!(store.auto_backup_if_due().unwrap(), None);
    store
        .create_application(common::application("Poste", "ONG", None))
        .unwrap();
    assert!(store.auto_backup_enabled().unwrap());
    let first = store.auto_backup_if_due().unwrap().expect("first backup");
    assert!(
        first.ends_with("backups/postulo-auto-2026-11-01.zip"),
        "{first:?}"
    );
    // Once a day only.
    clock.advance(Duration::hours(2));
    assert_eq!(store.auto_backup_if_due().unwrap(), None);
    for _ in 0..9 {
        clock.advance(Duration::days(1));
        assert!(store.auto_backup_if_due().unwrap().is_some());
    }
    let names: Vec<String> = store
        .backup_overview()
        .unwrap()
        .backups
        .iter()
        .map(|b| b.file_name.clone())
        .collect();
    assert_eq!(names.len(), 7);
    assert!(names.contains(&"postulo-auto-2026-11-10.zip".to_owned()));
    assert!(!names.contains(&"postulo-auto-2026-11-03.zip".to_owned()));
    // A file of the candidate's own in the folder is never pruned.
    std::fs::write(store.backup_folder().unwrap().join("mon-fichier.zip"), b"x").unwrap();
    store.set_auto_backup(false).unwrap();
    clock.advance(Duration::days(1));
    assert_eq!(store.auto_backup_if_due().unwrap(), None);
    assert!(!store.backup_overview().unwrap().auto_daily);
    assert!(store
        .backup_folder()
        .unwrap()
        .join("mon-fichier.zip")
        .exists());
    // Each one restores.
    let newest = &store.backup_overview().unwrap().backups[0];
    let dir = tempfile::tempdir().unwrap();
    let fresh = Store::open_in(dir.path()).unwrap();
    fresh
        .restore_backup(Path::new(&newest.path), &mut |_| {})
        .unwrap();
    assert_eq!(fresh.list_applications().unwrap().len(), 1);
}

#[test]
fn the_daily_backups_go_to_the_folder_the_candidate_chose_and_earlier_ones_stay_listed() {
    let home = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap());
    let store = Store::open_in(&home.path().join("data"))
        .unwrap()
        .with_clock(clock.clock());
    store
        .create_application(common::application("Poste", "ONG", None))
        .unwrap();
    // Data kept in a folder of its own (not the platform's): backups beside it.
    let beside = home.path().join("data").join("backups");
    assert_eq!(store.backup_folder().unwrap(), beside);
    assert!(!store.backup_overview().unwrap().folder_chosen);
    let first = store.auto_backup_if_due().unwrap().unwrap();
    assert!(first.starts_with(&beside));

    // A relative path or a folder that cannot be written is refused; nothing changes.
    let refused = store.set_backup_folder(Some(Path::new("sauvegardes")));
    assert_eq!(refused.unwrap_err().code(), ErrorCode::Validation);
    let blocker = home.path().join("un-fichier");
    std::fs::write(&blocker, b"x").unwrap();
    assert!(store
        .set_backup_folder(Some(&blocker.join("dessous")))
        .is_err());
    assert_eq!(store.backup_folder().unwrap(), beside);

    // A folder of one's own (a USB stick, say): created, used from the next backup on.
    let usb = home.path().join("cle-usb").join("Postulo");
    let overview = store.set_backup_folder(Some(&usb)).unwrap();
    assert!(overview.folder_chosen);
    assert_eq!(overview.folder, usb.display().to_string());
    clock.advance(Duration::days(1));
    let second = store.auto_backup_if_due().unwrap().unwrap();
    assert!(second.starts_with(&usb), "{second:?}");
    // Both are listed, the newest first, wherever they are.
    let listed: Vec<String> = store
        .backup_overview()
        .unwrap()
        .backups
        .iter()
        .map(|b| b.path.clone())
        .collect();
    assert_eq!(
        listed,
        [second.display().to_string(), first.display().to_string()]
    );
    // Back to the default.
    assert!(!store.set_backup_folder(None).unwrap().folder_chosen);
    assert_eq!(store.backup_folder().unwrap(), beside);
}

#[test]
fn the_platform_data_folder_backs_up_to_documents_and_any_other_beside_itself() {
    let other = Path::new("/srv/postulo-portable/data");
    assert_eq!(
        postulo_core::data_dir::default_backup_folder(other),
        other.join("backups")
    );
    let platform = directories::ProjectDirs::from("", "", "Postulo").expect("a home folder");
    let folder = postulo_core::data_dir::default_backup_folder(platform.data_dir());
    match postulo_core::data_dir::documents_folder() {
        Some(documents) => assert_eq!(folder, documents.join("Postulo").join("Sauvegardes")),
        // A session with no Documents folder at all (a bare server): beside the data.
        None => assert_eq!(folder, platform.data_dir().join("backups")),
    }
    // ~/Documents is found even where the desktop names no folder (no xdg-user-dirs).
    let home = directories::UserDirs::new()
        .unwrap()
        .home_dir()
        .join("Documents");
    if home.is_dir() {
        assert!(postulo_core::data_dir::documents_folder().is_some());
    }
}
