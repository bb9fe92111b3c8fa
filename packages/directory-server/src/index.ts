// Public API of @saxon-ai/directory-server: the app, the storage engines and the server runner.
export const PACKAGE_NAME = '@saxon-ai/directory-server';
