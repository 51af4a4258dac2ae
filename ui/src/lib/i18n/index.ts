// Everything the interface says, in French (default) or English.
export { fr, type Messages } from "./fr";
export { en } from "./en";
export { fmt } from "./fmt";
export { locale, t, messagesFor, setLanguage } from "./locale.svelte";
export {
  formatDeadline,
  deadlineInstant,
  systemTimeZone,
  isValidTimeZone,
  parseDate,
  parseTime,
  intlLocale,
} from "./dates";
