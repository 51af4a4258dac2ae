//! The dossier's assembly: check every document, shrink scans in e-mail mode, lay out the
//! cover, then write the pages, bookmarks, page labels and metadata in one pass.

use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use lopdf::{dictionary, Object, ObjectId, StringFormat};
use sha2::{Digest, Sha256};

use crate::vault::MAX_DECODE_BYTES;

use super::cover::{CoverContent, CoverFonts, ListedDocument};
use super::folio::Folios;
use super::geometry::{Orientation, Placement};
use super::pdf::LoadedPdf;
use super::picture::{self, Picture};
use super::shrink::{Scan, Shrunk, Step, LADDER};
use super::source::{self, document_error, Source};
use super::writer::PdfWriter;
use super::{words, DocumentSummary, DossierInput, DossierSummary, SizeMode, Stage, Tracker};
use crate::error::{DocumentRef, Error, Invalid, Result};
use budget::shrink_to_fit;

mod budget;

/// Room kept under an e-mail limit for what the size model does not count exactly (the
/// outline, the cross-reference table, page dictionaries).
const LIMIT_MARGIN: f64 = 0.985;
/// Bytes a picture's page adds besides the image data.
const PICTURE_OVERHEAD: u64 = 700;
/// Bytes of the catalog, outline root, info, trailer, per document and overall.
const PER_DOCUMENT_OVERHEAD: u64 = 300;
const FIXED_OVERHEAD: u64 = 2_000;
/// Settings of the ladder tried at most: the best, the smallest, then a bisection of the
/// six between.
pub(super) const MAX_STEPS_TRIED: u32 = 5;
/// Documents checked, scans shrunk if asked, cover laid out: ready to write.
pub(super) struct Prepared {
    sources: Vec<Source>,
    shrunk: Vec<Option<Shrunk>>,
    step: Option<Step>,
    /// `None` for a piece sent on its own, which has no cover or list.
    cover: Option<LoadedPdf>,
    listed: Vec<ListedDocument>,
    too_large: Vec<usize>,
    limit: Option<u64>,
}

pub(super) fn prepare(
    input: &DossierInput,
    mode: SizeMode,
    with_cover: bool,
    tracker: &mut Tracker<'_>,
) -> Result<Prepared> {
    tracker.check()?;
    let mut sources = Vec::with_capacity(input.documents.len());
    let mut sizes = Vec::with_capacity(input.documents.len());
    for doc in &input.documents {
        let (source, size) = source::inspect(doc)?;
        sources.push(source);
        sizes.push(size);
        tracker.step(Stage::Reading)?;
    }
    let (listed, cover) = if with_cover {
        let fonts =
            CoverFonts::load(&document_title(input)).map_err(|e| Error::Corrupt(e.to_string()))?;
        let (listed, total_pages) = layout(input, &sources, &fonts);
        let cover_bytes = fonts.render(&cover_content(input), &listed, total_pages);
        let cover = LoadedPdf::load(&cover_bytes).map_err(|p| {
            Error::Corrupt(format!("the cover pages could not be read back: {p:?}"))
        })?;
        (listed, Some(cover))
    } else {
        (Vec::new(), None)
    };

    let mut prepared = Prepared {
        shrunk: sources.iter().map(|_| None).collect(),
        sources,
        step: None,
        cover,
        listed,
        too_large: Vec::new(),
        limit: None,
    };
    if let SizeMode::Email { limit_bytes } = mode {
        prepared.limit = Some(limit_bytes);
        shrink_to_fit(input, &mut prepared, &sizes, limit_bytes, tracker)?;
    }
    Ok(prepared)
}

fn cover_content(input: &DossierInput) -> CoverContent<'_> {
    CoverContent {
        language: input.language,
        profile: &input.profile,
        application: &input.application,
        prepared_on: input.prepared_on,
    }
}

