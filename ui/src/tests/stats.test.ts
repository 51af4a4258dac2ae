import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { Statistics } from "../lib/bindings/Statistics";
import type { StatsPeriod } from "../lib/bindings/StatsPeriod";
import { messagesFor, setLanguage } from "../lib/i18n";
import {
  customPeriod,
  fillMonths,
  formatNumber,
  formatPercent,
  isoDay,
  labelEvery,
  monthsBefore,
  niceMax,
  presetPeriod,
  ticks,
} from "../lib/components/stats/stats";
import { monthSummary } from "../lib/components/stats/summaries";
import { plain, text } from "./dom";
import { apiError, type FakeBackend } from "./fakeBackend";
import { frenchOnFixedDay, startApp } from "./startApp";

// Every test here runs in French on 1 December 2025 (startApp.ts).
frenchOnFixedDay();

const STATS: Statistics = {
  period: { from: "2024-12-01", to: "2025-12-01" },
  applications: 12,
  sent: 8,
  answered: 3,
  response_rate: 3 / 8,
  interviews: 2,
  interviews_per_sent: 0.25,
  median_days_to_answer: 11.5,
  no_response: 4,
  by_status: [
    { status: "to_prepare", count: 3 },
    { status: "ready", count: 1 },
    { status: "sent", count: 4 },
    { status: "shortlisted", count: 0 },
    { status: "interview", count: 2 },
    { status: "offer", count: 0 },
    { status: "accepted", count: 0 },
    { status: "rejected", count: 1 },
    { status: "withdrawn", count: 1 },
    { status: "expired", count: 0 },
  ],
  by_month: [
    { month: "2025-09", started: 5, sent: 3, answered: 0 },
    { month: "2025-10", started: 4, sent: 3, answered: 2 },
    { month: "2025-11", started: 3, sent: 2, answered: 1 },
  ],
  by_organization_type: [
    { key: "ngo", applications: 6, sent: 4, answered: 2, response_rate: 0.5 },
    { key: "un", applications: 3, sent: 3, answered: 1, response_rate: 1 / 3 },
    { key: null, applications: 3, sent: 1, answered: 0, response_rate: 0 },
  ],
  by_source: [
    { key: "reliefweb.int", applications: 7, sent: 5, answered: 2, response_rate: 0.4 },
    { key: "emploi.ci", applications: 2, sent: 0, answered: 0, response_rate: null },
    { key: null, applications: 3, sent: 3, answered: 1, response_rate: 1 / 3 },
  ],
};

const NOTHING: Statistics = {
  ...STATS,
  applications: 0,
  sent: 0,
  answered: 0,
  response_rate: null,
  interviews: 0,
  interviews_per_sent: null,
  median_days_to_answer: null,
  no_response: 0,
  by_status: STATS.by_status.map((s) => ({ ...s, count: 0 })),
  by_month: [],
  by_organization_type: [],
  by_source: [],
};

let backend: FakeBackend;

/** The app on the statistics view, stats_get answering `answer(period)`. */
async function openStats(answer: (period: StatsPeriod) => Statistics = (period) => ({ ...STATS, period })) {
  backend = await startApp();
  backend.handle = (command, args) =>
    command === "stats_get" ? answer(args.period as StatsPeriod) : undefined;
  await fireEvent.click(screen.getByTestId("nav-stats"));
  await waitFor(() => expect(screen.getByTestId("stats-figures")).toBeTruthy());
}

const periods = () => backend.callsTo("stats_get").map((c) => c.args.period as StatsPeriod);
const figure = (key: string) => screen.getByTestId(`figure-${key}`);
const value = (key: string) => text(figure(key).querySelector(".value"));
const chart = (testid: string) => screen.getByTestId(testid);
/** A table row as "cell | cell | cell". */
const cells = (row: HTMLElement) => [...row.querySelectorAll("th, td")].map((c) => text(c)).join(" | ");

