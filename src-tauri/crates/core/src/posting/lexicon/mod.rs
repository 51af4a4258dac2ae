//! The words the field ranker knows: nouns of jobs (French and English), section headings
//! that are never a title nor an employer, words and legal forms of organizations, and a
//! gazetteer of the organizations that hire in West and Central Africa (UN agencies with
//! their French and English names and acronyms, international NGOs, donors, development
//! agencies). Places live in [`super::timezone`]. Everything here is matched on folded text
//! ([`super::pattern::fold`]): lower case, no accents.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::pattern::Pat;
use organizations::ORGANIZATIONS;
pub(crate) use organizations::{NGOS, PARTNERS, UN_SYSTEM};

mod organizations;

/// Nouns that name a job. A title almost always holds one; an employer's name rarely does.
/// Folded, singular; feminine and plural forms are caught by the prefix match in
/// [`has_job_noun`].
const JOB_NOUNS: &[&str] = &[
    // French
    "agent",
    "agente",
    "assistant",
    "assistante",
    "adjoint",
    "administrateur",
    "administratrice",
    "analyste",
    "animateur",
    "animatrice",
    "archiviste",
    "auditeur",
    "auxiliaire",
    "avocat",
    "caissier",
    "caissiere",
    "charge",
    "chargee",
    "chauffeur",
    "chef",
    "chercheur",
    "commercial",
    "commerciale",
    "comptable",
    "conducteur",
    "conseiller",
    "conseillere",
    "consultant",
    "consultante",
    "contremaitre",
    "contrôleur",
    "controleur",
    "coordinateur",
    "coordinatrice",
    "coordonnateur",
    "coordonnatrice",
    "coursier",
    "cuisinier",
    "delegue",
    "developpeur",
    "directeur",
    "directrice",
    "documentaliste",
    "econome",
    "economiste",
    "educateur",
    "electricien",
    "enqueteur",
    "enseignant",
    "expert",
    "experte",
    "facilitateur",
    "formateur",
    "gardien",
    "gestionnaire",
    "gerant",
    "infirmier",
    "infirmiere",
    "informaticien",
    "ingenieur",
    "inspecteur",
    "intendant",
    "interprete",
    "juriste",
    "logisticien",
    "logisticienne",
    "magasinier",
    "manager",
    "mecanicien",
    "medecin",
    "mobilisateur",
    "moniteur",
    "nutritionniste",
    "operateur",
    "officier",
    "pharmacien",
    "planton",
    "professeur",
    "psychologue",
    "receptionniste",
    "redacteur",
    "referent",
    "representant",
    "responsable",
    "sage-femme",
    "secretaire",
    "superviseur",
    "superviseure",
    "stagiaire",
    "surveillant",
    "technicien",
    "technicienne",
    "traducteur",
    "tresorier",
    "vendeur",
    "veterinaire",
    "volontaire",
    "enseignants",
    "gestionnaire",
    "commis",
    "agronome",
    "statisticien",
    "sociologue",
    "epidemiologiste",
    "biologiste",
    "laborantin",
    "topographe",
    "architecte",
    "journaliste",
    "community",
    "specialiste",
    "point focal",
    "personnel",
    // English
    "accountant",
    "administrator",
    "adviser",
    "advisor",
    "analyst",
    "associate",
    "auditor",
    "cashier",
    "clerk",
    "cleaner",
    "coordinator",
    "counsellor",
    "counselor",
    "designer",
    "developer",
    "director",
    "driver",
    "economist",
    "editor",
    "engineer",
    "enumerator",
    "expert",
    "facilitator",
    "guard",
    "head",
    "intern",
    "lead",
    "lecturer",
    "librarian",
    "mechanic",
    "midwife",
    "mobiliser",
    "mobilizer",
    "monitor",
    "nurse",
    "officer",
    "operator",
    "pharmacist",
    "physician",
    "researcher",
    "receptionist",
    "representative",
    "scientist",
    "secretary",
    "specialist",
    "supervisor",
    "teacher",
    "technician",
    "trainer",
    "translator",
    "volunteer",
    "worker",
];

