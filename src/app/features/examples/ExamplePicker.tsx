import { EXAMPLES } from '../../examples/index.ts';
import { useSession } from '../../store/session.ts';

/** One button per built-in example; the shown one is marked pressed. */
export function ExamplePicker() {
  const source = useSession((s) => s.source);
  const sourceLabel = useSession((s) => s.sourceLabel);
  const setInput = useSession((s) => s.setInput);
  return (
    <div className="print:hidden">
      <p id="examples-title" className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        Try an example
      </p>
      <ul aria-labelledby="examples-title" className="flex flex-wrap gap-1.5">
        {EXAMPLES.map((example) => {
          const current = source === 'example' && sourceLabel === example.name;
          return (
            <li key={example.id}>
              <button
                type="button"
                aria-pressed={current}
                onClick={() => setInput(example.text, 'example', example.name)}
                className={`rounded-full border px-3 py-1 text-xs font-medium transition-colors ${
                  current
                    ? 'border-teal-700 bg-teal-700 text-white dark:border-teal-400 dark:bg-teal-400 dark:text-slate-950'
                    : 'border-slate-300 bg-white text-slate-700 hover:border-teal-600 hover:text-teal-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-teal-400 dark:hover:text-teal-200'
                }`}
              >
                {example.name}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
