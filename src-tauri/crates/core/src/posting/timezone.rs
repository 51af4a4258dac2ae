//! Places and time zones. Owns the gazetteer (countries with their French and English
//! names, capitals and major cities of West and Central Africa, plus the usual seats of
//! employers: Paris, Geneva, New York, Nairobi...) and the guess of an IANA zone from a
//! duty station or from the places a posting names.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::pattern::{fold, Pat};

/// A known place. Countries carry their French then English names.
#[derive(Debug)]
pub(crate) struct Place {
    pub(crate) fr: &'static str,
    pub(crate) en: &'static str,
    pub(crate) zone: &'static str,
    pub(crate) country: bool,
    /// Safe to look for anywhere in free text (not also a common word such as "Man" or "San").
    pub(crate) scan: bool,
}

macro_rules! country {
    ($fr:expr, $en:expr, $zone:expr) => {
        Place {
            fr: $fr,
            en: $en,
            zone: $zone,
            country: true,
            scan: true,
        }
    };
}
macro_rules! city {
    ($name:expr, $zone:expr) => {
        Place {
            fr: $name,
            en: $name,
            zone: $zone,
            country: false,
            scan: true,
        }
    };
    ($name:expr, $zone:expr, noscan) => {
        Place {
            fr: $name,
            en: $name,
            zone: $zone,
            country: false,
            scan: false,
        }
    };
}

