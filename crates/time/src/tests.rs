use super::*;
use eventwire_model::Post;

fn doc(text: &str, published: Option<&str>) -> Document {
    let mut d = Document {
        text: text.to_string(),
        published: published.map(str::to_string),
        ..Document::default()
    };
    eventwire_segment::annotate(&mut d);
    d
}

fn found(d: &Document) -> Vec<(String, String)> {
    d.timexes
        .iter()
        .map(|t| (d.slice(t.span).to_string(), t.value.clone()))
        .collect()
}

/// Runs the stage on `text` published on `published` and compares every timex.
#[track_caller]
fn check(text: &str, published: &str, want: &[(&str, &str)]) {
    let mut d = doc(text, (!published.is_empty()).then_some(published));
    annotate(&mut d);
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(found(&d), want, "in {text:?}");
}

// 2025-01-29 is a Wednesday (ISO week 5).
const WED: &str = "2025-01-29";

#[test]
fn absolute_dates_in_news_forms() {
    check(
        "The talks began on January 29, 2025 in Doha.",
        WED,
        &[("January 29, 2025", "2025-01-29")],
    );
    check(
        "It happened on 29 January 2025 and on Jan. 3, 2024.",
        WED,
        &[
            ("29 January 2025", "2025-01-29"),
            ("Jan. 3, 2024", "2024-01-03"),
        ],
    );
    check(
        "The deal was signed on 2025-01-20.",
        WED,
        &[("2025-01-20", "2025-01-20")],
    );
    check(
        "The deal was signed on 20/01/2025.",
        WED,
        &[("20/01/2025", "2025-01-20")],
    );
    check(
        "The deal was signed on 1/20/2025.",
        WED,
        &[("1/20/2025", "2025-01-20")],
    );
    // 01/02/2025 could be either order: left out.
    check("The deal was signed on 01/02/2025.", WED, &[]);
    check(
        "The 29th of January 2025 was cold.",
        WED,
        &[("29th of January 2025", "2025-01-29")],
    );
    check(
        "Elections were held in January 2020 and in Sept. 2021.",
        WED,
        &[("January 2020", "2020-01"), ("Sept. 2021", "2021-09")],
    );
    check(
        "Troops left on Tuesday, January 28, 2025.",
        WED,
        &[("Tuesday, January 28, 2025", "2025-01-28")],
    );
}

#[test]
fn dates_without_a_year_take_the_nearest_year_by_tense() {
    check(
        "In a Jan. 5 letter, doctors asked for help.",
        WED,
        &[("Jan. 5", "2025-01-05")],
    );
    check("He arrived on 29 Jan.", WED, &[("29 Jan", "2025-01-29")]);
    // Past clause, a date after the reference: last year's.
    check(
        "The army said it attacked on March 3.",
        WED,
        &[("March 3", "2024-03-03")],
    );
    // Future clause, a date before the reference: next year's.
    check(
        "The vote will be held on Jan. 10.",
        WED,
        &[("Jan. 10", "2026-01-10")],
    );
    // Nearest without a tense: December before a January reference.
    check(
        "A Dec. 20 memo surfaced.",
        WED,
        &[("Dec. 20", "2024-12-20")],
    );
    check("Jan. 28-29 talks", WED, &[("Jan. 28", "2025-01-28")]);
    // Ranges share their year.
    check(
        "It ran between June and December of 2015, and from Dec. 28 to Jan. 2, 2019.",
        WED,
        &[
            ("June", "2015-06"),
            ("December of 2015", "2015-12"),
            ("Dec. 28", "2018-12-28"),
            ("Jan. 2, 2019", "2019-01-02"),
        ],
    );
}

