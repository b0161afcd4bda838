//! Time expressions in news text, normalised to ISO 8601 at the precision the text gives.
//!
//! [`annotate`] fills [`Document::timexes`]: a hand-written scanner over the tokens
//! (vocabulary in [`lexicon`] as data) finds the expressions, and each is resolved against
//! the reference date of [`reference_date`] (the publication date, or one inferred from
//! the document).
//!
//! Values:
//!
//! | text | value |
//! |---|---|
//! | "January 29, 2025", "29 Jan 2025", "2025-01-29", "29/01/2025" | `2025-01-29` |
//! | "Jan. 29", "29 Jan", "Tuesday", "yesterday", "two days ago" | a day |
//! | "January 2025", "in December", "mid-January", "last month", "earlier this month" | `2025-01` |
//! | "in 2024", "2024's", "the 2024 election", "since 2011", "last year", "three years ago" | `2024` |
//! | "this week", "last week", "next week", "last weekend", "over the weekend" | `2025-W05` (ISO week) |
//! | "the 1990s", "the '90s" | `199` (decade, as TimeML writes it) |
//!
//! Spans leave out the preposition ("on Tuesday" → "Tuesday", "since 2011" → "2011") and
//! keep the modifiers ("last Tuesday", "earlier this month", "mid-January", "Tuesday
//! night").
//!
//! Resolution of expressions that name a day or month without saying which one:
//!
//! * a weekday in a **past** clause is the most recent such day **on or before** the
//!   reference (a Tuesday story about "on Tuesday" is that day: news is published the
//!   day it happens); in a **future** clause ("will", "plans to", "is due to"), a
//!   "would" clause ("said it would vote on Friday") or a **present** one ("meets on
//!   Monday") the next such day on or after it; with no tense to read (a noun phrase:
//!   "Sunday's vote") or an ambiguous one (a present verb reached through a noun:
//!   "follows the testimony Tuesday"; an infinitive under a past verb: "agreed to
//!   resign on Tuesday"), the nearest. "last Tuesday" is strictly before, "next Tuesday" strictly
//!   after, "this Tuesday" in the reference's ISO week.
//! * a month without a year ("in December") in a past clause, or one with no tense to
//!   read, is the most recent such month on or before the reference month (news
//!   reports); in a future one the next on or after it; otherwise (present, "would",
//!   an infinitive under a past verb: "hoped to finish by June") the nearest. "last
//!   December"/"next December" are strictly before/after.
//! * a day and month without a year ("Jan. 29") takes the year that puts it nearest the
//!   reference, moved back a year when a past clause would put it more than a day after
//!   the reference, ahead a year when a future ("will") one would put it more than a day
//!   before.
//!
//! The tense of a clause comes from the parse when there is one (the expression's head
//! chain is climbed to its predicate, whose auxiliaries and Penn tag decide; "plans to",
//! "is due to", "is expected to" above an infinitive make it future), else from the
//! nearest tense word in the sentence (xpos VBD/VBZ/VBP when tagged; "will", "would",
//! "said", irregular pasts and "-ed" forms when not). A bare weekday right after a
//! reporting verb ("officials said Tuesday they will …") dates the report.
//!
//! Not covered: seasons ("last summer"), quarters, clock times, durations ("the past
//! week", "in two weeks"), expressions anchored on another event ("the next day", "a
//! week later"), and well-known dates without a year ("the Sept. 11 attacks" resolves
//! to the nearest Sept. 11).
//!
//! A bare four-digit number is a year only in a date-like context: after "in", "since",
//! "by", "until", "during", "early", "mid" …, before "'s", in "the 2024 election",
//! in "(2015)" after a name; never "2,000 troops" nor "Resolution 1973".

pub mod lexicon;
mod resolve;
mod scan;
mod tense;
#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};
use eventwire_model::dates::normalise_date;
use eventwire_model::{Document, Span, Timex};
use scan::{Ctx, Kind, Raw};
use tense::Tense;

/// Adds the `timexes` layer (replacing any), resolved against [`reference_date`].
/// Relative expressions are left out when there is no reference at all.
pub fn annotate(doc: &mut Document) {
    let timexes = {
        let lower = doc.text.to_ascii_lowercase();
        let cx = Ctx { doc, lower: &lower };
        let raws = scan::scan(&cx);
        let reference = reference_from(&cx, &raws).map(|(d, _)| d);
        let mut out = Vec::with_capacity(raws.len());
        for r in &raws {
            let t = if resolve::needs_tense(&r.kind) {
                tense::tense(&cx, r.a, r.b, r.s, r.e)
            } else {
                Tense::Unknown
            };
            if let Some(value) = resolve::value(r.kind, reference, t) {
                let span = Span::new(
                    doc.tokens[r.a].span.start,
                    doc.tokens[r.b - 1].span.end.max(doc.tokens[r.a].span.start),
                );
                out.push(Timex { span, value });
            }
        }
        out
    };
    doc.timexes = timexes;
}

