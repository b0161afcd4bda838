use super::*;
use eventwire_model::{Entity, Mention};

/// A document whose NER found every occurrence of the given names, as the backbone would
/// hand them over (one entity per surface).
fn doc(text: &str, published: Option<&str>, names: &[(&str, EntityType)]) -> Document {
    // Longest names first; a shorter name inside a longer one's match is not a mention.
    let mut order: Vec<&(&str, EntityType)> = names.iter().collect();
    order.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    let mut taken: Vec<Span> = Vec::new();
    let mut entities = Vec::new();
    for (name, kind) in order {
        let mut mentions: Vec<Mention> = Vec::new();
        for (i, _) in text.match_indices(name) {
            let before = text[..i].chars().next_back();
            let after = text[i + name.len()..].chars().next();
            let span = Span::new(i, i + name.len());
            if before.is_some_and(char::is_alphanumeric)
                || after.is_some_and(char::is_alphanumeric)
                || taken
                    .iter()
                    .any(|t| t.start < span.end && span.start < t.end)
            {
                continue;
            }
            taken.push(span);
            mentions.push(Mention {
                span,
                role: None,
                actor_code: None,
            });
        }
        entities.push(Entity {
            id: String::new(),
            name: name.to_string(),
            kind: *kind,
            aliases: vec![],
            country: None,
            actor_code: None,
            kb_id: None,
            roles: vec![],
            mentions,
        });
    }
    let mut d = Document {
        id: "t".into(),
        text: text.into(),
        published: published.map(str::to_string),
        entities,
        ..Document::default()
    };
    eventwire_segment::annotate(&mut d);
    d
}

fn resolved(text: &str, published: Option<&str>, names: &[(&str, EntityType)]) -> Document {
    let mut d = doc(text, published, names);
    resolve(&mut d, KnowledgeBase::builtin());
    d
}

fn entity<'a>(d: &'a Document, name: &str) -> &'a Entity {
    d.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no entity {name:?} in {:#?}",
                d.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
            )
        })
}

fn surfaces(d: &Document, e: &Entity) -> Vec<String> {
    e.mentions
        .iter()
        .map(|m| d.text[m.span.range()].to_string())
        .collect()
}

use EntityType::*;

#[test]
fn full_names_surnames_and_titles_form_one_person() {
    let d = resolved(
        "Kremlin spokesman Dmitry Peskov declined to comment. Peskov said talks would go on.",
        Some("2025-01-29"),
        &[("Kremlin", ORG), ("Dmitry Peskov", PER), ("Peskov", PER)],
    );
    let p = entity(&d, "Dmitry Peskov");
    assert_eq!(surfaces(&d, p), ["Dmitry Peskov", "Peskov"]);
    assert_eq!(p.mentions[0].role.as_deref(), Some("Kremlin spokesman"));
    assert!(p.id.starts_with("per:"));
    assert_eq!(p.country.as_deref(), Some("RUS"));
    assert!(
        p.actor_code
            .as_deref()
            .is_some_and(|a| a.starts_with("RUS")),
        "{:?}",
        p.actor_code
    );
}

#[test]
fn spelling_variants_meet() {
    let d = resolved(
        "Ahmad al-Sharaa met the envoy. Ahmed al-Sharaa later spoke. Al-Sharaa left.",
        Some("2025-02-01"),
        &[
            ("Ahmad al-Sharaa", PER),
            ("Ahmed al-Sharaa", PER),
            ("Al-Sharaa", PER),
        ],
    );
    let people: Vec<&Entity> = d.entities.iter().filter(|e| e.kind == PER).collect();
    assert_eq!(people.len(), 1, "{people:#?}");
    assert_eq!(people[0].mentions.len(), 3);
}

#[test]
fn acronyms_join_their_expansion_and_known_outlets_link() {
    let d = resolved(
        "The United Nations said aid was blocked. A UN official confirmed it, SANA reported. The Syrian Arab News Agency added details.",
        Some("2025-01-29"),
        &[("United Nations", ORG), ("UN", ORG), ("SANA", ORG), ("Syrian Arab News Agency", ORG)],
    );
    let un: Vec<&Entity> = d
        .entities
        .iter()
        .filter(|e| e.mentions.iter().any(|m| d.text[m.span.range()] == *"UN"))
        .collect();
    assert_eq!(un.len(), 1);
    assert_eq!(un[0].mentions.len(), 2);
    let sana: Vec<&Entity> = d
        .entities
        .iter()
        .filter(|e| e.mentions.iter().any(|m| &d.text[m.span.range()] == "SANA"))
        .collect();
    assert_eq!(sana[0].mentions.len(), 2, "{:#?}", d.entities);
}

