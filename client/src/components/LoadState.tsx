import type { PropsWithChildren } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { call, type ApiError } from '../api';
import { useLoad } from '../hooks/useLoad';

/** What a screen shows while it has nothing else to show: loading, failure with the way on, or emptiness. */
export function Loading() {
  return (
    <View className="state">
      <Text>正在加载…</Text>
    </View>
  );
}

/** Failures a second try can mend: the network, a busy server, someone else's change in between. */
const RETRYABLE = new Set<ApiError['code']>(['NETWORK', 'INTERNAL', 'CONFLICT']);

const HOME = '/pages/index/index';
const goHome = () => Taro.switchTab({ url: HOME });
const openJoin = () => Taro.navigateTo({ url: '/join/index/index' });

/** H5 is the local demo, where identity is the persona picked at /login; in WeChat, opening anew signs in again. */
function signIn() {
  if (process.env.TARO_ENV === 'h5') window.location.href = '/login';
  else Taro.reLaunch({ url: HOME });
}

/** Back where the person came from; from a shared link nothing is behind, so home (nothing more on the home tab itself). */
function WayBack() {
  const pages = Taro.getCurrentPages();
  if (pages.length > 1) {
    return (
      <Button className="btn btn-plain" onClick={() => Taro.navigateBack()}>
        返回
      </Button>
    );
  }
  if ((pages[0]?.route ?? '').includes(HOME.slice(1))) return null;
  return (
    <Button className="btn btn-plain" onClick={goHome}>
      回到首页
    </Button>
  );
}

/** The invitation to join, as 我的, 公示 and a member-only screen make it: what joining gives, and the button. */
export function JoinCard({ title, action = '加入社区', children }: PropsWithChildren<{ title: string; action?: string }>) {
  return (
    <View className="card">
      <View className="card-title">{title}</View>
      {children}
      <Button className="btn btn-primary" onClick={openJoin}>
        {action}
      </Button>
    </View>
  );
}

/**
 * NOT_MEMBER: the way on depends on where the person's membership stands, which 我的 knows — join,
 * wait for the committee, apply again, or (approved in the meantime) simply load again.
 */
function NotMember({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const me = useLoad(() => call('account', 'me.get', {}));
  if (me.status === 'loading') return <Loading />;
  const member = me.status === 'ready' ? me.data.member : null;
  const community = me.status === 'ready' ? me.data.community : null;
  if (member?.status === 'active') return <Plain error={error} action={<Retry onRetry={onRetry} />} />;
  if (member?.status === 'pending' && community) {
    return (
      <View className="page">
        <View className="card">
          <View className="card-title">入社申请审核中</View>
          <View className="meta">
            您已申请加入{community.name}，正在等待{community.kind === 'village' ? '村' : '居'}委会审核。审核通过后就可以参与协商、发表意见和投票。
          </View>
          <Button className="btn btn-plain" onClick={() => Taro.switchTab({ url: '/pages/me/index' })}>
            查看我的申请
          </Button>
        </View>
      </View>
    );
  }
  const staff = me.status === 'ready' ? me.data.staff : undefined;
  if (!member && staff) {
    return (
      <View className="page">
        <StaffWay streetName={staff.streetName} roleLabel={staff.roleLabel} />
      </View>
    );
  }
  const refused = member?.status === 'rejected' || member?.status === 'removed';
  return (
    <View className="page">
      <JoinCard title={error.message} action={refused ? '重新申请' : '加入社区'}>
        <View className="meta">
          {refused
            ? '原因可以在“我的”中查看；如有疑问，请联系您申请加入的社区或村的委员会，核实后可以重新申请。'
            : '加入后可以参加协商、发表意见和投票。请向所在的社区居委会或村委会索取邀请码。'}
        </View>
      </JoinCard>
    </View>
  );
}

/** A 街道／乡镇's staff member is no community's member: their work is at the 街道工作台. */
export function StaffWay({ streetName, roleLabel }: { streetName: string; roleLabel: string }) {
  return (
    <View className="card">
      <View className="card-title">
        您是{streetName}的{roleLabel}
      </View>
      <View className="meta">社区的协商由社区成员参与；所辖社区的记录、跨社区协商和委托事项在街道工作台。</View>
      <Button className="btn btn-primary" onClick={() => Taro.navigateTo({ url: '/street/home/index' })}>
        进入街道工作台
      </Button>
    </View>
  );
}

function Retry({ onRetry }: { onRetry: () => void }) {
  return (
    <Button className="btn btn-plain" onClick={onRetry}>
      重试
    </Button>
  );
}

function Plain({ error, action }: { error: ApiError; action: JSX.Element | null }) {
  return (
    <View className="state state-error">
      <View>{error.message}</View>
      {action}
    </View>
  );
}

/**
 * A screen that could not load: what went wrong, and the one way forward that can work. 重试 only
 * where trying again can succeed; otherwise join, sign in, or go back — never a button that fails
 * the same way forever.
 */
export function Failure({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  if (error.code === 'NOT_MEMBER') return <NotMember error={error} onRetry={onRetry} />;
  if (RETRYABLE.has(error.code)) return <Plain error={error} action={<Retry onRetry={onRetry} />} />;
  if (error.code === 'UNAUTHENTICATED') {
    return (
      <Plain
        error={error}
        action={
          <Button className="btn btn-primary" onClick={signIn}>
            {process.env.TARO_ENV === 'h5' ? '登录' : '重新进入'}
          </Button>
        }
      />
    );
  }
  return <Plain error={error} action={<WayBack />} />;
}

export function Empty({ text }: { text: string }) {
  return (
    <View className="state">
      <Text>{text}</Text>
    </View>
  );
}

/** The foot of a paged list: 加载更多 while there is more, its failure beside it, or the end said plainly. */
export function LoadMore(props: { hasMore: boolean; busy: boolean; error: string; onMore: () => void; count: number }) {
  if (!props.hasMore) return props.count > 0 ? <View className="state">已显示全部 {props.count} 条</View> : null;
  return (
    <View>
      {props.error ? <View className="error-text">{props.error}</View> : null}
      <Button className="btn btn-plain" disabled={props.busy} onClick={props.onMore}>
        {props.busy ? '正在加载…' : '加载更多'}
      </Button>
    </View>
  );
}
