//! Tokens and sentences for news text.
//!
//! Tokens follow Universal Dependencies English (EWT) conventions, because the statistical
//! models downstream are trained on EWT and tag best the tokens they saw: clitics split off
//! ("do" "n't", "ca" "n't", "I" "'m", "John" "'s", "gon" "na"), punctuation split off,
//! hyphenated compounds split ("al" "-" "Sharaa") except after prefixes EWT keeps whole
//! ("e-mail", "non-profit"), abbreviations, initials, decimals, URLs, e-mails, @handles and
//! #hashtags kept whole.
//!
//! Where EWT and GUM disagree (list numbers "1 ." vs "1.", "U.S ." vs "U.S." at the end of
//! a sentence, "# 9" vs "#9") EWT wins. Numbers keep their units apart ("$" "1.13" "bn",
//! "5" "km") as EWT does, while phone numbers, dates and codes ("713-853-3989", "17H") stay
//! whole. `examples/ud_eval.rs` scores all this against the UD treebanks.
//!
//! Both functions are hand-written byte scanners (no regex, no per-token allocation): the
//! clean+segment stage has to run at tens of MB/s per core (`examples/throughput.rs`).
use eventwire_model::{Document, Sentence, Span, Token};

mod lexicon;
#[cfg(test)]
mod tests;

use lexicon::*;

/// How a char behaves in the scanner.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cls {
    Space,
    /// Letters, digits and anything of unknown kind: part of a word.
    Word,
    /// One-char tokens (or runs, see [`scan_punct`]).
    Punct,
    /// Combining marks, joiners and variation selectors: glued to the char before.
    Mark,
}

fn class(c: char) -> Cls {
    let u = c as u32;
    if u < 0x80 {
        let b = u as u8;
        return if b.is_ascii_alphanumeric() {
            Cls::Word
        } else if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            Cls::Space
        } else if b < 0x20 || b == 0x7f {
            // Control chars are not whitespace to `char::is_whitespace`, so they cannot
            // be skipped; a one-char token keeps the invariants.
            Cls::Punct
        } else {
            Cls::Punct
        };
    }
    if c.is_whitespace() {
        return Cls::Space;
    }
    match u {
        0x0300..=0x036F
        | 0x0483..=0x0489
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200B..=0x200D
        | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF
        | 0xE0000..=0xE0FFF => Cls::Mark,
        // Sentence and clause punctuation of other scripts.
        0x060C | 0x061B | 0x061F | 0x06D4 | 0x0964 | 0x0965 | 0x037E | 0x0387 => Cls::Punct,
        // Greek to Latin Extended Additional: the non-alphanumeric chars here are mostly
        // combining marks (viramas, harakat) that belong inside words.
        0x0370..=0x1FFF => {
            if c.is_alphanumeric() {
                Cls::Word
            } else {
                Cls::Mark
            }
        }
        0x00A1..=0x00BF | 0x2100..=0x214F | 0x3000..=0x303F => {
            if c.is_alphanumeric() {
                Cls::Word
            } else {
                Cls::Punct
            }
        }
        0x00D7
        | 0x00F7
        | 0x2010..=0x205E
        | 0x20A0..=0x20CF
        | 0x2190..=0x2BFF
        | 0x2E00..=0x2E7F
        | 0xFF01..=0xFF0F
        | 0xFF1A..=0xFF20
        | 0xFF3B..=0xFF40
        | 0xFF5B..=0xFF65
        | 0xFFE0..=0xFFEE
        | 0x1F000..=0x1FAFF => Cls::Punct,
        _ => Cls::Word,
    }
}

/// The char at byte `i` of `s` (which must be a char boundary) and its length.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
    (c, c.len_utf8())
}

/// The char ending at byte `i` (exclusive), if any.
#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    if i == 0 {
        return None;
    }
    let b = s.as_bytes()[i - 1];
    if b < 0x80 {
        return Some(b as char);
    }
    s[..i].chars().next_back()
}

#[inline]
fn is_word_at(s: &str, i: usize, end: usize) -> bool {
    i < end && matches!(class(char_at(s, i).0), Cls::Word)
}

/// Fills a document's token and sentence layers from its text: the segment stage of the
/// pipeline, and the way tests build a document by hand.
pub fn annotate(doc: &mut Document) {
    let spans = tokenize(&doc.text);
    doc.sentences = split_sentences(&doc.text, &spans);
    doc.tokens = spans
        .into_iter()
        .map(|span| Token {
            span,
            ..Token::default()
        })
        .collect();
}

