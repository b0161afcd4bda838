//! From what an expression says to an ISO 8601 value, against a reference date.

use crate::scan::{Kind, Rel, Unit};
use crate::tense::Tense;
use chrono::{Datelike, Days, NaiveDate, Weekday};

pub fn fmt_day(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn fmt_month(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

fn fmt_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn fmt_decade(d: i32) -> String {
    format!("{d:03}")
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// (year, month) plus `n` months.
fn add_months(y: i32, m: u32, n: i64) -> (i32, u32) {
    let idx = y as i64 * 12 + (m as i64 - 1) + n;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

/// Does the expression need the clause's tense to be resolved?
pub fn needs_tense(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::MonthDay(..)
            | Kind::Month(_, Rel::Bare)
            | Kind::Weekday(_, Rel::Bare)
            | Kind::Weekend
    )
}

/// The day `wd` relative to `r`: past → on or before, future/present → on or after,
/// unknown → the nearest; "last" → strictly before, "next" → strictly after, "this" →
/// in `r`'s ISO week.
pub fn weekday_date(r: NaiveDate, wd: Weekday, rel: Rel, tense: Tense) -> Option<NaiveDate> {
    let cur = r.weekday().num_days_from_monday() as i64;
    let want = wd.num_days_from_monday() as i64;
    let back = (cur - want).rem_euclid(7); // days back to the one on or before
    let fwd = (want - cur).rem_euclid(7); // days ahead to the one on or after
    let off = match rel {
        Rel::Last => -(if back == 0 { 7 } else { back }),
        Rel::Next => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Rel::This => want - cur,
        Rel::Bare => match tense {
            Tense::Past => -back,
            Tense::Future | Tense::Present | Tense::FutureInPast => fwd,
            Tense::Unknown | Tense::Nearest => {
                if back <= fwd {
                    -back
                } else {
                    fwd
                }
            }
        },
    };
    add_days(r, off)
}

/// The year for a month (and day) without one: the nearest to the reference, then moved
/// a year back when a past clause would put it more than a day after the reference, or
/// a year ahead when a future one would put it more than a day before.
fn year_for(r: NaiveDate, m: u32, d: u32, tense: Tense) -> Option<i32> {
    let mut best: Option<(i64, i32)> = None;
    for y in [r.year() - 1, r.year(), r.year() + 1] {
        let Some(c) = NaiveDate::from_ymd_opt(y, m, d) else {
            continue;
        };
        let dist = (c - r).num_days().abs();
        if best.is_none_or(|(bd, _)| dist < bd) {
            best = Some((dist, y));
        }
    }
    let (_, mut y) = best?;
    let date = |y: i32| NaiveDate::from_ymd_opt(y, m, d);
    match tense {
        Tense::Past if date(y).is_some_and(|c| (c - r).num_days() > 1) => {
            y -= 1;
            // 29 February: back to the last leap year.
            while date(y).is_none() && y > r.year() - 8 {
                y -= 1;
            }
        }
        Tense::Future if date(y).is_some_and(|c| (r - c).num_days() > 1) => {
            y += 1;
            while date(y).is_none() && y < r.year() + 8 {
                y += 1;
            }
        }
        _ => {}
    }
    date(y).map(|_| y)
}

/// The value of an expression, or `None` when it is relative and there is no
/// reference. `tense` is only read for the kinds [`needs_tense`] names.
pub fn value(kind: Kind, r: Option<NaiveDate>, tense: Tense) -> Option<String> {
    match kind {
        Kind::Full(d) => Some(fmt_day(d)),
        Kind::MonthYear(y, m) => Some(fmt_month(y, m)),
        Kind::Year(y) => Some(format!("{y:04}")),
        Kind::Decade(d) => Some(fmt_decade(d)),
        Kind::MonthDay(m, d) => {
            let r = r?;
            let y = year_for(r, m, d, tense)?;
            NaiveDate::from_ymd_opt(y, m, d).map(fmt_day)
        }
        Kind::Month(m, rel) => {
            let r = r?;
            let (ry, rm) = (r.year(), r.month());
            let y = match rel {
                Rel::This => ry,
                Rel::Last => {
                    if m < rm {
                        ry
                    } else {
                        ry - 1
                    }
                }
                Rel::Next => {
                    if m > rm {
                        ry
                    } else {
                        ry + 1
                    }
                }
                Rel::Bare => match tense {
                    // With nothing to read, a month is a past one: news reports.
                    Tense::Past | Tense::Unknown => {
                        if m <= rm {
                            ry
                        } else {
                            ry - 1
                        }
                    }
                    Tense::Future => {
                        if m >= rm {
                            ry
                        } else {
                            ry + 1
                        }
                    }
                    Tense::Nearest | Tense::Present | Tense::FutureInPast => {
                        // The nearest such month.
                        let diff = m as i32 - rm as i32;
                        if diff > 6 {
                            ry - 1
                        } else if diff < -6 {
                            ry + 1
                        } else {
                            ry
                        }
                    }
                },
            };
            Some(fmt_month(y, m))
        }
        Kind::Weekday(wd, rel) => weekday_date(r?, wd, rel, tense).map(fmt_day),
        Kind::Weekend => weekday_date(r?, Weekday::Sat, Rel::Bare, tense).map(fmt_week),
        Kind::Offset(unit, n) => {
            let r = r?;
            match unit {
                Unit::Day => add_days(r, n).map(fmt_day),
                Unit::Week => add_days(r, n.checked_mul(7)?).map(fmt_week),
                Unit::Month => {
                    let (y, m) = add_months(r.year(), r.month(), n);
                    Some(fmt_month(y, m))
                }
                Unit::Year => Some(format!("{:04}", r.year() as i64 + n)),
                Unit::Decade => Some(fmt_decade(((r.year() as i64 + 10 * n) / 10) as i32)),
            }
        }
    }
}
