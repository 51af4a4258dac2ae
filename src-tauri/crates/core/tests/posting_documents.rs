//! Document phrases, and the split between documents sent now and asked later.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use postulo_core::model::DocumentKind;
use postulo_core::posting::parse_posting;

fn codes(text: &str) -> (Vec<String>, Vec<String>) {
    let p = parse_posting(text);
    (
        p.documents_now.iter().map(|d| d.value.code()).collect(),
        p.documents_later.iter().map(|d| d.value.code()).collect(),
    )
}

#[track_caller]
fn now(phrase: &str, expected: &[&str]) {
    let (n, l) = codes(&format!("Le dossier de candidature comprend : {phrase}."));
    assert_eq!(n, expected, "{phrase}");
    assert!(l.is_empty(), "{phrase}");
}

#[test]
fn french_phrases() {
    now("un CV détaillé", &["cv"]);
    now("un curriculum vitae", &["cv"]);
    now(
        "une lettre de motivation adressée à Monsieur le Directeur",
        &["cover_letter"],
    );
    now(
        "une demande manuscrite adressée au Ministre",
        &["cover_letter"],
    );
    now("les copies légalisées des diplômes", &["diploma_copies"]);
    now(
        "un extrait de casier judiciaire datant de moins de 3 mois",
        &["criminal_record"],
    );
    now("un certificat de bonne vie et mœurs", &["criminal_record"]);
    now("les certificats de travail", &["work_certificates"]);
    now("les attestations de travail", &["work_certificates"]);
    now("les attestations de stage", &["other:attestations"]);
    now("une photo d'identité", &["id_photo"]);
    now("deux photos d'identité récentes", &["id_photo"]);
    now("un certificat de nationalité", &["nationality_certificate"]);
    now("un acte de naissance", &["birth_certificate"]);
    now("un extrait d'acte de naissance", &["birth_certificate"]);
    now(
        "une copie de la pièce d'identité / CNI / passeport",
        &["id_document"],
    );
    now("un certificat médical", &["medical_certificate"]);
    now("trois références", &["references"]);
    now("les noms et contacts de trois référents", &["references"]);
    now("vos prétentions salariales", &["other:salary_expectations"]);
    now(
        "une offre technique et une offre financière",
        &["other:technical_offer", "other:financial_offer"],
    );
    now("une note méthodologique", &["other:technical_offer"]);
    now("un portfolio", &["other:portfolio"]);
    now(
        "un certificat de résidence",
        &["other:residence_certificate"],
    );
    now(
        "CV, lettre de motivation, copies des diplômes et attestations de travail",
        &["cv", "cover_letter", "diploma_copies", "work_certificates"],
    );
}

#[test]
fn english_phrases() {
    let en = |phrase: &str| {
        codes(&format!("To apply, please submit the following documents: {phrase}. The position is open to all."))
            .0
    };
    assert_eq!(en("a resume"), ["cv"]);
    assert_eq!(en("a cover letter"), ["cover_letter"]);
    assert_eq!(en("copies of diplomas"), ["diploma_copies"]);
    assert_eq!(en("copies of degrees"), ["diploma_copies"]);
    assert_eq!(en("a police clearance"), ["criminal_record"]);
    assert_eq!(en("the names of three referees"), ["references"]);
    assert_eq!(en("a completed P11 form"), ["other:p11"]);
    assert_eq!(en("a copy of your passport"), ["id_document"]);
    assert_eq!(
        en("your salary expectations"),
        ["other:salary_expectations"]
    );
    assert_eq!(
        en("a technical proposal and a financial proposal"),
        ["other:technical_offer", "other:financial_offer"]
    );
    assert_eq!(en("a writing sample"), ["other:writing_sample"]);
}

#[test]
fn documents_asked_only_from_shortlisted_candidates() {
    let (n, l) = codes(
        "Envoyer CV et lettre de motivation à rh@exemple.org. Seuls les candidats présélectionnés devront fournir un extrait de casier judiciaire.",
    );
    assert_eq!(
        (n, l),
        (
            vec!["cv".into(), "cover_letter".into()],
            vec!["criminal_record".to_string()]
        )
    );
    let (n, l) = codes(
        "Pièces à fournir :\n- CV\n- Lettre de motivation\n\nÀ fournir en cas de présélection :\n- certificat médical\n- acte de naissance\n",
    );
    assert_eq!(n, ["cv", "cover_letter"]);
    assert_eq!(l, ["medical_certificate", "birth_certificate"]);
    let (n, l) = codes(
        "Please send a resume and cover letter to jobs@example.org. Shortlisted candidates will be asked to provide a police clearance and copies of diplomas.",
    );
    assert_eq!(n, ["cv", "cover_letter"]);
    assert_eq!(l, ["criminal_record", "diploma_copies"]);
}

