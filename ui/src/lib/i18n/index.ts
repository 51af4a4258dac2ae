// Everything the interface says, in French (default) or English.
export { fr, type Messages } from "./fr";
export { en } from "./en";
export { fmt, fmtFrench } from "./fmt";
export { locale, t, messagesFor, setLanguage } from "./locale.svelte";
export {
  formatDeadline,
  formatInstant,
  zoneLabel,
  zoneName,
  deadlineInstant,
  systemTimeZone,
  isValidTimeZone,
  parseDate,
  parseTime,
  intlLocale,
} from "./dates";
export { zoneCity } from "./zones";
