//! The scanner: finds time expressions over tokens and records what they say, before any
//! reference date is known. Left-anchored patterns, longest first; no regex and no
//! per-token allocation (the lowercased text is one copy of the document).

use crate::lexicon::*;
use chrono::{Datelike, NaiveDate, Weekday};
use eventwire_model::Document;

/// Which of several same-named days or months an expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// Bare: chosen by the tense of the clause.
    Bare,
    /// "last", "this past": strictly before the reference.
    Last,
    /// "next", "coming": strictly after the reference.
    Next,
    /// "this": in the reference's week (weekday) or year (month).
    This,
}

/// A calendar unit of a relative expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// What an expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// A full calendar date.
    Full(NaiveDate),
    /// Month and day without a year ("Jan. 29").
    MonthDay(u32, u32),
    /// "January 2025".
    MonthYear(i32, u32),
    /// A month name without a year ("in December", "last December", "mid-January").
    Month(u32, Rel),
    /// A year ("in 2024", "mid-2024").
    Year(i32),
    /// A decade, by its first three digits ("the 1990s" → 199).
    Decade(i32),
    /// A weekday ("on Tuesday", "next Monday").
    Weekday(Weekday, Rel),
    /// "over the weekend": the weekend before or after the reference, by tense; its ISO
    /// week.
    Weekend,
    /// The reference date plus `n` units ("yesterday", "last week", "two years ago").
    Offset(Unit, i64),
}

/// One expression: its tokens `[a, b)` (document-wide indices), its sentence's tokens
/// `[s, e)`, and what it says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Raw {
    pub a: usize,
    pub b: usize,
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
}

/// The document seen by the scanner.
pub struct Ctx<'a> {
    pub doc: &'a Document,
    pub lower: &'a str,
}

impl<'a> Ctx<'a> {
    /// The token's text, lower case.
    #[inline]
    pub fn lw(&self, i: usize) -> &'a str {
        let sp = self.doc.tokens[i].span;
        self.lower.get(sp.start..sp.end).unwrap_or("")
    }
    /// The token's text as written.
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        let sp = self.doc.tokens[i].span;
        self.doc.text.get(sp.start..sp.end).unwrap_or("")
    }
    #[inline]
    pub fn capitalised(&self, i: usize) -> bool {
        self.word(i)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    }
}

/// All expressions of the document, in text order, not overlapping.
pub fn scan(cx: &Ctx) -> Vec<Raw> {
    let mut out = Vec::new();
    let n = cx.doc.tokens.len();
    if n == 0 {
        return out;
    }
    let mut ranges: Vec<(usize, usize)> = cx
        .doc
        .sentences
        .iter()
        .map(|s| (s.tokens.0.min(n), s.tokens.1.min(n)))
        .filter(|(a, b)| a < b)
        .collect();
    if ranges.is_empty() {
        ranges.push((0, n));
    }
    let mut done = 0usize;
    for (s, e) in ranges {
        let s = s.max(done);
        if s >= e {
            continue;
        }
        let mut sc = Scanner {
            cx,
            s,
            e,
            last_end: usize::MAX,
        };
        let mut i = s;
        while i < e {
            if let Some((b, kind)) = sc.at(i) {
                out.push(Raw {
                    a: i,
                    b,
                    s,
                    e,
                    kind,
                });
                sc.last_end = b;
                i = b.max(i + 1);
            } else {
                i += 1;
            }
        }
        done = e;
    }
    share_years(cx, &mut out);
    out
}

