// The zone pickers (deadline and interview) name places as a candidate does, with their
// offset, and reminder times say on which clock they are (issue 20, item 4).
import { render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import TimeZoneSelect from "../lib/components/TimeZoneSelect.svelte";
import { setLanguage } from "../lib/i18n";
import { plain, text } from "./dom";

/** Makes this computer's zone `tz`, as the web view would report it. */
function computerIn(tz: string) {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions;
  vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (this: Intl.DateTimeFormat) {
    return { ...real.call(this), timeZone: tz };
  });
}

const select = () => screen.getByLabelText("Fuseau horaire") as HTMLSelectElement;
const labels = (group: number) =>
  [...(select().querySelectorAll("optgroup")[group]?.querySelectorAll("option") ?? [])].map((o) => plain(o.text));

beforeEach(() => setLanguage("fr"));
afterEach(() => setLanguage("fr"));

describe("the time zone picker", () => {
  it("shows readable names with their offset, this computer's first", () => {
    computerIn("Africa/Abidjan");
    render(TimeZoneSelect, { value: "Africa/Lome" });
    expect(select().value).toBe("Africa/Lome");
    expect(plain(select().selectedOptions[0]?.text ?? "")).toBe("Lomé (GMT+0)");
    expect(labels(0).slice(0, 3)).toEqual(["Abidjan (GMT+0) — cet ordinateur", "Lomé (GMT+0)", "Bamako (GMT+0)"]);
    expect(labels(0)).toContain("Douala (GMT+1)");
  });

  it("never shows a raw ID, old ICU names included", () => {
    computerIn("Africa/Abidjan");
    render(TimeZoneSelect, { value: "Africa/Bamako" });
    const all = [...select().querySelectorAll("option")];
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter((o) => o.text.includes("/") || o.text.includes("_")).map((o) => o.text)).toEqual([]);
    const asmera = all.find((o) => o.value === "Africa/Asmera");
    if (asmera) expect(asmera.text).toBe("Asmara (GMT+3)");
    // The long list reads in alphabetical order, as one types a city's first letters.
    const rest = labels(1);
    expect(rest).toEqual([...rest].sort(new Intl.Collator("fr-FR").compare));
    expect(rest).toContain("Le Caire (GMT+2)");
  });

  it("speaks English names in English", async () => {
    computerIn("Africa/Abidjan");
    setLanguage("en");
    render(TimeZoneSelect, { value: "Africa/Cairo" });
    const picker = screen.getByLabelText("Time zone") as HTMLSelectElement;
    await waitFor(() => expect(plain(picker.selectedOptions[0]?.text ?? "")).toBe("Cairo (GMT+2)"));
    expect(text(picker.querySelector("option"))).toBe("Abidjan (GMT+0) — this computer");
  });
});
