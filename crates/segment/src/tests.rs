use super::*;

fn toks(text: &str) -> Vec<&str> {
    tokenize(text).iter().map(|&s| &text[s]).collect()
}

/// Tokenizes `input` and compares with the space-separated `expected` tokens.
fn check(input: &str, expected: &str) {
    let got = toks(input);
    let want: Vec<&str> = expected.split(' ').collect();
    assert_eq!(got, want, "tokenizing {input:?}");
    check_invariants(input);
}

/// Splits `input` and compares with the sentences given separated by " || ".
fn check_sents(input: &str, expected: &str) {
    let t = tokenize(input);
    let got: Vec<&str> = split_sentences(input, &t)
        .iter()
        .map(|s| &input[s.span])
        .collect();
    let want: Vec<&str> = expected.split(" || ").collect();
    assert_eq!(got, want, "splitting {input:?}");
}

fn check_invariants(text: &str) {
    let t = tokenize(text);
    let mut prev = 0;
    for s in &t {
        assert!(s.start < s.end, "empty token {s:?} in {text:?}");
        assert!(s.start >= prev, "overlap at {s:?} in {text:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(
            !text[*s].chars().any(char::is_whitespace),
            "whitespace in {:?}",
            &text[*s]
        );
        prev = s.end;
    }
    // Every non-whitespace char is covered.
    let covered: usize = t.iter().map(|s| s.len()).sum();
    let ink: usize = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(char::len_utf8)
        .sum();
    assert_eq!(covered, ink, "coverage in {text:?}");
    let sents = split_sentences(text, &t);
    let mut next = 0;
    for s in &sents {
        assert_eq!(s.tokens.0, next);
        assert!(s.tokens.1 > s.tokens.0);
        assert_eq!(s.span.start, t[s.tokens.0].start);
        assert_eq!(s.span.end, t[s.tokens.1 - 1].end);
        next = s.tokens.1;
    }
    assert_eq!(next, t.len());
}

#[test]
fn words_and_punctuation() {
    check("Hello, world!", "Hello , world !");
    check("(This) [is] {it}.", "( This ) [ is ] { it } .");
    check("a; b: c", "a ; b : c");
    check("Wait...", "Wait ...");
    check("Wait… what?!", "Wait … what ?!");
    check("He left -- fast.", "He left -- fast .");
    check("yes—no", "yes — no");
}

#[test]
fn contractions() {
    check("don't", "do n't");
    check("can't", "ca n't");
    check("won't", "wo n't");
    check("DON'T", "DO N'T");
    check("I'm", "I 'm");
    check("John's", "John 's");
    check("we'll they're I've he'd", "we 'll they 're I 've he 'd");
    check("don’t it’s", "do n’t it ’s");
    check("gonna wanna gotta cannot", "gon na wan na got ta can not");
    check("dont didnt Im", "do nt did nt I m");
    check("Sanders' book", "Sanders ' book");
    check("O'Brien's", "O'Brien 's");
    check("rock'n'roll", "rock'n'roll");
    check("the 60's", "the 60's");
    check("2003's album", "2003 's album");
    check("in '72 and ’90s", "in '72 and ’90s");
}

#[test]
fn abbreviations_and_titles() {
    check("Mr. Smith met Dr. Jones.", "Mr. Smith met Dr. Jones .");
    check(
        "Gen. Lt. Col. Sen. Gov. St. Paul",
        "Gen. Lt. Col. Sen. Gov. St. Paul",
    );
    check("the U.S. and U.K. economies", "the U.S. and U.K. economies");
    check("on Jan. 5 at 3 p.m. today", "on Jan. 5 at 3 p.m. today");
    check("No. 10 Downing St", "No. 10 Downing St");
    check("I said no. Then", "I said no . Then");
    check(
        "approx. 5 pct. of it, etc. and e.g. this",
        "approx. 5 pct. of it , etc. and e.g. this",
    );
    check("Acme Inc. said", "Acme Inc. said");
    // At the end of a text or paragraph the period ends the sentence and is split off.
    check("in the U.S.", "in the U.S .");
    check("at 3 p.m.\nNext", "at 3 p.m . Next");
}

#[test]
fn initials() {
    check("George W. Bush", "George W. Bush");
    check("J. R. R. Tolkien", "J. R. R. Tolkien");
}

#[test]
fn numbers_and_units() {
    check("2.5 and 3,000 and 1,000,000", "2.5 and 3,000 and 1,000,000");
    check("$1.13bn (£600m)", "$ 1.13 bn ( £ 600 m )");
    check("76% rise", "76 % rise");
    check("a 5km run at 7:30pm", "a 5 km run at 7:30 pm");
    check("the 20th and 1990s", "the 20th and 1990s");
    check("US$4.5 billion", "US $ 4.5 billion");
    check(
        "call 713-853-3989 or 345-9945",
        "call 713-853-3989 or 345-9945",
    );
    check("5-10 and 1969-1970", "5 - 10 and 1969 - 1970");
    check("on 11/28/2000 at 5:30", "on 11/28/2000 at 5:30");
    check("+44 20 7484", "+44 20 7484");
    check("-5 degrees", "- 5 degrees");
    check(
        "$40K and $3M but 17H and 3143C",
        "$ 40 K and $ 3 M but 17H and 3143C",
    );
    check(
        "a 20minutes wait, batting .324",
        "a 20 minutes wait , batting .324",
    );
    check(
        "Houston, TX 77030-2707 or 713/853-6197",
        "Houston , TX 77030-2707 or 713/853-6197",
    );
    check("A -> B <= C", "A -> B <= C");
    check("03/15/2001-ab", "03/15/2001 - ab");
    check("the p&l of AT&T", "the p&l of AT&T");
}

