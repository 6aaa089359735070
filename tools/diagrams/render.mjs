// Renders every model of processes/ into docs/diagrams with bpmn-js, the library Camunda Modeler draws with:
// one SVG per diagram plane (the process, and each collapsed sub-process), stamped with the model's SHA-256 so
// that DiagramPicturesTest tells when a picture no longer matches its file. An import warning fails the run.
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const processes = join(root, 'processes');
const out = join(root, 'docs', 'diagrams');
const viewer = readFileSync(join(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css'].map(name =>
  readFileSync(join(here, 'node_modules/bpmn-js/dist/assets', name), 'utf8')).join('\n');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run']
});
const page = await browser.newPage();
await page.setContent(`<html><head><style>${css}</style></head><body><div id="canvas" style="width:2400px;height:1200px"></div></body></html>`);
await page.addScriptTag({ content: viewer });

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let failed = false;
for (const file of readdirSync(processes).filter(name => name.endsWith('.bpmn')).sort()) {
  const xml = readFileSync(join(processes, file));
  const sha = createHash('sha256').update(xml).digest('hex');
  const result = await page.evaluate(async (text) => {
    const viewer = new BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(text);
    const canvas = viewer.get('canvas');
    const pictures = [];
    for (const plane of canvas.getRootElements()) {
      canvas.setRootElement(plane);
      const { svg } = await viewer.saveSVG();
      const id = plane.businessObject.id;
      pictures.push({ id, svg, main: !/^SubProcess_/.test(id) });
    }
    viewer.destroy();
    return { warnings: warnings.map(w => w.message), pictures };
  }, xml.toString('utf8'));
  if (result.warnings.length) {
    failed = true;
    console.error(`${file}: ${result.warnings.join('\n  ')}`);
  }
  const name = file.replace(/\.bpmn$/, '');
  for (const picture of result.pictures) {
    const target = picture.main ? `${name}.svg` : `${name}.${picture.id}.svg`;
    const stamp = `<!-- Rendered from processes/${file} (sha256 ${sha}) by tools/diagrams/render: do not edit. -->\n`;
    writeFileSync(join(out, target), picture.svg.replace(/^(<\?xml[^>]*>\n?)?/, m => m + stamp));
    console.log(`docs/diagrams/${target}`);
  }
}
await browser.close();
process.exit(failed ? 1 : 0);
