import { describeDirectoryBehaviour } from '../../../scripts/test/directory/behaviour-suite.js';
import { targetOver } from '../../../scripts/test/directory/target.js';
import { demoApi } from './helpers.js';

// The directory's behaviour suite is shared with @saxon-ai/directory-server, so the two servers
// cannot drift apart: scripts/test/directory/behaviour-suite.ts.
describeDirectoryBehaviour('demo API', async () => {
  const api = demoApi();
  return targetOver((url, init) => api.app.request(url, init), 'http://127.0.0.1');
});
