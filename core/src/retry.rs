//! When to send a failed call again: a retry policy that follows an error's [`Advice`],
//! bounded in attempts, time and token refreshes. It needs no runtime and no clock: the
//! caller passes the time elapsed and a random number, and sleeps (or not) itself.
//!
//! # The rules, and where they come from
//!
//! - **Only what the advice says may help is retried.** [`Advice::Retry`] (a busy platform,
//!   `-1`) and [`Advice::Throttle`] (a rate limit) wait and retry; [`Advice::RefreshToken`]
//!   refreshes the token and retries. Everything else stops: a request that is wrong, a
//!   missing permission, rejected credentials ([`Advice::Reauthenticate`]: a new token from
//!   the same credentials is refused again), a quota used up until a day, a month or a user
//!   resets it ([`Advice::WaitForQuota`]: seconds of waiting cannot lift it), and
//!   [`Advice::None`], which is what an unknown
//!   code has: an unknown code is an error, never a success and never retried blindly (under
//!   a 429 or a 502–504, an [`ApiError`](crate::ApiError)'s advice is the status's:
//!   [`Envelope::advice_for_status`](crate::Envelope::advice_for_status)).
//! - **Back off, capped, with jitter.** The `n`-th retry waits about `base × 2^(n-1)`, at
//!   most `max_delay`, and a random half of it is left out so that clients that failed
//!   together do not come back together. A throttled call starts from the longer
//!   `throttle_delay`. A `Retry-After` the platform sent, passed by the caller, wins over
//!   both.
//! - **Bounded.** At most `max_attempts` attempts, and no wait that would end after
//!   `max_elapsed` from the first attempt. A WeChat SDK once refreshed on 40001 and retried
//!   with no bound, recursing forever (WxJava #77); years later a misconfigured token store
//!   made the same kind of loop spend a whole day's API quota (WxJava #1381).
//! - **A call that is not idempotent is not sent twice blindly.** Sending a message or
//!   paying twice does it twice. After a failure that leaves unknown whether the platform
//!   did the call (no answer of the platform's came back: a gateway's 502 or 504 page, a
//!   timeout, a connection closed after the request was sent; any code received with a
//!   gateway's status, 502, 504 or 520–599 (a proxy's), which may be the gateway's; the success code under a
//!   status that is not 2xx; AIP-193's `DEADLINE_EXCEEDED`, after which the operation may
//!   have completed; Alipay's `isp.unknow-error`, `aop.unknow-error` and
//!   `ACQ.SYSTEM_ERROR`, after which its support says to query the trade; WeChat Pay's
//!   `USERPAYING`, a payment waiting for the user), such a call
//!   stops ([`Stop::NotIdempotent`], whatever the advice); after an error the platform
//!   itself answered (a busy platform's `-1`, a rate limit, an expired token), it did
//!   nothing, and the call is retried as any other. Mark the call with
//!   [`Attempt::not_idempotent`], and take each failure with [`Attempt::with_failure`],
//!   which marks it [`Attempt::outcome_unknown`] where
//!   [`PlatformError::is_outcome_unknown`](crate::PlatformError::is_outcome_unknown) says so;
//!   mark a transport error after the request was sent yourself. A 429 or 503 page is a
//!   refusal: the call is retried as the advice says.
//! - **One refresh per call.** A call that has refreshed the token and fails on the token
//!   again stops: the new token is not the problem, and refreshing again is the loop above.
//! - **Refresh only the token that failed.** When many calls fail at once on the same
//!   expired token, each would refresh it: a refresh storm, in which each new token
//!   invalidates the one before (WxJava's final design, and node-webot/wechat-api#81). So
//!   the decision names the token the failed call used, by generation:
//!   [`Decision::RefreshToken`]`{ if_generation }`. The token store refreshes only if its
//!   current generation is still that one, under its lock; a call that finds a newer token
//!   just retries with it. N concurrent failures, one refresh.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use core::time::Duration;
//! use platform_errors::Advice;
//! use platform_errors::retry::{Attempt, Decision, RetryPolicy, Stop};
//!
//! let policy = RetryPolicy::DEFAULT;
//! // The first attempt failed on an expired token (generation 7).
//! let failed = Attempt::new(1, Duration::from_millis(30)).with_token(7);
//! assert_eq!(policy.decide(Advice::RefreshToken, &failed, 0), Decision::RefreshToken { if_generation: 7 });
//! // After the refresh, the second attempt fails on the token again: stop.
//! let again = Attempt::new(2, Duration::from_millis(60)).with_token(8).refreshed();
//! assert_eq!(policy.decide(Advice::RefreshToken, &again, 0), Decision::Stop(Stop::RefreshedAlready));
//! ```
//!
//! The token store's side, sketched with a lock (the integration crate's example does it
//! with `tokio::sync::Mutex`, over HTTP):
//!
//! ```
//! use std::sync::Mutex;
//!
//! struct Store { generation: u64, token: String }
//!
//! /// Refreshes unless another call did since `failed` was handed out; returns the
//! /// generation to retry with.
//! fn refresh_if(store: &Mutex<Store>, failed: u64, fetch: impl FnOnce() -> String) -> u64 {
//!     let mut store = store.lock().unwrap();
//!     if store.generation == failed {
//!         store.token = fetch();
//!         store.generation += 1;
//!     }
//!     store.generation
//! }
//!
//! let store = Mutex::new(Store { generation: 1, token: "T-1".into() });
//! let mut fetches = 0;
//! // Three calls saw token generation 1 fail.
//! for _ in 0..3 {
//!     refresh_if(&store, 1, || { fetches += 1; format!("T-{}", fetches + 1) });
//! }
//! assert_eq!(fetches, 1);
//! assert_eq!(store.lock().unwrap().token, "T-2");
//! ```

