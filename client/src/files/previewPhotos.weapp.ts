import Taro from '@tarojs/taro';

/** Shows photos full screen in WeChat's own viewer (the H5 build loads its viewer on demand). */
export async function previewPhotos(urls: string[], current?: string): Promise<void> {
  await Taro.previewImage({ urls, ...(current ? { current } : {}) });
}
