//! Prints `codes.rs` for the TSV: `cargo run -p wechat-open-catalogue --bin generate`.

fn main() {
    let tsv = include_str!("../../data/wechat-open-codes.tsv");
    match wechat_open_catalogue::generate::parse_tsv(tsv) {
        Ok(rows) => print!("{}", wechat_open_catalogue::generate::render(&rows)),
        Err(e) => {
            eprintln!("generate: {e}");
            std::process::exit(1);
        }
    }
}
