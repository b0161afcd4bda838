//! The backbone stage: part-of-speech tags, dependency heads and relations on every token,
//! and named-entity mentions grouped into entities.

use crate::Stage;
use eventwire_model::Document;

/// Tags, parses and finds named entities with the shipped (or the user's) models.
pub struct Backbone {
    model: &'static eventwire_backbone::Backbone,
}

impl Backbone {
    /// The models shipped in the binary, loaded once per process.
    pub fn shipped() -> anyhow::Result<Backbone> {
        Ok(Backbone {
            model: eventwire_backbone::shared()?,
        })
    }
}

impl Stage for Backbone {
    fn name(&self) -> &'static str {
        "backbone"
    }

    fn run(&self, doc: &mut Document) {
        self.model.annotate(doc);
    }
}
