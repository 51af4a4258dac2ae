//! Documents: adding files to the vault, listing them with who uses them, editing their
//! dates, and deleting them without ever leaving a checklist item pointing to nothing.
//!
//! Same content twice: under the same kind it is the same document (the existing row is
//! returned, `already_in_vault`); under another kind (one scan holding two pieces) a
//! second row shares the stored file. A file is removed only when no row refers to its
//! hash any more.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row};

use super::rows::read_deadline;
use super::rows::{day_text, parse_date_opt, parse_kind};
use super::{document_texts, now_utc, Store};
use crate::dossier::pdf_intake::IntakeProblem;
use crate::dossier::PdfFix;
use crate::error::{Error, Invalid, Result};
use crate::model::{
    expires_before_deadline, sanitize_file_name, validate_title, validity, AddedDocument,
    ApplicationRef, Document, DocumentKind, DocumentListItem, DocumentUpdate, DocumentUse,
    Language,
};
use crate::vault::Vault;

/// Folder of the vault inside the data folder.
pub const VAULT_DIR: &str = "vault";

pub(super) const DOCUMENT_COLUMNS: &str = "d.id, d.kind, d.title, d.original_name,
    d.stored_file, d.size_bytes, d.sha256, d.mime, d.page_count, d.issued_on, d.valid_until,
    d.certified_on, d.has_thumbnail, d.created_at, d.archived_at, d.replaced_by";

/// Statuses whose checklist still changes with the vault: the application is being
/// prepared. Once sent (and after), an application keeps the pieces it was sent with.
const PREPARING: &str = "('to_prepare', 'ready')";

impl Store {
    /// The vault beside the database file. An in-memory store has none.
    pub fn vault(&self) -> Result<Vault> {
        let dir = self.path().and_then(Path::parent).ok_or(Error::NoVault)?;
        Ok(Vault::new(dir.join(VAULT_DIR)))
    }

    /// Copies the file at `path` into the vault and records it. `title` may be blank: the
    /// file's name is used. `valid_until` follows the kind's rule (3 months for a criminal
    /// record); change it with [`Store::update_document`].
    ///
    /// The copy happens before the database is locked, so a 100 MB file does not block the
    /// rest of the app; if anything fails, neither the vault nor the database changes.
    pub fn add_document(
        &self,
        path: &Path,
        kind: DocumentKind,
        title: &str,
        issued_on: Option<NaiveDate>,
    ) -> Result<AddedDocument> {
        self.add_dated_document(path, kind, title, issued_on, None, None)
    }

    /// [`Self::add_document`] with the password of a protected PDF: the vault keeps a copy
    /// without the protection (the candidate is told, through `AddedDocument::fixed`).
    pub fn add_protected_document(
        &self,
        path: &Path,
        kind: DocumentKind,
        title: &str,
        issued_on: Option<NaiveDate>,
        password: &str,
    ) -> Result<AddedDocument> {
        self.add_dated_document(path, kind, title, issued_on, None, Some(password))
    }

