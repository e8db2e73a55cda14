const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Decodes a PNG fully (sharp), so a truncated or corrupt file fails: its size and RGB pixels. */
export async function decodePng(bytes: Uint8Array): Promise<{ width: number; height: number; pixels: Uint8Array; channels: number }> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, pixels: data, channels: info.channels };
}

/**
 * Share of pixels darker than `threshold` (0–255, mean of RGB) in the image, or in a region of it
 * ({ x, y, width, height }): text on a light card shows up here.
 */
export function darkShare(
  image: { width: number; height: number; pixels: Uint8Array; channels: number },
  threshold = 100,
  region = { x: 0, y: 0, width: image.width, height: image.height },
): number {
  let dark = 0;
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      const i = (y * image.width + x) * image.channels;
      if ((image.pixels[i]! + image.pixels[i + 1]! + image.pixels[i + 2]!) / 3 < threshold) dark++;
    }
  }
  return dark / (region.width * region.height);
}
