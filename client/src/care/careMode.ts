import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { call } from '../api';

/**
 * 长辈模式: larger type, stronger contrast, bigger targets and a home of three actions. The choice
 * lives on the phone (so the app opens the right way before anything loads) and on the member's
 * account (so a new phone follows it: see `followAccount`).
 */
const CHOSEN = 'care-mode';
/** Set once the person has answered the first-use offer, either way. */
const ANSWERED = 'care-offer-answered';

/** WeChat's standard font size is 17; a person who set it larger asked for large type. */
const WECHAT_LARGE_TYPE = 20;

function chosenOnDevice(): boolean | undefined {
  const kept = Taro.getStorageSync(CHOSEN) as boolean | '';
  return kept === '' ? undefined : kept;
}

/** Until someone chooses, a phone whose WeChat type is set large opens in care mode. */
function followsPhone(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false;
  const { fontSizeSetting } = Taro.getSystemInfoSync();
  return (fontSizeSetting ?? 0) >= WECHAT_LARGE_TYPE;
}

let on = chosenOnDevice() ?? followsPhone();
const listeners = new Set<(care: boolean) => void>();

/** On H5 the whole document takes the class, dialogs included; weapp pages take it on their root (`usePageClass`). */
function paint() {
  if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle('care', on);
}
paint();

function set(care: boolean) {
  Taro.setStorageSync(CHOSEN, care);
  if (care === on) return;
  on = care;
  paint();
  listeners.forEach((l) => l(care));
}

/** Whether care mode is on, re-rendering when it changes. */
export function useCare(): boolean {
  const [care, setCare] = useState(on);
  useEffect(() => {
    listeners.add(setCare);
    setCare(on);
    return () => void listeners.delete(setCare);
  }, []);
  return care;
}

/** The page root's class: weapp has no document to mark, so each page carries it. */
export function usePageClass(base = 'page'): string {
  return useCare() ? `${base} care` : base;
}

/**
 * The person's own choice: at once on this phone, then on their account. Someone not yet in a
 * community (`member` false) has no account to keep it on, so the phone alone keeps it.
 */
export async function chooseCare(care: boolean, member: boolean): Promise<void> {
  set(care);
  Taro.setStorageSync(ANSWERED, true);
  if (member) await call('account', 'me.setCare', { care });
}

/** What the account says wins over this phone: the person chose it, perhaps on another phone. */
export function followAccount(care: boolean | undefined): void {
  if (care !== undefined) {
    set(care);
    Taro.setStorageSync(ANSWERED, true);
  }
}

/** The offer is made once: not to someone who answered it, chose on 我的, or already reads in care mode. */
export function shouldOffer(accountCare: boolean | undefined): boolean {
  return accountCare === undefined && !on && Taro.getStorageSync(ANSWERED) === '';
}

/** Declining the offer: asked once, never again on this phone. */
export function declineOffer(): void {
  Taro.setStorageSync(ANSWERED, true);
}
