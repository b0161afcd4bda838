//! Resolve: turns the backbone's named-entity mentions into one canonical [`Entity`] per
//! real-world person, organisation and place, coded as an actor.
//!
//! The backbone hands over mentions grouped by surface form. Resolution works in four
//! passes over them, in document order:
//!
//! 1. **Normalise, recover and peel**: possessives and a leading "the" come off; names the
//!    recogniser missed or cut are recovered where the knowledge base knows exactly one
//!    person or organisation by them ("Julian Assange", "Customs and Border Protection",
//!    "UNITA"); a title written before a name ("Kremlin spokesman Dmitry Peskov") becomes
//!    the mention's `role`.
//! 2. **Link and cluster**: each mention is looked up in the knowledge base (folded, so
//!    Ahmad/Ahmed and al-/Al- variants meet); linked mentions cluster by knowledge-base id,
//!    others by folded name, surname or first name (people) and acronym (organisations).
//! 3. **Describe the state**: state organs named descriptively ("Russia's foreign ministry",
//!    "the Afghan government") become organisations of their own with an actor code, and
//!    nominal descriptions with good evidence ("Syria's de facto leader" when the knowledge
//!    base says who led Syria that day) join the person they describe.
//! 4. **Actor codes**: a capital or seat of government in actor position ("Moscow said",
//!    "the Kremlin declined") keeps its own entity but the mention carries the state it
//!    stands for (`RUSGOV`); in a place position ("fled to Moscow") it carries nothing.
//!
//! Nothing is guessed where the evidence is thin: an unmatched description stays out.

mod describe;
mod places;

pub use describe::HONORIFICS;

use eventwire_kb::{fold, EntryClass, KbEntry, KnowledgeBase};
use eventwire_model::{Document, Entity, EntityType, Mention, Span, Token};
use std::collections::HashMap;

/// One mention on its way to an entity.
#[derive(Debug, Clone)]
struct Found {
    span: Span,
    kind: EntityType,
    /// The name as written, whitespace collapsed, possessive and leading "the" removed.
    surface: String,
    role: Option<String>,
    actor_code: Option<String>,
    /// Token range `[first, last+1)` of the mention.
    tokens: (usize, usize),
    /// A description rather than a name ("Syria's de facto leader", "the ministry"): it
    /// joins an entity but never names it.
    description: bool,
}

impl Found {
    /// A name the recogniser missed, taken from the knowledge base.
    fn recovered(span: Span, kind: EntityType, surface: String, tokens: (usize, usize)) -> Found {
        Found {
            span,
            kind,
            surface,
            role: None,
            actor_code: None,
            tokens,
            description: false,
        }
    }
}

/// A group of mentions of one real-world entity.
#[derive(Debug, Clone)]
struct Cluster<'k> {
    kind: EntityType,
    kb: Option<&'k KbEntry>,
    /// A name given by the description pass (state organs), when no entry names it.
    given_name: Option<String>,
    country: Option<String>,
    actor_code: Option<String>,
    members: Vec<usize>,
}

/// Resolves `doc.entities` in place, using `kb` and the article's publication date for
/// roles held on that day.
pub fn resolve(doc: &mut Document, kb: &KnowledgeBase) {
    let mut found = collect(doc);
    recover_known_names(doc, kb, &mut found);
    join_hyphened_known_names(doc, kb, &mut found);
    join_known_names_over_and(doc, kb, &mut found);
    common_words_opening_a_sentence(doc, kb, &mut found);
    names_of_waters(doc, &mut found);
    for f in &mut found {
        describe::peel_title_inside(doc, kb, f);
        if f.role.is_none() {
            f.role = describe::title_before(doc, f.tokens.0, kb);
        }
        describe::firm_by_description(f);
    }
    let date = doc.published.clone();
    let mut clusters: Vec<Cluster> = Vec::new();
    for i in 0..found.len() {
        let at = place(&found, i, &clusters, kb, date.as_deref(), doc);
        match at {
            Placement::Join(c) => clusters[c].members.push(i),
            Placement::New(entry) => clusters.push(Cluster {
                kind: entry.map_or(found[i].kind, |e| e.kind),
                kb: entry,
                given_name: None,
                country: entry.and_then(|e| e.country.clone()),
                actor_code: entry.and_then(|e| e.actor_code.clone()),
                members: vec![i],
            }),
        }
    }
    merge_mistyped_people(&found, &mut clusters);
    describe::state_organs(doc, kb, &mut found, &mut clusters);
    describe::nominal_descriptions(doc, kb, date.as_deref(), &mut found, &mut clusters);
    places::us_city_names(doc, &found, &mut clusters);
    let owned: Vec<Option<String>> = (0..found.len())
        .map(|i| owned_organ(doc, kb, &found, i).or_else(|| owned_firm(doc, kb, &found, i)))
        .collect();
    for (f, owned) in found.iter_mut().zip(owned) {
        f.actor_code = metonymy(doc, kb, f).or(owned);
    }
    doc.entities = finish(&found, &clusters, kb, date.as_deref());
}

