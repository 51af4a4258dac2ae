//! Date and hour forms, French first, through the public API.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use chrono::{NaiveDate, NaiveTime};
use postulo_core::posting::{parse_posting, ParseWarning, ParsedPosting};

fn deadline(text: &str) -> ParsedPosting {
    parse_posting(text)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn hm(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

#[track_caller]
fn check(text: &str, date: NaiveDate, time: Option<NaiveTime>) -> ParsedPosting {
    let p = deadline(text);
    let d = p
        .deadline
        .as_ref()
        .unwrap_or_else(|| panic!("no deadline in {text:?}"));
    assert_eq!((d.value.date, d.value.time), (date, time), "in {text:?}");
    p
}

#[test]
fn french_full_date_with_hour() {
    let p = check(
        "Date limite de dépôt : 26 décembre 2025 à 17h00.",
        ymd(2025, 12, 26),
        hm(17, 0),
    );
    assert_eq!(p.deadline_text.as_deref(), Some("26 décembre 2025 à 17h00"));
    let d = p.deadline.unwrap();
    assert!(!d.inferred && d.warnings.is_empty());
}

#[test]
fn french_numeric_and_connectives() {
    let p = check(
        "Les dossiers doivent parvenir au plus tard le 17/05/2026.",
        ymd(2026, 5, 17),
        None,
    );
    assert_eq!(
        p.deadline_text.as_deref(),
        Some("au plus tard le 17/05/2026")
    );
    check(
        "Candidatures reçues avant le 27 Mai 2025",
        ymd(2025, 5, 27),
        None,
    );
    check(
        "Vous pouvez postuler jusqu'au 30 juin 2025 à 23:59",
        ymd(2025, 6, 30),
        hm(23, 59),
    );
    check(
        "Date limite de dépôt des dossiers : 15 janv. 2026",
        ymd(2026, 1, 15),
        None,
    );
    check(
        "DATE LIMITE : 26 DECEMBRE 2025 A 12H",
        ymd(2025, 12, 26),
        hm(12, 0),
    );
    check(
        "date limite : 3 fevrier 2026, 17 heures",
        ymd(2026, 2, 3),
        hm(17, 0),
    );
    check(
        "au plus tard le 26 déc. 2025 à 17h30",
        ymd(2025, 12, 26),
        hm(17, 30),
    );
    // French numeric dates are day-first without a warning.
    let p = check("Date limite : 04/05/2026", ymd(2026, 5, 4), None);
    assert!(p.deadline.unwrap().warnings.is_empty());
}

#[test]
fn french_hours() {
    let base = "Date limite : le 10 mars 2026 à ";
    for (hour, want) in [
        ("17h", hm(17, 0)),
        ("17H", hm(17, 0)),
        ("17h00", hm(17, 0)),
        ("17 heures", hm(17, 0)),
        ("17:00", hm(17, 0)),
        ("9h30", hm(9, 30)),
        ("midi", hm(12, 0)),
    ] {
        check(&format!("{base}{hour}."), ymd(2026, 3, 10), want);
    }
    let p = check(&format!("{base}minuit."), ymd(2026, 3, 10), hm(23, 59));
    assert!(p
        .deadline
        .unwrap()
        .warnings
        .contains(&ParseWarning::MidnightAsEndOfDay));
    // An hour written before the date.
    let p = check(
        "Les candidatures sont reçues jusqu'à 17h le 10 mars 2026.",
        ymd(2026, 3, 10),
        hm(17, 0),
    );
    assert_eq!(
        p.deadline_text.as_deref(),
        Some("jusqu'à 17h le 10 mars 2026")
    );
}

#[test]
fn weekday_that_fits_and_one_that_contradicts() {
    let p = check(
        "au plus tard le lundi 26 mai 2025 à 12h",
        ymd(2025, 5, 26),
        hm(12, 0),
    );
    assert!(p.deadline.as_ref().unwrap().warnings.is_empty());
    assert_eq!(
        p.deadline_text.as_deref(),
        Some("au plus tard le lundi 26 mai 2025 à 12h")
    );
    let p = check(
        "au plus tard le mardi 26 mai 2025 à 12h",
        ymd(2025, 5, 26),
        hm(12, 0),
    );
    let w = &p.deadline.unwrap().warnings;
    assert!(
        matches!(w.as_slice(), [ParseWarning::WeekdayMismatch { actual, .. }] if actual == "lundi"),
        "{w:?}"
    );
}

#[test]
fn missing_year_is_inferred_from_the_posting() {
    let text = "Bamako, le 20 mai 2025\n\nEnvoyez votre dossier jusqu'au 1er juin à 17h.";
    let p = check(text, ymd(2025, 6, 1), hm(17, 0));
    let d = p.deadline.unwrap();
    assert!(d.inferred);
    assert!(matches!(
        d.warnings.as_slice(),
        [ParseWarning::YearInferred { year: 2025, .. }]
    ));
    // A deadline earlier in the year than the publication date falls the next year.
    let p = check(
        "Publié le 15 décembre 2025.\nDate limite : 10 janvier.",
        ymd(2026, 1, 10),
        None,
    );
    assert!(p.deadline.unwrap().inferred);
}

#[test]
fn mistyped_year_is_inferred_from_the_same_day() {
    let text = "Période d'affichage : du 21 au 27 mai 2025\n\nEnvoyer le dossier au plus tard le 27 mai 202 à 17h.";
    let p = check(text, ymd(2025, 5, 27), hm(17, 0));
    assert_eq!(
        p.deadline_text.as_deref(),
        Some("au plus tard le 27 mai 202 à 17h")
    );
    let d = p.deadline.unwrap();
    assert!(d.inferred);
    assert!(matches!(
        d.warnings.as_slice(),
        [ParseWarning::YearInferred { year: 2025, .. }]
    ));
}

#[test]
fn deadline_is_not_the_start_or_publication_date() {
    check(
        "Date de prise de fonction : 1er juillet 2025\nDate limite de dépôt : 15 juin 2025",
        ymd(2025, 6, 15),
        None,
    );
    check(
        "Date d'arrivée souhaitée : 01/06/2026\nEnvoyer CV au plus tard le 17 mai 2026.",
        ymd(2026, 5, 17),
        None,
    );
    check(
        "Publié le 02/06/2025 à 08:00\nContrat du 01/07/2025 au 31/12/2025\nClôture des candidatures : 20/06/2025",
        ymd(2025, 6, 20),
        None,
    );
    check(
        "Fait à Dakar, le 19 décembre 2025\n\nLes entretiens auront lieu le 5 janvier 2026.\nDate limite de réception des dossiers : le 30 décembre 2025 à 12h",
        ymd(2025, 12, 30),
        hm(12, 0),
    );
    assert!(parse_posting("Fait à Bamako, le 19 décembre 2025")
        .deadline
        .is_none());
}

#[test]
fn english_forms() {
    let p = check("Closing date: 30 March 2018", ymd(2018, 3, 30), None);
    assert_eq!(p.deadline_text.as_deref(), Some("30 March 2018"));
    check(
        "Applications must be received by March 30, 2018.",
        ymd(2018, 3, 30),
        None,
    );
    check("Deadline: 30/03/2018", ymd(2018, 3, 30), None);
    check(
        "Closing date: 30 March 2018, 5 pm",
        ymd(2018, 3, 30),
        hm(17, 0),
    );
    check(
        "Deadline for applications: Friday, 30 March 2018 at 11:30 a.m.",
        ymd(2018, 3, 30),
        hm(11, 30),
    );
    check(
        "Please apply no later than 5 pm on 30 March 2018.",
        ymd(2018, 3, 30),
        hm(17, 0),
    );
    let p = check(
        "The deadline for applications is 30 March 2018 at 17:00 GMT.",
        ymd(2018, 3, 30),
        hm(17, 0),
    );
    assert_eq!(
        p.deadline.unwrap().value.timezone.as_deref(),
        Some("Etc/GMT")
    );
    let p = check(
        "Duty Station: Dakar, Senegal\nClosing date: 30 March 2018, 17:00 GMT",
        ymd(2018, 3, 30),
        hm(17, 0),
    );
    assert_eq!(
        p.deadline.unwrap().value.timezone.as_deref(),
        Some("Africa/Dakar")
    );
}

#[test]
fn english_numeric_ambiguity() {
    let text = "Please send your application to jobs@example.org.\nClosing date for all applications: 04/05/2026";
    let p = check(text, ymd(2026, 5, 4), None);
    let d = p.deadline.unwrap();
    assert!(
        matches!(
            d.warnings.as_slice(),
            [ParseWarning::AmbiguousDayMonth { .. }]
        ),
        "{:?}",
        d.warnings
    );
    assert!(d.confidence < 0.7);
    // Another date of the posting with a part over 12 settles the order, both ways.
    let p = check(
        &format!("Date of issue: 20/04/2026\n{text}"),
        ymd(2026, 5, 4),
        None,
    );
    assert!(p.deadline.unwrap().warnings.is_empty());
    let p = check(
        &format!("Date of issue: 04/20/2026\n{text}"),
        ymd(2026, 4, 5),
        None,
    );
    assert!(p.deadline.unwrap().warnings.is_empty());
}

#[test]
fn time_zones_from_the_duty_station() {
    for (place, zone) in [
        ("Bandiagara", "Africa/Bamako"),
        ("Mopti, Mali", "Africa/Bamako"),
        ("Abidjan", "Africa/Abidjan"),
        ("Ouagadougou", "Africa/Ouagadougou"),
        ("Niamey, Niger", "Africa/Niamey"),
        ("N'Djamena (Tchad)", "Africa/Ndjamena"),
        ("Goma, RDC", "Africa/Lubumbashi"),
        ("Kinshasa", "Africa/Kinshasa"),
        ("Yaoundé, Cameroun", "Africa/Douala"),
        ("Conakry", "Africa/Conakry"),
        ("Lomé", "Africa/Lome"),
        ("Cotonou, Bénin", "Africa/Porto-Novo"),
        ("Abuja, Nigeria", "Africa/Lagos"),
        ("Bangui", "Africa/Bangui"),
        ("Libreville", "Africa/Libreville"),
        ("Brazzaville", "Africa/Brazzaville"),
        ("Nouakchott", "Africa/Nouakchott"),
        ("Freetown", "Africa/Freetown"),
        ("Monrovia", "Africa/Monrovia"),
        ("Accra", "Africa/Accra"),
        ("Banjul", "Africa/Banjul"),
        ("Bissau", "Africa/Bissau"),
        ("Praia", "Atlantic/Cape_Verde"),
        ("Malabo", "Africa/Malabo"),
        ("Paris, France", "Europe/Paris"),
        ("Genève", "Europe/Zurich"),
        ("New York, USA", "America/New_York"),
        ("Nairobi, Kenya", "Africa/Nairobi"),
    ] {
        let p = parse_posting(&format!(
            "Lieu d'affectation : {place}\nDate limite : 10 mars 2026"
        ));
        assert_eq!(
            p.deadline.unwrap().value.timezone.as_deref(),
            Some(zone),
            "{place}"
        );
    }
    // Nowhere named: no zone.
    let p = parse_posting("Date limite : 10 mars 2026");
    assert_eq!(p.deadline.unwrap().value.timezone, None);
    // Only named in passing: guessed, with a warning.
    let p =
        parse_posting("Notre équipe de Kayes et de Bamako recrute.\nDate limite : 10 mars 2026");
    let d = p.deadline.unwrap();
    assert_eq!(d.value.timezone.as_deref(), Some("Africa/Bamako"));
    assert!(matches!(
        d.warnings.as_slice(),
        [ParseWarning::TimezoneGuessed { .. }]
    ));
}

#[test]
fn spans_point_into_the_original_text() {
    let text = "Date\u{a0}limite\u{a0}: au plus tard **le 17\u{a0}mai 2026**.\r\n";
    let p = parse_posting(text);
    let d = p.deadline.unwrap();
    assert_eq!(&text[d.span.clone()], "au plus tard **le 17\u{a0}mai 2026");
    assert_eq!(
        p.deadline_text.as_deref(),
        Some("au plus tard le 17 mai 2026")
    );
}

// Dates a job board glued to their neighbours or wrote in forms of their own; each text is
// from a real posting of the corpus.

#[test]
fn a_date_glued_to_the_next_sentence_is_read_whole() {
    // OIM Côte d'Ivoire: the publication period comes after, and must not win.
    check(
        "1- La date limite de réception des candidatures est: 14-mars-2025Seul(es) les candidat(es) présélectionné(es) seront contacté(es).Période de publicationDu 07.03.2025 au 14.03.2025",
        ymd(2025, 3, 14),
        None,
    );
}

#[test]
fn a_day_glued_to_le() {
    check(
        "Dossiers numériques à l’adresse :recrutement@anpetogo.orgau plus tard le18 Avril 2024 à 17 heures.",
        ymd(2024, 4, 18),
        hm(17, 0),
    );
    check(
        "L’offre est valable au plus tard le18 septembre 2024.",
        ymd(2024, 9, 18),
        None,
    );
}

#[test]
fn a_four_digit_hour_with_its_zone() {
    check(
        "Deadline for Applications: Friday 02 October 2015 at 1700 (Brussels time)",
        ymd(2015, 10, 2),
        hm(17, 0),
    );
    // Without a unit or a zone, four digits after a date are not an hour.
    check(
        "Deadline: 02 October 2015 at 1700 Avenue X",
        ymd(2015, 10, 2),
        None,
    );
}

#[test]
fn a_day_with_commas_and_a_glued_cue() {
    check(
        "submit your application through hr@gmail.comNot Later than on the 15, July, 2024 at 5pm.",
        ymd(2024, 7, 15),
        hm(17, 0),
    );
}

#[test]
fn labels_that_say_the_date_ends_applications() {
    check(
        "Closes\n30 Aug 2016\nHours\nFull time",
        ymd(2016, 8, 30),
        None,
    );
    check(
        "Applications are due 18 February 2022.",
        ymd(2022, 2, 18),
        None,
    );
    check(
        "• Délai limite de soumission : mercredi 5 mars 2025 à 12h00",
        ymd(2025, 3, 5),
        hm(12, 0),
    );
}
