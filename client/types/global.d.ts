/// <reference types="@tarojs/taro" />

declare module '*.css';
declare module '*.png';

/** Injected by client/config: the CloudBase environment id ('' = the mini program's default). */
declare const CLOUD_ENV: string;
/** Injected by client/config: the origin of the functions' HTTP access for a hosted H5 build ('' = same origin). */
declare const FUNCTIONS_ORIGIN: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | string;
  }
}
