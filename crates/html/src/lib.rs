//! HTML main-content extraction for news pages.
//!
//! Pipeline: metadata and embedded posts are read from the parsed page first; then
//! `dom_smoothie` (a readability.js port) picks the article container; our own iterative
//! walker turns that container into paragraphs and sets aside the junk readability keeps
//! (captions, share bars, related links, promos), recording it in [`HtmlArticle::removed`].
//!
//! Robustness: our own passes over the DOM are iterative. html5ever and dom_query survive
//! 100,000 nested `<div>`s, but dom_smoothie's work grows super-linearly with depth (10,000
//! levels take 17 s, see `examples/probe_depth.rs`), so a page nested deeper than
//! [`MAX_DEPTH`] skips the DOM and goes to a flat, single-loop tag-stripping extractor.
//! Scripts, styles and comments are cut from the source before parsing: they hold no
//! article text and are often most of a news page's bytes.
mod body;
mod flat;
mod meta;
mod posts;

use eventwire_model::{Post, Removed};

/// What a news page yields: metadata, body paragraphs, and the junk set aside.
#[derive(Debug, Clone, Default)]
pub struct HtmlArticle {
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// Publication date as `YYYY-MM-DD`, in the page's own time zone.
    pub published: Option<String>,
    /// The outlet (site name).
    pub source: Option<String>,
    /// Canonical URL when the page declares one.
    pub url: Option<String>,
    /// Body paragraphs in reading order (headings and list items are paragraphs too).
    pub paragraphs: Vec<String>,
    pub removed: Vec<Removed>,
    pub posts: Vec<Post>,
}

/// Element nesting beyond which the DOM path is not used (dom_smoothie slows down
/// super-linearly with depth); real pages in the dev set reach about 50.
pub const MAX_DEPTH: usize = 256;

/// Element nesting depth of `html` as the pre-check counts it (capped at `cap`); pages
/// deeper than [`MAX_DEPTH`] take the flat path. Exposed for diagnostics.
pub fn nesting_depth(html: &str, cap: usize) -> usize {
    flat::max_depth(html, cap)
}

/// Extracts the article from a page. Never fails: a page with no article yields no
/// paragraphs.
pub fn extract(html: &str, url: Option<&str>) -> HtmlArticle {
    let (html, depth) = flat::strip_heavy(html, MAX_DEPTH + 1);
    let html = html.as_str();
    if depth > MAX_DEPTH {
        return flat::extract_flat(html, url);
    }
    // Dependencies are not ours to audit line by line; a panic there must not take the
    // caller down with it.
    std::panic::catch_unwind(|| extract_dom(html, url))
        .unwrap_or_else(|_| flat::extract_flat(html, url))
}

