//! Clean: separates the article body from the junk scraped around and inside it.
//!
//! Junk is never silently dropped. Each line that matches a boilerplate rule becomes a typed
//! [`Removed`] item (with its place in the raw input, for plain text), embedded social posts
//! become [`Post`]s, and inline references such as "(pictured above)" are cut out of body
//! lines and kept as captions. Everything else is article text, which loses nothing: the
//! clean text keeps every body line, with paragraphs separated by a blank line.
//!
//! The rules are data (`data/boilerplate.tsv`, replaceable with [`Cleaner::from_rules`]), so
//! that a user can teach the cleaner a site's junk without touching code.

use eventwire_model::json::CharOffsets;
use eventwire_model::{dates::normalise_date, Post, Removed, RemovedKind};
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

/// The shipped boilerplate rules.
pub const DEFAULT_RULES: &str = include_str!("../data/boilerplate.tsv");

/// The clean text and what was set aside.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    pub text: String,
    pub removed: Vec<Removed>,
    pub posts: Vec<Post>,
}

/// A compiled set of boilerplate rules.
#[derive(Debug, Clone)]
pub struct Cleaner {
    /// Whole-line rules, tried at once; indices match `line_rules`.
    line_set: RegexSet,
    line_rules: Vec<(RemovedKind, usize)>,
    /// The longest line any whole-line rule may remove: longer lines skip the set.
    max_line_chars: usize,
    inline: Vec<(RemovedKind, Regex)>,
    signature: Regex,
    post_url: Regex,
    link_only: Regex,
}

/// An error in a rules file, with its line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct RuleError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

fn parse_kind(s: &str) -> Option<RemovedKind> {
    Some(match s {
        "promo" => RemovedKind::Promo,
        "copyright" => RemovedKind::Copyright,
        "share" => RemovedKind::Share,
        "related" => RemovedKind::Related,
        "caption" => RemovedKind::Caption,
        "navigation" => RemovedKind::Navigation,
        "other" => RemovedKind::Other,
        _ => return None,
    })
}

fn ci(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern).case_insensitive(true).build()
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::from_rules(DEFAULT_RULES, "boilerplate.tsv").expect("the shipped rules compile")
    }
}

/// How one kept body block joins the previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    Paragraph,
    /// A single line break inside a hard-wrapped paragraph: joined with a space.
    Wrap,
}

/// A line of input with its byte offset (plain text only).
#[derive(Debug, Clone, Copy)]
struct Block<'a> {
    text: &'a str,
    at: Option<usize>,
    join: Join,
}

impl Cleaner {
    /// Compiles rules in the `boilerplate.tsv` format; `file` names the source in errors.
    pub fn from_rules(src: &str, file: &str) -> Result<Cleaner, RuleError> {
        let mut patterns = Vec::new();
        let mut line_rules = Vec::new();
        let mut inline = Vec::new();
        for (i, raw) in src.lines().enumerate() {
            let fail = |message: String| RuleError {
                file: file.to_string(),
                line: i + 1,
                message,
            };
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = raw.splitn(3, '\t').collect();
            if cols.len() != 3 {
                return Err(fail("expected KIND<TAB>MAX<TAB>REGEX".into()));
            }
            let kind =
                parse_kind(cols[0]).ok_or_else(|| fail(format!("unknown kind {:?}", cols[0])))?;
            let re = ci(cols[2]).map_err(|e| fail(format!("bad regex: {e}")))?;
            if cols[1] == "inline" {
                inline.push((kind, re));
            } else {
                let max: usize = cols[1].parse().map_err(|_| {
                    fail(format!(
                        "MAX must be a number or `inline`, not {:?}",
                        cols[1]
                    ))
                })?;
                patterns.push(cols[2].to_string());
                line_rules.push((kind, max));
            }
        }
        let line_set = RegexSetBuilder::new(&patterns)
            .case_insensitive(true)
            .build()
            .map_err(|e| RuleError {
                file: file.to_string(),
                line: 0,
                message: e.to_string(),
            })?;
        let max_line_chars = line_rules.iter().map(|r| r.1).max().unwrap_or(0);
        Ok(Cleaner {
            line_set,
            line_rules,
            max_line_chars,
            inline,
            // "— Denis Danilov (@DenisDanilovL) January 29, 2025", the signature line of a
            // tweet pasted as text.
            signature: Regex::new(
                r"(?:^|\s)[—–-]{1,2}\s*([^()\n—–]{1,80}?)\s*\(@(\w{1,30})\)\s*(.{0,40}?)\s*$",
            )
            .expect("signature regex"),
            post_url: Regex::new(
                r"https?://(?:www\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+|(?:https?://)?pic\.twitter\.com/\w+|https?://t\.co/\w+",
            )
            .expect("post url regex"),
            link_only: Regex::new(
                r"^(?:(?:https?://)?(?:pic\.twitter\.com|t\.co|(?:www\.)?(?:twitter|x)\.com)/\S+\s*)+$",
            )
            .expect("link regex"),
        })
    }