#[test]
fn months_follow_the_tense() {
    check(
        "The protests began in June.",
        "2019-11-19",
        &[("June", "2019-06")],
    );
    check(
        "The vote was held in December.",
        "2019-11-19",
        &[("December", "2018-12")],
    );
    check(
        "The vote will be held in December.",
        "2019-11-19",
        &[("December", "2019-12")],
    );
    check(
        "The vote will be held in March.",
        "2019-11-19",
        &[("March", "2020-03")],
    );
    check(
        "Sales rose in November.",
        "2019-11-19",
        &[("November", "2019-11")],
    );
    check(
        "Fighting erupted in mid-January.",
        WED,
        &[("mid-January", "2025-01")],
    );
    check(
        "Fighting erupted in early December.",
        WED,
        &[("early December", "2024-12")],
    );
    check(
        "It happened last December and will again next March.",
        WED,
        &[("last December", "2024-12"), ("next March", "2025-03")],
    );
    check(
        "Prices fell at the end of January.",
        "2025-03-02",
        &[("January", "2025-01")],
    );
}

#[test]
fn bare_month_names_need_date_context() {
    check("May said she would resign.", WED, &[]);
    check("March organisers said the route was safe.", WED, &[]);
    check("Theresa May's government fell.", WED, &[]);
    check("Thousands will march in May.", WED, &[("May", "2025-05")]);
}

#[test]
fn years_only_in_date_context() {
    check(
        "Assange sought refuge in 2012 and has been there since 2011.",
        WED,
        &[("2012", "2012"), ("2011", "2011")],
    );
    check("Some 2,000 troops and 1500 police were sent.", WED, &[]);
    check("The 1973 resolution was cited.", WED, &[]);
    check("Resolution 2254 was adopted.", WED, &[]);
    check(
        "The 2024 election and 2024's budget were debated.",
        WED,
        &[("2024", "2024"), ("2024", "2024")],
    );
    check("In mid-2024 prices fell.", WED, &[("mid-2024", "2024")]);
    check("In early 2023 prices fell.", WED, &[("early 2023", "2023")]);
    check(
        "Resolution 2254 (2015) calls for talks.",
        WED,
        &[("2015", "2015")],
    );
    check(
        "Between 2010 and 2015 it grew.",
        WED,
        &[("2010", "2010"), ("2015", "2015")],
    );
    check("In 2023 prices fell.", WED, &[("2023", "2023")]);
    // With a parse, a count of a noun is not a year: "in 2000 vehicles".
    let mut d = doc("They arrived in 2000 vehicles.", Some(WED));
    d.tokens[3].head = Some(4);
    d.tokens[3].deprel = Some("nummod".into());
    annotate(&mut d);
    assert!(d.timexes.is_empty());
    check("By 2030 the fleet will double.", WED, &[("2030", "2030")]);
}

#[test]
fn decades() {
    check(
        "Since the 1990s and the '80s, the early 2000s too.",
        WED,
        &[("1990s", "199"), ("'80s", "198"), ("early 2000s", "200")],
    );
}

#[test]
fn weekdays_in_past_clauses_look_back() {
    // Published on a Wednesday.
    check(
        "He said on Tuesday that talks failed.",
        WED,
        &[("Tuesday", "2025-01-28")],
    );
    check(
        "Officials met on Wednesday.",
        WED,
        &[("Wednesday", "2025-01-29")],
    );
    check(
        "Officials met on Thursday.",
        WED,
        &[("Thursday", "2025-01-23")],
    );
    check(
        "On Monday night, rebels attacked the town.",
        WED,
        &[("Monday night", "2025-01-27")],
    );
    // Across a month boundary: published Saturday 2025-02-01.
    check(
        "The minister resigned on Thursday.",
        "2025-02-01",
        &[("Thursday", "2025-01-30")],
    );
    // Across a year boundary: published Thursday 2025-01-02.
    check(
        "The minister resigned on Monday.",
        "2025-01-02",
        &[("Monday", "2024-12-30")],
    );
    check(
        "Officials met last Wednesday and this past Monday.",
        WED,
        &[
            ("last Wednesday", "2025-01-22"),
            ("this past Monday", "2025-01-27"),
        ],
    );
}

