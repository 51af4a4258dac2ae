//! The help and messages of what a piece is asked as (`checklist add|require --form
//! --copies --max-age --handwritten`) and of a vault document's dates (`vault edit`, `--certified`).
//! The requirements themselves (« Copie légalisée · 3 exemplaires ») are worded by the core.

use super::CommandHelp;

#[derive(Debug, Clone, Copy)]
pub struct PieceTexts {
    pub v_form: &'static str,
    pub v_copies: &'static str,
    pub v_age: &'static str,
    pub v_yes_no: &'static str,
    pub form: &'static str,
    pub copies: &'static str,
    pub max_age: &'static str,
    pub handwritten: &'static str,
    pub require: CommandHelp,
    pub require_form: &'static str,
    pub require_copies: &'static str,
    pub require_max_age: &'static str,
    pub require_handwritten: &'static str,

    pub vault_edit: CommandHelp,
    pub vault_edit_id: &'static str,
    pub edit_title: &'static str,
    pub edit_kind: &'static str,
    pub edit_issued: &'static str,
    pub valid_until: &'static str,
    pub certified: &'static str,
    pub add_certified: &'static str,

    // Messages; `{}` filled in order.
    pub bad_form: &'static str,
    pub bad_copies: &'static str,
    pub bad_age: &'static str,
    pub bad_yes_no: &'static str,
    pub required: &'static str,
    pub nothing_asked: &'static str,
    pub document_edited: &'static str,
    pub issued_on: &'static str,
    pub certified_on: &'static str,
    pub valid_until_on: &'static str,
}

pub const FR: PieceTexts = PieceTexts {
    v_form: "FORME",
    v_copies: "N",
    v_age: "ÂGE",
    v_yes_no: "oui|non",
    form: "Forme demandée : original, simple (copie simple), certifiee (copie certifiée \
           conforme), legalisee (copie légalisée), traduction (traduction certifiée) ; ou le \
           code (certified_copy…)",
    copies: "Nombre d'exemplaires demandés (1 à 20)",
    max_age: "Ancienneté maximale à la date limite : 3m ou 3mois, 90j ou 90jours (« de moins \
              de 3 mois ») ; pour une copie certifiée, comptée depuis la certification",
    handwritten: "oui : la pièce est à écrire à la main (« demande manuscrite »), puis à \
                  scanner ou photographier",
    require: CommandHelp {
        about: "Change ce qu'une pièce demande (forme, exemplaires, ancienneté) : les options \
                non données restent telles quelles, none retire l'exigence (à la main : \
                --handwritten oui|non)",
        usage: "postulo-cli checklist require ID PIÈCE [--form FORME|none] [--copies N|none] \
                [--max-age ÂGE|none] [--handwritten oui|non] [--json]",
    },
    require_form: "Forme demandée (voir checklist add --help), ou none",
    require_copies: "Nombre d'exemplaires (1 à 20), ou none",
    require_max_age: "Ancienneté maximale (3m, 90j…), ou none",
    require_handwritten: "oui : à écrire à la main ; non : tapée convient",

    vault_edit: CommandHelp {
        about: "Modifie un document du coffre : chaque option donnée remplace ce champ, les \
                autres restent tels quels",
        usage: "postulo-cli vault edit DOCUMENT [--title TITRE] [--kind TYPE] \
                [--issued DATE|none] [--valid-until DATE|none] [--certified DATE|none] [--json]",
    },
    vault_edit_id: "Numéro du document (voir vault list)",
    edit_title: "Nouveau titre",
    edit_kind: "Nouveau type de pièce (cv, criminal_record, casier…)",
    edit_issued: "Date de délivrance (AAAA-MM-JJ ou JJ/MM/AAAA), ou none",
    valid_until:
        "Dernier jour où le document est accepté (AAAA-MM-JJ ou JJ/MM/AAAA) ; none revient à la \
                  règle du type (3 mois pour un casier judiciaire)",
    certified:
        "Date de certification d'une copie certifiée ou légalisée (AAAA-MM-JJ ou JJ/MM/AAAA), ni \
                future ni avant la délivrance ; none l'efface",
    add_certified:
        "Date de certification, pour une copie certifiée ou légalisée (AAAA-MM-JJ ou JJ/MM/AAAA)",

    bad_form: "--form : forme inconnue « {} » (formes : {} ; ou simple, certifiee, legalisee, \
               traduction)",
    bad_copies: "--copies : « {} » n'est pas un nombre d'exemplaires (1 à 20)",
    bad_age: "--max-age : ancienneté illisible « {} » (par ex. 3m, 3mois, 90j, 90jours)",
    bad_yes_no: "--handwritten : « {} » n'est ni oui ni non",
    required: "Candidature {} : pièce #{} « {} » : {}",
    nothing_asked: "rien de particulier demandé",
    document_edited: "Document {} modifié : « {} » ({})",
    issued_on: "Délivré le {}",
    certified_on: "Certifié le {}",
    valid_until_on: "Valable jusqu'au {}",
};

