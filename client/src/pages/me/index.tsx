import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CommitteeDeskView, CommunityView, MyMembershipView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { CareSwitch } from '../../care/CareSwitch';
import { followAccount, usePageClass } from '../../care/careMode';
import { confirmDeleteMyData } from '../../confirm';
import { Failure, JoinCard, Loading, StaffWay } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { forgetAllDrafts } from '../../hooks/useTextDraft';
import { showUnreadBadge } from '../../notify/badge';

/**
 * The local demo host lets you switch persona; in WeChat, identity is the WeChat account. The next
 * persona must not find this one's unsent drafts.
 */
function switchPersona() {
  forgetAllDrafts();
  window.location.href = '/logout';
}

const openJoin = () => Taro.navigateTo({ url: '/join/index/index' });
const open = (url: string) => () => Taro.navigateTo({ url });
/** The committee keeps the ledger and the register; the supervisory committee reads them. */
const openLedger = open('/committee/ledger/index');
const openRegister = open('/committee/register/index');

function Kv({ label, value }: { label: string; value: string }) {
  return (
    <View className="kv">
      <View className="kv-key">{label}</View>
      <View className="kv-value">{value}</View>
    </View>
  );
}

function NotJoined() {
  return (
    <JoinCard title="您还没有加入社区">
      <View className="meta">加入后可以参加协商、发表意见和投票。请向所在的社区居委会或村委会索取邀请码。</View>
    </JoinCard>
  );
}

function Pending({ member, community }: { member: MyMembershipView; community: CommunityView }) {
  return (
    <View className="card">
      <View className="card-title">入社申请审核中</View>
      <View className="meta">
        已向{community.name}提交申请，等待{community.kind === 'village' ? '村' : '居'}委会审核。
      </View>
      <Kv label="姓名" value={member.name} />
      <Kv label="住址" value={member.address} />
      <Kv label="身份" value={member.tenureLabel} />
      <Kv label="申请时间" value={formatChinaTime(member.requestedAt)} />
      <View className="meta">审核通过前，您可以查看公告和协商结果，但还不能发表意见或投票。</View>
    </View>
  );
}

function Refused({ member, community }: { member: MyMembershipView; community: CommunityView }) {
  const rejected = member.status === 'rejected';
  return (
    <View className="card">
      <View className="card-title">{rejected ? '入社申请未通过' : `您已不是${community.name}的成员`}</View>
      <Kv label={`所在${community.kindLabel}`} value={community.name} />
      <Kv label="原因" value={member.reason || '未说明'} />
      <View className="meta">如有疑问，请联系{community.kind === 'village' ? '村' : '居'}委会。核实后可以重新申请。</View>
      <Button className="btn btn-primary" onClick={openJoin}>
        重新申请
      </Button>
    </View>
  );
}

function Active(props: { member: MyMembershipView; community: CommunityView; waiting: number; unread: number; relatives: number }) {
  const { member, community, waiting, unread, relatives } = props;
  return (
    <>
      <View className="card">
        <View className="card-title">{member.name}</View>
        <Kv label={`所在${community.kindLabel}`} value={community.name} />
        <Kv label="角色" value={member.roleLabel} />
        <Kv label="认证" value={member.verified ? '已认证' : '待社区审核'} />
        <Kv label="住址" value={member.address} />
        <Kv label="身份" value={member.tenureLabel} />
      </View>
      <View className="section">
        <View className="section-title">我的房屋</View>
        {member.units.length === 0 ? (
          <View className="card meta">暂无登记在您名下的房屋</View>
        ) : (
          <View className="card">
            {member.units.map((u) => (
              <Kv key={u.id} label={u.label} value={u.area || '面积未登记'} />
            ))}
          </View>
        )}
      </View>
      <Button className={`btn ${unread > 0 ? 'btn-primary' : 'btn-plain'}`} onClick={open('/board/feed/index')}>
        {unread > 0 ? `消息（${unread} 条未读）` : '消息'}
      </Button>
      <Button className={`btn ${waiting > 0 ? 'btn-primary' : 'btn-plain'}`} onClick={open('/consultation/my-opinions/index')}>
        {waiting > 0 ? `我的意见（${waiting} 条代录待确认）` : '我的意见'}
      </Button>
      {relatives > 0 ? (
        <Button className="btn btn-plain" onClick={open('/consultation/family/index')}>
          为家人代办
        </Button>
      ) : null}
      {member.role === 'supervisor' ? (
        <>
          <Button className="btn btn-plain" onClick={openLedger}>
            群众意见台账
          </Button>
          <Button className="btn btn-plain" onClick={openRegister}>
            名册
          </Button>
        </>
      ) : null}
    </>
  );
}

