//! Page metadata: title, authors, publication date, site name and canonical URL, read from
//! `<meta>` tags, JSON-LD and a few microformat conventions. Pages disagree on where they put
//! these, so each field tries a list of sources in order of reliability.
use dom_query::Document;
use eventwire_model::dates::normalise_date;
use serde_json::Value;

/// Metadata found on a page, before it is copied into the article.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// JSON-LD `articleBody`, when the page ships one.
    pub article_body: Option<String>,
}

/// Normalises whitespace runs to one space and trims.
pub(crate) fn norm_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The head-like bits of a page gathered in one selector pass: every `<meta>` key →
/// content pair (keys lower-cased, first one wins), the canonical link and the JSON-LD
/// scripts. One pass instead of one document traversal per lookup.
struct MetaTags {
    map: std::collections::HashMap<String, String>,
    canonical: Option<String>,
    json_ld: Vec<String>,
}

impl MetaTags {
    fn collect(doc: &Document) -> MetaTags {
        let mut tags = MetaTags {
            map: Default::default(),
            canonical: None,
            json_ld: Vec::new(),
        };
        for n in doc.select("meta, link[rel], script[type]").nodes() {
            let name = n
                .node_name()
                .map(|s| s.to_ascii_lowercase())
                .unwrap_or_default();
            if name == "link" {
                let rel = n
                    .attr("rel")
                    .map(|r| r.to_ascii_lowercase())
                    .unwrap_or_default();
                if tags.canonical.is_none() && rel.split_whitespace().any(|r| r == "canonical") {
                    tags.canonical = n.attr("href").map(|h| h.trim().to_string());
                }
                continue;
            }
            if name == "script" {
                let ty = n
                    .attr("type")
                    .map(|t| t.to_ascii_lowercase())
                    .unwrap_or_default();
                if ty.contains("ld+json") {
                    tags.json_ld.push(n.text().to_string());
                }
                continue;
            }
            let Some(content) = n.attr("content").or_else(|| n.attr("value")) else {
                continue;
            };
            let content = norm_ws(&content);
            if content.is_empty() {
                continue;
            }
            for attr in ["property", "name", "itemprop"] {
                if let Some(k) = n.attr(attr) {
                    tags.map
                        .entry(k.trim().to_ascii_lowercase())
                        .or_insert_with(|| content.clone());
                }
            }
        }
        tags
    }

    fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter()
            .find_map(|k| self.map.get(&k.to_ascii_lowercase()).cloned())
    }
}

/// Parses every `<script type="application/ld+json">`, flattening arrays and `@graph`s into
/// one list of objects.
fn json_ld_objects(scripts: &[String]) -> Vec<Value> {
    let mut out = Vec::new();
    for raw in scripts {
        let raw = raw.trim().trim_end_matches(';');
        let Ok(v) = serde_json::from_str::<Value>(raw) else {
            continue;
        };
        // Iterative flattening: JSON-LD can nest graphs in arrays in graphs.
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.into_iter().rev()),
                Value::Object(mut map) => {
                    if let Some(g) = map.remove("@graph") {
                        stack.push(g);
                    }
                    out.push(Value::Object(map));
                }
                _ => {}
            }
            if out.len() > 200 {
                return out;
            }
        }
    }
    out
}

fn ld_types(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|t| t.as_str().map(|s| s.to_ascii_lowercase()))
            .collect(),
        _ => Vec::new(),
    }
}

fn is_article_type(v: &Value) -> bool {
    ld_types(v).iter().any(|t| {
        t.ends_with("article")
            || t.ends_with("posting")
            || t == "report"
            || t == "webpage"
            || t == "liveblogposting"
    })
}

/// Names from a JSON-LD `author`/`publisher` value: a string, an object with `name`, or an
/// array of either.
fn ld_names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![norm_ws(s)],
        Value::Object(m) => m
            .get("name")
            .map(ld_names)
            .unwrap_or_default()
            .into_iter()
            .collect(),
        Value::Array(a) => a.iter().flat_map(ld_names).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect()
}

/// Drops a trailing (or leading) site-name part: "Story | Example News" → "Story".
pub(crate) fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = norm_ws(title);
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = (&title[..pos], &title[pos + sep.len()..]);
            let tail_is_site = site.is_some_and(|s| eq_loose(s, tail))
                || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3);
            if tail_is_site && !head.trim().is_empty() {
                return strip_site_suffix(head, site);
            }
            if let Some(first) = title.find(sep) {
                let (lead, rest) = (&title[..first], &title[first + sep.len()..]);
                if site.is_some_and(|s| eq_loose(s, lead)) && !rest.trim().is_empty() {
                    return rest.trim().to_string();
                }
            }
        }
    }
    title
}

