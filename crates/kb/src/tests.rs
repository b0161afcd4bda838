use super::*;
use std::collections::HashSet;

fn kb() -> &'static KnowledgeBase {
    KnowledgeBase::builtin()
}

fn one<'a>(kb: &'a KnowledgeBase, surface: &str) -> &'a KbEntry {
    let hits = kb.lookup(surface);
    assert_eq!(
        hits.len(),
        1,
        "{surface:?} -> {:?}",
        hits.iter().map(|e| &e.id).collect::<Vec<_>>()
    );
    hits[0]
}

#[test]
fn builtin_files_parse() {
    let kb = kb();
    assert!(kb.countries().len() >= 249);
    assert!(kb.entries().len() > 500);
}

#[test]
fn country_codes_are_unique() {
    let mut a3 = HashSet::new();
    let mut a2 = HashSet::new();
    for c in kb().countries() {
        assert!(a3.insert(c.code.clone()), "duplicate alpha-3 {}", c.code);
        assert!(
            a2.insert(c.alpha2.clone()),
            "duplicate alpha-2 {}",
            c.alpha2
        );
        assert_eq!(kb().country(&c.code).unwrap().code, c.code);
    }
}

#[test]
fn ids_are_unique_and_names_resolve_to_themselves() {
    let kb = kb();
    let mut ids = HashSet::new();
    for e in kb.entries() {
        assert!(ids.insert(e.id.clone()), "duplicate id {}", e.id);
        assert!(
            kb.lookup(&e.name).iter().any(|h| h.id == e.id),
            "{} not found by its name",
            e.id
        );
    }
}

