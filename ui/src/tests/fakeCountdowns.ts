// What the fakes answer for `countdowns_word`. The real words come from the core (tested in
// Rust, tests/countdown.rs); here each countdown names what it was asked for, so a test
// can check that a view shows the core's answer for the right deadline and language.
import type { Countdown } from "../lib/bindings/Countdown";
import type { Deadline } from "../lib/bindings/Deadline";
import { resetCountdowns } from "../lib/views/countdowns.svelte";

export function fakeCountdown(deadline: Deadline, language: string): Countdown {
  const time = deadline.time ? ` ${deadline.time}` : "";
  return { text: `[core ${language}] ${deadline.date}${time}`, urgency: "soon" };
}

export function answerCountdowns(args: Record<string, unknown>): Countdown[] {
  const deadlines = args.deadlines as Deadline[];
  return deadlines.map((d) => fakeCountdown(d, args.language as string));
}

/** Each test starts with no countdown known: the cache outlives a component. */
export { resetCountdowns };
