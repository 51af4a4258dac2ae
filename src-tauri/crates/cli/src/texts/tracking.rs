//! The help of what happens after sending: dated steps, follow-ups, statistics, and the
//! kind of employer.

use super::CommandHelp;

#[derive(Debug, Clone, Copy)]
pub struct TrackingTexts {
    pub v_day: &'static str,
    pub v_type: &'static str,
    pub status_on: &'static str,
    pub organization_type: &'static str,
    pub follow_up: CommandHelp,
    pub follow_up_on: &'static str,
    pub follow_up_note: &'static str,
    pub stats: CommandHelp,
    pub stats_from: &'static str,
    pub stats_to: &'static str,
    pub receipt: CommandHelp,
    pub receipt_on: &'static str,
    pub receipt_place: &'static str,
    pub receipt_number: &'static str,
    pub receipt_photo: &'static str,
}

pub const FR: TrackingTexts = TrackingTexts {
    v_day: "DATE",
    v_type: "TYPE",
    status_on: "Date à laquelle c'est arrivé, si ce n'est pas aujourd'hui (17/05/2026) : pour \
                saisir une candidature commencée avant Postulo",
    organization_type: "Type d'employeur : ngo (ONG), un (Nations unies), public, private (privé)",
    follow_up: CommandHelp {
        about: "Enregistre une relance (e-mail, appel, visite) d'une candidature envoyée : le \
                compte « sans réponse » et le rappel de relance repartent de là",
        usage: "postulo-cli follow-up ID [--on DATE] [--note TEXTE] [--json]",
    },
    follow_up_on: "Date de la relance, si ce n'est pas aujourd'hui (17/05/2026)",
    follow_up_note: "Ce qui a été dit ou fait",
    stats: CommandHelp {
        about: "Statistiques : candidatures, envoyées, taux de réponse, entretiens, délai \
                médian de réponse, par étape, par mois, par type d'employeur et par source",
        usage: "postulo-cli stats [--from DATE] [--to DATE] [--json]",
    },
    stats_from: "Seulement les candidatures commencées ce jour-là ou après (17/05/2026)",
    stats_to: "Seulement les candidatures commencées ce jour-là ou avant",
    receipt: CommandHelp {
        about: "Enregistre le récépissé d'un dossier déposé : date, lieu, numéro et photo (mise \
                au coffre-fort) ; la candidature passe à « envoyée » à cette date",
        usage:
            "postulo-cli receipt ID [--on DATE] [--place TEXTE] [--number N°] [--photo FICHIER] \
                [--json]",
    },
    receipt_on: "Date du dépôt, si ce n'est pas aujourd'hui (17/05/2026)",
    receipt_place: "Lieu du dépôt (par ex. « Bureau du courrier, DRH »)",
    receipt_number: "Numéro du récépissé",
    receipt_photo: "Photo ou scan du récépissé, ajouté au coffre-fort",
};

pub const EN: TrackingTexts = TrackingTexts {
    v_day: "DATE",
    v_type: "TYPE",
    status_on: "The day it happened, when not today (2026-05-17): to enter an application \
                started before Postulo",
    organization_type: "Kind of employer: ngo, un (United Nations), public, private",
    follow_up: CommandHelp {
        about: "Records a follow-up (e-mail, call, visit) on a sent application: the \"no \
                response\" count and the follow-up reminder start again from it",
        usage: "postulo-cli follow-up ID [--on DATE] [--note TEXT] [--json]",
    },
    follow_up_on: "The day of the follow-up, when not today (2026-05-17)",
    follow_up_note: "What was said or done",
    stats: CommandHelp {
        about: "Statistics: applications, sent, response rate, interviews, median days to an \
                answer, by status, by month, by kind of employer and by source",
        usage: "postulo-cli stats [--from DATE] [--to DATE] [--json]",
    },
    stats_from: "Only applications started on or after this day (2026-05-17)",
    stats_to: "Only applications started on or before this day",
    receipt: CommandHelp {
        about: "Records the receipt of a file handed in: day, place, number and photo (added \
                to the vault); the application moves to \"sent\" on that day",
        usage: "postulo-cli receipt ID [--on DATE] [--place TEXT] [--number NO] [--photo FILE] \
                [--json]",
    },
    receipt_on: "The day it was handed in, when not today (2026-05-17)",
    receipt_place: "Where it was handed in (e.g. \"Mail office, HR\")",
    receipt_number: "The receipt's number",
    receipt_photo: "Photo or scan of the receipt, added to the vault",
};