static PLACES: &[Place] = &[
    // West Africa
    country!("Mali", "Mali", "Africa/Bamako"),
    city!("Bamako", "Africa/Bamako"),
    city!("Mopti", "Africa/Bamako"),
    city!("Sévaré", "Africa/Bamako"),
    city!("Bandiagara", "Africa/Bamako"),
    city!("Ségou", "Africa/Bamako"),
    city!("Sikasso", "Africa/Bamako"),
    city!("Kayes", "Africa/Bamako"),
    city!("Koulikoro", "Africa/Bamako"),
    city!("Tombouctou", "Africa/Bamako"),
    city!("Timbuktu", "Africa/Bamako"),
    city!("Gao", "Africa/Bamako"),
    city!("Kidal", "Africa/Bamako"),
    city!("Ménaka", "Africa/Bamako"),
    city!("Niono", "Africa/Bamako"),
    city!("Koutiala", "Africa/Bamako"),
    city!("Bougouni", "Africa/Bamako"),
    city!("Kita", "Africa/Bamako"),
    city!("Kati", "Africa/Bamako"),
    city!("Djenné", "Africa/Bamako"),
    city!("Bankass", "Africa/Bamako"),
    city!("Douentza", "Africa/Bamako"),
    city!("Diré", "Africa/Bamako"),
    city!("Goundam", "Africa/Bamako"),
    city!("Dioïla", "Africa/Bamako"),
    city!("Tominian", "Africa/Bamako"),
    city!("Ansongo", "Africa/Bamako"),
    city!("Bourem", "Africa/Bamako"),
    city!("Nioro du Sahel", "Africa/Bamako"),
    city!("San", "Africa/Bamako", noscan),
    city!("Koro", "Africa/Bamako", noscan),
    country!("Sénégal", "Senegal", "Africa/Dakar"),
    city!("Dakar", "Africa/Dakar"),
    city!("Thiès", "Africa/Dakar"),
    city!("Saint-Louis", "Africa/Dakar"),
    city!("Ziguinchor", "Africa/Dakar"),
    city!("Kaolack", "Africa/Dakar"),
    city!("Touba", "Africa/Dakar"),
    city!("Tambacounda", "Africa/Dakar"),
    city!("Kolda", "Africa/Dakar"),
    city!("Matam", "Africa/Dakar"),
    city!("Louga", "Africa/Dakar"),
    city!("Diourbel", "Africa/Dakar"),
    city!("Fatick", "Africa/Dakar"),
    city!("Kédougou", "Africa/Dakar"),
    city!("Sédhiou", "Africa/Dakar"),
    city!("Kaffrine", "Africa/Dakar"),
    city!("Mbour", "Africa/Dakar"),
    city!("Rufisque", "Africa/Dakar"),
    country!("Côte d'Ivoire", "Côte d'Ivoire", "Africa/Abidjan"),
    country!("Ivory Coast", "Ivory Coast", "Africa/Abidjan"),
    city!("Abidjan", "Africa/Abidjan"),
    city!("Yamoussoukro", "Africa/Abidjan"),
    city!("Bouaké", "Africa/Abidjan"),
    city!("Daloa", "Africa/Abidjan"),
    city!("Korhogo", "Africa/Abidjan"),
    city!("San-Pédro", "Africa/Abidjan"),
    city!("Gagnoa", "Africa/Abidjan"),
    city!("Odienné", "Africa/Abidjan"),
    city!("Man", "Africa/Abidjan", noscan),
    country!("Burkina Faso", "Burkina Faso", "Africa/Ouagadougou"),
    city!("Ouagadougou", "Africa/Ouagadougou"),
    city!("Bobo-Dioulasso", "Africa/Ouagadougou"),
    city!("Koudougou", "Africa/Ouagadougou"),
    city!("Ouahigouya", "Africa/Ouagadougou"),
    city!("Fada N'Gourma", "Africa/Ouagadougou"),
    city!("Banfora", "Africa/Ouagadougou"),
    city!("Dori", "Africa/Ouagadougou"),
    city!("Djibo", "Africa/Ouagadougou"),
    city!("Kaya", "Africa/Ouagadougou", noscan),
    country!("Niger", "Niger", "Africa/Niamey"),
    city!("Niamey", "Africa/Niamey"),
    city!("Zinder", "Africa/Niamey"),
    city!("Maradi", "Africa/Niamey"),
    city!("Agadez", "Africa/Niamey"),
    city!("Tahoua", "Africa/Niamey"),
    city!("Dosso", "Africa/Niamey"),
    city!("Diffa", "Africa/Niamey"),
    city!("Tillabéri", "Africa/Niamey"),
    country!("Guinée-Bissau", "Guinea-Bissau", "Africa/Bissau"),
    city!("Bissau", "Africa/Bissau"),
    city!("Bafatá", "Africa/Bissau"),
    country!("Guinée équatoriale", "Equatorial Guinea", "Africa/Malabo"),
    city!("Malabo", "Africa/Malabo"),
    country!("Guinée", "Guinea", "Africa/Conakry"),
    city!("Conakry", "Africa/Conakry"),
    city!("Kankan", "Africa/Conakry"),
    city!("Nzérékoré", "Africa/Conakry"),
    city!("Labé", "Africa/Conakry"),
    city!("Kindia", "Africa/Conakry"),
    city!("Boké", "Africa/Conakry"),
    city!("Mamou", "Africa/Conakry"),
    country!("Gambie", "Gambia", "Africa/Banjul"),
    city!("Banjul", "Africa/Banjul"),
    city!("Serekunda", "Africa/Banjul"),
    country!("Mauritanie", "Mauritania", "Africa/Nouakchott"),
    city!("Nouakchott", "Africa/Nouakchott"),
    city!("Nouadhibou", "Africa/Nouakchott"),
    country!("Cap-Vert", "Cabo Verde", "Atlantic/Cape_Verde"),
    country!("Cape Verde", "Cape Verde", "Atlantic/Cape_Verde"),
    city!("Praia", "Atlantic/Cape_Verde"),
    country!("Sierra Leone", "Sierra Leone", "Africa/Freetown"),
    city!("Freetown", "Africa/Freetown"),
    city!("Kenema", "Africa/Freetown"),
    country!("Liberia", "Liberia", "Africa/Monrovia"),
    country!("Libéria", "Liberia", "Africa/Monrovia"),
    city!("Monrovia", "Africa/Monrovia"),
    country!("Ghana", "Ghana", "Africa/Accra"),
    city!("Accra", "Africa/Accra"),
    city!("Kumasi", "Africa/Accra"),
    city!("Tamale", "Africa/Accra"),
    city!("Takoradi", "Africa/Accra"),
    country!("Togo", "Togo", "Africa/Lome"),
    city!("Lomé", "Africa/Lome"),
    city!("Sokodé", "Africa/Lome"),
    city!("Kpalimé", "Africa/Lome"),
    city!("Atakpamé", "Africa/Lome"),
    city!("Dapaong", "Africa/Lome"),
    city!("Kara", "Africa/Lome", noscan),
    country!("Bénin", "Benin", "Africa/Porto-Novo"),
    city!("Porto-Novo", "Africa/Porto-Novo"),
    city!("Cotonou", "Africa/Porto-Novo"),
    city!("Parakou", "Africa/Porto-Novo"),
    city!("Abomey-Calavi", "Africa/Porto-Novo"),
    city!("Abomey", "Africa/Porto-Novo"),
    city!("Djougou", "Africa/Porto-Novo"),
    city!("Natitingou", "Africa/Porto-Novo"),
    city!("Bohicon", "Africa/Porto-Novo"),
    country!("Nigeria", "Nigeria", "Africa/Lagos"),
    country!("Nigéria", "Nigeria", "Africa/Lagos"),
    city!("Abuja", "Africa/Lagos"),
    city!("Lagos", "Africa/Lagos"),
    city!("Kano", "Africa/Lagos"),
    city!("Ibadan", "Africa/Lagos"),
    city!("Port Harcourt", "Africa/Lagos"),
    city!("Maiduguri", "Africa/Lagos"),
    city!("Kaduna", "Africa/Lagos"),
    city!("Yola", "Africa/Lagos"),
    city!("Sokoto", "Africa/Lagos"),
    city!("Enugu", "Africa/Lagos"),
    // Central Africa
    country!("Cameroun", "Cameroon", "Africa/Douala"),
    country!("Cameroon", "Cameroon", "Africa/Douala"),
    city!("Yaoundé", "Africa/Douala"),
    city!("Douala", "Africa/Douala"),
    city!("Garoua", "Africa/Douala"),
    city!("Maroua", "Africa/Douala"),
    city!("Bamenda", "Africa/Douala"),
    city!("Bafoussam", "Africa/Douala"),
    city!("Bertoua", "Africa/Douala"),
    city!("Ngaoundéré", "Africa/Douala"),
    city!("Kousseri", "Africa/Douala"),
    city!("Buea", "Africa/Douala"),
    country!("Tchad", "Chad", "Africa/Ndjamena"),
    country!("Chad", "Chad", "Africa/Ndjamena"),
    city!("N'Djamena", "Africa/Ndjamena"),
    city!("Ndjamena", "Africa/Ndjamena"),
    city!("Abéché", "Africa/Ndjamena"),
    city!("Moundou", "Africa/Ndjamena"),
    city!("Sarh", "Africa/Ndjamena"),
    city!("Goz Beïda", "Africa/Ndjamena"),
    country!(
        "République centrafricaine",
        "Central African Republic",
        "Africa/Bangui"
    ),
    country!("Centrafrique", "Central African Republic", "Africa/Bangui"),
    country!(
        "Central African Republic",
        "Central African Republic",
        "Africa/Bangui"
    ),
    city!("Bangui", "Africa/Bangui"),
    city!("Bambari", "Africa/Bangui"),
    city!("Berbérati", "Africa/Bangui"),
    city!("Bouar", "Africa/Bangui"),
    city!("Bossangoa", "Africa/Bangui"),
    city!("Kaga-Bandoro", "Africa/Bangui"),
    city!("Bangassou", "Africa/Bangui"),
    city!("Bria", "Africa/Bangui", noscan),
    country!("Gabon", "Gabon", "Africa/Libreville"),
    city!("Libreville", "Africa/Libreville"),
    city!("Port-Gentil", "Africa/Libreville"),
    city!("Franceville", "Africa/Libreville"),
    country!(
        "République démocratique du Congo",
        "Democratic Republic of the Congo",
        "Africa/Kinshasa"
    ),
    country!("RD Congo", "DR Congo", "Africa/Kinshasa"),
    country!("RDC", "DRC", "Africa/Kinshasa"),
    country!("DRC", "DRC", "Africa/Kinshasa"),
    city!("Kinshasa", "Africa/Kinshasa"),
    city!("Matadi", "Africa/Kinshasa"),
    city!("Mbandaka", "Africa/Kinshasa"),
    city!("Goma", "Africa/Lubumbashi"),
    city!("Bukavu", "Africa/Lubumbashi"),
    city!("Lubumbashi", "Africa/Lubumbashi"),
    city!("Kisangani", "Africa/Lubumbashi"),
    city!("Bunia", "Africa/Lubumbashi"),
    city!("Kananga", "Africa/Lubumbashi"),
    city!("Mbuji-Mayi", "Africa/Lubumbashi"),
    city!("Kalemie", "Africa/Lubumbashi"),
    city!("Uvira", "Africa/Lubumbashi"),
    city!("Beni", "Africa/Lubumbashi", noscan),
    country!(
        "République du Congo",
        "Republic of the Congo",
        "Africa/Brazzaville"
    ),
    country!("Congo", "Congo", "Africa/Brazzaville"),
    city!("Brazzaville", "Africa/Brazzaville"),
    city!("Pointe-Noire", "Africa/Brazzaville"),
    city!("Dolisie", "Africa/Brazzaville"),
    country!(
        "Sao Tomé-et-Principe",
        "Sao Tome and Principe",
        "Africa/Sao_Tome"
    ),
    city!("São Tomé", "Africa/Sao_Tome"),
    country!("Rwanda", "Rwanda", "Africa/Kigali"),
    city!("Kigali", "Africa/Kigali"),
    country!("Burundi", "Burundi", "Africa/Bujumbura"),
    city!("Bujumbura", "Africa/Bujumbura"),
    city!("Gitega", "Africa/Bujumbura"),
    country!("Angola", "Angola", "Africa/Luanda"),
    city!("Luanda", "Africa/Luanda"),
    // Usual seats of employers
    country!("France", "France", "Europe/Paris"),
    city!("Paris", "Europe/Paris"),
    city!("Lyon", "Europe/Paris"),
    country!("Suisse", "Switzerland", "Europe/Zurich"),
    country!("Switzerland", "Switzerland", "Europe/Zurich"),
    city!("Genève", "Europe/Zurich"),
    city!("Geneva", "Europe/Zurich"),
    city!("Berne", "Europe/Zurich"),
    city!("Zurich", "Europe/Zurich"),
    country!("États-Unis", "United States", "America/New_York"),
    country!("USA", "USA", "America/New_York"),
    country!("United States", "United States", "America/New_York"),
    city!("New York", "America/New_York"),
    city!("Washington", "America/New_York"),
    country!("Kenya", "Kenya", "Africa/Nairobi"),
    city!("Nairobi", "Africa/Nairobi"),
    country!("Belgique", "Belgium", "Europe/Brussels"),
    city!("Bruxelles", "Europe/Brussels"),
    city!("Brussels", "Europe/Brussels"),
    country!("Italie", "Italy", "Europe/Rome"),
    city!("Rome", "Europe/Rome"),
    country!("Maroc", "Morocco", "Africa/Casablanca"),
    city!("Rabat", "Africa/Casablanca"),
    country!("Éthiopie", "Ethiopia", "Africa/Addis_Ababa"),
    city!("Addis-Abeba", "Africa/Addis_Ababa"),
    city!("Addis Ababa", "Africa/Addis_Ababa"),
];

