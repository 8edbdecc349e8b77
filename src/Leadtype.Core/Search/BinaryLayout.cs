namespace Leadtype.Search;

/// <summary>
/// The compact binary search index, version 1. Little-endian throughout.
/// <code>
/// header (40 bytes)
///   0  "LTSX" magic            4  u16 version (1)      6  u16 reserved (0)
///   8  u32 total length        12 u32 reserved (0)
///   16 u64 XXH64 of bytes [24, total length)
///   24 f64 averageChunkLength  32 u32 generatedAt string   36 u16 section count   38 u16 flags
/// (every byte before 24 is either checked exactly or is the checksum, so any change is detected)
/// section table: (u32 offset, u32 length) per section, then the sections:
///   StringOffsets  (S+1) × u32 into StringBytes      StringBytes   UTF-8 (lone surrogates kept, WTF-8)
///   Documents      D × 40: 9 string ids (id, title, description, urlPath, absoluteUrl, relativePath,
///                  locale, sourceLocale, logicalPath; 0xFFFFFFFF = null), u8 hasLocaleFields,
///                  u8 isFallback (0 unset, 1 false, 2 true), u16 zero
///   Chunks         C × 16: u32 document, u32 anchor string, u32 heading-path offset, u32 token length
///   HeadingPaths   varint lists: count, then string id + 1 per heading (0 = a skipped level)
///   ChunkIds       C × u32 string ids, or empty when every id is "chunk-&lt;index&gt;"
///   TermOffsets    (T+1) × u32 into TermBytes; terms sorted by UTF-8 bytes      TermBytes
///   TermInfo       (T+1) × (u32 JavaScript enumeration rank, u32 postings offset); last = end marker
///   Postings       per term: varint df, then per posting varint chunk (delta-coded when ascending)
///                  and one count byte (2 bits each: title, heading, code, body; 3 = varint follows)
///   TextGroups     (G+1) × (u32 first chunk, u32 offset into TextData, u32 raw length)
///   TextData       DEFLATE blocks; raw block = per chunk: varint mode (0 full text, 1 text after the
///                  title/description/heading prefix), varint byte length, bytes
/// </code>
/// </summary>
internal static class BinaryLayout
{
    public const uint Magic = 0x5853544C; // "LTSX" read little-endian
    public const ushort Version = 1;
    public const int HeaderSize = 40;
    public const uint NoString = uint.MaxValue;

    public const ushort FlagHasContent = 1;
    public const ushort FlagCanonicalChunkIds = 2;
    public const ushort FlagAscendingPostings = 4;

    public const int DocumentRecordSize = 40;
    public const int ChunkRecordSize = 16;
    public const int TermInfoSize = 8;
    public const int TextGroupSize = 12;

    public const int StringOffsets = 0;
    public const int StringBytes = 1;
    public const int Documents = 2;
    public const int Chunks = 3;
    public const int HeadingPaths = 4;
    public const int ChunkIds = 5;
    public const int TermOffsets = 6;
    public const int TermBytes = 7;
    public const int TermInfo = 8;
    public const int Postings = 9;
    public const int TextGroups = 10;
    public const int TextData = 11;
    public const int SectionCount = 12;

    /// <summary>Raw text per DEFLATE block: small enough to inflate for one excerpt, large enough to compress well.</summary>
    public const int TextGroupTargetBytes = 8 * 1024;
}
