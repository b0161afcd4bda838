//! The one data model of eventwire: a [`Document`] holds the clean article text and
//! typed annotation layers that point into it by [`Span`]s.
//!
//! Inside Rust every span is a **byte** range into [`Document::text`], so `&doc.text[span]`
//! is cheap and always valid on char boundaries (an invariant every stage keeps). The JSON
//! output ([`json`]) converts them to **Unicode code-point** offsets, which is what Python
//! slicing and most annotation tools use. Layers that later stages fill (entities, quotes,
//! events, timexes) are always present, empty until their stage runs, so consumers can
//! rely on the shape of the record.

pub mod dates;
pub mod json;

use serde::{Deserialize, Serialize};
use std::ops::{Index, Range};

/// A half-open byte range `[start, end)` into a text. `start <= end` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    /// True when `other` lies wholly inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, s: Span) -> &str {
        &self[s.start..s.end]
    }
}

/// What kind of junk a removed stretch of the input was. Junk is set aside, never silently
/// dropped, so a user can audit what the cleaner took out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
    /// Subscribe, newsletter, app and messaging-channel prompts.
    Promo,
    /// Rights-reserved and terms footers.
    Copyright,
    /// Share and follow prompts.
    Share,
    /// "Read more", "Also read" and related-story links.
    Related,
    /// Photo captions and credits, and inline references such as "(pictured above)".
    Caption,
    /// Menus, breadcrumbs, tags and other site chrome.
    Navigation,
    /// Recognised junk of no other kind (comment sections, cookie notices, bylines lines).
    Other,
}

/// A stretch of the input that is not article text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    pub kind: RemovedKind,
    pub text: String,
    /// Where it was in the raw input, in code points (plain-text input only).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub input_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub input_end: Option<usize>,
}

/// An embedded social-media post (a tweet pasted into the story), kept apart from the
/// article text because it is someone's statement, not the reporter's.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Post {
    pub author: Option<String>,
    pub handle: Option<String>,
    /// ISO 8601 calendar date (`YYYY-MM-DD`) when the embed gives one.
    pub date: Option<String>,
    pub url: Option<String>,
    pub text: String,
}

/// A tag or relation name. Shared, not copied: a document holds three per token and they
/// come from a few dozen names, so cloning one is a reference count, not an allocation.
pub type Label = std::sync::Arc<str>;

/// One token: a span of the clean text plus what the backbone says about it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Token {
    pub span: Span,
    /// Universal POS tag, once the backbone has run.
    pub upos: Option<Label>,
    /// Penn Treebank tag, once the backbone has run.
    pub xpos: Option<Label>,
    /// Index (0-based, document-wide) of the syntactic head; `None` for the root or
    /// before parsing.
    pub head: Option<usize>,
    /// Universal Dependencies relation to the head.
    pub deprel: Option<Label>,
}

/// A sentence: its span and the half-open range of its tokens in [`Document::tokens`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sentence {
    pub span: Span,
    pub tokens: (usize, usize),
}

/// The named-entity type of a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
pub enum EntityType {
    PER,
    ORG,
    LOC,
    MISC,
}

/// One place in the text where an entity is named.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    /// Title or role stated with the name ("Kremlin spokesman").
    pub role: Option<String>,
    /// The actor this mention stands for when it differs from the entity (metonymy).
    pub actor_code: Option<String>,
}

/// One real-world person, organisation or place, with all its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Stable across documents: from the knowledge-base id, else from the normalised
    /// canonical name and type.
    pub id: String,
    /// The canonical name.
    pub name: String,
    pub kind: EntityType,
    /// The other surface forms the document uses.
    pub aliases: Vec<String>,
    /// ISO 3166 alpha-3 code of the entity's country.
    pub country: Option<String>,
    /// CAMEO-style actor code (`RUSGOV`, `IGOUNO`).
    pub actor_code: Option<String>,
    /// Knowledge-base id, when the entity is known.
    pub kb_id: Option<String>,
    /// Roles as stated or as known on the article's date.
    pub roles: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// Whether a quote is verbatim, a verbatim fragment, or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

/// An attributed statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The statement in the text; `None` for a social post (see `post`).
    pub span: Option<Span>,
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    pub speaker_name: Option<String>,
    pub speaker_role: Option<String>,
    pub cue: Option<Span>,
    pub via: Vec<String>,
    pub sentence: Option<usize>,
    pub post: Option<usize>,
}

/// An actor of an event, with its CAMEO-style code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub entity: Option<String>,
    pub name: String,
    pub code: Option<String>,
}

/// A place an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub country: Option<String>,
    pub entity: Option<String>,
}

/// A coded political event with the clause that reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub source: Actor,
    pub target: Option<Actor>,
    pub code: String,
    pub root_code: String,
    pub label: String,
    pub goldstein: f64,
    pub quad_class: u8,
    /// The day the event happened, or for a statement the day it was made (ISO 8601).
    pub date: Option<String>,
    pub date_text: Option<String>,
    pub date_inferred: bool,
    /// For a statement about a future act (a plan, a promise), the day the act is planned.
    pub planned_date: Option<String>,
    pub location: Option<Location>,
    pub evidence: Span,
    pub rule: String,
    pub negated: bool,
    pub hypothetical: bool,
    pub confidence: f64,
}

/// A time expression normalised to ISO 8601 at the precision the text gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    pub span: Span,
    pub value: String,
}

/// An article and everything eventwire knows about it.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The input record's `id`, or one derived from the file path.
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publication date (`YYYY-MM-DD`), in the source's own time zone.
    pub published: Option<String>,
    /// The outlet ("Reuters", "BBC News").
    pub source: Option<String>,
    /// Byline authors, when the input names them.
    pub authors: Vec<String>,
    /// The clean article text; paragraphs are separated by a blank line (`"\n\n"`).
    pub text: String,
    pub removed: Vec<Removed>,
    pub posts: Vec<Post>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
    pub timexes: Vec<Timex>,
}

impl Document {
    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }
}