/// English spellings that differ from the French entry, to look up either.
static ALIASES: &[(&str, &str)] = &[
    ("senegal", "Sénégal"),
    ("benin", "Bénin"),
    ("guinea", "Guinée"),
    ("guinea-bissau", "Guinée-Bissau"),
    ("equatorial guinea", "Guinée équatoriale"),
    ("gambia", "Gambie"),
    ("the gambia", "Gambie"),
    ("mauritania", "Mauritanie"),
    ("cabo verde", "Cap-Vert"),
    ("cote divoire", "Côte d'Ivoire"),
    ("rca", "République centrafricaine"),
    ("car", "République centrafricaine"),
    ("dr congo", "RD Congo"),
    (
        "democratic republic of the congo",
        "République démocratique du Congo",
    ),
    ("republic of the congo", "République du Congo"),
    ("yaounde", "Yaoundé"),
    ("lome", "Lomé"),
    ("n'djamena", "N'Djamena"),
    ("ethiopia", "Éthiopie"),
    ("morocco", "Maroc"),
    ("italy", "Italie"),
    ("belgium", "Belgique"),
    ("etats-unis", "États-Unis"),
    ("etats unis", "États-Unis"),
    ("us", "USA"),
    ("new york city", "New York"),
    ("nyc", "New York"),
];