#[test]
fn a_capital_acting_carries_the_state_but_stays_a_place() {
    let d = resolved(
        "Moscow said it wanted talks. Assad fled to Moscow last year.",
        Some("2025-01-29"),
        &[("Moscow", LOC), ("Assad", PER)],
    );
    let m = entity(&d, "Moscow");
    assert_eq!(m.kind, LOC);
    assert_eq!(m.mentions.len(), 2);
    assert_eq!(m.mentions[0].actor_code.as_deref(), Some("RUSGOV"));
    assert_eq!(
        m.mentions[1].actor_code, None,
        "a place position carries no actor"
    );
}

#[test]
fn brussels_acting_is_the_european_union() {
    let d = resolved(
        "Brussels said it would fine Google. The talks were held in Brussels.",
        Some("2025-01-29"),
        &[("Brussels", LOC), ("Google", ORG)],
    );
    let b = entity(&d, "Brussels");
    assert_eq!(b.mentions[0].actor_code.as_deref(), Some("IGOEUREEC"));
    assert_eq!(b.mentions[1].actor_code, None);
}

#[test]
fn state_organs_are_organisations_with_actor_codes() {
    let d = resolved(
        "Russia's foreign ministry summoned the envoy. The ministry said more talks were planned. The Afghan government objected.",
        Some("2025-01-29"),
        &[("Russia", LOC)],
    );
    let mfa = entity(&d, "Ministry of Foreign Affairs (Russia)");
    assert_eq!(mfa.kind, ORG);
    assert_eq!(mfa.actor_code.as_deref(), Some("RUSGOV"));
    assert_eq!(surfaces(&d, mfa), ["Russia's foreign ministry", "ministry"]);
    let afg = entity(&d, "Government of Afghanistan");
    assert_eq!(afg.actor_code.as_deref(), Some("AFGGOV"));
    assert_eq!(
        entity(&d, "Russia").kind,
        LOC,
        "the country stays a place of its own"
    );
}

#[test]
fn roles_follow_the_articles_date() {
    let before = resolved(
        "Bashar al-Assad met the envoy.",
        Some("2024-11-01"),
        &[("Bashar al-Assad", PER)],
    );
    let after = resolved(
        "Bashar al-Assad met the envoy.",
        Some("2025-01-15"),
        &[("Bashar al-Assad", PER)],
    );
    assert_eq!(
        entity(&before, "Bashar al-Assad").actor_code.as_deref(),
        Some("SYRGOV")
    );
    assert_eq!(
        entity(&after, "Bashar al-Assad").actor_code.as_deref(),
        Some("SYRELI")
    );
}

#[test]
fn a_description_joins_the_leader_the_base_knows() {
    let d = resolved(
        "Ahmed al-Sharaa received the delegation. Syria's de facto leader said trust had to be rebuilt.",
        Some("2025-01-29"),
        &[("Ahmed al-Sharaa", PER), ("Syria", LOC)],
    );
    let p = d.entities.iter().find(|e| e.kind == PER).unwrap();
    assert_eq!(p.mentions.len(), 2, "{:#?}", d.entities);
    assert!(
        !p.aliases.iter().any(|a| a.contains("leader")),
        "a description is not a name"
    );
}

#[test]
fn unknown_people_get_stable_ids_from_their_name() {
    let a = resolved(
        "Jane Roe spoke. Roe left.",
        None,
        &[("Jane Roe", PER), ("Roe", PER)],
    );
    let b = resolved("Jane Roe arrived.", None, &[("Jane Roe", PER)]);
    assert_eq!(a.entities.len(), 1);
    assert_eq!(a.entities[0].id, b.entities[0].id);
    assert_eq!(a.entities[0].id, "per:jane-roe");
    assert_eq!(a.entities[0].aliases, ["Roe"]);
}

#[test]
fn two_people_sharing_a_surname_keep_a_bare_surname_apart() {
    let d = resolved(
        "John Smith and Mary Smith spoke. Smith left.",
        None,
        &[("John Smith", PER), ("Mary Smith", PER), ("Smith", PER)],
    );
    assert_eq!(d.entities.iter().filter(|e| e.kind == PER).count(), 3);
}

