//! Time expressions (stub; being written).

use eventwire_model::Document;

/// Adds the `timexes` layer, resolved against `doc.published` (or a reference inferred
/// from the document).
pub fn annotate(doc: &mut Document) {
    let _ = doc;
}
