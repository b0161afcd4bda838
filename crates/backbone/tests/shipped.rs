//! The weights compiled into the crate load quickly and analyse a news sentence sensibly.
use eventwire_backbone::{Backbone, EntityType};
use std::time::Instant;

#[test]
fn shipped_weights_load_and_tag() {
    let t = Instant::now();
    let bb = Backbone::load_default().expect("shipped weights load");
    eprintln!("loaded in {:?}", t.elapsed());
    let words = [
        "President",
        "Joe",
        "Biden",
        "met",
        "German",
        "Chancellor",
        "Olaf",
        "Scholz",
        "in",
        "Washington",
        "on",
        "Friday",
        ".",
    ];
    let a = bb.analyse(&words);
    assert_eq!(a.upos.len(), words.len());
    assert_eq!(a.upos[3], "VERB");
    assert_eq!(a.xpos[3], "VBD");
    assert_eq!(a.upos[12], "PUNCT");
    assert_eq!(a.heads[3], None, "'met' is the root");
    assert_eq!(a.deprels[3], "root");
    // The subject is the name "(President) Joe Biden": one of its words hangs off "met".
    let subj = (0..3)
        .find(|&i| a.heads[i] == Some(3))
        .expect("a subject of 'met'");
    assert_eq!(a.deprels[subj], "nsubj", "{a:?}");
    assert!(
        (0..3).all(|i| i == subj || a.heads[i].is_some_and(|h| h < 3)),
        "{a:?}"
    );
    assert!(
        a.entities.contains(&(1, 3, EntityType::PER)),
        "{:?}",
        a.entities
    );
    assert!(
        a.entities.contains(&(9, 10, EntityType::LOC)),
        "{:?}",
        a.entities
    );
}

/// A headline in the present whose verb the tagger read as a plural or a name gets its
/// verb back when the sentence has no other, and so does a past tense read as a participle;
/// a plural noun before a preposition stays one.
#[test]
fn headline_presents_get_their_verb() {
    let bb = Backbone::load_default().expect("shipped weights load");
    for (words, verb) in [
        (
            &["Saudi", "Arabia", "lifts", "blockade", "of", "Qatar"][..],
            2,
        ),
        (
            &["U.S.", "Lifts", "Travel", "Ban", "to", "Lebanon", "."][..],
            1,
        ),
    ] {
        let a = bb.analyse(words);
        assert_eq!(a.xpos[verb], "VBZ", "{words:?}: {:?}", a.xpos);
        assert_eq!(a.heads[verb], None, "{words:?}: the verb is the root");
    }
    // a past participle between a subject and its object, with no other verb
    let words = [
        "The", "United", "Nations", "reduced", "food", "supplies", "to", "the", "camp",
    ];
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[3], "VBD", "{:?}", a.xpos);
    // not a passive ("expelled by") nor a participle before a preposition
    for words in [
        &["Russian", "diplomats", "expelled", "by", "the", "US"][..],
        &["weapons", "seized", "on", "a", "boat"][..],
    ] {
        let a = bb.analyse(words);
        assert!(
            !a.xpos.iter().any(|x| x == "VBD"),
            "{words:?}: {:?}",
            a.xpos
        );
    }
    let words = [
        "Anti-globalization",
        "protests",
        "near",
        "summit",
        "turn",
        "violent",
    ];
    let a = bb.analyse(&words);
    assert_ne!(a.xpos[1], "VBZ", "{:?}", a.xpos);
}

/// A gerund right after a verb is its complement, not a clausal subject of the final full
/// stop ("considering sending aid").
#[test]
fn a_gerund_after_a_verb_is_its_complement() {
    let bb = Backbone::load_default().expect("shipped weights load");
    let words = [
        "Japan",
        "is",
        "considering",
        "sending",
        "aid",
        "to",
        "North",
        "Korea",
        ".",
    ];
    let a = bb.analyse(&words);
    assert_eq!(a.heads[3], Some(2), "{:?} {:?}", a.heads, a.deprels);
    assert_eq!(a.deprels[3], "xcomp");
    // Not onto its own auxiliary: the heads stay a tree (this sentence once looped the
    // event coder's walk over the tree for ever).
    for s in [
        "Although initially free it is thought that soon Microsoft will be charging users for the anti-spyware tool .",
        "Japan is considering sending aid to North Korea .",
        "The rebels have been shelling the town , officials said .",
    ] {
        let words: Vec<&str> = s.split(' ').collect();
        let a = bb.analyse(&words);
        for i in 0..words.len() {
            let chain = std::iter::successors(Some(i), |&x| a.heads[x]).take(words.len() + 1);
            assert!(chain.count() <= words.len(), "{s}: a cycle through word {i}: {:?}", a.heads);
        }
    }
}

/// Verbs of news that the treebanks rarely show in these shapes: a headline-style "-s" verb
/// before an infinitive, a bare subjunctive, motion into a place. (Still wrong: "refused on
/// Saturday to free three soldiers", where the time makes "to" a preposition.)
#[test]
fn news_verbs_in_wire_shapes() {
    let bb = Backbone::load_default().unwrap();
    for (text, word, tag) in [
        (
            "Saudi Crown Prince Mohammed bin Salman plans to visit Washington next month .",
            "plans",
            "VBZ",
        ),
        (
            "The farm union demanded that the government scrap new rules on pesticide use .",
            "scrap",
            "VB",
        ),
        (
            "Israeli tanks pushed into the southern Gaza city of Khan Younis on Sunday .",
            "pushed",
            "VBD",
        ),
    ] {
        assert_tag(&bb, text, word, tag);
    }
}

/// An organisation's name in capitals keeps its words nouns: "Watch" of Human Rights Watch
/// is no verb or wh-word, so the parser makes the name the subject.
#[test]
fn organisation_names_are_not_verbs() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "Human Rights Watch accused Ethiopian security forces of executing civilians ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[2], "NNP", "{:?}", a.xpos);
    assert_eq!(a.xpos[3], "VBD", "{:?}", a.xpos);
}

