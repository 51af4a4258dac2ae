//! What the vault reads in its documents: the text of each, kept so that the vault can be
//! searched by what a document says (« licence », « Ouagadougou »), and what that text
//! suggests of the document (its kind, the day it was issued).
//!
//! A file the candidate reads in the add dialog is not read again: its text waits here,
//! by the hash of its content, for the add that follows. Documents added without it (the
//! CLI, a renewal, a copy, documents from before this version) are read later, one at a
//! time, by whoever calls [`Store::read_document_text`] (the app, in the background).
//! A suggestion changes nothing until the candidate applies it.

use std::collections::VecDeque;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, PoisonError};

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use super::rows::{day_text, parse_date_opt, parse_kind};
use super::{now_utc, Store};
use crate::error::{Error, Invalid, Result};
use crate::model::{ContentMatch, Document, DocumentKind, DocumentSuggestion, DocumentUpdate};
use crate::ocr::OcrProgress;
use crate::posting::document_facts;
use crate::search::{fold, search_words};
use crate::vault::{read_document, text_of_document, DocumentReading, DocumentText};

/// How many texts read in the add dialog wait for their add: a few dialogs' worth of
/// files, a few kilobytes each.
const RECENT_READINGS: usize = 16;

/// Most words of one search: the rest of a pasted paragraph adds nothing to find.
const MAX_WORDS: usize = 8;

/// How much of the text the result shows around the word found, in characters.
const CONTEXT_BEFORE: usize = 40;
const CONTEXT_AFTER: usize = 80;

/// Texts read before their file was added, by the SHA-256 its copy in the vault has.
#[derive(Debug, Default)]
pub(super) struct RecentReadings(Mutex<VecDeque<(String, DocumentText)>>);

impl RecentReadings {
    fn keep(&self, sha256: String, text: DocumentText) {
        let mut recent = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        recent.retain(|(sha, _)| *sha != sha256);
        if recent.len() == RECENT_READINGS {
            recent.pop_front();
        }
        recent.push_back((sha256, text));
    }

    pub(super) fn take(&self, sha256: &str) -> Option<DocumentText> {
        let mut recent = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let at = recent.iter().position(|(sha, _)| sha == sha256)?;
        recent.remove(at).map(|(_, text)| text)
    }
}

impl Store {
    /// Reads a file the candidate is about to add and suggests its kind and issue date
    /// (the add dialog). Its text is kept for the add, so that the vault does not read
    /// the same file twice.
    pub fn read_new_document(
        &self,
        path: &Path,
        progress: &mut dyn FnMut(OcrProgress),
        cancel: &AtomicBool,
    ) -> Result<DocumentReading> {
        let read = read_document(path, self.today(), progress, cancel)?;
        // A file with no text is remembered as such too: reading it again finds nothing.
        self.readings.keep(
            read.sha256,
            read.text.unwrap_or(DocumentText {
                text: String::new(),
                confidence: None,
            }),
        );
        Ok(read.reading)
    }

