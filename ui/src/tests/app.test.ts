import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import App from "../App.svelte";
import { systemTimeZone } from "../lib/i18n";
import { describedErrors, field, named, text } from "./dom";
import { apiError, installBackend, makeApplication, type FakeBackend } from "./fakeBackend";
import { frenchOnFixedDay, startApp } from "./startApp";

let backend: FakeBackend;

async function start(initial: Parameters<typeof startApp>[0] = {}) {
  backend = await startApp(initial);
}

async function type(name: string, value: string) {
  await fireEvent.input(field(name), { target: { value } });
}

function rows() {
  return screen.queryAllByTestId("application-row");
}

function titles() {
  return screen.queryAllByTestId("application-title").map((el) => text(el));
}

frenchOnFixedDay();

describe("the list", () => {
  it("shows every application with its status and deadline, then says it is ready", async () => {
    await start({
      applications: [
        makeApplication({
          title: "Chargé de suivi-évaluation",
          organization: "UNICEF Mali",
          reference: "VA/2025/014",
          status: "ready",
          deadline: { date: "2025-12-03", time: "17:00", timezone: systemTimeZone() },
        }),
        makeApplication({ title: "Assistant logistique", organization: "PAM", status: "sent" }),
      ],
    });
    expect(titles()).toEqual(["Chargé de suivi-évaluation", "Assistant logistique"]);
    const first = rows()[0] as HTMLElement;
    expect(text(first)).toContain("UNICEF Mali");
    expect(text(first)).toContain("Réf. VA/2025/014");
    expect(text(first)).toContain("Prête");
    expect(text(first)).toContain("3 déc. 2025, 17:00");
    // The countdown is the core's words for this deadline, in the UI's language.
    await waitFor(() => expect(text(first)).toContain("[core fr] 2025-12-03 17:00"));
    expect(text(rows()[1] as HTMLElement)).toContain("Envoyée");
    expect(text(rows()[1] as HTMLElement)).toContain("Pas de date limite");
    expect(screen.queryByTestId("empty-state")).toBeNull();
    await waitFor(() => expect(backend.callsTo("ui_ready")).toHaveLength(1));
    // The first screen reports what it measured: both rows listed and drawn.
    const timings = backend.callsTo("ui_ready")[0]?.args.timings as Record<string, number>;
    expect(timings.rows).toBe(2);
    expect(timings.renderedRows).toBe(2);
    expect(timings.listMs).toBeGreaterThanOrEqual(0);
    expect(timings.renderMs).toBeGreaterThanOrEqual(0);
    // And where its time went: the script began before the screen was drawn.
    expect(timings.pageOrigin).toBeGreaterThan(0);
    expect(timings.readyMs).toBeGreaterThanOrEqual(timings.scriptMs ?? Infinity);
  });

  it("tells a new candidate what to do first", async () => {
    await start();
    const empty = screen.getByTestId("empty-state");
    expect(text(empty)).toContain("Aucune candidature pour l'instant");
    expect(rows()).toHaveLength(0);
    await fireEvent.click(within(empty).getByRole("button", { name: "Créer à la main" }));
    expect(screen.getByRole("dialog", { name: "Nouvelle candidature" })).toBeTruthy();
  });

  it("offers to try again when the list cannot be loaded", async () => {
    backend = installBackend({ applications: [makeApplication({ title: "Poste A" })] });
    backend.fail = (command) => (command === "applications_page" ? apiError("storage") : undefined);
    render(App);
    await waitFor(() => expect(document.querySelector('[data-ready="true"]')).not.toBeNull());
    const alert = screen.getByRole("alert");
    expect(text(alert)).toContain("Vérifiez qu'il reste de la place sur le disque");
    backend.fail = null;
    await fireEvent.click(within(alert).getByRole("button", { name: "Réessayer" }));
    await waitFor(() => expect(titles()).toEqual(["Poste A"]));
  });
});

