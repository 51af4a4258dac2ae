// The applications list as the "Candidatures" view shows it: the search text, the filters
// and the order the candidate chose (kept while moving between views), and the backend's
// answer. The backend searches, folds accents and sorts; this only asks, and only for the
// rows in sight: the first page at once, the others as the list scrolls to them, so that
// ten thousand applications cost what one screen costs (issue 19).
import {
  createApplication,
  deleteApplication,
  getDashboard,
  listOrganizations,
  listPage,
  setApplicationStatus,
  updateApplication,
} from "../api";
import type { ApiError } from "../bindings/ApiError";
import { takeFirstPage } from "../firstScreen";
import type { Application } from "../bindings/Application";
import type { ApplicationInput } from "../bindings/ApplicationInput";
import type { ApplicationListItem } from "../bindings/ApplicationListItem";
import type { ApplicationQuery } from "../bindings/ApplicationQuery";
import type { SortKey } from "../bindings/SortKey";
import type { Status } from "../bindings/Status";
import { windowDays, type DeadlineWindow } from "./wording";

export type LoadPhase = "loading" | "ready" | "failed";

/** Waits this long after the last key before searching: a page comes back in a few ms, so
 *  this only gathers the keys of a fast typist into one question. */
export const SEARCH_DELAY_MS = 30;

/** Rows asked for at a time: a tall screen shows about a dozen. */
export const PAGE_ROWS = 60;

export class ListStore {
  text = $state("");
  statuses = $state<Status[]>([]);
  window = $state<DeadlineWindow>("all");
  from = $state("");
  to = $state("");
  organization = $state("");
  sort = $state<SortKey>("deadline");
  descending = $state(false);

  /** Every row of the list, in order: a row not asked for yet is `undefined` until the
   *  list scrolls to it. Raw: thousands of rows must not each become a deep proxy. */
  items = $state.raw<(ApplicationListItem | undefined)[]>([]);
  phase = $state<LoadPhase>("loading");
  loadError = $state<ApiError | null>(null);
  searching = $state(false);
  organizations = $state.raw<string[]>([]);
  /** Applications using a document that expires before their deadline. */
  expiring = $state.raw<ReadonlySet<number>>(new Set());

  /** How long the last answer took to come back from the core, in ms (start-up figures). */
  lastLoadMs = 0;

  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Why the last page asked for after the first could not come (its rows stay empty). */
  pageError = $state<ApiError | null>(null);
  /** Pages asked for in the current answer (by their first row), arrived or on the way. */
  private asked = new Set<number>();
  /** The rows last in sight, to ask again after a failure. */
  private inSight: [number, number] = [0, 0];

  /** True when something narrows the list: "no result" then means the filters, not an empty list. */
  get narrowed(): boolean {
    return (
      this.text.trim() !== "" ||
      this.statuses.length > 0 ||
      this.window !== "all" ||
      this.organization !== ""
    );
  }

  query(now: Date = new Date()): ApplicationQuery {
    const text = this.text.trim();
    const days = windowDays(this.window, now, { from: this.from, to: this.to });
    return {
      text: text === "" ? null : text,
      statuses: [...this.statuses],
      deadline_from: days.from,
      deadline_to: days.to,
      organization: this.organization === "" ? null : this.organization,
      sort: this.sort,
      descending: this.descending,
    };
  }

  /** Searches now; an answer overtaken by a newer question is dropped. */
  async load(): Promise<void> {
    this.cancelScheduled();
    const sequence = ++this.sequence;
    this.searching = true;
    const started = performance.now();
    try {
      const query = this.query();
      const page = takeFirstPage(query, PAGE_ROWS) ?? (await listPage(query, 0, PAGE_ROWS));
      if (sequence !== this.sequence) return;
      this.lastLoadMs = performance.now() - started;
      const items: (ApplicationListItem | undefined)[] = new Array(page.total).fill(undefined);
      items.splice(0, page.items.length, ...page.items);
      this.asked = new Set([0]);
      this.items = items;
      this.loadError = null;
      this.pageError = null;
      this.phase = "ready";
    } catch (e) {
      if (sequence !== this.sequence) return;
      this.loadError = e as ApiError;
      this.phase = "failed";
    } finally {
      if (sequence === this.sequence) this.searching = false;
    }
  }

  /** Asks for the rows `start..end` (the list's window in sight) that are not there yet. */
  need(start: number, end: number): void {
    this.inSight = [start, end];
    const sequence = this.sequence;
    const query = this.query();
    const last = Math.min(end, this.items.length);
    for (let first = Math.floor(start / PAGE_ROWS) * PAGE_ROWS; first < last; first += PAGE_ROWS) {
      if (this.asked.has(first)) continue;
      this.asked.add(first);
      void this.fill(query, first, sequence);
    }
  }

  private async fill(query: ApplicationQuery, first: number, sequence: number): Promise<void> {
    try {
      const page = await listPage(query, first, PAGE_ROWS);
      if (sequence !== this.sequence) return;
      const items = this.items.slice();
      // The list may have changed size meanwhile (an application added elsewhere): its
      // size is the newest answer's.
      items.length = page.total;
      items.splice(page.offset, page.items.length, ...page.items);
      this.items = items;
    } catch (e) {
      if (sequence !== this.sequence) return;
      // Asked again when the candidate retries, or when the rows come into sight again.
      this.asked.delete(first);
      this.pageError = e as ApiError;
    }
  }

  /** Asks again for the rows in sight that could not come. */
  retryPages(): void {
    this.pageError = null;
    this.need(...this.inSight);
  }

  /** Searches once typing pauses. */
  schedule(): void {
    this.cancelScheduled();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.load();
    }, SEARCH_DELAY_MS);
  }

  private cancelScheduled(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The organisations for the filter and the expiring-document flags; both optional extras. */
  async loadExtras(): Promise<void> {
    const [organizations, dashboard] = await Promise.allSettled([listOrganizations(), getDashboard()]);
    if (organizations.status === "fulfilled") this.organizations = organizations.value;
    if (dashboard.status === "fulfilled") {
      this.expiring = new Set(
        dashboard.value.documents.flatMap((alert) => alert.expires_before.map((ref) => ref.id)),
      );
    }
  }

  clearFilters(): void {
    this.text = "";
    this.statuses = [];
    this.window = "all";
    this.from = "";
    this.to = "";
    this.organization = "";
    void this.load();
  }

  /** After any change to the applications: the list, then the extras. */
  async refresh(): Promise<void> {
    await this.load();
    void this.loadExtras();
  }

  async create(input: ApplicationInput): Promise<Application> {
    const created = await createApplication(input);
    await this.refresh();
    return created;
  }

  /** Saves the fields, then the status if it changed (a status change is its own event). */
  async update(id: number, input: ApplicationInput, status: Status): Promise<Application> {
    let saved = await updateApplication(id, input);
    if (saved.status !== status) saved = await setApplicationStatus(id, status);
    await this.refresh();
    return saved;
  }

  async remove(id: number): Promise<void> {
    await deleteApplication(id);
    this.items = this.items.filter((a) => a === undefined || a.id !== id);
    void this.refresh();
  }
}
