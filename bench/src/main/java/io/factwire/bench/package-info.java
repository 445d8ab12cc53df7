/** End-to-end benchmarks of factwire on the real local stack ({@code ./factwire bench}). */
package io.factwire.bench;
