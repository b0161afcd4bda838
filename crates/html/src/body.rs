//! Turns the article container chosen by the readability pass into paragraphs, setting aside
//! the junk that readability keeps (captions, share bars, related links, promos, bylines).
//!
//! The walk is iterative (explicit stack), so no page can overflow the call stack here.
use crate::meta::norm_ws;
use dom_query::NodeRef;
use eventwire_model::{Removed, RemovedKind};
use regex::Regex;
use std::sync::OnceLock;

/// Paragraphs and what was dropped around them.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub paragraphs: Vec<String>,
    pub removed: Vec<Removed>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Para,
    Heading,
    Item,
}

#[derive(Debug)]
struct Block {
    text: String,
    link_chars: usize,
    role: Role,
    /// The list an item belongs to, so link-farm lists can be judged as a whole.
    list: Option<dom_query::NodeId>,
}

/// The lower-case tag name of an element the walkers read; `None` for other nodes and for
/// scripts, styles and the like.
fn kept_tag(n: &NodeRef) -> Option<String> {
    if !n.is_element() {
        return None;
    }
    let name = n
        .node_name()
        .map(|s| s.to_ascii_lowercase())
        .unwrap_or_default();
    (!SKIP_TAGS.contains(&name.as_str())).then_some(name)
}

/// The text of a junk box with its blocks kept apart ("Related stories What future…",
/// not "Related storiesWhat future…"); iterative, like the walker, for deep pages.
fn spaced_text(n: &NodeRef) -> String {
    let mut out = String::new();
    let mut stack: Vec<NodeRef> = n.children_it(true).collect();
    while let Some(c) = stack.pop() {
        if c.is_text() {
            out.push_str(&c.text());
            continue;
        }
        let Some(name) = kept_tag(&c) else { continue };
        if is_block(&name) || matches!(name.as_str(), "br" | "td" | "th" | "li") {
            out.push(' ');
        }
        stack.extend(c.children_it(true));
    }
    norm_ws(&out)
}

pub(crate) fn removed(kind: RemovedKind, text: String) -> Removed {
    Removed {
        kind,
        text,
        input_start: None,
        input_end: None,
    }
}

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "iframe", "svg", "button", "input", "select", "textarea",
    "template", "object", "embed", "canvas", "video", "audio", "img", "picture", "source", "head",
    "title", "meta", "link",
];

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "caption"
            | "hr"
            | "address"
            | "center"
            | "details"
            | "summary"
            | "body"
            | "html"
            | "form"
            | "fieldset"
            | "legend"
            | "figure"
            | "figcaption"
            | "aside"
            | "nav"
            | "footer"
    )
}

/// How sure a class/id word is: a strong word ("related", "caption", "newsletter") names a
/// junk box; a weak one ("widget", "meta", "tag", "ad") also shows up on content wrappers
/// (page builders, CMS fields), so it only counts for short or link-heavy boxes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Signal {
    Strong,
    Weak,
}