    /// [`Self::add_document`] with a certified copy's stamp date, written in the same insert
    /// (so a copy never lands in the vault without the date it carries).
    fn add_dated_document(
        &self,
        path: &Path,
        kind: DocumentKind,
        title: &str,
        issued_on: Option<NaiveDate>,
        certified_on: Option<NaiveDate>,
        password: Option<&str>,
    ) -> Result<AddedDocument> {
        let original_name = path
            .file_name()
            .map(|n| sanitize_file_name(&n.to_string_lossy()))
            .filter(|n| !n.is_empty())
            .ok_or(Error::invalid("file", Invalid::FileName))?;
        let title = if title.trim().is_empty() {
            title_from_file_name(&original_name, kind)
        } else {
            validate_title(title)?
        };
        let valid_until = kind.default_valid_until(issued_on);
        let vault = self.vault()?;
        // Leftovers of a crash are swept here, where the vault is being written anyway.
        vault.sweep_stale_staging();
        // A PDF that the dossier could not take is said now, not on the day of the export;
        // one that can be made fit (unlocked, repaired) is kept as that copy.
        let (staged, fixed) = match fixed_pdf(path, password)? {
            Some((bytes, fix)) => (
                vault.stage_reader(std::io::Cursor::new(bytes), None)?,
                Some(fix),
            ),
            None => (vault.stage_file(path)?, None),
        };

        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let existing: Option<i64> = tx
            .query_row(
                "SELECT id FROM documents WHERE sha256 = ?1 AND kind = ?2",
                (&staged.sha256, kind.as_str()),
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            // Puts the file back if it went missing from the vault; else drops the copy.
            vault.commit(staged)?;
            let document = get_document(&tx, id)?;
            return Ok(AddedDocument {
                document,
                already_in_vault: true,
                fixed,
            });
        }
        let stored_file = staged.stored_file();
        let sha256 = staged.sha256.clone();
        let (size, mime, pages) = (staged.size, staged.file_type.mime(), staged.page_count);
        let committed = vault.commit(staged)?;
        let inserted = (|| -> Result<Document> {
            tx.execute(
                "INSERT INTO documents (kind, title, original_name, stored_file, size_bytes,
                    sha256, mime, page_count, issued_on, valid_until, has_thumbnail,
                    created_at, certified_on)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                rusqlite::params![
                    kind.as_str(),
                    &title,
                    &original_name,
                    &stored_file,
                    i64::try_from(size)
                        .map_err(|_| Error::invalid("file", Invalid::FileTooLarge))?,
                    &sha256,
                    mime,
                    pages,
                    issued_on.map(day_text),
                    valid_until.map(day_text),
                    committed.has_thumbnail,
                    now_utc(),
                    certified_on.map(day_text),
                ],
            )?;
            let id = tx.last_insert_rowid();
            // Read in the add dialog: kept now, and its suggestions were already shown.
            if let Some(text) = self.readings.take(&sha256) {
                document_texts::keep_text(&tx, id, Some(&text), None)?;
            }
            get_document(&tx, id)
        })();
        let result = inserted.and_then(|doc| {
            tx.commit()?;
            Ok(doc)
        });
        match result {
            Ok(document) => Ok(AddedDocument {
                document,
                already_in_vault: false,
                fixed,
            }),
            Err(e) => {
                // The transaction rolled back: a file written for it would be referenced
                // by nothing.
                if committed.created_file {
                    let _ = vault.remove_content(&stored_file, &sha256);
                }
                Err(e)
            }
        }
    }

    /// Adds a straightened copy of a photographed document (a picture): the sheet cut out
    /// and flattened on a clean A4 page, the same kind and issue date, titled « … (redressé) ».
    /// The original stays as it is; the candidate compares both and attaches the one they
    /// prefer, and the dossier's e-mail size mode works on whichever is attached.
    pub fn add_straightened_copy(&self, id: i64, language: Language) -> Result<AddedDocument> {
        let title_suffix = crate::labels::straightened_copy(language);
        let original = self.document(id)?;
        if !original.mime.starts_with("image/") {
            return Err(Error::invalid("file", Invalid::FileType));
        }
        let path = self.document_file(id)?;
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let (jpeg, _) = crate::ocr::straighten::straightened_page(&bytes)?;
        // Written inside the vault's own folder (never the system's temporary one: the
        // candidate's documents stay in their data folder), under the name the copy keeps.
        let tmp = self.vault()?.root().join("tmp");
        std::fs::create_dir_all(&tmp).map_err(|e| Error::io(&tmp, e))?;
        let staging = tempfile::Builder::new()
            .prefix(crate::atomic_write::TEMP_PREFIX)
            .tempdir_in(&tmp)
            .map_err(|e| Error::io(&tmp, e))?;
        let stem = Path::new(&original.original_name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let copy = staging.path().join(format!("{stem}{title_suffix}.jpg"));
        crate::atomic_write::write_bytes(&copy, &jpeg)?;
        let title = format!("{}{title_suffix}", original.title);
        // The same certified copy, photographed: its stamp's date goes with it.
        self.add_dated_document(
            &copy,
            original.kind,
            &title,
            original.issued_on,
            original.certified_on,
            None,
        )
    }

    pub fn document(&self, id: i64) -> Result<Document> {
        get_document(&self.conn(), id)
    }

    /// Every document, newest first, with its validity on `today` and the applications
    /// that use it (two queries, whatever the number of documents).
    pub fn documents(&self, today: NaiveDate) -> Result<Vec<DocumentListItem>> {
        let conn = self.conn();
        let mut uses = document_uses(&conn)?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {DOCUMENT_COLUMNS}, t.document_id IS NOT NULL AS text_read,
                t.suggested_kind, t.suggested_issued_on
             FROM documents d LEFT JOIN document_texts t ON t.document_id = d.id
             WHERE d.archived_at IS NULL
             ORDER BY d.created_at DESC, d.id DESC"
        ))?;
        let rows = stmt.query_map([], |row| {
            Ok((
                read_document(row)?,
                row.get::<_, bool>("text_read")?,
                row.get::<_, Option<String>>("suggested_kind")?,
                row.get::<_, Option<String>>("suggested_issued_on")?,
            ))
        })?;
        rows.map(|row| {
            let (document, text_read, kind, issued_on) = row?;
            let document = document?;
            let suggestion = document_texts::read_suggestion(kind, issued_on)?;
            Ok(DocumentListItem {
                validity: validity(document.valid_until, today),
                used_by: uses.remove(&document.id).unwrap_or_default(),
                text_read,
                suggestion: document_texts::shown(suggestion, &document),
                document,
            })
        })
        .collect()
    }

    /// Changes a document's kind, title and dates. A `valid_until` of `None` applies the
    /// kind's rule from the issue date.
    pub fn update_document(&self, id: i64, update: DocumentUpdate) -> Result<Document> {
        let update = update.normalized_on(self.today())?;
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let current = get_document(&tx, id)?;
        if current.kind != update.kind {
            let clash: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM documents WHERE sha256 = ?1 AND kind = ?2)",
                (&current.sha256, update.kind.as_str()),
                |r| r.get(0),
            )?;
            if clash {
                return Err(Error::invalid("kind", Invalid::Duplicate));
            }
        }
        tx.execute(
            "UPDATE documents SET kind = ?1, title = ?2, issued_on = ?3, valid_until = ?4,
                certified_on = ?5
             WHERE id = ?6",
            (
                update.kind.as_str(),
                &update.title,
                update.issued_on.map(day_text),
                update.valid_until.map(day_text),
                update.certified_on.map(day_text),
                id,
            ),
        )?;
        let doc = get_document(&tx, id)?;
        tx.commit()?;
        Ok(doc)
    }

    /// Deletes a document from the vault. If applications being prepared use it and
    /// `force` is false, nothing happens and [`Error::InUse`] names them (the UI asks
    /// first). With `force`, their items become missing in the same transaction.
    ///
    /// Applications already sent keep it: what was sent stays what was sent. The document
    /// is then only archived (the vault no longer lists it) and goes for good with the last
    /// application that holds it. The stored file goes only when no other document shares
    /// its content.
    pub fn delete_document(&self, id: i64, force: bool) -> Result<()> {
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        get_document(&tx, id)?;
        let users = applications_preparing_with(&tx, id)?;
        if !users.is_empty() && !force {
            return Err(Error::InUse {
                entity: "document",
                id,
                applications: users,
            });
        }
        tx.execute(
            &format!(
                "UPDATE checklist_items SET document_id = NULL, state = 'missing'
                 WHERE document_id = ?1 AND application_id IN
                    (SELECT id FROM applications WHERE status IN {PREPARING})"
            ),
            [id],
        )?;
        tx.execute(
            "UPDATE documents SET archived_at = ?2 WHERE id = ?1 AND archived_at IS NULL",
            (id, now_utc()),
        )?;
        let unused = purge_archived(&tx)?;
        tx.commit()?;
        // Still under the connection lock, so no add of the same content can interleave.
        self.remove_stored_files(&unused);
        Ok(())
    }

    /// « Renouveler »: adds the file at `path` as the new version of document `old_id` (same
    /// kind and title, its own issue date), and moves to it the pieces of the applications
    /// `applications` (being prepared) that used the old one. Applications already sent
    /// keep the old one; the old one is marked as replaced, so it no longer calls for
    /// renewal, and stays in the vault for the applications that still use it.
    pub fn renew_document(
        &self,
        old_id: i64,
        path: &Path,
        issued_on: Option<NaiveDate>,
        applications: &[i64],
    ) -> Result<AddedDocument> {
        let old = self.document(old_id)?;
        if old.archived {
            return Err(Error::NotFound {
                entity: "document",
                id: old_id,
            });
        }
        // Checked before the file is copied, so that a refused renewal adds nothing; again
        // in the transaction, which is what counts.
        for &application in applications {
            check_preparing(&self.conn(), application)?;
        }
        let added = self.add_document(path, old.kind, &old.title, issued_on)?;
        if added.document.id == old_id {
            // The same file again: nothing to renew.
            return Err(Error::invalid("file", Invalid::Duplicate));
        }
        let new_id = added.document.id;
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        for &application in applications {
            check_preparing(&tx, application)?;
            tx.execute(
                "UPDATE checklist_items SET document_id = ?1
                 WHERE document_id = ?2 AND application_id = ?3",
                (new_id, old_id, application),
            )?;
        }
        tx.execute(
            "UPDATE documents SET replaced_by = ?1 WHERE id = ?2",
            (new_id, old_id),
        )?;
        let document = get_document(&tx, new_id)?;
        tx.commit()?;
        Ok(AddedDocument {
            document,
            already_in_vault: added.already_in_vault,
            fixed: added.fixed,
        })
    }

    /// Removes stored files no document refers to any more. Should removal fail, the rows
    /// are gone anyway and the file is merely unreferenced (`check_vault` lists it).
    pub(super) fn remove_stored_files(&self, files: &[(String, String)]) {
        if files.is_empty() {
            return;
        }
        if let Ok(vault) = self.vault() {
            for (stored_file, sha256) in files {
                let _ = vault.remove_content(stored_file, sha256);
            }
        }
    }

    /// The stored file of a document, to open it or put it in a dossier.
    pub fn document_file(&self, id: i64) -> Result<PathBuf> {
        let doc = self.document(id)?;
        self.vault()?.file_path(&doc.stored_file)
    }

    /// The document's thumbnail (PNG, at most 256 px), if one could be made.
    pub fn document_thumbnail(&self, id: i64) -> Result<Option<PathBuf>> {
        let doc = self.document(id)?;
        if !doc.has_thumbnail {
            return Ok(None);
        }
        Ok(Some(self.vault()?.thumbnail_path(&doc.sha256)?))
    }
}

