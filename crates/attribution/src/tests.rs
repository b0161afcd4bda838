use super::*;
use eventwire_model::{Document, Entity, Mention, Post, Token};

fn doc(text: &str) -> Document {
    let mut d = Document {
        text: text.to_string(),
        ..Default::default()
    };
    eventwire_segment::annotate(&mut d);
    d
}

/// Expected quote: (text, kind, speaker name).
type Exp<'a> = (&'a str, QuoteKind, Option<&'a str>);

fn check(text: &str, expected: &[Exp]) {
    let mut d = doc(text);
    attribute(&mut d);
    check_doc(&d, expected);
}

fn check_doc(d: &Document, expected: &[Exp]) {
    let got: Vec<(String, QuoteKind, Option<String>)> = d
        .quotes
        .iter()
        .map(|q| (q.text.clone(), q.kind, q.speaker_name.clone()))
        .collect();
    let want: Vec<(String, QuoteKind, Option<String>)> = expected
        .iter()
        .map(|(t, k, s)| (t.to_string(), *k, s.map(str::to_string)))
        .collect();
    assert_eq!(got, want, "in {:?}", d.text);
}

use QuoteKind::{Direct as D, Indirect as I, Partial as P};

#[test]
fn direct_speaker_after_and_before() {
    check(
        "“We are in dialogue with the Syrian side,” Peskov told reporters on Thursday.",
        &[("We are in dialogue with the Syrian side", D, Some("Peskov"))],
    );
    check(
        "The minister said: “The talks will go on.”",
        &[("The talks will go on.", D, Some("The minister"))],
    );
    check(
        "\"This was the fourth time,\" said Singh Jabarjung, 24, from Punjab.",
        &[("This was the fourth time", D, Some("Singh Jabarjung"))],
    );
}

#[test]
fn split_quote_and_pronoun() {
    check(
        "Maria Lopez spoke first.\n\n“We will not give up,” she said. “Not now, not ever.”",
        &[
            ("We will not give up", D, Some("Maria Lopez")),
            ("Not now, not ever.", D, Some("Maria Lopez")),
        ],
    );
}

#[test]
fn multi_paragraph_quote() {
    check(
        "Cheuk Hau-yip, the district commander, said: “These rioters are criminals.\n\n“They must face the consequences.”",
        &[
            ("These rioters are criminals.", D, Some("Cheuk Hau-yip")),
            ("They must face the consequences.", D, Some("Cheuk Hau-yip")),
        ],
    );
}

#[test]
fn cue_tenses_adverbs_and_roles() {
    check(
        "\"Prices will rise,\" Kremlin spokesman Dmitry Peskov has repeatedly insisted.",
        &[("Prices will rise", D, Some("Dmitry Peskov"))],
    );
    let mut d = doc("\"Prices will rise,\" Kremlin spokesman Dmitry Peskov said in a statement.");
    attribute(&mut d);
    assert_eq!(
        d.quotes[0].speaker_role.as_deref(),
        Some("Kremlin spokesman")
    );
    assert_eq!(d.slice(d.quotes[0].cue.unwrap()), "said in a statement");
}

#[test]
fn partial_quote() {
    check(
        "The president called it an “important trip” for both countries.",
        &[("important trip", P, Some("The president"))],
    );
}

#[test]
fn indirect_speech() {
    check(
        "Williams said the phone call was unusual and inappropriate.",
        &[(
            "the phone call was unusual and inappropriate",
            I,
            Some("Williams"),
        )],
    );
    check(
        "Sources told CNN that the deal had collapsed.",
        &[("the deal had collapsed", I, Some("Sources"))],
    );
    check(
        "Two soldiers were killed in a crash, the army said in a statement on Wednesday.",
        &[("Two soldiers were killed in a crash", I, Some("the army"))],
    );
    check(
        "More than 2,500 civilians have been killed this year, according to the United Nations.",
        &[(
            "More than 2,500 civilians have been killed this year",
            I,
            Some("the United Nations"),
        )],
    );
    check(
        "She warned that an appeal could be made, but she gave no date.",
        &[("an appeal could be made", I, None)],
    );
}

