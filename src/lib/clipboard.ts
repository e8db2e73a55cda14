/**
 * Copies text, preferring the async Clipboard API (secure contexts) and falling back to a hidden
 * textarea for plain-http hosts. Resolves false when neither works, so the caller can show the text.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not focused: try the legacy path.
  }
  const previousFocus = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previousFocus?.focus();
  }
}

/** Copies a link and says how it went, in the words both share controls show in their status line. */
export const copyLink = async (url: string): Promise<string> => ((await copyText(url)) ? 'Link copied' : `Copy this link: ${url}`);