pub const EN: PieceTexts = PieceTexts {
    v_form: "FORM",
    v_copies: "N",
    v_age: "AGE",
    v_yes_no: "yes|no",
    form: "Form asked: original, simple_copy, certified_copy (certified true copy), \
           legalized_copy, certified_translation",
    copies: "Number of copies asked (1 to 20)",
    max_age: "Oldest accepted on the deadline: 3m or 3months, 90d or 90days (\"less than 3 \
              months old\"); for a certified copy, counted from its certification",
    handwritten: "yes: the piece is to be written by hand (\"handwritten letter\"), then \
                  scanned or photographed",
    require: CommandHelp {
        about: "Change what a piece asks (form, copies, age): options not given stay as they \
                are, none removes the requirement (by hand: --handwritten yes|no)",
        usage: "postulo-cli checklist require ID PIECE [--form FORM|none] [--copies N|none] \
                [--max-age AGE|none] [--handwritten yes|no] [--json]",
    },
    require_form: "Form asked (see checklist add --help), or none",
    require_copies: "Number of copies (1 to 20), or none",
    require_max_age: "Oldest accepted (3m, 90d…), or none",
    require_handwritten: "yes: to be handwritten; no: typed will do",

    vault_edit: CommandHelp {
        about: "Change a vault document: each option given replaces that field, the others \
                stay as they are",
        usage: "postulo-cli vault edit DOCUMENT [--title TITLE] [--kind KIND] \
                [--issued DATE|none] [--valid-until DATE|none] [--certified DATE|none] [--json]",
    },
    vault_edit_id: "Number of the document (see vault list)",
    edit_title: "New title",
    edit_kind: "New kind of document (cv, criminal_record…)",
    edit_issued: "Date of issue (YYYY-MM-DD or DD/MM/YYYY), or none",
    valid_until:
        "Last day the document is accepted (YYYY-MM-DD or DD/MM/YYYY); none goes back to the \
                  kind's rule (3 months for a criminal record)",
    certified:
        "Day a certified or legalized copy was stamped (YYYY-MM-DD or DD/MM/YYYY), neither in the \
                future nor before the issue; none removes it",
    add_certified:
        "Day of certification, for a certified or legalized copy (YYYY-MM-DD or DD/MM/YYYY)",

    bad_form: "--form: unknown form \"{}\" (forms: {})",
    bad_copies: "--copies: \"{}\" is not a number of copies (1 to 20)",
    bad_age: "--max-age: cannot read the age \"{}\" (e.g. 3m, 3months, 90d, 90days)",
    bad_yes_no: "--handwritten: \"{}\" is neither yes nor no",
    required: "Application {}: piece #{} \"{}\": {}",
    nothing_asked: "nothing particular asked",
    document_edited: "Document {} changed: \"{}\" ({})",
    issued_on: "Issued on {}",
    certified_on: "Certified on {}",
    valid_until_on: "Valid until {}",
};
