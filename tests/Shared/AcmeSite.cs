using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Model;
using Leadtype.Navigation;

namespace Leadtype.Tests.Shared;

/// <summary>
/// The fixture site of the reference's observed examples (artifacts §4, fixture (a)): curated
/// navigation with a mounted, optional changelog, llms.sections, a feed, MCP and NLWeb,
/// served at https://acme.example. The config is <c>tests/fixtures/acme/leadtype.json</c>, read by
/// the real config reader; the pages are the converted Markdown the reference's fixture produced.
/// </summary>
internal static class AcmeSite
{
    /// <summary>The run timestamp (<c>SOURCE_DATE_EPOCH</c>) the fixture pins.</summary>
    public static readonly DateTimeOffset GeneratedAt = new(2026, 6, 15, 10, 30, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset V1Date = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static DocsConfig Config()
    {
        var path = RepositoryPaths.Combine("tests", "fixtures", "acme", "leadtype.json");
        var result = DocsConfigReader.Read("leadtype.json", File.ReadAllText(path));
        if (result.Config is null)
        {
            throw new InvalidOperationException("Fixture config is invalid:\n" + string.Join("\n", result.Diagnostics));
        }

        return result.Config;
    }

    public static IReadOnlyList<SitePageInput> Pages() => new[]
    {
        new SitePageInput("index.mdx", "Home", "Acme documentation home.", "# Home\n\nWelcome to Acme.\n", Headings(H(1, "Home"))),
        new SitePageInput(
            "quickstart.mdx",
            "Quickstart",
            "Install and run Acme in minutes.",
            "# Quickstart\n\nInstall the package with npm.\n\n## Install\n\n```bash\nnpm install acme\n```\n\n## Configure\n\nSet the ACME_KEY environment variable.\n",
            Headings(H(1, "Quickstart"), H(2, "Install"), H(2, "Configure"))),
        new SitePageInput("guides/index.mdx", "Guides", null, "# Guides\n\nGuides overview paragraph.\n", Headings(H(1, "Guides"))),
        new SitePageInput("guides/deploy.mdx", "Deploy", "Deploy Acme to production.", "# Deploy\n\nDeploy with the CLI.\n", Headings(H(1, "Deploy"))),
        new SitePageInput("changelog/v1.mdx", "Version 1", "First release.", "# Version 1\n\nInitial release.\n", Headings(H(1, "Version 1")), Date: V1Date),
    };

    public static DocsSite Build(SiteMode mode = SiteMode.Site, string? baseUrl = "https://acme.example", DocsConfig? config = null, IEnumerable<SitePageInput>? pages = null)
    {
        config ??= Config();
        var (url, error) = BaseUrl.Resolve(baseUrl, _ => null);
        if (url is null)
        {
            throw new InvalidOperationException(error!.ToString());
        }

        var sources = DocsSource.Parse(null).Sources;
        var mounts = DocsSource.EffectiveMounts(sources, config.Mounts);
        var (site, diagnostics) = SiteBuilder.Build(mode, config, url, mounts, pages ?? Pages(), GeneratedAt, GeneratedAt);
        return site ?? throw new InvalidOperationException("Fixture site has errors:\n" + string.Join("\n", diagnostics));
    }

    private static SiteHeading H(int level, string text) => new(level, text, Leadtype.Headings.HeadingSlug.Slugify(text));

    private static EquatableArray<SiteHeading> Headings(params SiteHeading[] headings) => headings.ToEquatableArray();
}
