/**
 * Akoma Ntoso 3.0 (OASIS LegalDocML) export: {@link org.declaro.akn.AknWriter}.
 */
package org.declaro.akn;
