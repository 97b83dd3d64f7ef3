// Sizes a peer page's map to the app's map, so both draw the same number of pixels: the bench
// passes the app's map size as ?width=…&height=… (CSS pixels). Without them the map fills the window.
export function sizeMapFromQuery(container: HTMLElement): void {
  const query = new URLSearchParams(location.search);
  const width = Number(query.get('width'));
  const height = Number(query.get('height'));
  if (!(width > 0 && height > 0)) return;
  // Set through the CSSOM: the preview server's CSP forbids inline style attributes and elements.
  Object.assign(container.style, { right: 'auto', bottom: 'auto', width: `${width}px`, height: `${height}px` });
}
