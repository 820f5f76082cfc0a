// Renders the Neo4j Browser style sheet (GraSS) from schema/browser/palette.json.
// Used by build.mjs, which writes schema/browser/style.grass.

/** What Neo4j Browser writes under each label: the property shown on the node. */
const captions = {
  Country: '{name}',
  Person: '{name}',
  Organization: '{name}',
  Place: '{name}',
  Treaty: '{name}',
  Deployment: '{name}',
  Event: '{name}',
  Claim: '{statement}',
  Report: '{how}',
  Article: '{title}',
};
const diameters = { Claim: '40px', Report: '30px', Article: '55px' };

export function renderGrass(palette) {
  // No comments in the output: Neo4j Browser's GraSS parser does not expect them.
  // The file is generated (see schema/browser/README.md); edit palette.json or this function.
  const lines = [
    'node {',
    '  diameter: 50px;',
    '  color: #A5ABB6;',
    '  border-color: #9AA1AC;',
    '  border-width: 2px;',
    '  text-color-internal: #FFFFFF;',
    '  font-size: 10px;',
    '}',
    '',
    'relationship {',
    '  color: #A5ABB6;',
    '  shaft-width: 1px;',
    '  font-size: 8px;',
    '  padding: 3px;',
    '  text-color-external: #000000;',
    '  text-color-internal: #FFFFFF;',
    "  caption: '<type>';",
    '}',
    '',
    // Every thing also carries :Entity; the kind rules below come later, so they win.
    'node.Entity {',
    "  caption: '{name}';",
    '}',
  ];
  for (const [label, c] of Object.entries(palette)) {
    if (!captions[label]) throw new Error(`palette.json: no caption known for label ${label}`);
    lines.push(
      '',
      `node.${label} {`,
      `  diameter: ${diameters[label] ?? '50px'};`,
      `  color: ${c.color};`,
      `  border-color: ${c.border};`,
      `  text-color-internal: ${c.text};`,
      `  caption: '${captions[label]}';`,
      '}',
    );
  }
  for (const label of Object.keys(captions)) {
    if (!palette[label]) throw new Error(`palette.json: no colour for label ${label}`);
  }
  return lines.join('\n') + '\n';
}
