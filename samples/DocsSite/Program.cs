using DocsSite;
using DocsSite.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

// A docs website with nothing hand-written about the docs: the pages, navigation, prev/next and
// search come from the typed `Docs` class the Leadtype generator builds from docs/*.mdx, and the
// agent/crawler files (llms.txt, /docs/*.md, sitemap.xml, robots.txt, search files) are the build's
// public/ output, served as static web assets.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<PageRenderer>();
var app = builder.Build();

// Renamed and removed pages (docs/redirects.json, from the `redirects` block of docs/leadtype.json): the old
// URL, or its Markdown mirror, answers 308 to the page's new home, or 410 Gone.
var redirects = DocsRedirects.Load(app.Environment.WebRootFileProvider);
app.Use(async (context, next) =>
{
    if (redirects.Resolve(context.Request.Path.Value ?? string.Empty, route => Docs.Manifest.FindByUrl(route)?.MarkdownUrl) is { } match)
    {
        context.Response.StatusCode = match.Status;
        if (match.Location is not null)
        {
            context.Response.Headers.Location = match.Location;
        }

        return;
    }

    await next(context);
});

app.MapStaticAssets();

app.MapGet("/", () => Results.Redirect(Docs.Index.Url));

app.MapGet("/search", (string? q, PageRenderer renderer) =>
    Results.Content(renderer.RenderSearch(q ?? string.Empty), "text/html; charset=utf-8"));

app.MapGet("/docs/{**slug}", (string? slug, PageRenderer renderer, IWebHostEnvironment environment) =>
{
    var page = Docs.Manifest.FindByUrl("/docs" + (string.IsNullOrEmpty(slug) ? string.Empty : "/" + slug));
    if (page is null)
    {
        return Results.NotFound();
    }

    var markdown = MarkdownMirror.Read(environment.WebRootFileProvider, page);
    return Results.Content(renderer.RenderPage(page, markdown), "text/html; charset=utf-8");
});

app.Run();