#[test]
fn not_quotes() {
    check(
        "An Alibaba spokesperson declined to comment on the pricing.",
        &[],
    );
    check("Investors have been told the price is final.", &[]);
    check("He did not say when the talks would resume.", &[]);
}

#[test]
fn anonymous_and_spokesperson() {
    check(
        "A Syrian source informed Reuters that the Russian side was unwilling to hand over Assad.",
        &[(
            "the Russian side was unwilling to hand over Assad",
            I,
            Some("A Syrian source"),
        )],
    );
    check(
        "A spokesperson for the Interior Ministry said the border would stay closed.",
        &[(
            "the border would stay closed",
            I,
            Some("the Interior Ministry"),
        )],
    );
}

#[test]
fn source_chain() {
    let mut d = doc(
        "Reuters reports that the ministry said Peskov told reporters the talks would continue.",
    );
    attribute(&mut d);
    assert_eq!(d.quotes.len(), 1, "{:?}", d.quotes);
    let q = &d.quotes[0];
    assert_eq!(q.text, "the talks would continue");
    assert_eq!(q.speaker_name.as_deref(), Some("Peskov"));
    assert_eq!(
        q.via,
        vec!["the ministry".to_string(), "Reuters".to_string()]
    );
}

#[test]
fn entities_give_ids_and_canonical_names() {
    let text =
        "Kremlin spokesman Dmitry Peskov said the talks would continue. He said Moscow was ready.";
    let mut d = doc(text);
    let at = text.find("Dmitry Peskov").unwrap();
    d.entities = vec![Entity {
        id: "per:dmitry-peskov".into(),
        name: "Dmitry Sergeyevich Peskov".into(),
        kind: EntityType::PER,
        aliases: vec![],
        country: None,
        actor_code: None,
        kb_id: None,
        roles: vec![],
        mentions: vec![Mention {
            span: Span::new(at, at + "Dmitry Peskov".len()),
            role: None,
            actor_code: None,
        }],
    }];
    attribute(&mut d);
    assert_eq!(d.quotes.len(), 2, "{:?}", d.quotes);
    for q in &d.quotes {
        assert_eq!(q.speaker.as_deref(), Some("per:dmitry-peskov"));
        assert_eq!(q.speaker_name.as_deref(), Some("Dmitry Sergeyevich Peskov"));
    }
    assert_eq!(
        d.quotes[0].speaker_role.as_deref(),
        Some("Kremlin spokesman")
    );
}

#[test]
fn posts_are_quotes_of_their_authors() {
    let mut d = doc("Nothing quoted here.");
    d.posts = vec![Post {
        author: Some("Denis Danilov".into()),
        handle: Some("@DenisDanilovL".into()),
        text: "Russian delegation lands in Damascus".into(),
        ..Default::default()
    }];
    attribute(&mut d);
    assert_eq!(d.quotes.len(), 1);
    let q = &d.quotes[0];
    assert_eq!((q.post, q.span, q.kind), (Some(0), None, D));
    assert_eq!(q.speaker_name.as_deref(), Some("Denis Danilov"));
}

