//! Word lists the scanner consults. Each lookup runs only at the rare places where it can
//! matter (a hyphen, an apostrophe, a period after a word), so plain `match`es are fast
//! enough and need no hashing or allocation.

/// Lower-cases an ASCII word of at most `N` bytes into a stack buffer.
pub(crate) fn lower_ascii<const N: usize>(w: &[u8]) -> Option<([u8; N], usize)> {
    lower::<N>(w)
}

fn lower<const N: usize>(w: &[u8]) -> Option<([u8; N], usize)> {
    if w.len() > N {
        return None;
    }
    let mut buf = [0u8; N];
    for (d, s) in buf.iter_mut().zip(w) {
        if !s.is_ascii() {
            return None;
        }
        *d = s.to_ascii_lowercase();
    }
    Some((buf, w.len()))
}

/// Prefixes EWT and GUM keep attached to the rest of a hyphenated word ("e-mail",
/// "non-profit", "co-founder", "re-elected"); every other hyphen is split off.
pub(crate) fn is_hyphen_prefix(seg: &str) -> bool {
    let Some((buf, n)) = lower::<8>(seg.as_bytes()) else {
        return false;
    };
    matches!(
        &buf[..n],
        b"e" | b"co"
            | b"pre"
            | b"non"
            | b"post"
            | b"anti"
            | b"pro"
            | b"mid"
            | b"re"
            | b"ex"
            | b"multi"
            | b"semi"
            | b"neo"
            | b"cross"
            | b"socio"
            | b"over"
            | b"sub"
            | b"mini"
            | b"inter"
            | b"counter"
            | b"intra"
            | b"micro"
            | b"macro"
            | b"mega"
            | b"ultra"
            | b"quasi"
            | b"pseudo"
            | b"trans"
            | b"bi"
            | b"tri"
            | b"uni"
            | b"geo"
            | b"infra"
            | b"extra"
            | b"hyper"
            | b"vice"
    ) && seg != "Vice"
}

/// Clitics split off after an apostrophe ("John" "'s", "I" "'m", "we" "'ll").
pub(crate) fn is_clitic(suf: &[u8]) -> bool {
    let Some((buf, n)) = lower::<2>(suf) else {
        return false;
    };
    matches!(&buf[..n], b"s" | b"m" | b"d" | b"ll" | b"re" | b"ve")
}

/// Split points of fused forms EWT treats as two words ("gonna" -> "gon" "na") and of
/// apostrophe-less contractions common in web text ("dont" -> "do" "nt").
pub(crate) fn fused_split(w: &[u8]) -> Option<(usize, Option<usize>)> {
    let (buf, n) = lower::<8>(w)?;
    // Quick reject on the last letter: every entry ends in a, e, o, t or m.
    if !matches!(buf[n - 1], b'a' | b'e' | b'o' | b't' | b'm' | b's') {
        return None;
    }
    let word = &buf[..n];
    let k = match word {
        b"gonna" | b"wanna" | b"gotta" | b"outta" | b"lemme" | b"gimme" | b"sorta" | b"cannot" => 3,
        b"awhile" => 1,
        b"dunno" => return Some((2, Some(3))),
        b"dont" | b"cant" | b"wont" | b"aint" => 2,
        b"didnt" | b"isnt" | b"hasnt" | b"hadnt" | b"doesnt" | b"wasnt" | b"arent" | b"havent"
        | b"werent" | b"couldnt" | b"wouldnt" | b"shouldnt" => n - 2,
        // "Im" but not "IM" (instant messaging).
        b"im" if w != b"IM" => 1,
        b"youre" => 3,
        b"ive" => 1,
        b"thats" | b"whats" => 4,
        b"theres" => 5,
        _ => return None,
    };
    Some((k, None))
}

