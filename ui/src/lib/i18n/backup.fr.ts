// The backups dialog (settings menu), in French. Plugged into fr.ts under `backup`; en.ts
// mirrors it through backup.en.ts.
// French typography: a no-break space before « ? : ! ; » and inside « ».

export const backupFr = {
  open: "Sauvegardes…",
  title: "Sauvegardes",
  loading: "Lecture des sauvegardes…",
  loadFailed: "La liste des sauvegardes n'a pas pu être lue.",
  autoLegend: "Sauvegarde automatique",
  autoDaily: "Sauvegarde automatique chaque jour (les 7 dernières sont gardées)",
  autoFailed: "Ce réglage n'a pas pu être enregistré.",
  folder: "Dossier des sauvegardes",
  copyFolder: "Copier le chemin du dossier des sauvegardes",
  folderHint: "Gardez vos sauvegardes hors du dossier de l'application : sur une clé USB ou un disque à vous, elles survivent à une panne de l'ordinateur.",
  chooseFolder: "Choisir un autre dossier…",
  chooseFolderTitle: "Dossier des sauvegardes automatiques",
  defaultFolder: "Revenir au dossier par défaut",
  folderFailed: "Ce dossier ne peut pas recevoir les sauvegardes (il n'existe plus ou on ne peut pas y écrire). Choisissez-en un autre.",
  exportHeading: "Exporter",
  export: "Exporter une sauvegarde…",
  exportHint: "Un seul fichier .zip avec toutes vos candidatures, vos documents et vos réglages.",
  sensitive:
    "Elle contient vos pièces d'identité et vos diplômes : gardez-la en lieu sûr, par exemple sur une clé USB à vous, et ne la partagez pas.",
  saveTitle: "Enregistrer la sauvegarde",
  openTitle: "Choisir la sauvegarde à restaurer",
  zipFilter: "Sauvegarde Postulo (.zip)",
  fileName: "postulo-sauvegarde-{date}.zip",
  saved: "Sauvegarde enregistrée : {path} ({contents}, {size})",
  restoreHeading: "Restaurer",
  restore: "Restaurer une sauvegarde…",
  restoreHint: "Remplace toutes vos données par celles d'une sauvegarde, après l'avoir entièrement vérifiée.",
  inspecting: "Lecture de la sauvegarde…",
  listHeading: "Sauvegardes dans le dossier",
  listEmpty: "Aucune sauvegarde dans le dossier pour l'instant.",
  kinds: {
    daily: "Quotidienne",
    before_restore: "Avant restauration",
    other: "Sauvegarde",
  },
  restoreThis: "Restaurer",
  restoreThisLabel: "Restaurer la sauvegarde du {date}",
  at: "{date} à {time}",
  applicationsOne: "{n} candidature",
  applicationsOther: "{n} candidatures",
  documentsOne: "{n} document",
  documentsOther: "{n} documents",
  confirm: {
    heading: "Restaurer cette sauvegarde ?",
    holds: "Sauvegarde du {date} : {contents}",
    replaced: "Toutes vos données actuelles (candidatures, documents, réglages) seront remplacées par celles de cette sauvegarde.",
    savedFirst: "Avant cela, vos données actuelles sont enregistrées dans le dossier des sauvegardes (« avant restauration ») : vous pourrez revenir en arrière.",
    confirm: "Remplacer mes données",
    cancel: "Annuler",
  },
  progress: {
    label: "Progression",
    creating: "Écriture de la sauvegarde…",
    restoring: "Vérification et restauration…",
    percent: "{n} %",
  },
  restored: "Sauvegarde restaurée. Postulo se recharge…",
  close: "Fermer",
  errors: {
    not_a_backup: "Ce fichier n'est pas une sauvegarde de Postulo.",
    backup_damaged:
      "Cette sauvegarde est incomplète ou abîmée : rien n'a été restauré, vos données actuelles sont intactes.",
    backup_newer:
      "Cette sauvegarde vient d'une version plus récente de Postulo : mettez Postulo à jour pour la restaurer.",
    file_missing: "Le fichier de sauvegarde est introuvable.",
    document:
      "Le fichier de « {title} » manque dans le coffre-fort ou a été modifié : la sauvegarde n'a pas été écrite.",
    io: "La sauvegarde n'a pas pu être écrite : vérifiez la place libre et que le dossier est accessible.",
    ioRestore: "La restauration n'a pas pu se faire : vérifiez la place libre sur le disque.",
    nothingChanged: "Rien n'a été modifié.",
  },
};

export type BackupMessages = typeof backupFr;
