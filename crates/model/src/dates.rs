//! Publication dates as they come in metadata, normalised to `YYYY-MM-DD`.

use chrono::{DateTime, NaiveDate};

/// Normalises a date or timestamp to its calendar date, **in the time zone it was written
/// in**: `2025-01-29T23:30:00-05:00` is the 29th, as the outlet printed it, not the 30th
/// in UTC. Returns `None` for anything that is not recognisably a date.
pub fn normalise_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() >= 10 {
        if let Some(head) = s.get(..10) {
            if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
                let rest = &s[10..];
                if rest.is_empty() || rest.starts_with(['T', ' ', 't']) {
                    return Some(d.format("%Y-%m-%d").to_string());
                }
            }
        }
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive().format("%Y-%m-%d").to_string());
    }
    let cleaned: String = s.replace([',', '.'], " ");
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    for fmt in [
        "%B %d %Y",
        "%b %d %Y",
        "%d %B %Y",
        "%d %b %Y",
        "%Y/%m/%d",
        "%A %B %d %Y",
        "%a %b %d %Y",
        "%A %d %B %Y",
        "%a %d %b %Y",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(&cleaned, fmt) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    None
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
