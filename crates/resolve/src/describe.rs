//! Descriptions of actors that are not names: titles before names, state organs
//! ("Russia's foreign ministry") and nominal descriptions ("Syria's de facto leader").

use crate::{Cluster, Found};
use eventwire_kb::{fold, EntryClass, KnowledgeBase, RoleClass};
use eventwire_model::{Document, EntityType, Span};

/// Longest title we peel off before a name, in words.
const MAX_TITLE_WORDS: usize = 6;

fn word(doc: &Document, i: usize) -> &str {
    &doc.text[doc.tokens[i].span.range()]
}

fn is_possessive(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'" | "’")
}

/// Whether token `i` may be part of a title: a noun, proper noun or adjective (by the
/// tagger when it ran, else by shape), or a hyphen inside a compound ("Vice-President").
fn title_word(doc: &Document, i: usize) -> bool {
    let w = word(doc, i);
    if w == "-" {
        return true;
    }
    if !w.chars().all(|c| c.is_alphabetic() || c == '.') {
        return false;
    }
    match doc.tokens[i].upos.as_deref() {
        Some(p) => matches!(p, "NOUN" | "PROPN" | "ADJ"),
        None => !matches!(
            w.to_ascii_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "and"
                | "or"
                | "of"
                | "said"
                | "told"
                | "met"
                | "with"
                | "by"
                | "to"
                | "in"
                | "on"
                | "at"
                | "from"
                | "as"
                | "that"
                | "his"
                | "her"
                | "their"
        ),
    }
}

/// Courtesy titles that are part of no role: "Mr. Peskov" is Peskov.
pub const HONORIFICS: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Sheikh",
    "Shaikh",
    "Monsieur",
    "Madame",
    "Herr",
    "Frau",
];

/// Abbreviated titles written before names in news ("Rep. Ilhan Omar", "Gov. Kristi
/// Noem", "Lt. Gen. ..."): part of no name, kept as the role.
pub const TITLE_ABBREVIATIONS: &[&str] = &[
    "Rep", "Reps", "Sen", "Sens", "Gov", "Govs", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Adm",
    "Sgt", "Cpl", "Pvt", "Cmdr", "Brig", "Pres", "Amb", "Supt", "Insp", "Det", "Rev", "Fr", "Atty",
    "Sec", "Hon",
];

/// Moves a title the recogniser took into a person's name ("Foreign Minister Mikhail
/// Bogdanov", "Mr. Peskov") out of the name: the span shrinks to the name, and the title
/// (with any title words right before the span, "Deputy") becomes the mention's role.
/// Words that head organisations' names: left alone after a title-like run, such a word is
/// the end of an organisation's name, not a person's name.
const ORGANISATION_HEADS: &[&str] = &[
    "ministry",
    "department",
    "agency",
    "bureau",
    "office",
    "commission",
    "committee",
    "council",
    "board",
    "authority",
    "administration",
    "service",
    "services",
    "directorate",
    "secretariat",
    "assembly",
    "parliament",
    "congress",
    "senate",
    "court",
    "tribunal",
    "party",
    "front",
    "movement",
    "alliance",
    "coalition",
    "union",
    "league",
    "federation",
    "association",
    "society",
    "organisation",
    "organization",
    "institute",
    "institution",
    "foundation",
    "fund",
    "trust",
    "center",
    "centre",
    "university",
    "college",
    "school",
    "academy",
    "hospital",
    "clinic",
    "bank",
    "group",
    "holdings",
    "corp",
    "corporation",
    "company",
    "club",
    "chamber",
    "unit",
    "report",
    "media",
    "network",
    "forces",
    "army",
    "police",
    "guard",
    "brigade",
    "brigades",
    "network",
    "inc",
    "ltd",
    "plc",
];

/// Nouns that describe a firm or an outlet, not a person ("oil *firm* Yukos").
const FIRM_NOUNS: &[&str] = &[
    "firm",
    "company",
    "giant",
    "maker",
    "producer",
    "operator",
    "retailer",
    "lender",
    "insurer",
    "carrier",
    "airline",
    "broadcaster",
    "newspaper",
    "network",
    "exporter",
    "supplier",
    "manufacturer",
    "developer",
    "chain",
    "conglomerate",
    "outlet",
    "group",
    "bank",
    "brand",
    "agency",
    "startup",
    "start-up",
];

