//! eventwire: raw news in, an annotated [`Document`] out.
//!
//! The pipeline is the architecture: **ingest → clean → segment → backbone → resolve →
//! attribution → events → store**. This crate is the facade that wires the stage crates
//! together; it owns no linguistics of its own. Ingest ([`eventwire_ingest`]) yields a
//! [`RawArticle`]; [`Pipeline::process`] builds the [`Document`] (HTML extraction and
//! cleaning make the clean text, after which the text never changes) and then runs each
//! [`Stage`] in order over it.
//!
//! Invariant: stages never fail and never touch the text; they only add annotation layers
//! that point into it. A record's problems are reported by ingest, before the pipeline.

#[cfg(feature = "backbone")]
pub mod backbone;

pub use eventwire_clean::Cleaner;
pub use eventwire_events as events;
pub use eventwire_ingest as ingest;
pub use eventwire_model as model;

use eventwire_ingest::{Body, RawArticle};
use eventwire_model::Document;

/// A named step that adds annotation layers to a [`Document`]. Stages are shared across
/// threads (`Sync`); documents are not.
pub trait Stage: Sync + Send {
    /// A stable name, used in diagnostics.
    fn name(&self) -> &'static str;
    /// Adds this stage's layers to `doc`.
    fn run(&self, doc: &mut Document);
}

/// A stage that is one function of its crate (segment, time, attribution, events): those
/// crates need no state, so a name and a function are the whole stage.
pub struct FnStage {
    pub name: &'static str,
    pub run: fn(&mut Document),
}

impl Stage for FnStage {
    fn name(&self) -> &'static str {
        self.name
    }
    fn run(&self, doc: &mut Document) {
        (self.run)(doc)
    }
}

/// The shipped knowledge base, or it with the user's files laid over it. A user's base is
/// loaded once per process and lives as long as it, like the shipped one.
pub fn knowledge_base(
    overrides: Option<&std::path::Path>,
) -> anyhow::Result<&'static eventwire_kb::KnowledgeBase> {
    Ok(match overrides {
        None => eventwire_kb::KnowledgeBase::builtin(),
        Some(dir) => Box::leak(Box::new(
            eventwire_kb::KnowledgeBase::load_with_overrides(dir)
                .map_err(|e| anyhow::anyhow!("{e}"))?,
        )),
    })
}

/// One canonical entity per real-world actor, from the backbone's mentions and the
/// knowledge base.
#[cfg(feature = "backbone")]
pub struct Resolve {
    kb: &'static eventwire_kb::KnowledgeBase,
}

#[cfg(feature = "backbone")]
impl Resolve {
    /// Resolution against the shipped knowledge base, or it with the user's files laid
    /// over it.
    pub fn new(overrides: Option<&std::path::Path>) -> anyhow::Result<Resolve> {
        Ok(Resolve {
            kb: knowledge_base(overrides)?,
        })
    }
}

/// Event coding with the same knowledge base as resolution and the shipped or the user's
/// verb-pattern dictionary.
pub struct Events {
    kb: &'static eventwire_kb::KnowledgeBase,
    dictionary: &'static eventwire_events::patterns::Dictionary,
}

impl Events {
    /// `patterns`: a dictionary file used instead of the shipped one (same format as
    /// `crates/events/data/patterns.txt`); an error names the file and the line.
    pub fn new(
        kb: &'static eventwire_kb::KnowledgeBase,
        patterns: Option<&std::path::Path>,
    ) -> anyhow::Result<Events> {
        let dictionary = match patterns {
            None => eventwire_events::patterns::builtin(),
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
                // "line 3: unknown key" → "my-patterns.txt:3: unknown key"
                let d = eventwire_events::patterns::parse(&text).map_err(|e| {
                    match e.strip_prefix("line ") {
                        Some(rest) => anyhow::anyhow!("{}:{rest}", path.display()),
                        None => anyhow::anyhow!("{}: {e}", path.display()),
                    }
                })?;
                &*Box::leak(Box::new(d))
            }
        };
        Ok(Events { kb, dictionary })
    }
}

impl Stage for Events {
    fn name(&self) -> &'static str {
        "events"
    }
    fn run(&self, doc: &mut Document) {
        eventwire_events::code_with_dictionary(doc, self.kb, self.dictionary);
    }
}

#[cfg(feature = "backbone")]
impl Stage for Resolve {
    fn name(&self) -> &'static str {
        "resolve"
    }
    fn run(&self, doc: &mut Document) {
        eventwire_resolve::resolve(doc, self.kb);
    }
}

