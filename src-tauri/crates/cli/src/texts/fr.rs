//! The help of `postulo-cli` in French.

use super::*;

pub(super) const FR: Texts = Texts {
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
  postulo-cli export-list -o candidatures.xlsx --status envoyée
  postulo-cli report --from 2026-03-01 --to 2026-03-31 -o journal-mars.pdf
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

    export_list: CommandHelp {
        about: "Écrit la liste des candidatures pour un tableur : .csv (Excel, LibreOffice) ou \
                .xlsx, avec les mêmes filtres que list",
        usage: "postulo-cli export-list -o FICHIER.csv|FICHIER.xlsx [--separator ';'|','] \
                [--status STATUT]... [--search TEXTE] [--json]",
    },
    export_list_output: "Fichier à écrire ; son extension choisit le format : .csv ou .xlsx",
    export_list_separator: "Séparateur du .csv : ; (par défaut, pour Excel en français) ou ,",

    report: CommandHelp {
        about: "Écrit le journal de recherche d'emploi en PDF : chaque candidature créée, \
                changée ou relancée pendant la période, avec ses dates et son historique",
        usage: "postulo-cli report --from DATE --to DATE -o FICHIER.pdf [--json]",
    },
    report_from: "Premier jour de la période (AAAA-MM-JJ)",
    report_to: "Dernier jour de la période, inclus (AAAA-MM-JJ)",
    report_output: "Fichier PDF à écrire",

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
