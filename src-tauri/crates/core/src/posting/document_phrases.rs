//! The phrases that name a required document, by kind: « CV détaillé », « copies légalisées
//! des diplômes », « extrait de casier judiciaire », "police clearance"… Where they count as
//! required, and when the piece is due, is `documents`'s business.

use crate::model::DocumentKind;

/// (group name, kind, code for `Other`, pattern). Order is priority at a same position.
pub(super) const PHRASES: &[(&str, DocumentKind, Option<&str>, &str)] = &[
    (
        "skip",
        DocumentKind::Other,
        None,
        r"attestations? sur l'honneur|declarations? sur l'honneur",
    ),
    (
        "criminal",
        DocumentKind::CriminalRecord,
        None,
        r"extraits? (?:du |de )?casier judiciaire|casiers? judiciaires?|bulletin n°\s*3|certificats? de bonne vie et m(?:oe|œ)urs|police (?:clearance|record|certificate)s?|criminal (?:record|background)(?: check| certificate| extract)?|certificates? of good conduct|good conduct certificates?",
    ),
    (
        "work",
        DocumentKind::WorkCertificates,
        None,
        r"certificats? de travail|attestations? de travail|attestations? d'exercice|attestations? d'emploi|attestations? de services? (?:faits|rendus)|certificats? d'emploi|work certificates?|employment certificates?|certificates? of (?:employment|service)|proof of (?:previous )?employment|work attestations?",
    ),
    (
        "birth",
        DocumentKind::BirthCertificate,
        None,
        r"extraits? (?:d'acte )?de naissance|actes? de naissance|birth certificates?|jugements? suppletifs?",
    ),
    (
        "nationality",
        DocumentKind::NationalityCertificate,
        None,
        r"certificats? de nationalite|certificates? of nationality|nationality certificates?",
    ),
    (
        "medical",
        DocumentKind::MedicalCertificate,
        None,
        r"certificats? medica(?:l|ux)|medicalement aptes?|medically fit|certificats? de visite (?:et contre[- ]visite )?medicale|certificats? d'aptitude (?:physique|medicale)|medical (?:certificate|fitness certificate|clearance)s?",
    ),
    (
        "diploma",
        DocumentKind::DiplomaCopies,
        None,
        r"(?:copies? (?:legalisees? |certifiees? (?:conformes? )?)?(?:des |du |de vos |de leurs |de la |de )?)?diplomes?|attestations? de reussite|attestations? de diplome|copies? of (?:academic |relevant )?(?:diplomas?|degrees?|certificates|qualifications)|academic (?:certificates|credentials|transcripts|qualifications)|(?:academic|professional) and (?:academic|professional) certificates|diplomas|degree certificates?|titres universitaires",
    ),
    (
        "residence",
        DocumentKind::Other,
        Some("residence_certificate"),
        r"(?:certificats?|attestations?) de residence|certificates? of residence|proof of (?:residence|address)",
    ),
    (
        "attestations",
        DocumentKind::Attestations,
        None,
        r"attestations? de stage|attestations? de formation|attestations?",
    ),
    (
        "cover",
        DocumentKind::CoverLetter,
        None,
        r"lettres? de motivation|lettres? de candidature|demande manuscrite|demandes? (?:ecrites? |manuscrites? )?adressees? a|lettre manuscrite|cover(?:ing)? letters?|letters? of (?:motivation|interest|application)|motivation(?:al)? letters?",
    ),
    (
        "cv",
        DocumentKind::Cv,
        None,
        r"curriculum vit(?:ae|æ|e)|\bcv\b|\bc\.v\.?|\bresumes?\b",
    ),
    (
        "references",
        DocumentKind::References,
        None,
        r"(?:trois|deux|quatre|cinq|three|two|four|five|\d)\s*(?:\(\d\)\s*)?(?:professional )?(?:references|referents|referees)(?: professionnel(?:le)?s)?|references professionnelles|professional references|noms? (?:et (?:adresses|contacts) )?(?:de |des )?(?:\d+ |trois |deux )?(?:referents|references)|personnes? de reference|referees|references\b",
    ),
    (
        "photo",
        DocumentKind::IdPhoto,
        None,
        r"photos? d'identite|photos? (?:recentes? )?(?:de format |format )?(?:identite|passeport)|passport[- ](?:size )?photo(?:graph)?s?|photos? recentes?",
    ),
    (
        "id",
        DocumentKind::IdDocument,
        None,
        r"pieces? d'identite|cartes? (?:nationale )?d'identite|\bcni\b|passeports?|passports?\b|national id(?:entity)? cards?|identity (?:card|document)s?|copy of (?:your )?(?:id|passport)",
    ),
    (
        "p11",
        DocumentKind::Other,
        Some("p11"),
        r"formulaire p\.?11|p\.?11 form|personal history (?:form|profile)",
    ),
    (
        "application_form",
        DocumentKind::Other,
        Some("application_form"),
        r"formulaire de candidature|application form|fiche de candidature",
    ),
    (
        "driving_licence",
        DocumentKind::Other,
        Some("driving_licence"),
        r"(?:copies? (?:du |de votre |of (?:your |a )?)?)?(?:permis de conduire|driv(?:er'?s|ing) licen[cs]e)",
    ),
    (
        "salary",
        DocumentKind::Other,
        Some("salary_expectations"),
        r"pretentions? salariales?|pretentions? de salaire|salary (?:expectations?|requirements?)|expected salary",
    ),
    (
        "technical_offer",
        DocumentKind::Other,
        Some("technical_offer"),
        r"(?:offres?|propositions?) techniques?|technical (?:proposals?|offers?)|notes? (?:technique|methodologique)s?|methodolog(?:y|ical) notes?",
    ),
    (
        "financial_offer",
        DocumentKind::Other,
        Some("financial_offer"),
        r"(?:offres?|propositions?) financieres?|financial (?:proposals?|offers?)",
    ),
    (
        "portfolio",
        DocumentKind::Other,
        Some("portfolio"),
        r"portfolios?",
    ),
    (
        "writing_sample",
        DocumentKind::Other,
        Some("writing_sample"),
        r"writing samples?|samples? of (?:your )?(?:written )?work|echantillons? (?:de texte|d'ecrits?|de travaux)",
    ),
];
