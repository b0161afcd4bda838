//! Embedded social posts (Twitter/X blockquote embeds). They are someone's statement, not
//! the reporter's, so they are taken out of the page before body extraction and returned
//! apart.
use crate::meta::norm_ws;
use dom_query::{Document, NodeRef};
use eventwire_model::dates::normalise_date;
use eventwire_model::Post;

const EMBED_SELECTOR: &str =
    "blockquote.twitter-tweet, blockquote.twitter-video, blockquote[class*=\"twitter\"]";

/// Takes every tweet embed out of `doc` and returns it as a [`Post`].
pub(crate) fn take_posts(doc: &Document) -> Vec<Post> {
    let mut posts = Vec::new();
    let Some(sel) = doc.try_select(EMBED_SELECTOR) else {
        return posts;
    };
    let nodes: Vec<NodeRef> = sel.nodes().to_vec();
    for n in &nodes {
        if let Some(p) = post_from(n) {
            posts.push(p);
        }
    }
    for n in nodes {
        n.remove_from_parent();
    }
    posts
}

fn post_from(bq: &NodeRef) -> Option<Post> {
    // The tweet text is the embed's <p>; the attribution line follows it.
    let paras: Vec<NodeRef> = bq.find(&["p"]);
    let full = norm_ws(&bq.text());
    let text = if paras.is_empty() {
        // No <p>: everything before the "— Name (@handle)" attribution.
        full.split(['—', '\u{2014}'])
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    } else {
        paras
            .iter()
            .map(|p| norm_ws(&p.text()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    if text.is_empty() {
        return None;
    }
    let attribution = full
        .rsplit_once('—')
        .map(|(_, a)| a.trim().to_string())
        .unwrap_or_default();
    let (mut author, mut handle) = (None, None);
    if let Some(open) = attribution.find("(@") {
        let name = attribution[..open].trim();
        if !name.is_empty() {
            author = Some(name.to_string());
        }
        if let Some(close) = attribution[open..].find(')') {
            handle = Some(attribution[open + 1..open + close].to_string());
        }
    }
    let mut url = None;
    let mut date = None;
    for a in bq.find(&["a"]) {
        let href = a.attr("href").map(|h| h.to_string()).unwrap_or_default();
        if href.contains("/status/") || href.contains("/statuses/") {
            url = Some(href.split('?').next().unwrap_or(&href).to_string());
            date = normalise_date(&a.text());
        }
    }
    if date.is_none() {
        date = normalise_date(&attribution);
    }
    if handle.is_none() {
        // Fall back to the status URL's user segment.
        handle = url.as_deref().and_then(|u| {
            let path = u.split("://").nth(1)?.split('/').nth(1)?;
            (!path.is_empty()).then(|| format!("@{path}"))
        });
    }
    Some(Post {
        author,
        handle,
        date,
        url,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tweet_embed_becomes_post() {
        let html = r#"<div><p>Before.</p><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Huge news today pic.twitter.com/AbC123</p>&mdash; Jane Doe (@janedoe) <a href="https://twitter.com/janedoe/status/12345?ref_src=x">January 29, 2025</a></blockquote><p>After.</p></div>"#;
        let doc = Document::from(html);
        let posts = take_posts(&doc);
        assert_eq!(posts.len(), 1);
        let p = &posts[0];
        assert_eq!(p.text, "Huge news today pic.twitter.com/AbC123");
        assert_eq!(p.author.as_deref(), Some("Jane Doe"));
        assert_eq!(p.handle.as_deref(), Some("@janedoe"));
        assert_eq!(p.date.as_deref(), Some("2025-01-29"));
        assert_eq!(
            p.url.as_deref(),
            Some("https://twitter.com/janedoe/status/12345")
        );
        assert!(!doc.root().text().contains("Huge news"));
    }
}
