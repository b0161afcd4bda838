//! The actor knowledge base: countries and territories, their cities and regions,
//! international organisations, armed groups, news outlets, actor roles and the office holders
//! of the G20 and the Middle East and North Africa, each with the names English news uses for
//! it and a CAMEO-style actor code.
//!
//! The data is a set of tab-separated files under `crates/kb/data/` (their format is described
//! in `data/README.md`), embedded in the binary and parsed once on first use
//! ([`KnowledgeBase::builtin`]). Users add or replace entries with a directory of files in the
//! same format ([`KnowledgeBase::load_with_overrides`]).
//!
//! Every name is looked up through [`fold`], which removes case, diacritics, punctuation,
//! hyphens, a leading "the", the Arabic article "al-"/"el-", a possessive "'s", and unifies
//! common transliterations (Ahmad/Ahmed, Muhammad/Mohammed/Mohamed, Abdel/Abdul, ...).
//!
//! ```
//! use eventwire_kb::KnowledgeBase;
//! let kb = KnowledgeBase::builtin();
//! let sharaa = kb.lookup("Ahmad al-Sharaa")[0];
//! assert_eq!(sharaa.name, "Ahmed al-Sharaa");
//! let spell = kb.person_role_on(sharaa, "2025-03-01").unwrap();
//! assert_eq!((spell.country.as_str(), spell.role.as_str()), ("SYR", "GOV"));
//! assert_eq!(kb.metonym("the Kremlin").unwrap().code, "RUS");
//! assert_eq!(kb.role("deputy foreign minister").unwrap().code, "GOV");
//! ```

use std::collections::HashMap;
use std::fmt;
use std::hash::BuildHasherDefault;
use std::path::Path;
use std::sync::OnceLock;

pub use eventwire_model::EntityType;

/// A fast non-cryptographic hash (the Fx hash of rustc) for the short name keys: the maps are
/// built from our own data, so hash flooding is not a concern.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The embedded data files, in load order.
const BUILTIN: &[(FileKind, &str, &str)] = &[
    (
        FileKind::Countries,
        "countries.tsv",
        include_str!("../data/countries.tsv"),
    ),
    (FileKind::Orgs, "orgs.tsv", include_str!("../data/orgs.tsv")),
    (
        FileKind::Media,
        "media.tsv",
        include_str!("../data/media.tsv"),
    ),
    (
        FileKind::Places,
        "places.tsv",
        include_str!("../data/places.tsv"),
    ),
    (
        FileKind::Roles,
        "roles.tsv",
        include_str!("../data/roles.tsv"),
    ),
    (
        FileKind::People,
        "people.tsv",
        include_str!("../data/people.tsv"),
    ),
    (
        FileKind::Spells,
        "spells.tsv",
        include_str!("../data/spells.tsv"),
    ),
];

/// What an entry is, beyond its entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryClass {
    /// A country or territory (`loc:RUS`).
    Country,
    /// A capital city (`loc:moscow`); its actor code is the country's.
    Capital,
    /// Another city, a region or a territory (`loc:aleppo`, `loc:gaza-strip`, `loc:crimea`);
    /// like a capital, its actor code is the country's. Unlike a capital it does not stand for
    /// the state ("Aleppo said" is not the Syrian government).
    Place,
    /// A seat of government or other state metonym ("the Kremlin", "the Pentagon"); its
    /// actor code is the country's plus a role (`RUSGOV`, `USAMIL`).
    Seat,
    /// An international, non-governmental or other organisation, or an armed group.
    Organisation,
    /// A news agency or outlet (actor code country + `MED`).
    Media,
    /// A person.
    Person,
}

/// One entity of the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct KbEntry {
    /// Stable identifier: `loc:RUS` (countries), `loc:moscow` (capitals and other places),
    /// `seat:RUS:kremlin`,
    /// `org:un` (organisations and outlets), `per:bashar-al-assad` (people).
    pub id: String,
    /// Canonical name: the English Wikipedia title, or the full name as English news writes it.
    pub name: String,
    pub kind: EntityType,
    pub class: EntryClass,
    /// Other names, short forms and acronyms (not folded).
    pub aliases: Vec<String>,
    /// ISO 3166 alpha-3 code of the country the entity belongs to, if any.
    pub country: Option<String>,
    /// CAMEO-style actor code (`RUS`, `RUSGOV`, `IGOUNO`, `SYRMED`); for people, see
    /// [`KnowledgeBase::person_role_on`] instead.
    pub actor_code: Option<String>,
}

/// A country or territory.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code, also the CAMEO-style country code.
    pub code: String,
    /// ISO 3166-1 alpha-2 code.
    pub alpha2: String,
    /// Common name (English Wikipedia title).
    pub name: String,
    /// Formal name ("Russian Federation").
    pub formal: String,
    pub aliases: Vec<String>,
    /// Capital (canonical name first, then its other names).
    pub capital: Vec<String>,
    /// Seat-of-government and other state metonyms, as written in the data (`the Pentagon=MIL`).
    pub metonyms: Vec<String>,
    /// Demonyms and adjectives ("Russian", "Russians").
    pub demonyms: Vec<String>,
}

/// How a role phrase relates to the actor it describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoleClass {
    /// A personal office or occupation ("president", "general", "judge").
    Title,
    /// A collective noun ("rebels", "troops", "protesters").
    Group,
    /// A state body ("foreign ministry", "cabinet", "security forces").
    Organ,
    /// Takes the role of the body it belongs to ("spokesman" of a rebel group is REB); the
    /// code given is the usual one when that body is a government.
    Attached,
}

/// A role phrase and its CAMEO role code.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleInfo {
    /// The phrase as the data writes it (first form of its row).
    pub phrase: String,
    /// CAMEO role code (`GOV`, `MIL`, `REB`, ...).
    pub code: String,
    pub class: RoleClass,
}

