//! The cover letter's body as the candidate writes it, with fields the application and the
//! profile fill: {Poste}, {Organisation}, {Référence}, {Date limite}, {Lieu}, {Date du jour},
//! {Prénom}, {Nom} — or their English names ({Position}, {Organization}, {Reference},
//! {Deadline}, {Place}, {Today}, {FirstName}, {LastName}). Case and accents do not matter:
//! « {date limite} » is « {Date limite} ».

use crate::search::fold;

/// A field a template may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Position,
    Organization,
    Reference,
    Deadline,
    Place,
    Today,
    FirstName,
    LastName,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Self::Position,
        Self::Organization,
        Self::Reference,
        Self::Deadline,
        Self::Place,
        Self::Today,
        Self::FirstName,
        Self::LastName,
    ];

    /// The field's name in French, then in English, as written between braces.
    pub fn names(self) -> [&'static str; 2] {
        match self {
            Self::Position => ["Poste", "Position"],
            Self::Organization => ["Organisation", "Organization"],
            Self::Reference => ["Référence", "Reference"],
            Self::Deadline => ["Date limite", "Deadline"],
            Self::Place => ["Lieu", "Place"],
            Self::Today => ["Date du jour", "Today"],
            Self::FirstName => ["Prénom", "FirstName"],
            Self::LastName => ["Nom", "LastName"],
        }
    }

    /// The field's name in `language`.
    pub fn name(self, language: crate::model::Language) -> &'static str {
        self.names()[usize::from(language == crate::model::Language::En)]
    }

    /// The field a name between braces stands for.
    pub fn named(name: &str) -> Option<Self> {
        let wanted = fold(name.trim()).replace([' ', '_', '-'], "");
        Self::ALL.into_iter().find(|f| {
            f.names()
                .iter()
                .any(|n| fold(n).replace([' ', '_', '-'], "") == wanted)
        })
    }
}

/// A piece of a template: text as written, or a field.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part<'t> {
    Text(&'t str),
    Field(Field),
    /// A name between braces that is no field: shown to the candidate before saving.
    Unknown(&'t str),
}

fn parts(template: &str) -> Vec<Part<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        // A brace with no closing one on the same line is text.
        let Some(close) = after
            .find(['}', '\n'])
            .filter(|&c| after[c..].starts_with('}'))
        else {
            out.push(Part::Text(&rest[..open + 1]));
            rest = after;
            continue;
        };
        out.push(Part::Text(&rest[..open]));
        let name = &after[..close];
        out.push(match Field::named(name) {
            Some(field) => Part::Field(field),
            None => Part::Unknown(name),
        });
        rest = &after[close + 1..];
    }
    out.push(Part::Text(rest));
    out
}

/// The names between braces that are no field, in order, each once: « {Salaire} ».
pub fn unknown_fields(template: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for part in parts(template) {
        if let Part::Unknown(name) = part {
            if !seen.iter().any(|s| s == name) {
                seen.push(name.to_owned());
            }
        }
    }
    seen
}

/// The template with each field replaced by `value(field)`. A field without a value
/// (no reference, say) is left out with the space before it, and listed in the second
/// element so the candidate can see what the letter lacks.
pub fn fill(template: &str, value: impl Fn(Field) -> Option<String>) -> (String, Vec<Field>) {
    let mut out = String::with_capacity(template.len());
    let mut empty = Vec::new();
    for part in parts(template) {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Field(f) => match value(f).filter(|v| !v.trim().is_empty()) {
                Some(v) => out.push_str(v.trim()),
                None => {
                    if !empty.contains(&f) {
                        empty.push(f);
                    }
                    let kept = out.trim_end_matches(' ').len();
                    out.truncate(kept);
                }
            },
            Part::Unknown(name) => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
    }
    (out, empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_named_in_french_or_english_whatever_the_case_and_accents() {
        assert_eq!(Field::named("Poste"), Some(Field::Position));
        assert_eq!(Field::named("date limite"), Some(Field::Deadline));
        assert_eq!(Field::named("Reference"), Some(Field::Reference));
        assert_eq!(Field::named("PRENOM"), Some(Field::FirstName));
        assert_eq!(Field::named("first_name"), Some(Field::FirstName));
        assert_eq!(Field::named("Salaire"), None);
    }

    #[test]
    fn a_template_is_filled_and_its_unknown_fields_are_named() {
        let template = "Candidature au poste de {Poste} chez {Organisation} ({Salaire}), réf. {Référence}. {Salaire} {";
        assert_eq!(unknown_fields(template), ["Salaire"]);
        let (text, empty) = fill(template, |f| match f {
            Field::Position => Some("Comptable".into()),
            Field::Organization => Some("FENOS-CI".into()),
            _ => None,
        });
        assert_eq!(
            text,
            "Candidature au poste de Comptable chez FENOS-CI ({Salaire}), réf.. {Salaire} {"
        );
        assert_eq!(empty, [Field::Reference]);
    }
}
