//! The e-mail that carries the dossier: an `.eml` draft that Thunderbird or Outlook opens
//! ready to send, and a `mailto:` link for webmail.
//!
//! The draft is RFC 5322 with MIME (multipart/mixed, `X-Unsent: 1` so Outlook opens it as
//! a message to send): CRLF line ends, non-ASCII header text as RFC 2047 encoded words
//! (base64, split between characters, so the posting's exact subject comes back byte for
//! byte), the body in quoted-printable UTF-8, attachments in base64 wrapped at 76
//! characters and streamed from their files. A `mailto:` link cannot carry attachments: the
//! front end opens the folder holding them beside it.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::atomic_write::PartialFile;
use crate::dossier::{ascii_file_part as ascii, candidate_name, DossierDocument};
use crate::error::{DocumentRef, Error, Invalid, Result};
use crate::model::{Application, Language, Profile};
use mime::*;

mod mime;

/// A file attached to the e-mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Attachment {
    pub path: PathBuf,
    /// The name the recipient sees.
    pub file_name: String,
    pub mime: String,
}

impl Attachment {
    /// The exported dossier PDF.
    pub fn dossier(path: &Path) -> Self {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "dossier.pdf".to_owned());
        Self {
            path: path.to_path_buf(),
            file_name,
            mime: "application/pdf".to_owned(),
        }
    }

    /// The documents one by one instead of the dossier, named
    /// `TRAORE_Aissata_01_CV.pdf` in the dossier's order (ASCII, as the dossier's name).
    pub fn documents(profile: &Profile, documents: &[DossierDocument]) -> Vec<Self> {
        let prefix = profile.file_name_prefix();
        documents
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let ext = match d.mime.as_str() {
                    "application/pdf" => "pdf",
                    "image/jpeg" => "jpg",
                    "image/png" => "png",
                    _ => d.path.extension().and_then(|e| e.to_str()).unwrap_or("bin"),
                };
                // Long wordings ("3 lettres de référence de moins de six mois…") are cut:
                // some mail clients show only the start of a name.
                let label: String = ascii(&d.label).chars().take(60).collect();
                let label = label.trim_end_matches('-');
                let stem = match &prefix {
                    Some(p) => format!("{p}_{:02}_{label}", i + 1),
                    None => format!("{:02}_{label}", i + 1),
                };
                Self {
                    path: d.path.clone(),
                    file_name: format!("{stem}.{ext}"),
                    mime: d.mime.clone(),
                }
            })
            .collect()
    }
}

/// What the e-mail says and carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct EmailDraft {
    /// The recipient from the posting, when it gave one.
    pub to: Option<String>,
    /// The addresses the posting asks to put in copy.
    pub cc: Vec<String>,
    /// The posting's required subject, exactly, or a plain one made from the post.
    pub subject: String,
    pub body: String,
    pub attachments: Vec<Attachment>,
}

/// The attachments are over the size limit: the message may bounce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SizeWarning {
    pub attachments_bytes: u64,
    /// What they take once encoded in the message (base64: about 4/3).
    pub encoded_bytes: u64,
    pub limit_bytes: u64,
}

impl SizeWarning {
    /// The warning for attachments of `attachments_bytes` against `limit_bytes`, if over.
    fn over(attachments_bytes: u64, limit_bytes: u64) -> Option<Self> {
        (attachments_bytes > limit_bytes).then_some(Self {
            attachments_bytes,
            encoded_bytes: base64_len(attachments_bytes),
            limit_bytes,
        })
    }
}

/// Which files the e-mail carries: the exported dossier, or each document apart (for
/// portals and recruiters that ask one file per piece).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum MailAttachments {
    Dossier { path: PathBuf },
    Documents,
}

/// One attached file, as the recipient will see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AttachmentInfo {
    pub file_name: String,
    pub bytes: u64,
}

/// The e-mail as the app shows it before it is written or opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct EmailPreview {
    pub to: Option<String>,
    pub cc: Vec<String>,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<AttachmentInfo>,
    /// Set when the attachments exceed the chosen limit.
    pub size_warning: Option<SizeWarning>,
}

/// An application's e-mail and the candidate who sends it: what the app and postulo-cli
/// preview, write as an `.eml` draft or open as a `mailto:` link (see
/// `Store::compose_email`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComposedEmail {
    pub draft: EmailDraft,
    /// "Aïssata TRAORÉ" and her address, when the profile has one.
    pub sender: Option<(String, String)>,
}

