use super::*;

fn clean(input: &str) -> Cleaned {
    Cleaner::default().clean_text(input)
}

fn kinds(c: &Cleaned) -> Vec<(RemovedKind, &str)> {
    c.removed
        .iter()
        .map(|r| (r.kind, r.text.as_str()))
        .collect()
}

/// A wire story we wrote, with the junk a scraper picks up.
const STORY: &str = "Get Faster News Update By Joining Our: WhatsApp Channel
DAMASCUS, Jan 29 - A Russian delegation arrived in Damascus on Wednesday for talks with the new authorities, the first such visit since the fall of Bashar al-Assad.

Syria's de facto leader Ahmed al-Sharaa (pictured above) received the delegation, state news agency SANA said.

Russian delegation lands in Damascus for talks pic.twitter.com/AbC123xyz
— Denis Danilov (@DenisDanilovL) January 29, 2025

Kremlin spokesman Dmitry Peskov declined to comment on the talks.
Read more: Russia weighs future of its bases in Syria
Share this article
© 2025 Example Wire. All rights reserved.
";

#[test]
fn a_scraped_story_keeps_its_body_and_types_its_junk() {
    let c = clean(STORY);
    assert_eq!(
        c.text,
        "DAMASCUS, Jan 29 - A Russian delegation arrived in Damascus on Wednesday for talks with the new authorities, the first such visit since the fall of Bashar al-Assad.\n\n\
         Syria's de facto leader Ahmed al-Sharaa received the delegation, state news agency SANA said.\n\n\
         Kremlin spokesman Dmitry Peskov declined to comment on the talks."
    );
    assert_eq!(
        kinds(&c),
        vec![
            (
                RemovedKind::Promo,
                "Get Faster News Update By Joining Our: WhatsApp Channel"
            ),
            (RemovedKind::Caption, "(pictured above)"),
            (
                RemovedKind::Related,
                "Read more: Russia weighs future of its bases in Syria"
            ),
            (RemovedKind::Share, "Share this article"),
            (
                RemovedKind::Copyright,
                "© 2025 Example Wire. All rights reserved."
            ),
        ]
    );
    assert_eq!(c.posts.len(), 1);
    let p = &c.posts[0];
    assert_eq!(p.author.as_deref(), Some("Denis Danilov"));
    assert_eq!(p.handle.as_deref(), Some("@DenisDanilovL"));
    assert_eq!(p.date.as_deref(), Some("2025-01-29"));
    assert_eq!(p.url.as_deref(), Some("https://pic.twitter.com/AbC123xyz"));
    assert_eq!(
        p.text,
        "Russian delegation lands in Damascus for talks pic.twitter.com/AbC123xyz"
    );
}

#[test]
fn removed_items_point_into_the_input_in_code_points() {
    let c = clean(STORY);
    let chars: Vec<char> = STORY.chars().collect();
    for r in &c.removed {
        let (s, e) = (r.input_start.unwrap(), r.input_end.unwrap());
        let got: String = chars[s..e].iter().collect();
        assert_eq!(got, r.text);
    }
}

#[test]
fn article_sentences_that_mention_junk_words_stay() {
    for line in [
        "Copyright lawsuits against the company rose sharply last year.",
        "Voters must register for free before the deadline, officials said.",
        "He said he would follow up on the request next week.",
        "Published in 2019, the report found flaws in the programme.",
        "The paper's newsletter editor resigned on Monday.",
    ] {
        let c = clean(line);
        assert_eq!(c.text, line, "{line}");
        assert!(c.removed.is_empty(), "{line}: {:?}", c.removed);
    }
}

#[test]
fn typical_junk_lines_get_their_kind() {
    let cases = [
        (
            "Subscribe to our newsletter for the latest updates",
            RemovedKind::Promo,
        ),
        ("Download the Example News app", RemovedKind::Promo),
        ("Follow us on Twitter", RemovedKind::Share),
        ("Facebook Twitter WhatsApp Email", RemovedKind::Share),
        ("Also read: Ceasefire talks stall", RemovedKind::Related),
        ("Photo: Jane Doe/Reuters", RemovedKind::Caption),
        ("Home > World > Middle East", RemovedKind::Navigation),
        ("Advertisement", RemovedKind::Other),
        (
            "Reporting by Jane Doe; Editing by John Roe",
            RemovedKind::Other,
        ),
        ("By Jane Doe and John Roe", RemovedKind::Other),
        (
            "This material may not be published, broadcast, rewritten or redistributed.",
            RemovedKind::Copyright,
        ),
    ];
    for (line, kind) in cases {
        let input = format!("The minister arrived on Monday.\n{line}\nTalks began on Tuesday.");
        let c = clean(&input);
        assert_eq!(kinds(&c), vec![(kind, line)], "{line}");
        assert_eq!(
            c.text,
            "The minister arrived on Monday.\n\nTalks began on Tuesday."
        );
    }
}

#[test]
fn hard_wrapped_lines_join_into_one_paragraph() {
    let c = clean("The delegation, led by the deputy foreign minister,\nwas received by officials.\nA second paragraph starts here.");
    assert_eq!(
        c.text,
        "The delegation, led by the deputy foreign minister, was received by officials.\n\nA second paragraph starts here."
    );
}

#[test]
fn a_signature_on_the_tweet_line_itself_is_a_post() {
    let c = clean("Before.\nTalks were constructive https://t.co/xYz — Jane Roe (@janeroe) 3 February 2025\nAfter.");
    assert_eq!(c.text, "Before.\n\nAfter.");
    assert_eq!(c.posts[0].text, "Talks were constructive https://t.co/xYz");
    assert_eq!(c.posts[0].date.as_deref(), Some("2025-02-03"));
}

#[test]
fn paragraphs_from_html_are_cleaned_too() {
    let c = Cleaner::default().clean_paragraphs(&[
        "Officials met in Geneva (Photo: AFP) on Monday.",
        "Sign up for our daily briefing newsletter",
        "They agreed to meet again.",
    ]);
    assert_eq!(
        c.text,
        "Officials met in Geneva on Monday.\n\nThey agreed to meet again."
    );
    assert_eq!(
        kinds(&c),
        vec![
            (RemovedKind::Caption, "(Photo: AFP)"),
            (
                RemovedKind::Promo,
                "Sign up for our daily briefing newsletter"
            ),
        ]
    );
    assert!(c.removed[0].input_start.is_none());
}

#[test]
fn rule_files_report_errors_with_their_line() {
    let e = Cleaner::from_rules("# c\npromo\t10\tok\nbogus\t10\tx\n", "mine.tsv").unwrap_err();
    assert_eq!(e.to_string(), "mine.tsv:3: unknown kind \"bogus\"");
    let e = Cleaner::from_rules("promo\tten\tx\n", "mine.tsv").unwrap_err();
    assert!(e.to_string().starts_with("mine.tsv:1: MAX must be"));
    let e = Cleaner::from_rules("promo\t10\t(\n", "mine.tsv").unwrap_err();
    assert!(e.to_string().starts_with("mine.tsv:1: bad regex"));
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    for input in [
        "",
        "\n\n\n",
        "   ",
        "(",
        "— (@x)",
        "\u{feff}x",
        "a\r\nb\r\n",
    ] {
        let _ = clean(input);
    }
}
