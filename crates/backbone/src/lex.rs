//! Per-token lexical hashes, computed once per token and shared by all three models.
use crate::hash::hash_str;

/// Hashes of the string views of one word that features are built from.
#[derive(Clone, Copy, Default, Debug)]
pub struct Lex {
    /// The form as written.
    pub form: u64,
    /// Lowercased, digits mapped to `0` so unseen numbers look like seen ones.
    pub norm: u64,
    /// Character classes (`X`, `x`, `d`, punctuation kept), runs capped at four.
    pub shape: u64,
    /// Prefixes of one to three characters (of the normalised form).
    pub pre: [u64; 3],
    /// Suffixes of one to four characters (of the normalised form).
    pub suf: [u64; 4],
    /// Coarse orthographic class: see [`ortho_class`].
    pub ortho: u64,
}

/// Lowercase and map digits to `0`.
pub fn normalise(word: &str) -> String {
    word.chars()
        .flat_map(|c| c.to_lowercase())
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect()
}

/// Word shape as in "Xxxx", "dd-dd", runs of one class capped at four characters.
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    let mut run = 0;
    for ch in word.chars() {
        let c = if ch.is_uppercase() {
            'X'
        } else if ch.is_lowercase() {
            'x'
        } else if ch.is_numeric() {
            'd'
        } else {
            ch
        };
        if c == last {
            run += 1;
        } else {
            run = 1;
            last = c;
        }
        if run <= 4 {
            out.push(c);
        }
    }
    out
}

/// Small closed class of orthographic patterns (capitalised, all caps, has digits...).
pub fn ortho_class(word: &str) -> u64 {
    let mut upper = 0;
    let mut lower = 0;
    let mut digit = 0;
    let mut other = 0;
    let mut hyphen = false;
    for c in word.chars() {
        if c.is_uppercase() {
            upper += 1
        } else if c.is_lowercase() {
            lower += 1
        } else if c.is_numeric() {
            digit += 1
        } else {
            other += 1;
            if c == '-' {
                hyphen = true;
            }
        }
    }
    let first_upper = word.chars().next().is_some_and(|c| c.is_uppercase());
    let class = if digit > 0 && upper + lower == 0 {
        1
    } else if digit > 0 {
        2
    } else if upper > 0 && lower == 0 {
        3
    } else if first_upper && upper == 1 {
        4
    } else if first_upper {
        5
    } else if upper > 0 {
        6
    } else if lower > 0 {
        7
    } else {
        8
    };
    class * 2 + hyphen as u64 + (other > 0) as u64 * 32
}

/// Longest word [`Lex::new`] views without allocating.
const SHORT: usize = 48;

impl Lex {
    pub fn new(word: &str) -> Lex {
        if word.is_ascii() && word.len() <= SHORT {
            Lex::new_ascii(word.as_bytes())
        } else {
            Lex::new_any(word)
        }
    }

    fn new_any(word: &str) -> Lex {
        let norm = normalise(word);
        let chars: Vec<(usize, char)> = norm.char_indices().collect();
        let n = chars.len();
        let prefix = |k: usize| -> u64 {
            let end = if k >= n { norm.len() } else { chars[k].0 };
            hash_str(&norm[..end]) ^ (k as u64)
        };
        let suffix = |k: usize| -> u64 {
            let start = if k >= n { 0 } else { chars[n - k].0 };
            hash_str(&norm[start..]).rotate_left(k as u32 + 1)
        };
        Lex {
            form: hash_str(word),
            norm: hash_str(&norm),
            shape: hash_str(&shape(word)),
            pre: [prefix(1), prefix(2), prefix(3)],
            suf: [suffix(1), suffix(2), suffix(3), suffix(4)],
            ortho: ortho_class(word),
        }
    }

    /// [`Lex::new`] of a short ASCII word (nearly all of them), with the normalised form
    /// and shape in stack buffers rather than strings: the same bytes, so the same hashes.
    fn new_ascii(word: &[u8]) -> Lex {
        let n = word.len();
        let mut norm = [0u8; SHORT];
        for (o, &c) in norm.iter_mut().zip(word) {
            *o = if c.is_ascii_digit() {
                b'0'
            } else {
                c.to_ascii_lowercase()
            };
        }
        let norm = &norm[..n];
        let mut shape = [0u8; SHORT];
        let (mut len, mut last, mut run) = (0, 0u8, 0);
        for &ch in word {
            let c = match ch {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                _ => ch,
            };
            if c == last {
                run += 1;
            } else {
                (run, last) = (1, c);
            }
            if run <= 4 {
                shape[len] = c;
                len += 1;
            }
        }
        // ASCII bytes are whole characters: the strings below are valid UTF-8.
        let h = |b: &[u8]| hash_str(std::str::from_utf8(b).expect("ASCII"));
        let prefix = |k: usize| h(&norm[..k.min(n)]) ^ (k as u64);
        let suffix = |k: usize| h(&norm[n.saturating_sub(k)..]).rotate_left(k as u32 + 1);
        Lex {
            form: h(word),
            norm: h(norm),
            shape: h(&shape[..len]),
            pre: [prefix(1), prefix(2), prefix(3)],
            suf: [suffix(1), suffix(2), suffix(3), suffix(4)],
            ortho: ortho_class(std::str::from_utf8(word).expect("ASCII")),
        }
    }

    /// Stand-in for positions outside the sentence.
    pub fn boundary(tag: u64) -> Lex {
        let h = 0xdead_beef_u64 ^ tag;
        Lex {
            form: h,
            norm: h,
            shape: h,
            pre: [h; 3],
            suf: [h; 4],
            ortho: 100 + tag,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn shapes_and_norms() {
        assert_eq!(shape("London"), "Xxxxx");
        assert_eq!(shape("1984"), "dddd");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(normalise("Year1984"), "year0000");
        assert_ne!(ortho_class("Paris"), ortho_class("paris"));
        assert_eq!(Lex::new("Paris").norm, Lex::new("PARIS").norm);
        assert_eq!(Lex::new("working").suf[2], Lex::new("talking").suf[2]);
        assert_ne!(Lex::new("working").suf[2], Lex::new("working").suf[3]);
    }

    #[test]
    fn ascii_path_hashes_as_the_general_one() {
        for w in [
            "",
            "a",
            "I",
            "The",
            "LONDON",
            "McDonald's",
            "1984",
            "3.5",
            "U.S.",
            "Aaaaaab",
            "e-mail",
            "mid-2000s",
            "x_Y-9",
            "!!!",
            "ab12cd34ef",
            "Wwwwwwxxxxxxx",
        ] {
            let (a, b) = (Lex::new_ascii(w.as_bytes()), Lex::new_any(w));
            assert_eq!(
                (a.form, a.norm, a.shape, a.pre, a.suf, a.ortho),
                (b.form, b.norm, b.shape, b.pre, b.suf, b.ortho),
                "{w}"
            );
        }
    }
}