/// A place in -ing opening a sentence before a verb is the place, not a gerund ("Beijing
/// warned"); "Reading the report, ..." keeps its gerund.
#[test]
fn places_in_ing_are_not_gerunds() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "Beijing warned on Friday that Tokyo would pay a price ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[0], "NNP", "{:?}", a.xpos);
    assert_eq!(a.deprels[0], "nsubj", "{:?}", a.deprels);
    let words: Vec<&str> = "Reading the report , she laughed .".split(' ').collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[0], "VBG", "{:?}", a.xpos);
}

/// "Meeting in Lima on Wednesday, the ministers said ...": a sentence opened by a verb of
/// meeting in -ing, a preposition and a comma opens with a participle clause; "Meeting
/// notes were lost" keeps its noun.
#[test]
fn fronted_meetings_are_participle_clauses() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "Meeting in Lima on Wednesday , the foreign ministers of Peru and Chile said their governments agreed on a plan ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[0], "VBG", "{:?}", a.xpos);
    assert_eq!(a.deprels[0], "advcl", "{:?}", a.deprels);
    let words: Vec<&str> = "Meeting notes were lost in the move , she said ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_ne!(a.xpos[0], "VBG", "{:?}", a.xpos);
}

/// "Kenyan troops and al Shabaab fighters fought ...": two plural subjects joined by "and"
/// before their verb are coordinated subjects, not a sentence "Kenyan troops" of its own;
/// "Negotiators from Canada and the Mercosur bloc" keeps the bloc as Canada's conjunct.
#[test]
fn subjects_joined_before_their_verb() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "Kenyan troops and al Shabaab fighters fought near the border town of Mandera ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.heads[6], None, "{:?}", a.heads);
    assert_eq!(a.deprels[1], "nsubj", "{:?}", a.deprels);
    assert_eq!(a.heads[1], Some(6), "{:?}", a.heads);
    assert_eq!(a.deprels[5], "conj", "{:?}", a.deprels);
}

/// "Czech prosecutors on May 20 charged ...": a nationality opening a sentence before a noun
/// is its adjective, not a verb.
#[test]
fn nationalities_are_not_verbs() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "Czech prosecutors on May 20 charged a Colombian man with arson ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[0], "JJ", "{:?}", a.xpos);
    assert_eq!(a.deprels[1], "nsubj", "{:?}", a.deprels);
}

/// "..., and police used water cannon ...": a past form after ", and" and a noun, with an
/// object after it, is the verb of a new clause, not a participle modifying a noun phrase.
#[test]
fn a_past_after_and_and_a_noun_is_the_verb() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "Pensioners rallied in Santiago on Wednesday , and police used water cannon to push them back ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[9], "VBD", "{:?}", a.xpos);
    assert_eq!(a.deprels[8], "nsubj", "{:?}", a.deprels);
}

/// "handed a Colombian man wanted in Florida ... over to U.S. marshals": a regular past form
/// right after the object of a verb that takes no clause describes the object; after a
/// verb of saying it is the reported clause's verb.
#[test]
fn a_past_after_an_object_describes_it() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "Bahamian police handed a Colombian man wanted in Florida on smuggling charges over to U.S. marshals ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[6], "VBN", "{:?}", a.xpos);
    assert_eq!(a.deprels[5], "obj", "{:?}", a.deprels);
    let words: Vec<&str> = "Officials said the army attacked the village ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[4], "VBD", "{:?}", a.xpos);
}

/// "Four Chinese coast guard ships sailed into restricted waters ...": the past of a verb
/// that takes no object, after the opening noun phrase, is the verb, with or without
/// another verb later in the sentence.
#[test]
fn an_intransitive_past_after_the_subject_is_the_verb() {
    let bb = Backbone::load_default().unwrap();
    for text in [
        "Four Chinese coast guard ships sailed into restricted waters off Kinmen on Monday , and Taiwanese boats shadowed them , the coast guard said .",
        "Chinese warships sailed through the Tsugaru Strait .",
    ] {
        let words: Vec<&str> = text.split(' ').collect();
        let a = bb.analyse(&words);
        let v = words.iter().position(|w| *w == "sailed").unwrap();
        assert_eq!(a.xpos[v], "VBD", "{text}: {:?}", a.xpos);
    }
}

/// "said on Sunday that its fighters had ambushed ...": the "that" after a saying verb's day
/// opens the reported clause, not a relative clause on the day.
#[test]
fn that_after_a_day_of_saying_opens_the_report() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "The group said on Sunday that its fighters had ambushed an army patrol ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[5], "IN", "{:?}", a.xpos);
    assert_eq!(a.deprels[9], "ccomp", "{:?}", a.deprels);
    assert_eq!(a.heads[9], Some(2), "{:?}", a.heads);
}

/// A gerund after "X said," that the parser hung on the final punctuation is the saying
/// verb's adverbial clause.
#[test]
fn a_gerund_after_said_is_its_adverbial_clause() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "Israeli warplanes struck targets near the Syrian capital Damascus on Tuesday , Syria 's foreign ministry said , condemning the raid as a flagrant violation of its sovereignty ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    let said = words.iter().position(|w| *w == "said").unwrap();
    let gerund = words.iter().position(|w| *w == "condemning").unwrap();
    assert_eq!(a.heads[gerund], Some(said), "{:?} {:?}", a.heads, a.deprels);
    assert_eq!(a.deprels[gerund], "advcl");
}

/// "asked visiting Spanish Prime Minister Pedro Sanchez to persuade ...": *visiting* right
/// after a verb describes the guest, who is the verb's object; the infinitive and a
/// reported clause after the guest are the verb's. "visiting the border" stays a verb.
#[test]
fn visiting_before_a_guest_describes_the_guest() {
    let bb = Backbone::load_default().unwrap();
    for (text, verb, guest, clause, clause_rel) in [
        (
            "Palestinian President Mahmoud Abbas on Tuesday asked visiting Spanish Prime Minister Pedro Sanchez to persuade other European governments to recognise a Palestinian state .",
            "asked",
            "Pedro",
            "persuade",
            "xcomp",
        ),
        (
            "Sondland told visiting Ukraine officials they would need to deliver an investigation .",
            "told",
            "officials",
            "need",
            "ccomp",
        ),
    ] {
        let words: Vec<&str> = text.split(' ').collect();
        let a = bb.analyse(&words);
        let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
        let (v, g, c, visiting) = (at(verb), at(guest), at(clause), at("visiting"));
        assert_eq!((a.heads[g], a.deprels[g].as_str()), (Some(v), "obj"), "{text}: {:?}", a.deprels);
        assert_eq!((a.heads[visiting], a.deprels[visiting].as_str()), (Some(g), "amod"));
        assert_eq!((a.heads[c], a.deprels[c].as_str()), (Some(v), clause_rel), "{text}");
    }
    let words: Vec<&str> = "The minister began visiting the border towns on Monday ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_ne!(a.deprels[3], "amod", "{:?}", a.deprels);
}