/// Units split from a number written against them ("5km" -> "5" "km", "$1.13bn").
pub(crate) fn is_unit(u: &[u8]) -> bool {
    let Some((buf, n)) = lower::<5>(u) else {
        return false;
    };
    matches!(
        &buf[..n],
        b"am"
            | b"pm"
            | b"k"
            | b"m"
            | b"bn"
            | b"b"
            | b"mn"
            | b"mln"
            | b"tn"
            | b"trn"
            | b"mm"
            | b"cm"
            | b"km"
            | b"kg"
            | b"g"
            | b"mg"
            | b"lb"
            | b"lbs"
            | b"oz"
            | b"ft"
            | b"in"
            | b"mi"
            | b"ml"
            | b"l"
            | b"mph"
            | b"kph"
            | b"kmh"
            | b"gb"
            | b"mb"
            | b"tb"
            | b"kb"
            | b"ghz"
            | b"mhz"
            | b"hz"
            | b"kw"
            | b"mw"
            | b"gw"
            | b"kwh"
            | b"mwh"
            | b"gwh"
            | b"hp"
            | b"cc"
            | b"yd"
            | b"yds"
            | b"sec"
            | b"secs"
            | b"min"
            | b"mins"
            | b"hr"
            | b"hrs"
            | b"h"
            | b"c"
            | b"f"
            | b"p"
            | b"x"
            | b"pct"
            | b"t"
            | b"yr"
            | b"yrs"
            | b"bps"
            | b"db"
            | b"mah"
            | b"watt"
    )
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum AbbrevKind {
    /// Titles and name parts that precede a name, so never end a sentence ("Mr.", "Gen.").
    Title,
    /// Abbreviations only before a number ("No. 10", "p. 5"); otherwise an ordinary word.
    BeforeNumber,
    /// Other abbreviations, which may end a sentence ("U.S.", "etc.", "Inc.").
    Other,
}

/// The kind of a period-final abbreviation, given the word before the period.
/// Case matters: "Gen." is a title, "gen." is not an abbreviation we know.
pub(crate) fn abbrev_kind(w: &[u8]) -> Option<AbbrevKind> {
    if let Some(k) = abbrev_kind_exact(w) {
        return Some(k);
    }
    // Capitals ("LTD.", "CORP.", "GEN."): look up the title-case form.
    if w.len() >= 2 && w.len() <= 8 && w.iter().all(u8::is_ascii_uppercase) {
        let mut buf = [0u8; 8];
        buf[0] = w[0];
        for (d, s) in buf[1..].iter_mut().zip(&w[1..]) {
            *d = s.to_ascii_lowercase();
        }
        return abbrev_kind_exact(&buf[..w.len()]);
    }
    None
}

fn abbrev_kind_exact(w: &[u8]) -> Option<AbbrevKind> {
    use AbbrevKind::*;
    Some(match w {
        b"Mr" | b"Mrs" | b"Ms" | b"Messrs" | b"Mmes" | b"Dr" | b"Drs" | b"Prof" | b"Gen"
        | b"Gens" | b"Lt" | b"Col" | b"Maj" | b"Capt" | b"Cpt" | b"Sgt" | b"Cpl" | b"Pvt"
        | b"Adm" | b"Cmdr" | b"Cdr" | b"Brig" | b"Rev" | b"Revs" | b"Sen" | b"Sens" | b"Rep"
        | b"Reps" | b"Gov" | b"Govs" | b"Pres" | b"Supt" | b"Det" | b"Insp" | b"Hon" | b"Fr"
        | b"Mme" | b"Mlle" | b"Amb" | b"Atty" | b"Sr" | b"Jr" | b"St" | b"Ste" | b"Mt" | b"Ft"
        | b"MR" | b"MRS" | b"DR" | b"GEN" | b"Msgr" | b"Cllr" | b"Sra" | b"Sgts" => Title,
        b"No" | b"Nos" | b"no" | b"nos" | b"p" | b"pp" | b"Vol" | b"vol" | b"Vols" | b"Fig"
        | b"fig" | b"Figs" | b"Art" | b"art" | b"Sec" | b"sec" | b"Ch" | b"ch" | b"Para"
        | b"para" | b"Tel" | b"tel" | b"Ext" | b"ext" | b"Pt" | b"pt" | b"Rm" | b"Apt" => {
            BeforeNumber
        }
        b"Jan" | b"Feb" | b"Mar" | b"Apr" | b"Jun" | b"Jul" | b"Aug" | b"Sep" | b"Sept"
        | b"Oct" | b"Nov" | b"Dec" | b"Mon" | b"Tue" | b"Tues" | b"Wed" | b"Thu" | b"Thur"
        | b"Thurs" | b"Fri" | b"Sat" | b"Inc" | b"Corp" | b"Co" | b"Ltd" | b"Bros" | b"Plc"
        | b"plc" | b"Cos" | b"Dept" | b"dept" | b"Univ" | b"Assn" | b"Ave" | b"Blvd" | b"Rd"
        | b"Hwy" | b"approx" | b"Approx" | b"etc" | b"vs" | b"al" | b"cf" | b"ca" | b"est"
        | b"pct" | b"yr" | b"yrs" | b"mins" | b"hrs" | b"lb" | b"lbs" | b"oz" | b"sq" | b"misc"
        | b"incl" | b"eg" | b"ie" | b"viz" | b"Ed" | b"eds" | b"Eds" | b"esp" | b"govt"
        | b"Govt" | b"Intl" | b"Natl" | b"Mass" | b"Calif" | b"Fla" | b"Ariz" | b"Ill" | b"Va"
        | b"Penn" | b"Conn" | b"Tenn" | b"Mich" | b"Minn" | b"Wis" | b"Ga" | b"Ky" | b"La"
        | b"Md" | b"Mo" | b"Nev" | b"Okla" | b"Ore" | b"Tex" | b"Colo" | b"Ala" | b"Ark"
        | b"Kan" | b"Neb" | b"Wyo" | b"Pa" | b"Ind" | b"Conf" | b"Attn" | b"attn" | b"Ph"
        | b"Mob" | b"Fax" | b"Arrv" | b"arrv" | b"div" | b"info" | b"Est" | b"Bldg" | b"Mgr"
        | b"mgr" | b"Asst" | b"asst" | b"Dir" | b"Div" | b"Gov't" | b"Sq" | b"Pl" | b"Ln"
        | b"Jct" | b"Mtn" | b"Ref" | b"ref" | b"Ibid" | b"ibid" | b"Op" | b"op" | b"Cit"
        | b"cit" | b"Min" | b"Max" | b"max" | b"Avg" | b"avg" | b"Tbsp" | b"tbsp" | b"tsp"
        | b"Wk" | b"wk" | b"mo" | b"Mos" | b"mos" | b"PS" | b"Ps" | b"ps" => Other,
        _ => return None,
    })
}

/// Words that commonly start a sentence; after an abbreviation such as "U.S." only these
/// signal a new sentence, since a capitalised name more often continues it ("U.S. Army").
pub(crate) fn is_sentence_starter(w: &str) -> bool {
    let Some((buf, n)) = lower::<10>(w.as_bytes()) else {
        return false;
    };
    matches!(
        &buf[..n],
        b"the"
            | b"a"
            | b"an"
            | b"he"
            | b"she"
            | b"it"
            | b"they"
            | b"we"
            | b"i"
            | b"you"
            | b"but"
            | b"and"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"there"
            | b"his"
            | b"her"
            | b"their"
            | b"its"
            | b"our"
            | b"my"
            | b"your"
            | b"if"
            | b"when"
            | b"while"
            | b"as"
            | b"after"
            | b"before"
            | b"since"
            | b"some"
            | b"many"
            | b"most"
            | b"one"
            | b"so"
            | b"yet"
            | b"however"
            | b"meanwhile"
            | b"also"
            | b"what"
            | b"why"
            | b"how"
            | b"who"
            | b"where"
            | b"then"
            | b"now"
            | b"last"
            | b"earlier"
            | b"later"
            | b"officials"
            | b"mr."
            | b"mrs."
            | b"ms."
            | b"dr."
            | b"no"
            | b"yes"
            | b"not"
            | b"all"
            | b"both"
            | b"each"
            | b"other"
            | b"such"
            | b"please"
            | b"thanks"
            | b"thank"
            | b"let"
            | b"to"
            | b"with"
            | b"by"
            | b"from"
            | b"of"
            | b"or"
            | b"because"
            | b"although"
            | b"though"
            | b"still"
            | b"even"
            | b"only"
            | b"do"
            | b"does"
            | b"did"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"have"
            | b"has"
            | b"had"
            | b"will"
            | b"would"
            | b"can"
            | b"could"
            | b"should"
            | b"may"
            | b"might"
            | b"here"
            | b"about"
            | b"under"
            | b"over"
            | b"during"
            | b"according"
    )
}
