/**
 * The law, the vocabulary of a municipal quality standard, and the registry that finds the
 * standards municipality plug-ins provide.
 */
module dk.kvalitetsstandard.core {
  requires static org.immutables.value.annotations;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires com.networknt.schema;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;
  requires de.focus_shift.jollyday.core;

  exports dk.kvalitetsstandard.law;
  exports dk.kvalitetsstandard.calendar;
  exports dk.kvalitetsstandard.cases;
  exports dk.kvalitetsstandard.problem;
  exports dk.kvalitetsstandard.deadline;
  exports dk.kvalitetsstandard.questions;
  exports dk.kvalitetsstandard.text;
  exports dk.kvalitetsstandard.standard;
  exports dk.kvalitetsstandard.standardfile;
  exports dk.kvalitetsstandard.spi;
  exports dk.kvalitetsstandard.registry;
  exports dk.kvalitetsstandard.json;
  exports dk.kvalitetsstandard.conformance;
  exports dk.kvalitetsstandard.conformance.property;
  exports dk.kvalitetsstandard.audit;
  exports dk.kvalitetsstandard.schema;

  opens dk.kvalitetsstandard.law to tools.jackson.databind, org.hibernate.validator;
  opens dk.kvalitetsstandard.standard to tools.jackson.databind, org.hibernate.validator;
  opens dk.kvalitetsstandard.cases to tools.jackson.databind;
  opens dk.kvalitetsstandard.deadline to tools.jackson.databind;
  opens dk.kvalitetsstandard.questions to tools.jackson.databind;
  opens dk.kvalitetsstandard.audit to tools.jackson.databind;
  // The JSON Schemas are resources of this package: open, so that any validator may load them by path.
  opens dk.kvalitetsstandard.schema;

  uses dk.kvalitetsstandard.spi.StandardProvider;
}