/// "ordered troops to Los Angeles after protesters clashed with federal agents": the
/// subordinating word read as a preposition opens its verb's clause, whose subject is the
/// noun after it (and an auxiliary's verb is the verb: "before assistance is released"; a
/// past tense read as a participle too: "after a ferry fire killed 30 people").
#[test]
fn a_subordinate_clause_keeps_its_own_subject() {
    let bb = Backbone::load_default().unwrap();
    for (text, subject, verb, rel) in [
        (
            "U.S. President Donald Trump ordered 2,000 National Guard troops to Los Angeles on Saturday after protesters clashed with federal immigration agents in the city .",
            "protesters",
            "clashed",
            "nsubj",
        ),
        (
            "Kazakh oil workers will not end the strike before a new pay system is reviewed .",
            "system",
            "reviewed",
            "nsubj:pass",
        ),
        (
            "M23 rebels captured the town on Wednesday , days after Congo and Rwanda signed a peace accord in Washington .",
            "Congo",
            "signed",
            "nsubj",
        ),
        (
            "Taiwan scrambled jets on Tuesday as the Chinese army and navy began exercises around the island .",
            "army",
            "began",
            "nsubj",
        ),
        // a past tense read as a participle describing the phrase's last noun
        (
            "The government resigned on Thursday after tens of thousands of people protested in Sofia against its budget .",
            "tens",
            "protested",
            "nsubj",
        ),
        // a past tense read as a participle, with its own object
        (
            "Japanese Prime Minister Shigeru Ishiba telephoned Philippine President Ferdinand Marcos Jr. on Thursday to express his sympathy after a ferry fire killed at least 30 people off Basilan island .",
            "fire",
            "killed",
            "nsubj",
        ),
    ] {
        let words: Vec<&str> = text.split(' ').collect();
        let a = bb.analyse(&words);
        let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
        let (s, v) = (at(subject), at(verb));
        assert_eq!((a.heads[s], a.deprels[s].as_str()), (Some(v), rel), "{text}: {:?}", a.deprels);
        assert_eq!(a.deprels[v], "advcl", "{text}: {:?}", a.deprels);
    }
}

/// "..., a claim Ukraine's general staff denied": the noun of claiming is what the party
/// denied (a relative clause without "that"), the party the verb's subject.
#[test]
fn a_claim_denied_after_a_clause_is_the_verbs_object() {
    let bb = Backbone::load_default().unwrap();
    let text = "Russia 's defence ministry said on Monday that its forces had captured the town , a claim Ukraine 's general staff denied .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(
        (a.heads[at("denied")], a.deprels[at("denied")].as_str()),
        (Some(at("claim")), "acl:relcl"),
        "{:?} {:?}",
        a.heads,
        a.deprels
    );
    assert_eq!(
        (a.heads[at("staff")], a.deprels[at("staff")].as_str()),
        (Some(at("denied")), "nsubj")
    );
    // the verb read as a participle describing the party
    let text = "Britain , Canada and Australia formally recognised the State of Palestine on Sunday , a move Israel 's prime minister called \" a huge reward for terror \" .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(
        (a.heads[at("called")], a.deprels[at("called")].as_str()),
        (Some(at("move")), "acl:relcl"),
        "{:?} {:?}",
        a.heads,
        a.deprels
    );
    assert_eq!(
        (a.heads[at("minister")], a.deprels[at("minister")].as_str()),
        (Some(at("called")), "nsubj")
    );
}

/// "Gunmen on a motorcycle shot dead ...": a word in -men is a plural noun, never a verb.
#[test]
fn a_word_in_men_is_a_plural_noun() {
    let bb = Backbone::load_default().unwrap();
    let text = "Gunmen on a motorcycle shot dead a town mayor on Sunday .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[0], "NNS", "{:?}", a.xpos);
    assert_eq!(
        (a.heads[0], a.deprels[0].as_str()),
        (Some(4), "nsubj"),
        "{:?}",
        a.deprels
    );
}

/// "Human rights watchdog Amnesty International accused ...": a word before a name that
/// does not end in -ing is no gerund but the name's title, and the verb is the root; the
/// gerunds listed after "of" are one list ("of violating ..., ignoring ... and sending").
#[test]
fn a_title_before_a_name_is_no_gerund() {
    let bb = Backbone::load_default().unwrap();
    let text = "Human rights watchdog Amnesty International accused the United States of violating human rights , ignoring international law and sending a signal to abusive governments .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(a.xpos[at("watchdog")], "NN", "{:?}", a.xpos);
    assert_eq!(a.heads[at("accused")], None, "{:?}", a.heads);
    assert_eq!(
        (a.heads[at("ignoring")], a.deprels[at("ignoring")].as_str()),
        (Some(at("violating")), "conj"),
        "{:?} {:?}",
        a.heads,
        a.deprels
    );
}

/// "told police to shoot anyone attacking a police station": a noun right after a verb
/// with no object is its object, not a dependent of the final punctuation.
#[test]
fn a_noun_after_a_verb_without_object_is_its_object() {
    let bb = Backbone::load_default().unwrap();
    let text = "Kenyan President William Ruto told police on Wednesday to shoot anyone attacking a police station in the leg .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(
        (a.heads[at("anyone")], a.deprels[at("anyone")].as_str()),
        (Some(at("shoot")), "obj"),
        "{:?} {:?}",
        a.heads,
        a.deprels
    );
}

