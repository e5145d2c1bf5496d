import { useEffect, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useSession } from '../../store/session.ts';
import { BUTTON_SECONDARY } from '../../components/buttons.ts';
import { findExampleByText } from '../../examples/index.ts';
import { formatBytes, readBounceFile } from './read-file.ts';
import { pasteReplacesAll, textareaView } from './textarea-view.ts';

/**
 * The one input of the page: paste, type, drop a file or open one. The textarea is uncontrolled so a
 * multi-megabyte paste is not re-rendered by React on every keystroke; the store's text is pushed into
 * it only when it changes from elsewhere (an example, a file, a link).
 */
export function PasteArea() {
  const input = useSession((s) => s.input);
  const source = useSession((s) => s.source);
  const sourceLabel = useSession((s) => s.sourceLabel);
  const setInput = useSession((s) => s.setInput);
  const showNotice = useSession((s) => s.showNotice);
  const clear = useSession((s) => s.clear);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const pasted = useRef(false);
  const [dragging, setDragging] = useState(false);

  const view = textareaView(input);
  useEffect(() => {
    const area = areaRef.current;
    if (area && area.value !== view.value) area.value = view.value;
  }, [view.value]);

  const openFile = async (file: File) => {
    const read = await readBounceFile(file);
    if (!read.ok) {
      showNotice({ tone: 'error', text: read.message });
      return;
    }
    setInput(read.text, 'file', read.name);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const area = event.currentTarget;
    const text = event.clipboardData.getData('text/plain');
    // Pasting over an untouched example replaces it: nobody wants their bounce appended to the sample.
    // A huge paste never goes into the box whole (see textarea-view.ts); it replaces the text too.
    const replaces = pasteReplacesAll({
      source, boxIsUntouchedExample: findExampleByText(area.value) !== undefined, pasted: text, readOnly: view.readOnly,
    });
    if (replaces) {
      event.preventDefault();
      setInput(text, 'paste');
      return;
    }
    pasted.current = true;
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) {
      void openFile(file);
      return;
    }
    const text = event.dataTransfer.getData('text/plain');
    if (text !== '') setInput(text, 'paste');
  };

  const status = describeSource(source, sourceLabel, input.length);

  return (
    <div
      className="relative flex flex-col gap-3"
      onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
      onDragLeave={(event) => { if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false); }}
      onDrop={onDrop}
    >
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor="bounce-input" className="text-base font-semibold">
          Paste a bounce
        </label>
        <span id="bounce-input-hint" className="text-xs text-slate-600 dark:text-slate-400">
          The whole message, a .eml file, or just the error text
        </span>
      </div>
      <textarea
        id="bounce-input"
        ref={areaRef}
        defaultValue={view.value}
        readOnly={view.readOnly}
        aria-describedby="bounce-input-hint bounce-input-status"
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        placeholder={'Paste the bounce here, or drop a .eml file.\n\nExample:\n550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown'}
        onPaste={onPaste}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setInput(text, pasted.current ? 'paste' : 'typed');
          pasted.current = false;
        }}
        className="h-72 w-full resize-y rounded-lg border border-slate-300 bg-white p-3 font-mono text-xs leading-relaxed text-slate-900 shadow-inner placeholder:text-slate-500 lg:h-[max(12rem,min(26rem,calc(100vh-20rem)))] dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400 print:hidden"
      />
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <button type="button" className={BUTTON_SECONDARY} onClick={() => fileRef.current?.click()}>
          <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-none stroke-current" strokeWidth="1.5"><path d="M2 4.5V13a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V6a1 1 0 0 0-1-1H8L6.5 3H3a1 1 0 0 0-1 1.5z" /></svg>
          Open a file…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".eml,.txt,.msg,.mbox,message/rfc822,text/plain"
          className="hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void openFile(file);
          }}
        />
        <button type="button" className={BUTTON_SECONDARY} onClick={() => { clear(); areaRef.current?.focus(); }} disabled={input === ''}>
          Clear
        </button>
        <span id="bounce-input-status" className="ml-auto text-xs text-slate-600 dark:text-slate-400">{status}</span>
      </div>
      {dragging && (
        <div aria-hidden="true" className="pointer-events-none absolute inset-0 flex items-center justify-center rounded-lg border-2 border-dashed border-teal-600 bg-teal-50/90 text-sm font-semibold text-teal-900 dark:bg-teal-950/90 dark:text-teal-100">
          Drop the .eml file to read it
        </div>
      )}
    </div>
  );
}

function describeSource(source: string, label: string | null, length: number): string {
  if (length === 0) return 'Nothing pasted yet';
  const size = formatBytes(length);
  if (source === 'example') return `Example “${label ?? ''}” · ${size}`;
  if (source === 'file') return `From file ${label ?? ''} · ${size}`;
  if (source === 'link') return `From a shared link · ${size}`;
  return size;
}
