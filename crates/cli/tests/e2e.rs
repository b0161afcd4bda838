//! End-to-end tests: the real `eventwire` binary on real files.
//!
//! Table of contents: extraction of the shipped examples (plain text, HTML, JSONL), the
//! output contract (schema, offsets, formats), and bad input (each case names the file and
//! record, never panics, and never loses the other records).

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn eventwire(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_eventwire"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

fn eventwire_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eventwire"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("eventwire-e2e-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Checks that every span in a record slices `text` (in code points) to what it claims.
fn assert_offsets_hold(doc: &Value) {
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    let slice = |s: &Value| -> String {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert!(a <= b && b <= text.len(), "span {a}..{b} outside text");
        text[a..b].iter().collect()
    };
    if let Some(tokens) = doc["tokens"].as_array() {
        for t in tokens {
            assert_eq!(slice(t), t["text"].as_str().unwrap());
        }
    }
    let mut covered = 0;
    for s in doc["sentences"].as_array().unwrap() {
        let body = slice(s);
        assert_eq!(body, body.trim(), "sentences carry no outer whitespace");
        assert_eq!(s["token_start"].as_u64().unwrap(), covered);
        covered = s["token_end"].as_u64().unwrap();
    }
}

fn validate(doc: &Value) {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/eventwire.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "schema errors: {errors:#?}");
}