/// Classifies an element as junk by its tag and its class/id words.
fn junk_kind(name: &str, class_id: &str) -> Option<(RemovedKind, Signal)> {
    use RemovedKind::*;
    use Signal::*;
    match name {
        "figcaption" | "figure" => return Some((Caption, Strong)),
        "nav" => return Some((Navigation, Strong)),
        "aside" => return Some((Related, Strong)),
        "footer" => return Some((Copyright, Strong)),
        _ => {}
    }
    if class_id.is_empty() {
        return None;
    }
    let s = class_id.to_ascii_lowercase();
    // (kind, signal, substrings of the class/id text, whole words between - _ and spaces);
    // the first rule that matches wins.
    type Rule = (
        RemovedKind,
        Signal,
        &'static [&'static str],
        &'static [&'static str],
    );
    const RULES: &[Rule] = &[
        (
            Caption,
            Strong,
            &[
                "caption",
                "credit",
                "gallery",
                "slideshow",
                "carousel",
                "lightbox",
            ],
            &[],
        ),
        (
            Related,
            Strong,
            &[
                "related",
                "readmore",
                "read-more",
                "recommend",
                "morestories",
                "more-stories",
                "also-read",
                "outbrain",
                "taboola",
                "recirc",
                "most-read",
                "mostread",
                "dont-miss",
                "further-reading",
                "see-also",
                "more-from",
                "up-next",
                "upnext",
                "next-article",
            ],
            &[],
        ),
        (Related, Weak, &["trending", "popular", "teaser"], &[]),
        (Share, Strong, &["share", "sharing", "follow-us"], &[]),
        (Share, Weak, &["social"], &[]),
        (
            Promo,
            Strong,
            &[
                "newsletter",
                "subscri",
                "signup",
                "sign-up",
                "promo",
                "advert",
                "sponsor",
                "paywall",
                "donate",
                "adslot",
                "ad-slot",
                "ad-container",
                "adunit",
                "ad-unit",
                "membership",
            ],
            &[],
        ),
        (
            Promo,
            Weak,
            &["banner", "dfp"],
            &["ad", "ads", "cta", "adv"],
        ),
        (
            Navigation,
            Strong,
            &["breadcrumb", "menu", "pagination", "pager"],
            &[],
        ),
        (
            Navigation,
            Weak,
            &[],
            &["nav", "tags", "tag", "topics", "keywords"],
        ),
        (Copyright, Strong, &["copyright", "disclaimer"], &[]),
        (
            Other,
            Strong,
            &[
                "comment",
                "byline",
                "dateline",
                "timestamp",
                "cookie",
                "consent",
                "modal",
                "popup",
                "tooltip",
                "popover",
                "hovercard",
                "rollover",
                "visually-hidden",
                "sr-only",
                "screen-reader",
                "print-only",
                "author-bio",
                "authorbio",
                "about-author",
                "about-the-author",
                "author-box",
                "authorbox",
                "author-info",
                "author-desc",
                "disclosure",
            ],
            &["bio"],
        ),
        (
            Other,
            Weak,
            &["author", "sidebar", "toolbar"],
            &[
                "meta", "date", "tools", "rail", "hidden", "widget", "footer", "legal",
            ],
        ),
    ];
    let parts = s
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|p| !p.is_empty());
    RULES
        .iter()
        .find(|(_, _, subs, words)| {
            subs.iter().any(|w| s.contains(w))
                || (!words.is_empty() && parts.clone().any(|p| words.contains(&p)))
        })
        .map(|&(k, sig, _, _)| (k, sig))
}

/// Whether a class-matched element is a box to drop rather than a content wrapper.
/// `chars` is its non-space text length and `total` the article's.
fn is_junk_box(n: &NodeRef, signal: Signal, chars: usize, total: usize) -> bool {
    // A wrapper that holds much of the article is not junk whatever its class.
    let big = chars * 5 >= total * 2;
    match signal {
        Signal::Strong => chars < 300 || !big,
        // Weak words drop only labels ("Tags", dates) and link lists: page builders put
        // real paragraphs in "widget" boxes.
        Signal::Weak => {
            if big {
                return false;
            }
            if chars < 80 {
                return true;
            }
            let links: usize = n
                .find(&["a"])
                .iter()
                .map(|a| a.text().chars().filter(|c| !c.is_whitespace()).count())
                .sum();
            links * 2 >= chars
        }
    }
}

struct Walker {
    blocks: Vec<Block>,
    removed: Vec<Removed>,
    buf: String,
    link_chars: usize,
    in_link: usize,
    /// The page's host, to tell the site's own links (related stories, menus) from
    /// links out (sources, shops), which are content.
    host: Option<String>,
    role: Role,
    list: Option<dom_query::NodeId>,
}

impl Walker {
    fn push_text(&mut self, t: &str) {
        if t.is_empty() {
            return;
        }
        let starts_ws = t.starts_with(char::is_whitespace);
        let ends_ws = t.ends_with(char::is_whitespace);
        let mut first = true;
        for w in t.split_whitespace() {
            if (!first || starts_ws) && !self.buf.is_empty() && !self.buf.ends_with(' ') {
                self.buf.push(' ');
            }
            first = false;
            self.buf.push_str(w);
            if self.in_link > 0 {
                self.link_chars += w.chars().count();
            }
        }
        if ends_ws && !self.buf.is_empty() && !self.buf.ends_with(' ') {
            self.buf.push(' ');
        }
    }

    fn flush(&mut self) {
        let text = self.buf.trim().to_string();
        self.buf.clear();
        let link_chars = std::mem::take(&mut self.link_chars);
        if text.is_empty() {
            return;
        }
        self.blocks.push(Block {
            text,
            link_chars,
            role: self.role,
            list: self.list,
        });
    }
}

