//! Entry point: install the panic hook, then mount the app.

fn main() {
    huaihe_app::web::panic::install();
    huaihe_app::mount();
}