#[test]
fn titles_and_honorifics_inside_a_name_come_off() {
    let d = resolved(
        "A delegation led by Deputy Foreign Minister Mikhail Bogdanov arrived. Mr. Bogdanov said little.",
        Some("2025-01-29"),
        &[("Foreign Minister Mikhail Bogdanov", PER), ("Mr. Bogdanov", PER)],
    );
    let p = entity(&d, "Mikhail Bogdanov");
    assert_eq!(surfaces(&d, p), ["Mikhail Bogdanov", "Bogdanov"]);
    assert_eq!(
        p.mentions[0].role.as_deref(),
        Some("Deputy Foreign Minister")
    );
}

#[test]
fn abbreviated_titles_come_off_as_roles() {
    let d = resolved(
        "Rep. Ilhan Omar spoke. Omar left.",
        None,
        &[("Rep. Ilhan Omar", PER), ("Omar", PER)],
    );
    let p = entity(&d, "Ilhan Omar");
    assert_eq!(surfaces(&d, p), ["Ilhan Omar", "Omar"]);
    assert_eq!(p.mentions[0].role.as_deref(), Some("Rep."));
}

#[test]
fn a_us_dateline_names_the_city_as_wikipedia_does() {
    let d = resolved(
        "COLUMBIA, S.C. (AP) — Voters met. The candidate spoke in Columbia on Tuesday.",
        None,
        &[("COLUMBIA", ORG), ("Columbia", LOC)],
    );
    let c = entity(&d, "Columbia, South Carolina");
    assert_eq!(c.mentions.len(), 2);
    assert_eq!(c.country.as_deref(), Some("USA"));
}

/// "towards the Niger river": a river named after a country is no mention of the country.
#[test]
fn a_river_is_not_its_country() {
    let d = resolved(
        "Jihadist fighters pulled back towards the Niger river on Tuesday.",
        Some("2025-01-29"),
        &[("Niger", LOC)],
    );
    assert!(
        d.entities
            .iter()
            .all(|e| e.country.as_deref() != Some("NER")),
        "{:?}",
        d.entities
    );
}

/// The recogniser sometimes types a country as an organisation ("Tunisia's president"):
/// it is still the country.
#[test]
fn a_country_typed_as_an_organisation_is_the_country() {
    let d = resolved(
        "Tunisia's president threatened to dissolve the main opposition party.",
        Some("2025-01-29"),
        &[("Tunisia", ORG)],
    );
    let t = entity(&d, "Tunisia");
    assert_eq!(t.id, "loc:TUN");
    assert_eq!(t.country.as_deref(), Some("TUN"));
}

#[test]
fn a_country_acting_stands_for_its_state() {
    let d = resolved(
        "Russia said it would keep its bases. Assad fled to Russia.",
        Some("2025-01-29"),
        &[("Russia", LOC), ("Assad", PER)],
    );
    let r = entity(&d, "Russia");
    assert_eq!(r.actor_code.as_deref(), Some("RUS"));
    assert_eq!(r.mentions[0].actor_code.as_deref(), Some("RUSGOV"));
    assert_eq!(r.mentions[1].actor_code, None);
}

#[test]
fn a_name_split_at_its_arabic_particle_is_one_person() {
    // the tokenizer splits "al-Sharaa", and the recogniser tags "Ahmed" and "Sharaa" apart
    let d = resolved(
        "Syria's leader Ahmed al-Sharaa received the delegation. Sharaa said little.",
        Some("2025-01-30"),
        &[("Ahmed", EntityType::PER), ("Sharaa", EntityType::PER)],
    );
    let e = entity(&d, "Ahmed al-Sharaa");
    assert_eq!(surfaces(&d, e), vec!["Ahmed al-Sharaa", "Sharaa"]);
    assert!(
        !d.entities.iter().any(|e| e.name == "Abiy Ahmed"),
        "a lone 'Ahmed' must not become Ethiopia's prime minister"
    );
}

