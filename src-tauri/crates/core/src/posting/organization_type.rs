//! What kind of employer a posting is from (« ONG », « Nations unies », public, privé), for
//! the statistics. Said only when the name or the posting says it plainly; otherwise left
//! unknown for the candidate to set, since a wrong kind skews every figure built on it.

use std::sync::LazyLock;

use super::lexicon::{NGOS, PARTNERS, UN_SYSTEM};
use super::pattern::{fold, Pat};
use crate::model::OrganizationType;

/// Words of an association's name: « Fédération nationale des organisations de santé »
/// is an association even though it says « nationale ».
static NGO_WORDS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:ong|ngo|association|asbl|fondation|foundation|federation|reseau|network|collectif|plateforme des ong|mouvement|caritas|organisation non gouvernementale|non-governmental organi[sz]ation)\b",
    )
});

/// Public bodies: ministries, agencies and offices of the State, local authorities,
/// public universities and hospitals, national programmes and projects.
static PUBLIC_WORDS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:le |la |l'|les )?(?:ministere|ministry|direction (?:generale|nationale|regionale)|agence (?:nationale|de gestion|pour la promotion)|office (?:national|national)|mairie|commune (?:de|d')|conseil (?:regional|departemental|municipal)|prefecture|gouvernorat|republique|gouvernement|presidence|primature|assemblee nationale|universite|centre hospitalier|chu\b|hopital|caisse nationale|fonds national|institut national|ecole nationale|programme national|projet d'appui|unite de coordination|cellule de coordination|ageroute|agetip)",
    )
});

/// Legal forms and words of companies.
static PRIVATE_WORDS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:sa|s\.a\.|sarl|s\.a\.r\.l\.|sas|sasu|suarl|ltd|limited|plc|inc|gmbh|llc|groupe|group|cabinet|consulting|holding|industries|telecom|bank|banque|assurances?|microfinance)\b",
    )
});

/// The posting saying what its employer is: « X est une ONG internationale », "an
/// international NGO".
static SELF_DESCRIBED_NGO: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:est une|is an?|une|an) (?:(?:ong|ngo)|organisation non gouvernementale|non-governmental organi[sz]ation|international ngo|association)\b",
    )
});

/// The kind of employer `organization` is, judged on its name first, then on how the
/// posting `text` describes it.
pub(crate) fn organization_type(organization: &str, text: &str) -> Option<OrganizationType> {
    let name = fold(organization.trim());
    if name.is_empty() {
        return None;
    }
    let padded = format!(" {} ", name.replace(['\'', '(', ')', ',', '-'], " "));
    let names_one = |list: &[&str]| {
        list.iter()
            .filter(|o| o.len() >= 3)
            .any(|o| padded.contains(&format!(" {} ", o.replace(['\'', '-'], " "))))
    };
    if names_one(UN_SYSTEM) {
        return Some(OrganizationType::Un);
    }
    if names_one(PARTNERS) {
        return None;
    }
    if names_one(NGOS) || NGO_WORDS.is_match(&name) {
        return Some(OrganizationType::Ngo);
    }
    if PUBLIC_WORDS.is_match(&name) {
        return Some(OrganizationType::Public);
    }
    if PRIVATE_WORDS.is_match(&name) {
        return Some(OrganizationType::Private);
    }
    // Only the first part of the posting describes the employer; later parts may name
    // partners and donors.
    let head: String = text.chars().take(3000).collect();
    SELF_DESCRIBED_NGO
        .is_match(&fold(&head))
        .then_some(OrganizationType::Ngo)
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrganizationType::{Ngo, Private, Public, Un};

    #[test]
    fn employers_of_the_region_get_their_kind() {
        let cases: &[(&str, Option<OrganizationType>)] = &[
            ("UNICEF", Some(Un)),
            (
                "Programme des Nations Unies pour le Développement (PNUD)",
                Some(Un),
            ),
            (
                "Organisation Internationale pour les Migrations (OIM)",
                Some(Un),
            ),
            ("Médecins Sans Frontières", Some(Ngo)),
            ("Save the Children International", Some(Ngo)),
            (
                "Fédération Nationale des Organisations de Santé de Côte d’Ivoire (FENOS-CI)",
                Some(Ngo),
            ),
            ("ONG Tonus", Some(Ngo)),
            (
                "Ministère de la Santé et de l'Hygiène Publique",
                Some(Public),
            ),
            ("AGEROUTE SÉNÉGAL", Some(Public)),
            ("Université Félix Houphouët-Boigny", Some(Public)),
            ("Groupe Saba Mali", Some(Private)),
            ("Orange Côte d'Ivoire SA", Some(Private)),
            ("Société Générale Cameroun", None),
            ("Banque mondiale", None),
            ("GIZ", None),
            ("", None),
        ];
        for (name, kind) in cases {
            assert_eq!(organization_type(name, ""), *kind, "{name}");
        }
    }

    #[test]
    fn a_posting_that_calls_its_employer_an_ngo_is_believed_only_near_the_top() {
        let text = "ALIMA Sahel est une ONG médicale internationale qui recrute…";
        assert_eq!(organization_type("ALIMA Sahel", text), Some(Ngo));
        // "alima" is known anyway; an unknown name relies on the text.
        assert_eq!(
            organization_type("Tinkisso Santé", "Tinkisso Santé est une ONG guinéenne."),
            Some(Ngo)
        );
        let far = format!("{}Nos partenaires : une ONG locale.", "x ".repeat(2000));
        assert_eq!(organization_type("Tinkisso Santé", &far), None);
    }
}
