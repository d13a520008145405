/** JSON in and out, through one shared Jackson 3 mapper. */
package dk.kvalitetsstandard.json;