/// "Four jailed members of the party began a hunger strike": a past form between a number
/// (or an article) and a noun, with a finite verb later, describes the noun.
#[test]
fn a_past_form_before_its_noun_is_a_participle() {
    let bb = Backbone::load_default().unwrap();
    for (text, word) in [
        (
            "Four jailed members of Cameroon 's opposition MRC party began a hunger strike in a Yaounde prison on Monday .",
            "jailed",
        ),
        (
            "The detained journalists were released on Friday .",
            "detained",
        ),
    ] {
        let words: Vec<&str> = text.split(' ').collect();
        let a = bb.analyse(&words);
        let i = words.iter().position(|x| *x == word).unwrap();
        assert_eq!(a.xpos[i], "VBN", "{text}: {:?}", a.xpos);
        assert_eq!(a.deprels[i], "amod", "{text}: {:?}", a.deprels);
    }
}

/// "Medecins Sans Frontieres asked ...": the words of one name are one phrase, with one
/// relation outside it.
#[test]
fn a_name_is_one_phrase() {
    let bb = Backbone::load_default().unwrap();
    let text = "Medecins Sans Frontieres asked Ethiopia 's government on Monday to let its teams return to the Amhara region .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let asked = words.iter().position(|x| *x == "asked").unwrap();
    let outside: Vec<usize> = (0..3)
        .filter(|&t| a.heads[t].is_none_or(|h| h >= 3))
        .collect();
    assert_eq!(outside, [2], "{:?} {:?}", a.heads, a.deprels);
    assert_eq!((a.heads[2], a.deprels[2].as_str()), (Some(asked), "nsubj"));
}

/// "released jailed American teacher Marc Fogel on Tuesday and handed him over": the name
/// after the object's role noun is that noun's apposition, not the next verb's subject.
#[test]
fn a_name_after_the_object_is_no_subject_of_the_next_verb() {
    let bb = Backbone::load_default().unwrap();
    let text = "Russia released jailed American teacher Marc Fogel on Tuesday and handed him over to U.S. envoy Steve Witkoff .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(a.heads[at("Marc")], Some(at("teacher")), "{:?}", a.deprels);
    assert!(
        (0..words.len()).all(|t| !(a.heads[t] == Some(at("handed")) && a.deprels[t] == "nsubj")),
        "{:?} {:?}",
        a.heads,
        a.deprels
    );
}

/// "warned the United States and Israel on Sunday that ...": a day has no subject; the
/// noun the parser made its subject is the verb's object.
#[test]
fn a_day_has_no_subject() {
    let bb = Backbone::load_default().unwrap();
    let text = "Iran 's foreign minister warned the United States and Israel on Sunday that any strike would be met with a crushing response .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let (v, o) = (4, 7);
    assert_eq!(
        (a.heads[o], a.deprels[o].as_str()),
        (Some(v), "obj"),
        "{:?} {:?}",
        a.heads,
        a.deprels
    );
}

/// "Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa": the
/// recogniser reads the run as one name; a name never runs through a finite verb in lower
/// case, so it is cut there.
#[test]
fn a_name_ends_at_a_finite_verb() {
    let bb = Backbone::load_default().expect("shipped weights load");
    let words: Vec<&str> =
        "Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al - Sharaa in Riyadh on Sunday ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    let received = words.iter().position(|w| *w == "received").unwrap();
    assert!(
        a.entities
            .iter()
            .all(|&(s, e, _)| !(s <= received && received < e)),
        "{:?}",
        a.entities
    );
    assert!(
        a.entities.iter().any(|&(s, e, _)| s <= 5 && 5 < e)
            && a.entities.iter().any(|&(s, e, _)| s <= 12 && 12 < e),
        "{:?}",
        a.entities
    );
}

/// "the University already hosts": a name never ends in an adverb written in lower case.
#[test]
fn a_name_ends_before_an_adverb() {
    let bb = Backbone::load_default().expect("shipped weights load");
    let words: Vec<&str> =
        "Wikinews is a source of official information , and the University already hosts non-official content ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    let already = words.iter().position(|w| *w == "already").unwrap();
    assert!(
        a.entities.iter().all(|&(_, e, _)| e <= already),
        "{:?}",
        a.entities
    );
}

/// "called the decision regrettable": a word in -able after the object noun judges it (an
/// adjective the verb's complement takes), not a compound's head; real nouns in -able stay
/// nouns.
#[test]
fn judgements_after_the_object_are_adjectives() {
    let bb = Backbone::load_default().unwrap();
    for text in [
        "Pretoria called the decision regrettable .",
        "The opposition called the verdict indefensible .",
        "Algeria dismissed the charge as baseless .",
    ] {
        let words: Vec<&str> = text.split(' ').collect();
        let a = bb.analyse(&words);
        let i = words.len() - 2;
        assert_eq!(a.xpos[i], "JJ", "{text}: {:?}", a.xpos);
        let noun = words.iter().position(|w| *w == "the").unwrap() + 1;
        assert_eq!(a.deprels[noun], "obj", "{text}: {:?}", a.deprels);
    }
    let words: Vec<&str> = "They changed the train timetable .".split(' ').collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[4], "NN", "{:?}", a.xpos);
}

