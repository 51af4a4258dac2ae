// The screen « Nouvelle candidature depuis une annonce », in French. Plugged into fr.ts
// under `importPosting`; en is typed against this object, so both have the same keys.
// French typography: a no-break space before « ? : ! ; » and inside « ».

export const importPostingFr = {
  title: "Nouvelle candidature depuis une annonce",
  stepInput: "Étape 1 sur 2 : l'annonce",
  stepReview: "Étape 2 sur 2 : vérification",
  intro:
    "Collez le texte de l'annonce ou ouvrez son fichier. Postulo en extrait le poste, la date limite, la façon de postuler et les pièces à fournir ; vous vérifiez tout avant d'enregistrer.",
  textLabel: "Texte de l'annonce",
  textPlaceholder: "Collez ici le texte complet de l'annonce…",
  analyse: "Analyser l'annonce",
  analyseShortcut: "Ctrl+Entrée",
  openFile: "Ouvrir un fichier…",
  fileFilter: "Annonces (.txt, .pdf, .docx, .odt)",
  dropHint: "Vous pouvez aussi déposer un fichier .txt, .pdf, .docx ou .odt sur cette fenêtre.",
  dropHere: "Déposez le fichier de l'annonce ici",
  dropFormats: "Fichier .txt, .pdf, .docx ou .odt",
  analysing: "Analyse de l'annonce…",
  reading: "Lecture de « {name} »…",
  emptyText: "Collez d'abord le texte de l'annonce, ou ouvrez son fichier.",
  textTooLong: "Ce texte est trop long pour une annonce. Ne gardez que l'annonce elle-même.",
  readFailed: "L'annonce n'a pas pu être lue. {error}",
  fileErrors: {
    file_type:
      "Ce type de fichier n'est pas pris en charge. Ouvrez un fichier .txt, .pdf, .docx ou .odt, ou copiez-collez le texte.",
    file_corrupt:
      "Ce fichier est endommagé ou n'est pas ce que son nom indique. Ouvrez-le dans un autre logiciel puis copiez-collez le texte.",
    file_encrypted: "Ce PDF est protégé par un mot de passe. Enregistrez-le sans mot de passe puis réessayez.",
    no_text: "Ce fichier ne contient pas de texte (annonce scannée ?). Copiez-collez le texte à la place.",
    file_empty: "Ce fichier est vide. Vérifiez qu'il a bien été téléchargé en entier.",
    file_too_large: "Ce fichier est trop volumineux pour une annonce. Copiez-collez plutôt le texte.",
    file_missing: "Ce fichier est introuvable : il a peut-être été déplacé ou supprimé.",
    file_unreadable: "Ce fichier ne peut pas être lu (droits d'accès insuffisants, ou c'est un dossier).",
    other: "Ce fichier n'a pas pu être lu. Copiez-collez le texte de l'annonce à la place.",
  },
  reviewIntro:
    "Vérifiez ce que Postulo a trouvé et corrigez si besoin. Cliquez dans un champ pour voir d'où il vient dans l'annonce.",
  sourceHeading: "L'annonce",
  sourceLegend: "Surligné : ce que Postulo a repris dans l'annonce.",
  sourceDocument: "Pièce : {kind}",
  fieldsHeading: "Ce que Postulo a trouvé",
  found: "Trouvé dans l'annonce",
  toCheck: "À vérifier",
  notFound: "Non trouvé dans l'annonce",
  confidence: "Certitude : {percent} %",
  lowConfidence: "Postulo n'est pas sûr de cette valeur : comparez-la avec l'annonce.",
  inferred: "Cette valeur est déduite : elle n'est pas écrite telle quelle dans l'annonce.",
  foundDeadline: "Lu dans l'annonce : {deadline}",
  warnings: {
    year_inferred:
      "L'année manque ou est incomplète dans « {written} » : Postulo a retenu {year} d'après les autres dates de l'annonce.",
    weekday_mismatch:
      "L'annonce écrit « {written} », mais le {date} est un {weekday}. La date a été gardée : vérifiez-la.",
    ambiguous_day_month:
      "« {written} » peut se lire de deux façons : Postulo a retenu le {chosen} plutôt que le {other}.",
    ambiguous_day_month_one: "Postulo a lu « {written} » comme le {chosen}.",
    midnight_as_end_of_day:
      "L'annonce indique « minuit » : Postulo l'a compris comme la fin de cette journée (23:59).",
    timezone_guessed:
      "L'annonce ne précise pas le fuseau horaire : Postulo a supposé {zone} d'après les lieux cités.",
    subject_built:
      "L'annonce ne cite pas d'objet mot pour mot : Postulo l'a composé à partir de la référence. Vérifiez qu'il convient.",
    recased: "Écrit en majuscules dans l'annonce (« {written} ») : la casse a été ajustée.",
  },
  checklistHeading: "Pièces à fournir",
  checklistIntro: "Proposées d'après l'annonce. Retirez ou ajoutez ce qu'il faut.",
  checklistEmpty: "Aucune pièce dans la liste pour l'instant.",
  stageNow: "À joindre maintenant",
  stageLater: "Seulement si présélectionné(e)",
  stageLabel: "Quand fournir « {label} »",
  removeItemLabel: "Retirer « {label} » de la liste",
  itemRemoved: "« {label} » a été retirée de la liste.",
  undoRemove: "Rétablir",
  addHeading: "Ajouter une pièce",
  addKind: "Pièce",
  addLabel: "Nom de la pièce",
  addLabelPlaceholder: "Ex. : Permis de conduire",
  addLabelRequired: "Donnez un nom à cette pièce.",
  addStage: "À fournir",
  add: "Ajouter",
  back: "Retour",
  cancel: "Annuler",
  create: "Créer la candidature",
  creating: "Création…",
  kinds: {
    cv: "CV",
    cover_letter: "Lettre de motivation",
    diploma_copies: "Copies des diplômes",
    criminal_record: "Extrait de casier judiciaire",
    work_certificates: "Certificats de travail",
    attestations: "Attestations",
    references: "Références",
    id_document: "Pièce d'identité",
    birth_certificate: "Acte de naissance",
    nationality_certificate: "Certificat de nationalité",
    id_photo: "Photo d'identité",
    medical_certificate: "Certificat médical",
    other: "Autre",
  },
};

export type ImportPostingMessages = typeof importPostingFr;
