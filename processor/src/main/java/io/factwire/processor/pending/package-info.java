/**
 * TEMPORARY stand-ins for APIs other modules are writing in parallel (schemas' Topics, the dedup and event
 * stages). Removed as soon as the real ones land on main; nothing outside this module may use them.
 */
package io.factwire.processor.pending;
