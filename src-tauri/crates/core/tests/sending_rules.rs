//! How an application's files must be sent: read from the posting it was imported from,
//! set by the candidate, refused outside what can be sent, gone with the application.

#![allow(clippy::unwrap_used)] // test code

use crate::common::application;
use postulo_core::error::Invalid;
use postulo_core::model::{PieceFormat, PieceLimits, RulesSource, SendingLayout, SendingRules};
use postulo_core::{Error, Store};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    (dir, store)
}

const POSTING: &str = "AVIS DE RECRUTEMENT\n\
Poste : Comptable principal\n\
Dossier de candidature : CV, lettre de motivation, copies des diplômes.\n\
Chaque document suscité devra être scanné sous format PDF ou JPEG avec une taille maximale de 2 Mo.\n\
Le tout ne devra pas dépasser 8 Mo au total.\n";

#[test]
fn an_imported_posting_s_rules_are_kept_with_its_application() {
    let (_dir, store) = store();
    let app = store
        .create_application_from_posting(
            application("Comptable principal", "FENOS-CI", Some("2030-03-14")),
            vec![],
            POSTING,
        )
        .unwrap();
    let kept = store.sending_rules(app.id).unwrap();
    assert_eq!(kept.source, Some(RulesSource::Posting));
    assert_eq!(
        kept.rules,
        SendingRules {
            layout: SendingLayout::PerPiece,
            pieces: PieceLimits {
                per_piece_bytes: Some(2_000_000),
                total_bytes: Some(8_000_000),
                format: PieceFormat::Pdf,
            },
        }
    );
    // What the review screen showed is what was kept.
    let draft = postulo_core::posting::draft_from_text(POSTING, "Africa/Abidjan");
    assert_eq!(draft.sending, Some(kept.rules));
}

#[test]
fn a_posting_that_says_nothing_leaves_the_defaults() {
    let (_dir, store) = store();
    let app = store
        .create_application_from_posting(
            application("Juriste", "ONG", None),
            vec![],
            "Poste : Juriste\nEnvoyer CV et lettre à rh@ong.org",
        )
        .unwrap();
    let kept = store.sending_rules(app.id).unwrap();
    assert_eq!(kept.source, None);
    assert!(kept.rules.is_unstated());
    let typed = store
        .create_application(application("Chauffeur", "PNUD", None))
        .unwrap();
    assert_eq!(store.sending_rules(typed.id).unwrap().source, None);
}

#[test]
fn the_candidate_sets_the_rules_and_bad_limits_change_nothing() {
    let (_dir, store) = store();
    let app = store
        .create_application_from_posting(
            application("Comptable principal", "FENOS-CI", None),
            vec![],
            POSTING,
        )
        .unwrap();
    let jpeg = SendingRules {
        layout: SendingLayout::PerPiece,
        pieces: PieceLimits {
            per_piece_bytes: Some(500_000),
            total_bytes: None,
            format: PieceFormat::Jpeg,
        },
    };
    let kept = store.set_sending_rules(app.id, jpeg).unwrap();
    assert_eq!(kept.source, Some(RulesSource::Candidate));
    assert_eq!(store.sending_rules(app.id).unwrap(), kept);

    // 10 bytes a piece: no page fits; refused, the rules as they were.
    let tiny = SendingRules {
        pieces: PieceLimits {
            per_piece_bytes: Some(10),
            ..jpeg.pieces
        },
        ..jpeg
    };
    assert!(matches!(
        store.set_sending_rules(app.id, tiny),
        Err(Error::Validation {
            field: "per_piece_bytes",
            reason: Invalid::OutOfRange
        })
    ));
    assert_eq!(store.sending_rules(app.id).unwrap(), kept);

    // One file: the per-piece settings do not apply and are not kept.
    let one = store
        .set_sending_rules(
            app.id,
            SendingRules {
                layout: SendingLayout::OneFile,
                ..jpeg
            },
        )
        .unwrap();
    assert_eq!(one.rules.pieces.per_piece_bytes, None);
    assert_eq!(one.rules.pieces.format, PieceFormat::Pdf);

    assert!(matches!(
        store.set_sending_rules(999, jpeg),
        Err(Error::NotFound { id: 999, .. })
    ));
    assert!(matches!(
        store.sending_rules(999),
        Err(Error::NotFound { id: 999, .. })
    ));

    // Deleted with its application.
    store.delete_application(app.id).unwrap();
    assert!(matches!(
        store.sending_rules(app.id),
        Err(Error::NotFound { .. })
    ));
}
