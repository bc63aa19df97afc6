/**
 * The API's module walls, checked by `npm run lint` (dependency-cruiser). Feature modules are the
 * folders of api/src/modules. See .docs/architecture.md for the map.
 */
const MODULE = '^api/src/modules/([^/]+)/';
/** What a module may import from another: its services, Nest module, DTOs, and the declared ports. */
const PUBLIC = [
  '[.](service|module|dto)[.]ts$',
  // ports a higher module fills (org's room occupancy, the request detail's bill, uploads' read rules)
  '/org/room-occupancy[.]ts$',
  '/org/room-history[.]ts$',
  '/service-requests/request-bills[.]ts$',
  '/uploads/upload-access[.]ts$',
  // uploads' URL helper, sla's definition of "late" as SQL, and complaints' definition of "overdue"
  '/uploads/thumbnail[.]ts$',
  '/sla/clock-sql[.]ts$',
  '/complaints/late-sql[.]ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycles',
      comment: 'Two feature modules never depend on each other, directly or around a circle (announce an event instead).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^api/src/modules/[^/]+$' },
      to: { circular: true },
    },
    {
      name: 'no-other-modules-repositories-or-entities',
      comment: "A module never imports another module's repository or entities: ask its exported service.",
      severity: 'error',
      from: { path: MODULE },
      to: { path: '^api/src/modules/[^/]+/(.+[.]repository[.]ts$|entities[.]ts$|entities/)', pathNot: '^api/src/modules/$1/' },
    },
    {
      name: 'modules-talk-through-services-and-events',
      comment:
        'From another module only its services, its Nest module, its DTOs and its declared ports; events from api/src/events.',
      severity: 'error',
      from: { path: MODULE },
      to: { path: '^api/src/modules/', pathNot: ['^api/src/modules/$1/', ...PUBLIC] },
    },
    {
      name: 'events-depend-on-no-module',
      comment: 'The event contracts stay outside every module, so importing them is no dependency on the publisher.',
      severity: 'error',
      from: { path: '^api/src/events/' },
      to: { path: '^api/src/modules/' },
    },
  ],
  options: {
    // common/, database/, infra/ and config/ wire every module (the guard reads auth, the entity list names every
    // table): their own imports are not followed, so a circle is one between modules
    doNotFollow: { path: ['node_modules', '^api/src/(common|database|infra|config)/'] },
    exclude: { path: '[.]spec[.]ts$' },
    tsPreCompilationDeps: true,
  },
};
