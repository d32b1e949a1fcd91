export function render(): Uint8Array {
  return new Uint8Array();
}
