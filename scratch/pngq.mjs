import sharp from 'sharp';
const [src, out] = process.argv.slice(2);
await sharp(src).resize({ width: 1000 }).png({ palette: true, quality: 70, compressionLevel: 9 }).toFile(out);
