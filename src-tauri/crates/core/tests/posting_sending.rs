//! The sending rules read from every posting of the corpus: the few that state them are
//! read as they say, and every other posting gives none, never a rule it does not state.
//! The expectations were written from the postings' text (a search of every sentence that
//! names a file, a size or a format); two of the nine were first missed by that search and
//! found by the reader, then checked by hand.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::PathBuf;

use postulo_core::model::{PieceFormat, PieceLimits, SendingLayout, SendingRules};
use postulo_core::posting::sending_rules;

fn rules(layout: SendingLayout, per_piece_mb: Option<u64>) -> SendingRules {
    SendingRules {
        layout,
        pieces: PieceLimits {
            per_piece_bytes: per_piece_mb.map(|mb| mb * 1_000_000),
            total_bytes: None,
            format: PieceFormat::Pdf,
        },
    }
}

/// The postings that state how to send the files, and what they state.
fn stated() -> Vec<(&'static str, SendingRules)> {
    use SendingLayout::*;
    vec![
        // « … dans un fichier unique. »
        ("02_oim-superviseurs-travaux.txt", rules(OneFile, None)),
        // « … doivent être compilés en un seul document PDF … »
        (
            "16_saba-mali-ingenieur-biomedical.txt",
            rules(OneFile, None),
        ),
        // "… in one PDF document addressed to the Vice-Chancellor"
        (
            "66_university-of-eldoret-18-posts.txt",
            rules(OneFile, None),
        ),
        // « Chaque document suscité devra être scanné sous format PDF ou JPEG avec une
        // taille maximale de 2 Mo. »
        (
            "51_ins-guinee-techniciens-laboratoire.txt",
            rules(PerPiece, Some(2)),
        ),
        ("52_ins-guinee-chauffeurs.txt", rules(PerPiece, Some(2))),
        (
            "53_ins-guinee-agents-collecte.txt",
            rules(PerPiece, Some(2)),
        ),
        // "… send their resume and a cover letter as a single PDF to careers@…"
        ("nigeria-protection-officer.txt", rules(OneFile, None)),
        // « … par courriel en fiché séparé … », « … en fichiers séparés … »
        ("75_pnud-tchad-consultants-pne.txt", rules(PerPiece, None)),
        ("76_pnud-tchad-consultant-meep.txt", rules(PerPiece, None)),
    ]
}

fn corpus() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        root.join("../../../tests/fixtures/posting-corpus"),
        root.join("tests/fixtures/postings"),
    ] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_posting_gives_the_rules_it_states_and_no_other() {
    let stated = stated();
    let files = corpus();
    assert!(files.len() >= 100, "the corpus is there: {}", files.len());
    let mut wrong = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_str().unwrap();
        // Some postings are kept in the encoding they came in (Windows-1252…).
        let bytes = std::fs::read(path).unwrap();
        let text = postulo_core::posting::input::text_from_bytes(&bytes, name).unwrap();
        let expected = stated.iter().find(|(n, _)| *n == name).map(|(_, r)| *r);
        let found = sending_rules(&text);
        if found != expected {
            wrong.push(format!("{name}: found {found:?}, expected {expected:?}"));
        }
    }
    // Every stated posting is in the corpus (a renamed file would pass silently).
    for (name, _) in &stated {
        assert!(
            files.iter().any(|f| f.ends_with(name)),
            "{name} is not in the corpus"
        );
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
