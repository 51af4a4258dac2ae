//! The patterns that find candidates: « X recrute », labels, cuts, acronyms, places.

use super::*;

pub(super) static RECRUIT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"(?:\brecrutement|\brecrute|\brecrutent|\brecherche|\bseeks?|is seeking|is looking for|\brecruits?|\brecruiting|vacancy for|\bhiring)(?:\s*,)?\s+(?:d'\s*)?(?:(?:une?\s*\(e\)|un\(e\)|une|un|a|an|des|deux|trois|quatre|cinq)\s+|\(\d+\)\s*|\d+\s+)?(?:\(\d+\)\s*)?(?P<t>[^\n.;:!?]{3,160})",
    )
});

pub(super) static RECRUIT_ALONE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"^\s*(?:recrute|recrutent|recrutement|recruits|is recruiting|is hiring)\s*:?\s*$")
});

pub(super) static BEFORE_RECRUIT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?P<o>.{2,120}?)\s+(?:recrute|recrutent|lance un avis|recruits|is recruiting|is hiring|seeks|is seeking)\b",
    )
});

pub(super) static QUOTED: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r#"(?:en tant qu'|en tant que|en qualite d'|en qualite de|as an?|au poste d'|au poste de)\s*[«"“]\s*(?P<t>[^»"”\n]{3,120}?)\s*[»"”]"#,
    )
});

pub(super) static POST_OF: LazyLock<Pat> = LazyLock::new(|| {
    // « au poste d'Agent » glues the title to the apostrophe; « poste de » needs a space
    // after it, or « poste destiné » would give « stiné ». A title written inclusively
    // (« chargé.e de mission ») keeps its « .e ».
    Pat::scanner(
        r"(?:(?:\bau poste|\ble poste|\bpour le poste|\bposte est celui|\ben qualite|\bpour le recrutement) d'\s*|(?:\bau poste de|\ble poste de|\bpour le poste de|\bpour le recrutement d'une?|\bpour le recrutement d'un\(e\)|\bfor the (?:post|position) of|\brecruitment of an?|\bvacancy for an?|\bposte de|\bposte est celui de|\ben qualite de)\s+)(?:une?\s*\(e\)\s*|un\(e\)\s*)?(?P<t>(?:[^\n.;:,!?]|\.(?:e|es|s|ne|rice|euse)\b){3,120})",
    )
});

pub(super) static AFTER_HEADING: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:fiche de poste|avis de recrutement|avis de vacance(?: de poste)?|recrutement|offre d'emploi|offre de stage|appel a candidatures?|job title|job offer|vacancy(?: announcement)?|call for applications|poste|position|intitule)\s*(?:n°\s*\S+\s*)?(?:d'une?\s*\(e\)|d'une?|d'un\(e\)|:|-|–|—)\s*(?P<t>.{3,150})$",
    )
});

pub(super) static SUBJECT_PREFIX: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:candidature|application|demande d'emploi)s?\s*(?:spontanee\s*)?(?:au poste d[e']|pour le poste d[e']|pour le poste|au poste|for the (?:post|position) of|for|pour|:|-|–|_)?\s*(?:d'une?\s*|de\s*)?",
    )
});

pub(super) static TITLE_CUT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\s+(?:pour (?:son|sa|ses|le compte|renforcer|appuyer|les besoins|une duree|un contrat)|base(?:e|\(e\)|\.e)? a|based in|au sein|dans le cadre|to (?:join|support|be based|work)|for (?:its|their|our|the)|in (?:its|their|our)|a temps plein|full[- ]time|afin de|charge(?:e|\(e\))? de l'|qui sera|qui|aura|sera|will|to start|starting|pour une|pour un|avec|with)\b",
    )
});

/// A dash that separates a title from a specialty or an employer ("X - Connaissances ERP").
pub(super) static DASH_CUT: LazyLock<Pat> = LazyLock::new(|| Pat::raw(r"\s+[-–—|]\s+"));

pub(super) static LEADING_COUNT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:\(?\d{1,4}\)?\s+|un\s*\(e\)\s+|un\(e\)\s+|une?\s+|des\s+|an?\s+|le\s*/\s*la\s+|la\s+|le\s+|les\s+|l'|the\s+)",
    )
});

/// A place after the title: "Chauffeur à Kédougou", "Driver in Maiduguri".
pub(super) static PLACE_CUT: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"\s+(?:à|a|in|at|au|en|pour|for)\s+\p{Lu}"));

/// Words before an organization's name that are not part of it.
pub(super) static ORG_LEAD: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:l'|la |le |les |the )?(?:cabinet|societe|entreprise|structure|organisation|organization|ong|ngo|association|groupe|group)?\s*",
    )
});

