//! The `validate` command zone staff run: exit code and what it prints.

use std::path::{Path, PathBuf};
use std::process::Command;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../public/data")
}

fn run(dir: &Path) -> (i32, String) {
    run_in("en", dir)
}

fn run_in(lang: &str, dir: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(["--lang", lang])
        .arg(dir)
        .output()
        .expect("validate runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn broken_copy(name: &str, edit: impl FnOnce(String) -> String) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("huaihe-validate-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(data_dir()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let target = dir.join(name);
    let text = std::fs::read_to_string(&target).unwrap();
    std::fs::write(&target, edit(text)).unwrap();
    dir
}

#[test]
fn bundled_pack_passes() {
    let (code, out) = run(&data_dir());
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}");
}

#[test]
fn broken_copy_fails_with_precise_messages() {
    let dir = broken_copy("scenarios.json", |t| {
        t.replacen("\"status\": \"open\"", "\"status\": \"opened\"", 1)
            .replacen("\"industry\": \"", "\"industy\": \"", 1)
    });
    let (code, out) = run(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error: scenarios.json $[0].status: invalid value; found \"opened\"; expected one of: open, matching, awarded, closed"), "{out}");
    assert!(
        out.contains("scenarios.json $[0].industy: unknown field"),
        "{out}"
    );
    assert!(out.contains("did you mean \"industry\"?"), "{out}");
    assert!(
        out.contains("scenarios.json $[0].industry: missing field"),
        "{out}"
    );
    assert!(out.contains("3 errors"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn unreadable_manifest_exits_2() {
    let dir = broken_copy("manifest.json", |_| "{".into());
    let (code, out) = run(&dir);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("manifest.json line 1, column 1: not valid JSON"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn problems_are_told_in_chinese_by_default() {
    let dir = broken_copy("projects.json", |t| {
        t.replacen("\"status\": \"open\"", "\"status\": \"opened\"", 1)
    });
    let out = Command::new(env!("CARGO_BIN_EXE_validate"))
        .arg(&dir)
        .output()
        .expect("validate runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains(
            "：取值无效；实际为 \"opened\"；应为 以下之一：open, negotiating, signed, closed"
        ),
        "{text}"
    );
    assert!(text.contains("1 个错误"), "{text}");
    assert!(
        !text.contains("expected"),
        "no English on a Chinese report: {text}"
    );
    let (code, _) = run_in("fr", &dir);
    assert_eq!(code, 2, "an unknown language is a usage error");
    let _ = std::fs::remove_dir_all(dir);
}