/// A period in which a person held a role.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleSpell {
    /// ISO alpha-3 code of the country (or `IGO...` code of the organisation) served.
    pub country: String,
    /// CAMEO role code (`GOV`, `MIL`, ...; `ELI` for a former office holder).
    pub role: String,
    /// Title as English news writes it ("president", "foreign minister").
    pub title: String,
    /// First day in office (YYYY-MM-DD).
    pub start: String,
    /// First day no longer in office (exclusive), or `None` while in office.
    pub end: Option<String>,
    /// True when this spell was derived for a date after the person's last office ended:
    /// `title` is then "former ..." and `role` is `ELI`.
    pub former: bool,
}

/// A malformed data file: `Display` gives `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbError {
    /// File name (builtin files are named `builtin/<name>`).
    pub file: String,
    /// 1-based line number; 0 when the error concerns the whole file.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for KbError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum FileKind {
    Countries,
    Orgs,
    Media,
    Places,
    Roles,
    People,
    Spells,
}

impl FileKind {
    fn from_stem(stem: &str) -> Option<FileKind> {
        let kinds = [
            ("countries", FileKind::Countries),
            ("orgs", FileKind::Orgs),
            ("media", FileKind::Media),
            ("places", FileKind::Places),
            ("roles", FileKind::Roles),
            ("people", FileKind::People),
            ("spells", FileKind::Spells),
        ];
        kinds
            .iter()
            .find(|(p, _)| {
                stem == *p
                    || stem.starts_with(&format!("{p}-"))
                    || stem.starts_with(&format!("{p}_"))
            })
            .map(|(_, k)| *k)
    }

    /// Column counts: (required, total).
    fn columns(self) -> (usize, usize) {
        match self {
            FileKind::Countries => (4, 8),
            FileKind::Orgs | FileKind::Media => (2, 5),
            FileKind::Places => (3, 4),
            FileKind::Roles => (3, 3),
            FileKind::People => (2, 4),
            FileKind::Spells => (5, 6),
        }
    }
}

/// The knowledge base: entries, their folded names, countries, roles and role spells.
#[derive(Debug, Default)]
pub struct KnowledgeBase {
    entries: Vec<KbEntry>,
    by_id: FxMap<String, usize>,
    keys: FxMap<String, Vec<usize>>,
    surnames: FxMap<String, Vec<usize>>,
    countries: Vec<Country>,
    country_codes: FxMap<String, usize>,
    demonyms: FxMap<String, usize>,
    metonyms: FxMap<String, usize>,
    /// Metonyms that stand for a whole actor other than their country's state ("Brussels"
    /// acting is the European Union).
    metonym_codes: FxMap<String, String>,
    roles: FxMap<String, RoleInfo>,
    spells: FxMap<String, Vec<RoleSpell>>,
    /// Places titled "Name, Qualifier" under their bare name ("tripoli" → Tripoli,
    /// Lebanon), for names that another entry also has.
    namesakes: FxMap<String, Vec<usize>>,
    /// Every folded name, alias and demonym of a country with its country, built on the first
    /// misspelling looked up.
    country_spellings: OnceLock<Vec<(String, usize, bool)>>,
    /// Every folded full name (two words or more) of a person with its entry, by length,
    /// built on the first misspelling looked up.
    person_names: OnceLock<Vec<(String, usize)>>,
}

