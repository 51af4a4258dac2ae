import { PAGE_ROWS } from "../lib/views/listStore.svelte";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import ShortcutsHelp from "../lib/components/layout/ShortcutsHelp.svelte";
import { setLanguage } from "../lib/i18n";
import { describe, expect, it, vi } from "vitest";
import type { ApplicationQuery } from "../lib/bindings/ApplicationQuery";
import type { Dashboard } from "../lib/bindings/Dashboard";
import type { Document } from "../lib/bindings/Document";
import { errorMessage } from "../lib/errors";
import { systemTimeZone, t } from "../lib/i18n";
import type { Application } from "../lib/types";
import { boardCardTitles as cardTitles, boardColumn as column, describedErrors, field, named, text } from "./dom";
import { apiError, listItem, makeApplication, type FakeBackend } from "./fakeBackend";
import { frenchOnFixedDay, startApp } from "./startApp";

let backend: FakeBackend;

async function start(initial: Parameters<typeof startApp>[0] = {}) {
  backend = await startApp(initial);
}

const main = () => document.getElementById("main") as HTMLElement;
const h1 = () => text(screen.getByRole("heading", { level: 1 }));

async function go(key: "dashboard" | "list" | "board" | "vault" | "profile") {
  await fireEvent.click(screen.getByTestId(`nav-${key}`));
}

function lastQuery(): ApplicationQuery {
  const calls = backend.callsTo("applications_page");
  return calls[calls.length - 1]?.args.query as ApplicationQuery;
}

frenchOnFixedDay();

