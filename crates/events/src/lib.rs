//! CAMEO event coding (stub; being written).

use eventwire_model::Document;

/// Adds the `events` layer to a document that has tokens with a parse, entities,
/// quotes and timexes.
pub fn code(doc: &mut Document) {
    let _ = doc;
}
