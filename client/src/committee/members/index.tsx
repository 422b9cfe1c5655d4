import { useState } from 'react';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MemberRowView, PendingRequestView } from '@shared/api/views';
import { ROLES, roleLabel, type CommunityKind, type Role } from '@shared/member/roles';
import { formatChinaTime } from '@shared/time';
import { ApiError, call } from '../../api';
import { confirmChangeRole, confirmRemoveMember } from '../../confirm';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useAfterPause } from '../../hooks/useAfterPause';
import { useLoad } from '../../hooks/useLoad';

/** How long typing must pause before the list is searched, so every keystroke is not a call. */
const SEARCH_PAUSE_MS = 500;

/**
 * Runs one committee decision. Resolves '' when it went through (the page then reloads and says
 * what happened), or the server's message for the card to show beside the buttons.
 */
type Decide = (work: () => Promise<MemberRowView>, done: (row: MemberRowView) => string) => Promise<string>;

/** A decision on one member from its card: busy while it runs, then what went wrong, if anything. */
function useDecision(decide: Decide) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = async (work: () => Promise<MemberRowView>, done: (row: MemberRowView) => string) => {
    setBusy(true);
    setError('');
    setError(await decide(work, done));
    setBusy(false);
  };
  return { busy, error, setError, run };
}

/** A reason box that keeps what was typed across failures, with its confirm and cancel buttons. */
function ReasonBox(props: {
  label: string;
  placeholder: string;
  value: string;
  onInput: (v: string) => void;
  confirmText: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <View className="field section">
      <View className="field-label">{props.label}</View>
      <Textarea className="textarea" value={props.value} maxlength={500} placeholder={props.placeholder} onInput={(e) => props.onInput(e.detail.value)} />
      <Button className="btn btn-danger" disabled={props.busy} onClick={props.onConfirm}>
        {props.confirmText}
      </Button>
      <Button className="btn btn-plain" disabled={props.busy} onClick={props.onCancel}>
        取消
      </Button>
    </View>
  );
}

