import type { Plugin } from 'vite';

/**
 * Polarity never renders markup: eslint forbids dangerouslySetInnerHTML, and
 * event titles are text everywhere. Preact still carries the code for it, two
 * `innerHTML` assignments that addons.mozilla.org's linter flags in every
 * package. They become `textContent`: the same empty-or-text result for the
 * one value that could reach them, and no markup sink left in the bundle.
 * A Preact whose source no longer matches fails the build, not silently.
 */
export function markupFreePreact(): Plugin {
  return {
    name: 'polarity:markup-free-preact',
    enforce: 'pre',
    transform(code, id) {
      if (
        !/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact(\.module)?\.m?js$/.test(
          id.split('?')[0]!,
        )
      ) {
        return null;
      }
      const sinks = code.match(/\.innerHTML\s*=(?!=)/g)?.length ?? 0;
      if (sinks !== 2) {
        throw new Error(
          `markup-free-preact: expected 2 innerHTML assignments in ${id}, found ${sinks}`,
        );
      }
      return { code: code.replace(/\.innerHTML\s*=(?!=)/g, '.textContent='), map: null };
    },
  };
}
