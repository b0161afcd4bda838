//! A byte-level scan of the raw HTML: the nesting-depth pre-check and the flat fallback
//! extractor for pages too deep to trust to the DOM path. Both are single loops over the
//! input with no recursion and no tree, so they cannot overflow the stack.
use crate::body::removed;
use crate::meta::norm_ws;
use crate::HtmlArticle;
use eventwire_model::RemovedKind;

/// Tags that never nest (void) or that html5ever closes implicitly when a sibling opens;
/// counting them would report depth a real tree never has.
const NON_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "optgroup", "rp", "rt", "!doctype",
];

/// Raw-text elements whose content is not markup.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noscript",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// One token of the scan. Names are slices of the input (case as written).
enum Tok<'a> {
    Text(&'a str),
    /// An opening tag; `true` when it cannot contain anything (void, self-closed, or a
    /// tag the parser closes implicitly).
    Open(&'a str, bool),
    Close(&'a str),
}

fn is_in(name: &str, list: &[&str]) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(name))
}

/// Iterates over tags and text, skipping comments and raw-text element bodies.
struct Scanner<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Iterator for Scanner<'a> {
    type Item = Tok<'a>;
    fn next(&mut self) -> Option<Tok<'a>> {
        let s = self.s;
        let b = s.as_bytes();
        while self.pos < b.len() {
            let start = self.pos;
            if b[start] != b'<' {
                let end = memchr_lt(b, start);
                self.pos = end;
                return Some(Tok::Text(&s[start..end]));
            }
            if b[start..].starts_with(b"<!--") {
                self.pos = s[start + 4..]
                    .find("-->")
                    .map_or(b.len(), |e| start + 4 + e + 3);
                continue;
            }
            let Some(gt) = b[start..]
                .iter()
                .position(|&c| c == b'>')
                .map(|e| start + e)
            else {
                self.pos = b.len();
                return Some(Tok::Text(&s[start..]));
            };
            let inner = &s[start + 1..gt];
            self.pos = gt + 1;
            let closing = inner.starts_with('/');
            let rest = inner.trim_start_matches('/');
            let len = rest
                .bytes()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == b'!' || *c == b'-')
                .count();
            let name = &rest[..len];
            if name.is_empty() {
                // "< 3" and the like are text.
                return Some(Tok::Text(&s[start..gt + 1]));
            }
            if closing {
                return Some(Tok::Close(name));
            }
            if is_in(name, RAW_TEXT) {
                let mut close = String::with_capacity(name.len() + 2);
                close.push_str("</");
                close.push_str(name);
                let after = find_ci(&s[self.pos..], &close);
                self.pos = after.map_or(b.len(), |e| {
                    let at = self.pos + e;
                    s[at..].find('>').map_or(b.len(), |g| at + g + 1)
                });
                continue;
            }
            let leaf = inner.ends_with('/') || name.starts_with('!') || is_in(name, NON_NESTING);
            return Some(Tok::Open(name, leaf));
        }
        None
    }
}

fn memchr_lt(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| c == b'<')
        .map_or(b.len(), |p| from + p)
}

