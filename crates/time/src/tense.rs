//! The tense of the clause a time expression sits in, which decides whether a bare
//! "Tuesday" or "in December" looks back or ahead.
//!
//! With a parse, the expression's head chain is climbed to the first verbal predicate
//! and its auxiliaries are read ("will" → future, "was"/VBD → past, "is"/VBZ → present).
//! Without one (or when the parse says nothing), the nearest tense marker in the
//! sentence decides: future words ("will", "plans", "due", "expected"), past words
//! (xpos VBD, "said", irregular pasts, "-ed" forms).

use crate::lexicon::*;
use crate::scan::Ctx;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    /// "would", or a future reached through a noun: ahead for a weekday, but no reason
    /// to push a month or a date into next year ("vowed Britain would leave on Oct.
    /// 31", "is likely to face questions about the July 25 call").
    FutureInPast,
    /// Read but ambiguous (a present verb through a noun, an infinitive under a past
    /// verb: "agreed to resign on Tuesday", "hoped to finish by June"): the nearest.
    Nearest,
    /// Nothing to read: the nearest weekday or date, a past month (news reports).
    Unknown,
}

/// The tense governing the expression on tokens `[a, b)` of the sentence `[s, e)`.
pub fn tense(cx: &Ctx, a: usize, b: usize, s: usize, e: usize) -> Tense {
    // "officials said Tuesday they will …": the weekday dates the report.
    let mut p = a;
    while p > s && matches!(cx.lw(p - 1), "on" | "late" | "early" | "last") {
        p -= 1;
    }
    if p > s && SAID_WORDS.contains(&cx.lw(p - 1)) {
        return Tense::Past;
    }
    if let Some(t) = parse_tense(cx, a, b, s, e) {
        return t;
    }
    word_tense(cx, a, b, s, e)
}

/// The token of `[a, b)` whose head lies outside it.
pub fn root_of(cx: &Ctx, a: usize, b: usize) -> Option<usize> {
    (a..b).find(|&i| cx.doc.tokens[i].head.is_some_and(|h| h < a || h >= b))
}

fn is_verbal(cx: &Ctx, i: usize) -> bool {
    let t = &cx.doc.tokens[i];
    matches!(t.upos.as_deref(), Some("VERB") | Some("AUX"))
        || t.xpos.as_deref().is_some_and(|x| x.starts_with("VB"))
}

/// A future reached through a noun ("is likely to face questions about Trump's July 25
/// call") looks ahead for a weekday but does not push a date into next year.
fn weak_if(via_noun: bool) -> Tense {
    if via_noun {
        Tense::FutureInPast
    } else {
        Tense::Future
    }
}

fn parse_tense(cx: &Ctx, a: usize, b: usize, s: usize, e: usize) -> Option<Tense> {
    let r = root_of(cx, a, b)?;
    let mut n = cx.doc.tokens[r].head?;
    let mut from = r;
    // Reached through a noun ("the testimony Tuesday", "Trump's July 25 call"): a present
    // predicate above says nothing about when the noun's event was.
    let mut via_noun = false;
    // Passed an infinitive ("agreed to resign on Tuesday"): a past verb above dates the
    // agreement, not the act.
    let mut via_infinitive = false;
    for _ in 0..12 {
        if n < s || n >= e {
            return None;
        }
        let w = cx.lw(n);
        let via_xcomp = from != r && cx.doc.tokens[from].deprel.as_deref() == Some("xcomp");
        if (from == r && FUTURE_DIRECT.contains(&w)) || (via_xcomp && FUTURE_GOV.contains(&w)) {
            return Some(weak_if(via_noun));
        }
        // The predicate: a verb, or a word with a copula ("is due", "was quiet").
        let children = (s..e).filter(|&c| cx.doc.tokens[c].head == Some(n));
        let mut aux: [usize; 6] = [usize::MAX; 6];
        let mut na = 0;
        let mut has_cop = false;
        for c in children {
            let rel = cx.doc.tokens[c].deprel.as_deref().unwrap_or("");
            if rel.starts_with("aux") || rel == "cop" || (rel == "mark" && cx.lw(c) == "to") {
                has_cop |= rel == "cop";
                if na < aux.len() {
                    aux[na] = c;
                    na += 1;
                }
            }
        }
        if is_verbal(cx, n) || has_cop {
            // A complement ("agreed to resign", "an offer to host") looks ahead of its
            // head; a purpose clause ("defied a ban to take to the streets") does not.
            via_infinitive |= aux[..na].iter().any(|&c| cx.lw(c) == "to")
                && match cx.doc.tokens[n].deprel.as_deref() {
                    Some("xcomp") | Some("ccomp") => true,
                    Some("acl") => cx.doc.tokens[n].head.is_some_and(|h| {
                        h < cx.doc.tokens.len() && PROSPECT_NOUNS.contains(&cx.lw(h))
                    }),
                    _ => false,
                };
            if let Some(t) = predicate_tense(cx, n, &aux[..na]) {
                // "follows the testimony Tuesday", "comes days after": relations, not
                // schedules.
                if t == Tense::Present && (via_noun || RELATIONAL_PRESENT.contains(&cx.lw(n))) {
                    return Some(Tense::Nearest);
                }
                if t == Tense::Past && via_infinitive {
                    return Some(Tense::Nearest);
                }
                if t == Tense::Future {
                    return Some(weak_if(via_noun));
                }
                return Some(t);
            }
        } else if matches!(
            cx.doc.tokens[n].upos.as_deref(),
            Some("NOUN") | Some("PROPN") | Some("PRON") | Some("NUM")
        ) || cx.doc.tokens[n]
            .xpos
            .as_deref()
            .is_some_and(|x| x.starts_with("NN") || x == "PRP" || x == "CD")
        {
            via_noun = true;
        }
        let rel = cx.doc.tokens[n].deprel.as_deref().unwrap_or("");
        if rel == "root" {
            return None;
        }
        from = n;
        n = cx.doc.tokens[n].head?;
    }
    None
}

