use super::*;

const MS: Duration = Duration::from_millis(1);

fn retry_after(decision: Decision) -> Duration {
    match decision {
        Decision::Retry { after } => after,
        other => panic!("expected a retry, got {other:?}"),
    }
}

#[test]
fn backoff_doubles_up_to_the_cap_with_jitter_in_the_upper_half() {
    let policy = RetryPolicy::DEFAULT
        .with_max_attempts(20)
        .with_max_elapsed(Duration::from_secs(3600));
    let expected_full = [200, 400, 800, 1600, 3200, 5000, 5000, 5000];
    for (n, full) in (1..).zip(expected_full) {
        let attempt = Attempt::new(n, Duration::ZERO);
        let low = retry_after(policy.decide(Advice::Retry, &attempt, 0));
        let high = retry_after(policy.decide(Advice::Retry, &attempt, u64::MAX));
        let top = retry_after(policy.decide(Advice::Retry, &attempt, full * 1_000_000 / 2));
        assert_eq!(low, MS * u32::try_from(full).unwrap() / 2, "attempt {n}");
        assert_eq!(top, MS * u32::try_from(full).unwrap(), "attempt {n}");
        assert!(low <= high && high <= top, "attempt {n}: {high:?}");
    }
    // Jitter spreads: different random numbers, different waits.
    let attempt = Attempt::new(3, Duration::ZERO);
    let waits = [0u64, 1, 2, 3, 4]
        .map(|r| retry_after(policy.decide(Advice::Retry, &attempt, r * 97_000_003)));
    assert!(waits.windows(2).all(|w| w[0] != w[1]), "{waits:?}");
    // A huge attempt number cannot overflow.
    let late = Attempt::new(u32::MAX - 1, Duration::ZERO);
    let policy = policy.with_max_attempts(u32::MAX);
    assert_eq!(
        retry_after(policy.decide(Advice::Retry, &late, 0)),
        MS * 2500
    );
}

#[test]
fn throttle_waits_longer_and_retry_after_wins() {
    let policy = RetryPolicy::DEFAULT;
    let first = Attempt::new(1, Duration::ZERO);
    let busy = retry_after(policy.decide(Advice::Retry, &first, 0));
    let throttled = retry_after(policy.decide(Advice::Throttle, &first, 0));
    assert_eq!((busy, throttled), (MS * 100, MS * 1000));
    let asked = first.with_retry_after(Some(Duration::from_secs(9)));
    // Beyond the cap on computed waits, but within the time budget.
    assert_eq!(
        retry_after(policy.decide(Advice::Throttle, &asked, 12345)),
        Duration::from_secs(9)
    );
    assert_eq!(
        retry_after(policy.decide(Advice::Retry, &asked, 0)),
        Duration::from_secs(9)
    );
    // A Retry-After beyond the budget stops the call rather than sleeping past it.
    let far = first.with_retry_after(Some(Duration::from_secs(31)));
    assert_eq!(
        policy.decide(Advice::Throttle, &far, 0),
        Decision::Stop(Stop::Time)
    );
    let huge = first.with_retry_after(Some(Duration::MAX));
    assert_eq!(
        policy.decide(Advice::Throttle, &huge, 0),
        Decision::Stop(Stop::Time)
    );
}

#[test]
fn bounded_in_attempts_and_time() {
    let policy = RetryPolicy::DEFAULT;
    for advice in [Advice::Retry, Advice::Throttle, Advice::RefreshToken] {
        let last = Attempt::new(4, Duration::ZERO);
        assert_eq!(
            policy.decide(advice, &last, 0),
            Decision::Stop(Stop::Attempts),
            "{advice}"
        );
        let late = Attempt::new(1, Duration::from_secs(30));
        assert_eq!(
            policy.decide(advice, &late, 0),
            Decision::Stop(Stop::Time),
            "{advice}"
        );
    }
    // A wait that would cross the budget: stop, even with attempts left.
    let close = Attempt::new(2, Duration::from_millis(29_900));
    assert_eq!(
        policy.decide(Advice::Retry, &close, u64::MAX),
        Decision::Stop(Stop::Time)
    );
    // Simulated clock: a call that keeps failing stops after max_attempts, having
    // waited no longer than the budget.
    let mut elapsed = Duration::ZERO;
    let mut attempts = 0;
    let mut random = 0x9E37_79B9_7F4A_7C15_u64;
    loop {
        attempts += 1;
        let attempt = Attempt::new(attempts, elapsed);
        random = random.rotate_left(17).wrapping_mul(0x2545_F491_4F6C_DD1D);
        match policy.decide(Advice::Retry, &attempt, random) {
            Decision::Retry { after } => elapsed += after,
            Decision::Stop(why) => {
                assert_eq!(why, Stop::Attempts);
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(attempts, 4);
    assert!(elapsed <= MS * 1400, "{elapsed:?}");
}

#[test]
fn a_token_is_refreshed_once_per_call_and_only_the_one_that_failed() {
    let policy = RetryPolicy::DEFAULT;
    let first = Attempt::new(1, MS * 40).with_token(41);
    assert_eq!(
        policy.decide(Advice::RefreshToken, &first, 0),
        Decision::RefreshToken { if_generation: 41 }
    );
    let second = Attempt::new(2, MS * 80).with_token(42).refreshed();
    assert_eq!(
        policy.decide(Advice::RefreshToken, &second, 0),
        Decision::Stop(Stop::RefreshedAlready)
    );
    // Having refreshed does not stop other retries.
    assert!(matches!(
        policy.decide(Advice::Retry, &second, 0),
        Decision::Retry { .. }
    ));
}

#[test]
fn only_retryable_advice_is_retried() {
    let policy = RetryPolicy::DEFAULT;
    let first = Attempt::new(1, Duration::ZERO);
    for advice in Advice::ALL {
        let decision = policy.decide(*advice, &first, 0);
        let stops = decision == Decision::Stop(Stop::NotRetryable);
        let expected = !matches!(
            advice,
            Advice::Retry | Advice::Throttle | Advice::RefreshToken
        );
        assert_eq!(stops, expected, "{advice}: {decision:?}");
    }
}

/// A non-idempotent call whose outcome is unknown stops as `NotIdempotent` whatever the
/// advice: a 500 page advises nothing (`Advice::None`), and a client that reconciles on
/// `NotIdempotent` must hear it there too (it heard `NotRetryable`).
#[test]
fn a_call_that_may_have_been_done_stops_as_not_idempotent_whatever_the_advice() {
    let policy = RetryPolicy::DEFAULT;
    let unknown = Attempt::new(1, Duration::ZERO)
        .not_idempotent()
        .outcome_unknown();
    for advice in Advice::ALL {
        assert_eq!(
            policy.decide(*advice, &unknown, 0),
            Decision::Stop(Stop::NotIdempotent),
            "{advice}"
        );
    }
    // Idempotent, or with its outcome known, the advice decides.
    let idempotent = Attempt::new(1, Duration::ZERO).outcome_unknown();
    assert_eq!(
        policy.decide(Advice::None, &idempotent, 0),
        Decision::Stop(Stop::NotRetryable)
    );
    let known = Attempt::new(1, Duration::ZERO).not_idempotent();
    assert!(matches!(
        policy.decide(Advice::Retry, &known, 0),
        Decision::Retry { .. }
    ));
}
