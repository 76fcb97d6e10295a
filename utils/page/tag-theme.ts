/** Relative luminance of a computed `rgb()`/`rgba()` colour; undefined when transparent. */
function luminance(css: string): number | undefined {
  const m = css.match(/rgba?\(([^)]+)\)/);
  if (!m) return undefined;
  const [r = 0, g = 0, b = 0, a = 1] = m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (a === 0) return undefined;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/**
 * Calendar has its own light/dark setting, so the popover's actual
 * background decides; the OS preference is only the fallback.
 */
export function themeOf(el: Element, win: Window): 'light' | 'dark' {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const l = luminance(win.getComputedStyle(node).backgroundColor);
    if (l !== undefined) return l < 0.5 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