fn key(s: &str) -> String {
    fold(s)
        .replace(['-', '\''], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

static INDEX: LazyLock<HashMap<String, &'static Place>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for p in PLACES {
        m.entry(key(p.fr)).or_insert(p);
        m.entry(key(p.en)).or_insert(p);
    }
    for (alias, target) in ALIASES {
        if let Some(p) = PLACES.iter().find(|p| p.fr == *target) {
            m.entry(key(alias)).or_insert(p);
        }
    }
    m
});

/// The place a name (any case, accents optional) designates.
pub(crate) fn lookup(name: &str) -> Option<&'static Place> {
    let k = key(name.trim().trim_matches(|c: char| !c.is_alphanumeric()));
    INDEX.get(&k).copied()
}

/// All scannable names, longest first, as one accent-tolerant pattern.
static SCAN: LazyLock<Pat> = LazyLock::new(|| {
    // Folded names, widened again by `Pat::new`, match with or without accents.
    let mut names: Vec<String> = PLACES
        .iter()
        .filter(|p| p.scan)
        .flat_map(|p| [fold(p.fr), fold(p.en)])
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.clone()));
    let alts: Vec<String> = names
        .iter()
        .map(|n| regex::escape(n).replace("\\-", "[- ]").replace(' ', "[- ]"))
        .collect();
    // No `\b`: a Unicode word boundary keeps the regex engine off its fast automaton on
    // any text with an accent, and this pattern runs on every candidate. `places_in`
    // checks the boundaries itself.
    Pat::new(&format!(r"(?:{})", alts.join("|")))
});