#[test]
fn hyphens() {
    check("al-Sharaa", "al - Sharaa");
    check("well-known", "well - known");
    check(
        "e-mail non-profit co-founder re-elected",
        "e-mail non-profit co-founder re-elected",
    );
    check("state-of-the-art", "state - of - the - art");
    check("pre-war anti-American", "pre-war anti-American");
}

#[test]
fn web_things() {
    check(
        "see http://www.bbc.co.uk/news.",
        "see http://www.bbc.co.uk/news .",
    );
    check(
        "(https://example.com/a?b=c)",
        "( https://example.com/a?b=c )",
    );
    check("at www.bbc.co.uk, now", "at www.bbc.co.uk , now");
    check(
        "mail john.smith@example.com.",
        "mail john.smith@example.com .",
    );
    check("<jo@ex.org>", "< jo@ex.org >");
    check(
        "@BBCBreaking said #Brexit2019!",
        "@BBCBreaking said #Brexit2019 !",
    );
    check("bbc.co.uk and Amazon.com", "bbc.co.uk and Amazon.com");
    check("AT&T and S&P", "AT&T and S&P");
    check("a #9 seed", "a # 9 seed");
    check("smile :-) ok", "smile :-) ok");
    check("<mailto:jo@ex.org>", "< mailto:jo@ex.org >");
    check("from Rice@ENRON today", "from Rice@ENRON today");
    check("file_name_2.doc", "file_name_2.doc");
    check(
        "Email: \"Andre\"<web...@globe.com>",
        "Email : \" Andre \" < web...@globe.com >",
    );
    check("at @paulhastings.com.", "at @paulhastings.com .");
    check("b/c w/o I/O and/or", "b/c w/o I/O and / or");
    check("Acme Inc.. And LTD. sales", "Acme Inc. . And LTD. sales");
}

#[test]
fn quotes() {
    check("\"Yes,\" he said.", "\" Yes , \" he said .");
    check("“Yes.” ‘No.’", "“ Yes . ” ‘ No . ’");
    check("'hello'", "' hello '");
}

#[test]
fn sentences_basic() {
    check_sents("It rose. It fell.", "It rose. || It fell.");
    check_sents(
        "Mr. Smith went to Washington. He left.",
        "Mr. Smith went to Washington. || He left.",
    );
    check_sents("George W. Bush spoke.", "George W. Bush spoke.");
    check_sents(
        "It rose 2.5%. Shares fell.",
        "It rose 2.5%. || Shares fell.",
    );
    check_sents("Really?! Yes!!! Fine...", "Really?! || Yes!!! || Fine...");
    check_sents("Wait... what now", "Wait... what now");
    check_sents(
        "He lives in the U.S. The move",
        "He lives in the U.S. || The move",
    );
    check_sents("The U.S. Army said.", "The U.S. Army said.");
    check_sents(
        "Lt. Col. John Smith said so.",
        "Lt. Col. John Smith said so.",
    );
    check_sents("It was 3 p.m. He left.", "It was 3 p.m. || He left.");
}

#[test]
fn sentences_web_and_mail() {
    check_sents("Why? because I said so", "Why? || because I said so");
    check_sents(
        "It ended. [3] Then it began.",
        "It ended. [3] || Then it began.",
    );
    check_sents(
        "Notes: 1. The price. 2. The date.",
        "Notes: 1. The price. || 2. The date.",
    );
    check_sents("P.S. The price is right.", "P.S. The price is right.");
    check_sents("Thanks, Brenda", "Thanks, || Brenda");
    check_sents(
        "Kay Mann 03/15/2001 04:03 PM I have a plan.",
        "Kay Mann || 03/15/2001 04:03 PM || I have a plan.",
    );
    check_sents(
        "See http://a.com/x http://b.com/y",
        "See http://a.com/x || http://b.com/y",
    );
    check_sents("He said . . . nothing.", "He said . . . nothing.");
}

#[test]
fn sentences_quotes() {
    check_sents(
        "\"I came. I saw.\" He left.",
        "\"I came. || I saw.\" || He left.",
    );
    check_sents("“I came.” He left.", "“I came.” || He left.");
    check_sents("\"Stop!\" she cried.", "\"Stop!\" she cried.");
    check_sents("“Why?” he asked.", "“Why?” he asked.");
    check_sents("“Why?” he asked.", "“Why?” he asked.");
    check_sents("He said: \"No. Never.\"", "He said: \"No. || Never.\"");
    check_sents("(It rose.) Then", "(It rose.) || Then");
}

