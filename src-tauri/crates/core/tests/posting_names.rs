//! The title, the organization and the duty station as the shipped model reads them: clear
//! postings get their names, headings and sentences are never taken for one, and no value
//! starts in the middle of a word.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use postulo_core::posting::learn::{candidates, RankedField};
use postulo_core::posting::parse_posting;

const LABELLED: &str = "AVIS DE RECRUTEMENT\n\nL'ONG Aide et Santé au Sahel (ASS) est une organisation humanitaire malienne.\n\nIntitulé du poste : Chargé de suivi-évaluation\nLieu d'affectation : Mopti\nType de contrat : CDD de 12 mois\n\nMissions et responsabilités\n- Suivre les indicateurs du projet\n- Rédiger les rapports\n\nProfil du candidat\n- Master en statistique\n\nComposition du dossier\n- CV et lettre de motivation\n\nLes dossiers sont à envoyer à recrutement@ass-mali.org au plus tard le 15 mars 2026 à 17h.";

#[test]
fn a_labelled_posting_gets_its_title_and_place_and_never_a_heading() {
    let p = parse_posting(LABELLED);
    assert_eq!(
        p.title.as_ref().map(|t| t.value.as_str()),
        Some("Chargé de suivi-évaluation")
    );
    assert_eq!(p.location.as_ref().map(|l| l.value.as_str()), Some("Mopti"));
    for f in [&p.title, &p.organization, &p.location]
        .into_iter()
        .flatten()
    {
        for heading in [
            "Missions et responsabilités",
            "Profil du candidat",
            "Composition du dossier",
            "AVIS DE RECRUTEMENT",
        ] {
            assert_ne!(f.value, heading);
        }
        assert!(f.confidence >= 0.5 && f.confidence <= 1.0, "{f:?}");
    }
}

#[test]
fn no_candidate_starts_inside_a_word() {
    // « recrute AGENT(ES) » once lost its first letter: « a » was read as an article.
    for text in [
        "myAgro Côte d'Ivoire\nrecrute\nAGENT(ES) DE SUIVI AGRICOLE ET IMPACT\n",
        "La société X recrute AGENT(ES) DE SUIVI AGRICOLE pour Daloa.",
        "Nous recrutons un ANIMATEUR, une ASSISTANTE et des AGENTS.",
    ] {
        for field in RankedField::ALL {
            for c in candidates(text, field) {
                let v = c.value.to_lowercase();
                assert!(
                    !["gent", "nimateur", "ssistante", "gents"]
                        .iter()
                        .any(|cut| v.starts_with(cut)),
                    "{:?}: {}",
                    field,
                    c.value
                );
            }
        }
    }
}

#[test]
fn a_posting_that_names_nothing_gets_no_names() {
    let text = "Bonjour à tous,\n\nMerci de partager largement.\n\nDate limite : 10 mars 2026.";
    let p = parse_posting(text);
    assert!(p.title.is_none(), "{:?}", p.title);
    assert!(p.organization.is_none(), "{:?}", p.organization);
    assert!(p.location.is_none(), "{:?}", p.location);
}

#[test]
fn an_employer_no_pattern_knows_is_still_a_candidate() {
    // No « X recrute », no label, not in the gazetteer: only its capitals mark the name.
    let text = "Children's Village Project Manager\n\nIslamic Help is an international relief and development charity. Islamic Help works in Tanzania since 2010.\n\nApply by sending your CV to jobs@example.org.";
    let orgs: Vec<String> = candidates(text, RankedField::Organization)
        .into_iter()
        .map(|c| c.value)
        .collect();
    assert!(orgs.iter().any(|o| o == "Islamic Help"), "{orgs:?}");
}

#[test]
fn a_title_after_avis_de_recrutement_or_en_qualite_de_is_a_candidate_whole() {
    for (text, title) in [
        (
            "AVIS DE RECRUTEMENT D’UN STATISTICIEN\n\nL'association recrute.",
            "STATISTICIEN",
        ),
        (
            "Le.la titulaire de poste est engagé.e en qualité d’Agent d’Entretien de l’antenne.",
            "Agent d’Entretien de l’antenne",
        ),
        (
            "Le poste est celui de chargé.e de mission Santé au sein de l’agence.",
            "chargé.e de mission Santé",
        ),
    ] {
        let titles: Vec<String> = candidates(text, RankedField::Title)
            .into_iter()
            .map(|c| c.value)
            .collect();
        assert!(titles.iter().any(|t| t == title), "{title}: {titles:?}");
        // « RECRUTEMENT » is one word: nothing starts inside it.
        assert!(!titles.iter().any(|t| t.starts_with("MENT")), "{titles:?}");
    }
}
