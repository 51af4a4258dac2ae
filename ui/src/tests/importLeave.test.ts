// Leaving the import review by the sidebar or a shortcut loses its corrections as « Annuler »
// does: the window asks first (issue 20, item 7).
import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { field, named } from "./dom";
import { makeApplication } from "./fakeBackend";
import { COOPI_TEXT, coopiDraft } from "./importFixture";
import { frenchOnFixedDay, startApp } from "./startApp";

frenchOnFixedDay();

const main = () => document.getElementById("main") as HTMLElement;

async function review() {
  const backend = await startApp({ applications: [makeApplication({ title: "Chargé de programme" })] });
  backend.handle = (command, args) =>
    command === "posting_parse_text" ? { ...coopiDraft(), text: args.text as string } : undefined;
  await analyse();
}

async function analyse() {
  await fireEvent.click(screen.getByTestId("import-posting-nav"));
  await fireEvent.input(screen.getByLabelText("Texte de l'annonce"), { target: { value: COOPI_TEXT } });
  await fireEvent.click(screen.getByTestId("analyse-posting"));
  await screen.findByTestId("posting-source");
}

describe("leaving the import review", () => {
  it("goes at once when nothing was corrected", async () => {
    await review();
    await fireEvent.click(screen.getByTestId("nav-dashboard"));
    await waitFor(() => expect(main().dataset.view).toBe("dashboard"));
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
  });

  it("asks first after corrections, from the sidebar and from Ctrl+K", async () => {
    await review();
    await fireEvent.input(field("title"), { target: { value: "Coordinateur PSM-SP" } });

    await fireEvent.click(screen.getByTestId("nav-dashboard"));
    const dialog = screen.getByRole("dialog", { name: named("Abandonner vos corrections ?") });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continuer la vérification" }));
    expect(main().dataset.view).toBe("import");
    expect(field("title").value).toBe("Coordinateur PSM-SP");

    await fireEvent.keyDown(window, { key: "k", ctrlKey: true });
    expect(screen.getByTestId("confirm-dialog")).toBeTruthy();
    expect(main().dataset.view).toBe("import");
    await fireEvent.click(within(screen.getByTestId("confirm-dialog")).getByRole("button", { name: "Abandonner" }));
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
    await waitFor(() => expect(main().dataset.view).toBe("list"));

    // Back on the import, a fresh review asks nothing until corrected again.
    await analyse();
    await fireEvent.click(screen.getByTestId("nav-board"));
    await waitFor(() => expect(main().dataset.view).toBe("board"));
  });
});