use core::time::Duration;

use crate::Advice;

/// Bounds and delays of retries. Build it in `const` context from [`RetryPolicy::DEFAULT`].
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use core::time::Duration;
/// use platform_errors::retry::RetryPolicy;
///
/// const POLICY: RetryPolicy = RetryPolicy::DEFAULT
///     .with_max_attempts(3)
///     .with_base_delay(Duration::from_millis(50));
/// assert_eq!(POLICY.max_attempts(), 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RetryPolicy {
    max_attempts: u32,
    max_elapsed: Duration,
    base_delay: Duration,
    throttle_delay: Duration,
    max_delay: Duration,
}

impl Default for RetryPolicy {
    /// [`RetryPolicy::DEFAULT`].
    fn default() -> Self {
        RetryPolicy::DEFAULT
    }
}

/// What the caller knows about the attempt that just failed.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use core::time::Duration;
/// use platform_errors::retry::Attempt;
///
/// let attempt = Attempt::new(2, Duration::from_secs(1))
///     .with_token(3)
///     .with_retry_after(Some(Duration::from_secs(2)));
/// assert_eq!(attempt.number(), 2);
/// assert!(!attempt.has_refreshed());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Attempt {
    number: u32,
    elapsed: Duration,
    token: u64,
    refreshed: bool,
    retry_after: Option<Duration>,
    not_idempotent: bool,
    outcome_unknown: bool,
}

impl Attempt {
    /// The `number`-th attempt of a call (the first is 1), which failed `elapsed` after the
    /// first attempt started.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::Attempt;
    ///
    /// let second = Attempt::new(2, Duration::from_millis(250));
    /// assert_eq!(second.number(), 2);
    /// assert!(second.is_idempotent() && !second.is_outcome_unknown() && !second.has_refreshed());
    /// ```
    #[must_use]
    pub const fn new(number: u32, elapsed: Duration) -> Self {
        Attempt {
            number,
            elapsed,
            token: 0,
            refreshed: false,
            retry_after: None,
            not_idempotent: false,
            outcome_unknown: false,
        }
    }