/// Whether `m` of `text` stands as whole words: no letter or digit glued before or after.
fn whole_words(text: &str, m: &std::ops::Range<usize>) -> bool {
    let before = text.get(..m.start).and_then(|t| t.chars().next_back());
    let after = text.get(m.end..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The places named in `text`, with their normalized ranges, in order (at most `limit`).
pub(crate) fn places_in(text: &str, limit: usize) -> Vec<(std::ops::Range<usize>, &'static Place)> {
    SCAN.find_iter(text)
        .filter(|m| whole_words(text, &m.range()))
        .filter_map(|m| lookup(m.as_str()).map(|p| (m.range(), p)))
        .take(limit)
        .collect()
}

/// The zone for a duty station such as "Bamako", "MALI, BAMAKO" or "Genève (Suisse)":
/// the first city wins over a country.
pub(crate) fn zone_for_location(location: &str) -> Option<&'static str> {
    let parts = split_location(location);
    let places: Vec<&Place> = parts.iter().filter_map(|p| lookup(p)).collect();
    if let Some(city) = places.iter().find(|p| !p.country) {
        return Some(city.zone);
    }
    if let Some(country) = places.first() {
        return Some(country.zone);
    }
    places_in(location, 8)
        .into_iter()
        .map(|(_, p)| p)
        .find(|p| !p.country)
        .map(|p| p.zone)
        .or_else(|| places_in(location, 8).first().map(|(_, p)| p.zone))
}

pub(crate) fn split_location(s: &str) -> Vec<String> {
    s.split([',', '/', ';', '(', ')', '|', '\u{2013}', '\u{2014}'])
        .flat_map(|p| p.split(" - "))
        .map(|p| p.trim().trim_end_matches('.').trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Time zone named next to an hour: "17:00 GMT", "17h (heure de Bamako)".
pub(crate) fn zone_for_label(label: &str, fallback: Option<&'static str>) -> Option<String> {
    let f = fold(label);
    let f = f.trim_matches(|c: char| !c.is_alphanumeric());
    let zone = match f {
        "gmt" | "tu" | "utc" | "temps universel" => {
            // Where the local zone already is GMT all year, keep the local name.
            const GMT_ZONES: &[&str] = &[
                "Africa/Bamako",
                "Africa/Dakar",
                "Africa/Abidjan",
                "Africa/Ouagadougou",
                "Africa/Conakry",
                "Africa/Bissau",
                "Africa/Banjul",
                "Africa/Nouakchott",
                "Africa/Freetown",
                "Africa/Monrovia",
                "Africa/Accra",
                "Africa/Lome",
                "Africa/Sao_Tome",
            ];
            match fallback {
                Some(z) if GMT_ZONES.contains(&z) => z.to_string(),
                _ if f == "gmt" => "Etc/GMT".to_string(),
                _ => "Etc/UTC".to_string(),
            }
        }
        "wat" => fallback
            .filter(|z| z.starts_with("Africa/"))
            .unwrap_or("Africa/Lagos")
            .to_string(),
        "cet" | "cest" => "Europe/Paris".to_string(),
        "est" | "edt" | "et" => "America/New_York".to_string(),
        "eat" => "Africa/Nairobi".to_string(),
        "cat" => "Africa/Maputo".to_string(),
        _ => {
            let place = f
                .trim_start_matches("heure de ")
                .trim_start_matches("heure d'")
                .trim_end_matches(" time")
                .trim_start_matches("heure locale")
                .trim_start_matches("local");
            match lookup(place) {
                Some(p) => p.zone.to_string(),
                None => return fallback.map(str::to_string),
            }
        }
    };
    Some(zone)
}

/// The most named zone in `text` (cities count double: a country is often only mentioned).
pub(crate) fn zone_from_mentions(text: &str) -> Option<&'static str> {
    let mut counts: HashMap<&'static str, (usize, usize)> = HashMap::new();
    // The opening of a posting names its places; a huge paste need not be scanned whole.
    let head = text
        .get(..super::pattern::floor_boundary(text, 200_000))
        .unwrap_or(text);
    for (i, (_, p)) in places_in(head, 5000).into_iter().enumerate() {
        let e = counts.entry(p.zone).or_insert((0, i));
        e.0 += if p.country { 1 } else { 2 };
    }
    counts
        .into_iter()
        .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))
        .map(|(z, _)| z)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones() {
        assert_eq!(zone_for_location("MALI, BAMAKO"), Some("Africa/Bamako"));
        assert_eq!(zone_for_location("Bandiagara"), Some("Africa/Bamako"));
        assert_eq!(zone_for_location("Genève, Suisse"), Some("Europe/Zurich"));
        assert_eq!(zone_for_location("New York, USA"), Some("America/New_York"));
        assert_eq!(zone_for_location("Goma (RDC)"), Some("Africa/Lubumbashi"));
        assert_eq!(zone_for_location("N’Djamena"), Some("Africa/Ndjamena"));
        assert_eq!(zone_for_location("Cote d'Ivoire"), Some("Africa/Abidjan"));
        assert_eq!(zone_for_location("Nairobi, Kenya"), Some("Africa/Nairobi"));
        assert_eq!(zone_for_location("Quelque part"), None);
        assert_eq!(
            zone_from_mentions("bureaux à Dakar et au Sénégal, Nigeria"),
            Some("Africa/Dakar")
        );
        assert_eq!(
            zone_for_label("GMT", Some("Africa/Bamako")),
            Some("Africa/Bamako".into())
        );
        assert_eq!(
            zone_for_label("GMT", Some("Europe/Paris")),
            Some("Etc/GMT".into())
        );
    }

    #[test]
    fn niger_is_not_nigeria() {
        let found: Vec<_> = places_in("Nigeria et Niger", 10)
            .into_iter()
            .map(|(_, p)| p.zone)
            .collect();
        assert_eq!(found, vec!["Africa/Lagos", "Africa/Niamey"]);
    }
}