impl ComposedEmail {
    /// The draft for `application` from `profile`, carrying `attachments`.
    pub fn new(
        profile: &Profile,
        application: &Application,
        language: Language,
        attachments: Vec<Attachment>,
    ) -> Self {
        let name = candidate_name(&profile.first_name, &profile.last_name);
        Self {
            draft: draft(profile, application, language, attachments),
            sender: profile.email.clone().map(|email| (name, email)),
        }
    }

    /// Recipient, subject, body and each attachment with its size; a warning when the
    /// attachments exceed `limit_bytes`. A vanished attachment is an error naming it.
    pub fn preview(&self, limit_bytes: u64) -> Result<EmailPreview> {
        // Each file is looked at once, for its line and for the total.
        let sizes = self.draft.attachment_sizes()?;
        let size_warning = SizeWarning::over(sizes.iter().sum(), limit_bytes);
        let attachments = self
            .draft
            .attachments
            .iter()
            .zip(sizes)
            .map(|(a, bytes)| AttachmentInfo {
                file_name: a.file_name.clone(),
                bytes,
            })
            .collect();
        Ok(EmailPreview {
            to: self.draft.to.clone(),
            cc: self.draft.cc.clone(),
            subject: self.draft.subject.clone(),
            body: self.draft.body.clone(),
            attachments,
            size_warning,
        })
    }

    /// Writes the `.eml` draft to `path`, dated `date` (now, in the candidate's zone).
    pub fn write_eml(&self, date: DateTime<FixedOffset>, path: &Path) -> Result<()> {
        let from = self
            .sender
            .as_ref()
            .map(|(name, email)| (name.as_str(), email.as_str()));
        self.draft.write_eml(from, date, path)
    }
}

/// The draft for an application: recipient and exact subject from the posting, a body from
/// the French or English template.
pub fn draft(
    profile: &Profile,
    application: &Application,
    language: Language,
    attachments: Vec<Attachment>,
) -> EmailDraft {
    EmailDraft {
        to: application.apply_email.clone(),
        cc: application.apply_cc.clone(),
        subject: subject(application, language),
        body: body(profile, application, language),
        attachments,
    }
}

/// The required subject untouched; without one, `Candidature au poste de … – Réf. …`.
pub fn subject(application: &Application, language: Language) -> String {
    if let Some(s) = &application.apply_subject {
        return s.clone();
    }
    let reference = application.reference.as_deref();
    match (language, reference) {
        (Language::Fr, Some(r)) => {
            format!("Candidature au poste de {} – Réf. {r}", application.title)
        }
        (Language::Fr, None) => format!("Candidature au poste de {}", application.title),
        (Language::En, Some(r)) => format!(
            "Application for the position of {} – Ref. {r}",
            application.title
        ),
        (Language::En, None) => format!("Application for the position of {}", application.title),
    }
}