#[test]
fn sentences_paragraphs() {
    check_sents(
        "Ad sales boost profit\n\nProfits jumped.",
        "Ad sales boost profit || Profits jumped.",
    );
    check_sents("Headline here\nBody text", "Headline here || Body text");
    check_sents(
        "\"He said this.\n\n\"And this.\"",
        "\"He said this. || \"And this.\"",
    );
}

#[test]
fn empty_and_whitespace() {
    assert!(tokenize("").is_empty());
    assert!(tokenize(" \n\t\u{a0}\u{3000}").is_empty());
    assert!(split_sentences("", &[]).is_empty());
}

#[test]
fn unicode_invariants() {
    for s in [
        "\u{301}",
        "a\u{301}b \u{301}\u{301} .\u{301}",
        "👍🏽 👨‍👩‍👧 ❤️ 🇬🇧",
        "北京欢迎你。东京、大阪！",
        "مرحبا بالعالم، كيف حالك؟",
        "שלום עולם.",
        "नमस्ते दुनिया। ठीक है",
        "\u{200b}\u{200d}\u{feff}x\u{200d}",
        "Ünïcödé-Wörds’ naïve café's",
        "\u{0}\u{1}\u{7f} a\u{85}b\u{2028}c",
        "'''''\"\"\"...---''",
        "@ # @_ #_ :- :-",
        "a'",
        "'s",
        "x.",
        "-",
        "1,",
        "1,00",
        "1-",
        "U.S",
        "http://",
        "www.",
        "a@b",
        "@",
        "’",
    ] {
        check_invariants(s);
    }
}

/// A small xorshift generator, so the random test needs no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_strings_keep_invariants() {
    let alphabet: Vec<char> =
        "aZ09 .,;:!?'\"’‘“”-—–/&@#$%£()[]_+=<>\n\t\u{a0}\u{301}\u{200d}👍🏽é中ش…\u{fe0f}`~*|\\^{}"
            .chars()
            .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut s = String::new();
    for _ in 0..20_000 {
        s.clear();
        let len = (rng.next() % 24) as usize;
        for _ in 0..len {
            s.push(alphabet[(rng.next() % alphabet.len() as u64) as usize]);
        }
        check_invariants(&s);
    }
    // Arbitrary scalar values.
    for _ in 0..5_000 {
        s.clear();
        for _ in 0..(rng.next() % 12) {
            if let Some(c) = char::from_u32((rng.next() % 0x11_0000) as u32) {
                s.push(c);
            }
        }
        check_invariants(&s);
    }
}

#[test]
fn one_megabyte_line() {
    let line = "The U.S. economy grew 2.5% in Q3, Mr. Smith said. ".repeat(20_000);
    check_invariants(&line);
    let word = "a".repeat(1 << 20);
    assert_eq!(tokenize(&word).len(), 1);
    let dots = ".".repeat(1 << 20);
    assert_eq!(tokenize(&dots).len(), 1);
    let hyph = "a-".repeat(1 << 19);
    check_invariants(&hyph);
}

/// Random strings built from fragments that trigger the special cases (URLs, clitics,
/// abbreviations, numbers, emoticons) next to marks and multi-byte chars.
fn fragment_fuzz(iterations: usize, seed: u64) {
    const FRAGS: &[&str] = &[
        "http://",
        "https://",
        "www.",
        "mailto:",
        "@",
        "#",
        "'s",
        "n't",
        "’",
        "'",
        "`",
        "U.S.",
        "Mr.",
        "p.m.",
        "-",
        "--",
        "1",
        "2003",
        ",",
        "000",
        ".",
        "...",
        "…",
        "\u{301}",
        "👍",
        "\u{200d}",
        "\u{fe0f}",
        " ",
        "\n",
        "\n\n",
        "\u{a0}",
        ":-)",
        ":",
        "/",
        "$",
        "£",
        "%",
        "km",
        "bn",
        "K",
        "e-",
        "non-",
        "al-",
        "&",
        "_",
        "\"",
        "“",
        "”",
        "(",
        ")",
        "[1]",
        "?!",
        "ab",
        "Ab",
        "x",
        "中",
        "ش",
        "é",
        "\t",
        "+",
        "<",
        ">",
        "=",
        "gonna",
        "dont",
        "Im",
        "03/15/2001",
        "04:03",
        "PM",
        "Thanks",
        "1.",
        "2.5",
        "\u{0}",
        "\u{85}",
        "\u{2028}",
    ];
    let mut rng = Rng(seed);
    let mut s = String::new();
    for _ in 0..iterations {
        s.clear();
        for _ in 0..(rng.next() % 16) {
            s.push_str(FRAGS[(rng.next() % FRAGS.len() as u64) as usize]);
        }
        check_invariants(&s);
    }
}

#[test]
fn fragment_strings_keep_invariants() {
    fragment_fuzz(20_000, 0xDEAD_BEEF_1234_5678);
}

/// A longer run: `cargo test --release -p eventwire-segment -- --ignored`.
#[test]
#[ignore]
fn fragment_strings_keep_invariants_long() {
    for seed in 1..=20 {
        fragment_fuzz(100_000, seed * 0x9E37_79B9);
    }
}