/// How a run treats articles, whatever their source.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Publication date (`YYYY-MM-DD`) for articles whose input gives none.
    pub published: Option<String>,
    /// Stops after segmentation: clean text, removed junk, posts, sentences and tokens
    /// only (the fast path for corpus cleaning).
    pub skip_backbone: bool,
    /// A directory of knowledge-base files that add to or override the shipped ones.
    pub kb_dir: Option<std::path::PathBuf>,
    /// A verb-pattern dictionary used instead of the shipped one.
    pub patterns: Option<std::path::PathBuf>,
}

/// The cleaner and the ordered stages, built once and shared by all documents.
pub struct Pipeline {
    cleaner: Cleaner,
    stages: Vec<Box<dyn Stage>>,
    options: Options,
}

impl Pipeline {
    /// The standard pipeline with the shipped knowledge. Fails only if shipped models
    /// cannot be loaded.
    pub fn new(options: Options) -> anyhow::Result<Pipeline> {
        Pipeline::with_cleaner(Cleaner::default(), options)
    }

    /// The standard pipeline with the user's own boilerplate rules.
    pub fn with_cleaner(cleaner: Cleaner, options: Options) -> anyhow::Result<Pipeline> {
        let stage = |name, run| -> Box<dyn Stage> { Box::new(FnStage { name, run }) };
        let mut stages: Vec<Box<dyn Stage>> = vec![stage("segment", eventwire_segment::annotate)];
        if !options.skip_backbone {
            let kb = knowledge_base(options.kb_dir.as_deref())?;
            #[cfg(feature = "backbone")]
            {
                stages.push(Box::new(backbone::Backbone::shipped()?));
                stages.push(Box::new(Resolve { kb }));
            }
            stages.push(stage("time", eventwire_time::annotate));
            stages.push(stage("attribution", eventwire_attribution::attribute));
            stages.push(Box::new(Events::new(kb, options.patterns.as_deref())?));
        }
        Ok(Pipeline {
            cleaner,
            stages,
            options,
        })
    }

    /// The names of the stages, in order.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Builds the clean [`Document`] of one article and annotates it.
    pub fn process(&self, raw: RawArticle) -> Document {
        let mut doc = self.clean(raw);
        for stage in &self.stages {
            stage.run(&mut doc);
        }
        doc
    }

    /// Runs the stages on a cleaned document and returns the time each took, for
    /// benchmarks that weigh one stage against another.
    pub fn run_stages_timed(&self, doc: &mut Document) -> Vec<std::time::Duration> {
        self.stages
            .iter()
            .map(|stage| {
                let t = std::time::Instant::now();
                stage.run(doc);
                t.elapsed()
            })
            .collect()
    }

    /// Extraction and cleaning: everything up to the fixed clean text.
    pub fn clean(&self, raw: RawArticle) -> Document {
        let mut doc = Document {
            id: raw.id,
            url: raw.url,
            title: raw.title,
            published: raw.published,
            source: raw.source,
            ..Document::default()
        };
        match raw.body {
            Body::Text(text) => {
                let c = self.cleaner.clean_text(&text);
                doc.text = c.text;
                doc.removed = c.removed;
                doc.posts = c.posts;
            }
            Body::Html(html) => {
                let page = eventwire_html::extract(&html, doc.url.as_deref());
                let c = self.cleaner.clean_paragraphs(&page.paragraphs);
                doc.text = c.text;
                doc.removed = page.removed;
                doc.removed.extend(c.removed);
                doc.posts = page.posts;
                doc.posts.extend(c.posts);
                doc.url = doc.url.or(page.url);
                doc.title = doc.title.or(page.title);
                doc.published = doc.published.or(page.published);
                doc.source = doc.source.or(page.source);
                doc.authors = page.authors;
            }
        }
        if doc.title.is_none() {
            doc.title = headline(&doc.text);
        }
        if doc.published.is_none() {
            doc.published = self.options.published.clone();
        }
        doc
    }
}