#[test]
fn folding() {
    assert_eq!(fold("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
    assert_eq!(fold("Ahmad al-Sharaa"), fold("Ahmed al-Sharaa"));
    assert_eq!(fold("Ahmed Al Sharaa"), fold("ahmed al-sharaa"));
    assert_eq!(fold("Mohammed bin Salman"), fold("Muhammad bin Salman"));
    assert_eq!(fold("Mohamed"), fold("Mohammad"));
    assert_eq!(fold("Abdel Fattah el-Sisi"), fold("Abdul Fattah al-Sisi"));
    assert_eq!(fold("Russia's"), "russia");
    assert_eq!(fold("Russia’s"), "russia");
    assert_eq!(fold("the Kremlin"), "kremlin");
    assert_eq!(fold("U.S."), fold("US"));
    assert_eq!(fold("Côte d'Ivoire"), "cote divoire");
    assert_eq!(fold("Türkiye"), "turkiye");
    assert_eq!(fold("Bosnia & Herzegovina"), fold("Bosnia and Herzegovina"));
    assert_eq!(fold("  Zelenskyy  "), "zelenskyy");
    assert_eq!(fold(""), "");
    // A lone "the"/"al" is kept.
    assert_eq!(fold("The"), "the");
}

#[test]
fn country_variants() {
    let kb = kb();
    for s in [
        "US",
        "U.S.",
        "USA",
        "America",
        "United States of America",
        "the United States",
    ] {
        assert_eq!(one(kb, s).id, "loc:USA", "{s}");
    }
    for s in ["UK", "Britain", "Great Britain", "United Kingdom"] {
        assert_eq!(one(kb, s).id, "loc:GBR", "{s}");
    }
    assert_eq!(one(kb, "Russian Federation").id, "loc:RUS");
    assert_eq!(one(kb, "Türkiye").id, "loc:TUR");
    assert_eq!(one(kb, "Turkey").id, "loc:TUR");
    assert_eq!(one(kb, "Ivory Coast").id, "loc:CIV");
    assert_eq!(one(kb, "Côte d'Ivoire").id, "loc:CIV");
    assert_eq!(one(kb, "Cote d'Ivoire").id, "loc:CIV");
    let usa = kb.country("usa").unwrap();
    assert_eq!(usa.name, "United States");
    assert_eq!(usa.capital[0], "Washington, D.C.");
    assert_eq!(kb.country("RU").unwrap().code, "RUS");
    assert_eq!(one(kb, "Washington, D.C.").kind, EntityType::LOC);
}

#[test]
fn demonyms() {
    let kb = kb();
    assert_eq!(kb.country_by_demonym("Russian").unwrap().code, "RUS");
    assert_eq!(kb.country_by_demonym("Russians").unwrap().code, "RUS");
    assert_eq!(kb.country_by_demonym("Syrian").unwrap().code, "SYR");
    assert_eq!(kb.country_by_demonym("Afghan").unwrap().code, "AFG");
    assert_eq!(kb.country_by_demonym("Emirati").unwrap().code, "ARE");
    assert_eq!(kb.country_by_demonym("Saudi").unwrap().code, "SAU");
    assert_eq!(kb.country_by_demonym("Israelis").unwrap().code, "ISR");
    assert_eq!(kb.country_by_demonym("British").unwrap().code, "GBR");
    assert_eq!(kb.country_by_demonym("Ukrainians").unwrap().code, "UKR");
    assert!(kb.country_by_demonym("Martian").is_none());
}

#[test]
fn metonyms() {
    let kb = kb();
    for (s, c) in [
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("Moscow", "RUS"),
        ("Washington", "USA"),
        ("the White House", "USA"),
        ("Downing Street", "GBR"),
        ("Whitehall", "GBR"),
        ("London", "GBR"),
        ("Beijing", "CHN"),
        ("Zhongnanhai", "CHN"),
        ("Jerusalem", "ISR"),
        ("Damascus", "SYR"),
        ("Kabul", "AFG"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Tehran", "IRN"),
    ] {
        assert_eq!(kb.metonym(s).map(|c| c.code.as_str()), Some(c), "{s}");
    }
    assert!(kb.metonym("Springfield").is_none());
    let kremlin = one(kb, "the Kremlin");
    assert_eq!(kremlin.actor_code.as_deref(), Some("RUSGOV"));
    let pentagon = kb.lookup("the Pentagon");
    assert!(pentagon
        .iter()
        .all(|e| e.actor_code.as_deref() == Some("USAMIL")));
    assert_eq!(kb.metonym("the Pentagon").unwrap().code, "USA");
}

#[test]
fn organisations_and_media() {
    let kb = kb();
    let sana = one(kb, "SANA");
    assert_eq!(sana.id, "org:sana");
    assert_eq!(one(kb, "Sana").id, sana.id);
    assert_eq!(one(kb, "Syrian Arab News Agency").id, sana.id);
    assert_eq!(sana.actor_code.as_deref(), Some("SYRMED"));
    assert_eq!(sana.class, EntryClass::Media);
    // The Yemeni capital is not the news agency.
    assert_ne!(one(kb, "Sanaa").id, sana.id);
    let un = one(kb, "UN");
    assert_eq!(un.id, one(kb, "United Nations").id);
    assert_eq!(one(kb, "U.N.").id, un.id);
    assert_eq!(un.actor_code.as_deref(), Some("IGOUNO"));
    assert_eq!(one(kb, "TASS").actor_code.as_deref(), Some("RUSMED"));
    assert_eq!(one(kb, "Reuters").country.as_deref(), Some("GBR"));
    assert_eq!(one(kb, "Associated Press").id, one(kb, "AP").id);
    assert_eq!(one(kb, "Agence France-Presse").id, one(kb, "AFP").id);
    assert_eq!(one(kb, "NATO").actor_code.as_deref(), Some("IGOWSTNAT"));
    assert_eq!(one(kb, "Doctors Without Borders").id, "org:msf");
    assert_eq!(
        one(kb, "Hayat Tahrir al-Sham").actor_code.as_deref(),
        Some("SYRREB")
    );
    assert_eq!(one(kb, "Al Jazeera").id, one(kb, "Al-Jazeera").id);
}

#[test]
fn roles() {
    let kb = kb();
    for (p, c) in [
        ("president", "GOV"),
        ("prime minister", "GOV"),
        ("foreign minister", "GOV"),
        ("deputy foreign minister", "GOV"),
        ("Russian deputy foreign minister", "GOV"),
        ("spokeswoman", "GOV"),
        ("ambassador", "GOV"),
        ("army", "MIL"),
        ("armed forces", "MIL"),
        ("troops", "MIL"),
        ("soldiers", "MIL"),
        ("general", "MIL"),
        ("army generals", "MIL"),
        ("police", "COP"),
        ("rebels", "REB"),
        ("militants", "INS"),
        ("insurgents", "INS"),
        ("opposition", "OPP"),
        ("court", "JUD"),
        ("judge", "JUD"),
        ("prosecutor", "JUD"),
        ("parliament", "LEG"),
        ("lawmakers", "LEG"),
        ("senator", "LEG"),
        ("protesters", "CVL"),
        ("journalists", "MED"),
        ("refugees", "REF"),
        ("company", "BUS"),
        ("CEO", "BUS"),
        ("foreign ministry", "GOV"),
        ("the defence ministry", "GOV"),
        ("security forces", "COP"),
        ("cabinet", "GOV"),
    ] {
        assert_eq!(kb.role(p).map(|r| r.code), Some(c.to_string()), "{p}");
    }
    assert_eq!(kb.role("spokesman").unwrap().class, RoleClass::Attached);
    assert_eq!(kb.role("foreign ministry").unwrap().class, RoleClass::Organ);
    assert!(kb.role("banana").is_none());
}

#[test]
fn person_variants_and_surnames() {
    let kb = kb();
    let sharaa = one(kb, "Ahmed al-Sharaa");
    for s in [
        "Ahmad al-Sharaa",
        "Ahmed Al Sharaa",
        "Abu Mohammed al-Jolani",
        "al-Sharaa",
        "Sharaa",
        "Jolani",
    ] {
        assert_eq!(one(kb, s).id, sharaa.id, "{s}");
    }
    assert_eq!(sharaa.id, "per:ahmed-al-sharaa");
    for s in ["Volodymyr Zelensky", "Zelenskyy", "Volodymyr Zelenskiy"] {
        assert_eq!(one(kb, s).name, "Volodymyr Zelensky", "{s}");
    }
    for s in ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdogan's"] {
        assert_eq!(one(kb, s).name, "Recep Tayyip Erdoğan", "{s}");
    }
    // Surname fallback: unambiguous surnames resolve, shared ones return every bearer.
    assert_eq!(one(kb, "Peskov").name, "Dmitry Peskov");
    assert_eq!(one(kb, "Mishustin").name, "Mikhail Mishustin");
    assert_eq!(one(kb, "Assad").name, "Bashar al-Assad");
    assert!(kb.lookup("Clinton").len() >= 2);
    assert!(kb.lookup("Nobody Atall").is_empty());
    // a dropped word leaves a person or a body, never a place: the Jordan Valley is not
    // The Valley (Anguilla's capital)
    assert!(kb.lookup("Jordan Valley").is_empty());
}

#[test]
fn roles_by_date() {
    let kb = kb();
    let assad = one(kb, "Bashar al-Assad");
    let s = kb.person_role_on(assad, "2024-12-01").unwrap();
    assert_eq!(
        (s.country.as_str(), s.role.as_str(), s.title.as_str()),
        ("SYR", "GOV", "president")
    );
    assert!(!s.former);
    let s = kb.person_role_on(assad, "2025-01-01").unwrap();
    assert!(s.former);
    assert_eq!(
        (s.role.as_str(), s.title.as_str()),
        ("ELI", "former president")
    );
    assert!(kb.person_role_on(assad, "1990-01-01").is_none());
    assert!(kb.person_role_on(assad, "yesterday").is_none());

    let sharaa = one(kb, "Ahmad al-Sharaa");
    assert_eq!(kb.person_role_on(sharaa, "2020-06-01").unwrap().role, "REB");
    let s = kb.person_role_on(sharaa, "2024-12-08").unwrap();
    assert_eq!((s.role.as_str(), s.country.as_str()), ("GOV", "SYR"));
    assert_eq!(
        kb.person_role_on(sharaa, "2025-02-01").unwrap().title,
        "president"
    );

    let peskov = one(kb, "Dmitry Peskov");
    assert_eq!(
        kb.person_role_on(peskov, "2020-01-01").unwrap().title,
        "Kremlin spokesman"
    );
    let z = one(kb, "Maria Zakharova");
    let s = kb.person_role_on(z, "2023-05-05").unwrap();
    assert_eq!((s.country.as_str(), s.role.as_str()), ("RUS", "GOV"));

    let putin = one(kb, "Vladimir Putin");
    assert_eq!(
        kb.person_role_on(putin, "2010-01-01").unwrap().title,
        "prime minister"
    );
    assert_eq!(
        kb.person_role_on(putin, "2022-01-01").unwrap().title,
        "president"
    );
    assert!(kb.spells(putin).len() >= 4);
    // Not a person.
    assert!(kb.person_role_on(one(kb, "Russia"), "2022-01-01").is_none());
}

fn tmpdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("eventwire-kb-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn malformed_override_names_file_and_line() {
    let d = tmpdir("bad");
    std::fs::write(
        d.join("people-local.tsv"),
        "# comment\njane-doe\tJane Doe\tGBR\t\nbroken line without tabs\n",
    )
    .unwrap();
    let err = KnowledgeBase::load_with_overrides(&d).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("people-local.tsv:3: "), "{msg}");
    assert_eq!(err.line, 3);

    std::fs::write(d.join("people-local.tsv"), "").unwrap();
    std::fs::write(
        d.join("spells.tsv"),
        "jane-doe\t\tGOV\tminister\t2020-13-01\n",
    )
    .unwrap();
    let msg = KnowledgeBase::load_with_overrides(&d)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("spells.tsv:1: unknown person id"), "{msg}");

    std::fs::remove_file(d.join("spells.tsv")).unwrap();
    std::fs::write(d.join("weird.tsv"), "x\n").unwrap();
    let msg = KnowledgeBase::load_with_overrides(&d)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("weird.tsv:0: unknown file kind"), "{msg}");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn override_replaces_and_extends() {
    let d = tmpdir("ok");
    std::fs::write(
        d.join("media.tsv"),
        "sana\tSyrian Arab News Agency\tSYRMED\tSYR\tSANA|Sana|Syrian state news agency\n\
         local-herald\tLocal Herald\tGBRMED\tGBR\tThe Herald\n",
    )
    .unwrap();
    std::fs::write(d.join("people.tsv"), "jane-doe\tJane Doe\tGBR\tJ. Doe\n").unwrap();
    std::fs::write(
        d.join("spells.tsv"),
        "jane-doe\t\tGOV\tforeign secretary\t2030-01-01\n\
         dmitry-peskov\t\tGOV\tpress secretary\t2012-05-22\n",
    )
    .unwrap();
    std::fs::write(d.join("roles.tsv"), "minister|ministre\tGOV\ttitle\n").unwrap();
    std::fs::write(d.join("README.md"), "ignored").unwrap();
    let kb = KnowledgeBase::load_with_overrides(&d).unwrap();
    assert_eq!(one(&kb, "Syrian state news agency").id, "org:sana");
    assert_eq!(one(&kb, "SANA").id, "org:sana");
    assert_eq!(
        one(&kb, "Local Herald").actor_code.as_deref(),
        Some("GBRMED")
    );
    let jane = one(&kb, "J. Doe");
    assert_eq!(
        kb.person_role_on(jane, "2031-01-01").unwrap().title,
        "foreign secretary"
    );
    let peskov = one(&kb, "Dmitry Peskov");
    // The override replaced all of Peskov's builtin spells.
    assert_eq!(kb.spells(peskov).len(), 1);
    assert_eq!(
        kb.person_role_on(peskov, "2020-01-01").unwrap().title,
        "press secretary"
    );
    assert_eq!(kb.role("ministre").unwrap().code, "GOV");
    // Builtin content is still there.
    assert_eq!(one(&kb, "Kremlin").actor_code.as_deref(), Some("RUSGOV"));
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn every_person_has_spells_with_known_codes() {
    let kb = kb();
    for e in kb
        .entries()
        .iter()
        .filter(|e| e.class == EntryClass::Person)
    {
        let spells = kb.spells(e);
        assert!(!spells.is_empty(), "{} has no spell", e.id);
        for s in spells {
            assert!(
                kb.country(&s.country).is_some()
                    || ["IGO", "NGO", "IMG"]
                        .iter()
                        .any(|p| s.country.starts_with(p)),
                "{}: unknown country {}",
                e.id,
                s.country
            );
            assert!(
                s.end.as_deref().is_none_or(|end| s.start.as_str() < end),
                "{}",
                e.id
            );
        }
    }
}

#[test]
fn office_holders_on_dates() {
    let kb = kb();
    let holder = |country: &str, title: &str, date: &str| -> Vec<String> {
        kb.entries()
            .iter()
            .filter(|e| e.class == EntryClass::Person)
            .filter(|e| {
                kb.person_role_on(e, date)
                    .is_some_and(|s| !s.former && s.country == country && s.title == title)
            })
            .map(|e| e.name.clone())
            .collect()
    };
    assert_eq!(
        holder("SAU", "king", "2010-06-01"),
        ["King Abdullah of Saudi Arabia"]
    );
    assert_eq!(holder("EGY", "president", "2013-01-01"), ["Mohamed Morsi"]);
    assert_eq!(holder("IRN", "president", "2022-01-01"), ["Ebrahim Raisi"]);
    assert_eq!(holder("LBN", "president", "2025-06-01"), ["Joseph Aoun"]);
    assert_eq!(holder("USA", "president", "2005-01-01"), ["George W. Bush"]);
    assert_eq!(
        holder("GBR", "prime minister", "2019-12-01"),
        ["Boris Johnson"]
    );
    assert_eq!(
        holder("ISR", "prime minister and foreign minister", "2016-06-01"),
        ["Benjamin Netanyahu"]
    );
    assert_eq!(
        holder("RUS", "foreign minister", "2010-01-01"),
        ["Sergey Lavrov"]
    );
    assert_eq!(holder("TUR", "president", "2010-01-01"), ["Abdullah Gül"]);
    // IGO officials carry the organisation's code.
    let g = one(kb, "Antonio Guterres");
    let s = kb.person_role_on(g, "2023-01-01").unwrap();
    assert_eq!((s.country.as_str(), s.role.as_str()), ("IGOUNO", "IGO"));
}

#[test]
fn honorifics_are_dropped_when_the_name_is_not_found() {
    let kb = kb();
    assert_eq!(one(kb, "President Bashar al-Assad").name, "Bashar al-Assad");
    assert_eq!(one(kb, "Gen. Valery Gerasimov").name, "Valery Gerasimov");
    assert_eq!(
        one(kb, "Foreign Minister Sergei Lavrov").name,
        "Sergey Lavrov"
    );
    assert_eq!(
        one(kb, "Secretary of State Marco Rubio").name,
        "Marco Rubio"
    );
    assert_eq!(
        one(kb, "Crown Prince Mohammed ibn Salman").name,
        "Mohammed bin Salman"
    );
    assert_eq!(
        one(kb, "Kremlin spokesman Dmitry Peskov").name,
        "Dmitry Peskov"
    );
    // Names that are themselves titled stay whole.
    assert_eq!(one(kb, "General Assembly").id, "org:unga");
    assert!(kb.lookup("President of Nowhere").is_empty());
    assert!(kb.lookup("President").is_empty());
    // Roles attached to their body.
    assert_eq!(
        kb.role("Hamas official").unwrap().class,
        RoleClass::Attached
    );
    assert_eq!(kb.role("rebel commander").unwrap().code, "REB");
    assert_eq!(kb.role("former president").unwrap().code, "ELI");
}

#[test]
fn places_code_to_their_country() {
    let kb = kb();
    for (surface, id, code) in [
        ("Gaza", "loc:gaza-strip", "PSE"),
        ("the Gaza Strip", "loc:gaza-strip", "PSE"),
        ("West Bank", "loc:west-bank", "PSE"),
        ("Aleppo", "loc:aleppo", "SYR"),
        ("Golan Heights", "loc:golan-heights", "SYR"),
        ("Crimea", "loc:crimea", "UKR"),
        ("Kharkov", "loc:kharkiv", "UKR"),
        ("Bombay", "loc:mumbai", "IND"),
        ("Darfur", "loc:darfur", "SDN"),
        ("Tigray", "loc:tigray-region", "ETH"),
        ("Nagorno-Karabakh", "loc:nagorno-karabakh", "AZE"),
        ("Northern Ireland", "loc:northern-ireland", "GBR"),
        ("Texas", "loc:texas", "USA"),
    ] {
        let e = one(kb, surface);
        assert_eq!(e.id, id, "{surface}");
        assert_eq!(e.class, EntryClass::Place, "{surface}");
        assert_eq!(e.kind, EntityType::LOC, "{surface}");
        assert_eq!(e.country.as_deref(), Some(code), "{surface}");
        assert_eq!(e.actor_code.as_deref(), Some(code), "{surface}");
        // A place is not a metonym for its state.
        assert!(kb.metonym(surface).is_none(), "{surface}");
    }
    // A capital's other name still finds the capital, not a place.
    let kyiv = one(kb, "Kiev");
    assert_eq!(
        (kyiv.id.as_str(), kyiv.class),
        ("loc:kyiv", EntryClass::Capital)
    );
    assert_eq!(kyiv.country.as_deref(), Some("UKR"));
    // A place's name is not dropped as a leading word: "Seattle Times" is not The Times.
    assert!(kb.lookup("Seattle Times").is_empty());
    // After a dropped demonym a person is of its country: "Haitian Gang" is not Qin Gang,
    // "Russian Lavrov" is Lavrov.
    assert!(kb.lookup("Haitian Gang").is_empty());
    assert_eq!(one(kb, "Russian Lavrov").country.as_deref(), Some("RUS"));
    assert!(kb.lookup("Houston Chronicle").is_empty());
    // Names shared with a US state or other countries' places are left out.
    assert!(kb
        .lookup("Georgia")
        .iter()
        .all(|e| e.class != EntryClass::Place));
    assert_eq!(
        one(kb, "Georgia (U.S. state)").country.as_deref(),
        Some("USA")
    );
}

#[test]
fn every_builtin_place_row_is_an_entry_with_all_its_names() {
    // A place whose name or alias is already taken (by a country, capital, organisation, seat
    // or another place) would be dropped silently: the data must not have one. Nor may a
    // place take a name of a person, or a bare surname of one.
    let kb = kb();
    let mut rows = 0;
    for line in include_str!("../data/places.tsv").lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        rows += 1;
        let cols: Vec<&str> = line.split('\t').collect();
        let id = format!("loc:{}", slug(cols[0]));
        let e = kb
            .get(&id)
            .unwrap_or_else(|| panic!("{} is not an entry", cols[0]));
        assert_eq!(e.class, EntryClass::Place, "{id}");
        assert_eq!(e.country.as_deref(), Some(cols[1]), "{id}");
        let names =
            std::iter::once(cols[0]).chain(cols.get(3).into_iter().flat_map(|a| a.split('|')));
        for n in names.filter(|n| !n.is_empty()) {
            let hits = kb.lookup(n);
            assert!(
                hits.len() == 1 && hits[0].id == id,
                "{n:?} ({id}) -> {:?}",
                hits.iter().map(|h| &h.id).collect::<Vec<_>>()
            );
            assert!(!kb.surnames.contains_key(&fold(n)), "{n:?} is a surname");
        }
    }
    let places = kb
        .entries()
        .iter()
        .filter(|e| e.class == EntryClass::Place)
        .count();
    assert_eq!(places, rows);
    assert!(rows >= 800, "{rows}");
}

