//! A PDF checked as it enters the vault, with what the dossier will need of it: a PDF that
//! needs a password, or one cut short or damaged, would be accepted today and refused on
//! the day of the export. Here the candidate hears it at once, and is offered the way out:
//! an unlocked copy made with the password they know, or a repaired copy with the pages
//! that could be recovered (and which ones were lost).

use lopdf::{Document, LoadOptions, Object, ObjectId};
use serde::{Deserialize, Serialize};

use super::pdf::{page_with_inherited, reachable, LoadedPdf, PdfProblem, MAX_DECOMPRESSED};

/// What was done to a PDF so that it can go into a dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum PdfFix {
    /// It needed a password: the vault keeps a copy without it.
    Unlocked,
    /// It was damaged: the vault keeps a copy with the pages that could be read.
    Repaired {
        pages_kept: u32,
        /// The pages lost, numbered as in the original (1 = first).
        pages_lost: Vec<u32>,
    },
}

/// Why a PDF cannot go into the vault as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntakeProblem {
    /// It needs a password, and none (or a wrong one) was given.
    NeedsPassword,
    WrongPassword,
    /// Not one page could be read.
    Unrecoverable,
}

/// `None`: the PDF goes into a dossier as it is. Otherwise the bytes to keep instead, and
/// what was done.
pub(crate) fn intake(
    bytes: &[u8],
    password: Option<&str>,
) -> Result<Option<(Vec<u8>, PdfFix)>, IntakeProblem> {
    match LoadedPdf::load(bytes) {
        Ok(_) => Ok(None),
        Err(PdfProblem::Encrypted) => {
            let password = password
                .filter(|p| !p.is_empty())
                .ok_or(IntakeProblem::NeedsPassword)?;
            unlock(bytes, password).map(|b| Some((b, PdfFix::Unlocked)))
        }
        Err(PdfProblem::Corrupt) => repair(bytes).map(|(b, fix)| Some((b, fix))),
    }
}

fn options(password: Option<&str>) -> LoadOptions {
    LoadOptions {
        password: password.map(str::to_owned),
        max_decompressed_size: Some(MAX_DECOMPRESSED),
        ..LoadOptions::default()
    }
}

/// The PDF opened with `password` and written again without its protection.
fn unlock(bytes: &[u8], password: &str) -> Result<Vec<u8>, IntakeProblem> {
    // Opened with the password only if it is the right one (lopdf checks it on loading).
    let mut doc = Document::load_mem_with_options(bytes, options(Some(password)))
        .map_err(|_| IntakeProblem::WrongPassword)?;
    if doc.is_encrypted() && doc.decrypt(password).is_err() {
        return Err(IntakeProblem::WrongPassword);
    }
    doc.trailer.remove(b"Encrypt");
    let saved = save(&mut doc).ok_or(IntakeProblem::Unrecoverable)?;
    match LoadedPdf::load(&saved) {
        Ok(_) => Ok(saved),
        // Opened, but damaged besides: repaired as any damaged file.
        Err(PdfProblem::Corrupt) => repair(&saved).map(|(b, _)| b),
        Err(PdfProblem::Encrypted) => Err(IntakeProblem::WrongPassword),
    }
}