#[test]
fn weekdays_in_future_clauses_look_ahead() {
    check(
        "Talks will resume on Friday.",
        WED,
        &[("Friday", "2025-01-31")],
    );
    check(
        "Talks will resume on Monday.",
        WED,
        &[("Monday", "2025-02-03")],
    );
    check(
        "The vote is due to take place on Tuesday.",
        WED,
        &[("Tuesday", "2025-02-04")],
    );
    check(
        "He plans to visit Kyiv on Sunday.",
        WED,
        &[("Sunday", "2025-02-02")],
    );
    check(
        "The court will rule on Wednesday.",
        WED,
        &[("Wednesday", "2025-01-29")],
    );
    check(
        "Talks resume next Monday.",
        WED,
        &[("next Monday", "2025-02-03")],
    );
    check(
        "They meet next Wednesday.",
        WED,
        &[("next Wednesday", "2025-02-05")],
    );
    // Across a year boundary: published Monday 2024-12-30.
    check(
        "Parliament will vote on Friday.",
        "2024-12-30",
        &[("Friday", "2025-01-03")],
    );
    check(
        "Parliament is expected to vote on Thursday.",
        "2025-02-27",
        &[("Thursday", "2025-02-27")],
    );
    check(
        "Parliament will vote on Tuesday.",
        "2025-02-27",
        &[("Tuesday", "2025-03-04")],
    );
}

#[test]
fn weekdays_with_tags_from_a_tagger() {
    // "met" tagged VBD: past; "meets" VBZ: present, so ahead.
    let mut d = doc("Leaders meet on Monday.", Some(WED));
    d.tokens[1].xpos = Some("VBZ".into());
    annotate(&mut d);
    assert_eq!(
        found(&d),
        vec![("Monday".to_string(), "2025-02-03".to_string())]
    );
    let mut d = doc("Leaders spoke on Monday.", Some(WED));
    d.tokens[1].xpos = Some("VBD".into());
    annotate(&mut d);
    assert_eq!(
        found(&d),
        vec![("Monday".to_string(), "2025-01-27".to_string())]
    );
}

#[test]
fn weekdays_with_a_parse() {
    // "The talks , which begin on Friday , were announced ." with a hand parse: the
    // weekday hangs on "begin" (present: ahead), not on "announced" (past).
    let mut d = doc("Talks which begin on Friday were announced.", Some(WED));
    let parse: [(Option<usize>, &str, &str); 8] = [
        (Some(6), "nsubj:pass", "NNS"),
        (Some(2), "nsubj", "WDT"),
        (Some(0), "acl:relcl", "VBP"),
        (Some(4), "case", "IN"),
        (Some(2), "obl", "NNP"),
        (Some(6), "aux:pass", "VBD"),
        (None, "root", "VBN"),
        (Some(6), "punct", "."),
    ];
    for (t, (h, rel, x)) in d.tokens.iter_mut().zip(parse) {
        t.head = h;
        t.deprel = Some(rel.into());
        t.xpos = Some(x.into());
    }
    annotate(&mut d);
    assert_eq!(
        found(&d),
        vec![("Friday".to_string(), "2025-01-31".to_string())]
    );
    assert_eq!(governing_timex(&d, 2), Some(0));
    assert_eq!(governing_timex(&d, 6), None);
}

#[test]
fn weekdays_without_a_tense_take_the_nearest() {
    check("Thursday's vote", WED, &[("Thursday", "2025-01-30")]);
    check("Sunday's vote", WED, &[("Sunday", "2025-01-26")]);
    check("Monday's attack", WED, &[("Monday", "2025-01-27")]);
}