/// Page numbers: the cover, the list (as many pages as its rows need), then the documents.
fn layout(
    input: &DossierInput,
    sources: &[Source],
    fonts: &CoverFonts,
) -> (Vec<ListedDocument>, usize) {
    let texts: Vec<(String, String)> = input
        .documents
        .iter()
        .map(|d| (d.label.clone(), d.title.clone()))
        .collect();
    let cover_pages = 1 + super::cover::list_pages(&fonts.row_sizes(&texts));
    let mut next = cover_pages + 1;
    let listed = input
        .documents
        .iter()
        .zip(sources)
        .map(|(doc, source)| {
            let pages = source.page_count();
            let first_page = next;
            next += pages;
            ListedDocument {
                label: doc.label.clone(),
                title: doc.title.clone(),
                pages,
                first_page,
            }
        })
        .collect();
    (listed, next - 1)
}

fn placement_of(source: &Source) -> Option<Placement> {
    match source {
        Source::Jpeg(info) => Some(Placement::fit(
            info.width,
            info.height,
            info.dpi,
            info.orientation,
        )),
        Source::Png(info) => Some(Placement::fit(
            info.width,
            info.height,
            info.dpi,
            Orientation::Normal,
        )),
        Source::Pdf(_) => None,
    }
}

/// Bytes a picture takes when embedded as it is.
fn lossless_image_bytes(source: &Source, file_size: u64) -> u64 {
    match source {
        Source::Png(info) if info.copies_as_is() => info.idat_len() as u64,
        _ => file_size,
    }
}

/// What a PDF's pages take once copied (written to a counter).
fn pdf_bytes(pdf: &LoadedPdf) -> Result<u64> {
    let mut w = PdfWriter::new(io::sink()).map_err(io_error)?;
    let parent = w.reserve();
    let start = w.written();
    pdf.write(&mut w, parent, None).map_err(io_error)?;
    Ok(w.written() - start)
}

fn io_error(e: io::Error) -> Error {
    Error::io(Path::new("dossier"), e)
}