function CommitteeDesk({ desk, community }: { desk: CommitteeDeskView; community: CommunityView | null }) {
  return (
    <View className="section">
      <View className="section-title">委员会工作</View>
      <View className="card">
        <View className="field-label">居民邀请码</View>
        <View className="invite-code">{desk.inviteCode}</View>
        <View className="meta">请居民在“我的 → 加入社区”输入此邀请码</View>
      </View>
      <Button className="btn btn-primary" onClick={open(community ? `/committee/draft/index?kind=${community.kind}` : '/committee/draft/index')}>
        发起协商
      </Button>
      <Button className="btn btn-plain" onClick={open('/committee/members/index')}>
        {desk.pendingCount > 0 ? `成员审核与管理（${desk.pendingCount} 条待审核）` : '成员审核与管理'}
      </Button>
      <Button className={`btn ${desk.commissions > 0 ? 'btn-primary' : 'btn-plain'}`} onClick={open('/committee/commissions/index')}>
        {desk.commissions > 0 ? `街道委托事项（${desk.commissions} 项待报告）` : '街道委托事项'}
      </Button>
      <Button className="btn btn-plain" onClick={open('/committee/replies/index')}>
        {desk.unansweredOpinions > 0 ? `待答复意见（${desk.unansweredOpinions} 条）` : '待答复意见'}
      </Button>
      <Button className="btn btn-plain" onClick={openLedger}>
        群众意见台账
      </Button>
      <Button className="btn btn-plain" onClick={openRegister}>
        名册
      </Button>
      <Button className="btn btn-plain" onClick={open('/committee/roster/index')}>
        导入花名册
      </Button>
      <Button className="btn btn-plain" onClick={open('/committee/settings/index')}>
        社区设置
      </Button>
    </View>
  );
}

/** 我的数据: what is held about the person, and the way to have it erased (个人信息保护法). */
function MyData({ onDeleted }: { onDeleted: () => void }) {
  const { busy, error, setError, run } = useSubmit('删除失败，请重试');
  const erase = async () => {
    setError('');
    if (!(await confirmDeleteMyData())) return;
    await run(async () => {
      await call('account', 'me.deleteData', { confirm: true });
      Taro.showToast({ title: '已删除', icon: 'success' });
      onDeleted();
    });
  };
  return (
    <View className="section">
      <View className="section-title">我的数据</View>
      <View className="card">
        <View>本程序保存了您的：姓名、住址、业主或租户、角色。</View>
        <View className="meta">删除后姓名和住址将被清除，您参与过的记录只显示为“已注销成员”。</View>
        {error ? <View className="error-text">{error}</View> : null}
        <Button className="btn btn-danger" disabled={busy} onClick={erase}>
          {busy ? '正在删除…' : '删除我的数据'}
        </Button>
      </View>
    </View>
  );
}

/**
 * Who I am, and how many of my household I may act for (家人代办: refused to anyone not an approved
 * member, who then has no one). It loads again each time 我的 shows, so the tab's badge is set from the same answer.
 */
async function loadMe() {
  const [me, family] = await Promise.all([call('account', 'me.get', {}), call('participation', 'family.list', {}).catch(() => null)]);
  showUnreadBadge(me.unread);
  followAccount(me.member?.care);
  return { ...me, relatives: family?.members.length ?? 0 };
}

/** 我的: my membership in whatever state it is, my messages, the committee's desk, and my data. */
export default function Me() {
  const me = useLoad(loadMe);
  const pageClass = usePageClass();
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <Failure error={me.error} onRetry={me.reload} />;
  const { member, community, committee, awaitingMyConfirmation: waiting, unread, relatives, staff } = me.data;
  let body;
  if ((!member || !community) && staff) body = null;
  else if (!member || !community) body = <NotJoined />;
  else if (member.status === 'pending') body = <Pending member={member} community={community} />;
  else if (member.status === 'active') body = <Active member={member} community={community} waiting={waiting} unread={unread} relatives={relatives} />;
  else if (member.status === 'rejected' || member.status === 'removed') body = <Refused member={member} community={community} />;
  else body = <NotJoined />;
  return (
    <View className={pageClass}>
      {/* 适老化 asks for a visible 长辈版 entry: first on 我的, before anything that scrolls it away. */}
      <CareSwitch member={Boolean(member) && member?.status !== 'deleted'} />
      {staff ? <StaffWay streetName={staff.streetName} roleLabel={staff.roleLabel} /> : null}
      {body}
      {committee ? <CommitteeDesk desk={committee} community={community} /> : null}
      {member && member.status !== 'deleted' ? <MyData onDeleted={me.reload} /> : null}
      {process.env.TARO_ENV === 'h5' ? (
        <Button className="btn btn-plain" onClick={switchPersona}>
          切换演示身份
        </Button>
      ) : null}
    </View>
  );
}