#[test]
fn place_overrides() {
    let d = tmpdir("places");
    std::fs::write(
        d.join("places-local.tsv"),
        "# local places\nAleppo\tSYR\tcity\tHalab|Beroea\nSpringfield, Illinois\tUSA\tcity\n",
    )
    .unwrap();
    let kb = KnowledgeBase::load_with_overrides(&d).unwrap();
    assert_eq!(one(&kb, "Beroea").id, "loc:aleppo");
    assert_eq!(
        one(&kb, "Springfield, Illinois").country.as_deref(),
        Some("USA")
    );
    assert_eq!(one(&kb, "Gaza").country.as_deref(), Some("PSE"));

    std::fs::write(
        d.join("places-local.tsv"),
        "Aleppo\tSYR\tcity\nAtlantis\tATL\tcity\n",
    )
    .unwrap();
    let err = KnowledgeBase::load_with_overrides(&d).unwrap_err();
    assert_eq!(err.line, 2);
    assert!(
        err.to_string()
            .contains("places-local.tsv:2: unknown country code \"ATL\""),
        "{err}"
    );
    std::fs::write(d.join("places-local.tsv"), "Aleppo\tSYR\ttown\n").unwrap();
    let msg = KnowledgeBase::load_with_overrides(&d)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("places-local.tsv:1: bad place kind"), "{msg}");
    std::fs::write(d.join("places-local.tsv"), "Aleppo\tSYR\n").unwrap();
    let msg = KnowledgeBase::load_with_overrides(&d)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("places-local.tsv:1: expected 3 to 4"), "{msg}");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn misspelt_country_names_one_edit_away() {
    let kb = KnowledgeBase::builtin();
    let code = |s: &str| kb.misspelt_country(s).map(|c| c.code.clone());
    assert_eq!(code("Ethopia").as_deref(), Some("ETH"));
    assert_eq!(code("Afganistan").as_deref(), Some("AFG"));
    assert_eq!(code("Phillippines").as_deref(), Some("PHL"));
    assert_eq!(code("Ethipian").as_deref(), Some("ETH"));
    assert_eq!(code("Venezeula").as_deref(), Some("VEN"));
    // known names, short names and words far from any country stay as they are
    assert_eq!(code("Zambia"), None);
    assert_eq!(code("Irak"), None);
    assert_eq!(code("Toronto"), None);
    // a short word one edit from a demonym is no misspelling of it ("the Greens")
    assert_eq!(code("Greens"), None);
    // a name that differs at its start is another place (an Austrian state, a German one)
    assert_eq!(code("Styria"), None);
    assert_eq!(code("Prussia"), None);
}