/// Writes the whole dossier into `out`; I/O errors name `target`.
pub(super) fn write<W: Write>(
    input: &DossierInput,
    prepared: &Prepared,
    out: W,
    target: &Path,
    tracker: &mut Tracker<'_>,
) -> Result<(W, DossierSummary)> {
    let io = |e: io::Error| Error::io(target, e);
    let mut w = PdfWriter::new(out).map_err(io)?;
    let catalog = w.reserve();
    let pages_root = w.reserve();
    let info = w.reserve();
    let mut kids: Vec<ObjectId> = match &prepared.cover {
        Some(cover) => cover.write(&mut w, pages_root, None).map_err(io)?,
        None => Vec::new(),
    };
    let cover_pages = kids.len();
    // A whole dossier numbers every page, as its cover and list do; a piece sent on its
    // own stays exactly as it is.
    let folios = match prepared.cover {
        Some(_) => {
            let total = cover_pages
                + prepared
                    .sources
                    .iter()
                    .map(Source::page_count)
                    .sum::<usize>();
            Some(Folios::new(&mut w, total).map_err(io)?)
        }
        None => None,
    };
    tracker.step(Stage::Writing)?;

    let mut documents = Vec::with_capacity(input.documents.len());
    let mut first_pages = Vec::with_capacity(input.documents.len());
    for (i, (doc, source)) in input.documents.iter().zip(&prepared.sources).enumerate() {
        let start = w.written();
        first_pages.push(kids.len());
        let shrunk = prepared.shrunk.get(i).and_then(Option::as_ref);
        let folio = folios.as_ref().map(|f| (f, kids.len() + 1));
        match (source, shrunk) {
            (Source::Pdf(pdf), _) => {
                kids.extend(pdf.write(&mut w, pages_root, folio).map_err(io)?);
            }
            (_, Some(s)) => {
                let placement = placement_of(source).unwrap_or_else(|| {
                    Placement::fit(s.width, s.height, None, Orientation::Normal)
                });
                let picture = Picture::Jpeg {
                    bytes: &s.jpeg,
                    width: s.width,
                    height: s.height,
                    components: s.components,
                    adobe: false,
                };
                kids.push(
                    picture::write_page(&mut w, pages_root, &picture, &placement, folio)
                        .map_err(io)?,
                );
            }
            (_, None) => kids.push(write_picture(&mut w, pages_root, doc, source, folio, io)?),
        }
        documents.push(DocumentSummary {
            document: DocumentRef {
                id: doc.document_id,
                title: doc.title.clone(),
            },
            label: doc.label.clone(),
            first_page: prepared
                .listed
                .get(i)
                .map_or(first_pages.last().map_or(1, |&p| p as u32 + 1), |l| {
                    l.first_page as u32
                }),
            pages: source.page_count() as u32,
            bytes: w.written() - start,
            shrunk: shrunk.is_some(),
        });
        tracker.step(Stage::Writing)?;
    }

    let outline = write_outline(&mut w, input, &kids, cover_pages, &first_pages).map_err(io)?;
    w.write(
        pages_root,
        &Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids.iter().map(|&k| Object::Reference(k)).collect::<Vec<_>>(),
            "Count" => kids.len() as i64,
        }),
    )
    .map_err(io)?;
    let language = input.language.as_str();
    w.write(
        catalog,
        &Object::Dictionary(dictionary! {
            "Type" => "Catalog",
            "Pages" => pages_root,
            "Outlines" => outline,
            "PageMode" => "UseOutlines",
            // Page numbers as the list of enclosed documents gives them.
            "PageLabels" => dictionary! {
                "Nums" => vec![0.into(), Object::Dictionary(dictionary! { "S" => "D" })],
            },
            "Lang" => Object::string_literal(language),
            "ViewerPreferences" => dictionary! { "DisplayDocTitle" => true },
        }),
    )
    .map_err(io)?;
    let title = document_title(input);
    let author = words::candidate_name(&input.profile.first_name, &input.profile.last_name);
    let now = chrono::Utc::now();
    let mut info_dict = dictionary! {
        "Title" => text_string(&title),
        "Subject" => text_string(&format!("{} — {}", input.application.title, input.application.organization)),
        "Creator" => text_string("Postulo"),
        "Producer" => text_string("Postulo"),
        "CreationDate" => Object::string_literal(now.format("D:%Y%m%d%H%M%SZ").to_string()),
    };
    if !author.is_empty() {
        info_dict.set("Author", text_string(&author));
    }
    w.write(info, &Object::Dictionary(info_dict)).map_err(io)?;

    let mut id = Sha256::new();
    id.update(title.as_bytes());
    id.update(now.to_rfc3339().as_bytes());
    id.update(w.written().to_le_bytes());
    let digest = id.finalize();
    let mut file_id = [0u8; 16];
    file_id.copy_from_slice(&digest[..16]);
    let (out, bytes) = w.finish(catalog, info, file_id).map_err(io)?;
    tracker.check()?;
    let summary = DossierSummary {
        bytes,
        pages: kids.len() as u32,
        cover_pages: cover_pages as u32,
        documents,
        limit_bytes: prepared.limit,
        fits: prepared.limit.is_none_or(|limit| bytes <= limit),
        too_large: prepared
            .too_large
            .iter()
            .filter_map(|&i| input.documents.get(i))
            .map(|d| DocumentRef {
                id: d.document_id,
                title: d.title.clone(),
            })
            .collect(),
        jpeg_quality: prepared.step.map(|s| s.quality),
        dpi: prepared.step.map(|s| s.dpi as u32),
    };
    Ok((out, summary))
}

