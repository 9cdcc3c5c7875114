// Checks one HTML file in headless Chromium at desktop (1280 px) and phone (390 px) width:
//  - no horizontal overflow (the page is no wider than the viewport; offending elements are listed),
//  - each given name is drawn with real glyphs: every font Chromium used for the element holding it is one of the
//    page's own web fonts (CDP CSS.getPlatformFontsForNode), not a system fallback or the last-resort box font,
//  - no serious or critical axe-core finding, and none of aria-allowed-role, landmark-one-main and region,
//  - the file is self-contained: it requests nothing but itself and data: URIs.
// Usage: node check-html.mjs <chromium> <file.html> <screenshot-dir> <name>...
// Prints one line per problem and exits 1 when there is any; exits 0 and prints "ok" otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [chromium, file, shots, ...names] = process.argv.slice(2);
const url = 'file://' + path.resolve(file);
const problems = [];
const NAMED_RULES = ['aria-allowed-role', 'landmark-one-main', 'region'];

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage',
         '--no-first-run', '--disable-extensions', '--disable-sync', '--disable-default-apps', '--mute-audio'],
});
try {
  for (const width of [1280, 390]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', request => {
      const u = request.url();
      if (u === url || u.startsWith('data:')) {
        request.continue();
      } else {
        problems.push(`${width}px: the page requested ${u.slice(0, 120)} (it must be self-contained)`);
        request.abort();
      }
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);

    const overflow = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      const wide = [];
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > limit + 0.5 && getComputedStyle(el).position !== 'absolute') {
          wide.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(r.right)} "${(el.textContent || '').trim().slice(0, 40)}"`);
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, limit, wide: wide.slice(0, 8) };
    });
    if (overflow.scrollWidth > overflow.limit) {
      problems.push(`${width}px: the page is ${overflow.scrollWidth} px wide (viewport ${overflow.limit}): ${overflow.wide.join('; ')}`);
    }

    const client = await page.createCDPSession();
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument', { depth: -1 });
    for (const name of names) {
      const found = await page.evaluate(text => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.textContent.includes(text)) {
            const el = node.parentElement;
            el.setAttribute('data-glyph-check', text);
            return true;
          }
        }
        return false;
      }, name);
      if (!found) {
        problems.push(`${width}px: "${name}" is not on the page`);
        continue;
      }
      const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-glyph-check="${name}"]` });
      const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
      const system = fonts.filter(f => !f.isCustomFont);
      if (fonts.length === 0 || system.length > 0) {
        problems.push(`${width}px: "${name}" is drawn with ${JSON.stringify(fonts)}; expected only the page's own fonts`);
      }
    }

    await page.evaluate(axeSource);
    const results = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
    for (const v of results.violations) {
      // Serious and critical findings, and the three rules the first HTML packet broke (moderate or minor in axe).
      if (v.impact === 'serious' || v.impact === 'critical' || NAMED_RULES.includes(v.id)) {
        problems.push(`${width}px: axe ${v.impact} ${v.id} (${v.nodes.length}): ${v.help}; e.g. ${v.nodes[0].target.join(' ')}`);
      }
    }
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, `html-${width}.png`) });
    const rosters = await page.$('#rosters');
    if (rosters) {
      await rosters.screenshot({ path: path.join(shots, `html-${width}-rosters.png`) });
    }
    await page.close();
  }
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.log(problems.join('\n'));
  process.exit(1);
}
console.log('ok');