#[test]
fn arbitrary_text_never_panics() {
    // A small deterministic generator over quote marks, cue words and punctuation, with
    // random tags and heads (some out of range) on half of the documents.
    let pieces = [
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "said",
        "told",
        "according",
        "to",
        "that",
        ",",
        ".",
        "\n\n",
        "He",
        "the",
        "ministry",
        "spokesman",
        "Peskov",
        "«",
        "»",
        ":",
        "—",
        "(",
        ")",
        "é",
        "🙂",
        " ",
        "as",
        "noted",
        "which",
        "it",
        "declined",
        "was",
        "-",
        "GENEVA",
        "(AP)",
        "his",
        "spokesman",
        "for",
        "The",
        "company",
        "statement",
        "When",
        "and",
        "'s",
        "Mr",
        "45",
        "who",
        "on",
        "Friday",
        "called",
        "according to",
    ];
    let tags = [
        "NOUN", "VERB", "PROPN", "DET", "PUNCT", "PRON", "ADP", "AUX",
    ];
    let rels = [
        "nsubj",
        "root",
        "ccomp",
        "appos",
        "acl:relcl",
        "punct",
        "obj",
        "conj",
    ];
    let mut state: u64 = 0x9e3779b97f4a7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let mut text = String::new();
        let len = (next() % 60) as usize;
        for _ in 0..len {
            let r = next();
            text.push_str(pieces[(r % pieces.len() as u64) as usize]);
            if r % 3 == 0 {
                text.push(' ');
            }
        }
        let mut d = doc(&text);
        if next() % 2 == 0 {
            let n = d.tokens.len();
            for t in d.tokens.iter_mut() {
                let r = next();
                t.upos = Some(tags[(r % tags.len() as u64) as usize].into());
                t.head = (r % 5 != 0).then_some((r as usize >> 3) % (n + 3));
                t.deprel = Some(rels[((r >> 9) % rels.len() as u64) as usize].into());
            }
        }
        attribute(&mut d);
        for q in &d.quotes {
            if let Some(s) = q.span {
                assert!(s.start <= s.end && s.end <= text.len());
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
    // Tokens out of range are ignored, not trusted.
    let mut d = doc("He said “yes.”");
    d.tokens.push(Token {
        span: Span::new(100, 200),
        ..Token::default()
    });
    attribute(&mut d);
}

#[test]
fn as_x_noted() {
    check(
        "(As CNN's correspondent Dr. Sanjay Gupta noted at the time, the disease meant a moderate risk of a heart attack, according to guidance from the Mayo Clinic.)",
        &[(
            "the disease meant a moderate risk of a heart attack",
            I,
            Some("Sanjay Gupta"),
        )],
    );
}

#[test]
fn speaker_in_previous_sentence_and_chains_of_paragraphs() {
    check(
        "Swift posted on Tumblr on Friday.\n\n\"I just want to perform my own music,\" she said.\n\n\"That's it. I've tried to work this out privately.\"",
        &[
            ("I just want to perform my own music", D, Some("Swift")),
            ("That's it. I've tried to work this out privately.", D, Some("Swift")),
        ],
    );
}

#[test]
fn british_single_quotes() {
    check(
        "'We will fight on,' the prime minister told MPs. 'There is no alternative.'",
        &[
            ("We will fight on", D, Some("the prime minister")),
            ("There is no alternative.", D, Some("the prime minister")),
        ],
    );
}

#[test]
fn nested_quote() {
    let mut d = doc("“He told me ‘there was no linkage at all’ and I believed him,” Grisham said.");
    attribute(&mut d);
    let texts: Vec<&str> = d.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "He told me ‘there was no linkage at all’ and I believed him",
            "there was no linkage at all"
        ]
    );
    assert_eq!(d.quotes[0].speaker_name.as_deref(), Some("Grisham"));
}

#[test]
fn indirect_variants() {
    check(
        "When Carlineo was approached, he told police he supported the president.",
        &[("he supported the president", I, Some("Carlineo"))],
    );
    check(
        "President Donald Trump, according to the White House, made an unscheduled trip to the hospital.",
        &[(
            "made an unscheduled trip to the hospital",
            I,
            Some("the White House"),
        )],
    );
    check(
        "The Taliban claimed responsibility for the attack on the helicopter, which it said crashed in Logar province.",
        &[("crashed in Logar province", I, Some("The Taliban"))],
    );
    check(
        "Prime Minister Narendra Modi on Friday said India would not bow to pressure.",
        &[("India would not bow to pressure", I, Some("Narendra Modi"))],
    );
    check(
        "Oil prices rose on Tuesday, traders said, as supply concerns mounted.",
        &[("Oil prices rose on Tuesday", I, Some("traders"))],
    );
}