    /// The call is not idempotent: sending it twice may do it twice (a message sent, a
    /// payment made). It is then retried only after an error the platform answered, never
    /// after one that leaves the outcome unknown ([`Attempt::outcome_unknown`]).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::Advice;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy, Stop};
    ///
    /// let send = Attempt::new(1, Duration::ZERO).not_idempotent();
    /// // The platform answered "busy": it did nothing, so the message is sent again.
    /// assert!(matches!(RetryPolicy::DEFAULT.decide(Advice::Retry, &send, 0), Decision::Retry { .. }));
    /// // A proxy's 504 page: the platform may have sent it. Stop.
    /// let unknown = send.outcome_unknown();
    /// assert_eq!(
    ///     RetryPolicy::DEFAULT.decide(Advice::Retry, &unknown, 0),
    ///     Decision::Stop(Stop::NotIdempotent)
    /// );
    /// ```
    #[must_use]
    pub const fn not_idempotent(self) -> Self {
        Attempt {
            not_idempotent: true,
            ..self
        }
    }

    /// The failure leaves unknown whether the platform did the call: no answer of the
    /// platform's came back, where the request may have reached it (a gateway's 502 or 504
    /// page: [`HttpError::is_outcome_unknown`](crate::HttpError::is_outcome_unknown); a
    /// timeout; a connection closed after the request was sent).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::Attempt;
    ///
    /// let timed_out = Attempt::new(1, Duration::from_secs(10)).outcome_unknown();
    /// assert!(timed_out.is_outcome_unknown());
    /// ```
    #[must_use]
    pub const fn outcome_unknown(self) -> Self {
        Attempt {
            outcome_unknown: true,
            ..self
        }
    }

    /// Whether the call is idempotent (it is unless marked [`not_idempotent`](Self::not_idempotent)).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::Attempt;
    ///
    /// assert!(Attempt::new(1, Duration::ZERO).is_idempotent());
    /// assert!(!Attempt::new(1, Duration::ZERO).not_idempotent().is_idempotent());
    /// ```
    #[must_use]
    pub const fn is_idempotent(&self) -> bool {
        !self.not_idempotent
    }

    /// Whether the failure leaves the outcome unknown ([`Attempt::outcome_unknown`]).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::Attempt;
    ///
    /// assert!(!Attempt::new(1, Duration::ZERO).is_outcome_unknown());
    /// ```
    #[must_use]
    pub const fn is_outcome_unknown(&self) -> bool {
        self.outcome_unknown
    }

    /// The generation of the token the attempt used (see the [module](self)).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::Advice;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy};
    ///
    /// let failed = Attempt::new(1, Duration::ZERO).with_token(41);
    /// assert_eq!(
    ///     RetryPolicy::DEFAULT.decide(Advice::RefreshToken, &failed, 0),
    ///     Decision::RefreshToken { if_generation: 41 }
    /// );
    /// ```
    #[must_use]
    pub const fn with_token(self, generation: u64) -> Self {
        Attempt {
            token: generation,
            ..self
        }
    }

    /// The call has refreshed the token already.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::Advice;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy, Stop};
    ///
    /// let again = Attempt::new(2, Duration::ZERO).refreshed();
    /// assert!(again.has_refreshed());
    /// assert_eq!(RetryPolicy::DEFAULT.decide(Advice::RefreshToken, &again, 0), Decision::Stop(Stop::RefreshedAlready));
    /// ```
    #[must_use]
    pub const fn refreshed(self) -> Self {
        Attempt {
            refreshed: true,
            ..self
        }
    }