impl KnowledgeBase {
    /// The embedded knowledge base, parsed on first use.
    pub fn builtin() -> &'static KnowledgeBase {
        static KB: OnceLock<KnowledgeBase> = OnceLock::new();
        KB.get_or_init(|| {
            let mut b = Builder::default();
            for (kind, name, text) in BUILTIN {
                b.load(*kind, &format!("builtin/{name}"), text, false)
                    .unwrap_or_else(|e| panic!("embedded knowledge base is malformed: {e}"));
            }
            b.build()
        })
    }

    /// The embedded data plus the files of `dir`: `countries*.tsv`, `orgs*.tsv`, `media*.tsv`,
    /// `places*.tsv`, `roles*.tsv`, `people*.tsv`, `spells*.tsv` (e.g. `people-local.tsv`), in
    /// the builtin format. An entry with the id (or country code, role phrase or place name)
    /// of an existing one replaces it; a person's spells in an override file replace that person's builtin spells.
    /// Files ending in other than `.tsv` are ignored.
    pub fn load_with_overrides(dir: &Path) -> Result<KnowledgeBase, KbError> {
        let mut b = Builder::default();
        for (kind, name, text) in BUILTIN {
            b.load(*kind, &format!("builtin/{name}"), text, false)?;
        }
        let read_dir = std::fs::read_dir(dir).map_err(|e| KbError {
            file: dir.display().to_string(),
            line: 0,
            message: format!("cannot read directory: {e}"),
        })?;
        let mut files = Vec::new();
        for item in read_dir {
            let path = item
                .map_err(|e| KbError {
                    file: dir.display().to_string(),
                    line: 0,
                    message: format!("cannot read directory: {e}"),
                })?
                .path();
            if path.extension().and_then(|e| e.to_str()) != Some("tsv") || !path.is_file() {
                continue;
            }
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let kind = FileKind::from_stem(stem).ok_or_else(|| KbError {
                file: path.display().to_string(),
                line: 0,
                message: "unknown file kind: the name must start with countries, orgs, media, \
                          places, roles, people or spells"
                    .into(),
            })?;
            files.push((kind, path));
        }
        files.sort();
        for (kind, path) in files {
            let file = path.display().to_string();
            let text = std::fs::read_to_string(&path).map_err(|e| KbError {
                file: file.clone(),
                line: 0,
                message: format!("cannot read file: {e}"),
            })?;
            b.load(kind, &file, &text, true)?;
        }
        Ok(b.build())
    }

    /// All entries, in load order.
    pub fn entries(&self) -> &[KbEntry] {
        &self.entries
    }

    /// The entry with this id (`loc:RUS`, `org:un`, `per:dmitry-peskov`).
    pub fn get(&self, id: &str) -> Option<&KbEntry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// All countries and territories.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Entries named `surface` (by canonical name, alias or acronym, compared folded). When no
    /// name matches, a bare surname ("Assad", "Peskov") returns every person whose canonical
    /// name ends with it; callers that need one answer should check `len() == 1` or pick by
    /// [`person_role_on`](Self::person_role_on). When still nothing matches, leading
    /// honorifics, titles, demonyms and one-word place or body names are dropped one word at a
    /// time ("President Erdogan", "Sheikh Tamim", "Gen. Valery Gerasimov", "Russian Foreign
    /// Minister Sergei Lavrov", "Hamas leader Yahya Sinwar"); after a dropped demonym, a
    /// person must be of its country ("Haitian Gang" is not China's Qin Gang). Empty when
    /// nothing matches.
    pub fn lookup(&self, surface: &str) -> Vec<&KbEntry> {
        let key = fold(surface);
        if key.is_empty() {
            return Vec::new();
        }
        let mut key = key.as_str();
        let mut dropped = false;
        // the country of a dropped demonym: "Haitian Gang" is no Chinese Qin Gang
        let mut demonym: Option<usize> = None;
        loop {
            if let Some(v) = self.keys.get(key).or_else(|| self.surnames.get(key)) {
                // (what is left after a dropped word names a person or a body, never a
                // place: "Jordan Valley" is not "The Valley")
                return v
                    .iter()
                    .map(|&i| &self.entries[i])
                    .filter(|e| {
                        !dropped
                            || !matches!(
                                e.class,
                                EntryClass::Place | EntryClass::Capital | EntryClass::Country
                            )
                    })
                    .filter(|e| {
                        e.class != EntryClass::Person
                            || demonym.is_none_or(|d| {
                                e.country.as_deref().and_then(|c| self.country_codes.get(c))
                                    == Some(&d)
                            })
                    })
                    .collect();
            }
            dropped = true;
            // "President Erdogan", "Sheikh Tamim", "Gen. Gerasimov": drop a leading honorific.
            if let Some(rest) = HONORIFIC_PHRASES.iter().find_map(|p| key.strip_prefix(p)) {
                key = rest;
                continue;
            }
            match key.split_once(' ') {
                Some((first, rest)) if self.is_prefix_word(first) => {
                    if let Some(&d) = self.demonyms.get(first) {
                        demonym = Some(d);
                    }
                    key = rest
                }
                _ => return Vec::new(),
            }
        }
    }

    /// Whether a leading word can be dropped from a name that was not found: an honorific or
    /// title, a demonym ("Russian"), a metonym ("Kremlin") or the one-word name of a country,
    /// capital or body ("Hamas", "UN") — "Hamas leader Yahya Sinwar" names Yahya Sinwar. Not
    /// the name of another city or region: "Seattle Times" is not The Times.
    fn is_prefix_word(&self, word: &str) -> bool {
        HONORIFICS.contains(&word)
            || self.demonyms.contains_key(word)
            || self.metonyms.contains_key(word)
            // Not a city or region: "Seattle Times" is not The Times.
            || self.keys.get(word).is_some_and(|v| {
                v.iter().all(|&i| {
                    !matches!(
                        self.entries[i].class,
                        EntryClass::Person | EntryClass::Place
                    )
                })
            })
    }

    /// The country a misspelt name most likely means ("Ethopia", "Afganistan",
    /// "Phillippines"): the one country whose name, alias or demonym is one edit (an
    /// insertion, deletion, substitution or swap of neighbours) away. Only for names of at
    /// least six letters that the knowledge base does not know, so short names ("Iran",
    /// "Iraq") and real names one edit from a country ("Gambia"/"Zambia") are never changed.
    /// The first two letters must agree: typists slip inside a word, while a name that
    /// differs at its start is mostly another place ("Styria"/"Syria", "Prussia"/"Russia").
    pub fn misspelt_country(&self, surface: &str) -> Option<&Country> {
        let key = fold(surface);
        if key.chars().count() < 6
            || self.keys.contains_key(&key)
            || self.demonyms.contains_key(&key)
        {
            return None;
        }
        let spellings = self.country_spellings.get_or_init(|| {
            let names = self.keys.iter().filter_map(|(k, v)| {
                v.iter()
                    .find(|&&i| self.entries[i].class == EntryClass::Country)
                    .and_then(|&i| self.country_codes.get(self.entries[i].country.as_deref()?))
                    .map(|&c| (k.clone(), c, false))
            });
            let mut all: Vec<(String, usize, bool)> = names
                .chain(self.demonyms.iter().map(|(k, &c)| (k.clone(), c, true)))
                .collect();
            // by length, so that a look-up reads only the spellings of about its length
            all.sort_by(|a, b| (a.0.len(), &a.0).cmp(&(b.0.len(), &b.0)));
            all
        });
        let n = key.chars().count();
        let from = spellings.partition_point(|(k, _, _)| k.len() + 2 < n);
        let near = spellings[from..]
            .iter()
            .take_while(|(k, _, _)| k.len() <= n + 2);
        // short words one edit from a demonym are often other words ("the Greens")
        only_one(near.filter_map(|(k, c, demonym)| {
            (!(*demonym && n < 8) && same_start(&key, k) && one_edit(&key, k)).then_some(*c)
        }))
        .map(|c| &self.countries[c])
    }

    /// The person a misspelt full name most likely means ("Francois Mitterand"): the one
    /// person whose full name or alias, of two words or more, is one edit away, with each
    /// word starting with the same letter. Only for names the knowledge base does not know.
    pub fn misspelt_person(&self, surface: &str) -> Option<&KbEntry> {
        let key = fold(surface);
        let initials = |k: &str| {
            k.split(' ')
                .filter_map(|w| w.chars().next())
                .collect::<Vec<_>>()
        };
        if key.len() < 10 || !key.contains(' ') || self.keys.contains_key(&key) {
            return None;
        }
        let names = self.person_names.get_or_init(|| {
            let mut all: Vec<(String, usize)> = self
                .keys
                .iter()
                .filter(|(k, _)| k.contains(' '))
                .filter_map(|(k, v)| {
                    v.iter()
                        .find(|&&i| self.entries[i].class == EntryClass::Person)
                        .map(|&i| (k.clone(), i))
                })
                .collect();
            all.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then_with(|| a.0.cmp(&b.0)));
            all
        });
        let mine = initials(&key);
        let from = names.partition_point(|(k, _)| k.len() + 1 < key.len());
        only_one(
            names[from..]
                .iter()
                .take_while(|(k, _)| k.len() <= key.len() + 1)
                .filter(|(k, _)| {
                    k.as_bytes()[0] == key.as_bytes()[0] && one_edit(&key, k) && initials(k) == mine
                })
                .map(|(_, i)| *i),
        )
        .map(|i| &self.entries[i])
    }

    /// Other places written like this one in news: "Tripoli" is Libya's capital, and also
    /// "Tripoli, Lebanon". The caller picks by context.
    pub fn namesakes(&self, surface: &str) -> Vec<&KbEntry> {
        self.namesakes
            .get(&fold(surface))
            .map(|v| v.iter().map(|&i| &self.entries[i]).collect())
            .unwrap_or_default()
    }

    /// The country with this ISO alpha-3 (or alpha-2) code, any case.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_codes
            .get(&code.trim().to_ascii_uppercase())
            .map(|&i| &self.countries[i])
    }

    /// The country of a demonym or adjective ("Russian", "Russians", "Syrian", "Emirati").
    /// Whether `word` after `before` is a region's adjective and no state's ("South
    /// American", "West African"), while a two-word demonym stays one ("South African").
    pub fn region_adjective(&self, before: &str, word: &str) -> bool {
        matches!(
            before,
            "South" | "North" | "Central" | "Latin" | "West" | "East" | "Southeast" | "Northeast"
        ) && self
            .country_by_demonym(&format!("{before} {word}"))
            .is_none()
    }

    pub fn country_by_demonym(&self, word: &str) -> Option<&Country> {
        let key = fold(word);
        let idx = self.demonyms.get(&key).or_else(|| {
            singulars(&key)
                .into_iter()
                .find_map(|k| self.demonyms.get(&k))
        })?;
        Some(&self.countries[*idx])
    }

    /// The state a capital or seat of government can stand for ("Moscow", "the Kremlin",
    /// "Washington", "Downing Street", "the Pentagon").
    /// The whole actor code a metonym stands for when that is not its country's state
    /// ("Brussels" → the European Union), from a `name=CODE` metonym in the data.
    pub fn metonym_code(&self, surface: &str) -> Option<&str> {
        self.metonym_codes.get(&fold(surface)).map(String::as_str)
    }

    pub fn metonym(&self, surface: &str) -> Option<&Country> {
        self.metonyms
            .get(&fold(surface))
            .map(|&i| &self.countries[i])
    }

    /// The role code of a title or group noun. Tries the whole phrase, then its singular, then
    /// drops leading words one at a time, so "Russian deputy foreign minister" finds
    /// "deputy foreign minister" and "army generals" finds "general".
    pub fn role(&self, phrase: &str) -> Option<RoleInfo> {
        let key = fold(phrase);
        let mut rest = key.as_str();
        loop {
            if let Some(r) = self.roles.get(rest) {
                return Some(r.clone());
            }
            for s in singulars(rest) {
                if let Some(r) = self.roles.get(&s) {
                    return Some(r.clone());
                }
            }
            match rest.find(' ') {
                Some(i) => rest = &rest[i + 1..],
                None => return None,
            }
        }
    }

    /// The role `person` held on `date` (YYYY-MM-DD). When several spells cover the day, the
    /// one that began last. After the person's last spell ended, a derived spell with title
    /// "former <title>", role `ELI` and `former: true`. `None` before any spell, for dates that
    /// are not ISO dates, and for entries that are not people.
    pub fn person_role_on(&self, person: &KbEntry, date: &str) -> Option<RoleSpell> {
        if !valid_date(date) {
            return None;
        }
        let spells = self.spells.get(&person.id)?;
        let current = spells
            .iter()
            .filter(|s| s.start.as_str() <= date && s.end.as_deref().is_none_or(|e| date < e))
            .max_by(|a, b| a.start.cmp(&b.start).then(std::cmp::Ordering::Greater));
        if let Some(s) = current {
            return Some(s.clone());
        }
        let last = spells
            .iter()
            .filter(|s| s.end.as_deref().is_some_and(|e| e <= date))
            .max_by(|a, b| {
                a.end
                    .cmp(&b.end)
                    .then(a.start.cmp(&b.start))
                    .then(std::cmp::Ordering::Greater)
            })?;
        Some(RoleSpell {
            country: last.country.clone(),
            role: "ELI".into(),
            title: format!("former {}", last.title),
            start: last.end.clone().unwrap_or_default(),
            end: None,
            former: true,
        })
    }

    /// Every spell of a person, in data order.
    pub fn spells(&self, person: &KbEntry) -> &[RoleSpell] {
        self.spells
            .get(&person.id)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

/// Leading words dropped, one at a time, when a name is not found as written (folded forms).
const HONORIFICS: &[&str] = &[
    "president",
    "king",
    "queen",
    "prince",
    "princess",
    "crown",
    "emir",
    "amir",
    "sheikh",
    "sheikha",
    "sultan",
    "sayyid",
    "sayyed",
    "ayatollah",
    "grand",
    "mullah",
    "mawlawi",
    "imam",
    "pope",
    "saint",
    "st",
    "prime",
    "minister",
    "chancellor",
    "premier",
    "secretary",
    "foreign",
    "defence",
    "defense",
    "general",
    "gen",
    "field",
    "marshal",
    "colonel",
    "col",
    "admiral",
    "adm",
    "lieutenant",
    "lt",
    "major",
    "maj",
    "captain",
    "capt",
    "commander",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "senator",
    "sen",
    "rep",
    "representative",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "former",
    "ex",
    "late",
    "acting",
    "interim",
    "deputy",
    "vice",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "chief",
    "head",
    "ambassador",
    "envoy",
    "her",
    "his",
    "majesty",
    "highness",
    "excellency",
];

/// Multi-word honorifics dropped as a whole (folded forms, with the trailing space).
const HONORIFIC_PHRASES: &[&str] = &[
    "secretary of state ",
    "minister of state ",
    "head of state ",
];

/// Candidate singular forms of the last word of a folded phrase.
fn singulars(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(s) = key.strip_suffix("men") {
        out.push(format!("{s}man"));
    }
    if let Some(s) = key.strip_suffix("ies") {
        out.push(format!("{s}y"));
    }
    if let Some(s) = key.strip_suffix("es") {
        out.push(s.to_string());
    }
    if let Some(s) = key.strip_suffix('s') {
        out.push(s.to_string());
    }
    out
}

/// The one value the candidates agree on; none if they name two different ones.
fn only_one(mut cands: impl Iterator<Item = usize>) -> Option<usize> {
    let first = cands.next()?;
    cands.all(|c| c == first).then_some(first)
}

/// Whether two spellings begin with the same two letters.
fn same_start(a: &str, b: &str) -> bool {
    a.chars().take(2).eq(b.chars().take(2))
}

/// Whether two words are one edit apart (Damerau: insertion, deletion, substitution or a
/// swap of neighbouring letters); equal words are not.
fn one_edit(a: &str, b: &str) -> bool {
    if a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return one_edit_in(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    one_edit_in(&a, &b)
}

fn one_edit_in<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 || a == b {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if la == lb {
        let s = a
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        // one substitution, or one swap of neighbours
        p + s + 1 >= la
            || (p + 2 <= la && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..])
    } else {
        let (long, short) = if la > lb { (a, b) } else { (b, a) };
        long[p + 1..] == short[p..]
    }
}

/// Folds a name to its lookup key: ASCII transliteration, lower case, punctuation and hyphens
/// to single spaces (dots and apostrophes dropped: "U.S." = "US"), `&` = "and", `+` = "plus", a possessive
/// `'s` removed, a leading "the" removed, the article tokens "al"/"el" removed, and common
/// transliteration variants unified (Ahmed→ahmad, Mohammed/Mohamed/Mohammad→muhammad,
/// Abdel/Abdul→abd, Youssef/Yousef→yusuf, Ebrahim→ibrahim, Hasan→hassan, Husain→hussein,
/// Mahmud→mahmoud, Mostafa/Moustafa→mustafa, Abdallah→abdullah, Khaled→khalid, ibn→bin).
///
/// ```
/// use eventwire_kb::fold;
/// assert_eq!(fold("Recep Tayyip Erdoğan's"), "recep tayyip erdogan");
/// assert_eq!(fold("Ahmad al-Sharaa"), fold("Ahmed Al Sharaa"));
/// assert_eq!(fold("the U.S."), "us");
/// ```
pub fn fold(name: &str) -> String {
    let owned;
    let ascii = if name.is_ascii() {
        name
    } else {
        owned = deunicode::deunicode(name);
        owned.as_str()
    };
    let bytes = ascii.as_bytes();
    // Lower-cased tokens separated by single spaces, and the byte range of each token.
    let mut out = String::with_capacity(bytes.len());
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(8);
    let mut start = 0;
    fn close(out: &mut String, spans: &mut Vec<(usize, usize)>, start: &mut usize) {
        if out.len() > *start {
            spans.push((*start, out.len()));
            out.push(' ');
            *start = out.len();
        }
    }
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase() as char);
        } else if c == b'\'' || c == b'`' {
            // Possessive 's at the end of a word.
            if matches!(bytes.get(i + 1), Some(b's' | b'S'))
                && !bytes.get(i + 2).is_some_and(|a| a.is_ascii_alphanumeric())
                && out.len() > start
            {
                i += 2;
                continue;
            }
        } else if c != b'.' {
            // Dots vanish ("U.S." = "US"); anything else separates words.
            close(&mut out, &mut spans, &mut start);
            let word = match c {
                b'&' => "and",
                b'+' => "plus",
                _ => "",
            };
            if !word.is_empty() {
                out.push_str(word);
                close(&mut out, &mut spans, &mut start);
            }
        }
        i += 1;
    }
    close(&mut out, &mut spans, &mut start);
    out.pop(); // the trailing space
    let tok = |&(a, b): &(usize, usize)| &out[a..b];
    let many = spans.len() > 1;
    let rewrite = (many
        && (tok(&spans[0]) == "the" || spans.iter().any(|s| matches!(tok(s), "al" | "el"))))
        || spans.iter().any(|s| variant(tok(s)) != tok(s));
    if !rewrite {
        return out;
    }
    let mut keep: Vec<(usize, usize)> = spans.clone();
    if keep.len() > 1 && tok(&keep[0]) == "the" {
        keep.remove(0);
    }
    if keep.len() > 1 {
        let kept: Vec<(usize, usize)> = keep
            .iter()
            .copied()
            .filter(|s| !matches!(tok(s), "al" | "el"))
            .collect();
        if !kept.is_empty() {
            keep = kept;
        }
    }
    let mut folded = String::with_capacity(out.len());
    for s in &keep {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(variant(tok(s)));
    }
    folded
}

