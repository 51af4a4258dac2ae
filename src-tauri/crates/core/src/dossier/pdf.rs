//! PDF documents in the dossier: their pages copied as they are.
//!
//! A document is loaded with lopdf, checked (not encrypted, not truncated, every object its
//! pages use present), and its pages are written into the dossier with everything they
//! reference, renumbered. Content streams, fonts and pictures keep their bytes; only the
//! page dictionaries change (their parent, and the attributes they inherited from the old
//! page tree, which they now carry themselves).

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};

use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};

use super::folio::{inline_resources, Folios};
use super::writer::PdfWriter;

/// Attributes a page inherits from its ancestors in the page tree (PDF 32000, 7.7.3.4).
const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];
/// A decompressed object stream may not exceed this (a guard against zip bombs).
pub(super) const MAX_DECOMPRESSED: usize = 256 * 1024 * 1024;
/// How far from the end the `%%EOF` marker may be (some tools append junk after it).
const EOF_WINDOW: usize = 2048;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfProblem {
    /// Opening it needs a password.
    Encrypted,
    /// Not a PDF, cut short, or missing objects its pages need.
    Corrupt,
}

/// A PDF ready to be copied: its pages in order and every object they use.
#[derive(Debug)]
pub struct LoadedPdf {
    doc: Document,
    /// Each page and its dictionary with the inherited attributes added.
    pages: Vec<(ObjectId, Dictionary)>,
    /// Objects reachable from the pages, in a stable order; the pages come first.
    objects: Vec<ObjectId>,
}