enum Step<'a> {
    Enter(NodeRef<'a>),
    Exit {
        /// Whether entering this element opened an internal link.
        link: bool,
        name: String,
        prev_role: Role,
        prev_list: Option<dom_query::NodeId>,
    },
}

/// Walks `root`'s subtree into blocks; junk elements are skipped and recorded.
/// Host without a leading `www.`, lower-cased.
fn bare_host(h: &str) -> String {
    let h = h.to_ascii_lowercase();
    h.strip_prefix("www.").map(str::to_string).unwrap_or(h)
}

/// Host part of an absolute or protocol-relative URL.
pub(crate) fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("//")?.1;
    let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
    Some(&rest[..end]).filter(|h| !h.is_empty())
}

/// Whether a link stays on the page's site; without a known host every link counts.
fn is_internal(href: &str, host: Option<&str>) -> bool {
    let href = href.trim();
    if !(href.starts_with("http:") || href.starts_with("https:") || href.starts_with("//")) {
        return true;
    }
    match (host, host_of(href)) {
        (Some(page), Some(h)) => {
            let h = bare_host(h);
            h == page || h.ends_with(&format!(".{page}")) || page.ends_with(&format!(".{h}"))
        }
        _ => true,
    }
}

/// Walks `root`'s subtree into blocks; junk elements are skipped and recorded. `host` is
/// the page's own host, used to judge link-only blocks.
pub(crate) fn body_from(root: &NodeRef, host: Option<&str>) -> Body {
    let total_chars = root
        .text()
        .chars()
        .filter(|c| !c.is_whitespace())
        .count()
        .max(1);
    let mut w = Walker {
        blocks: Vec::new(),
        removed: Vec::new(),
        buf: String::new(),
        link_chars: 0,
        in_link: 0,
        host: host.map(bare_host),
        role: Role::Para,
        list: None,
    };
    let mut stack: Vec<Step> = root.children_it(true).map(Step::Enter).collect();
    while let Some(step) = stack.pop() {
        match step {
            Step::Exit {
                link,
                name,
                prev_role,
                prev_list,
            } => {
                if link {
                    w.in_link = w.in_link.saturating_sub(1);
                } else if is_block(&name) {
                    w.flush();
                }
                w.role = prev_role;
                w.list = prev_list;
            }
            Step::Enter(n) => {
                if n.is_text() {
                    w.push_text(&n.text());
                    continue;
                }
                let Some(name) = kept_tag(&n) else { continue };
                if name == "br" {
                    w.flush();
                    continue;
                }
                if name == "td" || name == "th" {
                    // Cells are inline: a table row reads as one line.
                    w.push_text(" ");
                }
                let class_id = format!(
                    "{} {}",
                    n.attr("class").as_deref().unwrap_or(""),
                    n.attr("id").as_deref().unwrap_or("")
                );
                if let Some((kind, signal)) = junk_kind(&name, class_id.trim()) {
                    let text = spaced_text(&n);
                    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
                    if is_junk_box(&n, signal, chars, total_chars) {
                        if is_block(&name) {
                            w.flush();
                        }
                        if !text.is_empty() {
                            w.removed.push(removed(kind, text));
                        }
                        continue;
                    }
                }
                let (prev_role, prev_list) = (w.role, w.list);
                let link = name == "a"
                    && is_internal(n.attr("href").as_deref().unwrap_or(""), w.host.as_deref());
                if link {
                    w.in_link += 1;
                } else if is_block(&name) {
                    w.flush();
                    match name.as_str() {
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => w.role = Role::Heading,
                        "li" => w.role = Role::Item,
                        "ul" | "ol" => w.list = Some(n.id),
                        _ => {}
                    }
                }
                stack.push(Step::Exit {
                    link,
                    name,
                    prev_role,
                    prev_list,
                });
                stack.extend(n.children_it(true).map(Step::Enter));
            }
        }
    }
    w.flush();
    finish(w.blocks, w.removed)
}