/// The pages that can be read, in a new file; which were lost.
fn repair(bytes: &[u8]) -> Result<(Vec<u8>, PdfFix), IntakeProblem> {
    let loaded = match Document::load_mem_with_options(bytes, options(None)) {
        Ok(doc) => Ok((doc, 0)),
        Err(_) => {
            // Many writers put the catalog last: a file cut short has lost it, and with it
            // the way to its pages. Give the pages that remain a catalog of their own.
            let (rooted, announced) = with_new_root(bytes).ok_or(IntakeProblem::Unrecoverable)?;
            Document::load_mem_with_options(&rooted, options(None))
                .map(|doc| (doc, announced))
                .map_err(|_| IntakeProblem::Unrecoverable)
        }
    };
    let (mut doc, announced) = loaded?;
    if doc.is_encrypted() {
        return Err(IntakeProblem::NeedsPassword);
    }
    let pages: Vec<(u32, ObjectId)> = doc.get_pages().into_iter().collect();
    let declared = declared_pages(&doc).max(announced).max(pages.len() as u32);
    // A page is kept when it and everything it uses could be read.
    let whole = |id: ObjectId| {
        page_with_inherited(&doc, id)
            .and_then(|dict| reachable(&doc, &[(id, dict)]))
            .is_ok()
            && doc
                .get_dictionary(id)
                .is_ok_and(|d| d.get(b"Contents").is_ok())
    };
    let broken: Vec<u32> = pages
        .iter()
        .filter(|&&(_, id)| !whole(id))
        .map(|&(n, _)| n)
        .collect();
    let kept = pages.len() as u32 - broken.len() as u32;
    if kept == 0 {
        return Err(IntakeProblem::Unrecoverable);
    }
    let mut lost = broken.clone();
    lost.extend(pages.len() as u32 + 1..=declared);
    flatten_page_tree(&mut doc, &pages, &broken).ok_or(IntakeProblem::Unrecoverable)?;
    doc.prune_objects();
    let saved = save(&mut doc).ok_or(IntakeProblem::Unrecoverable)?;
    LoadedPdf::load(&saved).map_err(|_| IntakeProblem::Unrecoverable)?;
    Ok((
        saved,
        PdfFix::Repaired {
            pages_kept: kept,
            pages_lost: lost,
        },
    ))
}

/// `bytes` with a page tree and a catalog appended that list every page object found in
/// the file, in the file's order, and a trailer pointing to them (the reader rebuilds the
/// cross-reference table by scanning); and the page count the old page tree announced, if
/// it is still there. `None` when no page object is found.
fn with_new_root(bytes: &[u8]) -> Option<(Vec<u8>, u32)> {
    use regex::bytes::Regex;
    use std::sync::LazyLock;
    static OBJECT: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r"(?-u)(\d+)\s+(\d+)\s+obj\b").ok());
    static PAGE: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r"(?-u)/Type\s*/Page\b").ok());
    static COUNT: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(r"(?-u)/Type\s*/Pages\b[^>]*/Count\s+(\d+)|/Count\s+(\d+)[^>]*/Type\s*/Pages\b")
            .ok()
    });
    let (object, page, count) = (OBJECT.as_ref()?, PAGE.as_ref()?, COUNT.as_ref()?);
    let announced = count
        .captures_iter(bytes)
        .filter_map(|c| c.get(1).or_else(|| c.get(2)))
        .filter_map(|n| std::str::from_utf8(n.as_bytes()).ok()?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    let starts: Vec<(usize, u32, u16)> = object
        .captures_iter(bytes)
        .filter_map(|c| {
            let number = std::str::from_utf8(c.get(1)?.as_bytes())
                .ok()?
                .parse()
                .ok()?;
            let generation = std::str::from_utf8(c.get(2)?.as_bytes())
                .ok()?
                .parse()
                .ok()?;
            Some((c.get(0)?.end(), number, generation))
        })
        .collect();
    let mut pages = Vec::new();
    for (i, &(start, number, generation)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(bytes.len(), |next| next.0);
        let body = bytes.get(start..end)?;
        // Only the object's own dictionary: a stream's data may hold anything.
        let head = body
            .windows(6)
            .position(|w| w == b"stream")
            .map_or(body, |at| &body[..at]);
        if page.is_match(head) {
            pages.push(format!("{number} {generation} R"));
        }
    }
    if pages.is_empty() {
        return None;
    }
    let next = starts.iter().map(|s| s.1).max().unwrap_or(0) + 1;
    let mut out = bytes.to_vec();
    // The last object may stop inside a stream: closed, so that what follows is read.
    out.extend(b"\nendstream\nendobj\n");
    out.extend(
        format!(
            "\n{next} 0 obj\n<< /Type /Pages /Kids [{}] /Count {} >>\nendobj\n\
             {} 0 obj\n<< /Type /Catalog /Pages {next} 0 R >>\nendobj\n\
             trailer\n<< /Size {} /Root {} 0 R >>\n%%EOF\n",
            pages.join(" "),
            pages.len(),
            next + 1,
            next + 2,
            next + 1,
        )
        .as_bytes(),
    );
    Some((out, announced))
}

