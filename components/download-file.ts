/**
 * Saves text as a file through an `<a download>` click on an object URL: no
 * downloads permission, nothing leaves the browser.
 */
export function downloadFile(name: string, parts: BlobPart[], type: string, doc = document): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