/// The letter, filled from the profile and the application.
pub fn body(profile: &Profile, application: &Application, language: Language) -> String {
    let a = application;
    let name = candidate_name(&profile.first_name, &profile.last_name);
    let signature: Vec<&str> = [
        Some(name.as_str()),
        profile.phone.as_deref(),
        profile.email.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect();
    let mut text = match language {
        Language::Fr => {
            // The organisation in parentheses: « au sein de » would need the right article
            // (de l’, du, de la), which a name alone does not tell.
            let reference = a
                .reference
                .as_deref()
                .map(|r| format!(", référence {r}"))
                .unwrap_or_default();
            format!(
                "Madame, Monsieur,\n\n\
                 Je vous prie de trouver ci-joint mon dossier de candidature au poste de {} \
                 ({}{reference}).\n\n\
                 Je me tiens à votre disposition pour tout complément d’information et pour un \
                 entretien à votre convenance.\n\n\
                 Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.\n",
                a.title, a.organization
            )
        }
        Language::En => {
            let reference = a
                .reference
                .as_deref()
                .map(|r| format!(" (reference {r})"))
                .unwrap_or_default();
            format!(
                "Dear Sir or Madam,\n\n\
                 Please find attached my application for the position of {}{reference} at {}.\n\n\
                 I remain at your disposal for any further information and would welcome the \
                 opportunity of an interview.\n\n\
                 Yours faithfully,\n",
                a.title, a.organization
            )
        }
    };
    if !signature.is_empty() {
        text.push('\n');
        text.push_str(&signature.join("\n"));
        text.push('\n');
    }
    text
}

impl EmailDraft {
    /// The attachments' total size; a vanished file is an error naming it.
    pub fn attachments_bytes(&self) -> Result<u64> {
        Ok(self.attachment_sizes()?.iter().sum())
    }

    /// Each attachment's size, in order; a vanished file is an error naming it.
    fn attachment_sizes(&self) -> Result<Vec<u64>> {
        self.attachments
            .iter()
            .map(|a| {
                std::fs::metadata(&a.path)
                    .map(|m| m.len())
                    .map_err(|_| missing(a))
            })
            .collect()
    }

    /// A warning when the attachments exceed `limit_bytes` (the user's e-mail limit).
    pub fn size_warning(&self, limit_bytes: u64) -> Result<Option<SizeWarning>> {
        Ok(SizeWarning::over(self.attachments_bytes()?, limit_bytes))
    }

    /// `mailto:` with the recipient, those in copy, subject and body, percent-encoded
    /// (RFC 6068).
    pub fn mailto_url(&self) -> String {
        let to = self.to.as_deref().map(encode_address).unwrap_or_default();
        let cc = if self.cc.is_empty() {
            String::new()
        } else {
            let list: Vec<String> = self.cc.iter().map(|a| encode_address(a)).collect();
            format!("cc={}&", list.join(","))
        };
        let body = self.body.replace("\r\n", "\n").replace('\n', "\r\n");
        format!(
            "mailto:{to}?{cc}subject={}&body={}",
            percent_encode(&self.subject),
            percent_encode(&body)
        )
    }

    /// Copies the attachments into `folder` (made if needed) under the names the recipient
    /// will see, for webmail users who attach files by hand: a `mailto:` link carries none.
    /// Every source is checked first, so a vanished one stops the copy before anything is
    /// written; each file goes through a temporary name renamed when whole, and replaces a
    /// file of that name (an earlier copy of the same pieces). Returns the files written.
    pub fn copy_attachments(&self, folder: &Path) -> Result<Vec<PathBuf>> {
        self.attachments_bytes()?;
        std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
        let mut written = Vec::with_capacity(self.attachments.len());
        for attachment in &self.attachments {
            let dest = folder.join(&attachment.file_name);
            let mut temp = PartialFile::beside(&dest, ".part")?;
            let mut source = File::open(&attachment.path).map_err(|_| missing(attachment))?;
            io::copy(&mut source, temp.as_file_mut()).map_err(|e| Error::io(&dest, e))?;
            temp.commit(&dest)?;
            written.push(dest);
        }
        Ok(written)
    }

    /// Writes the `.eml` draft to `path` (through a temporary file renamed at the end).
    /// `from` is the candidate's address, if known; `date` is now, in the user's zone.
    pub fn write_eml(
        &self,
        from: Option<(&str, &str)>,
        date: DateTime<FixedOffset>,
        path: &Path,
    ) -> Result<()> {
        let temp = PartialFile::beside(path, ".eml.part")?;
        let mut out = BufWriter::new(temp.as_file());
        self.write_eml_to(from, date, &mut out)
            .map_err(|e| match e {
                EmlError::Io(e) => Error::io(path, e),
                EmlError::Attachment(a) => missing(&a),
            })?;
        out.flush().map_err(|e| Error::io(path, e))?;
        drop(out);
        temp.commit(path)
    }

    /// The message into any writer.
    pub fn write_eml_to<W: Write>(
        &self,
        from: Option<(&str, &str)>,
        date: DateTime<FixedOffset>,
        out: &mut W,
    ) -> std::result::Result<(), EmlError> {
        let seed = {
            let mut h = Sha256::new();
            h.update(self.subject.as_bytes());
            h.update(date.to_rfc3339().as_bytes());
            h.update(format!("{:?}", std::time::SystemTime::now()).as_bytes());
            h.finalize()
        };
        let hex: String = seed.iter().take(12).map(|b| format!("{b:02x}")).collect();
        let boundary = format!("=_postulo_{hex}");
        header(
            out,
            "Date",
            &date.format("%a, %d %b %Y %H:%M:%S %z").to_string(),
        )?;
        if let Some((name, email)) = from {
            out.write_all(fold("From", &mailbox(name, email)).as_bytes())?;
        }
        if let Some(to) = &self.to {
            header(out, "To", to)?;
        }
        if !self.cc.is_empty() {
            header(out, "Cc", &self.cc.join(", "))?;
        }
        out.write_all(subject_header(&self.subject).as_bytes())?;
        header(out, "Message-ID", &format!("<{hex}@postulo.invalid>"))?;
        header(out, "MIME-Version", "1.0")?;
        header(out, "X-Unsent", "1")?;
        header(
            out,
            "Content-Type",
            &format!("multipart/mixed; boundary=\"{boundary}\""),
        )?;
        out.write_all(b"\r\nThis is a multi-part message in MIME format.\r\n")?;

        write!(out, "\r\n--{boundary}\r\n")?;
        out.write_all(b"Content-Type: text/plain; charset=UTF-8\r\n")?;
        out.write_all(b"Content-Transfer-Encoding: quoted-printable\r\n\r\n")?;
        out.write_all(quoted_printable(&self.body).as_bytes())?;

        for a in &self.attachments {
            write!(out, "\r\n--{boundary}\r\n")?;
            out.write_all(attachment_headers(&a.mime, &a.file_name).as_bytes())?;
            out.write_all(b"Content-Transfer-Encoding: base64\r\n\r\n")?;
            let file = File::open(&a.path).map_err(|_| EmlError::Attachment(a.clone()))?;
            write_base64(file, out)?;
        }
        write!(out, "\r\n--{boundary}--\r\n")?;
        Ok(())
    }
}

/// Why writing a draft failed.
#[derive(Debug)]
pub enum EmlError {
    Io(io::Error),
    /// An attachment's file could not be opened.
    Attachment(Attachment),
}

impl From<io::Error> for EmlError {
    fn from(e: io::Error) -> Self {
        Self::Io(e)
    }
}

fn missing(a: &Attachment) -> Error {
    Error::Document {
        document: DocumentRef {
            id: None,
            title: a.file_name.clone(),
        },
        reason: Invalid::FileMissing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_stay_short_and_never_split_a_character() {
        let subject = "Candidature – Coordinateur·trice Santé Mentale – Réf. N°013/12/CPSM-SP/BKO/2025 « été »";
        let words = encoded_words(subject);
        assert!(words.len() > 1);
        let mut back = Vec::new();
        for w in &words {
            assert!(w.len() <= 75, "{w}");
            let b64 = w.trim_start_matches("=?UTF-8?B?").trim_end_matches("?=");
            let bytes = BASE64.decode(b64).unwrap();
            assert!(String::from_utf8(bytes.clone()).is_ok());
            back.extend(bytes);
        }
        assert_eq!(String::from_utf8(back).unwrap(), subject);
    }

    #[test]
    fn short_ascii_subjects_stay_plain() {
        assert_eq!(subject_header("REF 013/2025"), "Subject: REF 013/2025\r\n");
        assert!(subject_header("REF  013").starts_with("Subject: =?UTF-8?B?"));
        let long = subject_header(&"Très long objet ".repeat(10));
        assert!(long.split("\r\n").all(|l| l.len() <= 78), "{long}");
    }

    #[test]
    fn attachment_names_fold_within_78_characters() {
        let headers = attachment_headers(
            "image/jpeg",
            &"Diplôme de Master – copie certifiée ".repeat(3),
        );
        assert!(headers.split("\r\n").all(|l| l.len() <= 78), "{headers}");
        assert!(
            headers.contains("filename*0*=UTF-8''Dipl%C3%B4me"),
            "{headers}"
        );
        assert_eq!(
            attachment_headers("application/pdf", "CV.pdf"),
            "Content-Type: application/pdf; name=\"CV.pdf\"\r\n\
             Content-Disposition: attachment; filename=\"CV.pdf\"\r\n"
        );
    }

    #[test]
    fn quoted_printable_lines_are_short_and_crlf() {
        let body = format!("Madame, Monsieur,\n{}\nfin ", "é".repeat(60));
        let qp = quoted_printable(&body);
        for line in qp.split("\r\n") {
            assert!(line.len() <= 76, "{line}");
        }
        assert!(qp.contains("=C3=A9"));
        assert!(qp.contains("fin=20\r\n"));
        assert!(!qp.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn mailto_encodes_subject_and_body() {
        let draft = EmailDraft {
            to: Some("recrutement@coopi.org".into()),
            cc: Vec::new(),
            subject: "REF N°013 & co".into(),
            body: "Madame,\nBien à vous".into(),
            attachments: Vec::new(),
        };
        assert_eq!(
            draft.mailto_url(),
            "mailto:recrutement@coopi.org?subject=REF%20N%C2%B0013%20%26%20co\
             &body=Madame%2C%0D%0ABien%20%C3%A0%20vous"
        );
    }

    #[test]
    fn addresses_in_copy_go_into_the_cc_header_and_the_mailto_link() {
        let draft = EmailDraft {
            to: Some("rh@fenosci.org".into()),
            cc: vec!["raf@fenosci.org".into(), "dg+rh@fenosci.org".into()],
            subject: "Candidature".into(),
            body: "Madame,".into(),
            attachments: Vec::new(),
        };
        assert_eq!(
            draft.mailto_url(),
            "mailto:rh@fenosci.org?cc=raf@fenosci.org,dg%2Brh@fenosci.org\
             &subject=Candidature&body=Madame%2C"
        );
        let date = DateTime::parse_from_rfc3339("2026-03-02T09:00:00+00:00").unwrap();
        let mut eml = Vec::new();
        draft.write_eml_to(None, date, &mut eml).unwrap();
        let eml = String::from_utf8(eml).unwrap();
        assert!(
            eml.contains("\r\nTo: rh@fenosci.org\r\nCc: raf@fenosci.org, dg+rh@fenosci.org\r\n"),
            "{eml}"
        );

        let none = EmailDraft {
            cc: Vec::new(),
            ..draft
        };
        let mut eml = Vec::new();
        none.write_eml_to(None, date, &mut eml).unwrap();
        assert!(!String::from_utf8(eml).unwrap().contains("Cc:"));
    }

    #[test]
    fn base64_is_wrapped_at_76() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7) as u8).collect();
        let mut out = Vec::new();
        write_base64(&data[..], &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.split_terminator("\r\n").collect();
        assert!(lines.iter().all(|l| l.len() <= 76));
        assert_eq!(BASE64.decode(lines.concat()).unwrap(), data);
        assert_eq!(base64_len(1000), text.len() as u64);
    }

    #[test]
    fn attachments_come_from_the_ui_choice() {
        let a: MailAttachments =
            serde_json::from_str(r#"{"kind":"dossier","path":"/tmp/x.pdf"}"#).unwrap();
        assert_eq!(
            a,
            MailAttachments::Dossier {
                path: PathBuf::from("/tmp/x.pdf")
            }
        );
        let a: MailAttachments = serde_json::from_str(r#"{"kind":"documents"}"#).unwrap();
        assert_eq!(a, MailAttachments::Documents);
    }

    #[test]
    fn the_preview_lists_each_attachment_and_warns_over_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("TRAORE_Aissata.pdf");
        std::fs::write(&big, vec![b'x'; 6_000]).unwrap();
        let email = ComposedEmail {
            draft: EmailDraft {
                to: Some("recrutement@ong.org".into()),
                cc: vec!["direction@ong.org".into()],
                subject: "Réf. 013 – Candidature".into(),
                body: "Madame, Monsieur,".into(),
                attachments: vec![Attachment::dossier(&big)],
            },
            sender: None,
        };
        let under = email.preview(8_000).unwrap();
        assert_eq!(
            under.attachments,
            [AttachmentInfo {
                file_name: "TRAORE_Aissata.pdf".into(),
                bytes: 6_000
            }]
        );
        assert_eq!(under.size_warning, None);
        assert_eq!(under.subject, "Réf. 013 – Candidature");
        assert_eq!(under.cc, ["direction@ong.org"]);
        let over = email.preview(5_000).unwrap();
        let warning = over.size_warning.unwrap();
        assert_eq!(warning.attachments_bytes, 6_000);
        assert_eq!(warning.limit_bytes, 5_000);

        // A vanished attachment is an error naming it, not a zero-byte file.
        std::fs::remove_file(&big).unwrap();
        let error = crate::error::ApiError::from(email.preview(8_000).unwrap_err());
        assert_eq!(error.field.as_deref(), Some("document"));
        assert_eq!(error.document.unwrap().title, "TRAORE_Aissata.pdf");
    }

    #[test]
    fn the_sender_is_the_candidate_when_the_profile_has_an_address() {
        let profile = Profile {
            first_name: "Aïssata".into(),
            last_name: "Traoré".into(),
            email: Some("aissata@example.org".into()),
            ..Default::default()
        };
        let application = Application::sample("Chargée de suivi", "ONG Test", None);
        let email = ComposedEmail::new(&profile, &application, Language::Fr, Vec::new());
        let (name, address) = email.sender.clone().unwrap();
        assert_eq!(address, "aissata@example.org");
        assert!(name.contains("Aïssata"), "{name}");
        assert_eq!(
            email.draft.subject,
            "Candidature au poste de Chargée de suivi"
        );
        let nobody = ComposedEmail::new(&Profile::default(), &application, Language::En, vec![]);
        assert_eq!(nobody.sender, None);
    }
}