describe("navigation", () => {
  it("starts on the list and reaches every place from the sidebar", async () => {
    await start({ applications: [makeApplication({ title: "Poste A" })] });
    expect(main().dataset.view).toBe("list");
    expect(h1()).toBe("Mes candidatures");
    expect(screen.getByTestId("nav-list").getAttribute("aria-current")).toBe("page");

    await go("dashboard");
    expect(main().dataset.view).toBe("dashboard");
    await waitFor(() => expect(h1()).toBe("Tableau de bord"));
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
    expect(screen.getByTestId("nav-dashboard").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("nav-list").getAttribute("aria-current")).toBeNull();

    await go("board");
    expect(h1()).toBe("Suivi par statut");
    await go("vault");
    expect(main().dataset.view).toBe("vault");
    await go("profile");
    expect(h1()).toBe("Profil");
    await go("list");
    expect(h1()).toBe("Mes candidatures");
    expect(screen.getAllByTestId("application-row")).toHaveLength(1);

    await fireEvent.click(screen.getByTestId("import-posting-nav"));
    expect(main().dataset.view).toBe("import");
    expect(screen.getByTestId("import-posting-nav").getAttribute("aria-current")).toBe("page");
  });

  it("opens an application's page from its row, and comes back", async () => {
    const app = makeApplication({ title: "Chargé de programme" });
    await start({ applications: [app] });
    await fireEvent.click(screen.getByTestId("application-title"));
    expect(main().dataset.view).toBe("application");
    expect(screen.getByTestId("view-application").dataset.id).toBe(String(app.id));
    // The list is still the place it belongs to.
    expect(screen.getByTestId("nav-list").getAttribute("aria-current")).toBe("page");
    await go("list");
    expect(screen.getAllByTestId("application-row")).toHaveLength(1);
  });

  it("has keyboard shortcuts: Ctrl+I imports, Ctrl+K and / search, ? lists them", async () => {
    await start();
    await fireEvent.keyDown(window, { key: "i", ctrlKey: true });
    expect(main().dataset.view).toBe("import");

    await fireEvent.keyDown(window, { key: "k", ctrlKey: true });
    await waitFor(() => expect(document.activeElement?.id).toBe("application-search"));
    expect(main().dataset.view).toBe("list");

    await go("dashboard");
    await fireEvent.keyDown(document.activeElement ?? window, { key: "/" });
    await waitFor(() => expect(document.activeElement?.id).toBe("application-search"));

    // Typed in a field, "/" and "?" are just characters.
    await fireEvent.keyDown(document.activeElement as Element, { key: "?" });
    expect(screen.queryByTestId("shortcuts-dialog")).toBeNull();

    (document.activeElement as HTMLElement).blur();
    await fireEvent.keyDown(window, { key: "?" });
    const help = screen.getByRole("dialog", { name: "Aide" });
    expect(text(help)).toContain("Ctrl+N");
    expect(text(help)).toContain("Importer une annonce");
    // Besides the shortcuts, the journey in five lines, in order.
    const guide = within(help).getByRole("list");
    expect(within(help).getByRole("heading", { name: "Le parcours d'une candidature" })).toBeTruthy();
    expect(within(guide).getAllByRole("listitem").map((li) => text(li))).toEqual([
      "Importez l'annonce (Ctrl+I) ou créez la candidature à la main (Ctrl+N).",
      "La liste des pièces à fournir se remplit avec les documents de votre coffre : il reste à joindre ce qui manque.",
      "La date limite et ses rappels restent en vue : ce qui arrive à échéance en premier passe devant.",
      "Quand tout est prêt, exportez le dossier PDF et le brouillon de l'e-mail de candidature.",
      "Une fois envoyée, notez-le : Postulo vous rappelle quand relancer et garde la trace des réponses.",
    ]);
    await fireEvent.keyDown(help, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();

    await fireEvent.click(screen.getByTestId("shortcuts-help"));
    expect(screen.getByRole("dialog", { name: "Aide" })).toBeTruthy();
  });

  it("collapses the sidebar to icons and opens it again", async () => {
    await start();
    const toggle = screen.getByTestId("sidebar-toggle");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await fireEvent.click(toggle);
    expect(screen.getByTestId("sidebar").classList.contains("collapsed")).toBe(true);
    expect(toggle.getAttribute("aria-label")).toBe("Déplier le menu");
    // The names stay for screen readers.
    expect(screen.getByRole("button", { name: "Tableau de bord" })).toBeTruthy();
  });
});

describe("the dashboard", () => {
  const tz = systemTimeZone();

  function fixture(): { apps: Application[]; dashboard: Dashboard } {
    const soon = makeApplication({
      title: "Chargé de suivi-évaluation",
      organization: "UNICEF Mali",
      deadline: { date: "2025-12-02", time: "17:00", timezone: tz },
    });
    const later = makeApplication({
      title: "Assistant logistique",
      organization: "PAM",
      deadline: { date: "2025-12-04", time: null, timezone: tz },
    });
    const passport: Document = {
      id: 7,
      kind: "id_document",
      title: "Passeport",
      original_name: "passeport.pdf",
      stored_file: "ab/x.pdf",
      size_bytes: 1000,
      sha256: "x",
      mime: "application/pdf",
      page_count: 1,
      issued_on: null,
      certified_on: null,
      valid_until: "2025-11-20",
      has_thumbnail: false,
      created_at: "2025-01-01T00:00:00Z",
      archived: false,
      replaced_by: null,
    };
    const progress = {
      ready: 3,
      due: 5,
      missing: [
        { id: 1, kind: "criminal_record" as const, label: null },
        { id: 2, kind: "other" as const, label: "Lettre de recommandation" },
      ],
    };
    return {
      apps: [soon, later],
      dashboard: {
        // The core lists each application once: « later » misses pieces, and shows them
        // under the next deadlines, not again under the incomplete files.
        next_deadlines: [listItem(soon), listItem(later, progress)],
        interviews: [
          {
            interview: {
              id: 41,
              application_id: later.id,
              date: "2025-12-03",
              time: "10:30",
              timezone: "Africa/Bamako",
              starts_at_utc: "2025-12-03T10:30:00Z",
              place: "Bureau UNICEF, Hamdallaye ACI 2000",
              notes: null,
            },
            application: { id: later.id, title: later.title, organization: later.organization },
          },
        ],
        incomplete: [],
        no_response: [],
        documents: [
          {
            document: passport,
            validity: "expired",
            expires_before: [{ id: soon.id, title: soon.title, organization: soon.organization }],
          },
        ],
      },
    };
  }

  it("shows the next deadlines, the incomplete files and the documents to renew", async () => {
    const { apps, dashboard } = fixture();
    await start({ applications: apps, dashboard });
    await go("dashboard");

    const deadlines = await screen.findByTestId("dashboard-deadlines");
    expect(text(within(deadlines).getByRole("heading"))).toContain("Prochaines dates limites");
    const [first, second] = within(deadlines).getAllByTestId("dashboard-item");
    expect(text(first as HTMLElement)).toContain("Chargé de suivi-évaluation");
    await waitFor(() => expect(text(first as HTMLElement)).toContain("[core fr] 2025-12-02 17:00"));
    expect(text(first as HTMLElement)).toContain("2 déc. 2025, 17:00");
    expect(text(second as HTMLElement)).toContain("[core fr] 2025-12-04");
    expect(text(second as HTMLElement)).toContain("3 pièces prêtes sur 5");
    expect(text(second as HTMLElement)).toMatch(/Il manque : .*casier judiciaire.*, Lettre de recommandation/i);

    const interviews = screen.getByTestId("dashboard-interviews");
    expect(text(within(interviews).getByRole("heading"))).toContain("Entretiens à venir");
    const interview = within(interviews).getByTestId("dashboard-interview");
    expect(text(interview)).toContain(apps[1]!.title);
    expect(text(interview)).toContain("3 déc. 2025, 10:30");
    expect(text(interview)).toContain("Bureau UNICEF");

    // Each application once: nothing repeated under the incomplete files.
    const incomplete = screen.getByTestId("dashboard-incomplete");
    expect(text(incomplete)).toContain("Dossiers incomplets");
    expect(within(incomplete).queryAllByTestId("dashboard-item")).toHaveLength(0);

    const documents = screen.getByTestId("dashboard-documents");
    expect(text(documents)).toContain("Documents à renouveler");
    expect(text(documents)).toContain("Passeport");
    expect(text(documents)).toContain("Expiré depuis le 20 nov. 2025");
    expect(text(documents)).toContain("Expire avant la date limite de :");

    // Each item opens what it is about.
    await fireEvent.click(within(documents).getByRole("button", { name: /Chargé de suivi-évaluation/ }));
    expect(screen.getByTestId("view-application").dataset.id).toBe(String(apps[0]?.id));
    await go("dashboard");
    await fireEvent.click(await screen.findByTestId("dashboard-document"));
    expect(main().dataset.view).toBe("vault");
    await go("dashboard");
    await fireEvent.click((await screen.findAllByTestId("dashboard-item"))[1] as HTMLElement);
    expect(screen.getByTestId("view-application").dataset.id).toBe(String(apps[1]?.id));
    await go("dashboard");
    await fireEvent.click(await screen.findByTestId("dashboard-interview"));
    expect(screen.getByTestId("view-application").dataset.id).toBe(String(apps[1]?.id));
  });

  it("says what to do when there is nothing to show", async () => {
    await start();
    await go("dashboard");
    const deadlines = await screen.findByTestId("dashboard-deadlines");
    expect(text(deadlines)).toContain("Aucune date limite à venir");
    expect(text(screen.getByTestId("dashboard-incomplete"))).toContain("Aucun dossier incomplet");
    expect(text(screen.getByTestId("dashboard-documents"))).toContain("Aucun document à renouveler");
    expect(screen.queryByTestId("dashboard-interviews")).toBeNull();
    await fireEvent.click(within(deadlines).getByRole("button", { name: "Nouvelle candidature" }));
    expect(screen.getByRole("dialog", { name: "Nouvelle candidature" })).toBeTruthy();
  });

  it("offers to try again when it cannot be loaded", async () => {
    await start();
    backend.fail = (command) => (command === "dashboard_get" ? apiError("storage") : undefined);
    await go("dashboard");
    const alert = await screen.findByRole("alert");
    expect(text(alert)).toContain("Le tableau de bord n'a pas pu être affiché.");
    backend.fail = null;
    await fireEvent.click(within(alert).getByRole("button", { name: "Réessayer" }));
    await screen.findByTestId("dashboard-deadlines");
  });
});

describe("searching and filtering the list", () => {
  const apps = () => [
    makeApplication({
      title: "Évaluation finale du projet",
      organization: "UNICEF Mali",
      status: "sent",
      deadline: { date: "2025-12-10", time: null, timezone: "Africa/Bamako" },
    }),
    makeApplication({
      title: "Chauffeur",
      organization: "CICR",
      status: "to_prepare",
      deadline: { date: "2026-01-15", time: null, timezone: "Africa/Bamako" },
    }),
    makeApplication({ title: "Comptable", organization: "UNICEF Mali", status: "to_prepare" }),
  ];

  it("sends the typed text as it is: the backend ignores accents", async () => {
    await start({ applications: apps() });
    expect(lastQuery()).toEqual({
      text: null,
      statuses: [],
      deadline_from: null,
      deadline_to: null,
      organization: null,
      sort: "deadline",
      descending: false,
    });
    const search = screen.getByRole("searchbox", { name: "Rechercher" });
    await fireEvent.input(search, { target: { value: "evaluation" } });
    await waitFor(() => expect(lastQuery().text).toBe("evaluation"));
    await waitFor(() =>
      expect(screen.getAllByTestId("application-title").map((el) => text(el))).toEqual(["Évaluation finale du projet"]),
    );
    expect(text(screen.getByTestId("result-count"))).toBe("1 candidature trouvée");

    await fireEvent.input(search, { target: { value: "plombier" } });
    await waitFor(() => expect(screen.getByTestId("no-results")).toBeTruthy());
    expect(text(screen.getByTestId("no-results"))).toContain("Aucune candidature ne correspond à votre recherche.");
    await fireEvent.click(within(screen.getByTestId("no-results")).getByRole("button", { name: "Effacer les filtres" }));
    await waitFor(() => expect(screen.getAllByTestId("application-row")).toHaveLength(3));
    expect(lastQuery().text).toBeNull();
  });

  it("sends the statuses, the deadline window, the organisation and the order", async () => {
    await start({ applications: apps() });
    await waitFor(() => expect(screen.getByRole("option", { name: "CICR" })).toBeTruthy());

    await fireEvent.click(screen.getByTestId("status-filter"));
    await fireEvent.click(screen.getByTestId("status-sent"));
    await fireEvent.click(screen.getByTestId("status-to_prepare"));
    await waitFor(() => expect(lastQuery().statuses).toEqual(["to_prepare", "sent"]));
    expect(text(screen.getByTestId("status-filter"))).toBe("2 choisis");

    await fireEvent.change(screen.getByLabelText("Date limite"), { target: { value: "month" } });
    await fireEvent.change(screen.getByLabelText("Organisme"), { target: { value: "UNICEF Mali" } });
    await fireEvent.change(screen.getByLabelText("Trier par"), { target: { value: "title" } });
    await fireEvent.click(screen.getByRole("button", { name: "Ordre croissant (cliquer pour inverser)" }));
    expect(screen.getByTestId("sort-order").getAttribute("aria-label")).toBe("Ordre décroissant (cliquer pour inverser)");
    await waitFor(() =>
      expect(lastQuery()).toEqual({
        text: null,
        statuses: ["to_prepare", "sent"],
        deadline_from: "2025-12-01",
        deadline_to: "2025-12-31",
        organization: "UNICEF Mali",
        sort: "title",
        descending: true,
      }),
    );
    expect(screen.getAllByTestId("application-title").map((el) => text(el))).toEqual(["Évaluation finale du projet"]);

    await fireEvent.change(screen.getByLabelText("Date limite"), { target: { value: "custom" } });
    // Typed as a French candidate types them: the digits, the slashes come by themselves.
    await fireEvent.input(screen.getByLabelText("Du"), { target: { value: "05122025" } });
    await fireEvent.input(screen.getByLabelText("Au"), { target: { value: "01022026" } });
    await waitFor(() =>
      expect(lastQuery()).toMatchObject({ deadline_from: "2025-12-05", deadline_to: "2026-02-01" }),
    );
  });

  it("shows the progress of each file, and flags a document expiring before the deadline", async () => {
    const [first, second] = apps();
    const progress = new Map([
      [first!.id, { ready: 2, due: 2, missing: [] }],
      [second!.id, { ready: 3, due: 5, missing: [{ id: 1, kind: "cv" as const, label: null }] }],
    ]);
    const dashboard: Dashboard = {
      next_deadlines: [],
      interviews: [],
      incomplete: [],
      no_response: [],
      documents: [
        {
          document: {
            id: 1,
            kind: "id_document",
            title: "Passeport",
            original_name: "p.pdf",
            stored_file: "a/b.pdf",
            size_bytes: 1,
            sha256: "x",
            mime: "application/pdf",
            page_count: 1,
            issued_on: null,
            certified_on: null,
            valid_until: "2026-01-01",
            has_thumbnail: false,
            created_at: "2025-01-01T00:00:00Z",
            archived: false,
            replaced_by: null,
          },
          validity: "valid",
          expires_before: [{ id: second!.id, title: second!.title, organization: second!.organization }],
        },
      ],
    };
    await start({ applications: [first!, second!], progress, dashboard });
    const rows = screen.getAllByTestId("application-row");
    expect(text(rows[0] as HTMLElement)).toContain("2 pièces prêtes sur 2");
    const row = rows[1] as HTMLElement;
    expect(text(row)).toContain("3 pièces prêtes sur 5");
    expect(text(row)).toContain("Il manque : CV");
    await waitFor(() => expect(within(row).getByTestId("expiring-flag")).toBeTruthy());
    expect(text(within(row).getByTestId("expiring-flag"))).toBe("Un document expire avant la date limite");
  });

  it("keeps 10,000 applications smooth: only the rows in sight are on the page", async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeApplication({
        title: `Poste ${String(i).padStart(5, "0")}`,
        deadline: { date: "2026-03-01", time: null, timezone: "UTC" },
      }),
    );
    await start({ applications: many });
    expect(text(screen.getByTestId("result-count"))).toBe("10 000 candidatures");
    expect(screen.getAllByTestId("application-row").length).toBeLessThanOrEqual(60);
    // Only the first page came from the backend, not the 10,000 rows.
    const pages = () => backend.callsTo("applications_page").map((c) => [c.args.offset, c.args.limit]);
    expect(pages()).toEqual([[0, PAGE_ROWS]]);
    const viewport = screen.getByTestId("application-list");
    viewport.scrollTop = 92 * 6_000;
    await fireEvent.scroll(viewport);
    // The rows scrolled to are asked for, and shown when they come.
    await waitFor(() => {
      const rows = screen.getAllByTestId("application-row");
      const positions = rows.map((r) => Number(r.closest("li")?.getAttribute("aria-posinset")));
      expect(positions).toContain(6_001);
      expect(positions).not.toContain(1);
      const at6001 = rows[positions.indexOf(6_001)] as HTMLElement;
      expect(text(at6001)).toMatch(/^Poste \d{5} /);
    });
    expect(screen.getAllByTestId("application-row").length).toBeLessThanOrEqual(60);
    expect(screen.queryAllByTestId("pending-row")).toHaveLength(0);
    // The page of the rows in sight and its neighbours, no more.
    const asked = pages().slice(1);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThanOrEqual(2);
    for (const [offset, limit] of asked) {
      expect(limit).toBe(PAGE_ROWS);
      expect(Number(offset)).toBeGreaterThanOrEqual(5_940);
      expect(Number(offset)).toBeLessThan(6_060);
    }
  }, 20_000);

  it("shows a row whose page could not come, and asks again on « Réessayer »", async () => {
    const many = Array.from({ length: 500 }, (_, i) => makeApplication({ title: `Poste ${String(i).padStart(3, "0")}` }));
    await start({ applications: many });
    backend.fail = (command, args) =>
      command === "applications_page" && (args.offset as number) > 0 ? apiError("storage") : undefined;
    const viewport = screen.getByTestId("application-list");
    viewport.scrollTop = 92 * 300;
    await fireEvent.scroll(viewport);
    const pending = await screen.findAllByTestId("pending-row");
    await waitFor(() => expect(text(pending[0] as HTMLElement)).toContain("Réessayer"));
    backend.fail = () => undefined;
    await fireEvent.click(within(pending[0] as HTMLElement).getByRole("button", { name: "Réessayer" }));
    await waitFor(() => expect(screen.queryAllByTestId("pending-row")).toHaveLength(0));
    const positions = screen
      .getAllByTestId("application-row")
      .map((r) => Number(r.closest("li")?.getAttribute("aria-posinset")));
    expect(positions).toContain(301);
  });
});

