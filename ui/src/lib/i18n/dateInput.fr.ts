// The date field (DateInput.svelte): its pattern, its calendar, what it says of a day that
// cannot be read. French typography: a no-break space before « : ».
export const dateInputFr = {
  /** What to type, in the field while it is empty. */
  pattern: "jj/mm/aaaa",
  openCalendar: "Choisir la date dans le calendrier",
  previousMonth: "Mois précédent",
  nextMonth: "Mois suivant",
  incomplete: "Date incomplète : écrivez-la sous la forme jj/mm/aaaa.",
  impossible: "Le {date} n'existe pas : vérifiez le jour et le mois.",
  keys: "Flèches : jour ; Pg préc./Pg suiv. : mois ; Entrée : choisir ; Échap : fermer.",
  months: {
    1: "janvier",
    2: "février",
    3: "mars",
    4: "avril",
    5: "mai",
    6: "juin",
    7: "juillet",
    8: "août",
    9: "septembre",
    10: "octobre",
    11: "novembre",
    12: "décembre",
  },
  /** Monday first, as the grid shows them. */
  weekdays: { mon: "lundi", tue: "mardi", wed: "mercredi", thu: "jeudi", fri: "vendredi", sat: "samedi", sun: "dimanche" },
  weekdaysShort: { mon: "lu", tue: "ma", wed: "me", thu: "je", fri: "ve", sat: "sa", sun: "di" },
  /** A day as the grid names it to screen readers: « lundi 16 mars 2026 ». */
  dayName: "{weekday} {day} {month} {year}",
  monthTitle: "{month} {year}",
};
