import { useEffect, useId, useRef } from 'react';
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT_CLASS } from '../../components/buttons.ts';
import { canReachWithoutReload } from '../../csp/narrow-connect-src.ts';
import { useSession } from '../../store/session.ts';
import { pickSettings, useSettings } from '../../store/settings.ts';
import { BLOCKLIST_CHOICES, RESOLVER_URLS, checkDqsKey, checkResolverUrl, resolverUrlOf, type ResolverChoice } from '../../store/settings-model.ts';

const RESOLVERS: { value: ResolverChoice; label: string; detail: string }[] = [
  { value: 'cloudflare', label: 'Cloudflare', detail: RESOLVER_URLS.cloudflare },
  { value: 'google', label: 'Google', detail: RESOLVER_URLS.google },
  { value: 'custom', label: 'Custom URL', detail: 'Your own DNS-over-HTTPS endpoint' },
];

/** Whether the chosen resolver lies outside what the page's connect-src allows (set at start-up). */
function needsReload(): boolean {
  const url = resolverUrlOf(useSettings.getState(), location.origin);
  return url.ok && !canReachWithoutReload(url.url);
}

/**
 * The settings, in a modal <dialog> (focus kept inside, Escape closes). Changes apply at once and are
 * kept in this browser; when the dialog closes after a change, the checks run again. A custom resolver
 * on an origin the page's Content-Security-Policy was not narrowed to at start-up cannot be reached
 * until the policy is rebuilt, so closing the dialog then reloads the page (the dialog says so first).
 */
