import Taro from '@tarojs/taro';

/**
 * Shows photos full screen. Taro's H5 viewer (previewImage) is built on its swiper component and
 * brings Taro's whole component library with it — about 300 KB of script, more than the rest of a
 * page — so the browser fetches it on the first tap on a photo, not with every page that shows one.
 */
export async function previewPhotos(urls: string[], current?: string): Promise<void> {
  try {
    const { openViewer } = await import('./photoViewer');
    await openViewer(urls, current);
  } catch {
    // The viewer's script could not be fetched (the network dropped): a tap again fetches it anew.
    await Taro.showToast({ title: '图片打开失败，请重试', icon: 'none' });
  }
}
