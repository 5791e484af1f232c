/**
 * Helpers that are not API: thread factories, size and duration parsing, hashing, small streams.
 * Anything here may change without notice; depend on the capability packages instead.
 */
package io.provscan.internal;
