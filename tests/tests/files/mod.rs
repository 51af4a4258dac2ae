//! Real files for the end-to-end tests: a PDF with text as a word processor writes a CV, and
//! a scan-like JPEG. Shared by the tests that put documents in the vault.

#![allow(dead_code)] // each test file uses what it needs
#![allow(clippy::unwrap_used)] // test code

use std::path::Path;

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Object, Stream};

/// A real PDF with text, as a word processor would export a CV.
pub fn write_pdf(path: &Path, pages: usize) {
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut kids = Vec::new();
    for n in 1..=pages {
        let content = Content {
            operations: vec![
                Operation::new("BT", vec![]),
                Operation::new("Tf", vec!["F1".into(), 28.into()]),
                Operation::new("Td", vec![72.into(), 720.into()]),
                Operation::new(
                    "Tj",
                    vec![Object::string_literal(format!(
                        "Curriculum vitae - page {n}"
                    ))],
                ),
                Operation::new("ET", vec![]),
            ],
        };
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
        kids.push(
            doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            })
            .into(),
        );
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => pages as i64,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    doc.save(path).unwrap();
}

/// A phone-camera-like scan: an A4-shaped greyish page with dark "text" lines.
pub fn write_jpeg(path: &Path) {
    let img = image::RgbImage::from_fn(620, 877, |x, y| {
        let line = (y / 24) % 2 == 0 && (80..540).contains(&x) && y > 100;
        if line {
            image::Rgb([40, 40, 48])
        } else {
            image::Rgb([236, 234, 228])
        }
    });
    img.save(path).unwrap();
}