    /// The wait the platform asked for (an HTTP `Retry-After`), if any.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::Advice;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy};
    ///
    /// let limited = Attempt::new(1, Duration::ZERO).with_retry_after(Some(Duration::from_secs(3)));
    /// assert_eq!(
    ///     RetryPolicy::DEFAULT.decide(Advice::Throttle, &limited, 0),
    ///     Decision::Retry { after: Duration::from_secs(3) }
    /// );
    /// ```
    #[must_use]
    pub const fn with_retry_after(self, retry_after: Option<Duration>) -> Self {
        Attempt {
            retry_after,
            ..self
        }
    }

    /// What the attempt's failure says for the next decision, taken from the error in one
    /// step: the wait it asks for ([`PlatformError::retry_after`](crate::PlatformError::retry_after),
    /// as [`with_retry_after`](Self::with_retry_after)) and, where it leaves the outcome
    /// unknown ([`PlatformError::is_outcome_unknown`](crate::PlatformError::is_outcome_unknown)),
    /// [`outcome_unknown`](Self::outcome_unknown), which is easy to forget by hand. A
    /// transport error the caller judges itself is still marked by hand.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::{ApiError, PlatformError};
    /// use platform_errors::qingtui::QingtuiError;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy, Stop};
    ///
    /// let busy = ApiError::<QingtuiError>::new(-1, "system busy")
    ///     .with_retry_after(Duration::from_secs(2));
    /// let attempt = Attempt::new(1, Duration::ZERO).not_idempotent().with_failure(&busy);
    /// assert!(!attempt.is_outcome_unknown());
    /// assert_eq!(
    ///     RetryPolicy::DEFAULT.decide(busy.advice(), &attempt, 0),
    ///     Decision::Retry { after: Duration::from_secs(2) }
    /// );
    /// ```
    #[must_use]
    pub fn with_failure(self, error: &(impl crate::PlatformError + ?Sized)) -> Self {
        let attempt = self.with_retry_after(error.retry_after());
        if error.is_outcome_unknown() {
            attempt.outcome_unknown()
        } else {
            attempt
        }
    }

    /// Which attempt of the call this was; the first is 1.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::Attempt;
    ///
    /// assert_eq!(Attempt::new(3, Duration::ZERO).number(), 3);
    /// ```
    #[must_use]
    pub const fn number(&self) -> u32 {
        self.number
    }

    /// Whether the call has refreshed the token already.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::Attempt;
    ///
    /// assert!(Attempt::new(2, Duration::ZERO).refreshed().has_refreshed());
    /// ```
    #[must_use]
    pub const fn has_refreshed(&self) -> bool {
        self.refreshed
    }

    /// How long after the first attempt started this one failed.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::Attempt;
    ///
    /// let attempt = Attempt::new(2, Duration::from_millis(250));
    /// assert_eq!(attempt.elapsed(), Duration::from_millis(250));
    /// ```
    #[must_use]
    pub const fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// The generation of the token the attempt was sent with ([`Attempt::with_token`]; 0 by
    /// default).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::Attempt;
    ///
    /// assert_eq!(Attempt::new(1, Duration::ZERO).with_token(7).token(), 7);
    /// ```
    #[must_use]
    pub const fn token(&self) -> u64 {
        self.token
    }

    /// The wait the platform asked for with the failure (`Retry-After`), if it did.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::Attempt;
    ///
    /// let attempt = Attempt::new(1, Duration::ZERO).with_retry_after(Some(Duration::from_secs(3)));
    /// assert_eq!(attempt.retry_after(), Some(Duration::from_secs(3)));
    /// ```
    #[must_use]
    pub const fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }
}