/// The mentions of the backbone's entities, in document order, with token ranges.
fn collect(doc: &Document) -> Vec<Found> {
    let mut out = Vec::new();
    for e in &doc.entities {
        for m in &e.mentions {
            let Some(mut tokens) = token_range(&doc.tokens, m.span) else {
                continue;
            };
            // a name neither starts nor ends with a quote or a bracket the recogniser took
            // in ('Julian Assange"')
            let punct = |t: usize| {
                doc.text[doc.tokens[t].span.range()]
                    .chars()
                    .all(|c| !c.is_alphanumeric() && c != '.' && c != '&')
            };
            while tokens.1 - tokens.0 > 1 && punct(tokens.1 - 1) {
                tokens.1 -= 1;
            }
            // nor with a quantifier a sentence began with ("Both Johnson and Corbyn")
            let quantifier = |t: usize| {
                matches!(
                    doc.text[doc.tokens[t].span.range()].to_lowercase().as_str(),
                    "both" | "all" | "each" | "every" | "several" | "some" | "many" | "most"
                )
            };
            while tokens.1 - tokens.0 > 1 && (punct(tokens.0) || quantifier(tokens.0)) {
                tokens.0 += 1;
            }
            // nor goes on into "of" and a possessive pronoun ("stripping France's Orano of
            // its majority stake": Orano)
            let lower = |t: usize| doc.text[doc.tokens[t].span.range()].to_lowercase();
            if let Some(of) = (tokens.0 + 1..tokens.1.saturating_sub(1)).find(|&t| {
                lower(t) == "of" && matches!(lower(t + 1).as_str(), "its" | "his" | "her" | "their")
            }) {
                tokens.1 = of;
            }
            let span = Span::new(
                doc.tokens[tokens.0].span.start.max(m.span.start),
                doc.tokens[tokens.1 - 1].span.end.min(m.span.end),
            );
            let surface = normalise(&doc.text[span.range()]);
            if surface.is_empty() {
                continue;
            }
            out.push(Found {
                span,
                kind: e.kind,
                surface,
                role: m.role.clone(),
                actor_code: m.actor_code.clone(),
                tokens,
                description: false,
            });
        }
    }
    out.sort_by_key(|f| (f.span.start, f.span.end));
    out.dedup_by_key(|f| f.span);
    join_name_particles(doc, out)
}

/// Names the recogniser missed or cut ("Wikileaks co-founder Julian Assange" with no
/// mention at all, "Customs and Border Protection" tagged as "Border Protection"): a run of
/// two to eight capitalised words (with "and", "of", "for" inside) that is exactly the name
/// or an alias of one knowledge-base person or organisation becomes a mention, replacing
/// the mentions it contains. One word is never enough (a bare "Taylor" may be anyone), a
/// run that names two entries or a place stays out, and a run that cuts through a mention
/// is not taken.
fn recover_known_names(doc: &Document, kb: &KnowledgeBase, found: &mut Vec<Found>) {
    let word = |t: usize| &doc.text[doc.tokens[t].span.range()];
    let connector = |t: usize| matches!(word(t), "and" | "of" | "for" | "&" | "the");
    let particle = |t: usize| {
        matches!(
            word(t),
            "al" | "al-" | "el" | "bin" | "ibn" | "abu" | "de" | "da" | "dos" | "van" | "von" | "-"
        )
    };
    let capital = |t: usize| word(t).chars().next().is_some_and(char::is_uppercase);
    let name_word = |t: usize| capital(t) || particle(t) || connector(t);
    let mut added: Vec<Found> = Vec::new();
    let mut t = 0;
    while t < doc.tokens.len() {
        if !capital(t) {
            t += 1;
            continue;
        }
        let mut end = t;
        while end < doc.tokens.len() && name_word(end) {
            end += 1;
        }
        // an alias may end in lower-case words ("the Hague tribunal", "Yugoslav war crimes
        // tribunal"): up to three, when the whole is exactly that alias
        let mut tail = end;
        while tail < doc.tokens.len().min(end + 3)
            && word(tail).chars().all(|c| c.is_lowercase() || c == '-')
        {
            tail += 1;
        }
        // longest first, then leftmost
        let mut a = t;
        while a < end {
            let hit = (a + 2..=(a + 8).min(tail)).rev().find_map(|b| {
                if !capital(a) || word(a) == "The" || connector(b - 1) || particle(b - 1) {
                    return None;
                }
                // whole mentions only, and not one the recogniser already found
                let cuts = found.iter().any(|f| {
                    let inside = f.tokens.0 >= a && f.tokens.1 <= b;
                    let apart = f.tokens.1 <= a || f.tokens.0 >= b;
                    !(inside || apart) || (f.tokens.0 == a && f.tokens.1 == b)
                });
                if cuts {
                    return None;
                }
                let span = Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
                let surface = normalise(&doc.text[span.range()]);
                let hits = kb.lookup(&surface);
                let entry = (hits.len() == 1).then(|| hits[0])?;
                // past the capitals, only the very name or alias ("Hague tribunal"), not
                // what the lookup reaches by dropping words ("China is" is no "IS"), and
                // one that writes those words in lower case too ("visited Russia today" is
                // no "Russia Today")
                if b > end {
                    let key = eventwire_kb::fold(&surface);
                    let lower_tail = |x: &str| {
                        let words: Vec<&str> = x.split_whitespace().collect();
                        let n = words.len().saturating_sub(b - end);
                        words[n..]
                            .iter()
                            .all(|w| !w.chars().any(char::is_uppercase))
                    };
                    let same = |x: &String| eventwire_kb::fold(x) == key && lower_tail(x);
                    if !same(&entry.name) && !entry.aliases.iter().any(same) {
                        return None;
                    }
                }
                matches!(
                    entry.class,
                    EntryClass::Person | EntryClass::Organisation | EntryClass::Media
                )
                .then_some((b, span, surface, entry.kind))
            });
            match hit {
                Some((b, span, surface, kind)) => {
                    added.push(Found::recovered(span, kind, surface, (a, b)));
                    a = b;
                }
                None => a += 1,
            }
        }
        t = end.max(t + 1);
    }
    // an acronym alone ("The UNITA militarist wing"): all capitals, three letters or more,
    // exactly one organisation's alias, outside every mention, and not in a line written in
    // capitals ("WHO WILL WIN")
    let caps = |t: usize| {
        let w = word(t);
        w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
    };
    for t in 0..doc.tokens.len() {
        let w = word(t);
        let inside = |f: &Found| f.tokens.0 <= t && t < f.tokens.1;
        if w.len() < 3
            || !caps(t)
            || (t > 0 && caps(t - 1))
            || (t + 1 < doc.tokens.len() && caps(t + 1))
            || found.iter().any(inside)
            || added.iter().any(inside)
        {
            continue;
        }
        let hits = kb.lookup(w);
        if hits.len() == 1 && hits[0].class == EntryClass::Organisation {
            added.push(Found::recovered(
                doc.tokens[t].span,
                hits[0].kind,
                w.to_string(),
                (t, t + 1),
            ));
        }
    }
    if !added.is_empty() {
        found.retain(|f| {
            !added
                .iter()
                .any(|n| f.tokens.0 >= n.tokens.0 && f.tokens.1 <= n.tokens.1)
        });
        found.extend(added);
        found.sort_by_key(|f| (f.span.start, f.span.end));
    }
}

