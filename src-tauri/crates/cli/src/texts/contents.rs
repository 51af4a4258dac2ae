//! The help and messages of what the vault reads in its documents: searching them by
//! content (`vault search`) and what a document's text suggests (`vault suggestion`).

use super::CommandHelp;

#[derive(Debug, Clone, Copy)]
pub struct ContentTexts {
    pub v_words: &'static str,
    pub search: CommandHelp,
    pub search_words: &'static str,
    pub suggestion: CommandHelp,
    pub suggestion_id: &'static str,
    pub apply: &'static str,
    pub ignore: &'static str,

    // Messages; `{}` filled in order.
    pub reading: &'static str,
    pub unreadable: &'static str,
    pub none_found: &'static str,
    pub suggested: &'static str,
    pub issued: &'static str,
    pub nothing_suggested: &'static str,
    pub applied: &'static str,
    pub ignored: &'static str,
    pub apply_or_ignore: &'static str,
}

pub const FR: ContentTexts = ContentTexts {
    v_words: "MOTS",
    search: CommandHelp {
        about: "Cherche vos documents par ce qu'ils disent (« licence », « Ouagadougou ») ; \
                lit d'abord ceux qui ne l'ont pas encore été",
        usage: "postulo-cli vault search MOTS… [--json]",
    },
    search_words: "Mots à trouver, tous, sans tenir compte des accents ni des majuscules",
    suggestion: CommandHelp {
        about: "Applique ou ignore ce que le texte d'un document dit de lui (son type, sa \
                date de délivrance)",
        usage: "postulo-cli vault suggestion ID (--apply | --ignore) [--json]",
    },
    suggestion_id: "Numéro du document (voir vault list)",
    apply: "Applique le type et la date lus dans le document",
    ignore: "Ignore ce qui a été lu ; ce ne sera plus proposé",
    reading: "Lecture du texte de {} document(s)…",
    unreadable: "Document {} non lu : {}",
    none_found: "Aucun document ne dit cela.",
    suggested: "lu dans le document : {}",
    issued: "délivré le {}",
    nothing_suggested: "Le texte de ce document ne propose rien de plus.",
    applied: "Document {} mis à jour avec ce qu'il dit de lui-même.",
    ignored: "Suggestion ignorée pour le document {}.",
    apply_or_ignore: "Dites --apply ou --ignore.",
};

pub const EN: ContentTexts = ContentTexts {
    v_words: "WORDS",
    search: CommandHelp {
        about: "Searches your documents by what they say (“degree”, “Ouagadougou”); reads \
                first those not read yet",
        usage: "postulo-cli vault search WORDS… [--json]",
    },
    search_words: "Words to find, all of them, accents and case aside",
    suggestion: CommandHelp {
        about: "Applies or ignores what a document's text says of it (its kind, its issue \
                date)",
        usage: "postulo-cli vault suggestion ID (--apply | --ignore) [--json]",
    },
    suggestion_id: "Number of the document (see vault list)",
    apply: "Applies the kind and date read in the document",
    ignore: "Ignores what was read; it will not be suggested again",
    reading: "Reading the text of {} document(s)…",
    unreadable: "Document {} not read: {}",
    none_found: "No document says that.",
    suggested: "read in the document: {}",
    issued: "issued on {}",
    nothing_suggested: "This document's text suggests nothing more.",
    applied: "Document {} updated with what it says of itself.",
    ignored: "Suggestion ignored for document {}.",
    apply_or_ignore: "Say --apply or --ignore.",
};