#[test]
fn misspelt_full_names_of_known_people() {
    let kb = KnowledgeBase::builtin();
    let name = |s: &str| kb.misspelt_person(s).map(|e| e.name.clone());
    assert_eq!(
        name("Francois Mitterand").as_deref(),
        Some("François Mitterrand")
    );
    // one word, a known name, or another initial: left alone
    assert_eq!(name("Mitterand"), None);
    assert_eq!(name("François Mitterrand"), None);
    assert_eq!(name("Francois Nitterrand"), None);
}

#[test]
fn ethnic_and_regional_peoples_code_to_the_country_they_overwhelmingly_live_in() {
    let kb = kb();
    for (w, c) in [
        ("Yoruba", "NGA"),
        ("Ibo", "NGA"),
        ("Igbos", "NGA"),
        ("Hausa", "NGA"),
        ("Ijaw", "NGA"),
        ("Kikuyu", "KEN"),
        ("Oromo", "ETH"),
        ("Tigrayans", "ETH"),
        ("Zulus", "ZAF"),
        ("Uighurs", "CHN"),
        ("Tibetan", "CHN"),
        ("Rohingya", "MMR"),
        ("Chechens", "RUS"),
        ("Abkhaz", "GEO"),
        ("Sinhalese", "LKA"),
        ("Yazidis", "IRQ"),
        ("Alawites", "SYR"),
        ("Maronites", "LBN"),
        ("Copts", "EGY"),
        ("Bosniaks", "BIH"),
        ("Bosnian Serbs", "BIH"),
        ("Kosovo Albanians", "XKX"),
        ("Turkish Cypriots", "CYP"),
        ("Sikhs", "IND"),
        ("Mapuche", "CHL"),
    ] {
        assert_eq!(
            kb.country_by_demonym(w).map(|c| c.code.as_str()),
            Some(c),
            "{w}"
        );
    }
    // peoples split between states get no country of their own: the story gives it
    for w in [
        "Kurds", "Hutu", "Tutsi", "Pashtuns", "Tamils", "Shona", "Fulani",
    ] {
        assert!(kb.country_by_demonym(w).is_none(), "{w}");
    }
}

