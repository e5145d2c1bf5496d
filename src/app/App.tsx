import { lazy, Suspense, useState } from 'react';
import { Banner } from './components/Banner.tsx';
import { CARD_CLASS } from './components/Card.tsx';
import { DiagnosisView } from './features/diagnosis/DiagnosisView.tsx';
import { ExamplePicker } from './features/examples/ExamplePicker.tsx';
import { PasteArea } from './features/paste/PasteArea.tsx';
import { ShareBar } from './features/share/ShareBar.tsx';
import { ChecksGlance } from './features/checks/ChecksGlance.tsx';
import { useSession } from './store/session.ts';

// Not needed for the first paint: loaded when there is something to show.
const ChecksPanel = lazy(() => import('./features/checks/ChecksPanel.tsx'));
const Checklist = lazy(() => import('./features/checklist/Checklist.tsx'));
const SettingsDialog = lazy(() => import('./features/settings/SettingsDialog.tsx'));

export function App() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const notice = useSession((s) => s.notice);
  const showNotice = useSession((s) => s.showNotice);
  const classified = useSession((s) => s.reading.phase === 'done');

  return (
    <div className="min-h-screen">
      <a href="#results" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm dark:focus:bg-slate-900">
        Skip to the diagnosis
      </a>
      <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-900/80 print:border-0">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-3 sm:px-6">
          <Logo />
          <div className="min-w-0 flex-1">
            <h1 className="text-lg leading-tight font-semibold tracking-tight">Bounce Doctor</h1>
            <p className="text-xs text-pretty text-slate-600 dark:text-slate-400">
              Why did this email bounce, and what to do about it. Your text never leaves this browser.
            </p>
          </div>
          <button
            type="button"
            onClick={() => setSettingsOpen(true)}
            aria-haspopup="dialog"
            className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800 print:hidden"
          >
            <GearIcon />
            Settings
          </button>
        </div>
      </header>

      <main className="mx-auto grid max-w-7xl gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start print:block print:max-w-none print:p-0">
        <section aria-label="Your bounce" className={`${CARD_CLASS} flex flex-col gap-4 p-4 sm:p-5 lg:sticky lg:top-4 print:hidden`}>
          <PasteArea />
          <ExamplePicker />
        </section>

        <div id="results" tabIndex={-1} className="flex min-w-0 flex-col gap-6 outline-none print:gap-4">
          {notice && (
            <Banner tone={notice.tone} onDismiss={() => showNotice(null)}>{notice.text}</Banner>
          )}
          {classified && <ShareBar />}
          <section aria-label="Diagnosis">
            <DiagnosisView />
          </section>
          {classified && <ChecksGlance />}
          {classified && (
            <Suspense fallback={<LoadingCard label="Loading the plan…" />}>
              <Checklist />
            </Suspense>
          )}
          {classified && (
            <Suspense fallback={<LoadingCard label="Loading the checks…" />}>
              <ChecksPanel onOpenSettings={() => setSettingsOpen(true)} />
            </Suspense>
          )}
        </div>
      </main>

      <footer className="mx-auto max-w-7xl px-4 pb-8 text-xs text-slate-600 sm:px-6 dark:text-slate-400 print:hidden">
        Reading and classifying happen in your browser, offline. The DNS checks ask only the resolver chosen in Settings.
      </footer>

      {settingsOpen && (
        <Suspense fallback={null}>
          <SettingsDialog onClose={() => setSettingsOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

function LoadingCard({ label }: { label: string }) {
  return <div className={`${CARD_CLASS} p-5 text-sm text-slate-600 dark:text-slate-400`}>{label}</div>;
}

function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8 shrink-0">
      <rect width="32" height="32" rx="8" className="fill-teal-700 dark:fill-teal-500" />
      <path d="M7 11.5 16 17l9-5.5M8 10h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1z" fill="none" stroke="white" strokeWidth="1.8" strokeLinejoin="round" />
      <circle cx="24" cy="22" r="5" className="fill-amber-400" />
      <path d="M22 22h4M24 20v4" stroke="#1e293b" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

function GearIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current" strokeWidth="1.5">
      <circle cx="10" cy="10" r="2.5" />
      <path d="M10 2.5v2M10 15.5v2M17.5 10h-2M4.5 10h-2M15.3 4.7l-1.4 1.4M6.1 13.9l-1.4 1.4M15.3 15.3l-1.4-1.4M6.1 6.1 4.7 4.7" strokeLinecap="round" />
    </svg>
  );
}
