//! Sizes of the generated types, and lookups that never allocate.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use platform_errors::qingtui::{
    DomainError, GeneralError, OrgError, ParamError, QingtuiError, SystemError, TokenError,
    UserError,
};
use platform_errors::Catalogue;
use platform_errors_bench::{Derive5000, Dsl1000, Dsl150, Dsl5000, Hand5000, Num5000};

/// Counts the allocations of threads that ask for it, each its own (other tests run beside
/// this one).
struct Counting;

thread_local! {
    static COUNTED: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTED.with(Cell::get) {
            ALLOCATIONS.with(|count| count.set(count.get() + 1));
        }
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The allocations `f` makes on this thread.
fn allocations_in(f: impl FnOnce()) -> usize {
    COUNTED.with(|c| c.set(true));
    let before = ALLOCATIONS.with(Cell::get);
    f();
    let after = ALLOCATIONS.with(Cell::get);
    COUNTED.with(|c| c.set(false));
    after - before
}

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
    let mut found = 0;
    let allocations = allocations_in(|| {
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
    });
    assert!(found > 0);
    assert_eq!(allocations, 0, "lookups allocated");
}

#[test]
fn a_plain_success_is_read_without_allocating() {
    use platform_errors::Response;
    use platform_errors_bench::{Sent, SUCCESS_BODY};

    // No larger than before the message's bytes went behind `Response`'s pointer (96).
    assert!(
        size_of::<Response<Sent>>() <= 80,
        "{}",
        size_of::<Response<Sent>>()
    );
    let count = |body: &str| {
        allocations_in(|| {
            let response: Response<Sent> = serde_json::from_str(body).unwrap();
            let sent = response.into_result::<QingtuiError>().unwrap();
            assert_eq!(sent.msgid, 1001);
        })
    };
    // `{"errcode":0,"errmsg":"ok","msgid":1001}`: the message is one of the plain success
    // messages, and the payload holds nothing on the heap.
    assert_eq!(count(SUCCESS_BODY), 0);
    // Any other message is the one allocation.
    assert_eq!(
        count(r#"{"errcode":0,"errmsg":"ok, 2 accounts changed","msgid":1001}"#),
        1
    );
}
