//! Event dates: the time expression that governs a clause, resolved against the reference
//! (publication) date. Uses the `timexes` layer when the time stage has filled it, and a
//! small resolver of its own for the expressions news uses most ("on Tuesday",
//! "yesterday", "July 10") otherwise.

use crate::Coder;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use eventwire_model::Document;
use eventwire_time::lexicon;

/// The reference date of a document and whether it was inferred: the publication date;
/// without one, the latest full date among the document's time expressions (the time
/// stage resolves those without a reference).
pub(crate) fn reference_date(doc: &Document) -> Option<(NaiveDate, bool)> {
    // the time stage's reference: publication date, dateline, latest full date
    if let Some((d, inferred)) = eventwire_time::reference_date(doc) {
        if let Ok(d) = NaiveDate::parse_from_str(d.get(..10).unwrap_or(&d), "%Y-%m-%d") {
            return Some((d, inferred));
        }
    }
    if let Some(d) = doc
        .published
        .as_deref()
        .and_then(|p| NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok())
    {
        return Some((d, false));
    }
    doc.timexes
        .iter()
        .filter_map(|t| NaiveDate::parse_from_str(t.value.get(..10)?, "%Y-%m-%d").ok())
        .max()
        .map(|d| (d, true))
}

/// Weekday and month words come from the time stage's lexicon, so both stages read the
/// same vocabulary.
fn weekday(w: &str) -> Option<Weekday> {
    let i = lexicon::WEEKDAYS.iter().position(|d| *d == w)?;
    Weekday::try_from(i as u8).ok()
}

pub(crate) fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_lowercase();
    if let Some(i) = lexicon::MONTHS.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    lexicon::MONTH_ABBR
        .iter()
        .find(|(a, _)| *a == w)
        .map(|(_, m)| *m)
        .or((w == "may").then_some(5))
}

