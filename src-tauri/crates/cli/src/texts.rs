//! The help of `postulo-cli` in French and English: every text clap shows, so that no
//! English slips into the French help (clap's own headings are replaced, see `cli.rs`).

use postulo_core::model::Language;

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
    pub vault_file: &'static str,
    pub vault_kind: &'static str,
    pub vault_issued: &'static str,
    pub vault_title: &'static str,

    pub attach: CommandHelp,
    pub attach_id: &'static str,
    pub attach_kind: &'static str,
    pub attach_document: &'static str,

    pub export: CommandHelp,
    pub export_id: &'static str,
    pub export_output: &'static str,
    pub export_email_size: &'static str,

    pub email: CommandHelp,
    pub email_id: &'static str,
    pub email_output: &'static str,
    pub email_dossier: &'static str,
    pub email_separate: &'static str,
    pub email_size: &'static str,
    pub email_mailto: &'static str,

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
}

pub fn texts(lang: Language) -> &'static Texts {
    match lang {
        Language::Fr => &FR,
        Language::En => &EN,
    }
}

const FR: Texts = Texts {
    usage_heading: "Utilisation : ",
    // clap adds the colon: French sets it off with a space.
    commands_heading: "Commandes ",
    arguments_heading: "Arguments ",
    options_heading: "Options ",
    root: CommandHelp {
        about: "Postulo en ligne de commande : vos candidatures, vos documents et vos rappels, \
                les mêmes que dans l'application.",
        usage: "postulo-cli [--lang fr|en] COMMANDE [OPTIONS]",
    },
    root_after: "\
Données :
  Le même dossier que l'application (POSTULO_DATA_DIR s'il est défini). L'application et
  postulo-cli peuvent tourner en même temps sur les mêmes données.

Langue :
  --lang, sinon la langue choisie dans l'application, sinon LANG / LC_ALL.

Codes de sortie :
  0  terminé
  1  ligne de commande incomprise (commande, option ou argument)
  2  introuvable (candidature, document, pièce de la liste ; rien à mettre au calendrier)
  3  valeur refusée (statut, type de pièce, date, fuseau, e-mail, fichier non pris en charge)
  4  dossier de données ou base de données inutilisable (plus récente, occupée, abîmée)
  5  notification impossible : les rappels ont été affichés ici à la place
  6  fichier illisible, ou fichier de sortie impossible à écrire
  7  dossier écrit mais plus lourd que la limite d'e-mail

Exemples :
  postulo-cli import-posting annonce.pdf --create
  postulo-cli vault add cv.pdf --kind cv
  postulo-cli attach 12 cv 3
  postulo-cli export 12 --email-size 8
  postulo-cli reminders due --notify

