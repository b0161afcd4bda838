//! US places named the way datelines and English Wikipedia name them: "COLUMBIA, S.C."
//! is the city "Columbia, South Carolina".

use crate::{Cluster, Found};
use eventwire_kb::{fold, EntryClass};
use eventwire_model::{Document, EntityType};
use std::collections::HashSet;
use std::sync::OnceLock;

/// US states (and DC): full name, AP-style abbreviation, postal code.
const US_STATES: &[(&str, &str, &str)] = &[
    ("Alabama", "Ala.", "AL"),
    ("Alaska", "Alaska", "AK"),
    ("Arizona", "Ariz.", "AZ"),
    ("Arkansas", "Ark.", "AR"),
    ("California", "Calif.", "CA"),
    ("Colorado", "Colo.", "CO"),
    ("Connecticut", "Conn.", "CT"),
    ("Delaware", "Del.", "DE"),
    ("Florida", "Fla.", "FL"),
    ("Georgia", "Ga.", "GA"),
    ("Hawaii", "Hawaii", "HI"),
    ("Idaho", "Idaho", "ID"),
    ("Illinois", "Ill.", "IL"),
    ("Indiana", "Ind.", "IN"),
    ("Iowa", "Iowa", "IA"),
    ("Kansas", "Kan.", "KS"),
    ("Kentucky", "Ky.", "KY"),
    ("Louisiana", "La.", "LA"),
    ("Maine", "Maine", "ME"),
    ("Maryland", "Md.", "MD"),
    ("Massachusetts", "Mass.", "MA"),
    ("Michigan", "Mich.", "MI"),
    ("Minnesota", "Minn.", "MN"),
    ("Mississippi", "Miss.", "MS"),
    ("Missouri", "Mo.", "MO"),
    ("Montana", "Mont.", "MT"),
    ("Nebraska", "Neb.", "NE"),
    ("Nevada", "Nev.", "NV"),
    ("New Hampshire", "N.H.", "NH"),
    ("New Jersey", "N.J.", "NJ"),
    ("New Mexico", "N.M.", "NM"),
    ("New York", "N.Y.", "NY"),
    ("North Carolina", "N.C.", "NC"),
    ("North Dakota", "N.D.", "ND"),
    ("Ohio", "Ohio", "OH"),
    ("Oklahoma", "Okla.", "OK"),
    ("Oregon", "Ore.", "OR"),
    ("Pennsylvania", "Pa.", "PA"),
    ("Rhode Island", "R.I.", "RI"),
    ("South Carolina", "S.C.", "SC"),
    ("South Dakota", "S.D.", "SD"),
    ("Tennessee", "Tenn.", "TN"),
    ("Texas", "Texas", "TX"),
    ("Utah", "Utah", "UT"),
    ("Vermont", "Vt.", "VT"),
    ("Virginia", "Va.", "VA"),
    ("Washington", "Wash.", "WA"),
    ("West Virginia", "W.Va.", "WV"),
    ("Wisconsin", "Wis.", "WI"),
    ("Wyoming", "Wyo.", "WY"),
    ("District of Columbia", "D.C.", "DC"),
];

/// The full name of a US state written in full, AP style or as a postal code.
fn state(written: &str) -> Option<&'static str> {
    let w = written.trim();
    let bare = w.trim_end_matches('.');
    US_STATES
        .iter()
        .find(|(full, ap, postal)| {
            w.eq_ignore_ascii_case(full)
                || w == *ap
                || bare == ap.trim_end_matches('.')
                || w == *postal
        })
        .map(|(full, _, _)| *full)
}

