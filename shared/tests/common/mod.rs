//! What the integration tests share: the bundled pack, loaded once.

use std::path::PathBuf;
use std::sync::OnceLock;

use shared::Pack;

/// The bundled data pack (public/data), as the `validate` command loads it.
pub fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| {
        shared::load::load_dir(&data_dir())
            .expect("the bundled pack loads")
            .pack
    })
}

/// The bundled data folder.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../public/data")
}