#[test]
fn a_hyphenated_first_name_cut_at_the_hyphen_is_made_whole() {
    // the tokenizer splits "Jean-Bertrand"; the recogniser tags only "Jean"
    let mut d = doc(
        "Ousted president Jean-Bertrand Aristide returned to Haiti.",
        None,
        &[("Jean", EntityType::PER)],
    );
    for t in d.tokens.iter_mut() {
        let w = &d.text[t.span.range()];
        if w.chars().next().is_some_and(char::is_uppercase) {
            t.upos = Some("PROPN".into());
        }
    }
    resolve(&mut d, KnowledgeBase::builtin());
    let e = entity(&d, "Jean-Bertrand Aristide");
    assert_eq!(surfaces(&d, e), vec!["Jean-Bertrand Aristide"]);
}

#[test]
fn a_country_cut_at_the_hyphen_is_made_whole_when_the_base_knows_it() {
    // the tokenizer splits "Guinea-Bissau"; the recogniser tags "Guinea" and "Bissau"
    let d = resolved(
        "The junta in Guinea-Bissau met envoys from Guinea.",
        None,
        &[("Guinea", LOC), ("Bissau", LOC)],
    );
    let e = entity(&d, "Guinea-Bissau");
    assert_eq!(e.country.as_deref(), Some("GNB"));
    assert_eq!(surfaces(&d, e), vec!["Guinea-Bissau"]);
    assert_eq!(entity(&d, "Guinea").country.as_deref(), Some("GIN"));
    assert!(d.entities.iter().all(|e| e.name != "Bissau"));
}

#[test]
fn a_city_or_region_links_to_its_country_but_does_not_act_for_it() {
    let d = resolved(
        "Rebels shelled Aleppo on Monday. Aleppo said the water was cut. Troops left Crimea.",
        Some("2025-01-29"),
        &[("Aleppo", LOC), ("Crimea", LOC)],
    );
    let a = entity(&d, "Aleppo");
    assert_eq!(a.kind, LOC);
    assert_eq!(a.kb_id.as_deref(), Some("loc:aleppo"));
    assert_eq!(a.country.as_deref(), Some("SYR"));
    assert_eq!(a.mentions.len(), 2);
    assert!(
        a.mentions.iter().all(|m| m.actor_code.is_none()),
        "a city is not its state's government"
    );
    assert_eq!(entity(&d, "Crimea").country.as_deref(), Some("UKR"));
}

#[test]
fn a_us_namesake_of_a_place_abroad_is_the_us_city() {
    let d = resolved(
        "ALEXANDRIA, Va. — A jury in Alexandria convicted the man on Friday.",
        Some("2025-01-29"),
        &[("ALEXANDRIA", ORG), ("Alexandria", LOC)],
    );
    let a = entity(&d, "Alexandria, Virginia");
    assert_eq!(a.country.as_deref(), Some("USA"));
    assert_eq!(a.kb_id, None);
    // Written without a US state, Alexandria is Egypt's.
    let d = resolved(
        "Protesters gathered in Alexandria.",
        None,
        &[("Alexandria", LOC)],
    );
    assert_eq!(entity(&d, "Alexandria").country.as_deref(), Some("EGY"));
}

#[test]
fn an_undated_article_codes_a_person_by_their_latest_office() {
    let d = resolved(
        "Vladimir Putin met the delegation.",
        None,
        &[("Vladimir Putin", EntityType::PER)],
    );
    assert_eq!(
        entity(&d, "Vladimir Putin").actor_code.as_deref(),
        Some("RUSGOV")
    );
}

#[test]
fn a_quote_the_recogniser_took_into_a_name_is_left_out() {
    let d = resolved(
        "Prosecutors dropped the case \"regarding Julian Assange\", the agency said.",
        Some("2019-11-19"),
        &[("Julian Assange\"", EntityType::PER)],
    );
    let e = entity(&d, "Julian Assange");
    assert_eq!(surfaces(&d, e), vec!["Julian Assange"]);
    let d = resolved(
        "Both Johnson and Corbyn spoke.",
        Some("2019-11-19"),
        &[
            ("Both Johnson", EntityType::PER),
            ("Corbyn", EntityType::PER),
        ],
    );
    assert!(d
        .entities
        .iter()
        .any(|e| e.name == "Johnson" || e.name == "Boris Johnson"));
}

