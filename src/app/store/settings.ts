/**
 * The settings store: kept in this browser's localStorage (zustand persist) and nowhere else.
 * Every write goes through the validation rules of settings-model.ts.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  DEFAULT_SETTINGS, MAX_DQS_KEY_LENGTH, MAX_RESOLVER_URL_LENGTH, normalizeSettings, withBlocklist,
  type ResolverChoice, type Settings,
} from './settings-model.ts';

export interface SettingsActions {
  setResolver: (resolver: ResolverChoice) => void;
  setCustomResolverUrl: (url: string) => void;
  setBlocklist: (zone: string, enabled: boolean) => void;
  setDqsKey: (key: string) => void;
  /** Replaces everything at once (from a share link), validated. */
  replaceAll: (settings: unknown) => void;
  resetToDefaults: () => void;
}

export type SettingsStore = Settings & SettingsActions;

/** localStorage key; bump the version below when the stored shape changes. */
export const SETTINGS_STORAGE_KEY = 'bounce-doctor.settings';

export const useSettings = create<SettingsStore>()(
  persist(
    (set) => ({
      ...DEFAULT_SETTINGS,
      setResolver: (resolver) => set({ resolver }),
      setCustomResolverUrl: (url) => set({ customResolverUrl: url.slice(0, MAX_RESOLVER_URL_LENGTH) }),
      setBlocklist: (zone, enabled) => set((state) => ({ blocklists: withBlocklist(state, zone, enabled).blocklists })),
      setDqsKey: (key) => set({ dqsKey: key.slice(0, MAX_DQS_KEY_LENGTH) }),
      replaceAll: (raw) => set(normalizeSettings(raw)),
      resetToDefaults: () => set({ ...DEFAULT_SETTINGS }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state): Settings => pickSettings(state),
      // A stored value may be old or edited by hand: validate it like any other input.
      merge: (persisted, current) => ({ ...current, ...normalizeSettings(persisted) }),
    },
  ),
);

/** Only the data fields of the store (what is persisted and shared). */
export function pickSettings(state: Settings): Settings {
  return {
    resolver: state.resolver,
    customResolverUrl: state.customResolverUrl,
    blocklists: [...state.blocklists],
    dqsKey: state.dqsKey,
  };
}
