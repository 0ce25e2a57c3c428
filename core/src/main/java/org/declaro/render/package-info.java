/**
 * Views of documents for people: {@link org.declaro.render.TextRenderer} (the layout of the source
 * documents, which {@link org.declaro.importer.TextImporter} reads back), {@link org.declaro.render.MarkdownRenderer}
 * (GitHub-flavoured) and {@link org.declaro.render.HtmlRenderer} (a self-contained page with commitments
 * highlighted). Renderers are stateless and thread-safe; they depend on the model only.
 */
package org.declaro.render;