#[test]
fn a_known_person_the_recogniser_missed_is_recovered_but_not_a_bare_surname() {
    let d = resolved(
        "Prosecutors in Sweden dropped a case against Wikileaks co-founder Julian Assange. \
         Taylor said nothing.",
        Some("2019-11-19"),
        &[("Sweden", LOC)],
    );
    let e = entity(&d, "Julian Assange");
    assert_eq!(e.kind, PER);
    assert_eq!(e.actor_code.as_deref(), Some("AUSMED"));
    assert_eq!(surfaces(&d, e), ["Julian Assange"]);
    // one capitalised word is never enough
    assert_eq!(d.entities.len(), 2, "{:?}", d.entities);
}

#[test]
fn a_known_organisation_the_recogniser_cut_is_taken_whole() {
    let d = resolved(
        "The Department of Homeland Security said the Department of Homeland was wrong.",
        Some("2019-11-19"),
        &[("Homeland Security", ORG)],
    );
    let e = entity(&d, "United States Department of Homeland Security");
    assert_eq!(surfaces(&d, e), ["Department of Homeland Security"]);
    assert_eq!(e.actor_code.as_deref(), Some("USAGOV"));
}

#[test]
fn a_known_acronym_the_recogniser_missed_is_recovered() {
    let d = resolved(
        "The UNITA militarist wing refused to allow the planes to land.",
        Some("1998-06-01"),
        &[],
    );
    let e = entity(&d, "UNITA");
    assert_eq!(e.actor_code.as_deref(), Some("AGOREB"));
    assert_eq!(surfaces(&d, e), ["UNITA"]);
}

#[test]
fn a_surname_shared_by_namesakes_of_one_country_goes_to_the_one_in_office() {
    let d = resolved(
        "President Bush threatened further action.",
        Some("1991-06-01"),
        &[("Bush", PER)],
    );
    assert_eq!(
        entity(&d, "George H. W. Bush").actor_code.as_deref(),
        Some("USAGOV")
    );
    let d = resolved(
        "President Bush threatened further action.",
        Some("2005-06-01"),
        &[("Bush", PER)],
    );
    assert_eq!(
        entity(&d, "George W. Bush").actor_code.as_deref(),
        Some("USAGOV")
    );
}

#[test]
fn a_word_in_a_line_of_capitals_is_no_acronym() {
    let d = resolved("WHO WILL WIN THE RACE", Some("2020-01-01"), &[]);
    assert!(d.entities.is_empty(), "{:?}", d.entities);
}

#[test]
fn a_name_that_spells_an_acronym_role_in_title_case_is_a_name() {
    // "NGO" is a role, "Ngo" a Vietnamese surname
    let d = resolved(
        "Ngo Xuan Lich met aid workers in Hanoi.",
        None,
        &[("Ngo Xuan Lich", EntityType::PER)],
    );
    let e = entity(&d, "Ngo Xuan Lich");
    assert_ne!(e.actor_code.as_deref(), Some("NGO"));
}

#[test]
fn a_misspelt_country_is_the_country_but_a_real_place_stays() {
    let d = resolved(
        "Ethopia reopened its border. Officials in Indiana and Columbia said so.",
        Some("2025-01-29"),
        &[("Ethopia", ORG), ("Indiana", LOC), ("Columbia", LOC)],
    );
    assert_eq!(entity(&d, "Ethiopia").country.as_deref(), Some("ETH"));
    assert_ne!(entity(&d, "Indiana").country.as_deref(), Some("IND"));
    assert_ne!(entity(&d, "Columbia").country.as_deref(), Some("COL"));
}

#[test]
fn a_place_name_two_countries_share_follows_the_story() {
    let d = resolved(
        "Clashes in Tripoli left three dead. The Lebanese army deployed in the northern port.",
        Some("2025-01-29"),
        &[("Tripoli", LOC)],
    );
    assert_eq!(
        entity(&d, "Tripoli, Lebanon").country.as_deref(),
        Some("LBN")
    );
    let d = resolved(
        "Clashes in Tripoli left three dead, the Libyan government said.",
        Some("2025-01-29"),
        &[("Tripoli", LOC)],
    );
    assert_eq!(entity(&d, "Tripoli").country.as_deref(), Some("LBY"));
}

#[test]
fn a_misspelt_full_name_of_a_known_person_is_that_person() {
    let d = resolved(
        "Francois Mitterand welcomed the South African leader.",
        Some("1990-05-10"),
        &[("Francois Mitterand", PER)],
    );
    assert_eq!(
        entity(&d, "François Mitterrand").country.as_deref(),
        Some("FRA")
    );
}

