//! Attribution: quotes with their speakers (stub; being written).

use eventwire_model::Document;

/// Adds the `quotes` layer to a document that has sentences, tokens (with POS and
/// dependencies when the backbone ran) and entities.
pub fn attribute(doc: &mut Document) {
    let _ = doc;
}
