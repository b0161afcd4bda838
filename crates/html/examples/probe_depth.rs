//! Probe: how do our HTML dependencies cope with N nested `<div>`s (8 MiB stack)?
//! `probe_depth <dom_smoothie|scraper|dom_query_text> N` (a stack overflow aborts the process).
//!
//! Measured (release build, this project's 2-core dev machine): parsing and text collection in scraper and dom_query
//! survive 100,000 levels; dom_smoothie does not overflow but is super-linear in depth
//! (depth 1,000: 0.1 s, 3,000: 1.1 s, 10,000: 17 s, 30,000: > 120 s), which is why
//! `extract` sends pages deeper than `MAX_DEPTH` to the flat extractor.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let which = args.get(1).cloned().unwrap_or_default();
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let html = format!(
        "<html><body>{}<p>deep text, with commas, enough words to count.</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let h = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || match which.as_str() {
            "dom_smoothie" => {
                let mut r = dom_smoothie::Readability::new(html.as_str(), None, None).unwrap();
                format!("{:?}", r.parse().map(|a| a.text_content.len()))
            }
            "scraper" => {
                let d = scraper::Html::parse_document(&html);
                format!("{}", d.root_element().text().count())
            }
            _ => {
                let d = dom_query::Document::from(html.as_str());
                format!("{}", d.root().text().len())
            }
        })
        .unwrap();
    println!("{n}: {}", h.join().unwrap());
}