/// For a PDF the dossier could not take as it is: the bytes to keep instead and what was
/// done (see `dossier::pdf_intake`). Anything else, or a sound PDF: `None`, and the file is
/// copied as it is.
fn fixed_pdf(path: &Path, password: Option<&str>) -> Result<Option<(Vec<u8>, PdfFix)>> {
    use std::io::Read;
    let unreadable = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => Error::invalid("file", Invalid::FileMissing),
        _ => Error::invalid("file", Invalid::FileUnreadable),
    };
    // Not a regular file (a folder, a path that does not exist): the copy says why.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return Ok(None);
    }
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    let mut head = [0u8; 1024];
    let read = file.read(&mut head).map_err(unreadable)?;
    if !head[..read].windows(5).any(|w| w == b"%PDF-") {
        return Ok(None);
    }
    let size = file.metadata().map_err(unreadable)?.len();
    if size > crate::vault::MAX_FILE_BYTES {
        // The copy refuses it, with its own message.
        return Ok(None);
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    match crate::dossier::pdf_intake::intake(&bytes, password) {
        Ok(fixed) => Ok(fixed),
        Err(IntakeProblem::NeedsPassword) => Err(Error::invalid("file", Invalid::FileEncrypted)),
        Err(IntakeProblem::WrongPassword) => {
            Err(Error::invalid("password", Invalid::WrongPassword))
        }
        Err(IntakeProblem::Unrecoverable) => Err(Error::invalid("file", Invalid::FileCorrupt)),
    }
}