#[test]
fn group_nouns_of_wire_news_have_roles() {
    let kb = kb();
    for (p, c) in [
        ("Ibo traditional elders", "ELI"),
        ("village elders", "ELI"),
        ("traditional rulers", "ELI"),
        ("Islamic fundamentalists", "CVL"),
        ("Muslim hackers", "CRM"),
        ("bandits", "CRM"),
        ("prisoners", "CRM"),
        ("prisoners of war", "MIL"),
        ("landowners", "CVL"),
        ("ethnic minority", "CVL"),
        ("teachers' union", "EDU"),
        ("students union", "EDU"),
        ("medical association", "HLH"),
        ("midwives", "HLH"),
        ("journalists' union", "MED"),
        ("magazine", "MED"),
        ("trade unionists", "LAB"),
        ("truck drivers", "LAB"),
        ("human rights organization", "NGO"),
        ("war crimes tribunal", "JUD"),
        ("court-martial", "JUD"),
        ("anti-corruption commission", "JUD"),
        ("anti-graft agency", "JUD"),
        ("National Security Service", "SPY"),
        ("state security committee", "SPY"),
        ("security forces", "COP"),
        ("Afghan mujahideen", "REB"),
        ("liberation front", "REB"),
        ("warlords", "UAF"),
        ("opposition alliance", "OPP"),
    ] {
        assert_eq!(kb.role(p).map(|r| r.code).as_deref(), Some(c), "{p}");
    }
    // one word that starts many names is no role: the title peeler would cut "Labour
    // Party", "Radio Free Europe" or "Daily Mail" down to what follows
    for w in [
        "labour", "labor", "radio", "daily", "weekly", "college", "peasant",
    ] {
        assert!(kb.role(w).is_none(), "{w}");
    }
}

