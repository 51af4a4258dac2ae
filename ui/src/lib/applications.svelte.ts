// The list of applications as the first screen shows it, kept in the backend's order.
import {
  createApplication,
  deleteApplication,
  listApplications,
  setApplicationStatus,
  updateApplication,
} from "./api";
import type { ApiError } from "./bindings/ApiError";
import type { Application } from "./bindings/Application";
import type { ApplicationInput } from "./bindings/ApplicationInput";
import type { Status } from "./bindings/Status";

export type LoadPhase = "loading" | "ready" | "failed";

export class ApplicationsStore {
  items = $state<Application[]>([]);
  phase = $state<LoadPhase>("loading");
  loadError = $state<ApiError | null>(null);

  async load(): Promise<void> {
    this.phase = "loading";
    try {
      this.items = await listApplications();
      this.loadError = null;
      this.phase = "ready";
    } catch (e) {
      this.loadError = e as ApiError;
      this.phase = "failed";
    }
  }

  async create(input: ApplicationInput): Promise<Application> {
    const created = await createApplication(input);
    await this.refresh(created);
    return created;
  }

  /** Saves the fields, then the status if it changed (a status change is its own event). */
  async update(id: number, input: ApplicationInput, status: Status): Promise<Application> {
    let saved = await updateApplication(id, input);
    if (saved.status !== status) saved = await setApplicationStatus(id, status);
    await this.refresh(saved);
    return saved;
  }

  async remove(id: number): Promise<void> {
    await deleteApplication(id);
    this.items = this.items.filter((a) => a.id !== id);
  }

  /** The backend owns the order (nearest deadline first); ask again rather than guess it. */
  private async refresh(changed: Application): Promise<void> {
    try {
      this.items = await listApplications();
    } catch {
      const others = this.items.filter((a) => a.id !== changed.id);
      this.items = [changed, ...others];
    }
  }
}
