// node-postgres's optional native binding (`pg-native`, libpq), which the desk never uses: the
// bundles carry this stand-in instead, which is absent as far as pg can tell (pg.native is then
// null), so the bundles need nothing outside them but Electron, better-sqlite3 and Node.
const error = new Error("Cannot find module 'pg-native'");
error.code = 'MODULE_NOT_FOUND';
throw error;