#[test]
fn the_shipped_text_example_gives_clean_text_junk_and_posts() {
    let out = eventwire(&[
        "extract",
        "examples/damascus-talks.txt",
        "--tokens",
        "--published",
        "2025-01-30",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    validate(d);
    assert_offsets_hold(d);
    assert_eq!(d["id"], "examples/damascus-talks");
    assert_eq!(d["published"], "2025-01-30");
    assert_eq!(
        d["title"],
        "Russian delegation holds first talks with Syria's new leadership"
    );
    let text = d["text"].as_str().unwrap();
    assert!(text.starts_with("Russian delegation holds first talks"));
    assert!(text.contains("Syria's de facto leader Ahmed al-Sharaa received the delegation"));
    assert!(text.ends_with("who fled to Moscow last year."));
    for junk in [
        "WhatsApp",
        "pictured above",
        "pic.twitter.com",
        "Share this",
        "©",
        "Read more",
        "Editing by",
    ] {
        assert!(!text.contains(junk), "{junk} left in the text");
    }
    let kinds: Vec<&str> = d["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "promo",
            "navigation",
            "caption",
            "related",
            "share",
            "other",
            "copyright"
        ]
    );
    let post = &d["posts"][0];
    assert_eq!(post["author"], "Denis Danilov");
    assert_eq!(post["handle"], "@DenisDanilovL");
    assert_eq!(post["date"], "2025-01-29");
    // Time: weekdays resolve against the publication date (Thursday 2025-01-30).
    let timexes = d["timexes"].as_array().unwrap();
    assert!(
        timexes.iter().any(
            |t| t["text"].as_str().unwrap().contains("Wednesday") && t["value"] == "2025-01-29"
        ),
        "{timexes:#?}"
    );
    // Events: the Kremlin's refusal to comment, coded with its actor and evidence.
    let events = d["events"].as_array().unwrap();
    let decline = events
        .iter()
        .find(|e| e["code"] == "011")
        .unwrap_or_else(|| panic!("no 011 in {events:#?}"));
    assert_eq!(decline["source"]["code"], "RUSGOV");
    assert!(decline["evidence"]["text"]
        .as_str()
        .unwrap()
        .contains("declined to comment"));
    // Entities: one per actor, canonical names, actor codes as of the article's date.
    let entity = |name: &str| -> &Value {
        d["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == name)
            .unwrap_or_else(|| panic!("no entity {name}: {:#}", d["entities"]))
    };
    let peskov = entity("Dmitry Peskov");
    assert_eq!(peskov["type"], "PER");
    assert_eq!(peskov["actor_code"], "RUSGOV");
    assert_eq!(
        peskov["mentions"].as_array().unwrap().len(),
        2,
        "Dmitry Peskov + Mr. Peskov"
    );
    assert_eq!(peskov["mentions"][0]["role"], "Kremlin spokesman");
    assert_eq!(
        entity("Bashar al-Assad")["actor_code"],
        "SYRELI",
        "a former leader after 2024-12-08"
    );
    assert_eq!(
        entity("Ahmed al-Sharaa")["mentions"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let sana = entity("Syrian Arab News Agency");
    assert_eq!(sana["aliases"], serde_json::json!(["SANA"]));
    let damascus = entity("Damascus");
    assert_eq!(damascus["type"], "LOC");
    let acting: Vec<&Value> = damascus["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["actor_code"] == "SYRGOV")
        .collect();
    assert_eq!(acting.len(), 1, "only 'Damascus wanted' acts for the state");
    // Paragraph breaks survive; sentences do not cross them.
    assert!(text.matches("\n\n").count() >= 4);
    for s in d["sentences"].as_array().unwrap() {
        let chars: Vec<char> = text.chars().collect();
        let body: String = chars
            [s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize]
            .iter()
            .collect();
        assert!(
            !body.contains("\n\n"),
            "sentence crosses a paragraph: {body:?}"
        );
    }
}

#[test]
fn jsonl_records_keep_their_ids_order_and_metadata() {
    let out = eventwire(&["extract", "examples/articles.jsonl"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["ex-1", "ex-2", "examples/articles:3"]);
    assert_eq!(
        docs[0]["published"], "2025-02-03",
        "the source's own calendar day"
    );
    assert_eq!(docs[0]["title"], "Ministers meet in Geneva");
    for d in &docs {
        validate(d);
        assert_offsets_hold(d);
    }
    // The HTML record: metadata from the page, body without the menu and footer.
    assert!(docs[2]["text"]
        .as_str()
        .unwrap()
        .contains("Heavy rain is expected"));
    assert!(!docs[2]["text"].as_str().unwrap().contains("© 2025"));
}

#[test]
fn json_format_is_an_object_for_one_and_an_array_for_several() {
    let one = eventwire(&["extract", "--format", "json", "examples/damascus-talks.txt"]);
    let v: Value = serde_json::from_slice(&one.stdout).unwrap();
    assert!(v.is_object());
    let many = eventwire(&["extract", "--format", "json", "examples/articles.jsonl"]);
    let v: Value = serde_json::from_slice(&many.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
}

#[test]
fn directories_gzip_and_stdin_are_read() {
    let dir = scratch("dirs");
    std::fs::create_dir_all(dir.join("b")).unwrap();
    std::fs::write(dir.join("a.txt"), "First story.\n").unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"Second story.\n").unwrap();
    std::fs::write(dir.join("b/c.txt.gz"), gz.finish().unwrap()).unwrap();
    let out = eventwire(&["extract", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let texts: Vec<String> = lines(&out)
        .iter()
        .map(|d| d["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts, ["First story.", "Second story."]);
    assert!(lines(&out)[1]["id"].as_str().unwrap().ends_with("b/c"));

    let out = eventwire_stdin(
        &["extract", "-"],
        b"{\"id\":\"s1\",\"text\":\"From stdin.\"}\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(lines(&out)[0]["id"], "s1");
}

#[test]
fn bad_records_are_named_and_the_others_still_come_out() {
    let dir = scratch("bad");
    let jsonl = dir.join("mixed.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n{not json}\n{\"id\":\"nobody\"}\n{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n",
    )
    .unwrap();
    let out = eventwire(&["extract", jsonl.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let ids: Vec<String> = lines(&out)
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["ok1", "ok2"]);
    let err = stderr(&out);
    assert!(err.contains("mixed.jsonl:2: invalid JSON"), "{err}");
    assert!(
        err.contains("mixed.jsonl:3: the record has neither"),
        "{err}"
    );
    assert!(err.contains("2 of 4 records failed"), "{err}");

    // --strict stops at the first failure.
    let out = eventwire(&["extract", "--strict", jsonl.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out).len(), 1);
    assert!(stderr(&out).contains("stopped: --strict"));
}

#[test]
fn binary_empty_and_missing_files_are_errors_that_name_the_file() {
    let dir = scratch("binary");
    let bin = dir.join("image.txt");
    std::fs::write(&bin, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0xfe]).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, "A good story.").unwrap();
    let missing = dir.join("missing.txt");
    let out = eventwire(&[
        "extract",
        bin.to_str().unwrap(),
        empty.to_str().unwrap(),
        missing.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out).len(), 1, "the good file still comes out");
    let err = stderr(&out);
    assert!(
        err.contains("image.txt: this looks like a binary file"),
        "{err}"
    );
    assert!(err.contains("empty.txt: the file is empty"), "{err}");
    assert!(err.contains("missing.txt: cannot read"), "{err}");
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let dir = scratch("utf8");
    let f = dir.join("latin1.txt");
    std::fs::write(&f, b"Caf\xe9 talks resumed.\n").unwrap();
    let out = eventwire(&["extract", f.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(lines(&out)[0]["text"], "Caf\u{fffd} talks resumed.");
    assert!(
        stderr(&out).contains("latin1.txt: invalid UTF-8 at byte 3"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn truncated_gzip_keeps_the_records_before_the_cut() {
    let dir = scratch("gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    for i in 0..200 {
        writeln!(
            gz,
            "{{\"id\":\"r{i}\",\"text\":\"Story number {i} with some words to compress.\"}}"
        )
        .unwrap();
    }
    let bytes = gz.finish().unwrap();
    let f = dir.join("cut.jsonl.gz");
    std::fs::write(&f, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let out = eventwire(&["extract", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let n = lines(&out).len();
    assert!(n > 50 && n < 200, "{n} records before the cut");
    assert!(stderr(&out).contains("cut.jsonl.gz:"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("gzip stream is truncated"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_100_mb_line_is_skipped_with_its_line_number() {
    let dir = scratch("huge");
    let f = dir.join("huge.jsonl");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&f).unwrap());
    writeln!(w, "{{\"id\":\"before\",\"text\":\"Before.\"}}").unwrap();
    write!(w, "{{\"id\":\"huge\",\"text\":\"").unwrap();
    let chunk = "word ".repeat(1 << 16);
    for _ in 0..(100 << 20) / chunk.len() {
        w.write_all(chunk.as_bytes()).unwrap();
    }
    writeln!(w, "\"}}").unwrap();
    writeln!(w, "{{\"id\":\"after\",\"text\":\"After.\"}}").unwrap();
    drop(w);
    let out = eventwire(&["extract", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let ids: Vec<String> = lines(&out)
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["before", "after"]);
    assert!(
        stderr(&out).contains("huge.jsonl:2: the line is"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_file(&f).unwrap();
}

#[test]
fn deeply_nested_html_does_not_crash() {
    let dir = scratch("deep");
    let f = dir.join("deep.html");
    let depth = 100_000;
    let html = format!(
        "<html><body>{}<p>Deep inside, the text survives.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    std::fs::write(&f, html).unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, "Still here.").unwrap();
    let out = eventwire(&["extract", f.to_str().unwrap(), good.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        lines(&out).iter().any(|d| d["text"] == "Still here."),
        "{err}"
    );
}

#[test]
fn a_bad_published_flag_is_a_usage_error() {
    let out = eventwire(&[
        "extract",
        "--published",
        "29/01/2025",
        "examples/damascus-talks.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("YYYY-MM-DD"));
}

#[test]
fn users_can_bring_their_own_boilerplate_rules() {
    let dir = scratch("rules");
    let rules = dir.join("rules.tsv");
    std::fs::write(&rules, "promo\t100\t^buy our book\n").unwrap();
    let story = dir.join("s.txt");
    std::fs::write(&story, "The talks ended.\nBuy our book today\n").unwrap();
    let out = eventwire(&[
        "extract",
        "--boilerplate",
        rules.to_str().unwrap(),
        story.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(lines(&out)[0]["text"], "The talks ended.");
    std::fs::write(&rules, "promo\t100\t(\n").unwrap();
    let out = eventwire(&[
        "extract",
        "--boilerplate",
        rules.to_str().unwrap(),
        story.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("rules.tsv:1: bad regex"),
        "{}",
        stderr(&out)
    );
}

/// A readable digest of a record for snapshots: metadata, junk, posts, and each sentence as
/// text (sliced by its code-point offsets), with the tokens of the first two sentences.
fn digest(d: &Value) -> Value {
    let text: Vec<char> = d["text"].as_str().unwrap().chars().collect();
    let cut = |s: &Value| -> String {
        text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize]
            .iter()
            .collect()
    };
    let sentences: Vec<String> = d["sentences"].as_array().unwrap().iter().map(cut).collect();
    let first_tokens: Vec<String> = d["tokens"]
        .as_array()
        .map(|t| {
            let end = d["sentences"][1]["token_end"].as_u64().unwrap_or(0) as usize;
            t.iter()
                .take(end)
                .map(|t| t["text"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default();
    serde_json::json!({
        "id": d["id"], "url": d["url"], "title": d["title"], "published": d["published"],
        "source": d["source"], "authors": d["authors"], "removed": d["removed"],
        "posts": d["posts"], "sentences": sentences, "first_tokens": first_tokens,
    })
}

#[test]
fn snapshot_of_the_text_example() {
    let out = eventwire(&[
        "extract",
        "examples/damascus-talks.txt",
        "--tokens",
        "--no-backbone",
        "--published",
        "2025-01-30",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_json_snapshot!("damascus_talks_txt", digest(&lines(&out)[0]));
}

#[test]
fn snapshot_of_the_html_example() {
    let out = eventwire(&[
        "extract",
        "examples/damascus-talks.html",
        "--tokens",
        "--no-backbone",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_json_snapshot!("damascus_talks_html", digest(&lines(&out)[0]));
}

#[test]
fn events_export_as_csv_and_gdelt_rows() {
    let args = [
        "extract",
        "--published",
        "2025-01-30",
        "examples/damascus-talks.txt",
        "--format",
    ];
    let csv = eventwire(&[&args[..], &["csv"]].concat());
    assert!(csv.status.success(), "{}", stderr(&csv));
    let text = String::from_utf8(csv.stdout).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("doc_id,"));
    let rows = lines.count();
    assert!(rows > 0, "the example story has events");
    let gdelt = eventwire(&[&args[..], &["gdelt"]].concat());
    assert!(gdelt.status.success(), "{}", stderr(&gdelt));
    let text = String::from_utf8(gdelt.stdout).unwrap();
    assert_eq!(text.lines().count(), rows, "one GDELT row per event");
    for row in text.lines() {
        assert_eq!(row.split('\t').count(), 61, "{row}");
    }
}

#[test]
fn users_can_bring_their_own_verb_patterns() {
    let dir = scratch("patterns");
    let story = dir.join("s.txt");
    std::fs::write(&story, "Russia praised Syria on Tuesday.\n").unwrap();
    let codes = |out: &Output| -> Vec<String> {
        lines(out)[0]["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["code"].as_str().unwrap().to_string())
            .collect()
    };
    let shipped = eventwire(&[
        "extract",
        "--published",
        "2025-01-30",
        story.to_str().unwrap(),
    ]);
    assert!(shipped.status.success(), "{}", stderr(&shipped));
    assert!(codes(&shipped).contains(&"051".to_string()));
    // a dictionary of one line replaces the shipped one
    let patterns = dir.join("my-patterns.txt");
    std::fs::write(&patterns, "# ours\n111 praise\n").unwrap();
    let args = |p: &Path| {
        vec![
            "extract".to_string(),
            "--published".into(),
            "2025-01-30".into(),
            "--patterns".into(),
            p.to_str().unwrap().into(),
            story.to_str().unwrap().into(),
        ]
    };
    let run = |p: &Path| {
        let a = args(p);
        eventwire(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let ours = run(&patterns);
    assert!(ours.status.success(), "{}", stderr(&ours));
    assert_eq!(codes(&ours), vec!["111".to_string()]);
    std::fs::write(&patterns, "# ours\n111 praise colour=red\n").unwrap();
    let bad = run(&patterns);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("my-patterns.txt:2: unknown key"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn an_event_dated_by_a_year_is_valid_and_exports() {
    let dir = scratch("coarse-date");
    let story = dir.join("s.txt");
    std::fs::write(
        &story,
        "Last year, Moscow and Beijing agreed to expand cooperation in the Arctic.\n",
    )
    .unwrap();
    let path = story.to_str().unwrap();
    let out = eventwire(&["extract", "--published", "2025-03-20", path]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = &lines(&out)[0];
    validate(doc);
    assert_eq!(doc["events"][0]["date"], "2024", "{}", doc["events"]);
    let gdelt = eventwire(&[
        "extract",
        "--published",
        "2025-03-20",
        "--format",
        "gdelt",
        path,
    ]);
    let row = String::from_utf8(gdelt.stdout).unwrap();
    let c: Vec<&str> = row.lines().next().unwrap().split('\t').collect();
    assert_eq!((c[1], c[3]), ("", "2024"));
}

/// Through the whole pipeline (attribution included), "accusing it" after a suit names the
/// sued company, not the court named nearer.
#[test]
fn accusing_it_after_a_suit_is_the_sued_party() {
    let dir = scratch("sued");
    let file = dir.join("s.jsonl");
    std::fs::write(
        &file,
        r#"{"id": "s", "published": "2025-01-30", "text": "Zambian miners sued a Canadian copper company in a Lusaka court on Monday, accusing it of withholding wages."}"#,
    )
    .unwrap();
    let out = eventwire(&["extract", "--format", "jsonl", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = &lines(&out)[0];
    let accusation = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["code"] == "112")
        .unwrap_or_else(|| panic!("no accusation: {}", doc["events"]));
    assert_eq!(accusation["target"]["code"], "CANBUS", "{}", doc["events"]);
}