/// Token spans of `text` (byte offsets), following UD English (EWT) conventions.
pub fn tokenize(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut out);
    out
}

/// [`tokenize`] appending to a caller-owned buffer, so a batch reuses one allocation.
pub fn tokenize_into(text: &str, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        // Skip whitespace.
        let b = bytes[i];
        if b < 0x80 {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                i += 1;
                continue;
            }
        } else {
            let (c, l) = char_at(text, i);
            if c.is_whitespace() {
                i += l;
                continue;
            }
        }
        // A chunk: a maximal run of non-whitespace.
        let s = i;
        let mut e = i;
        while e < n {
            let b = bytes[e];
            if b < 0x80 {
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                    break;
                }
                e += 1;
            } else {
                let (c, l) = char_at(text, e);
                if c.is_whitespace() {
                    break;
                }
                e += l;
            }
        }
        let para_end = ends_paragraph(text, e);
        tokenize_chunk(text, s, e, para_end, out);
        i = e;
    }
}

/// True when only whitespace containing a line break (or nothing) follows byte `e`: an
/// abbreviation's period there ends the sentence too, and EWT then splits it off.
fn ends_paragraph(text: &str, e: usize) -> bool {
    let mut i = e;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let (c, l) = char_at(text, i);
        if is_newline(c) {
            return true;
        }
        if !c.is_whitespace() {
            return false;
        }
        i += l;
    }
    true
}

#[inline]
fn is_newline(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

fn push(out: &mut Vec<Span>, s: usize, e: usize) {
    if s < e {
        out.push(Span::new(s, e));
    }
}

/// Chars that open a bracket or quote in front of a URL or e-mail.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '<' | '"' | '\'' | '“' | '‘' | '«' | '„'
    )
}

/// Chars that end a sentence or clause after a URL or e-mail rather than belonging to it.
fn is_url_trailer(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '>' | '"' | '\'' | '”' | '’' | '»'
    )
}

