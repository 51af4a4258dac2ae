//! The help of `postulo-cli` in English.

use super::*;

pub(super) const EN: Texts = Texts {
    usage_heading: "Usage: ",
    commands_heading: "Commands",
    arguments_heading: "Arguments",
    options_heading: "Options",
    root: CommandHelp {
        about: "Postulo from the command line: your applications, documents and reminders, \
                the same as in the app.",
        usage: "postulo-cli [--lang fr|en] COMMAND [OPTIONS]",
    },
    root_after: "\
Data:
  The app's data folder (POSTULO_DATA_DIR when set). The app and postulo-cli can run at
  the same time on the same data.

Language:
  --lang, else the language chosen in the app, else LANG / LC_ALL.

Exit codes:
  0  done
  1  the command line cannot be understood (command, option or argument)
  2  not found (application, document, checklist piece; nothing for the calendar)
  3  value refused (status, kind, date, time zone, e-mail, unsupported file)
  4  the data folder or database cannot be used (newer, busy, damaged)
  5  no notification service answered: the reminders were printed here instead
  6  a file cannot be read, or the output file cannot be written
  7  the dossier was written but is larger than the e-mail limit

Examples:
  postulo-cli import-posting posting.pdf --create
  postulo-cli vault add cv.pdf --kind cv
  postulo-cli attach 12 cv 3
  postulo-cli edit 12 --deadline 2026-05-20 --time 17:00 --clear notes
  postulo-cli checklist add 12 diploma_copies --label \"Master's degree\"
  postulo-cli checklist add 12 criminal_record --form certified_copy --max-age 3months
  postulo-cli interview add 12 --date 2026-06-02 --time 10:30 --tz Africa/Bamako
  postulo-cli settings set deadline-reminders 7d,1d,3h
  postulo-cli delete 12 --yes
  postulo-cli export 12 --email-size 8
  postulo-cli export-list -o applications.xlsx --status sent
  postulo-cli report --from 2026-03-01 --to 2026-03-31 -o log-march.pdf
  postulo-cli reminders due --notify

Help on a command: postulo-cli COMMAND --help",
    help_flag: "Print this help",
    version_flag: "Print the version",
    lang_flag: "Language of the messages: fr or en",
    json_flag: "Output JSON (for scripts)",

    v_id: "ID",
    v_status: "STATUS",
    v_text: "TEXT",
    v_file: "FILE",
    v_kind: "KIND",
    v_date: "DATE",
    v_zone: "ZONE",
    v_value: "VALUE",
    v_document: "DOCUMENT",
    v_mb: "MB",

    list: CommandHelp {
        about: "List the applications, nearest deadline first",
        usage: "postulo-cli list [--status STATUS]... [--search TEXT] [--json]",
    },
    list_status: "Only this status (repeatable): to_prepare, ready, sent, shortlisted, \
                  interview, offer, accepted, rejected, withdrawn, expired",
    list_search: "Words to find in the title, organization, reference or place (accents \
                  ignored)",

    show: CommandHelp {
        about: "Show one application: details, documents to provide (with their numbers), \
                contacts, interviews, history",
        usage: "postulo-cli show ID [--json]",
    },
    show_id: "The application's number (see list)",

    add: CommandHelp {
        about: "Create an application",
        usage: "postulo-cli add --title TITLE --organization ORGANIZATION [--deadline DATE] \
                [--tz ZONE] [OPTIONS]",
    },
    add_title: "Title of the position",
    add_organization: "Hiring organization",
    add_deadline: "Deadline: 2026-05-17 (until the end of that day) or 2026-05-17T17:00",
    add_tz: "Time zone of the deadline, e.g. Africa/Bamako (default: this computer's)",
    add_reference: "The posting's reference",
    add_location: "Duty station",
    add_contract: "Contract type and length",
    add_url: "Web address of the posting",
    add_method: "How to apply: email, portal, in_person, post (email when --email is given)",
    add_email: "E-mail address to send the application to",
    add_subject: "Subject line the posting requires, word for word",
    add_cc: "Addresses to put in copy, separated by commas",
    add_apply_url: "Web address where to apply",
    add_address: "Address where to hand in the application",
    add_notes: "Notes",

    status: CommandHelp {
        about: "Change an application's status (recorded in its history)",
        usage: "postulo-cli status ID STATUS [--note TEXT] [--json]",
    },
    status_id: "The application's number",
    status_value: "New status, in English, in French or as its code: to_prepare, ready, sent, \
                   shortlisted, interview, offer, accepted, rejected, withdrawn, expired",
    status_note: "Note kept in the history",

    import: CommandHelp {
        about: "Read a job posting (.txt, .pdf, .docx, .odt), show what was found and, with \
                --create, create the application and its checklist",
        usage: "postulo-cli import-posting FILE [--create] [--tz ZONE] [--title TITLE] \
                [--organization ORGANIZATION] [--json]",
    },
    import_file: "The posting's file",
    import_create: "Create the application the posting describes",
    import_tz: "Time zone to use when the posting names no known place (default: this \
                computer's)",
    import_title: "Title to use instead of the one found (with --create)",
    import_organization: "Organization to use instead of the one found (with --create)",

    vault: CommandHelp {
        about: "Your documents (CV, diplomas, criminal record…), kept by Postulo",
        usage: "postulo-cli vault add FILE --kind KIND [--issued DATE] [--title TITLE] \
                [--certified DATE]\n       \
                postulo-cli vault edit DOCUMENT [--title TITLE] [--kind KIND] [--issued DATE] \
                [--valid-until DATE] [--certified DATE]\n       \
                postulo-cli vault list [--json]\n       \
                postulo-cli vault read FILE [--json]\n       \
                postulo-cli vault straighten ID [--json]",
    },
    vault_add: CommandHelp {
        about: "Copy a file (PDF, JPEG, PNG, DOCX, ODT) into your documents",
        usage: "postulo-cli vault add FILE --kind KIND [--issued DATE] [--title TITLE] \
                [--certified DATE] [--json]",
    },
    vault_list: CommandHelp {
        about: "List your documents and whether they are still valid",
        usage: "postulo-cli vault list [--json]",
    },
    vault_read: CommandHelp {
        about: "Read a document (a photo or a scan too) and suggest its kind and date of \
                issue, saving nothing",
        usage: "postulo-cli vault read FILE [--json]",
    },
    vault_straighten: CommandHelp {
        about: "Add a straightened copy of a photographed document (the sheet cut out, its \
                perspective undone, on a white A4 page); the original stays",
        usage: "postulo-cli vault straighten ID [--json]",
    },
    vault_read_file: "File to read (PDF, picture, DOCX, ODT)",
    vault_straighten_id: "Number of the photographed document (see vault list)",
    vault_file: "File to add",
    vault_kind: "Kind of document: cv, cover_letter, diploma_copies, criminal_record, \
                 work_certificates, attestations, references, id_document, birth_certificate, \
                 nationality_certificate, id_photo, medical_certificate, other; or its name",
    vault_issued: "Date of issue (YYYY-MM-DD or DD/MM/YYYY): a criminal record extract is valid 3 months",
    vault_title: "Title (default: the file's name)",
    vault_password: "Password of a protected PDF (an unlocked copy is kept)",
    vault_unlocked: "PDF protected by a password: an unlocked copy was kept in your documents.",
    vault_repaired: "Damaged PDF, repaired: pages recovered: {}. Pages lost: {}.",

    attach: CommandHelp {
        about: "Attach a document to the first piece of that kind still missing in an \
                application's checklist (else to the first of that kind)",
        usage: "postulo-cli attach ID KIND DOCUMENT",
    },
    attach_id: "The application's number",
    attach_kind: "Kind of the checklist piece (cv, cover_letter, criminal_record…)",
    attach_document: "The document's number (see vault list)",

    export: CommandHelp {
        about: "Write the application file as a PDF: cover page, list of enclosed documents, \
                then each document",
        usage: "postulo-cli export ID [-o FILE] [--email-size MB] [--json]\n       \
                postulo-cli export ID --per-piece [--max-mb MB] [--total-mb MB] [-o FOLDER] [--json]",
    },
    export_id: "The application's number",
    export_output: "PDF file to write, or folder to write it in (default: \
                    NAME_First_Position_Ref.pdf here)",
    export_email_size: "Shrink scans so that the file fits this e-mail size, in MB (e.g. 8)",
    export_per_piece: "One PDF per piece, without a cover, numbered in the checklist's order \
                       (01_CV_NAME_First.pdf…), written in the -o folder",
    export_max_mb: "With --per-piece: the largest each file may be, in MB (e.g. 2); scans are \
                    shrunk to fit",
    export_total_mb: "With --per-piece: the largest all the pieces may be together, in MB",
    export_jpeg: "With --per-piece: each piece as a JPEG picture (its pages one under the \
                  other), for portals that take only pictures",
    export_rules_note: "Without --max-mb, --total-mb or --jpeg, --per-piece follows the \
                        application's sending rules (read from the posting or chosen in the app).",

    paper: CommandHelp {
        about: "Write the paper file as a print-ready PDF: cover sheet (For the attention of…, \
                Subject, Ref.), checklist of the pieces in the order asked, envelope label",
        usage: "postulo-cli paper ID [-o FILE] [--envelope dl|c5|c4]",
    },
    paper_id: "The application's number",
    paper_output: "PDF file to write, or folder to write it in (default: \
                   NAME_First_Position_Ref_paper.pdf here)",
    paper_envelope: "Envelope size: dl (a sheet folded in three), c5 (A4 folded once) or c4 \
                     (A4 flat, the default)",

    letter: CommandHelp {
        about: "Write the cover letter in the formal layout (sender, recipient, place and date, \
                subject, reference, salutation, body, closing, signature), as PDF or Word \
                (.docx)",
        usage: "postulo-cli letter ID [-o FILE.pdf|.docx] [--template FILE] [--place PLACE] \
                [--attach]",
    },
    letter_id: "The application's number",
    letter_output: "File to write, .pdf or .docx (default: cover-letter.pdf here)",
    letter_template: "Your own template (text): paragraphs separated by a blank line, fields \
                      {Position}, {Organization}, {Reference}, {Deadline}, {Place}, {Today}, \
                      {FirstName}, {LastName}",
    letter_place: "Town you write from, for “Bamako, 7 December 2026”",
    letter_attach: "Also keep the letter as a PDF in the vault, attached to the “Cover letter” \
                    piece",

    email: CommandHelp {
        about: "Write the e-mail draft (.eml) to open in Thunderbird or Outlook: recipient, \
                required subject, letter and the application file attached",
        usage: "postulo-cli email ID [-o FILE] [--dossier PDF | --separate] [--email-size MB] \
                [--mailto]",
    },
    email_id: "The application's number",
    email_output: ".eml file to write, or folder to write it in (default: here)",
    email_dossier: "Attach this already exported PDF instead of preparing one",
    email_separate: "Attach the documents one by one instead of the application file",
    email_size: "E-mail size limit in MB (default: 8)",
    email_mailto: "Also print the mailto: link (webmail; no attachment)",

    export_list: CommandHelp {
        about: "Write the list of applications for a spreadsheet: .csv (Excel, LibreOffice) \
                or .xlsx, with the same filters as list",
        usage: "postulo-cli export-list -o FILE.csv|FILE.xlsx [--separator ';'|','] \
                [--status STATUS]... [--search TEXT] [--json]",
    },
    export_list_output: "File to write; its extension chooses the format: .csv or .xlsx",
    export_list_separator: "The .csv's separator: ; (default, for French Excel) or ,",

    report: CommandHelp {
        about: "Write the job search log as a PDF: every application created, changed or \
                followed up during the period, with its dates and its history",
        usage: "postulo-cli report --from DATE --to DATE -o FILE.pdf [--json]",
    },
    report_from: "First day of the period (YYYY-MM-DD or DD/MM/YYYY)",
    report_to: "Last day of the period, included (YYYY-MM-DD or DD/MM/YYYY)",
    report_output: "PDF file to write",

    ics: CommandHelp {
        about: "Write the calendar (.ics) of deadlines and interviews",
        usage: "postulo-cli ics [ID] [-o FILE]",
    },
    ics_id: "Only this application (default: every open one)",
    ics_output: ".ics file to write (default: standard output)",

    reminders: CommandHelp {
        about: "Reminders (deadlines, follow-ups, interviews)",
        usage: "postulo-cli reminders due [--notify] [--json]",
    },
    reminders_due: CommandHelp {
        about: "Print the reminders that are due and mark them shown (none is shown twice, \
                even with the app open); for cron or the task scheduler",
        usage: "postulo-cli reminders due [--notify] [--json]",
    },
    reminders_notify: "Send them as one desktop notification; when no notification service \
                       answers, print them and exit with code 5",

    backup: CommandHelp {
        about: "Write a complete backup (database, vault documents and the hashes to check \
                them) to one .zip file",
        usage: "postulo-cli backup FILE [--json]",
    },
    backup_file: "The .zip file to write (a folder: the name is chosen)",
    restore: CommandHelp {
        about: "Replace all data with a backup's, after checking the whole archive; the \
                current data is first saved in the backups folder",
        usage: "postulo-cli restore FILE [--json]",
    },
    restore_file: "The backup (.zip) to restore",
    check: CommandHelp {
        about: "Check the database (PRAGMA integrity_check) and the vault (no missing or \
                orphan file); exit code 4 when something is wrong",
        usage: "postulo-cli check [--json]",
    },
    tracking: super::tracking::EN,
    pieces: super::pieces::EN,
    contents: super::contents::EN,
    manage: ManageTexts {
        v_item: "PIECE",
        v_time: "HH:MM",
        v_field: "FIELD",
        v_key: "SETTING",
        application_id: "The application's number (see list)",

        edit: CommandHelp {
            about: "Change an application: each option given replaces that field, the others \
                    stay as they are",
            usage: "postulo-cli edit ID [--title TITLE] [--organization ORGANIZATION] \
                    [--deadline DATE] [--time HH:MM] [--tz ZONE] [--clear FIELD]... \
                    [OPTIONS] [--json]",
        },
        edit_deadline: "Deadline: 2026-05-17 or 17/05/2026 (keeps the hour already given), or \
                        2026-05-17T17:00",
        edit_time: "Deadline hour (HH:MM) in the deadline's time zone",
        edit_tz: "Time zone of the deadline, e.g. Africa/Bamako",
        edit_clear: "Empty this field (repeatable): reference, location, contract, url, method, \
                     email, subject, apply-url, address, deadline, time, notes, type; an empty value \
                     (--reference \"\") does the same",

        delete: CommandHelp {
            about: "Delete an application, with its checklist, contacts, interviews and \
                    reminders (the vault's documents stay); asks for confirmation",
            usage: "postulo-cli delete ID [--yes] [--json]",
        },
        delete_yes: "Delete without asking (required without a terminal, in a script)",

        checklist: CommandHelp {
            about: "An application's documents to provide: add, say what they are asked as, \
                    remove, waive, order",
            usage: "postulo-cli checklist add ID KIND [--label TEXT] [--later] [--form FORM] \
                    [--copies N] [--max-age AGE]\n       \
                    postulo-cli checklist require ID PIECE [--form FORM|none] [--copies N|none] \
                    [--max-age AGE|none]\n       \
                    postulo-cli checklist remove|waive|unwaive ID PIECE\n       \
                    postulo-cli checklist order ID PIECE...",
        },
        checklist_add: CommandHelp {
            about: "Add a piece at the end of the checklist; a kind already there (a second \
                    diploma) adds one more piece",
            usage: "postulo-cli checklist add ID KIND [--label TEXT] [--later] [--form FORM] \
                    [--copies N] [--max-age AGE] [--json]",
        },
        checklist_remove: CommandHelp {
            about: "Remove a piece from the checklist (its document stays in the vault)",
            usage: "postulo-cli checklist remove ID PIECE [--json]",
        },
        checklist_waive: CommandHelp {
            about: "Mark a piece \"not needed\": it no longer counts (its document is \
                    detached)",
            usage: "postulo-cli checklist waive ID PIECE [--json]",
        },
        checklist_unwaive: CommandHelp {
            about: "Ask again for a piece marked \"not needed\"",
            usage: "postulo-cli checklist unwaive ID PIECE [--json]",
        },
        checklist_order: CommandHelp {
            about: "Change the order of the pieces (the PDF dossier's): the pieces named first, \
                    in that order, then the others as before",
            usage: "postulo-cli checklist order ID PIECE... [--json]",
        },
        checklist_kind: "Kind of document: cv, cover_letter, diploma_copies, criminal_record, \
                         work_certificates, attestations, references, id_document, \
                         birth_certificate, nationality_certificate, id_photo, \
                         medical_certificate, other; or its English name",
        checklist_label: "The posting's words (\"3 reference letters\"); required for other",
        checklist_later: "Asked only of shortlisted candidates",
        checklist_item: "The piece's number (#14 in show)",
        checklist_items: "The pieces' numbers in the new order",

        contact: CommandHelp {
            about: "The people around an application (recruiter, panel)",
            usage: "postulo-cli contact add ID --name NAME [--role TEXT] [--email VALUE] \
                    [--phone VALUE]",
        },
        contact_add: CommandHelp {
            about: "Add a contact to an application",
            usage: "postulo-cli contact add ID --name NAME [--role TEXT] [--email VALUE] \
                    [--phone VALUE] [--json]",
        },
        contact_name: "The person's name",
        contact_role: "Their position (\"HR officer\")",
        contact_email: "Their e-mail address",
        contact_phone: "Their phone number (+223 76 12 34 56)",

        interview: CommandHelp {
            about: "An application's interviews (reminded and put in the calendar)",
            usage: "postulo-cli interview add ID --date DATE --time HH:MM [--tz ZONE] \
                    [--place TEXT] [--notes TEXT]",
        },
        interview_add: CommandHelp {
            about: "Add an interview to an application",
            usage: "postulo-cli interview add ID --date DATE --time HH:MM [--tz ZONE] \
                    [--place TEXT] [--notes TEXT] [--json]",
        },
        interview_date: "Day of the interview: 2026-06-02 or 02/06/2026",
        interview_time: "Hour of the interview (HH:MM), in its time zone",
        interview_tz: "Time zone of the place (or of the recruiter, for a call), e.g. \
                       Africa/Bamako (default: this computer's)",
        interview_place: "An address, or \"Teams\", \"phone\"",
        interview_notes: "What to remember",

        profile: CommandHelp {
            about: "Your profile: the name printed on the dossier and naming its file",
            usage: "postulo-cli profile show [--json]\n       \
                    postulo-cli profile set [--first-name TEXT] [--last-name TEXT] \
                    [--email VALUE] [--phone VALUE] [--address TEXT] [--clear FIELD]...",
        },
        profile_show: CommandHelp {
            about: "Show your profile",
            usage: "postulo-cli profile show [--json]",
        },
        profile_set: CommandHelp {
            about: "Change your profile: each option given replaces that field",
            usage: "postulo-cli profile set [--first-name TEXT] [--last-name TEXT] \
                    [--email VALUE] [--phone VALUE] [--address TEXT] [--clear FIELD]... \
                    [--json]",
        },
        profile_first_name: "First name",
        profile_last_name: "Last name",
        profile_email: "Your e-mail address",
        profile_phone: "Your phone number",
        profile_address: "Your postal address",
        profile_clear: "Empty this field (repeatable): first-name, last-name, email, phone, \
                        address; an empty value does the same",

        settings: CommandHelp {
            about: "The app's settings: language, reminders, backup, dossier name",
            usage: "postulo-cli settings show [--json]\n       \
                    postulo-cli settings set SETTING VALUE [--json]",
        },
        settings_show: CommandHelp {
            about: "Show the settings",
            usage: "postulo-cli settings show [--json]",
        },
        settings_set: CommandHelp {
            about: "Change one setting",
            usage: "postulo-cli settings set SETTING VALUE [--json]",
        },
        settings_key: "language (fr, en); deadline-reminders (before each deadline: \
                       7d,2d,1d,3h or none); follow-up-days (days after sending before a \
                       follow-up, 0: never); auto-backup (on, off); dossier-name (the PDF's \
                       file name, e.g. {NOM}_{Prenom}_{Poste}_{Ref}; empty: the default)",
        settings_value: "The new value",

        edited: "Application {} changed: {} — {}",
        nothing_to_change: "nothing to change: give at least one option (see {} --help)",
        time_without_date: "{}: application {} has no deadline; give --deadline too",
        bad_date: "{}: invalid date \"{}\" (expected: 2026-05-17 or 17/05/2026)",
        bad_time: "{}: invalid time \"{}\" (expected: HH:MM, e.g. 17:00)",
        delete_question: "Delete application {} \"{} — {}\", with its checklist, contacts, \
                          interviews and reminders? The vault's documents stay. [y/N] ",
        delete_needs_yes: "deleting application {} must be confirmed: with no terminal to ask \
                           on, add --yes",
        deleted: "Application {} deleted: {} — {}",
        delete_kept: "Nothing was deleted.",
        item_added: "Application {}: piece #{} \"{}\" added",
        if_shortlisted: " (if shortlisted)",
        item_of_kind: " ({} pieces of this kind)",
        item_not_in_application: "application {} has no piece #{} (see postulo-cli show {})",
        item_removed: "Application {}: piece #{} \"{}\" removed from the checklist",
        item_waived: "Application {}: piece #{} \"{}\" marked not needed",
        item_unwaived: "Application {}: piece #{} \"{}\" asked for again",
        item_unchanged: "Application {}: piece #{} \"{}\" unchanged ({})",
        item_twice: "piece #{} is named twice",
        order_done: "Application {}, pieces in order:",
        contact_added: "Application {}: contact #{} \"{}\" added",
        interview_added: "Application {}: interview #{} added on {} at {} ({})",
        contacts_heading: "Contacts",
        interviews_heading: "Interviews",
        profile_saved: "Profile saved.",
        profile_fields: ["First name", "Last name", "E-mail", "Phone", "Address"],
        empty: "(empty)",
        unknown_setting: "unknown setting \"{}\" (settings: {})",
        bad_setting: "{}: value \"{}\" refused (expected: {})",
        setting_saved: "Setting saved: {} = {}",
        setting_about: [
            "language of the app and of postulo-cli",
            "reminders before each deadline",
            "days after sending before a follow-up is suggested (0: never)",
            "days without news before a sent application reads \"no response\" (0: never)",
            "a backup a day in the backups folder",
            "file name of the dossier's PDF",
        ],
        offsets_none: "none",
        on: "on",
        off: "off",
        yes: ["y", "yes"],
    },
};