/// What to do after a failed attempt.
///
/// A loop acts on each kind ([`RetryPolicy::decide`] gives it):
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use core::time::Duration;
/// use platform_errors::Advice;
/// use platform_errors::retry::{Attempt, Decision, RetryPolicy};
///
/// let failed = Attempt::new(1, Duration::from_millis(40)).with_token(3);
/// match RetryPolicy::DEFAULT.decide(Advice::Retry, &failed, 7) {
///     Decision::Retry { after } => assert!(after <= Duration::from_millis(200)),
///     Decision::RefreshToken { if_generation } => unreachable!("refresh generation {if_generation}"),
///     Decision::Stop(why) => unreachable!("{why}"),
///     _ => unreachable!("a decision added later"),
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Decision {
    /// Wait this long, then send the call again.
    Retry {
        /// How long to wait.
        after: Duration,
    },
    /// Refresh the token if the store's generation is still `if_generation` (another call
    /// may have refreshed it already), then send the call again with the current token.
    RefreshToken {
        /// The generation of the token that failed.
        if_generation: u64,
    },
    /// Give up: return the error.
    Stop(Stop),
}

/// Why a call gives up.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use core::time::Duration;
/// use platform_errors::Advice;
/// use platform_errors::retry::{Attempt, Decision, RetryPolicy, Stop};
///
/// let policy = RetryPolicy::DEFAULT;
/// let first = Attempt::new(1, Duration::ZERO);
/// assert_eq!(policy.decide(Advice::FixRequest, &first, 0), Decision::Stop(Stop::NotRetryable));
/// // A payment whose gateway timed out: it may have gone through.
/// let unknown = first.not_idempotent().outcome_unknown();
/// assert_eq!(policy.decide(Advice::Retry, &unknown, 0), Decision::Stop(Stop::NotIdempotent));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stop {
    /// The advice says that sending the call again cannot help.
    NotRetryable,
    /// The call has had its maximum number of attempts.
    Attempts,
    /// The wait would end after the call's time budget.
    Time,
    /// The call refreshed the token already and failed on the token again.
    RefreshedAlready,
    /// The call is not idempotent, and the failure leaves unknown whether the platform did
    /// it: sending it again might do it twice. Decided before the advice is asked, so that a
    /// failure whose advice is none (a 500 page) says this too.
    NotIdempotent,
}

/// What the decision is, for a log line: `retry in 200ms`, `refresh the token and retry`,
/// `stop: the advice says a retry cannot help`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use std::time::Duration;
/// use platform_errors::retry::{Decision, Stop};
///
/// assert_eq!(Decision::Retry { after: Duration::from_millis(200) }.to_string(), "retry in 200ms");
/// assert_eq!(Decision::Stop(Stop::Attempts).to_string(), "stop: the call has had its maximum number of attempts");
/// ```
impl core::fmt::Display for Decision {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Decision::Retry { after } => write!(f, "retry in {after:?}"),
            Decision::RefreshToken { .. } => f.write_str("refresh the token and retry"),
            Decision::Stop(stop) => write!(f, "stop: {stop}"),
        }
    }
}

/// Why the call stops, as a sentence's end.
impl core::fmt::Display for Stop {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Stop::NotRetryable => "the advice says a retry cannot help",
            Stop::Attempts => "the call has had its maximum number of attempts",
            Stop::Time => "the wait would end after the call's time budget",
            Stop::RefreshedAlready => "the token was refreshed already and failed again",
            Stop::NotIdempotent => {
                "the call is not idempotent and may have been done: sending it again might do it twice"
            }
        })
    }
}

impl RetryPolicy {
    /// 4 attempts within 30 s; a retry waits from 200 ms doubling up to 5 s, a throttled
    /// one from 2 s.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::retry::RetryPolicy;
    ///
    /// assert_eq!(RetryPolicy::DEFAULT.max_attempts(), 4);
    /// assert_eq!(RetryPolicy::default(), RetryPolicy::DEFAULT);
    /// ```
    pub const DEFAULT: RetryPolicy = RetryPolicy {
        max_attempts: 4,
        max_elapsed: Duration::from_secs(30),
        base_delay: Duration::from_millis(200),
        throttle_delay: Duration::from_secs(2),
        max_delay: Duration::from_secs(5),
    };

