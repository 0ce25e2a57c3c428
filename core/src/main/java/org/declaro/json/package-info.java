/**
 * JSON for declaration documents: {@link org.declaro.json.DocumentReader} (lenient or strict, with
 * {@link org.declaro.model.Limits}), {@link org.declaro.json.CanonicalJsonWriter},
 * {@link org.declaro.json.JsonLocator} (JSON Pointer to line and column) and
 * {@link org.declaro.json.DeclaroJacksonModule} for use with a Jackson 3 {@code ObjectMapper}.
 *
 * <p>The model carries no Jackson annotations: the mapping lives here.
 */
package org.declaro.json;