#[test]
fn a_party_named_with_another_countrys_party_in_brackets_keeps_its_own_country() {
    // "(Conservatives)" alone is the British party; the Homeland Union is Lithuanian
    let d = resolved(
        "The Homeland Union (Conservatives) began collecting signatures.",
        Some("2004-05-01"),
        &[("Homeland Union", ORG), ("Conservatives", ORG)],
    );
    let e = entity(&d, "Homeland Union – Lithuanian Christian Democrats");
    assert_eq!(e.country.as_deref(), Some("LTU"));
    assert_eq!(e.actor_code, None);
}

#[test]
fn a_national_labour_congress_is_no_us_congress() {
    let d = resolved(
        "The Nigeria Labour Congress called off its strike.",
        Some("2001-05-01"),
        &[("Nigeria Labour Congress", ORG)],
    );
    let e = entity(&d, "Nigeria Labour Congress");
    assert_eq!(e.actor_code.as_deref(), Some("NGALAB"));
}

#[test]
fn a_national_bar_association_is_no_person_surnamed_bar() {
    // "Nigerian Bar" alone fell back to the surname of Ronen Bar (ISR)
    let d = resolved(
        "The Nigerian Bar Association condemned the arrest of the lawyers.",
        Some("2019-11-19"),
        &[("Nigerian Bar Association", ORG)],
    );
    let e = entity(&d, "Nigerian Bar Association");
    assert_eq!(e.country.as_deref(), Some("NGA"));
    assert_eq!(e.actor_code.as_deref(), Some("NGACVL"));
}

#[test]
fn an_alias_may_end_in_lower_case_words() {
    // "the Hague tribunal" is the ICTY, not a Dutch court; "China is" is no "IS"
    let d = resolved(
        "The Hague tribunal indicted the general. China is worried.",
        Some("2001-05-02"),
        &[("Hague", LOC), ("China", LOC)],
    );
    let e = entity(
        &d,
        "International Criminal Tribunal for the former Yugoslavia",
    );
    assert_eq!(surfaces(&d, e), ["Hague tribunal"]);
    assert!(d.entities.iter().all(|e| e.name != "Islamic State"));
    // but only as the alias writes them: "Russia today" is no "Russia Today"
    let d = resolved(
        "The minister visited Russia today.",
        Some("2001-05-02"),
        &[("Russia", LOC)],
    );
    assert!(
        d.entities.iter().all(|e| e.name != "RT (TV network)"),
        "{:?}",
        d.entities
    );
}

/// "Denmark today accepted": the parser made the time word the subject and the country
/// its compound; the country still acts, as its state. A country in a compound that is
/// not under a time word ("the Denmark team") does not.
#[test]
fn a_country_before_a_time_word_subject_acts() {
    let parsed = |text: &str, heads: &[(Option<usize>, &str)]| {
        let mut d = doc(text, Some("2025-01-29"), &[("Denmark", LOC)]);
        assert_eq!(d.tokens.len(), heads.len(), "{:?}", d.tokens);
        for (t, (h, rel)) in d.tokens.iter_mut().zip(heads) {
            t.head = *h;
            t.deprel = Some((*rel).into());
        }
        resolve(&mut d, KnowledgeBase::builtin());
        entity(&d, "Denmark").mentions[0].actor_code.clone()
    };
    let acting = parsed(
        "Denmark today accepted a formula.",
        &[
            (Some(1), "compound"),
            (Some(2), "nsubj"),
            (None, "root"),
            (Some(4), "det"),
            (Some(2), "obj"),
            (Some(2), "punct"),
        ],
    );
    assert_eq!(acting.as_deref(), Some("DNKGOV"));
    let team = parsed(
        "The Denmark team won.",
        &[
            (Some(2), "det"),
            (Some(2), "compound"),
            (Some(3), "nsubj"),
            (None, "root"),
            (Some(3), "punct"),
        ],
    );
    assert_eq!(team, None);
}

