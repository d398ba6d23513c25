//! `cargo run -p huaihe-shared --bin validate -- [--lang zh|en] public/data`
//!
//! Checks a data folder exactly as the browser does and prints every problem, in Chinese
//! (the default: zone officers read it) or in English. Exits 1 when there are errors (warnings
//! alone pass), 2 when the folder cannot be read at all or the arguments are wrong.

use std::path::PathBuf;
use std::process::ExitCode;

use shared::i18n::section_title;
use shared::load::load_dir;
use shared::{Lang, RecordKind};

const USAGE: &str = "usage: validate [--lang zh|en] [DATA_FOLDER]";

fn main() -> ExitCode {
    let mut lang = Lang::Zh;
    let mut dir = PathBuf::from("public/data");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            match args.next().as_deref().and_then(Lang::parse) {
                Some(l) => lang = l,
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            }
        } else if let Some(code) = arg.strip_prefix("--lang=") {
            match Lang::parse(code) {
                Some(l) => lang = l,
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            }
        } else if arg.starts_with('-') {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        } else {
            dir = PathBuf::from(arg);
        }
    }
    let zh = lang == Lang::Zh;
    let loaded = match load_dir(&dir) {
        Ok(l) => l,
        Err(problems) => {
            for p in &problems {
                println!("{}", p.text(lang));
            }
            if zh {
                println!("{}：清单文件无法使用，其他文件未检查", dir.display());
            } else {
                println!(
                    "{}: the manifest could not be used; nothing else was checked",
                    dir.display()
                );
            }
            return ExitCode::from(2);
        }
    };
    for p in &loaded.problems {
        println!("{}", p.text(lang));
    }
    let errors = loaded.errors().count();
    let warnings = loaded.warnings().count();
    let counts: Vec<String> = RecordKind::ALL
        .iter()
        .map(|k| {
            let name = if zh {
                section_title(*k, lang)
            } else {
                k.as_str()
            };
            format!("{} {name}", loaded.pack.len(*k))
        })
        .collect();
    if zh {
        println!(
            "{}：{}；{errors} 个错误，{warnings} 个提示",
            dir.display(),
            counts.join("，")
        );
    } else {
        println!(
            "{}: {}; {errors} errors, {warnings} warnings",
            dir.display(),
            counts.join(", ")
        );
    }
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
