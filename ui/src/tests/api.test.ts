import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import * as api from "../lib/api";
import { emptyInput } from "../lib/form";
import { apiError, installBackend, makeApplication, uninstallBackend } from "./fakeBackend";

afterEach(() => uninstallBackend());

const input = { ...emptyInput(), title: "T", organization: "O" };

describe("api", () => {
  it("names each command once", () => {
    expect(new Set(api.COMMANDS).size).toBe(api.COMMANDS.length);
    for (const c of api.COMMANDS) expect(c).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("calls each command with the backend's argument names", async () => {
    const app = makeApplication();
    const backend = installBackend({ applications: [app] });
    await api.listApplications();
    await api.getApplication(app.id);
    await api.updateApplication(app.id, input);
    await api.setApplicationStatus(app.id, "sent");
    await api.setApplicationStatus(app.id, "shortlisted", "Appel de Mme Diallo");
    const created = await api.createApplication(input);
    await api.deleteApplication(created.id);
    await api.getSettings();
    await api.updateSettings({ language: "en" });
    await api.uiReady({ listMs: 1, renderMs: 2, rows: 3, renderedRows: 3, pageOrigin: 4, scriptMs: 5, readyMs: 6, marks: [] });
    expect(backend.calls.map((c) => [c.command, Object.keys(c.args).sort()])).toEqual([
      ["applications_list", []],
      ["applications_get", ["id"]],
      ["applications_update", ["id", "input"]],
      ["applications_set_status", ["id", "status"]],
      ["applications_set_status", ["id", "note", "status"]],
      ["applications_create", ["input"]],
      ["applications_delete", ["id"]],
      ["settings_get", []],
      ["settings_update", ["settings"]],
      ["ui_ready", ["timings"]],
    ]);
  });

  it("passes the workflow commands the camelCase names of the Rust parameters", async () => {
    // Tauri maps `application_id: i64` in Rust to `applicationId` in JavaScript: a wrong
    // name fails only at run time, so each helper's argument names are pinned here.
    const calls: [string, string[]][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, Object.keys((args ?? {}) as object).sort()]);
      return null;
    });
    const kind = "cv" as const;
    await api.searchApplications({
      text: null,
      statuses: [],
      deadline_from: null,
      deadline_to: null,
      organization: null,
      sort: "deadline",
      descending: false,
    });
    await api.listPage(
      { text: null, statuses: [], deadline_from: null, deadline_to: null, organization: null, sort: "title", descending: true },
      60,
      60,
    );
    await api.listOrganizations();
    await api.getTimeline(1);
    await api.getDashboard();
    await api.getChecklist(1);
    await api.addChecklistItem(1, { kind, label: null, stage: "now", requirements: { form: null, copies: null, max_age: null, handwritten: false } });
    await api.updateChecklistItem(1, {
      kind,
      label: null,
      stage: "now",
      state: "missing",
      requirements: { form: null, copies: null, max_age: null, handwritten: false },
    });
    await api.removeChecklistItem(1);
    await api.moveChecklistItem(1, 0);
    await api.attachDocument(1, 2);
    await api.detachDocument(1);
    await api.listDocuments();
    await api.addDocument("/tmp/cv.pdf", kind, "CV", null);
    await api.updateDocument(1, { kind, title: "CV", issued_on: null, valid_until: null, certified_on: null });
    await api.renewDocument(1, "/tmp/casier-2026.pdf", "2026-01-05", [3]);
    await api.deleteDocument(1, false);
    await api.straightenDocument(1, "fr");
    await api.documentThumbnail(1);
    await api.searchDocuments("licence");
    await api.settleDocumentSuggestion(1, true);
    await api.listContacts(1);
    await api.addContact(1, { name: "A", role: null, email: null, phone: null });
    await api.updateContact(1, { name: "A", role: null, email: null, phone: null });
    await api.deleteContact(1);
    await api.listInterviews(1);
    const interview = { date: "2026-01-01", time: "10:00", timezone: "UTC", place: null, notes: null };
    await api.addInterview(1, interview);
    await api.updateInterview(1, interview);
    await api.deleteInterview(1);
    await api.getProfile();
    await api.updateProfile({
      first_name: "Aïssata",
      last_name: "Traoré",
      email: null,
      phone: null,
      postal_address: null,
    });
    await api.parsePostingText("texte", "UTC");
    await api.readPostingFile("/tmp/annonce.pdf", "UTC", 5, () => {});

    await api.readPostingPicture(new Blob([new Uint8Array([0x89, 0x50])]), "UTC", 6, () => {});
    await api.readDocument("/tmp/casier.jpg", 7, () => {});
    await api.createApplicationFromPosting(input, [], "texte");
    await api.getAbout();
    await api.dossierPreflight(1);
    await api.dossierFileName(1, "fr");
    await api.dossierFileName(1, "fr", "{NOM}_{Poste}");
    await api.getDossierNameRule();
    await api.setDossierNameRule("{NOM}_{Poste}");
    await api.estimateDossier(1, { mode: "email", limit_bytes: 8_000_000 }, "fr", 3);
    await api.exportDossier(1, "/tmp/d.pdf", { mode: "lossless" }, "fr", 4, () => {});
    await api.estimatePieces(1, { per_piece_bytes: 2_000_000, total_bytes: null, format: "pdf" }, "fr", 5);
    await api.exportPieces(1, "/tmp/envoi", { per_piece_bytes: null, total_bytes: null, format: "jpeg" }, "fr", 6, () => {});
    await api.exportPaperFile(1, "/tmp/dossier-papier.pdf", "c4", "fr", 7);
    await api.getLetterTemplate("fr");
    await api.setLetterTemplate("fr", "Pour le poste de {Poste}.");
    await api.previewLetter(1, "fr", "Pour le poste de {Poste}.", "Bamako");
    await api.exportLetter(1, "fr", "Pour le poste de {Poste}.", null, "/tmp/lettre.docx");
    await api.attachLetter(1, "en", "For the position of {Position}.", null);
    await api.getSendingRules(1);
    await api.setSendingRules(1, {
      layout: "per_piece",
      pieces: { per_piece_bytes: 2_000_000, total_bytes: null, format: "pdf" },
    });
    await api.getReceipt(1);
    await api.recordReceipt(1, { handed_in_on: "2026-03-09", place: null, number: "N° 12", document_id: null });
    await api.cancelDossierJob(4);
    await api.openFolderOf("/tmp/d.pdf");
    await api.emailPreview(1, "fr", { kind: "documents" }, 8_000_000);
    await api.writeEml(1, "fr", { kind: "dossier", path: "/tmp/d.pdf" }, "/tmp/d.eml");
    await api.copyMailDocuments(1, "fr", "/home/awa/Documents");
    await api.openMailto(1, "fr");
    await api.getReminderSettings();
    await api.updateReminderSettings({ deadline_offsets: [1440], follow_up_days: 14, no_response_days: 30 });
    await api.getDesktopSettings();
    await api.updateDesktopSettings({ close_to_tray: true, close_to_tray_explained: false, start_at_login: false });
    await api.listReminders(1);
    await api.addReminder(1, { date: "2026-12-01", time: "09:00", timezone: "Africa/Bamako", note: "" });
    await api.deleteReminder(2);
    await api.getReminderOffsets(1);
    await api.setReminderOffsets(1, null);
    await api.exportCalendar("/tmp/a.ics", null);
    await api.wordCountdowns([{ date: "2026-05-17", time: "17:00", timezone: "Africa/Bamako" }], "fr");
    await api.backupOverview();
    await api.setAutoBackup(false);
    await api.setBackupFolder("/media/awa/CLE");
    await api.inspectBackup("/tmp/b.zip");
    await api.createBackup("/tmp/b.zip", () => {});
    await api.restoreBackup("/tmp/b.zip", () => {});
    await api.setApplicationStatus(1, "sent", null, "2026-10-01");
    await api.findDuplicates("Comptable", "OIM", null, 3);
    await api.listFollowUps(1);
    await api.addFollowUp(1, null, "Appel");
    await api.deleteFollowUp(2);
    await api.getStatistics({ from: "2026-01-01", to: null });
    await api.exportList(
      { text: null, statuses: [], deadline_from: null, deadline_to: null, organization: null, sort: "deadline", descending: false },
      "/tmp/l.csv",
      "semicolon",
      "fr",
      5,
    );
    await api.exportJournal("2026-01-01", "2026-03-31", "/tmp/j.pdf", "fr", 6, () => {});
    clearMocks();
    expect(calls).toEqual([
      ["applications_search", ["query"]],
      ["applications_page", ["limit", "offset", "query"]],
      ["applications_organizations", []],
      ["applications_timeline", ["id"]],
      ["dashboard_get", []],
      ["checklist_get", ["applicationId"]],
      ["checklist_add", ["applicationId", "input"]],
      ["checklist_update", ["itemId", "update"]],
      ["checklist_remove", ["itemId"]],
      ["checklist_move", ["itemId", "position"]],
      ["checklist_attach", ["documentId", "itemId"]],
      ["checklist_detach", ["itemId"]],
      ["documents_list", []],
      ["documents_add", ["issuedOn", "kind", "password", "path", "title"]],
      ["documents_update", ["id", "update"]],
      ["documents_renew", ["applications", "id", "issuedOn", "path"]],
      ["documents_delete", ["force", "id"]],
      ["documents_straighten", ["id", "language"]],
      ["documents_thumbnail", ["id"]],
      ["documents_search", ["query"]],
      ["documents_settle_suggestion", ["apply", "id"]],
      ["contacts_list", ["applicationId"]],
      ["contacts_add", ["applicationId", "input"]],
      ["contacts_update", ["id", "input"]],
      ["contacts_delete", ["id"]],
      ["interviews_list", ["applicationId"]],
      ["interviews_add", ["applicationId", "input"]],
      ["interviews_update", ["id", "input"]],
      ["interviews_delete", ["id"]],
      ["profile_get", []],
      ["profile_update", ["profile"]],
      ["posting_parse_text", ["defaultTimezone", "text"]],
      ["posting_read_file", ["defaultTimezone", "job", "onProgress", "path"]],
      ["posting_read_picture", ["defaultTimezone", "job", "onProgress", "picture"]],
      ["documents_read", ["job", "onProgress", "path"]],
      ["applications_create_from_posting", ["checklist", "input", "postingText"]],
      ["app_about", []],
      ["dossier_preflight", ["applicationId"]],
      ["dossier_file_name", ["applicationId", "language"]],
      ["dossier_file_name", ["applicationId", "language", "rule"]],
      ["dossier_name_rule_get", []],
      ["dossier_name_rule_set", ["rule"]],
      ["dossier_estimate", ["applicationId", "job", "language", "mode"]],
      ["dossier_export", ["applicationId", "job", "language", "mode", "onProgress", "path"]],
      ["dossier_estimate_pieces", ["applicationId", "job", "language", "limits"]],
      ["dossier_export_pieces", ["applicationId", "folder", "job", "language", "limits", "onProgress"]],
      ["dossier_export_paper", ["applicationId", "envelope", "job", "language", "path"]],
      ["letter_template_get", ["language"]],
      ["letter_template_set", ["language", "template"]],
      ["letter_preview", ["applicationId", "language", "place", "template"]],
      ["letter_export", ["applicationId", "language", "path", "place", "template"]],
      ["letter_attach", ["applicationId", "language", "place", "template"]],
      ["sending_rules_get", ["applicationId"]],
      ["sending_rules_set", ["applicationId", "rules"]],
      ["receipts_get", ["applicationId"]],
      ["receipts_record", ["applicationId", "input"]],
      ["dossier_cancel", ["job"]],
      ["dossier_open_folder", ["path"]],
      ["email_preview", ["applicationId", "attach", "language", "limitBytes"]],
      ["email_write_eml", ["applicationId", "attach", "language", "path"]],
      ["email_copy_documents", ["applicationId", "folder", "language"]],
      ["email_open_mailto", ["applicationId", "language"]],
      ["reminder_settings_get", []],
      ["reminder_settings_update", ["settings"]],
      ["desktop_settings_get", []],
      ["desktop_settings_update", ["settings"]],
      ["reminders_list", ["applicationId"]],
      ["reminders_add", ["applicationId", "input"]],
      ["reminders_delete", ["id"]],
      ["reminder_offsets_get", ["applicationId"]],
      ["reminder_offsets_set", ["applicationId", "minutes"]],
      ["calendar_export", ["applicationId", "path"]],
      ["countdowns_word", ["deadlines", "language"]],
      ["backup_overview", []],
      ["backup_set_auto", ["on"]],
      ["backup_set_folder", ["folder"]],
      ["backup_inspect", ["path"]],
      ["backup_create", ["onProgress", "path"]],
      ["backup_restore", ["onProgress", "path"]],
      ["applications_set_status", ["id", "on", "status"]],
      ["applications_find_duplicates", ["except", "organization", "reference", "title"]],
      ["follow_ups_list", ["applicationId"]],
      ["follow_ups_add", ["applicationId", "note", "on"]],
      ["follow_ups_delete", ["id"]],
      ["stats_get", ["period"]],
      ["export_list", ["job", "language", "path", "query", "separator"]],
      ["export_journal", ["from", "job", "language", "onProgress", "path", "to"]],
    ]);
    // Together with the test above, every name in COMMANDS has its helper.
    const covered = new Set([
      ...calls.map((c) => c[0]),
      "applications_list",
      "applications_get",
      "applications_update",
      "applications_set_status",
      "applications_create",
      "applications_delete",
      "settings_get",
      "settings_update",
      "ui_ready",
    ]);
    expect(covered).toEqual(new Set(api.COMMANDS));
  });

  it("rejects with the backend's ApiError", async () => {
    const backend = installBackend();
    backend.fail = () => apiError("validation", "title", "required");
    await expect(api.createApplication(input)).rejects.toEqual(apiError("validation", "title", "required"));
  });

  it("turns any other failure into an internal ApiError", async () => {
    const backend = installBackend();
    backend.fail = () => {
      throw "command applications_list not found";
    };
    const error: unknown = await api.listApplications().catch((e: unknown) => e);
    expect(api.isApiError(error)).toBe(true);
    expect(error).toMatchObject({ code: "internal", message: "command applications_list not found" });
  });

  it("keeps the document an export error names, and knows the cancelled code", async () => {
    const backend = installBackend();
    const failure = { ...apiError("validation", "document", "file_encrypted"), document: { id: 3, title: "Diplôme" } };
    backend.fail = () => failure;
    await expect(api.listApplications()).rejects.toEqual(failure);
    expect(api.isApiError({ code: "cancelled", message: "x", field: null, reason: null })).toBe(true);
  });

  it("recognises an ApiError", () => {
    expect(api.isApiError({ code: "not_found", message: "x", field: null, reason: null })).toBe(true);
    expect(api.isApiError({ code: "boom", message: "x", field: null })).toBe(false);
    expect(api.isApiError("not_found")).toBe(false);
    expect(api.isApiError(null)).toBe(false);
  });
});