describe("period presets", () => {
  it("count whole days of the local calendar up to today, both ends included", () => {
    const today = new Date(2025, 11, 1, 23, 30); // late evening, local time
    expect(isoDay(today)).toBe("2025-12-01");
    expect(presetPeriod("last30Days", today)).toEqual({ from: "2025-11-02", to: "2025-12-01" });
    expect(presetPeriod("last3Months", today)).toEqual({ from: "2025-09-01", to: "2025-12-01" });
    expect(presetPeriod("last12Months", today)).toEqual({ from: "2024-12-01", to: "2025-12-01" });
    expect(presetPeriod("all", today)).toEqual({ from: null, to: null });
    expect(presetPeriod("custom", today)).toBeNull();
  });

  it("cross the year and keep the day inside shorter months", () => {
    expect(presetPeriod("last30Days", new Date(2026, 0, 10))).toEqual({ from: "2025-12-12", to: "2026-01-10" });
    expect(isoDay(monthsBefore(new Date(2025, 4, 31), 3))).toBe("2025-02-28");
    expect(isoDay(monthsBefore(new Date(2024, 4, 31), 3))).toBe("2024-02-29");
    expect(isoDay(monthsBefore(new Date(2025, 2, 31), 12))).toBe("2024-03-31");
  });

  it("a chosen period needs real days in order; an empty end stays open", () => {
    expect(customPeriod("2025-01-01", "2025-03-31")).toEqual({ from: "2025-01-01", to: "2025-03-31" });
    expect(customPeriod("", "2025-03-31")).toEqual({ from: null, to: "2025-03-31" });
    expect(customPeriod("", "")).toEqual({ from: null, to: null });
    expect(customPeriod("2025-04-01", "2025-03-31")).toBeNull();
    expect(customPeriod("2025-02-30", "")).toBeNull();
    expect(customPeriod("01/02/2025", "")).toBeNull();
  });
});

describe("figures and geometry", () => {
  it("write numbers and percentages as each language does", () => {
    expect(formatNumber(2.5, "fr")).toBe("2,5");
    expect(formatNumber(2.5, "en")).toBe("2.5");
    expect(formatNumber(0.25, "fr", 2)).toBe("0,25");
    expect(formatNumber(3, "fr", 2)).toBe("3");
    expect(formatNumber(1250, "fr")).toBe("1\u202f250");
    expect(formatNumber(1250, "en")).toBe("1,250");
    expect(formatPercent(3 / 8, "fr", messagesFor("fr").stats.percent)).toBe("38\u202f%");
    expect(formatPercent(3 / 8, "en", messagesFor("en").stats.percent)).toBe("38%");
  });

  it("round the axis up to 1, 2 or 5 and space the gridlines evenly", () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(41)).toBe(50);
    expect(ticks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(labelEvery(12, 600, 44)).toBe(1);
    expect(labelEvery(36, 600, 44)).toBe(3);
  });

  it("give the months without anything their zeros, across the year", () => {
    expect(
      fillMonths([
        { month: "2025-11", started: 2, sent: 1, answered: 0 },
        { month: "2026-02", started: 1, sent: 0, answered: 1 },
      ]).map((x) => [x.month, x.started]),
    ).toEqual([
      ["2025-11", 2],
      ["2025-12", 0],
      ["2026-01", 0],
      ["2026-02", 1],
    ]);
    expect(fillMonths([])).toEqual([]);
    // A bounded period shows all its months, and a later answer too.
    expect(
      fillMonths([{ month: "2025-11", started: 2, sent: 1, answered: 0 }, { month: "2026-01", started: 0, sent: 0, answered: 1 }], {
        from: "2025-09-15",
        to: "2025-12-01",
      }).map((x) => x.month),
    ).toEqual(["2025-09", "2025-10", "2025-11", "2025-12", "2026-01"]);
    // Beyond five years, only the months with something and those between.
    expect(fillMonths([{ month: "2025-11", started: 2, sent: 1, answered: 0 }], { from: "2015-01-01", to: null })).toHaveLength(1);
  });

  it("sum up the months in one sentence", () => {
    expect(plain(monthSummary(STATS.by_month, messagesFor("fr"), "fr"))).toBe(
      "De sept. 2025 à nov. 2025, commencées : 12 ; envoyées : 8 ; réponses reçues : 3. Mois le plus actif : sept. 2025.",
    );
    // « D’ » before a month that starts with a vowel.
    expect(plain(monthSummary(STATS.by_month.slice(1), messagesFor("fr"), "fr"))).toMatch(/^D’oct\. 2025 à nov\. 2025,/);
    expect(monthSummary(STATS.by_month.slice(1, 2), messagesFor("en"), "en")).toBe(
      "In Oct 2025, started: 4; sent: 3; answers received: 2.",
    );
  });
});

