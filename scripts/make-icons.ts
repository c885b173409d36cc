// Draws the web manifest's PNG icons (public/icons/) from app/icon.svg: `npm run icons` after changing it.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.join(__dirname, "..");
const svg = fs.readFileSync(path.join(root, "app", "icon.svg"), "utf8");
const inner = svg.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
const background = /fill="(#[0-9a-f]{6})"/i.exec(svg)![1];
// A maskable icon is cropped to a circle or squircle by the launcher: full-bleed colour, the mark inside the middle 70 %.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background}"/><g transform="translate(9.6 9.6) scale(0.7)">${inner}</g></svg>`;

const out = path.join(root, "public", "icons");
fs.mkdirSync(out, { recursive: true });
const draw = (source: string, size: number, name: string) =>
  sharp(Buffer.from(source), { density: (72 * size) / 64 }).resize(size, size).png().toFile(path.join(out, name));

void Promise.all([draw(svg, 192, "icon-192.png"), draw(svg, 512, "icon-512.png"), draw(maskable, 512, "maskable-512.png")]).then(() =>
  console.log(`Icons written to ${path.relative(root, out)}/`),
);
