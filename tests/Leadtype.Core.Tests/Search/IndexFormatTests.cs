using System;
using System.Linq;
using System.Text;
using Leadtype.Json;
using Leadtype.Search;
using static Leadtype.Core.Tests.Search.SearchTestIndex;

namespace Leadtype.Core.Tests.Search;

/// <summary>The JSON and binary forms: layout details, determinism and round trips.</summary>
public sealed class IndexFormatTests
{
    private static SearchDocument[] Pages() => new[]
    {
        Page("guides/install", "Install", "# Install\n\nRun `npm install acme`.\n\n## Verify\n\nCheck the ✓ mark — done.\n\n```bash\nacme --version\n```", "Get Acme running."),
        Page("reference/api", "API reference", "### Deep\n\nSkipped levels leave holes.\n\n## Sub\n\nText with \"quotes\", back\\slash and a tab\there."),
        Page("changelog/v1", "Version 1", "Initial release with emoji 🎉 and Café."),
    };

    [Fact]
    public void Same_pages_give_byte_identical_json_and_binary()
    {
        var first = Build(Pages());
        var second = Build(Pages());

        Assert.Equal(SearchIndexJson.RenderIndex(first), SearchIndexJson.RenderIndex(second));
        Assert.Equal(SearchIndexJson.RenderContent(first), SearchIndexJson.RenderContent(second));
        Assert.Equal(SearchIndexBinaryWriter.Write(first), SearchIndexBinaryWriter.Write(second));
    }

    [Fact]
    public void Json_files_are_minified_with_one_trailing_newline_and_the_reference_key_order()
    {
        var index = Build(Pages());
        var json = Encoding.UTF8.GetString(SearchIndexJson.RenderIndex(index));
        var content = Encoding.UTF8.GetString(SearchIndexJson.RenderContent(index));

        Assert.StartsWith("{\"version\":2,\"generatedAt\":\"2026-01-01T00:00:00.000Z\",\"documents\":[", json);
        Assert.Contains("],\"chunks\":[[\"chunk-0\",0,\"install\",[\"Install\"],", json);
        Assert.Contains("},\"averageChunkLength\":", json);
        Assert.EndsWith("}\n", json);
        Assert.Equal(1, json.Count(c => c == '\n'));
        Assert.StartsWith("{\"version\":2,\"generatedAt\":\"2026-01-01T00:00:00.000Z\",\"chunks\":[\"Install\\n\\nGet Acme running.", content);
        Assert.EndsWith("]}\n", content);
    }

    [Fact]
    public void Skipped_heading_levels_are_written_as_null_holes()
    {
        var json = Encoding.UTF8.GetString(SearchIndexJson.RenderIndex(Build(Pages())));

        Assert.Contains("\"deep\",[null,null,\"Deep\"]", json);
        Assert.Contains("\"sub\",[null,\"Sub\"]", json);
    }

    [Fact]
    public void Document_entries_have_ten_elements_when_a_logical_path_is_set_and_six_otherwise()
    {
        var withLogical = Page("a", "A", "Text.");
        var without = withLogical with { LogicalPath = null };

        var json = Encoding.UTF8.GetString(SearchIndexJson.RenderIndex(Build(withLogical, without with { UrlPath = "/docs/b", Id = "/docs/b" })));

        Assert.Contains("[\"/docs/a\",\"A\",\"\",\"/docs/a\",\"https://acme.example/docs/a\",\"a\",null,null,null,\"a\"]", json);
        Assert.Contains("[\"/docs/b\",\"A\",\"\",\"/docs/b\",\"https://acme.example/docs/a\",\"a\"]", json);
    }

    [Fact]
    public void Binary_form_reads_back_to_byte_identical_json()
    {
        var index = Build(Pages());
        var binary = BinarySearchIndex.Load(SearchIndexBinaryWriter.Write(index));

        var back = binary.ToSearchIndex();

        Assert.Equal(SearchIndexJson.RenderIndex(index), SearchIndexJson.RenderIndex(back));
        Assert.Equal(SearchIndexJson.RenderContent(index), SearchIndexJson.RenderContent(back));
    }

    [Fact]
    public void Binary_form_keeps_lone_surrogates_from_split_text()
    {
        // 1199 ASCII characters then an emoji: the 1200-character cut splits the surrogate pair, as in the reference.
        var content = new string('x', 1199) + "🎉" + " tail words follow here";
        var index = Build(Page("emoji", "Emoji", content));
        var back = BinarySearchIndex.Load(SearchIndexBinaryWriter.Write(index)).ToSearchIndex();

        Assert.Contains(index.Content!, t => t.EndsWith("\ud83c", StringComparison.Ordinal));
        Assert.Equal(SearchIndexJson.RenderContent(index), SearchIndexJson.RenderContent(back));
        Assert.Contains("\\ud83c\"", Encoding.UTF8.GetString(SearchIndexJson.RenderContent(index)));
    }

    [Fact]
    public void Binary_form_is_much_smaller_than_the_json_files()
    {
        var pages = Enumerable.Range(0, 60).Select(i => Page("p" + i, "Page " + i, "# Page " + i + "\n\n" + string.Join(" ", Enumerable.Repeat("Install the package and configure the search index for page " + i + ".", 20)))).ToArray();
        var index = Build(pages);

        var json = SearchIndexJson.RenderIndex(index).Length + SearchIndexJson.RenderContent(index).Length;
        var binary = SearchIndexBinaryWriter.Write(index).Length;

        Assert.True(binary * 4 <= json, $"binary {binary} bytes vs json {json} bytes");
    }

    [Theory]
    [InlineData(SearchIndexAsciiEncoding.Base64)]
    [InlineData(SearchIndexAsciiEncoding.Z85)]
    public void Ascii_encoding_round_trips_and_stays_printable_without_quotes_or_backslashes(SearchIndexAsciiEncoding encoding)
    {
        var binary = SearchIndexBinaryWriter.Write(Build(Pages()));
        for (var trim = 0; trim < 4; trim++)
        {
            var bytes = binary.AsSpan(0, binary.Length - trim).ToArray();
            var text = SearchIndexAscii.Encode(bytes, encoding);

            Assert.All(text, c => Assert.True(c >= 0x21 && c <= 0x7e && c != '"' && c != '\\', $"character {(int)c}"));
            Assert.Equal(bytes, SearchIndexAscii.Decode(Encoding.ASCII.GetBytes(text)));
            Assert.Equal(text.Length, SearchIndexAscii.EncodedLength(bytes.Length, encoding));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("xyz:abc")]
    [InlineData("b64:not base64!")]
    [InlineData("z85:abc")]
    [InlineData("z85:\"\"\"\"\"0")]
    public void Invalid_ascii_text_is_a_format_error(string text)
    {
        Assert.Throws<SearchIndexFormatException>(() => SearchIndexAscii.Decode(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Generated_at_is_the_given_timestamp_in_javascript_iso_format()
    {
        Assert.Equal("2026-11-27T16:01:24.315Z", SearchIndexJson.FormatTimestamp(new DateTimeOffset(2026, 11, 27, 17, 1, 24, 315, TimeSpan.FromHours(1))));
    }
}