/// "CV_Aissata_2025.pdf" → "CV_Aissata_2025"; the kind's name if nothing is left.
fn title_from_file_name(name: &str, kind: DocumentKind) -> String {
    let stem = match name.rsplit_once('.') {
        Some((stem, _)) if !stem.trim().is_empty() => stem,
        _ => name,
    };
    validate_title(stem).unwrap_or_else(|_| kind.label(Language::Fr).to_owned())
}

pub(super) fn get_document(conn: &Connection, id: i64) -> Result<Document> {
    conn.prepare_cached(&format!(
        "SELECT {DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?1"
    ))?
    .query_row([id], read_document)
    .optional()?
    .ok_or(Error::NotFound {
        entity: "document",
        id,
    })?
}

/// Refuses an application that is not being prepared: a sent one keeps what it was sent
/// with.
fn check_preparing(conn: &Connection, application: i64) -> Result<()> {
    let preparing: Option<bool> = conn
        .query_row(
            &format!("SELECT status IN {PREPARING} FROM applications WHERE id = ?1"),
            [application],
            |r| r.get(0),
        )
        .optional()?;
    match preparing {
        None => Err(Error::NotFound {
            entity: "application",
            id: application,
        }),
        Some(false) => Err(Error::invalid("applications", Invalid::Unknown)),
        Some(true) => Ok(()),
    }
}