Aide d'une commande : postulo-cli COMMANDE --help",
    help_flag: "Affiche cette aide",
    version_flag: "Affiche la version",
    lang_flag: "Langue des messages : fr ou en",
    json_flag: "Résultat en JSON (pour les scripts)",

    v_id: "ID",
    v_status: "STATUT",
    v_text: "TEXTE",
    v_file: "FICHIER",
    v_kind: "TYPE",
    v_date: "DATE",
    v_zone: "FUSEAU",
    v_value: "VALEUR",
    v_document: "DOCUMENT",
    v_mb: "MO",

    list: CommandHelp {
        about: "Liste les candidatures, la date limite la plus proche en premier",
        usage: "postulo-cli list [--status STATUT]... [--search TEXTE] [--json]",
    },
    list_status: "Seulement ce statut (répétable) : à_préparer, prêt, envoyée, présélectionné, \
                  entretien, offre, acceptée, refusée, abandonnée, expirée",
    list_search: "Mots cherchés dans le poste, l'organisation, la référence, le lieu (sans tenir \
                  compte des accents)",

    show: CommandHelp {
        about: "Affiche une candidature : détails, pièces à fournir, historique",
        usage: "postulo-cli show ID [--json]",
    },
    show_id: "Numéro de la candidature (voir list)",

    add: CommandHelp {
        about: "Crée une candidature",
        usage: "postulo-cli add --title POSTE --organization ORGANISATION [--deadline DATE] \
                [--tz FUSEAU] [OPTIONS]",
    },
    add_title: "Intitulé du poste",
    add_organization: "Organisation qui recrute",
    add_deadline: "Date limite : 2026-05-17 (jusqu'à la fin du jour) ou 2026-05-17T17:00",
    add_tz: "Fuseau horaire de la date limite, par ex. Africa/Bamako (par défaut : celui de \
             l'ordinateur)",
    add_reference: "Référence de l'annonce",
    add_location: "Lieu d'affectation",
    add_contract: "Type et durée du contrat",
    add_url: "Adresse web de l'annonce",
    add_method: "Mode d'envoi : email, portal, in_person, post (email si --email est donné)",
    add_email: "Adresse e-mail où envoyer la candidature",
    add_subject: "Objet exigé par l'annonce, mot pour mot",
    add_apply_url: "Adresse web où postuler",
    add_address: "Adresse où déposer le dossier",
    add_notes: "Notes",

    status: CommandHelp {
        about: "Change le statut d'une candidature (inscrit dans son historique)",
        usage: "postulo-cli status ID STATUT [--note TEXTE] [--json]",
    },
    status_id: "Numéro de la candidature",
    status_value: "Nouveau statut, en français, en anglais ou son code : à_préparer (to_prepare), \
                   prêt (ready), envoyée (sent), présélectionné (shortlisted), entretien \
                   (interview), offre (offer), acceptée (accepted), refusée (rejected), \
                   abandonnée (withdrawn), expirée (expired)",
    status_note: "Note gardée dans l'historique",

    import: CommandHelp {
        about: "Lit une annonce (.txt, .pdf, .docx, .odt), montre ce qui a été trouvé et, avec \
                --create, crée la candidature et sa liste de pièces",
        usage: "postulo-cli import-posting FICHIER [--create] [--tz FUSEAU] [--title POSTE] \
                [--organization ORGANISATION] [--json]",
    },
    import_file: "Fichier de l'annonce",
    import_create: "Crée la candidature décrite par l'annonce",
    import_tz: "Fuseau horaire à prendre si l'annonce ne nomme aucun lieu connu (par défaut : \
                celui de l'ordinateur)",
    import_title: "Intitulé du poste à la place de celui trouvé (avec --create)",
    import_organization: "Organisation à la place de celle trouvée (avec --create)",

    vault: CommandHelp {
        about: "Vos documents (CV, diplômes, casier judiciaire…), gardés par Postulo",
        usage: "postulo-cli vault add FICHIER --kind TYPE [--issued DATE] [--title TITRE]\n       \
                postulo-cli vault list [--json]",
    },
    vault_add: CommandHelp {
        about: "Copie un fichier (PDF, JPEG, PNG, DOCX, ODT) dans vos documents",
        usage: "postulo-cli vault add FICHIER --kind TYPE [--issued DATE] [--title TITRE] \
                [--json]",
    },
    vault_list: CommandHelp {
        about: "Liste vos documents et leur validité",
        usage: "postulo-cli vault list [--json]",
    },
    vault_file: "Fichier à ajouter",
    vault_kind: "Type de pièce : cv, cover_letter (lettre de motivation), diploma_copies, \
                 criminal_record (casier judiciaire), work_certificates, attestations, \
                 references, id_document, birth_certificate, nationality_certificate, \
                 id_photo, medical_certificate, other ; ou son nom en français",
    vault_issued: "Date de délivrance (AAAA-MM-JJ) : un casier judiciaire vaut 3 mois",
    vault_title: "Titre (par défaut : le nom du fichier)",

    attach: CommandHelp {
        about: "Joint un document à la pièce de ce type dans la liste d'une candidature",
        usage: "postulo-cli attach ID TYPE DOCUMENT",
    },
    attach_id: "Numéro de la candidature",
    attach_kind: "Type de la pièce dans la liste (cv, cover_letter, criminal_record…)",
    attach_document: "Numéro du document (voir vault list)",

    export: CommandHelp {
        about: "Écrit le dossier de candidature en PDF : page de garde, bordereau des pièces, \
                puis chaque pièce",
        usage: "postulo-cli export ID [-o FICHIER] [--email-size MO] [--json]",
    },
    export_id: "Numéro de la candidature",
    export_output: "Fichier PDF à écrire, ou dossier où l'écrire (par défaut : \
                    NOM_Prenom_Poste_Ref.pdf ici)",
    export_email_size: "Réduit les scans pour que le fichier tienne dans cette taille d'e-mail, \
                        en Mo (par ex. 8)",

    email: CommandHelp {
        about: "Écrit le brouillon d'e-mail (.eml) à ouvrir dans Thunderbird ou Outlook : \
                destinataire, objet exigé, lettre et dossier joint",
        usage: "postulo-cli email ID [-o FICHIER] [--dossier PDF | --separate] \
                [--email-size MO] [--mailto]",
    },
    email_id: "Numéro de la candidature",
    email_output: "Fichier .eml à écrire, ou dossier où l'écrire (par défaut : ici)",
    email_dossier: "Joint ce PDF déjà exporté au lieu d'en préparer un",
    email_separate: "Joint les pièces une par une au lieu du dossier",
    email_size: "Limite de taille de l'e-mail en Mo (par défaut : 8)",
    email_mailto: "Affiche aussi le lien mailto: (webmail ; sans pièce jointe)",

    ics: CommandHelp {
        about: "Écrit le calendrier (.ics) des dates limites et des entretiens",
        usage: "postulo-cli ics [ID] [-o FICHIER]",
    },
    ics_id: "Seulement cette candidature (par défaut : toutes celles en cours)",
    ics_output: "Fichier .ics à écrire (par défaut : la sortie standard)",

    reminders: CommandHelp {
        about: "Les rappels (dates limites, relances, entretiens)",
        usage: "postulo-cli reminders due [--notify] [--json]",
    },
    reminders_due: CommandHelp {
        about: "Affiche les rappels arrivés à échéance et les marque comme vus (aucun n'est \
                montré deux fois, même avec l'application ouverte) ; pour cron ou le \
                planificateur de tâches",
        usage: "postulo-cli reminders due [--notify] [--json]",
    },
    reminders_notify: "Les envoie en une notification du bureau ; si aucun service de \
                       notification ne répond, les affiche et sort avec le code 5",

    backup: CommandHelp {
        about: "Enregistre une sauvegarde complète (base de données, documents du coffre et \
                empreintes pour les vérifier) dans un seul fichier .zip",
        usage: "postulo-cli backup FICHIER [--json]",
    },
    backup_file: "Le fichier .zip à écrire (un dossier : le nom est choisi)",
    restore: CommandHelp {
        about: "Remplace toutes les données par celles d'une sauvegarde, après avoir vérifié \
                toute l'archive ; les données actuelles sont d'abord enregistrées dans le \
                dossier des sauvegardes",
        usage: "postulo-cli restore FICHIER [--json]",
    },
    restore_file: "La sauvegarde (.zip) à restaurer",
    check: CommandHelp {
        about: "Vérifie la base de données (PRAGMA integrity_check) et le coffre (aucun \
                fichier manquant ni orphelin) ; code 4 en cas de problème",
        usage: "postulo-cli check [--json]",
    },
};

const EN: Texts = Texts {
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
