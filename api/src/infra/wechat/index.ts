export {
  WechatClient,
  MemoryTokenStore,
  FORCE_REFRESH_INTERVAL_MS,
  type WechatTokenStore,
  type StoredToken,
  type WechatClientOptions,
  type WechatSession,
  type WechatSessionWithKey,
  type WechatPhoneInfo,
  type SubscribeMessage,
  type SubscribeValue,
} from './wechat.client.js';
export {
  WechatError,
  type WechatErrorKind,
  WECHAT_ERRCODE,
  WECHAT_ERR_TIMEOUT,
  WECHAT_ERR_NETWORK,
  WECHAT_ERR_HTTP,
  WECHAT_ERR_BAD_RESPONSE,
} from './wechat.error.js';