/// The token ranges `[a, b)` of every time expression of the document, resolvable or not
/// ("on Sunday" in a text with no date to count from is still a time, not a party).
pub fn time_phrases(doc: &Document) -> Vec<(usize, usize)> {
    let lower = doc.text.to_ascii_lowercase();
    let cx = Ctx { doc, lower: &lower };
    scan::scan(&cx).into_iter().map(|r| (r.a, r.b)).collect()
}

/// The date relative expressions are resolved against, `YYYY-MM-DD`, and whether it was
/// inferred. The publication date when the document has one; otherwise, in order: a
/// date in the article's address (`/2025/01/29/`), the dateline ("DAMASCUS, Jan 29 (Reuters) -", its year from the latest full date or post
/// date when it gives none), else the latest of the full dates in past or undated
/// clauses of the text and the dates of embedded posts. `None` when there is nothing to
/// go by. Scans the document when it has no publication date: call it once per document.
pub fn reference_date(doc: &Document) -> Option<(String, bool)> {
    if let Some(p) = doc.published.as_deref().and_then(normalise_date) {
        return Some((p, false));
    }
    let lower = doc.text.to_ascii_lowercase();
    let cx = Ctx { doc, lower: &lower };
    let raws = scan::scan(&cx);
    reference_from(&cx, &raws).map(|(d, inferred)| (resolve::fmt_day(d), inferred))
}

fn reference_from(cx: &Ctx, raws: &[Raw]) -> Option<(NaiveDate, bool)> {
    if let Some(p) = cx.doc.published.as_deref().and_then(normalise_date) {
        if let Ok(d) = NaiveDate::parse_from_str(&p, "%Y-%m-%d") {
            return Some((d, false));
        }
    }
    infer_reference(cx, raws).map(|d| (d, true))
}

/// The reference of a document without a publication date.
fn infer_reference(cx: &Ctx, raws: &[Raw]) -> Option<NaiveDate> {
    if let Some(d) = cx.doc.url.as_deref().and_then(url_date) {
        return Some(d);
    }
    let mut latest: Option<NaiveDate> = None;
    let mut bump = |d: NaiveDate| {
        if latest.is_none_or(|l| d > l) {
            latest = Some(d);
        }
    };
    for p in &cx.doc.posts {
        if let Some(d) = p
            .date
            .as_deref()
            .and_then(normalise_date)
            .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
        {
            bump(d);
        }
    }
    let mut dateline: Option<&Raw> = None;
    for r in raws {
        if let Kind::Full(d) = r.kind {
            if tense::tense(cx, r.a, r.b, r.s, r.e) != Tense::Future {
                bump(d);
            }
        }
        if dateline.is_none() && is_dateline(cx, r) {
            dateline = Some(r);
        }
    }
    match dateline.map(|r| r.kind) {
        Some(Kind::Full(d)) => Some(d),
        Some(Kind::MonthDay(m, d)) => {
            let l = latest?;
            let mut y = l.year();
            loop {
                match NaiveDate::from_ymd_opt(y, m, d) {
                    Some(c) if c >= l => return Some(c),
                    _ if y > l.year() + 4 => return latest,
                    _ => y += 1,
                }
            }
        }
        _ => latest,
    }
}