describe("the board", () => {
  const apps = () => [
    makeApplication({ title: "Logisticien", status: "to_prepare" }),
    makeApplication({ title: "Comptable", status: "sent" }),
  ];


  it("has one column per status, in pipeline order", async () => {
    await start({ applications: apps() });
    await go("board");
    await screen.findAllByTestId("board-column");
    expect(screen.getAllByTestId("board-column").map((c) => c.dataset.status)).toEqual([
      "to_prepare",
      "ready",
      "sent",
      "shortlisted",
      "interview",
      "offer",
      "accepted",
      "rejected",
      "withdrawn",
      "expired",
    ]);
    expect(cardTitles("to_prepare")).toEqual(["Logisticien"]);
    expect(cardTitles("sent")).toEqual(["Comptable"]);
  });

  it("moves a card dragged to another column", async () => {
    const [logisticien, comptable] = apps();
    await start({ applications: [logisticien!, comptable!] });
    await go("board");
    const card = (await screen.findAllByTestId("board-card")).find((c) => text(c).includes("Logisticien")) as HTMLElement;
    const store = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => store.set(type, value),
      getData: (type: string) => store.get(type) ?? "",
      effectAllowed: "",
      dropEffect: "",
    };
    await fireEvent.dragStart(card, { dataTransfer });
    await fireEvent.dragOver(column("ready"), { dataTransfer });
    expect(column("ready").classList.contains("over")).toBe(true);
    await fireEvent.drop(column("ready"), { dataTransfer });
    await waitFor(() =>
      expect(backend.callsTo("applications_set_status").map((c) => c.args)).toEqual([
        { id: logisticien!.id, status: "ready", note: null, on: null },
      ]),
    );
    await waitFor(() => expect(cardTitles("ready")).toEqual(["Logisticien"]));
    expect(cardTitles("to_prepare")).toEqual([]);
    expect(text(screen.getByTestId("board-notice"))).toContain("« Logisticien » passe à « Prête ».");
  });

  it("moves a card that follows the pointer where the web view keeps drags (Windows)", async () => {
    vi.spyOn(navigator, "userAgent", "get").mockReturnValue("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/120");
    const [logisticien, comptable] = apps();
    await start({ applications: [logisticien!, comptable!] });
    await go("board");
    const card = (await screen.findAllByTestId("board-card")).find((c) => text(c).includes("Logisticien")) as HTMLElement;
    expect(card.getAttribute("draggable")).toBe("false");
    // A press on the card's own buttons is a click, not the start of a move.
    await fireEvent.pointerDown(within(card).getByRole("button", { name: "Logisticien" }), { button: 0, pointerId: 1 });
    await fireEvent.pointerUp(card, { pointerId: 1 });
    document.elementFromPoint = vi.fn(() => column("sent"));
    await fireEvent.pointerDown(card.querySelector("p") as HTMLElement, { button: 0, pointerId: 1 });
    await fireEvent.pointerMove(card, { pointerId: 1, clientX: 500, clientY: 200 });
    expect(column("sent").classList.contains("over")).toBe(true);
    await fireEvent.pointerUp(card, { pointerId: 1 });
    await waitFor(() =>
      expect(backend.callsTo("applications_set_status").map((c) => c.args)).toEqual([
        { id: logisticien!.id, status: "sent", note: null, on: null },
      ]),
    );
    await waitFor(() => expect([...cardTitles("sent")].sort()).toEqual(["Comptable", "Logisticien"]));
    Reflect.deleteProperty(document, "elementFromPoint");
  });

  it("moves a card with the keyboard through « Déplacer vers… », and says what reaching the shortlist means", async () => {
    const [logisticien, comptable] = apps();
    await start({ applications: [logisticien!, comptable!] });
    await go("board");
    await screen.findAllByTestId("board-card");
    const trigger = within(column("sent")).getByRole("button", {
      name: named("Déplacer vers… (un autre statut pour « Comptable »)"),
    });
    trigger.focus();
    await fireEvent.keyDown(trigger, { key: "ArrowDown" });
    const menu = await screen.findByRole("menu");
    await waitFor(() => expect(document.activeElement).toBe(within(menu).getAllByRole("menuitem")[0]));
    // The current stage is not offered.
    expect(within(menu).queryByRole("menuitem", { name: "Envoyée" })).toBeNull();
    await fireEvent.keyDown(document.activeElement as Element, { key: "Escape" });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(trigger);

    await fireEvent.click(trigger);
    await fireEvent.click(within(screen.getByRole("menu")).getByRole("menuitem", { name: "Présélectionnée" }));
    await waitFor(() =>
      expect(backend.callsTo("applications_set_status").map((c) => c.args)).toEqual([
        { id: comptable!.id, status: "shortlisted", note: null, on: null },
      ]),
    );
    await waitFor(() => expect(cardTitles("shortlisted")).toEqual(["Comptable"]));
    const notice = screen.getByTestId("board-notice");
    expect(text(notice)).toContain(
      "« Comptable » est présélectionnée : les pièces demandées aux seuls candidats présélectionnés sont maintenant à fournir.",
    );
    // The focus follows the card to its new column.
    await waitFor(() => expect(column("shortlisted").contains(document.activeElement)).toBe(true));
    await fireEvent.click(within(notice).getByRole("button", { name: "Voir les pièces à fournir" }));
    expect(screen.getByTestId("view-application").dataset.id).toBe(String(comptable!.id));
  });

  it("puts the card back when the move is refused", async () => {
    await start({ applications: apps() });
    backend.fail = (command) => (command === "applications_set_status" ? apiError("storage") : undefined);
    await go("board");
    await screen.findAllByTestId("board-card");
    await fireEvent.click(within(column("to_prepare")).getByTestId("move-menu"));
    await fireEvent.click(screen.getByTestId("move-to-ready"));
    await waitFor(() => expect(text(screen.getByTestId("board-notice"))).toContain("n'a pas été enregistré"));
    expect(cardTitles("to_prepare")).toEqual(["Logisticien"]);
    expect(cardTitles("ready")).toEqual([]);
  });

  it("offers to try again when it cannot be loaded, saying why", async () => {
    await start({ applications: apps() });
    backend.fail = (command) => (command === "applications_search" ? apiError("storage") : undefined);
    await go("board");
    const alert = await screen.findByRole("alert");
    expect(text(alert)).toContain("Le suivi par statut n'a pas pu être affiché.");
    expect(text(alert)).toContain(errorMessage(apiError("storage"), t()));
    backend.fail = null;
    await fireEvent.click(within(alert).getByRole("button", { name: "Réessayer" }));
    await waitFor(() => expect(cardTitles("to_prepare")).toEqual(["Logisticien"]));
  });
});