/// Last words of firms' names, never of people's.
const FIRM_NAME_ENDS: &[&str] = &[
    "Mining",
    "Minerals",
    "Mines",
    "Metals",
    "Resources",
    "Petroleum",
    "Energy",
    "Holdings",
    "Group",
    "Corp",
    "Corp.",
    "Corporation",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Limited",
    "PLC",
    "Plc",
    "Airlines",
    "Airways",
    "Motors",
    "Industries",
    "Technologies",
    "Telecom",
    "Pharmaceuticals",
    "Shipping",
    "Logistics",
    "Bank",
];

/// Whether `w` is a word only firms' names end in ("Mining", "Holdings").
pub(crate) fn firm_name_end(w: &str) -> bool {
    FIRM_NAME_ENDS.contains(&w)
}

/// A name a title-like description of a firm comes with ("Russian oil firm Yukos", "the
/// mobile phone operators Vodafone and T-Mobile") is a firm's, whatever the recogniser
/// typed it.
pub(crate) fn firm_by_description(f: &mut Found) {
    // (and a name that ends in a word only firms end in: "Canada's Barrick Mining")
    let end = f.surface.rsplit(' ').next().unwrap_or("");
    if f.kind == EntityType::PER && f.surface.contains(' ') && firm_name_end(end) {
        f.kind = EntityType::ORG;
        return;
    }
    let Some(role) = &f.role else { return };
    let last = role.split_whitespace().last().unwrap_or("").to_lowercase();
    let singular = last.strip_suffix('s').unwrap_or(&last);
    if f.kind == EntityType::PER
        && (FIRM_NOUNS.contains(&last.as_str()) || FIRM_NOUNS.contains(&singular))
    {
        f.kind = EntityType::ORG;
    }
}

pub(crate) fn peel_title_inside(doc: &Document, kb: &KnowledgeBase, f: &mut Found) {
    let (a, b) = f.tokens;
    let mut cut = a;
    let mut titled = false;
    // Honorifics ("Mr", "Mr.", and a separate "." token) come off first; abbreviated
    // titles ("Rep.", "Gov.", "Gen.") too, and they are the mention's role.
    let mut abbreviated: Option<usize> = None;
    while cut + 1 < b {
        let w = word(doc, cut).trim_end_matches('.');
        let title = TITLE_ABBREVIATIONS.contains(&w);
        if !title && !HONORIFICS.contains(&w) {
            break;
        }
        if title && abbreviated.is_none() {
            abbreviated = Some(cut);
        }
        cut += 1;
        if cut + 1 < b && word(doc, cut) == "." {
            cut += 1;
        }
    }
    if let Some(t) = abbreviated {
        // "Lt. Col. Alexander Vindman": only people carry such titles.
        f.role = Some(join(doc, t, cut));
        f.kind = EntityType::PER;
    }
    // A person known by the title as part of the name ("Pope Leo") keeps it, unless what
    // follows the title is a known name too ("President Bush": which Bush, by date)
    let is_person = |from: usize| {
        kb.lookup(&join(doc, from, b))
            .iter()
            .any(|e| e.kind == EntityType::PER)
    };
    let start = cut;
    // A name the knowledge base knows whole has no title inside it: "International
    // Criminal Court" is not a criminal called Court
    let known_whole = kb
        .lookup(&join(doc, cut, b))
        .iter()
        .any(|e| e.kind != EntityType::PER);
    // Then the longest run of leading words that ends in a role noun; not after an
    // abbreviated title, where the next word starts the name ("Gen. Ngo Xuan Lich").
    for k in (cut + 1..b)
        .rev()
        .filter(|_| abbreviated.is_none() && !known_whole)
    {
        let phrase = join(doc, cut, k);
        // an acronym is a role only in capitals: "NGO", not the name "Ngo"
        let short_name = k == cut + 1 && phrase.chars().count() <= 3 && {
            let w = word(doc, cut);
            w.chars().skip(1).any(char::is_lowercase)
        };
        // (a country's adjective may lead the title: "Saudi Crown Prince Mohammed bin
        // Salman", "Syrian President Ahmed al-Sharaa")
        let national = k > cut + 1
            && kb.country_by_demonym(word(doc, cut)).is_some()
            && kb.role(&join(doc, cut + 1, k)).is_some();
        if !short_name
            && (cut..k).all(|i| title_word(doc, i))
            && (kb.role(&phrase).is_some() || national)
        {
            if is_person(start) && !is_person(k) {
                break;
            }
            cut = k;
            titled = true;
            break;
        }
    }
    if cut == a {
        return;
    }
    // What is left must look like a name: capitalised words (a particle inside: "Mohammed
    // bin Salman", "Ahmed al-Sharaa"), and not one word that heads organisations' names
    // ("British Bankers' *Association*", "Arab *League*")
    let particle = |i: usize| {
        i > cut
            && i + 1 < b
            && matches!(
                word(doc, i),
                "bin"
                    | "ibn"
                    | "bint"
                    | "al"
                    | "el"
                    | "ad"
                    | "-"
                    | "abu"
                    | "ben"
                    | "ould"
                    | "de"
                    | "da"
                    | "van"
                    | "von"
                    | "der"
                    | "du"
                    | "dos"
                    | "das"
            )
    };
    if !(cut..b).all(|i| {
        particle(i)
            || word(doc, i)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '.')
    }) || (b - cut == 1 && ORGANISATION_HEADS.contains(&word(doc, cut).to_lowercase().as_str()))
    {
        return;
    }
    if titled {
        // "White House Press Secretary Stephanie Grisham": a title and a name are a person;
        // "Russian oil firm Yukos": a description of a firm and a name are a firm
        f.kind = EntityType::PER;
    }
    f.tokens = (cut, b);
    f.span = Span::new(doc.tokens[cut].span.start, f.span.end);
    f.surface = crate::normalise(&doc.text[f.span.range()]);
    if titled {
        f.role = title_before(doc, cut, kb);
    }
}