    /// The kind of junk a whole line is, if any.
    fn line_kind(&self, line: &str) -> Option<RemovedKind> {
        if line.len() > self.max_line_chars * 4 {
            return None; // cheap bound: bytes ≥ chars
        }
        let chars = line.chars().count();
        if chars > self.max_line_chars {
            return None;
        }
        self.line_set
            .matches(line)
            .iter()
            .map(|i| self.line_rules[i])
            .find(|&(_, max)| chars <= max)
            .map(|(k, _)| k)
    }

    /// Cleans a scraped article given as plain text. Removed items carry their place in
    /// `input` as code-point offsets.
    pub fn clean_text(&self, input: &str) -> Cleaned {
        let mut blocks = Vec::new();
        let mut offset = 0;
        let mut blank = true;
        let mut prev: Option<&str> = None;
        for raw in input.split('\n') {
            let at = offset;
            offset += raw.len() + 1;
            let line = raw.trim_end();
            let trimmed = line.trim_start();
            if trimmed.is_empty() {
                blank = true;
                continue;
            }
            let join = if !blank && prev.is_some_and(|p| is_wrapped(p, trimmed)) {
                Join::Wrap
            } else {
                Join::Paragraph
            };
            blank = false;
            prev = Some(trimmed);
            blocks.push(Block {
                text: trimmed,
                at: Some(at + (line.len() - trimmed.len())),
                join,
            });
        }
        self.clean_blocks(&blocks, Some(input))
    }

    /// Cleans paragraphs already separated by an HTML extractor (no input offsets).
    pub fn clean_paragraphs<S: AsRef<str>>(&self, paragraphs: &[S]) -> Cleaned {
        let blocks: Vec<Block> = paragraphs
            .iter()
            .map(|p| p.as_ref().trim())
            .filter(|p| !p.is_empty())
            .map(|p| Block {
                text: p,
                at: None,
                join: Join::Paragraph,
            })
            .collect();
        self.clean_blocks(&blocks, None)
    }

