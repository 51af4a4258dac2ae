//! The cover letter (issue 17): a template the candidate writes once, with fields the
//! application and the profile fill, laid out the formal French way — the sender top left,
//! the recipient on the right, « Bamako, le 7 décembre 2026 », « Objet : », « Réf. : »,
//! « Madame, Monsieur, », the body, the closing formula, the signature — and written as a
//! PDF to attach or a .docx to rework in Word or LibreOffice.

mod docx;
mod pdf;
pub mod template;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dossier::paper::{recipient_lines, sender_lines, subject_of};
use crate::dossier::words::{self, candidate_name};
use crate::error::{Error, Invalid, Result};
use crate::model::{Application, Language, Profile};
pub use template::{unknown_fields, Field};

/// What a letter is made from.
#[derive(Debug, Clone)]
pub struct LetterInput {
    pub language: Language,
    pub profile: Profile,
    pub application: Application,
    pub today: NaiveDate,
    /// Where the candidate writes from (« Bamako »), for « Bamako, le … ».
    pub place: Option<String>,
    /// The posting asks the letter written by hand: what is composed is a draft to copy
    /// out, and it is never attached to the piece.
    pub handwritten: bool,
}

/// A letter laid out, ready to write in either format (and shown as a preview).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Letter {
    pub language: Language,
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    /// « Bamako, le 7 décembre 2026 ».
    pub place_date: String,
    /// « Objet : Candidature au poste de Comptable principal ».
    pub subject: String,
    /// « Réf. : FENOS/RH/2025/03 ».
    pub reference: Option<String>,
    pub salutation: String,
    /// The body's paragraphs.
    pub body: Vec<String>,
    pub closing: String,
    pub signature: String,
    /// Fields the template names that have no value here (a posting without a reference).
    pub empty_fields: Vec<Field>,
}

/// The file a letter is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterFormat {
    Pdf,
    Docx,
}

impl LetterFormat {
    /// By the file name's extension (`.pdf`, `.docx`), whatever its case.
    pub fn of_file_name(name: &str) -> Option<Self> {
        let lower = name.to_lowercase();
        if lower.ends_with(".pdf") {
            Some(Self::Pdf)
        } else if lower.ends_with(".docx") {
            Some(Self::Docx)
        } else {
            None
        }
    }
}

/// The template Postulo offers to start from, in the letter's language: complete and
/// sober, so that a letter written from it unchanged is still a proper letter.
pub fn default_template(language: Language) -> &'static str {
    match language {
        Language::Fr => {
            "Suite à la publication de votre avis de recrutement, j'ai l'honneur de vous \
soumettre ma candidature au poste de {Poste}.

Ma formation et mon expérience, détaillées dans le curriculum vitae ci-joint, correspondent \
aux missions décrites dans votre annonce. Rejoindre {Organisation} serait pour moi \
l'occasion de mettre mes compétences au service de vos objectifs, avec rigueur et \
engagement.

Je me tiens à votre entière disposition pour un entretien, au cours duquel je pourrai vous \
exposer plus en détail mes motivations."
        }
        Language::En => {
            "I am writing to apply for the position of {Position} advertised by {Organization}.

My education and experience, set out in the enclosed curriculum vitae, match the \
responsibilities described in your announcement. Joining {Organization} would allow me to \
put my skills at the service of your goals, with rigour and commitment.

I would welcome the opportunity to discuss my application with you at an interview."
        }
    }
}