/// Junk around the article in the full page, recorded before readability drops it
/// silently: the region is the grandparent of the element holding the most paragraph text,
/// so the site-wide menus and footers far from the story stay out of the report.
pub(crate) fn junk_around(doc: &dom_query::Document) -> Vec<Removed> {
    let mut score: std::collections::HashMap<dom_query::NodeId, usize> = Default::default();
    for p in doc.select("p").nodes() {
        if let Some(parent) = p.parent() {
            *score.entry(parent.id).or_default() += p.text().len();
        }
    }
    let Some((&best, _)) = score
        .iter()
        .max_by_key(|(id, s)| (**s, std::cmp::Reverse(**id)))
    else {
        return Vec::new();
    };
    let best = NodeRef::new(best, &doc.tree);
    let region = best.parent().and_then(|p| p.parent()).unwrap_or(best);
    let mut out = Vec::new();
    let mut stack: Vec<NodeRef> = region.children_it(true).collect();
    while let Some(n) = stack.pop() {
        if !n.is_element() {
            continue;
        }
        let name = n
            .node_name()
            .map(|s| s.to_ascii_lowercase())
            .unwrap_or_default();
        if SKIP_TAGS.contains(&name.as_str()) {
            continue;
        }
        let class_id = format!(
            "{} {}",
            n.attr("class").as_deref().unwrap_or(""),
            n.attr("id").as_deref().unwrap_or("")
        );
        if let Some((kind, signal)) = junk_kind(&name, class_id.trim()) {
            // Only boxes, not containers that hold the story.
            if n.id != best.id && !best.ancestors_it(None).any(|a| a.id == n.id) {
                let text = spaced_text(&n);
                let chars = text.chars().filter(|c| !c.is_whitespace()).count();
                if chars > 0 && chars <= 2000 && is_junk_box(&n, signal, chars, usize::MAX / 8) {
                    out.push(removed(kind, text));
                    continue;
                }
            }
        }
        stack.extend(n.children_it(true));
    }
    out
}

