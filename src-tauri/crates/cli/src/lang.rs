//! Which language `postulo-cli` speaks: `--lang`, else the language saved in the app's
//! settings, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); French by default,
//! as the app.
//!
//! The flag is looked for before clap parses anything, since the help itself must be
//! built in the chosen language.

use std::ffi::OsString;

use postulo_core::model::Language;

/// `--lang fr`, `--lang=en` anywhere before a `--` that ends the options. An unknown value
/// is left for clap to refuse.
pub fn from_args(args: &[OsString]) -> Option<Language> {
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            return None;
        }
        if arg == "--lang" {
            return iter
                .next()
                .and_then(|v| v.to_str())
                .and_then(Language::parse);
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Language::parse(value);
        }
    }
    None
}

/// The system's language: English when the locale says English, French otherwise.
pub fn from_system() -> Language {
    from_locale(sys_locale::get_locale().as_deref())
}

fn from_locale(locale: Option<&str>) -> Language {
    match locale {
        Some(l) if l.to_ascii_lowercase().starts_with("en") => Language::En,
        _ => Language::Fr,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        std::iter::once("postulo-cli")
            .chain(list.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn the_flag_is_found_in_both_spellings_and_anywhere() {
        assert_eq!(
            from_args(&args(&["--lang", "en", "list"])),
            Some(Language::En)
        );
        assert_eq!(from_args(&args(&["list", "--lang=fr"])), Some(Language::Fr));
        assert_eq!(from_args(&args(&["list", "--", "--lang", "en"])), None);
        assert_eq!(from_args(&args(&["list", "--lang", "de"])), None);
        assert_eq!(from_args(&args(&["list"])), None);
    }

    #[test]
    fn english_locales_give_english_and_the_rest_french() {
        assert_eq!(from_locale(Some("en-US")), Language::En);
        assert_eq!(from_locale(Some("fr-ML")), Language::Fr);
        assert_eq!(from_locale(Some("C")), Language::Fr);
        assert_eq!(from_locale(None), Language::Fr);
    }
}
