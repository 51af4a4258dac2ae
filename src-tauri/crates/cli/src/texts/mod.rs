//! The help of `postulo-cli` in French and English: every text clap shows, so that no
//! English slips into the French help (clap's own headings are replaced, see `cli.rs`).

use en::EN;
use fr::FR;
use postulo_core::model::Language;

mod contents;
mod en;
mod fr;
mod manage;
mod pieces;
mod tracking;

pub use contents::ContentTexts;
pub use manage::ManageTexts;
pub use pieces::PieceTexts;
pub use tracking::TrackingTexts;

/// One command's help: what it does and how it is called.
#[derive(Debug, Clone, Copy)]
pub struct CommandHelp {
    pub about: &'static str,
    pub usage: &'static str,
}

/// Every text of the help, in one language.
#[derive(Debug, Clone, Copy)]
pub struct Texts {
    pub usage_heading: &'static str,
    pub commands_heading: &'static str,
    pub arguments_heading: &'static str,
    pub options_heading: &'static str,
    pub root: CommandHelp,
    pub root_after: &'static str,
    pub help_flag: &'static str,
    pub version_flag: &'static str,
    pub lang_flag: &'static str,
    pub json_flag: &'static str,

    pub v_id: &'static str,
    pub v_status: &'static str,
    pub v_text: &'static str,
    pub v_file: &'static str,
    pub v_kind: &'static str,
    pub v_date: &'static str,
    pub v_zone: &'static str,
    pub v_value: &'static str,
    pub v_document: &'static str,
    pub v_mb: &'static str,

    pub list: CommandHelp,
    pub list_status: &'static str,
    pub list_search: &'static str,

    pub show: CommandHelp,
    pub show_id: &'static str,

    pub add: CommandHelp,
    pub add_title: &'static str,
    pub add_organization: &'static str,
    pub add_deadline: &'static str,
    pub add_tz: &'static str,
    pub add_reference: &'static str,
    pub add_location: &'static str,
    pub add_contract: &'static str,
    pub add_url: &'static str,
    pub add_method: &'static str,
    pub add_email: &'static str,
    pub add_subject: &'static str,
    pub add_cc: &'static str,
    pub add_apply_url: &'static str,
    pub add_address: &'static str,
    pub add_notes: &'static str,

    pub status: CommandHelp,
    pub status_id: &'static str,
    pub status_value: &'static str,
    pub status_note: &'static str,

    pub import: CommandHelp,
    pub import_file: &'static str,
    pub import_create: &'static str,
    pub import_tz: &'static str,
    pub import_title: &'static str,
    pub import_organization: &'static str,

    pub vault: CommandHelp,
    pub vault_add: CommandHelp,
    pub vault_list: CommandHelp,
    pub vault_read: CommandHelp,
    pub vault_straighten: CommandHelp,
    pub vault_read_file: &'static str,
    pub vault_straighten_id: &'static str,
    pub vault_file: &'static str,
    pub vault_kind: &'static str,
    pub vault_issued: &'static str,
    pub vault_title: &'static str,
    pub vault_password: &'static str,
    pub vault_unlocked: &'static str,
    /// The number of pages kept, then the pages lost.
    pub vault_repaired: &'static str,

    pub attach: CommandHelp,
    pub attach_id: &'static str,
    pub attach_kind: &'static str,
    pub attach_document: &'static str,

    pub export: CommandHelp,
    pub export_id: &'static str,
    pub export_output: &'static str,
    pub export_email_size: &'static str,
    pub export_per_piece: &'static str,
    pub export_max_mb: &'static str,
    pub export_total_mb: &'static str,
    pub export_jpeg: &'static str,
    pub export_rules_note: &'static str,

    pub email: CommandHelp,
    pub email_id: &'static str,
    pub email_output: &'static str,
    pub email_dossier: &'static str,
    pub email_separate: &'static str,
    pub email_size: &'static str,
    pub email_mailto: &'static str,

    pub export_list: CommandHelp,
    pub export_list_output: &'static str,
    pub export_list_separator: &'static str,