/// "Ahmed al-Sharaa" tagged as two names, "Ahmed" and "Sharaa", because the tokenizer
/// splits "al-Sharaa": mentions separated only by an Arabic name particle ("al-", "el-",
/// "bin", "ibn", "abu", ...) are one name. The joined mention takes the person type when
/// either part had it.
fn join_name_particles(doc: &Document, found: Vec<Found>) -> Vec<Found> {
    const PARTICLES: &[&str] = &[
        "al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-", "bin", "ibn", "bint",
        "abu", "abd", "abdul", "bin al-", "ibn al-", "abu al-", "abd al-", "ben", "ould",
    ];
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(prev) = out.last_mut() {
            let gap = doc.text.get(prev.span.end..f.span.start).unwrap_or("");
            let particle = gap.trim().to_lowercase();
            let joined = prev.span.end < f.span.start
                && gap.starts_with(' ')
                && PARTICLES.contains(&particle.as_str())
                && (prev.kind == EntityType::PER || f.kind == EntityType::PER);
            if joined {
                let span = Span::new(prev.span.start, f.span.end);
                if let Some(tokens) = token_range(&doc.tokens, span) {
                    prev.span = span;
                    prev.tokens = tokens;
                    prev.surface = normalise(&doc.text[span.range()]);
                    prev.kind = EntityType::PER;
                    prev.role = prev.role.take().or(f.role);
                    continue;
                }
            }
        }
        out.push(f);
    }
    extend_hyphenated_names(doc, &mut out);
    out
}

/// "towards the Niger river", "the Congo River", "the Jordan Valley": a place's name
/// before a word for a river or a landform names that feature, not the country or town of
/// that name, so it is no mention of a party.
fn names_of_waters(doc: &Document, found: &mut Vec<Found>) {
    found.retain(|f| {
        let Some(next) = doc.tokens.get(f.tokens.1) else {
            return true;
        };
        let word = doc.text[next.span.range()].to_lowercase();
        f.kind != EntityType::LOC
            || !matches!(
                word.as_str(),
                "river" | "delta" | "basin" | "valley" | "estuary" | "gorge" | "rivers"
            )
            || doc.text[doc.tokens[f.tokens.1 - 1].span.end..next.span.start] != *" "
    });
}

/// "Jean-Bertrand Aristide" tagged as "Jean": the tokenizer splits the hyphenated first
/// name and the recogniser stops at the hyphen. A person's mention that ends right before a
/// hyphen glued to a capitalised word takes that word and the capitalised proper nouns that
/// follow it.
fn extend_hyphenated_names(doc: &Document, found: &mut [Found]) {
    let starts: Vec<usize> = found.iter().map(|f| f.span.start).collect();
    for f in found.iter_mut().filter(|f| f.kind == EntityType::PER) {
        let (_, mut end) = f.tokens;
        let word = |t: usize| &doc.text[doc.tokens[t].span.range()];
        let glued = |a: usize, b: usize| doc.tokens[a].span.end == doc.tokens[b].span.start;
        let capital = |t: usize| word(t).chars().next().is_some_and(char::is_uppercase);
        if end + 1 >= doc.tokens.len()
            || word(end) != "-"
            || !glued(end - 1, end)
            || !glued(end, end + 1)
            || !capital(end + 1)
        {
            continue;
        }
        end += 2;
        while end < doc.tokens.len()
            && capital(end)
            && doc.tokens[end].upos.as_deref() == Some("PROPN")
            && !starts.contains(&doc.tokens[end].span.start)
            && doc.text[doc.tokens[end - 1].span.end..doc.tokens[end].span.start] == *" "
        {
            end += 1;
        }
        let span = Span::new(f.span.start, doc.tokens[end - 1].span.end);
        f.span = span;
        f.tokens = (f.tokens.0, end);
        f.surface = normalise(&doc.text[span.range()]);
    }
}

/// "Guinea-Bissau" tagged as "Guinea": the tokenizer splits at the hyphen and the
/// recogniser stops there. A mention glued to "-" and a capitalised word takes the word
/// when the knowledge base knows the joined name (or alias) exactly; a mention of the word
/// alone ("Bissau") is dropped.
fn join_hyphened_known_names(doc: &Document, kb: &KnowledgeBase, found: &mut Vec<Found>) {
    let word = |t: usize| &doc.text[doc.tokens[t].span.range()];
    let glued = |a: usize, b: usize| doc.tokens[a].span.end == doc.tokens[b].span.start;
    let mut absorbed: Vec<usize> = Vec::new();
    for f in found.iter_mut().filter(|f| f.kind != EntityType::PER) {
        let end = f.tokens.1;
        if end + 1 >= doc.tokens.len()
            || word(end) != "-"
            || !glued(end - 1, end)
            || !glued(end, end + 1)
            || !word(end + 1).chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        let span = Span::new(f.span.start, doc.tokens[end + 1].span.end);
        let joined = normalise(&doc.text[span.range()]);
        let key = eventwire_kb::fold(&joined);
        let known = kb.lookup(&joined).iter().any(|e| {
            eventwire_kb::fold(&e.name) == key
                || e.aliases.iter().any(|a| eventwire_kb::fold(a) == key)
        });
        if known {
            f.span = span;
            f.tokens = (f.tokens.0, end + 2);
            f.surface = joined;
            absorbed.push(end + 1);
        }
    }
    found.retain(|f| !(f.tokens.1 - f.tokens.0 == 1 && absorbed.contains(&f.tokens.0)));
}

