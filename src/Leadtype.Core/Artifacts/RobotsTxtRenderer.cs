using System.Text;
using Leadtype.Config;
using Leadtype.Model;

namespace Leadtype.Artifacts;

/// <summary>
/// <c>robots.txt</c> (artifacts §3.9): a wildcard block with the Content-Signal line and the
/// agent-facing allow list, one block per known AI crawler (allowed, or <c>Disallow: /</c> as the
/// <c>agents.robots.policy</c> says), then <c>Sitemap:</c> (and <c>Schemamap:</c> with NLWeb).
/// </summary>
public static class RobotsTxtRenderer
{
    public const string Path = "robots.txt";

    /// <summary>Crawlers that fetch pages to answer a user (disallowed only by <c>block-ai</c>), in the reference's order.</summary>
    public static readonly string[] RetrievalCrawlers =
    {
        "OAI-SearchBot", "ChatGPT-User", "PerplexityBot", "Perplexity-User", "ClaudeBot", "Claude-SearchBot",
        "Claude-User", "Claude-Web", "Gemini-Deep-Research", "DeepSeekBot", "Meta-ExternalFetcher", "AmazonBot",
        "Amazonbot", "Bingbot", "MistralBot", "AppleBot", "YouBot",
    };

    /// <summary>Crawlers that collect training data (disallowed by <c>block-training</c> and <c>block-ai</c>).</summary>
    public static readonly string[] TrainingCrawlers =
    {
        "GPTBot", "Google-Extended", "CCBot", "ByteSpider", "Bytespider", "anthropic-ai", "MetaExternalAgent", "Applebot-Extended",
    };

    private static readonly string[] AllowPaths = { "/", "/docs/", "/llms.txt", "/docs/llms.txt", "/sitemap.xml", "/sitemap.md" };

    public static string Render(DocsSite site)
    {
        var robots = site.Config.Agents.Robots;
        var (search, aiInput, aiTrain) = robots.EffectiveSignals;
        var builder = new StringBuilder(2048);
        builder.Append("User-agent: *\n");
        builder.Append("Content-Signal: ai-train=").Append(YesNo(aiTrain))
            .Append(", search=").Append(YesNo(search))
            .Append(", ai-input=").Append(YesNo(aiInput)).Append('\n');
        AppendAllow(builder);
        builder.Append('\n');

        var blockRetrieval = robots.Policy == RobotsPolicy.BlockAi;
        var blockTraining = robots.Policy is RobotsPolicy.BlockAi or RobotsPolicy.BlockTraining;
        foreach (var agent in RetrievalCrawlers)
        {
            AppendAgent(builder, agent, blockRetrieval);
        }

        foreach (var agent in TrainingCrawlers)
        {
            AppendAgent(builder, agent, blockTraining);
        }

        builder.Append("Sitemap: ").Append(site.AbsoluteUrl("/sitemap.xml")).Append('\n');
        if (site.Config.Agents.Nlweb.Enabled)
        {
            builder.Append("Schemamap: ").Append(site.AbsoluteUrl("/schema-map.xml")).Append('\n');
        }

        return builder.ToString();
    }

    private static void AppendAgent(StringBuilder builder, string agent, bool disallow)
    {
        builder.Append("User-agent: ").Append(agent).Append('\n');
        if (disallow)
        {
            builder.Append("Disallow: /\n");
        }
        else
        {
            AppendAllow(builder);
        }

        builder.Append('\n');
    }

    private static void AppendAllow(StringBuilder builder)
    {
        foreach (var path in AllowPaths)
        {
            builder.Append("Allow: ").Append(path).Append('\n');
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}
