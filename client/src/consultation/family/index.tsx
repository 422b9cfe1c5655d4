import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { ConsultationSummary, FamilyMemberView } from '@shared/api/views';
import { FAMILY_LABEL } from '@shared/participation/participation';
import { call } from '../../api';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { now } from '../../clock';
import { FamilyOpinion } from './opinion';
import { FamilyVote } from './vote';
import { usePageClass } from '../../care/careMode';

/** What the page is doing: the list, or one task in one consultation. */
type Task = { kind: 'opinion' | 'vote'; consultation: ConsultationSummary } | null;

/** Consultations a relative can still speak in (the notice is up, or it is being talked over), and those voting. */
const SPEAKING = new Set(['announced', 'consulting', 'voting']);

/** Opinions come in until the meeting (or the online window) ends, as the server's window says. */
const opinionsOpen = (c: ConsultationSummary) => SPEAKING.has(c.status) && (c.endsAt === undefined || now() <= c.endsAt);

async function loadFamily() {
  const [family, list] = await Promise.all([call('participation', 'family.list', {}), call('consultation', 'consultation.list', {})]);
  const open = [...list.upcoming, ...list.ongoing].filter((c) => SPEAKING.has(c.status));
  return { members: family.members, open };
}

function Relatives({ members }: { members: FamilyMemberView[] }) {
  return (
    <View className="card">
      <View className="card-title">可以为这些家人代办</View>
      {members.map((m) => (
        <View key={m.entryId} className="row">
          <Text>{m.name}</Text>
          <Text className="meta">{m.onApp ? '使用小程序（会收到通知，可以提出异议）' : '未使用小程序'}</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * 为家人代办: a member acts for the adults of their 户 on the register — an opinion in their name,
 * and their ballot once the committee has confirmed a signed 委托书. Everything done here is marked
 * 家人代办 wherever it shows.
 */
export default function Family() {
  const pageClass = usePageClass();
  const loaded = useLoad(loadFamily);
  const [task, setTask] = useState<Task>(null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const { members, open } = loaded.data;
  if (members.length === 0) return <Empty text="名册上没有可以代办的同户成年家人。如有出入，请联系居委会核对名册。" />;

  const back = () => {
    setTask(null);
    loaded.reload();
  };
  if (task?.kind === 'opinion') return <FamilyOpinion consultation={task.consultation} members={members} onBack={back} />;
  if (task?.kind === 'vote') return <FamilyVote consultationId={task.consultation.id} onBack={back} />;

  return (
    <View className={pageClass}>
      <View className="card">
        <View className="meta">
          可以为名册上同一户的成年家人代提意见；代为表决须先上传家人签字的委托书，经委员会确认后才能投票。所办事项都标注“{FAMILY_LABEL}
          ”，家人如使用小程序会收到通知，可以提出异议。
        </View>
      </View>
      <Relatives members={members} />
      <View className="section-title">正在进行的协商</View>
      {open.length === 0 ? <View className="card meta">目前没有可以参与的协商</View> : null}
      {open.map((c) => (
        <View key={c.id} className="card">
          <View className="card-title">{c.title}</View>
          <View className="meta">{c.statusLabel}</View>
          {opinionsOpen(c) ? (
            <Button className="btn btn-plain" onClick={() => setTask({ kind: 'opinion', consultation: c })}>
              代提意见
            </Button>
          ) : null}
          {c.status === 'voting' ? (
            <Button className="btn btn-plain" onClick={() => setTask({ kind: 'vote', consultation: c })}>
              代为表决
            </Button>
          ) : null}
        </View>
      ))}
    </View>
  );
}