#[test]
fn relative_days() {
    check(
        "Yesterday the army attacked; today it rested; tomorrow it will move.",
        WED,
        &[
            ("Yesterday", "2025-01-28"),
            ("today", "2025-01-29"),
            ("tomorrow", "2025-01-30"),
        ],
    );
    check(
        "Shelling went on tonight, after last night and yesterday morning.",
        WED,
        &[
            ("tonight", "2025-01-29"),
            ("last night", "2025-01-28"),
            ("yesterday morning", "2025-01-28"),
        ],
    );
    check(
        "The strike began two days ago.",
        WED,
        &[("two days ago", "2025-01-27")],
    );
    check(
        "He left 10 days ago.",
        WED,
        &[("10 days ago", "2025-01-19")],
    );
    check(
        "He was elected three years ago.",
        WED,
        &[("three years ago", "2022")],
    );
    check("It closed a month ago.", WED, &[("a month ago", "2024-12")]);
    check(
        "It closed two weeks ago.",
        WED,
        &[("two weeks ago", "2025-W03")],
    );
    check(
        "Earlier today he spoke.",
        WED,
        &[("Earlier today", "2025-01-29")],
    );
    check(
        "He spoke this morning.",
        WED,
        &[("this morning", "2025-01-29")],
    );
    check(
        "The day before yesterday it rained.",
        WED,
        &[("The day before yesterday", "2025-01-27")],
    );
}

#[test]
fn relative_weeks_months_years() {
    check(
        "This week, last week and next week.",
        WED,
        &[
            ("This week", "2025-W05"),
            ("last week", "2025-W04"),
            ("next week", "2025-W06"),
        ],
    );
    check(
        "Last month and this month; this year, last year and next year.",
        WED,
        &[
            ("Last month", "2024-12"),
            ("this month", "2025-01"),
            ("this year", "2025"),
            ("last year", "2024"),
            ("next year", "2026"),
        ],
    );
    check(
        "Earlier this month the talks stalled; later this month they resume.",
        WED,
        &[
            ("Earlier this month", "2025-01"),
            ("later this month", "2025-01"),
        ],
    );
    check(
        "Prices rose late last year.",
        WED,
        &[("late last year", "2024")],
    );
    check(
        "It rained last weekend.",
        WED,
        &[("last weekend", "2025-W04")],
    );
    // Durations are not dates.
    check("Over the last week prices rose.", WED, &[]);
    // ISO week years: 2024-12-30 is in week 1 of 2025.
    check(
        "This week the markets closed.",
        "2024-12-30",
        &[("This week", "2025-W01")],
    );
}

#[test]
fn spans_leave_out_prepositions_and_numbers_that_are_not_dates() {
    check("About 2,000 troops crossed, 300 people died.", WED, &[]);
    check("At 1500 GMT the talks ended.", WED, &[]);
    check("By 1800 GMT the talks ended, at 2000 hours.", WED, &[]);
    check(
        "He scored 29 points in May 2024.",
        WED,
        &[("May 2024", "2024-05")],
    );
    check("Version 2.1.3 and 24/7 service, 9/11.", WED, &[]);
}

