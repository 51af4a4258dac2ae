//! File decoding: text encodings, PDF, .docx, .odt and the typed errors.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::io::{Cursor, Write};

use postulo_core::posting::input::{text_from_bytes, InputError, MAX_FILE_BYTES};
use postulo_core::posting::parse_posting;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/postings");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/{name}")).unwrap()
}

fn zip(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        w.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(content.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn utf8_with_and_without_bom() {
    let text = "Date limite : 26 décembre 2025 à 17h00";
    assert_eq!(text_from_bytes(text.as_bytes(), "a.txt").unwrap(), text);
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(text.as_bytes());
    assert_eq!(text_from_bytes(&bom, "a.txt").unwrap(), text);
}

#[test]
fn utf16_with_bom() {
    let text = "Lieu d’affectation : Ségou « Mali »";
    let mut le = vec![0xff, 0xfe];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(text_from_bytes(&le, "a.txt").unwrap(), text);
    let mut be = vec![0xfe, 0xff];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(text_from_bytes(&be, "a.TXT").unwrap(), text);
}

#[test]
fn windows_1252_and_latin1() {
    // é, ’, « », € and œ as Windows-1252 bytes.
    let bytes = b"Candidature \xab d\xe9veloppeur \xbb, l\x92offre \x80 \x9cuvre";
    assert_eq!(
        text_from_bytes(bytes, "offre.txt").unwrap(),
        "Candidature « développeur », l’offre € œuvre"
    );
    let fixture = text_from_bytes(&fixture("email-chauffeur-ouagadougou.txt"), "x.txt").unwrap();
    assert!(
        fixture.contains("Solidarité Sahel")
            && fixture.contains("«\u{a0}Chauffeur OUAGA 2025\u{a0}»")
    );
}

#[test]
fn pdf_text_is_extracted() {
    for name in ["files/ttf.pdf", "files/core.pdf"] {
        let text = text_from_bytes(&fixture(name), name).unwrap();
        assert!(
            text.contains("Chargé(e) de suivi-évaluation"),
            "{name}: {text}"
        );
        let p = parse_posting(&text);
        assert_eq!(p.apply_email.unwrap().value, "recrutement@exemple.org");
        assert_eq!(
            p.deadline_text.as_deref(),
            Some("au plus tard le 26 décembre 2025 à 17h00")
        );
    }
    // Both pages of a two-page PDF.
    let text = text_from_bytes(&fixture("files/ttf.pdf"), "ttf.pdf").unwrap();
    assert!(text.contains("Seuls les candidats présélectionnés"));
}

#[test]
fn pdf_errors() {
    assert_eq!(
        text_from_bytes(&fixture("files/encrypted.pdf"), "e.pdf"),
        Err(InputError::EncryptedPdf)
    );
    assert_eq!(
        text_from_bytes(&fixture("files/blank.pdf"), "b.pdf"),
        Err(InputError::NoText)
    );
    let pdf = fixture("files/core.pdf");
    assert!(matches!(
        text_from_bytes(&pdf[..pdf.len() / 3], "cut.pdf"),
        Err(InputError::Corrupt { format: "pdf", .. }) | Err(InputError::NoText)
    ));
    assert!(matches!(
        text_from_bytes(b"hello", "x.pdf"),
        Err(InputError::Corrupt { format: "pdf", .. })
    ));
}

#[test]
fn docx_paragraphs_tabs_and_tables() {
    let doc = r#"<?xml version="1.0"?><w:document xmlns:w="w"><w:body>
        <w:p><w:r><w:t>Titre du poste</w:t></w:r><w:r><w:tab/><w:t>Comptable &amp; caissier</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">Date limite : </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>26 déc. 2025</w:t></w:r><w:r><w:br/><w:t>ligne 2</w:t></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Lieu</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Dakar</w:t></w:r></w:p><w:p><w:r><w:t>Sénégal</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p><w:r><w:t>Contrat</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>CDD</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        <w:p><w:r><w:delText>supprimé</w:delText><w:t>fin&#233;</w:t></w:r></w:p>
        </w:body></w:document>"#;
    let bytes = zip(&[("word/document.xml", doc)]);
    let text = text_from_bytes(&bytes, "offre.docx").unwrap();
    assert_eq!(
        text,
        "Titre du poste\tComptable & caissier\nDate limite : 26 déc. 2025\nligne 2\nLieu\tDakar Sénégal\nContrat\tCDD\nfiné\n"
    );
    let fixture_text = text_from_bytes(&fixture("abidjan-assistant-rh.docx"), "a.docx").unwrap();
    assert!(
        fixture_text.contains("Référence\tCI-ABJ-RH-2025-031\n"),
        "{fixture_text}"
    );
}

#[test]
fn odt_paragraphs_spaces_and_tables() {
    let content = r#"<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb"><office:body><office:text>
        <text:h>Avis de recrutement</text:h>
        <text:p>Poste :<text:s text:c="3"/>Chauffeur<text:tab/>(H/F)</text:p>
        <text:p>Ligne<text:line-break/>suivante</text:p>
        <table:table><table:table-row><table:table-cell><text:p>Lieu</text:p></table:table-cell><table:table-cell><text:p>Niamey</text:p></table:table-cell></table:table-row></table:table>
        <text:p>Note<office:annotation><text:p>commentaire</text:p></office:annotation> finale</text:p>
        </office:text></office:body></office:document-content>"#;
    let bytes = zip(&[
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", content),
    ]);
    let text = text_from_bytes(&bytes, "offre.odt").unwrap();
    assert_eq!(text, "Avis de recrutement\nPoste :   Chauffeur\t(H/F)\nLigne\nsuivante\nLieu\tNiamey\nNote finale\n");
}

#[test]
fn typed_errors() {
    assert_eq!(text_from_bytes(b"", "a.txt"), Err(InputError::NoText));
    assert_eq!(
        text_from_bytes(b"  \n\t ", "a.txt"),
        Err(InputError::NoText)
    );
    assert!(matches!(
        text_from_bytes(b"abc", "photo.png"),
        Err(InputError::Unsupported { .. })
    ));
    let big = vec![b'a'; MAX_FILE_BYTES + 1];
    assert!(matches!(
        text_from_bytes(&big, "a.txt"),
        Err(InputError::TooLarge { .. })
    ));
    assert!(matches!(
        text_from_bytes(b"PK\x03\x04garbage", "a.docx"),
        Err(InputError::Corrupt { format: "docx", .. })
    ));
    // An archive without the document part.
    let bytes = zip(&[("other.xml", "<a/>")]);
    assert!(matches!(
        text_from_bytes(&bytes, "a.docx"),
        Err(InputError::Corrupt { .. })
    ));
    // Broken XML inside a valid archive.
    let bytes = zip(&[("word/document.xml", "<w:document><w:p><w:t>x</w:q>")]);
    assert!(matches!(
        text_from_bytes(&bytes, "a.docx"),
        Err(InputError::Corrupt { .. })
    ));
    // Password-protected Office files are OLE containers, not zip archives.
    assert!(matches!(
        text_from_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "a.docx"),
        Err(InputError::Corrupt { format: "docx", .. })
    ));
    // Binary data named .txt.
    let binary: Vec<u8> = (0u8..=255).cycle().take(4096).collect();
    assert!(matches!(
        text_from_bytes(&binary, "a.txt"),
        Err(InputError::Corrupt { .. })
    ));
}