#[test]
fn unions_parties_armed_groups_and_regional_bodies_of_wire_news() {
    let kb = kb();
    for (s, code) in [
        ("Nigeria Labour Congress", "NGALAB"),
        ("Nigerian Union of Teachers", "NGAEDU"),
        ("COSATU", "ZAFLAB"),
        ("Solidarity", "POLLAB"),
        ("Histadrut", "ISRLAB"),
        ("Interahamwe", "RWAUAF"),
        ("Kamajors", "SLEUAF"),
        ("Liberia Peace Council", "LBRREB"),
        ("Forces Nouvelles", "CIVREB"),
        ("MFDC", "SENREB"),
        ("Gamaa Islamiya", "EGYREB"),
        ("PFLP", "PSEREB"),
        ("Al-Aqsa Martyrs Brigades", "PSEREB"),
        ("Mujahedin-e Khalq", "IRNREB"),
        ("Mahdi Army", "IRQUAF"),
        ("UCPMB", "SRBREB"),
        ("CSCE", "IGOOSC"),
        ("Organization of African Unity", "IGOAFU"),
        ("ECCAS", "IGOCAS"),
        ("UNOSOM", "IGOUNOPKO"),
        ("UNAMIR", "IGOUNOPKO"),
        ("Hague tribunal", "IGOUNOJUD"),
        ("Special Tribunal for Lebanon", "IGOUNOJUD"),
        ("Helsinki Watch", "NGOHRW"),
        ("International Crisis Group", "NGOICG"),
    ] {
        assert_eq!(one(kb, s).actor_code.as_deref(), Some(code), "{s}");
    }
    // parties carry their country only: in office or not changes with elections
    for (s, c) in [
        ("Homeland Union", "LTU"),
        ("Sajudis", "LTU"),
        ("FDD", "BDI"),
        ("Party of Democratic Action", "BIH"),
        ("Democratic League of Kosovo", "XKX"),
        ("Serbian Radical Party", "SRB"),
        ("LDPR", "RUS"),
        ("Afenifere", "NGA"),
        ("Fretilin", "TLS"),
        ("Hurriyat", "IND"),
        ("SCIRI", "IRQ"),
        ("Phalange", "LBN"),
    ] {
        let e = one(kb, s);
        assert_eq!(
            (e.country.as_deref(), e.actor_code.as_deref()),
            (Some(c), None),
            "{s}"
        );
    }
}

#[test]
fn cold_war_states_code_to_their_successor_as_their_leaders_spells_do() {
    let kb = kb();
    for (w, c) in [
        ("Soviet", "RUS"),
        ("Soviets", "RUS"),
        ("Czechoslovak", "CZE"),
        ("East German", "DEU"),
        ("West Germans", "DEU"),
        ("Yugoslav", "SRB"),
        ("Zairean", "COD"),
        ("Rhodesian", "ZWE"),
    ] {
        assert_eq!(
            kb.country_by_demonym(w).map(|c| c.code.as_str()),
            Some(c),
            "{w}"
        );
    }
    for (s, id) in [
        ("Soviet Union", "loc:RUS"),
        ("USSR", "loc:RUS"),
        ("Czechoslovakia", "loc:CZE"),
        ("East Germany", "loc:DEU"),
        ("Federal Republic of Yugoslavia", "loc:SRB"),
        ("South Yemen", "loc:YEM"),
    ] {
        assert_eq!(one(kb, s).id, id, "{s}");
    }
    // the Former Yugoslav Republic of Macedonia stays North Macedonia
    assert_eq!(
        one(kb, "Former Yugoslav Republic of Macedonia").id,
        "loc:MKD"
    );
    for (s, code) in [
        ("Tanjug", "SRBMED"),
        ("Ceteka", "CZEMED"),
        ("Radio Mille Collines", "RWAMED"),
        ("JNA", "SRBMIL"),
        ("Supreme Soviet", "RUSLEG"),
    ] {
        assert_eq!(one(kb, s).actor_code.as_deref(), Some(code), "{s}");
    }
}

