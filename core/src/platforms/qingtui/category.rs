//! The seven categories of the page, and lookup that prefers one of them.

use core::fmt;
use core::str::FromStr;

#[cfg(feature = "alloc")]
use super::{
    DomainError, GeneralError, OrgError, ParamError, QingtuiError, SystemError, TokenError,
    UserError,
};
#[cfg(feature = "alloc")]
use crate::{Catalogue, FromReceived, MessageMatch};

/// A section of the platform's error page; [`as_str`](Category::as_str) is what
/// [`PlatformError::category`](crate::PlatformError::category) returns.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::Category;
///
/// assert_eq!(Category::Org.as_str(), "org");
/// assert_eq!(Category::Org.title_zh(), "组织机构错误码");
/// assert_eq!("domain".parse(), Ok(Category::Domain));
/// assert_eq!(Category::ALL.len(), 7);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// 通用错误码: general.
    General,
    /// 系统错误码: system.
    System,
    /// 参数错误码: parameters.
    Param,
    /// token错误码: tokens.
    Token,
    /// 组织机构错误码: organisations.
    Org,
    /// 企业域错误码: enterprise domains.
    Domain,
    /// 用户错误码: users.
    User,
}

impl Category {
    /// The seven categories, in the page's order.
    pub const ALL: [Category; 7] = [
        Category::General,
        Category::System,
        Category::Param,
        Category::Token,
        Category::Org,
        Category::Domain,
        Category::User,
    ];

    /// The category's name, as `category()` returns it: `"general"`, `"system"`, `"param"`,
    /// `"token"`, `"org"`, `"domain"` or `"user"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::General => "general",
            Category::System => "system",
            Category::Param => "param",
            Category::Token => "token",
            Category::Org => "org",
            Category::Domain => "domain",
            Category::User => "user",
        }
    }

    /// The section's title on the platform's page.
    #[must_use]
    pub const fn title_zh(self) -> &'static str {
        match self {
            Category::General => "通用错误码",
            Category::System => "系统错误码",
            Category::Param => "参数错误码",
            Category::Token => "token错误码",
            Category::Org => "组织机构错误码",
            Category::Domain => "企业域错误码",
            Category::User => "用户错误码",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a [`Category`] from a name that is none of the seven.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::{Category, ParseCategoryError};
///
/// assert_eq!("org".parse(), Ok(Category::Org));
/// assert_eq!("organisation".parse::<Category>(), Err(ParseCategoryError));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseCategoryError;

impl fmt::Display for ParseCategoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown category; expected general, system, param, token, org, domain or user")
    }
}

impl core::error::Error for ParseCategoryError {}

impl FromStr for Category {
    type Err = ParseCategoryError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or(ParseCategoryError)
    }
}

#[cfg(feature = "serde")]
crate::advice::serde_by_name!(
/// Written as its name ([`Category::as_str`]), as [`Advice`](crate::Advice) is.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::Category;
///
/// assert_eq!(serde_json::to_string(&Category::Org).unwrap(), r#""org""#);
/// assert_eq!(serde_json::from_str::<Category>(r#""token""#).unwrap(), Category::Token);
/// assert!(serde_json::from_str::<Category>(r#""tokens""#).is_err());
/// ```
    Category,
    "a category's name, such as \"token\""
);

#[cfg(feature = "alloc")]
/// What one category makes of a code and message: its best message match, and its first
/// variant with the code.
type Found = (Option<MessageMatch<QingtuiError>>, Option<QingtuiError>);

#[cfg(feature = "alloc")]
fn look_in<T: for<'a> Catalogue<Code<'a> = i64>>(
    code: i64,
    message: &str,
    wrap: fn(T) -> QingtuiError,
) -> Found {
    (
        T::match_message(code, message).map(|m| m.map(wrap)),
        T::from_code(code).map(wrap),
    )
}

#[cfg(feature = "alloc")]
impl QingtuiError {
    /// The category this value belongs to, as a [`Category`]; `None` for an unknown code.
    /// [`PlatformError::category`](crate::PlatformError::category) gives its name
    /// ([`Category::as_str`]). (Not `kind`: [`ApiError::kind`](crate::ApiError::kind) is the
    /// typed error.)
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::qingtui::{Category, QingtuiError, TokenError};
    ///
    /// assert_eq!(QingtuiError::Token(TokenError::ExpiredToken).typed_category(), Some(Category::Token));
    /// ```
    #[must_use]
    pub fn typed_category(&self) -> Option<Category> {
        match self {
            QingtuiError::General(_) => Some(Category::General),
            QingtuiError::System(_) => Some(Category::System),
            QingtuiError::Param(_) => Some(Category::Param),
            QingtuiError::Token(_) => Some(Category::Token),
            QingtuiError::Org(_) => Some(Category::Org),
            QingtuiError::Domain(_) => Some(Category::Domain),
            QingtuiError::User(_) => Some(Category::User),
            QingtuiError::Unknown { .. } => None,
        }
    }

    /// Resolves a received code and message, preferring `category`: the API family the
    /// caller knows it called.
    ///
    /// In order: a message match in `category`; a message match in any category (the
    /// longest declared match wins); the code in `category`; then what
    /// [`from_received`](FromReceived::from_received) gives (the first category in the
    /// page's order with the code, else [`QingtuiError::Unknown`]).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::FromReceived;
    /// use platform_errors::qingtui::{Category, GeneralError, OrgError, QingtuiError};
    ///
    /// // 45001 is "media file too large" in general and "org grade is over 15" in org.
    /// assert_eq!(
    ///     QingtuiError::from_received(45001, ""),
    ///     QingtuiError::General(GeneralError::MediaFileTooLarge),
    /// );
    /// assert_eq!(
    ///     QingtuiError::resolve_in(Category::Org, 45001, ""),
    ///     QingtuiError::Org(OrgError::OrgTooDeep),
    /// );
    /// // The message, when it matches, outweighs the preferred category.
    /// assert_eq!(
    ///     QingtuiError::resolve_in(Category::Org, 45001, "多媒体文件大小超过限制"),
    ///     QingtuiError::General(GeneralError::MediaFileTooLarge),
    /// );
    /// ```
    #[must_use]
    pub fn resolve_in(category: Category, code: i64, message: &str) -> Self {
        let (matched, by_code) = match category {
            Category::General => look_in::<GeneralError>(code, message, QingtuiError::General),
            Category::System => look_in::<SystemError>(code, message, QingtuiError::System),
            Category::Param => look_in::<ParamError>(code, message, QingtuiError::Param),
            Category::Token => look_in::<TokenError>(code, message, QingtuiError::Token),
            Category::Org => look_in::<OrgError>(code, message, QingtuiError::Org),
            Category::Domain => look_in::<DomainError>(code, message, QingtuiError::Domain),
            Category::User => look_in::<UserError>(code, message, QingtuiError::User),
        };
        if let Some(found) = matched {
            return found.value;
        }
        if let Some(found) = QingtuiError::match_message(code, message) {
            return found.value;
        }
        by_code.unwrap_or_else(|| QingtuiError::from_received(code, message))
    }
}
