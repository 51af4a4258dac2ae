//! An imported posting file: bytes read as a .pdf (lopdf's text extraction), or, for a ZIP
//! container, as a Word .docx and an OpenDocument .odt; the text found is then parsed and
//! drafted. The path of `draft_from_file` without the file system.

#![no_main]

use libfuzzer_sys::fuzz_target;
use postulo_core::posting::input::text_from_bytes;
use postulo_core_fuzz::posting;

fuzz_target!(|data: &[u8]| {
    let names: &[&str] = if data.starts_with(b"PK\x03\x04") {
        &["posting.docx", "posting.odt"]
    } else {
        &["posting.pdf"]
    };
    for name in names {
        if let Ok(text) = text_from_bytes(data, name) {
            assert!(!text.trim().is_empty(), "{name}: empty text is an error");
            posting(&text);
        }
    }
});
