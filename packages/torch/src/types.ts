// Value types shared by the generated operator signatures.

/** A Scalar argument: integral numbers are passed as integers (2 stays int), others as doubles. */
export type Scalar = number | boolean | bigint;
export type Layout = 'strided' | 'sparse_coo' | 'sparse_csr';
export type MemoryFormat = 'contiguous_format' | 'preserve_format' | 'channels_last' | 'channels_last_3d';
