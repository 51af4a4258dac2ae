//! A PDF added to the documents: the vault's staging (type by content, page count with
//! lopdf, first-page thumbnail rendered with hayro), then the PDF in a dossier (loaded and
//! checked with lopdf, pages copied with everything they use, size estimated).

#![no_main]

use libfuzzer_sys::fuzz_target;
use postulo_core::dossier::SizeMode;
use postulo_core_fuzz::{dossier_estimate, stage};

fuzz_target!(|data: &[u8]| {
    stage(data);
    dossier_estimate(data, "pdf", SizeMode::Lossless);
});
