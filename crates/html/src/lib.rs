//! HTML main-content extraction (stub; being written).
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

/// Extracts the article from a page. Never fails: a page with no article yields no
/// paragraphs.
pub fn extract(html: &str, url: Option<&str>) -> HtmlArticle {
    let _ = (html, url);
    HtmlArticle::default()
}