/// "Congo" alone is the Democratic Republic (Kinshasa), as news writes it since 1997, with or
/// without "the"; the Republic of Congo is named in full. A pope known by title and name
/// ("Pope Leo") keeps the title as part of the name and is the Vatican's.
#[test]
fn congo_and_popes_resolve_to_their_states() {
    let d = resolved(
        "Congo accused Rwanda. The Democratic Republic of Congo and the Republic of Congo met.",
        Some("2025-06-01"),
        &[
            ("Congo", LOC),
            ("Rwanda", LOC),
            ("Democratic Republic of Congo", LOC),
            ("Republic of Congo", LOC),
        ],
    );
    let drc = d
        .entities
        .iter()
        .find(|e| e.country.as_deref() == Some("COD"));
    let drc = drc.expect("the DRC");
    assert_eq!(surfaces(&d, drc), ["Congo", "Democratic Republic of Congo"]);
    let rc = d
        .entities
        .iter()
        .find(|e| e.country.as_deref() == Some("COG"));
    assert_eq!(
        rc.map(|e| surfaces(&d, e)),
        Some(vec!["Republic of Congo".into()])
    );
    let d = resolved(
        "Pope Leo urged India and Pakistan to talk.",
        Some("2025-06-01"),
        &[("Pope Leo", PER), ("India", LOC), ("Pakistan", LOC)],
    );
    let pope = d.entities.iter().find(|e| e.kind == PER).expect("the pope");
    assert_eq!(pope.country.as_deref(), Some("VAT"), "{pope:?}");
}

/// An organisation owned in the text by another country than the knowledge base's entry
/// is not that entry: "Argentina's Congress" is no United States Congress.
#[test]
fn a_possessor_country_overrules_a_namesake_organisation() {
    let d = resolved(
        "Teachers rallied outside Argentina's Congress. The U.S. Congress met.",
        Some("2025-06-01"),
        &[
            ("Argentina", LOC),
            ("Congress", ORG),
            ("U.S. Congress", ORG),
        ],
    );
    let us = d
        .entities
        .iter()
        .find(|e| e.kb_id.as_deref() == Some("org:us-congress"))
        .expect("the U.S. Congress");
    assert_eq!(surfaces(&d, us), ["U.S. Congress"], "{:?}", d.entities);
}

/// A name the knowledge base knows whole keeps its words: "International Criminal Court"
/// is the court, not a criminal called Court.
#[test]
fn a_known_name_has_no_title_inside() {
    let d = resolved(
        "The United States sanctioned two judges of the International Criminal Court.",
        Some("2025-06-05"),
        &[("International Criminal Court", EntityType::ORG)],
    );
    let e = entity(&d, "International Criminal Court");
    assert_eq!(e.kind, EntityType::ORG);
    assert_eq!(e.actor_code.as_deref(), Some("IGOICC"));
}

/// A word that heads organisations' names is not a person's name left after a title
/// ("Arab Bankers' *Association*"), and a name described as a firm is a firm's.
#[test]
fn organisation_heads_and_firms_are_not_people() {
    let d = resolved(
        "The Arab Bankers' Association said lending fell.",
        Some("2025-06-05"),
        &[("Arab Bankers' Association", EntityType::ORG)],
    );
    let e = entity(&d, "Arab Bankers' Association");
    assert_eq!(e.kind, EntityType::ORG);
    let d = resolved(
        "The court ruled against Russian oil firm Severneft on Monday.",
        Some("2025-06-05"),
        &[("Severneft", EntityType::PER)],
    );
    let e = entity(&d, "Severneft");
    assert_eq!(e.kind, EntityType::ORG);
}

/// "Peru's Congress" recognised as one name is Peru's legislature, not the United States
/// Congress.
#[test]
fn an_organ_named_with_its_country_is_that_countrys() {
    let d = resolved(
        "Peru's Congress voted on Monday to remove the president.",
        Some("2025-06-05"),
        &[("Peru's Congress", EntityType::ORG)],
    );
    let e = entity(&d, "Peru's Congress");
    assert_eq!(e.mentions[0].actor_code.as_deref(), Some("PERLEG"));
    assert_ne!(e.actor_code.as_deref(), Some("USALEG"));
}

/// "Syrian President Ahmed al-Sharaa" recognised as one MISC name: a country's adjective
/// and a title before a name (with its particles) leave a person with that title.
#[test]
fn a_nationality_and_a_title_before_a_name_leave_a_person() {
    let d = resolved(
        "Syrian President Ahmed al-Sharaa met Qatari Emir Tamim bin Hamad Al Thani in Doha.",
        Some("2025-04-15"),
        &[
            ("Syrian President Ahmed al-Sharaa", MISC),
            ("Qatari Emir Tamim bin Hamad Al Thani", MISC),
            ("Doha", LOC),
        ],
    );
    let p = entity(&d, "Ahmed al-Sharaa");
    assert_eq!(p.kind, PER);
    assert_eq!(p.mentions[0].role.as_deref(), Some("Syrian President"));
    let q = entity(&d, "Tamim bin Hamad Al Thani");
    assert_eq!(q.kind, PER);
}

