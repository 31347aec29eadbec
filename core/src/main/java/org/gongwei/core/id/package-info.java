/**
 * National identifiers as value types with their check rules: ID card number (GB 11643), unified social credit code (GB 32100), organization code (GB 11714), region code (GB/T 2260), health-record number and ICD-10 code.
 */
package org.gongwei.core.id;
