//! A small English lemmatiser for verbs and nouns: irregular forms from a list, regular
//! inflection by suffix rules, with the ambiguous cases ("visited" → visit, "praised" →
//! praise) decided by the lemmas the pattern dictionary knows.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const IRREGULAR: &str = include_str!("../data/irregular_verbs.txt");

fn irregular() -> &'static HashMap<&'static str, &'static str> {
    static T: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        IRREGULAR
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                Some((f.next()?, f.next()?))
            })
            .collect()
    })
}

/// Candidate lemmas of a verb form, most likely first.
fn verb_candidates(w: &str) -> Vec<String> {
    if let Some(l) = irregular().get(w) {
        return vec![l.to_string()];
    }
    let mut out = Vec::new();
    let stem_forms = |stem: &str, out: &mut Vec<String>| {
        if stem.len() < 2 {
            return;
        }
        out.push(stem.to_string());
        out.push(format!("{stem}e"));
        let b = stem.as_bytes();
        let n = b.len();
        if n >= 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b's' | b'l' | b'z' | b'f') {
            out.push(stem[..n - 1].to_string());
        }
        if n >= 3 && b[n - 1] == b[n - 2] {
            out.push(stem[..n - 1].to_string());
        }
    };
    if let Some(s) = w.strip_suffix("ied") {
        out.push(format!("{s}y"));
    } else if let Some(s) = w.strip_suffix("ed") {
        stem_forms(s, &mut out);
    } else if let Some(s) = w.strip_suffix("ing") {
        stem_forms(s, &mut out);
        if let Some(s2) = s.strip_suffix('y') {
            out.push(format!("{s2}ie"));
        }
    } else if let Some(s) = w.strip_suffix("ies") {
        out.push(format!("{s}y"));
    } else if let Some(s) = w.strip_suffix("es") {
        out.push(s.to_string());
        out.push(format!("{s}e"));
    } else if let Some(s) = w.strip_suffix('s') {
        if !w.ends_with("ss") {
            out.push(s.to_string());
        }
    }
    out.push(w.to_string());
    out
}