/// Section headings of postings: never a title nor an organization, though they stand
/// alone on a line like one. Folded; a line counts when it starts with one of these and
/// is short.
const HEADINGS: &[&str] = &[
    "a propos",
    "about",
    "about us",
    "about the job",
    "about the organization",
    "activites",
    "activities",
    "apply",
    "application",
    "applications",
    "attributions",
    "avantages",
    "background",
    "benefits",
    "candidature",
    "candidatures",
    "comment postuler",
    "competences",
    "composition du dossier",
    "conditions",
    "connaissances",
    "contexte",
    "context",
    "contact",
    "criteres",
    "date limite",
    "deadline",
    "description",
    "description du poste",
    "description de poste",
    "dossier de candidature",
    "dossiers de candidature",
    "duties",
    "education",
    "experience",
    "experiences",
    "fiche de poste",
    "formation",
    "how to apply",
    "informations",
    "job description",
    "job purpose",
    "job summary",
    "justification",
    "key responsibilities",
    "langues",
    "languages",
    "livrables",
    "main responsibilities",
    "missions",
    "mission",
    "modalites",
    "nous offrons",
    "objectif",
    "objectifs",
    "objet",
    "offre d'emploi",
    "our offer",
    "pieces a fournir",
    "presentation",
    "procedure",
    "profil",
    "profil du poste",
    "profil du candidat",
    "profil recherche",
    "profile",
    "qualifications",
    "quel sera votre role",
    "qui sommes-nous",
    "remuneration",
    "requirements",
    "responsabilites",
    "responsibilities",
    "resultats attendus",
    "role",
    "salaire",
    "skills",
    "summary",
    "taches",
    "termes de reference",
    "the role",
    "vos missions",
    "votre profil",
    "what we offer",
    "who we are",
    "avis de recrutement",
    "avis de vacance",
    "appel a candidatures",
    "call for applications",
    "vacancy announcement",
    "job offer",
    "offre",
    "recrutement",
    "republique",
    "ministere",
];

/// Words of organizations' names. An employer's name usually holds one or an acronym.
static ORG_WORDS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:ong|ngo|association|fondation|foundation|ministere|ministry|agence|agency|programme|program|nations unies|united nations|institut|institute|office|direction|societe|company|bureau|fonds|fund|organisation|organization|organisme|croix|federation|conseil|commission|projet|project|universite|university|hopital|hospital|centre|center|mairie|commune|cabinet|banque|bank|groupe|group|reseau|network|alliance|comite|committee|union|cooperation|corporation|entreprise|consortium|initiative|mission|service|caisse|chambre|plateforme|platform|coalition|international|internationale)\b",
    )
});

/// Legal forms and prefixes that make a line an organization: « … S.A. », « SARL »,
/// « Groupe … », « ONG … », « Ministère … ».
static ORG_FORMS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"(?:\bs\.?a\.?r?\.?l?\.?$|\bsarl\b|\bsa\b$|\bsas\b|\bs\.a\.|\bltd\b|\binc\b|\bgmbh\b|^groupe\b|^group\b|^ong\b|^ngo\b|^ministere\b|^ministry\b|^agence\b|^cabinet\b|^societe\b|^association\b|^fondation\b|^universite\b|^direction\b|^office\b|^programme\b|^projet\b|^mairie\b|^commune\b)",
    )
});

/// True when `folded` (a folded line or value) holds a job noun as a whole word, or as the
/// start of one ("chargé(e)", "agents", "coordinateur.trice").
pub(crate) fn has_job_noun(folded: &str) -> bool {
    words(folded).any(|w| JOB_SET.contains(w) || JOB_SET.contains(w.trim_end_matches('s')))
}

/// True when the first word of `folded` is a job noun ("Chargé de …", "Driver").
pub(crate) fn starts_with_job_noun(folded: &str) -> bool {
    words(folded)
        .find(|w| {
            !matches!(
                *w,
                // Articles, and the ranks before a job ("Senior Officer").
                "un" | "une"
                    | "des"
                    | "a"
                    | "an"
                    | "le"
                    | "la"
                    | "l"
                    | "01"
                    | "senior"
                    | "junior"
                    | "chief"
                    | "deputy"
                    | "principal"
                    | "regional"
                    | "national"
                    | "grand"
            )
        })
        .is_some_and(|w| JOB_SET.contains(w) || JOB_SET.contains(w.trim_end_matches('s')))
}