/// "urged Uganda to free the opposition leader", "demanded that Israel free all prisoners":
/// *free* before its object is the verb; "riot police fire tear gas": *tear* is a noun and
/// *fire* the verb.
#[test]
fn verbs_read_as_adjectives_are_verbs() {
    let bb = Backbone::load_default().unwrap();
    for (text, word, tag) in [
        (
            "Kenya urged Uganda to free the opposition leader .",
            "free",
            "VB",
        ),
        (
            "The union demanded that Israel free all Palestinian prisoners .",
            "free",
            "VB",
        ),
        (
            "Indonesian riot police fire tear gas at student protesters .",
            "fire",
            "VBP",
        ),
        (
            "Indonesian riot police fire tear gas at student protesters .",
            "tear",
            "NN",
        ),
        ("The elections were free and fair .", "free", "JJ"),
        ("France will back Brazil 's bid for a seat .", "back", "VB"),
        ("The troops came back on Monday .", "back", "RB"),
        (
            "Kenya 's police on Monday denied opposition claims that its officers had shot dead protesters .",
            "claims",
            "NNS",
        ),
        (
            "Mexico 's president on Friday ruled out allowing U.S. troops into the country .",
            "ruled",
            "VBD",
        ),
        (
            "The World Food Programme on Tuesday reduced food rations to the camp because aid was being diverted .",
            "reduced",
            "VBD",
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman plans to visit Washington next month for talks with President Donald Trump , two sources familiar with the matter said .",
            "plans",
            "VBZ",
        ),
        ("The ministry 's plans to build a dam were shelved .", "plans", "NNS"),
        (
            "Norway , a guarantor of Colombia 's peace process , called on the government to resume negotiations .",
            "called",
            "VBD",
        ),
        (
            "FARC dissidents freed 12 soldiers in the Cauca region .",
            "dissidents",
            "NNS",
        ),
        (
            "Venezuelan security forces briefly detained opposition leader Maria Corina Machado on Thursday after she addressed a rally in Caracas , her team said .",
            "detained",
            "VBD",
        ),
        (
            "Brazil 's Supreme Court found a former army general guilty of plotting a coup .",
            "general",
            "NN",
        ),
        (
            "Ghana took a Swiss - based commodities trader to court in London on Monday .",
            "court",
            "NN",
        ),
        ("The soldiers detained by police were freed .", "detained", "VBN"),
        (
            "The U.N. secretary - general , Antonio Guterres , called on both sides to talk .",
            "general",
            "NN",
        ),
    ] {
        assert_tag(&bb, text, word, tag);
    }
}

/// "Rapid Support Forces fighters raped dozens": a plural of a doer after a name, right
/// before a past form, is a noun, and the past form the verb.
#[test]
fn doers_before_past_forms_are_nouns() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "Rapid Support Forces fighters raped dozens of women ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[3], "NNS", "{:?}", a.xpos);
    assert_eq!(a.xpos[4], "VBD", "{:?}", a.xpos);
}

/// The shipped models tag `word` of the space-separated `text` as `tag`.
#[track_caller]
fn assert_tag(bb: &Backbone, text: &str, word: &str, tag: &str) {
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let i = words.iter().position(|w| *w == word).unwrap();
    assert_eq!(a.xpos[i], tag, "{text}: {:?}", a.xpos);
}

/// "Two soldiers wounded in the attack died in hospital", "A bomb hidden in a motorcycle
/// exploded ..., an official said": a participle right after the subject describes it, and
/// the later past form is the verb.
#[test]
fn a_reduced_relative_is_no_verb() {
    let bb = Backbone::load_default().unwrap();
    let text = "Two soldiers wounded in the attack died in hospital .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(a.heads[at("died")], None, "{:?} {:?}", a.heads, a.deprels);
    assert_eq!(
        (a.heads[at("wounded")], a.deprels[at("wounded")].as_str()),
        (Some(at("soldiers")), "acl")
    );
    let text = "A bomb hidden in a motorcycle exploded at a market in Azaz on Sunday , killing eight people , a local official said .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(a.xpos[at("exploded")], "VBD", "{:?}", a.xpos);
    assert_eq!(
        (a.heads[at("bomb")], a.deprels[at("bomb")].as_str()),
        (Some(at("exploded")), "nsubj"),
        "{:?} {:?}",
        a.heads,
        a.deprels
    );
    assert_eq!(a.heads[at("exploded")], Some(at("said")));
}

/// "Leaders of the country's largest opposition parties demanded on Tuesday that the prime
/// minister resign": the past tense the parser hung on the subject's noun is the verb.
#[test]
fn a_verb_read_as_a_modifier_of_its_subject() {
    let bb = Backbone::load_default().unwrap();
    let text = "Leaders of the country 's largest opposition parties demanded on Tuesday that the prime minister resign .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(
        a.heads[at("demanded")],
        None,
        "{:?} {:?}",
        a.heads,
        a.deprels
    );
    assert_eq!(
        (a.heads[at("Leaders")], a.deprels[at("Leaders")].as_str()),
        (Some(at("demanded")), "nsubj")
    );
    assert_eq!(a.heads[at("resign")], Some(at("demanded")));
}

/// "hosted her Norwegian counterpart": "her" before an adjective and a noun is possessive.
#[test]
fn her_before_an_adjective_is_possessive() {
    let bb = Backbone::load_default().unwrap();
    let text = "The prime minister hosted her Norwegian counterpart in Reykjavik on Wednesday .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[4], "PRP$", "{:?}", a.xpos);
}

/// No reduced relative where the past form opens a "that" clause ("A U.N. inquiry found
/// that Myanmar's army had used ...") or the later past form is an auxiliary ("A man
/// arrested in Lima last month was handed over ...").
#[test]
fn a_that_clause_or_an_auxiliary_makes_no_reduced_relative() {
    let bb = Backbone::load_default().unwrap();
    let text = "A U.N. inquiry found that Myanmar 's army had used chlorine gas against resistance fighters .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(a.xpos[at("had")], "VBD", "{:?}", a.xpos);
    assert_eq!(a.xpos[at("used")], "VBN", "{:?}", a.xpos);
    assert_eq!(
        a.heads[at("gas")],
        Some(at("used")),
        "{:?} {:?}",
        a.heads,
        a.deprels
    );
    let text = "A Chilean man arrested in Lima last month on an Interpol warrant was handed over by Peruvian police on Monday .";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(a.deprels[at("was")], "aux:pass", "{:?}", a.deprels);
}

/// "Zimbabwe Police Arrest Journalist Over Report on Army Chief": in a headline in title
/// case a listed verb between a subject and an object is the verb.
#[test]
fn a_title_case_headline_has_its_verb() {
    let bb = Backbone::load_default().unwrap();
    let text = "Zimbabwe Police Arrest Journalist Over Report on Army Chief";
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[2], "VBP", "{:?}", a.xpos);
    assert_eq!(a.heads[2], None, "{:?} {:?}", a.heads, a.deprels);
}

