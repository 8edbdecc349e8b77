using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Leadtype.Search;

/// <summary>
/// Reads the reference's v2 <c>search-index.json</c> and <c>search-content.json</c> (ours or the original's)
/// into a <see cref="SearchIndex"/>. Streaming, reflection-free (trimming and AOT safe). Anything that does not
/// have the v2 shape is a <see cref="SearchIndexFormatException"/> naming the file and byte offset.
/// </summary>
internal static class SearchIndexJsonReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    public static SearchIndex Read(ReadOnlySpan<byte> indexJson, ReadOnlySpan<byte> contentJson, string indexName = "search-index.json", string contentName = "search-content.json")
    {
        var index = ReadIndex(indexJson, indexName);
        var content = contentJson.IsEmpty ? index.EmbeddedContent : ReadContent(contentJson, contentName);
        return new SearchIndex(index.GeneratedAt, index.Documents, index.Chunks, SearchIndex.TermsInEnumerationOrder(index.Terms), index.AverageChunkLength, content);
    }

    private static ParsedIndex ReadIndex(ReadOnlySpan<byte> json, string name)
    {
        var reader = new JsonReader(json, name);
        var parsed = new ParsedIndex();
        var sawVersion = false;
        reader.Expect(JsonTokenType.StartObject, "the index must be a JSON object");
        while (reader.NextProperty(out var property))
        {
            switch (property)
            {
                case "version":
                    reader.ExpectVersion();
                    sawVersion = true;
                    break;
                case "generatedAt":
                    parsed.GeneratedAt = reader.ReadString("generatedAt");
                    break;
                case "documents":
                    ReadDocuments(ref reader, parsed.Documents);
                    break;
                case "chunks":
                    ReadChunks(ref reader, parsed.Chunks);
                    break;
                case "terms":
                    ReadTerms(ref reader, parsed.Terms);
                    break;
                case "averageChunkLength":
                    parsed.AverageChunkLength = reader.ReadDouble("averageChunkLength");
                    break;
                case "content":
                    parsed.EmbeddedContent = ReadContentObject(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        reader.ExpectEnd();
        if (!sawVersion)
        {
            throw reader.Error("the \"version\" field is missing");
        }

        return parsed;
    }

    private static IReadOnlyList<string> ReadContent(ReadOnlySpan<byte> json, string name)
    {
        var reader = new JsonReader(json, name);
        var chunks = ReadContentObject(ref reader);
        reader.ExpectEnd();
        return chunks;
    }

    private static List<string> ReadContentObject(ref JsonReader reader)
    {
        var chunks = new List<string>();
        reader.Expect(JsonTokenType.StartObject, "the content store must be a JSON object");
        while (reader.NextProperty(out var property))
        {
            switch (property)
            {
                case "version":
                    reader.ExpectVersion();
                    break;
                case "chunks":
                    reader.Expect(JsonTokenType.StartArray, "\"chunks\" must be an array of strings");
                    while (reader.NextElement())
                    {
                        chunks.Add(reader.CurrentString("a content chunk"));
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return chunks;
    }

    private static void ReadDocuments(ref JsonReader reader, List<SearchIndexDocument> documents)
    {
        reader.Expect(JsonTokenType.StartArray, "\"documents\" must be an array");
        while (reader.NextElement())
        {
            reader.Current(JsonTokenType.StartArray, "a document entry must be an array");
            var fields = new List<string?>(10);
            bool? isFallback = null;
            while (reader.NextElement())
            {
                if (fields.Count == 8 && reader.TokenType is JsonTokenType.True or JsonTokenType.False)
                {
                    isFallback = reader.TokenType == JsonTokenType.True;
                    fields.Add(null);
                    continue;
                }

                fields.Add(reader.TokenType == JsonTokenType.Null && fields.Count >= 6 ? null : reader.CurrentString("a document field"));
            }

            if (fields.Count < 6 || fields.Count > 10)
            {
                throw reader.Error($"document {documents.Count} has {fields.Count} fields (expected 6 to 10)");
            }

            var document = new SearchIndexDocument(fields[0]!, fields[1]!, fields[2]!, fields[3]!, fields[4]!, fields[5]!);
            if (fields.Count > 6)
            {
                document = document with
                {
                    HasLocaleFields = true,
                    Locale = fields[6],
                    SourceLocale = fields.Count > 7 ? fields[7] : null,
                    IsFallback = isFallback,
                    LogicalPath = fields.Count > 9 ? fields[9] : null,
                };
            }

            documents.Add(document);
        }
    }

    private static void ReadChunks(ref JsonReader reader, List<SearchIndexChunk> chunks)
    {
        reader.Expect(JsonTokenType.StartArray, "\"chunks\" must be an array");
        while (reader.NextElement())
        {
            reader.Current(JsonTokenType.StartArray, "a chunk entry must be an array");
            reader.NextRequired("a chunk entry");
            var id = reader.CurrentString("the chunk id");
            reader.NextRequired("a chunk entry");
            var documentIndex = reader.CurrentInt("the chunk's document index");
            reader.NextRequired("a chunk entry");
            var anchor = reader.CurrentString("the chunk anchor");
            reader.NextRequired("a chunk entry");
            reader.Current(JsonTokenType.StartArray, "the heading path must be an array");
            var headingPath = new List<string?>();
            while (reader.NextElement())
            {
                headingPath.Add(reader.TokenType == JsonTokenType.Null ? null : reader.CurrentString("a heading"));
            }

            reader.NextRequired("a chunk entry");
            var length = reader.CurrentInt("the chunk length");
            reader.NextRequired("a chunk entry");
            var contentIndex = reader.CurrentInt("the chunk's content index");
            if (reader.NextElement())
            {
                throw reader.Error($"chunk {id} has more than 6 fields");
            }

            chunks.Add(new SearchIndexChunk(id, documentIndex, anchor, headingPath.ToArray(), length, contentIndex));
        }
    }

    private static void ReadTerms(ref JsonReader reader, List<SearchIndexTerm> terms)
    {
        reader.Expect(JsonTokenType.StartObject, "\"terms\" must be an object");
        while (reader.NextProperty(out var term))
        {
            reader.Expect(JsonTokenType.StartArray, $"the postings of \"{term}\" must be an array");
            var postings = new List<SearchPosting>();
            while (reader.NextElement())
            {
                reader.Current(JsonTokenType.StartArray, "a posting must be an array of five integers");
                var values = new int[5];
                for (var i = 0; i < 5; i++)
                {
                    reader.NextRequired("a posting");
                    values[i] = reader.CurrentInt("a posting count");
                }

                if (reader.NextElement())
                {
                    throw reader.Error($"a posting of \"{term}\" has more than five numbers");
                }

                postings.Add(new SearchPosting(values[0], values[1], values[2], values[3], values[4]));
            }

            terms.Add(new SearchIndexTerm(term, postings.ToArray()));
        }
    }

    private sealed class ParsedIndex
    {
        public string GeneratedAt { get; set; } = string.Empty;

        public List<SearchIndexDocument> Documents { get; } = new();

        public List<SearchIndexChunk> Chunks { get; } = new();

        public List<SearchIndexTerm> Terms { get; } = new();

        public double AverageChunkLength { get; set; }

        public IReadOnlyList<string>? EmbeddedContent { get; set; }
    }

    /// <summary>A thin wrapper over <see cref="Utf8JsonReader"/> that turns every surprise into a located format error.</summary>
    private ref struct JsonReader
    {
        private readonly string _name;
        private Utf8JsonReader _reader;

        public JsonReader(ReadOnlySpan<byte> json, string name)
        {
            // A UTF-8 byte order mark is tolerated, as JSON.parse over fetched text would.
            if (json.Length >= 3 && json[0] == 0xEF && json[1] == 0xBB && json[2] == 0xBF)
            {
                json = json.Slice(3);
            }

            _reader = new Utf8JsonReader(json, Options);
            _name = name;
        }

        public JsonTokenType TokenType => _reader.TokenType;

        public void Expect(JsonTokenType type, string message)
        {
            Read();
            Current(type, message);
        }

        public void Current(JsonTokenType type, string message)
        {
            if (_reader.TokenType != type)
            {
                throw Error(message);
            }
        }

        public bool NextProperty(out string name)
        {
            Read();
            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                name = string.Empty;
                return false;
            }

            name = _reader.GetString()!;
            return true;
        }

        public bool NextElement()
        {
            Read();
            return _reader.TokenType != JsonTokenType.EndArray;
        }

        public void NextRequired(string what)
        {
            if (!NextElement())
            {
                throw Error(what + " has too few fields");
            }
        }

        public string ReadString(string what)
        {
            Read();
            return CurrentString(what);
        }

        public string CurrentString(string what)
        {
            if (_reader.TokenType != JsonTokenType.String)
            {
                throw Error(what + " must be a string");
            }

            return _reader.GetString()!;
        }

        public int CurrentInt(string what)
        {
            if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetInt32(out var value))
            {
                throw Error(what + " must be an integer");
            }

            return value;
        }

        public double ReadDouble(string what)
        {
            Read();
            if (_reader.TokenType != JsonTokenType.Number)
            {
                throw Error(what + " must be a number");
            }

            return _reader.GetDouble();
        }

        public void ExpectVersion()
        {
            Read();
            if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetInt32(out var version) || version != SearchIndex.FormatVersion)
            {
                throw Error($"only version {SearchIndex.FormatVersion} search files are supported");
            }
        }

        public void Skip()
        {
            Read();
            try
            {
                _reader.Skip();
            }
            catch (JsonException exception)
            {
                throw new SearchIndexFormatException($"{_name} is not valid JSON: {exception.Message}", exception);
            }
        }

        public void ExpectEnd()
        {
            try
            {
                if (_reader.Read())
                {
                    throw Error("unexpected data after the JSON value");
                }
            }
            catch (JsonException exception)
            {
                throw new SearchIndexFormatException($"{_name} is not valid JSON: {exception.Message}", exception);
            }
        }

        public SearchIndexFormatException Error(string message) =>
            new($"{_name} is not a valid v2 search file: {message} (at byte {_reader.TokenStartIndex}).");

        private void Read()
        {
            try
            {
                if (!_reader.Read())
                {
                    throw new SearchIndexFormatException($"{_name} ends unexpectedly (at byte {_reader.BytesConsumed}).");
                }
            }
            catch (JsonException exception)
            {
                throw new SearchIndexFormatException($"{_name} is not valid JSON: {exception.Message}", exception);
            }
        }
    }
}
