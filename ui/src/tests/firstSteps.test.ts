// The first start (issue 20, item 13a): with no application at all, the first screen lists
// the three first steps, each a button that goes there, each ticked once done: a name in
// the profile, a document in the vault, an application.
import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { Profile } from "../lib/bindings/Profile";
import { text } from "./dom";
import type { FakeBackend } from "./fakeBackend";
import { frenchOnFixedDay, startApp } from "./startApp";
import { vaultDocument } from "./workflowBackend";

frenchOnFixedDay();

const main = () => document.getElementById("main") as HTMLElement;
const steps = () => screen.getAllByTestId("first-step");
const states = () => steps().map((s) => [s.dataset.step, text(within(s).getByTestId("first-step-state"))]);

const NAMED: Profile = { first_name: "Awa", last_name: "Traoré", email: null, phone: null, postal_address: null };

/** A vault holding one document. */
function withOneDocument(backend: FakeBackend) {
  backend.handle = (command) =>
    command === "documents_list" ? [{ document: vaultDocument("cv", "CV Awa"), validity: "no_expiry", used_by: [] }] : undefined;
}

describe("the first steps", () => {
  it("are three, in order, each saying what it is for, none done on an empty start", async () => {
    await startApp();
    const empty = screen.getByTestId("empty-state");
    const list = within(empty).getByRole("list", { name: "Pour commencer" });
    expect(list.tagName).toBe("OL");
    expect(steps().map((s) => text(s.querySelector("h3")))).toEqual([
      "Remplir votre profil",
      "Ranger vos pièces dans le coffre",
      "Ajouter une première candidature",
    ]);
    await waitFor(() => expect(states()).toEqual([["profile", "À faire"], ["vault", "À faire"], ["application", "À faire"]]));
  });

  it("are ticked as they are done: a name in the profile, a document in the vault", async () => {
    const backend = await startApp({ profile: NAMED });
    withOneDocument(backend);
    await waitFor(() => expect(states()[0]).toEqual(["profile", "Fait"]));
    expect(steps()[0]?.dataset.done).toBe("true");
    expect(states()[1]).toEqual(["vault", "À faire"]);
    // Back on the list after a visit to the vault: the document counts.
    await fireEvent.click(screen.getByTestId("first-step-vault"));
    await waitFor(() => expect(main().dataset.view).toBe("vault"));
    await fireEvent.click(screen.getByTestId("nav-list"));
    await waitFor(() => expect(states()[1]).toEqual(["vault", "Fait"]));
  });

  it("a name of spaces is not a name", async () => {
    await startApp({ profile: { ...NAMED, first_name: "  ", last_name: " " } });
    await waitFor(() => expect(states()[0]).toEqual(["profile", "À faire"]));
  });

  it("each button goes where its step is done", async () => {
    await startApp();
    await fireEvent.click(screen.getByTestId("first-step-profile"));
    await waitFor(() => expect(main().dataset.view).toBe("profile"));
    await fireEvent.click(screen.getByTestId("nav-list"));
    await fireEvent.click(await screen.findByTestId("first-step-vault"));
    await waitFor(() => expect(main().dataset.view).toBe("vault"));
    await fireEvent.click(screen.getByTestId("nav-list"));
    await fireEvent.click(within(await screen.findByTestId("empty-state")).getByRole("button", { name: "Importer une annonce" }));
    await waitFor(() => expect(main().dataset.view).toBe("import"));
    await fireEvent.click(screen.getByTestId("nav-list"));
    await fireEvent.click(within(await screen.findByTestId("empty-state")).getByRole("button", { name: "Créer à la main" }));
    expect(screen.getByRole("dialog", { name: "Nouvelle candidature" })).toBeTruthy();
  });
});
