//! The e-mail draft, parsed back by Python's `email` package (a strict, independent MIME
//! parser): the subject decodes to the posting's exact text, the attachments to the same
//! bytes, and the draft is marked unsent.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common;

use std::process::Command;

use crate::dossier_support::*;
use chrono::{FixedOffset, TimeZone};
use postulo_core::mail::{self, Attachment};
use postulo_core::model::{DocumentKind, Language};

const PARSE: &str = r#"
import email, email.policy, hashlib, json, sys
raw = open(sys.argv[1], "rb").read()
msg = email.message_from_bytes(raw, policy=email.policy.default)
parts = []
for part in msg.iter_attachments():
    data = part.get_content()
    parts.append({"name": part.get_filename(), "type": part.get_content_type(),
                  "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
body = msg.get_body(preferencelist=("plain",))
lines = raw.split(b"\r\n")
print(json.dumps({
    "subject": msg["subject"], "to": msg["to"], "from": msg["from"],
    "unsent": msg["x-unsent"], "defects": [str(d) for d in msg.defects],
    "type": msg.get_content_type(), "body": body.get_content(),
    "attachments": parts,
    "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
    "longest_line": max(len(l) for l in lines),
}))
"#;

fn parse(path: &std::path::Path) -> serde_json::Value {
    let out = Command::new(python())
        .arg("-c")
        .arg(PARSE)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_eml_draft_parses_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(
        dir.path(),
        "TRAORE_Aissata_Coordinateur.pdf",
        &common::pdf(3, 1),
    );
    let scan_bytes = paper_photo(300, 400, 5);
    let scan = write(dir.path(), "scan.jpg", &scan_bytes);
    let a = application();
    let mut attachments = vec![Attachment::dossier(&pdf)];
    attachments.push(Attachment {
        path: scan.clone(),
        file_name: "Diplôme de Master – copie certifiée.jpg".into(),
        mime: "image/jpeg".into(),
    });
    let draft = mail::draft(&profile(), &a, Language::Fr, attachments);
    assert_eq!(draft.subject, a.apply_subject.clone().unwrap());
    let date = FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2025, 12, 20, 9, 30, 0)
        .unwrap();
    let eml = dir.path().join("brouillon.eml");
    draft
        .write_eml(
            Some(("Aïssata Traoré", "aissata.traore@example.org")),
            date,
            &eml,
        )
        .unwrap();

    let m = parse(&eml);
    assert_eq!(m["subject"], a.apply_subject.unwrap().as_str());
    assert_eq!(m["to"], "recrutement@example.org");
    assert_eq!(m["from"], "Aïssata Traoré <aissata.traore@example.org>");
    assert_eq!(m["unsent"], "1");
    assert_eq!(m["type"], "multipart/mixed");
    assert_eq!(m["defects"].as_array().unwrap().len(), 0, "{m}");
    assert_eq!(m["bare_lf"], false, "every line ends with CRLF");
    assert!(m["longest_line"].as_u64().unwrap() <= 78, "{m}");
    // The message has CRLF line ends; the decoded text keeps them.
    let body = m["body"].as_str().unwrap().replace("\r\n", "\n");
    assert!(body.contains("Madame, Monsieur,"), "{body}");
    assert!(
        body.contains("au poste de Coordinateur·trice Santé Mentale"),
        "{body}"
    );
    assert!(body.contains("REF N°013/12/CPSM-SP/BKO/2025"), "{body}");
    assert!(body.contains("Aïssata TRAORÉ\n+223 76 12 34 56"), "{body}");
    let parts = m["attachments"].as_array().unwrap();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0]["name"], "TRAORE_Aissata_Coordinateur.pdf");
    assert_eq!(parts[0]["type"], "application/pdf");
    assert_eq!(
        parts[0]["sha256"],
        sha256(&std::fs::read(&pdf).unwrap()).as_str()
    );
    assert_eq!(parts[1]["name"], "Diplôme de Master – copie certifiée.jpg");
    assert_eq!(parts[1]["sha256"], sha256(&scan_bytes).as_str());
    // No temporary file left beside it.
    assert!(entries(dir.path()).iter().all(|n| !n.contains(".part")));
}

