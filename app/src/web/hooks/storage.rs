//! This browser's local storage, guarded: a browser that blocks storage (a third-party iframe on
//! a zone's site, some private modes) or a full quota costs what would have been remembered,
//! never the page. gloo-storage's `LocalStorage::raw()` throws in exactly those cases, which
//! stopped the app before its first paint; this goes through web-sys and says what failed.

use leptos::prelude::window;

/// Why a value could not be read or kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser does not let this page use storage.
    #[error("storage is not available to this page")]
    Unavailable,
    /// The browser refused to keep the value (quota, or blocked on write).
    #[error("the browser refused to keep the value")]
    Refused,
}

fn local() -> Result<web_sys::Storage, StorageError> {
    if !super::in_browser() {
        return Err(StorageError::Unavailable);
    }
    window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

/// The text stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Keeps `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local()?
        .set_item(key, value)
        .map_err(|_| StorageError::Refused)
}
