//! Synthetic news sentences written from templates and our gazetteers: extra NER training
//! data for the names and contexts of international news (who said what, where, for which
//! organisation) that the small gold corpora cover thinly. Licence-clean: all ours.
use crate::data::NerSentence;
use crate::hash::Rng;
use crate::ner::GAZETTEERS;
use eventwire_model::EntityType;

/// `{PER}`, `{ORG}`, `{LOC}`, `{NAT}` (nationality, MISC) and `{TITLE}` (not an entity) are
/// filled in; everything else is copied. Tokens are separated by spaces.
const TEMPLATES: &[&str] = &[
    "{PER} , the {NAT} {TITLE} , said on Monday that {ORG} would send aid to {LOC} .",
    "{ORG} said in a statement that {PER} had resigned .",
    "Officials in {LOC} told {ORG} that at least 12 people were killed .",
    "{TITLE} {PER} arrived in {LOC} on Tuesday for talks with {PER} .",
    "The {ORG} spokesman , {PER} , declined to comment .",
    "{PER} met {PER} in {LOC} to discuss trade and security .",
    "Shares of {ORG} fell 3 percent in {LOC} on Wednesday .",
    "{LOC} and {LOC} signed an agreement , {ORG} reported .",
    "According to {ORG} , {PER} will visit {LOC} next week .",
    "{PER} told reporters in {LOC} that talks with {ORG} had failed .",
    "Protesters gathered outside the {ORG} headquarters in {LOC} on Sunday .",
    "{PER} , who leads {ORG} , was born in {LOC} .",
    "The {NAT} government has asked {ORG} for help , {PER} said .",
    "Fighting continued near {LOC} , {ORG} said , citing {NAT} officials .",
    "{ORG} chief executive {PER} said profits rose in the third quarter .",
    "In an interview with {ORG} , {PER} criticised the decision .",
    "{PER} of {ORG} won the seat in {LOC} .",
    "Troops from {LOC} crossed into {LOC} overnight , the {ORG} said .",
    "{PER} , 54 , was previously {TITLE} of {ORG} .",
    "Reporting by {PER} in {LOC} ; editing by {PER}",
    "{LOC} ( {ORG} ) - {NAT} forces shelled the outskirts of {LOC} on Thursday .",
    "\" We will not give up , \" {PER} said in {LOC} .",
    "{PER} and {PER} are expected to attend the summit in {LOC} .",
    "The {NAT} {TITLE} {PER} called for a ceasefire .",
    "{ORG} and {ORG} agreed to merge , the companies said .",
    "A court in {LOC} sentenced {PER} to five years in prison .",
    "{PER} flew to {LOC} after meeting {TITLE} {PER} .",
    "Police in {LOC} arrested two men , {ORG} reported .",
    "{ORG} officials met in {LOC} to discuss the crisis in {LOC} .",
    "{PER} said {ORG} had no plans to leave {LOC} .",
];

/// Correspondence (emails, forum posts, web comments): greetings and sign-offs where a
/// first name stands alone, and the same frames without a name. One synthetic sentence in
/// five comes from here. `{FIRST}` is a first name, `{first}` one in lower case.
const CORRESPONDENCE: &[&str] = &[
    "{FIRST}",
    "{FIRST}",
    "{FIRST} ,",
    "- {FIRST}",
    "{PER}",
    "Thanks , {FIRST}",
    "Thanks {FIRST} !",
    "Thank you , {FIRST}",
    "Regards , {PER}",
    "Best , {FIRST}",
    "Cheers , {FIRST}",
    "Dear {FIRST} ,",
    "Hi {FIRST} ,",
    "Hello {FIRST} :",
    "Good morning {FIRST} -",
    "{FIRST} , {FIRST} and {FIRST} -",
    "Posted by {first}",
    "{first}",
    "thanks {first}",
    "{FIRST} and {FIRST} were very helpful .",
    "{FIRST} will call you tomorrow about the contract .",
    "Please ask {FIRST} to send me the file .",
    "i told {first} about it but she did n't care .",
    "me and {first} went to {LOC} last summer .",
    "{FIRST} has asked me to forward this to you .",
    "Call {FIRST} at 555 - 0134 if you have questions .",
    "Email : \" {FIRST} \"",
    "Thanks",
    "Thanks !",
    "Thanks ,",
    "Thank you",
    "Regards ,",
    "Best regards ,",
    "Cheers",
    "Hi all ,",
    "Hello everyone",
    "Dear Sir or Madam ,",
    "Sincerely ,",
    "Good luck !",
    "Yes",
    "No",
    "Ok",
    "Sure",
    "See attached",
    "Agreed",
    "Any ideas ?",
    "Help !",
    "Update",
];

/// Reviews and local talk: shops and restaurants named after their owner ("Del Frisco 's",
/// "Ray 's Pizza"), where the possessive is part of the name. `{BIZ}` is such a name: a
/// place one goes to (LOC, as a building) after "at", "to", "from", "near", a company
/// (ORG) where it acts. `{BIZO}` is the same name as ORG. One news sentence in ten comes
/// from here.
const LOCAL: &[&str] = &[
    "We had dinner at {BIZ} last night and the food was great .",
    "I will be going to {BIZ} on Friday .",
    "The best pizza in {LOC} is at {BIZ} .",
    "Meet me at {BIZ} around 5 .",
    "{BIZO} did a great job on my car .",
    "{BIZO} has the friendliest staff in town !",
    "I have been going to {BIZ} for years .",
    "Highly recommend {BIZO} .",
    "Thank you {BIZO} !",
    "{BIZO} refused to fix it , so I went to {BIZ} instead .",
    "{PER} 's car was parked outside {BIZ} .",
    "{PER} 's dog is very friendly .",
    "I asked {FIRST} 's brother about it .",
    "{BIZO} is closed on Sundays .",
    "The new {BIZ} near {LOC} just opened .",
];