fn extract_dom(html: &str, url: Option<&str>) -> HtmlArticle {
    let doc = dom_query::Document::from(html);
    let meta = meta::extract_meta(&doc, url);
    let posts = posts::take_posts(&doc);
    let around = body::junk_around(&doc);
    let cfg = dom_smoothie::Config {
        keep_classes: true,
        disable_json_ld: true,
        ..Default::default()
    };
    let mut art = HtmlArticle {
        title: meta.title,
        authors: meta.authors,
        published: meta.published,
        source: meta.source,
        url: meta.url,
        posts,
        ..Default::default()
    };
    // One strict attempt first: `parse` clones the whole tree for each of its up to four
    // attempts, which is most of its cost. Only when the strict attempt finds too little
    // text is the page parsed again for the full, relaxing sequence.
    let strict = dom_smoothie::Readability::with_document(doc, url, Some(cfg.clone()))
        .ok()
        .and_then(|mut r| r.parse_with_policy(dom_smoothie::ParsePolicy::Strict).ok())
        .filter(|a| a.length >= cfg.char_threshold);
    let content = match strict {
        Some(a) => Some(a.content.to_string()),
        None => {
            let doc = dom_query::Document::from(html);
            let _ = posts::take_posts(&doc);
            dom_smoothie::Readability::with_document(doc, url, Some(cfg))
                .ok()
                .and_then(|mut r| r.parse().ok())
                .map(|a| a.content.to_string())
        }
    };
    if let Some(content) = content {
        let cdoc = dom_query::Document::from(content.as_str());
        if let Some(root) = cdoc.body() {
            let host = art.url.as_deref().or(url).and_then(body::host_of);
            let b = body::body_from(&root, host);
            art.paragraphs = b.paragraphs;
            art.removed = b.removed;
        }
    }
    // What readability dropped near the story, unless our own pass already recorded it
    // (possibly as a part or a superset) or it ended up in the body after all.
    let body_text = art.paragraphs.join(" ");
    let extra: Vec<Removed> = around
        .into_iter()
        .filter(|r| {
            !body_text.contains(&r.text)
                && !art
                    .removed
                    .iter()
                    .any(|k| k.text.contains(&r.text) || r.text.contains(&k.text))
        })
        .collect();
    art.removed.extend(extra);
    // JSON-LD `articleBody` is the publisher's own text; it stands in when readability
    // found nothing or clearly too little (a wrong candidate), never otherwise, as it is
    // often truncated or flattened.
    let ours: usize = art.paragraphs.iter().map(|p| p.chars().count()).sum();
    if let Some(ab) = meta.article_body {
        let theirs = ab.chars().count();
        if theirs > (ours * 3).max(ours + 1000) || (ours == 0 && theirs > 0) {
            art.paragraphs = ab
                .split('\n')
                .map(meta::norm_ws)
                .filter(|p| !p.is_empty())
                .collect();
        }
    }
    if art.paragraphs.is_empty() {
        // Last resort: text blocks of the whole page.
        art.paragraphs = flat::extract_flat(html, url).paragraphs;
    }
    art
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_end_to_end() {
        let para = "The city council approved the new bridge plan on Tuesday after months of debate, officials said.";
        let html = format!(
            r#"<html><head><title>Bridge approved | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-01-29T23:30:00-05:00"></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Bridge approved</h1><p>{para}</p><p>{para}</p><p>{para} Again.</p>
<blockquote class="twitter-tweet"><p>Great day for the city pic.twitter.com/x1</p>&mdash; Mayor Jo (@mayorjo) <a href="https://twitter.com/mayorjo/status/1">January 29, 2025</a></blockquote>
<p>{para} Once more.</p></article></body></html>"#
        );
        let a = extract(&html, None);
        assert_eq!(a.title.as_deref(), Some("Bridge approved"));
        assert_eq!(a.published.as_deref(), Some("2025-01-29"));
        assert_eq!(a.posts.len(), 1);
        assert_eq!(a.posts[0].handle.as_deref(), Some("@mayorjo"));
        assert!(a.paragraphs.iter().any(|p| p.ends_with("Once more.")));
        assert!(a.paragraphs.iter().all(|p| !p.contains("Great day")));
        assert!(a.paragraphs.iter().all(|p| p != "Home"));
    }

    #[test]
    fn empty_and_garbage_inputs_do_not_panic() {
        for html in [
            "",
            "<",
            "</>",
            "<<<>>>",
            "\u{0}\u{1}\u{fffd}",
            "<html><body></body></html>",
        ] {
            let _ = extract(html, None);
        }
        let garbage: String = (0..20_000u32)
            .map(|i| char::from_u32((i * 7919) % 0xD7FF).unwrap_or('x'))
            .collect();
        let _ = extract(&garbage, Some("https://x.test/"));
    }

    #[test]
    fn deeply_nested_divs_do_not_overflow() {
        let n = 100_000;
        let mut html = String::with_capacity(n * 11 + 200);
        html.push_str("<html><body>");
        for _ in 0..n {
            html.push_str("<div>");
        }
        html.push_str(
            "<p>Deep text that should survive the flat extractor, long enough to keep.</p>",
        );
        for _ in 0..n {
            html.push_str("</div>");
        }
        html.push_str("</body></html>");
        // Run on a small stack to prove nothing recurses per level.
        let a = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || extract(&html, None))
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(
            a.paragraphs,
            vec!["Deep text that should survive the flat extractor, long enough to keep."]
        );
    }

    #[test]
    fn moderately_nested_page_uses_dom_path() {
        let mut html = String::from("<html><body>");
        for _ in 0..(MAX_DEPTH - 20) {
            html.push_str("<div>");
        }
        let para = "A sentence long enough to be counted as real article text by readability, with commas, and more words.";
        for _ in 0..5 {
            html.push_str(&format!("<p>{para}</p>"));
        }
        html.push_str("</body></html>");
        let a = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || extract(&html, None))
            .unwrap()
            .join()
            .unwrap();
        assert!(!a.paragraphs.is_empty());
    }

    #[test]
    fn huge_page_is_handled() {
        let body: String = (0..50_000)
            .map(|i| format!("<p>Paragraph {i} has plenty of words, repeated many times, to make a big page.</p>"))
            .collect();
        let html = format!("<html><body><article>{body}</article></body></html>");
        let a = extract(&html, None);
        assert!(a.paragraphs.len() > 1000);
    }

    #[test]
    fn json_ld_body_stands_in_when_the_dom_has_too_little() {
        let body = "A long article body sentence from the publisher. ".repeat(60);
        let html = format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","articleBody":"{body}"}}</script></head>
<body><div><p>Short teaser only.</p></div></body></html>"#
        );
        let a = extract(&html, None);
        assert_eq!(a.paragraphs.len(), 1);
        assert!(a.paragraphs[0].starts_with("A long article body"));
    }

    /// Seeded tag soup through the DOM path without the panic guard, so a panic in our
    /// own code fails the test instead of being absorbed by the fallback.
    #[test]
    fn random_tag_soup_does_not_panic() {
        const PIECES: &[&str] = &[
            "<div class=\"related\">", "</div>", "<p>", "</p>", "<a href=\"/x\">", "</a>",
            "<ul><li>", "</li>", "</ul>", "<figure><figcaption>", "</figcaption></figure>",
            "<blockquote class=\"twitter-tweet\"><p>", "&mdash; A (@a) <a href=\"https://twitter.com/a/status/1\">May 1, 2020</a></blockquote>",
            "<table><tr><td>", "</td></tr></table>", "<br>", "<h2>", "</h2>", "<script>x<y</script>",
            "<!-- c -->", "<!--", "\"", "'", "<", ">", "&", "&#x1F600;", "&#99999999;", "é", "字",
            "Some words of text, more words. ", "<meta property=\"article:published_time\" content=\"2020-02-30\">",
            "<script type=\"application/ld+json\">{\"@graph\":[[[{\"author\":[1,{}]}]]]}</script>",
            "<div data-x='a>b' class=share>", "<p class=\"open", "<svg><path/>", "</svg>",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..300 {
            let mut html = String::new();
            for _ in 0..400 {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                html.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
            }
            let (clean, _) = flat::strip_heavy(&html, MAX_DEPTH + 1);
            let _ = extract_dom(&clean, Some("https://example.com/a"));
            let _ = flat::extract_flat(&html, None);
        }
    }
}
