//! `cargo run -p huaihe-shared --bin validate -- public/data`
//!
//! Checks a data folder exactly as the browser does and prints every problem. Exits 1 when there
//! are errors (warnings alone pass), 2 when the folder cannot be read at all.

use std::path::PathBuf;
use std::process::ExitCode;

use shared::load::load_dir;

fn main() -> ExitCode {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "public/data".into()),
    );
    let loaded = match load_dir(&dir) {
        Ok(l) => l,
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            println!(
                "{}: the manifest could not be used; nothing else was checked",
                dir.display()
            );
            return ExitCode::from(2);
        }
    };
    for p in &loaded.problems {
        println!("{p}");
    }
    let pack = &loaded.pack;
    let errors = loaded.errors().count();
    let warnings = loaded.warnings().count();
    println!(
        "{}: {} zones, {} scenarios, {} projects, {} parcels, {} incentives; {errors} errors, {warnings} warnings",
        dir.display(),
        pack.zones.len(),
        pack.scenarios.len(),
        pack.projects.len(),
        pack.parcels.len(),
        pack.incentives.len(),
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
