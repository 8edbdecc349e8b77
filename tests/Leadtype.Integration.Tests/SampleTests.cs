using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Leadtype.Integration.Tests.Infrastructure;

namespace Leadtype.Integration.Tests;

/// <summary>The samples, built in place from the repository with the in-repo generator and tool.</summary>
[Collection(DotnetCollection.Name)]
public sealed class SampleTests(PackedFeed feed)
{
    [Fact]
    public void LibraryWithDocs_nupkg_carries_AGENTS_md_SKILL_md_and_the_docs_at_the_package_root()
    {
        var output = Path.Combine(feed.Root, "library-pack");
        var pack = DotnetRun.Run(RepositoryRoot.Path,
            "pack samples/LibraryWithDocs/LibraryWithDocs.csproj -o \"" + output + "\" -p:Version=" + feed.Version + " -nodeReuse:false -p:UseSharedCompilation=false");
        pack.AssertSuccess();

        var package = Path.Combine(output, "Acme.Slugs." + feed.Version + ".nupkg");
        var entries = PackageLayoutTests.Entries(package);
        Assert.Contains("AGENTS.md", entries);
        Assert.Contains("SKILL.md", entries);
        Assert.Contains("docs/index.md", entries);
        Assert.Contains("docs/usage.md", entries);
        Assert.Contains("lib/net8.0/LibraryWithDocs.dll", entries);
        Assert.Contains("lib/net10.0/LibraryWithDocs.dll", entries);
        // A bundle is not a website: no crawler files.
        Assert.DoesNotContain("robots.txt", entries);
        Assert.DoesNotContain("sitemap.xml", entries);

        using (var archive = System.IO.Compression.ZipFile.OpenRead(package))
        using (var reader = new StreamReader(archive.GetEntry("AGENTS.md")!.Open()))
        {
            var agents = reader.ReadToEnd();
            Assert.StartsWith("# Acme.Slugs\n", agents);
            Assert.Contains("(./docs/usage.md)", agents);
        }

        // The one line consumers add to their own AGENTS.md.
        Assert.Contains("When working with the `Acme.Slugs` library, read the bundled docs in `~/.nuget/packages/acme.slugs/<version>/AGENTS.md` first", pack.Output);
    }

    [Fact]
    public void DocsSite_serves_rendered_pages_llms_txt_markdown_mirrors_and_search_results()
    {
        var project = RepositoryRoot.Combine("samples", "DocsSite");
        DotnetRun.Run(project, "build -nodeReuse:false -p:UseSharedCompilation=false").AssertSuccess();

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", "bin/Debug/net10.0/DocsSite.dll --urls http://127.0.0.1:" + port)
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        DotnetRun.Configure(start, null);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var log = new StringBuilder();
        using var site = Process.Start(start)!;
        site.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        site.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + port), Timeout = TimeSpan.FromSeconds(20) };
            WaitUntilUp(http, site, log);

            var page = Get(http, "/docs/guides/theming");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.StartsWith("text/html", page.ContentType);
            Assert.Contains("<h2 id=\"colours\">Colours</h2>", page.Body);
            Assert.Contains("<a href=\"/docs/guides/theming\" aria-current=\"page\">Theming</a>", page.Body);
            Assert.Contains("rel=\"prev\" href=\"/docs/quickstart\"", page.Body);
            Assert.Contains("rel=\"next\" href=\"/docs/guides/deploy\"", page.Body);

            var llms = Get(http, "/llms.txt");
            Assert.Equal(HttpStatusCode.OK, llms.Status);
            Assert.StartsWith("# Acme Widgets\n", llms.Body);
            Assert.Contains("[Theming](/docs/guides/theming.md)", llms.Body);

            var mirror = Get(http, "/docs/guides/theming.md");
            Assert.Equal(HttpStatusCode.OK, mirror.Status);
            Assert.StartsWith("text/markdown", mirror.ContentType);
            Assert.Contains("## Colours", mirror.Body);

            var search = Get(http, "/search?q=colour");
            Assert.Equal(HttpStatusCode.OK, search.Status);
            Assert.Contains("<a href=\"/docs/guides/theming#colours\">Theming</a>", search.Body);

            Assert.Equal(HttpStatusCode.OK, Get(http, "/sitemap.xml").Status);
            Assert.Contains("Sitemap:", Get(http, "/robots.txt").Body);
            Assert.Equal(HttpStatusCode.NotFound, Get(http, "/docs/no-such-page").Status);

            // Rename tracking: quickstart.mdx claims its old URL (redirectFrom), leadtype.json removes another.
            Assert.Contains("\"from\": \"/docs/getting-started\",\n      \"to\": \"/docs/quickstart\"", File.ReadAllText(Path.Combine(project, "docs", "paths.lock.json")));
            // The lockfile is a source file of the docs, not content of the app (the Web SDK would copy *.json).
            Assert.False(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "docs", "paths.lock.json")));
            using var noFollow = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
            var moved = noFollow.Send(new HttpRequestMessage(HttpMethod.Get, "/docs/getting-started"));
            Assert.Equal((HttpStatusCode)308, moved.StatusCode);
            Assert.Equal("/docs/quickstart", moved.Headers.Location?.OriginalString);
            var movedMirror = noFollow.Send(new HttpRequestMessage(HttpMethod.Get, "/docs/getting-started.md"));
            Assert.Equal((HttpStatusCode)308, movedMirror.StatusCode);
            Assert.Equal("/docs/quickstart.md", movedMirror.Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.Gone, noFollow.Send(new HttpRequestMessage(HttpMethod.Get, "/docs/legacy-widgets")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, Get(http, "/docs/getting-started").Status);
        }
        finally
        {
            site.Kill(entireProcessTree: true);
            site.WaitForExit(10_000);
        }
    }

    private static void WaitUntilUp(HttpClient http, Process site, StringBuilder log)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (site.HasExited)
            {
                throw new InvalidOperationException("DocsSite exited with " + site.ExitCode + ":\n" + log);
            }

            try
            {
                if (http.GetAsync("/llms.txt").GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Thread.Sleep(250);
        }

        throw new TimeoutException("DocsSite did not answer within 60 s:\n" + log);
    }

    private static (HttpStatusCode Status, string ContentType, string Body) Get(HttpClient http, string path)
    {
        using var response = http.GetAsync(path).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? string.Empty, body);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