#[test]
fn no_publication_date_infers_the_reference() {
    // A dateline without a year, its year from the latest full date.
    let mut d = doc(
        "DAMASCUS, Jan 29 (Reuters) - Rebels said on Tuesday they took the city, which they had besieged since Dec. 30, 2024.",
        None,
    );
    assert_eq!(reference_date(&d), Some(("2025-01-29".to_string(), true)));
    annotate(&mut d);
    assert_eq!(
        found(&d),
        vec![
            ("Jan 29".to_string(), "2025-01-29".to_string()),
            ("Tuesday".to_string(), "2025-01-28".to_string()),
            ("Dec. 30, 2024".to_string(), "2024-12-30".to_string()),
        ]
    );
    // The latest full date in a past clause, not one in a future clause.
    let d = doc(
        "The accord was signed on March 3, 2024. Talks began on 5 June 2024. A vote will be held on May 1, 2026.",
        None,
    );
    assert_eq!(reference_date(&d), Some(("2024-06-05".to_string(), true)));
    // A dateline at the very start.
    let d = doc(
        "Jan. 29, 2025 /PRNewswire/ -- The firm said on Monday it grew.",
        None,
    );
    assert_eq!(reference_date(&d), Some(("2025-01-29".to_string(), true)));
    // A date in the address.
    for (url, want) in [
        (
            "https://example.com/world/2025/01/29/talks-resume/",
            Some("2025-01-29"),
        ),
        (
            "https://example.com/news/2025-01-28-talks",
            Some("2025-01-28"),
        ),
        (
            "https://example.com/a/talks-20250127.html",
            Some("2025-01-27"),
        ),
        ("https://example.com/a/story-12025012799", None),
        ("https://example.com/2025/13/40/x", None),
    ] {
        let mut d = doc("Talks resumed on Monday.", None);
        d.url = Some(url.into());
        assert_eq!(
            reference_date(&d),
            want.map(|w| (w.to_string(), true)),
            "{url}"
        );
    }
    // An embedded post's date.
    let mut d = doc(
        "The minister said yesterday that the border was closed.",
        None,
    );
    d.posts.push(Post {
        date: Some("2025-01-28".into()),
        text: "Border closed.".into(),
        ..Post::default()
    });
    assert_eq!(reference_date(&d), Some(("2025-01-28".to_string(), true)));
    annotate(&mut d);
    assert_eq!(
        found(&d),
        vec![("yesterday".to_string(), "2025-01-27".to_string())]
    );
    // Nothing to go by: absolute ones only.
    check(
        "The minister said on Tuesday that the 2019 deal was dead.",
        "",
        &[("2019", "2019")],
    );
    // A publication date wins and is not inferred; timestamps are reduced to the day.
    let d = doc("Nothing here.", Some("2025-01-29T23:30:00-05:00"));
    assert_eq!(reference_date(&d), Some(("2025-01-29".to_string(), false)));
}

#[test]
fn governing_timex_without_a_parse_is_the_nearest_in_the_sentence() {
    let mut d = doc(
        "Rebels attacked on Tuesday. Talks resume in March.",
        Some(WED),
    );
    annotate(&mut d);
    assert_eq!(d.timexes.len(), 2);
    assert_eq!(governing_timex(&d, 1), Some(0));
    assert_eq!(governing_timex(&d, 6), Some(1));
    assert_eq!(governing_timex(&d, 999), None);
}

#[test]
fn arbitrary_text_never_panics() {
    let pieces = [
        "Jan.",
        "29",
        ",",
        "2025",
        "Tuesday",
        "last",
        "next",
        "this",
        "past",
        "week",
        "ago",
        "two",
        "days",
        "mid-",
        "mid-January",
        "the",
        "1990s",
        "'",
        "'90s",
        "29/02/2023",
        "2024-02-30",
        "31",
        "Feb",
        "February",
        "of",
        "in",
        "since",
        "May",
        "’s",
        "'s",
        "(",
        ")",
        "é",
        "日本",
        "—",
        "-",
        "earlier",
        "today",
        "night",
        "day",
        "before",
        "9999",
        "0000",
        "1800",
        "2100",
        "99/99/9999",
        "1/1/1",
        "00th",
        "0",
        "a",
        "\u{2019}80s",
        "the day after",
        "tomorrow",
        "early",
        "late",
        "later",
        "year",
        "decade",
        "500",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..400 {
        let mut text = String::new();
        let len = 1 + (round % 25);
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            text.push(if seed % 5 == 0 { '.' } else { ' ' });
        }
        for published in [
            Some("2025-01-29"),
            Some("2024-02-29"),
            Some("garbage"),
            None,
        ] {
            let mut d = doc(&text, published);
            if round % 2 == 0 {
                for (i, t) in d.tokens.iter_mut().enumerate() {
                    t.head = if i % 3 == 0 {
                        None
                    } else {
                        Some((i * 7) % (i + 2))
                    };
                    t.deprel = Some(["obl", "xcomp", "aux", "root", "case"][i % 5].into());
                    t.xpos = Some(["VBD", "MD", "VB", "NN"][i % 4].into());
                }
            }
            annotate(&mut d);
            for t in &d.timexes {
                assert!(t.span.start <= t.span.end && t.span.end <= d.text.len());
                assert!(d.text.is_char_boundary(t.span.start));
                assert!(d.text.is_char_boundary(t.span.end));
                assert!(!t.value.is_empty());
            }
            let _ = reference_date(&d);
            for i in 0..d.tokens.len() + 2 {
                let _ = governing_timex(&d, i);
            }
        }
    }
}

