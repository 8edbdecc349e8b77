using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Leadtype.Model;
using Scriban.Runtime;

namespace Leadtype.Templates;

/// <summary>
/// <c>llms-full.txt</c> (artifacts §3.4): every page in reading order — an index of absolute URLs,
/// then each page's title, URL, description and Markdown body (its leading H1 removed). Site mode.
/// </summary>
/// <remarks>
/// Template values: <c>product</c>, <c>pages</c> (<c>title</c>, <c>url</c> absolute,
/// <c>description</c>/<c>has_description</c>, <c>summary</c> = description or "Entry point for …",
/// <c>content</c>, <c>url_path</c>, <c>markdown_url</c>).
/// </remarks>
public static class LlmsFullTxtRenderer
{
    public const string Path = "llms-full.txt";
    public const string WellKnownPath = ".well-known/llms-full.txt";

    // Marks where a page body goes in a frame: noncharacters around the page's number.
    private const char MarkStart = '\uFDD0';
    private const char MarkEnd = '\uFDD1';

    private static readonly Regex LeadingH1 = new("^[ \\t]*#[ \\t]+\\S", RegexOptions.CultureInvariant);
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static string Render(DocsSite site, ArtifactTemplate template) => template.Render(Model(site, SiteReadingOrder.Of(site), withMarks: false));