#[test]
fn election_commissions_and_bar_associations_of_more_countries() {
    let kb = kb();
    for (s, code) in [
        ("Electoral Commission of Ghana", "GHAGOV"),
        ("ZEC", "ZWEGOV"),
        ("Federal Election Commission", "USAGOV"),
        ("Ukraine's Central Election Commission", "UKRGOV"),
        ("HNEC", "LBYGOV"),
        ("Provisional Electoral Council", "HTIGOV"),
        ("Nigerian Bar Association", "NGACVL"),
        ("Law Society of Kenya", "KENCVL"),
        ("UN Commission on Human Rights", "IGOUNOHRI"),
    ] {
        assert_eq!(one(kb, s).actor_code.as_deref(), Some(code), "{s}");
    }
    assert_eq!(one(kb, "Sandinista").country.as_deref(), Some("NIC"));
}

#[test]
fn faiths_and_herders_are_civilians_but_a_faith_word_starting_a_name_is_no_role() {
    let kb = kb();
    for p in [
        "Muslims",
        "Christians",
        "Hindus",
        "Shiites",
        "Catholics",
        "Fulani herdsmen",
        "nomads",
        "worshippers",
    ] {
        assert_eq!(kb.role(p).map(|r| r.code).as_deref(), Some("CVL"), "{p}");
    }
    // "Muslim Brotherhood", "Christian Democratic Union": the singular is no role
    for w in ["Muslim", "Christian", "Catholic", "Jewish"] {
        assert!(kb.role(w).is_none(), "{w}");
    }
}

#[test]
fn companies_universities_and_un_departments_of_wire_news() {
    let kb = kb();
    for (s, code) in [
        ("Pemex", "MEXBUS"),
        ("PDVSA", "VENBUS"),
        ("NNPC", "NGABUS"),
        ("Sonatrach", "DZABUS"),
        ("Glencore", "CHEBUS"),
        ("General Motors", "USABUS"),
        ("New York Stock Exchange", "USABUS"),
        ("Harvard", "USAEDU"),
        ("Makerere University", "UGAEDU"),
        ("Al-Azhar", "EGYREL"),
        ("DPKO", "IGOUNO"),
        ("International Labour Office", "IGOILO"),
        ("Indian Medical Association", "INDHLH"),
    ] {
        assert_eq!(one(kb, s).actor_code.as_deref(), Some(code), "{s}");
    }
    assert_eq!(one(kb, "Jubbaland").country.as_deref(), Some("SOM"));
    assert_eq!(
        kb.country_by_demonym("Bosnian Moslems")
            .map(|c| c.code.as_str()),
        Some("BIH")
    );
}

#[test]
fn regional_and_minority_peoples_of_one_state() {
    let kb = kb();
    for (w, c) in [
        ("Corsican", "FRA"),
        ("Catalans", "ESP"),
        ("Basque", "ESP"),
        ("Flemish", "BEL"),
        ("Ambazonian", "CMR"),
        ("West Papuan", "IDN"),
        ("Karabakh Armenians", "AZE"),
        ("Crimean Tatars", "UKR"),
        ("Macedonian Albanians", "MKD"),
        ("Krahn", "LBR"),
        ("Zanzibari", "TZA"),
        ("Somalilanders", "SOM"),
    ] {
        assert_eq!(
            kb.country_by_demonym(w).map(|c| c.code.as_str()),
            Some(c),
            "{w}"
        );
    }
    // "Papuans" are mostly Indonesia's in the news, Papua New Guineans PNG's: no country
    assert!(kb.country_by_demonym("Papuans").is_none());
    assert_eq!(
        kb.country_by_demonym("Papua New Guineans")
            .map(|c| c.code.as_str()),
        Some("PNG")
    );
}

#[test]
fn national_human_rights_groups_and_more_aid_groups() {
    let kb = kb();
    for (s, code) in [
        ("Human Rights Commission of Pakistan", "PAKNGOHRI"),
        ("Al-Haq", "PSENGOHRI"),
        ("PCHR", "PSENGOHRI"),
        ("Yesh Din", "ISRNGOHRI"),
        ("Egyptian Organisation for Human Rights", "EGYNGOHRI"),
        ("Kenya Human Rights Commission", "KENNGOHRI"),
        ("Viasna", "BLRNGOHRI"),
        ("HRANA", "IRNNGOHRI"),
        ("Handicap International", "NGOHIN"),
        ("Danish Refugee Council", "NGODRC"),
        ("International Federation of Journalists", "NGOIFJ"),
    ] {
        assert_eq!(one(kb, s).actor_code.as_deref(), Some(code), "{s}");
    }
    for (p, c) in [
        ("fishermen", "CVL"),
        ("hostages", "CVL"),
        ("mourners", "CVL"),
        ("looters", "CRM"),
        ("Iraqi exiles", "OPP"),
    ] {
        assert_eq!(kb.role(p).map(|r| r.code).as_deref(), Some(c), "{p}");
    }
}

#[test]
fn un_political_missions_regional_courts_and_more_group_roles() {
    let kb = kb();
    for (s, code) in [
        ("UNISFA", "IGOUNOPKO"),
        ("UNOMIL", "IGOUNOPKO"),
        ("UNSOM", "IGOUNO"),
        ("ECOWAS Court", "IGOWASJUD"),
        ("African Court on Human and Peoples' Rights", "IGOAFUJUD"),
        ("CTBTO", "IGOCTB"),
        ("IFAD", "IGOUNO"),
    ] {
        assert_eq!(one(kb, s).actor_code.as_deref(), Some(code), "{s}");
    }
    for (p, c) in [
        ("Iraqi tribal sheikhs", "ELI"),
        ("war veterans", "CVL"),
        ("Indian Maoists", "REB"),
        ("Naxalites", "REB"),
    ] {
        assert_eq!(kb.role(p).map(|r| r.code).as_deref(), Some(c), "{p}");
    }
    // the singular starts party names ("Maoist Centre")
    assert!(kb.role("Maoist").is_none());
}