/// Sets a hand parse: (head, deprel, xpos) per token.
fn parse(d: &mut Document, p: &[(Option<usize>, &str, &str)]) {
    assert_eq!(d.tokens.len(), p.len(), "tokens: {:?}", d.tokens.len());
    for (t, (h, rel, x)) in d.tokens.iter_mut().zip(p) {
        t.head = *h;
        t.deprel = Some((*rel).into());
        t.xpos = Some((*x).into());
    }
}

#[test]
fn governing_timex_follows_the_parse_within_the_clause() {
    let mut d = doc(
        "Officials said on Tuesday that rebels attacked the town on Monday. The siege has lasted since 2011.",
        Some(WED),
    );
    parse(
        &mut d,
        &[
            (Some(1), "nsubj", "NNS"),
            (None, "root", "VBD"),
            (Some(3), "case", "IN"),
            (Some(1), "obl", "NNP"),
            (Some(6), "mark", "IN"),
            (Some(6), "nsubj", "NNS"),
            (Some(1), "ccomp", "VBD"),
            (Some(8), "det", "DT"),
            (Some(6), "obj", "NN"),
            (Some(10), "case", "IN"),
            (Some(6), "obl", "NNP"),
            (Some(1), "punct", "."),
            (Some(13), "det", "DT"),
            (Some(15), "nsubj", "NN"),
            (Some(15), "aux", "VBZ"),
            (None, "root", "VBN"),
            (Some(17), "case", "IN"),
            (Some(15), "obl", "CD"),
            (Some(15), "punct", "."),
        ],
    );
    annotate(&mut d);
    assert_eq!(
        found(&d),
        vec![
            ("Tuesday".to_string(), "2025-01-28".to_string()),
            ("Monday".to_string(), "2025-01-27".to_string()),
            ("2011".to_string(), "2011".to_string()),
        ]
    );
    assert_eq!(governing_timex(&d, 1), Some(0), "said → Tuesday");
    assert_eq!(
        governing_timex(&d, 6),
        Some(1),
        "attacked → Monday, not said's Tuesday"
    );
    assert_eq!(
        governing_timex(&d, 8),
        Some(1),
        "town → its clause's Monday"
    );
    assert_eq!(
        governing_timex(&d, 15),
        None,
        "since 2011 bounds, does not date"
    );
}

/// Throughput on news-like text (run with `--release --ignored --nocapture`).
#[test]
#[ignore]
fn throughput() {
    let para =
        "WASHINGTON, Jan 29 (Reuters) - Officials said on Tuesday that talks, which began in \
        mid-January, will resume next week, two days after the Feb. 3 deadline set in 2024. Some \
        2,000 troops left last month; the 1990s were different, the minister told reporters. ";
    let text = para.repeat(5000);
    let mut d = doc(&text, Some(WED));
    let t = std::time::Instant::now();
    annotate(&mut d);
    let el = t.elapsed();
    eprintln!(
        "{} bytes, {} timexes in {:?}: {:.1} MB/s",
        text.len(),
        d.timexes.len(),
        el,
        text.len() as f64 / el.as_secs_f64() / 1e6
    );
}

#[test]
fn a_future_reached_through_a_noun_does_not_move_the_year() {
    // "He is likely to face questions about the July 25 call ."
    let mut d = doc(
        "He is likely to face questions about the July 25 call.",
        Some("2019-11-20"),
    );
    parse(
        &mut d,
        &[
            (Some(2), "nsubj", "PRP"),
            (Some(2), "cop", "VBZ"),
            (None, "root", "JJ"),
            (Some(4), "mark", "TO"),
            (Some(2), "xcomp", "VB"),
            (Some(4), "obj", "NNS"),
            (Some(10), "case", "IN"),
            (Some(10), "det", "DT"),
            (Some(9), "nmod:unmarked", "NNP"),
            (Some(10), "compound", "CD"),
            (Some(5), "nmod", "NN"),
            (Some(2), "punct", "."),
        ],
    );
    annotate(&mut d);
    assert_eq!(
        found(&d),
        vec![("July 25".to_string(), "2019-07-25".to_string())]
    );
}