    fn clean_blocks(&self, blocks: &[Block], input: Option<&str>) -> Cleaned {
        let offsets = input.map(CharOffsets::new);
        let span = |b: &Block, s: usize, e: usize| match (&offsets, b.at) {
            (Some(o), Some(at)) => (Some(o.char_of(at + s)), Some(o.char_of(at + e))),
            _ => (None, None),
        };
        let mut out = Cleaned::default();
        // Removed items with the block they came from, to keep them in document order.
        let mut removed: Vec<(usize, Removed)> = Vec::new();
        // Body blocks kept so far (index into `blocks`), so a post signature can claim the
        // lines before it.
        let mut kept: Vec<usize> = Vec::new();
        // Whether a removed line or post came between the last kept block and the next.
        let mut broken = vec![false; blocks.len()];
        for (i, b) in blocks.iter().enumerate() {
            if let Some(post) = self.post_signature(b.text) {
                let (prefix, mut post) = post;
                let mut lines: Vec<&str> = Vec::new();
                if !prefix.is_empty() {
                    lines.push(prefix);
                } else if let Some(&j) = kept.last() {
                    // The tweet's text is the paragraph right above its signature; a bare
                    // photo link above the signature brings one more paragraph with it.
                    kept.pop();
                    lines.push(blocks[j].text);
                    if self.link_only.is_match(blocks[j].text) {
                        if let Some(&k) = kept.last() {
                            kept.pop();
                            lines.insert(0, blocks[k].text);
                        }
                    }
                }
                let text = lines.join("\n");
                post.url = self.post_url.find(&text).map(|m| {
                    let u = m.as_str();
                    if u.starts_with("http") {
                        u.to_string()
                    } else {
                        format!("https://{u}")
                    }
                });
                post.text = text;
                out.posts.push(post);
                if i + 1 < blocks.len() {
                    broken[i + 1] = true;
                }
                continue;
            }
            if let Some(kind) = self.line_kind(b.text) {
                let (input_start, input_end) = span(b, 0, b.text.len());
                removed.push((
                    i,
                    Removed {
                        kind,
                        text: b.text.to_string(),
                        input_start,
                        input_end,
                    },
                ));
                if i + 1 < blocks.len() {
                    broken[i + 1] = true;
                }
                continue;
            }
            kept.push(i);
        }
        // Second pass: assemble the text from kept blocks, cutting inline references.
        let mut prev_kept: Option<usize> = None;
        for &i in &kept {
            let b = &blocks[i];
            if let Some(p) = prev_kept {
                let wrap = b.join == Join::Wrap && p + 1 == i && !broken[i];
                out.text.push_str(if wrap { " " } else { "\n\n" });
            }
            prev_kept = Some(i);
            let mut last = 0;
            if b.text.contains('(') {
                let mut cuts: Vec<(usize, usize, RemovedKind)> = Vec::new();
                for (kind, re) in &self.inline {
                    for m in re.find_iter(b.text) {
                        if !cuts.iter().any(|c| c.0 < m.end() && m.start() < c.1) {
                            cuts.push((m.start(), m.end(), *kind));
                        }
                    }
                }
                cuts.sort_unstable_by_key(|c| (c.0, c.1));
                for (s, e, kind) in cuts {
                    out.text.push_str(&b.text[last..s]);
                    last = e;
                    let cut = &b.text[s..e];
                    let lead = cut.len() - cut.trim_start().len();
                    let trail = cut.len() - cut.trim_end().len();
                    let (input_start, input_end) = span(b, s + lead, e - trail);
                    removed.push((
                        i,
                        Removed {
                            kind,
                            text: cut.trim().to_string(),
                            input_start,
                            input_end,
                        },
                    ));
                }
            }
            out.text.push_str(&b.text[last..]);
        }
        // Stable: within a block, cuts stay in their order.
        removed.sort_by_key(|(i, _)| *i);
        out.removed = removed.into_iter().map(|(_, r)| r).collect();
        out
    }

    /// Recognises a tweet signature; returns the text before it on the same line and the
    /// post with author, handle and date filled in.
    fn post_signature<'a>(&self, line: &'a str) -> Option<(&'a str, Post)> {
        if !line.contains("(@") {
            return None;
        }
        let c = self.signature.captures(line)?;
        let date_text = c.get(3).map_or("", |m| m.as_str());
        let date = normalise_date(date_text);
        if date.is_none() && !date_text.is_empty() {
            return None;
        }
        let whole = c.get(0).expect("match");
        Some((
            line[..whole.start()].trim(),
            Post {
                author: Some(c[1].trim().to_string()),
                handle: Some(format!("@{}", &c[2])),
                date,
                url: None,
                text: String::new(),
            },
        ))
    }
}

/// Whether `next` continues `prev` across a single line break (hard-wrapped text) rather
/// than starting a new paragraph.
fn is_wrapped(prev: &str, next: &str) -> bool {
    let ends_open = !prev.ends_with(['.', '!', '?', ':', '"', '”', '’', ')', ']', ';']);
    let starts_lower = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    ends_open && starts_lower && prev.chars().count() >= 40
}

#[cfg(test)]
mod tests;
