/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    TARO_ENV: 'weapp' | 'h5' | string;
    TARO_APP_ID: string;
    /** API base for the mini-program build, e.g. https://wuye.example.com/api/v1 (H5 uses same-origin /api/v1). */
    TARO_APP_API_BASE: string;
  }
}