#[test]
fn governing_timex_takes_a_time_hung_on_the_subject_before_the_verb() {
    let mut d = doc("A court on Tuesday released him.", Some(WED));
    parse(
        &mut d,
        &[
            (Some(1), "det", "DT"),
            (Some(4), "nsubj", "NN"),
            (Some(3), "case", "IN"),
            (Some(1), "nmod", "NNP"),
            (None, "root", "VBD"),
            (Some(4), "obj", "PRP"),
            (Some(4), "punct", "."),
        ],
    );
    annotate(&mut d);
    assert_eq!(
        found(&d),
        vec![("Tuesday".to_string(), "2025-01-28".to_string())]
    );
    assert_eq!(governing_timex(&d, 4), Some(0));
    assert_eq!(governing_timex(&d, 5), Some(0));
}

#[test]
fn word_form_tense_details() {
    // A participle after "is" has no tense of its own: with nothing else to read, the
    // nearest Tuesday.
    check(
        "The vote is set for Tuesday.",
        WED,
        &[("Tuesday", "2025-01-28")],
    );
    check(
        "The vote was held on Friday.",
        WED,
        &[("Friday", "2025-01-24")],
    );
    // "United" is not a past tense; "will" decides.
    check(
        "The United Nations will meet on Friday.",
        WED,
        &[("Friday", "2025-01-31")],
    );
}

#[test]
fn an_infinitive_under_a_past_verb_takes_the_nearest() {
    let p = |d: &mut Document| {
        parse(
            d,
            &[
                (Some(1), "nsubj", "PRP"),
                (None, "root", "VBD"),
                (Some(3), "mark", "TO"),
                (Some(1), "xcomp", "VB"),
                (Some(5), "case", "IN"),
                (Some(3), "obl", "NNP"),
                (Some(1), "punct", "."),
            ],
        )
    };
    let mut d = doc("She agreed to resign on Tuesday.", Some(WED));
    p(&mut d);
    annotate(&mut d);
    assert_eq!(
        found(&d),
        vec![("Tuesday".to_string(), "2025-01-28".to_string())]
    );
    let mut d = doc("They hoped to finish by June.", Some(WED));
    p(&mut d);
    annotate(&mut d);
    assert_eq!(found(&d), vec![("June".to_string(), "2025-06".to_string())]);
}

#[test]
fn a_month_with_no_tense_to_read_is_a_past_one() {
    check(
        "In late March, rebels loyal to Machar.",
        WED,
        &[("late March", "2024-03")],
    );
}

/// Times without anything to resolve them against are still found as phrases (the event
/// coder must not take "today" or "on Sunday" for a party).
#[test]
fn time_phrases_are_found_without_a_reference() {
    let mut d = doc(
        "The league renewed its demand today and met again on Sunday.",
        None,
    );
    annotate(&mut d);
    assert!(d.timexes.is_empty());
    let words: Vec<String> = time_phrases(&d)
        .into_iter()
        .map(|(a, b)| {
            let span = Span::new(d.tokens[a].span.start, d.tokens[b - 1].span.end);
            d.slice(span).to_string()
        })
        .collect();
    assert!(words.iter().any(|w| w == "today"), "{words:?}");
    assert!(words.iter().any(|w| w.ends_with("Sunday")), "{words:?}");
}

/// Spelled-out tens count too: "sixty years ago".
#[test]
fn spelled_tens_count_back() {
    check(
        "Sixty years ago this week, Singapore left the federation.",
        "2025-08-09",
        &[("Sixty years ago", "1965"), ("this week", "2025-W32")],
    );
}