/// Makes the page tree one node holding the pages kept, in order: a damaged tree may still
/// list pages that are gone (a cut file), which readers would count.
fn flatten_page_tree(doc: &mut Document, pages: &[(u32, ObjectId)], broken: &[u32]) -> Option<()> {
    let root = doc
        .catalog()
        .ok()?
        .get(b"Pages")
        .ok()?
        .as_reference()
        .ok()?;
    let mut kids = Vec::new();
    for &(number, id) in pages {
        if broken.contains(&number) {
            continue;
        }
        // The page carries what it inherited, since its old parents go.
        let mut dict = page_with_inherited(doc, id).ok()?;
        dict.set("Parent", Object::Reference(root));
        doc.objects.insert(id, Object::Dictionary(dict));
        kids.push(Object::Reference(id));
    }
    let count = kids.len() as i64;
    let tree = doc.get_dictionary_mut(root).ok()?;
    tree.set("Kids", kids);
    tree.set("Count", count);
    Some(())
}

/// The page count the file's page tree announces (a file cut short may list pages it no
/// longer holds), or 0 when it cannot be read.
fn declared_pages(doc: &Document) -> u32 {
    doc.catalog()
        .ok()
        .and_then(|c| c.get(b"Pages").ok())
        .and_then(|p| p.as_reference().ok())
        .and_then(|id| doc.get_dictionary(id).ok())
        .and_then(|d| d.get(b"Count").ok().and_then(|c| Object::as_i64(c).ok()))
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0)
}

fn save(doc: &mut Document) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    doc.save_to(&mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PDF of `pages` pages, each with its own content stream (written uncompressed, so
    /// that a test can cut the file inside a given page).
    fn pdf(pages: usize) -> Vec<u8> {
        use lopdf::{dictionary, Stream};
        let mut doc = Document::with_version("1.4");
        let tree = doc.new_object_id();
        let kids: Vec<Object> = (0..pages)
            .map(|i| {
                let content = format!("0 0 1 rg {} 10 50 50 re f", 10 + i).into_bytes();
                let contents = doc.add_object(Stream::new(dictionary! {}, content));
                let page = doc.add_object(dictionary! {
                    "Type" => "Page",
                    "Parent" => tree,
                    "MediaBox" => vec![0.into(), 0.into(), 200.into(), 200.into()],
                    "Contents" => contents,
                });
                page.into()
            })
            .collect();
        doc.objects.insert(
            tree,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => kids, "Count" => pages as i64,
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => tree });
        doc.trailer.set("Root", catalog);
        save(&mut doc).unwrap()
    }

    #[test]
    fn a_sound_pdf_is_kept_as_it_is() {
        assert_eq!(intake(&pdf(2), None), Ok(None));
    }

    #[test]
    fn a_pdf_cut_short_keeps_the_pages_before_the_cut_and_names_the_others() {
        let whole = pdf(4);
        // Cut inside the third page's content stream: pages 3 and 4 are lost.
        let cut = whole
            .windows(6)
            .position(|w| w == b"12 10 ")
            .unwrap_or(whole.len() / 2);
        let (bytes, fix) = intake(&whole[..cut], None).unwrap().unwrap();
        assert_eq!(
            fix,
            PdfFix::Repaired {
                pages_kept: 2,
                pages_lost: vec![3, 4]
            }
        );
        let loaded = LoadedPdf::load(&bytes).unwrap();
        assert_eq!(loaded.page_count(), 2);
    }

    #[test]
    fn nothing_readable_is_refused() {
        assert_eq!(
            intake(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", None),
            Err(IntakeProblem::Unrecoverable)
        );
    }
}
