import { StoreConflictError, type Store } from '../../cloudfunctions/core/store/port';

/**
 * The store port's contract. Every adapter must pass it: the embedded one always, CloudBase's
 * when credentials are present. Documents carry this run's marker and every query filters on
 * it, so the suite can run against a shared real database without touching other data.
 */
export function storeContract(name: string, open: () => Promise<Store>) {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    const run = `run${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const id = (n: string | number) => `${run}-${n}`;

    beforeAll(async () => {
      store = await open();
    });

    afterAll(async () => {
      for (const c of ['consultations', 'members', 'audit', 'units', 'electors'] as const) await store.remove(c, { run });
      await store.close();
    });

    it('returns null for a missing id and the document for a present one', async () => {
      expect(await store.get('consultations', id('absent'))).toBeNull();
      await store.insert('consultations', { _id: id('a'), run, status: 'draft', plan: { title: '甲' } });
      expect(await store.get('consultations', id('a'))).toEqual({ _id: id('a'), run, status: 'draft', plan: { title: '甲' } });
    });

    it('refuses a second document with the same id and keeps the first', async () => {
      await store.insert('consultations', { _id: id('dup'), run, n: 1 });
      await expect(store.insert('consultations', { _id: id('dup'), run, n: 2 })).rejects.toBeInstanceOf(StoreConflictError);
      expect(await store.get('consultations', id('dup'))).toMatchObject({ n: 1 });
    });

    it('inserts many documents in one call', async () => {
      const docs = Array.from({ length: 1500 }, (_, i) => ({ _id: id(`many-${i}`), run, batch: 'insertMany', n: i }));
      await store.insertMany('units', docs);
      expect(await store.count('units', { run, batch: 'insertMany' })).toBe(1500);
      expect(await store.get('units', id('many-1499'))).toMatchObject({ n: 1499 });
      await store.insertMany('units', []);
    });

    it("reads past CloudBase's page of 1,000, in order, from any starting point", async () => {
      const docs = Array.from({ length: 2345 }, (_, i) => ({ _id: id(`page-${i}`), run, batch: 'pages', n: i }));
      await store.insertMany('units', docs);
      const byN = { sort: [{ field: 'n', dir: 'asc' as const }] };
      const all = await store.find<{ _id: string; n: number }>('units', { run, batch: 'pages' }, byN);
      expect(all.map((d) => d.n)).toEqual(docs.map((d) => d.n));
      const across = await store.find<{ _id: string; n: number }>('units', { run, batch: 'pages' }, { ...byN, skip: 998, limit: 1004 });
      expect(across.map((d) => d.n)).toEqual(docs.slice(998, 2002).map((d) => d.n));
    });

    it('matches a value inside an indexed array field', async () => {
      await store.insert('electors', { _id: id('el1'), run, consultationId: id('c'), voters: ['m1', 'm2'] });
      await store.insert('electors', { _id: id('el2'), run, consultationId: id('c'), voters: ['m3'] });
      const found = await store.find('electors', { consultationId: id('c'), voters: 'm2' });
      expect(found.map((d) => d._id)).toEqual([id('el1')]);
      // Any of several members, as the feed and the push job ask of a chunk of members at once.
      const any = await store.find('electors', { consultationId: id('c'), voters: { $in: ['m9', 'm3', 'm1'] } }, { sort: [{ field: '_id', dir: 'asc' }] });
      expect(any.map((d) => d._id)).toEqual([id('el1'), id('el2')]);
    });

    it('walks ids in order from a string cursor', async () => {
      for (const k of ['c3', 'c1', 'c2']) await store.insert('units', { _id: id(k), run, walk: true });
      const after = await store.find('units', { run, walk: true, _id: { $gt: id('c1') } }, { sort: [{ field: '_id', dir: 'asc' }], limit: 5 });
      expect(after.map((d) => d._id)).toEqual([id('c2'), id('c3')]);
    });

    it('enforces a declared unique key', async () => {
      await store.insert('members', { _id: id('m1'), run, openid: id('openid'), communityId: 'c' });
      await expect(store.insert('members', { _id: id('m2'), run, openid: id('openid'), communityId: 'c' })).rejects.toBeInstanceOf(StoreConflictError);
      expect(await store.count('members', { run })).toBe(1);
    });

    describe('find and count', () => {
      beforeAll(async () => {
        const rows = [
          { k: 'f1', status: 'draft', at: 30, group: 'x', nested: { day: 3 } },
          { k: 'f2', status: 'announced', at: 10, group: 'x', nested: { day: 1 } },
          { k: 'f3', status: 'announced', at: 20, group: 'y', nested: { day: 2 } },
          { k: 'f4', status: 'completed', at: 40, group: 'y', nested: { day: 4 } },
        ];
        for (const r of rows) await store.insert('audit', { _id: id(r.k), run, ...r });
      });
      const keys = (docs: object[]) => docs.map((d) => (d as { k?: unknown }).k);

      it('matches exact values, nested paths and each operator', async () => {
        expect(keys(await store.find('audit', { run, status: 'announced' }, { sort: [{ field: 'at', dir: 'asc' }] }))).toEqual(['f2', 'f3']);
        expect(keys(await store.find('audit', { run, 'nested.day': 3 }))).toEqual(['f1']);
        expect(keys(await store.find('audit', { run, status: { $in: ['draft', 'completed'] } }, { sort: [{ field: 'at', dir: 'asc' }] }))).toEqual([
          'f1',
          'f4',
        ]);
        expect(await store.count('audit', { run, status: { $ne: 'announced' } })).toBe(2);
        expect(await store.count('audit', { run, at: { $gt: 20 } })).toBe(2);
        expect(await store.count('audit', { run, at: { $gte: 20 } })).toBe(3);
        expect(await store.count('audit', { run, at: { $lt: 20 } })).toBe(1);
        expect(await store.count('audit', { run, at: { $lte: 20 } })).toBe(2);
      });

      it('sorts on several fields, skips and limits', async () => {
        const sorted = await store.find(
          'audit',
          { run },
          {
            sort: [
              { field: 'group', dir: 'asc' },
              { field: 'at', dir: 'desc' },
            ],
          },
        );
        expect(keys(sorted)).toEqual(['f1', 'f2', 'f4', 'f3']);
        const page = await store.find('audit', { run }, { sort: [{ field: 'at', dir: 'asc' }], skip: 1, limit: 2 });
        expect(keys(page)).toEqual(['f3', 'f1']);
      });

      it('counts nothing for a filter that matches nothing', async () => {
        expect(await store.count('audit', { run, status: 'archived' })).toBe(0);
        expect(await store.find('audit', { run, status: 'archived' })).toEqual([]);
      });
    });

    describe('guarded update', () => {
      it('changes nothing when the guard does not hold', async () => {
        await store.insert('consultations', { _id: id('g1'), run, status: 'draft', version: 1 });
        expect(await store.update('consultations', { _id: id('g1'), status: 'announced' }, { set: { status: 'withdrawn' } })).toBe(0);
        expect(await store.get('consultations', id('g1'))).toMatchObject({ status: 'draft', version: 1 });
      });

      it('lets exactly one of many racing writers win', async () => {
        await store.insert('consultations', { _id: id('race'), run, status: 'draft', version: 1, log: [] });
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            store.update(
              'consultations',
              { _id: id('race'), status: 'draft', version: 1 },
              { set: { status: 'announced', version: 2, winner: i }, push: { log: [i] } },
            ),
          ),
        );
        expect(results.filter((n) => n === 1)).toHaveLength(1);
        const doc = (await store.get('consultations', id('race'))) as unknown as { log: number[]; winner: number; version: number };
        expect(doc.version).toBe(2);
        expect(doc.log).toEqual([doc.winner]);
      });

      it('adds concurrent increments without losing any', async () => {
        await store.insert('consultations', { _id: id('inc'), run, count: 0 });
        await Promise.all(Array.from({ length: 20 }, () => store.update('consultations', { _id: id('inc') }, { inc: { count: 1 } })));
        expect(await store.get('consultations', id('inc'))).toMatchObject({ count: 20 });
      });

      it('replaces a nested object whole rather than merging into it', async () => {
        await store.insert('consultations', { _id: id('set'), run, plan: { title: '旧', place: '会议室' } });
        await store.update('consultations', { _id: id('set') }, { set: { plan: { title: '新' } } });
        expect(((await store.get('consultations', id('set'))) as unknown as { plan: unknown }).plan).toEqual({ title: '新' });
      });

      it('appends to an array under an object that does not exist yet', async () => {
        await store.insert('members', { _id: id('reader'), run, openid: id('reader-openid') });
        await store.update('members', { _id: id('reader') }, { push: { 'feedRead.ids': ['a', 'b'] } });
        await store.update('members', { _id: id('reader') }, { push: { 'feedRead.ids': ['c'] } });
        expect(await store.get('members', id('reader'))).toMatchObject({ feedRead: { ids: ['a', 'b', 'c'] } });
      });

      it('sets a nested path and appends to an array', async () => {
        await store.insert('consultations', { _id: id('push'), run, plan: { title: '甲', noticeDays: 7 }, timeline: [1] });
        await store.update('consultations', { _id: id('push') }, { set: { 'plan.noticeDays': 10 }, push: { timeline: [2, 3] } });
        expect(await store.get('consultations', id('push'))).toMatchObject({ plan: { title: '甲', noticeDays: 10 }, timeline: [1, 2, 3] });
      });

      it('removes fields', async () => {
        await store.insert('consultations', { _id: id('unset'), run, keep: 1, drop: 2, nested: { a: 1, b: 2 } });
        await store.update('consultations', { _id: id('unset') }, { unset: ['drop', 'nested.b'] });
        expect(await store.get('consultations', id('unset'))).toEqual({ _id: id('unset'), run, keep: 1, nested: { a: 1 } });
      });

      it('updates every matching document and reports how many', async () => {
        await store.insert('consultations', { _id: id('many1'), run, batch: 'b', flag: false });
        await store.insert('consultations', { _id: id('many2'), run, batch: 'b', flag: false });
        expect(await store.update('consultations', { run, batch: 'b' }, { set: { flag: true } })).toBe(2);
        expect(await store.count('consultations', { run, batch: 'b', flag: true })).toBe(2);
      });

      it('removes fields from every matching document, nested ones where their parent is missing too', async () => {
        // What unlinking a sealed secret vote asks (voting/unlinkChoices.ts): a repeat matches nothing.
        await store.insert('consultations', { _id: id('strip1'), run, strip: true, choice: 'agree', entry: { state: 'disputed', note: '写错了' } });
        await store.insert('consultations', { _id: id('strip2'), run, strip: true, choice: 'abstain' });
        const strip = () =>
          store.update('consultations', { run, strip: true, choice: { $in: ['agree', 'disagree', 'abstain'] } }, { unset: ['choice', 'entry.note'] });
        expect(await strip()).toBe(2);
        expect(await strip()).toBe(0);
        expect(await store.get('consultations', id('strip1'))).toEqual({ _id: id('strip1'), run, strip: true, entry: { state: 'disputed' } });
        expect(await store.get('consultations', id('strip2'))).toEqual({ _id: id('strip2'), run, strip: true });
      });
    });

    it('keeps every document as it is when compacting a collection', async () => {
      await store.insert('consultations', { _id: id('compact1'), run, n: 1 });
      await store.insert('consultations', { _id: id('compact2'), run, n: 2 });
      await store.update('consultations', { _id: id('compact1') }, { set: { n: 10 } });
      await store.remove('consultations', { _id: id('compact2') });
      await store.compact('consultations');
      expect(await store.get('consultations', id('compact1'))).toEqual({ _id: id('compact1'), run, n: 10 });
      expect(await store.get('consultations', id('compact2'))).toBeNull();
    });

    it('removes what matches and reports how many', async () => {
      await store.insert('consultations', { _id: id('r1'), run, doomed: true });
      await store.insert('consultations', { _id: id('r2'), run, doomed: true });
      expect(await store.remove('consultations', { run, doomed: true })).toBe(2);
      expect(await store.get('consultations', id('r1'))).toBeNull();
    });
  });
}