/// The first paragraph when it reads as a headline: short, and not ended like a sentence.
/// It stays in the text (it is part of the article); this only fills in missing metadata.
fn headline(text: &str) -> Option<String> {
    let first = text.split("\n\n").next()?.trim();
    let words = first.split_whitespace().count();
    let sentence_end = first.ends_with(['.', '!', '?', '"', '”', ':', ';', ',']);
    (text.contains("\n\n") && (2..=25).contains(&words) && !sentence_end).then(|| first.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use eventwire_ingest::Origin;

    fn raw(body: Body) -> RawArticle {
        RawArticle {
            id: "a".into(),
            url: None,
            title: None,
            published: None,
            source: None,
            body,
            origin: Origin {
                file: "a.txt".into(),
                line: None,
            },
            warnings: vec![],
        }
    }

    #[test]
    fn text_articles_are_cleaned_and_segmented() {
        let p = Pipeline::new(Options {
            published: Some("2025-01-29".into()),
            skip_backbone: true,
            ..Options::default()
        })
        .unwrap();
        let d = p.process(raw(Body::Text(
            "Advertisement\nPeskov declined to comment.".into(),
        )));
        assert_eq!(d.text, "Peskov declined to comment.");
        assert_eq!(d.removed.len(), 1);
        assert_eq!(d.published.as_deref(), Some("2025-01-29"));
        assert!(!d.tokens.is_empty());
        assert_eq!(d.sentences.last().unwrap().tokens.1, d.tokens.len());
        assert_eq!(p.stage_names(), vec!["segment"]);
    }

    #[test]
    fn a_headline_paragraph_becomes_the_missing_title() {
        assert_eq!(
            headline("Russia and Syria hold talks\n\nDAMASCUS - Talks began.").as_deref(),
            Some("Russia and Syria hold talks")
        );
        assert_eq!(headline("Talks began.\n\nMore."), None);
        assert_eq!(headline("Only one paragraph"), None);
    }

    /// Pieces that stress the cleaner, the HTML extractor and the segmenter.
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<blockquote class=\"twitter-tweet\">",
        "</blockquote>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<br>",
        "&amp;",
        "&#xD800;",
        "&mdash;",
        "— Name (@handle) January 29, 2025",
        "pic.twitter.com/x",
        "(pictured above)",
        "(Photo: X)",
        "Read more: ",
        "© 2025",
        "Share this article",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\t",
        "Mr.",
        "U.S.",
        "3.5",
        "...",
        "“",
        "”",
        "\"",
        "'",
        "’",
        "n't",
        "al-",
        "é",
        "\u{301}",
        "🙂",
        "中文",
        "עברית",
        "\u{200b}",
        "\u{feff}",
        "\0",
        "Talks resumed",
        "said",
        ".",
        "?",
        "!",
        "(",
        ")",
        "@x",
        "#tag",
        "https://t.co/a",
        "—",
        "-",
        "A",
        "b",
        "1",
    ];

    /// A seeded fuzz over the whole clean+segment path: no panic, and the span invariants
    /// hold on every generated document.
    #[test]
    fn random_articles_keep_the_invariants() {
        fuzz(
            &Pipeline::new(Options {
                skip_backbone: true,
                ..Options::default()
            })
            .unwrap(),
            400,
        );
    }

    /// The same over every stage, backbone, entities, quotes and events included.
    #[cfg(feature = "backbone")]
    #[test]
    fn random_articles_pass_every_stage() {
        fuzz(
            &Pipeline::new(Options {
                published: Some("2025-01-30".into()),
                ..Options::default()
            })
            .unwrap(),
            150,
        );
    }

    fn fuzz(p: &Pipeline, rounds: usize) {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..rounds {
            let n = (next() % 80) as usize;
            let input: String = (0..n)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let body = if round % 2 == 0 {
                Body::Text(input.clone())
            } else {
                Body::Html(input.clone())
            };
            let d = p.process(raw(body));
            let mut last_end = 0;
            for t in &d.tokens {
                assert!(
                    t.span.start >= last_end && t.span.start < t.span.end,
                    "{input:?}"
                );
                assert!(
                    d.text.is_char_boundary(t.span.start) && d.text.is_char_boundary(t.span.end)
                );
                assert!(
                    !d.text[t.span.range()].chars().any(char::is_whitespace),
                    "{input:?}"
                );
                last_end = t.span.end;
            }
            let mut next_token = 0;
            for s in &d.sentences {
                assert_eq!(s.tokens.0, next_token, "{input:?}");
                next_token = s.tokens.1;
            }
            assert_eq!(next_token, d.tokens.len(), "{input:?}");
            let _ = eventwire_model::json::to_line(&d, true);
        }
    }

    #[test]
    fn the_inputs_own_date_wins_over_the_default() {
        let p = Pipeline::new(Options {
            published: Some("2025-01-29".into()),
            skip_backbone: true,
            ..Options::default()
        })
        .unwrap();
        let mut r = raw(Body::Text("Text.".into()));
        r.published = Some("2024-12-08".into());
        assert_eq!(p.process(r).published.as_deref(), Some("2024-12-08"));
    }
}
