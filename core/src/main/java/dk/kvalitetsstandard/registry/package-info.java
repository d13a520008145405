/** Finding the standards that plug-ins provide: by municipality, by date, or all of them. */
package dk.kvalitetsstandard.registry;