/// Ranges give their year to both ends: "between June and December of 2015", "from
/// Jan. 28 to Feb. 2, 2025".
fn share_years(cx: &Ctx, raws: &mut [Raw]) {
    for k in 1..raws.len() {
        let (r1, r2) = (raws[k - 1], raws[k]);
        if r1.s != r2.s || r2.a != r1.b + 1 {
            continue;
        }
        if !matches!(
            cx.lw(r1.b),
            "and" | "to" | "-" | "–" | "—" | "through" | "until" | "till" | "or"
        ) {
            continue;
        }
        let kind = match (r1.kind, r2.kind) {
            (Kind::Month(m, Rel::Bare), Kind::MonthYear(y, m2)) => {
                Kind::MonthYear(if m > m2 { y - 1 } else { y }, m)
            }
            (Kind::Month(m, Rel::Bare), Kind::Full(d2)) => Kind::MonthYear(
                if m > d2.month() {
                    d2.year() - 1
                } else {
                    d2.year()
                },
                m,
            ),
            (Kind::MonthDay(m, d), Kind::Full(d2)) => {
                let y = if (m, d) > (d2.month(), d2.day()) {
                    d2.year() - 1
                } else {
                    d2.year()
                };
                match NaiveDate::from_ymd_opt(y, m, d) {
                    Some(dt) => Kind::Full(dt),
                    None => continue,
                }
            }
            _ => continue,
        };
        raws[k - 1].kind = kind;
    }
}

struct Scanner<'c, 'a> {
    cx: &'c Ctx<'a>,
    s: usize,
    e: usize,
    /// End of the previous expression in this sentence ("in 2010 and 2015").
    last_end: usize,
}

/// Word lookups.
fn month_full(w: &str) -> Option<u32> {
    MONTHS.iter().position(|m| *m == w).map(|p| p as u32 + 1)
}

fn lookup(table: &[(&str, u32)], w: &str) -> Option<u32> {
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

fn weekday(w: &str) -> Option<Weekday> {
    WEEKDAYS
        .iter()
        .position(|d| *d == w)
        .map(|p| Weekday::try_from(p as u8).unwrap_or(Weekday::Mon))
}

/// "29", "29th", "1st", "2nd", "3rd": a day of the month.
fn day_number(w: &str) -> Option<u32> {
    let digits = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .unwrap_or(w);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A four-digit number that can be a year.
fn year_number(w: &str) -> Option<i32> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    (1800..=2100).contains(&y).then_some(y)
}

fn number_word(w: &str) -> Option<i64> {
    if let Some((_, v)) = NUMBER_WORDS.iter().find(|(k, _)| *k == w) {
        return Some(*v);
    }
    if !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    None
}

fn unit_word(w: &str) -> Option<Unit> {
    Some(match w {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        _ => return None,
    })
}

/// "1990s" → 199, "'90s" → 199, "2010s" → 201.
fn decade_token(w: &str) -> Option<i32> {
    let core = w.strip_suffix('s')?;
    if let Some(two) = core
        .strip_prefix('\'')
        .or_else(|| core.strip_prefix('\u{2019}'))
    {
        if two.len() == 2 && two.ends_with('0') && two.bytes().all(|b| b.is_ascii_digit()) {
            let d: i32 = two.parse().ok()?;
            return Some(if d >= 30 { 190 + d / 10 } else { 200 + d / 10 });
        }
        return None;
    }
    if core.len() == 4 && core.ends_with('0') && core.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = core.parse().ok()?;
        if (1800..=2090).contains(&y) {
            return Some(y / 10);
        }
    }
    None
}

