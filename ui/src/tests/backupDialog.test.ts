// The backups dialog, opened from the settings menu of the whole app on the fake backend:
// the daily setting, a backup written where the candidate chooses (native save dialog,
// progress, what it holds), a restore from a chosen file or from the folder's list (what
// the backup holds, a confirmation, then the whole interface reloaded), and the messages
// when a backup is refused.
import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { BackupInfo, BackupProgress } from "../lib/api";
import type { ApiError } from "../lib/bindings/ApiError";
import type { BackupFile } from "../lib/bindings/BackupFile";
import { backupErrorMessage } from "../lib/errors";
import { en, fr, setLanguage } from "../lib/i18n";
import { reloadApp } from "../lib/reload";
import { backupContents, backupDate, backupFileName } from "../lib/components/backupText";
import { text } from "./dom";
import { apiError, type FakeBackend } from "./fakeBackend";
import { frenchOnFixedDay, startApp } from "./startApp";

vi.mock("../lib/reload", () => ({ reloadApp: vi.fn() }));

frenchOnFixedDay();

beforeEach(() => vi.mocked(reloadApp).mockClear());

const FOLDER = "/home/awa/Documents/Postulo/Sauvegardes";
const USB = "/media/awa/CLE/postulo-sauvegarde-2025-12-01.zip";

function file(name: string, kind: "daily" | "before_restore", modifiedAt: string, size: number): BackupFile {
  return { path: `${FOLDER}/${name}`, file_name: name, kind, modified_at: modifiedAt, size };
}

const LIST = [
  file("postulo-avant-restauration-2025-11-30.zip", "before_restore", "2025-11-30T15:20:00Z", 3_600_000),
  file("postulo-2025-11-29.zip", "daily", "2025-11-29T12:00:00Z", 2_400_000),
  file("postulo-2025-11-28.zip", "daily", "2025-11-28T12:00:00Z", 850_000),
];

const INFO: BackupInfo = {
  created_at: "2026-11-21T10:04:00Z",
  app_version: "0.1.0",
  applications: 12,
  documents: 8,
  files: 8,
  archive_bytes: 2_400_000,
};

/** "10:04" on this computer's clock, however its time zone. */
function clock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

interface Pending {
  args: Record<string, unknown>;
  progress: (p: BackupProgress) => void;
  resolve: (info: BackupInfo) => void;
  reject: (e: ApiError) => void;
}

let backend: FakeBackend;
let running: Pending[];