/// A run of names right before a plural subject, which the parser hung on the verb, is the
/// subject's compound ("*Boko Haram* fighters rounded up ...").
#[test]
fn names_before_a_plural_subject_are_its_compound() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "Boko Haram fighters rounded up and shot dead 23 fishermen near the Cameroonian town of Darak on Saturday ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.heads[0], Some(2), "{:?} {:?}", a.heads, a.deprels);
    assert_eq!(a.deprels[0], "compound");
}

/// A past form right after a name set off by commas behind a noun, with no finite verb
/// before it, is the verb ("Spain's foreign minister, Jose Manuel Albares, *apologised*").
#[test]
fn a_past_after_an_appositive_name_is_the_verb() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "Spain 's foreign minister , Jose Manuel Albares , apologised on Tuesday during a visit to Mexico City ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    let verb = words.iter().position(|w| *w == "apologised").unwrap();
    assert_eq!(a.xpos[verb], "VBD", "{:?}", a.xpos);
    assert_eq!(a.heads[verb], None, "{:?} {:?}", a.heads, a.deprels);
}

/// Headline verbs: a listed "-s" form after a head noun read as an adjective ("UN rights
/// *chief* urges ..."), or before a past form that describes its object ("president
/// *pardons* jailed opposition journalist"); and "free" before a participle and its noun
/// after "to" ("to *free* jailed MPs").
#[test]
fn headline_verbs_before_participles_and_after_chiefs() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "UN rights chief urges Eswatini to free jailed MPs"
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[3], "VBZ", "{:?}", a.xpos);
    assert_eq!(a.xpos[6], "VB", "{:?}", a.xpos);
    let words: Vec<&str> = "Congo Republic president pardons jailed opposition journalist"
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[3], "VBZ", "{:?}", a.xpos);
    assert_eq!(a.xpos[4], "VBN", "{:?}", a.xpos);
}

/// A reduced relative on the noun of an "of" phrase that opens the sentence: the first
/// noun is the subject ("*Relatives* of passengers killed in the crash sued Boeing").
#[test]
fn a_reduced_relative_inside_an_of_phrase_subject() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "Relatives of passengers killed in the Air India crash in Ahmedabad sued Boeing on Tuesday ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    let sued = words.iter().position(|w| *w == "sued").unwrap();
    assert_eq!(a.heads[sued], None, "{:?} {:?}", a.heads, a.deprels);
    assert_eq!(a.heads[0], Some(sued), "{:?} {:?}", a.heads, a.deprels);
    assert_eq!(a.deprels[0], "nsubj");
    assert_eq!(a.heads[2], Some(0), "{:?} {:?}", a.heads, a.deprels);
    assert_eq!(a.heads[3], Some(2), "{:?} {:?}", a.heads, a.deprels);
}

/// A known place run together with its state is two places ("Miramar California"); names
/// the gazetteers list whole or whose first part is no place stay one ("New Mexico", "Gulf
/// of Mexico").
#[test]
fn a_place_before_its_state_is_two_places() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "we drove from Miramar California to the Gulf of Mexico and New Mexico ."
            .split(' ')
            .collect();
    let names = bb.entities(&words);
    let span = |a: usize, b: usize| names.iter().any(|&(x, y, _)| (x, y) == (a, b));
    assert!(span(3, 4) && span(4, 5), "{names:?}");
    assert!(span(7, 10), "{names:?}");
    assert!(span(11, 13), "{names:?}");
}

/// A company's legal form is part of its name, after a comma too ("CCNG , Inc."), and the
/// article of an Arabic name split off with its hyphen belongs to the name with the given
/// name before it ("Muqtada al - Sadr").
#[test]
fn legal_forms_and_arabic_articles_belong_to_the_name() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "The contract was signed with CCNG , Inc. in Houston ."
        .split(' ')
        .collect();
    let names = bb.entities(&words);
    assert!(
        names.contains(&(5, 8, eventwire_backbone::EntityType::ORG)),
        "{names:?}"
    );
    let words: Vec<&str> = "Radical Shiite cleric Muqtada al - Sadr said the attack was a crime ."
        .split(' ')
        .collect();
    let names = bb.entities(&words);
    assert!(names.iter().any(|&(a, b, _)| (a, b) == (3, 7)), "{names:?}");
}

/// "demanded that Russian *police* free dozens of ...": after a singular subject of a
/// that-clause, "free" before its object is the verb.
#[test]
fn free_after_a_singular_that_subject_is_the_verb() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "Tajikistan demanded that Russian police free dozens of Tajik migrant workers ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[5], "VB", "{:?}", a.xpos);
}

/// "a" or "an" and a plural noun start a noun phrase, so a present verb right after them
/// is its head noun ("signed a fisheries *deal* with the European Union").
#[test]
fn a_verb_after_an_article_and_a_plural_is_a_noun() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "The Gambia signed a fisheries deal with the European Union ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[5], "NN", "{:?}", a.xpos);
}

/// The head and relation of `word` in the space-separated `text`: (head word, relation).
fn attachment(bb: &Backbone, text: &str, word: &str) -> (String, String) {
    let words: Vec<&str> = text.split(' ').collect();
    let a = bb.analyse(&words);
    let i = words.iter().position(|w| *w == word).unwrap();
    let head = a.heads[i].map_or("ROOT".to_string(), |h| words[h].to_string());
    (head, a.deprels[i].clone())
}

/// After a past verb that takes an object, perhaps with its day between, a noun and an
/// "-s" form are the object's compound and head ("imposed travel *bans*", "rejected on
/// Wednesday union *demands*"); verbs that report a clause keep a verb there ("said crime
/// pays").
#[test]
fn a_plural_object_after_a_past_is_no_verb() {
    let bb = Backbone::load_default().unwrap();
    assert_tag(
        &bb,
        "New Zealand imposed travel bans on Tuesday on 12 commanders .",
        "bans",
        "NNS",
    );
    assert_tag(
        &bb,
        "The minister rejected on Wednesday union demands to restore subsidies .",
        "demands",
        "NNS",
    );
    assert_tag(&bb, "He said crime pays .", "pays", "VBZ");
    assert_tag(
        &bb,
        "Austria returned 12 pre-Columbian stone figures to Mexico on Monday .",
        "figures",
        "NNS",
    );
}