#[test]
fn profile_requirements_are_not_documents() {
    let (n, l) = codes(
        "Profil recherché\n\nTitulaire d'un diplôme de Master en gestion.\nAvoir au moins 5 ans d'expérience.\n\nDossier de candidature\n\nCV et lettre de motivation.",
    );
    assert_eq!(n, ["cv", "cover_letter"]);
    assert!(l.is_empty());
    let (n, _) = codes("Le candidat doit être titulaire d'un diplôme universitaire.");
    assert!(n.is_empty());
}

#[test]
fn kinds_and_labels() {
    let p = parse_posting(
        "Le dossier comprend une copie légalisée du diplôme et une photo d'identité.",
    );
    let kinds: Vec<DocumentKind> = p.documents_now.iter().map(|d| d.value.kind).collect();
    assert_eq!(kinds, [DocumentKind::DiplomaCopies, DocumentKind::IdPhoto]);
    assert_eq!(p.documents_now[0].value.label, "copie légalisée du diplôme");
}

// Documents asked only of shortlisted candidates, from real postings of the corpus.

#[test]
fn a_numbered_list_after_a_shortlist_lead_in_is_later() {
    // Ministère de l'Éducation nationale (Sénégal): the numbered items are not headings.
    let (n, l) = codes(
        "📁 DOSSIER À FOURNIR POUR LES PRÉSÉLECTIONNÉS :\n1. Demande adressée à Monsieur le Ministre\n2. Copie légalisée du diplôme académique requis\n3. Certificat médical d'aptitude à l'Enseignement\n4. Copie légalisée de la Carte Nationale d'Identité\n5. Copie légalisée du certificat de nationalité\n6. Certificat de bonne vie et mœurs\n7. Attestation d'exercice signée par l'IA ou l'IEF (au besoin)\n",
    );
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(
        l,
        [
            "cover_letter",
            "diploma_copies",
            "medical_certificate",
            "id_document",
            "nationality_certificate",
            "criminal_record",
            "work_certificates"
        ]
    );
}

#[test]
fn who_will_be_contacted_glued_after_the_documents_does_not_make_them_later() {
    // OIM Côte d'Ivoire: three sentences a job board glued together.
    let (n, l) = codes(
        "Les candidatures doivent comporter un CV détaillé et une lettre de motivation dans un fichier unique.1- La date limite de réception des candidatures est: 14-mars-2025Seul(es) les candidat(es) présélectionné(es) seront contacté(es).",
    );
    assert_eq!(n, ["cv", "cover_letter"]);
    assert!(l.is_empty(), "{l:?}");
}

#[test]
fn medical_fitness_certified_before_hiring_is_later() {
    let (_, l) = codes(
        "L'embauche sera soumise à une certification que les candidats sont médicalement aptes pour l'emploi envisagé.",
    );
    assert_eq!(l, ["medical_certificate"]);
}

#[test]
fn the_steps_of_the_selection_are_not_documents() {
    // myAgro: « vérifier des références » is what the employer does.
    let (n, l) = codes(
        "Processus de recrutement :\n- Le processus d’embauche comprendra les étapes suivantes :\n- Faire un test de recrutement\n- Mener des entretiens de sélection pour les candidats présélectionnés\n- vérifier des références et des antécédents\n",
    );
    assert!(n.is_empty() && l.is_empty(), "{n:?} {l:?}");
}

#[test]
fn a_list_that_names_a_cv_or_a_letter_is_the_dossier_wherever_it_stands() {
    // The heading above the list was lost by a scraper or is the profile's.
    let text = "RECRUTEMENT DE DEUX ANIMATEURS\n\nI- PROFIL EN ANIMATION\n\
                Le stagiaire en animation\n\
                • Une lettre de motivation adressée à la Présidente ;\n\
                • Une copie du CV signé et daté ;\n\
                • Copie du diplôme équivalent au poste ;\n\
                • Copie de la carte d'identité ;\n\
                • Lieu : Calavi\n";
    assert_eq!(
        codes(text).0,
        ["cover_letter", "cv", "diploma_copies", "id_document"]
    );
    let glued = "Prime de déplacementDossiers de candidatureCOMMENT POSTULER\n\n CV\n lettre de motivation\n copie diplômes\nà envoyer à rh@example.org\n";
    assert_eq!(codes(glued).0, ["cv", "cover_letter", "diploma_copies"]);
}

#[test]
fn a_profile_list_of_diplomas_without_a_cv_or_letter_is_not_the_dossier() {
    let text = "Profil recherché\n\n\
                • Diplôme de Master en économie ;\n\
                • Diplôme d'ingénieur statisticien ;\n\
                • Attestation de formation en SIG appréciée.\n";
    assert_eq!(codes(text), (Vec::<String>::new(), Vec::<String>::new()));
}