/// The letter for `input` from `template`. A template naming a field that does not exist
/// is refused (`template`, unknown), with nothing written: the candidate sees which.
pub fn compose(input: &LetterInput, template: &str) -> Result<Letter> {
    if !unknown_fields(template).is_empty() {
        return Err(Error::invalid("template", Invalid::Unknown));
    }
    let (lang, a, p) = (input.language, &input.application, &input.profile);
    let fr = lang == Language::Fr;
    let w = words::paper_words(lang);
    let today = crate::format::day_long(input.today, lang);
    let place = input
        .place
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let place_date = match (place, fr) {
        (Some(place), true) => format!("{place}, le {today}"),
        (Some(place), false) => format!("{place}, {today}"),
        (None, true) => format!("Le {today}"),
        (None, false) => today.clone(),
    };
    let value = |f: Field| -> Option<String> {
        match f {
            Field::Position => Some(a.title.clone()),
            Field::Organization => Some(a.organization.clone()),
            Field::Reference => a.reference.clone(),
            Field::Deadline => a
                .deadline
                .as_ref()
                .map(|d| crate::format::day_long(d.date, lang)),
            Field::Place => a.location.clone(),
            Field::Today => Some(today.clone()),
            Field::FirstName => Some(p.first_name.clone()),
            Field::LastName => Some(p.last_name.clone()),
        }
    };
    let (body, empty_fields) = template::fill(template, value);
    let body: Vec<String> = body
        .split("\n\n")
        .map(|para| {
            para.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|para| !para.is_empty())
        .collect();
    if body.is_empty() {
        return Err(Error::invalid("template", Invalid::Required));
    }
    let subject_text = words::capitalized(&subject_of(lang, &w, &a.title));
    Ok(Letter {
        language: lang,
        sender: sender_lines(p),
        recipient: recipient_lines(a, &w),
        place_date,
        subject: format!("{} {subject_text}", w.subject),
        reference: a.reference.as_ref().map(|r| format!("{} {r}", w.reference)),
        salutation: if fr {
            "Madame, Monsieur,"
        } else {
            "Dear Sir or Madam,"
        }
        .to_owned(),
        body,
        closing: if fr {
            "Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, \
             l'expression de mes salutations distinguées."
        } else {
            "Yours faithfully,"
        }
        .to_owned(),
        signature: candidate_name(&p.first_name, &p.last_name),
        empty_fields,
    })
}

/// The letter as a file of `format`.
pub fn write(letter: &Letter, format: LetterFormat) -> Result<Vec<u8>> {
    match format {
        LetterFormat::Pdf => pdf::letter_pdf(letter),
        LetterFormat::Docx => docx::letter_docx(letter),
    }
}

/// Longest template kept (a letter is one page; this is ten).
pub const MAX_TEMPLATE_CHARS: usize = 20_000;

/// A template as the letter editor gets it, with the fields it may name in its language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LetterTemplate {
    pub template: String,
    /// Postulo's own, not one the candidate saved.
    pub is_default: bool,
    /// `Poste`, `Organisation`…: what may go between braces, in the template's language.
    pub fields: Vec<String>,
}

impl LetterTemplate {
    pub fn new(language: Language, template: String, is_default: bool) -> Self {
        Self {
            template,
            is_default,
            fields: Field::ALL
                .iter()
                .map(|f| f.name(language).to_owned())
                .collect(),
        }
    }
}

/// What the editor shows as the candidate types: the fields that do not exist, those with
/// no value for this application, and the letter when it can be made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LetterPreview {
    pub unknown_fields: Vec<String>,
    /// In the letter's language.
    pub empty_fields: Vec<String>,
    pub letter: Option<Letter>,
    /// The posting asks the letter written by hand (« demande manuscrite »): the editor
    /// says so and offers the draft, not the attachment.
    pub handwritten: bool,
}

/// The preview of `template` for `input`; never an error for what the candidate typed.
pub fn preview(input: &LetterInput, template: &str) -> LetterPreview {
    let unknown_fields = unknown_fields(template);
    let letter = if unknown_fields.is_empty() {
        compose(input, template).ok()
    } else {
        None
    };
    LetterPreview {
        unknown_fields,
        empty_fields: letter
            .iter()
            .flat_map(|l| l.empty_fields.iter())
            .map(|f| f.name(input.language).to_owned())
            .collect(),
        letter,
        handwritten: input.handwritten,
    }
}

/// A template fit to keep: within [`MAX_TEMPLATE_CHARS`], naming only fields that exist.
pub fn check_template(template: &str) -> Result<()> {
    if template.chars().count() > MAX_TEMPLATE_CHARS {
        return Err(Error::invalid("template", Invalid::TooLong));
    }
    if !unknown_fields(template).is_empty() {
        return Err(Error::invalid("template", Invalid::Unknown));
    }
    if template.trim().is_empty() {
        return Err(Error::invalid("template", Invalid::Required));
    }
    Ok(())
}