/// Tense of a predicate from its auxiliaries and its own tag; `None` for an infinitive
/// or a bare participle, whose tense comes from higher up.
fn predicate_tense(cx: &Ctx, n: usize, aux: &[usize]) -> Option<Tense> {
    let xpos = cx.doc.tokens[n].xpos.as_deref().unwrap_or("");
    let mut infinitive = false;
    let mut past = false;
    let mut present = false;
    let mut perfect = false;
    for &c in aux {
        let w = cx.lw(c);
        match w {
            "will" | "'ll" | "shall" | "wo" => return Some(Tense::Future),
            "would" | "'d" => return Some(Tense::FutureInPast),
            "to" => infinitive = true,
            "have" | "has" | "'ve" => perfect = true,
            _ => {}
        }
        if FORWARD_MODALS.contains(&w) {
            return Some(Tense::Future);
        }
        let cx_pos = cx.doc.tokens[c].xpos.as_deref().unwrap_or("");
        if cx_pos == "VBD" || matches!(w, "was" | "were" | "had" | "did") {
            past = true;
        } else if cx_pos == "VBZ"
            || cx_pos == "VBP"
            || matches!(w, "is" | "are" | "am" | "'s" | "'re" | "'m" | "does" | "do")
        {
            present = true;
        }
    }
    if past || perfect {
        return Some(Tense::Past);
    }
    if infinitive {
        return None;
    }
    if present {
        return Some(Tense::Present);
    }
    match xpos {
        "VBD" => Some(Tense::Past),
        "VBN" => Some(Tense::Past),
        "VBZ" | "VBP" => Some(Tense::Present),
        _ => {
            let w = cx.lw(n);
            if IRREGULAR_PAST.contains(&w) {
                Some(Tense::Past)
            } else {
                None
            }
        }
    }
}

/// What a single word says about tense, if anything.
fn marker(cx: &Ctx, i: usize, e: usize) -> Option<Tense> {
    let w = cx.lw(i);
    if w.is_empty() || !w.as_bytes()[0].is_ascii_alphabetic() && w.as_bytes()[0] != b'\'' {
        return None;
    }
    let next = if i + 1 < e { cx.lw(i + 1) } else { "" };
    if w == "would" {
        return Some(Tense::FutureInPast);
    }
    if FUTURE_DIRECT.contains(&w) {
        return Some(Tense::Future);
    }
    if FUTURE_GOV.contains(&w) && (next == "to" || next == "na") {
        return Some(Tense::Future);
    }
    let xpos = cx.doc.tokens[i].xpos.as_deref();
    let prev = if i > 0 { cx.lw(i - 1) } else { "" };
    // "will be held", "is set for": a participle after "be" has no tense of its own
    // ("was held" gets its past from "was").
    let after_be = matches!(
        prev,
        "be" | "been" | "being" | "is" | "are" | "am" | "'s" | "'re" | "was" | "were"
    );
    if matches!(xpos, Some("VBZ") | Some("VBP")) {
        return Some(Tense::Present);
    }
    if xpos == Some("VBD") || (!after_be && IRREGULAR_PAST.contains(&w)) {
        return Some(Tense::Past);
    }
    // "-ed" forms of the text as written in lower case (not "United"), less the words
    // that only look like pasts.
    if xpos.is_none()
        && !after_be
        && w.len() >= 5
        && w.ends_with("ed")
        && cx.word(i).bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_PAST_ED.contains(&w)
    {
        return Some(Tense::Past);
    }
    None
}

fn word_tense(cx: &Ctx, a: usize, b: usize, s: usize, e: usize) -> Tense {
    // The nearest marker: up to 12 tokens to the left, 10 to the right; left wins ties.
    for d in 1..=12usize {
        if a >= s + d {
            if let Some(t) = marker(cx, a - d, e) {
                return t;
            }
        }
        if d <= 10 && b + d - 1 < e {
            if let Some(t) = marker(cx, b + d - 1, e) {
                return t;
            }
        }
    }
    Tense::Unknown
}
