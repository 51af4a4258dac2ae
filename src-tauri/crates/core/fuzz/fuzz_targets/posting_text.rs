//! A pasted posting: any bytes, as text. Valid UTF-8 is parsed as it is; invalid
//! sequences become U+FFFD (the clipboard gives the parser a `&str`). The same bytes are
//! then decoded as a .txt file would be (BOM, UTF-16, Windows-1252) and parsed when that
//! gives another text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use postulo_core::posting::input::text_from_bytes;
use postulo_core_fuzz::posting;

fuzz_target!(|data: &[u8]| {
    let pasted = String::from_utf8_lossy(data);
    posting(&pasted);
    if let Ok(decoded) = text_from_bytes(data, "posting.txt") {
        if decoded != pasted {
            posting(&decoded);
        }
    }
});
