//! Nothing here: this crate holds integration tests and examples that need heavy
//! dev-dependencies (an HTTP client and server, an async runtime), so that building the
//! library and its light examples never compiles them.