/// Case-insensitive ASCII find.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    let mut i = 0;
    while let Some(p) = memchr::memchr(first, &h[i..]) {
        let at = i + p;
        if h.len() - at >= n.len() && h[at..at + n.len()].eq_ignore_ascii_case(n) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Greatest element nesting depth of the page, stopping early once `cap` is reached.
pub(crate) fn max_depth(html: &str, cap: usize) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for t in (Scanner { s: html, pos: 0 }) {
        match t {
            Tok::Open(_, false) => {
                depth += 1;
                max = max.max(depth);
                if max >= cap {
                    return max;
                }
            }
            Tok::Close(n) if !is_in(n, NON_NESTING) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// Copies `html` without comments, `<style>`, `<svg>` and non-JSON-LD `<script>` elements,
/// and measures the element nesting depth of what is kept (counting stops at `cap`).
/// Scripts and styles carry no article text, and on news pages they are often most of the
/// bytes, which the HTML parser would otherwise tokenise character by character.
pub(crate) fn strip_heavy(html: &str, cap: usize) -> (String, usize) {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let (mut depth, mut max) = (0usize, 0usize);
    let mut copied = 0;
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let at = i + p;
        i = at + 1;
        let rest = &b[at..];
        if rest.starts_with(b"<!--") {
            let end =
                memchr::memmem::find(&b[at + 4..], b"-->").map_or(b.len(), |e| at + 4 + e + 3);
            out.push_str(&html[copied..at]);
            copied = end;
            i = end;
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = at + 1 + usize::from(closing);
        let name_len = b[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'!' || **c == b'-')
            .count();
        if name_len == 0 {
            continue;
        }
        let name = &html[name_start..name_start + name_len];
        let Some(gt) = memchr::memchr(b'>', &b[at..]).map(|g| at + g) else {
            break;
        };
        if closing {
            if !is_in(name, NON_NESTING) {
                depth = depth.saturating_sub(1);
            }
            i = gt + 1;
            continue;
        }
        let heavy = ["script", "style", "svg"]
            .iter()
            .any(|t| t.eq_ignore_ascii_case(name))
            && !(name.eq_ignore_ascii_case("script")
                && find_ci(&html[at..gt], "ld+json").is_some());
        if heavy || is_in(name, RAW_TEXT) {
            let close = format!("</{name}");
            let end = find_ci(&html[gt..], &close).map_or(b.len(), |e| {
                let c = gt + e;
                memchr::memchr(b'>', &b[c..]).map_or(b.len(), |g| c + g + 1)
            });
            if heavy {
                out.push_str(&html[copied..at]);
                copied = end;
            }
            i = end;
            continue;
        }
        if name.starts_with('!') {
            i = gt + 1;
            continue;
        }
        // Rewrite the tag keeping only attributes that extraction reads; `data-*`,
        // `srcset` and friends are most of a modern page's markup.
        out.push_str(&html[copied..at]);
        let (end, self_closing) = rewrite_tag(html, name_start + name_len, &mut out, name);
        copied = end;
        i = end;
        if !(self_closing || is_in(name, NON_NESTING)) {
            depth += 1;
            max = max.max(depth).min(cap);
        }
    }
    if copied < html.len() {
        out.push_str(&html[copied..]);
    }
    (out, max)
}

/// Attributes that extraction, readability scoring, visibility checks and metadata use.
const KEEP_ATTRS: &[&str] = &[
    "class",
    "id",
    "href",
    "style",
    "hidden",
    "aria-hidden",
    "role",
    "itemprop",
    "itemtype",
    "itemscope",
    "property",
    "name",
    "content",
    "value",
    "rel",
    "type",
    "datetime",
    "lang",
    "dir",
    "src",
    "alt",
    "title",
    "charset",
    "colspan",
    "rowspan",
    "dateTime",
];

/// Copies an opening tag whose name ends at `pos` into `out` with only [`KEEP_ATTRS`],
/// honouring quoted values (which may contain `>`). Returns where the tag ends and whether
/// it was self-closed.
fn rewrite_tag(html: &str, mut pos: usize, out: &mut String, name: &str) -> (usize, bool) {
    let b = html.as_bytes();
    out.push('<');
    out.push_str(name);
    let mut self_closing = false;
    loop {
        while pos < b.len() && (b[pos].is_ascii_whitespace() || b[pos] == b'/') {
            self_closing = b[pos] == b'/';
            pos += 1;
        }
        if pos >= b.len() {
            out.push('>');
            return (b.len(), self_closing);
        }
        if b[pos] == b'>' {
            if self_closing {
                out.push_str(" /");
            }
            out.push('>');
            return (pos + 1, self_closing);
        }
        self_closing = false;
        let name_start = pos;
        pos += 1; // a leading '=' belongs to the name
        while pos < b.len()
            && !matches!(b[pos], b'=' | b'>' | b'/')
            && !b[pos].is_ascii_whitespace()
        {
            pos += 1;
        }
        let attr = &html[name_start..pos];
        let mut j = pos;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut value: Option<&str> = None;
        if j < b.len() && b[j] == b'=' {
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            let start = j;
            if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                j = memchr::memchr(q, &b[j + 1..]).map_or(b.len(), |e| j + 1 + e + 1);
            } else {
                while j < b.len() && b[j] != b'>' && !b[j].is_ascii_whitespace() {
                    j += 1;
                }
            }
            value = Some(&html[start..j.min(b.len())]);
            pos = j;
        }
        if is_in(attr, KEEP_ATTRS) {
            out.push(' ');
            out.push_str(attr);
            if let Some(v) = value {
                out.push('=');
                out.push_str(v);
            }
        }
    }
}

fn is_block(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    matches!(
        name.as_str(),
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "nav"
            | "aside"
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
            | "tr"
            | "td"
            | "th"
            | "br"
            | "hr"
            | "figure"
            | "figcaption"
            | "form"
            | "body"
            | "html"
            | "head"
    )
}

/// Decodes the common character references; unknown ones stay as written.
fn decode_entities(t: &str) -> String {
    if !t.contains('&') {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..].find(';').map(|e| e + 1).filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "rsquo" => Some('’'),
                "lsquo" => Some('‘'),
                "rdquo" => Some('”'),
                "ldquo" => Some('“'),
                _ if name.starts_with("#x") || name.starts_with("#X") => {
                    u32::from_str_radix(&name[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Tag-stripping extractor for pathological pages: text between block boundaries becomes
/// a candidate paragraph, and short or link-only lines are set aside as navigation.
pub(crate) fn extract_flat(html: &str, url: Option<&str>) -> HtmlArticle {
    let mut art = HtmlArticle {
        url: url.map(str::to_string),
        ..Default::default()
    };
    let mut buf = String::new();
    let mut link_chars = 0usize;
    let mut in_link = 0usize;
    let flush = |buf: &mut String, link_chars: &mut usize, art: &mut HtmlArticle| {
        let text = norm_ws(&decode_entities(buf));
        buf.clear();
        let links = std::mem::take(link_chars);
        if text.is_empty() {
            return;
        }
        let words = text.split_whitespace().count();
        if links * 2 > text.len() || words < 6 {
            if art.removed.len() < 200 {
                art.removed.push(removed(RemovedKind::Navigation, text));
            }
        } else {
            art.paragraphs.push(text);
        }
    };
    for t in (Scanner { s: html, pos: 0 }) {
        match t {
            Tok::Text(s) => {
                if in_link > 0 {
                    link_chars += s.trim().len();
                }
                buf.push_str(s);
            }
            Tok::Open(n, _) | Tok::Close(n) if is_block(n) => {
                flush(&mut buf, &mut link_chars, &mut art)
            }
            Tok::Open(n, _) if n.eq_ignore_ascii_case("a") => in_link += 1,
            Tok::Close(n) if n.eq_ignore_ascii_case("a") => in_link = in_link.saturating_sub(1),
            _ => {
                buf.push(' ');
            }
        }
    }
    flush(&mut buf, &mut link_chars, &mut art);
    art
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_real_nesting_only() {
        assert_eq!(max_depth("<div><div><p>x<p>y</div></div>", 100), 2);
        assert_eq!(max_depth("<div><br><img src=x><hr/></div>", 100), 1);
        assert_eq!(
            max_depth("<script>if (a<b) { '<div><div>' }</script><div></div>", 100),
            1
        );
        assert_eq!(max_depth(&"<div>".repeat(10_000), 300), 300);
    }

    #[test]
    fn tags_keep_only_useful_attributes() {
        let (s, d) = strip_heavy(
            r#"<div data-x="a>b" class='c' onclick=go() id=main><img srcset="x 1x" src="i.jpg"/><a href="/p" data-track=1>t</a><br/></div>"#,
            100,
        );
        assert_eq!(
            s,
            r#"<div class='c' id=main><img src="i.jpg" /><a href="/p">t</a><br /></div>"#
        );
        assert_eq!(d, 2);
        // An unterminated tag is left as written for the parser to judge.
        assert_eq!(strip_heavy("<p class=\"open", 100).0, "<p class=\"open");
    }

    #[test]
    fn heavy_elements_are_stripped() {
        let html = "<p>a</p><!-- c --><script src=x></script><SCRIPT>if(a<b){}</SCRIPT><script type=\"application/ld+json\">{}</script><style>p{}</style><svg><path/></svg><p>b</p><scripts>";
        assert_eq!(
            strip_heavy(html, 100).0,
            "<p>a</p><script type=\"application/ld+json\">{}</script><p>b</p><scripts>"
        );
        assert_eq!(strip_heavy("<script>never closed", 100).0, "");
        assert_eq!(strip_heavy("x<!-- open", 100).0, "x");
        for (html, depth) in [
            ("<div><div><p>x<p>y</div></div>", 2),
            ("<div><br><img src=x><hr/></div>", 1),
            ("<script>if (a<b) { '<div><div>' }</script><div></div>", 1),
            ("<title><div><div></title><div></div>", 1),
        ] {
            assert_eq!(strip_heavy(html, 100).1, depth, "{html}");
            assert_eq!(max_depth(html, 100), depth, "{html}");
        }
        assert_eq!(strip_heavy(&"<div>".repeat(10_000), 300).1, 300);
    }

    #[test]
    fn flat_extractor_keeps_text_blocks() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body><ul><li><a href=/>Home</a></li></ul><p>One sentence &amp; more words here to keep.</p><script>var x='<p>no</p>';</script></body></html>";
        let a = extract_flat(html, None);
        assert_eq!(
            a.paragraphs,
            vec!["One sentence & more words here to keep."]
        );
        assert_eq!(a.removed[0].text, "Home");
    }
}