    /// At most this many attempts per call, the first included.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::retry::RetryPolicy;
    ///
    /// let policy = RetryPolicy::DEFAULT.with_max_attempts(6);
    /// assert_eq!(policy.max_attempts(), 6);
    /// ```
    #[must_use]
    pub const fn with_max_attempts(self, max_attempts: u32) -> Self {
        RetryPolicy {
            max_attempts,
            ..self
        }
    }

    /// No wait that would end later than this after the first attempt started.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::Advice;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy, Stop};
    ///
    /// // 10 s spent already, a budget of 10 s: no wait fits.
    /// let policy = RetryPolicy::DEFAULT.with_max_elapsed(Duration::from_secs(10));
    /// let late = Attempt::new(2, Duration::from_secs(10));
    /// assert_eq!(policy.decide(Advice::Retry, &late, 0), Decision::Stop(Stop::Time));
    /// ```
    #[must_use]
    pub const fn with_max_elapsed(self, max_elapsed: Duration) -> Self {
        RetryPolicy {
            max_elapsed,
            ..self
        }
    }

    /// The first wait after [`Advice::Retry`], doubled for each retry after.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::Advice;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy};
    ///
    /// let policy = RetryPolicy::DEFAULT.with_base_delay(Duration::from_millis(50));
    /// let Decision::Retry { after } = policy.decide(Advice::Retry, &Attempt::new(1, Duration::ZERO), 0) else { unreachable!() };
    /// assert!(after <= Duration::from_millis(50));
    /// ```
    #[must_use]
    pub const fn with_base_delay(self, base_delay: Duration) -> Self {
        RetryPolicy { base_delay, ..self }
    }

    /// The first wait after [`Advice::Throttle`], doubled for each retry after.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::Advice;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy};
    ///
    /// let policy = RetryPolicy::DEFAULT.with_throttle_delay(Duration::from_secs(1));
    /// let Decision::Retry { after } = policy.decide(Advice::Throttle, &Attempt::new(1, Duration::ZERO), 0) else { unreachable!() };
    /// assert!(after <= Duration::from_secs(1));
    /// ```
    #[must_use]
    pub const fn with_throttle_delay(self, throttle_delay: Duration) -> Self {
        RetryPolicy {
            throttle_delay,
            ..self
        }
    }

    /// No computed wait is longer (a `Retry-After` may be).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::Advice;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy};
    ///
    /// let policy = RetryPolicy::DEFAULT.with_max_attempts(20).with_max_delay(Duration::from_secs(1));
    /// let tenth = Attempt::new(10, Duration::ZERO);
    /// let Decision::Retry { after } = policy.decide(Advice::Retry, &tenth, 0) else { unreachable!() };
    /// assert!(after <= Duration::from_secs(1));
    /// ```
    #[must_use]
    pub const fn with_max_delay(self, max_delay: Duration) -> Self {
        RetryPolicy { max_delay, ..self }
    }

    /// The maximum number of attempts per call.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::retry::RetryPolicy;
    ///
    /// assert_eq!(RetryPolicy::DEFAULT.with_max_attempts(2).max_attempts(), 2);
    /// ```
    #[must_use]
    pub const fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The budget: no wait ends later than this after the first attempt started.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::RetryPolicy;
    ///
    /// let policy = RetryPolicy::DEFAULT.with_max_elapsed(Duration::from_secs(5));
    /// assert_eq!(policy.max_elapsed(), Duration::from_secs(5));
    /// ```
    #[must_use]
    pub const fn max_elapsed(&self) -> Duration {
        self.max_elapsed
    }

    /// The first wait before a retry, which doubles with each attempt.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::RetryPolicy;
    ///
    /// let policy = RetryPolicy::DEFAULT.with_base_delay(Duration::from_millis(50));
    /// assert_eq!(policy.base_delay(), Duration::from_millis(50));
    /// ```
    #[must_use]
    pub const fn base_delay(&self) -> Duration {
        self.base_delay
    }