    /// The vault's documents whose text has not been read yet, newest first: what the
    /// candidate just added is what they look for first.
    pub fn unread_documents(&self) -> Result<Vec<i64>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT d.id FROM documents d
             WHERE d.archived_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM document_texts t WHERE t.document_id = d.id)
             ORDER BY d.created_at DESC, d.id DESC",
        )?;
        let ids = stmt.query_map([], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Reads the text of document `id` from its file in the vault (OCR for a photo or a
    /// scan: seconds per page, so never while the store is locked) and keeps it, with what
    /// it suggests. A file with nothing to read (no words, damaged, of a type that holds no
    /// text) is kept as read with no text, and not tried again. A missing file, an engine
    /// that cannot run, or `cancel`: an error, and the document stays to read.
    pub fn read_document_text(&self, id: i64, cancel: &AtomicBool) -> Result<()> {
        let doc = self.document(id)?;
        let path = self.vault()?.file_path(&doc.stored_file)?;
        let bytes = std::fs::read(&path).map_err(crate::vault::source_error)?;
        let text = match text_of_document(bytes, &doc.original_name, &mut |_| {}, cancel) {
            Ok(text) => text,
            Err(Error::Validation {
                reason:
                    Invalid::FileType
                    | Invalid::FileCorrupt
                    | Invalid::FileEncrypted
                    | Invalid::FileTooLarge,
                ..
            }) => None,
            Err(e) => return Err(e),
        };
        let suggestion = text
            .as_ref()
            .and_then(|t| suggestion_for(&doc, &t.text, self.today()));
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        // Deleted while it was being read: nothing to keep.
        let still_there: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if still_there {
            keep_text(&tx, id, text.as_ref(), suggestion.as_ref())?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The documents of the vault whose text holds every word of `query` (accents and case
    /// aside), newest first, each with the passage around the first word.
    pub fn search_documents(&self, query: &str) -> Result<Vec<ContentMatch>> {
        let mut words = search_words(query);
        words.truncate(MAX_WORDS);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let conditions: String = (1..=words.len())
            .map(|i| format!(" AND instr(t.folded, ?{i}) > 0"))
            .collect();
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT t.document_id, t.text FROM document_texts t
             JOIN documents d ON d.id = t.document_id
             WHERE d.archived_at IS NULL{conditions}
             ORDER BY d.created_at DESC, d.id DESC"
        ))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(words.iter()), |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut found = Vec::new();
        for row in rows {
            let (document_id, text) = row?;
            let (before, word, after) = excerpt(&text, &words[0]);
            found.push(ContentMatch {
                document_id,
                before,
                found: word,
                after,
            });
        }
        Ok(found)
    }

    /// The text the vault read in document `id`: `None` if not read yet, `""` if it holds
    /// none.
    pub fn document_text(&self, id: i64) -> Result<Option<String>> {
        self.document(id)?;
        Ok(self
            .conn()
            .query_row(
                "SELECT text FROM document_texts WHERE document_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Applies what the text suggests (`apply`), or ignores it; either way it is not
    /// suggested again. Applying is an ordinary update: a last day set by the kind's rule
    /// follows the new kind and date, one the candidate typed stays, and a kind the same
    /// file already has in the vault is refused.
    pub fn settle_document_suggestion(&self, id: i64, apply: bool) -> Result<Document> {
        let doc = self.document(id)?;
        // Read with the connection released at once: the update below takes it again.
        let pending = pending_suggestion(&self.conn(), &doc)?;
        if apply {
            if let Some(suggestion) = pending {
                let kind = suggestion.kind.unwrap_or(doc.kind);
                let issued_on = suggestion.issued_on.or(doc.issued_on);
                // A last day the kind's rule gave is given again by the rule (of the new
                // kind, from the new date); one the candidate typed stays theirs.
                // (A typed day before the new issue date cannot stand: the rule then.)
                let by_rule = doc.valid_until == doc.kind.default_valid_until(doc.issued_on);
                let before_issue = doc
                    .valid_until
                    .zip(issued_on)
                    .is_some_and(|(until, issued)| until < issued);
                let valid_until = if by_rule || before_issue {
                    None
                } else {
                    doc.valid_until
                };
                self.update_document(
                    id,
                    DocumentUpdate {
                        kind,
                        title: doc.title.clone(),
                        issued_on,
                        valid_until,
                        certified_on: doc.certified_on,
                    },
                )?;
            }
        }
        self.conn().execute(
            "UPDATE document_texts SET suggested_kind = NULL, suggested_issued_on = NULL
             WHERE document_id = ?1",
            [id],
        )?;
        self.document(id)
    }
}

/// Records the text read in document `id` (none: read, nothing found) and what it
/// suggests, unless a text was kept for it already.
pub(super) fn keep_text(
    conn: &Connection,
    id: i64,
    text: Option<&DocumentText>,
    suggestion: Option<&DocumentSuggestion>,
) -> Result<()> {
    let (text, confidence) = text.map_or(("", None), |t| (t.text.as_str(), t.confidence));
    // A text already kept stays: another process (postulo-cli while the app reads in the
    // background) read it first, and the candidate may have ignored its suggestion since.
    conn.execute(
        "INSERT INTO document_texts (document_id, text, folded, confidence,
            suggested_kind, suggested_issued_on, read_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (document_id) DO NOTHING",
        rusqlite::params![
            id,
            text,
            fold(text),
            confidence,
            suggestion.and_then(|s| s.kind).map(DocumentKind::as_str),
            suggestion.and_then(|s| s.issued_on).map(day_text),
            now_utc(),
        ],
    )?;
    Ok(())
}

/// What `text` says of `doc` that the vault does not record yet. « Autre document » is
/// never suggested: it says nothing.
fn suggestion_for(doc: &Document, text: &str, today: NaiveDate) -> Option<DocumentSuggestion> {
    let facts = document_facts(text, today);
    // What equals the document already is left out by `shown`.
    let suggestion = DocumentSuggestion {
        kind: facts.kind.filter(|k| *k != DocumentKind::Other),
        issued_on: facts.issued_on,
    };
    shown(suggestion, doc)
}

/// The part of a kept suggestion that still differs from the document (the candidate may
/// have set the same values by hand since); `None` when nothing is left.
pub(super) fn shown(suggestion: DocumentSuggestion, doc: &Document) -> Option<DocumentSuggestion> {
    let left = DocumentSuggestion {
        kind: suggestion.kind.filter(|k| *k != doc.kind),
        issued_on: suggestion.issued_on.filter(|d| Some(*d) != doc.issued_on),
    };
    (left.kind.is_some() || left.issued_on.is_some()).then_some(left)
}

/// Reads a kept suggestion's two columns.
pub(super) fn read_suggestion(
    kind: Option<String>,
    issued_on: Option<String>,
) -> Result<DocumentSuggestion> {
    Ok(DocumentSuggestion {
        kind: kind.as_deref().map(parse_kind).transpose()?,
        issued_on: parse_date_opt(issued_on)?,
    })
}

fn pending_suggestion(conn: &Connection, doc: &Document) -> Result<Option<DocumentSuggestion>> {
    let columns: Option<(Option<String>, Option<String>)> = conn
        .query_row(
            "SELECT suggested_kind, suggested_issued_on FROM document_texts
             WHERE document_id = ?1",
            [doc.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match columns {
        Some((kind, issued_on)) => Ok(shown(read_suggestion(kind, issued_on)?, doc)),
        None => Ok(None),
    }
}

/// The passage of `text` around the first place `word` (folded) is found: what comes
/// before, the word as written, what comes after, on one line and cut at word bounds.
fn excerpt(text: &str, word: &str) -> (String, String, String) {
    // Folds character by character, remembering where each folded byte came from, so that
    // a match in the folded text is cut from the text as written.
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    let mut one = [0u8; 4];
    for (at, c) in text.char_indices() {
        let piece = fold(c.encode_utf8(&mut one));
        origin.extend(std::iter::repeat_n((at, at + c.len_utf8()), piece.len()));
        folded.push_str(&piece);
    }
    let Some(pos) = folded.find(word).filter(|_| !word.is_empty()) else {
        return (
            String::new(),
            String::new(),
            one_line(text, CONTEXT_AFTER, false),
        );
    };
    let start = origin[pos].0;
    let mut end = origin[pos + word.len() - 1].1;
    // Marks that fold to nothing (a decomposed accent, common in PDF text layers) stay
    // with the letter they sit on.
    let rest = end;
    for (at, c) in text[rest..].char_indices() {
        if !fold(c.encode_utf8(&mut one)).is_empty() {
            break;
        }
        end = rest + at + c.len_utf8();
    }
    (
        one_line(&text[..start], CONTEXT_BEFORE, true),
        text[start..end].to_owned(),
        one_line(&text[end..], CONTEXT_AFTER, false),
    )
}

/// `text` with its spaces and line breaks made single spaces, cut to about `room`
/// characters at a word bound: its end kept when `keep_end` (what comes before a match),
/// else its start; « … » where it was cut.
fn one_line(text: &str, room: usize, keep_end: bool) -> String {
    let lead = text.starts_with(char::is_whitespace);
    let trail = text.ends_with(char::is_whitespace);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut kept: VecDeque<&str> = VecDeque::new();
    let mut used = 0;
    let mut cut = false;
    let order: Box<dyn Iterator<Item = &&str>> = if keep_end {
        Box::new(words.iter().rev())
    } else {
        Box::new(words.iter())
    };
    for word in order {
        let len = word.chars().count();
        if used + len > room {
            if kept.is_empty() {
                // One word longer than the room (a pasted link, a run of digits): its part
                // nearest the match.
                let part: String = if keep_end {
                    let skip = len - room;
                    word.chars().skip(skip).collect()
                } else {
                    word.chars().take(room).collect()
                };
                return if keep_end {
                    format!("…{part}{}", if trail { " " } else { "" })
                } else {
                    format!("{}{part}…", if lead { " " } else { "" })
                };
            }
            cut = true;
            break;
        }
        used += len + 1;
        if keep_end {
            kept.push_front(word);
        } else {
            kept.push_back(word);
        }
    }
    let joined = kept.into_iter().collect::<Vec<_>>().join(" ");
    match (keep_end, cut) {
        (true, true) => format!("…{joined}{}", if trail { " " } else { "" }),
        (true, false) => format!(
            "{joined}{}",
            if trail && !joined.is_empty() { " " } else { "" }
        ),
        (false, true) => format!("{}{joined}…", if lead { " " } else { "" }),
        (false, false) => format!(
            "{}{joined}",
            if lead && !joined.is_empty() { " " } else { "" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_passage_marks_the_word_as_written_and_keeps_little_around_it() {
        let text = "RÉPUBLIQUE DU MALI\nUn Peuple – Un But – Une Foi\n\nDIPLÔME DE LICENCE\n\
                    en Sciences Économiques, délivré à Ouagadougou le 3 juillet 2019 à \
                    Mme Aïssata Traoré, née le 4 mai 1996, pour servir et valoir ce que de droit.";
        let (before, found, after) = excerpt(text, "economiques");
        assert_eq!(found, "Économiques");
        assert!(
            before.ends_with("DIPLÔME DE LICENCE en Sciences "),
            "{before}"
        );
        assert!(before.starts_with('…'), "{before}");
        assert!(!before.contains('\n'));
        assert!(after.starts_with(", délivré à Ouagadougou"), "{after}");
        assert!(after.ends_with('…'), "{after}");
        assert!(after.chars().count() <= CONTEXT_AFTER + 2, "{after}");

        // A ligature folds to two letters: the match still cuts on whole characters.
        let (before, found, after) = excerpt("Attestation de l'Œuvre sociale", "oeuvre");
        assert_eq!(
            (before.as_str(), found.as_str(), after.as_str()),
            ("Attestation de l'", "Œuvre", " sociale")
        );
        let (_, found, _) = excerpt("Cœur", "oe");
        assert_eq!(found, "œ");
    }

    #[test]
    fn a_decomposed_accent_stays_with_its_letter_and_a_long_word_is_cut() {
        let decomposed = "Dipl\u{f4}me de Cafe\u{301} et Kare\u{301}";
        let (_, found, after) = excerpt(decomposed, "cafe");
        assert_eq!(found, "Cafe\u{301}");
        assert_eq!(after, " et Kare\u{301}");
        let glued = format!("{}licence", "x".repeat(300));
        let (before, found, _) = excerpt(&glued, "licence");
        assert_eq!(found, "licence");
        assert_eq!(before, format!("…{}", "x".repeat(CONTEXT_BEFORE)));
        let (_, _, after) = excerpt(&format!("licence{}", "y".repeat(300)), "licence");
        assert_eq!(after, format!("{}…", "y".repeat(CONTEXT_AFTER)));
        // The spaces around the match stay when the long word is cut.
        let spaced = format!("{} licence {}", "x".repeat(300), "y".repeat(300));
        let (before, _, after) = excerpt(&spaced, "licence");
        assert_eq!(before, format!("…{} ", "x".repeat(CONTEXT_BEFORE)));
        assert_eq!(after, format!(" {}…", "y".repeat(CONTEXT_AFTER)));
    }

    #[test]
    fn a_short_text_is_shown_whole() {
        let (before, found, after) = excerpt("Bamako", "bamako");
        assert_eq!(
            (before.as_str(), found.as_str(), after.as_str()),
            ("", "Bamako", "")
        );
    }
}