/** The app, its settings menu, then the backups dialog; backup_create and backup_restore wait for the test. */
async function openBackups(): Promise<HTMLElement> {
  backend = await startApp({ backups: { auto_daily: true, folder: FOLDER, folder_chosen: false, backups: LIST } });
  backend.defaultBackupFolder = FOLDER;
  backend.backupInfo = INFO;
  running = [];
  backend.handle = (command, args) => {
    if (command !== "backup_create" && command !== "backup_restore") return undefined;
    return new Promise((resolve, reject) => {
      const channel = args.onProgress as { onmessage: (p: BackupProgress) => void };
      running.push({ args, progress: (p) => channel.onmessage(p), resolve, reject });
    });
  };
  await fireEvent.click(screen.getByTestId("settings-menu"));
  await fireEvent.click(screen.getByTestId("backup-open"));
  const dialog = screen.getByRole("dialog", { name: "Sauvegardes" });
  await screen.findByTestId("backup-folder");
  return dialog;
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe("the backups dialog", () => {
  it("opens from the settings menu with the daily setting, the folder and the backups newest first", async () => {
    const dialog = await openBackups();
    const auto = screen.getByRole("checkbox", {
      name: "Sauvegarde automatique chaque jour (les 7 dernières sont gardées)",
    }) as HTMLInputElement;
    expect(auto.checked).toBe(true);
    expect(text(screen.getByTestId("backup-folder"))).toBe(FOLDER);
    expect(within(dialog).getByRole("button", { name: "Copier le chemin du dossier des sauvegardes" })).toBeTruthy();
    expect(text(dialog)).toContain("pièces d'identité");

    const rows = screen.getAllByTestId("backup-file");
    expect(rows).toHaveLength(3);
    expect(text(rows[0]!)).toContain("30 novembre 2025");
    expect(text(rows[0]!)).toContain("Avant restauration");
    expect(text(rows[0]!)).toContain("3,6 Mo");
    expect(text(rows[1]!)).toContain("29 novembre 2025");
    expect(text(rows[1]!)).toContain("Quotidienne");
    expect(text(rows[2]!)).toContain("850 ko");
    for (const row of rows) expect(within(row).getByRole("button", { name: /^Restaurer la sauvegarde du / })).toBeTruthy();

    await fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("turns the daily backup off", async () => {
    await openBackups();
    const auto = screen.getByTestId("backup-auto") as HTMLInputElement;
    await fireEvent.click(auto);
    await waitFor(() => expect(backend.callsTo("backup_set_auto").map((c) => c.args)).toEqual([{ on: false }]));
    expect(backend.backups.auto_daily).toBe(false);
    expect(auto.checked).toBe(false);
  });

  it("puts the setting back and says so when it cannot be saved", async () => {
    await openBackups();
    backend.fail = (command) => (command === "backup_set_auto" ? apiError("storage") : undefined);
    const auto = screen.getByTestId("backup-auto") as HTMLInputElement;
    await fireEvent.click(auto);
    await waitFor(() => expect(text(screen.getByRole("alert"))).toBe("Ce réglage n'a pas pu être enregistré."));
    expect(auto.checked).toBe(true);
  });
});

describe("the folder of the daily backups", () => {
  it("goes where the candidate chooses, and back to the default", async () => {
    const dialog = await openBackups();
    expect(text(dialog)).toContain("hors du dossier de l'application");
    expect(screen.queryByTestId("backup-default-folder")).toBeNull();
    backend.openAnswer = "/media/awa/CLE";
    await fireEvent.click(screen.getByTestId("backup-choose-folder"));
    await waitFor(() => expect(text(screen.getByTestId("backup-folder"))).toBe("/media/awa/CLE"));
    const [pick] = backend.callsTo("plugin:dialog|open");
    expect((pick?.args as { options: { directory: boolean } }).options.directory).toBe(true);
    expect(backend.callsTo("backup_set_folder").map((c) => c.args)).toEqual([{ folder: "/media/awa/CLE" }]);

    await fireEvent.click(screen.getByTestId("backup-default-folder"));
    await waitFor(() => expect(text(screen.getByTestId("backup-folder"))).toBe(FOLDER));
    expect(backend.callsTo("backup_set_folder").map((c) => c.args)[1]).toEqual({ folder: null });
    expect(screen.queryByTestId("backup-default-folder")).toBeNull();
  });

  it("keeps the folder and says why when the chosen one cannot be written to", async () => {
    await openBackups();
    backend.openAnswer = "/media/awa/CLE-PROTEGEE";
    backend.fail = (command) => (command === "backup_set_folder" ? apiError("io") : undefined);
    await fireEvent.click(screen.getByTestId("backup-choose-folder"));
    await waitFor(() => expect(text(screen.getByTestId("backup-folder-failed"))).toContain("ne peut pas recevoir"));
    expect(text(screen.getByTestId("backup-folder"))).toBe(FOLDER);
  });

  it("does nothing when the folder dialog is closed", async () => {
    await openBackups();
    backend.openAnswer = null;
    await fireEvent.click(screen.getByTestId("backup-choose-folder"));
    await settle();
    expect(backend.callsTo("backup_set_folder")).toEqual([]);
  });
});

describe("exporting a backup", () => {
  it("writes where the save dialog says, with progress, then says what the backup holds", async () => {
    await openBackups();
    backend.saveAnswer = USB;
    await fireEvent.click(screen.getByRole("button", { name: "Exporter une sauvegarde…" }));
    await waitFor(() => expect(running).toHaveLength(1));

    const [save] = backend.callsTo("plugin:dialog|save");
    expect(save?.args).toMatchObject({
      options: { defaultPath: "postulo-sauvegarde-2025-12-01.zip", filters: [{ extensions: ["zip"] }] },
    });
    const job = running[0]!;
    expect(job.args.path).toBe(USB);
    expect(Object.keys(job.args).sort()).toEqual(["onProgress", "path"]);

    job.progress({ done: 1_200_000, total: 2_400_000 });
    await waitFor(() => expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("50"));
    expect(text(screen.getByTestId("backup-progress"))).toContain("Écriture de la sauvegarde…");
    // Nothing else may start meanwhile.
    for (const testid of ["backup-export", "backup-restore-file", "backup-auto", "backup-close"]) {
      expect(screen.getByTestId(testid)).toHaveProperty("disabled", true);
    }
    for (const button of screen.getAllByTestId("backup-file-restore")) expect(button).toHaveProperty("disabled", true);

    job.resolve({ ...INFO, applications: 3, documents: 5 });
    const saved = await screen.findByTestId("backup-saved");
    expect(saved.getAttribute("role")).toBe("status");
    expect(text(saved)).toBe(`Sauvegarde enregistrée : ${USB} (3 candidatures, 5 documents, 2,4 Mo)`);
    expect(screen.queryByTestId("backup-progress")).toBeNull();
    expect(screen.getByTestId("backup-export")).toHaveProperty("disabled", false);
  });

  it("offers an English file name in English", async () => {
    await openBackups();
    setLanguage("en");
    backend.saveAnswer = null;
    await fireEvent.click(await screen.findByRole("button", { name: "Export a backup…" }));
    await waitFor(() => expect(backend.callsTo("plugin:dialog|save")).toHaveLength(1));
    expect(backend.callsTo("plugin:dialog|save")[0]?.args).toMatchObject({
      options: { defaultPath: "postulo-backup-2025-12-01.zip" },
    });
  });

  it("does nothing when the save dialog is cancelled", async () => {
    await openBackups();
    backend.saveAnswer = null;
    await fireEvent.click(screen.getByTestId("backup-export"));
    await waitFor(() => expect(backend.callsTo("plugin:dialog|save")).toHaveLength(1));
    await settle();
    expect(backend.callsTo("backup_create")).toHaveLength(0);
    expect(screen.queryByTestId("backup-saved")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("names the vault document that stopped the backup", async () => {
    await openBackups();
    backend.saveAnswer = USB;
    await fireEvent.click(screen.getByTestId("backup-export"));
    await waitFor(() => expect(running).toHaveLength(1));
    running[0]!.reject({ ...apiError("validation", "document", "file_corrupt"), document: { id: 4, title: "Passeport" } });
    await waitFor(() =>
      expect(text(screen.getByRole("alert"))).toBe(
        "Le fichier de « Passeport » manque dans le coffre-fort ou a été modifié : la sauvegarde n'a pas été écrite.",
      ),
    );
    expect(screen.queryByTestId("backup-saved")).toBeNull();
  });
});

describe("restoring a backup", () => {
  it("reads the chosen file, says what it holds, and restores it once confirmed, then reloads", async () => {
    await openBackups();
    backend.openAnswer = USB;
    await fireEvent.click(screen.getByRole("button", { name: "Restaurer une sauvegarde…" }));
    const confirm = await screen.findByTestId("backup-confirm");
    expect(backend.callsTo("plugin:dialog|open")[0]?.args).toMatchObject({
      options: { multiple: false, filters: [{ extensions: ["zip"] }] },
    });
    expect(backend.callsTo("backup_inspect").map((c) => c.args)).toEqual([{ path: USB }]);
    expect(text(screen.getByTestId("backup-confirm-holds"))).toBe(
      `Sauvegarde du 21 novembre 2026 à ${clock(INFO.created_at)} : 12 candidatures, 8 documents`,
    );
    expect(text(confirm)).toContain("Toutes vos données actuelles");
    expect(text(confirm)).toContain("seront remplacées");
    expect(text(confirm)).toContain("enregistrées dans le dossier des sauvegardes");
    // Cancel has the focus first: Enter never replaces the data by accident.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("backup-confirm-cancel")));
    expect(backend.callsTo("backup_restore")).toHaveLength(0);

    await fireEvent.click(screen.getByRole("button", { name: "Remplacer mes données" }));
    await waitFor(() => expect(running).toHaveLength(1));
    expect(running[0]!.args.path).toBe(USB);
    running[0]!.progress({ done: 3, total: 4 });
    await waitFor(() => expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("75"));
    expect(screen.getByTestId("backup-confirm-cancel")).toHaveProperty("disabled", true);
    expect(screen.getByTestId("backup-confirm-restore")).toHaveProperty("disabled", true);
    expect(reloadApp).not.toHaveBeenCalled();

    running[0]!.resolve(INFO);
    await waitFor(() => expect(reloadApp).toHaveBeenCalledTimes(1));
    expect(text(screen.getByTestId("backup-restored"))).toContain("Sauvegarde restaurée");
  });

  it("says a damaged backup was refused and nothing changed, and does not reload", async () => {
    await openBackups();
    backend.openAnswer = USB;
    await fireEvent.click(screen.getByTestId("backup-restore-file"));
    await fireEvent.click(await screen.findByTestId("backup-confirm-restore"));
    await waitFor(() => expect(running).toHaveLength(1));
    running[0]!.reject(apiError("validation", "backup", "backup_damaged"));
    await waitFor(() =>
      expect(text(screen.getByRole("alert"))).toBe(
        "Cette sauvegarde est incomplète ou abîmée : rien n'a été restauré, vos données actuelles sont intactes.",
      ),
    );
    expect(screen.queryByTestId("backup-confirm")).toBeNull();
    await settle();
    expect(reloadApp).not.toHaveBeenCalled();
  });

  it("refuses a file that is not a backup before asking anything", async () => {
    await openBackups();
    backend.openAnswer = "/home/awa/Documents/photos.zip";
    backend.fail = (command) => (command === "backup_inspect" ? apiError("validation", "backup", "not_a_backup") : undefined);
    await fireEvent.click(screen.getByTestId("backup-restore-file"));
    await waitFor(() =>
      expect(text(screen.getByRole("alert"))).toBe("Ce fichier n'est pas une sauvegarde de Postulo. Rien n'a été modifié."),
    );
    expect(screen.queryByTestId("backup-confirm")).toBeNull();
    expect(backend.callsTo("backup_restore")).toHaveLength(0);
  });

  it("does nothing when the open dialog is cancelled", async () => {
    await openBackups();
    backend.openAnswer = null;
    await fireEvent.click(screen.getByTestId("backup-restore-file"));
    await waitFor(() => expect(backend.callsTo("plugin:dialog|open")).toHaveLength(1));
    await settle();
    expect(backend.callsTo("backup_inspect")).toHaveLength(0);
    expect(screen.queryByTestId("backup-confirm")).toBeNull();
  });

  it("restores a backup from the folder's list through the same confirmation", async () => {
    await openBackups();
    const before = screen.getAllByTestId("backup-file")[0]!;
    await fireEvent.click(within(before).getByRole("button", { name: /^Restaurer la sauvegarde du 30 novembre 2025/ }));
    await screen.findByTestId("backup-confirm");
    expect(backend.callsTo("backup_inspect").map((c) => c.args)).toEqual([{ path: LIST[0]!.path }]);

    // Going back changes nothing; Escape too.
    await fireEvent.click(screen.getByTestId("backup-confirm-cancel"));
    expect(screen.queryByTestId("backup-confirm")).toBeNull();
    expect(screen.getAllByTestId("backup-file")).toHaveLength(3);
    await fireEvent.click(within(screen.getAllByTestId("backup-file")[1]!).getByTestId("backup-file-restore"));
    await screen.findByTestId("backup-confirm");
    await fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(screen.queryByTestId("backup-confirm")).toBeNull();
    expect(screen.getByRole("dialog", { name: "Sauvegardes" })).toBeTruthy();
    expect(backend.callsTo("backup_restore")).toHaveLength(0);

    await fireEvent.click(within(screen.getAllByTestId("backup-file")[1]!).getByTestId("backup-file-restore"));
    await fireEvent.click(await screen.findByTestId("backup-confirm-restore"));
    await waitFor(() => expect(running).toHaveLength(1));
    expect(running[0]!.args.path).toBe(LIST[1]!.path);
    running[0]!.resolve(INFO);
    await waitFor(() => expect(reloadApp).toHaveBeenCalledTimes(1));
  });
});

describe("backup wording", () => {
  const failure = (reason: ApiError["reason"], field = "backup"): ApiError => apiError("validation", field, reason);

  it("says why a backup or a restore failed, in the candidate's language", () => {
    expect(backupErrorMessage(failure("not_a_backup"), fr)).toBe("Ce fichier n'est pas une sauvegarde de Postulo.");
    expect(backupErrorMessage(failure("backup_damaged"), fr, "restore")).toBe(fr.backup.errors.backup_damaged);
    expect(backupErrorMessage(failure("backup_newer"), fr)).toBe(
      "Cette sauvegarde vient d'une version plus récente de Postulo\u00a0: mettez Postulo à jour pour la restaurer.",
    );
    expect(backupErrorMessage(failure("file_missing"), fr)).toBe("Le fichier de sauvegarde est introuvable.");
    expect(backupErrorMessage(failure("file_missing"), en, "restore")).toBe(
      "The backup file cannot be found. Nothing was changed.",
    );
    const document = { ...failure("file_missing", "document"), document: { id: 2, title: "Diplôme" } };
    expect(backupErrorMessage(document, en)).toBe(
      "The file of “Diplôme” is missing from the vault or was modified: the backup was not written.",
    );
    expect(backupErrorMessage(apiError("io"), fr)).toBe(
      "La sauvegarde n'a pas pu être écrite\u00a0: vérifiez la place libre et que le dossier est accessible.",
    );
    // Anything else: the generic message.
    expect(backupErrorMessage(apiError("storage"), fr)).toBe(fr.errors.storage);
    expect(backupErrorMessage(apiError("internal"), en, "restore")).toBe(`${en.errors.internal} Nothing was changed.`);
    expect(backupErrorMessage(failure("too_long", "title"), fr)).toBe(fr.errors.validation);
  });

  it("dates the backups, counts what they hold and names the file", () => {
    expect(backupDate("2026-11-21T10:04:00Z", en, "en")).toBe(`21 November 2026 at ${clock("2026-11-21T10:04:00Z")}`);
    expect(backupContents({ applications: 1, documents: 0 }, fr, "fr")).toBe("1 candidature, 0 document");
    expect(backupContents({ applications: 1, documents: 0 }, en, "en")).toBe("1 application, 0 documents");
    expect(backupContents({ applications: 1200, documents: 2 }, fr, "fr").replace(/\u202f|\u00a0/g, " ")).toBe(
      "1 200 candidatures, 2 documents",
    );
    expect(backupFileName(fr, new Date(2026, 10, 21, 23, 30))).toBe("postulo-sauvegarde-2026-11-21.zip");
    expect(backupFileName(en, new Date(2026, 0, 5, 8, 0))).toBe("postulo-backup-2026-01-05.zip");
  });
});