/// Finds a URL or e-mail in the chunk `[s, e)`; returns its core span.
fn find_special(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    // Cheap rejection: URLs need ':' + '/' or "www.", e-mails need '@' after the start.
    let chunk = &bytes[s..e];
    let (mut has_at, mut has_colon, mut has_www) = (false, false, false);
    for (k, &b) in chunk.iter().enumerate() {
        match b {
            b'@' => has_at |= k > 0,
            b':' => has_colon = true,
            b'w' | b'W' => {
                has_www |= chunk.len() >= k + 5 && chunk[k..k + 4].eq_ignore_ascii_case(b"www.")
            }
            _ => {}
        }
    }
    if !has_at && !has_colon && !has_www {
        return None;
    }
    let mut cs = s;
    while cs < e {
        let (c, l) = char_at(text, cs);
        if is_opener(c) {
            cs += l;
        } else {
            break;
        }
    }
    let mut ce = e;
    let has_paren = text[cs..e].contains('(');
    while ce > cs {
        let c = char_before(text, ce).unwrap_or(' ');
        if is_url_trailer(c) && !(c == ')' && has_paren) {
            ce -= c.len_utf8();
        } else {
            break;
        }
    }
    if ce <= cs {
        return None;
    }
    let core = &text[cs..ce];
    let lower_starts = |p: &str| {
        core.len() > p.len() && core.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    if lower_starts("http://")
        || lower_starts("mailto:")
        || lower_starts("https://")
        || lower_starts("ftp://")
        || (lower_starts("www.") && core.len() > 5 && is_word_at(core, 4, core.len()))
    {
        return Some((cs, ce));
    }
    if has_colon {
        if let Some(p) = core.find("://") {
            let scheme = &core[..p];
            if !scheme.is_empty()
                && scheme.bytes().all(|b| b.is_ascii_alphanumeric())
                && core.len() > p + 3
            {
                return Some((cs, ce));
            }
        }
    }
    if has_at {
        return find_email(bytes, s, e);
    }
    None
}

/// An e-mail address around the first '@' after the chunk start: found by extending from
/// the '@' rather than trimming the chunk, so glued text ("Andre"<a@b.com>) stays apart.
fn find_email(bytes: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    let at = s + 1 + bytes[s + 1..e].iter().position(|&b| b == b'@')?;
    let mut ls = at;
    while ls > s && (bytes[ls - 1].is_ascii_alphanumeric() || b"._%+-'".contains(&bytes[ls - 1])) {
        ls -= 1;
    }
    while ls < at && !bytes[ls].is_ascii_alphanumeric() {
        ls += 1;
    }
    let mut de = at + 1;
    while de < e && (bytes[de].is_ascii_alphanumeric() || matches!(bytes[de], b'.' | b'-' | b'_')) {
        de += 1;
    }
    while de > at + 1 && !bytes[de - 1].is_ascii_alphanumeric() {
        de -= 1;
    }
    let local = &bytes[ls..at];
    let domain = &bytes[at + 1..de];
    if local.is_empty() || domain.is_empty() || !domain[0].is_ascii_alphanumeric() {
        return None;
    }
    let dotted = domain.contains(&b'.')
        && !domain.contains(&b'_')
        && domain[domain.len() - 1].is_ascii_alphabetic();
    // "Rice@ENRON", "S@P": addresses of an internal mail system, one token in EWT.
    let internal = !domain.contains(&b'.')
        && domain[0].is_ascii_alphabetic()
        && local.iter().all(u8::is_ascii_alphanumeric);
    (dotted || internal).then_some((ls, de))
}

fn tokenize_chunk(text: &str, s: usize, e: usize, para_end: bool, out: &mut Vec<Span>) {
    if let Some((cs, ce)) = find_special(text, s, e) {
        scan(text, s, cs, false, out);
        out.push(Span::new(cs, ce));
        scan(text, ce, e, para_end, out);
    } else {
        scan(text, s, e, para_end, out);
    }
}

/// Tokens of `[s, e)`, a stretch of non-whitespace.
fn scan(text: &str, s: usize, e: usize, para_end: bool, out: &mut Vec<Span>) {
    let mut p = s;
    while p < e {
        let (c, l) = char_at(text, p);
        p = match class(c) {
            Cls::Word | Cls::Mark | Cls::Space => scan_word(text, p, e, para_end, out),
            Cls::Punct => scan_punct(text, p, l, c, e, out),
        };
    }
}

/// One punctuation token starting at `p`; returns where the next token starts.
fn scan_punct(text: &str, p: usize, l: usize, c: char, e: usize, out: &mut Vec<Span>) -> usize {
    let bytes = text.as_bytes();
    let mut q = p + l;
    let prev_is_word = char_before(text, p).is_some_and(|d| class(d) == Cls::Word);
    match c {
        // Elided years: "'72", "’90s".
        // Arrows and comparisons: "->", "<-", "=>", ">=", "<=".
        '-' | '<' | '=' | '>'
            if q < e
                && matches!(
                    (c, bytes[q]),
                    ('-', b'>') | ('<', b'-') | ('=', b'>') | ('>', b'=') | ('<', b'=')
                ) =>
        {
            q += 1;
        }
        '\'' | '’' if !prev_is_word && digits_then(bytes, q, e, 2) => {
            q += 2;
            if q < e && bytes[q] == b's' {
                q += 1;
            }
        }
        '‘' if text[q..e].starts_with('’') => q += '’'.len_utf8(),
        // A clitic standing apart: "PG&E 's".
        '\'' | '’' if clitic_end(text, q, e).is_some() => q = clitic_end(text, q, e).unwrap_or(q),
        // Telephone country codes: "+44".
        '+' if !prev_is_word && q < e && bytes[q].is_ascii_digit() => {
            while q < e && bytes[q].is_ascii_digit() {
                q += 1;
            }
        }
        // Decimals without a leading zero: "$.04", "batting .324".
        '.' if !prev_is_word && q < e && bytes[q].is_ascii_digit() => {
            while q < e && bytes[q].is_ascii_digit() {
                q += 1;
            }
        }
        // File extensions: ".doc".
        '.' if !prev_is_word && q < e && bytes[q].is_ascii_alphabetic() => {
            while q < e && bytes[q].is_ascii_alphanumeric() {
                q += 1;
            }
        }
        // Sentence-final runs ("...", "?!", "!!!") are one token in EWT.
        '.' | '!' | '?' => {
            while q < e && matches!(bytes[q], b'.' | b'!' | b'?') {
                q += 1;
            }
        }
        '@' | '#' if starts_handle(text, c, q, e) => {
            // @handle, #hashtag; "@example.com" (a mail domain) keeps its dots.
            while q < e {
                let (d, dl) = char_at(text, q);
                if d == '_' || matches!(class(d), Cls::Word | Cls::Mark) {
                    q += dl;
                } else if c == '@' && d == '.' && q + 1 < e && bytes[q + 1].is_ascii_alphanumeric()
                {
                    q += 1;
                } else {
                    break;
                }
            }
        }
        ':' | ';' | '=' if is_emoticon(text, p, e).is_some() => {
            q = is_emoticon(text, p, e).unwrap_or(q);
        }
        '(' | ')' | '[' | ']' | '{' | '}' | '"' | '%' | '&' | ',' => {}
        _ => {
            // Runs of one char ("--", "''", "***", "——") are one token.
            while q < e {
                let (d, dl) = char_at(text, q);
                if d == c {
                    q += dl;
                } else {
                    break;
                }
            }
        }
    }
    // Glue following combining marks, variation selectors and ZWJ sequences (emoji).
    while q < e {
        let (d, dl) = char_at(text, q);
        if class(d) != Cls::Mark {
            break;
        }
        q += dl;
        if d == '\u{200D}' && q < e {
            let (f, fl) = char_at(text, q);
            if class(f) != Cls::Space {
                q += fl;
            }
        }
    }
    out.push(Span::new(p, q));
    q
}

/// End of a clitic ("s", "ll", ...) that starts at `q` and ends its word.
fn clitic_end(text: &str, q: usize, e: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut t = q;
    while t < e && bytes[t].is_ascii_alphabetic() {
        t += 1;
    }
    (t > q && lexicon::is_clitic(&bytes[q..t]) && !is_word_at(text, t, e)).then_some(t)
}

/// Whether exactly `n` ASCII digits stand at `q` (and then no further word char).
fn digits_then(bytes: &[u8], q: usize, e: usize, n: usize) -> bool {
    q + n <= e
        && bytes[q..q + n].iter().all(u8::is_ascii_digit)
        && (q + n == e || !bytes[q + n].is_ascii_alphanumeric() || bytes[q + n] == b's')
}

/// Whether an @handle or #hashtag body starts at `q` ("#9" is a number sign, not a tag).
fn starts_handle(text: &str, c: char, q: usize, e: usize) -> bool {
    if q >= e {
        return false;
    }
    let d = char_at(text, q).0;
    d.is_alphabetic() || (c == '@' && d == '_')
}

/// End of an emoticon such as ":-)" or ";)" starting at `p`, when one stands there alone.
fn is_emoticon(text: &str, p: usize, e: usize) -> Option<usize> {
    let b = &text.as_bytes()[p..e];
    let mut k = 1;
    if b.get(k) == Some(&b'-') {
        k += 1;
    }
    let m = *b.get(k)?;
    if !matches!(m, b')' | b'(' | b'D' | b'P' | b'p' | b'/' | b'|') {
        return None;
    }
    k += 1;
    // The emoticon must not run into a word ("a:Dog" is not one).
    if let Some(&n) = b.get(k) {
        if n.is_ascii_alphanumeric() {
            return None;
        }
    }
    Some(p + k)
}

/// A word starting at `p`: letters and digits with the joiners EWT keeps inside a token.
/// Emits one or more tokens (clitics split off) and returns where the next token starts.
fn scan_word(text: &str, p: usize, e: usize, para_end: bool, out: &mut Vec<Span>) -> usize {
    let bytes = text.as_bytes();
    let start = p;
    let mut seg = p; // start of the current hyphen-separated segment
    let mut q = p;
    let mut has_dot = false;
    let mut has_apos = false;
    loop {
        // Consume word chars.
        while q < e {
            let b = bytes[q];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    q += 1;
                    continue;
                }
                break;
            }
            let (c, l) = char_at(text, q);
            match class(c) {
                Cls::Word | Cls::Mark => q += l,
                _ => break,
            }
        }
        if q >= e {
            break;
        }
        let b = bytes[q];
        let prev = bytes[q - 1];
        match b {
            b'.' => {
                if q + 1 < e && bytes[q + 1].is_ascii_alphanumeric() && q > start {
                    has_dot = true;
                    q += 1;
                    continue;
                }
                break;
            }
            b',' => {
                // Thousands separators: "3,000", "1,000,000".
                if prev.is_ascii_digit()
                    && q + 3 < e + 1
                    && bytes[q + 1..(q + 4).min(e)].len() == 3
                    && bytes[q + 1..q + 4].iter().all(u8::is_ascii_digit)
                    && !(q + 4 < e && bytes[q + 4].is_ascii_digit())
                {
                    q += 1;
                    continue;
                }
                break;
            }
            b':' | b'/' => {
                // Times, ratios and dates: "5:30", "11/28/2000", "3/4".
                if prev.is_ascii_digit() && q + 1 < e && bytes[q + 1].is_ascii_digit() {
                    q += 1;
                    continue;
                }
                // Letter abbreviations: "b/c", "w/o", "I/O".
                if b == b'/'
                    && q == start + 1
                    && prev.is_ascii_alphabetic()
                    && q + 1 < e
                    && bytes[q + 1].is_ascii_alphabetic()
                    && !is_word_at(text, q + 2, e)
                {
                    q += 2;
                    break;
                }
                break;
            }
            b'_' => {
                // "snake_case", "Analysis_0712": one identifier.
                if q + 1 < e && bytes[q + 1].is_ascii_alphanumeric() {
                    q += 1;
                    continue;
                }
                break;
            }
            b'&' => {
                // "AT&T", "PG&E", "S&P", "p&l".
                if prev.is_ascii_alphabetic() && q + 1 < e && bytes[q + 1].is_ascii_alphabetic() {
                    q += 1;
                    continue;
                }
                break;
            }
            b'-' => {
                if !is_word_at(text, q + 1, e) {
                    break;
                }
                let segment = &text[seg..q];
                if is_hyphen_prefix(segment) {
                    q += 1;
                    seg = q;
                    continue;
                }
                if bytes[start].is_ascii_digit() {
                    // (Only when the groups reach past this hyphen: "2001-ab" must stop.)
                    if let Some(end) = digit_groups(bytes, start, e).filter(|&end| end > q) {
                        q = end;
                        seg = q;
                        continue;
                    }
                }
                break;
            }
            b'\'' | b'`' | 0xE2 => {
                // ', ` or ’ (E2 80 99).
                let alen = if b != 0xE2 {
                    1
                } else if bytes[q..].starts_with("’".as_bytes()) {
                    3
                } else {
                    break;
                };
                let r = q + alen;
                let mut t = r;
                while t < e && bytes[t].is_ascii_alphabetic() {
                    t += 1;
                }
                if t == r {
                    break; // "Sanders'" or a closing quote
                }
                let word_ends = t >= e || !is_word_at(text, t, e);
                if word_ends && q > start {
                    let suf = &bytes[r..t];
                    if suf.eq_ignore_ascii_case(b"t")
                        && matches!(prev, b'n' | b'N')
                        && q - 1 > start
                    {
                        emit_word(text, start, q - 1, has_dot, false, para_end, out);
                        out.push(Span::new(q - 1, t));
                        return t;
                    }
                    // Decades keep their "'s": "the 60's".
                    // ("2003's album" is a possessive and splits).
                    let decade = suf == b"s"
                        && prev == b'0'
                        && bytes[start..q].iter().all(u8::is_ascii_digit);
                    if is_clitic(suf) && !decade {
                        emit_word(text, start, q, has_dot, false, para_end, out);
                        out.push(Span::new(q, t));
                        return t;
                    }
                }
                if q > start {
                    // "O'Brien", "rock'n'roll", "d'Orleans".
                    has_apos = true;
                    q = r;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    if q == start {
        // A lone mark or odd char: make it a one-char token so we always advance.
        let (_, l) = char_at(text, q);
        out.push(Span::new(q, q + l));
        return q + l;
    }
    // An abbreviation or initial keeps its period.
    // ("Inc.." is "Inc." and a full stop; "etc..." an ellipsis.)
    let dots = bytes[q..e].iter().take_while(|&&b| b == b'.').count();
    if q < e && bytes[q] == b'.' && dots <= 2 {
        let w = &text[start..q];
        let end_of_para = para_end && q + 1 == e;
        let end_of_para = end_of_para && dots == 1;
        // List numbers stay split ("1 ." in EWT, though GUM keeps "1.").
        if !end_of_para && keeps_period(w, has_dot, text, q + 1) {
            out.push(Span::new(start, q + 1));
            return q + 1;
        }
    }
    emit_word(text, start, q, has_dot, has_apos, para_end, out);
    q
}

/// Emits the word `[s, e)`, splitting number+unit ("5km") and fused forms ("gonna").
fn emit_word(
    text: &str,
    s: usize,
    e: usize,
    has_dot: bool,
    has_apos: bool,
    _para_end: bool,
    out: &mut Vec<Span>,
) {
    let w = &text.as_bytes()[s..e];
    if !has_apos && w.len() >= 2 && w[0].is_ascii_digit() {
        if let Some(k) = unit_split(w) {
            push(out, s, s + k);
            push(out, s + k, e);
            return;
        }
    }
    if !has_apos && !has_dot && w.len() <= 8 && w.len() >= 2 {
        if w[0].is_ascii_digit() {
            if let Some(k) = unit_split(w) {
                push(out, s, s + k);
                push(out, s + k, e);
                return;
            }
        } else if let Some((k1, k2)) = fused_split(w) {
            push(out, s, s + k1);
            if let Some(k2) = k2 {
                push(out, s + k1, s + k2);
                push(out, s + k2, e);
            } else {
                push(out, s + k1, e);
            }
            return;
        }
    }
    push(out, s, e);
}

/// Where a number with a unit ("5km", "1.13bn", "11am") splits; ordinals and decades stay.
fn unit_split(w: &[u8]) -> Option<usize> {
    let k = w
        .iter()
        .position(|b| !(b.is_ascii_digit() || matches!(*b, b'.' | b',' | b':')))?;
    if k == 0 || !w[k - 1].is_ascii_digit() {
        return None;
    }
    let unit = &w[k..];
    if !unit.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    // A single capital after a whole number is part of a code ("86M", "3143C", "17H");
    // after a decimal it is a unit ("$11.5M").
    // ("$40K", "$3M" are magnitudes, though).
    if unit.len() == 1
        && unit[0].is_ascii_uppercase()
        && !w[..k].contains(&b'.')
        && !matches!(unit[0], b'K' | b'M' | b'B')
    {
        return None;
    }
    // A run-together word ("20minutes", "3days"), not a suffix like "4th" or "1990s".
    let glued = unit.len() >= 4 && unit.iter().all(u8::is_ascii_lowercase);
    if glued || is_unit(unit) {
        Some(k)
    } else {
        None
    }
}

/// Phone numbers, dates and ZIP+4 codes ("713-853-3989", "713/853-3989", "345-9945",
/// "11-20-2000", "77030-2707") are one token in EWT; ranges ("5-10", "1969-1970") are
/// split. Returns the end of the kept token.
fn digit_groups(bytes: &[u8], start: usize, e: usize) -> Option<usize> {
    let mut groups = [0usize; 6];
    let mut g = 0;
    let mut i = start;
    loop {
        let gs = i;
        while i < e && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == gs || g == groups.len() {
            return None;
        }
        groups[g] = i - gs;
        g += 1;
        if i + 1 < e && matches!(bytes[i], b'-' | b'/') && bytes[i + 1].is_ascii_digit() {
            i += 1;
        } else {
            break;
        }
    }
    if i < e && bytes[i].is_ascii_alphabetic() {
        return None;
    }
    let keep = g >= 3 || (g == 2 && matches!((groups[0], groups[1]), (3, 4) | (5, 4)));
    keep.then_some(i)
}

/// Whether the word before a period (at `after - 1`) is an abbreviation or initial.
fn keeps_period(w: &str, has_dot: bool, text: &str, after: usize) -> bool {
    let b = w.as_bytes();
    if has_dot {
        // "U.S", "e.g", "a.m", "Ph.D": short alphabetic segments, at least one a single
        // letter ("bbc.co.uk" is a domain, not an abbreviation).
        let mut any_single = false;
        for seg in b.split(|&c| c == b'.') {
            if seg.is_empty() || seg.len() > 3 || !seg.iter().all(u8::is_ascii_alphabetic) {
                return false;
            }
            any_single |= seg.len() == 1;
        }
        return any_single;
    }
    if b.len() == 1 && b[0].is_ascii_uppercase() {
        return true;
    }
    if b.len() > 8 {
        return false;
    }
    match abbrev_kind(b) {
        Some(AbbrevKind::BeforeNumber) => next_is_digit(text, after),
        Some(_) => true,
        None => false,
    }
}

fn next_is_digit(text: &str, mut i: usize) -> bool {
    let bytes = text.as_bytes();
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t') {
        i += 1;
    }
    i < bytes.len() && bytes[i].is_ascii_digit()
}

/// Sentences over `tokens` of `text`.
///
/// A sentence ends at a line break (a headline has no period), or after ".", "!", "?",
/// "..." and an abbreviation, together with the closing quotes, brackets and citation
/// marks ("[3]") attached to it, when what follows looks like a sentence start. The rules
/// were chosen by counting on EWT and GUM train: a lower-case word after a bare "." or "?"
/// still starts a sentence in web text, but not after a closing quote (`"Stop!" she said`)
/// or an ellipsis; after an abbreviation the next word must be a common sentence opener
/// ("U.S. The" splits, "U.S. Army" does not); list numbers ("2. Scope") and a lone leading
/// abbreviation ("P.S.") never end one. Colons never end a sentence.
pub fn split_sentences(text: &str, tokens: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(tokens.len() / 16 + 1);
    let n = tokens.len();
    let mut first = 0;
    let mut i = 0;
    while i < n {
        let mut last = i; // last token of the sentence if it ends here
        let mut end = false;
        if i + 1 == n || gap_has_newline(text, tokens[i].end, tokens[i + 1].start) {
            end = true;
        } else if let Some(kind) = terminal_kind(&text[tokens[i]]) {
            // Absorb closing quotes and brackets (and further terminals) after it.
            let mut j = i + 1;
            let mut broken = false;
            let mut closed = false;
            while j < n {
                let t = &text[tokens[j]];
                let attached = tokens[j].start == tokens[j - 1].end;
                if gap_has_newline(text, tokens[j - 1].end, tokens[j].start) {
                    broken = true;
                    break;
                }
                if is_closer(t, attached) {
                    closed = true;
                    j += 1;
                } else if attached && terminal_kind(t) == Some(Term::Stop) {
                    j += 1;
                } else if let Some(k) = citation_end(text, tokens, j) {
                    j = k;
                } else {
                    break;
                }
            }
            last = j - 1;
            let lone = lone_opener(text, &tokens[first..i], kind);
            if broken || j == n {
                end = true;
            } else if tokens[j].start > tokens[j - 1].end && !lone {
                let term = &text[tokens[i]];
                // A spaced ellipsis (". . .") is no bare stop either.
                let spaced = i > 0 && terminal_kind(&text[tokens[i - 1]]) == Some(Term::Stop);
                let bare = !closed && !spaced && !term.contains("..") && !term.contains('…');
                end = starts_sentence(text, tokens, j, kind, bare);
            }
        } else if is_timestamp(text, tokens, i + 1) || is_timestamp_end(text, tokens, i, first) {
            // E-mail headers: "Kay Mann || 03/15/2001 04:03 PM || I have a change ...".
            end = true;
        } else if is_url(&text[tokens[i]]) {
            // A URL followed by another URL or a capitalised word ends a line of a list.
            let next = &text[tokens[i + 1]];
            end = is_url(next) || next.starts_with(|c: char| c.is_uppercase());
        } else if &text[tokens[i]] == "," && i > first && i - first <= 2 {
            // "Thanks, || Brenda": a closing formula on its own.
            end = is_closing_formula(&text[tokens[first].start..tokens[i - 1].end])
                && text[tokens[i + 1]].starts_with(|c: char| c.is_uppercase());
        }
        if end {
            out.push(Sentence {
                span: Span::new(tokens[first].start, tokens[last].end),
                tokens: (first, last + 1),
            });
            first = last + 1;
        }
        i = last + 1;
    }
    out
}

/// True when the sentence so far (`before` the terminal) is only a list number ("2 ." "2.1
/// ."), or one after a colon ("comments: 1 ."), or nothing before an abbreviation ("P.S.",
/// "i.e."): the text goes on after it.
fn lone_opener(text: &str, before: &[Span], kind: Term) -> bool {
    match before {
        [] => kind != Term::Stop,
        [.., colon, t] if &text[*colon] == ":" => is_list_number(&text[*t]) && kind == Term::Stop,
        [t] => is_list_number(&text[*t]) && kind == Term::Stop,
        _ => false,
    }
}

fn is_list_number(w: &str) -> bool {
    let w = w.strip_prefix('*').unwrap_or(w);
    !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// A "03/15/2001 04:03 PM" timestamp of a mail header starting at token `j`.
fn is_timestamp(text: &str, tokens: &[Span], j: usize) -> bool {
    if j + 2 >= tokens.len() || !text.as_bytes()[tokens[j].start].is_ascii_digit() {
        return false;
    }
    let date = text[tokens[j]].as_bytes();
    let time = text[tokens[j + 1]].as_bytes();
    date.len() >= 6
        && date.len() <= 10
        && date.iter().filter(|&&b| b == b'/').count() == 2
        && date.iter().all(|&b| b.is_ascii_digit() || b == b'/')
        && time.len() >= 4
        && time.len() <= 5
        && time.contains(&b':')
        && time.iter().all(|&b| b.is_ascii_digit() || b == b':')
        && matches!(&text[tokens[j + 2]], "AM" | "PM" | "am" | "pm")
}

/// True when token `i` closes a mail-header timestamp within the sentence from `first`.
fn is_timestamp_end(text: &str, tokens: &[Span], i: usize, first: usize) -> bool {
    i >= first + 2 && tokens[i].len() == 2 && is_timestamp(text, tokens, i - 2)
}

/// End of a citation mark such as "[12]" starting at token `j`.
fn citation_end(text: &str, tokens: &[Span], j: usize) -> Option<usize> {
    if j + 2 < tokens.len()
        && &text[tokens[j]] == "["
        && &text[tokens[j + 2]] == "]"
        && text[tokens[j + 1]].bytes().all(|b| b.is_ascii_digit())
    {
        Some(j + 3)
    } else {
        None
    }
}

fn is_url(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() > 8
        && b[0].is_ascii_alphabetic()
        && (b[..4].eq_ignore_ascii_case(b"www.")
            || b[..b.len().min(12)].contains(&b':') && t.contains("://"))
}

fn is_closing_formula(s: &str) -> bool {
    let Some((buf, n)) = lexicon::lower_ascii::<16>(s.as_bytes()) else {
        return false;
    };
    matches!(
        &buf[..n],
        b"thanks"
            | b"thank you"
            | b"many thanks"
            | b"regards"
            | b"best regards"
            | b"kind regards"
            | b"cheers"
            | b"sincerely"
            | b"best wishes"
            | b"best"
    )
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Term {
    /// ".", "!", "?", "...", "?!".
    Stop,
    /// A period-final abbreviation such as "U.S." or "etc.".
    Abbrev,
    /// A title or initial ("Mr.", "W."), which never ends a sentence.
    Never,
}

fn terminal_kind(t: &str) -> Option<Term> {
    let b = t.as_bytes();
    // Most tokens are words: reject them on the last byte ("…" ends in 0xA6).
    if !matches!(b.last(), Some(b'.' | b'!' | b'?' | 0xA6)) {
        return None;
    }
    if b.iter().all(|&c| matches!(c, b'.' | b'!' | b'?')) || t.chars().all(|c| c == '…') {
        return Some(Term::Stop);
    }
    if b.len() > 1 && b[b.len() - 1] == b'.' {
        let w = &b[..b.len() - 1];
        if w.len() == 1 || abbrev_kind(w) == Some(AbbrevKind::Title) {
            return Some(Term::Never);
        }
        return Some(Term::Abbrev);
    }
    None
}

fn is_closer(t: &str, attached: bool) -> bool {
    match t {
        ")" | "]" | "}" | "”" | "’" | "»" | "’’" => true,
        "\"" | "'" | "''" => attached,
        _ => false,
    }
}

fn is_open_punct(t: &str) -> bool {
    matches!(
        t,
        "\"" | "'" | "“" | "‘" | "(" | "[" | "{" | "«" | "``" | "`" | "--" | "-" | "—" | "–" | "„"
    )
}

fn gap_has_newline(text: &str, a: usize, b: usize) -> bool {
    let gap = &text.as_bytes()[a..b];
    let mut other = false;
    for &c in gap {
        match c {
            b'\n' | b'\r' | 0x0b | 0x0c => return true,
            0x80.. => other = true,
            _ => {}
        }
    }
    // U+0085, U+2028, U+2029.
    other && text[a..b].chars().any(is_newline)
}

/// Whether token `j` starts a new sentence after a terminal of `kind`; `bare` when the
/// terminal is ".", "?" or "!" with no closing quote or bracket.
fn starts_sentence(text: &str, tokens: &[Span], j: usize, kind: Term, bare: bool) -> bool {
    if kind == Term::Never {
        return false;
    }
    // Skip opening quotes and brackets to the first word.
    let mut k = j;
    while k < tokens.len() && is_open_punct(&text[tokens[k]]) {
        k += 1;
    }
    let Some(w) = tokens.get(k).map(|&s| &text[s]) else {
        return true;
    };
    let c = w.chars().next().unwrap_or(' ');
    if !c.is_alphanumeric() {
        // Spaced ellipses (". . .") and emoticons continue; symbols may open a sentence.
        return matches!(
            c,
            '$' | '£' | '€' | '¥' | '@' | '#' | '*' | '•' | '-' | '–' | '—'
        );
    }
    if c.is_lowercase() {
        return kind == Term::Stop && bare;
    }
    match kind {
        Term::Stop => true,
        Term::Abbrev => c.is_uppercase() && is_sentence_starter(w),
        Term::Never => false,
    }
}