/// Words that follow an owner's name in a shop's or restaurant's name.
const BIZ_NOUNS: &[&str] = &[
    "Pizza",
    "Diner",
    "Bakery",
    "Grill",
    "Cafe",
    "Deli",
    "Garage",
    "Auto Repair",
    "Bar",
    "Pub",
    "Tavern",
    "Kitchen",
    "Barbershop",
    "Hardware",
    "Furniture",
    "Bagels",
];

/// Single words from the organisation list that are also common words ("Total", "Apple").
const AMBIGUOUS_ORGS: &[&str] = &[
    "Total",
    "Target",
    "Signal",
    "Time",
    "Times",
    "Guardian",
    "Economist",
    "Amazon",
    "Apple",
    "Shell",
    "Meta",
    "Visa",
    "Fed",
    "Wagner",
    "Vox",
    "Insider",
    "Slack",
    "Zoom",
    "Snap",
    "Greens",
    "Renaissance",
    "Congress",
    "Parliament",
    "Senate",
    "Labour",
    "Commonwealth",
    "Lega",
    "Post",
    "Sky",
    "Delta",
    "Oracle",
    "Ford",
    "Apollo",
    "Citadel",
    "Fidelity",
    "Vanguard",
    "Treasury",
    "Pentagon",
    "Kremlin",
    "Vatican",
    "Wikipedia",
    "Olympics",
    "Grammy",
    "Oscars",
    "Target",
];

fn list(name: &str) -> Vec<Vec<String>> {
    GAZETTEERS
        .iter()
        .filter(|(n, _)| *n == name)
        .flat_map(|(_, text)| text.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().map(String::from).collect())
        .collect()
}

/// `n` sentences, deterministic for a seed.
pub fn news_sentences(n: usize, seed: u64) -> Vec<NerSentence> {
    let firsts = list("first_name");
    let lasts = list("surname");
    let orgs: Vec<Vec<String>> = list("organisation")
        .into_iter()
        .filter(|o| !(o.len() == 1 && AMBIGUOUS_ORGS.contains(&o[0].as_str())))
        .collect();
    let mut locs = list("country");
    locs.extend(list("city"));
    locs.extend(list("region"));
    let nats: Vec<Vec<String>> = list("nationality")
        .into_iter()
        .filter(|w| w.len() == 1 && w[0].chars().next().is_some_and(char::is_uppercase))
        .collect();
    let titles: Vec<Vec<String>> = list("title")
        .into_iter()
        .filter(|t| t[0].chars().next().is_some_and(char::is_uppercase))
        .collect();
    let mut rng = Rng::new(seed ^ 0x5e75);
    let pick = |v: &Vec<Vec<String>>, rng: &mut Rng| v[rng.below(v.len())].clone();
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let template = if rng.below(5) == 0 {
            CORRESPONDENCE[rng.below(CORRESPONDENCE.len())]
        } else if rng.below(10) == 0 {
            LOCAL[rng.below(LOCAL.len())]
        } else {
            TEMPLATES[rng.below(TEMPLATES.len())]
        };
        let mut words: Vec<String> = Vec::new();
        let mut spans = Vec::new();
        for tok in template.split(' ') {
            let (filler, ty) = match tok {
                "{PER}" => {
                    let mut name = Vec::new();
                    if rng.below(10) < 7 {
                        name.extend(pick(&firsts, &mut rng));
                    }
                    name.extend(pick(&lasts, &mut rng));
                    (name, Some(EntityType::PER))
                }
                "{FIRST}" => (pick(&firsts, &mut rng), Some(EntityType::PER)),
                "{first}" => {
                    let name = pick(&firsts, &mut rng);
                    let name = name.iter().map(|w| w.to_lowercase()).collect();
                    (name, Some(EntityType::PER))
                }
                "{BIZ}" | "{BIZO}" => {
                    let mut name = if rng.below(2) == 0 {
                        pick(&firsts, &mut rng)
                    } else {
                        pick(&lasts, &mut rng)
                    };
                    name.push("'s".to_string());
                    if rng.below(2) == 0 {
                        let noun = BIZ_NOUNS[rng.below(BIZ_NOUNS.len())];
                        name.extend(noun.split(' ').map(String::from));
                    }
                    let ty = if tok == "{BIZ}" {
                        EntityType::LOC
                    } else {
                        EntityType::ORG
                    };
                    (name, Some(ty))
                }
                "{ORG}" => (pick(&orgs, &mut rng), Some(EntityType::ORG)),
                "{LOC}" => (pick(&locs, &mut rng), Some(EntityType::LOC)),
                "{NAT}" => (pick(&nats, &mut rng), Some(EntityType::MISC)),
                "{TITLE}" => (pick(&titles, &mut rng), None),
                w => (vec![w.to_string()], None),
            };
            let start = words.len();
            words.extend(filler);
            if let Some(t) = ty {
                spans.push((start, words.len(), t));
            }
        }
        out.push(NerSentence {
            words,
            spans,
            doc_start: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_deterministic_and_spans_valid() {
        let a = news_sentences(50, 1);
        let b = news_sentences(50, 1);
        assert_eq!(a.len(), 50);
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.words, y.words);
            assert_eq!(x.spans, y.spans);
            for &(s, e, _) in &x.spans {
                assert!(s < e && e <= x.words.len());
            }
        }
    }

    #[test]
    fn a_shop_named_after_its_owner_keeps_the_possessive() {
        let found = news_sentences(2000, 1).iter().any(|s| {
            s.spans
                .iter()
                .any(|&(a, e, _)| e - a >= 2 && s.words[a + 1] == "'s")
        });
        assert!(found);
    }
}