    /// <summary>
    /// The file as a writer that streams it (UTF-8) without building it as one string. With the default
    /// template, which writes each page's <c>content</c> verbatim, Scriban renders only the frame, with a
    /// mark where each body goes, and the writer copies the bodies in at the marks; a frame whose marks are
    /// not exactly one per body, in order (a title containing a mark character), and any other template,
    /// render the whole file as <see cref="Render"/> does. Either way the bytes are those of <see cref="Render"/>.
    /// </summary>
    /// <exception cref="TemplateException">The template fails to render (raised here, before anything is written).</exception>
    public static Action<Stream> Writer(DocsSite site, ArtifactTemplate template, bool isDefaultTemplate)
    {
        var pages = SiteReadingOrder.Of(site);
        if (isDefaultTemplate)
        {
            // The frame's model holds no body (only where each goes), so a body edit leaves its key, and the memo's frame, as they were.
            var frame = template.Render(key => DescribeFrame(key, site, pages), () => Model(site, pages, withMarks: true));
            if (Frame.TryParse(frame, pages) is { } parsed)
            {
                return parsed.WriteTo;
            }
        }

        var text = template.Render(Model(site, pages, withMarks: false));
        return stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, 64 * 1024, leaveOpen: true);
            writer.Write(text);
        };
    }

    /// <summary>The body trimmed, without its first line when that line is an H1 (the block heading replaces it).</summary>
    public static string ContentOf(string body)
    {
        var (start, length) = ContentRange(body);
        return start == 0 && length == body.Length ? body : body.Substring(start, length);
    }

    // ContentOf as a range of the body, so the streamed file copies it without a substring.
    private static (int Start, int Length) ContentRange(string body)
    {
        var span = body.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && char.IsWhiteSpace(span[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(span[end - 1]))
        {
            end--;
        }

        // The regex anchors at the start of the trimmed content and looks at its first line only.
        var firstLine = span.Slice(start, end - start);
        var newline = firstLine.IndexOf('\n');
        if (!LeadingH1.IsMatch(newline < 0 ? firstLine : firstLine.Slice(0, newline)))
        {
            return (start, end - start);
        }

        if (newline < 0)
        {
            return (0, 0);
        }

        start += newline + 1;
        while (start < end && char.IsWhiteSpace(span[start]))
        {
            start++;
        }

        return (start, end - start);
    }

    private static ScriptObject Model(DocsSite site, IReadOnlyList<SitePage> pages, bool withMarks)
    {
        var items = new List<ScriptObject>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            string content;
            if (withMarks)
            {
                // An empty body stays empty: the template tests `content != ""`.
                content = ContentRange(page.Body).Length == 0 ? string.Empty : Mark(i);
            }
            else
            {
                content = ContentOf(page.Body);
            }

            items.Add(new ScriptObject
            {
                ["title"] = page.Title,
                ["url"] = site.AbsoluteUrl(page.UrlPath),
                ["url_path"] = page.UrlPath,
                ["markdown_url"] = page.MarkdownUrlPath,
                ["description"] = page.Description,
                ["has_description"] = page.Description.Length > 0,
                ["summary"] = page.DescriptionOrEntryPointFallback,
                ["content"] = content,
            });
        }

        var model = TemplateModel.Root(site);
        model["pages"] = TemplateModel.Array(items);
        return model;
    }

    /// <summary>Describes the frame's model (<see cref="Model"/> with marks) value by value, in the model's order, without building it.</summary>
    internal static void DescribeFrame(RenderKey key, DocsSite site, IReadOnlyList<SitePage> pages)
    {
        TemplateModel.DescribeRoot(key, site, more: 1);
        key.Name("pages");
        key.BeginArray(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            key.BeginObject(8);
            key.Name("title");
            key.Value(page.Title);
            key.Name("url");
            key.Value(site.AbsoluteUrl(page.UrlPath));
            key.Name("url_path");
            key.Value(page.UrlPath);
            key.Name("markdown_url");
            key.Value(page.MarkdownUrlPath);
            key.Name("description");
            key.Value(page.Description);
            key.Name("has_description");
            key.Value(page.Description.Length > 0);
            key.Name("summary");
            key.Value(page.DescriptionOrEntryPointFallback);
            key.Name("content");
            key.Value(ContentRange(page.Body).Length == 0 ? string.Empty : Mark(i));
        }
    }

    /// <summary>The frame's model as the template sees it: each page's <c>content</c> is a mark where its body goes.</summary>
    internal static ScriptObject FrameModel(DocsSite site, IReadOnlyList<SitePage> pages) => Model(site, pages, withMarks: true);

    private static string Mark(int page) => MarkStart + page.ToString(CultureInfo.InvariantCulture) + MarkEnd;

    /// <summary>A rendered frame cut at its marks: text, body, text, body, …, text.</summary>
    private sealed class Frame
    {
        private readonly string _text;
        private readonly List<(int TextStart, int TextLength, int Page)> _segments;
        private readonly int _tailStart;
        private readonly IReadOnlyList<SitePage> _pages;

        private Frame(string text, List<(int, int, int)> segments, int tailStart, IReadOnlyList<SitePage> pages)
        {
            _text = text;
            _segments = segments;
            _tailStart = tailStart;
            _pages = pages;
        }

        /// <summary>The frame's segments when every non-empty body's mark occurs exactly once, in page order, and nothing else looks like a mark.</summary>
        public static Frame? TryParse(string frame, IReadOnlyList<SitePage> pages)
        {
            var segments = new List<(int, int, int)>();
            var position = 0;
            var expected = 0;
            while (true)
            {
                var mark = frame.IndexOf(MarkStart, position);
                var unexpectedEnd = frame.IndexOf(MarkEnd, position);
                if (mark < 0)
                {
                    if (unexpectedEnd >= 0)
                    {
                        return null;
                    }

                    break;
                }

                if (unexpectedEnd >= 0 && unexpectedEnd < mark)
                {
                    return null;
                }

                while (expected < pages.Count && ContentRange(pages[expected].Body).Length == 0)
                {
                    expected++;
                }

                var end = frame.IndexOf(MarkEnd, mark + 1);
                if (end < 0 || expected >= pages.Count || !frame.AsSpan(mark + 1, end - mark - 1).SequenceEqual(expected.ToString(CultureInfo.InvariantCulture)))
                {
                    return null;
                }

                segments.Add((position, mark - position, expected));
                expected++;
                position = end + 1;
            }

            while (expected < pages.Count && ContentRange(pages[expected].Body).Length == 0)
            {
                expected++;
            }

            return expected == pages.Count ? new Frame(frame, segments, position, pages) : null;
        }

        public void WriteTo(Stream stream)
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, 64 * 1024, leaveOpen: true);
            foreach (var (textStart, textLength, page) in _segments)
            {
                writer.Write(_text.AsSpan(textStart, textLength));
                var body = _pages[page].Body;
                var (start, length) = ContentRange(body);
                writer.Write(body.AsSpan(start, length));
            }

            writer.Write(_text.AsSpan(_tailStart));
        }
    }
}
