//! The declarations: one line per code, as the page lists them.

crate::define_codes! {
    #![platform(crate = crate)]

    /// 通用错误码: general codes, shared by the light-app and subscription-account APIs.
    ///
    /// Messages are in Chinese, as the page gives them; `message_in("en")` has English.
    /// Besides the page's 66 entries, 21 codes come from the platform's official SDK (its
    /// `StatusCode` table), with the SDK's message; their docs say so. They are the SDK's
    /// codes the page lacks: 40019 and 46002, which the SDK gives menu meanings (an invalid
    /// button KEY length, a missing menu version), are the page's, in [`UserError`].
    ///
    /// Unless a variant says otherwise, the advice is [`Advice::FixRequest`](crate::Advice):
    /// the request is wrong and resending it unchanged cannot help.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Catalogue, PlatformError};
    /// use platform_errors::qingtui::GeneralError;
    ///
    /// let err = GeneralError::from_code(42001).unwrap();
    /// assert_eq!(err, GeneralError::AccessTokenExpired);
    /// assert_eq!(err.advice(), Advice::RefreshToken);
    /// assert_eq!(err.message_in("en"), Some("access_token expired"));
    /// ```
    #[platform(category = "general", lang = "zh")]
    #[advice(fix_request)]
    pub enum GeneralError {
        /// A transient failure on the platform's side: back off and retry.
        #[advice(retry)]
        SystemBusy = -1 => ("系统繁忙.", en = "System busy."),
        /// Not an error: the call succeeded.
        #[advice(none)]
        Success = 0 => ("请求成功.", en = "Request succeeded."),
        /// Usually a stale access_token: refresh it and retry once. If a fresh token is refused too, the AppSecret itself is wrong.
        #[advice(refresh_token)]
        InvalidCredential = 40001 => ("获取access_token时AppSecret错误,或者access_token无效.", en = "Wrong AppSecret when getting the access_token, or the access_token is invalid."),
        InvalidGrantType = 40002 => ("不合法的凭证类型", en = "Invalid credential type"),
        InvalidOpenId = 40003 => ("不合法的openid", en = "Invalid openid"),
        InvalidMediaType = 40004 => ("不合法的媒体文件类型", en = "Invalid media file type"),
        InvalidFileType = 40005 => ("不合法的文件类型", en = "Invalid file type"),
        InvalidFileSize = 40006 => ("不合法的文件大小", en = "Invalid file size"),
        InvalidMediaId = 40007 => ("不合法的媒体文件id", en = "Invalid media file id"),
        InvalidMessageType = 40008 => ("不合法的消息类型", en = "Invalid message type"),
        InvalidImageSize = 40009 => ("不合法的图片文件大小", en = "Invalid image file size"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidVoiceSize = 40010 => ("不合法的语音文件大小", en = "Invalid voice file size"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidVideoSize = 40011 => ("不合法的视频文件大小", en = "Invalid video file size"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidThumbnailSize = 40012 => ("不合法的缩略图文件大小", en = "Invalid thumbnail file size"),
        /// The app id comes from the app's configuration, not from the request at hand: check it.
        #[advice(check_config)]
        InvalidAppId = 40013 => ("不合法的appid", en = "Invalid appid"),
        #[advice(refresh_token)]
        InvalidAccessToken = 40014 => ("不合法的access_token", en = "Invalid access_token"),
        InvalidMenuType = 40015 => ("不合法的菜单类型", en = "Invalid menu type"),
        InvalidButtonCount = 40016 => ("不合法的按钮个数", en = "Invalid number of buttons"),
        InvalidButtonType = 40017 => ("不合法的按钮类型", en = "Invalid button type"),
        InvalidButtonNameLength = 40018 => ("不合法的按钮名字长度", en = "Invalid button name length"),
        InvalidButtonUrlLength = 40020 => ("不合法的按钮URL长度", en = "Invalid button URL length"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidMenuVersion = 40021 => ("不合法的菜单版本号", en = "Invalid menu version"),
        InvalidSubMenuLevel = 40022 => ("不合法的子菜单级数", en = "Invalid sub-menu depth"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidSubButtonCount = 40023 => ("不合法的子菜单按钮个数", en = "Invalid number of sub-menu buttons"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidSubButtonType = 40024 => ("不合法的子菜单按钮类型", en = "Invalid sub-menu button type"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidSubButtonNameLength = 40025 => ("不合法的子菜单按钮名字长度", en = "Invalid sub-menu button name length"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidSubButtonKeyLength = 40026 => ("不合法的子菜单按钮KEY长度", en = "Invalid sub-menu button KEY length"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidSubButtonUrl = 40027 => ("不合法的子菜单按钮URL", en = "Invalid sub-menu button URL"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidMenuUser = 40028 => ("不合法的自定义菜单使用用户", en = "Invalid custom menu user"),
        /// A qt_code is used once: have the user authorise again to get a new one; resending this one cannot help.
        InvalidQtCode = 40029 => ("不合法的qt_code", en = "Invalid qt_code"),
        /// Refreshing is no longer possible: get a new token with the app's credentials.
        #[advice(reauthenticate)]
        InvalidRefreshToken = 40030 => ("不合法的refresh_token", en = "Invalid refresh_token"),
        InvalidOpenIdList = 40031 => ("不合法的openid列表", en = "Invalid openid list"),
        InvalidOpenIdListLength = 40032 => ("不合法的openid列表长度", en = "Invalid openid list length"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidCharacters = 40033 => ("不合法的请求字符，不能包含\\uxxxx格式的字符", en = "Invalid characters in the request: characters in \\uxxxx form are not allowed"),
        InvalidParameter = 40035 => ("不合法的参数", en = "Invalid parameter"),
        InvalidRequestFormat = 40038 => ("不合法的请求格式", en = "Invalid request format"),
        InvalidUrlLength = 40039 => ("不合法的URL长度", en = "Invalid URL length"),
        InvalidGroupId = 40050 => ("不合法的分组id", en = "Invalid group id"),
        InvalidGroupName = 40051 => ("分组名字不合法", en = "Invalid group name"),
        MessageIdNotFound = 40052 => ("不存在的消息id", en = "Message id does not exist"),
        MissingAccessToken = 41001 => ("缺少access_token参数", en = "Missing access_token parameter"),
        MissingAppId = 41002 => ("缺少appid参数", en = "Missing appid parameter"),
        MissingRefreshToken = 41003 => ("缺少refresh_token参数", en = "Missing refresh_token parameter"),
        MissingAppSecret = 41004 => ("缺少appsecret参数", en = "Missing appsecret parameter"),
        MissingMediaData = 41005 => ("缺少多媒体文件数据", en = "Missing media file data"),
        MissingMediaId = 41006 => ("缺少media_id参数", en = "Missing media_id parameter"),
        MissingSubMenuData = 41007 => ("缺少子菜单数据", en = "Missing sub-menu data"),
        MissingQtCode = 41008 => ("缺少qt_code", en = "Missing qt_code"),
        MissingOpenId = 41009 => ("缺少openid", en = "Missing openid"),
        InvalidRichText = 41010 => ("富文本消息不满足要求", en = "Rich text message does not meet the requirements"),
        #[advice(refresh_token)]
        AccessTokenExpired = 42001 => ("access_token超时", en = "access_token expired"),
        /// Refreshing is no longer possible: get a new token with the app's credentials.
        #[advice(reauthenticate)]
        RefreshTokenExpired = 42002 => ("refresh_token超时", en = "refresh_token expired"),
        /// Have the user authorise again to get a new qt_code; resending the expired one cannot help.
        QtCodeExpired = 42003 => ("qt_code超时", en = "qt_code expired"),
        GetRequired = 43001 => ("需要GET请求", en = "GET request required"),
        PostRequired = 43002 => ("需要POST请求", en = "POST request required"),
        HttpsRequired = 43003 => ("需要HTTPS请求", en = "HTTPS request required"),
        /// The recipient does not follow the app: resending to the same recipient cannot help until they do.
        RecipientMustFollow = 43004 => ("需要接收者关注", en = "The recipient must follow the app"),
        /// Known to the platform's official SDK; not on the error page.
        FriendshipRequired = 43005 => ("需要好友关系", en = "A friend relationship is required"),
        EmptyMediaFile = 44001 => ("多媒体文件为空", en = "Media file is empty"),
        EmptyPostBody = 44002 => ("POST的数据包为空", en = "POST body is empty"),
        EmptyNewsMessage = 44003 => ("图文消息内容为空", en = "News message content is empty"),
        EmptyTextMessage = 44004 => ("文本消息内容为空", en = "Text message content is empty"),
        MediaFileTooLarge = 45001 => ("多媒体文件大小超过限制", en = "Media file size exceeds the limit"),
        MessageTooLong = 45002 => ("消息内容超过限制", en = "Message content exceeds the limit"),
        TitleTooLong = 45003 => ("标题字段超过限制", en = "Title field exceeds the limit"),
        DescriptionTooLong = 45004 => ("描述字段超过限制", en = "Description field exceeds the limit"),
        LinkTooLong = 45005 => ("链接字段超过限制", en = "Link field exceeds the limit"),
        ImageLinkTooLong = 45006 => ("图片链接字段超过限制", en = "Image link field exceeds the limit"),
        /// Known to the platform's official SDK; not on the error page.
        VoiceTooLong = 45007 => ("语音播放时间超过限制", en = "Voice playback time exceeds the limit"),
        NewsMessageTooLarge = 45008 => ("图文消息超过限制", en = "News message exceeds the limit"),
        /// A rate limit: wait before calling again.
        #[advice(throttle)]
        ApiCallLimitExceeded = 45009 => ("接口调用超过限制", en = "API call limit exceeded"),
        TooManyMenus = 45010 => ("创建菜单个数超过限制", en = "Number of menus created exceeds the limit"),
        /// The window for replying has passed: resending the reply cannot help.
        ///
        /// Known to the platform's official SDK; not on the error page.
        ReplyWindowExpired = 45015 => ("回复时间超过限制", en = "Reply time limit exceeded"),
        /// Known to the platform's official SDK; not on the error page.
        SystemGroupReadOnly = 45016 => ("系统分组，不允许修改", en = "System groups cannot be modified"),
        /// Known to the platform's official SDK; not on the error page.
        GroupNameTooLong = 45017 => ("分组名字过长", en = "Group name is too long"),
        /// Known to the platform's official SDK; not on the error page.
        TooManyGroups = 45018 => ("分组数量超过上限", en = "Number of groups exceeds the limit"),
        MediaNotFound = 46001 => ("不存在媒体数据", en = "Media data does not exist"),
        MenuNotFound = 46003 => ("不存在的菜单数据", en = "Menu data does not exist"),
        UserNotFound = 46004 => ("不存在的用户", en = "User does not exist"),
        InvalidJson = 47001 => ("解析JSON内容错误", en = "Error parsing JSON content"),
        /// The app has not been granted this API: request it in the app's settings.
        #[advice(check_config)]
        ApiNotAuthorized = 48001 => ("api功能未授权", en = "API function not authorized"),
        /// The user has not granted the app this API: the app's authorisation scope must change, not the request.
        #[advice(check_config)]
        UserNotAuthorizedApi = 50001 => ("用户未授权该api", en = "The user has not authorized this API"),
        /// FAQ of the platform's error page: check that the app's trusted (secure) domain is configured correctly. If the error persists after fixing it, the Qingtui app may be serving it from its cache: close and kill the Qingtui app, then open it again.
        #[advice(check_config)]
        UnauthorizedDomain = 50002 => ("未授权的域名", en = "Unauthorized domain"),
        /// A billing permission of the app: check what it is entitled to.
        ///
        /// Known to the platform's official SDK; not on the error page.
        #[advice(check_config)]
        InvalidBillingItem = 70001 => ("非法计费项、操作或无该计费项权限", en = "Invalid billing item or operation, or no permission for this billing item"),
        /// Known to the platform's official SDK; not on the error page.
        InvalidBillingTarget = 70002 => ("非法计费对象", en = "Invalid billing target"),
        /// The account must be topped up; retrying cannot help until it is.
        ///
        /// Known to the platform's official SDK; not on the error page.
        #[advice(check_config)]
        InsufficientBalance = 70003 => ("可消费余量不足", en = "Insufficient balance to consume"),
        /// Known to the platform's official SDK; not on the error page.
        ConsumptionLimitExceeded = 70004 => ("超出本次允许最大消费量", en = "Exceeds the maximum consumption allowed at once"),
    }

    /// 系统错误码: system codes.
    ///
    /// Messages are in English, as the page gives them; `message_in("zh")` has Chinese.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Catalogue;
    /// use platform_errors::qingtui::SystemError;
    ///
    /// let err = SystemError::from_code(-1).unwrap();
    /// assert_eq!(err.as_i64(), -1);
    /// ```
    #[platform(category = "system", lang = "en")]
    #[advice(fix_request)]
    pub enum SystemError {
        /// Not an error: the call succeeded.
        #[advice(none)]
        Success = 0 => ("success", zh = "成功"),
        /// A transient failure on the platform's side: back off and retry.
        #[advice(retry)]
        SystemError = -1 => ("system error", zh = "系统错误"),
        DataNotExist = 46100 => ("data not exist", zh = "数据不存在"),
        /// The app is not authorised for this call: check its permissions.
        #[advice(check_config)]
        Unauthorized = 50401 => ("unauthorized", zh = "未授权"),
        /// A rate limit: wait before calling again.
        #[advice(throttle)]
        TooFrequent = 45101 => ("reject by request too frequently", zh = "请求过于频繁，已被拒绝"),
        /// The account's balance must be topped up (the message gives the support line); retrying cannot help until it is.
        #[advice(check_config)]
        BalanceInsufficient = 45002 => ("balance has been insufficient, please call 400-161-0019 for help", zh = "余额不足，请拨打 400-161-0019 寻求帮助"),
    }

    /// 参数错误码: parameter codes. All 23 share the code 40100; the message tells them
    /// apart, and [`Catalogue::from_code_and_message`](crate::Catalogue) finds the right one.
    ///
    /// Every one is [`Advice::FixRequest`](crate::Advice).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Catalogue;
    /// use platform_errors::qingtui::ParamError;
    ///
    /// let err = ParamError::from_code_and_message(40100, "page_size is required").unwrap();
    /// assert_eq!(err, ParamError::PageSizeRequired);
    /// assert_eq!(ParamError::ALL.len(), 23);
    /// ```
    #[platform(category = "param", lang = "en", shared(40100))]
    #[advice(fix_request)]
    pub enum ParamError {
        InvalidParam = 40100 => ("invalid param", zh = "参数无效"),
        AccessTokenRequired = 40100 => ("accessToken is required", zh = "缺少 accessToken"),
        AppIdRequired = 40100 => ("app_id is required", zh = "缺少 app_id"),
        AccountIdRequired = 40100 => ("account_id is required", zh = "缺少 account_id"),
        SecretRequired = 40100 => ("secret is required", zh = "缺少 secret"),
        OrgIdRequired = 40100 => ("org_id is required", zh = "缺少 org_id"),
        DomainIdRequired = 40100 => ("domain_id is required", zh = "缺少 domain_id"),
        RefreshTokenRequired = 40100 => ("refresh_token is required", zh = "缺少 refresh_token"),
        PageSizeTooLarge = 40100 => ("page_size must be an integer less than or equals to 100", zh = "page_size 必须是小于或等于 100 的整数"),
        PageSizeTooSmall = 40100 => ("page_size must be an integer greater than 1", zh = "page_size 必须是大于 1 的整数"),
        PageSizeRequired = 40100 => ("page_size is required", zh = "缺少 page_size"),
        RequestPageNotInteger = 40100 => ("request_page must be an integer", zh = "request_page 必须是整数"),
        RequestPageTooSmall = 40100 => ("request_page must be an integer greater than or equal to 1", zh = "request_page 必须是大于或等于 1 的整数"),
        RequestPageRequired = 40100 => ("request_page is required", zh = "缺少 request_page"),
        UsersRequired = 40100 => ("users is required", zh = "缺少 users"),
        MobileRequired = 40100 => ("mobile phone is required", zh = "缺少手机号"),
        NameRequired = 40100 => ("name is required", zh = "缺少 name"),
        DomainNumberRequired = 40100 => ("domain_number is required", zh = "缺少 domain_number"),
        PasswordRequired = 40100 => ("password is required", zh = "缺少 password"),
        ParentIdRequired = 40100 => ("parent_id is required", zh = "缺少 parent_id"),
        SyncTimeNegative = 40100 => ("sync_time must be a number greater than or equal to 0", zh = "sync_time 必须是大于或等于 0 的数字"),
        SyncTimeRequired = 40100 => ("sync_time is required", zh = "缺少 sync_time"),
        OpenIdRequired = 40100 => ("open_id is required", zh = "缺少 open_id"),
    }

    /// token错误码: token codes.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Catalogue, PlatformError};
    /// use platform_errors::qingtui::TokenError;
    ///
    /// assert_eq!(TokenError::from_code(42403), Some(TokenError::ExpiredToken));
    /// assert_eq!(TokenError::ExpiredToken.advice(), Advice::RefreshToken);
    /// assert_eq!(TokenError::ExpiredToken.to_string(), "expired token");
    /// ```
    #[platform(category = "token", lang = "en")]
    #[advice(fix_request)]
    pub enum TokenError {
        /// The app's id or secret is refused: a new token requested with the same credentials would be refused the same way, so fix the configuration.
        #[advice(check_config)]
        Unauthenticated = 40401 => ("app_id or app_secret is unauthenticated", zh = "app_id 或 app_secret 未通过认证"),
        #[advice(refresh_token)]
        InvalidToken = 40402 => ("invalid token", zh = "无效的 token"),
        #[advice(refresh_token)]
        ExpiredToken = 42403 => ("expired token", zh = "token 已过期"),
    }

    /// 组织机构错误码: organisation codes.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Catalogue, PlatformError};
    /// use platform_errors::qingtui::OrgError;
    ///
    /// assert_eq!(OrgError::from_code(45001), Some(OrgError::OrgTooDeep));
    /// assert_eq!(OrgError::OrgTooDeep.message_in("zh"), Some("组织层级超过 15 级"));
    /// ```
    #[platform(category = "org", lang = "en")]
    #[advice(fix_request)]
    pub enum OrgError {
        /// The app's scope does not cover this organisation: widen it in the app's configuration.
        #[advice(check_config)]
        OrganizationNotAllowed = 50210 => ("organization is not allowed", zh = "不允许操作该组织"),
        OrgNotExists = 46306 => ("org is not exists", zh = "组织不存在"),
        OrgNotDeletable = 48300 => ("this org is not allowed to be delete", zh = "该组织不允许删除"),
        OrgNameUnchanged = 40301 => ("org name must be difference with before", zh = "组织名称必须与原名称不同"),
        ParentInOtherDomain = 40300 => ("different domain between parent and child", zh = "父组织与子组织不在同一企业域"),
        OrgNameTaken = 40299 => ("org name exists in this parent node", zh = "该父节点下已存在同名组织"),
        OrgTooDeep = 45001 => ("org grade is over 15", zh = "组织层级超过 15 级"),
    }

    /// 企业域错误码: enterprise-domain codes.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Catalogue, PlatformError};
    /// use platform_errors::qingtui::DomainError;
    ///
    /// let err = DomainError::from_code(50210).unwrap();
    /// assert_eq!(err, DomainError::OrganizationNotAllowed);
    /// assert_eq!(err.advice(), Advice::CheckConfig);
    /// ```
    #[platform(category = "domain", lang = "en")]
    #[advice(fix_request)]
    pub enum DomainError {
        DomainNotExists = 46100 => ("domain is not exists", zh = "企业域不存在"),
        /// The team's certification caps its size: upgrade it, or remove members.
        #[advice(check_config)]
        TeamMembersOverLimit = 60037 => ("team members over limit with team auth", zh = "团队成员数超过团队认证的上限"),
        /// The team's certification caps its guests: upgrade it, or remove guests.
        #[advice(check_config)]
        TeamGuestsOverLimit = 60038 => ("team guest over limit with team auth", zh = "团队访客数超过团队认证的上限"),
        /// The app's scope does not cover this organisation: widen it in the app's configuration.
        #[advice(check_config)]
        OrganizationNotAllowed = 50210 => ("organization is not allowed", zh = "不允许操作该组织"),
        OrganizationNotExists = 46095 => ("organization is not exists", zh = "组织不存在"),
    }

    /// 用户错误码: user codes.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Catalogue, PlatformError};
    /// use platform_errors::qingtui::UserError;
    ///
    /// let first = UserError::ALL[0];
    /// assert_eq!(UserError::from_code(first.as_i64()), Some(first));
    /// assert_eq!(first.category(), Some("user"));
    /// ```
    #[platform(category = "user", lang = "en")]
    #[advice(fix_request)]
    pub enum UserError {
        /// A success: the accounts named in the message keep their passwords.
        #[advice(none)]
        PartialSuccess = 0 => ("success and the accounts [account1] [account2] will not change password", zh = "成功，但账号 [account1] [account2] 的密码不会被修改"),
        UserNotExists = 46001 => ("user is not exists", zh = "用户不存在"),
        ManagerNotDeletable = 46002 => ("manager user cannot to be deleted", zh = "管理员用户不能被删除"),
        InvalidPassword = 40009 => ("password is invalid", zh = "密码无效"),
        AccountOrUserIdRequired = 41101 => ("account_id or user_id is required", zh = "缺少 account_id 或 user_id"),
        InvalidMobile = 40090 => ("invalid mobile", zh = "手机号无效"),
        InvalidMail = 40091 => ("invalid mail", zh = "邮箱无效"),
        InvalidName = 40092 => ("invalid name", zh = "姓名无效"),
        CommentTooLong = 45003 => ("comment is too long", zh = "备注过长"),
        InvalidPrivacy = 40093 => ("invalid privacy", zh = "隐私设置无效"),
        MobileTaken = 43010 => ("mobile is already existed", zh = "手机号已存在"),
        MailTaken = 43011 => ("mail is already existed", zh = "邮箱已存在"),
        DuplicateMobiles = 40094 => ("duplicate mobiles", zh = "手机号重复"),
        DuplicateMails = 40095 => ("duplicate mails", zh = "邮箱重复"),
        OpenIdNotExists = 46200 => ("open_id is not exists", zh = "open_id 不存在"),
        /// The enterprise domain's settings forbid it: a domain administrator must allow nickname edits.
        #[advice(check_config)]
        NicknameEditForbidden = 50211 => ("domain not agree edit nickname", zh = "企业域不允许修改昵称"),
        OpenIdNotInDomain = 46320 => ("open_id is not exists in this domain", zh = "该企业域中不存在此 open_id"),
        OpenIdNotFollowing = 46321 => ("open_id is not follow the app", zh = "该 open_id 未关注此应用"),
        UserNotFollowing = 40019 => ("user doesn't follow the app", zh = "用户未关注此应用"),
    }

    /// Any answer of the Qingtui platform: the seven categories, and unknown codes with the
    /// message received.
    ///
    /// Lookup tries the categories in the page's order: general, system, param, token, org,
    /// domain, user. A code that several categories share (-1, 0, 40009, 45001, 45002,
    /// 45003, 46001, 46100, 50210) resolves by message when the received message matches one
    /// of them (the longest declared match wins), else to the first category in that order
    /// that has it. A caller that knows which API family it called can say so with
    /// [`QingtuiError::resolve_in`].
    ///
    /// Needs the `alloc` feature (on by default through `std`), for the message it keeps.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::FromReceived;
    /// use platform_errors::qingtui::{OrgError, QingtuiError};
    ///
    /// // 45001 is in two categories: the message picks one.
    /// assert_eq!(QingtuiError::from_received(45001, "org grade is over 15"), QingtuiError::Org(OrgError::OrgTooDeep));
    /// let new = QingtuiError::from_received(61000, "a new code");
    /// assert!(matches!(new, QingtuiError::Unknown { code: 61000, .. }));
    /// ```
    #[cfg(feature = "alloc")]
    pub enum QingtuiError {
        /// 通用错误码.
        General(GeneralError),
        /// 系统错误码.
        System(SystemError),
        /// 参数错误码.
        Param(ParamError),
        /// token错误码.
        Token(TokenError),
        /// 组织机构错误码.
        Org(OrgError),
        /// 企业域错误码.
        Domain(DomainError),
        /// 用户错误码.
        User(UserError),
        /// A code the catalogue does not declare, with the message received.
        #[platform(unknown)]
        Unknown,
    }
}