#[test]
fn subjects_of_every_shape_come_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let date = FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 1, 5, 8, 0, 0)
        .unwrap();
    for subject in [
        "REF 013/2025",
        "Candidature  –  double  espace",
        "=?UTF-8?B?not-encoded?= literally",
        &"Très long objet exigé par l’annonce, répété ".repeat(6),
        "ASCII only but much longer than seventy-eight characters so that it must be folded somewhere",
    ] {
        let mut a = application();
        a.apply_subject = Some(subject.to_owned());
        let draft = mail::draft(&profile(), &a, Language::En, Vec::new());
        let eml = dir.path().join("d.eml");
        draft.write_eml(None, date, &eml).unwrap();
        let m = parse(&eml);
        assert_eq!(m["subject"], subject, "{m}");
        assert!(m["longest_line"].as_u64().unwrap() <= 78, "{m}");
    }
}

#[test]
fn separate_documents_are_named_and_the_size_limit_warns() {
    let dir = tempfile::tempdir().unwrap();
    let cv = write(dir.path(), "a1.pdf", &common::pdf(1, 1));
    let scan = write(dir.path(), "b2.jpg", &paper_photo(600, 800, 2));
    let docs = vec![
        document(&cv, DocumentKind::Cv, "CV", "Mon CV"),
        document(
            &scan,
            DocumentKind::DiplomaCopies,
            "Copies des diplômes",
            "Master",
        ),
    ];
    let attachments = Attachment::documents(&profile(), &docs);
    let names: Vec<&str> = attachments.iter().map(|a| a.file_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "TRAORE_Aissata_01_CV.pdf",
            "TRAORE_Aissata_02_Copies-des-diplomes.jpg"
        ]
    );
    let draft = mail::draft(&profile(), &application(), Language::Fr, attachments);
    let total = draft.attachments_bytes().unwrap();
    assert!(draft.size_warning(total).unwrap().is_none());
    let warning = draft.size_warning(total - 1).unwrap().unwrap();
    assert_eq!(warning.attachments_bytes, total);
    assert!(warning.encoded_bytes > total * 4 / 3);

    // The encoded size announced is the size in the message.
    let eml = dir.path().join("d.eml");
    let date = FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 1, 5, 8, 0, 0)
        .unwrap();
    draft.write_eml(None, date, &eml).unwrap();
    let size = std::fs::metadata(&eml).unwrap().len();
    assert!(
        size > warning.encoded_bytes && size < warning.encoded_bytes + 4000,
        "{size}"
    );

    // For webmail: the pieces copied under their names into a folder to attach from,
    // replacing an earlier copy.
    let folder = dir.path().join("Pièces à joindre");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("TRAORE_Aissata_01_CV.pdf"), b"an older copy").unwrap();
    let copied = draft.copy_attachments(&folder).unwrap();
    assert_eq!(
        copied,
        [
            folder.join("TRAORE_Aissata_01_CV.pdf"),
            folder.join("TRAORE_Aissata_02_Copies-des-diplomes.jpg")
        ]
    );
    assert_eq!(
        std::fs::read(&copied[0]).unwrap(),
        std::fs::read(&cv).unwrap()
    );
    assert_eq!(
        std::fs::read(&copied[1]).unwrap(),
        std::fs::read(&scan).unwrap()
    );
    assert_eq!(
        std::fs::read_dir(&folder).unwrap().count(),
        2,
        "no temporary file left"
    );

    // A vanished attachment is named, and no draft is left half-written.
    std::fs::remove_file(&scan).unwrap();
    let elsewhere = dir.path().join("ailleurs");
    let err = draft.copy_attachments(&elsewhere).unwrap_err();
    assert!(err.to_string().contains("TRAORE_Aissata_02"), "{err}");
    assert!(!elsewhere.exists(), "nothing copied when a piece is gone");
    let err = draft
        .write_eml(None, date, &dir.path().join("e.eml"))
        .unwrap_err();
    assert!(err.to_string().contains("TRAORE_Aissata_02"), "{err}");
    assert!(!dir.path().join("e.eml").exists());
}

#[test]
fn without_a_required_subject_one_is_made_from_the_post() {
    let mut a = application();
    a.apply_subject = None;
    assert_eq!(
        mail::subject(&a, Language::Fr),
        "Candidature au poste de Coordinateur·trice Santé Mentale et Soutien Psychosocial – Réf. REF N°013/12/CPSM-SP/BKO/2025"
    );
    let body = mail::body(&profile(), &a, Language::En);
    assert!(body.starts_with("Dear Sir or Madam,"));
    assert!(body.contains("at Œuvre d’entraide « Sœurs du Sahel »."));
    let url = mail::draft(&profile(), &a, Language::En, Vec::new()).mailto_url();
    assert!(
        url.starts_with("mailto:recrutement@example.org?subject=Application%20for"),
        "{url}"
    );
    assert!(
        url.contains("&body=Dear%20Sir%20or%20Madam%2C%0D%0A%0D%0APlease"),
        "{url}"
    );
}