#[test]
fn armed_forces_and_police_of_more_african_states() {
    let kb = kb();
    for (s, code) in [
        ("UPDF", "UGAMIL"),
        ("RDF", "RWAMIL"),
        ("ZDF", "ZWEMIL"),
        ("ZRP", "ZWECOP"),
        ("TPDF", "TZAMIL"),
        ("SSPDF", "SSDMIL"),
        ("FADM", "MOZMIL"),
        ("RSLAF", "SLEMIL"),
        ("FANCI", "CIVMIL"),
        ("FACA", "CAFMIL"),
        ("Fatah al-Sham Front", "SYRREB"),
    ] {
        assert_eq!(one(kb, s).actor_code.as_deref(), Some(code), "{s}");
    }
    // Algeria's old ruling front and Rwanda's armed FLN share the acronym: no entry
    assert!(kb.lookup("FLN").is_empty());
}

#[test]
fn party_names_many_countries_share_are_no_aliases() {
    let kb = kb();
    // "Sweden's Social Democrats", "North Korea's Workers' Party", "Russia's Liberal
    // Democratic Party", "Morocco's Justice and Development Party": the tagger splits the
    // country off, and a bare alias would take the German, Brazilian, Japanese or Turkish
    // party's country
    for s in [
        "Social Democrats",
        "Christian Democrats",
        "Workers' Party",
        "Liberal Democratic Party",
        "Justice and Development Party",
        "National Front",
    ] {
        assert!(kb.lookup(s).is_empty(), "{s}");
    }
    assert_eq!(one(kb, "SPD").country.as_deref(), Some("DEU"));
    assert_eq!(one(kb, "AKP").country.as_deref(), Some("TUR"));
    assert_eq!(one(kb, "PJD").country.as_deref(), Some("MAR"));
    assert_eq!(one(kb, "LDP").country.as_deref(), Some("JPN"));
}

#[test]
fn acronyms_and_names_another_body_uses_more_are_left_out() {
    let kb = kb();
    // Nigeria's and Kashmir's Peoples Democratic Party, India's BSP, the English Premier
    // League, "GM crops", Senegal's and Switzerland's RTS, Nigeria's NUJ, Egypt's National
    // Salvation Front, Gaza's Army of Islam
    for s in [
        "Peoples Democratic Party",
        "BSP",
        "EPL",
        "GM",
        "RTS",
        "NUJ",
        "National Salvation Front",
        "Army of Islam",
    ] {
        assert!(kb.lookup(s).is_empty(), "{s}");
    }
    assert_eq!(one(kb, "HDP").country.as_deref(), Some("TUR"));
}

#[test]
fn more_parties_carry_their_country() {
    let kb = kb();
    for (s, c) in [
        ("PSOE", "ESP"),
        ("Herri Batasuna", "ESP"),
        ("SYRIZA", "GRC"),
        ("FPÖ", "AUT"),
        ("SNP", "GBR"),
        ("DUP", "GBR"),
        ("Fianna Fail", "IRL"),
        ("M5S", "ITA"),
        ("KANU", "KEN"),
        ("Umma Party", "SDN"),
        ("Al-Wefaq", "BHR"),
        ("Vishva Hindu Parishad", "IND"),
        ("PRI", "MEX"),
        ("Peronists", "ARG"),
        ("ARENA", "SLV"),
    ] {
        let e = one(kb, s);
        assert_eq!(
            (e.country.as_deref(), e.actor_code.as_deref()),
            (Some(c), None),
            "{s}"
        );
    }
    assert_eq!(one(kb, "CPSU").actor_code.as_deref(), Some("RUSGOV"));
}

#[test]
fn national_churches_and_religious_authorities_are_rel() {
    let kb = kb();
    for (s, code) in [
        ("Russian Orthodox Church", "RUSREL"),
        ("Moscow Patriarchate", "RUSREL"),
        ("Serbian Orthodox Church", "SRBREL"),
        ("Coptic Church", "EGYREL"),
        ("Ecumenical Patriarchate", "TURREL"),
        ("Chief Rabbinate", "ISRREL"),
        ("Diyanet", "TURREL"),
        ("Church of England", "GBRREL"),
    ] {
        assert_eq!(one(kb, s).actor_code.as_deref(), Some(code), "{s}");
    }
}

#[test]
fn armed_forces_and_police_of_more_latin_american_and_asian_states() {
    let kb = kb();
    for (s, code) in [
        ("Carabineros", "CHLCOP"),
        ("PNH", "HTICOP"),
        ("RCAF", "KHMMIL"),
        ("Royal Nepal Army", "NPLMIL"),
        ("Kopassus", "IDNMIL"),
        ("ANDSF", "AFGMIL"),
    ] {
        assert_eq!(one(kb, s).actor_code.as_deref(), Some(code), "{s}");
    }
}

#[test]
fn armed_groups_and_gangs_of_the_2010s_and_2020s() {
    let kb = kb();
    for (s, code) in [
        ("Lions' Den", "PSEREB"),
        ("Popular Resistance Committees", "PSEREB"),
        ("Wazalendo", "CODUAF"),
        ("Ansar Bait al-Maqdis", "EGYREB"),
        ("Asaib Ahl al-Haq", "IRQUAF"),
        ("Three Brotherhood Alliance", "MMRREB"),
        ("BIFF", "PHLREB"),
        ("FARC dissidents", "COLREB"),
        ("Los Choneros", "ECUCRM"),
        ("Barrio 18", "SLVCRM"),
        ("400 Mawozo", "HTICRM"),
        ("ISKP", "IMGREB"),
    ] {
        assert_eq!(one(kb, s).actor_code.as_deref(), Some(code), "{s}");
    }
}

#[test]
fn a_bare_security_service_is_no_british_mi5() {
    // "Ukraine's Security Service detained ...": the tagger splits "Ukraine's" off
    let kb = kb();
    assert!(kb.lookup("Security Service").is_empty());
    assert_eq!(one(kb, "MI5").actor_code.as_deref(), Some("GBRSPY"));
}
