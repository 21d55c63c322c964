//! The kinds of advice, a leaf of the pipeline: the attribute parser, the key table and the
//! model all name them.

/// The kinds of advice, as `#[advice(...)]` names them; the same list as the runtime's
/// `Advice::ALL` (a test checks it).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub(crate) enum Advice {
    #[default]
    None,
    Retry,
    RefreshToken,
    Reauthenticate,
    Throttle,
    FixRequest,
    CheckConfig,
    WaitForQuota,
}

impl Advice {
    pub(crate) const ALL: &'static [Advice] = &[
        Advice::None,
        Advice::Retry,
        Advice::RefreshToken,
        Advice::Reauthenticate,
        Advice::Throttle,
        Advice::FixRequest,
        Advice::CheckConfig,
        Advice::WaitForQuota,
    ];

    /// The name in `#[advice(...)]`.
    pub(crate) fn snake(self) -> &'static str {
        match self {
            Advice::None => "none",
            Advice::Retry => "retry",
            Advice::RefreshToken => "refresh_token",
            Advice::Reauthenticate => "reauthenticate",
            Advice::Throttle => "throttle",
            Advice::FixRequest => "fix_request",
            Advice::CheckConfig => "check_config",
            Advice::WaitForQuota => "wait_for_quota",
        }
    }

    /// The runtime's variant name.
    pub(crate) fn variant(self) -> &'static str {
        match self {
            Advice::None => "None",
            Advice::Retry => "Retry",
            Advice::RefreshToken => "RefreshToken",
            Advice::Reauthenticate => "Reauthenticate",
            Advice::Throttle => "Throttle",
            Advice::FixRequest => "FixRequest",
            Advice::CheckConfig => "CheckConfig",
            Advice::WaitForQuota => "WaitForQuota",
        }
    }

    /// `` `none`, `retry`, ... `` for error messages.
    pub(crate) fn names() -> String {
        let mut names = String::new();
        for advice in Advice::ALL {
            if !names.is_empty() {
                names.push_str(", ");
            }
            names.push('`');
            names.push_str(advice.snake());
            names.push('`');
        }
        names
    }
}