/// The title written right before the mention starting at token `first`, e.g. "Kremlin
/// spokesman" before "Dmitry Peskov". The words must end in a role noun the knowledge
/// base knows, and stop at punctuation, a possessive or a function word.
pub(crate) fn title_before(doc: &Document, first: usize, kb: &KnowledgeBase) -> Option<String> {
    let sentence_start = doc
        .sentences
        .iter()
        .find(|s| s.tokens.0 <= first && first < s.tokens.1)
        .map_or(0, |s| s.tokens.0);
    let mut start = first;
    while start > sentence_start && first - start < MAX_TITLE_WORDS && title_word(doc, start - 1) {
        start -= 1;
    }
    if start == first {
        return None;
    }
    // The words just before the name must end in a role noun ("spokesman", "minister").
    let role_at_end = (1..=3).filter(|&n| n <= first - start).any(|n| {
        let phrase = join(doc, first - n, first);
        // role() only ever drops leading words, so a hit ends in a role noun.
        kb.role(&phrase).is_some()
    });
    if !role_at_end {
        return None;
    }
    while start < first && word(doc, start) == "-" {
        start += 1;
    }
    Some(doc.text[doc.tokens[start].span.start..doc.tokens[first - 1].span.end].to_string())
}

fn join(doc: &Document, a: usize, b: usize) -> String {
    doc.text[doc.tokens[a].span.start..doc.tokens[b - 1].span.end].to_string()
}

