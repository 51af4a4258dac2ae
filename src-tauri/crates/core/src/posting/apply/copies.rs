//! The addresses a posting asks to put in copy: « à l'adresse suivante : x@… et en copie,
//! y@… ; z@… », « en mettant en copie les adresses mails, a@…, b@… », « cc'ing Justin
//! Arenstein (j@…) ». They go into the e-mail draft's Cc: recruiters who ask for it often
//! file the applications from that second box.

use std::sync::LazyLock;

use super::super::normalize::Normalized;
use super::super::pattern::Pat;
use super::super::Found;
use super::{glued, EMAIL};

/// The words that put what follows in copy.
static COPY_WORDS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:(?:mettre|mettant|mises?|mis|placer|plaçant|avec|et) en copie|en copie|avec (?:une )?copie (?:a|aux?)|copie a|ampliation a|cc ?:|cc'?ing|copying|copy(?:ing)? in|with (?:a )?copy to|and cc|cc to)",
    )
});

/// Between the copy words and the first address: a few words (« les adresses mails, »,
/// « Justin Arenstein ( »), never a sentence end or another address.
const MAX_LEAD: usize = 60;
/// Between two addresses of the same list: separators and a name at most.
const MAX_GAP: usize = 40;
/// Postings name one to three; more is a list of contacts, not a copy.
const MAX_COPIES: usize = 5;

/// Between the address applications go to and the copy words that follow it.
const MAX_AFTER_RECIPIENT: usize = 80;

/// The addresses in copy, in the posting's order, without `apply_email` itself. Only a copy
/// asked right after the address applications go to counts: « écrire à info@… en copie
/// rh@… » for questions is not how to apply.
pub(crate) fn copies(norm: &Normalized<'_>, apply_email: Option<&str>) -> Vec<Found<String>> {
    let Some(apply_email) = apply_email else {
        return Vec::new();
    };
    let text = &norm.text;
    let recipient_ends: Vec<usize> = EMAIL
        .find_iter(text)
        .take(500)
        .filter(|m| m.as_str().to_lowercase().contains(apply_email))
        .map(|m| m.end())
        .collect();
    let mut found: Vec<Found<String>> = Vec::new();
    for words in COPY_WORDS.find_iter(text).take(20) {
        let after_recipient = recipient_ends.iter().any(|&end| {
            end <= words.start()
                && words.start() - end <= MAX_AFTER_RECIPIENT
                && !ends_sentence(text.get(end..words.start()).unwrap_or(""))
        });
        if !after_recipient {
            continue;
        }
        let base = words.end();
        // Where the words or the last address taken end.
        let mut at = base;
        let mut max_gap = MAX_LEAD;
        for address in EMAIL
            .find_iter(text.get(base..).unwrap_or(""))
            .take(MAX_COPIES)
        {
            let range = (base + address.start())..(base + address.end());
            let gap = text.get(at..range.start).unwrap_or("");
            if gap.len() > max_gap || ends_sentence(gap) {
                break;
            }
            at = range.end;
            max_gap = MAX_GAP;
            let range = match text.get(range.clone()) {
                Some(a) => {
                    let u = glued::unglued(a);
                    (range.start + u.start)..(range.start + u.end)
                }
                None => range,
            };
            let value = norm.display(range.clone()).to_lowercase();
            if value == apply_email || found.iter().any(|f| f.value == value) {
                continue;
            }
            found.push(Found::new(value, norm.to_original(range), 0.8));
        }
    }
    found.truncate(MAX_COPIES);
    found
}

/// A full stop followed by a space or a line break, or a blank line: the list has ended.
fn ends_sentence(gap: &str) -> bool {
    gap.contains(". ") || gap.contains(".\n") || gap.contains("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, to: Option<&str>) -> Vec<String> {
        copies(&Normalized::new(text), to)
            .into_iter()
            .map(|f| f.value)
            .collect()
    }

    #[test]
    fn a_list_after_en_copie_is_kept_whole_and_in_order() {
        let text = "par Email, à l’adresse suivante : fenoscirecrute@gmail.com  et en copie,\
                    raffenosci@yahoo.com; oulaipelagie81@gmail.com , digbeuluc1982@gmail.com \
                    avec en objet la mention du poste.";
        assert_eq!(
            read(text, Some("fenoscirecrute@gmail.com")),
            [
                "raffenosci@yahoo.com",
                "oulaipelagie81@gmail.com",
                "digbeuluc1982@gmail.com"
            ]
        );
    }

    #[test]
    fn words_and_a_name_may_stand_before_the_first_address() {
        let text = "aux adresses suivantes : rhjunior@apessa.net en mettant en copie les \
                    adresses mails, cse@apessa.net, secretariat@apessa.net";
        assert_eq!(
            read(text, Some("rhjunior@apessa.net")),
            ["cse@apessa.net", "secretariat@apessa.net"]
        );
        let text = "by emailing Khadija Sharife (ksharife@gmail.com) cc'ing Justin Arenstein \
                    (justinarenstein@gmail.com)";
        assert_eq!(
            read(text, Some("ksharife@gmail.com")),
            ["justinarenstein@gmail.com"]
        );
    }

    #[test]
    fn the_recipient_and_addresses_in_another_sentence_are_not_copies() {
        let text = "Envoyez à rh@ong.org en copie RH@ong.org. Pour toute question : info@ong.org";
        assert!(read(text, Some("rh@ong.org")).is_empty());
        // A copy asked for questions, not for the application.
        let text = "Envoyez votre dossier à rh@ong.org avant le 3 mars. Toute demande de \
                    clarification doit être envoyée à ese@ong.org en copie dg@ong.org.";
        assert!(read(text, Some("rh@ong.org")).is_empty());
        assert!(read(text, None).is_empty());
        let text = "Envoyez votre dossier à rh@ong.org. Une copie de la pièce d'identité. \
                    Contact : info@ong.org";
        assert!(read(text, Some("rh@ong.org")).is_empty());
    }
}
