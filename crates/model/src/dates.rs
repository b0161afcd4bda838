//! Publication dates as they come in metadata, normalised to `YYYY-MM-DD`.

/// Normalises a date or timestamp to its calendar date, **in the time zone it was written
/// in**: `2025-01-29T23:30:00-05:00` is the 29th, as the outlet printed it, not the 30th
/// in UTC. ISO dates (`-`, `/` or `.`), compact `20250129`, RFC 2822 and written dates
/// ("January 29, 2025", "29 Jan. 2025") are read; anything else is `None`.
pub fn normalise_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    let valid = |y: &str, m: &str, d: &str| -> Option<String> {
        let (yi, mi, di) = (
            y.parse::<u32>().ok()?,
            m.parse::<u32>().ok()?,
            d.parse::<u32>().ok()?,
        );
        chrono::NaiveDate::from_ymd_opt(yi as i32, mi, di)?;
        (1900..=2100)
            .contains(&yi)
            .then(|| format!("{yi:04}-{mi:02}-{di:02}"))
    };
    // 2025-01-29..., 2025/01/29...
    if digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && matches!(b[4], b'-' | b'/' | b'.')
        && b[7] == b[4]
    {
        return valid(&s[0..4], &s[5..7], &s[8..10]);
    }
    // 20250129...
    if digits(0..8) && !digits(8..9) {
        return valid(&s[0..4], &s[4..6], &s[6..8]);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.format("%Y-%m-%d").to_string());
    }
    parse_month_name_date(s)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// "January 29, 2025", "29 January 2025", "Jan. 29, 2025".
fn parse_month_name_date(s: &str) -> Option<String> {
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let Some(m) = MONTHS
            .iter()
            .position(|p| w.len() >= 3 && w.starts_with(p) && (w.len() == 3 || is_full_month(w)))
        else {
            continue;
        };
        let num = |x: Option<&String>| x.and_then(|x| x.parse::<u32>().ok());
        let (day, year) = match (num(words.get(i + 1)), num(words.get(i + 2))) {
            (Some(d), Some(y)) if d <= 31 && y > 1900 => (d, y),
            _ => match (
                i.checked_sub(1).and_then(|j| num(words.get(j))),
                num(words.get(i + 1)),
            ) {
                (Some(d), Some(y)) if d <= 31 && y > 1900 => (d, y),
                _ => continue,
            },
        };
        if chrono::NaiveDate::from_ymd_opt(year as i32, m as u32 + 1, day).is_some() && year <= 2100
        {
            return Some(format!("{year:04}-{:02}-{day:02}", m + 1));
        }
    }
    None
}

fn is_full_month(w: &str) -> bool {
    [
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "sept",
        "october",
        "november",
        "december",
    ]
    .contains(&w)
}

#[cfg(test)]
mod tests {
    use super::normalise_date as n;

    #[test]
    fn keeps_the_sources_calendar_date() {
        assert_eq!(
            n("2025-01-29T23:30:00-05:00").as_deref(),
            Some("2025-01-29")
        );
        assert_eq!(n("2025-01-29").as_deref(), Some("2025-01-29"));
        assert_eq!(n("2025-01-29 08:00").as_deref(), Some("2025-01-29"));
        assert_eq!(
            n("Wed, 29 Jan 2025 23:10:00 -0500").as_deref(),
            Some("2025-01-29")
        );
    }

    #[test]
    fn reads_written_dates() {
        assert_eq!(n("January 29, 2025").as_deref(), Some("2025-01-29"));
        assert_eq!(n("29 Jan. 2025").as_deref(), Some("2025-01-29"));
        assert_eq!(n("Jan 29 2025").as_deref(), Some("2025-01-29"));
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(n("yesterday"), None);
        assert_eq!(n("2025-13-40"), None);
        assert_eq!(n(""), None);
    }
}