/// A bare "Congress" in a sentence set in another country is that country's legislature,
/// not the United States Congress; set in the United States, or with no country, it stays.
#[test]
fn a_bare_congress_abroad_is_that_countrys() {
    let d = resolved(
        "Police in Lima fired tear gas at students marching on Congress.",
        Some("2025-10-15"),
        &[("Lima", LOC), ("Congress", ORG)],
    );
    let c = entity(&d, "Congress");
    assert_eq!(
        c.mentions[0].actor_code.as_deref(),
        Some("PERLEG"),
        "{:?}",
        d.entities
    );
    let d = resolved(
        "Protesters in Washington marched to Congress on Friday.",
        Some("2025-10-15"),
        &[("Washington", LOC), ("Congress", ORG)],
    );
    assert!(
        d.entities
            .iter()
            .any(|e| e.kb_id.as_deref() == Some("org:us-congress")),
        "{:?}",
        d.entities
    );
}

#[test]
fn an_organ_of_a_known_body_is_the_body() {
    let d = resolved(
        "The ECOWAS Commission urged calm. The Zenith Council met.",
        Some("2025-12-10"),
        &[("ECOWAS Commission", ORG), ("Zenith Council", ORG)],
    );
    let e = d
        .entities
        .iter()
        .find(|e| surfaces(&d, e) == ["ECOWAS Commission"])
        .unwrap();
    assert_eq!(e.actor_code.as_deref(), Some("IGOWAS"));
    // an unknown body's council stays unknown
    let z = d
        .entities
        .iter()
        .find(|e| surfaces(&d, e) == ["Zenith Council"])
        .unwrap();
    assert_eq!(z.actor_code, None);
}

/// A name read as a person that ends in a word only firms end in is a firm, owned by the
/// country before its possessive ("Canada's Barrick Mining": CANBUS); a name does not run on
/// into "of" and a possessive pronoun ("stripping France's Orano of its majority stake").
#[test]
fn firms_by_their_last_word_and_names_cut_before_of_its() {
    let d = resolved(
        "Mali fined Canada's Barrick Mining on Monday.",
        Some("2025-06-05"),
        &[
            ("Mali", EntityType::LOC),
            ("Canada", EntityType::LOC),
            ("Barrick Mining", EntityType::PER),
        ],
    );
    let e = entity(&d, "Barrick Mining");
    assert_eq!(e.kind, EntityType::ORG);
    assert_eq!(e.mentions[0].actor_code.as_deref(), Some("CANBUS"));
    let d = resolved(
        "Niger stripped France's Orano of its majority stake on Thursday.",
        Some("2025-06-05"),
        &[("Orano of its majority stake", EntityType::PER)],
    );
    assert!(
        d.entities.iter().any(|e| e.name == "Orano"),
        "{:?}",
        d.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_country_split_at_its_and_is_made_whole_when_the_base_knows_it() {
    // the recogniser tags "Sao Tome" and, apart, "Principe" (or not at all: "Tobago")
    let d = resolved(
        "Sao Tome and Principe and Trinidad and Tobago asked Nigeria for help.",
        None,
        &[
            ("Sao Tome", LOC),
            ("Principe", PER),
            ("Trinidad", LOC),
            ("Nigeria", LOC),
        ],
    );
    let e = entity(&d, "São Tomé and Príncipe");
    assert_eq!(e.country.as_deref(), Some("STP"));
    assert_eq!(surfaces(&d, e), vec!["Sao Tome and Principe"]);
    assert!(d.entities.iter().all(|e| e.name != "Principe"));
    let e = entity(&d, "Trinidad and Tobago");
    assert_eq!(e.country.as_deref(), Some("TTO"));
    // two countries joined by "and" stay two
    let d = resolved(
        "Guyana and Suriname signed a deal.",
        None,
        &[("Guyana", LOC), ("Suriname", LOC)],
    );
    assert_eq!(entity(&d, "Guyana").country.as_deref(), Some("GUY"));
    assert_eq!(entity(&d, "Suriname").country.as_deref(), Some("SUR"));
}