/// "Sao Tome and Principe", "Trinidad and Tobago": a country or place whose name holds
/// "and", which the recogniser split into two names (or one and a word), is one mention when
/// the knowledge base knows the whole name.
fn join_known_names_over_and(doc: &Document, kb: &KnowledgeBase, found: &mut Vec<Found>) {
    let word = |t: usize| &doc.text[doc.tokens[t].span.range()];
    let mut absorbed: Vec<(usize, usize)> = Vec::new();
    for f in found.iter_mut() {
        let and = f.tokens.1;
        if and + 1 >= doc.tokens.len() || word(and) != "and" {
            continue;
        }
        // the longest run of one to three capitalised words after "and" that completes a
        // known name
        let longest = (1..=3).rev().find_map(|k| {
            let end = and + 1 + k;
            if end > doc.tokens.len()
                || !(and + 1..end).all(|t| word(t).chars().next().is_some_and(char::is_uppercase))
            {
                return None;
            }
            let span = Span::new(f.span.start, doc.tokens[end - 1].span.end);
            let joined = normalise(&doc.text[span.range()]);
            let key = eventwire_kb::fold(&joined);
            let entry = kb.lookup(&joined).into_iter().find(|e| {
                matches!(e.class, EntryClass::Country | EntryClass::Place)
                    && (eventwire_kb::fold(&e.name) == key
                        || e.aliases.iter().any(|a| eventwire_kb::fold(a) == key))
            })?;
            Some((span, end, joined, entry.kind))
        });
        if let Some((span, end, joined, kind)) = longest {
            absorbed.push((and + 1, end));
            f.span = span;
            f.tokens = (f.tokens.0, end);
            f.surface = joined;
            f.kind = kind;
        }
    }
    found.retain(|f| {
        !absorbed
            .iter()
            .any(|&(a, b)| f.tokens.0 >= a && f.tokens.1 <= b)
    });
}

/// "Rice farmers blocked the highway", "Bush fires destroyed 40 homes": a sentence's first
/// word is capitalised whatever it is, so a surname there that modifies the noun after it
/// is that common word, not a person the knowledge base knows, unless the person holds
/// office on the article's date ("Trump supporters") or the text names them again.
fn common_words_opening_a_sentence(doc: &Document, kb: &KnowledgeBase, found: &mut Vec<Found>) {
    let date = doc.published.as_deref();
    let opening = |t: usize| doc.sentences.iter().any(|s| s.tokens.0 == t);
    let drop: Vec<usize> = (0..found.len())
        .filter(|&i| {
            let f = &found[i];
            let t = f.tokens.0;
            let head = doc.tokens[t].head;
            if f.kind != EntityType::PER
                || f.tokens.1 - t != 1
                || !opening(t)
                || doc.tokens[t].deprel.as_deref() != Some("compound")
                || head != Some(t + 1)
                || !doc.text[doc.tokens[t + 1].span.range()]
                    .chars()
                    .all(char::is_lowercase)
            {
                return false;
            }
            let people = kb.lookup(&f.surface);
            let in_office = |e: &&KbEntry| {
                date.is_some_and(|d| kb.person_role_on(e, d).is_some_and(|r| !r.former))
            };
            !people.is_empty()
                && people.iter().all(|e| e.class == EntryClass::Person)
                && !people.iter().any(in_office)
                && !found
                    .iter()
                    .enumerate()
                    .any(|(j, g)| j != i && g.surface.split(' ').any(|w| w == f.surface))
        })
        .collect();
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !drop.contains(&(k - 1))
    });
}

/// The tokens a span covers.
fn token_range(tokens: &[Token], span: Span) -> Option<(usize, usize)> {
    let first = tokens.partition_point(|t| t.span.end <= span.start);
    let last = tokens.partition_point(|t| t.span.start < span.end);
    (first < last).then_some((first, last))
}

/// Whitespace collapsed, a possessive and a leading article removed.
fn normalise(s: &str) -> String {
    let mut s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(x) = s.strip_suffix(suffix) {
            s = x.trim_end().to_string();
            break;
        }
    }
    for prefix in ["the ", "The "] {
        if let Some(x) = s.strip_prefix(prefix) {
            s = x.to_string();
            break;
        }
    }
    s
}

enum Placement<'k> {
    Join(usize),
    New(Option<&'k KbEntry>),
}

/// "Tripoli" in a story about Lebanon is Tripoli, Lebanon, not Libya's capital: of the
/// places written alike, the one whose country the text names most (by name, alias or
/// demonym), if it names it more often than the first choice's.
fn namesake_in_context<'k>(
    kb: &'k KnowledgeBase,
    f: &Found,
    first: Option<&'k KbEntry>,
    text: &str,
) -> Option<&'k KbEntry> {
    if f.kind == EntityType::PER {
        return first;
    }
    let others = kb.namesakes(&f.surface);
    if others.is_empty() {
        return first;
    }
    let evidence = |e: &KbEntry| -> usize {
        let Some(c) = e.country.as_deref().and_then(|c| kb.country(c)) else {
            return 0;
        };
        std::iter::once(&c.name)
            .chain(&c.aliases)
            .chain(&c.demonyms)
            .map(|w| whole_words(text, w))
            .sum()
    };
    let base = first.map_or(0, evidence);
    others
        .into_iter()
        .map(|e| (evidence(e), e))
        .filter(|(n, _)| *n > base)
        .max_by_key(|(n, _)| *n)
        .map(|(_, e)| e)
        .or(first)
}