describe("the profile", () => {

  it("explains its use, saves, and shows a refusal next to its field", async () => {
    await start({
      profile: { first_name: "Aminata", last_name: "Traoré", email: null, phone: null, postal_address: null },
    });
    await go("profile");
    await waitFor(() => expect(field("first_name").value).toBe("Aminata"));
    expect(text(main())).toContain("page de garde");
    expect(text(main())).toContain("e-mails");

    await fireEvent.input(field("email"), { target: { value: "aminata@" } });
    await fireEvent.click(screen.getByTestId("save-profile"));
    expect(describedErrors("email")).toEqual(["Cette adresse e-mail n'est pas valide (exemple : aminata.traore@gmail.com)."]);
    expect(field("email").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field("email"));
    expect(backend.callsTo("profile_update")).toHaveLength(0);

    await fireEvent.input(field("email"), { target: { value: "aminata.traore@gmail.com" } });
    expect(describedErrors("email")).toEqual([]);
    await fireEvent.input(field("phone"), { target: { value: "+223 70 12 34 56" } });
    backend.fail = (command) => (command === "profile_update" ? apiError("validation", "phone", "phone") : undefined);
    await fireEvent.click(screen.getByTestId("save-profile"));
    await waitFor(() => expect(describedErrors("phone")).toHaveLength(1));
    expect(describedErrors("phone")[0]).toContain("Ce numéro n'est pas valide");
    expect(document.activeElement).toBe(field("phone"));

    backend.fail = null;
    await fireEvent.input(field("postal_address"), { target: { value: "  BP 1234, Bamako  " } });
    await fireEvent.click(screen.getByTestId("save-profile"));
    await waitFor(() => expect(screen.getByTestId("profile-saved")).toBeTruthy());
    expect(backend.callsTo("profile_update").map((c) => c.args)).toEqual([
      {
        profile: {
          first_name: "Aminata",
          last_name: "Traoré",
          email: "aminata.traore@gmail.com",
          phone: "+223 70 12 34 56",
          postal_address: null,
        },
      },
      {
        profile: {
          first_name: "Aminata",
          last_name: "Traoré",
          email: "aminata.traore@gmail.com",
          phone: "+223 70 12 34 56",
          postal_address: "BP 1234, Bamako",
        },
      },
    ]);
    expect(text(screen.getByTestId("profile-saved"))).toBe("Profil enregistré.");
  });

  it("shows how the candidate's own dossiers will be named, as they type", async () => {
    await start({
      profile: { first_name: "Aïssata", last_name: "Traoré", email: null, phone: null, postal_address: null },
    });
    await go("profile");
    await waitFor(() => expect(field("first_name").value).toBe("Aïssata"));
    const hint = () => {
      const ids = field("last_name").getAttribute("aria-describedby")?.split(" ") ?? [];
      return ids.map((id) => text(document.getElementById(id))).join(" ");
    };
    expect(hint()).toContain("Vos dossiers sont nommés TRAORE_Aissata_…");
    await fireEvent.input(field("last_name"), { target: { value: "N'Diaye" } });
    await fireEvent.input(field("first_name"), { target: { value: "Œdipe" } });
    expect(hint()).toContain("Vos dossiers sont nommés N-DIAYE_OEdipe_…");
    await fireEvent.input(field("last_name"), { target: { value: "" } });
    expect(hint()).toContain("Vos dossiers sont nommés NOM_OEdipe_…");
  });

  it("checks the phone number before sending it", async () => {
    await start();
    await go("profile");
    await waitFor(() => expect(field("phone")).toBeTruthy());
    await fireEvent.input(field("phone"), { target: { value: "appelez-moi" } });
    await fireEvent.click(screen.getByTestId("save-profile"));
    expect(describedErrors("phone")[0]).toContain("Ce numéro n'est pas valide");
    expect(backend.callsTo("profile_update")).toHaveLength(0);
  });

  it("offers to try again when it cannot be loaded, saying why", async () => {
    await start();
    backend.fail = (command) => (command === "profile_get" ? apiError("storage") : undefined);
    await go("profile");
    const alert = await screen.findByRole("alert");
    expect(text(alert)).toContain("Votre profil n'a pas pu être affiché.");
    expect(text(alert)).toContain(errorMessage(apiError("storage"), t()));
    backend.fail = null;
    await fireEvent.click(within(alert).getByRole("button", { name: "Réessayer" }));
    await waitFor(() => expect(field("first_name")).not.toBeNull());
  });
});

