//! Reports gaps in office-holder coverage: for each G20 and Middle East / North Africa
//! country, the half-years from 2000 to 2025 on which no one in the knowledge base is head of
//! state or government, or foreign minister. Run with
//! `cargo run -p eventwire-kb --example coverage`.

use eventwire_kb::{EntryClass, KnowledgeBase};

const COUNTRIES: &[&str] = &[
    "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
    "RUS", "SAU", "ZAF", "TUR", "GBR", "USA", "DZA", "BHR", "EGY", "IRN", "IRQ", "ISR", "JOR",
    "KWT", "LBN", "LBY", "MAR", "OMN", "PSE", "QAT", "SYR", "TUN", "ARE", "YEM",
];

fn main() {
    let kb = KnowledgeBase::builtin();
    let people: Vec<_> = kb
        .entries()
        .iter()
        .filter(|e| e.class == EntryClass::Person)
        .collect();
    let head = |t: &str| {
        [
            "president",
            "king",
            "queen",
            "emir",
            "sultan",
            "leader",
            "chancellor",
            "prime minister",
            "premier",
            "emperor",
            "head of",
        ]
        .iter()
        .any(|w| t.contains(w))
            && !t.contains("vice")
            && !t.contains("deputy")
    };
    let fm = |t: &str| {
        (t.contains("foreign") && (t.contains("minister") || t.contains("secretary")))
            && !t.contains("deputy")
            && !t.contains("vice")
            && !t.contains("spokes")
            || t.contains("external affairs minister")
            || t == "secretary of state"
    };
    let mut gaps = 0;
    for c in COUNTRIES {
        let mut missing = Vec::new();
        for year in 2000..=2025 {
            for md in ["01-15", "07-15"] {
                let date = format!("{year}-{md}");
                let held = |pred: &dyn Fn(&str) -> bool| {
                    people.iter().any(|p| {
                        kb.spells(p).iter().any(|s| {
                            s.country == *c
                                && pred(&s.title)
                                && s.start.as_str() <= date.as_str()
                                && s.end.as_deref().is_none_or(|e| date.as_str() < e)
                        })
                    })
                };
                if !held(&head) {
                    missing.push(format!("{date} head"));
                }
                if !held(&fm) {
                    missing.push(format!("{date} FM"));
                }
            }
        }
        if !missing.is_empty() {
            gaps += missing.len();
            println!("{c}: {}", missing.join(", "));
        }
    }
    println!("{gaps} gaps");
}