/// Deletes the archived documents no application holds any more; returns the stored files
/// (path, hash) that no document refers to after that, for the caller to remove once the
/// transaction is committed.
pub(super) fn purge_archived(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, stored_file, sha256 FROM documents d
         WHERE archived_at IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM checklist_items i WHERE i.document_id = d.id)",
    )?;
    let gone: Vec<(i64, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut unused = Vec::new();
    for (id, stored_file, sha256) in gone {
        conn.execute("DELETE FROM documents WHERE id = ?1", [id])?;
        let shared: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM documents WHERE sha256 = ?1)",
            [&sha256],
            |r| r.get(0),
        )?;
        if !shared && !unused.iter().any(|(_, s)| s == &sha256) {
            unused.push((stored_file, sha256));
        }
    }
    Ok(unused)
}

/// The applications being prepared whose checklists use a document, each once: those
/// that would lose the piece if it went.
fn applications_preparing_with(conn: &Connection, document_id: i64) -> Result<Vec<ApplicationRef>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT DISTINCT a.id, a.title, a.organization FROM checklist_items i
         JOIN applications a ON a.id = i.application_id
         WHERE i.document_id = ?1 AND a.status IN {PREPARING} ORDER BY a.id"
    ))?;
    let rows = stmt.query_map([document_id], |r| {
        Ok(ApplicationRef {
            id: r.get(0)?,
            title: r.get(1)?,
            organization: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every use of every document, grouped by document id.
fn document_uses(conn: &Connection) -> Result<HashMap<i64, Vec<DocumentUse>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT i.document_id, i.id, a.id, a.title, a.organization,
            a.deadline_date, a.deadline_time, a.deadline_tz, d.valid_until,
            a.status IN {PREPARING}
         FROM checklist_items i
         JOIN applications a ON a.id = i.application_id
         JOIN documents d ON d.id = i.document_id
         ORDER BY a.deadline_utc IS NULL, a.deadline_utc, i.id"
    ))?;
    let mut rows = stmt.query([])?;
    let mut uses: HashMap<i64, Vec<DocumentUse>> = HashMap::new();
    while let Some(r) = rows.next()? {
        let deadline = read_deadline(r.get(5)?, r.get(6)?, r.get(7)?)?;
        let valid_until = parse_date_opt(r.get(8)?)?;
        uses.entry(r.get(0)?).or_default().push(DocumentUse {
            application: ApplicationRef {
                id: r.get(2)?,
                title: r.get(3)?,
                organization: r.get(4)?,
            },
            checklist_item_id: r.get(1)?,
            expires_before_deadline: expires_before_deadline(valid_until, deadline.as_ref()),
            preparing: r.get(9)?,
        });
    }
    Ok(uses)
}

/// Reads the columns of [`DOCUMENT_COLUMNS`] (outer `Result` is SQLite's, inner ours).
pub(super) fn read_document(row: &Row<'_>) -> rusqlite::Result<Result<Document>> {
    let kind: String = row.get("kind")?;
    let issued_on: Option<String> = row.get("issued_on")?;
    let valid_until: Option<String> = row.get("valid_until")?;
    let certified_on: Option<String> = row.get("certified_on")?;
    let mut doc = Document {
        id: row.get("id")?,
        kind: DocumentKind::Other,
        title: row.get("title")?,
        original_name: row.get("original_name")?,
        stored_file: row.get("stored_file")?,
        size_bytes: row.get("size_bytes")?,
        sha256: row.get("sha256")?,
        mime: row.get("mime")?,
        page_count: row.get("page_count")?,
        issued_on: None,
        valid_until: None,
        certified_on: None,
        has_thumbnail: row.get("has_thumbnail")?,
        created_at: row.get("created_at")?,
        archived: row.get::<_, Option<String>>("archived_at")?.is_some(),
        replaced_by: row.get("replaced_by")?,
    };
    Ok((|| {
        doc.kind = parse_kind(&kind)?;
        doc.issued_on = parse_date_opt(issued_on)?;
        doc.valid_until = parse_date_opt(valid_until)?;
        doc.certified_on = parse_date_opt(certified_on)?;
        Ok(doc)
    })())
}