describe("creating an application", () => {
  it("sends nulls for empty fields and the deadline with its zone, then shows the row", async () => {
    await start();
    await fireEvent.click(screen.getByTestId("new-application"));
    const dialog = screen.getByRole("dialog", { name: "Nouvelle candidature" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(document.activeElement).toBe(field("title"));
    expect((field("deadline-timezone") as unknown as HTMLSelectElement).value).toBe(systemTimeZone());
    // This computer's zone, then Bamako and its neighbours, before the long list of all.
    const groups = [...(field("deadline-timezone") as unknown as HTMLSelectElement).querySelectorAll("optgroup")];
    const values = (g: HTMLOptGroupElement | undefined) => [...(g?.querySelectorAll("option") ?? [])].map((o) => o.value);
    expect(groups.map((g) => g.label)).toEqual(["Fuseaux fréquents", "Tous les fuseaux"]);
    expect(values(groups[0]).slice(0, 7)).toEqual(
      [systemTimeZone(), "Africa/Bamako", "Africa/Dakar", "Africa/Abidjan", "Africa/Ouagadougou", "Africa/Niamey", "Africa/Conakry"].filter(
        (tz, i, all) => all.indexOf(tz) === i,
      ).slice(0, 7),
    );
    expect(values(groups[1])).toContain("America/New_York");
    expect(values(groups[1])).not.toContain("Africa/Bamako");

    await type("title", "Chargé de programme santé");
    await type("organization", "Médecins du Monde");
    await type("reference", "  MDM-2025-07 ");
    await type("deadline-date", "26/12/2025");
    await type("deadline-time", "17:00");
    await fireEvent.change(field("deadline-timezone"), { target: { value: "Africa/Bamako" } });
    await fireEvent.click(within(dialog).getByLabelText("Par e-mail"));
    await type("apply_email", "recrutement@mdm.org");
    await type("apply_subject", "Candidature MDM-2025-07");
    await type("apply_cc", "direction@mdm.org; rh.bko@mdm.org");
    await fireEvent.click(screen.getByTestId("save-application"));

    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(backend.callsTo("applications_create").map((c) => c.args)).toEqual([
      {
        input: {
          title: "Chargé de programme santé",
          organization: "Médecins du Monde",
          organization_type: null,
          reference: "MDM-2025-07",
          location: null,
          contract: null,
          source_url: null,
          apply_method: "email",
          apply_email: "recrutement@mdm.org",
          apply_subject: "Candidature MDM-2025-07",
          // As typed: the core splits and checks the addresses.
          apply_cc: ["direction@mdm.org; rh.bko@mdm.org"],
          apply_url: null,
          apply_address: null,
          deadline: { date: "2025-12-26", time: "17:00", timezone: "Africa/Bamako" },
          notes: null,
        },
      },
    ]);
    expect(titles()).toEqual(["Chargé de programme santé"]);
  });

  it("opens with Ctrl+N and closes with Escape without saving", async () => {
    await start();
    await fireEvent.keyDown(window, { key: "n", ctrlKey: true });
    expect(screen.getByRole("dialog")).toBeTruthy();
    await type("title", "Brouillon");
    await fireEvent.keyDown(field("title"), { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(backend.callsTo("applications_create")).toHaveLength(0);
    expect(document.activeElement).toBe(document.body);
  });

  it("gives the focus back to the button that opened it", async () => {
    await start();
    const button = screen.getByTestId("new-application");
    button.focus();
    await fireEvent.click(button);
    await fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    expect(document.activeElement).toBe(button);
  });

  it("keeps the focus inside the dialog", async () => {
    await start();
    await fireEvent.click(screen.getByTestId("new-application"));
    const save = screen.getByTestId("save-application");
    save.focus();
    await fireEvent.keyDown(save, { key: "Tab" });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Fermer" }));
    await fireEvent.keyDown(document.activeElement as Element, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(save);
  });

  it("checks the required fields before sending anything", async () => {
    await start();
    await fireEvent.click(screen.getByTestId("new-application"));
    await type("organization", "OMS");
    await fireEvent.click(screen.getByTestId("save-application"));
    expect(describedErrors("title")).toEqual(["Indiquez l'intitulé du poste."]);
    expect(field("title").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field("title"));
    expect(backend.callsTo("applications_create")).toHaveLength(0);
    await type("title", "Épidémiologiste");
    expect(describedErrors("title")).toEqual([]);
  });

  it("shows the backend's validation error next to its field, in French, keeping what was typed", async () => {
    await start();
    backend.fail = (command) =>
      command === "applications_create" ? apiError("validation", "reference", "too_long") : undefined;
    await fireEvent.click(screen.getByTestId("new-application"));
    await type("title", "Comptable");
    await type("organization", "Plan International");
    await type("reference", "R".repeat(300));
    await fireEvent.click(screen.getByTestId("save-application"));

    await waitFor(() =>
      expect(describedErrors("reference")).toEqual(["Ce texte est trop long : raccourcissez-le."]),
    );
    expect(screen.getByRole("dialog")).toBeTruthy();
    expect(field("title").value).toBe("Comptable");
    expect(field("reference").value).toBe("R".repeat(300));
    expect(document.activeElement).toBe(field("reference"));
    const save = screen.getByTestId("save-application") as HTMLButtonElement;
    expect(save.disabled).toBe(false);
  });

  it("maps a deadline field error and a required title from the backend", async () => {
    await start();
    backend.fail = () => apiError("validation", "deadline.timezone", "time_zone");
    await fireEvent.click(screen.getByTestId("new-application"));
    await type("title", "Juriste");
    await type("organization", "HCR");
    await type("deadline-date", "2026-01-10");
    await fireEvent.click(screen.getByTestId("save-application"));
    await waitFor(() =>
      expect(describedErrors("deadline-timezone")).toEqual(["Ce fuseau horaire n'est pas reconnu."]),
    );
  });

  it("says what went wrong when the failure is not about one field", async () => {
    await start();
    backend.fail = () => apiError("storage");
    await fireEvent.click(screen.getByTestId("new-application"));
    await type("title", "Chauffeur");
    await type("organization", "CICR");
    await fireEvent.click(screen.getByTestId("save-application"));
    await waitFor(() => expect(screen.getByTestId("form-error")).toBeTruthy());
    expect(text(screen.getByTestId("form-error"))).toContain("Postulo n'a pas pu lire ou écrire ses données");
    expect(field("title").value).toBe("Chauffeur");
  });

  it("disables the save button while saving", async () => {
    await start();
    await fireEvent.click(screen.getByTestId("new-application"));
    await type("title", "Chauffeur");
    await type("organization", "CICR");
    let release = () => {};
    backend.hold = new Promise<void>((resolve) => (release = resolve));
    await fireEvent.click(screen.getByTestId("save-application"));
    const save = screen.getByTestId("save-application") as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(text(save)).toBe("Enregistrement…");
    // First the look-up for the same post, then the saving.
    expect(backend.callsTo("applications_find_duplicates")).toHaveLength(1);
    release();
    await waitFor(() => expect(backend.callsTo("applications_create")).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(titles()).toEqual(["Chauffeur"]);
  });
});

describe("editing an application", () => {
  it("sends the changed fields and the new status", async () => {
    const app = makeApplication({
      title: "Assistant administratif",
      organization: "UNFPA",
      deadline: { date: "2025-12-15", time: null, timezone: "Africa/Niamey" },
    });
    await start({ applications: [app] });
    await fireEvent.click(screen.getByRole("button", { name: named("Modifier la candidature « Assistant administratif »") }));
    // The list holds summaries: the whole application is fetched before the form opens.
    const dialog = await screen.findByRole("dialog", { name: "Modifier la candidature" });
    expect(field("title").value).toBe("Assistant administratif");
    expect(field("deadline-date").value).toBe("15/12/2025");
    expect((field("deadline-timezone") as unknown as HTMLSelectElement).value).toBe("Africa/Niamey");

    await type("title", "Assistant administratif et financier");
    await fireEvent.change(within(dialog).getByLabelText("Statut"), { target: { value: "sent" } });
    await fireEvent.click(screen.getByTestId("save-application"));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    const update = backend.callsTo("applications_update")[0];
    expect(update?.args).toMatchObject({
      id: app.id,
      input: {
        title: "Assistant administratif et financier",
        organization: "UNFPA",
        deadline: { date: "2025-12-15", time: null, timezone: "Africa/Niamey" },
      },
    });
    expect(backend.callsTo("applications_set_status").map((c) => c.args)).toEqual([{ id: app.id, status: "sent", note: null, on: null }]);
    expect(titles()).toEqual(["Assistant administratif et financier"]);
    expect(text(rows()[0] as HTMLElement)).toContain("Envoyée");
  });

  it("does not touch the status when it did not change", async () => {
    const app = makeApplication({ title: "Logisticien" });
    await start({ applications: [app] });
    await fireEvent.click(screen.getByTestId("edit-application"));
    await fireEvent.click(await screen.findByTestId("save-application"));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(backend.callsTo("applications_update")).toHaveLength(1);
    expect(backend.callsTo("applications_set_status")).toHaveLength(0);
  });
});

describe("deleting an application", () => {
  it("asks first; cancelling keeps the row", async () => {
    await start({ applications: [makeApplication({ title: "Agent de saisie", organization: "INS" })] });
    screen.getByTestId("delete-application").focus();
    await fireEvent.click(screen.getByTestId("delete-application"));
    const dialog = screen.getByRole("dialog", { name: named("Supprimer cette candidature ?") });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(text(dialog)).toContain("« Agent de saisie » (INS)");
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Annuler" }));
    await fireEvent.click(within(dialog).getByRole("button", { name: "Annuler" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(titles()).toEqual(["Agent de saisie"]);
    expect(backend.callsTo("applications_delete")).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByTestId("delete-application"));
  });

  it("Escape cancels too", async () => {
    await start({ applications: [makeApplication({ title: "Agent de saisie" })] });
    await fireEvent.click(screen.getByTestId("delete-application"));
    await fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(rows()).toHaveLength(1);
  });

  it("deletes once confirmed", async () => {
    const keep = makeApplication({ title: "Garder" });
    const drop = makeApplication({ title: "Supprimer moi" });
    await start({ applications: [keep, drop] });
    const row = rows().find((r) => text(r).includes("Supprimer moi")) as HTMLElement;
    await fireEvent.click(within(row).getByTestId("delete-application"));
    await fireEvent.click(screen.getByTestId("confirm-delete"));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(backend.callsTo("applications_delete").map((c) => c.args)).toEqual([{ id: drop.id }]);
    expect(titles()).toEqual(["Garder"]);
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
  });
});

describe("language", () => {
  it("switches to English at once and saves the choice", async () => {
    await start({ applications: [makeApplication({ status: "interview" })] });
    expect(screen.getByTestId("new-application").textContent).toContain("Nouvelle candidature");
    await fireEvent.click(screen.getByTestId("settings-menu"));
    expect(screen.getByTestId("language-fr")).toHaveProperty("checked", true);
    await fireEvent.click(screen.getByTestId("language-en"));

    expect(text(screen.getByTestId("new-application"))).toBe("New application");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("My applications");
    expect(text(rows()[0] as HTMLElement)).toContain("Interview");
    expect(screen.getByTestId("settings-menu").getAttribute("aria-label")).toBe("Settings");
    expect(document.documentElement.lang).toBe("en");
    await waitFor(() =>
      expect(backend.callsTo("settings_update").map((c) => c.args)).toEqual([{ settings: { language: "en" } }]),
    );
    expect(backend.settings.language).toBe("en");
  });

  it("starts in the saved language", async () => {
    await start({ settings: { language: "en" } });
    expect(text(screen.getByTestId("empty-state"))).toContain("No applications yet");
    expect(backend.callsTo("settings_get")).toHaveLength(1);
  });

  it("closes the settings menu with Escape", async () => {
    await start();
    const gear = screen.getByTestId("settings-menu");
    await fireEvent.click(gear);
    expect(gear.getAttribute("aria-expanded")).toBe("true");
    await fireEvent.keyDown(window, { key: "Escape" });
    expect(screen.queryByTestId("language-en")).toBeNull();
    expect(gear.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(gear);
  });

  it("says so when the choice could not be saved", async () => {
    await start();
    backend.fail = (command) => (command === "settings_update" ? apiError("storage") : undefined);
    await fireEvent.click(screen.getByTestId("settings-menu"));
    await fireEvent.click(screen.getByTestId("language-en"));
    await waitFor(() => expect(text(screen.getByRole("alert"))).toContain("could not be saved"));
    expect(text(screen.getByTestId("new-application"))).toBe("New application");
  });
});

describe("about Postulo", () => {
  it("shows the version, the license and the data folder from the settings menu", async () => {
    await start();
    await fireEvent.click(screen.getByTestId("settings-menu"));
    await fireEvent.click(screen.getByTestId("about-open"));
    const dialog = screen.getByRole("dialog", { name: "À propos de Postulo" });
    await waitFor(() => expect(text(screen.getByTestId("about-version"))).toBe("0.1.0"));
    expect(text(dialog)).toContain("MIT — logiciel libre");
    expect(text(screen.getByTestId("about-data-dir"))).toBe("/home/awa/.local/share/postulo");
    expect(screen.queryByTestId("language-en")).toBeNull();
    await fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("says so when the information cannot be read", async () => {
    await start();
    backend.fail = (command) => (command === "app_about" ? apiError("storage") : undefined);
    await fireEvent.click(screen.getByTestId("settings-menu"));
    await fireEvent.click(screen.getByTestId("about-open"));
    await waitFor(() => expect(text(screen.getByRole("alert"))).toContain("n'ont pas pu être lues"));
  });
});
