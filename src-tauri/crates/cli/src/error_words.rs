//! What the fields and the reasons of a refused value are called in the user's language,
//! for [`crate::error`]: « Nombre d'exemplaires (--copies) : hors des limites acceptées ».

use postulo_core::error::Invalid;
use postulo_core::model::{Language, MAX_AGE_COUNT, MAX_COPIES};

pub(crate) fn entity_name(entity: &str, lang: Language) -> String {
    let fr = lang == Language::Fr;
    match entity {
        "application" if fr => "candidature",
        "application" => "application",
        "document" => "document",
        "checklist item" if fr => "pièce de la liste",
        "checklist item" => "checklist item",
        "reminder" if fr => "rappel",
        "reminder" => "reminder",
        "interview" if fr => "entretien",
        "interview" => "interview",
        "contact" => "contact",
        other => other,
    }
    .to_owned()
}

pub(crate) fn field_name(field: &str, lang: Language) -> String {
    let fr = lang == Language::Fr;
    let name = match field {
        "title" if fr => "titre (--title)",
        "title" => "title (--title)",
        "organization" => "organisation (--organization)",
        "reference" if fr => "référence (--reference)",
        "reference" => "reference (--reference)",
        "location" if fr => "lieu (--location)",
        "location" => "location (--location)",
        "contract" if fr => "contrat (--contract)",
        "contract" => "contract (--contract)",
        "source_url" if fr => "adresse de l'annonce (--url)",
        "source_url" => "posting address (--url)",
        "apply_email" if fr => "adresse e-mail (--email)",
        "apply_email" => "e-mail address (--email)",
        "apply_subject" if fr => "objet (--subject)",
        "apply_subject" => "subject (--subject)",
        "apply_cc" if fr => "adresses en copie (--cc)",
        "apply_cc" => "addresses in copy (--cc)",
        "apply_url" if fr => "adresse où postuler (--apply-url)",
        "apply_url" => "application address (--apply-url)",
        "apply_address" if fr => "adresse de dépôt (--address)",
        "apply_address" => "address (--address)",
        "notes" => "notes (--notes)",
        "at" => "date (--on)",
        "handed_in_on" if fr => "date du dépôt (--on)",
        "handed_in_on" => "day handed in (--on)",
        "number" if fr => "numéro du récépissé (--number)",
        "number" => "receipt number (--number)",
        "period" if fr => "période (--from, --to)",
        "period" => "period (--from, --to)",
        "status" if fr => "statut",
        "status" => "status",
        "no_response_days" if fr => "jours avant « sans réponse » (no-response-days, 0 à 365)",
        "no_response_days" => "days before \"no response\" (no-response-days, 0 to 365)",
        "deadline" if fr => "date limite (--deadline, --tz)",
        "deadline" => "deadline (--deadline, --tz)",
        "file" if fr => "fichier",
        "file" => "file",
        "issued_on" if fr => "date de délivrance (--issued)",
        "issued_on" => "date of issue (--issued)",
        "certified_on" if fr => "date de certification (--certified)",
        "certified_on" => "date of certification (--certified)",
        "valid_until" if fr => "fin de validité (--valid-until)",
        "valid_until" => "end of validity (--valid-until)",
        "kind" if fr => "type de pièce (--kind)",
        "kind" => "kind of document (--kind)",
        "copies" if fr => "nombre d'exemplaires (--copies)",
        "copies" => "number of copies (--copies)",
        "max_age" if fr => "ancienneté maximale (--max-age)",
        "max_age" => "age limit (--max-age)",
        "posting_text" if fr => "texte de l'annonce",
        "posting_text" => "posting text",
        "backup" if fr => "sauvegarde",
        "backup" => "backup",
        "label" if fr => "libellé (--label)",
        "label" => "label (--label)",
        "name" if fr => "nom (--name)",
        "name" => "name (--name)",
        "role" if fr => "fonction (--role)",
        "role" => "position (--role)",
        "email" if fr => "adresse e-mail (--email)",
        "email" => "e-mail address (--email)",
        "phone" if fr => "téléphone (--phone)",
        "phone" => "phone (--phone)",
        "timezone" if fr => "fuseau horaire (--tz)",
        "timezone" => "time zone (--tz)",
        "time" if fr => "heure (--time)",
        "time" => "time (--time)",
        "place" if fr => "lieu (--place)",
        "place" => "place (--place)",
        "first_name" if fr => "prénom (--first-name)",
        "first_name" => "first name (--first-name)",
        "last_name" if fr => "nom (--last-name)",
        "last_name" => "last name (--last-name)",
        "postal_address" if fr => "adresse postale (--address)",
        "postal_address" => "postal address (--address)",
        "deadline_offsets" if fr => {
            "rappels avant la date limite (deadline-reminders, \
                                     jusqu'à 90 jours, 8 au plus)"
        }
        "deadline_offsets" => {
            "deadline reminders (deadline-reminders, up to 90 days, 8 at \
                               most)"
        }
        "follow_up_days" if fr => "jours avant la relance (follow-up-days, 365 au plus)",
        "follow_up_days" => "days before a follow-up (follow-up-days, 365 at most)",
        "file_name_rule" if fr => {
            "nom du dossier (dossier-name, avec au moins un champ comme {NOM} ou {Poste})"
        }
        "file_name_rule" => {
            "dossier name (dossier-name, with at least one field such as {NOM} or {Poste})"
        }
        other => return other.to_owned(),
    };
    // The field opens the message: a capital.
    let mut chars = name.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Why this field's value was refused, when the field says more than the reason alone:
/// the limits of a number, which date a date may not precede.
pub(crate) fn field_reason(field: &str, reason: Invalid, lang: Language) -> Option<String> {
    let fr = lang == Language::Fr;
    Some(match (field, reason) {
        ("copies", Invalid::OutOfRange) if fr => {
            format!("hors des limites acceptées (1 à {MAX_COPIES} exemplaires)")
        }
        ("copies", Invalid::OutOfRange) => {
            format!("out of the accepted range (1 to {MAX_COPIES} copies)")
        }
        ("max_age", Invalid::OutOfRange) if fr => {
            format!("hors des limites acceptées (1 à {MAX_AGE_COUNT} jours ou mois)")
        }
        ("max_age", Invalid::OutOfRange) => {
            format!("out of the accepted range (1 to {MAX_AGE_COUNT} days or months)")
        }
        ("certified_on", Invalid::Date) if fr => {
            "avant la date de délivrance : une copie est certifiée après que l'original a été \
             délivré"
                .to_owned()
        }
        ("certified_on", Invalid::Date) => {
            "before the date of issue: a copy is certified after the original was issued".to_owned()
        }
        ("valid_until", Invalid::Date) if fr => "avant la date de délivrance".to_owned(),
        ("valid_until", Invalid::Date) => "before the date of issue".to_owned(),
        _ => return None,
    })
}

/// Why a value was refused, as a clause.
pub fn reason_text(reason: Invalid, lang: Language) -> &'static str {
    match lang {
        Language::Fr => match reason {
            Invalid::Required => "obligatoire",
            Invalid::TooLong => "trop long",
            Invalid::Email => "adresse e-mail invalide",
            Invalid::Url => "adresse web invalide (http:// ou https://)",
            Invalid::TimeZone => "fuseau horaire inconnu (par ex. Africa/Bamako)",
            Invalid::Date => "date invalide",
            Invalid::Time => "heure invalide",
            Invalid::Unknown => "valeur inconnue",
            Invalid::FileName => "nom de fichier refusé",
            Invalid::FileType => {
                "ce n'est ni un PDF, ni une image JPEG ou PNG, ni un document Word ou OpenDocument"
            }
            Invalid::FileEmpty => "le fichier est vide",
            Invalid::FileTooLarge => "le fichier est trop gros",
            Invalid::FileUnreadable => "le fichier ne peut pas être lu",
            Invalid::FileMissing => "le fichier est introuvable",
            Invalid::FileChanged => {
                "le fichier a changé pendant la copie (téléchargement en cours ?)"
            }
            Invalid::ImageTooLarge => "l'image est trop grande (plus de 100 mégapixels)",
            Invalid::Phone => "numéro de téléphone invalide",
            Invalid::Duplicate => "existe déjà",
            Invalid::FileCorrupt => "le fichier est abîmé ou n'est pas ce que son nom indique",
            Invalid::FileEncrypted => {
                "le PDF est protégé par un mot de passe : donnez-le avec --password"
            }
            Invalid::WrongPassword => "ce mot de passe n'ouvre pas le PDF",
            Invalid::NoText => "le fichier ne contient pas de texte",
            Invalid::ConvertToPdf => {
                "un document Word ou OpenDocument doit d'abord être enregistré en PDF"
            }
            Invalid::Handwritten => {
                "l'annonce demande cette lettre écrite à la main : recopiez-la, signez-la, puis joignez-en le scan ou la photo (postulo-cli attach)"
            }
            Invalid::ImageUnsupported => {
                "cette image JPEG ne peut pas être reprise telle quelle : enregistrez-la à nouveau"
            }
            Invalid::NotABackup => "ce fichier n'est pas une sauvegarde de Postulo",
            Invalid::BackupDamaged => {
                "la sauvegarde est incomplète ou abîmée : rien n'a été restauré"
            }
            Invalid::BackupNewer => {
                "la sauvegarde vient d'une version plus récente de Postulo : mettez-le à jour"
            }
            Invalid::InFuture => "cette date n'est pas encore arrivée",
            Invalid::OutOfRange => {
                "nombre hors des limites acceptées (1 à 20 exemplaires, 1 à 999 jours ou mois)"
            }
            Invalid::BeforePrevious => {
                "cette date précède l'étape précédente (ou l'envoi) : l'historique reste dans l'ordre"
            }
            Invalid::NotSent => "seule une candidature envoyée peut être relancée",
            Invalid::OcrUnavailable => {
                "la lecture des images n'est pas installée (Tesseract avec ses langues française et anglaise : paquets tesseract-ocr, tesseract-ocr-fra, tesseract-ocr-eng)"
            }
            Invalid::OcrFailed => "la lecture du texte de cette image a échoué",
            Invalid::NoTextRecognized => {
                "aucun texte n'a été reconnu dans cette image (essayez une photo plus nette, prise de face)"
            }
            #[allow(unreachable_patterns)]
            _ => "valeur refusée",
        },
        Language::En => match reason {
            Invalid::Required => "required",
            Invalid::TooLong => "too long",
            Invalid::Email => "not a valid e-mail address",
            Invalid::Url => "not a valid web address (http:// or https://)",
            Invalid::TimeZone => "unknown time zone (e.g. Africa/Bamako)",
            Invalid::Date => "not a valid date",
            Invalid::Time => "not a valid time",
            Invalid::Unknown => "unknown value",
            Invalid::FileName => "file name refused",
            Invalid::FileType => "not a PDF, a JPEG or PNG picture, a Word or OpenDocument file",
            Invalid::FileEmpty => "the file is empty",
            Invalid::FileTooLarge => "the file is too large",
            Invalid::FileUnreadable => "the file cannot be read",
            Invalid::FileMissing => "the file does not exist",
            Invalid::FileChanged => "the file changed while it was copied (still downloading?)",
            Invalid::ImageTooLarge => "the picture is too large (over 100 megapixels)",
            Invalid::Phone => "not a valid phone number",
            Invalid::Duplicate => "already exists",
            Invalid::FileCorrupt => "the file is damaged or is not what its name says",
            Invalid::FileEncrypted => "the PDF is protected by a password: give it with --password",
            Invalid::WrongPassword => "this password does not open the PDF",
            Invalid::NoText => "the file holds no text",
            Invalid::ConvertToPdf => "a Word or OpenDocument file must be saved as PDF first",
            Invalid::Handwritten => {
                "the posting asks for this letter handwritten: copy it out by hand, sign it, then attach its scan or photo (postulo-cli attach)"
            }
            Invalid::ImageUnsupported => "this JPEG cannot be used as it is: save it again",
            Invalid::NotABackup => "this file is not a Postulo backup",
            Invalid::BackupDamaged => "the backup is incomplete or damaged: nothing was restored",
            Invalid::BackupNewer => "the backup comes from a newer Postulo: update it first",
            Invalid::InFuture => "this date has not come yet",
            Invalid::OutOfRange => {
                "number out of the accepted range (1 to 20 copies, 1 to 999 days or months)"
            }
            Invalid::BeforePrevious => {
                "this date comes before the previous step (or the sending): the history stays in order"
            }
            Invalid::NotSent => "only a sent application can be followed up",
            Invalid::OcrUnavailable => {
                "reading pictures is not installed (Tesseract with its French and English data: packages tesseract-ocr, tesseract-ocr-fra, tesseract-ocr-eng)"
            }
            Invalid::OcrFailed => "reading the text of this picture failed",
            Invalid::NoTextRecognized => {
                "no text was recognized in this picture (try a sharper photo, taken straight on)"
            }
            #[allow(unreachable_patterns)]
            _ => "value refused",
        },
    }
}