describe("the statistics view", () => {
  it("is reached from the sidebar and asks for the last 12 months first", async () => {
    await openStats();
    expect(document.getElementById("main")?.dataset.view).toBe("stats");
    expect(text(screen.getByRole("heading", { level: 1 }))).toBe("Statistiques");
    expect(screen.getByTestId("nav-stats").getAttribute("aria-current")).toBe("page");
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
    expect(periods()).toEqual([{ from: "2024-12-01", to: "2025-12-01" }]);
    expect(text(screen.getByTestId("stats-period-text"))).toBe("Candidatures commencées du 1 déc. 2024 au 1 déc. 2025.");
  });

  it("shows the key figures in plain words, with plurals", async () => {
    await openStats();
    expect(value("applications")).toBe("12");
    expect(text(figure("applications"))).toContain("commencées sur la période");
    expect(value("sent")).toBe("8");
    expect(text(figure("sent"))).toContain("sur 12 commencées");
    expect(value("response-rate")).toBe("38 %");
    expect(text(figure("response-rate"))).toContain("3 réponses sur 8 envoyées");
    expect(value("interviews")).toBe("0,25");
    expect(text(figure("interviews"))).toContain("2 entretiens pour 8 envoyées");
    expect(value("median-days")).toBe("11,5 jours");
    expect(value("no-response")).toBe("4");
  });

  it("draws each chart as one image with a summary, and its table", async () => {
    await openStats();
    const months = chart("month-chart");
    expect(months.getAttribute("role")).toBe("img");
    expect(plain(months.getAttribute("aria-label") ?? "")).toBe(
      "De déc. 2024 à déc. 2025, commencées : 12 ; envoyées : 8 ; réponses reçues : 3. Mois le plus actif : sept. 2025.",
    );
    expect(months.querySelectorAll("rect.bar")).toHaveLength(8); // the zero answers of September draw nothing

    const status = chart("status-chart");
    expect(plain(status.getAttribute("aria-label") ?? "")).toBe(
      "Candidatures par statut actuel : À préparer : 3 ; Prête : 1 ; Envoyée : 4 ; Entretien : 2 ; Refusée : 1 ; Abandonnée : 1.",
    );
    const statusRows = within(screen.getByTestId("stats-status")).getAllByRole("row");
    expect(statusRows.map(cells)).toEqual([
      "Statut | Candidatures",
      "À préparer | 3",
      "Prête | 1",
      "Envoyée | 4",
      "Présélectionnée | 0",
      "Entretien | 2",
      "Offre reçue | 0",
      "Acceptée | 0",
      "Refusée | 1",
      "Abandonnée | 1",
      "Expirée | 0",
    ]);

    expect(plain(chart("type-chart").getAttribute("aria-label") ?? "")).toBe(
      "Par type d'employeur : ONG : 6 candidatures, taux de réponse 50 % ; Nations unies : 3 candidatures, taux de réponse 33 % ; Type inconnu : 3 candidatures, taux de réponse 0 %.",
    );
    const typeRows = within(screen.getByTestId("stats-types")).getAllByRole("row").map(cells);
    expect(typeRows[0]).toBe("Type d'employeur | Candidatures | Envoyées | Réponses | Taux de réponse");
    expect(typeRows).toContain("ONG | 6 | 4 | 2 | 50 %");
    expect(typeRows).toContain("Type inconnu | 3 | 1 | 0 | 0 %");

    const sources = within(screen.getByTestId("stats-sources"));
    expect(sources.getAllByRole("row").map(cells)).toContain("emploi.ci | 2 | 0 | 0 | —");
    expect(plain(chart("source-chart").getAttribute("aria-label") ?? "")).toContain(
      "emploi.ci : 2 candidatures, rien d'envoyé",
    );
    expect(text(chart("source-chart"))).toContain("Source inconnue");

    const monthsPanel = within(screen.getByTestId("stats-months"));
    expect(monthsPanel.getByText("Voir le tableau").tagName).toBe("SUMMARY");
    // The 12 months asked (1 Dec 2024 to 1 Dec 2025), empty ones as zeros, then the total.
    const monthRows = monthsPanel.getAllByRole("row").map(cells);
    expect(monthRows).toHaveLength(1 + 13 + 1);
    expect(monthRows.slice(0, 2)).toEqual(["Mois | Commencées | Envoyées | Réponses", "déc. 2024 | 0 | 0 | 0"]);
    expect(monthRows.slice(10)).toEqual([
      "sept. 2025 | 5 | 3 | 0",
      "oct. 2025 | 4 | 3 | 2",
      "nov. 2025 | 3 | 2 | 1",
      "déc. 2025 | 0 | 0 | 0",
      "Total | 12 | 8 | 3",
    ]);
  });

  it("asks again for each preset, and for a chosen period once it is valid", async () => {
    await openStats();
    await fireEvent.click(screen.getByTestId("stats-preset-last30Days"));
    await fireEvent.click(screen.getByTestId("stats-preset-last3Months"));
    await fireEvent.click(screen.getByTestId("stats-preset-all"));
    await waitFor(() => expect(periods()).toHaveLength(4));
    expect(periods().slice(1)).toEqual([
      { from: "2025-11-02", to: "2025-12-01" },
      { from: "2025-09-01", to: "2025-12-01" },
      { from: null, to: null },
    ]);
    await waitFor(() =>
      expect(text(screen.getByTestId("stats-period-text"))).toBe("Toutes vos candidatures, depuis le début."),
    );

    await fireEvent.click(screen.getByTestId("stats-preset-last30Days"));
    await fireEvent.click(screen.getByTestId("stats-preset-custom"));
    const from = screen.getByTestId("stats-from") as HTMLInputElement;
    const to = screen.getByTestId("stats-to") as HTMLInputElement;
    expect([from.value, to.value]).toEqual(["02/11/2025", "01/12/2025"]);
    const asked = periods().length;

    await fireEvent.input(from, { target: { value: "15/12/2025" } });
    expect(screen.getByTestId("stats-period-invalid")).toBeTruthy();
    expect(periods()).toHaveLength(asked);

    await fireEvent.input(from, { target: { value: "01/06/2025" } });
    await waitFor(() => expect(periods()[periods().length - 1]).toEqual({ from: "2025-06-01", to: "2025-12-01" }));
    expect(screen.queryByTestId("stats-period-invalid")).toBeNull();

    await fireEvent.input(to, { target: { value: "" } });
    await waitFor(() => expect(periods()[periods().length - 1]).toEqual({ from: "2025-06-01", to: null }));
  });

  it("says when nothing was sent instead of a rate", async () => {
    await openStats((period) => ({
      ...NOTHING,
      period,
      applications: 1,
      by_status: STATS.by_status.map((s) => ({ ...s, count: s.status === "to_prepare" ? 1 : 0 })),
      by_month: [{ month: "2025-11", started: 1, sent: 0, answered: 0 }],
      by_organization_type: [{ key: null, applications: 1, sent: 0, answered: 0, response_rate: null }],
      by_source: [{ key: null, applications: 1, sent: 0, answered: 0, response_rate: null }],
    }));
    expect(value("applications")).toBe("1");
    expect(text(figure("applications"))).toContain("commencée sur la période");
    expect(value("sent")).toBe("0");
    expect(text(figure("sent"))).toContain("sur 1 commencée");
    expect(value("response-rate")).toBe("—");
    expect(text(figure("response-rate"))).toContain("Rien n'a encore été envoyé sur cette période");
    expect(value("interviews")).toBe("—");
    expect(value("median-days")).toBe("—");
    expect(text(figure("median-days"))).toContain("Aucune réponse reçue");
    expect(plain(chart("type-chart").getAttribute("aria-label") ?? "")).toBe(
      "Par type d'employeur : Type inconnu : 1 candidature, rien d'envoyé.",
    );
  });

  it("an empty period offers the whole history; no application at all shows the first steps", async () => {
    backend = await startApp();
    backend.handle = (command, args) =>
      command === "stats_get" ? { ...NOTHING, period: args.period as StatsPeriod } : undefined;
    await fireEvent.click(screen.getByTestId("nav-stats"));
    await waitFor(() => expect(screen.getByTestId("stats-empty")).toBeTruthy());
    expect(text(screen.getByTestId("stats-empty"))).toContain("Aucune candidature sur cette période");
    expect(screen.queryByTestId("stats-figures")).toBeNull();

    await fireEvent.click(screen.getByTestId("stats-show-all"));
    await waitFor(() => expect(screen.getByTestId("empty-state")).toBeTruthy());
    expect(periods()[periods().length - 1]).toEqual({ from: null, to: null });
    expect((screen.getByTestId("stats-preset-all") as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(screen.getByTestId("stats-preset-all"));
  });

  it("says it is working while the figures come", async () => {
    backend = await startApp();
    let release: () => void = () => {};
    backend.hold = new Promise<void>((done) => (release = done));
    backend.handle = (command, args) =>
      command === "stats_get" ? { ...STATS, period: args.period as StatsPeriod } : undefined;
    await fireEvent.click(screen.getByTestId("nav-stats"));
    expect(text(await screen.findByRole("status"))).toBe("Calcul des statistiques…");
    release();
    backend.hold = null;
    await waitFor(() => expect(screen.getByTestId("stats-figures")).toBeTruthy());
  });

  it("says when the statistics could not be read, and tries again", async () => {
    backend = await startApp();
    let fail = true;
    backend.handle = (command, args) => {
      if (command !== "stats_get") return undefined;
      if (fail) throw apiError("storage");
      return { ...STATS, period: args.period as StatsPeriod };
    };
    await fireEvent.click(screen.getByTestId("nav-stats"));
    const alert = await screen.findByRole("alert");
    expect(text(alert)).toContain("Les statistiques n'ont pas pu être calculées.");
    fail = false;
    await fireEvent.click(within(alert).getByRole("button", { name: "Réessayer" }));
    await waitFor(() => expect(screen.getByTestId("stats-figures")).toBeTruthy());
  });

  it("speaks English too", async () => {
    await openStats();
    setLanguage("en");
    await waitFor(() => expect(text(screen.getByRole("heading", { level: 1 }))).toBe("Statistics"));
    expect(value("response-rate")).toBe("38%");
    expect(value("interviews")).toBe("0.25");
    expect(value("median-days")).toBe("11.5 days");
    expect(within(screen.getByTestId("stats-months")).getByText("Show table").tagName).toBe("SUMMARY");
    expect(chart("type-chart").getAttribute("aria-label")).toBe(
      "By kind of employer: NGO: 6 applications, response rate 50%; United Nations: 3 applications, response rate 33%; Unknown type: 3 applications, response rate 0%.",
    );
    expect(screen.getByTestId("nav-stats").textContent).toContain("Statistics");
  });
});