/// Wire copy puts the day between a verb and its object: the object is the verb's
/// ("rejected on Friday a Thai proposal", "rejected on Wednesday union demands").
#[test]
fn an_object_after_the_day_is_the_verbs() {
    let bb = Backbone::load_default().unwrap();
    for (text, noun) in [
        (
            "Myanmar 's military government rejected on Friday a Thai proposal for talks .",
            "proposal",
        ),
        (
            "Argentina 's economy minister rejected on Wednesday union demands to restore public transport subsidies in Buenos Aires .",
            "demands",
        ),
    ] {
        assert_eq!(
            attachment(&bb, text, noun),
            ("rejected".to_string(), "obj".to_string()),
            "{text}"
        );
    }
}

/// A hyphened past form before a noun describes it ("the Tuareg-*led* rebels"), and a
/// noun joined by "and" right after the verb's object is the object's conjunct; a noun
/// read as the conjunct with a plural after it is that plural's compound ("Haiti 's
/// council and *party* leaders").
#[test]
fn conjuncts_of_an_object_are_the_objects() {
    let bb = Backbone::load_default().unwrap();
    let text = "Algeria urged Mali 's army and the Tuareg - led rebels on Sunday to stop fighting around Tinzaouaten .";
    assert_tag(&bb, text, "led", "VBN");
    assert_eq!(
        attachment(&bb, text, "rebels"),
        ("army".to_string(), "conj".to_string())
    );
    let text = "Canada called on Haiti 's transitional council and party leaders on Monday to open talks on an election timetable .";
    assert_eq!(
        attachment(&bb, text, "leaders"),
        ("council".to_string(), "conj".to_string())
    );
    assert_eq!(
        attachment(&bb, text, "party"),
        ("leaders".to_string(), "compound".to_string())
    );
}

/// A past form hung on the noun before it as a modifying clause, with no subject of its
/// own, is the passive participle ("soldiers *captured* during a raid"), unless its verb
/// takes no object ("protesters *marched*").
#[test]
fn a_past_describing_a_noun_is_a_participle() {
    let bb = Backbone::load_default().unwrap();
    assert_tag(
        &bb,
        "Rwanda will hand back 14 Burundian soldiers captured during a raid across the Rusizi river , the Rwandan army said on Thursday .",
        "captured",
        "VBN",
    );
}

/// A capitalised first word read as a base-form verb before a plural that then acts in
/// the past is the subject's adjective ("*Jihadist* fighters on motorbikes raided ...").
#[test]
fn a_first_word_before_a_subject_that_acts_is_its_adjective() {
    let bb = Backbone::load_default().unwrap();
    let text = "Jihadist fighters on motorbikes raided three villages near Tillia on Saturday .";
    assert_tag(&bb, text, "Jihadist", "JJ");
    assert_eq!(
        attachment(&bb, text, "fighters"),
        ("raided".to_string(), "nsubj".to_string())
    );
}

/// A "to" phrase hung on a name that is the verb's object is the verb's ("welcomed
/// Russia's Vladimir Putin *to Dushanbe*").
#[test]
fn a_destination_after_a_name_is_the_verbs() {
    let bb = Backbone::load_default().unwrap();
    let text = "Tajik President Emomali Rahmon welcomed Russia 's Vladimir Putin to Dushanbe on Wednesday .";
    assert_eq!(
        attachment(&bb, text, "Dushanbe"),
        ("welcomed".to_string(), "obl".to_string())
    );
}

/// A subject pronoun and a past verb right after a noun, the verb without an object, are a
/// relative clause on the noun ("a Kyrgyz bank *it accused* of helping ..."); not after a
/// day ("said on Wednesday he doubted ...").
#[test]
fn a_pronoun_and_a_past_after_a_noun_are_a_relative_clause() {
    let bb = Backbone::load_default().unwrap();
    let text = "Britain imposed sanctions on Tuesday on a Kyrgyz bank it accused of helping Russian companies dodge Western restrictions .";
    assert_eq!(
        attachment(&bb, text, "accused"),
        ("bank".to_string(), "acl:relcl".to_string())
    );
    let text = "The head of the commission said on Wednesday he doubted that ballot papers would arrive in time .";
    assert_ne!(attachment(&bb, text, "doubted").0, "Wednesday");
}

/// A word of four letters or more read as a modal is a noun ("Fano *militiamen* have
/// blocked"); "the dead" after "of" is the preposition's object, and the noun before "of"
/// is the subject of the verb after it ("Relatives of the dead had held vigils").
#[test]
fn modals_are_closed_and_the_dead_are_no_subject() {
    let bb = Backbone::load_default().unwrap();
    assert_tag(
        &bb,
        "Fano militiamen have blocked all roads into the town .",
        "militiamen",
        "NNS",
    );
    assert_eq!(
        attachment(
            &bb,
            "Relatives of the dead had held daily vigils outside the hospital .",
            "Relatives"
        ),
        ("held".to_string(), "nsubj".to_string())
    );
    assert_eq!(
        attachment(
            &bb,
            "Relatives of the dead had held daily vigils outside the hospital .",
            "dead"
        ),
        ("Relatives".to_string(), "nmod".to_string())
    );
}

/// An abbreviation of a common noun names nothing ("the IPO", "MPs", "GDP"), while an
/// organisation's acronym stays a name.
#[test]
fn abbreviations_of_common_nouns_are_not_names() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "MPs said the IPO raised more than GDP grew , and NATO agreed with the CEO ."
            .split(' ')
            .collect();
    let names = bb.entities(&words);
    let named = |w: &str| names.iter().any(|&(a, b, _)| b - a == 1 && words[a] == w);
    for w in ["MPs", "IPO", "GDP", "CEO"] {
        assert!(!named(w), "{w}: {names:?}");
    }
    assert!(named("NATO"), "{names:?}");
}