/** A request to join with what the registry says about it, so most decisions are one tap. */
function PendingCard({ p, decide }: { p: PendingRequestView; decide: Decide }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useDecision(decide);
  const approve = () =>
    run(
      () => call('member', 'member.approve', { memberId: p.id }),
      (row) => `已通过 ${p.name} 的入社申请，角色：${row.roleLabel}`,
    );
  const reject = () => {
    if (!reason.trim()) return setError('请填写不通过的原因，申请人会看到');
    return run(
      () => call('member', 'member.reject', { memberId: p.id, reason }),
      () => `已将 ${p.name} 的申请设为不通过，对方会看到原因`,
    );
  };

  return (
    <View className="card">
      <View className="card-title">{p.name}</View>
      <View className="meta">
        {p.address} · {p.tenureLabel}
      </View>
      <View className="meta">申请时间：{formatChinaTime(p.requestedAt)}</View>
      <View className="section">
        <View>{p.unit ? `房屋台账：已登记 ${p.unit.label}${p.unit.area ? `（${p.unit.area}）` : ''}` : '房屋台账中没有这个地址'}</View>
        <View>{p.onRoster ? '花名册：✓ 在册' : '花名册：未找到'}</View>
        {p.registeredOwner ? <View>✓ 登记业主</View> : null}
        {p.rosterRoleLabel ? (
          <View>
            花名册登记为{p.rosterRoleLabel}，通过后即为{p.rosterRoleLabel}
          </View>
        ) : null}
      </View>
      {rejecting ? (
        <ReasonBox
          label="不通过的原因"
          placeholder="请填写不通过的原因（申请人会看到）"
          value={reason}
          onInput={setReason}
          confirmText="确认不通过"
          busy={busy}
          onConfirm={reject}
          onCancel={() => {
            setRejecting(false);
            setError('');
          }}
        />
      ) : (
        <>
          <Button className="btn btn-primary" disabled={busy} onClick={approve}>
            通过
          </Button>
          <Button className="btn btn-plain" disabled={busy} onClick={() => setRejecting(true)}>
            不通过
          </Button>
        </>
      )}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/** One member; tapping the name opens the committee's actions on them. */
function MemberRow(props: { m: MemberRowView; kind: CommunityKind; open: boolean; onToggle: () => void; decide: Decide }) {
  const { m, kind, open, onToggle, decide } = props;
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useDecision(decide);
  const changeRole = async (role: Role) => {
    if (busy || role === m.role) return;
    setError('');
    if (!(await confirmChangeRole(m.name, roleLabel(role, kind)))) return;
    await run(
      () => call('member', 'member.changeRole', { memberId: m.id, role }),
      (row) => `已将 ${m.name} 的角色改为 ${row.roleLabel}`,
    );
  };
  const remove = async () => {
    if (!reason.trim()) return setError('请填写移出的原因');
    setError('');
    if (!(await confirmRemoveMember(m.name))) return;
    await run(
      () => call('member', 'member.remove', { memberId: m.id, reason }),
      () => `已将 ${m.name} 移出本${kind === 'village' ? '村' : '社区'}`,
    );
  };

  return (
    <View className="card">
      <View onClick={onToggle}>
        <View className="row">
          <Text className="card-title">{m.name}</Text>
          <Text className="tag">{m.roleLabel}</Text>
        </View>
        <View className="meta">
          {m.address} · {m.tenureLabel}
        </View>
        <View className="meta">{open ? '▲ 收起' : '▼ 调整角色或移出'}</View>
      </View>
      {open ? (
        <View className="section">
          <View className="field-label">调整角色</View>
          <View className="chips">
            {ROLES.map((r) => (
              <Text key={r} className={`chip ${m.role === r ? 'chip-on' : ''}`} onClick={() => changeRole(r)}>
                {m.role === r ? '✓ ' : ''}
                {roleLabel(r, kind)}
              </Text>
            ))}
          </View>
          {removing ? (
            <ReasonBox
              label="移出的原因"
              placeholder="请填写移出的原因，例如：已搬离本社区"
              value={reason}
              onInput={setReason}
              confirmText="确认移出"
              busy={busy}
              onConfirm={remove}
              onCancel={() => {
                setRemoving(false);
                setError('');
              }}
            />
          ) : (
            <Button className="btn btn-danger" disabled={busy} onClick={() => setRemoving(true)}>
              移出
            </Button>
          )}
        </View>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/** 成员管理: requests to approve or turn down, and the members, searchable, with their roles. */
export default function Members() {
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const list = useLoad(() => {
    const q = query.trim();
    return call('member', 'member.list', q ? { query: q } : {});
  });

  // Search once typing pauses; the first render's load is useLoad's own.
  const searchNow = useAfterPause(query, SEARCH_PAUSE_MS, list.reload);
  const onSearchInput = setQuery;

  const decide: Decide = async (work, done) => {
    try {
      const row = await work();
      setOutcome({ ok: true, text: done(row) });
      setOpenId('');
      Taro.showToast({ title: '已完成', icon: 'success' });
      // The outcome is shown at the top; the row acted on may now have left the list.
      Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
      list.reload();
      return '';
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '操作失败，请重试');
      // Another committee member got there first: what is on screen is out of date.
      if (err.code === 'WRONG_STATE' || err.code === 'NOT_FOUND') {
        setOutcome({ ok: false, text: err.message });
        list.reload();
      }
      return err.message;
    }
  };

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  const { community, pending, members, counts } = list.data;
  const kind = community.kind;
  const total = ROLES.reduce((n, r) => n + counts[r], 0);
  const q = query.trim();
  return (
    <View className="page">
      <View className="section-title">{community.name}</View>
      {outcome ? <View className={`card ${outcome.ok ? 'ok-text' : 'error-text'}`}>{outcome.text}</View> : null}

      <View className="section">
        <View className="section-title">待审核申请（{pending.length}）</View>
        {pending.length === 0 ? <View className="card meta">暂无待审核的申请</View> : pending.map((p) => <PendingCard key={p.id} p={p} decide={decide} />)}
      </View>

      <View className="section">
        <View className="section-title">成员（{total}）</View>
        <View className="meta">{ROLES.map((r) => `${roleLabel(r, kind)} ${counts[r]}`).join(' · ')}</View>
        <View className="field section">
          <Input
            className="input"
            value={query}
            confirmType="search"
            placeholder="按姓名或住址搜索"
            maxlength={30}
            onInput={(e) => onSearchInput(e.detail.value)}
            onConfirm={searchNow}
          />
        </View>
        {members.length === 0 ? (
          <Empty text={q ? `没有找到“${q}”` : '还没有已认证的成员'} />
        ) : (
          members.map((m) => (
            <MemberRow key={m.id} m={m} kind={kind} open={openId === m.id} onToggle={() => setOpenId(openId === m.id ? '' : m.id)} decide={decide} />
          ))
        )}
      </View>
    </View>
  );
}
