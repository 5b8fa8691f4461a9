// Opens every model in bpmn-js's Modeler (the engine of Camunda Modeler) in headless Chromium, saves it
// and fails when saving would change the diagram: a shape moved or resized, a flow re-routed, a label
// moved, a sub-process expanded or collapsed, a plane added or dropped. The Modeler rewrites layouts it
// does not accept (e.g. an embedded sub-process's steps drawn on the main plane go to their own plane on
// the first save), so a model that passes here keeps its drawing when a process owner edits it.
//
// Usage: npm ci && node round-trip.js ../../bpmn   (CHROMIUM overrides /usr/bin/chromium)
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const modelsDir = process.argv[2] || '../../bpmn';
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

// Runs in the page: the diagram of a model as text lines, one per shape, edge and plane.
async function drawingOf(moddle, xml) {
  const { rootElement } = await moddle.fromXML(xml, 'bpmn:Definitions');
  const round = (n) => Math.round(n * 100) / 100;
  const box = (b) => (b ? [b.x, b.y, b.width, b.height].map(round).join(',') : '-');
  const lines = [];
  for (const diagram of rootElement.diagrams || []) {
    const plane = diagram.plane;
    lines.push(`plane ${plane.bpmnElement ? plane.bpmnElement.id : '?'}`);
    for (const di of plane.planeElement || []) {
      const element = di.bpmnElement ? di.bpmnElement.id : '?';
      const label = di.label && di.label.bounds ? ` label ${box(di.label.bounds)}` : '';
      if (di.$type === 'bpmndi:BPMNEdge') {
        const points = (di.waypoint || []).map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
        lines.push(`${plane.bpmnElement.id} edge ${element} ${points}${label}`);
      } else {
        const expanded = di.isExpanded === undefined ? '' : ` expanded=${di.isExpanded}`;
        lines.push(`${plane.bpmnElement.id} shape ${element} ${box(di.bounds)}${expanded}${label}`);
      }
    }
  }
  return lines.sort();
}

async function roundTrip(xml) {
  const modeler = new BpmnJS({ container: '#canvas' });
  const { warnings } = await modeler.importXML(xml);
  const saved = (await modeler.saveXML({ format: true })).xml;
  const moddle = modeler.get('moddle');
  const result = { warnings: warnings.map((w) => w.message), before: await drawingOf(moddle, xml),
    after: await drawingOf(moddle, saved) };
  modeler.destroy();
  return result;
}

(async () => {
  const models = fs.readdirSync(modelsDir).filter((f) => f.endsWith('.bpmn')).sort();
  if (models.length === 0) throw new Error(`no models in ${modelsDir}`);
  const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox', '--headless=new'] });
  const page = await browser.newPage();
  await page.setViewport({ width: 1600, height: 1000 });
  await page.setContent('<div id="canvas" style="width:1500px;height:900px"></div>');
  await page.addScriptTag({ path: require.resolve('bpmn-js/dist/bpmn-modeler.production.min.js') });
  await page.evaluate(`window.drawingOf = ${drawingOf.toString()}; window.roundTrip = ${roundTrip.toString()};`);
  let failed = 0;
  for (const model of models) {
    const xml = fs.readFileSync(path.join(modelsDir, model), 'utf8');
    const { warnings, before, after } = await page.evaluate((xml) => window.roundTrip(xml), xml);
    const gone = before.filter((line) => !after.includes(line));
    const added = after.filter((line) => !before.includes(line));
    const ok = warnings.length === 0 && gone.length === 0 && added.length === 0 && before.length > 0;
    console.log(`${ok ? 'unchanged' : 'REWRITTEN'}  ${model} (${before.length} diagram elements)`);
    warnings.forEach((w) => console.log(`  import warning: ${w}`));
    gone.slice(0, 10).forEach((line) => console.log(`  - ${line}`));
    added.slice(0, 10).forEach((line) => console.log(`  + ${line}`));
    if (!ok) failed++;
  }
  await browser.close();
  console.log(failed ? `${failed} of ${models.length} models would be rewritten by the Modeler` :
    `all ${models.length} models keep their drawing in the Modeler`);
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