export default function SettingsDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const customRef = useRef<HTMLInputElement>(null);
  const settings = useSettings();
  const before = useRef(JSON.stringify(pickSettings(useSettings.getState())));
  const titleId = useId();
  const customId = useId();
  const customErrorId = useId();
  const keyId = useId();
  const keyErrorId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const close = () => {
    dialogRef.current?.close();
  };
  const onClosed = () => {
    if (needsReload()) {
      // The settings are already stored; the reloaded page narrows its policy to the new resolver.
      location.reload();
      return;
    }
    if (JSON.stringify(pickSettings(useSettings.getState())) !== before.current) {
      // The user's own choice now wins over the blocklists a shared link named.
      useSession.setState({ linkBlocklists: null });
      useSession.getState().recheck();
    }
    onClose();
  };

  const custom = settings.resolver === 'custom' ? checkResolverUrl(settings.customResolverUrl, location.origin) : null;
  const keyCheck = checkDqsKey(settings.dqsKey);
  const reloadNeeded = custom !== null && custom.ok && !canReachWithoutReload(custom.url);
  // An empty field just after choosing "Custom URL" is a request to type, not a mistake: no red yet.
  const customWrong = custom !== null && !custom.ok && settings.customResolverUrl.trim() !== '';

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClosed}
      onClick={(event) => { if (event.target === event.currentTarget) close(); }}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex max-h-[calc(100vh-4rem)] flex-col">
        <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3 dark:border-slate-800">
          <h2 id={titleId} className="text-lg font-semibold">Settings</h2>
          <button type="button" onClick={close} aria-label="Close settings" className="rounded-md px-2 py-1 text-xl leading-none hover:bg-slate-100 dark:hover:bg-slate-800">×</button>
        </div>
        <div className="flex flex-col gap-6 overflow-y-auto px-5 py-4 text-sm">
          <fieldset>
            <legend className="font-semibold">DNS resolver</legend>
            <p className="mt-1 text-slate-600 dark:text-slate-400">
              The checks ask this DNS-over-HTTPS resolver, and nothing else, about the domains and IP in the bounce.
            </p>
            <div className="mt-3 flex flex-col gap-2">
              {RESOLVERS.map((option) => (
                <label key={option.value} className="flex cursor-pointer items-start gap-2.5 rounded-lg border border-slate-200 p-2.5 has-[:checked]:border-teal-600 has-[:checked]:bg-teal-50 dark:border-slate-700 dark:has-[:checked]:border-teal-400 dark:has-[:checked]:bg-teal-950/50">
                  <input
                    type="radio"
                    name="resolver"
                    value={option.value}
                    checked={settings.resolver === option.value}
                    onChange={() => {
                      settings.setResolver(option.value);
                      if (option.value === 'custom' && settings.customResolverUrl.trim() === '') customRef.current?.focus();
                    }}
                    className="mt-0.5 h-4 w-4 accent-teal-700"
                  />
                  <span>
                    <span className="font-medium">{option.label}</span>
                    <span className="block text-xs break-all text-slate-600 dark:text-slate-400">{option.detail}</span>
                  </span>
                </label>
              ))}
            </div>
            <div className="mt-3">
              <label htmlFor={customId} className="font-medium">Custom URL</label>
              <input
                id={customId}
                ref={customRef}
                type="url"
                inputMode="url"
                value={settings.customResolverUrl}
                placeholder="https://dns.example.com/dns-query"
                onChange={(event) => {
                  settings.setCustomResolverUrl(event.currentTarget.value);
                  if (event.currentTarget.value.trim() !== '') settings.setResolver('custom');
                }}
                aria-invalid={customWrong}
                aria-describedby={customErrorId}
                className={`${INPUT_CLASS} mt-1`}
              />
              <p id={customErrorId} className={`mt-1 text-xs ${customWrong ? 'text-rose-700 dark:text-rose-300' : 'text-slate-600 dark:text-slate-400'}`}>
                {custom && !custom.ok
                  ? custom.error
                  : reloadNeeded
                    ? 'A new resolver address: the page reloads when you close Settings, so that it is allowed to reach it (a pasted bounce will need pasting again).'
                    : 'An RFC 8484 endpoint (https).'}
              </p>
            </div>
          </fieldset>

          <fieldset>
            <legend className="font-semibold">Blocklists to query</legend>
            <ul className="mt-2 flex flex-col gap-1.5">
              {BLOCKLIST_CHOICES.map((choice) => (
                <li key={choice.zone}>
                  <label className="flex cursor-pointer items-start gap-2.5">
                    <input
                      type="checkbox"
                      checked={settings.blocklists.includes(choice.zone)}
                      onChange={(event) => settings.setBlocklist(choice.zone, event.currentTarget.checked)}
                      className="mt-0.5 h-4 w-4 accent-teal-700"
                    />
                    <span>
                      <span className="font-medium">{choice.label}</span>{' '}
                      <span className="text-xs text-slate-600 dark:text-slate-400">({choice.kind === 'ip' ? 'IP' : 'domain'}) {choice.note}</span>
                      {choice.offByDefault && <span className="block text-xs text-slate-600 dark:text-slate-400">{choice.offByDefault}</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>

          <div>
            <label htmlFor={keyId} className="font-semibold">Spamhaus DQS key</label>
            <input
              id={keyId}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={settings.dqsKey}
              onChange={(event) => settings.setDqsKey(event.currentTarget.value)}
              aria-invalid={!keyCheck.ok}
              aria-describedby={keyErrorId}
              className={`${INPUT_CLASS} mt-1 font-mono`}
            />
            <p id={keyErrorId} className={`mt-1 text-xs ${keyCheck.ok ? 'text-slate-600 dark:text-slate-400' : 'text-rose-700 dark:text-rose-300'}`}>
              {keyCheck.ok
                ? 'Spamhaus does not answer public resolvers. With a free Data Query Service key the Spamhaus lists work through them. The key is kept in this browser, goes only to the resolver inside the lookups, and is never put in a shared link.'
                : keyCheck.error}
            </p>
          </div>
        </div>
        <div className="flex flex-wrap justify-between gap-2 border-t border-slate-200 px-5 py-3 dark:border-slate-800">
          <button type="button" className={BUTTON_SECONDARY} onClick={() => settings.resetToDefaults()}>Reset to defaults</button>
          <button type="button" className={BUTTON_PRIMARY} onClick={close}>Done</button>
        </div>
      </div>
    </dialog>
  );
}