/// The country a stretch of tokens names as a state: a country, its capital or seat, one of
/// its other places ("Aleppo", "Texas"), or a demonym ("Afghan").
fn country_at(
    doc: &Document,
    kb: &KnowledgeBase,
    found: &[Found],
    i: usize,
) -> Option<(usize, String)> {
    if let Some(f) = found
        .iter()
        .find(|f| f.tokens.1 == i + 1 && f.kind != EntityType::PER)
    {
        let hit = kb.lookup(&f.surface).into_iter().find(|e| {
            matches!(
                e.class,
                EntryClass::Country | EntryClass::Capital | EntryClass::Place | EntryClass::Seat
            )
        });
        if let Some(code) = hit.and_then(|e| e.country.clone()) {
            return Some((f.tokens.0, code));
        }
        if let Some(c) = kb.metonym(&f.surface) {
            return Some((f.tokens.0, c.code.clone()));
        }
    }
    let w = word(doc, i);
    // a region's adjective is no state's: "South American governments", "West African
    // leaders" (but "South African" is a demonym of its own)
    let region = i > 0 && kb.region_adjective(word(doc, i - 1), w);
    if w.chars().next().is_some_and(char::is_uppercase) && !region {
        if let Some(c) = kb.country_by_demonym(w) {
            return Some((i, c.code.clone()));
        }
    }
    None
}

