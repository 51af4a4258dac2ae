//! E-mail addresses glued to their neighbours. Job boards that strip the layout of a
//! posting join words: « à l’adressetalents@pasteur.snet y ajoutant », « :recrutement@
//! anpetogo.orgau plus tard », "through hr@gmail.comNot Later". An address matcher reads
//! those as one address, and a candidate who copies it writes to nobody. This module
//! takes the glued word off each end.

use std::ops::Range;

/// Top-level domains an address of a posting ends with: the generic ones and the country
/// codes of the region and of the usual donors. A last label that is none of these but
/// starts with one of them has a word glued to it (« .snet » is « .sn » + « et »).
const TLDS: &[&str] = &[
    // Generic, including the newer ones NGOs and firms use.
    "com",
    "org",
    "net",
    "int",
    "edu",
    "gov",
    "info",
    "biz",
    "coop",
    "africa",
    "online",
    "ngo",
    "ong",
    "io",
    "co",
    "app",
    "dev",
    "tech",
    "site",
    "group",
    "global",
    "world",
    "agency",
    "consulting",
    "email",
    "news",
    "media",
    "eu",
    "asia",
    // Africa.
    "sn",
    "ci",
    "ml",
    "bf",
    "ne",
    "bj",
    "tg",
    "gn",
    "gw",
    "gm",
    "sl",
    "lr",
    "gh",
    "ng",
    "cm",
    "td",
    "cf",
    "cg",
    "cd",
    "ga",
    "gq",
    "mr",
    "ma",
    "dz",
    "tn",
    "ly",
    "eg",
    "sd",
    "ss",
    "et",
    "er",
    "dj",
    "so",
    "ke",
    "ug",
    "tz",
    "rw",
    "bi",
    "mg",
    "mu",
    "km",
    "sc",
    "mz",
    "mw",
    "zm",
    "zw",
    "ao",
    "na",
    "bw",
    "za",
    "ls",
    "sz",
    "cv",
    "st",
    // Donors, headquarters and the usual other senders.
    "fr",
    "be",
    "ch",
    "lu",
    "ca",
    "us",
    "uk",
    "de",
    "it",
    "es",
    "pt",
    "nl",
    "se",
    "no",
    "dk",
    "fi",
    "at",
    "ie",
    "jp",
    "cn",
    "in",
    "br",
    "au",
    "nz",
    "qa",
    "ae",
    "sa",
    "tr",
    "ru",
    "ht",
];

/// Words a scraper glues in front of an address (« l’adressetalents@… »). Only these are
/// taken off: a local part may start with anything, but hardly with these and more.
const LEAD_WORDS: &[&str] = &["adresse", "address", "courriel", "mailto"];

/// Words that follow an address in a sentence, hence the words glued after one.
const FOLLOWING_WORDS: &[&str] = &[
    "et", "ou", "au", "aux", "avec", "en", "avant", "le", "la", "les", "des", "du", "de", "pour",
    "par", "sur", "dans", "y", "and", "or", "at", "by", "before", "with", "no", "not", "to", "for",
    "in", "on", "until",
];

fn known(label: &str) -> bool {
    TLDS.contains(&label)
}

/// The part of `addr` (an address as matched) that is the address, as a byte range of it.
pub(super) fn unglued(addr: &str) -> Range<usize> {
    let mut start = 0;
    let lower = addr.to_ascii_lowercase();
    for w in LEAD_WORDS {
        // Keep at least three characters before the « @ »: « address@firm.org » is an address.
        if lower.starts_with(w) && lower.find('@').is_some_and(|at| at >= w.len() + 3) {
            start = w.len();
            break;
        }
    }
    let mut end = addr.len();
    if let Some(dot) = lower.rfind('.') {
        let last = &lower[dot + 1..];
        if !known(last) {
            // The longest known domain the label starts with, when what follows it is a
            // word that follows addresses or starts with a capital (« .comNot »), so that
            // an unknown domain (« .museum ») is kept whole.
            let original = &addr[dot + 1..];
            let cut = (2..last.len().saturating_sub(1)).rev().find(|&n| {
                let rest = last.get(n..).unwrap_or("");
                last.get(..n).is_some_and(known)
                    && (FOLLOWING_WORDS.contains(&rest)
                        || original
                            .get(n..)
                            .is_some_and(|r| r.starts_with(char::is_uppercase)))
            });
            if let Some(n) = cut {
                end = dot + 1 + n;
            }
        }
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::unglued;

    fn clean(addr: &str) -> &str {
        &addr[unglued(addr)]
    }

    #[test]
    fn words_glued_after_the_domain_are_taken_off() {
        // From real postings whose layout a job board removed.
        assert_eq!(
            clean("recrutement@anpetogo.orgau"),
            "recrutement@anpetogo.org"
        );
        assert_eq!(clean("srhmjp2@gmail.comavec"), "srhmjp2@gmail.com");
        assert_eq!(clean("eventallsky@gmail.comou"), "eventallsky@gmail.com");
        assert_eq!(
            clean("bugemahumanresource@gmail.comNot"),
            "bugemahumanresource@gmail.com"
        );
        assert_eq!(clean("recrutement@rmo.snen"), "recrutement@rmo.sn");
    }

    #[test]
    fn a_word_glued_before_the_address_is_taken_off() {
        assert_eq!(clean("adressetalents@pasteur.snet"), "talents@pasteur.sn");
        assert_eq!(
            clean("adresserecrutementpcgsn@phoenixcga.com"),
            "recrutementpcgsn@phoenixcga.com"
        );
    }

    #[test]
    fn whole_addresses_are_kept() {
        for a in [
            "rh@ong.org",
            "jobs@eeas.europa.eu",
            "hr@bugemauniv.ac.ug",
            "recrutement@cabinet.africa",
            "address@firm.org",
            "contact@agence.consulting",
            "info@unknown.museum",
        ] {
            assert_eq!(clean(a), a);
        }
    }
}