/// True when `folded` starts with a section heading and is not much longer than it.
pub(crate) fn is_heading(folded: &str) -> bool {
    let t = folded.trim_matches(|c: char| !c.is_alphanumeric());
    HEADINGS.iter().any(|h| {
        t.starts_with(h)
            && t.get(h.len()..).is_some_and(|rest| {
                rest.is_empty()
                    || (!rest.starts_with(|c: char| c.is_alphanumeric())
                        && rest.split_whitespace().count() <= 3)
            })
    })
}

/// True when `s` holds a word of organizations' names.
pub(crate) fn has_org_word(s: &str) -> bool {
    ORG_WORDS.is_match(s)
}

/// True when `s` has the legal form or prefix of an organization.
pub(crate) fn has_org_form(s: &str) -> bool {
    ORG_FORMS.is_match(s.trim())
}

/// How `folded` relates to the gazetteer of organizations: 2 when it is one, 1 when it
/// holds one as whole words, 0 otherwise.
pub(crate) fn known_organization(folded: &str) -> u8 {
    let key = key(folded);
    if ORG_SET.contains(key.as_str()) {
        return 2;
    }
    // "l'unicef" holds "unicef": elided articles are split off for this look-up.
    let padded = format!(" {} ", key.replace('\'', " "));
    if PADDED_ORGANIZATIONS
        .iter()
        .any(|o| padded.contains(o.as_str()))
    {
        1
    } else {
        0
    }
}

/// Every known organization named in `text`, as normalized byte ranges (at most `limit`).
pub(crate) fn organizations_in(text: &str, limit: usize) -> Vec<std::ops::Range<usize>> {
    ORG_SCAN
        .find_iter(text)
        .take(limit)
        .map(|m| m.range())
        .collect()
}

/// The gazetteer's names of three letters or more as whole words (« unicef » → « unicef »
/// between spaces, elisions split off), made once: every candidate is looked up in it.
static PADDED_ORGANIZATIONS: LazyLock<Vec<String>> = LazyLock::new(|| {
    ORGANIZATIONS
        .iter()
        .filter(|o| o.len() >= 3)
        .map(|o| format!(" {} ", o.replace('\'', " ")))
        .collect()
});

static ORG_SCAN: LazyLock<Pat> = LazyLock::new(|| {
    // Short acronyms are looked for in capitals only (« PAM », not « pam » in a word).
    let mut long: Vec<&str> = ORGANIZATIONS
        .iter()
        .copied()
        .filter(|o| o.len() > 4)
        .collect();
    long.sort_by_key(|o| std::cmp::Reverse(o.len()));
    let alts: Vec<String> = long.iter().map(|o| regex::escape(o)).collect();
    Pat::new(&format!(r"\b(?:{})\b", alts.join("|")))
});

static JOB_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| JOB_NOUNS.iter().copied().collect());
static ORG_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ORGANIZATIONS.iter().copied().collect());

fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
}

/// Words of `folded` joined by single spaces: the form used to compare names.
pub(crate) fn key(folded: &str) -> String {
    folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '&' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::pattern::fold;

    #[test]
    fn job_nouns_headings_and_organizations() {
        assert!(has_job_noun(&fold("Chargé(e) de suivi-évaluation")));
        assert!(has_job_noun(&fold("AGENTS DE SUIVI")));
        assert!(starts_with_job_noun(&fold("Un Comptable principal")));
        assert!(!has_job_noun(&fold(
            "Fédération Nationale des Organisations de Santé"
        )));
        assert!(is_heading(&fold("Missions et responsabilités")));
        assert!(is_heading(&fold("PROFIL DU CANDIDAT :")));
        assert!(!is_heading(&fold("Chef de mission")));
        assert_eq!(known_organization(&fold("UNICEF")), 2);
        assert_eq!(known_organization(&fold("Bureau de l'UNICEF au Mali")), 1);
        assert_eq!(known_organization(&fold("Comptable principal")), 0);
        assert!(has_org_form("Groupe Saba Mali"));
        assert!(has_org_form("SONATEL S.A."));
        assert_eq!(
            organizations_in(&fold("Le Programme Alimentaire Mondial recrute"), 5).len(),
            1
        );
    }
}
