//! Event exports: GDELT 2.0 event-table rows and a flat CSV.

use chrono::{Datelike, NaiveDate};
use eventwire_model::{Actor, Document, Event};

/// The CSV columns of [`csv_rows`], one event a row.
pub const CSV_HEADER: &str = "doc_id,event_index,date,date_text,date_inferred,planned_date,\
source_code,source_name,source_entity,target_code,target_name,target_entity,code,root_code,\
label,goldstein,quad_class,location_name,location_country,location_entity,negated,\
hypothetical,confidence,rule,evidence_start,evidence_end,evidence";

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One CSV row per event (fields as [`CSV_HEADER`] names them; evidence offsets are
/// code points, like the JSON output).
pub fn csv_rows(doc: &Document) -> Vec<String> {
    let offsets = eventwire_model::json::CharOffsets::new(&doc.text);
    doc.events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let t = e.target.as_ref();
            let loc = e.location.as_ref();
            let f: Vec<String> = vec![
                doc.id.clone(),
                i.to_string(),
                e.date.clone().unwrap_or_default(),
                e.date_text.clone().unwrap_or_default(),
                e.date_inferred.to_string(),
                e.planned_date.clone().unwrap_or_default(),
                e.source.code.clone().unwrap_or_default(),
                e.source.name.clone(),
                e.source.entity.clone().unwrap_or_default(),
                t.and_then(|a| a.code.clone()).unwrap_or_default(),
                t.map(|a| a.name.clone()).unwrap_or_default(),
                t.and_then(|a| a.entity.clone()).unwrap_or_default(),
                e.code.clone(),
                e.root_code.clone(),
                e.label.clone(),
                format!("{}", e.goldstein),
                e.quad_class.to_string(),
                loc.map(|l| l.name.clone()).unwrap_or_default(),
                loc.and_then(|l| l.country.clone()).unwrap_or_default(),
                loc.and_then(|l| l.entity.clone()).unwrap_or_default(),
                e.negated.to_string(),
                e.hypothetical.to_string(),
                format!("{:.2}", e.confidence),
                e.rule.clone(),
                offsets.char_of(e.evidence.start).to_string(),
                offsets.char_of(e.evidence.end).to_string(),
                doc.text[e.evidence.range()]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            ];
            f.iter().map(|x| csv_field(x)).collect::<Vec<_>>().join(",")
        })
        .collect()
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// The GDELT actor columns 6–15 (code, name, country, known group, ethnic, religion 1/2,
/// type 1/2/3) of an actor.
fn actor_cols(a: Option<&Actor>) -> Vec<String> {
    let mut cols = vec![String::new(); 10];
    let Some(a) = a else { return cols };
    let code = a.code.clone().unwrap_or_default();
    cols[0] = code.clone();
    cols[1] = clean(&a.name).to_uppercase();
    if code.len() >= 3 {
        let (c, rest) = code.split_at(3);
        if c == "IGO" || c == "NGO" || c == "MNC" {
            cols[3] = code.get(3..6).unwrap_or("").to_string();
        } else {
            cols[2] = c.to_string();
            for (k, chunk) in rest.as_bytes().chunks(3).take(3).enumerate() {
                cols[7 + k] = String::from_utf8_lossy(chunk).to_string();
            }
        }
    }
    cols
}

/// GDELT 2.0 event-table rows: 61 tab-separated columns in the codebook's order, the
/// columns we know filled, the rest empty (DATEADDED included).
pub fn gdelt_rows(doc: &Document) -> Vec<String> {
    let lead_end = doc.text.find("\n\n").unwrap_or(doc.text.len());
    doc.events
        .iter()
        .enumerate()
        .map(|(i, e)| gdelt_row(doc, i, e, lead_end))
        .collect()
}

