import { useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { call } from '../../api';
import { usePageClass } from '../../care/careMode';
import { useSubmit } from '../../hooks/useSubmit';

/**
 * 街道／乡镇工作人员加入: the one-time code the platform operator issued names the street and the role
 * (工作人员, or 民政／督查 who only read); the person adds their name and lands on the 街道工作台.
 */
export default function StreetJoin() {
  const pageClass = usePageClass();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const { busy, error, setError, run } = useSubmit('加入失败，请重试');
  const submit = async () => {
    if (!code.trim()) return setError('请输入工作邀请码');
    if (!name.trim()) return setError('请填写姓名');
    setError('');
    await run(async () => {
      const home = await call('street', 'street.join', { code, name });
      Taro.showToast({ title: `已加入${home.street.name}`, icon: 'success' });
      Taro.redirectTo({ url: '/street/home/index' });
    });
  };
  return (
    <View className={pageClass}>
      <View className="card">
        <View className="card-title">街道／乡镇工作人员加入</View>
        <View className="meta">工作邀请码由平台管理员发放，每个码只能使用一次。居民请回到“加入社区”输入社区邀请码。</View>
      </View>
      <View className="field section">
        <View className="field-label">工作邀请码</View>
        <Input className="input" value={code} placeholder="12位字母或数字" maxlength={12} onInput={(e) => setCode(e.detail.value)} />
      </View>
      <View className="field section">
        <View className="field-label">姓名</View>
        <Input className="input" value={name} placeholder="请填写真实姓名" maxlength={30} onInput={(e) => setName(e.detail.value)} onConfirm={submit} />
      </View>
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在加入…' : '加入'}
      </Button>
    </View>
  );
}