    pub paper: CommandHelp,
    pub paper_id: &'static str,
    pub paper_output: &'static str,
    pub paper_envelope: &'static str,

    pub letter: CommandHelp,
    pub letter_id: &'static str,
    pub letter_output: &'static str,
    pub letter_template: &'static str,
    pub letter_place: &'static str,
    pub letter_attach: &'static str,

    pub report: CommandHelp,
    pub report_from: &'static str,
    pub report_to: &'static str,
    pub report_output: &'static str,

    pub ics: CommandHelp,
    pub ics_id: &'static str,
    pub ics_output: &'static str,

    pub reminders: CommandHelp,
    pub reminders_due: CommandHelp,
    pub reminders_notify: &'static str,

    pub backup: CommandHelp,
    pub backup_file: &'static str,
    pub restore: CommandHelp,
    pub restore_file: &'static str,
    pub check: CommandHelp,

    pub manage: ManageTexts,
    pub tracking: TrackingTexts,
    pub pieces: PieceTexts,
    pub contents: ContentTexts,
}

pub fn texts(lang: Language) -> &'static Texts {
    match lang {
        Language::Fr => &FR,
        Language::En => &EN,
    }
}

/// `template` with each `{}` replaced by the next of `args`, in order: the messages are
/// constants of one language, so `format!` cannot take them.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut args = args.iter();
    let mut parts = template.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        if let Some(arg) = args.next() {
            out.push_str(&arg.to_string());
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

    use super::*;

    #[test]
    fn fill_puts_the_values_in_order() {
        assert_eq!(fill("{} : {} — {}", &[&12, &"CV", &"ok"]), "12 : CV — ok");
        assert_eq!(fill("rien", &[]), "rien");
    }

    /// Every message takes as many values as its other language: a `{}` missing in one
    /// translation would drop a number from the message.
    #[test]
    fn both_languages_have_the_same_placeholders() {
        let (fr, en) = (&FR.manage, &EN.manage);
        let pairs = [
            (fr.edited, en.edited),
            (fr.nothing_to_change, en.nothing_to_change),
            (fr.time_without_date, en.time_without_date),
            (fr.bad_date, en.bad_date),
            (fr.bad_time, en.bad_time),
            (fr.delete_question, en.delete_question),
            (fr.delete_needs_yes, en.delete_needs_yes),
            (fr.deleted, en.deleted),
            (fr.item_added, en.item_added),
            (fr.item_of_kind, en.item_of_kind),
            (fr.item_not_in_application, en.item_not_in_application),
            (fr.item_removed, en.item_removed),
            (fr.item_waived, en.item_waived),
            (fr.item_unwaived, en.item_unwaived),
            (fr.item_unchanged, en.item_unchanged),
            (fr.item_twice, en.item_twice),
            (fr.order_done, en.order_done),
            (fr.contact_added, en.contact_added),
            (fr.interview_added, en.interview_added),
            (fr.unknown_setting, en.unknown_setting),
            (fr.bad_setting, en.bad_setting),
            (fr.setting_saved, en.setting_saved),
        ];
        let (pfr, pen) = (&FR.pieces, &EN.pieces);
        let pieces = [
            (pfr.bad_form, pen.bad_form),
            (pfr.bad_copies, pen.bad_copies),
            (pfr.bad_age, pen.bad_age),
            (pfr.required, pen.required),
            (pfr.document_edited, pen.document_edited),
            (pfr.issued_on, pen.issued_on),
            (pfr.certified_on, pen.certified_on),
            (pfr.valid_until_on, pen.valid_until_on),
        ];
        let (cfr, cen) = (&FR.contents, &EN.contents);
        let contents = [
            (cfr.reading, cen.reading),
            (cfr.unreadable, cen.unreadable),
            (cfr.suggested, cen.suggested),
            (cfr.issued, cen.issued),
            (cfr.applied, cen.applied),
            (cfr.ignored, cen.ignored),
        ];
        let pairs = pairs.into_iter().chain(pieces).chain(contents);
        for (fr, en) in pairs {
            assert_eq!(
                fr.matches("{}").count(),
                en.matches("{}").count(),
                "{fr} / {en}"
            );
        }
    }
}
