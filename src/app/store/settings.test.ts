import { beforeAll, describe, expect, it } from 'vitest';
import { BLOCKLIST_CHOICES, DEFAULT_SETTINGS } from './settings-model.ts';

/** A minimal localStorage for the node test environment (the store persists through it). */
class MemoryStorage {
  private data = new Map<string, string>();
  getItem(key: string) { return this.data.get(key) ?? null; }
  setItem(key: string, value: string) { this.data.set(key, String(value)); }
  removeItem(key: string) { this.data.delete(key); }
  clear() { this.data.clear(); }
  key(i: number) { return [...this.data.keys()][i] ?? null; }
  get length() { return this.data.size; }
}

const storage = new MemoryStorage();
let store: typeof import('./settings.ts');

beforeAll(async () => {
  // A tampered value from before: wrong types, an unknown list, a key with a dot.
  storage.setItem('bounce-doctor.settings', JSON.stringify({
    state: { resolver: 'evil', customResolverUrl: 'https://dns.example/dns-query', blocklists: ['bl.spamcop.net', 'x.example'], dqsKey: 'a.b' },
    version: 1,
  }));
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  store = await import('./settings.ts');
});

describe('useSettings', () => {
  it('validates what it finds in storage', () => {
    const s = store.pickSettings(store.useSettings.getState());
    expect(s).toEqual({ resolver: 'cloudflare', customResolverUrl: 'https://dns.example/dns-query', blocklists: ['bl.spamcop.net'], dqsKey: '' });
  });

  it('persists changes, and only the settings fields', () => {
    const { setResolver, setBlocklist, setDqsKey } = store.useSettings.getState();
    setResolver('google');
    setBlocklist(BLOCKLIST_CHOICES[0]!.zone, true);
    setDqsKey('abc123');
    const saved = JSON.parse(storage.getItem(store.SETTINGS_STORAGE_KEY)!) as { state: Record<string, unknown>; version: number };
    expect(saved.version).toBe(1);
    expect(saved.state).toEqual({ resolver: 'google', customResolverUrl: 'https://dns.example/dns-query', blocklists: [BLOCKLIST_CHOICES[0]!.zone, 'bl.spamcop.net'], dqsKey: 'abc123' });
  });

  it('replaceAll validates, and reset goes back to the defaults', () => {
    store.useSettings.getState().replaceAll({ resolver: 'custom', blocklists: 'nope' });
    expect(store.useSettings.getState().resolver).toBe('custom');
    expect(store.useSettings.getState().blocklists).toEqual(DEFAULT_SETTINGS.blocklists);
    store.useSettings.getState().resetToDefaults();
    expect(store.pickSettings(store.useSettings.getState())).toEqual(DEFAULT_SETTINGS);
  });
});
