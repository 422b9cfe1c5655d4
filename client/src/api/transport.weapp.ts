import Taro from '@tarojs/taro';

/** Mini-program transport: wx.cloud.callFunction; WeChat attaches the caller's identity itself. */
export async function transport(name: string, event: { action: string; payload: unknown }): Promise<unknown> {
  const { result } = await Taro.cloud.callFunction({ name, data: event });
  return result;
}
