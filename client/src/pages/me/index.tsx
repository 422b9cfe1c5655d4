import { Button, View } from '@tarojs/components';
import { call } from '../../api';
import { Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';

/** The local demo host lets you switch persona; in WeChat, identity is the WeChat account. */
function switchPersona() {
  window.location.href = '/logout';
}

/** 我的: who I am, my community and my role. */
export default function Me() {
  const me = useLoad(() => call('account', 'me.get', {}));
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <Failure error={me.error} onRetry={me.reload} />;
  const { member, community } = me.data;
  return (
    <View className="page">
      {member && community ? (
        <View className="card">
          <View className="card-title">{member.name}</View>
          <View className="kv">
            <View className="kv-key">所在{community.kindLabel}</View>
            <View className="kv-value">{community.name}</View>
          </View>
          <View className="kv">
            <View className="kv-key">身份</View>
            <View className="kv-value">{member.roleLabel}</View>
          </View>
          <View className="kv">
            <View className="kv-key">认证</View>
            <View className="kv-value">{member.verified ? '已认证' : '待社区审核'}</View>
          </View>
        </View>
      ) : (
        <View className="card">
          <View className="card-title">您还没有加入社区</View>
          <View className="meta">加入后可以参加协商、发表意见和投票。请向居（村）委会索取邀请码。</View>
        </View>
      )}
      {process.env.TARO_ENV === 'h5' ? (
        <Button className="btn btn-plain" onClick={switchPersona}>
          切换演示身份
        </Button>
      ) : null}
    </View>
  );
}