/// "Columbia" from "COLUMBIA": datelines shout.
fn title_case(s: &str) -> String {
    if s.chars().any(|c| c.is_lowercase()) {
        return s.to_string();
    }
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Names unlinked place clusters written "City, State" somewhere in the document after
/// Wikipedia's convention for US places ("Columbia, South Carolina").
/// "City, State" is a place whatever the recogniser typed it (datelines are often read as
/// organisations), and the city's other mentions join it. A cluster the knowledge base linked
/// to a place abroad is a US namesake when the state is written in full or AP style
/// ("ALEXANDRIA, Va.", "Manchester, N.H."); not for "Georgia" or a bare postal code, which
/// name a country or an Australian state as often ("Batumi, Georgia", "Perth, WA").
pub(crate) fn us_city_names(doc: &Document, found: &[Found], clusters: &mut [Cluster]) {
    let mut named: Vec<(usize, String)> = Vec::new();
    for (ci, c) in clusters.iter_mut().enumerate() {
        let foreign_place = c
            .kb
            .is_some_and(|e| e.class == EntryClass::Place && e.country.as_deref() != Some("USA"));
        if (c.kb.is_some() && !foreign_place) || c.given_name.is_some() || c.members.is_empty() {
            continue;
        }
        for &m in &c.members {
            let f = &found[m];
            let (_, b) = f.tokens;
            if b + 1 >= doc.tokens.len() || &doc.text[doc.tokens[b].span.range()] != "," {
                continue;
            }
            // The state: one to three tokens after the comma ("S.C.", "New York", "W.Va.").
            let after = |n: usize| -> Option<&str> {
                let last = doc.tokens.get(b + n)?;
                Some(&doc.text[doc.tokens[b + 1].span.start..last.span.end])
            };
            let Some((written, full)) = (1..=3)
                .rev()
                .find_map(|n| after(n).and_then(|w| Some((w, state(w)?))))
            else {
                continue;
            };
            let postal = written.len() == 2 && written.bytes().all(|b| b.is_ascii_uppercase());
            if foreign_place && (full == "Georgia" || postal) {
                continue;
            }
            // Prefer a surface written in ordinary case over the dateline's capitals.
            let city = c
                .members
                .iter()
                .map(|&k| found[k].surface.as_str())
                .find(|s| s.chars().any(char::is_lowercase))
                .map(str::to_string)
                .unwrap_or_else(|| title_case(&f.surface));
            if foreign_place {
                c.kb = None;
                c.actor_code = None;
            }
            c.given_name = Some(format!("{city}, {full}"));
            c.country = Some("USA".into());
            c.kind = EntityType::LOC;
            named.push((ci, fold(&city)));
            break;
        }
    }
    for (ci, city) in named {
        for j in 0..clusters.len() {
            let other = &clusters[j];
            let same_city = j != ci
                && other.kb.is_none()
                && other.given_name.is_none()
                && other.kind != EntityType::PER
                && !other.members.is_empty()
                && other
                    .members
                    .iter()
                    .all(|&m| fold(&found[m].surface) == city);
            if same_city {
                let moved = std::mem::take(&mut clusters[j].members);
                clusters[ci].members.extend(moved);
            }
        }
    }
}

/// Whether a name is a town or city of the backbone's GeoNames list (15,000 people or more)
/// or a US state: real places that a misspelt country must not swallow ("Columbia" is not
/// Colombia, "Indiana" not Indian).
pub(crate) fn known_place(name: &str) -> bool {
    static PLACES: OnceLock<HashSet<String>> = OnceLock::new();
    let places = PLACES.get_or_init(|| {
        include_str!("../../backbone/data/places.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(fold)
            .chain(US_STATES.iter().map(|s| fold(s.0)))
            .collect()
    });
    places.contains(&fold(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_read_in_every_style() {
        assert_eq!(state("S.C."), Some("South Carolina"));
        assert_eq!(state("S.C"), Some("South Carolina"));
        assert_eq!(state("SC"), Some("South Carolina"));
        assert_eq!(state("new york"), Some("New York"));
        assert_eq!(state("Paris"), None);
        assert_eq!(title_case("SIOUX FALLS"), "Sioux Falls");
    }
}