/// The most recent `day` on or before `r` ("on Tuesday" in a story of Wednesday is
/// yesterday; on the day itself, today), or after it for `forward`.
pub(crate) fn resolve_weekday(r: NaiveDate, day: Weekday, forward: bool) -> NaiveDate {
    let a = r.weekday().num_days_from_monday() as i64;
    let b = day.num_days_from_monday() as i64;
    if forward {
        r + Duration::days((b - a).rem_euclid(7))
    } else {
        r - Duration::days((a - b).rem_euclid(7))
    }
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The date stated in a clause, with its text.
/// The value of a time expression that modifies the verb itself ("seized ... in 1967"), at
/// whatever precision the text gives ("1967", "2024-12", "2025-01-28"); one inside an
/// argument ("the release of material in 2010") does not count.
pub(crate) fn verb_timex_value(c: &Coder, v: usize) -> Option<String> {
    let doc = c.doc;
    c.children[v].iter().find_map(|&t| {
        let span = doc.tokens[t].span;
        doc.timexes
            .iter()
            .find(|tx| tx.span.start <= span.start && span.end <= tx.span.end)
            .map(|tx| tx.value.clone())
    })
}

/// A year ("2024") or a month ("2024-12"): a date at coarser precision than a day.
fn is_coarse_date(v: &str) -> bool {
    let b = v.as_bytes();
    (b.len() == 4 || (b.len() == 7 && b[4] == b'-'))
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
}

pub(crate) fn clause_date(c: &Coder, clause: &[usize]) -> (Option<String>, Option<String>) {
    let doc = c.doc;
    // the time stage's governing expression of the clause's verb first
    if let Some(&v) = clause.first() {
        let head = clause
            .iter()
            .copied()
            .find(|&t| doc.tokens[t].head.is_none_or(|h| !clause.contains(&h)))
            .unwrap_or(v);
        if let Some(i) = eventwire_time::governing_timex(doc, head) {
            let tx = &doc.timexes[i];
            if let Some(d) = tx
                .value
                .get(..10)
                .and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
            {
                return (Some(iso(d)), Some(doc.text[tx.span.range()].to_string()));
            }
            // "Last year, Moscow and Beijing agreed ...": a year or a month at the precision
            // the text gives, rather than the story's day
            if is_coarse_date(&tx.value) {
                return (
                    Some(tx.value.clone()),
                    Some(doc.text[tx.span.range()].to_string()),
                );
            }
        }
    }
    // the time stage's layer first
    for tx in &doc.timexes {
        let inside = clause.iter().any(|&t| {
            doc.tokens[t].span.start <= tx.span.start && tx.span.start < doc.tokens[t].span.end
        });
        if inside && tx.value.len() >= 10 {
            if let Ok(d) = NaiveDate::parse_from_str(&tx.value[..10], "%Y-%m-%d") {
                return (Some(iso(d)), Some(doc.text[tx.span.range()].to_string()));
            }
        }
    }
    let Some(r) = c.reference else {
        return (None, None);
    };
    let forward = clause
        .iter()
        .any(|&t| matches!(c.lower[t].as_str(), "will" | "'ll" | "next" | "shall"));
    for (k, &t) in clause.iter().enumerate() {
        let w = c.lower[t].as_str();
        let prev = k.checked_sub(1).map(|p| c.lower[clause[p]].as_str());
        let text = |a: usize, b: usize| -> String {
            doc.text[doc.tokens[a].span.start..doc.tokens[b].span.end].to_string()
        };
        match w {
            "today" | "tonight" => return (Some(iso(r)), Some(text(t, t))),
            "yesterday" => return (Some(iso(r - Duration::days(1))), Some(text(t, t))),
            "tomorrow" => return (Some(iso(r + Duration::days(1))), Some(text(t, t))),
            _ => {}
        }
        if let Some(day) = weekday(w) {
            let d = match prev {
                Some("last") => {
                    let d = resolve_weekday(r, day, false);
                    if d == r {
                        d - Duration::days(7)
                    } else {
                        d
                    }
                }
                Some("next") | Some("this") if forward => resolve_weekday(r, day, true),
                _ => resolve_weekday(r, day, forward),
            };
            return (Some(iso(d)), Some(text(t, t)));
        }
        if let Some(mo) = month(w) {
            // "July 10" or "10 July"
            let next = clause.get(k + 1).filter(|&&n| n == t + 1);
            let day_after =
                next.and_then(|&n| c.lower[n].trim_end_matches(',').parse::<u32>().ok());
            let day_before = prev
                .filter(|_| k > 0 && clause[k - 1] + 1 == t)
                .and_then(|p| p.parse::<u32>().ok());
            let (day, a, b) = match (day_after, day_before) {
                (Some(d), _) => (d, t, t + 1),
                (None, Some(d)) => (d, t - 1, t),
                _ => continue,
            };
            if !(1..=31).contains(&day) {
                continue;
            }
            let mut y = r.year();
            if let Some(&yy) = clause.get(k + 2) {
                if let Ok(v) = c.lower[yy].parse::<i32>() {
                    if (1900..2100).contains(&v) && yy == b + 1 {
                        y = v;
                    }
                }
            }
            if let Some(mut d) = NaiveDate::from_ymd_opt(y, mo, day) {
                if y == r.year() && !forward && d > r + Duration::days(31) {
                    d = NaiveDate::from_ymd_opt(y - 1, mo, day).unwrap_or(d);
                }
                return (Some(iso(d)), Some(text(a, b)));
            }
        }
    }
    (None, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_and_month_words_come_from_the_time_lexicon() {
        assert_eq!(weekday("monday"), Some(Weekday::Mon));
        assert_eq!(weekday("sunday"), Some(Weekday::Sun));
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("May"), Some(5));
        assert_eq!(month("december"), Some(12));
        assert_eq!(month("maybe"), None);
    }

    #[test]
    fn the_reference_is_inferred_from_full_dates_without_a_publication_date() {
        let mut d = Document {
            text: "On January 28, 2025, talks began.".into(),
            ..Document::default()
        };
        assert_eq!(reference_date(&d), None);
        d.timexes.push(eventwire_model::Timex {
            span: eventwire_model::Span::new(3, 19),
            value: "2025-01-28".into(),
        });
        assert_eq!(
            reference_date(&d),
            Some((NaiveDate::from_ymd_opt(2025, 1, 28).unwrap(), true))
        );
        d.published = Some("2025-01-30".into());
        assert_eq!(
            reference_date(&d),
            Some((NaiveDate::from_ymd_opt(2025, 1, 30).unwrap(), false))
        );
    }

    #[test]
    fn weekdays_resolve_backwards_from_the_reference() {
        let r = NaiveDate::from_ymd_opt(2025, 1, 30).unwrap(); // a Thursday
        assert_eq!(
            resolve_weekday(r, Weekday::Tue, false),
            NaiveDate::from_ymd_opt(2025, 1, 28).unwrap()
        );
        assert_eq!(resolve_weekday(r, Weekday::Thu, false), r);
        assert_eq!(
            resolve_weekday(r, Weekday::Mon, true),
            NaiveDate::from_ymd_opt(2025, 2, 3).unwrap()
        );
        assert_eq!(month("Nov."), Some(11));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(month("may"), Some(5));
    }
}