#[test]
fn descriptions_and_statements() {
    check(
        "Two soldiers were killed in a crash, the US military said in a statement.\n\n\"The cause of the crash is under investigation,\" the statement said.",
        &[
            ("Two soldiers were killed in a crash", I, Some("the US military")),
            ("The cause of the crash is under investigation", D, Some("the US military")),
        ],
    );
    check(
        "The army's statement said the soldiers were killed in an ambush.",
        &[("the soldiers were killed in an ambush", I, Some("The army"))],
    );
}

#[test]
fn titles_and_scare_quotes_are_not_quotes() {
    check(
        "The film, titled \"The Long Road Home\", premieres in May.",
        &[],
    );
    check(
        "The so-called \"peace plan\" was rejected by both sides.",
        &[],
    );
    check("He said nothing about the plan.", &[]);
}

#[test]
fn relays_named_beside_the_speaker() {
    let mut d =
        doc("The ministry plans to close the border, Reuters reported, citing two sources.");
    attribute(&mut d);
    assert_eq!(d.quotes.len(), 1, "{:?}", d.quotes);
    assert_eq!(d.quotes[0].text, "The ministry plans to close the border");
    assert_eq!(d.quotes[0].speaker_name.as_deref(), Some("two sources"));
    assert_eq!(d.quotes[0].via, vec!["Reuters".to_string()]);
    let mut d = doc("Peskov, quoted by Interfax, said the talks would continue next week.");
    attribute(&mut d);
    assert_eq!(d.quotes.len(), 1, "{:?}", d.quotes);
    assert_eq!(d.quotes[0].speaker_name.as_deref(), Some("Peskov"));
    assert_eq!(d.quotes[0].via, vec!["Interfax".to_string()]);
}

#[test]
fn inch_marks_are_not_quotes() {
    check(
        "The 12\" record sold out. \"It was a surprise,\" Jones said.",
        &[("It was a surprise", D, Some("Jones"))],
    );
}

#[test]
fn he_and_she_agree_with_names_and_titles() {
    check(
        "Anna Lee said the plan was good. Tom Brown, the mayor, said it was bad.\n\n“We will see,” she said.",
        &[
            ("the plan was good", I, Some("Anna Lee")),
            ("it was bad", I, Some("Tom Brown")),
            ("We will see", D, Some("Anna Lee")),
        ],
    );
}

#[test]
fn speaker_introduced_before_a_quotation_paragraph() {
    check(
        "Peskov told reporters:\n\n“We are ready.”",
        &[("We are ready.", D, Some("Peskov"))],
    );
}

#[test]
fn speaker_after_a_fronted_clause() {
    check(
        "The car was found at 1119 Eighth St., said Lt. Matt Harris, a police spokesman.",
        &[(
            "The car was found at 1119 Eighth St.",
            I,
            Some("Matt Harris"),
        )],
    );
    check(
        "The Afghan Taliban, however, claimed responsibility for the attack.",
        &[],
    );
}

#[test]
fn nested_quote_speaker_and_via() {
    let mut d = doc("Grisham spoke after the hearing.\n\n“Ambassador Volker confirmed his earlier testimony that ‘there was no linkage like that,’” she said.");
    attribute(&mut d);
    let got: Vec<(&str, Option<&str>, Vec<String>)> = d
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.speaker_name.as_deref(), q.via.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "Ambassador Volker confirmed his earlier testimony that ‘there was no linkage like that,’",
                Some("Grisham"),
                vec![]
            ),
            (
                "there was no linkage like that",
                Some("Volker"),
                vec!["Grisham".to_string()]
            ),
        ]
    );
}
