//! What happens after sending, from the terminal: a search entered with past dates
//! (`status --on`), follow-ups, the kind of employer, and `stats`, read back through the
//! same figures the window shows.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common;

use crate::common::Cli;

const NOW: &str = "2026-12-06T10:00:00Z";

fn cli() -> Cli {
    let mut cli = Cli::new();
    cli.now = Some(NOW.into());
    cli
}

fn add(cli: &Cli, title: &str, organization: &str, kind: &str) -> String {
    let app = cli.json(&[
        "add",
        "--title",
        title,
        "--organization",
        organization,
        "--type",
        kind,
        "--json",
    ]);
    app["id"].as_i64().unwrap().to_string()
}

#[test]
fn a_search_entered_afterwards_gives_its_statistics() {
    let cli = cli();
    let oim = add(&cli, "Comptable", "OIM", "un");
    let ong = add(&cli, "Logisticien", "Croix-Rouge", "ONG");
    add(&cli, "Secrétaire", "Ministère", "public");
    cli.json(&["status", &oim, "sent", "--on", "02/09/2026", "--json"]);
    cli.json(&["status", &oim, "interview", "--on", "2026-09-12", "--json"]);
    cli.json(&["status", &ong, "sent", "--on", "01/10/2026", "--json"]);

    let timeline = cli.json(&["show", &oim, "--json"]);
    let steps: Vec<&str> = timeline["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["at"].as_str().unwrap()[..10])
        .collect();
    assert_eq!(
        steps,
        ["2026-09-02", "2026-09-02", "2026-09-12"],
        "{timeline}"
    );

    let stats = cli.json(&["stats", "--json"]);
    assert_eq!(stats["applications"], 3);
    assert_eq!(stats["sent"], 2);
    assert_eq!(stats["answered"], 1);
    assert_eq!(stats["response_rate"], 0.5);
    assert_eq!(stats["median_days_to_answer"], 10.0);
    assert_eq!(stats["no_response"], 1, "the NGO one waits since 1 October");

    let text = cli.ok(&["stats"]);
    assert!(
        text.contains("Candidatures : 3 · 2 envoyées · 1 avec réponse (50\u{202f}%)"),
        "{text}"
    );
    assert!(
        text.contains("Délai médian de première réponse : 10 jours"),
        "{text}"
    );
    assert!(
        text.contains("Nations unies  1 candidature · 1 envoyée · 1 avec réponse (100\u{202f}%)"),
        "{text}"
    );
    assert!(
        text.contains("Secteur public  1 candidature · aucune envoyée"),
        "{text}"
    );
    let english = cli.ok(&["--lang", "en", "stats", "--from", "2026-10-01"]);
    assert!(
        english.contains("Statistics — since 1 Oct 2026"),
        "{english}"
    );
    // Started since October: the NGO one and the one entered today.
    assert!(
        english.contains("Applications: 2 · 1 sent · 0 answered (0%)"),
        "{english}"
    );

    let empty = cli.ok(&["stats", "--from", "01/01/2025", "--to", "31/01/2025"]);
    assert!(
        empty.contains("Aucune candidature commencée dans cette période."),
        "{empty}"
    );
}

#[test]
fn follow_ups_restart_the_silence_and_bad_dates_are_refused() {
    let cli = cli();
    let id = add(&cli, "Comptable", "OIM", "un");
    // Not sent yet.
    let refused = cli.run(&["follow-up", &id]);
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    assert!(
        refused
            .stderr
            .contains("seule une candidature envoyée peut être relancée"),
        "{}",
        refused.stderr
    );

    cli.json(&["status", &id, "sent", "--on", "2026-10-01", "--json"]);
    let listed = cli.json(&["list", "--json"]);
    // Sent at midday on 1 October (a past day is recorded at noon): 65 whole days.
    assert_eq!(listed[0]["no_response"]["days"], 65, "{listed}");

    let future = cli.run(&["status", &id, "interview", "--on", "2027-01-01"]);
    assert_eq!(future.code, 3);
    assert!(
        future
            .stderr
            .contains("cette date n'est pas encore arrivée"),
        "{}",
        future.stderr
    );
    let before = cli.run(&["follow-up", &id, "--on", "2026-09-01"]);
    assert_eq!(before.code, 3);
    assert!(before.stderr.contains("Date (--on)"), "{}", before.stderr);
    let bad = cli.run(&["follow-up", &id, "--on", "31/02/2026"]);
    assert_eq!(bad.code, 3, "{}", bad.stderr);

    let made = cli.ok(&["follow-up", &id, "--note", "Appel au service RH"]);
    assert!(made.contains("Relance enregistrée le"), "{made}");
    let listed = cli.json(&["list", "--json"]);
    assert!(listed[0]["no_response"].is_null(), "{listed}");
    // Nothing refused above was saved: one follow-up, still « Envoyée ».
    let shown = cli.json(&["show", &id, "--json"]);
    assert_eq!(shown["application"]["status"], "sent", "{shown}");
}

#[test]
fn the_kind_of_employer_is_set_cleared_and_checked() {
    let cli = cli();
    let id = add(&cli, "Comptable", "Plan International", "ngo");
    let shown = cli.json(&["show", &id, "--json"]);
    assert_eq!(shown["application"]["organization_type"], "ngo", "{shown}");
    cli.json(&["edit", &id, "--type", "privé", "--json"]);
    assert_eq!(
        cli.json(&["show", &id, "--json"])["application"]["organization_type"],
        "private"
    );
    cli.json(&["edit", &id, "--clear", "type", "--json"]);
    assert!(cli.json(&["show", &id, "--json"])["application"]["organization_type"].is_null());
    let wrong = cli.run(&["edit", &id, "--type", "association"]);
    assert_eq!(wrong.code, 3);
    assert!(
        wrong
            .stderr
            .contains("type d'employeur inconnu « association »"),
        "{}",
        wrong.stderr
    );

    cli.ok(&["settings", "set", "no-response-days", "21"]);
    assert!(cli.ok(&["settings", "show"]).contains("no-response-days"));
    assert_eq!(
        cli.json(&["settings", "show", "--json"])["no_response_days"],
        21
    );
}

#[test]
fn adding_the_same_post_again_warns_before_saving_and_names_the_existing_one() {
    let cli = cli();
    let first = add(
        &cli,
        "Chargé(e) de suivi-évaluation (H/F)",
        "Save the Children",
        "ngo",
    );
    let again = cli.run(&[
        "add",
        "--title",
        "Charge de suivi evaluation",
        "--organization",
        "SAVE THE CHILDREN",
    ]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stderr.contains(&format!(
            "cette candidature existe peut-être déjà : n° {first} « Chargé(e) de suivi-évaluation (H/F) » — Save the Children (postulo-cli show {first})"
        )),
        "{}",
        again.stderr
    );
    let other = cli.run(&[
        "add",
        "--title",
        "Chauffeur",
        "--organization",
        "Save the Children",
    ]);
    assert!(other.stderr.is_empty(), "{}", other.stderr);
}

/// `stats` as sentences: months by name, each count with its language's plural, « aucune
/// envoyée » rather than a dash, no line ending in a space, and a reversed period said as
/// such (not as a bad date).
#[test]
fn stats_read_as_sentences_in_both_languages() {
    let cli = cli();
    let oim = add(&cli, "Comptable", "OIM", "un");
    add(&cli, "Secrétaire", "Ministère", "public");
    cli.json(&["status", &oim, "sent", "--on", "02/09/2026", "--json"]);
    cli.json(&["status", &oim, "interview", "--on", "2026-09-12", "--json"]);

    let text = cli.ok(&["stats"]);
    for expected in [
        "Candidatures : 2 · 1 envoyée · 1 avec réponse (100\u{202f}%)",
        "Par mois :\n",
        "  sept. 2026  1 commencée, 1 envoyée, 1 réponse\n",
        "  déc. 2026  1 commencée, 0 envoyée, 0 réponse\n",
        "  Nations unies  1 candidature · 1 envoyée · 1 avec réponse (100\u{202f}%)\n",
        "  Secteur public  1 candidature · aucune envoyée\n",
    ] {
        assert!(text.contains(expected), "{expected:?} in\n{text}");
    }
    assert!(
        !text.contains("2026-09") && !text.contains("de réponses"),
        "{text}"
    );
    assert!(text.lines().all(|l| !l.ends_with(' ')), "{text:?}");

    let english = cli.ok(&["--lang", "en", "stats"]);
    for expected in [
        "Applications: 2 · 1 sent · 1 answered (100%)",
        "By month:\n",
        "  Sep 2026  1 started, 1 sent, 1 answer\n",
        "  Dec 2026  1 started, 0 sent, 0 answers\n",
        "  United Nations  1 application · 1 sent · 1 answered (100%)\n",
        "  Public sector  1 application · none sent\n",
    ] {
        assert!(english.contains(expected), "{expected:?} in\n{english}");
    }
    assert!(english.lines().all(|l| !l.ends_with(' ')), "{english:?}");

    // Nothing sent in the period: said plainly.
    let unsent = cli.ok(&["stats", "--from", "2026-12-01"]);
    assert!(
        unsent.contains("Candidatures : 1 · aucune envoyée\n"),
        "{unsent}"
    );
    assert!(unsent.contains("Entretiens : 0\n"), "{unsent}");

    let reversed = cli.run(&["stats", "--from", "2026-10-01", "--to", "01/09/2026"]);
    assert_eq!(reversed.code, 3, "{}", reversed.stderr);
    assert!(
        reversed
            .stderr
            .contains("--from 1 oct. 2026 est après --to 1 sept. 2026 : la période est vide"),
        "{}",
        reversed.stderr
    );
    assert!(
        !reversed.stderr.contains("date invalide"),
        "{}",
        reversed.stderr
    );
}

/// `show` gives the follow-ups back (text and JSON), and `show` and `list` say « Sans
/// réponse » as `list --json` does, in both languages.
#[test]
fn show_and_list_say_sans_reponse_and_give_the_follow_ups_back() {
    let cli = cli();
    let id = add(&cli, "Comptable", "OIM", "un");
    cli.json(&["status", &id, "sent", "--on", "2026-09-01", "--json"]);

    let list = cli.ok(&["list"]);
    assert!(
        list.contains("Comptable — OIM · Sans réponse depuis 95 jours"),
        "{list}"
    );
    let shown = cli.ok(&["show", &id]);
    assert!(
        shown.contains("  Statut : Envoyée — Sans réponse depuis 95 jours"),
        "{shown}"
    );
    let json = cli.json(&["show", &id, "--json"]);
    assert_eq!(json["no_response"]["days"], 95, "{json}");

    cli.ok(&[
        "follow-up",
        &id,
        "--on",
        "01/10/2026",
        "--note",
        "Appel au service RH",
    ]);
    let shown = cli.ok(&["show", &id]);
    assert!(
        shown.contains("  Statut : Envoyée — Relancée, sans réponse depuis 65 jours"),
        "{shown}"
    );
    let history = &shown[shown.find("Historique :").unwrap()..];
    let sent = history.find("Envoyée").unwrap();
    let follow_up = history
        .find("1 oct. 2026 12:00  Relance — Appel au service RH")
        .unwrap_or_else(|| panic!("{history}"));
    assert!(sent < follow_up, "in the order they happened:\n{history}");
    let json = cli.json(&["show", &id, "--json"]);
    assert_eq!(
        json["follow_ups"][0]["note"], "Appel au service RH",
        "{json}"
    );
    assert_eq!(json["no_response"]["followed_up"], true, "{json}");

    let english = cli.ok(&["--lang", "en", "list"]);
    assert!(
        english.contains("Comptable — OIM · Followed up, no response for 65 days"),
        "{english}"
    );
    let english = cli.ok(&["--lang", "en", "show", &id]);
    assert!(
        english.contains("Follow-up — Appel au service RH"),
        "{english}"
    );

    // Under the threshold: nothing said.
    cli.ok(&["settings", "set", "no-response-days", "90"]);
    assert!(!cli.ok(&["list"]).contains("Sans réponse"));
    assert!(cli.json(&["show", &id, "--json"])["no_response"].is_null());
}

/// `import-posting FILE --create` warns, as `add` does, when the post is already there.
#[test]
fn importing_a_posting_already_entered_warns_before_saving() {
    let cli = cli();
    let posting = common::postings_dir().join("coopi-bamako-2025.txt");
    let posting = posting.to_str().unwrap();
    let first = cli.run(&["import-posting", posting, "--create"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        !first.stderr.contains("existe peut-être déjà"),
        "{}",
        first.stderr
    );
    let id = cli.json(&["list", "--json"])[0]["id"].as_i64().unwrap();

    let again = cli.run(&["import-posting", posting, "--create"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stderr.contains(&format!(
            "attention : cette candidature existe peut-être déjà : n° {id} « Coordinateur(trice) \
             Protection Santé Mentale et Soutien Psychosocial »"
        )),
        "{}",
        again.stderr
    );
    assert!(
        again.stderr.contains(&format!("(postulo-cli show {id})")),
        "{}",
        again.stderr
    );
}
