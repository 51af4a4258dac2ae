// The countdowns come from the core: one batched call per render, cached, asked again every
// minute, and never shown wrong when the call fails.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { flushSync } from "svelte";
import { countdownOf, refreshAll, resetCountdowns } from "../lib/views/countdowns.svelte";
import type { Deadline } from "../lib/bindings/Deadline";

const bamako = (date: string, time: string | null = "17:00"): Deadline => ({ date, time, timezone: "Africa/Bamako" });

let calls: { deadlines: Deadline[]; language: string }[] = [];
let failing = false;
let word = (d: Deadline, lang: string) => `${lang}: ${d.date}`;

beforeEach(() => {
  calls = [];
  failing = false;
  word = (d, lang) => `${lang}: ${d.date}`;
  resetCountdowns();
  mockIPC((cmd, payload) => {
    if (cmd !== "countdowns_word") throw new Error(`unexpected ${cmd}`);
    const args = payload as { deadlines: Deadline[]; language: string };
    calls.push(structuredClone(args));
    if (failing) throw { code: "internal", message: "boom", field: null, reason: null };
    return args.deadlines.map((d) => (d.date === "0000-00-00" ? null : { text: word(d, args.language), urgency: "soon" }));
  });
});

afterEach(() => {
  resetCountdowns();
  clearMocks();
  vi.useRealTimers();
});

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("countdowns from the core", () => {
  it("asks once for every deadline of a render, then answers from the cache", async () => {
    expect(countdownOf(bamako("2025-12-02"), "fr")).toBeNull();
    expect(countdownOf(bamako("2025-12-04", null), "fr")).toBeNull();
    expect(countdownOf(bamako("2025-12-02"), "fr")).toBeNull();
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.deadlines).toEqual([bamako("2025-12-02"), bamako("2025-12-04", null)]);
    expect(calls[0]!.language).toBe("fr");
    flushSync();
    expect(countdownOf(bamako("2025-12-02"), "fr")).toEqual({ text: "fr: 2025-12-02", urgency: "soon" });
    expect(countdownOf(bamako("2025-12-04", null), "fr")?.text).toBe("fr: 2025-12-04");
    expect(calls).toHaveLength(1);
  });

  it("asks in the language shown, and a deadline of no real moment gets none", async () => {
    countdownOf(bamako("2025-12-02"), "en");
    countdownOf(bamako("0000-00-00"), "en");
    await settle();
    expect(calls[0]!.language).toBe("en");
    expect(countdownOf(bamako("2025-12-02"), "en")?.text).toBe("en: 2025-12-02");
    expect(countdownOf(bamako("0000-00-00"), "en")).toBeNull();
    expect(countdownOf(null, "en")).toBeNull();
  });

  it("asks again when time has moved on", async () => {
    countdownOf(bamako("2025-12-02"), "fr");
    await settle();
    word = (d) => `plus tard : ${d.date}`;
    refreshAll();
    await settle();
    expect(calls).toHaveLength(2);
    expect(countdownOf(bamako("2025-12-02"), "fr")?.text).toBe("plus tard : 2025-12-02");
  });

  it("refreshes by itself every minute", async () => {
    vi.useFakeTimers();
    countdownOf(bamako("2025-12-02"), "fr");
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(2);
  });

  it("shows nothing rather than a wrong countdown when the core cannot answer, and asks again", async () => {
    failing = true;
    expect(countdownOf(bamako("2025-12-02"), "fr")).toBeNull();
    await settle();
    expect(countdownOf(bamako("2025-12-02"), "fr")).toBeNull();
    failing = false;
    await settle();
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(countdownOf(bamako("2025-12-02"), "fr")?.text).toBe("fr: 2025-12-02");
  });
});
