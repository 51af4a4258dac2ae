//! A JPEG or PNG scan added to the documents: the vault's staging (type by content,
//! dimensions checked against the 100-megapixel limit, decoded, EXIF orientation applied,
//! thumbnail encoded), then the picture in a dossier, as it is (JPEG copied, PNG
//! losslessly re-compressed when needed) and in e-mail mode with a limit so small that the
//! scan is decoded and re-encoded at the ladder's best and smallest settings.

#![no_main]

use libfuzzer_sys::fuzz_target;
use postulo_core::dossier::SizeMode;
use postulo_core_fuzz::{dossier_estimate, stage};

fuzz_target!(|data: &[u8]| {
    stage(data);
    let extension = if data.starts_with(b"\x89PNG") {
        "png"
    } else {
        "jpg"
    };
    dossier_estimate(data, extension, SizeMode::Lossless);
    dossier_estimate(data, extension, SizeMode::Email { limit_bytes: 1 });
});