describe("in English", () => {
  it("names the places and the dashboard sections naturally", async () => {
    await start({ settings: { language: "en" } });
    expect(text(screen.getByTestId("nav-board"))).toBe("Progress board");
    await go("dashboard");
    await screen.findByTestId("dashboard-deadlines");
    expect(text(screen.getByTestId("dashboard-deadlines"))).toContain("Next deadlines");
    expect(text(screen.getByTestId("dashboard-documents"))).toContain("Documents to renew");
  });
});

describe("the help in English", () => {
  it("tells the same journey in five lines", async () => {
    setLanguage("en");
    render(ShortcutsHelp, { props: { onclose: vi.fn() } });
    const help = screen.getByRole("dialog", { name: "Help" });
    expect(within(help).getByRole("heading", { name: "An application from start to finish" })).toBeTruthy();
    const steps = within(within(help).getByTestId("help-guide")).getAllByRole("listitem").map((li) => text(li));
    expect(steps).toHaveLength(5);
    expect(steps[0]).toBe("Import the posting (Ctrl+I) or create the application by hand (Ctrl+N).");
    expect(steps[4]).toBe("Once it is sent, record it: Postulo reminds you when to follow up and keeps track of the answers.");
    expect(within(help).getByRole("heading", { name: "Keyboard shortcuts" })).toBeTruthy();
  });
});
