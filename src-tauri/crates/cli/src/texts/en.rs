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
        about: "Show one application: details, documents to provide, history",
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
        usage: "postulo-cli vault add FILE --kind KIND [--issued DATE] [--title TITLE]\n       \
                postulo-cli vault list [--json]",
    },
    vault_add: CommandHelp {
        about: "Copy a file (PDF, JPEG, PNG, DOCX, ODT) into your documents",
        usage: "postulo-cli vault add FILE --kind KIND [--issued DATE] [--title TITLE] [--json]",
    },
    vault_list: CommandHelp {
        about: "List your documents and whether they are still valid",
        usage: "postulo-cli vault list [--json]",
    },
    vault_file: "File to add",
    vault_kind: "Kind of document: cv, cover_letter, diploma_copies, criminal_record, \
                 work_certificates, attestations, references, id_document, birth_certificate, \
                 nationality_certificate, id_photo, medical_certificate, other; or its name",
    vault_issued: "Date of issue (YYYY-MM-DD): a criminal record extract is valid 3 months",
    vault_title: "Title (default: the file's name)",

    attach: CommandHelp {
        about: "Attach a document to the checklist piece of that kind in an application",
        usage: "postulo-cli attach ID KIND DOCUMENT",
    },
    attach_id: "The application's number",
    attach_kind: "Kind of the checklist piece (cv, cover_letter, criminal_record…)",
    attach_document: "The document's number (see vault list)",

    export: CommandHelp {
        about: "Write the application file as a PDF: cover page, list of enclosed documents, \
                then each document",
        usage: "postulo-cli export ID [-o FILE] [--email-size MB] [--json]",
    },
    export_id: "The application's number",
    export_output: "PDF file to write, or folder to write it in (default: \
                    NAME_First_Position_Ref.pdf here)",
    export_email_size: "Shrink scans so that the file fits this e-mail size, in MB (e.g. 8)",

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
    report_from: "First day of the period (YYYY-MM-DD)",
    report_to: "Last day of the period, included (YYYY-MM-DD)",
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
};