fn eq_loose(a: &str, b: &str) -> bool {
    let f = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let (a, b) = (f(a), f(b));
    !a.is_empty() && (a == b || a.contains(&b) || b.contains(&a))
}

/// Splits a byline into names: "By Jane Doe and John Roe, Staff Writers" → two names.
pub(crate) fn split_authors(s: &str) -> Vec<String> {
    let s = norm_ws(s);
    let s = s
        .strip_prefix("By ")
        .or_else(|| s.strip_prefix("by "))
        .or_else(|| s.strip_prefix("BY "))
        .unwrap_or(&s);
    if s.starts_with("http://") || s.starts_with("https://") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for part in s
        .split([',', ';', '|'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
    {
        let p = part.trim();
        let words = p.split_whitespace().count();
        if p.is_empty() || words > 5 || p.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        // Role words after a comma ("Staff Writer") are not names.
        let lower = p.to_lowercase();
        if [
            "writer",
            "reporter",
            "correspondent",
            "editor",
            "staff",
            "press",
            "updated",
            "published",
        ]
        .iter()
        .any(|r| lower.contains(r))
        {
            continue;
        }
        if is_name_like(p) && !out.iter().any(|o: &String| o == p) {
            out.push(p.to_string());
        }
    }
    out
}

/// A person's name looks like capitalised words ("Jane van Doe", "TOM KRISHER"): this
/// rejects user handles ("admin", "kevin-r"), sentence fragments picked up from byline
/// boxes, and outlets written as domains.
fn is_name_like(p: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al",
        "el", "y", "dos", "das", "du", "ter", "ten",
    ];
    let words: Vec<&str> = p.split_whitespace().collect();
    // Credentials after a comma ("MS", "RDN", "PhD") are not names.
    if let [w] = words.as_slice() {
        if w.chars().count() <= 4 && w.chars().filter(|c| c.is_lowercase()).count() <= 1 {
            return false;
        }
    }
    !words.is_empty()
        && words.len() <= 5
        && !p.contains(".com")
        && !p.contains('@')
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || PARTICLES.contains(&w.to_lowercase().as_str())
        })
}

