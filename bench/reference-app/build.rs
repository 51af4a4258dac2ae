//! Tauri's code generation for the embedded page and the (empty) capabilities.

fn main() {
    tauri_build::build();
}
