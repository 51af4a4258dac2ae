//! What the fuzz targets share: the posting checks, a scratch vault, and a one-document
//! dossier. See docs/fuzzing.md at the repository's root.
//!
//! The checks below are the promises the core makes about its results (spans inside the
//! text, one page per picture...). A broken promise panics, and libFuzzer keeps the input.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveTime};
use postulo_core::dossier::{self, DossierDocument, DossierInput, SizeMode};
use postulo_core::model::{
    Application, ApplyMethod, Deadline, DocumentKind, Language, Profile, Status,
};
use postulo_core::posting::{parse_posting, Found, PostingDraft};
use postulo_core::vault::{FileType, Vault};

/// The user's zone when the posting names no place we know.
pub const DEFAULT_TIMEZONE: &str = "Africa/Bamako";

/// Parses a posting as pasted, then drafts the application, checking every span.
pub fn posting(text: &str) -> PostingDraft {
    let parsed = parse_posting(text);
    let spans = [
        parsed.title.as_ref().map(span),
        parsed.organization.as_ref().map(span),
        parsed.reference.as_ref().map(span),
        parsed.location.as_ref().map(span),
        parsed.contract.as_ref().map(span),
        parsed.deadline.as_ref().map(span),
        parsed.apply_email.as_ref().map(span),
        parsed.apply_address.as_ref().map(span),
        parsed.email_subject.as_ref().map(span),
    ];
    let documents = parsed
        .documents_now
        .iter()
        .chain(&parsed.documents_later)
        .map(span);
    for range in spans.into_iter().flatten().chain(documents) {
        assert!(
            range.start <= range.end && text.get(range.clone()).is_some(),
            "span {range:?} is not a range of the text ({} bytes)",
            text.len()
        );
    }
    let draft = parsed.draft(text, DEFAULT_TIMEZONE);
    assert_eq!(draft.text, text);
    let units = text.encode_utf16().count();
    let ranges = draft
        .fields
        .iter()
        .map(|f| (f.start, f.end))
        .chain(draft.documents.iter().map(|d| (d.start, d.end)));
    for (start, end) in ranges {
        assert!(
            start <= end && end as usize <= units,
            "UTF-16 span {start}..{end} outside the text ({units} units)"
        );
    }
    assert!(
        draft.checklist.len() >= 2,
        "the checklist always has the CV and the cover letter"
    );
    draft
}

fn span<T>(found: &Found<T>) -> std::ops::Range<usize> {
    found.span.clone()
}

/// A folder private to this process, on a RAM disk when there is one (the vault syncs
/// every staged file to disk). Left behind when libFuzzer exits, with the vault's empty
/// folders and the last file given to the dossier.
pub fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let shm = Path::new("/dev/shm");
        let builder = tempfile::Builder::new().prefix("postulo-fuzz-").tempdir();
        let dir = if shm.is_dir() {
            tempfile::Builder::new()
                .prefix("postulo-fuzz-")
                .tempdir_in(shm)
                .or(builder)
        } else {
            builder
        };
        match dir {
            Ok(dir) => dir.keep(),
            Err(e) => panic!("no scratch folder: {e}"),
        }
    })
}

/// What adding the file to the vault gives: its type, page count and whether a thumbnail
/// was made; `None` when the vault refuses the file (an error, never a panic).
pub fn stage(bytes: &[u8]) -> Option<(FileType, Option<i64>, bool)> {
    let vault = Vault::new(scratch().join("vault"));
    let staged = vault.stage_reader(bytes, Some(bytes.len() as u64)).ok()?;
    assert_eq!(staged.size, bytes.len() as u64);
    if matches!(staged.file_type, FileType::Jpeg | FileType::Png) {
        assert_eq!(staged.page_count, Some(1), "a picture is one page");
    }
    if let Some(pages) = staged.page_count {
        assert!(pages >= 0, "{pages} pages");
    }
    // Dropping the staged copy deletes it.
    Some((staged.file_type, staged.page_count, staged.has_thumbnail()))
}

/// Puts the file in a one-document dossier and asks for its size, as the dossier screen
/// does before exporting (the same work as the export, written to a byte counter).
pub fn dossier_estimate(bytes: &[u8], extension: &str, mode: SizeMode) {
    let path = scratch().join(format!("document.{extension}"));
    if std::fs::write(&path, bytes).is_err() {
        return;
    }
    let mime = match extension {
        "pdf" => "application/pdf",
        "jpg" => "image/jpeg",
        _ => "image/png",
    };
    let input = input(DossierDocument {
        document_id: Some(1),
        item_id: Some(1),
        kind: DocumentKind::Cv,
        label: "Curriculum vitae".into(),
        title: "CV".into(),
        path,
        mime: mime.into(),
    });
    let cancel = AtomicBool::new(false);
    if let Ok(summary) = dossier::estimate(&input, mode, &mut |_| {}, &cancel) {
        assert_eq!(summary.documents.len(), 1);
        let document_pages: u32 = summary.documents.iter().map(|d| d.pages).sum();
        assert_eq!(summary.pages, summary.cover_pages + document_pages);
        assert!(document_pages >= 1, "a document has at least one page");
    }
}

fn input(document: DossierDocument) -> DossierInput {
    DossierInput {
        language: Language::Fr,
        profile: Profile {
            first_name: "Aïssata".into(),
            last_name: "Traoré".into(),
            email: Some("aissata.traore@example.org".into()),
            phone: Some("+223 76 12 34 56".into()),
            postal_address: Some("Rue 310, porte 42\nHamdallaye ACI 2000, Bamako".into()),
        },
        application: Application {
            id: 7,
            title: "Coordinateur·trice Santé Mentale".into(),
            organization: "Œuvre d’entraide « Sœurs du Sahel »".into(),
            organization_type: None,
            reference: Some("REF N°013/12/CPSM-SP/BKO/2025".into()),
            location: Some("Bamako, Mali".into()),
            contract: None,
            source_url: None,
            apply_method: Some(ApplyMethod::Email),
            apply_email: Some("recrutement@example.org".into()),
            apply_subject: Some("REF N°013/12/CPSM-SP/BKO/2025".into()),
            apply_cc: Vec::new(),
            apply_url: None,
            apply_address: None,
            deadline: NaiveDate::from_ymd_opt(2025, 12, 26).map(|date| Deadline {
                date,
                time: NaiveTime::from_hms_opt(17, 0, 0),
                timezone: "Africa/Bamako".into(),
            }),
            status: Status::Ready,
            notes: None,
            created_at: String::new(),
            updated_at: String::new(),
        },
        documents: vec![document],
        prepared_on: NaiveDate::from_ymd_opt(2025, 12, 12).unwrap_or_default(),
    }
}