impl LoadedPdf {
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Loads and checks a PDF. A PDF protected only against changes (an owner password,
    /// opened by anyone without typing one) is accepted: lopdf decrypts it, and the dossier
    /// carries its pages as any reader shows them. One that needs a password to be opened
    /// is refused: the candidate must remove the password first.
    pub fn load(bytes: &[u8]) -> Result<Self, PdfProblem> {
        let tail = &bytes[bytes.len().saturating_sub(EOF_WINDOW)..];
        if !tail.windows(5).any(|w| w == b"%%EOF") {
            // Cut short (an interrupted download): lopdf would rebuild what remains, and
            // the candidate would send half a document without knowing.
            return Err(PdfProblem::Corrupt);
        }
        let options = LoadOptions {
            max_decompressed_size: Some(MAX_DECOMPRESSED),
            ..LoadOptions::default()
        };
        let doc = match Document::load_mem_with_options(bytes, options) {
            Ok(doc) => doc,
            Err(e) if is_password_error(&e) => return Err(PdfProblem::Encrypted),
            Err(_) => return Err(PdfProblem::Corrupt),
        };
        if doc.is_encrypted() {
            return Err(PdfProblem::Encrypted);
        }
        let pages = doc
            .page_iter()
            .map(|id| Ok((id, page_with_inherited(&doc, id)?)))
            .collect::<Result<Vec<_>, PdfProblem>>()?;
        if pages.is_empty() {
            return Err(PdfProblem::Corrupt);
        }
        let objects = reachable(&doc, &pages)?;
        Ok(Self {
            doc,
            pages,
            objects,
        })
    }

    /// Writes the pages (and what they use) with `parent` as their parent; returns the new
    /// page object numbers in order. With `folio`, each page gets its number stamped in
    /// the footer margin, the first one the number given.
    pub fn write<W: Write>(
        &self,
        w: &mut PdfWriter<W>,
        parent: ObjectId,
        folio: Option<(&Folios, usize)>,
    ) -> io::Result<Vec<ObjectId>> {
        let mut renumbered: HashMap<ObjectId, ObjectId> = HashMap::new();
        for (old, _) in &self.pages {
            renumbered.insert(*old, w.reserve());
        }
        for old in &self.objects {
            if !renumbered.contains_key(old) {
                renumbered.insert(*old, w.reserve());
            }
        }
        let mut new_pages = Vec::with_capacity(self.pages.len());
        for (old, dict) in &self.pages {
            let Some(&new) = renumbered.get(old) else {
                continue;
            };
            let mut dict = dict.clone();
            if folio.is_some() {
                // The stamp adds its font to this page's resources alone.
                inline_resources(&mut dict, |id| self.doc.get_object(id).ok().cloned());
            }
            let mut page = Object::Dictionary(dict);
            renumber(&mut page, &renumbered);
            if let Object::Dictionary(dict) = &mut page {
                dict.set("Parent", parent);
                if let Some((folios, first)) = folio {
                    folios.stamp(w, dict, first + new_pages.len())?;
                }
            }
            w.write(new, &page)?;
            new_pages.push(new);
        }
        let pages: HashSet<ObjectId> = self.pages.iter().map(|(id, _)| *id).collect();
        for old in self.objects.iter().filter(|id| !pages.contains(id)) {
            let (Some(&new), Ok(object)) = (renumbered.get(old), self.doc.get_object(*old)) else {
                continue;
            };
            let mut object = object.clone();
            renumber(&mut object, &renumbered);
            match object {
                Object::Stream(stream) => {
                    w.write_stream(new, stream.dict, &[&stream.content])?;
                }
                other => w.write(new, &other)?,
            }
        }
        Ok(new_pages)
    }
}

/// The page's dictionary with the attributes it inherits from its ancestors copied in.
pub(super) fn page_with_inherited(
    doc: &Document,
    page: ObjectId,
) -> Result<Dictionary, PdfProblem> {
    let mut dict = doc
        .get_dictionary(page)
        .map_err(|_| PdfProblem::Corrupt)?
        .clone();
    let mut node = doc.get_dictionary(page).ok();
    let mut seen = HashSet::new();
    while let Some(current) = node {
        for key in INHERITED {
            if !dict.has(key) {
                if let Ok(value) = current.get(key) {
                    dict.set(key.to_vec(), value.clone());
                }
            }
        }
        node = match current.get(b"Parent").and_then(Object::as_reference) {
            Ok(id) if seen.insert(id) => doc.get_dictionary(id).ok(),
            _ => None,
        };
    }
    if !dict.has(b"MediaBox") {
        // Required, but some generators forget it; readers then assume a standard size.
        dict.set(
            "MediaBox",
            vec![0.into(), 0.into(), 595.276.into(), 841.89.into()],
        );
    }
    Ok(dict)
}

fn is_password_error(e: &lopdf::Error) -> bool {
    let text = e.to_string().to_ascii_lowercase();
    text.contains("password") || text.contains("decrypt") || text.contains("encrypt")
}

/// Every object the pages use, following references but not `/Parent` (which leads back
/// into the old page tree and from there to every other page and the old catalog).
/// A reference to a missing object is allowed by the format (it reads as null), but in a
/// file whose cross-reference table had to be rebuilt it means lost data.
pub(super) fn reachable(
    doc: &Document,
    pages: &[(ObjectId, Dictionary)],
) -> Result<Vec<ObjectId>, PdfProblem> {
    let rebuilt = doc.xref_recovery.is_some();
    let mut seen: HashSet<ObjectId> = pages.iter().map(|(id, _)| *id).collect();
    let mut order: Vec<ObjectId> = pages.iter().map(|(id, _)| *id).collect();
    let mut stack: Vec<&Object> = Vec::new();
    for (_, dict) in pages {
        push_values(dict, &mut stack);
    }
    let mut at = pages.len();
    loop {
        while let Some(object) = stack.pop() {
            match object {
                Object::Reference(r) if !is_tree_node(doc, *r) && seen.insert(*r) => {
                    order.push(*r);
                }
                Object::Array(items) => stack.extend(items.iter()),
                Object::Dictionary(dict) => push_values(dict, &mut stack),
                Object::Stream(stream) => push_values(&stream.dict, &mut stack),
                _ => {}
            }
        }
        let Some(&id) = order.get(at) else { break };
        at += 1;
        match doc.get_object(id) {
            Ok(object) => stack.push(object),
            Err(_) if rebuilt => return Err(PdfProblem::Corrupt),
            Err(_) => {}
        }
    }
    Ok(order)
}

fn push_values<'a>(dict: &'a Dictionary, stack: &mut Vec<&'a Object>) {
    for (key, value) in dict.iter() {
        if key.as_slice() != b"Parent" {
            stack.push(value);
        }
    }
}

/// The old catalog and page-tree nodes are never copied: the dossier has its own.
fn is_tree_node(doc: &Document, id: ObjectId) -> bool {
    doc.get_dictionary(id)
        .ok()
        .and_then(|d| d.get(b"Type").ok())
        .and_then(|t| t.as_name().ok())
        .is_some_and(|t| t == b"Pages" || t == b"Catalog")
}

/// Points references at the new numbers; a reference to something not copied (the old
/// page tree, a missing object) becomes null, as the format reads it anyway.
fn renumber(object: &mut Object, map: &HashMap<ObjectId, ObjectId>) {
    match object {
        Object::Reference(r) => match map.get(r) {
            Some(new) => *r = *new,
            None => *object = Object::Null,
        },
        Object::Array(items) => items.iter_mut().for_each(|i| renumber(i, map)),
        Object::Dictionary(dict) => renumber_dict(dict, map),
        Object::Stream(stream) => renumber_dict(&mut stream.dict, map),
        _ => {}
    }
}

fn renumber_dict(dict: &mut Dictionary, map: &HashMap<ObjectId, ObjectId>) {
    for (key, value) in dict.iter_mut() {
        // A page's parent is set by the caller; other parents (form fields) are dropped.
        if key.as_slice() == b"Parent"
            && matches!(value, Object::Reference(r) if !map.contains_key(r))
        {
            *value = Object::Null;
            continue;
        }
        renumber(value, map);
    }
}