/// The countries the sentence of token `i` names as states (places, capitals, demonyms),
/// in order, each once: for a bare organ ("marched towards Congress" in a story from
/// Asuncion) whose country the text does not state otherwise.
pub(crate) fn sentence_countries(
    doc: &Document,
    kb: &KnowledgeBase,
    found: &[Found],
    i: usize,
) -> Vec<String> {
    let Some(s) = doc
        .sentences
        .iter()
        .find(|s| s.tokens.0 <= i && i < s.tokens.1)
    else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    for t in s.tokens.0..s.tokens.1 {
        if let Some((at, k)) = country_at(doc, kb, found, t) {
            // (where the sentence happens, not where someone goes: "a visit to Russia")
            let destination = at > 0
                && matches!(
                    word(doc, at - 1).to_lowercase().as_str(),
                    "to" | "towards" | "from" | "into"
                );
            if !destination && !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// The country that owns the mention starting at token `first` ("Argentina's Congress").
/// "Peru's Congress" recognised as one name: the country before the possessive and the
/// organ after it, as an actor code (`PERLEG`).
pub(crate) fn organ_inside(doc: &Document, kb: &KnowledgeBase, f: &Found) -> Option<String> {
    let (a, b) = f.tokens;
    let p = (a + 1..b.saturating_sub(1)).find(|&i| is_possessive(word(doc, i)))?;
    let country = country_of_word(kb, &join(doc, a, p))?;
    let role = kb.role(&join(doc, p + 1, b).to_lowercase())?;
    Some(format!("{country}{}", role.code))
}

pub(crate) fn possessor_country(
    doc: &Document,
    kb: &KnowledgeBase,
    found: &[Found],
    first: usize,
) -> Option<String> {
    let apostrophe = first.checked_sub(1)?;
    if !is_possessive(word(doc, apostrophe)) {
        return None;
    }
    country_at(doc, kb, found, apostrophe.checked_sub(1)?).map(|(_, code)| code)
}

/// The state a single word names: a demonym ("Russian"), a country, capital or seat
/// ("Kremlin").
fn country_of_word(kb: &KnowledgeBase, w: &str) -> Option<String> {
    kb.country_by_demonym(w)
        .or_else(|| kb.metonym(w))
        .map(|c| c.code.clone())
        .or_else(|| {
            kb.lookup(w)
                .into_iter()
                .find(|e| e.class == EntryClass::Country)
                .and_then(|e| e.country.clone())
        })
}

/// The organ or title phrase right after token `i` (skipping a possessive): the longest of
/// up to three lower-case words the knowledge base knows as a role of `class`.
fn role_after(
    doc: &Document,
    kb: &KnowledgeBase,
    i: usize,
    end: usize,
    want: &[RoleClass],
) -> Option<(usize, usize, eventwire_kb::RoleInfo)> {
    let mut j = i + 1;
    if j < end && is_possessive(word(doc, j)) {
        j += 1;
    }
    for n in (1..=3).rev() {
        if j + n > end {
            continue;
        }
        let all_lower = (j..j + n).all(|k| {
            let w = word(doc, k);
            w.chars().all(|c| c.is_lowercase() || c == '-')
        });
        if !all_lower {
            continue;
        }
        let phrase = join(doc, j, j + n);
        if let Some(r) = kb.role(&phrase) {
            if want.contains(&r.class) {
                return Some((j, j + n, r));
            }
        }
    }
    None
}

/// The last word of a phrase, folded: what "the ministry" must share with "Russia's
/// foreign ministry" to refer back to it.
fn head_noun(phrase: &str) -> String {
    fold(phrase).rsplit(' ').next().unwrap_or("").to_string()
}

/// The canonical name of a state organ, after English Wikipedia's titles.
fn organ_name(phrase: &str, country: &str) -> String {
    let p = fold(phrase);
    let head = p.rsplit(' ').next().unwrap_or("");
    if matches!(
        head,
        "government" | "administration" | "authorities" | "leadership" | "regime" | "cabinet"
    ) {
        format!("Government of {country}")
    } else if p.contains("foreign") {
        format!("Ministry of Foreign Affairs ({country})")
    } else if p.contains("defence") || p.contains("defense") {
        format!("Ministry of Defence ({country})")
    } else if p.contains("interior") {
        format!("Ministry of Internal Affairs ({country})")
    } else if p.contains("army") || p.contains("military") || p.contains("armed forces") {
        format!("Armed Forces of {country}")
    } else {
        let mut t: String = phrase
            .split_whitespace()
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ");
        t.push_str(&format!(" of {country}"));
        t
    }
}

/// Adds state organs named descriptively ("Russia's foreign ministry", "the Afghan
/// government", "the Kabul government") as organisations with an actor code; a later
/// "the ministry" joins the one organ of that kind.
pub(crate) fn state_organs(
    doc: &Document,
    kb: &KnowledgeBase,
    found: &mut Vec<Found>,
    clusters: &mut Vec<Cluster>,
) {
    let mut organs: Vec<(String, usize)> = Vec::new(); // (folded phrase, cluster)
    for s in &doc.sentences {
        let mut i = s.tokens.0;
        while i < s.tokens.1 {
            let Some((start, code)) = country_at(doc, kb, found, i) else {
                i += 1;
                continue;
            };
            let Some((j, end, role)) = role_after(doc, kb, i, s.tokens.1, &[RoleClass::Organ])
            else {
                i += 1;
                continue;
            };
            // a name the knowledge base knows as a body of its own ("the Hague tribunal"
            // is the ICTY, not a Dutch court)
            // (exactly its name or an alias: the look-up also drops leading words)
            let whole = eventwire_kb::fold(&join(doc, start, end));
            if kb.lookup(&whole).into_iter().any(|e| {
                matches!(e.class, EntryClass::Organisation | EntryClass::Media)
                    && (eventwire_kb::fold(&e.name) == whole
                        || e.aliases.iter().any(|x| eventwire_kb::fold(x) == whole))
            }) {
                i = end;
                continue;
            }
            let country = kb.country(&code).map_or(code.clone(), |c| c.name.clone());
            let phrase = join(doc, j, end);
            let name = organ_name(&phrase, &country);
            let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
            let actor = format!("{code}{}", role.code);
            let idx = found.len();
            found.push(Found {
                span,
                kind: EntityType::ORG,
                surface: doc.text[span.range()].to_string(),
                role: None,
                actor_code: Some(actor.clone()),
                tokens: (start, end),
                description: true,
            });
            match clusters
                .iter()
                .position(|c| c.given_name.as_deref() == Some(name.as_str()))
            {
                Some(c) => clusters[c].members.push(idx),
                None => {
                    organs.push((head_noun(&phrase), clusters.len()));
                    clusters.push(Cluster {
                        kind: EntityType::ORG,
                        kb: None,
                        given_name: Some(name),
                        country: Some(code),
                        actor_code: Some(actor),
                        members: vec![idx],
                    });
                }
            }
            i = end;
        }
    }
    // "the ministry", "the government": the one organ of that kind, when there is one.
    for s in &doc.sentences {
        for i in s.tokens.0..s.tokens.1 {
            if !word(doc, i).eq_ignore_ascii_case("the") {
                continue;
            }
            let Some((j, end, _)) = role_after(doc, kb, i, s.tokens.1, &[RoleClass::Organ]) else {
                continue;
            };
            let span = Span::new(doc.tokens[j].span.start, doc.tokens[end - 1].span.end);
            if found
                .iter()
                .any(|f| f.span.start < span.end && span.start < f.span.end)
            {
                continue;
            }
            let key = head_noun(&join(doc, j, end));
            let hits: Vec<usize> = organs
                .iter()
                .filter(|(p, _)| *p == key)
                .map(|(_, c)| *c)
                .collect();
            let unique: std::collections::BTreeSet<usize> = hits.into_iter().collect();
            if unique.len() == 1 {
                let c = *unique.iter().next().expect("one");
                found.push(Found {
                    span,
                    kind: EntityType::ORG,
                    surface: doc.text[span.range()].to_string(),
                    role: None,
                    actor_code: None,
                    tokens: (j, end),
                    description: true,
                });
                clusters[c].members.push(found.len() - 1);
            }
        }
    }
}

/// Joins nominal descriptions to the person they describe when the evidence is good:
/// "Syria's de facto leader" when exactly one person in the document led Syria on the
/// article's date (by the knowledge base); "the Kremlin spokesman" when exactly one person
/// was introduced with that title.
pub(crate) fn nominal_descriptions(
    doc: &Document,
    kb: &KnowledgeBase,
    date: Option<&str>,
    found: &mut Vec<Found>,
    clusters: &mut [Cluster],
) {
    for s in &doc.sentences {
        for i in s.tokens.0..s.tokens.1 {
            let Some((start, code)) = country_at(doc, kb, found, i) else {
                continue;
            };
            // Modifiers between the country and the title ("de facto", "new").
            let mut k = i + 1;
            if k < s.tokens.1 && is_possessive(word(doc, k)) {
                k += 1;
            }
            let mut title_end = None;
            for n in 1..=4 {
                if k + n > s.tokens.1 {
                    break;
                }
                let phrase = join(doc, k, k + n);
                if !(k..k + n).all(|x| word(doc, x).chars().all(|c| c.is_lowercase() || c == '-')) {
                    break;
                }
                // "Syria's leader": a country's leader is its head, whatever the base says
                // about "leader" alone (opposition leaders, rebel leaders).
                let generic = matches!(fold(word(doc, k + n - 1)).as_str(), "leader" | "ruler");
                if generic
                    || kb
                        .role(&phrase)
                        .is_some_and(|r| r.class == RoleClass::Title && r.code == "GOV")
                {
                    title_end = Some(k + n);
                }
            }
            let Some(end) = title_end else { continue };
            // A name right after makes it a title, handled with the name.
            if found.iter().any(|f| f.tokens.0 == end) {
                continue;
            }
            let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
            if found.iter().any(|f| {
                f.span.start < span.end && span.start < f.span.end && f.kind == EntityType::PER
            }) {
                continue;
            }
            let title = fold(word(doc, end - 1));
            let leader = matches!(title.as_str(), "leader" | "ruler" | "head");
            let hits: Vec<usize> = clusters
                .iter()
                .enumerate()
                .filter(|(_, c)| c.kind == EntityType::PER)
                .filter(|(_, c)| {
                    let Some(e) = c.kb else {
                        return c.members.iter().any(|&m| {
                            found[m].role.as_deref().is_some_and(|r| {
                                let r = fold(r);
                                r.ends_with(&title)
                                    && country_of_word(kb, r.split(' ').next().unwrap_or(""))
                                        .is_some_and(|cc| cc == code)
                            })
                        });
                    };
                    date.and_then(|d| kb.person_role_on(e, d))
                        .is_some_and(|sp| {
                            sp.country == code
                                && sp.role == "GOV"
                                && !sp.former
                                && (leader || fold(&sp.title).ends_with(&title))
                        })
                })
                .map(|(j, _)| j)
                .collect();
            if hits.len() == 1 {
                found.push(Found {
                    span,
                    kind: EntityType::PER,
                    surface: doc.text[span.range()].to_string(),
                    role: Some(doc.text[span.range()].to_string()),
                    actor_code: None,
                    tokens: (start, end),
                    description: true,
                });
                clusters[hits[0]].members.push(found.len() - 1);
            }
        }
    }
}
