// The date field (DateInput.svelte) in the app's English (British: day first, weeks from
// Monday, as the dates it shows, « 26 Dec 2025 »).
import type { dateInputFr } from "./dateInput.fr";

export const dateInputEn: typeof dateInputFr = {
  pattern: "dd/mm/yyyy",
  openCalendar: "Choose the date from a calendar",
  previousMonth: "Previous month",
  nextMonth: "Next month",
  incomplete: "Incomplete date: write it as dd/mm/yyyy.",
  impossible: "{date} does not exist: check the day and the month.",
  keys: "Arrows: day; Page Up/Page Down: month; Enter: choose; Escape: close.",
  months: {
    1: "January",
    2: "February",
    3: "March",
    4: "April",
    5: "May",
    6: "June",
    7: "July",
    8: "August",
    9: "September",
    10: "October",
    11: "November",
    12: "December",
  },
  weekdays: { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" },
  weekdaysShort: { mon: "Mo", tue: "Tu", wed: "We", thu: "Th", fri: "Fr", sat: "Sa", sun: "Su" },
  dayName: "{weekday} {day} {month} {year}",
  monthTitle: "{month} {year}",
};
