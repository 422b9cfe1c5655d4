import Taro from '@tarojs/taro';

/** Taro's H5 photo viewer, in a chunk of its own: previewPhotos.ts loads it on the first tap. */
export async function openViewer(urls: string[], current?: string): Promise<void> {
  await Taro.previewImage({ urls, ...(current ? { current } : {}) });
}