/// How often `word` stands in `text` as a whole word (case-sensitive: names).
fn whole_words(text: &str, word: &str) -> usize {
    if word.is_empty() {
        return 0;
    }
    text.match_indices(word)
        .filter(|(i, _)| {
            let before = text[..*i].chars().next_back();
            let after = text[i + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
}

/// A state organ named by its role noun and owned by a country ("Argentina's Congress":
/// ARGLEG), for the mention itself: it is no entry of the knowledge base that another
/// country's organ of that name is.
fn owned_organ(doc: &Document, kb: &KnowledgeBase, found: &[Found], i: usize) -> Option<String> {
    let f = &found[i];
    if f.kind != EntityType::ORG {
        return None;
    }
    if let Some(code) = describe::organ_inside(doc, kb, f) {
        return Some(code);
    }
    let role = kb.role(&f.surface)?;
    let k = describe::possessor_country(doc, kb, found, f.tokens.0)
        .or_else(|| bare_organ_country(doc, kb, found, f))?;
    Some(format!("{k}{}", role.code))
}

/// A firm by its name's last word, owned by the country before its possessive ("Canada's
/// Barrick Mining": CANBUS), so that "the company" later in the story can stand for it.
fn owned_firm(doc: &Document, kb: &KnowledgeBase, found: &[Found], i: usize) -> Option<String> {
    let f = &found[i];
    let end = f.surface.rsplit(' ').next().unwrap_or("");
    if f.kind != EntityType::ORG || !f.surface.contains(' ') || !describe::firm_name_end(end) {
        return None;
    }
    let k = describe::possessor_country(doc, kb, found, f.tokens.0)?;
    Some(format!("{k}BUS"))
}

/// A bare organ ("Congress", "Parliament") in a sentence that names one country as a
/// state and not the organ's usual one: that country's ("Hundreds of students in Asuncion
/// ... marched towards Congress" is Paraguay's). None when the sentence names none, or
/// several.
fn bare_organ_country(
    doc: &Document,
    kb: &KnowledgeBase,
    found: &[Found],
    f: &Found,
) -> Option<String> {
    // (a legislature: "Army" or "Party" alone is part of a name more often than an organ)
    if f.tokens.1 - f.tokens.0 != 1
        || kb
            .role(&f.surface.to_lowercase())
            .is_none_or(|r| r.code != "LEG")
    {
        return None;
    }
    match describe::sentence_countries(doc, kb, found, f.tokens.0).as_slice() {
        [k] => Some(k.clone()),
        _ => None,
    }
}

/// The knowledge-base entry a mention names, if one fits its type.
fn link<'k>(kb: &'k KnowledgeBase, f: &Found, date: Option<&str>) -> Option<&'k KbEntry> {
    let hits = kb.lookup(&f.surface);
    let fits = |e: &&KbEntry| {
        e.kind == f.kind
            || matches!(
                e.class,
                EntryClass::Seat | EntryClass::Capital | EntryClass::Media
            )
            || (f.kind == EntityType::MISC && e.kind != EntityType::PER)
            // A place or a country typed as an organisation (datelines often are; "Tunisia's
            // president"), never as a person.
            || (matches!(e.class, EntryClass::Place | EntryClass::Country)
                && f.kind == EntityType::ORG)
            || (e.kind == EntityType::ORG && f.kind == EntityType::LOC)
    };
    if hits.is_empty() && f.kind == EntityType::PER {
        // a misspelt full name ("Francois Mitterand")
        return kb.misspelt_person(&f.surface);
    }
    if hits.is_empty() && f.kind == EntityType::ORG {
        if let Some(body) = organ_of_known_body(kb, &f.surface) {
            return Some(body);
        }
    }
    if hits.is_empty() && f.kind != EntityType::PER && !places::known_place(&f.surface) {
        // a misspelt country ("Ethopia", "Afganistan"), typed as a place or an organisation;
        // not a real town one letter from a country ("Columbia", "Indiana")
        return kb
            .misspelt_country(&f.surface)
            .and_then(|c| kb.get(&format!("loc:{}", c.code)));
    }
    let full: Vec<&KbEntry> = hits.into_iter().filter(fits).collect();
    // A bare surname names a person only when the knowledge base has exactly one, or when
    // its namesakes are of one country ("Bush"): the one in office on the day, else the
    // one whose office began last before it (or at all, undated).
    if full.len() > 1
        && full.iter().all(|e| e.class == EntryClass::Person)
        && full.iter().all(|e| e.country == full[0].country)
    {
        if let Some(d) = date {
            let serving: Vec<&KbEntry> = full
                .iter()
                .copied()
                .filter(|e| kb.person_role_on(e, d).is_some_and(|r| !r.former))
                .collect();
            if serving.len() == 1 {
                return Some(serving[0]);
            }
        }
        let began = |e: &KbEntry| {
            kb.spells(e)
                .iter()
                .map(|s| s.start.as_str())
                .filter(|s| date.is_none_or(|d| *s <= d))
                .max()
                .map(str::to_string)
        };
        let mut by_start: Vec<(Option<String>, &KbEntry)> =
            full.iter().map(|&e| (began(e), e)).collect();
        by_start.sort_by(|a, b| b.0.cmp(&a.0));
        return match by_start.as_slice() {
            [(Some(a), e), (b, _), ..] if Some(a) != b.as_ref() => Some(*e),
            _ => None,
        };
    }
    (full.len() == 1).then(|| full[0])
}

/// The international body an unknown organ of it belongs to ("ECOWAS Commission", "SADC
/// Secretariat", "NATO Council"): its commission, council or secretariat speaks for it, as
/// the knowledge base's "African Union Commission" does for the African Union.
fn organ_of_known_body<'k>(kb: &'k KnowledgeBase, surface: &str) -> Option<&'k KbEntry> {
    let (body, organ) = surface.trim().rsplit_once(' ')?;
    if !matches!(organ, "Commission" | "Council" | "Secretariat") {
        return None;
    }
    match kb.lookup(body.trim_start_matches("the ")).as_slice() {
        [e] if e.kind == EntityType::ORG
            && e.actor_code
                .as_deref()
                .is_some_and(|c| c.starts_with("IGO")) =>
        {
            Some(*e)
        }
        _ => None,
    }
}