fn gdelt_row(doc: &Document, i: usize, e: &Event, lead_end: usize) -> String {
    let mut c = vec![String::new(); 61];
    c[0] = format!("{}-{}", doc.id, i);
    if let Some(d) = e
        .date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok())
    {
        c[1] = d.format("%Y%m%d").to_string();
        c[2] = d.format("%Y%m").to_string();
        c[3] = d.year().to_string();
        c[4] = format!("{:.4}", d.year() as f64 + d.ordinal() as f64 / 365.0);
    } else if let Some(d) = e.date.as_deref().filter(|d| d.len() >= 4) {
        // a year or a month only ("2024", "2024-12"): the columns that precision fills
        c[3] = d[..4].to_string();
        if d.len() == 7 {
            c[2] = d.replace('-', "");
        }
    }
    for (k, v) in actor_cols(Some(&e.source)).into_iter().enumerate() {
        c[5 + k] = v;
    }
    for (k, v) in actor_cols(e.target.as_ref()).into_iter().enumerate() {
        c[15 + k] = v;
    }
    c[25] = if e.evidence.start < lead_end {
        "1"
    } else {
        "0"
    }
    .into();
    c[26] = e.code.clone();
    c[27] = e.code.get(..3).unwrap_or(&e.code).to_string();
    c[28] = e.root_code.clone();
    c[29] = e.quad_class.to_string();
    c[30] = format!("{:.1}", e.goldstein);
    c[31] = "1".into();
    c[32] = "1".into();
    c[33] = "1".into();
    if let Some(l) = &e.location {
        c[52] = clean(&l.name);
    }
    c[60] = doc.url.clone().map(|u| clean(&u)).unwrap_or_default();
    c.join("\t")
}

#[cfg(test)]
mod tests {
    use super::*;
    use eventwire_model::Span;

    fn doc() -> Document {
        let mut d = Document {
            id: "a".into(),
            text: "Russia visited Syria.".into(),
            url: Some("https://x.invalid/a".into()),
            ..Document::default()
        };
        d.events.push(Event {
            source: Actor {
                entity: Some("loc:RUS".into()),
                name: "Russia".into(),
                code: Some("RUSGOV".into()),
            },
            target: Some(Actor {
                entity: Some("loc:SYR".into()),
                name: "Syria".into(),
                code: Some("SYR".into()),
            }),
            code: "042".into(),
            root_code: "04".into(),
            label: "Make a visit".into(),
            goldstein: 1.9,
            quad_class: 1,
            date: Some("2025-01-28".into()),
            date_text: None,
            date_inferred: false,
            planned_date: None,
            location: None,
            evidence: Span::new(0, 20),
            rule: "visit:042:nsubj-obj".into(),
            negated: false,
            hypothetical: false,
            confidence: 0.9,
        });
        d
    }

    #[test]
    fn gdelt_rows_have_61_columns() {
        let rows = gdelt_rows(&doc());
        assert_eq!(rows.len(), 1);
        let c: Vec<&str> = rows[0].split('\t').collect();
        assert_eq!(c.len(), 61);
        assert_eq!(c[1], "20250128");
        assert_eq!(c[5], "RUSGOV");
        assert_eq!(c[7], "RUS");
        assert_eq!(c[12], "GOV");
        assert_eq!(c[15], "SYR");
        assert_eq!(c[26], "042");
        assert_eq!(c[28], "04");
        assert_eq!(c[59], "");
        assert_eq!(c[60], "https://x.invalid/a");
    }

    #[test]
    fn a_month_or_year_fills_only_its_gdelt_columns() {
        let mut d = doc();
        d.events[0].date = Some("2024-12".into());
        let row = gdelt_rows(&d).remove(0);
        let c: Vec<&str> = row.split('\t').collect();
        assert_eq!((c[1], c[2], c[3], c[4]), ("", "202412", "2024", ""));
        d.events[0].date = Some("2024".into());
        let row = gdelt_rows(&d).remove(0);
        let c: Vec<&str> = row.split('\t').collect();
        assert_eq!((c[1], c[2], c[3]), ("", "", "2024"));
    }

    #[test]
    fn csv_rows_match_the_header() {
        let rows = csv_rows(&doc());
        let n = CSV_HEADER.split(',').count();
        assert_eq!(rows[0].split(',').count(), n);
        assert!(rows[0].contains("RUSGOV"));
    }
}
