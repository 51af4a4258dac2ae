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
  postulo-cli edit 12 --deadline 2026-05-20 --time 17:00 --clear notes
  postulo-cli checklist add 12 diploma_copies --label Master
  postulo-cli checklist add 12 casier --form certifiee --max-age 3mois
  postulo-cli interview add 12 --date 02/06/2026 --time 10:30 --tz Africa/Bamako
  postulo-cli settings set deadline-reminders 7j,1j,3h
  postulo-cli delete 12 --yes
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
        about: "Affiche une candidature : détails, pièces à fournir (avec leur numéro), \
                contacts, entretiens, historique",
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
    add_cc: "Adresses à mettre en copie, séparées par des virgules",
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
        usage: "postulo-cli vault add FICHIER --kind TYPE [--issued DATE] [--title TITRE] \
                [--certified DATE]\n       \
                postulo-cli vault edit DOCUMENT [--title TITRE] [--kind TYPE] [--issued DATE] \
                [--valid-until DATE] [--certified DATE]\n       \
                postulo-cli vault list [--json]\n       \
                postulo-cli vault read FICHIER [--json]\n       \
                postulo-cli vault straighten ID [--json]",
    },
    vault_add: CommandHelp {
        about: "Copie un fichier (PDF, JPEG, PNG, DOCX, ODT) dans vos documents",
        usage: "postulo-cli vault add FICHIER --kind TYPE [--issued DATE] [--title TITRE] \
                [--certified DATE] [--json]",
    },
    vault_list: CommandHelp {
        about: "Liste vos documents et leur validité",
        usage: "postulo-cli vault list [--json]",
    },
    vault_read: CommandHelp {
        about: "Lit un document (photo ou scan compris) et propose son type et sa date de \
                délivrance, sans rien enregistrer",
        usage: "postulo-cli vault read FICHIER [--json]",
    },
    vault_straighten: CommandHelp {
        about: "Ajoute une copie redressée d'un document photographié (feuille détourée, \
                perspective corrigée, page A4 blanche) ; l'original reste",
        usage: "postulo-cli vault straighten ID [--json]",
    },
    vault_read_file: "Fichier à lire (PDF, image, DOCX, ODT)",
    vault_straighten_id: "Numéro du document photographié (voir vault list)",
    vault_file: "Fichier à ajouter",
    vault_kind: "Type de pièce : cv, cover_letter (lettre de motivation), diploma_copies, \
                 criminal_record (casier judiciaire), work_certificates, attestations, \
                 references, id_document, birth_certificate, nationality_certificate, \
                 id_photo, medical_certificate, other ; ou son nom en français",
    vault_issued: "Date de délivrance (AAAA-MM-JJ ou JJ/MM/AAAA) : un casier judiciaire vaut 3 mois",
    vault_title: "Titre (par défaut : le nom du fichier)",
    vault_password: "Mot de passe d'un PDF protégé (une copie déverrouillée est gardée)",
    vault_unlocked: "PDF protégé par un mot de passe : une copie déverrouillée a été gardée dans vos documents.",
    vault_repaired: "PDF abîmé, réparé : pages récupérées : {}. Pages perdues : {}.",

    attach: CommandHelp {
        about: "Joint un document à la première pièce de ce type encore manquante dans la \
                liste d'une candidature (sinon à la première de ce type)",
        usage: "postulo-cli attach ID TYPE DOCUMENT",
    },
    attach_id: "Numéro de la candidature",
    attach_kind: "Type de la pièce dans la liste (cv, cover_letter, criminal_record…)",
    attach_document: "Numéro du document (voir vault list)",

    export: CommandHelp {
        about: "Écrit le dossier de candidature en PDF : page de garde, bordereau des pièces, \
                puis chaque pièce",
        usage: "postulo-cli export ID [-o FICHIER] [--email-size MO] [--json]\n       \
                postulo-cli export ID --per-piece [--max-mb MO] [--total-mb MO] [-o DOSSIER] [--json]",
    },
    export_id: "Numéro de la candidature",
    export_output: "Fichier PDF à écrire, ou dossier où l'écrire (par défaut : \
                    NOM_Prenom_Poste_Ref.pdf ici)",
    export_email_size: "Réduit les scans pour que le fichier tienne dans cette taille d'e-mail, \
                        en Mo (par ex. 8)",
    export_per_piece: "Un PDF par pièce, sans page de garde, numérotés dans l'ordre de la liste \
                       (01_CV_NOM_Prenom.pdf…), écrits dans le dossier -o",
    export_max_mb: "Avec --per-piece : taille maximale de chaque fichier, en Mo (par ex. 2) ; \
                    les scans sont réduits pour tenir",
    export_total_mb: "Avec --per-piece : taille maximale de toutes les pièces ensemble, en Mo",
    export_jpeg: "Avec --per-piece : chaque pièce en image JPEG (ses pages l'une sous l'autre), \
                  pour les portails qui ne prennent que des images",
    export_rules_note: "Sans --max-mb, --total-mb ni --jpeg, --per-piece suit les règles d'envoi \
                        de la candidature (lues dans l'annonce ou choisies dans l'application).",

    paper: CommandHelp {
        about: "Écrit le dossier papier en PDF, prêt à imprimer : page de garde (À l'attention \
                de…, Objet, Réf.), liste de contrôle des pièces dans l'ordre demandé, étiquette \
                de l'enveloppe",
        usage: "postulo-cli paper ID [-o FICHIER] [--envelope dl|c5|c4]",
    },
    paper_id: "Numéro de la candidature",
    paper_output: "Fichier PDF à écrire, ou dossier où l'écrire (par défaut : \
                   NOM_Prenom_Poste_Ref_papier.pdf ici)",
    paper_envelope: "Format de l'enveloppe : dl (feuille pliée en trois), c5 (A4 plié en \
                     deux) ou c4 (A4 à plat, par défaut)",

    letter: CommandHelp {
        about: "Écrit la lettre de motivation, mise en page à la française (expéditeur, \
                destinataire, lieu et date, objet, référence, formule d'appel, corps, formule \
                de politesse, signature), en PDF ou en Word (.docx)",
        usage: "postulo-cli letter ID [-o FICHIER.pdf|.docx] [--template FICHIER] [--place LIEU] \
                [--attach]",
    },
    letter_id: "Numéro de la candidature",
    letter_output: "Fichier à écrire, en .pdf ou .docx (par défaut : lettre-de-motivation.pdf \
                    ici)",
    letter_template: "Votre modèle (texte) : paragraphes séparés par une ligne vide, champs \
                      {Poste}, {Organisation}, {Référence}, {Date limite}, {Lieu}, {Date du \
                      jour}, {Prénom}, {Nom}",
    letter_place: "Ville d'où vous écrivez, pour « Bamako, le 7 décembre 2026 »",
    letter_attach: "Garde aussi la lettre en PDF dans le coffre-fort et la joint à la pièce \
                    « Lettre de motivation »",

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
    report_from: "Premier jour de la période (AAAA-MM-JJ ou JJ/MM/AAAA)",
    report_to: "Dernier jour de la période, inclus (AAAA-MM-JJ ou JJ/MM/AAAA)",
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
    tracking: super::tracking::FR,
    pieces: super::pieces::FR,
    contents: super::contents::FR,
    manage: ManageTexts {
        v_item: "PIÈCE",
        v_time: "HH:MM",
        v_field: "CHAMP",
        v_key: "RÉGLAGE",
        application_id: "Numéro de la candidature (voir list)",

        edit: CommandHelp {
            about: "Modifie une candidature : chaque option donnée remplace ce champ, les \
                    autres restent tels quels",
            usage: "postulo-cli edit ID [--title POSTE] [--organization ORGANISATION] \
                    [--deadline DATE] [--time HH:MM] [--tz FUSEAU] [--clear CHAMP]... \
                    [OPTIONS] [--json]",
        },
        edit_deadline: "Date limite : 2026-05-17 ou 17/05/2026 (garde l'heure déjà donnée), \
                        ou 2026-05-17T17:00",
        edit_time: "Heure limite (HH:MM) dans le fuseau de la date limite",
        edit_tz: "Fuseau horaire de la date limite, par ex. Africa/Bamako",
        edit_clear: "Vide ce champ (répétable) : reference, location, contract, url, method, \
                     email, subject, apply-url, address, deadline, time, notes, type ; une valeur \
                     vide (--reference \"\") fait de même",

        delete: CommandHelp {
            about: "Supprime une candidature, avec sa liste de pièces, ses contacts, entretiens \
                    et rappels (les documents du coffre restent) ; demande confirmation",
            usage: "postulo-cli delete ID [--yes] [--json]",
        },
        delete_yes: "Supprime sans demander (obligatoire sans terminal, dans un script)",

        checklist: CommandHelp {
            about: "Les pièces à fournir d'une candidature : ajouter, dire sous quelle forme \
                    elles sont demandées, retirer, écarter, ordonner",
            usage: "postulo-cli checklist add ID TYPE [--label TEXTE] [--later] [--form FORME] \
                    [--copies N] [--max-age ÂGE]\n       \
                    postulo-cli checklist require ID PIÈCE [--form FORME|none] [--copies N|none] \
                    [--max-age ÂGE|none]\n       \
                    postulo-cli checklist remove|waive|unwaive ID PIÈCE\n       \
                    postulo-cli checklist order ID PIÈCE...",
        },
        checklist_add: CommandHelp {
            about: "Ajoute une pièce à la fin de la liste ; un type déjà présent (un second \
                    diplôme) ajoute une pièce de plus",
            usage: "postulo-cli checklist add ID TYPE [--label TEXTE] [--later] [--form FORME] \
                    [--copies N] [--max-age ÂGE] [--json]",
        },
        checklist_remove: CommandHelp {
            about: "Retire une pièce de la liste (le document joint reste dans le coffre)",
            usage: "postulo-cli checklist remove ID PIÈCE [--json]",
        },
        checklist_waive: CommandHelp {
            about: "Marque une pièce « pas nécessaire » : elle ne compte plus (le document \
                    joint est détaché)",
            usage: "postulo-cli checklist waive ID PIÈCE [--json]",
        },
        checklist_unwaive: CommandHelp {
            about: "Demande de nouveau une pièce marquée « pas nécessaire »",
            usage: "postulo-cli checklist unwaive ID PIÈCE [--json]",
        },
        checklist_order: CommandHelp {
            about: "Change l'ordre des pièces (celui du dossier PDF) : les pièces citées \
                    d'abord, dans cet ordre, puis les autres comme avant",
            usage: "postulo-cli checklist order ID PIÈCE... [--json]",
        },
        checklist_kind: "Type de pièce : cv, cover_letter, diploma_copies, criminal_record, \
                         work_certificates, attestations, references, id_document, \
                         birth_certificate, nationality_certificate, id_photo, \
                         medical_certificate, other ; ou son nom en français",
        checklist_label: "Les mots de l'annonce (« 3 lettres de référence ») ; obligatoire pour \
                          other",
        checklist_later: "Demandée seulement aux candidats présélectionnés",
        checklist_item: "Numéro de la pièce (#14 dans show)",
        checklist_items: "Numéros des pièces dans le nouvel ordre",

        contact: CommandHelp {
            about: "Les personnes liées à une candidature (recruteur, jury)",
            usage: "postulo-cli contact add ID --name NOM [--role TEXTE] [--email VALEUR] \
                    [--phone VALEUR]",
        },
        contact_add: CommandHelp {
            about: "Ajoute un contact à une candidature",
            usage: "postulo-cli contact add ID --name NOM [--role TEXTE] [--email VALEUR] \
                    [--phone VALEUR] [--json]",
        },
        contact_name: "Nom de la personne",
        contact_role: "Sa fonction (« Responsable RH »)",
        contact_email: "Son adresse e-mail",
        contact_phone: "Son téléphone (+223 76 12 34 56)",

        interview: CommandHelp {
            about: "Les entretiens d'une candidature (rappelés et mis au calendrier)",
            usage: "postulo-cli interview add ID --date DATE --time HH:MM [--tz FUSEAU] \
                    [--place TEXTE] [--notes TEXTE]",
        },
        interview_add: CommandHelp {
            about: "Ajoute un entretien à une candidature",
            usage: "postulo-cli interview add ID --date DATE --time HH:MM [--tz FUSEAU] \
                    [--place TEXTE] [--notes TEXTE] [--json]",
        },
        interview_date: "Jour de l'entretien : 2026-06-02 ou 02/06/2026",
        interview_time: "Heure de l'entretien (HH:MM), dans son fuseau",
        interview_tz: "Fuseau horaire du lieu (ou du recruteur pour un appel), par ex. \
                       Africa/Bamako (par défaut : celui de l'ordinateur)",
        interview_place: "Adresse, ou « Teams », « téléphone »",
        interview_notes: "Ce qu'il faut retenir",

        profile: CommandHelp {
            about: "Votre profil : le nom imprimé sur le dossier et qui nomme son fichier",
            usage: "postulo-cli profile show [--json]\n       \
                    postulo-cli profile set [--first-name TEXTE] [--last-name TEXTE] \
                    [--email VALEUR] [--phone VALEUR] [--address TEXTE] [--clear CHAMP]...",
        },
        profile_show: CommandHelp {
            about: "Affiche votre profil",
            usage: "postulo-cli profile show [--json]",
        },
        profile_set: CommandHelp {
            about: "Modifie votre profil : chaque option donnée remplace ce champ",
            usage: "postulo-cli profile set [--first-name TEXTE] [--last-name TEXTE] \
                    [--email VALEUR] [--phone VALEUR] [--address TEXTE] [--clear CHAMP]... \
                    [--json]",
        },
        profile_first_name: "Prénom",
        profile_last_name: "Nom de famille",
        profile_email: "Votre adresse e-mail",
        profile_phone: "Votre téléphone",
        profile_address: "Votre adresse postale",
        profile_clear: "Vide ce champ (répétable) : first-name, last-name, email, phone, \
                        address ; une valeur vide fait de même",

        settings: CommandHelp {
            about: "Les réglages de l'application : langue, rappels, sauvegarde, nom du dossier",
            usage: "postulo-cli settings show [--json]\n       \
                    postulo-cli settings set RÉGLAGE VALEUR [--json]",
        },
        settings_show: CommandHelp {
            about: "Affiche les réglages",
            usage: "postulo-cli settings show [--json]",
        },
        settings_set: CommandHelp {
            about: "Change un réglage",
            usage: "postulo-cli settings set RÉGLAGE VALEUR [--json]",
        },
        settings_key: "language (fr, en) ; deadline-reminders (avant chaque date limite : \
                       7j,2j,1j,3h ou none) ; follow-up-days (jours après l'envoi avant de \
                       relancer, 0 : jamais) ; auto-backup (on, off) ; dossier-name (nom du \
                       fichier PDF, par ex. {NOM}_{Prenom}_{Poste}_{Ref} ; vide : par défaut)",
        settings_value: "La nouvelle valeur",

        edited: "Candidature {} modifiée : {} — {}",
        nothing_to_change: "rien à modifier : donnez au moins une option (voir {} --help)",
        time_without_date: "{} : la candidature {} n'a pas de date limite ; donnez aussi \
                            --deadline",
        bad_date: "{} : date invalide « {} » (attendu : 2026-05-17 ou 17/05/2026)",
        bad_time: "{} : heure invalide « {} » (attendu : HH:MM, par ex. 17:00)",
        delete_question: "Supprimer la candidature {} « {} — {} », avec sa liste de pièces, ses \
                          contacts, entretiens et rappels ? Les documents du coffre restent. \
                          [o/N] ",
        delete_needs_yes: "la suppression de la candidature {} doit être confirmée : sans \
                           terminal pour le demander, ajoutez --yes",
        deleted: "Candidature {} supprimée : {} — {}",
        delete_kept: "Rien n'a été supprimé.",
        item_added: "Candidature {} : pièce #{} « {} » ajoutée",
        if_shortlisted: " (si présélectionnée)",
        item_of_kind: " ({} pièces de ce type)",
        item_not_in_application:
            "la candidature {} n'a pas de pièce #{} (voir postulo-cli show {})",
        item_removed: "Candidature {} : pièce #{} « {} » retirée de la liste",
        item_waived: "Candidature {} : pièce #{} « {} » marquée pas nécessaire",
        item_unwaived: "Candidature {} : pièce #{} « {} » de nouveau demandée",
        item_unchanged: "Candidature {} : pièce #{} « {} » inchangée ({})",
        item_twice: "la pièce #{} est citée deux fois",
        order_done: "Candidature {}, pièces dans l'ordre :",
        contact_added: "Candidature {} : contact #{} « {} » ajouté",
        interview_added: "Candidature {} : entretien #{} ajouté le {} à {} ({})",
        contacts_heading: "Contacts",
        interviews_heading: "Entretiens",
        profile_saved: "Profil enregistré.",
        profile_fields: ["Prénom", "Nom", "E-mail", "Téléphone", "Adresse"],
        empty: "(vide)",
        unknown_setting: "réglage inconnu « {} » (réglages : {})",
        bad_setting: "{} : valeur refusée « {} » (attendu : {})",
        setting_saved: "Réglage enregistré : {} = {}",
        setting_about: [
            "langue de l'application et de postulo-cli",
            "rappels avant chaque date limite",
            "jours après l'envoi avant de proposer une relance (0 : jamais)",
            "jours sans nouvelles avant qu'une candidature envoyée soit « sans réponse » (0 : jamais)",
            "une sauvegarde par jour dans le dossier des sauvegardes",
            "nom du fichier PDF du dossier",
        ],
        offsets_none: "none",
        on: "on",
        off: "off",
        yes: ["o", "oui"],
    },
};
