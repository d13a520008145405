/** The service-provider interface that municipality plug-ins implement. */
package dk.kvalitetsstandard.spi;
