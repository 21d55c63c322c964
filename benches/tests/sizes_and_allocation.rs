//! Sizes of the generated types, and lookups that never allocate.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use platform_errors::qingtui::{
    DomainError, GeneralError, OrgError, ParamError, QingtuiError, SystemError, TokenError,
    UserError,
};
use platform_errors::Catalogue;
use platform_errors_bench::{Derive5000, Dsl1000, Dsl150, Dsl5000, Hand5000, Num5000};

/// Counts the allocations of threads that ask for it (other tests run beside this one).
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static COUNTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTED.with(std::cell::Cell::get) {
            ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn sizes() {
    let sizes = [
        (
            "GeneralError",
            size_of::<GeneralError>(),
            size_of::<Option<GeneralError>>(),
        ),
        (
            "SystemError",
            size_of::<SystemError>(),
            size_of::<Option<SystemError>>(),
        ),
        (
            "ParamError",
            size_of::<ParamError>(),
            size_of::<Option<ParamError>>(),
        ),
        (
            "TokenError",
            size_of::<TokenError>(),
            size_of::<Option<TokenError>>(),
        ),
        (
            "OrgError",
            size_of::<OrgError>(),
            size_of::<Option<OrgError>>(),
        ),
        (
            "DomainError",
            size_of::<DomainError>(),
            size_of::<Option<DomainError>>(),
        ),
        (
            "UserError",
            size_of::<UserError>(),
            size_of::<Option<UserError>>(),
        ),
        ("Dsl150", size_of::<Dsl150>(), size_of::<Option<Dsl150>>()),
        (
            "Dsl1000",
            size_of::<Dsl1000>(),
            size_of::<Option<Dsl1000>>(),
        ),
        (
            "Dsl5000",
            size_of::<Dsl5000>(),
            size_of::<Option<Dsl5000>>(),
        ),
        (
            "Derive5000",
            size_of::<Derive5000>(),
            size_of::<Option<Derive5000>>(),
        ),
        (
            "Hand5000",
            size_of::<Hand5000>(),
            size_of::<Option<Hand5000>>(),
        ),
        (
            "Num5000 (repr(i64))",
            size_of::<Num5000>(),
            size_of::<Option<Num5000>>(),
        ),
        (
            "QingtuiError",
            size_of::<QingtuiError>(),
            size_of::<Option<QingtuiError>>(),
        ),
    ];
    for (name, size, option) in sizes {
        eprintln!("size_of {name}: {size}, Option: {option}");
    }
    // A unit-only catalogue takes at most two bytes, and its Option no more.
    for (name, size, option) in &sizes[..11] {
        assert!(*size <= 2 && *option <= 2, "{name}: {size}, {option}");
    }
    assert_eq!(size_of::<GeneralError>(), 1);
    assert_eq!(size_of::<Dsl5000>(), 2);
    // The umbrella holds the catch-all's String.
    assert_eq!(size_of::<QingtuiError>(), size_of::<Option<QingtuiError>>());
}

#[test]
fn lookups_do_not_allocate() {
    COUNTED.with(|c| c.set(true));
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let mut found = 0;
    for _ in 0..100 {
        for (code, message) in [
            (40100, "open_id is required"),
            (40100, "  PAGE_SIZE IS REQUIRED. (trace)"),
            (40100, "nothing like it"),
            (46100, "domain is not exists"),
            (0, "success and the accounts [a] will not change password"),
            (12345, "unknown"),
        ] {
            found += usize::from(ParamError::from_code_and_message(code, message).is_some());
            found += usize::from(QingtuiError::from_code_and_message(code, message).is_some());
            found += usize::from(QingtuiError::from_code(code).is_some());
            found += usize::from(Dsl5000::from_code(code).is_some());
            found += usize::from(Derive5000::from_code(code).is_some());
        }
    }
    let after = ALLOCATIONS.load(Ordering::SeqCst);
    COUNTED.with(|c| c.set(false));
    assert!(found > 0);
    assert_eq!(after - before, 0, "lookups allocated");
}