/// The unified spelling of a transliteration variant.
fn variant(token: &str) -> &str {
    match token {
        "ahmed" | "ahmet" => "ahmad",
        "mohammed" | "mohammad" | "mohamed" | "muhammed" | "mohamad" | "muhamad" | "mohamud" => {
            "muhammad"
        }
        "abdel" | "abdul" | "abdal" | "abdol" => "abd",
        "youssef" | "yousef" | "yousif" | "yusef" | "youssif" => "yusuf",
        "ebrahim" => "ibrahim",
        "hasan" => "hassan",
        "husain" | "hussain" | "husayn" => "hussein",
        "mahmud" => "mahmoud",
        "mostafa" | "moustafa" | "mustapha" => "mustafa",
        "abdallah" => "abdullah",
        "khaled" => "khalid",
        "ibn" => "bin",
        other => other,
    }
}

/// A lower-case slug for ids: ASCII letters and digits joined by hyphens.
fn slug(name: &str) -> String {
    let ascii = if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        deunicode::deunicode(name).to_ascii_lowercase()
    };
    let mut out = String::new();
    for word in ascii.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month: u32 = d[5..7].parse().unwrap_or(0);
    let day: u32 = d[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() % 3 == 0
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

fn list(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

struct PlaceRow {
    name: String,
    country: String,
    aliases: Vec<String>,
}

struct PersonRow {
    id: String,
    name: String,
    country: Option<String>,
    aliases: Vec<String>,
}

struct OrgRow {
    id: String,
    name: String,
    code: Option<String>,
    country: Option<String>,
    aliases: Vec<String>,
    media: bool,
}

/// Accumulates rows (later rows with the same key replace earlier ones) and builds the indexes.
#[derive(Default)]
struct Builder {
    countries: Vec<Country>,
    country_idx: FxMap<String, usize>,
    orgs: Vec<OrgRow>,
    org_idx: FxMap<String, usize>,
    places: Vec<PlaceRow>,
    place_idx: FxMap<String, usize>,
    roles: Vec<(Vec<String>, RoleInfo)>,
    role_idx: FxMap<String, usize>,
    people: Vec<PersonRow>,
    person_idx: FxMap<String, usize>,
    spells: FxMap<String, Vec<RoleSpell>>,
    /// People whose builtin spells the override files have started replacing.
    replaced: FxMap<String, ()>,
}

impl Builder {
    fn load(
        &mut self,
        kind: FileKind,
        file: &str,
        text: &str,
        overriding: bool,
    ) -> Result<(), KbError> {
        let err = |line: usize, message: String| KbError {
            file: file.to_string(),
            line,
            message,
        };
        let (required, total) = kind.columns();
        // Keys defined in this file, to catch duplicates within one file.
        let mut seen: FxMap<String, usize> = FxMap::default();
        for (n, raw) in text.lines().enumerate() {
            let line = n + 1;
            let raw = raw.trim_end_matches('\r');
            if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = raw.split('\t').map(str::trim).collect();
            if cols.len() < required || cols.len() > total {
                return Err(err(
                    line,
                    format!(
                        "expected {} tab-separated columns, found {}",
                        if required == total {
                            total.to_string()
                        } else {
                            format!("{required} to {total}")
                        },
                        cols.len()
                    ),
                ));
            }
            let col = |i: usize| cols.get(i).copied().unwrap_or("");
            for (i, c) in cols.iter().enumerate().take(required) {
                if c.is_empty() && !(kind == FileKind::Spells && i == 1) {
                    return Err(err(line, format!("column {} is empty", i + 1)));
                }
            }
            let key = match kind {
                FileKind::Countries => col(0).to_string(),
                FileKind::Roles => fold(col(0).split('|').next().unwrap_or("")),
                FileKind::Spells => String::new(),
                _ => col(0).to_string(),
            };
            if !key.is_empty() {
                if let Some(prev) = seen.insert(key.clone(), line) {
                    return Err(err(
                        line,
                        format!("duplicate key {key:?} (first on line {prev})"),
                    ));
                }
            }
            match kind {
                FileKind::Countries => {
                    let code = col(0);
                    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(err(line, format!("bad alpha-3 code {code:?}")));
                    }
                    let a2 = col(1);
                    if a2.len() != 2 || !a2.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(err(line, format!("bad alpha-2 code {a2:?}")));
                    }
                    let c = Country {
                        code: code.into(),
                        alpha2: a2.into(),
                        name: col(2).into(),
                        formal: col(3).into(),
                        capital: list(col(4)),
                        aliases: list(col(5)),
                        metonyms: list(col(6)),
                        demonyms: list(col(7)),
                    };
                    for m in &c.metonyms {
                        if let Some((_, role)) = m.rsplit_once('=') {
                            // a role of the country ("Lubyanka=SPY") or a whole actor code
                            // for a body the place stands for ("Brussels=IGOEUREEC")
                            let whole = role.len() >= 6
                                && (role.starts_with("IGO") || role.starts_with("NGO"));
                            if !(role.len() == 3 || whole) || !valid_code(role) {
                                return Err(err(line, format!("bad role code in metonym {m:?}")));
                            }
                        }
                    }
                    match self.country_idx.get(code) {
                        Some(&i) => self.countries[i] = c,
                        None => {
                            self.country_idx.insert(code.into(), self.countries.len());
                            self.countries.push(c);
                        }
                    }
                }
                FileKind::Orgs | FileKind::Media => {
                    let id = col(0);
                    if slug(id) != id {
                        return Err(err(
                            line,
                            format!("bad id {id:?}: use lower-case-with-hyphens"),
                        ));
                    }
                    let code = Some(col(2)).filter(|c| !c.is_empty() && *c != "-");
                    if let Some(c) = code {
                        if !valid_code(c) {
                            return Err(err(line, format!("bad actor code {c:?}")));
                        }
                    }
                    let country = Some(col(3)).filter(|c| !c.is_empty() && *c != "-");
                    if let Some(c) = country {
                        if !self.country_idx.contains_key(c) {
                            return Err(err(line, format!("unknown country code {c:?}")));
                        }
                    }
                    let row = OrgRow {
                        id: id.into(),
                        name: col(1).into(),
                        code: code.map(str::to_string),
                        country: country.map(str::to_string),
                        aliases: list(col(4)),
                        media: kind == FileKind::Media,
                    };
                    match self.org_idx.get(id) {
                        Some(_) if !overriding => {
                            return Err(err(line, format!("id {id:?} is already defined")));
                        }
                        Some(&i) => self.orgs[i] = row,
                        None => {
                            self.org_idx.insert(id.into(), self.orgs.len());
                            self.orgs.push(row);
                        }
                    }
                }
                FileKind::Places => {
                    let name = col(0);
                    let country = col(1);
                    if !self.country_idx.contains_key(country) {
                        return Err(err(line, format!("unknown country code {country:?}")));
                    }
                    let kind = col(2);
                    if !matches!(kind, "city" | "region" | "territory") {
                        return Err(err(
                            line,
                            format!("bad place kind {kind:?} (city, region or territory)"),
                        ));
                    }
                    let row = PlaceRow {
                        name: name.into(),
                        country: country.into(),
                        aliases: list(col(3)).into_iter().filter(|a| a != "-").collect(),
                    };
                    match self.place_idx.get(name) {
                        Some(_) if !overriding => {
                            return Err(err(line, format!("place {name:?} is already defined")));
                        }
                        Some(&i) => self.places[i] = row,
                        None => {
                            self.place_idx.insert(name.into(), self.places.len());
                            self.places.push(row);
                        }
                    }
                }
                FileKind::Roles => {
                    let phrases = list(col(0));
                    let code = col(1);
                    if code.len() != 3 || !valid_code(code) {
                        return Err(err(line, format!("bad role code {code:?}")));
                    }
                    let class = match col(2) {
                        "title" => RoleClass::Title,
                        "group" => RoleClass::Group,
                        "organ" => RoleClass::Organ,
                        "attached" => RoleClass::Attached,
                        other => {
                            return Err(err(
                                line,
                                format!(
                                    "bad role class {other:?} (title, group, organ or attached)"
                                ),
                            ))
                        }
                    };
                    let info = RoleInfo {
                        phrase: phrases[0].clone(),
                        code: code.into(),
                        class,
                    };
                    match self.role_idx.get(&key) {
                        Some(&i) => self.roles[i] = (phrases, info),
                        None => {
                            self.role_idx.insert(key, self.roles.len());
                            self.roles.push((phrases, info));
                        }
                    }
                }
                FileKind::People => {
                    let id = col(0);
                    if slug(id) != id {
                        return Err(err(
                            line,
                            format!("bad id {id:?}: use lower-case-with-hyphens"),
                        ));
                    }
                    let country = Some(col(2)).filter(|c| !c.is_empty() && *c != "-");
                    if let Some(c) = country {
                        if !self.country_idx.contains_key(c) {
                            return Err(err(line, format!("unknown country code {c:?}")));
                        }
                    }
                    let row = PersonRow {
                        id: id.into(),
                        name: col(1).into(),
                        country: country.map(str::to_string),
                        aliases: list(col(3)),
                    };
                    match self.person_idx.get(id) {
                        Some(_) if !overriding => {
                            return Err(err(line, format!("id {id:?} is already defined")));
                        }
                        Some(&i) => self.people[i] = row,
                        None => {
                            self.person_idx.insert(id.into(), self.people.len());
                            self.people.push(row);
                        }
                    }
                }
                FileKind::Spells => {
                    let id = col(0);
                    let Some(&p) = self.person_idx.get(id) else {
                        return Err(err(line, format!("unknown person id {id:?}")));
                    };
                    let country = match col(1) {
                        "" | "-" => match &self.people[p].country {
                            Some(c) => c.clone(),
                            None => {
                                return Err(err(line, "no country for this spell".into()));
                            }
                        },
                        c => c.to_string(),
                    };
                    if !self.country_idx.contains_key(&country) && !valid_code(&country) {
                        return Err(err(line, format!("bad country code {country:?}")));
                    }
                    let role = col(2);
                    if role.len() != 3 || !valid_code(role) {
                        return Err(err(line, format!("bad role code {role:?}")));
                    }
                    let start = col(4);
                    if !valid_date(start) {
                        return Err(err(line, format!("bad start date {start:?} (YYYY-MM-DD)")));
                    }
                    let end = Some(col(5)).filter(|c| !c.is_empty() && *c != "-");
                    if let Some(e) = end {
                        if !valid_date(e) {
                            return Err(err(line, format!("bad end date {e:?} (YYYY-MM-DD)")));
                        }
                        if e <= start {
                            return Err(err(line, format!("end {e} is not after start {start}")));
                        }
                    }
                    let spell = RoleSpell {
                        country,
                        role: role.into(),
                        title: col(3).into(),
                        start: start.into(),
                        end: end.map(str::to_string),
                        former: false,
                    };
                    let v = self.spells.entry(id.to_string()).or_default();
                    if overriding && self.replaced.insert(id.to_string(), ()).is_none() {
                        v.clear();
                    }
                    v.push(spell);
                }
            }
        }
        Ok(())
    }

    fn build(self) -> KnowledgeBase {
        let mut kb = KnowledgeBase::default();
        // Room for every entry and about two names each, to spare rehashing.
        let entries =
            self.countries.len() * 2 + self.orgs.len() + self.places.len() + self.people.len();
        kb.entries.reserve(entries);
        kb.by_id.reserve(entries);
        kb.keys.reserve(entries * 2);
        for (i, c) in self.countries.iter().enumerate() {
            kb.country_codes.insert(c.code.clone(), i);
            kb.country_codes.insert(c.alpha2.clone(), i);
            for d in &c.demonyms {
                kb.demonyms.entry(fold(d)).or_insert(i);
            }
            let mut names = vec![c.formal.clone()];
            names.extend(c.aliases.iter().cloned());
            names.retain(|n| *n != c.name);
            kb.add(KbEntry {
                id: format!("loc:{}", c.code),
                name: c.name.clone(),
                kind: EntityType::LOC,
                class: EntryClass::Country,
                aliases: names,
                country: Some(c.code.clone()),
                actor_code: Some(c.code.clone()),
            });
        }
        // Capitals and seats after all countries, so a country name always wins its key.
        for (i, c) in self.countries.iter().enumerate() {
            if let Some((cap, aliases)) = c.capital.split_first() {
                for n in &c.capital {
                    kb.metonyms.entry(fold(n)).or_insert(i);
                }
                let id = format!("loc:{}", slug(cap));
                if !kb.keys.contains_key(&fold(cap)) && !kb.by_id.contains_key(&id) {
                    kb.add(KbEntry {
                        id,
                        name: cap.clone(),
                        kind: EntityType::LOC,
                        class: EntryClass::Capital,
                        aliases: aliases.to_vec(),
                        country: Some(c.code.clone()),
                        actor_code: Some(c.code.clone()),
                    });
                }
            }
        }
        for o in self.orgs {
            kb.add(KbEntry {
                id: format!("org:{}", o.id),
                name: o.name,
                kind: EntityType::ORG,
                class: if o.media {
                    EntryClass::Media
                } else {
                    EntryClass::Organisation
                },
                aliases: o.aliases,
                country: o.country,
                actor_code: o.code,
            });
        }
        // Seats last among places and bodies: a name an organisation already has (the
        // Pentagon, the State Department) stays the organisation's; the metonym still works.
        for (i, c) in self.countries.iter().enumerate() {
            for m in &c.metonyms {
                let (name, role) = m.rsplit_once('=').unwrap_or((m.as_str(), "GOV"));
                kb.metonyms.entry(fold(name)).or_insert(i);
                if role.len() > 3 {
                    kb.metonym_codes.insert(fold(name), role.to_string());
                    continue;
                }
                let id = format!("seat:{}:{}", c.code, slug(name.trim_start_matches("the ")));
                if kb.by_id.contains_key(&id) || kb.keys.contains_key(&fold(name)) {
                    continue;
                }
                kb.add(KbEntry {
                    id,
                    name: name.to_string(),
                    kind: EntityType::ORG,
                    class: EntryClass::Seat,
                    aliases: Vec::new(),
                    country: Some(c.code.clone()),
                    actor_code: Some(format!("{}{}", c.code, role)),
                });
            }
        }
        // Other places after every country, capital, organisation and seat: a name one of
        // those already has stays theirs (a place whose own name is taken is left out, and
        // so is an alias that is taken). Places are not metonyms: "Aleppo said" is not Syria.
        for p in self.places {
            let key = fold(&p.name);
            if kb.keys.contains_key(&key) {
                continue;
            }
            let id = format!("loc:{}", slug(&p.name));
            if kb.by_id.contains_key(&id) {
                continue;
            }
            // Each name is folded once: parsing stays fast with some 2,000 places.
            let mut keys = vec![key];
            let mut aliases = Vec::with_capacity(p.aliases.len());
            for a in p.aliases {
                let k = fold(&a);
                if !kb.keys.contains_key(&k) {
                    keys.push(k);
                    aliases.push(a);
                }
            }
            // "Tripoli, Lebanon": its bare name belongs to another entry (Libya's capital)
            let bare = p
                .name
                .split_once(", ")
                .map(|(b, _)| fold(b))
                .filter(|b| kb.keys.contains_key(b));
            let i = kb.add_keyed(
                KbEntry {
                    id,
                    name: p.name,
                    kind: EntityType::LOC,
                    class: EntryClass::Place,
                    aliases,
                    country: Some(p.country.clone()),
                    actor_code: Some(p.country),
                },
                keys,
            );
            if let Some(b) = bare {
                kb.namesakes.entry(b).or_default().push(i);
            }
        }
        for (phrases, info) in self.roles {
            for p in phrases {
                kb.roles.insert(fold(&p), info.clone());
            }
        }
        kb.countries = self.countries;
        let mut spells = self.spells;
        for p in self.people {
            let id = format!("per:{}", p.id);
            if let Some(s) = spells.remove(&p.id) {
                kb.spells.insert(id.clone(), s);
            }
            let i = kb.add(KbEntry {
                id,
                name: p.name.clone(),
                kind: EntityType::PER,
                class: EntryClass::Person,
                aliases: p.aliases,
                country: p.country,
                actor_code: None,
            });
            let folded = fold(&p.name);
            let mut name = folded.as_str();
            while let Some((rest, "jr" | "sr" | "ii" | "iii" | "iv")) = name.rsplit_once(' ') {
                name = rest;
            }
            if let Some((_, last)) = name.rsplit_once(' ') {
                let v = kb.surnames.entry(last.to_string()).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        kb
    }
}

impl KnowledgeBase {
    fn add(&mut self, e: KbEntry) -> usize {
        let keys = std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|n| fold(n))
            .collect();
        self.add_keyed(e, keys)
    }

    /// Adds an entry under lookup keys already folded from its name and aliases.
    fn add_keyed(&mut self, e: KbEntry, keys: Vec<String>) -> usize {
        let i = self.entries.len();
        for k in keys {
            if k.is_empty() {
                continue;
            }
            let v = self.keys.entry(k).or_default();
            if !v.contains(&i) {
                v.push(i);
            }
        }
        self.by_id.insert(e.id.clone(), i);
        self.entries.push(e);
        i
    }
}

#[cfg(test)]
mod tests;