/// Line-level and list-level filtering of the walked blocks.
fn finish(blocks: Vec<Block>, mut rem: Vec<Removed>) -> Body {
    let mut keep: Vec<Option<RemovedKind>> = vec![None; blocks.len()];
    // Lists that are mostly links are story links or menus, not body.
    let mut i = 0;
    while i < blocks.len() {
        if let (Role::Item, Some(list)) = (blocks[i].role, blocks[i].list) {
            let mut j = i;
            let (mut all, mut links) = (0usize, 0usize);
            while j < blocks.len() && blocks[j].list == Some(list) {
                all += blocks[j]
                    .text
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .count();
                links += blocks[j].link_chars;
                j += 1;
            }
            if links * 10 >= all * 6 && j - i >= 2 {
                for k in keep.iter_mut().take(j).skip(i) {
                    *k = Some(RemovedKind::Related);
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    for i in 0..blocks.len() {
        let (b, k) = (&blocks[i], &mut keep[i]);
        if k.is_some() {
            continue;
        }
        let words = b.text.split_whitespace().count();
        let chars = b.text.chars().filter(|c| !c.is_whitespace()).count();
        if let Some(kind) = line_junk(&b.text, words) {
            *k = Some(kind);
        } else if b.link_chars * 10 >= chars * 8 && words <= 20 {
            *k = Some(RemovedKind::Related);
        } else if blocks[i.saturating_sub(3)..i]
            .iter()
            .any(|p| p.text == b.text)
        {
            // Repeated captions and credits come in pairs; a repeat far away is content.
            *k = Some(RemovedKind::Other);
        }
    }
    let mut body = Body::default();
    let mut last_list: Option<dom_query::NodeId> = None;
    for (b, k) in blocks.into_iter().zip(keep) {
        match k {
            None => {
                body.paragraphs.push(b.text);
                last_list = None;
            }
            Some(kind) => {
                // Consecutive items of one dropped list make one entry.
                let list = if b.role == Role::Item { b.list } else { None };
                if list.is_some() && last_list == list {
                    if let Some(r) = rem.last_mut() {
                        r.text.push_str(" | ");
                        r.text.push_str(&b.text);
                        continue;
                    }
                }
                last_list = list;
                rem.push(removed(kind, b.text));
            }
        }
    }
    body.removed = rem;
    body
}

struct Patterns {
    caption: Regex,
    caption_tail: Regex,
    promo: Regex,
    related: Regex,
    share: Regex,
    copyright: Regex,
    other: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let r = |s: &str| Regex::new(s).expect("static regex");
        Patterns {
            caption: r(r"(?i)^(?:(?:photo|image|picture|pic|credit|photograph|foto|video)s?\s*(?::|by\b)|image \d+ of\b|(?:caption|close|enlarge|expand|zoom|view gallery|open gallery)$)"),
            caption_tail: r(r"(?i)(?:\((?:image|photo|picture|pic|credit|video)s?:[^)]*\)|credit:\s*[^.]{0,60}|\bphoto(?:graph)?:\s*[^.]{0,50}|\bphoto by [^.]{0,50}|/\s*(?:getty images|afp|reuters|ap|epa)\s*)\s*$"),
            promo: r(r"(?i)(?:^advert(?:isement)?$|^sponsored|^subscribe\b|\bsubscribe (?:to|now|today|for|here)\b|become a (?:subscriber|member)|^sign up\b|\bsign up (?:for|to|now|here|today)\b|(?:our|the|free|daily|weekly|email) newsletters?\b|download (?:the|our) app|click(?:ing)? here|tap here|^get (?:the )?.{0,30}\bapp\b|slideshow requires javascript|^continue reading|^story continues|^article continues|^scroll to continue)"),
            related: r(r"(?i)^(?:(?:read more|related(?: (?:articles?|stories|content|coverage|links?|news|posts?))?|see more|see also|also read|more|don't miss|dont miss|recommended(?: for you| stories| reading)?|most read|most popular|top stories|watch|read next|up next|further reading|more on this(?: story| topic)?|trending(?: now)?)\s*(?:[:|>»–—-]|$|\.{3}|…)|read more\b|you (?:may|might) also (?:like|be interested)|more from |also on )"),
            share: r(r"(?i)(?:^(?:share|tweet|email|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link)(?: this)?(?: (?:article|story|page|link))?$|follow (?:us|her|him|me|them) on (?:twitter|facebook|instagram)|^share (?:on|via|this))"),
            copyright: r(r"(?i)(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|subject to copyright|may not be (?:published|reproduced|redistributed))"),
            other: r(r"(?i)(?:^(?:updated|published|posted|last updated|first published|last modified|modified)\b:?\s*(?:on\s+|at\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today)|(?-i:^[Bb][Yy]\s+\p{Lu})|^citation:|^comments?$|^\d+ comments?$|may be reached at|^tell us what you think|^have a tip\b|^(?:this|the) (?:article|story) (?:was|has been) (?:updated|amended|corrected)\b)"),
        }
    })
}

/// Judges one paragraph on its own text: captions, promos, share and related prompts,
/// copyright lines and datelines that readability leaves inside the article.
fn line_junk(t: &str, words: usize) -> Option<RemovedKind> {
    if words <= 2 && !t.chars().any(char::is_alphabetic) {
        return Some(RemovedKind::Other);
    }
    let p = patterns();
    // Separators left over from inline layouts ("| UPDATED: ...") do not change the kind.
    let t = t.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | '•' | '·' | ':')
    });
    if words <= 25 && p.caption.is_match(t) {
        return Some(RemovedKind::Caption);
    }
    if words <= 60 && p.caption_tail.is_match(t) && !t.ends_with(['.', '!', '?', '"', '”']) {
        return Some(RemovedKind::Caption);
    }
    if words <= 25 && p.related.is_match(t) {
        return Some(RemovedKind::Related);
    }
    if words <= 30 && p.share.is_match(t) {
        return Some(RemovedKind::Share);
    }
    if words <= 30 && p.promo.is_match(t) {
        return Some(RemovedKind::Promo);
    }
    if words <= 60 && p.copyright.is_match(t) {
        return Some(RemovedKind::Copyright);
    }
    if words <= 20 && p.other.is_match(t) {
        return Some(RemovedKind::Other);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    fn run(html: &str) -> Body {
        let doc = Document::from(html);
        let body = doc.select("body");
        body_from(&body.nodes()[0], Some("example.com"))
    }

    #[test]
    fn headings_and_items_are_paragraphs_in_order() {
        let b = run("<body><h2>Heading</h2><p>First <b>bold</b> text.</p><ul><li>One item here</li><li>Two item here</li></ul><p>Last.</p></body>");
        assert_eq!(
            b.paragraphs,
            vec![
                "Heading",
                "First bold text.",
                "One item here",
                "Two item here",
                "Last."
            ]
        );
    }

    #[test]
    fn junk_is_typed_and_kept_aside() {
        let b = run(
            r#"<body><p>The council voted on Tuesday to approve the plan for the new bridge.</p>
<figure><img src="x.jpg"><figcaption>The old bridge. Photo: Jane Doe</figcaption></figure>
<div class="share-bar">Share on Facebook</div>
<div class="newsletter-box">Sign up for our newsletter</div>
<p>Read more: Another story about bridges</p>
<ul><li><a href="/a">Link one story</a></li><li><a href="/b">Link two story</a></li></ul>
<p>The bridge opens next year, officials said in a statement.</p>
<p>© 2025 Example Media. All rights reserved.</p></body>"#,
        );
        assert_eq!(
            b.paragraphs,
            vec![
                "The council voted on Tuesday to approve the plan for the new bridge.",
                "The bridge opens next year, officials said in a statement."
            ]
        );
        let kinds: Vec<RemovedKind> = b.removed.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            vec![
                RemovedKind::Caption,
                RemovedKind::Share,
                RemovedKind::Promo,
                RemovedKind::Related,
                RemovedKind::Related,
                RemovedKind::Copyright
            ]
        );
        assert_eq!(b.removed[3].text, "Read more: Another story about bridges");
        assert_eq!(b.removed[4].text, "Link one story | Link two story");
    }

    #[test]
    fn link_only_lines_are_judged_by_host() {
        let b = run(
            r#"<body><p>The sale starts today across the country, the company said.</p>
<p><a href="https://example.com/other-story">OTHER STORY HEADLINE ON THIS SITE</a></p>
<p><a href="https://shop.test/deal">Get it at Shop for $99</a></p></body>"#,
        );
        assert_eq!(
            b.paragraphs,
            vec![
                "The sale starts today across the country, the company said.",
                "Get it at Shop for $99"
            ]
        );
        assert_eq!(b.removed[0].kind, RemovedKind::Related);
        assert!(is_internal("/a/b", Some("example.com")));
        assert!(is_internal(
            "https://www.example.com/x",
            Some("example.com")
        ));
        assert!(!is_internal("//cdn.other.test/x", Some("example.com")));
    }

    #[test]
    fn junk_around_the_story_is_reported_but_not_far_away() {
        let html = r#"<body><nav class="site-menu">Home World Sport</nav>
<div class="page"><div class="story"><div class="share-tools">Share Tweet</div>
<div class="text"><p>First paragraph of the story with enough words.</p>
<p>Second paragraph of the story with enough words.</p></div>
<div class="related-links">Other story one</div></div></div></body>"#;
        let doc = Document::from(html);
        let r = junk_around(&doc);
        let got: Vec<(RemovedKind, &str)> = r.iter().map(|r| (r.kind, r.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (RemovedKind::Share, "Share Tweet"),
                (RemovedKind::Related, "Other story one")
            ]
        );
    }

    #[test]
    fn weak_class_words_keep_content_paragraphs() {
        let para =
            "The committee met for three hours and agreed a budget that funds the new library.";
        let b = run(&format!(
            r#"<body><div class="elementor-widget elementor-widget-text-editor"><p>{para}</p></div>
<div class="post-meta">Nov 19, 2019</div>
<div class="tags-widget"><a href="/t/a">Budget</a> <a href="/t/b">Library</a></div></body>"#
        ));
        assert_eq!(b.paragraphs, vec![para]);
        assert_eq!(b.removed.len(), 2);
    }

    #[test]
    fn news_sentences_that_mention_junk_words_stay() {
        for t in [
            "The company said subscribers rose 20% in the quarter.",
            "The lawsuit alleges copyright infringement by the studio.",
            "By the end of the day, the river had burst its banks.",
            "Published in 1998, the book sold a million copies.",
            "Recommended doses were cut after the trial.",
        ] {
            assert_eq!(line_junk(t, t.split_whitespace().count()), None, "{t}");
        }
        for t in [
            "Subscribe to our newsletter",
            "By Jane Doe",
            "Updated 5:27 am CST, Wednesday, November 20, 2019",
            "READ MORE ON FOX BUSINESS BY CLICKING HERE",
            "Related: Another story",
            "© 2019 Example Media",
        ] {
            assert!(line_junk(t, t.split_whitespace().count()).is_some(), "{t}");
        }
    }
}