/// Words before a place: "Ville de Bamako", "la région de Mopti".
pub(super) static PLACE_LEAD: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:(?:la |le |l')?(?:ville|region|commune|district|prefecture|province) (?:de |d'|du )|a |au |en |in )",
    )
});

/// What follows a place: "Bamako avec déplacements fréquents".
pub(super) static LOCATION_CUT: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"\s+(?:avec|with|et deplacements|\(|et des|and)\b"));

pub(super) static ORG_IS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"(?:^|\n|[.!?]\s+)(?P<o>\p{Lu}[^\n.!?]{1,120}?)\s+(?:est une?|is an?|is the)\s+(?:[\p{L}-]+\s+){0,4}?(?:organisation|ong|association|agence|institution|fondation|organisme|entreprise|societe|organization|ngo|agency|foundation|charity|non-profit|company|humanitarian|programme|fund|reseau|network|cabinet|groupe|structure|projet|project|mission)\b",
    )
});

pub(super) static ORG_RECRUITS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"(?:^|\n|[.!?]\s+)(?P<o>\p{Lu}[^\n.!?]{1,100}?)\s+(?:recrute|recrutent|lance un avis|lance un appel|souhaite recruter|recruits|is recruiting|is seeking|seeks|is looking)\b",
    )
});

pub(super) static ORG_PREFIX: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"\b(?:le cabinet|la societe|l'ong|l'association|la fondation|le groupe|l'entreprise|l'agence|l'organisation|the organi[sz]ation|l'institution|le reseau|la structure)\s+(?P<o>\p{Lu}[^\n,.;:!?]{1,90})",
    )
});

pub(super) static ORG_CUT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\s+(?:recrute|recrutent|souhaite|lance|est une?|est un|is an?|is the|sis|situe|base|basee|based|intervient|works|a pour|dont|qui|that|which|pour|for|dans le cadre|en partenariat)\b",
    )
});

pub(super) static ARTICLE: LazyLock<Pat> = LazyLock::new(|| Pat::new(r"^(?:l'|la |le |les |the )"));

pub(super) static ACRONYM_DEF: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(r"\(\s*(?P<a>\p{Lu}[\p{Lu}\p{N}&.'’/-]{1,14}(?:[ -]\p{Lu}[\p{Lu}\p{N}-]{0,8})?)\s*\)")
});

pub(super) static ACRONYM_WORD: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"\b\p{Lu}[\p{Lu}\p{N}]{1,9}(?:-\p{Lu}[\p{Lu}\p{N}]{0,5})?\b"));

pub(super) static BASED_AT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"\b(?:poste (?:est )?base a|base(?:e|\(e\)|\.e)? a|based in|based at|duty station is|en poste a|affecte(?:e|\(e\))? a)\s+(?P<v>\p{Lu}[\p{L}'’ -]{1,40})",
    )
});

pub(super) static OFFICE_OF: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"\b(?:bureau|antenne|sous-bureau|base|office|siege|delegation) (?:de |d'|du |in |at |a )(?P<v>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)",
    )
});

pub(super) static DATELINE: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"^(?:fait a\s+)?(?P<p>\p{Lu}[\p{L}' -]{2,30}),?\s+le\s+\d"));

pub(super) static SENTENCE_WORDS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:est|sont|nous|vous|notre|votre|sera|will|are|is|we|you|our|your|doit|doivent|must|should|avec|with|dans|afin|which|qui|que)\b",
    )
});

pub(super) static SAYS_RECRUIT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"\b(?:recrute|recrutement|recruits|recruitment|hiring|recherche)\b")
});

/// Words that continue a name when walking back from an acronym's parenthesis.
pub(super) const CONNECTORS: &[&str] = &[
    "de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "en", "au", "aux", "sur", "of",
    "for", "the", "and", "in", "on", "&", "à", "a",
];

/// A run of capitalized words, with the small words names hold between them
/// (« Islamic Help », « Bugema University », « Agence Française de Développement »,
/// « eHealth Africa »): any name the posting writes, for the ranker to weigh.
pub(super) static NAME_SPAN: LazyLock<Pat> = LazyLock::new(|| {
    let word = r"(?:\p{Lu}[\p{L}\p{N}&'’.-]*|\p{Ll}{1,3}\p{Lu}[\p{L}\p{N}]*)";
    Pat::raw(&format!(
        r"(?P<o>{word}(?:[ \t]+(?:(?:de|des|du|la|le|of|for|the|and|et|pour|in|en)[ \t]+|l'|d'|l’|d’)?{word}){{0,6}})"
    ))
});
