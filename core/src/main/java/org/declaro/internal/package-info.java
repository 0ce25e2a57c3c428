/** Helpers shared by Declaro's packages; not part of the API and not exported. */
package org.declaro.internal;