/// A verbless headline whose verb is a base form after a plural subject or "police" gets
/// that verb ("Fiji police arrest 12 Chinese nationals"); a noun compound stays ("Students
/// loan scheme").
#[test]
fn headline_base_forms_after_plural_subjects_are_verbs() {
    let bb = Backbone::load_default().unwrap();
    for (text, i) in [
        ("Fiji police arrest 12 Chinese nationals in drug raid", 2),
        ("Troops kill 12 militants in raid", 1),
    ] {
        let words: Vec<&str> = text.split(' ').collect();
        let a = bb.analyse(&words);
        assert_eq!(a.xpos[i], "VBP", "{text}: {:?}", a.xpos);
    }
    let words: Vec<&str> = "Students loan scheme".split(' ').collect();
    assert_eq!(bb.analyse(&words).xpos[1], "NN");
}

/// "The Kachin Independence Army and Myanmar's military agreed": a possessive after the
/// second of two coordinated names, before a singular noun, is the second name's; the
/// first name is the verb's subject with the noun as its conjunct. A plural possessed noun
/// stays joint ("Russia and China's leaders").
#[test]
fn a_possessive_after_two_names_belongs_to_the_second() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "The Kachin Independence Army and Myanmar 's military agreed to a truce ."
            .split(' ')
            .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.heads[3], Some(8), "{:?} {:?}", a.heads, a.deprels);
    assert_eq!(a.deprels[3], "nsubj", "{:?}", a.deprels);
    assert_eq!(a.heads[5], Some(7), "{:?}", a.heads);
    assert_eq!(a.deprels[7], "conj", "{:?}", a.deprels);
    let words: Vec<&str> = "Russia and China 's leaders met in Moscow ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.deprels[4], "nsubj", "{:?}", a.deprels);
}

/// A day of the week names no one: a place loses the day after it ("Fallujah Wednesday"),
/// a lone day is no name, and a name with a day inside stays ("Bloody Sunday").
#[test]
fn days_of_the_week_are_not_names() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "US Marines took most of Fallujah Wednesday , and the march can take place on Fri , Sat or Sun ."
        .split(' ')
        .collect();
    let names = bb.entities(&words);
    assert!(
        names
            .iter()
            .all(|&(a, b, _)| !(a..b).any(|i| matches!(words[i], "Wednesday" | "Fri" | "Sat"))),
        "{names:?}"
    );
    assert!(names.iter().any(|&(a, b, _)| (a, b) == (5, 6)), "{names:?}");
}

/// A name that is exactly a country is a place, also where it acts ("North Korea has at
/// least a couple of bombs").
#[test]
fn countries_are_places() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "It is rumored that North Korea has at least a couple of bombs ."
        .split(' ')
        .collect();
    let names = bb.entities(&words);
    assert!(names.contains(&(4, 6, EntityType::LOC)), "{names:?}");
}

/// A US state's postal code after a comma and a name is a place, and so is the name
/// ("Lawrence, KS"); a person's full name before a title stays a person ("Tom Molomby,
/// SC, said").
#[test]
fn postal_codes_of_states_after_places() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "It is my favorite store in Lawrence , KS ."
        .split(' ')
        .collect();
    let names = bb.entities(&words);
    assert!(names.contains(&(6, 7, EntityType::LOC)), "{names:?}");
    assert!(names.contains(&(8, 9, EntityType::LOC)), "{names:?}");
    let words: Vec<&str> =
        "Speaking for the parents , Tom Molomby , SC , said that they should be freed ."
            .split(' ')
            .collect();
    let names = bb.entities(&words);
    assert!(names.contains(&(5, 7, EntityType::PER)), "{names:?}");
}

/// "Ministry of Agriculture and Rural Development" is one organ; two organs joined by
/// "and", or an organ and a titled person, stay apart.
#[test]
fn organs_named_with_and_are_one_name() {
    let bb = Backbone::load_default().unwrap();
    let names_of = |text: &str| {
        let words: Vec<String> = text.split(' ').map(str::to_string).collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        bb.entities(&refs)
            .into_iter()
            .map(|(a, b, _)| refs[a..b].join(" "))
            .collect::<Vec<_>>()
    };
    let names =
        names_of("Vietnam 's Ministry of Agriculture and Rural Development banned the imports .");
    assert!(
        names
            .iter()
            .any(|n| n == "Ministry of Agriculture and Rural Development"),
        "{names:?}"
    );
    let names = names_of("The Ministry of Defence and the Ministry of Finance met .");
    assert!(
        names.iter().any(|n| n == "Ministry of Defence"),
        "{names:?}"
    );
    let names = names_of("The Ministry of Finance and Minister Sam Smith met .");
    assert!(
        names.iter().any(|n| n == "Ministry of Finance"),
        "{names:?}"
    );
}

/// A job after a person's name and a dash is no part of the name ("Bryan Hull - Analyst").
#[test]
fn jobs_after_a_dash_are_not_names() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "Please call Bryan Hull - Analyst or Eduardo Tellechea - Associate ."
        .split(' ')
        .collect();
    let names = bb.entities(&words);
    assert!(names.contains(&(2, 4, EntityType::PER)), "{names:?}");
    assert!(names.contains(&(7, 9, EntityType::PER)), "{names:?}");
}

/// A country's name of several words is a proper noun throughout, so its verb is found
/// ("Equatorial Guinea promised": the name is the verb's subject).
#[test]
fn names_of_countries_are_proper_nouns() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> = "Equatorial Guinea promised on Friday to free 12 Nigerian sailors ."
        .split(' ')
        .collect();
    let a = bb.analyse(&words);
    assert_eq!(a.xpos[1], "NNP", "{:?}", a.xpos);
    assert_eq!(a.heads[0], Some(2), "{:?} {:?}", a.heads, a.deprels);
    assert_eq!(a.deprels[0], "nsubj", "{:?}", a.deprels);
    assert_eq!(a.heads[2], None, "{:?}", a.heads);
}

/// An organ's name that goes on with "for" is one name ("State Committee for National
/// Security").
#[test]
fn organs_named_for_are_one_name() {
    let bb = Backbone::load_default().unwrap();
    let words: Vec<&str> =
        "Kyrgyzstan 's State Committee for National Security detained a former official ."
            .split(' ')
            .collect();
    let names = bb.entities(&words);
    assert!(names.contains(&(2, 7, EntityType::ORG)), "{names:?}");
}