pub(crate) fn extract_meta(doc: &Document, url: Option<&str>) -> Meta {
    let tags = MetaTags::collect(doc);
    let ld = json_ld_objects(&tags.json_ld);
    let articles: Vec<&Value> = ld.iter().filter(|v| is_article_type(v)).collect();
    let ld_str = |key: &str| -> Option<String> {
        articles
            .iter()
            .chain(
                ld.iter()
                    .filter(|v| !is_article_type(v))
                    .collect::<Vec<_>>()
                    .iter(),
            )
            .find_map(|v| {
                v.get(key)
                    .and_then(Value::as_str)
                    .map(norm_ws)
                    .filter(|s| !s.is_empty())
            })
    };

    let source = tags
        .get(&["og:site_name", "application-name", "al:android:app_name"])
        .or_else(|| {
            articles.iter().find_map(|v| {
                v.get("publisher")
                    .map(ld_names)
                    .and_then(|n| n.into_iter().next())
            })
        })
        .or_else(|| {
            ld.iter()
                .filter(|v| {
                    ld_types(v)
                        .iter()
                        .any(|t| t == "organization" || t == "newsmediaorganization")
                })
                .find_map(|v| v.get("name").and_then(Value::as_str).map(norm_ws))
        });

    let raw_title = tags
        .get(&["og:title", "twitter:title", "headline", "title"])
        .or_else(|| ld_str("headline"))
        .or_else(|| doc.try_select("title").map(|t| norm_ws(&t.text())))
        .or_else(|| doc.try_select("h1").map(|t| norm_ws(&t.text())));
    let title = raw_title
        .map(|t| strip_site_suffix(&t, source.as_deref()))
        .filter(|t| !t.is_empty());

    let mut authors: Vec<String> = articles
        .iter()
        .flat_map(|v| v.get("author").map(ld_names).unwrap_or_default())
        .flat_map(|n| split_authors(&n))
        .collect();
    if authors.is_empty() {
        for key in [
            "author",
            "article:author",
            "parsely-author",
            "sailthru.author",
            "dc.creator",
            "byl",
        ] {
            if let Some(v) = tags.get(&[key]) {
                authors = split_authors(&v);
                if !authors.is_empty() {
                    break;
                }
            }
        }
    }
    if authors.is_empty() {
        if let Some(sel) = doc.try_select("[rel=author], [itemprop=author], .byline, .author-name")
        {
            for n in sel.nodes().iter().take(3) {
                // Byline boxes run on into dates and bios; the name comes first.
                let text: String = norm_ws(&n.text()).chars().take(100).collect();
                for a in split_authors(&text) {
                    if !authors.contains(&a) {
                        authors.push(a);
                    }
                }
            }
        }
    }
    // Outlets listed as authors ("CNN", "Example News") are the source, not a byline.
    if let Some(src) = source.as_deref() {
        authors.retain(|a| !eq_loose(a, src));
    }
    authors.dedup();

    let time_attr = || {
        doc.try_select("time[itemprop=datePublished], time[pubdate], time[datetime]")
            .and_then(|s| {
                s.nodes()
                    .first()
                    .and_then(|n| n.attr("datetime"))
                    .map(|d| d.to_string())
            })
    };
    let published = tags
        .get(&[
            "article:published_time",
            "og:published_time",
            "og:article:published_time",
            "datePublished",
            "parsely-pub-date",
            "sailthru.date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "dcterms.date",
            "publish-date",
            "publishdate",
            "pubdate",
            "article.published",
            "date",
        ])
        .and_then(|d| normalise_date(&d))
        .or_else(|| ld_str("datePublished").and_then(|d| normalise_date(&d)))
        .or_else(|| ld_str("dateCreated").and_then(|d| normalise_date(&d)))
        .or_else(|| time_attr().and_then(|d| normalise_date(&d)));

    let canonical = tags
        .canonical
        .clone()
        .filter(|h| h.starts_with("http"))
        .or_else(|| tags.get(&["og:url"]).filter(|h| h.starts_with("http")))
        .or_else(|| ld_str("url").filter(|h| h.starts_with("http")))
        .or_else(|| url.map(str::to_string));

    let article_body = articles
        .iter()
        .filter_map(|v| v.get("articleBody").and_then(Value::as_str))
        .max_by_key(|s| s.len())
        .map(str::to_string);

    Meta {
        title,
        authors,
        published,
        source,
        url: canonical,
        article_body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_local_calendar_day() {
        assert_eq!(
            normalise_date("2025-01-29T23:30:00-05:00").as_deref(),
            Some("2025-01-29")
        );
        assert_eq!(normalise_date("2025/01/29").as_deref(), Some("2025-01-29"));
        assert_eq!(normalise_date("20250129").as_deref(), Some("2025-01-29"));
        assert_eq!(
            normalise_date("Wed, 29 Jan 2025 23:30:00 -0500").as_deref(),
            Some("2025-01-29")
        );
        assert_eq!(
            normalise_date("January 29, 2025").as_deref(),
            Some("2025-01-29")
        );
        assert_eq!(
            normalise_date("29 Jan. 2025").as_deref(),
            Some("2025-01-29")
        );
        assert_eq!(normalise_date("2025-13-40"), None);
        assert_eq!(normalise_date("nonsense"), None);
    }

    #[test]
    fn title_suffix_is_stripped() {
        assert_eq!(
            strip_site_suffix("Big story here | Example News", None),
            "Big story here"
        );
        assert_eq!(
            strip_site_suffix("Big story - Example News", Some("Example News")),
            "Big story"
        );
        assert_eq!(strip_site_suffix("Plain title", None), "Plain title");
    }

    #[test]
    fn bylines_split_into_names() {
        assert_eq!(
            split_authors("By Jane Doe and John Roe, Staff Writers"),
            vec!["Jane Doe", "John Roe"]
        );
        assert!(split_authors("https://example.com/people/jane").is_empty());
        assert_eq!(split_authors("Ann Lee, MS, RDN"), vec!["Ann Lee"]);
        assert!(split_authors("admin").is_empty());
    }

    #[test]
    fn meta_from_tags_and_json_ld_graph() {
        let html = r#"<html><head><title>Quake hits coast | Example News</title>
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.com/quake">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Example"},
 [{"@type":"NewsArticle","datePublished":"2025-01-29T23:30:00-05:00",
   "author":[{"@type":"Person","name":"Jane Doe"},{"name":"John Roe"}],
   "publisher":{"name":"Example News"}}]]}</script>
</head><body></body></html>"#;
        let m = extract_meta(&Document::from(html), None);
        assert_eq!(m.title.as_deref(), Some("Quake hits coast"));
        assert_eq!(m.source.as_deref(), Some("Example News"));
        assert_eq!(m.url.as_deref(), Some("https://example.com/quake"));
        assert_eq!(m.published.as_deref(), Some("2025-01-29"));
        assert_eq!(m.authors, vec!["Jane Doe", "John Roe"]);
    }

    #[test]
    fn meta_tag_date_wins_and_stays_local() {
        let html = r#"<head><meta property="article:published_time" content="2025-01-29T23:30:00-05:00">
<meta name="author" content="By Ann Lee"></head>"#;
        let m = extract_meta(&Document::from(html), Some("https://x.test/a"));
        assert_eq!(m.published.as_deref(), Some("2025-01-29"));
        assert_eq!(m.authors, vec!["Ann Lee"]);
        assert_eq!(m.url.as_deref(), Some("https://x.test/a"));
    }
}
