// Loaded (--require) into a process the stub's utilityProcess.fork starts: the parent port an
// Electron utility process has, carried over Node's IPC channel.
'use strict';
process.parentPort = { postMessage: (message) => process.send(message) };