/// Lemma of a verb form (lower-cased), choosing among candidates the one in `known`;
/// without one, English spelling decides ([`unknown_stem`]).
pub fn verb(word: &str, known: &HashSet<String>) -> String {
    let w = word.to_lowercase().replace('’', "'");
    let c = verb_candidates(&w);
    if let Some(k) = c.iter().find(|x| known.contains(x.as_str())) {
        return k.clone();
    }
    let stem = if irregular().contains_key(w.as_str()) || w.ends_with("ied") {
        None
    } else {
        w.strip_suffix("ed").or_else(|| w.strip_suffix("ing"))
    };
    match stem {
        Some(s) if s.len() >= 2 => unknown_stem(s),
        _ => c[0].clone(),
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The base form of a regular verb the dictionary does not know, from the stem left by
/// "-ed" or "-ing": a doubled final consonant is undone ("stopped", "expelled"; not
/// "killed", "recalled", "passed"), and the silent "e" English spelling drops is put back
/// where the stem's ending needs one ("collaps-ed", "decid-ed", "dedicat-ed",
/// "struggl-ed", "captur-ed", "agre-ed"). Endings that go both ways ("-et": target,
/// complete; "-on": abandon, condone) are left bare; the dictionary names the verbs it
/// cares about.
fn unknown_stem(s: &str) -> String {
    let b = s.as_bytes();
    let n = b.len();
    let (last, prev) = (b[n - 1], b[n - 2]);
    let before = |k: usize| (n > k).then(|| b[n - 1 - k]);
    let vowel_groups = b
        .iter()
        .enumerate()
        .filter(|&(i, &c)| is_vowel(c) && (i == 0 || !is_vowel(b[i - 1])))
        .count();
    if last == prev && !is_vowel(last) {
        let undo = match last {
            b's' | b'f' | b'z' => false,
            // "expelled", "cancelled", "controlled"; not "killed", "recalled"
            b'l' => {
                vowel_groups >= 2
                    && before(2).is_some_and(|v| is_vowel(v) && v != b'a')
                    && before(3).is_some_and(|c| !is_vowel(c))
            }
            _ => true,
        };
        return if undo {
            s[..n - 1].to_string()
        } else {
            s.to_string()
        };
    }
    // consonant + one of these vowels + the last letter ("decid", "provok", "nam")
    let single = |vs: &[u8]| vs.contains(&prev) && before(2).is_some_and(|c| !is_vowel(c));
    let e = match last {
        b'v' | b'u' | b'z' | b'c' => true,
        b'e' => prev != b'e',
        b's' => !s.ends_with("cus"),
        // "engag", "urg", "chang", "challeng"; not "belong", "bang"
        b'g' => {
            is_vowel(prev)
                || prev == b'r'
                || (prev == b'n' && before(2).is_some_and(|v| matches!(v, b'a' | b'e')) && n > 4)
        }
        b'l' => !is_vowel(prev) || single(b"aiou"),
        b'r' => !is_vowel(prev) || single(b"aiu") || s.ends_with("uir"),
        b't' => single(b"auo"),
        b'd' | b'k' | b'm' => single(b"aiou"),
        b'b' => single(b"iou"),
        b'n' => single(b"i"),
        _ => false,
    };
    if e {
        format!("{s}e")
    } else {
        s.to_string()
    }
}

/// Currencies other than the dollar, euro, pound and yen, singular and plural, which the
/// patterns name. An amount in any of them is money: "would give Ukraine 200 million
/// *kronor*" is aid like "$20 million". Words that are also common words or
/// names (real, won, rand, mark, sol, colon, leone, afghani, tala) are left out.
const CURRENCIES: &[&str] = &[
    "krona",
    "kronor",
    // (the plural only: "300 million crowns", Norwegian or Czech; a crown is a crown)
    "crowns",
    "krone",
    "kroner",
    "rupee",
    "rupees",
    "rupiah",
    "naira",
    "shilling",
    "shillings",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "franc",
    "francs",
    "peso",
    "pesos",
    "dinar",
    "dinars",
    "riyal",
    "riyals",
    "rial",
    "rials",
    "dirham",
    "dirhams",
    "lira",
    "liras",
    "zloty",
    "zlotys",
    "zlotych",
    "forint",
    "forints",
    "hryvnia",
    "hryvnias",
    "ringgit",
    "baht",
    "taka",
    "kwacha",
    "cedi",
    "cedis",
    "birr",
    "leu",
    "manat",
    "tenge",
    "kyat",
    "renminbi",
    "reais",
    "koruna",
    "korunas",
    "quetzal",
    "quetzales",
    "bolivar",
    "bolivares",
    "guarani",
    "shekel",
    "shekels",
    "ouguiya",
    "dalasi",
    "riel",
    "tugrik",
    "somoni",
    "denar",
    "denars",
    "dram",
    "drams",
    "lempira",
    "lempiras",
    "cordoba",
    "cordobas",
    "lilangeni",
    "ariary",
    "pa'anga",
    "vatu",
    "usd",
    "eur",
    "gbp",
];

/// Lemma of a noun: lower case, regular plurals removed ("sanctions" → sanction,
/// "authorities" → authority, "talks" → talk).
pub fn noun(word: &str) -> String {
    let w = word.to_lowercase().replace('’', "'");
    if w == "men" {
        return "man".to_string();
    }
    if CURRENCIES.contains(&w.as_str()) {
        return "dollar".to_string();
    }
    if w.len() <= 3 || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w;
    }
    if let Some(s) = w.strip_suffix("ies") {
        // "ties", "lies": the stem is too short for -y
        if s.len() <= 1 {
            return w[..w.len() - 1].to_string();
        }
        return format!("{s}y");
    }
    for suf in ["ches", "shes", "sses", "xes"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    if let Some(s) = w.strip_suffix("men") {
        return format!("{s}man");
    }
    if let Some(s) = w.strip_suffix('s') {
        return s.to_string();
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs() {
        let known: HashSet<String> = [
            "visit", "praise", "sign", "arrest", "threaten", "stop", "accuse",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(verb("visited", &known), "visit");
        assert_eq!(verb("praised", &known), "praise");
        assert_eq!(verb("Signed", &known), "sign");
        assert_eq!(verb("threatened", &known), "threaten");
        assert_eq!(verb("stopped", &known), "stop");
        assert_eq!(verb("met", &known), "meet");
        assert_eq!(verb("accused", &known), "accuse");
        assert_eq!(verb("carries", &known), "carry");
        // verbs the dictionary does not know: English spelling decides
        for (form, lemma) in [
            ("collapsed", "collapse"),
            ("saved", "save"),
            ("stipulated", "stipulate"),
            ("struggled", "struggle"),
            ("decreed", "decree"),
            ("dedicated", "dedicate"),
            ("acquitted", "acquit"),
            ("planned", "plan"),
            ("killed", "kill"),
            ("recalled", "recall"),
            ("passed", "pass"),
            ("expelled", "expel"),
            ("cancelled", "cancel"),
            ("ruled", "rule"),
            ("decided", "decide"),
            ("raided", "raid"),
            ("avoided", "avoid"),
            ("abandoned", "abandon"),
            ("developed", "develop"),
            ("targeted", "target"),
            ("rioted", "riot"),
            ("voted", "vote"),
            ("described", "describe"),
            ("curbed", "curb"),
            ("urged", "urge"),
            ("changed", "change"),
            ("belonged", "belong"),
            ("focused", "focus"),
            ("released", "release"),
            ("declared", "declare"),
            ("offered", "offer"),
            ("captured", "capture"),
            ("required", "require"),
            ("continued", "continue"),
            ("seized", "seize"),
            ("produced", "produce"),
            ("agreed", "agree"),
            ("freeing", "free"),
            ("deciding", "decide"),
            ("provoked", "provoke"),
            ("named", "name"),
            ("claimed", "claim"),
            ("joined", "join"),
            ("declined", "decline"),
            ("imprisoned", "imprison"),
            ("executed", "execute"),
            ("defeated", "defeat"),
        ] {
            assert_eq!(verb(form, &known), lemma, "{form}");
        }
    }

    #[test]
    fn nouns() {
        assert_eq!(noun("sanctions"), "sanction");
        assert_eq!(noun("authorities"), "authority");
        assert_eq!(noun("talks"), "talk");
        assert_eq!(noun("Men"), "man");
        assert_eq!(noun("Congress"), "congress");
        assert_eq!(noun("servicemen"), "serviceman");
        assert_eq!(noun("ties"), "tie");
    }
}