/// The date many outlets put in article addresses: `/2025/01/29/`, `/2025-01-29/`,
/// `-20250129-`.
fn url_date(url: &str) -> Option<NaiveDate> {
    let b = url.as_bytes();
    let digits_at = |i: usize, n: usize| -> Option<u32> {
        let s = url.get(i..i + n)?;
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let boundary = |i: usize| i >= b.len() || !b[i].is_ascii_digit();
    for i in 0..b.len() {
        if !(b[i] == b'1' || b[i] == b'2') || (i > 0 && b[i - 1].is_ascii_digit()) {
            continue;
        }
        let Some(y) = digits_at(i, 4) else { continue };
        if !(1990..=2100).contains(&y) {
            continue;
        }
        let found = match b.get(i + 4) {
            Some(&sep @ (b'/' | b'-' | b'_')) => {
                match (digits_at(i + 5, 2), b.get(i + 7), digits_at(i + 8, 2)) {
                    (Some(m), Some(&s2), Some(d)) if s2 == sep && boundary(i + 10) => {
                        NaiveDate::from_ymd_opt(y as i32, m, d)
                    }
                    _ => None,
                }
            }
            Some(c) if c.is_ascii_digit() => match (digits_at(i + 4, 2), digits_at(i + 6, 2)) {
                (Some(m), Some(d)) if boundary(i + 8) => NaiveDate::from_ymd_opt(y as i32, m, d),
                _ => None,
            },
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// A date in the first tokens of the text after a place name and a comma:
/// "DAMASCUS, Jan 29 (Reuters) -", "Kyiv, Ukraine, 29 January 2025 —".
fn is_dateline(cx: &Ctx, r: &Raw) -> bool {
    if !matches!(r.kind, Kind::Full(_) | Kind::MonthDay(..)) || r.a > 8 {
        return false;
    }
    if r.a == 0 {
        // "Jan 29 (Reuters) -", "Jan. 29, 2025 /PRNewswire/ --".
        let n = cx.doc.tokens.len();
        return r.b < n && matches!(cx.lw(r.b), "(" | "-" | "--" | "—" | "–" | "/");
    }
    if cx.lw(r.a - 1) != "," {
        return false;
    }
    (0..r.a - 1).all(|i| {
        let w = cx.word(i);
        w == "," || w == "(" || w == ")" || cx.capitalised(i)
    })
}

/// The index in [`Document::timexes`] of the time expression that modifies the clause
/// of `token`: one whose head token attaches (as `obl`, `obl:tmod`/`obl:unmarked`,
/// `nmod`, `nmod:tmod`, `nmod:poss`, `advmod`, `compound`, or the parser's `obj` for
/// "resume next Monday") to the token itself or to a token of its head chain within its
/// clause (the climb stops at `ccomp`, `advcl`, `acl:relcl`, `parataxis` and the root),
/// with no preposition or one of "on", "in", "at", "during", "over", "throughout"
/// ("since 2011" and "by Friday" bound an event, they do not date it). A time expression
/// that the parser hung on the verb's subject between the subject and the verb ("A court
/// on Tuesday released …") counts as the verb's. The nearest level of the chain wins,
/// then the nearest expression. Without a parse: the nearest expression in the sentence.
pub fn governing_timex(doc: &Document, token: usize) -> Option<usize> {
    if token >= doc.tokens.len() || doc.timexes.is_empty() {
        return None;
    }
    let lower_of = |i: usize| -> String { doc.slice(doc.tokens[i].span).to_ascii_lowercase() };
    let (s, e) = doc
        .sentences
        .iter()
        .map(|s| s.tokens)
        .find(|&(a, b)| a <= token && token < b)
        .unwrap_or((0, doc.tokens.len()));
    let e = e.min(doc.tokens.len());
    // The timexes of the sentence with their token ranges and root.
    let sent_span = Span::new(doc.tokens[s].span.start, doc.tokens[e - 1].span.end);
    let mut cands: Vec<(usize, usize, usize, Option<usize>)> = Vec::new();
    for (ti, t) in doc.timexes.iter().enumerate() {
        if !sent_span.contains(t.span) {
            continue;
        }
        let a = (s..e).find(|&i| doc.tokens[i].span.start >= t.span.start);
        let Some(a) = a else { continue };
        let b = (a..e)
            .find(|&i| doc.tokens[i].span.start >= t.span.end)
            .unwrap_or(e);
        if a >= b {
            continue;
        }
        let root = (a..b).find(|&i| doc.tokens[i].head.is_some_and(|h| h < a || h >= b));
        cands.push((ti, a, b, root));
    }
    if cands.is_empty() {
        return None;
    }
    let dist = |a: usize, b: usize, n: usize| -> usize {
        if n < a {
            a - n
        } else if n >= b {
            n + 1 - b
        } else {
            0
        }
    };
    let parsed = (s..e).any(|i| doc.tokens[i].head.is_some());
    if !parsed {
        return cands
            .iter()
            .min_by_key(|c| dist(c.1, c.2, token))
            .map(|c| c.0);
    }
    let ok_attachment = |root: usize| -> bool {
        let rel = doc.tokens[root].deprel.as_deref().unwrap_or("");
        let rel_ok = rel.starts_with("obl")
            || rel.starts_with("nmod")
            || rel == "advmod"
            || rel == "obj"
            || rel == "compound";
        if !rel_ok {
            return false;
        }
        (s..e)
            .filter(|&c| {
                doc.tokens[c].head == Some(root) && doc.tokens[c].deprel.as_deref() == Some("case")
            })
            .all(|c| lexicon::GOVERNING_CASES.contains(&lower_of(c).as_str()))
    };
    let mut n = token;
    for _ in 0..12 {
        let best = cands
            .iter()
            .filter(|c| {
                c.3.is_some_and(|r| doc.tokens[r].head == Some(n) && ok_attachment(r))
            })
            .filter(|c| !(c.1 <= token && token < c.2))
            .min_by_key(|c| dist(c.1, c.2, n));
        if let Some(c) = best {
            return Some(c.0);
        }
        // "A court on Tuesday released …": parsers hang the time on the subject that
        // stands before it; it still dates the verb after it.
        let fronted = cands
            .iter()
            .filter(|c| {
                c.3.is_some_and(|r| {
                    doc.tokens[r].head.is_some_and(|h| {
                        h < c.1
                            && c.2 <= n
                            && doc.tokens[h].head == Some(n)
                            && doc.tokens[h]
                                .deprel
                                .as_deref()
                                .is_some_and(|d| d.starts_with("nsubj"))
                            && ok_attachment(r)
                    })
                })
            })
            .min_by_key(|c| dist(c.1, c.2, n));
        if let Some(c) = fronted {
            return Some(c.0);
        }
        let rel = doc.tokens[n].deprel.as_deref().unwrap_or("root");
        if lexicon::CLAUSE_BOUNDARY.contains(&rel) {
            return None;
        }
        match doc.tokens[n].head {
            Some(h) if h >= s && h < e && h != n => n = h,
            _ => return None,
        }
    }
    None
}
