// Changelog lines for `changeset version`: the changeset's summary, linked to the commit that added
// it, and a line for internal dependencies that moved. Works offline (no GitHub API calls): the
// commit comes from the local git history, the repository from the config's options.

/** @param {{ repo?: string } | null} options */
function repoUrl(options) {
  if (!options?.repo)
    throw new Error('changelog.mjs needs { "repo": "owner/name" } in .changeset/config.json');
  return `https://github.com/${options.repo}`;
}

/** @type {import('@changesets/types').ChangelogFunctions} */
const changelog = {
  async getReleaseLine(changeset, _type, options) {
    const [firstLine = '', ...rest] = changeset.summary.trim().split('\n');
    const commit = changeset.commit
      ? ` ([${changeset.commit.slice(0, 7)}](${repoUrl(options)}/commit/${changeset.commit}))`
      : '';
    const more = rest.map((line) => (line.trim() ? `  ${line.trimEnd()}` : '')).join('\n');
    return `\n- ${firstLine.trim()}${commit}${more ? `\n${more}` : ''}`;
  },

  async getDependencyReleaseLine(_changesets, dependenciesUpdated) {
    if (dependenciesUpdated.length === 0) return '';
    const list = dependenciesUpdated
      .map((dependency) => `  - ${dependency.name}@${dependency.newVersion}`)
      .join('\n');
    return `- Updated dependencies:\n${list}`;
  },
};

export default changelog;
