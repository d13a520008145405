/** Jakarta Validation of standards and other values, with constraints that really fire on accessor methods. */
package dk.kvalitetsstandard.validation;