/// ISO and numeric dates in one token: "2025-01-29", "2025/01/29", "29/01/2025",
/// "1/29/2025", "29.01.2025" (day and month only where the order is unambiguous).
fn numeric_date(w: &str) -> Option<NaiveDate> {
    let sep = if w.contains('-') {
        '-'
    } else if w.contains('/') {
        '/'
    } else if w.contains('.') {
        '.'
    } else {
        return None;
    };
    let mut parts = w.split(sep);
    let (p1, p2, p3) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let num = |p: &str| -> Option<u32> {
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse().ok()
    };
    let (a, b, c) = (num(p1)?, num(p2)?, num(p3)?);
    if p1.len() == 4 {
        if p2.len() > 2 || p3.len() > 2 || (sep == '.' && p2.len() != 2) {
            return None;
        }
        let y = year_number(p1)?;
        return NaiveDate::from_ymd_opt(y, b, c);
    }
    if sep == '-' || p3.len() != 4 || p1.len() > 2 || p2.len() > 2 {
        return None;
    }
    let y = year_number(p3)?;
    let (m, d) = if a > 12 && b <= 12 {
        (b, a)
    } else if b > 12 && a <= 12 {
        (a, b)
    } else if a == b {
        (a, a)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Is (month, day) possible in some year?
fn valid_md(m: u32, d: u32) -> bool {
    NaiveDate::from_ymd_opt(2000, m, d).is_some()
}

impl Scanner<'_, '_> {
    fn lw(&self, i: usize) -> &str {
        if i < self.e {
            self.cx.lw(i)
        } else {
            ""
        }
    }

    /// The previous token in the sentence, lower case ("" at the start).
    fn prev(&self, i: usize) -> &str {
        if i > self.s {
            self.cx.lw(i - 1)
        } else {
            ""
        }
    }

    /// A month name at `i`: (month, strong) where strong means it may stand without a
    /// day after it. Month names must be capitalised.
    fn month_at(&self, i: usize) -> Option<(u32, bool)> {
        if i >= self.e || !self.cx.capitalised(i) {
            return None;
        }
        let w = self.cx.lw(i);
        if let Some(m) = month_full(w) {
            return Some((m, true));
        }
        if let Some(m) = lookup(MONTH_ABBR_DOT, w) {
            return Some((m, true));
        }
        lookup(MONTH_ABBR, w).map(|m| (m, false))
    }

    /// Context that makes a bare month or year a date: the word before `i`.
    fn date_context(&self, i: usize) -> bool {
        let p = self.prev(i);
        if DATE_PREPS.contains(&p) {
            return true;
        }
        if i > self.s && self.last_end == i - 1 && matches!(p, "and" | "or" | "to" | "-" | "–") {
            return true;
        }
        if p == "of" && i >= self.s + 2 {
            let pp = self.cx.lw(i - 2);
            return OF_HEADS.contains(&pp) || self.last_end == i - 1;
        }
        false
    }

    /// Tries every pattern at `i`; returns the end token and the meaning.
    fn at(&self, i: usize) -> Option<(usize, Kind)> {
        let w = self.lw(i);
        let first = w.as_bytes().first().copied()?;
        if !(first.is_ascii_alphanumeric() || first == b'\'' || first == 0xE2) {
            return None;
        }
        // Modifiers that keep the precision of what they modify.
        if matches!(w, "early" | "late" | "mid" | "earlier" | "later") {
            let j = if self.lw(i + 1) == "-" { i + 2 } else { i + 1 };
            if let Some((b, k)) = self.inner(j, true) {
                let ok = match k {
                    Kind::Offset(Unit::Day, 0) => matches!(w, "earlier" | "later"),
                    Kind::Offset(_, _) => {
                        self.lw(j) == "this" || self.lw(j) == "last" || self.lw(j) == "next"
                    }
                    Kind::Month(..) | Kind::MonthYear(..) | Kind::Year(_) | Kind::Decade(_) => {
                        matches!(w, "early" | "late" | "mid")
                    }
                    // "late Tuesday", "early Wednesday", "later Friday".
                    Kind::Weekday(..) => true,
                    _ => false,
                };
                if ok {
                    return Some((b, k));
                }
            }
            return None;
        }
        // "mid-January", "mid-2024", "mid-1990s" as one token.
        if let Some(rest) = w
            .strip_prefix("mid-")
            .or_else(|| w.strip_prefix("early-"))
            .or_else(|| w.strip_prefix("late-"))
        {
            if let Some(m) = month_full(rest) {
                if let Some((b, k)) = self.after_month(i, m) {
                    return Some((b, k));
                }
                return Some((i + 1, Kind::Month(m, Rel::Bare)));
            }
            if let Some(y) = year_number(rest) {
                return Some((i + 1, Kind::Year(y)));
            }
            if let Some(d) = decade_token(rest) {
                return Some((i + 1, Kind::Decade(d)));
            }
            return None;
        }
        self.inner(i, false)
    }

    /// Patterns after an optional modifier; `modified` says a modifier stands before
    /// (which is date context enough for a bare month or year).
    fn inner(&self, i: usize, modified: bool) -> Option<(usize, Kind)> {
        if i >= self.e {
            return None;
        }
        let w = self.cx.lw(i);
        match w {
            "yesterday" => return Some((self.day_part(i + 1), Kind::Offset(Unit::Day, -1))),
            "today" => return Some((self.day_part(i + 1), Kind::Offset(Unit::Day, 0))),
            "tonight" => return Some((i + 1, Kind::Offset(Unit::Day, 0))),
            "tomorrow" => return Some((self.day_part(i + 1), Kind::Offset(Unit::Day, 1))),
            "this" | "last" | "next" | "past" | "coming" => return self.relative(i, w),
            "the" => {
                // "the day before yesterday", "the day after tomorrow".
                if self.lw(i + 1) == "day" {
                    match (self.lw(i + 2), self.lw(i + 3)) {
                        ("before", "yesterday") => {
                            return Some((i + 4, Kind::Offset(Unit::Day, -2)))
                        }
                        ("after", "tomorrow") => return Some((i + 4, Kind::Offset(Unit::Day, 2))),
                        _ => {}
                    }
                }
                // "over the weekend", "at the weekend".
                if self.lw(i + 1) == "weekend"
                    && matches!(
                        self.prev(i),
                        "over" | "at" | "during" | "on" | "through" | "throughout"
                    )
                {
                    return Some((i + 2, Kind::Weekend));
                }
                return None;
            }
            _ => {}
        }
        if let Some(wd) = weekday(w) {
            if !self.cx.capitalised(i) {
                return None;
            }
            if NOT_DATE_WEEKDAY_BEFORE.contains(&self.prev(i)) {
                return None;
            }
            // Holidays and names: "Good Friday", "Black Friday", "Super Tuesday".
            if i > self.s
                && self.cx.capitalised(i - 1)
                && NOT_WEEKDAY_BEFORE.contains(&self.prev(i))
            {
                return None;
            }
            return Some(self.after_weekday(i, wd, Rel::Bare));
        }
        if let Some((m, strong)) = self.month_at(i) {
            if let Some(r) = self.after_month(i, m) {
                return Some(r);
            }
            if !strong {
                return None;
            }
            // A bare month needs date context; "May" and "March" more so.
            let nx = self.lw(i + 1);
            if nx == "'s" || nx == "\u{2019}s" {
                return None;
            }
            if modified || self.date_context(i) {
                if matches!(m, 3 | 5) && i + 1 < self.e && self.cx.capitalised(i + 1) {
                    return None;
                }
                return Some((i + 1, Kind::Month(m, Rel::Bare)));
            }
            return None;
        }
        let b0 = w.as_bytes()[0];
        if b0.is_ascii_digit() {
            if let Some(d) = numeric_date(w) {
                return Some((i + 1, Kind::Full(d)));
            }
            if let Some(d) = decade_token(w) {
                return Some((i + 1, Kind::Decade(d)));
            }
            if let Some(y) = year_number(w) {
                return self.year(i, y, modified).map(|k| (i + 1, k));
            }
            if let Some(d) = day_number(w) {
                if let Some(r) = self.day_month(i, d) {
                    return Some(r);
                }
            }
            if let Some(n) = number_word(w) {
                return self.ago(i, n);
            }
            return None;
        }
        if b0 == b'\'' || b0 == 0xE2 {
            if let Some(d) = decade_token(w) {
                return Some((i + 1, Kind::Decade(d)));
            }
            return None;
        }
        if let Some(n) = number_word(w) {
            return self.ago(i, n);
        }
        None
    }

    /// Absorbs "morning", "night" after a day expression.
    fn day_part(&self, j: usize) -> usize {
        if DAY_PARTS.contains(&self.lw(j)) {
            j + 1
        } else {
            j
        }
    }

    /// "this week", "last month", "next year", "last Tuesday", "this past weekend",
    /// "last night", "this morning", "next December".
    fn relative(&self, i: usize, w: &str) -> Option<(usize, Kind)> {
        let mut j = i + 1;
        let mut rel = match w {
            "this" => Rel::This,
            "last" => Rel::Last,
            "next" | "coming" => Rel::Next,
            _ => return None, // "past" only after "this"
        };
        // "the last week", "the next month" are spans of time, not calendar units.
        if w != "this" && matches!(self.prev(i), "the" | "a" | "its" | "their" | "his" | "her") {
            return None;
        }
        if w == "this" && matches!(self.lw(j), "past" | "coming") {
            rel = if self.lw(j) == "past" {
                Rel::Last
            } else {
                Rel::Next
            };
            j += 1;
        }
        let nx = self.lw(j);
        let off = match rel {
            Rel::Last => -1,
            Rel::Next => 1,
            _ => 0,
        };
        if let Some(wd) = weekday(nx) {
            if !self.cx.capitalised(j) {
                return None;
            }
            return Some(self.after_weekday(j, wd, rel));
        }
        if let Some((m, true)) = self.month_at(j) {
            let m_rel = rel;
            return Some((j + 1, Kind::Month(m, m_rel)));
        }
        match nx {
            "week" => Some((j + 1, Kind::Offset(Unit::Week, off))),
            "weekend" => Some((j + 1, Kind::Offset(Unit::Week, off))),
            "month" => Some((j + 1, Kind::Offset(Unit::Month, off))),
            "year" => Some((j + 1, Kind::Offset(Unit::Year, off))),
            "night" if rel == Rel::Last => Some((j + 1, Kind::Offset(Unit::Day, -1))),
            "morning" | "afternoon" | "evening" if rel == Rel::This => {
                Some((j + 1, Kind::Offset(Unit::Day, 0)))
            }
            _ => None,
        }
    }

    /// After a weekday: an explicit date ("Tuesday, January 28, 2025"), a part of the
    /// day ("Tuesday night"), or nothing.
    fn after_weekday(&self, i: usize, wd: Weekday, rel: Rel) -> (usize, Kind) {
        let mut j = i + 1;
        if self.lw(j) == "," || self.lw(j) == "(" {
            j += 1;
        }
        if let Some((m, _)) = self.month_at(j) {
            if let Some(r) = self.after_month(j, m) {
                if !matches!(r.1, Kind::MonthYear(..)) {
                    return self.close_paren(i, r);
                }
            }
        }
        if let Some(d) = day_number(self.lw(j)) {
            if let Some(r) = self.day_month(j, d) {
                return self.close_paren(i, r);
            }
        }
        (self.day_part(i + 1), Kind::Weekday(wd, rel))
    }

    /// Takes a ")" closing "Tuesday (Jan. 28)".
    fn close_paren(&self, i: usize, r: (usize, Kind)) -> (usize, Kind) {
        if self.lw(i + 1) == "(" && self.lw(r.0) == ")" {
            (r.0 + 1, r.1)
        } else {
            r
        }
    }

    /// After a month name at `i`: a day and maybe a year, or a year. `None` for a bare
    /// month.
    fn after_month(&self, i: usize, m: u32) -> Option<(usize, Kind)> {
        let j = i + 1;
        let nx = self.lw(j);
        if let Some(d) = day_number(nx) {
            if !valid_md(m, d) {
                return None;
            }
            // Not "May 2,000" (tokenised whole) and not "March 3 percent".
            if matches!(self.lw(j + 1), "%" | "percent" | "per") {
                return None;
            }
            let mut k = j + 1;
            if self.lw(k) == "," {
                k += 1;
            }
            if let Some(y) = year_number(self.lw(k)) {
                if let Some(dt) = NaiveDate::from_ymd_opt(y, m, d) {
                    return Some((k + 1, Kind::Full(dt)));
                }
            }
            return Some((j + 1, Kind::MonthDay(m, d)));
        }
        if let Some(y) = year_number(nx) {
            return Some((j + 1, Kind::MonthYear(y, m)));
        }
        if nx == "," {
            if let Some(y) = year_number(self.lw(j + 1)) {
                // "January, 2025" but not "in January, 2,000 …" (not a year anyway).
                return Some((j + 2, Kind::MonthYear(y, m)));
            }
        }
        if nx == "of" {
            if let Some(y) = year_number(self.lw(j + 1)) {
                return Some((j + 2, Kind::MonthYear(y, m)));
            }
        }
        None
    }

    /// "29 January 2025", "29 Jan", "29th of January".
    fn day_month(&self, i: usize, d: u32) -> Option<(usize, Kind)> {
        let mut j = i + 1;
        if self.lw(j) == "of" {
            j += 1;
        }
        let (m, _) = self.month_at(j)?;
        if !valid_md(m, d) {
            return None;
        }
        let mut k = j + 1;
        if self.lw(k) == "," {
            k += 1;
        }
        if let Some(y) = year_number(self.lw(k)) {
            if let Some(dt) = NaiveDate::from_ymd_opt(y, m, d) {
                return Some((k + 1, Kind::Full(dt)));
            }
        }
        Some((j + 1, Kind::MonthDay(m, d)))
    }

    /// A four-digit number is a year only in a date-like context.
    fn year(&self, i: usize, y: i32, modified: bool) -> Option<Kind> {
        let nx = self.lw(i + 1);
        let possessive = nx == "'s" || nx == "\u{2019}s";
        let p = self.prev(i);
        let paren = p == "(" && nx == ")";
        let the_event = p == "the"
            && (EVENT_NOUNS.contains(&nx)
                || (i + 1 < self.e
                    && self.cx.capitalised(i + 1)
                    && nx.bytes().all(|b| b.is_ascii_alphabetic())
                    && !NOT_YEAR_NAMES.contains(&nx)));
        if !(modified || possessive || paren || the_event || self.date_context(i)) {
            return None;
        }
        // "by 1800 GMT", "at 2000 hours": clock times.
        if matches!(
            nx,
            "gmt" | "utc" | "hours" | "hrs" | "h" | "local" | "est" | "edt" | "cet" | "bst" | "z"
        ) {
            return None;
        }
        if possessive || paren || the_event {
            return Some(Kind::Year(y));
        }
        // "in 2000 cases": a count of a plural noun, not a year.
        let tok = &self.cx.doc.tokens[i];
        if tok.deprel.as_deref() == Some("nummod") {
            if let Some(h) = tok.head {
                if h > i && !EVENT_NOUNS.contains(&self.cx.lw(h)) {
                    return None;
                }
            }
        }
        if matches!(p, "year" | "fiscal") || !matches!(nx, "%" | "percent") {
            return Some(Kind::Year(y));
        }
        None
    }

    /// "two days ago", "a year ago".
    fn ago(&self, i: usize, n: i64) -> Option<(usize, Kind)> {
        let unit = unit_word(self.lw(i + 1))?;
        if self.lw(i + 2) != "ago" || n <= 0 || n > 500 {
            return None;
        }
        // "a day ago" and "one day ago" but not "days ago" after "a few".
        Some((i + 3, Kind::Offset(unit, -n)))
    }
}
