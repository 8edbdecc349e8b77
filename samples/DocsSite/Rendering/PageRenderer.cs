using System.Net;
using System.Text;
using Leadtype;
using Markdig;

namespace DocsSite.Rendering;

/// <summary>Turns a page (or search results) into a complete HTML document with the sidebar.</summary>
public sealed class PageRenderer
{
    private readonly MarkdownPipeline _markdown = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAdvancedExtensions()
        .Build();

    public string RenderPage(DocPage page, string markdown)
    {
        var body = new StringBuilder();
        body.Append("<article>").Append(Markdown.ToHtml(markdown, _markdown)).Append("</article>\n");
        body.Append("<nav class=\"pager\">");
        if (page.Previous is { } previous)
        {
            body.Append("<a rel=\"prev\" href=\"").Append(Encode(previous.Url)).Append("\">← ").Append(Encode(previous.Title)).Append("</a> ");
        }

        if (page.Next is { } next)
        {
            body.Append("<a rel=\"next\" href=\"").Append(Encode(next.Url)).Append("\">").Append(Encode(next.Title)).Append(" →</a>");
        }

        body.Append("</nav>\n");
        body.Append("<p><a href=\"").Append(Encode(page.MarkdownUrl)).Append("\">View as Markdown</a></p>\n");
        return Layout(page.Title, page.Url, body.ToString(), page.MarkdownUrl);
    }

    public string RenderSearch(string query)
    {
        var body = new StringBuilder();
        body.Append("<h1>Search</h1>\n");
        if (query.Trim().Length > 0)
        {
            var results = Docs.Search(query, 10);
            body.Append("<p>").Append(results.Count).Append(" results for <q>").Append(Encode(query)).Append("</q></p>\n<ol class=\"results\">\n");
            foreach (var result in results)
            {
                body.Append("<li><a href=\"").Append(Encode(result.UrlWithHash)).Append("\">").Append(Encode(result.Title)).Append("</a>");
                if (result.Anchor.Length > 0 && result.HeadingPath.Count > 0 && result.HeadingPath[^1] is { } heading)
                {
                    body.Append(" › ").Append(Encode(heading));
                }

                body.Append("<br><small>").Append(Encode(result.Excerpt)).Append("</small></li>\n");
            }

            body.Append("</ol>\n");
        }

        return Layout("Search", "/search", body.ToString(), markdownUrl: null);
    }

    private static string Layout(string title, string currentUrl, string content, string? markdownUrl)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(title)).Append(" · ").Append(Encode(Docs.Manifest.Product.Name)).Append("</title>\n");
        if (markdownUrl is not null)
        {
            // Agents can ask for the page's Markdown instead of this HTML.
            html.Append("<link rel=\"alternate\" type=\"text/markdown\" href=\"").Append(Encode(markdownUrl)).Append("\">\n");
        }

        html.Append("<link rel=\"help\" href=\"/llms.txt\">\n</head>\n<body>\n<aside>\n")
            .Append("<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"Search the docs\"><button>Search</button></form>\n")
            .Append(Sidebar.Render(Docs.Manifest.Navigation, currentUrl))
            .Append("</aside>\n<main>\n").Append(content).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);
}
