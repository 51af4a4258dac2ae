// The words around the charts: each chart's rows (label, count, note) and the one
// sentence that sums it up for a screen reader (the image's accessible name). Pure, so
// the tests read the same sentences the view shows.
import type { GroupCount } from "../../bindings/GroupCount";
import type { Language } from "../../bindings/Language";
import type { MonthCount } from "../../bindings/MonthCount";
import type { StatusCount } from "../../bindings/StatusCount";
import { fmt, fmtFrench, type Messages } from "../../i18n";
import { STATUSES } from "../../types";
import { countText, type Bar, formatNumber, formatPercent, monthName } from "./stats";

export type GroupRow = {
  key: string;
  label: string;
  applicationsText: string;
  sentText: string;
  answeredText: string;
  rateText: string;
  bar: Bar;
  /** This group in the chart's summary sentence. */
  item: string;
};

/** Every step in pipeline order, with its count; the summary names the non-empty ones. */
export function statusRows(
  counts: readonly StatusCount[],
  m: Messages,
  lang: Language,
): { bars: Bar[]; summary: string } {
  const c = m.stats.charts.status;
  const bars = STATUSES.map((status) => {
    const value = counts.find((x) => x.status === status)?.count ?? 0;
    return { key: status, label: m.status[status], value, valueText: formatNumber(value, lang) };
  });
  const items = bars
    .filter((b) => b.value > 0)
    .map((b) => fmt(c.item, { label: b.label, n: b.valueText }));
  return { bars, summary: fmt(c.summary, { items: items.join(m.stats.charts.separator) }) };
}

/** Groups (types of organization, sources): applications as bars, the response rate as a note. */
export function groupRows(
  groups: readonly GroupCount<string>[],
  labelOf: (key: string | null) => string,
  m: Messages,
  lang: Language,
): GroupRow[] {
  const g = m.stats.charts.group;
  return groups.map((group) => {
    const label = labelOf(group.key);
    const key = group.key ?? "";
    const rate = group.response_rate === null ? null : formatPercent(group.response_rate, lang, m.stats.percent);
    const applicationsText = formatNumber(group.applications, lang);
    return {
      key,
      label,
      applicationsText,
      sentText: formatNumber(group.sent, lang),
      answeredText: formatNumber(group.answered, lang),
      rateText: rate ?? m.stats.figures.none,
      bar: {
        key,
        label,
        value: group.applications,
        valueText: applicationsText,
        note: rate === null ? g.noneSent : fmt(g.rateShort, { rate }),
      },
      item: fmt(g.item, {
        label,
        applications: countText(group.applications, { one: g.applicationsOne, other: g.applicationsOther }, lang),
        rate: rate === null ? g.rateNone : fmt(g.rateItem, { rate }),
      }),
    };
  });
}

/** "By source: a; b; c." */
export function listSummary(template: string, items: readonly string[], m: Messages): string {
  return fmt(template, { items: items.join(m.stats.charts.separator) });
}

/** The month chart in one sentence: the months covered, the totals, the busiest month. */
export function monthSummary(months: readonly MonthCount[], m: Messages, lang: Language): string {
  const c = m.stats.charts.month;
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return c.none;
  const sum = (pick: (x: MonthCount) => number) => formatNumber(months.reduce((n, x) => n + pick(x), 0), lang);
  const values = {
    first: monthName(first.month, lang),
    last: monthName(last.month, lang),
    started: sum((x) => x.started),
    sent: sum((x) => x.sent),
    answered: sum((x) => x.answered),
  };
  if (months.length === 1) return fmt(c.summaryOne, values);
  const best = months.reduce((top, x) => (x.started > top.started ? x : top), first);
  // « D’oct. 2025 à déc. 2025 », « De sept. 2025 à … ».
  return fmtFrench(c.summary, { ...values, best: monthName(best.month, lang) });
}