    /// The first wait after a throttled attempt.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::RetryPolicy;
    ///
    /// let policy = RetryPolicy::DEFAULT.with_throttle_delay(Duration::from_secs(2));
    /// assert_eq!(policy.throttle_delay(), Duration::from_secs(2));
    /// ```
    #[must_use]
    pub const fn throttle_delay(&self) -> Duration {
        self.throttle_delay
    }

    /// The longest wait between attempts.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::retry::RetryPolicy;
    ///
    /// let policy = RetryPolicy::DEFAULT.with_max_delay(Duration::from_secs(10));
    /// assert_eq!(policy.max_delay(), Duration::from_secs(10));
    /// ```
    #[must_use]
    pub const fn max_delay(&self) -> Duration {
        self.max_delay
    }

    /// What to do after `attempt` failed with `advice`. `random` is any random number (it
    /// picks the jitter); tests pass fixed ones.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::Advice;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy, Stop};
    ///
    /// let policy = RetryPolicy::DEFAULT;
    /// let first = Attempt::new(1, Duration::ZERO);
    /// // 200 ms, of which a random half is left out.
    /// assert_eq!(policy.decide(Advice::Retry, &first, 0), Decision::Retry { after: Duration::from_millis(100) });
    /// assert_eq!(policy.decide(Advice::Retry, &first, u64::MAX), Decision::Retry { after: Duration::from_nanos(100_000_000 + u64::MAX % 100_000_001) });
    /// // The platform's Retry-After wins.
    /// let limited = first.with_retry_after(Some(Duration::from_secs(7)));
    /// assert_eq!(policy.decide(Advice::Throttle, &limited, 0), Decision::Retry { after: Duration::from_secs(7) });
    /// // An unknown code has no advice: stop.
    /// assert_eq!(policy.decide(Advice::None, &first, 0), Decision::Stop(Stop::NotRetryable));
    /// ```
    #[must_use]
    pub fn decide(&self, advice: Advice, attempt: &Attempt, random: u64) -> Decision {
        // First, whatever the advice: a call that may have been done is not one to retry,
        // and a client that reconciles on `NotIdempotent` (asks for the order) must hear it
        // for a 500 page too, whose status advises nothing.
        if attempt.not_idempotent && attempt.outcome_unknown {
            return Decision::Stop(Stop::NotIdempotent);
        }
        let base = match advice {
            Advice::Retry => self.base_delay,
            Advice::Throttle => self.throttle_delay,
            Advice::RefreshToken => Duration::ZERO,
            _ => return Decision::Stop(Stop::NotRetryable),
        };
        if attempt.number >= self.max_attempts {
            return Decision::Stop(Stop::Attempts);
        }
        if advice == Advice::RefreshToken {
            if attempt.refreshed {
                return Decision::Stop(Stop::RefreshedAlready);
            }
            if attempt.elapsed >= self.max_elapsed {
                return Decision::Stop(Stop::Time);
            }
            return Decision::RefreshToken {
                if_generation: attempt.token,
            };
        }
        let after = match attempt.retry_after {
            Some(asked) => asked,
            None => self.backoff(base, attempt.number, random),
        };
        match attempt.elapsed.checked_add(after) {
            Some(end) if end <= self.max_elapsed => Decision::Retry { after },
            _ => Decision::Stop(Stop::Time),
        }
    }

    /// `base × 2^(n-1)`, at most `max_delay`, less a random part of its half.
    fn backoff(&self, base: Duration, number: u32, random: u64) -> Duration {
        let doublings = number.saturating_sub(1).min(31);
        let full = base
            .checked_mul(1u32 << doublings)
            .unwrap_or(self.max_delay)
            .min(self.max_delay);
        let full = u64::try_from(full.as_nanos()).unwrap_or(u64::MAX);
        let half = full / 2;
        // Equal jitter: half of the wait is kept, the other half is random.
        let jitter = random % (full - half + 1);
        Duration::from_nanos(half + jitter)
    }
}

#[cfg(test)]
mod tests;