fn words(name: &str) -> Vec<String> {
    fold(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A person's name without generational suffixes and middle initials: "Patrick W.
/// Carlineo Jr." → ["patrick", "carlineo"].
fn name_core(w: &[String]) -> Vec<&str> {
    let mut v: Vec<&str> = w.iter().map(String::as_str).collect();
    while v.len() > 1
        && matches!(
            *v.last().expect("non-empty"),
            "jr" | "sr" | "ii" | "iii" | "iv"
        )
    {
        v.pop();
    }
    if v.len() > 2 {
        let (first, last) = (v[0], v[v.len() - 1]);
        let mut mid: Vec<&str> = v[1..v.len() - 1]
            .iter()
            .copied()
            .filter(|m| m.len() > 1)
            .collect();
        mid.insert(0, first);
        mid.push(last);
        v = mid;
    }
    v
}

/// Whether two full names can be one person: same surname, and first names equal, one a
/// short form of the other ("Pat"/"Patrick") or an initial.
fn same_person(a: &[String], b: &[String]) -> bool {
    let (a, b) = (name_core(a), name_core(b));
    if a.len() < 2 || b.len() < 2 || a.last() != b.last() {
        return false;
    }
    let (x, y) = (a[0], b[0]);
    x == y || (x.len() >= 3 && y.starts_with(x)) || (y.len() >= 3 && x.starts_with(y))
}

/// Capitalised words' initials, skipping function words: "United Nations" → "UN".
fn acronym(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !matches!(*w, "of" | "the" | "for" | "and" | "on" | "in" | "de" | "&"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

fn is_acronym(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| *c != '.').collect();
    (2..=7).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// Where mention `i` goes: an existing cluster or a new one.
fn place<'k>(
    found: &[Found],
    i: usize,
    clusters: &[Cluster<'k>],
    kb: &'k KnowledgeBase,
    date: Option<&str>,
    doc: &Document,
) -> Placement<'k> {
    let text = doc.text.as_str();
    let f = &found[i];
    // A bare surname refers first to the person the article already named ("Omar" after
    // "Ilhan Omar"), before any namesake in the knowledge base.
    if f.kind == EntityType::PER {
        if let Some(c) = surname_match(found, &words(&f.surface), clusters) {
            return Placement::Join(c);
        }
    }
    let entry = namesake_in_context(kb, f, link(kb, f, date), text)
        // "Argentina's Congress" is no United States Congress: an organisation of another
        // country than the one that owns it in the text is not that entry
        // (also when the name takes in the possessive: "Peru's Congress")
        .filter(|e| {
            e.kind != EntityType::ORG
                || describe::possessor_country(doc, kb, found, f.tokens.0)
                    .or_else(|| describe::organ_inside(doc, kb, f).map(|c| c[..3].to_string()))
                    .or_else(|| bare_organ_country(doc, kb, found, f))
                    .is_none_or(|k| e.country.as_deref().is_none_or(|c| c == k))
        });
    if let Some(e) = entry {
        if let Some(c) = clusters
            .iter()
            .position(|c| c.kb.is_some_and(|k| k.id == e.id))
        {
            return Placement::Join(c);
        }
    }
    let w = words(&f.surface);
    if w.is_empty() {
        return Placement::New(entry);
    }
    let names = |c: &Cluster| -> Vec<Vec<String>> {
        let mut v: Vec<Vec<String>> = c
            .members
            .iter()
            .map(|&m| words(&found[m].surface))
            .collect();
        if let Some(k) = c.kb {
            v.push(words(&k.name));
            v.extend(k.aliases.iter().map(|a| words(a)));
        }
        v
    };
    let same_kind = |c: &Cluster| c.kind == f.kind || (c.kb.is_some() && entry.is_none());
    // The same folded name.
    if let Some(c) = clusters
        .iter()
        .position(|c| same_kind(c) && names(c).contains(&w))
    {
        return Placement::Join(c);
    }
    let joined = |test: &dyn Fn(&Cluster) -> bool| unique(clusters, test).map(Placement::Join);
    let person = |c: &Cluster| c.kind == EntityType::PER;
    // The recogniser sometimes types a person's name as a place or an organisation
    // ("Assange" as LOC): a name that matches exactly one person joins that person.
    if f.kind != EntityType::PER && entry.is_none() {
        let surname = w.last().map(String::as_str);
        let hit = joined(&|c| {
            person(c)
                && names(c).iter().any(|n| {
                    n == &w
                        || (w.len() == 1 && n.len() > 1 && name_core(n).last().copied() == surname)
                })
        });
        if let Some(p) = hit {
            return p;
        }
    }
    if f.kind == EntityType::PER && entry.is_none() && w.len() > 1 {
        // "Pat Carlineo", "Patrick W. Carlineo", "Patrick Carlineo Jr.": one person.
        if let Some(p) = joined(&|c| person(c) && names(c).iter().any(|n| same_person(n, &w))) {
            return p;
        }
        // A longer form of a name already met ("Peskov" then "Dmitry Peskov"); a bare
        // surname was matched before linking (`surname_match`).
        let longer = |c: &Cluster| {
            person(c)
                && c.kb.is_none()
                && names(c)
                    .iter()
                    .all(|n| n.len() == 1 && w.last() == n.last())
        };
        if let Some(p) = joined(&longer) {
            return p;
        }
    }
    if matches!(f.kind, EntityType::ORG | EntityType::MISC) {
        // Acronym and expansion, either order.
        let spelled =
            |short: &str, long: &str| is_acronym(short) && acronym(long) == short.replace('.', "");
        let hit = joined(&|c| {
            (c.kind == EntityType::ORG || c.kind == f.kind)
                && c.members.iter().any(|&m| {
                    let other = &found[m].surface;
                    spelled(&f.surface, other) || spelled(other, &f.surface)
                })
        });
        if let Some(p) = hit {
            return p;
        }
    }
    Placement::New(entry)
}

/// Folds a place or organisation cluster that only ever names a person of the document
/// ("Assange" typed LOC before "Julian Assange" appears) into that person.
fn merge_mistyped_people(found: &[Found], clusters: &mut [Cluster]) {
    for i in 0..clusters.len() {
        if clusters[i].kind == EntityType::PER || clusters[i].kb.is_some() {
            continue;
        }
        let own: Vec<Vec<String>> = clusters[i]
            .members
            .iter()
            .map(|&m| words(&found[m].surface))
            .collect();
        let hits: Vec<usize> = (0..clusters.len())
            .filter(|&j| j != i && clusters[j].kind == EntityType::PER)
            .filter(|&j| {
                let theirs: Vec<Vec<String>> = clusters[j]
                    .members
                    .iter()
                    .map(|&m| words(&found[m].surface))
                    .collect();
                own.iter().all(|o| {
                    theirs.iter().any(|t| {
                        t == o
                            || (o.len() == 1
                                && name_core(t).last().copied() == o.last().map(String::as_str))
                            || (t.len() == 1
                                && o.len() > 1
                                && name_core(o).last().copied() == t.last().map(String::as_str))
                    })
                })
            })
            .collect();
        if hits.len() == 1 {
            let moved = std::mem::take(&mut clusters[i].members);
            clusters[hits[0]].members.extend(moved);
        }
    }
}

/// The one cluster that passes `test`, if exactly one does.
fn unique<'k>(clusters: &[Cluster<'k>], test: impl Fn(&Cluster<'k>) -> bool) -> Option<usize> {
    let mut hits = clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| test(c))
        .map(|(j, _)| j);
    let first = hits.next()?;
    hits.next().is_none().then_some(first)
}

/// The one person cluster whose full name ends (or begins) with this single word.
fn surname_match(found: &[Found], w: &[String], clusters: &[Cluster]) -> Option<usize> {
    if w.len() != 1 {
        return None;
    }
    let surname = w.last().map(String::as_str);
    unique(clusters, |c| {
        if c.kind != EntityType::PER {
            return false;
        }
        let mut names: Vec<Vec<String>> = c
            .members
            .iter()
            .map(|&m| words(&found[m].surface))
            .collect();
        if let Some(k) = c.kb {
            names.push(words(&k.name));
        }
        names.iter().any(|n| {
            n.len() > 1 && (name_core(n).last().copied() == surname || n.first() == w.first())
        })
    })
}

/// The actor a capital or seat of government stands for when it acts: subject of a
/// verb ("Moscow said"), possessor ("the Kremlin's decision") or agent ("by Washington").
fn metonymy(doc: &Document, kb: &KnowledgeBase, f: &Found) -> Option<String> {
    if f.actor_code.is_some() {
        return f.actor_code.clone();
    }
    // A country acting ("Israel said", "Russia's decision") stands for its state, as its
    // capital or seat of government does.
    let state = kb
        .lookup(&f.surface)
        .into_iter()
        .find(|e| e.class == EntryClass::Country)
        .and_then(|e| e.country.clone());
    if let Some(code) = state {
        return in_actor_position(&doc.tokens, &doc.text, f.tokens).then(|| format!("{code}GOV"));
    }
    let country = kb.metonym(&f.surface)?;
    if !in_actor_position(&doc.tokens, &doc.text, f.tokens) {
        return None;
    }
    // "Brussels fined Google": the body the place stands for
    if let Some(code) = kb.metonym_code(&f.surface) {
        return Some(code.to_string());
    }
    let role = kb
        .lookup(&f.surface)
        .into_iter()
        .find(|e| e.class == EntryClass::Seat)
        .and_then(|e| e.actor_code.clone())
        .unwrap_or_else(|| format!("{}GOV", country.code));
    Some(role)
}

/// Whether the mention's tokens act: by the parse when there is one, else by the word that
/// follows (a verb in the past or present tense).
fn in_actor_position(tokens: &[Token], text: &str, (a, b): (usize, usize)) -> bool {
    let head = (a..b).find(|&i| tokens[i].head.is_none_or(|h| h < a || h >= b));
    if let Some(mut h) = head {
        // "South Korea and Japan agreed": a conjunct stands where its first conjunct does
        for _ in 0..4 {
            match tokens[h].head {
                Some(g) if tokens[h].deprel.as_deref() == Some("conj") => h = g,
                _ => break,
            }
        }
        if let Some(rel) = tokens[h].deprel.as_deref() {
            let rel = rel.split(':').next().unwrap_or(rel);
            if matches!(rel, "nsubj" | "csubj") {
                return true;
            }
            if rel == "nmod" && tokens[h].deprel.as_deref() == Some("nmod:poss") {
                return true;
            }
            if tokens[h].deprel.as_deref() == Some("obl:agent") {
                return true;
            }
            // "Denmark today accepted": the parser made the time word the subject, the
            // country its compound
            if rel == "compound" {
                if let Some(g) = tokens[h].head {
                    let word = text[tokens[g].span.range()].to_lowercase();
                    return g == b
                        && tokens[g].deprel.as_deref() == Some("nsubj")
                        && matches!(
                            word.as_str(),
                            "today"
                                | "yesterday"
                                | "tonight"
                                | "monday"
                                | "tuesday"
                                | "wednesday"
                                | "thursday"
                                | "friday"
                                | "saturday"
                                | "sunday"
                        );
                }
            }
            return false;
        }
    }
    // No parse: "Moscow said", "Washington has warned".
    let next = tokens.get(b).map(|t| &text[t.span.range()]);
    next.is_some_and(|w| {
        matches!(
            w,
            "said"
                | "says"
                | "has"
                | "had"
                | "wants"
                | "wanted"
                | "warned"
                | "declined"
                | "denied"
                | "insisted"
                | "announced"
                | "rejected"
                | "accused"
                | "urged"
                | "called"
                | "will"
                | "would"
                | "is"
                | "was"
                | "'s"
                | "’s"
        )
    })
}

/// Builds the output entities: canonical names, aliases, ids, actor codes and roles.
fn finish(
    found: &[Found],
    clusters: &[Cluster],
    kb: &KnowledgeBase,
    date: Option<&str>,
) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut order: Vec<&Cluster> = clusters.iter().filter(|c| !c.members.is_empty()).collect();
    order.sort_by_key(|c| c.members.iter().map(|&m| found[m].span.start).min());
    for c in order {
        let surfaces: Vec<&str> = c
            .members
            .iter()
            .filter(|&&m| !found[m].description)
            .map(|&m| found[m].surface.as_str())
            .collect();
        let name = match (c.kb, &c.given_name) {
            (Some(e), _) => e.name.clone(),
            (None, Some(n)) => n.clone(),
            (None, None) => longest_name(&surfaces),
        };
        let mut aliases: Vec<String> = Vec::new();
        for s in &surfaces {
            if *s != name && !aliases.iter().any(|a| a == s) {
                aliases.push(s.to_string());
            }
        }
        let mut roles: Vec<String> = Vec::new();
        for &m in &c.members {
            if let Some(r) = &found[m].role {
                if !roles.contains(r) {
                    roles.push(r.clone());
                }
            }
        }
        let mut country = c.country.clone();
        let mut actor_code = c.actor_code.clone();
        if let Some(e) = c.kb {
            // as of the article's date; undated, the person's latest office
            let spell = match date {
                Some(d) => kb.person_role_on(e, d),
                None => kb
                    .spells(e)
                    .iter()
                    .max_by(|a, b| a.start.cmp(&b.start))
                    .cloned(),
            };
            if let Some(spell) = spell {
                if !roles.iter().any(|r| fold(r).ends_with(&fold(&spell.title))) {
                    roles.push(spell.title.clone());
                }
                if spell.country.len() == 3 {
                    country = Some(spell.country.clone());
                    actor_code = Some(format!("{}{}", spell.country, spell.role));
                } else {
                    actor_code = Some(spell.country.clone());
                }
            }
        }
        if actor_code.is_none() && c.kind == EntityType::PER {
            // A stated title gives the role; the country is unknown without the base.
            actor_code = roles.iter().find_map(|r| kb.role(r)).map(|r| r.code);
        }
        let id =
            c.kb.map(|e| e.id.clone())
                .unwrap_or_else(|| entity_id(c.kind, &name));
        let mut mentions: Vec<Mention> = c
            .members
            .iter()
            .map(|&m| Mention {
                span: found[m].span,
                role: found[m].role.clone(),
                actor_code: found[m]
                    .actor_code
                    .clone()
                    .filter(|a| Some(a) != actor_code.as_ref()),
            })
            .collect();
        mentions.sort_by_key(|m| m.span.start);
        // Two clusters can end with one id (two spellings of one unknown name): merge.
        if let Some(&j) = ids.get(&id) {
            out[j].mentions.extend(mentions);
            out[j].mentions.sort_by_key(|m| m.span.start);
            for a in aliases {
                if a != out[j].name && !out[j].aliases.contains(&a) {
                    out[j].aliases.push(a);
                }
            }
            continue;
        }
        ids.insert(id.clone(), out.len());
        out.push(Entity {
            id,
            name,
            kind: c.kind,
            aliases,
            country,
            actor_code,
            kb_id: c.kb.map(|e| e.id.clone()),
            roles,
            mentions,
        });
    }
    out
}

/// The fullest form of a name: most words, then longest.
fn longest_name(surfaces: &[&str]) -> String {
    surfaces
        .iter()
        .max_by_key(|s| (s.split_whitespace().count(), s.len()))
        .map(|s| s.to_string())
        .unwrap_or_default()
}

/// A stable id from type and normalised name, so the same name gets the same id in every
/// document: `per:dmitry-peskov`.
pub fn entity_id(kind: EntityType, name: &str) -> String {
    let prefix = match kind {
        EntityType::PER => "per",
        EntityType::ORG => "org",
        EntityType::LOC => "loc",
        EntityType::MISC => "misc",
    };
    format!("{prefix}:{}", fold(name).replace(' ', "-"))
}

#[cfg(test)]
mod tests;