/// A picture embedded as it is: JPEG bytes, PNG data, or PNG pixels compressed again.
fn write_picture<W: Write>(
    w: &mut PdfWriter<W>,
    parent: ObjectId,
    doc: &super::DossierDocument,
    source: &Source,
    folio: Option<(&Folios, usize)>,
    io: impl Fn(io::Error) -> Error,
) -> Result<ObjectId> {
    let placement = placement_of(source)
        .ok_or_else(|| Error::Corrupt("a picture without a placement".to_owned()))?;
    let bytes = source::read_file(doc)?;
    let page = match source {
        Source::Jpeg(info) => {
            let picture = Picture::Jpeg {
                bytes: &bytes,
                width: info.width,
                height: info.height,
                components: info.components,
                adobe: info.adobe,
            };
            picture::write_page(w, parent, &picture, &placement, folio)
        }
        Source::Png(info) if info.copies_as_is() => {
            let picture = Picture::PngData {
                bytes: &bytes,
                info,
            };
            picture::write_page(w, parent, &picture, &placement, folio)
        }
        Source::Png(_) => {
            let decoded = super::png::decode_lossless(&bytes, MAX_DECODE_BYTES)
                .map_err(|_| document_error(doc, Invalid::FileCorrupt))?;
            picture::write_page(w, parent, &Picture::Decoded(&decoded), &placement, folio)
        }
        Source::Pdf(_) => return Err(Error::Corrupt("a PDF taken for a picture".to_owned())),
    };
    page.map_err(io)
}

/// One bookmark for the list of enclosed documents, then one per document.
fn write_outline<W: Write>(
    w: &mut PdfWriter<W>,
    input: &DossierInput,
    kids: &[ObjectId],
    cover_pages: usize,
    first_pages: &[usize],
) -> io::Result<ObjectId> {
    let root = w.reserve();
    let list_title = words::words(input.language).list_title.to_owned();
    let mut entries: Vec<(String, ObjectId)> = Vec::new();
    if cover_pages > 0 {
        if let Some(&page) = kids.get(1.min(cover_pages - 1)) {
            entries.push((list_title, page));
        }
    }
    for (i, (doc, &first)) in input.documents.iter().zip(first_pages).enumerate() {
        if let Some(&page) = kids.get(first) {
            entries.push((format!("{}. {}", i + 1, doc.label), page));
        }
    }
    let ids: Vec<ObjectId> = entries.iter().map(|_| w.reserve()).collect();
    for (n, ((title, page), &id)) in entries.iter().zip(&ids).enumerate() {
        let mut item = dictionary! {
            "Title" => text_string(title),
            "Parent" => root,
            "Dest" => vec![Object::Reference(*page), "Fit".into()],
        };
        if n > 0 {
            item.set("Prev", ids[n - 1]);
        }
        if let Some(&next) = ids.get(n + 1) {
            item.set("Next", next);
        }
        w.write(id, &Object::Dictionary(item))?;
    }
    let mut root_dict = dictionary! { "Type" => "Outlines", "Count" => ids.len() as i64 };
    if let (Some(&first), Some(&last)) = (ids.first(), ids.last()) {
        root_dict.set("First", first);
        root_dict.set("Last", last);
    }
    w.write(root, &Object::Dictionary(root_dict))?;
    Ok(root)
}

/// A PDF text string: PDFDocEncoding is ASCII-compatible, anything else goes as UTF-16BE
/// with its byte order mark, which every reader decodes.
fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        return Object::String(s.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// `Dossier de candidature — Aïssata TRAORÉ — Coordinateur Protection (COOPI)`.
fn document_title(input: &DossierInput) -> String {
    let heading = match input.language {
        crate::model::Language::Fr => "Dossier de candidature",
        crate::model::Language::En => "Application file",
    };
    let name = words::candidate_name(&input.profile.first_name, &input.profile.last_name);
    let post = format!(
        "{} ({})",
        input.application.title, input.application.organization
    );
    if name.is_empty() {
        format!("{heading} — {post}")
    } else {
        format!("{heading} — {name} — {post}")
    }
}
